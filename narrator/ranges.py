"""HTTP validators and byte ranges (RFC 9110), as pure functions for `narrator.serve`."""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime


class Unsatisfiable(Exception):
    """A Range header that is valid but asks for bytes past the end: answer 416."""


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The one byte range (first, last), inclusive, that `header` asks of `size` bytes.

    None means "send the whole file": no header, a malformed one, another
    unit, or several ranges (allowed by RFC 9110, which lets a server ignore
    Range; podcast apps only ever ask for one).

    >>> parse_range("bytes=0-99", 1000), parse_range("bytes=900-", 1000), parse_range("bytes=-100", 1000)
    ((0, 99), (900, 999), (900, 999))
    >>> parse_range("bytes=990-2000", 1000), parse_range("bytes=-5000", 1000)
    ((990, 999), (0, 999))
    >>> parse_range("bytes=5-1", 1000), parse_range("items=0-1", 1000), parse_range("bytes=0-1,5-6", 1000)
    (None, None, None)
    >>> parse_range("bytes=1000-", 1000)
    Traceback (most recent call last):
    narrator.ranges.Unsatisfiable
    """
    if not header:
        return None
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first, dash, last = spec.strip().partition("-")
    if not dash or not (first.isdigit() or first == "") or not (last.isdigit() or last == ""):
        return None
    if first == "":
        if last == "":
            return None
        length = int(last)  # a suffix: the last `length` bytes
        if length == 0 or size == 0:
            raise Unsatisfiable
        return max(0, size - length), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if last and end < start:
        return None
    if start >= size:
        raise Unsatisfiable
    return start, min(end, size - 1)


def http_date(when: datetime) -> str:
    """
    >>> http_date(datetime(2024, 5, 1, 12, 0, 30, 999, tzinfo=timezone.utc))
    'Wed, 01 May 2024 12:00:30 GMT'
    """
    return format_datetime(when.astimezone(timezone.utc).replace(microsecond=0), usegmt=True)


def parse_http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def etag_matches(header: str, etag: str, *, weak: bool) -> bool:
    """Does an If-None-Match (weak comparison) or If-Range (strong) header match `etag`?

    >>> etag_matches('W/"a", "b"', '"a"', weak=True), etag_matches('W/"a"', '"a"', weak=False)
    (True, False)
    >>> etag_matches("*", '"a"', weak=True)
    True
    """
    for tag in (t.strip() for t in header.split(",")):
        if tag == "*" or tag == etag:
            return True
        if weak and tag.startswith("W/") and tag[2:] == etag.removeprefix("W/"):
            return True
    return False


def not_modified(if_none_match: str | None, if_modified_since: str | None, etag: str, modified: datetime) -> bool:
    """Should a GET/HEAD be answered 304?  If-None-Match, when sent, overrides If-Modified-Since."""
    if if_none_match is not None:
        return etag_matches(if_none_match, etag, weak=True)
    since = parse_http_date(if_modified_since)
    return since is not None and modified.replace(microsecond=0) <= since


def range_applies(if_range: str | None, etag: str, modified: datetime) -> bool:
    """If-Range: honour Range only if the client's copy is still the current one."""
    if if_range is None:
        return True
    if_range = if_range.strip()
    if if_range.startswith(('"', "W/")):
        return etag_matches(if_range, etag, weak=False)
    since = parse_http_date(if_range)
    return since is not None and since == modified.replace(microsecond=0)
