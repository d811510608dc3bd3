"""Crashes, Ctrl-C and two narrators at once: no partial files, a consistent catalog, and `narrator doctor`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from narrator.catalog import Catalog
from narrator.cli import cli
from narrator.doctor import check
from tests import fakes
from tests.conftest import make_podcast, needs_engine
from tests.test_bad_input import ARTICLE, snapshot

ROOT = Path(__file__).resolve().parent.parent
OTHER = """Library to open late on weekdays

The central library will open until 9pm from May, the council said on Monday.

Librarian Joan Pike said: "Students have asked for this for years."
"""
OLD = time.time() - 3600


def temp_files(*folders: Path) -> list[Path]:
    return [p for f in folders if f.exists() for p in f.rglob("*") if p.name.endswith((".part", ".tmp"))]


def consistent(folder: Path) -> None:
    assert [p for p in check(folder) if not p.recent] == []
    with Catalog.open(folder) as catalog:
        episodes = catalog.episodes()
    feed = feedparser.parse(str(folder / "feed.xml"))
    assert feed.bozo == 0
    assert {e.id for e in feed.entries} == {e.guid for e in episodes}


def test_doctor_finds_and_fixes_every_kind_of_problem(tmp_path):
    pod = tmp_path / "pod"
    first, second = make_podcast(pod)
    (pod / first.mp3).unlink()                                      # catalog row without its file
    (pod / second.mp3).write_bytes(b"x" * 123)                      # file of another size
    orphan = pod / "episodes" / "crashed-1234abcd.mp3"              # MP3 written, catalog never updated
    orphan.write_bytes(b"\xff\xfb" * 100)
    (pod / "episodes" / "crashed-1234abcd.vtt").write_text("WEBVTT\n")
    (pod / "episodes" / Path(second.mp3).stem).with_suffix(".vtt").write_text("WEBVTT\n")  # a sidecar: fine
    part = pod / "episodes" / ".x.abc.mp3.part"
    part.write_bytes(b"half")
    for p in (orphan, orphan.with_suffix(".vtt"), part):
        os.utime(p, (OLD, OLD))
    fresh = pod / "episodes" / ".y.def.mp3.part"                    # another narrator's work in progress
    fresh.write_bytes(b"busy")

    result = CliRunner().invoke(cli, ["doctor", "--out", str(pod)])
    assert result.exit_code == 1
    kinds = sorted(line.split(":")[0] for line in result.output.splitlines()[:-1])
    assert kinds == ["missing", "orphan", "orphan", "size", "temp", "temp"]  # the feed matches the catalog
    assert result.output.splitlines()[-1].startswith("Error: 6 problem(s) left in ")

    fixed = CliRunner().invoke(cli, ["doctor", "--out", str(pod), "--fix"])
    assert fixed.exit_code == 1, fixed.output  # the fresh temp file is left alone
    assert fresh.exists() and not part.exists() and not orphan.exists()
    assert "maybe a narrator still running" in fixed.output and "feed: feed.xml does not match the catalog; wrote it again (fixed)" in fixed.output
    fresh.unlink()
    again = CliRunner().invoke(cli, ["doctor", "--out", str(pod)])
    assert again.output == f"ok: {pod} is consistent\n" and again.exit_code == 0
    with Catalog.open(pod) as catalog:
        (only,) = catalog.episodes()
    assert only.guid == second.guid and only.size == 123
    consistent(pod)


def test_crash_between_mp3_and_catalog_is_reported_then_repaired(tmp_path, monkeypatch):
    pod = tmp_path / "pod"
    make_podcast(pod)
    article = tmp_path / "baths.txt"
    article.write_text(ARTICLE)
    crashed = run_add(pod, article, {"NARRATOR_FAKE_CRASH": "catalog"})
    crashed.communicate(timeout=60)
    assert crashed.returncode == 9
    orphans = [p for p in check(pod) if p.kind == "orphan"]
    assert {p.path.suffix for p in orphans} == {".mp3", ".vtt", ".json"}  # the episode and its sidecars
    for p in orphans:
        os.utime(p.path, (OLD, OLD))
    fakes.install(monkeypatch)
    other = tmp_path / "library.txt"
    other.write_text(OTHER)
    nxt = CliRunner().invoke(cli, ["add", str(other), "--out", str(pod)])
    assert nxt.exit_code == 0
    assert "warning: " in nxt.output and "is in no catalog entry" in nxt.output and "doctor" in nxt.output
    # Adding the same article again lands it under the same names: repaired without doctor.
    again = CliRunner().invoke(cli, ["add", str(article), "--out", str(pod)])
    assert again.exit_code == 0 and "warning" not in again.output
    consistent(pod)


def run_add(pod: Path, article: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.fakes", "add", str(article), "--out", str(pod)],
                            cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_two_adds_at_once_both_land_in_the_feed(tmp_path):
    pod = tmp_path / "pod"
    make_podcast(pod)
    articles = []
    for n in range(4):
        path = tmp_path / f"a{n}.txt"
        path.write_text(ARTICLE.replace("old swimming baths", f"swimming baths number {n}"))
        articles.append(path)
    procs = [run_add(pod, a, {"NARRATOR_FAKE_SECONDS": "0.2"}) for a in articles]
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
    feed = feedparser.parse(str(pod / "feed.xml"))
    titles = {e.title for e in feed.entries}
    assert {f"Council agrees to reopen the swimming baths number {n}" for n in range(4)} <= titles
    assert len(feed.entries) == 6
    consistent(pod)


@pytest.mark.parametrize("stage, env", [
    ("synthesis", {"NARRATOR_FAKE_DELAY": "0.5"}),
    ("encoding", {"NARRATOR_FAKE_SECONDS": "120"}),
])
def test_ctrl_c_leaves_no_partial_files(tmp_path, stage, env):
    pod, cache = tmp_path / "pod", tmp_path / "cache"
    make_podcast(pod)
    article = tmp_path / "baths.txt"
    article.write_text(ARTICLE)
    before = snapshot(pod)
    proc = run_add(pod, article, {**env, "NARRATOR_CACHE_DIR": str(cache)})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # wait until the stage is under way
        if stage == "synthesis" and list(cache.rglob("*.wav")):
            break
        if stage == "encoding" and list((pod / "episodes").glob(".*.part")):
            break
        time.sleep(0.01)
    else:
        pytest.fail(f"{stage} never started: {proc.communicate()}")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 1
    assert err.strip().splitlines()[-1] == "Error: interrupted; nothing half-written was kept"
    assert temp_files(pod, cache) == []
    assert snapshot(pod) == before
    consistent(pod)


SLOW_ARTICLE = ARTICLE + "\n" + "\n\n".join(
    f"Paragraph {n} of the report says the baths will need a new roof, new boilers and new changing rooms."
    for n in range(40)) + "\n"


@needs_engine
@pytest.mark.e2e
@pytest.mark.parametrize("wait_for", ["wav", "mp3.part"])
def test_ctrl_c_real_narrator_add(tmp_path, wait_for):
    """SIGINT to a real `narrator add` (espeak-ng workers, ffmpeg) while it synthesises or encodes."""
    pod, cache = tmp_path / "pod", tmp_path / "cache"
    make_podcast(pod)
    article = tmp_path / "long.txt"
    article.write_text(SLOW_ARTICLE)
    before = snapshot(pod)
    if wait_for == "mp3.part":  # synthesise first, so the second run goes straight to encoding
        for _ in range(2):  # espeak-ng now and then returns no audio under load: that run says so; retry
            warm = subprocess.run([str(ROOT / ".venv" / "bin" / "narrator"), "add", str(article), "--out",
                                   str(tmp_path / "warm")], env={**os.environ, "NARRATOR_CACHE_DIR": str(cache)},
                                  capture_output=True, timeout=300)
            if warm.returncode == 0:
                break
        assert warm.returncode == 0, warm.stderr
    proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "narrator"), "add", str(article), "--out", str(pod)],
                            env={**os.environ, "NARRATOR_CACHE_DIR": str(cache)}, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    seen = False
    while time.monotonic() < deadline and proc.poll() is None:
        found = list(cache.rglob("*.wav")) if wait_for == "wav" else list((pod / "episodes").glob(".*.part"))
        if found:
            seen = True
            break
        time.sleep(0.005)
    if not seen:
        proc.kill()
        pytest.skip(f"{wait_for} stage was too quick to interrupt")
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: narrator, its speech workers and ffmpeg
    out, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in err, err
    assert temp_files(pod, cache) == []
    assert snapshot(pod) == before
    consistent(pod)
