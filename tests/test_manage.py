"""`narrator list`, `remove` and `feed` on a podcast folder made of fake MP3s."""

import feedparser
import pytest
from click.testing import CliRunner

from narrator.catalog import Catalog
from narrator.cli import cli
from tests.conftest import make_podcast


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def podcast(tmp_path):
    folder = tmp_path / "pod"
    return folder, make_podcast(folder, sizes=(10_000, 20_000, 30_000))


def test_list_newest_first(runner, podcast):
    folder, episodes = podcast
    result = runner.invoke(cli, ["list", "--out", str(folder)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines == [
        "2024-05-03     3:03  Story number 2  story-2-0a1b2c3d",
        "2024-05-02     2:02  Story number 1  story-1-0a1b2c3d",
        "2024-05-01     1:01  Story number 0  story-0-0a1b2c3d",
    ]


def test_list_empty_and_missing_folder(runner, tmp_path):
    with Catalog.open(tmp_path / "empty"):
        pass
    result = runner.invoke(cli, ["list", "--out", str(tmp_path / "empty")])
    assert result.exit_code == 0 and "no episodes in" in result.output
    result = runner.invoke(cli, ["list", "--out", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    assert "has no podcast yet" in result.output and "narrator add" in result.output
    assert not (tmp_path / "nothing").exists()  # listing does not create a podcast


def test_remove_by_slug_deletes_files_and_feed_entry(runner, podcast):
    folder, episodes = podcast
    episodes_dir = folder / "episodes"
    sidecars = [episodes_dir / "story-1-0a1b2c3d.vtt", episodes_dir / "story-1-0a1b2c3d.chapters.json"]
    for path in sidecars:
        path.write_text("x")
    (episodes_dir / "story-1-0a1b2c3d-other.mp3").write_bytes(b"not a sidecar")
    result = runner.invoke(cli, ["remove", "story-1-0a1b2c3d", "--out", str(folder)])
    assert result.exit_code == 0, result.output
    assert "removed: Story number 1" in result.output
    assert not (folder / episodes[1].mp3).exists() and not any(p.exists() for p in sidecars)
    assert (episodes_dir / "story-1-0a1b2c3d-other.mp3").exists()
    assert (folder / episodes[0].mp3).exists() and (folder / episodes[2].mp3).exists()
    parsed = feedparser.parse(str(folder / "feed.xml"))
    assert parsed.bozo == 0
    assert [e.id for e in parsed.entries] == [episodes[2].guid, episodes[0].guid]
    with Catalog.open(folder) as catalog:
        assert catalog.get(episodes[1].guid) is None


def test_remove_by_guid(runner, podcast):
    folder, episodes = podcast
    result = runner.invoke(cli, ["remove", episodes[0].guid, "--out", str(folder)])
    assert result.exit_code == 0, result.output
    assert not (folder / episodes[0].mp3).exists()
    assert len(feedparser.parse(str(folder / "feed.xml")).entries) == 2


def test_remove_unknown_episode_is_a_clear_error(runner, podcast):
    folder, episodes = podcast
    before = (folder / "feed.xml").read_bytes()
    result = runner.invoke(cli, ["remove", "no-such-story", "--out", str(folder)])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: no episode 'no-such-story' in {folder}; `narrator list --out {folder}` shows the slugs"
    )
    assert (folder / "feed.xml").read_bytes() == before
    assert all((folder / e.mp3).exists() for e in episodes)


def test_feed_rebuilds_feed_xml(runner, podcast):
    folder, episodes = podcast
    (folder / "feed.xml").unlink()
    result = runner.invoke(cli, ["feed", "--out", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"feed: {folder / 'feed.xml'}"
    parsed = feedparser.parse(str(folder / "feed.xml"))
    assert parsed.bozo == 0 and len(parsed.entries) == 3


def test_feed_without_a_podcast_is_an_error(runner, tmp_path):
    result = runner.invoke(cli, ["feed", "--out", str(tmp_path / "nothing")])
    assert result.exit_code == 1 and "has no podcast yet" in result.output
