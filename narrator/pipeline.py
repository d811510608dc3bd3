"""The pipeline: the one layer that wires the stages together and touches the podcast folder."""

from __future__ import annotations

import glob
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from .assemble import Tags, assemble
from .cast import cast_script, cast_voices, check_voice
from .catalog import CATALOG_FILE, Catalog, episode_guid, slugify
from .errors import NarratorError
from .feed import write_feed
from .language import cast_for_language
from .lock import folder_lock
from .models import Block, Cast, CastScript, CleanArticle, Episode, RawArticle, Script
from .normalise import is_sentence, normalise
from .script import build_script, speaker_genders
from .settings import load_settings
from .synth import engine_variants, engine_voices, synthesise

EPISODES = "episodes"


def make_script(raw: RawArticle) -> Script:
    clean = apply_metadata(normalise(raw), raw)
    if not any(is_sentence(b.text, 4) for b in clean.blocks):  # only menus, links, headings: no episode
        raise NarratorError(
            f"no article text found in {raw.source}: it has no sentences, only lines like menus, links or "
            "headings; copy the article's paragraphs themselves into a text file and narrate that")
    return build_script(clean)


def apply_metadata(clean: CleanArticle, raw: RawArticle) -> CleanArticle:
    """What the article declares (front matter, page metadata, CLI overrides) beats normalise's guesses.

    To move into normalise() when that module is free to change:
    - a declared title becomes the title block; a kept block or dropped line with the same text
      is removed so the headline is not read twice, and a title normalise picked that reads as a
      sentence (a body paragraph taken for the headline) goes back into the body;
    - a declared publication replaces the guessed one; a declared author fills a missing byline;
    - a declared http(s) URL becomes the source of a file's article (the episode GUID and feed link).
    """
    changes: dict = {}
    title = " ".join((raw.title or "").split())
    if title and title != clean.title:
        same = title.casefold()
        rest = [b for b in clean.blocks if b.role != "title" and b.text.casefold() != same]
        old = next((b for b in clean.blocks if b.role == "title"), None)
        if old and old.text.casefold() != same and is_sentence(old.text):
            rest.insert(0, Block(old.text, "body"))
        changes.update(title=title, blocks=(Block(title, "title"), *rest),
                       dropped=tuple(d for d in clean.dropped if d.line.casefold() != same))
    if raw.publication and raw.publication.strip():
        changes["publication"] = " ".join(raw.publication.split())
    if raw.author and not clean.byline:
        changes["byline"] = raw.author
    if raw.url and raw.url.lower().startswith(("http://", "https://")) and \
            not raw.source.lower().startswith(("http://", "https://")):
        changes["source"] = raw.url
    return replace(clean, **changes) if changes else clean


def plan(
    script: Script,
    cast: Cast,
    known: Mapping[str, str] | None = None,
    overrides: Mapping[str, str] | None = None,
) -> CastScript:
    cast = cast_for_language(cast, " ".join(s.text for s in script.segments))
    return cast_script(script, cast, speaker_genders(script), known, overrides)


def cache_dir() -> Path:
    """Where synthesised segments are kept: $NARRATOR_CACHE_DIR, else the user's cache folder."""
    if env := os.environ.get("NARRATOR_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "narrator"


def check_cast(cast: Cast, overrides: Mapping[str, str]) -> None:
    """Fail before any work if a voice the cast or the user names is not on this machine."""
    available = [vid for vid, _ in engine_voices()]
    variants = engine_variants()
    fixed = [vid for _, vid in cast.speakers] + list(overrides.values())
    for voice_id in [v.id for v in cast_voices(cast)] + fixed:
        check_voice(voice_id, available, variants)


@dataclass(frozen=True)
class Added:
    episode: Episode
    new: bool  # False when the article was already in the catalog and was replaced


def add_articles(
    raws: Sequence[RawArticle],
    folder: Path,
    cast: Cast,
    overrides: Mapping[str, str] | None = None,
    report: Callable[[str], None] = lambda _msg: None,
) -> list[Added]:
    """Narrate each article into `folder`, record it in the catalog and rewrite the feed."""
    overrides = dict(overrides or {})
    check_cast(cast, overrides)
    if shutil.which("ffmpeg") is None:  # before any audio is made, not after
        raise NarratorError("ffmpeg not found: install it (sudo apt-get install ffmpeg) or put it on your PATH")
    scripts = [make_script(raw) for raw in raws]  # every article parses before any audio is made
    try:
        (folder / EPISODES).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NarratorError(f"cannot create {folder / EPISODES}: {exc.strerror or exc}") from None
    settings = load_settings(folder)
    added = []
    with Catalog.open(folder) as catalog:
        for script in scripts:
            report(f"narrating {script.title!r}")
            added.append(_add_one(script, folder, cast, overrides, catalog, settings))
        with folder_lock(folder):  # the feed written last must list every process's episodes
            write_feed(folder, settings, catalog.episodes())
    return added


def _add_one(script: Script, folder: Path, cast: Cast, overrides, catalog: Catalog, settings) -> Added:
    speakers = {s.speaker for s in script.segments if s.speaker}
    known = {name: v for name in speakers if (v := catalog.speaker_voice(name))}
    planned = plan(script, cast, known, overrides)
    guid = episode_guid(script.source, script.title, script.publication)
    previous = catalog.get(guid)
    name = f"{slugify(script.title)}-{_audio_key(planned)}.mp3"
    mp3 = folder / EPISODES / name
    rel = f"{EPISODES}/{name}"
    if previous and previous.mp3 == rel and mp3.is_file():
        duration_ms, size = previous.duration_ms, mp3.stat().st_size  # same audio: nothing to redo
    else:
        audio = synthesise(planned.lines, cache_dir())
        tags = Tags(
            title=script.title,
            artist=script.publication or settings.author,
            album=settings.title,
            date=datetime.now(timezone.utc).date().isoformat(),
        )
        result = assemble(audio, planned.pauses, tags, mp3)
        duration_ms, size = result.duration_ms, result.size
    published = previous.published if previous else _now()
    episode = Episode(
        guid=guid,
        slug=name.removesuffix(".mp3"),
        title=script.title,
        description=_description(script),
        publication=script.publication,
        source=script.source,
        published=published,
        duration_ms=duration_ms,
        size=size,
        mp3=rel,
        speakers=tuple((s, v.id) for s, v in planned.speakers),
    )
    with folder_lock(folder):
        new = catalog.add(episode)
        for speaker, voice in planned.speakers:
            catalog.set_speaker_voice(speaker, voice.id)
        if previous and previous.mp3 != rel:
            (folder / previous.mp3).unlink(missing_ok=True)  # replaced by the new audio
    return Added(episode=episode, new=new)


def _audio_key(planned: CastScript) -> str:
    """A short hash of everything that shapes the audio: a new file name for new audio."""
    parts = [[ln.segment.text, ln.segment.block, ln.voice.id, ln.voice.rate, ln.voice.pitch] for ln in planned.lines]
    blob = json.dumps([parts, planned.pauses.__dict__], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:8]


def _description(script: Script) -> str:
    if script.standfirst:
        return script.standfirst
    body = [s.text for s in script.segments if s.block > 0]
    text = " ".join(body)
    return text if len(text) <= 300 else text[:297].rsplit(" ", 1)[0] + "..."


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _open_existing(folder: Path) -> Catalog:
    """The catalog of an existing podcast folder (never creates one)."""
    if not (folder / CATALOG_FILE).is_file():
        raise NarratorError(
            f"{folder} has no podcast yet (no {CATALOG_FILE}); add an episode with `narrator add ARTICLE --out {folder}`"
        )
    return Catalog.open(folder)


def list_episodes(folder: Path) -> list[Episode]:
    """The podcast's episodes, newest first."""
    with _open_existing(folder) as catalog:
        return catalog.episodes()


@dataclass(frozen=True)
class Removed:
    episode: Episode
    files: tuple[Path, ...]  # the MP3 and its sidecars that were deleted


def remove_episode(folder: Path, guid_or_slug: str) -> Removed:
    """Take an episode out of the catalog and the feed, then delete its MP3 and sidecar files.

    Files go last: if that fails the feed no longer lists them, which is harmless.
    """
    settings = load_settings(folder)
    with _open_existing(folder) as catalog:
        with folder_lock(folder):
            episode = catalog.remove(guid_or_slug)
            if episode is None:
                raise NarratorError(
                    f"no episode {guid_or_slug!r} in {folder}; `narrator list --out {folder}` shows the slugs"
                )
            write_feed(folder, settings, catalog.episodes())
    mp3 = folder / episode.mp3
    # Sidecars share the MP3's stem: x.mp3, x.vtt, x.chapters.json.
    files = sorted(p for p in mp3.parent.glob(glob.escape(mp3.stem) + ".*") if p.is_file())
    for path in files:
        try:
            path.unlink()
        except OSError as exc:
            raise NarratorError(f"removed {episode.title!r} from the feed but cannot delete {path}: {exc.strerror or exc}") from None
    return Removed(episode=episode, files=tuple(files))


def rebuild_feed(folder: Path) -> Path:
    """Write feed.xml again from the catalog and settings."""
    settings = load_settings(folder)
    with _open_existing(folder) as catalog, folder_lock(folder):
        return write_feed(folder, settings, catalog.episodes())
