import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import cli
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
    data = json.loads(result.output)
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
