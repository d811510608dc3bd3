"""Real episodes land at -16 LUFS with true peaks under -1 dBTP and voices matched, measured after encoding."""

import subprocess
import sys
from pathlib import Path

import pytest

from narrator.cast import load_cast
from narrator.loudness import measure
from narrator.models import RawArticle
from narrator.pipeline import add_articles
from tests.conftest import needs_engine
from tests.test_cli import SHORT
from tests.test_media_e2e import ebur128
from tests.test_transcript import parse_vtt

pytestmark = [needs_engine, pytest.mark.e2e]
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from articles import article  # noqa: E402


@pytest.fixture(scope="module")
def episodes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pod")
    raws = [
        RawArticle(SHORT, "baths.txt"),
        RawArticle((ROOT / "samples" / "harbour-ferry.txt").read_text(encoding="utf-8"), "harbour-ferry.txt"),
        RawArticle(article(2500, seed=7), "long.txt"),
    ]
    return folder, [a.episode for a in add_articles(raws, folder, load_cast())]


@pytest.mark.parametrize("which", [0, 1, 2], ids=["short", "sample", "long"])
def test_episode_level_after_encoding(episodes, which):
    folder, eps = episodes
    mp3 = folder / eps[which].mp3
    integrated, true_peak = ebur128(mp3)
    voices = voice_levels(mp3, folder / eps[which].transcript)
    print(f"{eps[which].title[:30]}: {integrated} LUFS, {true_peak} dBTP, voices {voices}")
    assert -17.0 <= integrated <= -15.0
    assert true_peak <= -1.0
    assert len(voices) >= 2
    assert max(voices.values()) - min(voices.values()) <= 1.0


def voice_levels(mp3, vtt):
    pcm = subprocess.run(["ffmpeg", "-v", "error", "-i", str(mp3), "-f", "s16le", "-ac", "1", "-ar", "44100", "-"],
                         capture_output=True, check=True).stdout
    by_voice = {}
    for start, end, voice, _ in parse_vtt(vtt.read_text(encoding="utf-8")):
        by_voice.setdefault(voice, []).append(pcm[start * 44100 // 1000 * 2 : end * 44100 // 1000 * 2])
    # a speaker with under ~3 s of speech is too short for the gated integrated measure
    return {v: measure(chunks, 44100).integrated for v, chunks in by_voice.items()
            if sum(map(len, chunks)) > 3 * 44100 * 2}
