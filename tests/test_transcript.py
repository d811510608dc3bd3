import re

from narrator import transcript
from narrator.models import Line, Segment, Timing, Voice
from narrator.transcript import webvtt

CUE_TIME = re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})$")


def timing(start, end, text, speaker=None, block=1):
    kind = "narration" if speaker is None else "quote"
    return Timing(start, end, Line(Segment(kind, text, speaker, block), Voice("gmw/en")))


def ms(h, m, s, f):
    return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(f)


def parse_vtt(text):
    """(start, end, voice, text) of every cue, checking the WebVTT layout on the way."""
    assert text.startswith("WEBVTT\n\n")
    cues = []
    for block in text.split("\n\n")[1:]:
        if not block.strip():
            continue
        number, times, payload = block.strip("\n").split("\n")
        assert number.isdigit()
        m = CUE_TIME.match(times)
        assert m, times
        voice = re.match(r"^<v ([^>]+)>(.*)$", payload)
        assert voice, payload
        cues.append((ms(*m.groups()[:4]), ms(*m.groups()[4:]), voice[1], voice[2]))
    return cues


TIMINGS = [
    timing(0, 3000, "Islanders vow to fight", block=0),
    timing(4200, 9000, "Board chairman Geoffrey Tremayne said the crossing lost money. "
           "It also needs a new engine that would cost a further million pounds.", block=1),
    timing(9700, 12000, "Nobody wants to be the person who ends the ferry,", "Geoffrey Tremayne", 2),
    timing(12250, 13000, "he said.", block=2),
    timing(13250, 14000, "Unattributed <words> & more", "", 3),
]


def test_vtt_is_valid_monotonic_and_voice_tagged():
    cues = parse_vtt(webvtt(TIMINGS))
    assert [c[2] for c in cues] == ["Narrator", "Narrator", "Narrator", "Geoffrey Tremayne", "Narrator", "Speaker"]
    previous_end = 0
    for start, end, _, _ in cues:
        assert previous_end <= start < end
        previous_end = end
    assert cues[0][:2] == (0, 3000) and cues[-1][:2] == (13250, 14000)
    # the long narration became two cues that exactly cover the segment
    assert cues[1][0] == 4200 and cues[2][1] == 9000 and cues[1][1] == cues[2][0]
    assert cues[1][3] == "Board chairman Geoffrey Tremayne said the crossing lost money."
    assert cues[-1][3] == "Unattributed &lt;words&gt; &amp; more"


def test_hour_long_timestamps_and_odd_speaker_names():
    vtt = webvtt([timing(3_725_001, 3_726_000, "Late", "A --> B>C\nD")])
    assert "01:02:05.001 --> 01:02:06.000" in vtt
    assert "<v A  BC D>Late" not in vtt and "<v A BC D>Late" in vtt


def test_short_segments_are_not_split():
    text = "The first sentence is long enough alone. And so is the second one, if only just so."
    assert len(transcript.split_cue(0, 900, text)) == 1
    assert len(transcript.split_cue(0, 5000, text)) == 2
