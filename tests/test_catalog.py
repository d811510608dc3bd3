import dataclasses
import doctest
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import narrator.catalog
from narrator.catalog import CATALOG_FILE, MIGRATIONS, Catalog, episode_guid, slugify
from narrator.errors import NarratorError
from narrator.models import Episode

ROOT = Path(narrator.catalog.__file__).resolve().parents[1]


def make_episode(n: int, published: str | None = None, **changes) -> Episode:
    episode = Episode(
        guid=f"narrator:test-{n}",
        slug=f"episode-{n}",
        title=f"Episode {n}",
        description=f"About {n}",
        publication="The Paper",
        source=f"https://example.com/{n}",
        published=published or f"2024-05-{n:02d}T12:00:00Z",
        duration_ms=60_000 + n,
        size=1000 + n,
        mp3=f"episodes/episode-{n}.mp3",
        speakers=(("Jane Doe", "gmw/en+f3"),),
    )
    return dataclasses.replace(episode, **changes)


def test_doctests():
    assert doctest.testmod(narrator.catalog).failed == 0


def test_new_catalog_is_migrated_to_latest_in_wal_mode(tmp_path):
    with Catalog.open(tmp_path):
        pass
    db = sqlite3.connect(tmp_path / CATALOG_FILE)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"episodes", "speaker_voices"} <= tables


def test_existing_empty_database_is_migrated(tmp_path):
    sqlite3.connect(tmp_path / CATALOG_FILE).close()  # an empty file, user_version 0
    with Catalog.open(tmp_path) as catalog:
        assert catalog.episodes() == []
    with Catalog.open(tmp_path) as catalog:  # reopening does not re-run migrations
        assert catalog.episodes() == []


def test_version_1_catalog_keeps_its_episodes_and_gains_transcript_and_chapters(tmp_path):
    db = sqlite3.connect(tmp_path / CATALOG_FILE)
    db.executescript(MIGRATIONS[0])
    db.execute(
        "INSERT INTO episodes VALUES ('g', 's', 'T', 'D', NULL, 'a.txt', '2024-05-01T12:00:00Z', "
        "'2024-05-01T12:00:00.000000Z', 1000, 10, 'episodes/s.mp3', '[]')"
    )
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with Catalog.open(tmp_path) as catalog:
        (old,) = catalog.episodes()
        assert (old.guid, old.mp3, old.transcript, old.chapters) == ("g", "episodes/s.mp3", "", "")
        catalog.add(dataclasses.replace(old, transcript="episodes/s.vtt", chapters="episodes/s.chapters.json"))
    with Catalog.open(tmp_path) as catalog:
        assert catalog.get("g").transcript == "episodes/s.vtt"
        assert catalog.get("g").chapters == "episodes/s.chapters.json"


def test_newer_schema_and_garbage_file_are_clean_errors(tmp_path):
    db = sqlite3.connect(tmp_path / CATALOG_FILE)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(NarratorError, match="newer narrator"):
        Catalog.open(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / CATALOG_FILE).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(NarratorError, match="move it aside"):
        Catalog.open(other)


def test_add_round_trips_and_adding_twice_updates(tmp_path):
    with Catalog.open(tmp_path) as catalog:
        episode = make_episode(1)
        assert catalog.add(episode) is True
        assert catalog.get(episode.guid) == episode
        changed = dataclasses.replace(episode, title="Episode 1 (corrected)", size=4242)
        assert catalog.add(changed) is False
        assert catalog.episodes() == [changed]


def test_episodes_newest_first(tmp_path):
    with Catalog.open(tmp_path) as catalog:
        catalog.add(make_episode(2))
        catalog.add(make_episode(3))
        catalog.add(make_episode(1))
        # Same instant written with another offset sorts by real time, not text.
        catalog.add(make_episode(4, published="2024-05-03T13:00:00+02:00"))  # 11:00Z
        assert [e.guid for e in catalog.episodes()] == [
            "narrator:test-3",
            "narrator:test-4",
            "narrator:test-2",
            "narrator:test-1",
        ]


def test_bad_date_is_rejected(tmp_path):
    with Catalog.open(tmp_path) as catalog:
        with pytest.raises(NarratorError, match="RFC 3339"):
            catalog.add(make_episode(1, published="yesterday"))


def test_get_and_remove_by_guid_or_slug(tmp_path):
    with Catalog.open(tmp_path) as catalog:
        catalog.add(make_episode(1))
        catalog.add(make_episode(2))
        assert catalog.get("episode-2").guid == "narrator:test-2"
        assert catalog.get("nope") is None
        removed = catalog.remove("episode-1")
        assert removed == make_episode(1)
        assert catalog.remove("narrator:test-2").slug == "episode-2"
        assert catalog.remove("narrator:test-2") is None
        assert catalog.episodes() == []


def test_slug_clash_between_articles(tmp_path):
    with Catalog.open(tmp_path) as catalog:
        catalog.add(make_episode(1, slug="same"))
        with pytest.raises(NarratorError, match="free_slug"):
            catalog.add(make_episode(2, slug="same"))
        assert catalog.free_slug("same", "narrator:test-1") == "same"
        assert catalog.free_slug("same", "narrator:test-2") == "same-2"
        catalog.add(make_episode(2, slug="same-2"))
        assert catalog.free_slug("same", "narrator:test-3") == "same-3"
        assert len(catalog.episodes()) == 2


def test_speaker_voice_persists_across_reopen(tmp_path):
    with Catalog.open(tmp_path) as catalog:
        assert catalog.speaker_voice("Jane Doe") is None
        catalog.set_speaker_voice("Jane Doe", "gmw/en+f3")
        catalog.set_speaker_voice("John Roe", "gmw/en+m1")
        catalog.set_speaker_voice("John Roe", "gmw/en+m2")
    with Catalog.open(tmp_path) as catalog:
        assert catalog.speaker_voice("jane  doe") == "gmw/en+f3"
        assert catalog.speaker_voice("John Roe") == "gmw/en+m2"


def test_concurrent_writers_in_threads_all_land(tmp_path):
    Catalog.open(tmp_path).close()
    errors = []

    def writer(start: int) -> None:
        try:
            with Catalog.open(tmp_path) as catalog:
                for n in range(start, start + 20):
                    catalog.add(make_episode(n % 28 + 1, guid=f"g{n}", slug=f"s{n}"))
                    catalog.set_speaker_voice(f"speaker {n}", "v")
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(i * 100,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Catalog.open(tmp_path) as catalog:
        assert len(catalog.episodes()) == 80


def test_concurrent_writers_in_processes_all_land(tmp_path):
    script = (
        "import sys, pathlib\n"
        "from narrator.catalog import Catalog\n"
        "from narrator.models import Episode\n"
        "n = int(sys.argv[2])\n"
        "with Catalog.open(pathlib.Path(sys.argv[1])) as c:\n"
        "    for i in range(30):\n"
        "        c.add(Episode(f'p{n}-{i}', f'p{n}-{i}', 't', 'd', None, 's',\n"
        "                      '2024-01-01T00:00:00Z', 1, 1, 'x.mp3'))\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(tmp_path), str(n)], cwd=ROOT)
        for n in range(3)
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0]
    with Catalog.open(tmp_path) as catalog:
        assert len(catalog.episodes()) == 90


def test_lock_held_too_long_is_a_clean_error(tmp_path, monkeypatch):
    monkeypatch.setattr(narrator.catalog, "BUSY_TIMEOUT_S", 0.2)
    with Catalog.open(tmp_path) as catalog:
        other = sqlite3.connect(tmp_path / CATALOG_FILE, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(NarratorError, match="locked by another narrator"):
            catalog.add(make_episode(1))
        other.execute("ROLLBACK")
        assert catalog.add(make_episode(1)) is True


def test_episode_guid_is_stable_and_discriminating():
    url = episode_guid("https://www.example.com/news/story-1?utm_source=tw", "Old headline")
    assert url == episode_guid("https://www.example.com/news/story-1", "New headline")
    assert url != episode_guid("https://www.example.com/news/story-2", "Old headline")
    assert url.startswith("narrator:")
    text = episode_guid("article.txt", "Storm hits coast", "The Paper")
    assert text == episode_guid("<stdin>", " storm  hits COAST ", "the paper")
    assert text != episode_guid("article.txt", "Storm hits coast", "Other Paper")
    assert text != episode_guid("article.txt", "Storm leaves coast", "The Paper")
    # Pinned: a change here would make every podcast app re-download everything.
    assert text == "narrator:ef91c267-f387-51de-8f9c-bea90699cccd"


@pytest.mark.parametrize("title", ["", "   ", "!!!", "日本語のニュース", "x" * 500, "a-" * 100])
def test_slugify_is_never_empty_and_short(title):
    slug = slugify(title)
    assert slug
    assert len(slug) <= 60
    assert slug == slug.lower()
    assert slug.isascii()
    assert not slug.startswith("-") and not slug.endswith("-")


def test_surname_alone_matches_one_earlier_speaker(tmp_path):
    with Catalog.open(tmp_path) as catalog:
        catalog.set_speaker_voice("Ruth Okoro", "gmw/en+f3")
        catalog.set_speaker_voice("Dev Mistry", "gmw/en-us+m3")
        catalog.set_speaker_voice("Amit Mistry", "gmw/en-029+m1")
        assert catalog.speaker_voice("okoro") == "gmw/en+f3"
        assert catalog.speaker_voice("Mistry") is None  # two people: no guess
        assert catalog.speaker_voice("Jane Okoro") is None  # a full name must match exactly
