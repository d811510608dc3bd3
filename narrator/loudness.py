"""Loudness: calibrate each voice once, so episodes are levelled as they are encoded.

Every episode goes through one fixed chain: each voice's PCM is scaled by its own
gain, then ffmpeg adds HEADROOM_DB, limits the peaks and encodes the MP3.  A
voice's gain is found once per (engine, voice, rate, pitch), on a calibration
passage of ordinary English spoken in that voice: the passage goes through the
chain at a grid of gains in one ffmpeg pass, the gain that lands on -16 LUFS is
interpolated, then checked (and corrected if need be) through the real chain,
MP3 encoder included, and the result is cached in the cache folder.  Every voice
then lands at -16 LUFS after limiting and encoding, so the voices match each
other and the episode, mostly made of such speech, lands at -16 LUFS too, with
its true peak under -1 dBTP, without measuring or re-encoding it.

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
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from narrator.errors import NarratorError
from narrator.models import Line, Segment, SegmentAudio, Voice

TARGET_LUFS = -16.0
CEILING_DBTP = -1.0
HEADROOM_DB = 20.0  # ffmpeg's gain on the joined episode; each voice's PCM is cut by HEADROOM_DB - its gain
CALIBRATION_VERSION = "1"  # bump when the passage or the way it is measured changes
CALIBRATION = (  # two paragraphs, about 14 s of speech
    "The council met on Tuesday evening to discuss plans for a new library. "
    "Residents asked whether it would open before the end of next year.",
    "A spokesperson said the work was on schedule and the budget had not changed.",
)
CALIBRATION_PAUSE_MS = 700  # between the paragraphs, as in an episode
GRID = tuple(range(0, 15))  # dB of gain tried in the calibration pass (espeak-ng voices need 3-10)
TOLERANCE = 0.25  # LU: the checked passage may miss the target by this much
CORRECTIONS = 2

_INTEGRATED = re.compile(r"I:\s+(-?[\d.]+|-?inf|nan)\s+LUFS")
_PEAK = re.compile(r"Peak:\s+(-?[\d.]+|-?inf|nan)\s+dBFS")


@dataclass(frozen=True)
class Level:
    integrated: float  # LUFS
    true_peak: float  # dBTP


@dataclass(frozen=True)
class Calibration:
    gain_db: float  # total gain before the limiter that brings the voice to TARGET_LUFS
    integrated: float  # the passage through the whole chain with that gain, LUFS
    true_peak: float  # and its true peak after MP3 encoding, dBTP

    @property
    def pcm_gain_db(self) -> float:
        """The part of the gain applied to the voice's PCM (the rest is HEADROOM_DB in ffmpeg)."""
        return round(self.gain_db - HEADROOM_DB, 2)


class Speaker(Protocol):
    """What calibration needs of the speech pool (synth.SpeechPool)."""

    def stream(self, lines: Sequence[Line]) -> Iterable[SegmentAudio]: ...

    def prefetch(self, lines: Sequence[Line]) -> None: ...


def calibration_lines(voice: Voice) -> list[Line]:
    return [Line(Segment("narration", text, None, i + 1), voice) for i, text in enumerate(CALIBRATION)]


def calibrate(voice: Voice, speaker: Speaker, cache_dir: Path, engine: str) -> Calibration:
    """The voice's calibration: from the cache, else measured (about a second) and cached."""
    path = _cache_file(cache_dir, voice, engine)
    if (cached := _read_cache(path)) is not None:
        return cached
    from narrator.assemble import RATE, read_pcm

    audio = list(speaker.stream(calibration_lines(voice)))
    pause = bytes(CALIBRATION_PAUSE_MS * RATE // 1000 * 2)
    pcm = pause.join(read_pcm(seg.wav) for seg in audio)
    gain = interpolate(grid_levels(pcm, RATE), TARGET_LUFS)
    for attempt in range(CORRECTIONS + 1):
        level = through_chain(audio, gain)
        miss = TARGET_LUFS - level.integrated
        if abs(miss) <= TOLERANCE or attempt == CORRECTIONS:
            break
        gain += miss  # the grid skips the MP3 encoder: a small step closes the gap
    result = Calibration(round(gain, 2), level.integrated, level.true_peak)
    _write_cache(path, result)
    return result


def grid_levels(pcm: bytes, rate: int) -> dict[float, float]:
    """Integrated loudness (LUFS) of `pcm` after each GRID gain and the limiter, in one ffmpeg pass."""
    from narrator.assemble import chain

    parts = [f"[0:a]asplit={len(GRID)}" + "".join(f"[a{i}]" for i in range(len(GRID)))]
    for i, gain in enumerate(GRID):
        end = "[out]" if i == len(GRID) - 1 else ",anullsink"
        parts.append(f"[a{i}]{chain(gain, CEILING_DBTP)},ebur128@g{i}{end}")
    cmd = [_ffmpeg(), "-hide_banner", "-nostats", "-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0",
           "-filter_complex", ";".join(parts), "-map", "[out]", "-f", "null", "-"]
    log = _run(cmd, [pcm])
    levels = {}
    for i, gain in enumerate(GRID):
        block = log[log.rfind(f"[ebur128@g{i} @"):]
        found = _INTEGRATED.search(block[block.find("Summary:"):])
        if not found:
            raise NarratorError("ffmpeg's ebur128 meter gave no summary; is ffmpeg too old?")
        levels[gain] = float(found[1])
    return levels


def interpolate(levels: dict[float, float], target: float) -> float:
    """The gain whose loudness is `target`, between the two grid points around it.

    >>> interpolate({0: -24.0, 1: -23.0, 2: -22.5}, -22.75)
    1.5
    >>> interpolate({0: -24.0, 1: -23.0}, -20.0)  # beyond the grid: extrapolate at 1 dB per dB
    4.0
    """
    points = sorted((g, lufs) for g, lufs in levels.items() if math.isfinite(lufs))
    if not points:
        raise NarratorError("the calibration passage is silent: check the speech engine's output")
    for (g0, l0), (g1, l1) in zip(points, points[1:]):
        if l0 <= target <= l1 and l1 > l0:
            return round(g0 + (target - l0) * (g1 - g0) / (l1 - l0), 2)
    g, lufs = points[0] if target < points[0][1] else points[-1]
    return round(g + target - lufs, 2)


def through_chain(audio: Sequence[SegmentAudio], gain_db: float) -> Level:
    """The passage through the episode's own chain and MP3 encoder, measured as a listener's player decodes it."""
    from narrator.assemble import encode

    pcm_gain = gain_db - HEADROOM_DB
    paced = ((0 if i == 0 else CALIBRATION_PAUSE_MS, seg) for i, seg in enumerate(audio))
    with tempfile.TemporaryDirectory(prefix="narrator-calibrate-") as tmp:
        mp3 = Path(tmp) / "passage.mp3"
        encode(paced, mp3, HEADROOM_DB, lambda _voice: pcm_gain, CEILING_DBTP)
        return measure_file(mp3)


class Calibrator:
    """Calibrates voices in the background, each once per command; `gain` waits for a voice's.

    One at a time, in the order started (the narrator's voice first, as the encoder needs it
    first), which also keeps the memory of a first-ever run down.
    """

    def __init__(self, speaker: Speaker, cache_dir: Path, engine: str, threads: int = 1) -> None:
        self._speaker, self._cache_dir, self._engine = speaker, Path(cache_dir), engine
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="narrator-calibrate")
        self._futures: dict[Voice, Future[Calibration]] = {}
        self._lock = threading.Lock()

    def start(self, voices: Iterable[Voice]) -> None:
        """Begin calibrating the voices not yet known; their passages are queued for speech at once."""
        with self._lock:
            for voice in dict.fromkeys(voices):
                if voice in self._futures:
                    continue
                if _read_cache(_cache_file(self._cache_dir, voice, self._engine)) is None:
                    # ahead of the episodes' segments: the encoder waits on the narrator's gain
                    self._speaker.prefetch(calibration_lines(voice))
                self._futures[voice] = self._pool.submit(
                    calibrate, voice, self._speaker, self._cache_dir, self._engine)

    def calibration(self, voice: Voice) -> Calibration:
        self.start([voice])
        return self._futures[voice].result()

    def gain(self, voice: Voice) -> float:
        """dB to apply to the voice's PCM (assemble's `voice_gain_db`)."""
        return self.calibration(voice).pcm_gain_db

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def measure(pcm: Iterable[bytes], rate: int, true_peak: bool = True) -> Level:
    """Loudness of 16-bit mono PCM chunks, streamed into ffmpeg's ebur128 meter.

    Without `true_peak` the peak reads -inf (not measured) and the meter is ~3x cheaper (no 4x oversampling).
    """
    cmd = [_ffmpeg(), "-hide_banner", "-nostats", "-f", "s16le", "-ar", str(rate), "-ac", "1",
           "-i", "pipe:0", "-af", _meter(true_peak), "-f", "null", "-"]
    return _level(_run(cmd, pcm), true_peak)


def measure_file(path: Path, true_peak: bool = True) -> Level:
    """Loudness of an audio file as ffmpeg decodes it (e.g. a finished MP3)."""
    cmd = [_ffmpeg(), "-hide_banner", "-nostats", "-i", str(path), "-af", _meter(true_peak), "-f", "null", "-"]
    return _level(_run(cmd, []), true_peak)


def _meter(true_peak: bool) -> str:
    return "ebur128=peak=true" if true_peak else "ebur128"


def _run(cmd: list[str], pcm: Iterable[bytes]) -> str:
    """Run an ffmpeg meter on the PCM; its log."""
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
    return err


def _level(log: str, true_peak: bool) -> Level:
    summary = log[log.rfind("Summary:"):]
    integrated, peak = _INTEGRATED.search(summary), _PEAK.search(summary)
    if not (integrated and (peak or not true_peak)):
        raise NarratorError("ffmpeg's ebur128 meter gave no summary; is ffmpeg too old?")
    return Level(float(integrated[1]), float(peak[1]) if peak else -math.inf)


def _ffmpeg() -> str:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise NarratorError("ffmpeg not found: install it (sudo apt-get install ffmpeg)")
    return ffmpeg


def _cache_file(cache_dir: Path, voice: Voice, engine: str) -> Path:
    from narrator.assemble import BITRATE, chain

    # The chain is part of the key: changing the limiter or the target recalibrates every voice.
    key = json.dumps([CALIBRATION_VERSION, engine, voice.id, voice.rate, voice.pitch, TARGET_LUFS,
                      chain(HEADROOM_DB, CEILING_DBTP), BITRATE])
    digest = hashlib.sha256(key.encode()).hexdigest()
    return Path(cache_dir) / "loudness" / f"{digest}.json"


def _read_cache(path: Path) -> Calibration | None:
    try:
        data = json.loads(path.read_text())
        return Calibration(float(data["gain_db"]), float(data["integrated"]), float(data["true_peak"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_cache(path: Path, calibration: Calibration) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps(calibration.__dict__))
        tmp.replace(path)
    except OSError:
        pass  # a cache that cannot be written only costs a recalibration
