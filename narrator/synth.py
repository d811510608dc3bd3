"""Speak each line with pyttsx3 (espeak-ng) into a content-addressed WAV cache.

Synthesis runs in worker processes (multiprocessing "spawn"): espeak-ng
initialises once per process, so separate processes are the only way to run
engines in parallel, and they keep pyttsx3's "Audio saved to ..." chatter off
our stdout.
"""

from __future__ import annotations

import array
import contextlib
import functools
import hashlib
import importlib
import multiprocessing
import os
import re
import secrets
import signal
import sys
import tempfile
import wave
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from narrator.errors import NarratorError
from narrator.models import Line, SegmentAudio, Voice

ENGINE = "pyttsx3-espeak-ng"
SAMPLE_RATE = 22050
MAX_CHARS = 1000  # longer texts are spoken in sentence-sized pieces (see _split)
CACHE_VERSION = "2"  # bump when the WAVs we write change for the same inputs
KEEP_TAIL_MS = 30  # of espeak-ng's ~300 ms end pause; assemble adds the real pauses
INSTALL_HINT = "install espeak-ng (sudo apt-get install espeak-ng)"


# -- main process ------------------------------------------------------------


def synthesise(
    lines: Sequence[Line], cache_dir: Path, workers: int | None = None
) -> list[SegmentAudio]:
    """Speak every line (cached ones are reused); results follow `lines`' order."""
    for i, line in enumerate(lines):
        if not line.segment.text.strip():
            raise ValueError(f"line {i} has no text to speak (a bug upstream)")
    if not lines:
        return []
    tag = engine_tag()
    paths = [cache_path(cache_dir, cache_key(ln.voice, ln.segment.text, tag)) for ln in lines]
    todo = {p: ln for p, ln in zip(paths, lines) if not _valid_wav(p)}
    if todo:
        _render_all(todo, workers)
    return [SegmentAudio(ln, p, wav_duration_ms(p)) for ln, p in zip(lines, paths)]


@functools.cache
def engine_tag() -> str:
    """Engine name and espeak-ng version, part of every cache key."""
    try:
        _espeak = importlib.import_module("pyttsx3.drivers._espeak")
    except Exception as e:  # pyttsx3 raises at import when libespeak-ng is missing
        raise NarratorError(f"speech engine unavailable ({e}): {INSTALL_HINT}") from e
    try:
        version = (_espeak.Info(None) or b"").decode()
    except Exception:
        version = ""
    return f"{ENGINE} {version}".strip()


def cache_key(voice: Voice, text: str, tag: str) -> str:
    parts = (CACHE_VERSION, tag, voice.id, str(voice.rate), str(voice.pitch), text)
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def cache_path(cache_dir: Path, key: str) -> Path:
    return Path(cache_dir) / key[:2] / f"{key}.wav"


def wav_duration_ms(path: Path) -> int:
    with wave.open(str(path), "rb") as w:
        return round(w.getnframes() * 1000 / w.getframerate())


def engine_voices() -> list[tuple[str, str]]:
    """(id, name) of every voice the engine offers, for `narrator voices`."""
    return [(v.id, v.name) for v in _local_engine().getProperty("voices")]


def engine_variants() -> list[str]:
    """Voice variants ("f3", "m2", "klatt", ...), appended to a voice id with "+"."""
    from pyttsx3.drivers import _espeak

    _local_engine()
    found = _espeak.ListVoices(_espeak.VOICE(languages=b"variant"))
    return sorted(v.identifier.decode().removeprefix("!v/") for v in found)


def _local_engine() -> Any:
    """A pyttsx3 engine in this process, only for listing (never for speaking)."""
    engine_tag()  # clear error if espeak-ng is missing
    try:
        import pyttsx3

        return pyttsx3.init("espeak")
    except Exception as e:
        raise NarratorError(f"cannot start the speech engine ({e}): {INSTALL_HINT}") from e


def _valid_wav(path: Path) -> bool:
    try:
        with wave.open(str(path), "rb") as w:
            return w.getnchannels() == 1 and w.getsampwidth() == 2
    except (OSError, EOFError, wave.Error):
        return False


def _render_all(todo: dict[Path, Line], workers: int | None) -> None:
    """Render the missing WAVs in worker processes, longest texts first."""
    jobs = sorted(todo.items(), key=lambda item: -len(item[1].segment.text))
    n = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(n, mp_context=ctx, initializer=_worker_init) as pool:
        with _sigint_deferred():  # workers are spawned by submit(): they start with Ctrl-C blocked
            futures = [pool.submit(_render, ln.segment.text, ln.voice, path) for path, ln in jobs]
        try:
            for future in futures:
                future.result()
        except BrokenProcessPool as e:
            raise NarratorError(
                f"a speech worker crashed; check that espeak-ng works (`espeak-ng hello`), "
                f"or {INSTALL_HINT}"
            ) from e
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


@contextlib.contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Hold back SIGINT in this thread (and the processes it starts); a Ctrl-C meanwhile arrives after."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


# -- worker process ----------------------------------------------------------

_engine: Any = None


def _worker_init() -> None:
    global _engine
    # Ctrl-C reaches the whole process group: the main process cancels what is queued and waits
    # for the segments in progress, which land whole; a worker dying mid-file would leave a .part.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    # pyttsx3 prints "Audio saved to ..." for every file: send fd 1 to /dev/null.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    try:
        import pyttsx3

        _engine = pyttsx3.init("espeak")
    except Exception as e:
        raise NarratorError(f"cannot start the speech engine ({e}): {INSTALL_HINT}") from e
    # The first file a process saves is lost when its text is over ~1 s of speech.
    with tempfile.TemporaryDirectory() as tmp:
        _speak("Ready.", Voice("gmw/en"), Path(tmp) / "warmup.wav")


def _render(text: str, voice: Voice, dest: Path) -> None:
    """Speak `text` into `dest`, atomically; checks every output, retries once."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    # Named before it exists (the engine creates it), so an interrupt at any moment finds it in `finally`.
    tmp = dest.parent / f".{dest.stem}.{os.getpid()}.{secrets.token_hex(4)}.wav.part"
    try:
        frames = b"".join(_speak_checked(piece, voice, tmp) for piece in _split(text))
        frames = _trim_tail(frames)
        with wave.open(str(tmp), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SAMPLE_RATE)
            w.writeframes(frames)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def _speak_checked(text: str, voice: Voice, out: Path) -> bytes:
    """PCM frames of `text`, after checking the engine's WAV is sound."""
    problem = ""
    for _ in range(2):
        out.unlink(missing_ok=True)
        _speak(text, voice, out)
        problem = _check(out, text, voice)
        if not problem:
            with wave.open(str(out), "rb") as w:
                return w.readframes(w.getnframes())
    raise NarratorError(
        f"espeak-ng failed to speak {text[:40]!r} in voice {voice.id} ({problem}); "
        f"try again, and check `espeak-ng -v {voice.id} hello` works"
    )


def _speak(text: str, voice: Voice, out: Path) -> None:
    _check_voice(voice.id)
    # pyttsx3's espeak driver saves one file per runAndWait: queued ones are lost.
    _engine.setProperty("voice", voice.id)
    _engine.setProperty("rate", voice.rate)
    _engine.setProperty("pitch", voice.pitch)
    _engine.save_to_file(text, str(out))
    _engine.runAndWait()


@functools.cache
def _check_voice(voice_id: str) -> None:
    """pyttsx3 silently ignores unknown voices, so ask espeak-ng directly."""
    from pyttsx3.drivers import _espeak

    known = _espeak.SetVoiceByName(voice_id.encode()) == 0
    # An unknown variant ("gmw/en+nope") falls back to the plain voice.
    if known and "+" in voice_id:
        known = "+" in (_engine.getProperty("voice") or "")
    if not known:
        raise NarratorError(f"unknown voice {voice_id!r}: see `narrator voices` for the ids")


def _check(path: Path, text: str, voice: Voice) -> str:
    """What is wrong with the engine's output, or "" if it looks right."""
    if not path.exists() or path.stat().st_size == 0:
        return "no audio written"
    try:
        with wave.open(str(path), "rb") as w:
            params = (w.getnchannels(), w.getsampwidth(), w.getframerate())
            seconds = w.getnframes() / w.getframerate()
    except (OSError, EOFError, wave.Error) as e:
        return f"invalid WAV: {e}"
    if params != (1, 2, SAMPLE_RATE):
        return f"unexpected WAV format {params}"
    words = len(re.findall(r"\w+", text))
    expected = words * 60 / max(voice.rate, 1)
    if words and not 0.2 * expected <= seconds <= 5 * expected + 3:
        return f"{seconds:.1f} s of audio for {words} words"
    return ""


def _trim_tail(frames: bytes, threshold: int = 64) -> bytes:
    """Drop the trailing silence espeak-ng adds, so pauses are what Pauses says."""
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    end = len(samples)
    while end and abs(samples[end - 1]) < threshold:
        end -= 1
    keep = min(len(samples), end + KEEP_TAIL_MS * SAMPLE_RATE // 1000)
    return frames[: keep * 2]


def _split(text: str, limit: int = MAX_CHARS) -> list[str]:
    """Cut long text at sentence ends into pieces of at most ~limit characters.

    pyttsx3 grows its audio buffer with `+=`, quadratic in the length of one
    utterance, so very long paragraphs are spoken a few sentences at a time.
    """
    text = text.strip()
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in re.split(r"(?<=[.!?…])\s+", text):
        if current and len(current) + 1 + len(sentence) > limit:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    pieces.append(current)
    return pieces
