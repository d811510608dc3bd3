"""Synthesise and encode episodes concurrently: the speed of a batch.

Each episode is made on its own thread by its job's `make`, which consumes the
episode's segments in order as they come out of the shared `SpeechPool`. Up to
`encoders` episodes are made at once (one per core by default), so one
episode's encoding overlaps the next one's synthesis and both cores stay busy.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .models import Line, SegmentAudio
from .synth import SpeechPool

# (job index, segments handed to `make` so far, segments in the job); called from encoder threads, one at a time.
OnSegment = Callable[[int, int, int], None]


@dataclass(frozen=True)
class RenderJob:
    lines: Sequence[Line]
    make: Callable[[Iterable[SegmentAudio]], Any]  # writes the episode's files from its segments
    files: Sequence[Path]  # what `make` writes: deleted when the batch fails before they are handed over


@dataclass(frozen=True)
class Rendered:
    result: Any  # what `make` returned
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
        for job, future in zip(jobs[handed:], futures[handed:]):
            _discard(job, future)


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

    result = job.make(segments())
    return Rendered(result, stream.synthesised, stream.cached)


def _discard(job: RenderJob, future: Future[Rendered]) -> None:
    if future.done() and not future.cancelled() and future.exception() is None:
        for path in job.files:
            with contextlib.suppress(OSError):
                path.unlink()
