import math
import struct

from narrator import loudness
from narrator.assemble import read_pcm
from narrator.loudness import Level, measure, plan_gains, voice_levels
from narrator.models import Line, Segment, SegmentAudio, Voice
from tests.test_assemble import needs_ffmpeg, tone_wav

RATE = 22050


def sine(ms, dbfs, freq=997):
    amplitude = 32767 * 10 ** (dbfs / 20)
    n = ms * RATE // 1000
    return struct.pack(f"<{n}h", *(round(amplitude * math.sin(2 * math.pi * freq * i / RATE)) for i in range(n)))


@needs_ffmpeg
def test_measure_sine_matches_the_standard():
    # EBU R128 / BS.1770: a 997 Hz sine peaking at 0 dBFS in one channel reads -3.01 LUFS.
    level = measure([sine(3000, -20)], RATE)
    assert abs(level.integrated - -23.0) <= 0.2
    assert abs(level.true_peak - -20.0) <= 0.3


@needs_ffmpeg
def test_voice_levels_are_measured_once_and_cached(tmp_path, monkeypatch):
    loud, quiet = Voice("loud"), Voice("quiet")
    audio = []
    for i, (voice, amp) in enumerate([(loud, 16000), (quiet, 4000), (loud, 16000)]):
        wav = tone_wav(tmp_path / f"{i}.wav", 1500)
        raw = sine(1500, 20 * math.log10(amp / 32767))
        wav.write_bytes(wav.read_bytes()[:44] + raw)
        audio.append(SegmentAudio(Line(Segment("narration", "x", None, 1), voice), wav, 1500))
    levels = voice_levels(audio, read_pcm, RATE, tmp_path / "cache")
    assert 11.5 < levels[loud].integrated - levels[quiet].integrated < 12.5  # 4x amplitude: 12 dB
    monkeypatch.setattr(loudness, "measure", lambda *a: (_ for _ in ()).throw(AssertionError("re-measured")))
    assert voice_levels(audio, read_pcm, RATE, tmp_path / "cache") == levels
    gains = plan_gains(levels, -16.0)
    assert gains.voices[quiet] == 0.0 and abs(gains.voices[loud] - -12.0) < 0.6
    assert abs(levels[quiet].integrated + gains.overall - -16.0) < 0.01


def test_nothing_measurable_means_no_gain():
    assert plan_gains({Voice("a"): Level(-float("inf"), -float("inf"))}).overall == 0.0
