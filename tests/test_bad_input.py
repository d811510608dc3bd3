"""Bad input to `narrator add`: one exact `Error: ...` line, exit status 1, and the podcast folder untouched."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import cli
from narrator.ingest import MAX_BYTES
from tests import fakes
from tests.conftest import make_podcast
from tests.local_site import serve

ARTICLE = """Council agrees to reopen the old swimming baths

Councillors voted on Tuesday to spend £2m reopening the Victorian baths on Mill Street.

"This is a great day for the town," said council leader Ruth Okoro.
"""


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` with its size and mtime: equal snapshots mean nothing changed."""
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def pod(tmp_path, monkeypatch):
    fakes.install(monkeypatch)  # no speech engine: these must fail before any audio anyway
    folder = tmp_path / "pod"
    make_podcast(folder)
    return folder


@pytest.fixture
def site(monkeypatch):
    yield from serve(monkeypatch)


def add(folder: Path, *args: str, input: bytes | None = None):
    before = snapshot(folder)
    result = CliRunner().invoke(cli, ["add", *args, "--out", str(folder)], input=input)
    assert snapshot(folder) == before, "the podcast folder changed"
    assert "Traceback" not in result.output
    return result


def one_line_error(result, message: str) -> None:
    assert result.exit_code == 1, result.output
    # Progress ("narrating ...") and warnings go to stderr, which CliRunner mixes in.
    lines = [ln for ln in result.output.splitlines() if not ln.startswith(("warning: ", "narrating "))]
    assert lines == [f"Error: {message}"]


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "{p} is empty: there is nothing to narrate"),
    ("blank.txt", b"  \n\t\n   \n", "{p} is empty: there is nothing to narrate"),
    ("nav.txt", b"Home\nNews\nSport\nWeather\n\nSign in\nMenu\nSearch\nContact us\n",
     "no article text found in {p}: it has no sentences, only lines like menus, links or headings; "
     "copy the article's paragraphs themselves into a text file and narrate that"),
    ("headline.txt", b"Council agrees to reopen the old swimming baths\n",
     "no article text found in {p}: it has no sentences, only lines like menus, links or headings; "
     "copy the article's paragraphs themselves into a text file and narrate that"),
    ("noise.txt", bytes(range(256)) * 40, "{p} is a binary file, not an article's text; give a text, Markdown or HTML file"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "{p} is a PNG image, not an article's text; give a text, Markdown or HTML file"),
    ("bad.txt", b"Caf\xc3\x28 \x81\x8d\x8f\x90 broken", "{p} is not text in UTF-8 or Windows-1252: save it as UTF-8"),
])
def test_bad_files(pod, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    one_line_error(add(pod, str(path)), message.format(p=path))


def test_huge_file_is_refused_quickly(pod, tmp_path):
    path = tmp_path / "dump.txt"
    with path.open("wb") as fh:
        fh.write((b"The council met again. " * 1000 + b"\n") * (50 * 2**20 // 23_001))  # ~50 MB of text
    start = time.monotonic()
    one_line_error(add(pod, str(path)), f"{path} is over {MAX_BYTES // 2**20} MB: that is not one article")
    assert time.monotonic() - start < 5
    big = b"x" * (MAX_BYTES + 10)
    one_line_error(add(pod, "-", input=big), f"<stdin> is over {MAX_BYTES // 2**20} MB: that is not one article")


def test_directory_and_missing_path(pod, tmp_path):
    one_line_error(add(pod, str(tmp_path)), f"{tmp_path} is a directory: give an article file")
    one_line_error(add(pod, str(tmp_path / "nope.txt")), f"{tmp_path / 'nope.txt'}: no such file")


@pytest.mark.parametrize("path, args, message", [
    ("/slow", ["--timeout", "0.2"], "{url} did not answer within 0.2 s; try again later or give a longer --timeout"),
    ("/missing", [], "{url}: the server answered 404 Not Found; check the address"),
    ("/nav-only", [], "{url}: found no article text on the page; copy the article from your browser into a .txt "
                      "file and narrate that"),
    ("/endless", [], "is over 5 MB"),
])
def test_bad_urls(pod, site, path, args, message):
    url = site + path
    result = add(pod, url, *args)
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert message.format(url=url) in result.output


def script_json(path: Path) -> dict:
    result = CliRunner().invoke(cli, ["script", "--json", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output[result.output.index("{"):result.output.rindex("}") + 1])


def test_control_characters_are_stripped_and_the_rest_narrated(pod, tmp_path):
    path = tmp_path / "ctrl.txt"
    path.write_bytes(ARTICLE.replace("Tuesday", "Tue\x07sday\x00").replace("Mill", "\x1b[1mMill\x1b[0m").encode())
    result = CliRunner().invoke(cli, ["script", "--json", str(path)])
    assert result.exit_code == 0
    assert "warning: " in result.output and "removed 4 control character(s)" in result.output
    text = " ".join(s["text"] for s in script_json(path)["segments"])
    assert "on Tuesday to spend £2m reopening the Victorian baths on Mill Street." in text
    before = snapshot(pod)
    added = CliRunner().invoke(cli, ["add", str(path), "--out", str(pod)])
    assert added.exit_code == 0, added.output
    new = set(snapshot(pod)) - set(before)
    assert {Path(n).suffix for n in new} == {".mp3", ".vtt", ".json"}  # the episode and its sidecars


def test_unbalanced_quote_and_long_quote(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text('Mayor vows to act on the bridge plan\n\nThe mayor said: "We will act on the bridge plan this year.'
                    "\n\nThe council met on Monday to discuss the scheme.\n")
    segs = script_json(path)["segments"]
    assert [s["kind"] for s in segs] == ["narration", "narration", "quote", "narration"]
    paras = "\n\n".join(f"“Point {i}: the bridge must be rebuilt before winter, and the town knows it." for i in range(100))
    path.write_text(f"Mayor sets out a hundred points\n\nThe mayor said:\n\n{paras}”\n")
    quotes = [s for s in script_json(path)["segments"] if s["kind"] == "quote"]
    assert len(quotes) == 100 and all("bridge must be rebuilt" in q["text"] for q in quotes)


@pytest.mark.parametrize("kind", ["prose", "quotes", "dots"])
def test_a_100000_character_line_is_quick(tmp_path, kind):
    unit = {"prose": "The Council said on Monday it would act. ", "quotes": '"Yes," said Mr Smith. ',
            "dots": "A.B. "}[kind]
    path = tmp_path / "long.txt"
    path.write_text("A headline about a very long paragraph\n\n" + unit * (100_000 // len(unit)) + "The end.\n")
    start = time.monotonic()
    segs = script_json(path)["segments"]
    assert time.monotonic() - start < 5
    assert sum(len(s["text"]) for s in segs) > 50_000
