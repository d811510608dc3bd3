import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import ProgressLine, cli
from narrator.pipeline import Progress
from tests.conftest import needs_engine

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "harbour-ferry.txt"

SHORT = """The Morning Gazette

Council agrees to reopen the old swimming baths

The pool closed in 2019 after its roof failed an inspection

By Sam Reed

Councillors voted on Tuesday to spend £2m reopening the Victorian baths on Mill Street.

"This is a great day for the town," said council leader Ruth Okoro. "Generations learned to swim here."

Opposition councillor Dev Mistry said the money could be better spent.

He added: "We will be watching every penny of it."
"""


@pytest.fixture
def runner():
    return CliRunner()


def test_script_json_is_one_object_with_the_contract(runner):
    result = runner.invoke(cli, ["script", "--json", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"title", "publication", "segments", "dropped"}
    assert data["title"] == "Islanders vow to fight as last ferry to Gull Rock faces the axe"
    kinds = {s["kind"] for s in data["segments"]}
    assert kinds == {"narration", "quote"}
    for seg in data["segments"]:
        assert set(seg) >= {"kind", "speaker", "voice", "text"}
        assert seg["text"].strip()
    narrator_voice = data["segments"][0]["voice"]
    quotes = [s for s in data["segments"] if s["kind"] == "quote"]
    assert all(q["voice"] != narrator_voice and q["speaker"] for q in quotes)
    assert all({"line", "reason"} == set(d) for d in data["dropped"])
    assert any(d["line"].startswith("READ MORE:") for d in data["dropped"])


def test_script_from_stdin_and_human_output(runner):
    result = runner.invoke(cli, ["script", "-", "--explain"], input=SHORT)
    assert result.exit_code == 0, result.output
    assert "Council agrees to reopen the old swimming baths" in result.output
    assert "Ruth Okoro" in result.output
    assert "Dropped" in result.output


@pytest.mark.parametrize("args, message", [
    (["script", "missing.txt"], "missing.txt: no such file"),
    (["script", "."], "is a directory"),
    (["script", "-", "--voice", "no-equals-sign"], "is not NAME=VOICE"),
    (["script", "-", "--cast", "nosuchcast"], "cast 'nosuchcast' not found"),
])
def test_bad_input_is_one_line_error(runner, args, message):
    result = runner.invoke(cli, args, input="")
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_empty_stdin_is_clear_error(runner):
    result = runner.invoke(cli, ["script", "-"], input="   \n")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: <stdin> is empty: there is nothing to narrate"


def test_config_sets_and_validates(runner, tmp_path):
    result = runner.invoke(cli, ["config", "--out", str(tmp_path), "--base-url", "https://pod.example.org/news"])
    assert result.exit_code == 0, result.output
    assert "https://pod.example.org/news/" in result.output
    bad = runner.invoke(cli, ["config", "--out", str(tmp_path), "--base-url", "not a url"])
    assert bad.exit_code == 1 and "base_url" in bad.output


@needs_engine
def test_voices_lists_engine_and_cast(runner):
    result = runner.invoke(cli, ["voices"])
    assert result.exit_code == 0, result.output
    assert "gmw/en" in result.output and "Cast 'default'" in result.output
    assert "MISSING" not in result.output


@needs_engine
def test_add_unknown_voice_fails_before_any_work(runner, tmp_path):
    result = runner.invoke(cli, ["add", "-", "--out", str(tmp_path), "--voice", "Ruth Okoro=gmw/en-gbx"], input=SHORT)
    assert result.exit_code == 1
    assert "unknown voice 'gmw/en-gbx'" in result.output and "did you mean" in result.output
    assert not list(tmp_path.rglob("*.mp3"))


@needs_engine
@pytest.mark.e2e
def test_add_end_to_end_mp3_and_feed(runner, tmp_path):
    feedparser = pytest.importorskip("feedparser")
    podcastparser = pytest.importorskip("podcastparser")
    from mutagen.id3 import ID3

    article = tmp_path / "baths.txt"
    article.write_text(SHORT)
    out = tmp_path / "pod"
    result = runner.invoke(cli, ["add", str(article), "--out", str(out)])
    assert result.exit_code == 0, result.output
    mp3s = list((out / "episodes").glob("*.mp3"))
    assert len(mp3s) == 1
    tags = ID3(mp3s[0])
    assert str(tags["TIT2"]) == "Council agrees to reopen the old swimming baths"
    assert str(tags["TCON"]) == "Podcast"

    feed = feedparser.parse(str(out / "feed.xml"))
    assert feed.bozo == 0
    (entry,) = feed.entries
    (enc,) = entry.enclosures
    assert enc.type == "audio/mpeg" and enc.href.startswith("http")
    assert int(enc.length) == mp3s[0].stat().st_size
    with open(out / "feed.xml", "rb") as fh:
        parsed = podcastparser.parse("http://localhost:8000/feed.xml", fh)
    assert len(parsed["episodes"]) == 1

    again = runner.invoke(cli, ["add", str(article), "--out", str(out)])
    assert again.exit_code == 0, again.output
    assert "updated:" in again.output
    assert len(feedparser.parse(str(out / "feed.xml")).entries) == 1
    assert len(list((out / "episodes").glob("*.mp3"))) == 1
    assert not [p for p in out.rglob("*") if p.name.startswith(".") or p.suffix in {".tmp", ".part"}]

    other = tmp_path / "other.md"
    other.write_text("# Library extends its opening hours\n\nThe central library will open until 9pm on weekdays from May.\n")
    third = runner.invoke(cli, ["add", str(other), "--out", str(out)])
    assert third.exit_code == 0, third.output
    feed = feedparser.parse(str(out / "feed.xml"))
    assert feed.bozo == 0
    assert [e.title for e in feed.entries] == [
        "Library extends its opening hours", "Council agrees to reopen the old swimming baths"]
    assert len({e.id for e in feed.entries}) == 2
    for e in feed.entries:
        path = out / "episodes" / e.enclosures[0].href.rsplit("/", 1)[1]
        assert int(e.enclosures[0].length) == path.stat().st_size


@needs_engine
@pytest.mark.e2e
def test_add_counts_segments_and_shares_the_cache_between_folders(runner, tmp_path):
    article = tmp_path / "baths.txt"
    article.write_text(SHORT)
    first = runner.invoke(cli, ["add", str(article), "--out", str(tmp_path / "one")])
    assert first.exit_code == 0, first.output
    assert "narrating 'Council agrees" in first.stderr  # notes stay on stderr when it is not a terminal
    assert "\r" not in first.stderr  # ... and no progress bar there
    lines = [ln.strip() for ln in first.stdout.splitlines()]
    total = int(lines[1].split()[0])
    assert lines[1] == f"{total} segments synthesised, 0 from cache" and total > 5

    edited = tmp_path / "edited.txt"
    edited.write_text(SHORT.replace("better spent", "better spent elsewhere"))
    second = runner.invoke(cli, ["add", str(edited), "--out", str(tmp_path / "two"), "--quiet"])
    assert second.exit_code == 0, second.output
    assert second.stderr == ""
    assert "1 segments synthesised, " + str(total - 1) + " from cache" in second.stdout

    again = runner.invoke(cli, ["add", str(edited), "--out", str(tmp_path / "two"), "-q"])
    assert "audio unchanged" in again.stdout


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_draws_episode_and_batch_bars():
    screen = FakeTerminal()
    bar = ProgressLine(screen, min_interval=0)
    bar(Progress(episode=0, episodes=1, title="Ferry faces the axe", done=0, total=4))
    bar(Progress(episode=0, episodes=1, title="Ferry faces the axe", done=2, total=4))
    line = bar.render()
    assert "Ferry faces the axe" in line and "2/4" in line and "[" not in line  # one article: no batch bar
    assert line.count("█") == 10
    bar.note("narrating 'Ferry'")
    bar.close()
    assert screen.getvalue().endswith("\r")  # the line is cleared at the end
    assert "\rnarrating 'Ferry'\n\rFerry faces the axe  █" in screen.getvalue()  # note on its own line, bar redrawn

    batch = ProgressLine(FakeTerminal(), min_interval=0)
    batch(Progress(episode=0, episodes=4, title="First", done=3, total=3))
    batch(Progress(episode=1, episodes=4, title="Second", done=1, total=2))
    line = batch.render()
    assert line.startswith("[2/4]") and "38%" in line and "Second" in line and "1/2" in line


def test_progress_is_quiet_off_a_terminal_and_with_quiet(monkeypatch, tmp_path):
    """`add` passes a progress callback only when stderr is a terminal and --quiet is not given."""
    import narrator.pipeline as pipeline

    seen = {}

    def fake_add(raws, out, cast, overrides, report, progress, pool, keep=(), drop=()):
        seen["progress"] = progress
        report("a note")
        pool.close()
        return []

    monkeypatch.setattr(pipeline, "add_articles", fake_add)
    monkeypatch.setattr("narrator.synth.SpeechPool.start", lambda self: self)
    article = tmp_path / "a.txt"
    article.write_text(SHORT)
    result = CliRunner().invoke(cli, ["add", str(article), "--out", str(tmp_path)])
    assert result.exit_code == 0 and seen["progress"] is None and "a note" in result.stderr

    monkeypatch.setattr(sys, "stderr", FakeTerminal())
    result = CliRunner().invoke(cli, ["add", str(article), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0 and seen["progress"] is None and result.stderr == ""


def test_keep_and_drop_patterns_correct_the_rules(runner):
    text = ("Council agrees to reopen the old swimming baths\n\n"
            "Councillors voted on Tuesday to spend £2m reopening the Victorian baths.\n\n"
            "Share this article\n\n"
            "The pool is expected to open next summer, the council said.\n\n"
            "Residents can comment on the plans until Friday.\n")
    plain = json.loads(runner.invoke(cli, ["script", "--json", "-"], input=text).stdout)
    assert any(d["line"] == "Share this article" for d in plain["dropped"])
    result = runner.invoke(cli, ["script", "--json", "-", "--keep", "^share this", "--drop", "comment on the plans"],
                           input=text)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    spoken = " ".join(s["text"] for s in data["segments"])
    assert "Share this article" in spoken and "Residents can comment" not in spoken
    assert {"line": "Residents can comment on the plans until Friday.", "reason": "user"} in data["dropped"]
    bad = runner.invoke(cli, ["script", "-", "--drop", "(unclosed"], input=text)
    assert bad.exit_code == 1 and "bad pattern '(unclosed'" in bad.output and "Traceback" not in bad.output
