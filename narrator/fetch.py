"""Fetch an article's web page over HTTP(S) with the standard library, within time and size limits."""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from . import __version__
from .errors import NarratorError

TIMEOUT = 20.0  # seconds for the whole download, not just for each read
MAX_BYTES = 5 * 1024 * 1024
USER_AGENT = f"narrator/{__version__} (article-to-podcast; Python urllib)"
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    data: bytes
    content_type: str  # e.g. "text/html", lower case, without parameters
    charset: str | None  # from the Content-Type header, when it names one
    url: str  # after redirects


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET `url` (redirects followed); every failure is a one-line NarratorError."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    if not host:
        raise NarratorError(f"{url} is not a web address: give one like https://example.org/news/story")
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "identity",
    })
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers: Message = response.headers
            length = headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise _too_big(url, max_bytes)
            data = _read(response, url, max_bytes, deadline, timeout)
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the open response; the CLI would print a ResourceWarning for it
        raise NarratorError(_http_message(url, exc.code, exc.reason)) from None
    except urllib.error.URLError as exc:
        raise NarratorError(_network_message(url, host, exc.reason, timeout)) from None
    except (TimeoutError, socket.timeout):
        raise NarratorError(_timed_out(url, timeout)) from None
    except OSError as exc:  # a reset connection, a TLS failure
        raise NarratorError(_network_message(url, host, exc, timeout)) from None
    except http.client.InvalidURL:
        raise NarratorError(f"{url} is not a valid web address: check it") from None
    except http.client.HTTPException as exc:  # a truncated or garbled answer
        raise NarratorError(f"cannot fetch {url}: the server's answer broke off ({type(exc).__name__}); "
                            "try again later") from None
    ctype = headers.get_content_type()  # "text/plain" when the header is missing
    if "Content-Type" not in headers:
        ctype = "text/html" if re.search(rb"<(?:!doctype html|html|body)\b", data[:2048], re.I) else ctype
    return Fetched(data=data, content_type=ctype, charset=headers.get_content_charset(), url=final)


def _read(response, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """Read the body in chunks so an endless or enormous body is refused, never held whole."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(CHUNK):  # read1: at most one recv, so a trickle meets the deadline
        size += len(chunk)
        if size > max_bytes:
            raise _too_big(url, max_bytes)
        if time.monotonic() > deadline:
            raise NarratorError(_timed_out(url, timeout))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(url: str, max_bytes: int) -> NarratorError:
    return NarratorError(
        f"{url} is over {max_bytes // 2**20} MB: that is not one article; save the article's text to a file")


def _timed_out(url: str, timeout: float) -> str:
    return f"{url} did not answer within {timeout:g} s; try again later or give a longer --timeout"


def _http_message(url: str, code: int, reason: str) -> str:
    """A one-line explanation of an HTTP error status.

    >>> _http_message("https://x.org/a", 404, "Not Found")
    'https://x.org/a: the server answered 404 Not Found; check the address'
    """
    if code in (401, 403):
        advice = "the page may need a login or block scripts; save the article's text to a file"
    elif code >= 500:
        advice = "the site has a problem; try again later"
    else:
        advice = "check the address"
    return f"{url}: the server answered {code} {reason}; {advice}"


def _network_message(url: str, host: str, reason: object, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return _timed_out(url, timeout)
    if isinstance(reason, socket.gaierror):
        return f"cannot find the host {host}: check the address and your internet connection"
    if isinstance(reason, ssl.SSLError):
        return f"cannot make a secure connection to {host} ({getattr(reason, 'reason', None) or reason})"
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection: check the address, or try again later"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot connect to {host}: {reason.strerror}"
    return f"cannot fetch {url}: {reason}"
