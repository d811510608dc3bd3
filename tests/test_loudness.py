import math
import struct
import wave

import pytest

from narrator import loudness
from narrator.assemble import Part, Tags, assemble
from narrator.loudness import (
    CEILING_DBTP, HEADROOM_DB, TARGET_LUFS, Calibrator, calibrate, grid_levels, measure, measure_file,
)
from narrator.models import Line, Pauses, Segment, SegmentAudio, Voice
from tests.test_assemble import needs_ffmpeg

RATE = 22050
TAGS = Tags("A headline", "narrator", "Narrated News", "2024-05-01")


def sine(ms, dbfs, freq=997):
    amplitude = 32767 * 10 ** (dbfs / 20)
    n = ms * RATE // 1000
    return struct.pack(f"<{n}h", *(round(amplitude * math.sin(2 * math.pi * freq * i / RATE)) for i in range(n)))


def babble(ms: int, amplitude: float, seed: int = 0) -> bytes:
    """Speech-like test signal: a buzz with harmonics under a syllable-rate envelope, peaky like espeak-ng."""
    n = ms * RATE // 1000
    f0 = 120 + 20 * seed
    out = []
    for i in range(n):
        t = i / RATE
        envelope = max(0.0, math.sin(2 * math.pi * (3.7 + 0.3 * seed) * t)) ** 3
        buzz = sum(math.sin(2 * math.pi * f0 * k * t + k) / k for k in range(1, 6)) / 1.6
        out.append(round(max(-1.0, min(1.0, amplitude * envelope * buzz)) * 32767))
    return struct.pack(f"<{n}h", *out)


def write_wav(path, pcm: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm)
    return path


class FakeSpeaker:
    """Speaks each voice as babble at the amplitude its id names ("v0.5" -> 0.5), and counts the work."""

    def __init__(self, tmp_path):
        self.dir = tmp_path / "speech"
        self.spoken = 0
        self.prefetched = 0

    def prefetch(self, lines):
        self.prefetched += len(lines)

    def stream(self, lines):
        for i, line in enumerate(lines):
            self.spoken += 1
            ms = 4000 + 1000 * i
            pcm = babble(ms, float(line.voice.id[1:]), seed=i)
            wav = write_wav(self.dir / f"{line.voice.id}-{line.voice.rate}-{i}.wav", pcm)
            yield SegmentAudio(line, wav, ms)


@needs_ffmpeg
def test_measure_sine_matches_the_standard():
    # EBU R128 / BS.1770: a 997 Hz sine peaking at 0 dBFS in one channel reads -3.01 LUFS.
    level = measure([sine(3000, -20)], RATE)
    assert abs(level.integrated - -23.0) <= 0.2
    assert abs(level.true_peak - -20.0) <= 0.3


@needs_ffmpeg
def test_grid_maps_each_gain_to_its_own_meter():
    # A quiet sine is never limited: every grid step adds exactly its gain.
    levels = grid_levels(sine(3000, -40), RATE)
    assert list(levels) == list(loudness.GRID)
    for gain, lufs in levels.items():
        assert abs(lufs - (-43.0 + gain)) <= 0.2, (gain, lufs)


@needs_ffmpeg
def test_calibration_lands_every_voice_on_target_and_is_cached(tmp_path, monkeypatch):
    speaker = FakeSpeaker(tmp_path)
    loud, quiet = Voice("v0.8"), Voice("v0.2")
    a = calibrate(loud, speaker, tmp_path / "cache", "engine 1")
    b = calibrate(quiet, speaker, tmp_path / "cache", "engine 1")
    for cal in (a, b):  # the passage through the whole chain, MP3 included
        assert abs(cal.integrated - TARGET_LUFS) <= loudness.TOLERANCE
        assert cal.true_peak <= CEILING_DBTP
    assert 11.0 < b.gain_db - a.gain_db < 13.0  # a quarter of the amplitude needs ~12 dB more
    assert a.pcm_gain_db == round(a.gain_db - HEADROOM_DB, 2)

    spoken = speaker.spoken
    monkeypatch.setattr(loudness, "grid_levels", lambda *a: pytest.fail("measured again"))
    assert calibrate(loud, speaker, tmp_path / "cache", "engine 1") == a
    assert speaker.spoken == spoken
    # another engine version, or the same voice at another rate, is a different voice
    with pytest.raises(pytest.fail.Exception):
        calibrate(loud, speaker, tmp_path / "cache", "engine 2")
    with pytest.raises(pytest.fail.Exception):
        calibrate(Voice("v0.8", rate=120), speaker, tmp_path / "cache", "engine 1")


@needs_ffmpeg
def test_calibrated_gains_predict_an_episode_of_other_material(tmp_path):
    """The calibration passage is not the episode: other 'sentences' in the same voices still land on target."""
    speaker = FakeSpeaker(tmp_path)
    voices = [Voice("v0.7"), Voice("v0.25")]
    calibrator = Calibrator(speaker, tmp_path / "cache", "engine 1")
    calibrator.start(voices)
    audio = []
    for i in range(8):
        voice = voices[i % 2]
        pcm = babble(2500 + 300 * i, float(voice.id[1:]), seed=(i * 3) % 5)
        wav = write_wav(tmp_path / "episode" / f"{i}.wav", pcm)
        audio.append(SegmentAudio(Line(Segment("narration", f"s{i}", None, i), voice), wav, 0))
    ep = assemble([Part(audio)], Pauses(1200, 700, 250), TAGS, tmp_path / "e.mp3",
                  gain_db=HEADROOM_DB, voice_gain_db=calibrator.gain, ceiling_db=CEILING_DBTP)
    calibrator.close()
    level = measure_file(ep.mp3)
    assert abs(level.integrated - TARGET_LUFS) <= 1.0
    assert level.true_peak <= CEILING_DBTP


def test_calibrator_calibrates_each_voice_once(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(loudness, "calibrate",
                        lambda voice, *a: calls.append(voice) or loudness.Calibration(5.0, -16.0, -2.0))
    speaker = FakeSpeaker(tmp_path)
    calibrator = Calibrator(speaker, tmp_path / "cache", "engine 1")
    a, b = Voice("v0.5"), Voice("v0.3")
    calibrator.start([a, b, a])
    calibrator.start([b])
    assert calibrator.gain(a) == 5.0 - HEADROOM_DB
    assert calibrator.gain(Voice("v0.9")) == 5.0 - HEADROOM_DB  # one not started yet waits for its own
    calibrator.close()
    assert sorted(v.id for v in calls) == ["v0.3", "v0.5", "v0.9"]
    assert speaker.prefetched == 3 * len(loudness.CALIBRATION)  # passages queued ahead of any episode speech
