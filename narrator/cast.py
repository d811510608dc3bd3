"""Casting: one narrator voice, and a distinct, consistent voice per quoted speaker."""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import replace
from importlib import resources
from pathlib import Path

from .errors import NarratorError
from .models import Cast, CastScript, Line, Pauses, Script, Voice

GENDERS = ("male", "female", "any")


def default_cast_text() -> str:
    return resources.files("narrator").joinpath("data/default.toml").read_text(encoding="utf-8")


def load_cast(source: str | Path | None = None, search: Iterable[Path] = ()) -> Cast:
    """The default cast, a cast file, or a cast NAME looked up as NAME.toml in `search` folders."""
    if source is None:
        return parse_cast(default_cast_text(), "default")
    path = Path(source)
    if not path.is_file():
        found = [d / f"{source}.toml" for d in search if (d / f"{source}.toml").is_file()]
        if not found:
            raise NarratorError(
                f"cast {str(source)!r} not found: give a cast file path or the name of a "
                f"voices/NAME.toml file"
            )
        path = found[0]
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NarratorError(f"cannot read cast file {path}: {exc}") from None
    return parse_cast(text, str(path))


def parse_cast(text: str, origin: str) -> Cast:
    """Build a Cast from cast-file TOML; `origin` names the file in error messages.

    >>> c = parse_cast('rate = 160\\n[narrator]\\nvoice = "gmw/en"\\n[[pool]]\\nvoice = "gmw/en+f3"\\ngender = "female"', "x")
    >>> c.narrator, c.pool[0].gender, c.pool[0].rate
    (Voice(id='gmw/en', rate=160, pitch=50, gender='any'), 'female', 160)
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise NarratorError(f"cast file {origin} is not valid TOML: {exc}") from None
    try:
        rate = int(data.get("rate", 175))
        narrator = _voice(data["narrator"], rate)
        pool = tuple(_voice(entry, rate) for entry in data.get("pool", []))
        p = data.get("pauses", {})
        pauses = Pauses(
            title=int(p.get("title_ms", Pauses.title)),
            paragraph=int(p.get("paragraph_ms", Pauses.paragraph)),
            segment=int(p.get("segment_ms", Pauses.segment)),
        )
    except KeyError as exc:
        raise NarratorError(f"cast file {origin} lacks {exc.args[0]!r}: see voices/default.toml") from None
    except (TypeError, ValueError) as exc:
        raise NarratorError(f"cast file {origin}: {exc}") from None
    if not pool:
        raise NarratorError(f"cast file {origin} has no [[pool]] voices for quoted speakers")
    if any(v.id == narrator.id for v in pool):
        raise NarratorError(f"cast file {origin}: the narrator's voice {narrator.id} is also in the pool")
    speakers = data.get("speakers", {})
    if not isinstance(speakers, dict) or not all(isinstance(v, str) for v in speakers.values()):
        raise NarratorError(f'cast file {origin}: [speakers] maps names to voice ids, e.g. "Ben Wallace" = "gmw/en-gb-x-rp"')
    return Cast(name=str(data.get("name", origin)), narrator=narrator, pool=pool, pauses=pauses,
                speakers=tuple(speakers.items()))


def _voice(entry: Mapping, rate: int) -> Voice:
    gender = str(entry.get("gender", "any"))
    if gender not in GENDERS:
        raise ValueError(f"gender must be one of {', '.join(GENDERS)}, not {gender!r}")
    return Voice(
        id=str(entry["voice"]),
        rate=int(entry.get("rate", rate)),
        pitch=int(entry.get("pitch", 50)),
        gender=gender,
    )


def cast_voices(cast: Cast) -> tuple[Voice, ...]:
    return (cast.narrator, *cast.pool)


def check_voice(voice_id: str, available: Iterable[str], variants: Iterable[str]) -> None:
    """Raise a NarratorError naming close matches if the engine lacks `voice_id`.

    >>> check_voice("gmw/en+f3", ["gmw/en"], ["f3"])
    >>> check_voice("gmw/en-gb+f3", ["gmw/en", "gmw/en-us"], ["f3"])
    Traceback (most recent call last):
    ...
    narrator.errors.NarratorError: unknown voice 'gmw/en-gb+f3' (did you mean gmw/en+f3, gmw/en-us+f3?); `narrator voices` lists them
    """
    base, _, variant = voice_id.partition("+")
    available, variants = list(available), list(variants)
    if base in available and (not variant or variant in variants):
        return
    choices = [a + (f"+{variant}" if variant and variant in variants else "") for a in available]
    if base in available:
        choices = [f"{base}+{v}" for v in variants]
    close = difflib.get_close_matches(voice_id, choices, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise NarratorError(f"unknown voice {voice_id!r}{hint}; `narrator voices` lists them")


def cast_script(
    script: Script,
    cast: Cast,
    genders: Mapping[str, str] | None = None,
    known: Mapping[str, str] | None = None,
    overrides: Mapping[str, str] | None = None,
) -> CastScript:
    """Give every segment a voice.

    `genders` maps speaker -> "male"/"female"/"unknown"; `known` maps speaker ->
    voice id they had in earlier episodes; `overrides` maps speaker -> voice id the
    user chose (on top of the cast file's [speakers]). Each speaker in this episode gets a voice no other speaker has.
    """
    genders, known = genders or {}, _folded(known)
    overrides = {**_folded(dict(cast.speakers)), **_folded(overrides)}
    by_id = {v.id: v for v in cast_voices(cast)}
    taken_elsewhere = set(known.values())
    assigned: dict[str | None, Voice] = {}

    def pick(speaker: str | None) -> Voice:
        key = (speaker or "").casefold()
        for chosen in (overrides.get(key), known.get(key)):
            if chosen and chosen != cast.narrator.id and chosen not in _ids(assigned):
                return by_id.get(chosen) or Voice(chosen, cast.narrator.rate)
        gender = genders.get(speaker or "", "unknown")
        free = [v for v in cast.pool if v.id not in _ids(assigned)]
        fits = [v for v in free if gender not in ("male", "female") or v.gender in (gender, "any")]
        for candidates in ([v for v in fits if v.id not in taken_elsewhere], fits, free):
            if candidates:
                return candidates[0]
        # More speakers than pool voices: reuse a pool voice at a clearly different pitch.
        base = cast.pool[len(assigned) % len(cast.pool)]
        return replace(base, pitch=(base.pitch + 17 * (len(assigned) // len(cast.pool))) % 100)

    lines = []
    for seg in script.segments:
        if seg.kind == "narration":
            voice = cast.narrator
        else:
            if seg.speaker not in assigned:
                assigned[seg.speaker] = pick(seg.speaker)
            voice = assigned[seg.speaker]
        lines.append(Line(seg, voice))
    speakers = tuple((s, v) for s, v in assigned.items() if s)
    return CastScript(script=script, lines=tuple(lines), speakers=speakers, pauses=cast.pauses)


def _folded(mapping: Mapping[str, str] | None) -> dict[str, str]:
    return {k.casefold(): v for k, v in (mapping or {}).items()}


def _ids(assigned: Mapping[str | None, Voice]) -> set[str]:
    return {v.id for v in assigned.values()}
