"""Headline shape, byline shape, and the headline found right above the article header.

A page sets its headline, then a standfirst, then the header (a byline, a publish time,
a reading time, a share row, the lead picture) and then the story. The finder anchors on
the header's first sure sign and walks up over header material to the block of read
lines above it; the block's top line is the headline. Lines above the headline (a
breadcrumb, a badge, a section label, a teaser) end the block instead of joining it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from narrator.lines import READER, TERMINAL, Line, alone, first_prose, in_menu, is_sentence, menu_row, words
from narrator.rules.stamps import _READ_TIME
from narrator.outlet import _SMALL_WORDS
from narrator.people import VERB, without_handle


_MENU_WORDS = 7  # a Title Case row this long without a small word or punctuation is a menu
_LINK_WORDS = {"with", "after", "as", "by", "from", "over", "into", "is", "are", "was", "be", "new", "not"}


def is_headline(text: str, alone: bool = False) -> bool:
    """Five words or more; or three or four in sentence case standing alone,
    which a menu item (`Local News`, `Women’s FA Cup`) does not.

    >>> is_headline("Bridge reopens early", alone=True), is_headline("Rugby Union World Cup", alone=True)
    (True, False)
    >>> is_headline("Bridge reopens early"), is_headline("Germany World Business Science Environment Culture Sports")
    (False, False)
    >>> is_headline("Apple Unveils Cheaper Phone Model Today"), is_headline("Council Votes To Close Baths After Storm")
    (True, True)
    >>> is_headline("By Demelza Hosking, Community Reporter"), is_headline("Exam dates out · Pay offer: unions respond · SEND review")
    (False, False)
    """
    toks = [t for t in words(text) if re.search(r"[^\W\d_]", t)]
    if len(toks) < 3 or text.endswith(":") or _BY.match(text) or _BULLET.match(text) or not _one_headline(text, toks):
        return False
    if len(toks) >= _MENU_WORDS and text == " ".join(toks) and all(t[0].isupper() for t in toks) and \
            not any(t.lower() in _SMALL_WORDS or t.lower() in _LINK_WORDS for t in toks):
        return False  # a menu row of single words: `Germany World Business Science Environment Culture Sports`
    if len(toks) >= 5:
        return True
    return alone and not TERMINAL.search(text) and toks[0][0].isupper() and any(
        t[0].islower() and t.lower() not in _SMALL_WORDS for t in toks[1:])


_MAX_WORDS = 60  # tabloid headlines run to 40 words and more
_GLUED = re.compile(r"[a-z][A-Z]")  # `SentinelEnglish EditionE-PaperSign In`: a menu pasted without spaces
_ITEMS = re.compile(r"\s[·•|▸»]\s")  # `Exam dates out · Pay offer: unions respond · ...`: a ticker's items


def _one_headline(text: str, toks: list[str]) -> bool:
    """Not several lines run together: a headline is at most `_MAX_WORDS` words, has no run of
    glued words (one `iPhone` or `McDonald` is a name) and no list of items set apart by dots or bars.

    >>> _one_headline("McDonald’s opens on YouTube’s street", ["McDonald’s", "opens", "on", "YouTube’s", "street"])
    True
    >>> _one_headline("The SentinelEnglish EditionE-PaperSign InSubscribe", ["The", "SentinelEnglish", "EditionE-PaperSign"])
    False
    >>> _one_headline("Culture · Long read", ["Culture", "Long", "read"])
    False
    """
    parts = _ITEMS.split(text)
    if len(parts) >= 2 and all(len(words(part)) <= 3 for part in parts):
        return False  # a section label: `Culture · Long read`, `News | Local`
    return len(toks) <= _MAX_WORDS and len(_GLUED.findall(text)) < 3 and len(_ITEMS.findall(text)) < 2


# `By Ann Lee`, `Written by Ann Lee`, `By the Harbour Council press team`, `Author: Ann Lee`, `WKRV | By Ann Lee`,
# `Plains Bureau / By Ann Lee`, and `ByAnn Lee` as some pages paste it; a wire service's `(By Ann Lee and Tom Harker)`
_BY = re.compile(r"^(?:[^|/]{1,30}\s[|/]\s*)?\(?(?:(?:(?:Written|Words|Story|Reporting|Text|[Rr]eport) )?[Bb]y\s*:?\s*(?:the\s+)?[A-Z]|"
                 r"(?:Author|Reporter|Writer|Words|Byline)s?\s*:\s*[A-Z])")
# `Ann Lee and Tom Harker`, `Ann Lee, Tom Harker & Jo Bell`: names of one to three words each
_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}"
# `Ann Lee in London and Tom Harker in Shanghai`: each name with the bureau it files from
_NAME_LIST = re.compile(rf"^{_NAME}(?: in {_NAME})?(?:(?:,| and| &) {_NAME}(?: in {_NAME})?)+$")


def is_byline(text: str) -> bool:
    """`By Name`, a bare name, `Name at Place`, or `Outlet News, Place`. A live blog's
    `(now)` / `(earlier)` beside each name is set aside.

    >>> is_byline("By Tom Harker, Political Reporter"), is_byline("Chloe Barnard")
    (True, True)
    >>> is_byline("Ruth Calloway (now) and Owen Brannigan (earlier)"), is_byline("By the Harbour Council press team")
    (True, True)
    >>> is_byline("Motorists say they are paying the price")
    False
    >>> is_byline("(By Ann Lee and Tom Harker)"), is_byline("(Reporting by Jo Bell)"), is_byline("(By comparison, rents fell.)")
    (True, True, False)
    >>> is_byline('Jonas "sprinkles" Meyer'), is_byline('Ann “Bear” Lee'), is_byline('Ann "won the final"')
    (True, True, False)
    """
    if _BY.match(text):
        return True
    text = re.sub(r"\s*\([a-z ]{1,20}\)", "", text)
    text = without_handle(text)  # a player's handle between the names: `Jonas "sprinkles" Meyer`
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
_HEADER_SPAN = 20  # lines from the header's first sure sign up to the headline
_STANDFIRST = 5  # a standfirst may be a few bullet points
_RUN = 4  # a story's first sentence has another within this many read lines: a site banner has none
_LOOKAHEAD = 4  # lines below the story's first prose a header sign may still sit
_BLOCK_LINES = 8  # headline and standfirst lines at most
_MENU_SPAN = 4  # a paragraph of this many lines or more around a line above the headline: the site's menu, no headline
_GAP = 3  # dropped lines (gallery buttons) may sit between the headline and its standfirst

# a publish time names a day, a month or how long ago; a bare figure (`FTSE 100 8,412.30`) does not
_DATED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
                    r"\b(?:ago|published|updated|posted)\b", re.I)


def outlet_lines(lines: list[Line], publication: str) -> None:
    """The outlet's name alone on a line below the headline is a photo's credit, an author card's
    employer or a box's label, never story; under a byline's name still read, it is the byline's own
    affiliation, read with it. Above the story, the sentence it credits is the picture's caption.

    >>> page = [Line(t, i) for i, t in enumerate(("Bridge to close", "Ann Lee", "The Harbour Post",
    ...         "A dredger works on the bridge on Monday.", "HARBOUR POST", "The bridge will shut in May for a year of repairs, "
    ...         "the council said.", "Its last paragraph, which ends the story here.", "Harbour Post"))]
    >>> outlet_lines(page, "The Harbour Post")
    >>> [ln.text for ln in page if ln.reason]
    ['A dredger works on the bridge on Monday.', 'HARBOUR POST', 'Harbour Post']
    >>> page[1].reason = "furniture"  # an author card's name, already dropped
    >>> outlet_lines(page, "The Harbour Post"); page[2].reason
    'masthead'
    """
    name = publication.casefold().removeprefix("the ")
    story = first_prose(lines[1:]) + 1
    for k, line in enumerate(lines[1:], 1):
        if not line.reason and line.text.casefold().strip(" .").removeprefix("the ") == name and \
                not (line.role == "byline" or not lines[k - 1].reason and is_byline(lines[k - 1].text)):
            line.reason = "masthead"
            above = lines[k - 1]
            if k - 1 <= story and not above.reason and above.role != "title" and TERMINAL.search(above.text) and \
                    len(words(above.text)) <= 40 and not re.search("[\"“”]", above.text) and not VERB.search(above.text):
                above.reason = "caption"  # the picture's caption, which the outlet's name credits


# the story reporting what the outlet found or was told, never the outlet selling itself
_REPORTING = re.compile(r"\b(?:said|says|told|tells|according|reported|reports|revealed|found|asked|contacted|reached|obtained|"
                        r"learned|learnt|understands|approached|spoke|speaking|interview\w*|wrote|published|investigation|"
                        r"analysis|reporting|request|review\w*|confirmed|shows?|showed|seen by|sent to|in a statement)\b", re.I)
# the page telling its reader what to do
_IMPERATIVE = re.compile(r"^(?:Keep|Track|Follow|Join|Get|Sign|Subscribe|Support|Download|Read|Listen|Watch|Try|Start|Become|"
                         r"Give|Donate|Help|Stay|Visit|Discover|Explore|Find|See|Check|Tap|Click|Share|Send|Email|Contact|"
                         r"Like|Tell|Let|Add|Enjoy|Unlock|Don't|Never)\b")


def outlet_promos(lines: list[Line], publication: str) -> None:
    """Inside or after the story, a line naming the outlet that talks to the reader (`you`,
    `we`) or tells them what to do, and reports nothing, is the outlet selling itself:
    `Keep reading with a free trial of The Harbour Post`, `Track the storm with Harbour Post
    Radar`, `The Post explains the news for free, because we believe ...`. Across every
    annotated page, no line of a story has this shape.

    >>> page = [Line(t, i) for i, t in enumerate(("Bridge to close", "The bridge will shut in May for a year of repairs, the council said.",
    ...         "Keep reading with a free 7-day trial of The Harbour Post.", "The mayor told the Harbour Post you cannot rush it.",
    ...         "Harbour Post Radar shows the storm's path. Open the live map", "Join the Harbour Post team: we are hiring."))]
    >>> outlet_promos(page, "The Harbour Post"); [ln.reason for ln in page]
    [None, None, 'promo', None, None, 'promo']
    """
    name = re.escape(re.sub(r"^(?:The|THE) ", "", publication))
    if len(name) <= 3:
        return
    pattern = re.compile(rf"(?<![\w-]){name}(?![\w-])", re.I)
    for line in lines[1 + first_prose(lines[1:]):]:
        text = line.text
        if line.reason or len(words(text)) > 40 or not pattern.search(text) or \
                re.search("[\"“”]", text) or _REPORTING.search(text) or line.role == "byline" or is_byline(text):
            continue
        if READER.search(text) or _IMPERATIVE.match(text):
            line.reason = "promo"


def strong(line: Line, reason: str | None) -> bool:
    """A sure sign of the article header: a `By` / `Author:` line, a dated publish time, a reading time.

    >>> strong(Line("Author: Ann Lee", 0), None), strong(Line("Published: 14 October 2025", 0), "dateline-timestamp")
    (True, True)
    >>> strong(Line("03:42", 0), "dateline-timestamp"), strong(Line("Bypass reopens", 0), None)
    (False, False)
    >>> strong(Line("March", 0), "dateline-timestamp")  # a breadcrumb's archive month
    False
    """
    return bool(_BY.match(line.text) or _READ_TIME.search(line.text) or
                reason == "dateline-timestamp" and _DATED.search(line.text) and len(words(line.text)) >= 2)




def _names(lines: Sequence[Line], i: int) -> bool:
    """A byline in the header: `By ...`, `Author: ...`, `Ann Lee and Tom Harker`, or a
    name that is not headline-shaped (a Title Case headline is as capitalised as a name)."""
    text = lines[i].text
    return bool(_BY.match(text) or _NAME_LIST.match(text) and len(words(text)) <= 13) or \
        is_byline(text) and not is_headline(text, alone(lines, i))


_WIDGET_LINES = 4
_WIDGET_WORDS = 14  # a clip's or a slide's title; a glued header's headline or standfirst runs longer


def _widget(lines: Sequence[Line], own: Sequence[str | None], i: int) -> bool:
    """A line in a paragraph of four or more lines, half of them dropped by line rules: a
    video player's or a gallery's box (`Now playing` / a clip's title / `01:48` / `Up next`)."""
    group = [j for j in range(max(0, i - 12), min(len(lines), i + 13)) if lines[j].group == lines[i].group]
    return len(group) >= _WIDGET_LINES and not is_sentence(lines[i].text) and len(words(lines[i].text)) <= _WIDGET_WORDS and \
        2 * sum(bool(own[j]) for j in group) >= len(group) and \
        any(own[j] for j in group if j > i)  # not the last read line of a menu block: a headline pasted with it


_BULLET = re.compile(r"^[•●▪◦‣*–-]\s")


def _summary(lines: Sequence[Line], i: int) -> bool:
    """A summary box under the headline: a bullet point, or the label heading a paragraph
    of them (`Key points` / `• Nitrate readings ...`)."""
    if _BULLET.match(lines[i].text):
        return True
    rest = [ln for ln in lines[i + 1:i + 9] if ln.group == lines[i].group]
    return len(words(lines[i].text)) <= 4 and len(rest) >= 2 and all(_BULLET.match(ln.text) for ln in rest)


def _together(lines: Sequence[Line], i: int, j: int) -> bool:
    """Two lines set as one paragraph, or each a paragraph of its own where a page was pasted
    without blank lines (`Ann Lee` / `Health reporter`, one line after another).

    >>> _together([Line("Ann Lee", 0), Line("Health reporter", 0)], 0, 1), _together([Line("Ann Lee", 0), Line("Health reporter", 1)], 0, 1)
    (True, True)
    >>> _together([Line("Ann Lee", 0), Line("Health reporter", 1), Line("More news", 1)], 0, 1)
    False
    """
    return lines[i].group == lines[j].group or alone(lines, i) and alone(lines, j)


# a card's closing button: `LEARN MORE`, `Find out more ›`
_CLOSE_BUTTON = re.compile(r"^(?:read|learn|find out|see|discover) more\W{0,3}$", re.I)


def _ad_card(lines: Sequence[Line], own: Sequence[str | None], i: int) -> bool:
    """An advert card set into the header: one line of pitch over a closing button
    (`Before it's here, it's on the Terminal` / `LEARN MORE`), `i` being the button.

    >>> card = [Line("Before it's here, it's on the Terminal", 0), Line("LEARN MORE", 1), Line("By Ann Lee", 2)]
    >>> _ad_card(card, [None] * 3, 1), _ad_card(card, [None] * 3, 2)
    (True, False)
    """
    return i > 0 and bool(_CLOSE_BUTTON.match(lines[i].text)) and not own[i - 1] and not _BY.match(lines[i - 1].text)


def _field_value(lines: Sequence[Line], own: Sequence[str | None], i: int) -> bool:
    """The value under a bare label of the header's fields, and the label: `From:` / `Department
    for Transport`, as a government page sets its publisher. A sentence is the story's own.

    >>> page = [Line("From:", 0), Line("Department for Coastal Communities", 1), Line("Published", 2)]
    >>> _field_value(page, ["label", None, None], 1), _field_value(page, [None, None, None], 1)
    (True, False)
    """
    return i > 0 and own[i - 1] == "label" and lines[i - 1].text.endswith(":") and not is_sentence(lines[i].text)


def _header_lines(lines: Sequence[Line], own: Sequence[str | None], i: int) -> int:
    """How many lines ending at `i` are header material, read upwards: a line a rule dropped
    (a picture's caption, a match box) other than for a menu beside it, a byline, or a byline's role line (`Ann Lee` / `Health
    reporter`). 0: the line is not header material."""
    line = lines[i]
    if _ad_card(lines, own, i) or _field_value(lines, own, i):
        return 2
    if own[i] or line.reason not in (None, *SOFT) or strong(line, own[i]) or _names(lines, i) or \
            _widget(lines, own, i) or _summary(lines, i):
        return 1
    if i and _together(lines, i - 1, i) and _names(lines, i - 1) and len(words(lines[i - 1].text)) >= 2 and \
            len(words(line.text)) <= 6 and \
            not TERMINAL.search(line.text) and not is_headline(line.text, False):
        return 2
    return 0


def _shaped(lines: Sequence[Line], i: int) -> bool:
    """Headline-shaped, judged as if alone: right above the header a short line is no menu
    item, and a paste without blank lines sets the headline in a paragraph with others.
    A Title Case line with no small word right above a `By` line is a headline, not a menu row.

    >>> head = [Line("Smart Thermostat Maker Can't Escape Data Sharing Lawsuit", 0), Line("By Ann Lee", 1)]
    >>> _shaped(head, 0), _shaped(head[:1] + [Line("Share", 1)], 0)
    (True, False)
    >>> _shaped([Line("GET THE E-PAPER — Read today's paper on any device. Sign up now »", 0)], 0)
    False
    """
    if _LINK_MARK.search(lines[i].text):
        return False  # `Sign up for our e-paper now »`: a link, never the headline
    return is_headline(lines[i].text, True) or i + 1 < len(lines) and bool(_BY.match(lines[i + 1].text)) and \
        len(words(lines[i].text)) >= 5 and is_headline(lines[i].text + " of", True)


_LINK_MARK = re.compile(r"[»›→]\s*$")


def _open(lines: Sequence[Line], own: Sequence[str | None], i: int) -> bool:
    """Read, or dropped only for a menu or button beside it (`SOFT`); a lone tagged
    headline (`teaser`) may still be the one. A sign-up box's pitch never is."""
    line = lines[i]
    if any(lines[j].group == line.group and lines[j].reason == "newsletter" and not in_menu(lines, j)
           for j in range(max(0, i - 2), min(len(lines), i + 3))):
        return False  # next to a sign-up button; a menu's `Subscribe` far up the block or a `Newsletters` link says nothing
    return own[i] is None and line.reason in (None, *SOFT) or line.reason == "teaser" and alone(lines, i)


# an upper-case ticker label: `BREAKING:`, `JUST IN:`, `LATEST ▸`; `Watch:` in a headline stays
_TICKER = re.compile(r"^(?:BREAKING(?: NEWS)?|JUST IN|DEVELOPING(?: STORY)?|LIVE|WATCH|LISTEN|UPDATE|ALERT|"
                     r"NEWS ALERT|LATEST)\s?[:▸»›|]\s+\S")


def headline_above(lines: Sequence[Line], own: Sequence[str | None], anchor: int, start: int) -> list[int] | None:
    """The headline and standfirst lines right above the header that `anchor` belongs to:
    walk up over header material, then take the block of read lines directly above - a
    headline and at most `_STANDFIRST` lines under it. A dropped line, or one neither
    headline- nor sentence-shaped (a section label, `Watch live`), ends the block. The
    headline is the block's top line; None if that is a full-stop sentence (the headline is
    missing) or the block is empty."""
    i = anchor - 1
    while i >= max(start, anchor - _HEADER_SPAN) and (n := _header_lines(lines, own, i)):
        i -= n
    if i - 1 >= start and _open(lines, own, i) and len(words(lines[i].text)) <= 3 and not TERMINAL.search(lines[i].text) and \
            anchor - i <= 2 and _open(lines, own, i - 1) and _shaped(lines, i - 1) and not _full_stop(lines[i - 1].text):
        i -= 1  # a topic label between the headline and the byline: `... with Korean yards` / `Gas exports` / `By ...`
    block: list[int] = []
    # a standfirst of a few lines set as one paragraph counts once (`The Duchess, 41, spoke ...` / `She told ...`)
    while i >= start and len({lines[j].group for j in block}) <= _STANDFIRST and len(block) <= _BLOCK_LINES:
        if _open(lines, own, i) and (_shaped(lines, i) or is_sentence(lines[i].text)):
            if block and alone(lines, block[0]) and not alone(lines, i) and i > start and \
                    lines[i - 1].group == lines[i].group and _open(lines, own, i - 1) and _shaped(lines, i - 1):
                break  # a headline set apart from a list of teasers above it (`LOVE VILLA LATEST` / three teasers)
            block.insert(0, i)
            i -= 1
            continue
        # between a headline and its standfirst: one unshaped line (a result line, `Rovers 2-1 Town`),
        # a few lines a block rule dropped (a gallery's `Prev` / `Next`) or the picture's caption and credit
        j = i - 1 if _open(lines, own, i) and len(words(lines[i].text)) > 2 else i  # not a section label
        while j >= start and i - j < _GAP and own[j] in (None, "social", "caption", "credit") and not _open(lines, own, j):
            j -= 1
        if not block or j == i or j < start or not (_open(lines, own, j) and _shaped(lines, j)) or _gap_closes(lines, block, j):
            break
        i = j
    if len(block) >= 3 and _TICKER.match(lines[block[0]].text) and _shaped(lines, block[1]) and \
            not lines[block[1]].text.endswith("."):
        block = block[1:]  # a ticker over the headline and its standfirst: `BREAKING: Sitting suspended`
    while len(block) >= 2 and _full_stop(lines[block[0]].text) and not _full_stop(lines[block[1]].text) and \
            own[block[0] - 1] is not None and \
            (READER.search(lines[block[0]].text) or len(words(lines[block[0]].text)) > _STOPPED_HEADLINE_WORDS):
        # a promo's sentence under a dropped label (`Agent advertisement`), over the headline; a headline
        # of two short sentences (`Council punts again. Here's who blinked.`) is shorter and talks to no one
        block = block[1:]
    if not block or _full_stop(lines[block[0]].text) and not (
            len(block) >= 2 and len(words(lines[block[0]].text)) <= _STOPPED_HEADLINE_WORDS and
            not _full_stop(lines[block[1]].text)):
        return None  # a sentence over the header is the story's; a short one over an unstopped standfirst is a headline
    return block


def _gap_closes(lines: Sequence[Line], block: list[int], j: int) -> bool:
    """No jump over the dropped lines above `block` to line `j`: the block already holds a
    headline and its standfirst, or it is a headline set apart under the site's menu (its
    paragraph of four lines or more, or pasted flat, one long menu row) and its buttons."""
    top = block[0]
    if len({lines[b].group for b in block}) > 1 and _shaped(lines, top) and not is_sentence(lines[top].text):
        return True
    return alone(lines, top) and lines[j].group != lines[top].group and (
        sum(ln.group == lines[j].group for ln in lines[max(0, j - _MENU_SPAN):j + _MENU_SPAN]) >= _MENU_SPAN or
        menu_row(lines[j].text) and len(words(lines[j].text)) >= _MENU_SPAN * 2)


_STOPPED_HEADLINE_WORDS = 12


def _full_stop(text: str) -> bool:
    return is_sentence(text) and text.endswith(".")


def story_start(lines: Sequence[Line], own: Sequence[str | None], start: int) -> int:
    """Where the story has begun: the first of two long prose paragraphs in a row that no
    line rule dropped, or any sentence no rule dropped at all with more prose right after it.

    >>> story_start([Line("Top stories", 0), Line("The council voted on Monday to close the baths after ninety years.", 1),
    ...              Line("Swimmers said they had been given no chance to save the building.", 2)], [None] * 3, 0)
    1
    """
    prose = [j for j in range(start, len(lines)) if own[j] is None]
    for a, b in zip(prose, prose[1:]):
        k = prose.index(a)
        run = b == a + 1 or any(is_sentence(lines[c].text) for c in prose[k + 1:k + 1 + _RUN])
        if not lines[a].reason and is_sentence(lines[a].text) and run or \
                is_sentence(lines[a].text, 12) and is_sentence(lines[b].text, 12):
            return a
    return prose[-1] if prose else len(lines)


def _between_stamp_and_byline(lines: Sequence[Line], own: Sequence[str | None], at: int) -> bool:
    """A page that sets the publish time over the headline and the byline under it: the headline
    sits between them, and whatever is above the time is a results box or a menu.

    >>> page = [Line("Volcanoes won by 48 runs", 0), Line("Posted Saturday 2nd November 2024 | Media", 0),
    ...         Line("Joseph's maiden hundred powers Volcanoes into the semi-finals", 0), Line("By Ann Lee", 1)]
    >>> _between_stamp_and_byline(page, [None, "dateline-timestamp", None, None], 1)
    True
    """
    return at + 2 < len(lines) and own[at] == "dateline-timestamp" and _open(lines, own, at + 1) and \
        _shaped(lines, at + 1) and not _full_stop(lines[at + 1].text) and bool(_BY.match(lines[at + 2].text))


def anchored_headline(lines: Sequence[Line], own: Sequence[str | None], start: int) -> tuple[int, list[int]] | None:
    """The headline by the page's structure, and its standfirst lines: found above the
    first sure sign of an article header before the story or just inside it (`strong`) that has one right
    above it, else above the story's first prose paragraph. `own` holds each line's reason
    from the line rules alone. None: no headline sits above a header."""
    end = story_start(lines, own, start)
    # a header sign just below the would-be story start wins: a question headline over a
    # standfirst reads as two prose lines, and a sign-up box's blurb is one sentence above
    # its headline; the story proper is two long sentences in a row
    sure = next((a for a, b in zip(range(end, len(lines)), range(end + 1, len(lines))) if own[a] is None and
                 is_sentence(lines[a].text, 12) and is_sentence(lines[b].text, 12)), end)
    # counted in lines no line rule dropped, so that normalising the kept text again reaches as far
    after = [j for j in range(end + 1, len(lines)) if own[j] is None and lines[j].reason is None]
    near = after[_LOOKAHEAD - 1] if len(after) >= _LOOKAHEAD else len(lines)
    reach = min(len(lines), max(near, sure))
    for anchor in [i for i in range(start, reach) if strong(lines[i], own[i])] + [end]:
        if _between_stamp_and_byline(lines, own, anchor):
            return anchor + 1, []  # `Posted Saturday 2 November 2024` / the headline / `By Ann Lee`
        if block := headline_above(lines, own, anchor, start):
            return block[0], block[1:]
    return None
