"""A WebVTT transcript of an episode, from where each segment sits in the audio.

No speech recognition: the cue text is the script's own text and the times
come from assembly.  A segment of several sentences is split into one cue per
sentence (short ones joined), with times shared out by character count, which
is close enough for a synthetic voice that speaks at an even rate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from narrator.models import Line, Timing

NARRATOR = "Narrator"
UNKNOWN_SPEAKER = "Speaker"
MIN_CUE_CHARS = 40  # shorter sentences join the next one
MIN_CUE_MS = 600  # never make a cue shorter than this by splitting

# Space after a sentence end, itself perhaps followed by a closing quote or bracket.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)]))\s+")


def speaker_name(line: Line) -> str:
    """Who speaks a line, as listeners should read it."""
    if line.segment.kind == "narration":
        return NARRATOR
    return (line.segment.speaker or "").strip() or UNKNOWN_SPEAKER


def webvtt(timings: Sequence[Timing]) -> str:
    """The transcript as a WebVTT document, one voice-tagged cue per sentence or so.

    >>> from narrator.models import Segment, Voice
    >>> t = Timing(0, 2500, Line(Segment("quote", "Hello <you>. Bye & go.", "Ann", 1), Voice("v")))
    >>> print(webvtt([t]))
    WEBVTT
    <BLANKLINE>
    1
    00:00:00.000 --> 00:00:02.500
    <v Ann>Hello &lt;you&gt;. Bye &amp; go.
    <BLANKLINE>
    """
    out = ["WEBVTT", ""]
    number = 0
    for timing in timings:
        voice = _voice_annotation(speaker_name(timing.line))
        for start, end, text in split_cue(timing.start_ms, timing.end_ms, timing.line.segment.text):
            number += 1
            out += [str(number), f"{_stamp(start)} --> {_stamp(end)}", f"<v {voice}>{_escape(text)}", ""]
    return "\n".join(out)


def split_cue(start_ms: int, end_ms: int, text: str) -> list[tuple[int, int, str]]:
    """Cut one segment into sentence cues with proportional times.

    >>> split_cue(0, 1000, "One short. Two short.")
    [(0, 1000, 'One short. Two short.')]
    >>> for cue in split_cue(1000, 3000, "The first sentence is long enough alone. "
    ...                      "And so is the second one, if only just so."):
    ...     print(cue)
    (1000, 1975, 'The first sentence is long enough alone.')
    (1975, 3000, 'And so is the second one, if only just so.')
    """
    text = " ".join(text.split())
    pieces = _sentences(text)
    duration = end_ms - start_ms
    if len(pieces) < 2 or duration < MIN_CUE_MS * len(pieces):
        return [(start_ms, end_ms, text)]
    total = sum(len(p) for p in pieces)
    cues, done = [], 0
    for piece in pieces:
        begin = start_ms + duration * done // total
        done += len(piece)
        cues.append((begin, start_ms + duration * done // total, piece))
    return cues


def _sentences(text: str) -> list[str]:
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if pieces and len(pieces[-1]) < MIN_CUE_CHARS:
            pieces[-1] = f"{pieces[-1]} {sentence}"
        else:
            pieces.append(sentence)
    if len(pieces) > 1 and len(pieces[-1]) < MIN_CUE_CHARS:
        last = pieces.pop()
        pieces[-1] = f"{pieces[-1]} {last}"
    return [p for p in pieces if p]


def _stamp(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _voice_annotation(name: str) -> str:
    # A voice annotation ends at ">" and may not hold a line break or "-->".
    return " ".join(name.replace("-->", "").replace(">", "").split()) or UNKNOWN_SPEAKER
