"""`narrator script` / `narrator add` on HTML files, URLs and Markdown front matter."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import cli
from tests.local_site import serve

HTML_DIR = Path(__file__).parent / "data" / "html"
HEADLINE = "Bus operator axes late-night routes as driver shortage bites"


@pytest.fixture
def site(monkeypatch):
    yield from serve(monkeypatch)


@pytest.fixture
def runner():
    return CliRunner()


def script_json(runner, *args):
    result = runner.invoke(cli, ["script", "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_script_of_an_html_page_matches_its_pasted_text(runner):
    page = script_json(runner, str(HTML_DIR / "courier-buses.html"))
    pasted = script_json(runner, str(HTML_DIR / "courier-buses.txt"))
    assert page["title"] == pasted["title"] == HEADLINE
    assert page["publication"] == "The Northfield Courier"
    assert page["segments"] == pasted["segments"]
    assert {s["speaker"] for s in page["segments"] if s["kind"] == "quote"} == {
        "operator", "Alan Whitcombe", "Margaret Ellis", "Sunita Rao"}  # the operator's seven quoted words


def test_script_of_a_url(runner, site):
    data = script_json(runner, f"{site}/article")
    assert data["title"] == HEADLINE
    assert data["segments"][0]["text"] == HEADLINE
    result = runner.invoke(cli, ["script", f"{site}/redirect"])
    assert result.exit_code == 0, result.output
    assert HEADLINE in result.output and "Margaret Ellis" in result.output


@pytest.mark.parametrize("args, message", [
    (["/missing"], "the server answered 404 Not Found; check the address"),
    (["/broken"], "the server answered 503"),
    (["/nav-only"], "found no article text on the page"),
    (["/slow", "--timeout", "0.2"], "did not answer within 0.2 s"),
    (["/endless"], "is over 5 MB"),
])
def test_url_errors_are_one_line(runner, site, args, message):
    result = runner.invoke(cli, ["script", site + args[0], *args[1:]])
    assert result.exit_code == 1
    assert message in result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_bad_html_file_is_one_line_error(runner, tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    result = runner.invoke(cli, ["script", str(page)])
    assert result.exit_code == 1
    assert result.output == (f"Error: {page}: found no article text on the page; copy the article from "
                             "your browser into a .txt file and narrate that\n")


def test_title_and_publication_overrides(runner):
    data = script_json(runner, str(HTML_DIR / "courier-buses.txt"),
                       "--title", "Late buses axed", "--publication", "Northfield Courier")
    assert data["title"] == "Late buses axed"
    assert data["publication"] == "Northfield Courier"
    texts = [s["text"] for s in data["segments"]]
    assert texts[0] == "Late buses axed" and HEADLINE not in texts


def test_front_matter_title(runner, tmp_path):
    md = tmp_path / "a.md"
    md.write_text("---\ntitle: Ferry to Gull Rock to be axed\npublication: \"Island Herald\"\n---\n\n"
                  "The last ferry will sail in April, the operator said on Monday.\n")
    data = script_json(runner, str(md))
    assert (data["title"], data["publication"]) == ("Ferry to Gull Rock to be axed", "Island Herald")
    assert data["segments"][0]["text"] == "Ferry to Gull Rock to be axed"


def test_add_refuses_one_title_for_several_articles(runner, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("x")
    b.write_text("y")
    result = runner.invoke(cli, ["add", str(a), str(b), "--title", "One headline", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "--title names one article's headline" in result.output
    assert not (tmp_path / "o").exists()


def test_add_url_errors_before_any_audio(runner, site, tmp_path):
    out = tmp_path / "pod"
    result = runner.invoke(cli, ["add", f"{site}/missing", "--out", str(out)])
    assert result.exit_code == 1
    assert "404 Not Found" in result.output and "Traceback" not in result.output
    assert not (out / "episodes").exists()
