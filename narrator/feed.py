"""The podcast feed: RSS 2.0 with the iTunes tags podcast apps read."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import datetime, timezone
from email.utils import format_datetime
from html import escape
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from narrator import __version__
from narrator.catalog import published_datetime
from narrator.errors import NarratorError
from narrator.models import Episode, Settings
from narrator.settings import write_atomically

FEED_FILE = "feed.xml"
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
PODCAST = "https://podcastindex.org/namespace/1.0"  # Podcasting 2.0
# The namespace's first home, still the only one gPodder's podcastparser knows
# (0.6.11): transcript and chapters are also given in it so gPodder finds them.
PODCAST_LEGACY = "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md"
_NSMAP = {"itunes": ITUNES, "atom": ATOM, "content": CONTENT, "podcast": PODCAST, "podcastgh": PODCAST_LEGACY}
# podcast:guid's UUIDv5 namespace, fixed by the Podcasting 2.0 spec.
_PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
TRANSCRIPT_TYPE = "text/vtt"
CHAPTERS_TYPE = "application/json+chapters"

# Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone
# surrogates, U+FFFE/U+FFFF); lxml refuses them rather than escaping them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render_feed(
    settings: Settings,
    episodes: Sequence[Episode],
    *,
    built: datetime | None = None,
    cover: str | None = None,
) -> bytes:
    """The feed document for `episodes` (any order; written newest first).

    `built` is the lastBuildDate, now by default; `cover` the artwork's file
    name relative to the podcast folder, if there is one.
    """
    base = settings.base_url if settings.base_url.endswith("/") else settings.base_url + "/"
    rss = etree.Element("rss", version="2.0", nsmap=_NSMAP)
    channel = _sub(rss, "channel")
    _sub(channel, "title", settings.title)
    _sub(channel, "link", base)
    _sub(channel, "description", settings.description)
    if cover:
        image = _sub(channel, "image")
        _sub(image, "url", enclosure_url(base, cover))
        _sub(image, "title", settings.title)
        _sub(image, "link", base)
    _sub(channel, "language", settings.language)
    _sub(channel, "generator", f"narrator {__version__}")
    _sub(channel, "lastBuildDate", format_datetime(built or datetime.now(timezone.utc), usegmt=True))
    _sub(channel, f"{{{ATOM}}}link", href=base + FEED_FILE, rel="self", type="application/rss+xml")
    _sub(channel, f"{{{ITUNES}}}author", settings.author)
    _sub(channel, f"{{{ITUNES}}}summary", settings.description)
    _sub(channel, f"{{{ITUNES}}}type", "episodic")
    _sub(channel, f"{{{ITUNES}}}explicit", "true" if settings.explicit else "false")
    _sub(channel, f"{{{ITUNES}}}category", text="News")
    if cover:
        _sub(channel, f"{{{ITUNES}}}image", href=enclosure_url(base, cover))
    _sub(channel, f"{{{PODCAST}}}guid", podcast_guid(base + FEED_FILE))
    locked = {"owner": settings.email} if settings.email else {}
    _sub(channel, f"{{{PODCAST}}}locked", "no", **locked)
    owner = _sub(channel, f"{{{ITUNES}}}owner")
    _sub(owner, f"{{{ITUNES}}}name", settings.author)
    if settings.email:
        _sub(owner, f"{{{ITUNES}}}email", settings.email)

    dated = [(published_datetime(e.published), e) for e in episodes]
    for when, episode in sorted(dated, key=lambda pair: pair[0], reverse=True):
        _add_item(channel, settings, base, episode, when)
    return etree.tostring(rss, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_feed(
    folder: Path, settings: Settings, episodes: Sequence[Episode], cover: str | None = None
) -> Path:
    """Write ``folder/feed.xml`` atomically and return its path."""
    path = Path(folder) / FEED_FILE
    try:
        write_atomically(path, render_feed(settings, episodes, cover=cover))
    except OSError as e:
        raise NarratorError(f"cannot write {path}: {e}; check the folder is writable") from None
    return path


def enclosure_url(base_url: str, mp3: str) -> str:
    """The absolute URL of an episode file, path segments percent-encoded.

    >>> enclosure_url("https://example.com/pod/", "episodes/café & co.mp3")
    'https://example.com/pod/episodes/caf%C3%A9%20%26%20co.mp3'
    """
    base = base_url if base_url.endswith("/") else base_url + "/"
    return base + quote(mp3.replace("\\", "/").lstrip("/"), safe="/")


def podcast_guid(feed_url: str) -> str:
    """The Podcasting 2.0 podcast:guid: UUIDv5 of the feed URL without scheme and end slashes.

    >>> podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml")  # the spec's example
    '917393e3-1b1e-5cef-ace4-edaa54e1f810'
    """
    bare = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", feed_url.strip()).rstrip("/")
    return str(uuid.uuid5(_PODCAST_GUID_NAMESPACE, bare))


def xml_text(text: str) -> str:
    """`text` without the characters XML cannot carry at all.

    >>> xml_text("bell\\x07 & tab\\t ok")
    'bell & tab\\t ok'
    """
    return _XML_ILLEGAL.sub("", text)


def _add_item(channel: etree._Element, settings: Settings, base: str, e: Episode, when: datetime) -> None:
    item = _sub(channel, "item")
    _sub(item, "title", e.title)
    _sub(item, "description", e.description)
    # CDATA keeps the HTML readable; _show_notes escapes ">" so "]]>" cannot occur.
    _sub(item, f"{{{CONTENT}}}encoded").text = etree.CDATA(xml_text(_show_notes(e)))
    if e.source.startswith(("http://", "https://")):
        _sub(item, "link", e.source)
    _sub(item, "enclosure", url=enclosure_url(base, e.mp3), length=str(e.size), type="audio/mpeg")
    _sub(item, "guid", e.guid, isPermaLink="false")
    _sub(item, "pubDate", format_datetime(when, usegmt=True))
    _sub(item, f"{{{ITUNES}}}title", e.title)
    _sub(item, f"{{{ITUNES}}}author", e.publication or settings.author)
    _sub(item, f"{{{ITUNES}}}duration", str((e.duration_ms + 500) // 1000))
    _sub(item, f"{{{ITUNES}}}episodeType", "full")
    _sub(item, f"{{{ITUNES}}}explicit", "true" if settings.explicit else "false")
    for namespace in (PODCAST, PODCAST_LEGACY):
        if e.transcript:
            transcript = {"type": TRANSCRIPT_TYPE, "language": settings.language, "rel": "captions"}
            _sub(item, f"{{{namespace}}}transcript", url=enclosure_url(base, e.transcript), **transcript)
        if e.chapters:
            _sub(item, f"{{{namespace}}}chapters", url=enclosure_url(base, e.chapters), type=CHAPTERS_TYPE)


def _show_notes(e: Episode) -> str:
    """HTML show notes: the description, where it came from and who speaks."""
    parts = [f"<p>{escape(p)}</p>" for p in e.description.split("\n\n") if p.strip()]
    if e.source.startswith(("http://", "https://")):
        name = escape(e.publication or e.source)
        parts.append(f'<p>Source: <a href="{escape(e.source)}">{name}</a></p>')
    elif e.publication:
        parts.append(f"<p>Source: {escape(e.publication)}</p>")
    if e.speakers:
        names = ", ".join(escape(speaker) for speaker, _ in e.speakers)
        parts.append(f"<p>Quoted speakers: {names}</p>")
    return "\n".join(parts)


def _sub(
    parent: etree._Element, tag: str, text: str | None = None, /, **attributes: str
) -> etree._Element:
    element = etree.SubElement(parent, tag, {k: xml_text(v) for k, v in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element

