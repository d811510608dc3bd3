import calendar
import dataclasses
import doctest
import html
import io
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser
import podcastparser
import pytest
from lxml import etree

import narrator.feed
from narrator.catalog import Catalog, episode_guid, slugify
from narrator.feed import FEED_FILE, ITUNES, render_feed, write_feed
from narrator.models import Episode, Settings

BASE = "https://pod.example.com/news/"
SETTINGS = Settings(title="Daily & Nightly", base_url=BASE, email="owner@example.com")
BUILT = datetime(2024, 6, 1, 8, 30, tzinfo=timezone.utc)
NASTY = "Q&A: <b>bold</b> \"quotes\" 🎙️ caf\u00e9\x00\x07\x1b\ufffe end"
NASTY_CLEAN = "Q&A: <b>bold</b> \"quotes\" 🎙️ caf\u00e9 end"


def make_episodes(folder: Path) -> list[Episode]:
    """Three episodes whose MP3s exist in `folder`, given oldest first."""
    specs = [
        ("https://example.com/a?utm_source=x", "Storm & flood", "2024-05-01T07:00:00Z", 61_499),
        ("article.txt", NASTY, "2024-05-02T09:15:00+02:00", 125_500),
        ("<stdin>", "Ünïcödé spaces in file name", "2024-05-03T23:59:59Z", 3_600_000),
    ]
    episodes = []
    for n, (source, title, published, duration_ms) in enumerate(specs):
        slug = slugify(title)
        mp3 = f"episodes/{slug} {n}é.mp3" if n == 2 else f"episodes/{slug}.mp3"
        path = folder / mp3
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\xff\xfb" * (500 * (n + 1)))
        episodes.append(
            Episode(
                guid=episode_guid(source, title, "The Paper"),
                slug=slug,
                title=title,
                description=f"Description of {title}\n\nSecond paragraph.",
                publication="The Paper" if n != 1 else None,
                source=source,
                published=published,
                duration_ms=duration_ms,
                size=path.stat().st_size,
                mp3=mp3,
                speakers=(("Jane Doe", "gmw/en+f3"),),
            )
        )
    return episodes


@pytest.fixture
def podcast(tmp_path):
    return tmp_path, make_episodes(tmp_path)


def local_file(folder: Path, url: str) -> Path:
    assert url.startswith(BASE)
    return folder / unquote(urlsplit(url).path[len(urlsplit(BASE).path) :])


def test_doctests():
    assert doctest.testmod(narrator.feed).failed == 0


def test_feedparser_reads_every_episode(podcast):
    folder, episodes = podcast
    parsed = feedparser.parse(render_feed(SETTINGS, episodes, built=BUILT))
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.feed.title == "Daily & Nightly"
    assert parsed.feed.language == "en-gb"
    assert len(parsed.entries) == 3
    newest_first = sorted(episodes, key=lambda e: datetime.fromisoformat(e.published), reverse=True)
    assert [entry.id for entry in parsed.entries] == [e.guid for e in newest_first]
    for entry, episode in zip(parsed.entries, newest_first):
        assert len(entry.enclosures) == 1
        enclosure = entry.enclosures[0]
        assert enclosure.type == "audio/mpeg"
        assert urlsplit(enclosure.href).scheme == "https"
        path = local_file(folder, enclosure.href)
        assert path.is_file()
        assert int(enclosure.length) == path.stat().st_size == episode.size
        expected = datetime.fromisoformat(episode.published).astimezone(timezone.utc)
        assert calendar.timegm(entry.published_parsed) == int(expected.timestamp())
        assert entry.itunes_duration == str(round(episode.duration_ms / 1000))
        assert entry.guidislink is False


def test_podcastparser_reads_every_episode(podcast):
    folder, episodes = podcast
    feed = render_feed(SETTINGS, episodes, built=BUILT)
    parsed = podcastparser.parse(BASE + FEED_FILE, io.BytesIO(feed))
    assert parsed["title"] == "Daily & Nightly"
    assert parsed["itunes_owner"] == {"name": "narrator", "email": "owner@example.com"}
    assert parsed["itunes_categories"] == [["News"]]
    assert parsed["explicit"] is False
    by_guid = {e.guid: e for e in episodes}
    assert len(parsed["episodes"]) == 3
    assert len({item["guid"] for item in parsed["episodes"]}) == 3
    times = [item["published"] for item in parsed["episodes"]]
    assert times == sorted(times, reverse=True)
    for item in parsed["episodes"]:
        episode = by_guid[item["guid"]]
        (enclosure,) = item["enclosures"]
        assert enclosure["mime_type"] == "audio/mpeg"
        assert enclosure["file_size"] == local_file(folder, enclosure["url"]).stat().st_size
        assert item["published"] == int(datetime.fromisoformat(episode.published).timestamp())
        assert item["total_time"] == (episode.duration_ms + 500) // 1000
        assert item["type"] == "full"
        assert item["itunes_author"] == (episode.publication or SETTINGS.author)
    titles = {item["title"] for item in parsed["episodes"]}
    assert NASTY_CLEAN in titles


def test_durations_round_to_whole_seconds(podcast):
    _, episodes = podcast
    root = etree.fromstring(render_feed(SETTINGS, episodes, built=BUILT))
    durations = root.xpath("//item/itunes:duration/text()", namespaces={"itunes": ITUNES})
    assert durations == ["3600", "126", "61"]


def test_nasty_title_is_escaped_and_cleaned(podcast):
    _, episodes = podcast
    feed = render_feed(SETTINGS, episodes, built=BUILT)
    assert b"<b>bold" not in feed  # escaped, not markup
    root = etree.fromstring(feed)  # strict XML parser: no illegal characters left
    assert NASTY_CLEAN in root.xpath("//item/title/text()")
    # feedparser guesses that a title with tags in it is HTML (RSS is
    # ambiguous) and hands it back as sanitised HTML; its text is intact.
    parsed = feedparser.parse(feed)
    (nasty,) = [e for e in parsed.entries if e.title_detail.type == "text/html"]
    assert html.unescape(nasty.title) == NASTY_CLEAN
    assert "Storm & flood" in [e.title for e in parsed.entries]


def test_channel_metadata(podcast):
    _, episodes = podcast
    root = etree.fromstring(render_feed(dataclasses.replace(SETTINGS, explicit=True), episodes, built=BUILT))
    ns = {"itunes": ITUNES, "atom": "http://www.w3.org/2005/Atom"}
    channel = root.find("channel")
    assert root.get("version") == "2.0"
    assert channel.findtext("link") == BASE
    assert channel.findtext("lastBuildDate") == "Sat, 01 Jun 2024 08:30:00 GMT"
    assert channel.findtext("generator").startswith("narrator")
    assert channel.xpath("atom:link[@rel='self']/@href", namespaces=ns) == [BASE + "feed.xml"]
    assert channel.xpath("itunes:explicit/text()", namespaces=ns) == ["true"]
    assert channel.xpath("itunes:category/@text", namespaces=ns) == ["News"]
    assert channel.xpath("itunes:author/text()", namespaces=ns) == ["narrator"]


def test_no_email_means_no_owner_email_and_base_url_without_slash(podcast):
    _, episodes = podcast
    settings = Settings(base_url="http://localhost:8000")
    feed = render_feed(settings, episodes)
    parsed = podcastparser.parse("http://localhost:8000/feed.xml", io.BytesIO(feed))
    assert parsed["itunes_owner"] == {"name": "narrator"}
    for item in parsed["episodes"]:
        assert item["enclosures"][0]["url"].startswith("http://localhost:8000/episodes/")


def test_empty_podcast_is_a_valid_feed():
    parsed = feedparser.parse(render_feed(Settings(), []))
    assert parsed.bozo == 0
    assert parsed.entries == []


def test_guids_stable_across_rebuilds_via_catalog(tmp_path):
    episodes = make_episodes(tmp_path)
    with Catalog.open(tmp_path) as catalog:
        for e in episodes:
            catalog.add(e)
        first = render_feed(SETTINGS, catalog.episodes(), built=BUILT)
    # The same articles narrated again get the same GUIDs and do not duplicate.
    again = make_episodes(tmp_path)
    with Catalog.open(tmp_path) as catalog:
        assert [catalog.add(e) for e in again] == [False, False, False]
        second = render_feed(SETTINGS, catalog.episodes(), built=BUILT)
    assert first == second
    guids = [e["guid"] for e in podcastparser.parse(BASE, io.BytesIO(second))["episodes"]]
    assert len(guids) == len(set(guids)) == 3


def test_write_feed_is_atomic_and_replaces(podcast):
    folder, episodes = podcast
    path = write_feed(folder, SETTINGS, episodes[:1])
    assert path == folder / FEED_FILE
    path = write_feed(folder, SETTINGS, episodes)
    assert len(feedparser.parse(path.read_bytes()).entries) == 3
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def with_extras(episodes: list[Episode]) -> list[Episode]:
    """The first two episodes get a transcript and chapters; the oldest has none (made before)."""
    out = []
    for n, e in enumerate(episodes):
        stem = e.mp3.removesuffix(".mp3")
        extra = {} if n == 0 else {"transcript": f"{stem}.vtt", "chapters": f"{stem}.chapters.json"}
        out.append(dataclasses.replace(e, **extra))
    return out


def test_podcasting20_tags(podcast):
    _, episodes = podcast
    root = etree.fromstring(render_feed(SETTINGS, with_extras(episodes), built=BUILT, cover="cover.png"))
    ns = {"podcast": narrator.feed.PODCAST, "itunes": ITUNES}
    assert root.nsmap["podcast"] == "https://podcastindex.org/namespace/1.0"
    assert root.xpath("/rss/channel/podcast:guid/text()", namespaces=ns) == [
        narrator.feed.podcast_guid("pod.example.com/news/feed.xml")
    ]
    (locked,) = root.xpath("/rss/channel/podcast:locked", namespaces=ns)
    assert (locked.text, locked.get("owner")) == ("no", "owner@example.com")
    assert root.xpath("/rss/channel/itunes:image/@href", namespaces=ns) == [BASE + "cover.png"]
    assert root.xpath("/rss/channel/image/url/text()") == [BASE + "cover.png"]
    items = root.xpath("/rss/channel/item")
    transcripts = [i.xpath("podcast:transcript", namespaces=ns) for i in items]
    assert [len(t) for t in transcripts] == [1, 1, 0]  # newest first; the oldest had none
    assert transcripts[0][0].get("type") == "text/vtt"
    assert transcripts[0][0].get("url").endswith(".vtt")
    chapters = items[0].xpath("podcast:chapters", namespaces=ns)[0]
    assert chapters.get("type") == "application/json+chapters"
    assert chapters.get("url").startswith(BASE + "episodes/") and chapters.get("url").endswith(".chapters.json")


def test_podcastparser_finds_transcript_chapters_and_cover(podcast):
    folder, episodes = podcast
    episodes = with_extras(episodes)
    feed = render_feed(SETTINGS, episodes, built=BUILT, cover="cover.png")
    parsed = podcastparser.parse(BASE + FEED_FILE, io.BytesIO(feed))
    assert parsed["cover_url"] == BASE + "cover.png"
    by_guid = {e.guid: e for e in episodes}
    found = 0
    for item in parsed["episodes"]:
        episode = by_guid[item["guid"]]
        if not episode.transcript:
            assert "transcript_url" not in item and "chapters_json_url" not in item
            continue
        found += 1
        assert local_file(folder, item["transcript_url"]) == folder / episode.transcript
        assert local_file(folder, item["chapters_json_url"]) == folder / episode.chapters
    assert found == 2
    assert feedparser.parse(feed).bozo == 0


def test_podcastparser_needs_the_legacy_namespace_copy(podcast):
    """Why the feed says transcript and chapters twice: podcastparser 0.6 ignores the official URI."""
    _, episodes = podcast
    feed = render_feed(SETTINGS, with_extras(episodes), built=BUILT)
    official_only = feed.replace(narrator.feed.PODCAST_LEGACY.encode(), b"urn:example:unknown")
    parsed = podcastparser.parse(BASE + FEED_FILE, io.BytesIO(official_only))
    assert not any("transcript_url" in item for item in parsed["episodes"])
