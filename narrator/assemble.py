"""Join segment WAVs with pauses into one tagged MP3 episode.

Raw PCM is streamed once into ffmpeg (no pydub `+` in a loop, which is
quadratic, nor `append`, which crossfades), so memory stays at one segment.

LAME encodes on one core, and encoding is most of the work. An episode given
as several consecutive parts (split at paragraph breaks) is encoded by one
ffmpeg per part at once; MP3 frames stand alone, so the parts' frames are then
joined into one CBR stream. Each part's encoder delay (1105 samples of
silence) then lands inside a paragraph pause, and the timings allow for it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import secrets
import shutil
import subprocess
import tempfile
import threading
import warnings
import wave
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from typing import Union
from dataclasses import dataclass
from pathlib import Path

from mutagen.id3 import (
    APIC, CHAP, COMM, CTOC, ID3, TALB, TCON, TDRC, TIT2, TPE1, CTOCFlags, ID3NoHeaderError, PictureType,
)

from narrator.errors import NarratorError, os_problem
from narrator.models import Chapter, Cover, EpisodeAudio, Line, Pauses, SegmentAudio, Timing, Voice

RATE = 22050  # Hz, mono, 16-bit: what the synthesiser writes
BYTES_PER_SAMPLE = 2
BITRATE = "64k"  # CBR, plenty for mono speech
OUTPUT_RATE = 44100
FRAME_SAMPLES = 1152  # per MPEG-1 Layer III frame
ENCODER_DELAY = 576 + 529  # output samples of silence LAME puts before the audio (ffmpeg's initial_padding)


@dataclass(frozen=True)
class Tags:
    title: str
    artist: str
    album: str
    date: str  # YYYY-MM-DD or YYYY
    genre: str = "Podcast"
    comment: str | None = None
    cover: Cover | None = None  # embedded as the front-cover picture (APIC)


ChapterMaker = Callable[[tuple[Timing, ...], int], Sequence[Chapter]]
VoiceGains = Union[Mapping[Voice, float], Callable[[Voice], float]]


@dataclass(frozen=True)
class Part:
    """Consecutive segments of an episode, encoded on their own; `after` is the line spoken just before."""

    audio: Iterable[SegmentAudio]
    after: Line | None = None
# The limiter's sample-peak ceiling under the true-peak ceiling: it limits at 22050 Hz,
# before resampling and MP3 encoding add inter-sample overshoot (loudness.calibrate checks it).
LIMITER_MARGIN_DB = 1.0


def assemble(
    parts: Sequence[Part],
    pauses: Pauses,
    tags: Tags,
    dest: Path,
    *,
    gain_db: float = 0.0,
    voice_gain_db: VoiceGains | None = None,
    ceiling_db: float | None = None,
    chapters: ChapterMaker | None = None,
) -> EpisodeAudio:
    """Write the episode MP3 to `dest` atomically and say where each segment sits.

    The episode comes as consecutive parts, each encoded by its own ffmpeg at once (one
    part: a single ffmpeg and a Xing header). `voice_gain_db` (a mapping, or a function that
    may block until the voice's gain is known) scales each voice's PCM, and `gain_db` the
    joined episode; `ceiling_db` puts a limiter before the encoder (sample peaks a margin
    under it, so the true peak after MP3 encoding stays under it).  The episode is encoded
    once, as the segments arrive.  `chapters` turns the timings and duration into ID3 chapters.
    """
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise NarratorError("ffmpeg not found: install it (sudo apt-get install ffmpeg)")
    if not parts:
        raise ValueError("no segments to assemble")
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise os_problem(e, f"writing {dest}") from None
    # Named before they exist (ffmpeg creates them), so a Ctrl-C at any moment finds them in `finally`.
    token = secrets.token_hex(4)
    tmp = dest.parent / f".{dest.stem}.{token}.mp3.part"
    pieces = [tmp] + [dest.parent / f".{dest.stem}.{token}.{i}.mp3.part" for i in range(1, len(parts))]
    gain = _gain_function(voice_gain_db)
    try:
        if len(parts) == 1:
            part = parts[0]
            samples, timings = encode(_paced(part, pauses, required=True), tmp, gain_db, gain, ceiling_db, ffmpeg)
            duration_ms = _ms(samples)
        else:
            encoded = _encode_parts(parts, pauses, pieces, gain_db, gain, ceiling_db, ffmpeg)
            duration_ms, timings = _join(pieces, encoded)
        marks = tuple(chapters(timings, duration_ms)) if chapters else ()
        _tag(tmp, tags, marks)
        os.chmod(tmp, 0o644)  # whatever the umask: episodes get served
        size = tmp.stat().st_size
        os.replace(tmp, dest)
    except OSError as e:  # e.g. the disk filled up while tagging
        raise os_problem(e, f"writing {dest}") from None
    finally:  # also on KeyboardInterrupt
        for piece in pieces:
            piece.unlink(missing_ok=True)
    return EpisodeAudio(dest, duration_ms, size, timings, marks)


def _paced(part: Part, pauses: Pauses, required: bool = False) -> Iterator[tuple[int, SegmentAudio]]:
    segments = iter(part.audio)
    first = next(segments, None)
    if first is None:
        if required:
            raise ValueError("no segments to assemble")
        return iter(())
    return with_pauses(itertools.chain([first], segments), pauses, after=part.after)


def _encode_parts(
    parts: Sequence[Part], pauses: Pauses, pieces: Sequence[Path], gain_db: float,
    gain: Callable[[Voice], float], ceiling_db: float | None, ffmpeg: str,
) -> list[tuple[int, tuple[Timing, ...]]]:
    """Encode part i into pieces[i] (frames only: no ID3 or Xing header), the first in this thread."""
    stop = threading.Event()  # one part failed: the others stop at their next segment

    def run(i: int) -> tuple[int, tuple[Timing, ...]]:
        def checked() -> Iterator[tuple[int, SegmentAudio]]:
            for item in _paced(parts[i], pauses):
                if stop.is_set():
                    raise _Stopped()
                yield item

        try:
            return encode(checked(), pieces[i], gain_db, gain, ceiling_db, ffmpeg, bare=True)
        except BaseException:
            stop.set()
            raise

    with ThreadPoolExecutor(len(parts) - 1, thread_name_prefix="narrator-part") as others:
        futures = [others.submit(run, i) for i in range(1, len(parts))]
        try:
            first = run(0)
            return [first] + [f.result() for f in futures]
        except BaseException as exc:
            stop.set()
            wait(futures)
            if isinstance(exc, _Stopped):  # the first part stopped for another's failure: raise that one
                for f in futures:
                    if f.exception() is not None and not isinstance(f.exception(), _Stopped):
                        raise f.exception() from None
            raise


class _Stopped(Exception):
    """Another part of the episode failed."""


def _join(pieces: Sequence[Path], encoded: Sequence[tuple[int, tuple[Timing, ...]]]) -> tuple[int, tuple[Timing, ...]]:
    """Append pieces[1:] to pieces[0]; the episode's duration and timings on the joined MP3's clock."""
    timings: list[Timing] = []
    offset = 0  # output samples before the current piece
    with open(pieces[0], "r+b") as out:
        for i, (piece, (_samples, part_timings)) in enumerate(zip(pieces, encoded)):
            shift = (offset + ENCODER_DELAY) * 1000 / OUTPUT_RATE
            timings.extend(Timing(round(t.start_ms + shift), round(t.end_ms + shift), t.line) for t in part_timings)
            with open(piece, "rb") as src:
                frames = mp3_frames(iter(lambda: src.read(CHUNK), b""))
                if i:
                    src.seek(0)
                    out.seek(0, os.SEEK_END)
                    shutil.copyfileobj(src, out, CHUNK)
            offset += frames * FRAME_SAMPLES
    return round(offset * 1000 / OUTPUT_RATE), tuple(timings)


CHUNK = 1 << 20
_BITRATES = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)  # MPEG-1 Layer III, kbit/s
_RATES = (44100, 48000, 32000)


def mp3_frames(chunks: Iterable[bytes]) -> int:
    """How many MPEG-1 Layer III frames the bytes hold, walking header to header.

    >>> frame = bytes([0xFF, 0xFB, 0x50, 0xC4]) + bytes(204)  # 64 kbit/s, 44.1 kHz: 208 bytes
    >>> mp3_frames([frame * 2, frame[:100], frame[100:]])
    3
    >>> mp3_frames([b"ID3 tag"])
    Traceback (most recent call last):
    ...
    ValueError: not an MPEG-1 Layer III frame at byte 0
    """
    count = 0
    buf, base, skip = b"", 0, 0  # base: where buf starts; skip: bytes of a frame's body still to come
    for chunk in chunks:
        buf += chunk
        pos = min(skip, len(buf))
        skip -= pos
        while not skip and pos + 4 <= len(buf):
            b2 = buf[pos + 2]
            if buf[pos] != 0xFF or buf[pos + 1] & 0xFE != 0xFA or b2 >> 4 in (0, 15) or (b2 >> 2) & 3 == 3:
                raise ValueError(f"not an MPEG-1 Layer III frame at byte {base + pos}")
            pos += 144 * _BITRATES[b2 >> 4] * 1000 // _RATES[(b2 >> 2) & 3] + ((b2 >> 1) & 1)
            count += 1
            if pos > len(buf):
                skip, pos = pos - len(buf), len(buf)
        base, buf = base + pos, buf[pos:]
    if skip or buf:
        raise ValueError(f"a truncated MPEG frame at byte {base}")
    return count


def _gain_function(gains: VoiceGains | None) -> Callable[[Voice], float]:
    if gains is None:
        return lambda _voice: 0.0
    if callable(gains):
        return gains
    return lambda voice: gains.get(voice, 0.0)


def with_pauses(
    audio: Iterable[SegmentAudio], pauses: Pauses, after: Line | None = None,
) -> Iterator[tuple[int, SegmentAudio]]:
    """Each segment with the milliseconds of silence before it, as the segments arrive.

    `after` is the line spoken just before the first segment (None: the episode starts here).
    """
    prev = after
    for cur in audio:
        if prev is None:
            gap = 0
        else:
            a, b = prev.segment.block, cur.line.segment.block
            gap = pauses.title if a == 0 and b != 0 else pauses.paragraph if a != b else pauses.segment
        yield gap, cur
        prev = cur.line


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


def encode(
    audio: Iterable[tuple[int, SegmentAudio]],
    out: Path,
    gain_db: float = 0.0,
    voice_gain_db: Callable[[Voice], float] = lambda _voice: 0.0,
    ceiling_db: float | None = None,
    ffmpeg: str | None = None,
    bare: bool = False,
) -> tuple[int, tuple[Timing, ...]]:
    """Stream (pause ms, segment) pairs as PCM into ffmpeg's MP3 encoder; returns samples and timings.

    `bare`: MP3 frames only, no ID3 tag and no Xing header, to be joined to other parts.
    """
    ffmpeg = ffmpeg or shutil.which("ffmpeg") or "ffmpeg"
    cmd = [ffmpeg, "-hide_banner", "-loglevel", "error", "-y",
           "-f", "s16le", "-ar", str(RATE), "-ac", "1", "-i", "pipe:0"]
    if filters := chain(gain_db, ceiling_db):
        cmd += ["-af", filters]
    cmd += ["-c:a", "libmp3lame", "-b:a", BITRATE, "-compression_level", "7",
            "-ar", str(OUTPUT_RATE), "-ac", "1"]
    if bare:
        cmd += ["-write_xing", "0", "-id3v2_version", "0"]
    cmd += ["-f", "mp3", str(out)]
    timings: list[Timing] = []
    position = 0  # in samples, so rounding never drifts
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            for gap, seg in audio:
                silence = bytes(_samples(gap) * BYTES_PER_SAMPLE)
                pcm = _scale(read_pcm(seg.wav), voice_gain_db(seg.line.voice))
                position += len(silence) // BYTES_PER_SAMPLE
                start = position
                position += len(pcm) // BYTES_PER_SAMPLE
                timings.append(Timing(_ms(start), _ms(position), seg.line))
                proc.stdin.write(silence)
                proc.stdin.write(pcm)
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
            if "No space left" in detail:
                raise NarratorError(f"no space left on the disk while writing {out.parent}: free some space and try again")
            raise NarratorError(f"ffmpeg could not encode the episode: {detail or f'exit {code}'}")
    return position, tuple(timings)


def chain(gain_db: float = 0.0, ceiling_db: float | None = None) -> str:
    """The ffmpeg filters before the encoder: the episode's gain, then the limiter ("" for none)."""
    filters = []
    if gain_db:
        filters.append(f"volume={gain_db:.2f}dB")
    if ceiling_db is not None:
        limit = 10 ** ((ceiling_db - LIMITER_MARGIN_DB) / 20)
        # level=0: no auto make-up gain; latency=1: no delay, so timings stay exact
        filters.append(f"alimiter=limit={limit:.4f}:attack=2:release=40:level=0:latency=1")
    return ",".join(filters)


def _scale(pcm: bytes, gain_db: float) -> bytes:
    if not gain_db:
        return pcm
    with warnings.catch_warnings():  # audioop: deprecated in 3.11-3.12, audioop-lts from 3.13
        warnings.simplefilter("ignore", DeprecationWarning)
        import audioop
    return audioop.mul(pcm, BYTES_PER_SAMPLE, 10 ** (gain_db / 20))


def _tag(path: Path, tags: Tags, chapters: Sequence[Chapter] = ()) -> None:
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
    if tags.cover:
        id3.delall("APIC")
        id3.add(APIC(encoding=3, mime=tags.cover.mime, type=PictureType.COVER_FRONT, desc="Cover",
                     data=tags.cover.data))
    _add_chapters(id3, chapters)
    id3.save(path)


def _add_chapters(id3: ID3, chapters: Sequence[Chapter]) -> None:
    """ID3v2 chapter frames (CHAP) and their table of contents (CTOC)."""
    id3.delall("CHAP")
    id3.delall("CTOC")
    if not chapters:
        return
    chapters = _at_most(chapters, MAX_ID3_CHAPTERS)
    ids = [f"chp{i}" for i in range(len(chapters))]
    for element_id, chapter in zip(ids, chapters):
        id3.add(CHAP(element_id=element_id, start_time=chapter.start_ms, end_time=chapter.end_ms,
                     start_offset=0xFFFFFFFF, end_offset=0xFFFFFFFF,  # "use the times"
                     sub_frames=[TIT2(encoding=3, text=chapter.title)]))
    id3.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED, child_element_ids=ids,
                 sub_frames=[TIT2(encoding=3, text="Chapters")]))


MAX_ID3_CHAPTERS = 255  # a CTOC counts its entries in one byte


def _at_most(chapters: Sequence[Chapter], limit: int) -> Sequence[Chapter]:
    """Join runs of neighbouring chapters so there are at most `limit` (each run keeps its first title)."""
    if len(chapters) <= limit:
        return chapters
    size = -(-len(chapters) // limit)
    runs = [chapters[i : i + size] for i in range(0, len(chapters), size)]
    return [Chapter(run[0].start_ms, run[-1].end_ms, run[0].title) for run in runs]


def _samples(ms: int) -> int:
    return ms * RATE // 1000


def _ms(samples: int) -> int:
    return round(samples * 1000 / RATE)
