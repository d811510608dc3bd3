"""Loudness: measure each voice with ffmpeg's EBU R128 meter and plan the gains.

Each voice's segments are measured together (integrated loudness and true
peak, ``ebur128=peak=true``), once per distinct set of segments: results are
cached next to the synthesised WAVs.  The plan evens the voices out (every
voice lands on the same loudness, so none is louder than another) and lifts
the whole episode to the podcast target of -16 LUFS; a limiter in the encoder
keeps the true peak under -1 dBTP.  One pass over PCM per voice instead of
ffmpeg's two-pass loudnorm over the episode.

Mono is measured as one channel (ffmpeg's default, not ``dualmono``), which
is how ``ffmpeg -af ebur128`` and most podcast checkers report a mono MP3.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from narrator.errors import NarratorError
from narrator.models import SegmentAudio, Voice

TARGET_LUFS = -16.0
CEILING_DBTP = -1.0
SILENT_LUFS = -60.0  # below this (or too short to gate) a measurement is no guide
MEASURE_VERSION = "2"  # bump when what is measured changes

_INTEGRATED = re.compile(r"I:\s+(-?[\d.]+|-?inf|nan)\s+LUFS")
_PEAK = re.compile(r"Peak:\s+(-?[\d.]+|-?inf|nan)\s+dBFS")


@dataclass(frozen=True)
class Level:
    integrated: float  # LUFS
    true_peak: float  # dBTP


@dataclass(frozen=True)
class Gains:
    voices: dict[Voice, float]  # dB applied to each voice's PCM, all <= 0
    overall: float  # dB applied to the joined episode in the encoder


def measure(pcm: Iterable[bytes], rate: int, true_peak: bool = True) -> Level:
    """Loudness of 16-bit mono PCM chunks, streamed into ffmpeg's ebur128 meter.

    Without `true_peak` the peak reads -inf (not measured) and the meter is ~3x cheaper (no 4x oversampling).
    """
    cmd = [_ffmpeg(), "-hide_banner", "-nostats", "-f", "s16le", "-ar", str(rate), "-ac", "1",
           "-i", "pipe:0", "-af", _meter(true_peak), "-f", "null", "-"]
    return _run_meter(cmd, pcm, true_peak)


def measure_file(path: Path, true_peak: bool = True) -> Level:
    """Loudness of an audio file as ffmpeg decodes it (e.g. a finished MP3)."""
    cmd = [_ffmpeg(), "-hide_banner", "-nostats", "-i", str(path), "-af", _meter(true_peak), "-f", "null", "-"]
    return _run_meter(cmd, [], true_peak)


def _meter(true_peak: bool) -> str:
    return "ebur128=peak=true:framelog=verbose" if true_peak else "ebur128=framelog=verbose"


def voice_levels(
    audio: Sequence[SegmentAudio], read_pcm, rate: int, cache_dir: Path | None = None
) -> dict[Voice, Level]:
    """Each voice's integrated loudness over all its segments, from the cache when measured before.

    Voices are measured in parallel, without true peak (plan_gains needs only the
    integrated loudness; the limiter sees to the peaks): true_peak reads -inf.
    """
    from concurrent.futures import ThreadPoolExecutor

    by_voice: dict[Voice, list[SegmentAudio]] = {}
    for seg in audio:
        by_voice.setdefault(seg.line.voice, []).append(seg)

    def level_of(voice: Voice) -> Level:
        segs = by_voice[voice]
        cached = _cache_file(cache_dir, voice, segs) if cache_dir else None
        level = _read_cache(cached) if cached else None
        if level is None:
            level = measure((read_pcm(s.wav) for s in segs), rate, true_peak=False)
            if cached:
                _write_cache(cached, level)
        return level

    with ThreadPoolExecutor(min(len(by_voice), os.cpu_count() or 1) or 1) as pool:
        return dict(zip(by_voice, pool.map(level_of, by_voice)))


def plan_gains(levels: dict[Voice, Level], target: float = TARGET_LUFS) -> Gains:
    """Gains that bring every voice to `target`, split into a per-voice cut and one overall lift.

    >>> a, b, c = Voice("a"), Voice("b"), Voice("c")
    >>> plan_gains({a: Level(-20.0, -3.0), b: Level(-24.0, -6.0), c: Level(-70.0, -60.0)})
    Gains(voices={Voice(id='a', rate=175, pitch=50, gender='any'): -4.0, \
Voice(id='b', rate=175, pitch=50, gender='any'): 0.0, \
Voice(id='c', rate=175, pitch=50, gender='any'): -2.0}, overall=8.0)
    """
    needed = {v: target - lv.integrated for v, lv in levels.items() if lv.integrated > SILENT_LUFS}
    if not needed:
        return Gains({v: 0.0 for v in levels}, 0.0)
    overall = max(needed.values())
    cuts = {v: round(g - overall, 2) for v, g in needed.items()}
    typical = sum(cuts.values()) / len(cuts)  # for voices too short or quiet to measure
    return Gains({v: cuts.get(v, round(typical, 2)) for v in levels}, round(overall, 2))


def _run_meter(cmd: list[str], pcm: Iterable[bytes], true_peak: bool = True) -> Level:
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: ffmpeg can never block on it
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=log)
        try:
            for chunk in pcm:
                proc.stdin.write(chunk)
            proc.stdin.close()
        except BrokenPipeError:
            pass  # ffmpeg died: its log says why
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        code = proc.wait()
        log.seek(0)
        err = log.read().decode(errors="replace")
    if code != 0:
        raise NarratorError(f"ffmpeg could not measure loudness: {err.strip()[-300:]}")
    summary = err[err.rfind("Summary:"):]
    integrated, peak = _INTEGRATED.search(summary), _PEAK.search(summary)
    if not (integrated and (peak or not true_peak)):
        raise NarratorError("ffmpeg's ebur128 meter gave no summary; is ffmpeg too old?")
    return Level(float(integrated[1]), float(peak[1]) if peak else -math.inf)


def _ffmpeg() -> str:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise NarratorError("ffmpeg not found: install it (sudo apt-get install ffmpeg)")
    return ffmpeg


def _cache_file(cache_dir: Path, voice: Voice, segs: Sequence[SegmentAudio]) -> Path:
    # Synthesised WAVs are named by a hash of their content's inputs, so their
    # names (and sizes, for anything else) identify what was measured.
    names = [f"{s.wav.name}:{_size(s.wav)}" for s in segs]
    key = json.dumps([MEASURE_VERSION, voice.id, voice.rate, voice.pitch, names])
    digest = hashlib.sha256(key.encode()).hexdigest()
    return Path(cache_dir) / "loudness" / digest[:2] / f"{digest}.json"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1


def _read_cache(path: Path) -> Level | None:
    try:
        data = json.loads(path.read_text())
        return Level(float(data["integrated"]), float(data["true_peak"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_cache(path: Path, level: Level) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"integrated": level.integrated, "true_peak": level.true_peak}))
        tmp.replace(path)
    except OSError:
        pass  # a cache that cannot be written only costs a re-measure
