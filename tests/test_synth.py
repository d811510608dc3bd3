import array
import sys
import wave
from concurrent.futures import Future
from pathlib import Path

import pytest

from narrator import speaker, synth
from narrator.errors import NarratorError
from narrator.models import Line, Segment, Voice

LONG = "This first sentence is long enough to take well over one second of speech to say aloud."


def line(text: str, voice: Voice = Voice("gmw/en"), block: int = 1) -> Line:
    return Line(Segment("narration", text, None, block), voice)


def write_wav(path: Path, ms: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(b"\x01\x00" * (ms * 22050 // 1000))


@pytest.fixture
def fake_engine(monkeypatch):
    """Replace the worker processes: renders at once, records what it is asked to render."""
    rendered: list[str] = []

    def submit(pool, ln, path):
        rendered.append(ln.segment.text)
        write_wav(path, 100 * len(ln.segment.text.split()))
        future = Future()
        future.set_result(None)
        return future, True

    monkeypatch.setattr(synth, "engine_tag", lambda: "fake 1.0")
    monkeypatch.setattr(synth.SpeechPool, "_submit", submit)
    return rendered


def test_cache_key_is_stable_and_covers_every_setting():
    voice = Voice("gmw/en", rate=175, pitch=50)
    key = synth.cache_key(voice, "Hello.", "pyttsx3-espeak-ng 1.51")
    assert key == synth.cache_key(Voice("gmw/en", rate=175, pitch=50), "Hello.", "pyttsx3-espeak-ng 1.51")
    assert len(key) == 64
    others = {
        synth.cache_key(Voice("gmw/en-us"), "Hello.", "pyttsx3-espeak-ng 1.51"),
        synth.cache_key(Voice("gmw/en", rate=150), "Hello.", "pyttsx3-espeak-ng 1.51"),
        synth.cache_key(Voice("gmw/en", pitch=60), "Hello.", "pyttsx3-espeak-ng 1.51"),
        synth.cache_key(voice, "Hello!", "pyttsx3-espeak-ng 1.51"),
        synth.cache_key(voice, "Hello.", "pyttsx3-espeak-ng 1.52"),
    }
    assert key not in others and len(others) == 5
    assert synth.cache_path(Path("/c"), key) == Path("/c") / key[:2] / f"{key}.wav"


def test_cache_hit_skips_engine(tmp_path, fake_engine):
    lines = [line("One two three."), line("Four five.", Voice("gmw/en+f3")), line("One two three.")]
    first = synth.synthesise(lines, tmp_path)
    assert fake_engine == ["One two three.", "Four five."]  # duplicates rendered once
    assert [a.line for a in first] == lines
    assert [a.duration_ms for a in first] == [300, 200, 300]
    assert first[0].wav == first[2].wav

    again = synth.synthesise(lines + [line("Six.")], tmp_path)
    assert fake_engine == ["One two three.", "Four five.", "Six."]
    assert [a.wav for a in again[:3]] == [a.wav for a in first]


def test_corrupt_cache_entry_is_rendered_again(tmp_path, fake_engine):
    [audio] = synth.synthesise([line("Hello there.")], tmp_path)
    audio.wav.write_bytes(b"junk")
    synth.synthesise([line("Hello there.")], tmp_path)
    assert fake_engine == ["Hello there.", "Hello there."]


def test_blank_text_never_reaches_engine(tmp_path, fake_engine):
    with pytest.raises(ValueError, match="no text"):
        synth.synthesise([line("Fine."), line("  \n")], tmp_path)
    assert fake_engine == []


def test_missing_espeak_says_how_to_install(monkeypatch):
    synth.engine_tag.cache_clear()
    monkeypatch.setitem(sys.modules, "pyttsx3.drivers._espeak", None)  # import fails
    try:
        with pytest.raises(NarratorError, match=r"apt-get install espeak-ng"):
            synth.engine_tag()
    finally:
        synth.engine_tag.cache_clear()


def test_check_rejects_missing_and_implausible_audio():
    assert speaker.check(b"", "Hello.", 175) == "no audio written"
    twenty = " ".join(["word"] * 20)
    assert "for 20 words" in speaker.check(bytes(2 * 22050 // 20), twenty, 175)  # 50 ms
    assert speaker.check(bytes(2 * 22050 * 7), twenty, 175) == ""


# -- the real engine -----------------------------------------------------------


@pytest.fixture
def espeak():
    pytest.importorskip("pyttsx3")
    try:
        synth.engine_tag()
    except NarratorError:
        pytest.skip("espeak-ng is not installed")


def frames(path: Path) -> bytes:
    with wave.open(str(path), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22050)
        return w.readframes(w.getnframes())


@pytest.mark.e2e
def test_long_first_segment_still_produces_audio(tmp_path, espeak):
    [audio] = synth.synthesise([line(LONG)], tmp_path, workers=1)
    assert audio.duration_ms > 2000
    assert len(frames(audio.wav)) > 2 * 22050 * 2  # > 2 s of 16-bit samples
    assert not list(tmp_path.rglob("*.part"))


@pytest.mark.e2e
def test_two_voices_sound_different_and_chatter_stays_off_stdout(tmp_path, espeak, capfd):
    lines = [line("Good morning."), line("Good morning.", Voice("gmw/en-us+f3", pitch=80))]
    a, b = synth.synthesise(lines, tmp_path, workers=2)
    assert a.wav != b.wav
    assert frames(a.wav) != frames(b.wav)
    out, err = capfd.readouterr()
    assert "Audio saved" not in out + err


@pytest.mark.e2e
def test_unknown_voice_is_an_error(tmp_path, espeak):
    with pytest.raises(NarratorError, match="narrator voices"):
        synth.synthesise([line("Hello.", Voice("xx/nope"))], tmp_path, workers=1)
    with pytest.raises(NarratorError, match="narrator voices"):
        synth.synthesise([line("Hello.", Voice("gmw/en+nope"))], tmp_path, workers=1)


@pytest.mark.e2e
def test_engine_lists_voices_and_variants(espeak):
    voices = dict(synth.engine_voices())
    assert "gmw/en" in voices
    variants = synth.engine_variants()
    assert {"f3", "m3", "klatt"} <= set(variants)


def test_trim_tail_keeps_a_short_tail_of_the_end_pause():
    speech = array.array("h", [1000, -1000] * 500).tobytes()
    silence = bytes(2 * 22050)  # 1 s of end pause
    trimmed = speaker.trim_tail(speech + silence)
    assert len(trimmed) == len(speech) + 2 * (speaker.KEEP_TAIL_MS * 22050 // 1000)
    assert speaker.trim_tail(speech) == speech
    assert speaker.trim_tail(b"") == b""


def test_trim_tail_finds_the_last_loud_sample_across_blocks():
    quiet = array.array("h", [10, -10] * 700)
    for last in (0, 1, 255, 256, 257, 1000):
        samples = array.array("h", [5000] * (last + 1)) + quiet
        trimmed = speaker.trim_tail(samples.tobytes())
        assert len(trimmed) // 2 == min(len(samples), last + 1 + speaker.KEEP_TAIL_MS * 22050 // 1000)
    assert speaker.trim_tail(quiet.tobytes()) == quiet.tobytes()[: 2 * (speaker.KEEP_TAIL_MS * 22050 // 1000)]
