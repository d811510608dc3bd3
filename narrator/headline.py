"""Headline shape, byline shape, and the headline found by the article header below it.

A page shows its headline right above the article header (a standfirst, a byline,
a publish time, a share row, the lead picture's caption) and then the story. That
structure holds where the lines themselves do not help: a cookie heading, a ticker
item or a teaser can be as headline-shaped as the headline, and a paste without
blank lines sets the headline in one paragraph with the menu above it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from narrator.lines import _READ_TIME, TERMINAL, Line, is_sentence, words
from narrator.outlet import _SMALL_WORDS


def is_headline(text: str, alone: bool = False) -> bool:
    """Five words or more; or three or four in sentence case standing alone,
    which a menu item (`Local News`, `Women’s FA Cup`) does not.

    >>> is_headline("Bridge reopens early", alone=True), is_headline("Rugby Union World Cup", alone=True)
    (True, False)
    >>> is_headline("Bridge reopens early")
    False
    """
    toks = [t for t in words(text) if re.search(r"[^\W\d_]", t)]
    if len(toks) < 3 or text.endswith(":"):
        return False
    if len(toks) >= 5:
        return True
    return alone and not TERMINAL.search(text) and toks[0][0].isupper() and any(
        t[0].islower() and t.lower() not in _SMALL_WORDS for t in toks[1:])


# `By Ann Lee`, `Written by Ann Lee`, `By the Harbour Council press team`
_BY = re.compile(r"^(?:(?:Written|Words|Story|Reporting) )?[Bb]y\s+(?:the\s+)?[A-Z]")


def is_byline(text: str) -> bool:
    """`By Name`, a bare name, `Name at Place`, or `Outlet News, Place`. A live blog's
    `(now)` / `(earlier)` beside each name is set aside.

    >>> is_byline("By Tom Harker, Political Reporter"), is_byline("Chloe Barnard")
    (True, True)
    >>> is_byline("Ruth Calloway (now) and Owen Brannigan (earlier)"), is_byline("By the Harbour Council press team")
    (True, True)
    >>> is_byline("Motorists say they are paying the price")
    False
    """
    if _BY.match(text):
        return True
    text = re.sub(r"\s*\([a-z ]{1,20}\)", "", text)
    toks = words(text)
    if not 1 <= len(toks) <= 7 or TERMINAL.search(text):
        return False
    small = {"at", "in", "and", "of", "for", "the", "&"}
    first = words(text.split(",")[0])
    if "," in text and 2 <= len(first) <= 3 and all(t[0].isupper() for t in first):
        return True  # `Name Surname, environment correspondent`
    return all(t[0].isupper() or t in small for t in toks) and toks[0][0].isupper()


# reasons a block rule spreads from a button or menu beside a line, not the line's own
SOFT = ("social", "navigation", "advert", "promo")
_PICTURE = ("caption", "credit")
_HEADER_SPAN = 20  # lines from headline to the header's publish time or the story
_STANDFIRST = 3  # a standfirst may be a few bullet points
_GAP = 3  # dropped lines (gallery buttons) may sit between the headline and its standfirst
_NAMES = 3  # bare names in a header; more are a menu (`News` / `Sport` / `World`)


# a publish time names a day, a month or how long ago; a bare figure (`FTSE 100 8,412.30`) does not
_DATED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
                    r"\b(?:ago|published|updated|posted)\b", re.I)


def _strong(line: Line, reason: str | None) -> bool:
    """A sure sign of the article header: a `By` line, a publish time, a reading time."""
    return bool(_BY.match(line.text) or _READ_TIME.search(line.text) or
                reason == "dateline-timestamp" and _DATED.search(line.text))


def header_anchored(lines: Sequence[Line], own: Sequence[str | None], i: int) -> list[int] | None:
    """The standfirst lines under the line at `i` if an article header follows it: up to
    three lines of standfirst (a few dropped lines may come between, unless a block rule
    dropped the line at `i`), then only header material (dropped lines, bylines and the
    byline's role line) up to a strong sign (`_strong`) or the first prose paragraph.
    `own` holds each line's reason from the line rules alone. None when no header follows."""
    standfirst: list[int] = []
    names, role = 0, False
    gap = _GAP if not lines[i].reason else 1  # a line let through against a block rule needs its standfirst right under it
    for j in range(i + 1, min(len(lines), i + 1 + _HEADER_SPAN)):
        line, reason = lines[j], own[j]
        if _strong(line, reason):
            return standfirst
        if reason is None and line.reason not in _PICTURE and (
                is_sentence(line.text, 12) or is_sentence(line.text) and any(is_sentence(lines[k].text) for k in standfirst)):
            return standfirst  # the story starts: a long sentence, or a second one under the headline
        if reason is None and line.reason in (None, *SOFT) and not is_byline(line.text) and \
                len(standfirst) < _STANDFIRST and j - (standfirst[-1] if standfirst else i) <= gap:
            standfirst.append(j)
        elif line.reason:
            continue
        elif is_byline(line.text) and names < _NAMES:
            names += 1
        elif names and not role and line.group == lines[j - 1].group and is_byline(lines[j - 1].text):
            role = True  # `Priya Nandakumar` / `Entertainment reporter`
        else:
            return None
    return None


def story_start(lines: Sequence[Line], own: Sequence[str | None], start: int) -> int:
    """Where the story has begun: the first of two long prose paragraphs in a row that no
    line rule dropped, or any sentence no rule dropped at all.

    >>> story_start([Line("Top stories", 0), Line("The council voted on Monday to close the baths after ninety years.", 1),
    ...              Line("Swimmers said they had been given no chance to save the building.", 2)], [None] * 3, 0)
    1
    """
    prose = [j for j in range(start, len(lines)) if own[j] is None]
    for a, b in zip(prose, prose[1:]):
        if not lines[a].reason and is_sentence(lines[a].text) or \
                is_sentence(lines[a].text, 12) and is_sentence(lines[b].text, 12):
            return a
    return prose[-1] if prose else len(lines)


def _alone(lines: Sequence[Line], i: int) -> bool:
    return sum(ln.group == lines[i].group for ln in lines) == 1


def _candidate(lines: Sequence[Line], own: Sequence[str | None], i: int) -> bool:
    """Headline-shaped, not prose, and dropped by nothing but a reason spread from a menu
    or button beside it (`SOFT`); a lone tagged headline (`teaser`) may still be the one."""
    line, alone = lines[i], _alone(lines, i)
    teaser = line.reason == "teaser" and alone
    if (own[i] or line.reason not in (None, *SOFT)) and not teaser:
        return False
    if any(ln.group == line.group and ln.reason == "newsletter" for ln in lines):
        return False  # a sign-up box's pitch
    return is_headline(line.text, alone) and not (is_sentence(line.text) and line.text.endswith("."))


def anchored_headline(lines: Sequence[Line], own: Sequence[str | None], start: int,
                      first: int | None) -> tuple[int, list[int]] | None:
    """The headline by the page's structure: the first headline-shaped line from `start`
    with an article header under it, and its standfirst lines. `first` is the first
    headline-shaped line no rule dropped; when it too has a header under it, it wins over
    an earlier line that only header evidence let through, unless it is that line's
    standfirst (a live blog's headline beside its `Live` badge). None: no header found."""
    end = story_start(lines, own, start)
    for i in range(start, end):
        if not _candidate(lines, own, i) or (standfirst := header_anchored(lines, own, i)) is None:
            continue
        if first is not None and i < first < end and first not in standfirst and _candidate(lines, own, first) and \
                (own_first := header_anchored(lines, own, first)) is not None:
            return first, own_first
        return i, standfirst
    return None
