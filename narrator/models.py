"""Typed values passed from one pipeline stage to the next.

ingest -> RawArticle -> normalise -> CleanArticle -> script -> Script
-> cast -> CastScript -> synth -> SegmentAudio -> assemble -> EpisodeAudio -> feed
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Role = Literal["title", "standfirst", "byline", "body"]
Kind = Literal["narration", "quote"]


@dataclass(frozen=True)
class RawArticle:
    """An article's text as the user gave it."""

    text: str
    source: str  # a file path, a URL or "<stdin>"
    # What the input itself declares (Markdown front matter, HTML metadata); None when it does not.
    title: str | None = None
    author: str | None = None
    publication: str | None = None
    url: str | None = None  # where the article lives on the web (front matter `source:`, canonical link)
    date: str | None = None  # as given, e.g. "2024-06-12"


@dataclass(frozen=True)
class Block:
    """One kept paragraph (a non-blank line of the article) and what it is."""

    text: str
    role: Role


@dataclass(frozen=True)
class Dropped:
    """A line that will not be read aloud, and the rule that dropped it."""

    line: str
    reason: str


@dataclass(frozen=True)
class CleanArticle:
    title: str
    publication: str | None
    blocks: tuple[Block, ...]  # in reading order, title first
    dropped: tuple[Dropped, ...]
    source: str
    standfirst: str | None = None
    byline: str | None = None


@dataclass(frozen=True)
class Segment:
    """A stretch of text read in one voice.

    `text` keeps the article's wording (without the quotation marks that
    delimit a quote); `block` is the index of the paragraph it comes from, so
    later stages can pause longer between paragraphs than inside one.
    """

    kind: Kind
    text: str
    speaker: str | None
    block: int
    spoken: str | None = None  # what the synthesiser says, when it differs from `text`

    @property
    def speech(self) -> str:
        return self.spoken or self.text


@dataclass(frozen=True)
class Script:
    title: str
    publication: str | None
    segments: tuple[Segment, ...]
    dropped: tuple[Dropped, ...]
    source: str
    standfirst: str | None = None
    byline: str | None = None


@dataclass(frozen=True)
class Voice:
    """An engine voice with its settings: the unit the synthesiser caches on."""

    id: str  # engine voice id, e.g. "gmw/en" or "gmw/en-us+f3"
    rate: int = 175  # words per minute
    pitch: int = 50  # espeak-ng 0-100
    gender: str = "any"  # "male", "female" or "any": whom the cast gives this voice to


@dataclass(frozen=True)
class Pauses:
    """Silence, in milliseconds, inserted between segments."""

    title: int = 1200  # after the headline
    paragraph: int = 700  # between paragraphs
    segment: int = 250  # between a quote and its attribution in one paragraph


@dataclass(frozen=True)
class Cast:
    """The voices of a podcast: one narrator and a pool for quoted speakers."""

    name: str
    narrator: Voice
    pool: tuple[Voice, ...]
    pauses: Pauses = field(default_factory=Pauses)
    speakers: tuple[tuple[str, str], ...] = ()  # fixed voices: (speaker name, voice id)


@dataclass(frozen=True)
class Line:
    """A segment with the voice that speaks it."""

    segment: Segment
    voice: Voice


@dataclass(frozen=True)
class CastScript:
    script: Script
    lines: tuple[Line, ...]
    speakers: tuple[tuple[str, Voice], ...]  # each quoted speaker and their voice
    pauses: Pauses


@dataclass(frozen=True)
class SegmentAudio:
    """A synthesised segment: a WAV file (22050 Hz mono 16-bit) in the cache."""

    line: Line
    wav: Path
    duration_ms: int


@dataclass(frozen=True)
class Timing:
    """Where a segment sits in the finished episode."""

    start_ms: int
    end_ms: int
    line: Line


@dataclass(frozen=True)
class Chapter:
    """A stretch of an episode listeners can jump to (ID3 CHAP, Podcasting 2.0 chapters)."""

    start_ms: int
    end_ms: int
    title: str


@dataclass(frozen=True)
class Cover:
    """Podcast artwork: PNG or JPEG bytes."""

    data: bytes
    mime: str  # "image/png" or "image/jpeg"


@dataclass(frozen=True)
class EpisodeAudio:
    mp3: Path
    duration_ms: int
    size: int  # bytes on disk, after tagging
    timings: tuple[Timing, ...]
    chapters: tuple[Chapter, ...] = ()  # as written into the MP3's CHAP frames


@dataclass(frozen=True)
class Settings:
    """Podcast settings, stored in the podcast folder."""

    title: str = "Narrated News"
    author: str = "narrator"
    description: str = "News articles narrated by narrator, with a voice for every speaker."
    language: str = "en-gb"
    base_url: str = "http://localhost:8000/"
    email: str = ""
    explicit: bool = False
    cover: str = ""  # PNG/JPEG in the podcast folder; "" = narrator draws cover.png


@dataclass(frozen=True)
class Episode:
    """An entry of the podcast catalog."""

    guid: str
    slug: str
    title: str
    description: str
    publication: str | None
    source: str
    published: str  # RFC 3339 UTC timestamp
    duration_ms: int
    size: int
    mp3: str  # file name relative to the podcast folder, e.g. "episodes/x.mp3"
    speakers: tuple[tuple[str, str], ...] = ()  # (speaker, voice id)
    transcript: str = ""  # WebVTT file relative to the podcast folder, "" if none
    chapters: str = ""  # Podcasting 2.0 chapters JSON, relative, "" if none
