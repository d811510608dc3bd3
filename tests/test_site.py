"""index.html: the pure page generator, and the pipeline commands that keep it up to date."""

import doctest
import re

import lxml.html
from click.testing import CliRunner

import narrator.site
from narrator.cli import cli
from narrator.models import Chapter, Episode, Settings
from narrator.pipeline import rebuild_feed, remove_episode
from narrator.site import INDEX_FILE, load_chapters, render_index
from tests.conftest import make_podcast

SETTINGS = Settings(title="Pod & <Co>", author='A "quoted" author', base_url="https://pod.example.org/news/")
EVIL = '<script>alert("x")</script> & co'


def episode(n: int, published: str, **changes) -> Episode:
    fields = dict(
        guid=f"g{n}", slug=f"story-{n}", title=f"Story {n}", description=f"About {n}", publication="The Paper",
        source=f"https://example.com/{n}", published=published, duration_ms=90_000, size=1000,
        mp3=f"episodes/story-{n}.mp3", transcript=f"episodes/story-{n}.vtt", chapters=f"episodes/story-{n}.chapters.json",
    )
    return Episode(**{**fields, **changes})


def page(*args, **kwargs) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(render_index(*args, **kwargs))


def test_doctests():
    assert doctest.testmod(narrator.site).failed == 0


def test_all_text_is_escaped():
    bad = episode(1, "2024-05-01T12:00:00Z", title=EVIL, description=EVIL, publication=EVIL,
                  slug='x"><b', source='https://e.org/?a=1&b="2"')
    settings = Settings(title=EVIL, author=EVIL, description=EVIL)
    body = render_index(settings, [bad], "cover.png", {"g1": [Chapter(0, 5000, EVIL)]}).decode()
    assert "<script>alert" not in body and '"x"><b' not in body
    doc = lxml.html.fromstring(body)
    assert doc.findtext(".//h1") == EVIL and doc.findtext(".//title") == EVIL
    assert doc.findtext(".//article/h3") == EVIL
    assert doc.xpath("string(.//nav[@class='chapters']//li/a)").endswith(EVIL)
    assert doc.xpath("//article/@id") == ['ep-x"><b']
    assert doc.xpath("//p[@class='source']/a/@href") == ['https://e.org/?a=1&b="2"']
    assert len(doc.xpath("//script")) == 1  # only the page's own


def test_links_are_relative_so_the_page_works_from_any_host():
    ep = episode(1, "2024-05-01T12:00:00Z", mp3="episodes/café & co.mp3", transcript="episodes/café & co.vtt")
    doc = page(SETTINGS, [ep], "art/show.jpg", {"g1": [Chapter(0, 1000, "Intro")]})
    assert doc.xpath("//audio/@src") == ["episodes/caf%C3%A9%20%26%20co.mp3"]
    assert doc.xpath("//audio/@preload") == ["metadata"]
    assert doc.xpath("//ol[@class='cues']/@data-src") == ["episodes/caf%C3%A9%20%26%20co.vtt"]
    assert doc.xpath("//img[@class='cover']/@src") == ["art/show.jpg"]
    assert doc.xpath("//a[@class='subscribe']/@href") == ["feed.xml"]
    assert doc.xpath("//link[@rel='alternate']/@href") == ["feed.xml"]
    # The configured address is only the copyable URL's starting value (the script puts the page's own).
    assert doc.xpath("//input[@id='feed-url']/@value") == ["https://pod.example.org/news/feed.xml"]
    own = [u for u in doc.xpath("//@href | //@src | //@data-src") if not u.startswith("https://example.com/")]
    assert own and not any(re.match(r"[a-z]+:|/", u) for u in own)


def test_episodes_newest_first_whatever_the_order_given():
    eps = [episode(1, "2024-05-01T12:00:00Z"), episode(3, "2024-05-03T09:00:00+02:00"), episode(2, "2024-05-02T12:00:00Z")]
    doc = page(SETTINGS, eps)
    assert [h.text for h in doc.xpath("//article/h3")] == ["Story 3", "Story 2", "Story 1"]
    meta = doc.xpath("string(//article[1]/p[@class='meta'])")
    assert meta == "3 May 2024 · 1:30 · The Paper"
    assert doc.xpath("//article[1]//time/@datetime") == ["2024-05-03T07:00:00+00:00"]


def test_chapters_are_seek_links():
    chapters = {"g1": [Chapter(0, 12_500, "Headline"), Chapter(12_500, 61_000, "Ann Lee"), Chapter(61_000, 90_000, "Bo")]}
    doc = page(SETTINGS, [episode(1, "2024-05-01T12:00:00Z")], None, chapters)
    links = doc.xpath("//nav[@class='chapters']//a")
    assert [a.get("data-t") for a in links] == ["0", "12.5", "61"]
    assert [a.get("href") for a in links] == ["episodes/story-1.mp3#t=0", "episodes/story-1.mp3#t=12.5",
                                              "episodes/story-1.mp3#t=61"]
    assert [a.text_content() for a in links] == ["0:00 Headline", "0:12 Ann Lee", "1:01 Bo"]


def test_episode_without_chapters_or_transcript():
    doc = page(SETTINGS, [episode(1, "2024-05-01T12:00:00Z", transcript="", chapters="")])
    assert doc.xpath("//nav") == [] and doc.xpath("//ol[@class='cues']") == []
    assert len(doc.xpath("//audio")) == 1


def test_empty_podcast():
    doc = page(Settings(), [])
    assert doc.xpath("//article") == [] and doc.xpath("//img") == []
    assert "No episodes yet" in doc.xpath("string(//main)")
    assert doc.xpath("//a[@class='subscribe']/@href") == ["feed.xml"]


def test_self_contained():
    body = render_index(SETTINGS, [episode(1, "2024-05-01T12:00:00Z")], "cover.png").decode()
    doc = lxml.html.fromstring(body)
    assert doc.xpath("//script/@src") == [] and doc.xpath("//link[@rel='stylesheet']") == []
    assert "@import" not in body and "@font-face" not in body and "//" not in "".join(doc.xpath("//style/text()"))
    assert doc.xpath("//html/@lang") == ["en-gb"]
    assert doc.xpath("//label[@for='feed-url']") and doc.xpath("//audio/@aria-label") == ["Play Story 1"]


def test_load_chapters_from_the_sidecar(tmp_path):
    ep = episode(1, "2024-05-01T12:00:00Z")
    (tmp_path / "episodes").mkdir()
    (tmp_path / ep.chapters).write_text('{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "A"},'
                                        ' {"startTime": 12.5, "title": "B"}]}')
    assert load_chapters(tmp_path, ep) == (Chapter(0, 12_500, "A"), Chapter(12_500, 90_000, "B"))
    (tmp_path / ep.chapters).write_text("not json")
    assert load_chapters(tmp_path, ep) == ()
    assert load_chapters(tmp_path, episode(2, "2024-05-01T12:00:00Z")) == ()  # no file


def titles(folder) -> list[str]:
    return [h.text for h in lxml.html.fromstring((folder / INDEX_FILE).read_bytes()).xpath("//article/h3")]


def test_every_feed_write_rewrites_the_page(tmp_path):
    folder = tmp_path / "pod"
    make_podcast(folder)  # rebuild_feed, as `narrator feed` does
    assert titles(folder) == ["Story number 1", "Story number 0"]
    remove_episode(folder, "story-1-0a1b2c3d")
    assert titles(folder) == ["Story number 0"]
    result = CliRunner().invoke(cli, ["config", "--out", str(folder), "--title", "Renamed <pod>"])
    assert result.exit_code == 0, result.output
    assert lxml.html.fromstring((folder / INDEX_FILE).read_bytes()).findtext(".//h1") == "Renamed <pod>"
    (folder / INDEX_FILE).unlink()
    rebuild_feed(folder)
    assert titles(folder) == ["Story number 0"]
    assert not list(folder.glob(".*.tmp"))  # written through a temporary file, none left behind
