"""A pasted line and the small text tests every rule shares: its paragraph, a menu, a sentence's end.

The rules that drop a line live in `narrator.rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Line:
    """A pasted line, its paragraph, and why it is dropped (None: read aloud)."""
    text: str
    group: int  # lines between two blank lines share a group
    reason: str | None = None
    role: str = "body"
    pasted: int = -1  # the paragraph as pasted, before a header that lost its blank lines is split (-1: `group`)


_MENU_ITEMS = 5  # a menu: this many short unpunctuated lines in a row in one paragraph


def _menu_item(line: Line) -> bool:
    return len(words(line.text)) <= 3 and not TERMINAL.search(line.text) and not line.text.endswith(":")


def in_menu(lines: list[Line], i: int) -> bool:
    """Line `i` is one item of a menu: at least `_MENU_ITEMS` short unpunctuated lines in a
    row in its paragraph (`World` / `Travel` / `Deals` / `Newsletters` / `Podcasts`), unlike a
    sign-up box's few short lines (`Email address` / `Sign up`) under its long pitch.

    >>> menu = [Line(t, 0) for t in ("Home", "Local", "Sport", "Newsletters", "Obituaries", "Storm closes the bridge")]
    >>> in_menu(menu, 3), in_menu(menu, 5)
    (True, False)
    >>> box = [Line(t, 0) for t in ("Get the Morning Brief in your inbox every weekday.", "Email address", "Sign up")]
    >>> in_menu(box, 2)
    False
    """
    if not _menu_item(lines[i]):
        return False
    lo = i
    while lo and i - lo < _MENU_ITEMS and lines[lo - 1].group == lines[i].group and _menu_item(lines[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(lines) and lines[hi + 1].group == lines[i].group and _menu_item(lines[hi + 1]) \
            and hi - lo < _MENU_ITEMS:
        hi += 1
    return hi - lo + 1 >= _MENU_ITEMS


_MENU_ROW = re.compile(r"(?:[A-Z][\w'’-]*|&)(?: (?:[A-Z][\w'’-]*|&)){4,}")


def menu_row(text: str) -> bool:
    """A site menu pasted on one line: five capitalised items or more, no small word.

    >>> menu_row("News Feature Opinion Culture Sport Podcast Newsletter"), menu_row("Sign up for our Newsletter")
    (True, False)

    Or three links or more between bars or dots: `Subscribe | Log In | e-Edition`.

    >>> menu_row("Subscribe | Log In | e-Edition"), menu_row("Sign up | Get the best of the Courier every morning")
    (True, False)
    """
    parts = re.split(r"\s[|·•]\s", text)
    return bool(_MENU_ROW.fullmatch(text)) or len(parts) >= 3 and all(
        1 <= len(words(p)) <= 3 and not TERMINAL.search(p) for p in parts)


def groups(lines: list[Line]) -> list[list[Line]]:
    """Runs of lines that share a paragraph, in page order.

    >>> [[ln.text for ln in g] for g in groups([Line("a", 0), Line("b", 0), Line("c", 1)])]
    [['a', 'b'], ['c']]
    """
    out: list[list[Line]] = []
    for line in lines:
        if out and out[-1][0].group == line.group:
            out[-1].append(line)
        else:
            out.append([line])
    return out


# a sentence's end, also under a desk editor's initials signing the story off (`... at station booths. /cb`)
TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*(?:\s+/\s?[a-z]{2,4})?$""")
WORD = re.compile(r"[\w’'£$€%-]+")


def words(text: str) -> list[str]:
    """Word tokens, keeping apostrophes and money signs.

    >>> words("Hello, world’s end!")
    ['Hello', 'world’s', 'end']
    """
    return WORD.findall(text)


def is_sentence(text: str, min_words: int = 6) -> bool:
    """A line that reads as running prose: long enough and ends a sentence.

    >>> is_sentence("The council said it would act."), is_sentence("Top stories")
    (True, False)
    >>> is_sentence("Fares will be collected in cash until then. /atm"), is_sentence("Read more at example.org /news")
    (True, False)
    """
    return len(words(text)) >= min_words and bool(TERMINAL.search(text))


def first_prose(lines: list[Line]) -> int:
    """Where the story's prose starts: the first read line that is a sentence of twelve words or
    more (`len(lines)` if none). Rules for boxes set into the story look only below it.

    >>> first_prose([Line("Top stories", 0), Line("The council voted on Monday to close the pool after forty years of use.", 1)])
    1
    """
    return next((i for i, ln in enumerate(lines) if not ln.reason and is_sentence(ln.text, 12)), len(lines))


CROSSHEAD_WORDS = 8  # a crosshead (a heading inside the story) has at most this many words
# the page talking to its reader (`you`, `we`), as a pitch or promo does and a story's sentence seldom does
READER = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|us)\b")


def alone(lines: list[Line], i: int) -> bool:
    """A line with blank lines either side: the only line of its paragraph (paragraphs are runs).

    >>> page = [Line("Top stories", 0), Line("Ferry fares rise", 1), Line("Rail fares fall", 2), Line("Bus fares hold", 2)]
    >>> alone(page, 1), alone(page, 2)
    (True, False)
    """
    group = lines[i].group
    return (i == 0 or lines[i - 1].group != group) and (i + 1 == len(lines) or lines[i + 1].group != group)

