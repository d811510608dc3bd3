import codecs
from dataclasses import replace
from pathlib import Path

import pytest

from narrator.errors import NarratorError
from narrator.ingest import MAX_BYTES, parse_article, parse_html, read_article
from narrator.models import RawArticle
from narrator.pipeline import make_script

HTML_DIR = Path(__file__).parent / "data" / "html"
HEADLINE = "Bus operator axes late-night routes as driver shortage bites"


def test_reads_utf8_file_and_normalises_newlines(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Headline\r\n\r\nBody “quoted”.\r\n".encode())
    raw = read_article(str(p))
    assert raw.text == "Headline\n\nBody “quoted”.\n"
    assert raw.source == str(p)


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + "Café news".encode(),
    "Café news".encode("utf-16"),
    "Café news".encode("utf-16-be") and codecs.BOM_UTF16_BE + "Café news".encode("utf-16-be"),
])
def test_decodes_boms(data):
    assert parse_article(data, "x").text == "Café news"


def test_cp1252_fallback_warns():
    with pytest.warns(UserWarning, match="Windows-1252"):
        raw = parse_article(b"Caf\xe9 \x93news\x94", "x")
    assert raw.text == "Café “news”"


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b"  \n\t\n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image, not an article"),
    (b"x" * (MAX_BYTES + 1), "over 5 MB"),
])
def test_bad_input_is_clear_error(data, message):
    with pytest.raises(NarratorError, match=message):
        parse_article(data, "bad.txt")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(NarratorError, match="no such file"):
        read_article(str(tmp_path / "nope.txt"))
    with pytest.raises(NarratorError, match="is a directory"):
        read_article(str(tmp_path))


def test_stdin_and_markdown(tmp_path):
    assert read_article("-", b"Hello there.").source == "<stdin>"
    md = tmp_path / "a.md"
    md.write_text("# Title here\n\nSome *emphasis* and a [link](http://x.org).\n")
    assert read_article(str(md)).text == "Title here\n\nSome emphasis and a link.\n"


# ------------------------------------------------------------------ HTML pages

def test_html_page_becomes_text_shaped_like_a_paste():
    raw = read_article(str(HTML_DIR / "courier-buses.html"))
    paras = raw.text.split("\n\n")
    assert paras[:3] == [
        HEADLINE,
        "Passengers in three villages say they will be cut off after 7pm when the timetable changes next month",
        "By Priya Natarajan, Transport Reporter",
    ]
    assert paras[3].startswith("Northfield Buses will withdraw")
    assert all("\n" not in p.strip() for p in paras)  # one paragraph per line
    assert "“fewer than a dozen people an hour”" in raw.text  # quotation marks kept
    for chrome in ("Skip to main content", "Sign in", "Photo: Courier archive", "double-decker at the Market",
                   "Sign up", "Related stories", "Rail strike dates", "Topics", "Privacy policy", "©"):
        assert chrome not in raw.text, chrome
    assert (raw.title, raw.author, raw.publication, raw.date) == (
        HEADLINE, "Priya Natarajan", "The Northfield Courier", "2024-06-12")
    assert raw.url == "https://courier.example/news/transport/bus-operator-axes-late-night-routes"
    assert raw.source == str(HTML_DIR / "courier-buses.html")


def test_html_page_and_its_pasted_text_give_the_same_script():
    page = make_script(read_article(str(HTML_DIR / "courier-buses.html")))
    pasted = make_script(read_article(str(HTML_DIR / "courier-buses.txt")))
    assert page.title == pasted.title == HEADLINE
    assert page.standfirst == pasted.standfirst
    assert page.segments == pasted.segments
    assert [s.speaker for s in page.segments if s.kind == "quote"] == [  # seven words the operator is quoted in first
        "operator", "Alan Whitcombe", "Alan Whitcombe", "Margaret Ellis", "Margaret Ellis", "Sunita Rao", "Alan Whitcombe"]
    assert page.publication == "The Northfield Courier"
    assert page.source.startswith("https://courier.example/")  # the page's own address: a stable GUID


BARE_PAGE = """<!doctype html><html><head>
<title>Harbour wall to be rebuilt after winter storms - Coast Times</title>
<meta name="description" content="A summary that only search engines see.">
</head><body><header><a href="/">Coast Times</a> <a href="/login">Log in</a></header>
<div id="content"><h1>Harbour wall to be rebuilt after winter storms</h1>
<div class="text"><p>The harbour wall at Penmore will be rebuilt this summer after it was breached twice in the
winter storms, the harbour board said.</p>
<blockquote class="pull-quote">We cannot let the sea take the village</blockquote>
<p>"We cannot let the sea take the village," said harbour master Ann Tregarthen.<br>"This is our last chance."</p>
<p>Work is due to start in May and will cost &pound;3.4m, paid for by the county council and a government grant.</p>
</div></div><footer>Contact us | Cookies</footer></body></html>"""


def test_html_without_metadata_uses_h1_and_skips_an_invisible_description():
    raw = parse_html(BARE_PAGE.encode(), "bare.html")
    assert raw.title == "Harbour wall to be rebuilt after winter storms"
    assert raw.text.startswith(raw.title + "\n\nThe harbour wall at Penmore")
    assert "only search engines" not in raw.text
    assert '"We cannot let the sea take the village," said harbour master Ann Tregarthen.' in raw.text
    assert raw.text.count("We cannot let the sea take the village") == 1  # the pull quote is a repeat
    assert "£3.4m" in raw.text and "Log in" not in raw.text and "Cookies" not in raw.text
    assert raw.author is None and "By " not in raw.text
    assert raw.date is None


def test_html_charset_from_meta():
    page = ('<html><head><meta charset="windows-1252"><title>x</title></head><body><article>'
            '<h1>Caf\u00e9 owner wins county award for breakfasts</h1><p>The owner said she was '
            '\u201cdelighted\u201d with the award, which was presented on Friday evening in Thornby.</p>'
            '</article></body></html>').encode("cp1252")
    raw = parse_html(page, "cafe.htm")
    assert raw.title == "Café owner wins county award for breakfasts"
    assert "“delighted”" in raw.text


@pytest.mark.parametrize("page", [
    b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
    b"<html><body></body></html>",
    b"not html at all",
])
def test_html_without_article_text_is_a_clear_error(page):
    with pytest.raises(NarratorError, match=r"found no article text on the page; copy the article"):
        parse_html(page, "empty.html")


def test_html_file_suffixes(tmp_path):
    for name in ("a.htm", "b.HTML"):
        p = tmp_path / name
        p.write_text(BARE_PAGE, encoding="utf-8")
        assert read_article(str(p)).title == "Harbour wall to be rebuilt after winter storms"
    (tmp_path / "empty.html").write_bytes(b"  \n")
    with pytest.raises(NarratorError, match="is empty"):
        read_article(str(tmp_path / "empty.html"))


# ------------------------------------------------------- Markdown front matter

FRONT = """---
title: "Ferry cut: islanders vow to fight on"
author: 'Sam O''Neil'
publication: Island Herald
source: https://herald.example/news/ferry?utm_source=x
date: 2024-03-05
tags: [ferries, islands]
---

The last ferry to Gull Rock will sail in April, the operator said on Monday.

"We will not go quietly," said Mary Penrose, who has lived on the island all her life.
"""


def test_markdown_front_matter_becomes_fields(tmp_path):
    p = tmp_path / "ferry.md"
    p.write_text(FRONT, encoding="utf-8")
    raw = read_article(str(p))
    assert (raw.title, raw.author, raw.publication, raw.date) == (
        "Ferry cut: islanders vow to fight on", "Sam O'Neil", "Island Herald", "2024-03-05")
    assert raw.url == "https://herald.example/news/ferry?utm_source=x"
    assert raw.text.startswith("Ferry cut: islanders vow to fight on\n\n")  # the headline where a paste has it
    assert "tags" not in raw.text and "---" not in raw.text


def test_front_matter_title_already_in_the_body_is_not_repeated(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: Ferry cut\nsource: Reuters\n---\n# Ferry cut\n\nBody text here.\n")
    raw = read_article(str(p))
    assert raw.text.count("Ferry cut") == 1
    assert (raw.publication, raw.url) == ("Reuters", None)


def test_front_matter_only_in_markdown_and_only_at_the_top(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text("---\ntitle: x\n---\nBody.\n")
    assert read_article(str(txt)).title is None
    md = tmp_path / "b.md"
    md.write_text("Intro.\n\n---\ntitle: x\n---\n")
    assert read_article(str(md)).title is None


def test_front_matter_metadata_shapes_the_script(tmp_path):
    p = tmp_path / "ferry.md"
    p.write_text(FRONT, encoding="utf-8")
    script = make_script(read_article(str(p)))
    assert script.title == "Ferry cut: islanders vow to fight on"
    assert script.segments[0].text == script.title
    assert script.publication == "Island Herald"
    assert script.byline == "Sam O'Neil"
    assert script.source == "https://herald.example/news/ferry?utm_source=x"
    assert any(s.kind == "quote" and s.speaker == "Mary Penrose" for s in script.segments)


# ------------------------------------------- declared metadata in make_script

SHORT = """Council agrees to reopen the old swimming baths

By Sam Reed

Councillors voted on Tuesday to spend £2m reopening the Victorian baths on Mill Street.

"This is a great day for the town," said council leader Ruth Okoro.
"""


def test_declared_title_and_publication_beat_the_guesses():
    raw = RawArticle(SHORT, "a.txt")
    plain = make_script(raw)
    assert plain.title == "Council agrees to reopen the old swimming baths" and plain.publication is None
    script = make_script(replace(raw, title="Baths to reopen", publication="Mill Town News"))
    assert script.title == "Baths to reopen" and script.publication == "Mill Town News"
    texts = [s.text for s in script.segments]
    assert texts[0] == "Baths to reopen"
    assert "Council agrees to reopen the old swimming baths" not in texts  # the old headline is not read
    assert texts[1:] == [s.text for s in plain.segments][1:]


def test_declared_title_demotes_a_body_paragraph_taken_for_the_headline():
    raw = RawArticle("Councillors voted on Tuesday to spend £2m reopening the Victorian baths.\n\n"
                     "Work will start in the spring and take a year, the council said.\n", "a.txt")
    assert make_script(raw).title.startswith("Councillors voted")
    script = make_script(replace(raw, title="Baths to reopen"))
    assert [s.text for s in script.segments][:2] == [
        "Baths to reopen", "Councillors voted on Tuesday to spend £2m reopening the Victorian baths."]


def test_declared_title_found_among_dropped_lines_is_read_once():
    raw = RawArticle("Baths to reopen\n\nCouncillors voted on Tuesday to spend £2m reopening the baths.\n", "a.txt")
    script = make_script(replace(raw, title="Baths to reopen"))
    assert [s.text for s in script.segments].count("Baths to reopen") == 1
    assert all(d.line != "Baths to reopen" for d in script.dropped)
