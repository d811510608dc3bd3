"""The pipeline: the one layer that wires the stages together and touches the podcast folder."""

from __future__ import annotations

import glob
import hashlib
import json
import shutil
from collections.abc import Callable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from typing import TYPE_CHECKING

from .cast import cast_script, cast_voices, check_voice
from .catalog import CATALOG_FILE, Catalog, episode_guid, slugify
from .chapters import chapters_json, episode_chapters
from .errors import NarratorError
from .language import cast_for_language
from .lock import folder_lock
from .models import Block, Cast, CastScript, CleanArticle, Cover, Episode, RawArticle, Script, Settings
from .normalise import is_sentence, normalise
from .script import build_script, speaker_genders
from .spoken import with_spoken
from .settings import load_settings, write_atomically
from .transcript import webvtt

if TYPE_CHECKING:  # the audio, cover and feed modules (mutagen, Pillow, lxml, the speech pool)
    from .assemble import Part
    from .loudness import Calibrator
    from .render import RenderJob, Rendered  # load only when used, so `narrator script` starts fast
    from .synth import SpeechPool

EPISODES = "episodes"


def __getattr__(name: str):
    if name == "COVER_FILE":  # without loading Pillow for `narrator script`
        from .cover import COVER_FILE

        return COVER_FILE
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def make_script(raw: RawArticle, keep: Sequence[str] = (), drop: Sequence[str] = ()) -> Script:
    """Text stages: `keep`/`drop` are the user's line patterns (see normalise.user_choices)."""
    clean = apply_metadata(normalise(raw, keep, drop), raw)
    if not any(is_sentence(b.text, 4) for b in clean.blocks):  # only menus, links, headings: no episode
        raise NarratorError(
            f"no article text found in {raw.source}: it has no sentences, only lines like menus, links or "
            "headings; copy the article's paragraphs themselves into a text file and narrate that")
    return with_spoken(build_script(clean))


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


def check_cast(cast: Cast, overrides: Mapping[str, str]) -> None:
    """Fail before any work if a voice the cast or the user names is not on this machine."""
    from .synth import engine_variants, engine_voices

    available = [vid for vid, _ in engine_voices()]
    variants = engine_variants()
    fixed = [vid for _, vid in cast.speakers] + list(overrides.values())
    for voice_id in [v.id for v in cast_voices(cast)] + fixed:
        check_voice(voice_id, available, variants)


@dataclass(frozen=True)
class Added:
    episode: Episode
    new: bool  # False when the article was already in the catalog and was replaced
    synthesised: int = 0  # segments spoken for this episode
    cached: int = 0  # segments taken from the segment cache
    unchanged: bool = False  # the episode's audio was already there: nothing was synthesised or encoded


@dataclass(frozen=True)
class Progress:
    episode: int  # index of the article in the batch
    episodes: int
    title: str
    done: int  # segments encoded so far
    total: int


def add_articles(
    raws: Sequence[RawArticle],
    folder: Path,
    cast: Cast,
    overrides: Mapping[str, str] | None = None,
    report: Callable[[str], None] = lambda _msg: None,
    progress: Callable[[Progress], None] | None = None,
    pool: SpeechPool | None = None,
    keep: Sequence[str] = (),
    drop: Sequence[str] = (),
) -> list[Added]:
    """Narrate each article into `folder`, record it in the catalog and rewrite the feed.

    `progress` is called (from one thread at a time) as each segment is encoded. Pass a
    started `pool` to have its workers boot while the caller still reads the articles.
    """
    from .loudness import Calibrator
    from .render import render_all
    from .synth import SpeechPool, engine_tag

    overrides = dict(overrides or {})
    with pool or SpeechPool() as pool:  # closed here, also when the caller passed it
        pool.start()  # spawned workers take a moment to boot: let them while the text stages run
        check_cast(cast, overrides)
        if shutil.which("ffmpeg") is None:  # before any audio is made, not after
            raise NarratorError("ffmpeg not found: install it (sudo apt-get install ffmpeg) or put it on your PATH")
        calibrator = Calibrator(pool, pool.cache_dir, engine_tag())
        scripts = [make_script(raw, keep, drop) for raw in raws]  # every article parses before any audio is made
        try:
            (folder / EPISODES).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise NarratorError(f"cannot create {folder / EPISODES}: {exc.strerror or exc}") from None
        settings = load_settings(folder)
        cover_file, cover = ensure_cover(folder, settings)
        with Catalog.open(folder) as catalog:
            # Planned one after another: a speaker keeps the voice an earlier article of the batch gave them.
            # The catalog learns the voices only as each episode is committed: a failed add changes nothing.
            voices: dict[str, str] = {}
            planned = [_plan_episode(script, folder, cast, overrides, catalog, settings, cover, calibrator, voices)
                       for script in scripts]
            for p in planned:
                if p.job is None:
                    report(f"{p.script.title!r} is unchanged")
            todo = [i for i, p in enumerate(planned) if p.job is not None]
            # Voices are calibrated once ever (then cached); the first time, while the speech starts.
            calibrator.start(line.voice for i in todo for line in planned[i].planned.lines)

            def on_segment(job: int, done: int, total: int) -> None:
                index = todo[job]
                title = planned[index].script.title
                if done == 0:
                    report(f"narrating {title!r}")
                if progress is not None:
                    progress(Progress(index, len(planned), title, done, total))

            added: list[Added] = []
            try:
                with closing(render_all([planned[i].job for i in todo], pool, on_segment)) as rendered:
                    for p in planned:
                        added.append(_commit(p, None if p.job is None else next(rendered), folder, catalog))
            finally:
                calibrator.close()
                if added:
                    with folder_lock(folder):  # the feed written last must list every process's episodes
                        _publish(folder, settings, catalog.episodes(), cover_file)
    return added


def ensure_cover(folder: Path, settings: Settings) -> tuple[str, Cover]:
    """The podcast's artwork (file name in `folder`, image): the user's, else one drawn from the title.

    A `cover.png` narrator did not draw is the user's and is never overwritten.
    """
    from .cover import COVER_FILE, generated_title, load_cover, render_cover

    if settings.cover:
        path = folder / settings.cover
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise NarratorError(
                f"cannot read the cover {path} named in podcast.toml ({exc.strerror or exc}); "
                'put the image there, or set cover = "" to have one drawn'
            ) from None
        return settings.cover, load_cover(data, str(path))
    path = folder / COVER_FILE
    existing = path.read_bytes() if path.is_file() else None
    if existing is not None and generated_title(existing) is None:
        return COVER_FILE, load_cover(existing, str(path))
    if existing is not None and generated_title(existing) == settings.title:
        return COVER_FILE, Cover(existing, "image/png")
    data = render_cover(settings.title)
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise NarratorError(f"cannot write {path}: {exc.strerror or exc}; check the folder is writable") from None
    return COVER_FILE, Cover(data, "image/png")


@dataclass(frozen=True)
class _Planned:
    script: Script
    planned: CastScript
    guid: str
    previous: Episode | None
    rel: str  # the MP3, relative to the podcast folder
    transcript: str
    chapters: str
    job: RenderJob | None  # None when the MP3 and its sidecars with this exact audio are already there


def _plan_episode(
    script: Script, folder: Path, cast: Cast, overrides, catalog: Catalog, settings: Settings, cover: Cover,
    calibrator: Calibrator, voices: dict[str, str],
) -> _Planned:
    """Plan one episode; `voices` (speaker -> voice id) carries the batch's choices to its later articles."""
    from functools import partial

    from .render import RenderJob

    speakers = {s.speaker for s in script.segments if s.speaker}
    known = {name: v for name in speakers if (v := voices.get(name) or catalog.speaker_voice(name))}
    planned = plan(script, cast, known, overrides)
    voices.update((speaker, voice.id) for speaker, voice in planned.speakers)
    guid = episode_guid(script.source, script.title, script.publication)
    previous = catalog.get(guid)
    name = f"{slugify(script.title)}-{_audio_key(planned)}.mp3"
    mp3 = folder / EPISODES / name
    rel = f"{EPISODES}/{name}"
    stem = rel.removesuffix(".mp3")
    transcript, chapters = f"{stem}.vtt", f"{stem}.chapters.json"
    files = [rel, transcript, chapters]
    job = None
    if not (previous and (previous.mp3, previous.transcript, previous.chapters) == (rel, transcript, chapters)
            and all((folder / f).is_file() for f in files)):
        make = partial(_narrate, planned, script, settings, cover, mp3, folder / transcript, folder / chapters,
                       calibrator, folder=folder, keep=previous)
        job = RenderJob(planned.lines, make, tuple(folder / f for f in files))
    return _Planned(script, planned, guid, previous, rel, transcript, chapters, job)


def _commit(p: _Planned, rendered: Rendered | None, folder: Path, catalog: Catalog) -> Added:
    """Record the episode in the catalog and delete the files of the audio it replaces."""
    script, previous = p.script, p.previous
    if rendered is None:  # same audio: nothing to redo
        duration_ms, size = previous.duration_ms, (folder / p.rel).stat().st_size
    else:
        duration_ms, size = rendered.result
    published = previous.published if previous else _now()
    episode = Episode(
        guid=p.guid,
        slug=Path(p.rel).stem,
        title=script.title,
        description=_description(script),
        publication=script.publication,
        source=script.source,
        published=published,
        duration_ms=duration_ms,
        size=size,
        mp3=p.rel,
        speakers=tuple((s, v.id) for s, v in p.planned.speakers),
        transcript=p.transcript,
        chapters=p.chapters,
    )
    with folder_lock(folder):
        try:
            new = catalog.add(episode)
        except BaseException:
            if rendered is not None:
                _remove(folder, [p.rel, p.transcript, p.chapters], keep=previous)
            raise
        for speaker, voice in p.planned.speakers:
            catalog.set_speaker_voice(speaker, voice.id)
        if previous:  # files of the replaced audio
            _remove(folder, [previous.mp3, previous.transcript, previous.chapters], keep=episode)
    if rendered is None:
        return Added(episode=episode, new=new, unchanged=True)
    return Added(episode=episode, new=new, synthesised=rendered.synthesised, cached=rendered.cached)


def _narrate(
    planned: CastScript, script: Script, settings: Settings, cover: Cover, mp3: Path, vtt: Path, chapters: Path,
    calibrator: Calibrator, parts: Sequence[Part], *, folder: Path, keep: Episode | None,
) -> tuple[int, int]:
    """Level and encode the episode as its segments are spoken, then write its transcript and chapters.

    Levelling is each voice's calibrated gain and one fixed limiter: nothing is measured here.
    On failure its new files are deleted (those of `keep`, the episode it replaces, stay).
    """
    from .assemble import Tags, assemble
    from .loudness import CEILING_DBTP, HEADROOM_DB

    try:
        tags = Tags(
            title=script.title,
            artist=script.publication or settings.author,
            album=settings.title,
            date=datetime.now(timezone.utc).date().isoformat(),
            cover=cover,
        )
        result = assemble(
            parts, planned.pauses, tags, mp3,
            gain_db=HEADROOM_DB, voice_gain_db=calibrator.gain, ceiling_db=CEILING_DBTP,
            chapters=episode_chapters,
        )  # fmt: skip
        try:
            write_atomically(vtt, webvtt(result.timings).encode("utf-8"))
            write_atomically(chapters, chapters_json(result.chapters).encode("utf-8"))
        except OSError as exc:
            raise NarratorError(f"cannot write {exc.filename or vtt.parent}: {exc.strerror or exc}") from None
    except BaseException:
        _remove(folder, [str(p.relative_to(folder)) for p in (mp3, vtt, chapters)], keep=keep)
        raise
    return result.duration_ms, result.size


def _remove(folder: Path, names: Sequence[str], keep: Episode | None) -> None:
    """Delete episode files (relative names), except those `keep` still uses."""
    used = {keep.mp3, keep.transcript, keep.chapters} if keep else set()
    for name in names:
        if name and name not in used:
            (folder / name).unlink(missing_ok=True)


def _audio_key(planned: CastScript) -> str:
    """A short hash of everything that shapes the audio: a new file name for new audio."""
    parts = [[ln.segment.speech, ln.segment.block, ln.voice.id, ln.voice.rate, ln.voice.pitch] for ln in planned.lines]
    blob = json.dumps([parts, planned.pauses.__dict__], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:8]


def _description(script: Script) -> str:
    if script.standfirst:
        return script.standfirst
    byline = script.byline or ""
    body = [s.text for s in script.segments if s.block > 0 and s.text not in byline]  # not `By Ann Lee`
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
    with _open_existing(folder) as catalog, folder_lock(folder):
        episode = catalog.remove(guid_or_slug)
        if episode is None:
            raise NarratorError(
                f"no episode {guid_or_slug!r} in {folder}; `narrator list --out {folder}` shows the slugs"
            )
        publish_feed(folder, settings, catalog.episodes())
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
        return publish_feed(folder, settings, catalog.episodes())


def publish_feed(folder: Path, settings: Settings, episodes: list[Episode]) -> Path:
    """Write feed.xml and index.html with the podcast's cover (drawn anew if the title changed)."""
    cover_file, _ = ensure_cover(folder, settings)
    return _publish(folder, settings, episodes, cover_file)


def _publish(folder: Path, settings: Settings, episodes: list[Episode], cover_file: str) -> Path:
    """Write feed.xml, then the web page that lists the same episodes; return the feed's path."""
    from .feed import write_feed
    from .site import write_index

    path = write_feed(folder, settings, episodes, cover_file)
    write_index(folder, settings, episodes, cover_file)
    return path
