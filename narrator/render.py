"""Synthesise and encode episodes concurrently: the speed of a batch.

Each episode is encoded by its own ffmpeg, fed from a thread as its segments
come out of the shared `SpeechPool` in order. Up to `encoders` episodes are
encoded at once (one per core by default), so one episode's encoding overlaps
the next one's synthesis and both cores stay busy.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .assemble import Tags, assemble
from .models import EpisodeAudio, Line, Pauses, SegmentAudio
from .synth import SpeechPool

# (job index, segments encoded so far, segments in the job); called from encoder threads, one at a time.
OnSegment = Callable[[int, int, int], None]


@dataclass(frozen=True)
class RenderJob:
    lines: Sequence[Line]
    pauses: Pauses
    tags: Tags
    dest: Path


@dataclass(frozen=True)
class Rendered:
    audio: EpisodeAudio
    synthesised: int  # segments spoken for this episode
    cached: int  # segments taken from the segment cache


class _Aborted(Exception):
    """Another episode failed: stop this one and leave nothing behind."""


def render_all(
    jobs: Sequence[RenderJob],
    pool: SpeechPool,
    on_segment: OnSegment | None = None,
    encoders: int | None = None,
) -> Iterator[Rendered]:
    """Render every job; results come in `jobs`' order.

    If one job fails, the others stop, every ffmpeg is reaped, and the MP3s of
    jobs finished but not yet handed over are deleted. Close the iterator (use
    `contextlib.closing`) so that happens before the pool shuts down.
    """
    if not jobs:
        return
    abort = threading.Event()
    lock = threading.Lock()

    def tick(index: int, done: int, total: int) -> None:
        if on_segment is not None:
            with lock:
                on_segment(index, done, total)

    n = max(1, min(len(jobs), encoders or os.cpu_count() or 1))
    executor = ThreadPoolExecutor(n, thread_name_prefix="narrator-encode")
    futures = [executor.submit(_render, i, job, pool, abort, tick) for i, job in enumerate(jobs)]
    handed = 0
    try:
        for future in futures:
            result = future.result()
            handed += 1
            yield result
    finally:
        if handed < len(futures):  # failed or interrupted: stop the rest quickly
            abort.set()
            pool.cancel_pending()
        executor.shutdown(wait=True, cancel_futures=True)
        for future in futures[handed:]:
            _discard(future)


def _render(index: int, job: RenderJob, pool: SpeechPool, abort: threading.Event,
            tick: Callable[[int, int, int], None]) -> Rendered:
    if abort.is_set():
        raise _Aborted()
    stream = pool.stream(job.lines)
    total = len(stream)
    tick(index, 0, total)

    def segments() -> Iterator[SegmentAudio]:
        for done, segment in enumerate(stream, 1):
            if abort.is_set():
                raise _Aborted()
            yield segment
            tick(index, done, total)

    audio = assemble(segments(), job.pauses, job.tags, job.dest)
    return Rendered(audio, stream.synthesised, stream.cached)


def _discard(future: Future[Rendered]) -> None:
    if future.done() and not future.cancelled() and future.exception() is None:
        with contextlib.suppress(OSError):
            future.result().audio.mp3.unlink()
