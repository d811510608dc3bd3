import socket
import time

import pytest

from narrator.errors import NarratorError
from narrator.fetch import fetch
from narrator.ingest import read_article
from tests.local_site import HTML, Handler, serve

HEADLINE = "Bus operator axes late-night routes as driver shortage bites"


@pytest.fixture
def site(monkeypatch):
    yield from serve(monkeypatch)


def test_fetches_page_with_user_agent(site):
    got = fetch(f"{site}/article")
    assert got.data == HTML
    assert (got.content_type, got.charset) == ("text/html", "utf-8")
    assert Handler.seen[-1]["User-Agent"].startswith("narrator/")


def test_url_article_is_extracted_and_its_source_is_the_url(site):
    raw = read_article(f"{site}/article")
    assert raw.source == f"{site}/article"
    assert raw.text.startswith(HEADLINE + "\n\n")
    assert raw.title == HEADLINE
    assert raw.publication == "The Northfield Courier"
    assert "Sign up" not in raw.text and "Related stories" not in raw.text


def test_redirect_is_followed_and_source_stays_as_given(site):
    got = fetch(f"{site}/redirect")
    assert got.url == f"{site}/article"
    raw = read_article(f"{site}/redirect")
    assert raw.source == f"{site}/redirect"
    assert raw.title == HEADLINE


def test_charset_from_meta_and_content_type_sniffed(site):
    raw = read_article(f"{site}/latin")
    assert raw.title == "Café owner wins award for best breakfast"
    assert "“We make everything ourselves" in raw.text and "Renée Dubois" in raw.text
    assert read_article(f"{site}/no-type").title == HEADLINE


def test_plain_text_url(site):
    raw = read_article(f"{site}/plain")
    assert raw.text.startswith("Ferry service to be cut\n\nThe last ferry")
    assert raw.source == f"{site}/plain"


@pytest.mark.parametrize("path, message", [
    ("/missing", r"/missing: the server answered 404 Not Found; check the address"),
    ("/broken", r"answered 503 Service Unavailable; the site has a problem; try again later"),
    ("/pdf", r"is application/pdf, not a web page or text; save the article's text to a file"),
    ("/nav-only", r"found no article text on the page"),
])
def test_http_and_content_errors(site, path, message):
    with pytest.raises(NarratorError, match=message) as info:
        read_article(site + path)
    assert "\n" not in str(info.value)


def test_slow_server_times_out(site):
    start = time.monotonic()
    with pytest.raises(NarratorError, match=r"did not answer within 0.2 s; try again later or give a longer --timeout"):
        read_article(f"{site}/slow", timeout=0.2)
    assert time.monotonic() - start < 1.5


def test_trickling_body_meets_the_whole_download_deadline(site):
    with pytest.raises(NarratorError, match="did not answer within 0.5 s"):
        fetch(f"{site}/trickle", timeout=0.5)


@pytest.mark.parametrize("path", ["/huge", "/endless"])
def test_enormous_body_is_refused(site, path):
    with pytest.raises(NarratorError, match=r"is over 5 MB: that is not one article"):
        fetch(site + path)


def test_small_limit_applies_to_any_page(site):
    with pytest.raises(NarratorError, match="is over"):
        fetch(f"{site}/article", max_bytes=1000)


def test_connection_refused():
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(NarratorError, match=r"127.0.0.1 refused the connection"):
        fetch(f"http://127.0.0.1:{port}/story")


def test_bad_addresses():
    with pytest.raises(NarratorError, match="is not a web address"):
        read_article("http:///story")
    with pytest.raises(NarratorError, match="is not a valid web address"):
        fetch("http://127.0.0.1:port/story")
