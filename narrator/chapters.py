"""Chapters from where each segment sits: the headline, then a chapter per speaker turn.

Every paragraph belongs to the first person quoted in it, or to the
narrator.  A chapter starts where the owner changes.  Short stretches of
narration between two speakers (an attribution, a line of context) join the
next speaker's chapter as its lead-in, so an episode gets a handful of
chapters, one per voice listeners might want to jump to.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from narrator.models import Chapter, Timing
from narrator.transcript import NARRATOR, speaker_name

CHAPTERS_VERSION = "1.2.0"  # Podcasting 2.0 JSON chapters format
MIN_NARRATION_MS = 20_000  # shorter narration between speakers joins the next chapter
INTRO = "Introduction"


def episode_chapters(timings: Sequence[Timing], duration_ms: int) -> tuple[Chapter, ...]:
    """The chapters of an episode; the first starts at 0 and is titled with the headline."""
    if not timings:
        return ()
    turns = _turns(timings)
    headline = " ".join(t.line.segment.text for t in timings if t.line.segment.block == 0)
    turns[0] = (0, headline.strip() or INTRO)
    turns = _fold_short_narration(turns, duration_ms)
    ends = [start for start, _ in turns[1:]] + [duration_ms]
    return tuple(Chapter(start, max(end, start), title) for (start, title), end in zip(turns, ends))


def chapters_json(chapters: Sequence[Chapter]) -> str:
    """The Podcasting 2.0 chapters file (application/json+chapters).

    >>> print(chapters_json([Chapter(0, 1500, "Intro"), Chapter(1500, 9000, "Ann Lee")]), end="")
    {
      "version": "1.2.0",
      "chapters": [
        {
          "startTime": 0,
          "title": "Intro"
        },
        {
          "startTime": 1.5,
          "title": "Ann Lee"
        }
      ]
    }
    """
    items = [{"startTime": _seconds(c.start_ms), "title": c.title} for c in chapters]
    return json.dumps({"version": CHAPTERS_VERSION, "chapters": items}, ensure_ascii=False, indent=2) + "\n"


def _turns(timings: Sequence[Timing]) -> list[tuple[int, str]]:
    """(start ms, owner) each time the owner of a paragraph changes."""
    owners: dict[int, str] = {}
    starts: dict[int, int] = {}
    for t in timings:
        block = t.line.segment.block
        starts.setdefault(block, t.start_ms)
        if t.line.segment.kind == "quote" and owners.get(block, NARRATOR) == NARRATOR:
            owners[block] = speaker_name(t.line)
        owners.setdefault(block, NARRATOR)
    turns: list[tuple[int, str]] = []
    for block in sorted(starts, key=starts.__getitem__):
        if not turns or turns[-1][1] != owners[block]:
            turns.append((starts[block], owners[block]))
    return turns


def _fold_short_narration(turns: list[tuple[int, str]], duration_ms: int) -> list[tuple[int, str]]:
    ends = [start for start, _ in turns[1:]] + [duration_ms]
    kept: list[tuple[int, str]] = [turns[0]]
    lead_in: int | None = None  # start of short narration waiting for the next speaker
    for (start, title), end in zip(turns[1:], ends[1:]):
        if title == NARRATOR and end - start < MIN_NARRATION_MS:
            lead_in = start if lead_in is None else lead_in
            continue
        begin = start if lead_in is None else lead_in
        lead_in = None
        if kept[-1][1] == title:
            continue  # the same voice again after a short aside
        kept.append((begin, title))
    return kept  # short narration at the very end stays in the last chapter


def _seconds(ms: int) -> float | int:
    return ms // 1000 if ms % 1000 == 0 else ms / 1000
