"""Join segment WAVs with pauses into one tagged MP3 episode.

Raw PCM is streamed once into ffmpeg (no pydub `+` in a loop, which is
quadratic, nor `append`, which crossfades), so memory stays at one segment.
`audio` may be a lazy iterable: each segment is encoded as soon as it is
synthesised, while later ones are still being spoken.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import warnings
import wave
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from mutagen.id3 import COMM, ID3, TALB, TCON, TDRC, TIT2, TPE1, ID3NoHeaderError

from narrator.errors import NarratorError
from narrator.models import EpisodeAudio, Pauses, SegmentAudio, Timing

RATE = 22050  # Hz, mono, 16-bit: what the synthesiser writes
BYTES_PER_SAMPLE = 2
BITRATE = "64k"  # CBR, plenty for mono speech
OUTPUT_RATE = 44100


@dataclass(frozen=True)
class Tags:
    title: str
    artist: str
    album: str
    date: str  # YYYY-MM-DD or YYYY
    genre: str = "Podcast"
    comment: str | None = None


def assemble(
    audio: Iterable[SegmentAudio],
    pauses: Pauses,
    tags: Tags,
    dest: Path,
    *,
    gain_db: float = 0.0,
) -> EpisodeAudio:
    """Write the episode MP3 to `dest` atomically and say where each segment sits.

    `gain_db` is the seam for a later loudness step (0 = untouched).
    """
    if isinstance(audio, Sequence) and not audio:
        raise ValueError("no segments to assemble")
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise NarratorError("ffmpeg not found: install it (sudo apt-get install ffmpeg)")
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.stem}.", suffix=".mp3.part")
    os.close(fd)
    tmp = Path(name)
    try:
        samples, timings = _encode(_with_gaps(audio, pauses), tmp, ffmpeg, gain_db)
        _tag(tmp, tags)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; episodes get served
        size = tmp.stat().st_size
        os.replace(tmp, dest)
    finally:  # also on KeyboardInterrupt
        tmp.unlink(missing_ok=True)
    return EpisodeAudio(dest, _ms(samples), size, timings)


def pause_before(audio: Sequence[SegmentAudio], pauses: Pauses) -> list[int]:
    """Milliseconds of silence before each segment (0 before the first)."""
    return [gap for _seg, gap in _with_gaps(audio, pauses)]


def _with_gaps(audio: Iterable[SegmentAudio], pauses: Pauses) -> Iterator[tuple[SegmentAudio, int]]:
    prev = None
    for cur in audio:
        if prev is None:
            gap = 0
        else:
            a, b = prev.line.segment.block, cur.line.segment.block
            if a == 0 and b != 0:
                gap = pauses.title
            elif a != b:
                gap = pauses.paragraph
            else:
                gap = pauses.segment
        yield cur, gap
        prev = cur


def read_pcm(path: Path) -> bytes:
    """A WAV's frames as 22050 Hz mono 16-bit PCM, converting if needed."""
    try:
        with wave.open(str(path), "rb") as w:
            if (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, RATE):
                return w.readframes(w.getnframes())
    except (wave.Error, EOFError):
        pass  # not plain PCM WAV (e.g. float): let ffmpeg via pydub deal with it
    except OSError as e:
        raise NarratorError(f"cannot read segment audio {path}: {e}; delete the cache and retry") from e
    with warnings.catch_warnings():  # pydub imports audioop, deprecated in 3.11-3.12
        warnings.simplefilter("ignore", DeprecationWarning)
        from pydub import AudioSegment

    seg = AudioSegment.from_file(path).set_frame_rate(RATE).set_channels(1).set_sample_width(2)
    return seg.raw_data


def _encode(
    audio: Iterable[tuple[SegmentAudio, int]],
    out: Path,
    ffmpeg: str,
    gain_db: float,
) -> tuple[int, tuple[Timing, ...]]:
    """Stream silence + PCM of each segment into ffmpeg; returns samples and timings."""
    cmd = [ffmpeg, "-hide_banner", "-loglevel", "error", "-y",
           "-f", "s16le", "-ar", str(RATE), "-ac", "1", "-i", "pipe:0"]
    if gain_db:
        cmd += ["-af", f"volume={gain_db}dB"]
    cmd += ["-c:a", "libmp3lame", "-b:a", BITRATE, "-compression_level", "7",
            "-ar", str(OUTPUT_RATE), "-ac", "1", "-f", "mp3", str(out)]
    timings: list[Timing] = []
    position = 0  # in samples, so rounding never drifts
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            for seg, gap in audio:
                silence = bytes(_samples(gap) * BYTES_PER_SAMPLE)
                pcm = read_pcm(seg.wav)
                position += len(silence) // BYTES_PER_SAMPLE
                start = position
                position += len(pcm) // BYTES_PER_SAMPLE
                timings.append(Timing(_ms(start), _ms(position), seg.line))
                proc.stdin.write(silence)
                proc.stdin.write(pcm)
            if not timings:
                raise ValueError("no segments to assemble")
            proc.stdin.close()
            code = proc.wait()
        except BrokenPipeError:  # ffmpeg died early: its stderr says why
            code = proc.wait() or -1
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        finally:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        if code != 0:
            errors.seek(0)
            detail = errors.read().decode(errors="replace").strip()
            raise NarratorError(f"ffmpeg could not encode the episode: {detail or f'exit {code}'}")
    return position, tuple(timings)


def _tag(path: Path, tags: Tags) -> None:
    try:
        id3 = ID3(path)
    except ID3NoHeaderError:
        id3 = ID3()
    id3.delall("TSSE")  # ffmpeg's encoder note, not useful to listeners
    id3.add(TIT2(encoding=3, text=tags.title))
    id3.add(TPE1(encoding=3, text=tags.artist))
    id3.add(TALB(encoding=3, text=tags.album))
    id3.add(TDRC(encoding=3, text=tags.date))
    id3.add(TCON(encoding=3, text=tags.genre))
    if tags.comment:
        id3.add(COMM(encoding=3, lang="eng", desc="", text=tags.comment))
    id3.save(path)


def _samples(ms: int) -> int:
    return ms * RATE // 1000


def _ms(samples: int) -> int:
    return round(samples * 1000 / RATE)
