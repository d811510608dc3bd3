"""Streaming synthesis into concurrent encoders: order, counts, failure clean-up, progress."""

import random
import shutil
import subprocess
import threading
import time
from concurrent.futures import Future
from contextlib import closing
from pathlib import Path

import pytest

from narrator import assemble as asm
from narrator import synth
from narrator.assemble import Tags
from narrator.errors import NarratorError
from narrator.models import Line, Pauses, Segment, Voice
from narrator.render import RenderJob, render_all
from tests.test_synth import write_wav

needs_ffmpeg = pytest.mark.skipif(not shutil.which("ffmpeg"), reason="ffmpeg is not installed")
TAGS = Tags("A headline", "narrator", "Narrated News", "2024-05-01")


def lines(n: int, prefix: str = "Segment") -> list[Line]:
    return [Line(Segment("narration", f"{prefix} number {i}.", None, i), Voice("gmw/en")) for i in range(n)]



class FakeWorkers:
    """Stands in for the speech processes: renders on background threads, finishing in random order.

    Segment i lasts 100 + i ms, so the order of the results is visible in their durations.
    """

    def __init__(self, fail: str | None = None) -> None:
        self.rendered: list[str] = []
        self.fail = fail
        self.threads: list[threading.Thread] = []

    def submit(self, pool, line, path):
        self.rendered.append(line.segment.text)
        future = Future()
        future.set_running_or_notify_cancel()
        index = int(line.segment.text.rstrip(".").rsplit(" ", 1)[1])

        def work():
            time.sleep(random.uniform(0, 0.01))
            if line.segment.text == self.fail:
                future.set_result(f"espeak-ng failed to speak {line.segment.text!r}")
                return
            write_wav(path, 100 + index)
            future.set_result(None)

        thread = threading.Thread(target=work)
        thread.start()
        self.threads.append(thread)
        return future, True


@pytest.fixture
def workers(monkeypatch):
    fake = FakeWorkers()
    monkeypatch.setattr(synth, "engine_tag", lambda: "fake 1.0")
    monkeypatch.setattr(synth.SpeechPool, "_submit", lambda pool, line, path: fake.submit(pool, line, path))
    yield fake
    for thread in fake.threads:
        thread.join()


def test_stream_keeps_order_with_bounded_lookahead(tmp_path, workers):
    with synth.SpeechPool(tmp_path) as pool:
        stream = pool.stream(lines(40), lookahead=5)
        seen = []
        for audio in stream:
            seen.append(audio)
            assert len(workers.rendered) <= len(seen) + 5  # never more than the lookahead ahead
    assert [a.line for a in seen] == lines(40)
    assert [a.duration_ms for a in seen] == [100 + i for i in range(40)]


def test_stream_counts_synthesised_and_cached(tmp_path, workers):
    with synth.SpeechPool(tmp_path) as pool:
        first = pool.stream(lines(6))
        list(first)
        assert (first.synthesised, first.cached) == (6, 0)
        again = pool.stream(lines(6) + lines(2, prefix="New"))
        list(again)
        assert (again.synthesised, again.cached) == (2, 6)
    assert len(workers.rendered) == 8


def test_identical_segments_in_flight_are_queued_once(tmp_path):
    pool = synth.SpeechPool(tmp_path)
    pool._state = "running"  # as if started, without launching processes
    one, two = lines(2)
    first, new = pool._submit(one, tmp_path / "x.wav")
    again, new_again = pool._submit(one, tmp_path / "x.wav")
    other, new_other = pool._submit(two, tmp_path / "y.wav")
    assert new and not new_again and again is first
    assert new_other and other is not first
    assert pool._jobs.qsize() == 2
    first.set_result(None)  # done: a later identical segment is queued again (it is checked in the cache first)
    assert pool._submit(one, tmp_path / "x.wav")[1]


def test_error_in_one_segment_raises_in_order(tmp_path, workers):
    workers.fail = "Segment number 3."
    with synth.SpeechPool(tmp_path) as pool:
        got = []
        with pytest.raises(NarratorError, match="failed to speak 'Segment number 3.'"):
            for audio in pool.stream(lines(10)):
                got.append(audio)
    assert len(got) == 3  # everything before the failure, nothing after


@pytest.fixture
def popen_log(monkeypatch):
    """Every ffmpeg assemble starts."""
    started: list[subprocess.Popen] = []
    real = subprocess.Popen

    def popen(*args, **kwargs):
        proc = real(*args, **kwargs)
        started.append(proc)
        return proc

    monkeypatch.setattr(asm.subprocess, "Popen", popen)
    return started


def job(tmp_path: Path, name: str, ls: list[Line]) -> RenderJob:
    dest = tmp_path / "pod" / f"{name}.mp3"

    def make(parts):
        return asm.assemble(parts, Pauses(title=100, paragraph=50, segment=20), TAGS, dest)

    return RenderJob(ls, make, (dest,))


@needs_ffmpeg
def test_batch_renders_in_order_with_progress(tmp_path, workers, popen_log):
    jobs = [job(tmp_path, f"ep{k}", lines(5 + k, prefix=f"Episode{k}")) for k in range(3)]
    ticks: list[tuple[int, int, int]] = []
    with synth.SpeechPool(tmp_path / "cache") as pool, \
            closing(render_all(jobs, pool, lambda *t: ticks.append(t), encoders=2)) as results:
        rendered = list(results)
    assert [r.result.mp3 for r in rendered] == [j.files[0] for j in jobs]
    assert [(r.synthesised, r.cached) for r in rendered] == [(5, 0), (6, 0), (7, 0)]
    assert [len(r.result.timings) for r in rendered] == [5, 6, 7]
    for k in range(3):
        mine = [(done, total) for i, done, total in ticks if i == k]
        assert mine == [(d, 5 + k) for d in range(6 + k)]  # 0 first, then every segment once, in order
    assert len(popen_log) == 3 and all(p.returncode == 0 for p in popen_log)
    assert sorted(p.name for p in (tmp_path / "pod").iterdir()) == ["ep0.mp3", "ep1.mp3", "ep2.mp3"]


@needs_ffmpeg
def test_failure_aborts_the_batch_cleanly(tmp_path, workers, popen_log):
    workers.fail = "Episode1 number 4."
    jobs = [job(tmp_path, f"ep{k}", lines(8, prefix=f"Episode{k}")) for k in range(3)]
    handed = []
    with synth.SpeechPool(tmp_path / "cache") as pool:
        with pytest.raises(NarratorError, match="Episode1 number 4"):
            with closing(render_all(jobs, pool, encoders=2)) as results:
                for result in results:
                    handed.append(result.result.mp3.name)
    assert handed == ["ep0.mp3"]
    # Only the episode handed over is left: no partial MP3 of the failing one or those after it.
    assert [p.name for p in (tmp_path / "pod").iterdir()] == ["ep0.mp3"]
    assert popen_log and all(p.returncode is not None for p in popen_log)  # every ffmpeg reaped
    assert not list((tmp_path / "cache").rglob("*.part"))


@needs_ffmpeg
def test_interrupt_while_encoding_reaps_ffmpeg(tmp_path, workers, popen_log, monkeypatch):
    real_read = asm.read_pcm
    calls = []

    def read_pcm(path):
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_read(path)

    monkeypatch.setattr(asm, "read_pcm", read_pcm)
    jobs = [job(tmp_path, "ep", lines(5))]
    with synth.SpeechPool(tmp_path / "cache") as pool, pytest.raises(KeyboardInterrupt):
        with closing(render_all(jobs, pool)) as results:
            list(results)
    assert len(popen_log) == 1 and popen_log[0].returncode is not None
    assert list((tmp_path / "pod").iterdir()) == []


@needs_ffmpeg
def test_a_long_episode_alone_is_encoded_in_parts_on_both_cores(tmp_path, workers, popen_log):
    long = lines(12, prefix="A long paragraph of speech. " * 10 + "Segment")  # each ~300 characters
    ticks: list[tuple[int, int, int]] = []
    with synth.SpeechPool(tmp_path / "cache") as pool, \
            closing(render_all([job(tmp_path, "ep", long)], pool, lambda *t: ticks.append(t), encoders=2)) as results:
        (rendered,) = list(results)
    assert len(popen_log) == 2 and all(p.returncode == 0 for p in popen_log)  # two encoders, one episode
    assert (rendered.synthesised, rendered.cached) == (12, 0)
    assert [t.line for t in rendered.result.timings] == long
    starts = [t.start_ms for t in rendered.result.timings]
    assert starts == sorted(starts)
    assert [done for _i, done, _total in ticks] == list(range(13))  # both parts count towards one bar
    assert [p.name for p in (tmp_path / "pod").iterdir()] == ["ep.mp3"]


@needs_ffmpeg
def test_a_batch_is_not_split_further(tmp_path, workers, popen_log):
    jobs = [job(tmp_path, f"ep{k}", lines(12, prefix=f"Episode {k} is long. " * 15 + "Segment")) for k in range(2)]
    with synth.SpeechPool(tmp_path / "cache") as pool, closing(render_all(jobs, pool, encoders=2)) as results:
        list(results)
    assert len(popen_log) == 2  # one encoder per episode: the cores are already shared out


def test_split_points_fall_on_paragraph_breaks_near_equal_shares():
    from narrator.render import split_points

    def para(block: int, chars: int) -> Line:
        return Line(Segment("narration", "x" * chars, None, block), Voice("gmw/en"))

    ls = [para(0, 100), para(1, 900), para(1, 900), para(2, 500), para(3, 1500), para(3, 100), para(4, 900)]
    assert split_points(ls, 2, min_chars=100) == [4]  # 2400 characters before, 2500 after
    assert split_points(ls, 3, min_chars=100) == [3, 6]  # 1900 and 4000 of 4900
    assert split_points(ls, 1, min_chars=100) == []
    assert split_points(ls, 2, min_chars=3000) == []  # too short to be worth a second encoder
    one_paragraph = [para(1, 2000), para(1, 2000)]
    assert split_points(one_paragraph, 2, min_chars=100) == []  # never inside a paragraph


def test_speech_workers_leave_the_encoders_their_cores(tmp_path, monkeypatch):
    monkeypatch.setattr(synth.os, "cpu_count", lambda: 4)
    pool = synth.SpeechPool(tmp_path)
    assert pool.workers == 4
    pool.make_room(1)
    assert pool.workers == 4  # one encoder: up to a worker per core, as before
    pool.make_room(3)
    assert pool.workers == 2
    pool.make_room(8)
    assert pool.workers == 1  # never none
