"""The podcast's web page, ``index.html``: a player per episode with chapters and a live transcript.

`render_index` is pure: settings, episodes and chapters in, one self-contained
HTML document out (inline CSS and JS, no fonts or scripts from elsewhere).
Every link in it is relative, so the folder works from any host or path
without rewriting.  The transcripts are not inlined: the page's script fetches
each episode's WebVTT file and highlights the cue being played.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from urllib.parse import quote

from narrator.catalog import published_datetime
from narrator.errors import NarratorError
from narrator.feed import FEED_FILE
from narrator.models import Chapter, Episode, Settings
from narrator.settings import write_atomically
from narrator.site_assets import SCRIPT, STYLE

INDEX_FILE = "index.html"


def render_index(
    settings: Settings,
    episodes: Sequence[Episode],
    cover: str | None = None,
    chapters: Mapping[str, Sequence[Chapter]] | None = None,
) -> bytes:
    """The page for `episodes` (any order; shown newest first).

    `cover` is the artwork's file name relative to the podcast folder;
    `chapters` maps an episode's GUID to its chapters.
    """
    chapters = chapters or {}
    title = escape(settings.title)
    dated = sorted(episodes, key=lambda e: published_datetime(e.published), reverse=True)
    items = "\n".join(_episode(e, chapters.get(e.guid, ()), settings.language) for e in dated)
    if not items:
        items = '<p class="empty">No episodes yet: add one with <code>narrator add ARTICLE</code>.</p>'
    art = f'<img class="cover" src="{_url(cover)}" alt="" width="160" height="160">' if cover else ""
    feed_url = escape(_join(settings.base_url, FEED_FILE))
    return f"""<!doctype html>
<html lang="{escape(settings.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{escape(settings.description)}">
<link rel="alternate" type="application/rss+xml" title="{title}" href="{FEED_FILE}">
{f'<link rel="icon" href="{_url(cover)}">' if cover else ''}
<style>{STYLE}</style>
</head>
<body>
<a class="skip" href="#episodes">Skip to the episodes</a>
<header class="show">
{art}
<div>
<h1>{title}</h1>
<p class="by">{escape(settings.author)}</p>
<p>{escape(settings.description)}</p>
<p><a class="subscribe" href="{FEED_FILE}">Subscribe (RSS)</a></p>
<div class="feed-url">
<label for="feed-url">Feed URL for your podcast app</label>
<div class="copy-row"><input id="feed-url" type="url" readonly value="{feed_url}" data-feed="{FEED_FILE}">
<button type="button" id="copy-feed">Copy</button></div>
<p class="status" role="status" aria-live="polite"></p>
</div>
</div>
</header>
<main id="episodes">
<h2 class="visually-hidden">Episodes</h2>
{items}
</main>
<footer><p>Made with narrator. Transcripts are the articles' own words; times are approximate.</p></footer>
<script>{SCRIPT}</script>
</body>
</html>
""".encode("utf-8")


def _episode(e: Episode, chapters: Sequence[Chapter], language: str) -> str:
    eid = "ep-" + escape(e.slug)
    mp3 = _url(e.mp3)
    when = published_datetime(e.published)
    meta = [f'<time datetime="{escape(when.isoformat())}">{when.day} {when:%B %Y}</time>',
            f'<span>{_clock(e.duration_ms)}</span>']
    if e.publication:
        meta.append(f"<span>{escape(e.publication)}</span>")
    source = ""
    if e.source.startswith(("http://", "https://")):
        source = f'<p class="source"><a href="{escape(e.source)}" rel="noopener">Read the article</a></p>'
    chapter_list = ""
    if chapters:
        links = "\n".join(
            f'<li><a href="{mp3}#t={_seconds(c.start_ms)}" data-t="{_seconds(c.start_ms)}">'
            f'<span class="t">{_clock(c.start_ms)}</span> {escape(c.title)}</a></li>'
            for c in chapters
        )
        chapter_list = f'<nav class="chapters" aria-label="Chapters of {escape(e.title)}"><h4>Chapters</h4><ol>{links}</ol></nav>'
    transcript = ""
    if e.transcript:
        vtt = _url(e.transcript)
        transcript = (
            f'<section class="transcript" aria-labelledby="{eid}-tr"><h4 id="{eid}-tr">Transcript</h4>'
            f'<ol class="cues" data-src="{vtt}" lang="{escape(language)}" tabindex="0" '
            f'aria-label="Transcript of {escape(e.title)}"></ol>'
            f'<p class="fallback"><a href="{vtt}">Transcript (WebVTT)</a></p></section>'
        )
    return f"""<article class="episode" id="{eid}" aria-labelledby="{eid}-title">
<h3 id="{eid}-title">{escape(e.title)}</h3>
<p class="meta">{" · ".join(meta)}</p>
<audio controls preload="metadata" src="{mp3}" aria-label="Play {escape(e.title)}"></audio>
<div class="body">
<div class="notes"><p>{escape(e.description)}</p>{source}{chapter_list}
<p class="download"><a href="{mp3}" download>Download MP3</a></p></div>
{transcript}
</div>
</article>"""


def load_chapters(folder: Path, episode: Episode) -> tuple[Chapter, ...]:
    """An episode's chapters from its JSON file; none if it is missing or unreadable."""
    if not episode.chapters:
        return ()
    try:
        items = json.loads((folder / episode.chapters).read_text(encoding="utf-8"))["chapters"]
        starts = [(round(float(c["startTime"]) * 1000), str(c.get("title", ""))) for c in items]
    except (OSError, ValueError, KeyError, TypeError):
        return ()  # the page is a convenience: a broken sidecar only costs its chapter links
    ends = [s for s, _ in starts[1:]] + [episode.duration_ms]
    return tuple(Chapter(s, max(s, end), title) for (s, title), end in zip(starts, ends))


def write_index(folder: Path, settings: Settings, episodes: Sequence[Episode], cover: str | None) -> Path:
    """Write ``folder/index.html`` atomically and return its path."""
    path = Path(folder) / INDEX_FILE
    chapters = {e.guid: load_chapters(Path(folder), e) for e in episodes}
    try:
        write_atomically(path, render_index(settings, episodes, cover, chapters))
    except OSError as exc:
        raise NarratorError(f"cannot write {path}: {exc.strerror or exc}; check the folder is writable") from None
    return path


def _url(name: str) -> str:
    """A file of the podcast folder as an escaped relative URL.

    >>> _url("episodes/café & <b>.mp3")
    'episodes/caf%C3%A9%20%26%20%3Cb%3E.mp3'
    """
    return escape(quote(name.replace("\\", "/").lstrip("/"), safe="/"))


def _join(base: str, name: str) -> str:
    return (base if base.endswith("/") else base + "/") + name


def _clock(ms: int) -> str:
    """
    >>> _clock(156_400), _clock(3_725_000)
    ('2:36', '1:02:05')
    """
    minutes, seconds = divmod(round(ms / 1000), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def _seconds(ms: int) -> str:
    """
    >>> _seconds(12_000), _seconds(1_500)
    ('12', '1.5')
    """
    return f"{ms / 1000:.3f}".rstrip("0").rstrip(".")
