"""Synthesise and encode episodes concurrently: the speed of a batch.

Each episode is made on its own thread by its job's `make`, which consumes the
episode's segments in order as they come out of the shared `SpeechPool`. Up to
`encoders` episodes are made at once (one per core by default), so one
episode's encoding overlaps the next one's synthesis and both cores stay busy.
When fewer episodes than cores are made at once, a long episode is handed to
`make` in several parts (split at paragraph breaks), which it encodes at once.
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

from .assemble import Part
from .models import Line, SegmentAudio
from .synth import SpeechPool

SPLIT_MIN_CHARS = 600  # a part: about 40 s of speech, whose encoding outlasts starting another ffmpeg

# (job index, segments handed to `make` so far, segments in the job); called from encoder threads, one at a time.
OnSegment = Callable[[int, int, int], None]


@dataclass(frozen=True)
class RenderJob:
    lines: Sequence[Line]
    make: Callable[[Sequence[Part]], Any]  # writes the episode's files from its segments, given as consecutive parts
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

    cores = encoders or os.cpu_count() or 1
    n = max(1, min(len(jobs), cores))
    parts = max(1, cores // n)
    pool.make_room(n * parts)
    executor = ThreadPoolExecutor(n, thread_name_prefix="narrator-encode")
    futures = [executor.submit(_render, i, job, pool, abort, tick, parts) for i, job in enumerate(jobs)]
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
            tick: Callable[[int, int, int], None], parts: int = 1) -> Rendered:
    if abort.is_set():
        raise _Aborted()
    bounds = [0, *split_points(job.lines, parts), len(job.lines)]
    streams = [pool.stream(job.lines[a:b]) for a, b in zip(bounds, bounds[1:])]
    total = len(job.lines)
    done = 0
    count = threading.Lock()
    tick(index, 0, total)

    def segments(stream: Iterable[SegmentAudio]) -> Iterator[SegmentAudio]:
        nonlocal done
        for segment in stream:
            if abort.is_set():
                raise _Aborted()
            yield segment
            with count:
                done += 1
                tick(index, done, total)

    result = job.make([Part(segments(s), job.lines[a - 1] if a else None) for s, a in zip(streams, bounds)])
    return Rendered(result, sum(s.synthesised for s in streams), sum(s.cached for s in streams))


def split_points(lines: Sequence[Line], parts: int, min_chars: int = SPLIT_MIN_CHARS) -> list[int]:
    """Where parts 2..`parts` start: the paragraph breaks nearest equal shares of the speech.

    Encoding time follows the length of the audio, so the text's length stands in for it.
    An episode shorter than `min_chars` a part is not split.

    >>> from narrator.models import Segment, Voice
    >>> lines = [Line(Segment("narration", "x" * 1000, None, b), Voice("gmw/en")) for b in (0, 1, 1, 2, 3)]
    >>> split_points(lines, 2)
    [3]
    >>> split_points(lines, 2, min_chars=4000)
    []
    """
    sizes = [len(line.segment.speech) for line in lines]
    whole = sum(sizes)
    if parts < 2 or whole < parts * min_chars:
        return []
    breaks, before = [], 0  # (index, characters before it) at each paragraph break
    for i, line in enumerate(lines):
        if i and line.segment.block != lines[i - 1].segment.block:
            breaks.append((i, before))
        before += sizes[i]
    cuts: list[int] = []
    for k in range(1, parts):
        target = whole * k / parts
        best = min((b for b in breaks if not cuts or b[0] > cuts[-1]), key=lambda b: abs(b[1] - target), default=None)
        if best is not None:
            cuts.append(best[0])
    return cuts


def _discard(job: RenderJob, future: Future[Rendered]) -> None:
    if future.done() and not future.cancelled() and future.exception() is None:
        for path in job.files:
            with contextlib.suppress(OSError):
                path.unlink()
