"""Speak each line with espeak-ng into a content-addressed WAV cache.

Synthesis runs in spawned worker processes (narrator/speaker.py): espeak-ng
keeps one global state per process, so separate processes are the only way to
run engines in parallel. A `SpeechPool` starts its workers once per command
and streams results back in order, so audio can be encoded while later
segments are still being spoken.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import hashlib
import importlib
import os
import queue
import signal
import subprocess
import sys
import threading
import wave
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from narrator.errors import NarratorError
from narrator.models import Line, SegmentAudio, Voice
from narrator.speaker import INSTALL_HINT

ENGINE = "pyttsx3-espeak-ng"
CACHE_VERSION = "3"  # bump when the WAVs we write change for the same inputs
LOOKAHEAD = 24  # segments submitted ahead of the one being consumed


# -- main process ------------------------------------------------------------


def cache_dir() -> Path:
    """Where synthesised segments are kept, shared by every podcast folder:
    $NARRATOR_CACHE_DIR, else the user's cache folder (~/.cache/narrator on Linux)."""
    if env := os.environ.get("NARRATOR_CACHE_DIR"):
        return Path(env)
    from platformdirs import user_cache_path

    return user_cache_path("narrator", appauthor=False)


class SpeechPool:
    """Speech worker processes for one command; use as a context manager.

    Workers are `python -m narrator.speaker` processes, each with its own engine, at
    most `workers` (default: one per core). `start()` launches the first and returns
    at once, so the text stages run while it boots. A thread per worker feeds it
    jobs from one queue. Identical segments in flight are rendered once.
    """

    def __init__(self, cache: Path | None = None, workers: int | None = None) -> None:
        self.cache_dir = Path(cache) if cache is not None else cache_dir()
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._jobs: queue.SimpleQueue[tuple[Future[str | None], tuple] | None] = queue.SimpleQueue()
        self._procs: list[subprocess.Popen[bytes]] = []
        self._threads: list[threading.Thread] = []
        self._inflight: dict[Path, Future[str | None]] = {}
        self._lock = threading.Lock()  # episodes of a batch are encoded from several threads
        self._state = "new"
        self._served = 0  # jobs done: a worker is warm

    def start(self) -> SpeechPool:
        """Launch the first worker; more join when the consumer waits on a backlog (see `_starved`)."""
        with self._lock:
            if self._state == "new":
                self._state = "running"
                self._add_worker()
        return self

    def _add_worker(self) -> None:
        with _sigint_deferred():  # the worker starts with Ctrl-C blocked until it has set SIGINT to ignore
            proc = subprocess.Popen([sys.executable, "-m", "narrator.speaker"], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE)
        thread = threading.Thread(target=self._serve, args=(proc,), name=f"narrator-speaker-{len(self._procs)}", daemon=True)
        thread.start()
        self._procs.append(proc)
        self._threads.append(thread)

    def _starved(self) -> None:
        """The encoder is waiting for speech: add a worker if jobs are queued behind a warm one.

        One worker outpaces one encoder on most articles (espeak-ng speaks faster than
        LAME encodes), and each extra worker costs a process start; a batch encoding
        two episodes at once, or an article of many tiny segments, needs more.
        """
        with self._lock:
            if self._state == "running" and self._served and len(self._procs) < self.workers and not self._jobs.empty():
                self._add_worker()

    def make_room(self, encoders: int) -> None:
        """`encoders` ffmpegs will run beside the speech: leave them their cores (keeping one worker).

        espeak-ng speaks several times faster than LAME encodes, so one worker keeps two encoders
        busy, and a worker more only takes their CPU (and 20 MB).
        """
        with self._lock:
            self.workers = min(self.workers, max(1, (os.cpu_count() or 1) + 1 - encoders))

    def __enter__(self) -> SpeechPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Cancel queued jobs, let running ones finish, and reap every worker."""
        with self._lock:
            running, self._state = self._state == "running", "closed"
        if not running:
            return
        self.cancel_pending()
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join()
        for proc in self._procs:
            with contextlib.suppress(OSError):
                proc.stdin.close()  # the worker exits at end of input
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def cancel_pending(self) -> None:
        """Drop the queued jobs (whoever waits on them gets CancelledError); running ones finish."""
        while True:
            try:
                item = self._jobs.get_nowait()
            except queue.Empty:
                return
            if item is None:  # a worker's stop signal: put it back
                self._jobs.put(None)
                return
            item[0].cancel()

    def stream(self, lines: Sequence[Line], lookahead: int = LOOKAHEAD) -> SpeechStream:
        return SpeechStream(self, lines, lookahead)

    def prefetch(self, lines: Sequence[Line]) -> None:
        """Queue the lines not in the cache now, ahead of later streams (a stream of them finds them in flight)."""
        tag = engine_tag()
        for line in lines:
            path = cache_path(self.cache_dir, cache_key(line.voice, line.segment.speech, tag))
            if not _valid_wav(path):
                self._submit(line, path)

    def _submit(self, line: Line, path: Path) -> tuple[Future[str | None], bool]:
        """The render of `path`, and whether this call started it (False: already in flight)."""
        self.start()
        with self._lock:
            if self._state != "running":
                raise RuntimeError("speech pool is closed")
            if (future := self._inflight.get(path)) is not None:
                return future, False
            future = Future()
            self._inflight[path] = future
        future.add_done_callback(lambda _f: self._forget(path))
        v = line.voice
        self._jobs.put((future, (line.segment.speech, v.id, v.rate, v.pitch, str(path))))
        return future, True

    def _forget(self, path: Path) -> None:
        with self._lock:
            self._inflight.pop(path, None)

    def _serve(self, proc: subprocess.Popen[bytes]) -> None:
        """Feed one worker until the pool closes; if it dies, fail its jobs instead of hanging."""
        from .speaker import receive, send

        alive = True
        while (item := self._jobs.get()) is not None:
            future, request = item
            if not future.set_running_or_notify_cancel():
                continue
            if alive:
                try:
                    send(proc.stdin, request)
                    reply = receive(proc.stdout)
                    self._served += 1
                    future.set_result(reply)
                    continue
                except (EOFError, OSError):
                    alive = False
            future.set_exception(NarratorError(
                f"a speech worker crashed; check that espeak-ng works (`espeak-ng hello`), or {INSTALL_HINT}"))


class SpeechStream:
    """The lines' audio in order, each as soon as it is ready; counts what was spoken vs cached.

    At most `lookahead` segments are queued ahead of the consumer, so memory and
    queued work stay bounded however long the article is.
    """

    def __init__(self, pool: SpeechPool, lines: Sequence[Line], lookahead: int) -> None:
        for i, line in enumerate(lines):
            if not line.segment.speech.strip():
                raise ValueError(f"line {i} has no text to speak (a bug upstream)")
        self.lines = lines
        self.synthesised = 0
        self.cached = 0
        self._pool = pool
        self._lookahead = max(1, lookahead)

    def __len__(self) -> int:
        return len(self.lines)

    def __iter__(self) -> Iterator[SegmentAudio]:
        if not self.lines:
            return
        tag = engine_tag()
        paths = (cache_path(self._pool.cache_dir, cache_key(ln.voice, ln.segment.speech, tag)) for ln in self.lines)
        ahead: collections.deque[tuple[Line, Path, Future[str | None] | None, bool]] = collections.deque()
        pending = zip(self.lines, paths)
        try:
            while True:
                while len(ahead) < self._lookahead and (item := next(pending, None)):
                    line, path = item
                    future, new = (None, False) if _valid_wav(path) else self._pool._submit(line, path)
                    ahead.append((line, path, future, new))
                if not ahead:
                    return
                line, path, future, new = ahead.popleft()
                if future is not None:
                    if not future.done():
                        self._pool._starved()
                    _result(future)
                if new:
                    self.synthesised += 1
                else:  # on disk already, or rendered for an earlier identical segment
                    self.cached += 1
                yield SegmentAudio(line, path, wav_duration_ms(path))
        finally:
            for _line, _path, future, new in ahead:
                if future is not None and new:
                    future.cancel()


def synthesise(lines: Sequence[Line], cache: Path | None = None, workers: int | None = None) -> list[SegmentAudio]:
    """Speak every line (cached ones are reused); results follow `lines`' order."""
    with SpeechPool(cache, workers) as pool:
        return list(pool.stream(lines))


@contextlib.contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Hold back SIGINT in this thread (and the processes it starts); a Ctrl-C meanwhile arrives after.

    A speech worker that Ctrl-C killed mid-file would leave a .part behind and fail the segment;
    started with SIGINT blocked, it cannot die of one before narrator.speaker ignores it.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _result(future: Future[str | None]) -> None:
    if problem := future.result():
        raise NarratorError(problem)


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
    """(id, name) of every voice the engine offers, for `narrator voices` and cast checks."""
    _espeak = _listing_engine()
    return [(v.identifier.decode().lower(), v.name.decode()) for v in _espeak.ListVoices(None)]


def engine_variants() -> list[str]:
    """Voice variants ("f3", "m2", "klatt", ...), appended to a voice id with "+"."""
    _espeak = _listing_engine()
    found = _espeak.ListVoices(_espeak.VOICE(languages=b"variant"))
    return sorted(v.identifier.decode().removeprefix("!v/") for v in found)


@functools.cache
def _listing_engine() -> Any:
    """libespeak-ng in this process, only for listing voices (never for speaking).

    Initialised directly: pyttsx3.init() costs ~70 ms more, on the path of every `narrator add`.
    """
    engine_tag()  # clear error if espeak-ng is missing
    from pyttsx3.drivers import _espeak

    try:
        if _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 1000) == -1:
            raise RuntimeError("espeak_Initialize failed")
    except Exception as e:
        raise NarratorError(f"cannot start the speech engine ({e}): {INSTALL_HINT}") from e
    return _espeak


def _valid_wav(path: Path) -> bool:
    try:
        with wave.open(str(path), "rb") as w:
            return w.getnchannels() == 1 and w.getsampwidth() == 2
    except (OSError, EOFError, wave.Error):
        return False
