import json
import math
import shutil
import struct
import subprocess
import wave
from pathlib import Path

import pytest
from mutagen.id3 import ID3

from narrator import assemble as asm
from narrator.assemble import Part, Tags, assemble, with_pauses
from narrator.errors import NarratorError
from narrator.models import Line, Pauses, Segment, SegmentAudio, Voice

needs_ffmpeg = pytest.mark.skipif(
    not (shutil.which("ffmpeg") and shutil.which("ffprobe")), reason="ffmpeg is not installed"
)
PAUSES = Pauses(title=400, paragraph=300, segment=100)
TAGS = Tags("A headline", "narrator", "Narrated News", "2024-05-01", comment="From example.com")


def tone_wav(path: Path, ms: int, rate: int = 22050, channels: int = 1) -> Path:
    n = ms * rate // 1000
    sample = [int(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(n)]
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(struct.pack(f"<{n * channels}h", *(s for s in sample for _ in range(channels))))
    return path


def segments(tmp_path: Path, spec: list[tuple[int, int]]) -> list[SegmentAudio]:
    """(block, ms) pairs -> SegmentAudio with a tone WAV each."""
    out = []
    for i, (block, ms) in enumerate(spec):
        ln = Line(Segment("narration", f"segment {i}", None, block), Voice("gmw/en"))
        out.append(SegmentAudio(ln, tone_wav(tmp_path / f"s{i}.wav", ms), ms))
    return out


def decoded_rms(mp3: Path, start_ms: int, end_ms: int) -> float:
    pcm = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(mp3), "-f", "s16le", "-ar", "22050", "-ac", "1", "-"],
        capture_output=True, check=True,
    ).stdout
    a, b = start_ms * 22050 // 1000, end_ms * 22050 // 1000
    window = struct.unpack(f"<{b - a}h", pcm[2 * a : 2 * b])
    return math.sqrt(sum(s * s for s in window) / len(window))


def pause_before(audio):
    return [gap for gap, _seg in with_pauses(audio, PAUSES)]


def test_pause_kinds():
    def audio(blocks):
        return [
            SegmentAudio(Line(Segment("narration", "x", None, b), Voice("gmw/en")), Path("x"), 1)
            for b in blocks
        ]

    assert pause_before(audio([0, 1, 1, 2])) == [0, 400, 100, 300]
    assert pause_before(audio([0, 0, 1, 3])) == [0, 100, 400, 300]


@needs_ffmpeg
def test_assemble_joins_with_pauses_and_tags(tmp_path):
    audio = segments(tmp_path, [(0, 500), (1, 700), (1, 300), (2, 600)])
    dest = tmp_path / "out" / "episode.mp3"
    ep = assemble([Part(audio)], PAUSES, TAGS, dest)

    expected = [(0, 500), (900, 1600), (1700, 2000), (2300, 2900)]
    assert [(t.start_ms, t.end_ms) for t in ep.timings] == expected
    assert [t.line for t in ep.timings] == [a.line for a in audio]
    assert ep.duration_ms == 2900
    assert ep.mp3 == dest and ep.size == dest.stat().st_size > 0
    assert sorted(p.name for p in dest.parent.iterdir()) == ["episode.mp3"]

    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration:stream=sample_rate,channels",
         "-of", "json", str(dest)],
        capture_output=True, text=True, check=True,
    )
    info = json.loads(probe.stdout)
    assert abs(float(info["format"]["duration"]) * 1000 - 2900) < 80
    assert info["streams"][0]["sample_rate"] == "44100" and info["streams"][0]["channels"] == 1

    # Silence sits where the pauses are, speech where the timings say.
    assert decoded_rms(dest, 600, 800) < 50  # after the headline
    assert decoded_rms(dest, 2050, 2250) < 50  # between paragraphs
    assert decoded_rms(dest, 1000, 1500) > 2000

    tags = ID3(dest)
    assert tags["TIT2"].text == ["A headline"]
    assert tags["TPE1"].text == ["narrator"]
    assert tags["TALB"].text == ["Narrated News"]
    assert str(tags["TDRC"].text[0]) == "2024-05-01"
    assert tags["TCON"].text == ["Podcast"]
    assert tags.getall("COMM")[0].text == ["From example.com"]


@needs_ffmpeg
def test_other_wav_formats_are_converted(tmp_path):
    audio = segments(tmp_path, [(0, 400)])
    tone_wav(audio[0].wav, 400, rate=44100, channels=2)
    ep = assemble([Part(audio)], PAUSES, TAGS, tmp_path / "e.mp3")
    assert ep.timings[0].end_ms == 400


@needs_ffmpeg
@pytest.mark.parametrize("error", [KeyboardInterrupt, OSError])
def test_failure_leaves_no_temp_file_and_keeps_old_episode(tmp_path, monkeypatch, error):
    audio = segments(tmp_path, [(0, 300), (1, 300)])
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "episode.mp3"
    dest.write_bytes(b"old episode")
    real_read = asm.read_pcm

    def failing_read(path):
        if path == audio[1].wav:
            raise error("boom")
        return real_read(path)

    monkeypatch.setattr(asm, "read_pcm", failing_read)
    with pytest.raises(NarratorError if error is OSError else error):
        assemble([Part(audio)], PAUSES, TAGS, dest)
    assert [p.name for p in out.iterdir()] == ["episode.mp3"]
    assert dest.read_bytes() == b"old episode"


@needs_ffmpeg
def test_ffmpeg_error_is_reported_and_cleaned_up(tmp_path, monkeypatch):
    monkeypatch.setattr(asm, "BITRATE", "not-a-bitrate")
    audio = segments(tmp_path, [(0, 300)])
    out = tmp_path / "out"
    with pytest.raises(NarratorError, match="ffmpeg could not encode"):
        assemble([Part(audio)], PAUSES, TAGS, out / "e.mp3")
    assert list(out.iterdir()) == []


def test_missing_ffmpeg_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(asm.shutil, "which", lambda name: None)
    with pytest.raises(NarratorError, match=r"apt-get install ffmpeg"):
        assemble([Part(segments(tmp_path, [(0, 100)]))], PAUSES, TAGS, tmp_path / "e.mp3")
    assert not (tmp_path / "e.mp3").exists()


@needs_ffmpeg
def test_gain_seam(tmp_path):
    audio = segments(tmp_path, [(0, 600)])
    plain = assemble([Part(audio)], PAUSES, TAGS, tmp_path / "plain.mp3")
    quiet = assemble([Part(audio)], PAUSES, TAGS, tmp_path / "quiet.mp3", gain_db=-12)
    ratio = decoded_rms(quiet.mp3, 100, 500) / decoded_rms(plain.mp3, 100, 500)
    assert 0.2 < ratio < 0.3  # -12 dB is a factor of about 0.25


@needs_ffmpeg
def test_chapters_and_cover_are_written_as_id3_frames(tmp_path):
    from narrator.models import Chapter, Cover

    audio = segments(tmp_path, [(0, 500), (1, 700), (2, 600)])
    cover = Cover(b"\x89PNG\r\n\x1a\nfake", "image/png")
    seen = []

    def chapters(timings, duration_ms):
        seen.append((timings, duration_ms))
        return [Chapter(0, timings[1].start_ms, "Headline"), Chapter(timings[1].start_ms, duration_ms, "Zoë Ng")]

    tags = Tags("T", "A", "Album", "2024", cover=cover)
    ep = assemble([Part(audio)], PAUSES, tags, tmp_path / "e.mp3", chapters=chapters)
    assert seen == [(ep.timings, ep.duration_ms)]
    assert ep.chapters == (Chapter(0, 900, "Headline"), Chapter(900, 2500, "Zoë Ng"))
    id3 = ID3(ep.mp3)
    (toc,) = id3.getall("CTOC")
    assert toc.child_element_ids == ["chp0", "chp1"]
    chap = [id3[f"CHAP:{i}"] for i in toc.child_element_ids]
    assert [(c.start_time, c.end_time, str(c.sub_frames["TIT2"])) for c in chap] == [
        (0, 900, "Headline"), (900, 2500, "Zoë Ng")
    ]
    (apic,) = id3.getall("APIC")
    assert (apic.mime, apic.type, apic.data) == ("image/png", 3, cover.data)
    assert ep.size == ep.mp3.stat().st_size


@needs_ffmpeg
def test_voice_gain_applies_per_voice(tmp_path):
    audio = segments(tmp_path, [(0, 600), (1, 600)])
    other = Voice("other")
    audio[1] = SegmentAudio(Line(audio[1].line.segment, other), audio[1].wav, 600)
    ep = assemble([Part(audio)], PAUSES, TAGS, tmp_path / "e.mp3", voice_gain_db={other: -12})
    ratio = decoded_rms(ep.mp3, 1100, 1500) / decoded_rms(ep.mp3, 100, 500)
    assert 0.2 < ratio < 0.3


def test_more_chapters_than_an_id3_toc_holds(tmp_path):
    from mutagen.id3 import ID3

    from narrator.models import Chapter

    path = tmp_path / "e.mp3"
    path.write_bytes(b"")
    chapters = [Chapter(i * 1000, (i + 1) * 1000, f"Turn {i}") for i in range(600)]
    asm._tag(path, TAGS, chapters)  # a 30,000-word article has hundreds of speaker turns
    id3 = ID3(path)
    chaps = sorted(id3.getall("CHAP"), key=lambda c: c.start_time)
    assert len(chaps) <= 255 and len(id3.getall("CTOC")[0].child_element_ids) == len(chaps)
    assert chaps[0].start_time == 0 and chaps[-1].end_time == 600_000
    assert all(a.end_time == b.start_time for a, b in zip(chaps, chaps[1:]))


def _decode_errors(mp3: Path) -> str:
    return subprocess.run(["ffmpeg", "-v", "error", "-i", str(mp3), "-f", "null", "-"],
                          capture_output=True, text=True).stderr


@needs_ffmpeg
def test_parts_are_encoded_at_once_and_joined_into_one_stream(tmp_path):
    audio = segments(tmp_path, [(0, 500), (1, 700), (1, 300), (2, 600), (3, 800)])
    whole = assemble([Part(audio)], PAUSES, TAGS, tmp_path / "whole.mp3")
    parts = [Part(audio[:3]), Part(audio[3:], after=audio[2].line)]
    ep = asm.assemble(parts, PAUSES, TAGS, tmp_path / "parts.mp3")

    assert [t.line for t in ep.timings] == [a.line for a in audio]
    for one, two in zip(whole.timings, ep.timings):
        # Each part's encoder delay (25 ms), plus the first part's last frame padding at the seam.
        late = 25 if one.line.segment.block < 2 else 25 + 26 + 25
        assert 0 <= two.start_ms - one.start_ms <= late and two.end_ms - two.start_ms == one.end_ms - one.start_ms
    assert _decode_errors(ep.mp3) == ""  # one clean stream: no ID3 or Xing header between the parts
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                            str(ep.mp3)], capture_output=True, text=True, check=True).stdout
    assert abs(float(probe) * 1000 - ep.duration_ms) < 30
    for t in ep.timings:  # the tones are where the timings say, silence between them
        assert decoded_rms(ep.mp3, t.start_ms + 30, t.end_ms - 30) > 2000
    for a, b in zip(ep.timings, ep.timings[1:]):
        assert decoded_rms(ep.mp3, a.end_ms + 30, b.start_ms - 30) < 50
    assert ID3(ep.mp3)["TIT2"].text == ["A headline"]
    assert ep.size == ep.mp3.stat().st_size
    assert sorted(p.name for p in tmp_path.glob("*.mp3*")) == ["parts.mp3", "whole.mp3"]


@needs_ffmpeg
@pytest.mark.parametrize("failing", [1, 4])  # a segment of the first part (this thread), or of the second
@pytest.mark.parametrize("error", [KeyboardInterrupt, OSError])
def test_a_failing_part_stops_the_other_and_leaves_nothing(tmp_path, monkeypatch, failing, error):
    audio = segments(tmp_path, [(0, 300), (1, 300), (1, 300), (2, 300), (2, 300), (3, 300)])
    out = tmp_path / "out"
    out.mkdir()
    real_read = asm.read_pcm

    def failing_read(path):
        if path == audio[failing].wav:
            raise error("boom")
        return real_read(path)

    monkeypatch.setattr(asm, "read_pcm", failing_read)
    parts = [Part(audio[:3]), Part(audio[3:], after=audio[2].line)]
    with pytest.raises(NarratorError if error is OSError else error):
        asm.assemble(parts, PAUSES, TAGS, out / "e.mp3")
    assert list(out.iterdir()) == []
