"""The whole media chain with the real engine: loudness, transcript, chapters, cover, feed."""

import io
import json
import re
import subprocess

import podcastparser
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3, BitrateMode
from PIL import Image

from narrator.cast import load_cast
from narrator.loudness import measure
from narrator.models import RawArticle
from narrator.pipeline import add_articles
from tests.conftest import needs_engine
from tests.test_cli import SHORT
from tests.test_transcript import parse_vtt

pytestmark = [needs_engine, pytest.mark.e2e]


@pytest.fixture(scope="module")
def podcast(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pod")
    (added,) = add_articles([RawArticle(SHORT, "baths.txt")], folder, load_cast())
    return folder, added.episode


def ebur128(path):
    err = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128=peak=true", "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    ).stderr
    summary = err[err.rfind("Summary:"):]
    integrated = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary)[1])
    peak = float(re.search(r"Peak:\s+(-?[\d.]+) dBFS", summary)[1])
    return integrated, peak


def test_loudness_after_encoding_and_mp3_format(podcast):
    folder, episode = podcast
    mp3 = folder / episode.mp3
    integrated, true_peak = ebur128(mp3)
    print(f"episode: {integrated} LUFS, true peak {true_peak} dBTP")
    assert -17.0 <= integrated <= -15.0
    assert true_peak <= -1.0
    info = MP3(mp3).info
    assert (info.sample_rate, info.channels, info.bitrate_mode) == (44100, 1, BitrateMode.CBR)


def test_voices_within_one_lu_of_each_other(podcast):
    folder, episode = podcast
    pcm = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(folder / episode.mp3), "-f", "s16le", "-ac", "1", "-ar", "44100", "-"],
        capture_output=True, check=True,
    ).stdout
    cues = parse_vtt((folder / episode.transcript).read_text(encoding="utf-8"))
    by_voice = {}
    for start, end, voice, _ in cues:
        by_voice.setdefault(voice, []).append(pcm[start * 44100 // 1000 * 2 : end * 44100 // 1000 * 2])
    levels = {voice: measure(chunks, 44100).integrated for voice, chunks in by_voice.items()}
    print(levels)
    assert len(levels) == 3  # the narrator and two quoted speakers
    assert max(levels.values()) - min(levels.values()) <= 1.0


def test_transcript_and_chapters_files_match_the_mp3(podcast):
    folder, episode = podcast
    assert episode.transcript == episode.mp3.removesuffix(".mp3") + ".vtt"
    cues = parse_vtt((folder / episode.transcript).read_text(encoding="utf-8"))
    voices = {voice for _, _, voice, _ in cues}
    assert {"Narrator", "Ruth Okoro"} <= voices and len(voices) == 3
    assert cues[-1][1] <= episode.duration_ms
    chapters = json.loads((folder / episode.chapters).read_text(encoding="utf-8"))
    assert chapters["version"] == "1.2.0"
    assert chapters["chapters"][0]["startTime"] == 0
    assert [c["title"] for c in chapters["chapters"]][0] == episode.title  # the headline chapter
    id3 = ID3(folder / episode.mp3)
    (toc,) = id3.getall("CTOC")
    chaps = {c.element_id: c for c in id3.getall("CHAP")}
    in_order = [chaps[i] for i in toc.child_element_ids]
    assert [(c.start_time / 1000, str(c.sub_frames["TIT2"])) for c in in_order] == [
        (ch["startTime"], ch["title"]) for ch in chapters["chapters"]
    ]
    assert in_order[-1].end_time == episode.duration_ms
    assert all(a.end_time == b.start_time for a, b in zip(in_order, in_order[1:]))


def test_cover_drawn_embedded_and_in_feed(podcast):
    folder, episode = podcast
    cover = (folder / "cover.png").read_bytes()
    with Image.open(io.BytesIO(cover)) as image:
        assert image.size == (1400, 1400)
    (apic,) = ID3(folder / episode.mp3).getall("APIC")
    assert (apic.mime, apic.type, apic.data) == ("image/png", 3, cover)
    with open(folder / "feed.xml", "rb") as fh:
        parsed = podcastparser.parse("http://localhost:8000/feed.xml", fh)
    assert parsed["cover_url"] == "http://localhost:8000/cover.png"
    (item,) = parsed["episodes"]
    assert item["transcript_url"] == "http://localhost:8000/" + episode.transcript
    assert item["chapters_json_url"] == "http://localhost:8000/" + episode.chapters


def test_feed_duration_and_length_match_the_encoded_file(podcast):
    import feedparser

    folder, episode = podcast
    mp3 = folder / episode.mp3
    probed = float(subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(mp3)],
        capture_output=True, text=True, check=True).stdout)
    feed = feedparser.parse(str(folder / "feed.xml"))
    assert feed.bozo == 0
    (entry,) = feed.entries
    assert abs(int(entry.itunes_duration) - probed) <= 1.0
    assert int(entry.enclosures[0].length) == mp3.stat().st_size
