"""index.html in a real headless Chromium, served by `narrator serve`, with an episode made by the real pipeline.

Needs the system's chromium (`apt-get install chromium`) and the playwright package;
skipped without them (CHROMIUM=/path/to/chrome picks another build). Never `playwright install`: the Debian browser is used as it is.
"""

import os
import re
import shutil
import threading

import pytest

from narrator.cast import load_cast
from narrator.models import RawArticle
from narrator.pipeline import add_articles
from narrator.serve import open_server, serve
from tests.conftest import needs_engine
from tests.test_transcript import parse_vtt

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
if os.environ.get("CI") and CHROMIUM is None:
    # CI installs chromium through `make test`: a skip there would hide a broken install.
    raise RuntimeError("CI has no chromium: `make test` should have installed it")
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
pytestmark = [
    needs_engine,
    pytest.mark.e2e,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"),
]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--autoplay-policy=no-user-gesture-required"]
ARTICLE = """The Valley Herald

Library to stay open on Sundays after petition

Readers gathered more than two thousand signatures in a month

By Ana Lopes

The town library will open every Sunday from next month after a petition signed by more than two thousand readers.

"Sunday is the only day many families can come in together," said head librarian Grace Mensah.

Council leader Tom Baker said the extra hours would be paid for from the arts budget. "It is a small price for a very busy library," said Mr Baker.
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pod")
    (added,) = add_articles([RawArticle(ARTICLE, "library.txt")], folder, load_cast())
    logs: list[str] = []
    srv = open_server(folder, "127.0.0.1", 0, log=logs.append)
    thread = threading.Thread(target=serve, args=(srv, 0.02), daemon=True)
    thread.start()
    yield srv, folder, added.episode, logs
    srv.shutdown()
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def test_page_plays_the_episode_and_follows_the_transcript(served, browser, tmp_path_factory):
    srv, folder, episode, logs = served
    shots = tmp_path_factory.getbasetemp()  # screenshots to look at: pytest's basetemp
    cues = parse_vtt((folder / episode.transcript).read_text(encoding="utf-8"))
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    mp3_statuses: list[int] = []
    page.on("response", lambda r: mp3_statuses.append(r.status) if r.url.endswith(".mp3") else None)
    page.goto(srv.url)

    article = page.locator("article.episode")
    assert article.count() == 1
    assert article.locator("h3").inner_text() == episode.title
    assert page.locator("#feed-url").input_value() == srv.url + "feed.xml"
    page.wait_for_selector(".cues li")  # the transcript was fetched and parsed
    assert page.locator(".cues li").count() == len(cues)
    assert {"Grace Mensah", "Tom Baker"} <= set(page.locator(".cues .who").all_inner_texts())

    page.evaluate("document.querySelector('audio').play()")
    page.wait_for_function("document.querySelector('audio').currentTime > 0.5", timeout=15_000)
    page.wait_for_function("document.querySelector('.cues li.now') !== null")
    first_index, _ = _highlighted(page)

    chapters = page.locator(".chapters a")
    last = chapters.nth(chapters.count() - 1)
    target = float(last.get_attribute("data-t"))
    assert target > cues[first_index][1] / 1000
    last.click()
    page.wait_for_function(f"document.querySelector('audio').currentTime > {target + 0.5}", timeout=15_000)
    later, now_ms = _highlighted(page)
    assert later > first_index
    start, end, voice, _ = cues[later]
    assert start - 400 <= now_ms < end + 400  # the highlighted cue is the one playing (timeupdate lags)
    assert page.locator(".cues li.now .who").inner_text() == voice
    assert last.get_attribute("aria-current") == "true"
    assert page.evaluate("document.querySelector('.cues li.now').getBoundingClientRect().top") > 0

    # The browser streamed the MP3 with Range requests, and the server answered them with 206.
    assert 206 in mp3_statuses
    assert any(re.search(rf'"GET /{re.escape(episode.mp3)} HTTP/1.1" 206', line) for line in logs)
    page.screenshot(path=str(shots / "narrator-index.png"), full_page=True)
    phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    phone.goto(srv.url)
    phone.wait_for_selector(".cues li")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # nothing sticks out sideways
    phone.screenshot(path=str(shots / "narrator-index-phone.png"), full_page=True)


def _highlighted(page) -> tuple[int, float]:
    """The index of the highlighted cue, and the playback position in ms."""
    return tuple(page.evaluate(
        "[Array.from(document.querySelectorAll('.cues li')).findIndex(li => li.classList.contains('now')),"
        " document.querySelector('audio').currentTime * 1000]"
    ))
