"""Copies of lines the page prints twice: a browser tab's title, a headline cut short or split, a pull quote,
a sentence or pitch repeated; the line is read once."""

from __future__ import annotations

import re

from narrator.lines import CROSSHEAD_WORDS, TERMINAL, Line, alone, is_sentence, words
from narrator.outlet import _SMALL_WORDS, site_banner, tab_title


def twin_lines(lines: list[Line]) -> bool:
    """The same line twice in a row (dropped lines between aside) is a caption
    printed beside its alt text. True if it dropped any."""
    # A stack, so that what remains never holds a twin: normalising again changes nothing.
    stack: list[Line] = []
    dropped = False
    for line in lines:
        if line.reason:
            continue
        if stack and stack[-1].text == line.text and len(words(line.text)) >= 2:
            stack.pop().reason = line.reason = "caption"
            dropped = True
        else:
            stack.append(line)
    return dropped


_CUT = re.compile(r"\s*(?:…|\.{3})$")
_CUT_REACH = 10  # lines either side where the whole line is printed


def cut_twins(lines: list[Line]) -> None:
    """A line cut short with an ellipsis whose start is a longer line printed near it is that
    line's copy in a breadcrumb, sticky bar or share card (`Home` / `News` / `Council to close
    baths after…` over `Council to close baths after 90 years`): the whole line is read once.

    >>> page = [Line(t, 0) for t in ("News", "Bridge to shut for a year as repairs…", "By Ann Lee",
    ...                              "Bridge to shut for a year as repairs begin", "The bridge will close in May.")]
    >>> cut_twins(page); [ln.reason for ln in page]
    [None, 'cut-twin', None, None, None]
    >>> page = [Line(t, 0) for t in ("Storm Ciara's winds reach 90mph as ferries halt...",
    ...                              "Ferries halt as Storm Ciara's winds reach 90mph in the Channel...")]
    >>> cut_twins(page); [ln.reason for ln in page]  # two lines trailing off, neither the other's start
    [None, None]
    """
    for i, line in enumerate(lines):
        if line.reason or not _CUT.search(line.text):
            continue
        stem = _CUT.sub("", line.text)
        if len(words(stem)) >= 3 and any(o is not line and len(o.text) > len(stem) + 3 and o.text.startswith(stem)
                                         for o in lines[max(0, i - _CUT_REACH):i + _CUT_REACH + 1]):
            line.reason = "cut-twin"


_FRAME = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_FRAME_WORDS = 8  # words a tab title or label adds to the headline it frames


def framed_twins(lines: list[Line]) -> None:
    """A line that is a nearby line word for word with a short addition set off by a bar or
    dash is that line's copy in a browser tab's title or a labelled card (`Bridge to shut for
    a year | Town, ST Gazette`, `Exclusive | Bridge to shut for a year`, `Bridge to shut for a
    year - Gazette`): the line itself is read once, the framed copy never.

    >>> page = [Line(t, 0) for t in ("Local News", "Bridge to shut for a year | Elmford, OH Gazette",
    ...                              "Bridge to shut for a year", "The bridge will close in May.")]
    >>> framed_twins(page); [ln.reason for ln in page]
    [None, 'tab-title', None, None]
    >>> page = [Line(t, 0) for t in ("Premium | Rents climb for a ninth month in the capital", "Become a member",
    ...                              "Rents climb for a ninth month in the capital")]
    >>> framed_twins(page); [ln.reason for ln in page]
    ['tab-title', None, None]
    >>> page = [Line(t, 0) for t in ("Rents climb for a ninth month", "Rents climb for a ninth month - and tenants are leaving")]
    >>> framed_twins(page); [ln.reason for ln in page]  # the longer line says more than a label: both are read
    [None, None]
    >>> page = [Line(t, 0) for t in ("Shoppers at a market in Lima.", "Shoppers at a market in Lima. | AFP / ANA RUIZ")]
    >>> framed_twins(page); [ln.reason for ln in page]  # a picture's alt text and its caption: the caption rules' pair
    [None, None]
    """
    for i, line in enumerate(lines):
        if line.reason or TERMINAL.search(line.text):
            continue
        near = {o.text for o in lines[max(0, i - _CUT_REACH):i + _CUT_REACH + 1] if o is not line and not o.reason}
        for m in _FRAME.finditer(line.text):
            head, tail = line.text[:m.start()], line.text[m.end():]
            if any(len(words(core)) >= 3 and core in near and not TERMINAL.search(core) and
                   len(words(extra)) <= _FRAME_WORDS and _is_label(extra)
                   for core, extra in ((head, tail), (tail, head))):
                line.reason = "tab-title"
                break


_LABEL_WORDS = 8  # a share widget's or player's label before the headline it repeats


def title_copies(lines: list[Line], title_at: int) -> None:
    """Below the headline, a line that is a short label and then the headline word for word is the
    headline's copy in a share widget or a player (`Share this article: Bridge to shut`, `Sharing
    options for: Bridge to shut`, `Email | Bridge to shut`): the headline has been read already.

    >>> page = [Line(t, i) for i, t in enumerate(("Bridge to shut for a year", "Share this story: Bridge to shut for a year",
    ...         "Email options for Bridge to shut for a year", "WATCH | Bridge to shut for a year", "It shuts in May."))]
    >>> title_copies(page, 0); [ln.reason for ln in page]
    [None, 'tab-title', 'tab-title', 'tab-title', None]
    >>> page = [Line(t, i) for i, t in enumerate(("Rents rise", "Rents rise", "Officials said rents rise", "Rents rise."))]
    >>> title_copies(page, 0); [ln.reason for ln in page]  # a headline of two words is too short to be sure
    [None, None, None, None]
    >>> page = [Line(t, i) for i, t in enumerate(("Ferries stop", "Officials said on Monday that the ferries stop"))]
    >>> title_copies(page, 0); [ln.reason for ln in page]
    [None, None]
    """
    head = lines[title_at].text.casefold()
    if len(words(head)) < 4:
        return
    for line in lines[title_at + 1:]:
        text = line.text.casefold()
        if not line.reason and text.endswith(head) and text != head and \
                1 <= len(words(text[:-len(head)])) <= _LABEL_WORDS and not TERMINAL.search(text[:-len(head)]):
            line.reason = "tab-title"


_TWIN_SHARE = 0.6  # of the shorter headline's words the other one repeats
_TWIN_WORDS = 5


def reworded_twin(upper: str, lower: str) -> bool:
    """Two headlines stacked, the lower one mostly the upper one's words: the same story's headline
    set twice, once for the page and once reworded for search or the share card, with a kicker
    (`'IT'S OVER' ...`) or a name spelt out. The lower one, over the standfirst, is the page's own.
    A standfirst is a sentence, and one that tells more shares fewer words.

    >>> reworded_twin("'IT'S OVER' Star Kayla Brennan splits from footballer Tyler Marsh after texts row",
    ...               "Love Villa star Kayla Brennan splits from footballer Tyler Marsh after texts row")
    True
    >>> reworded_twin("Bridge to close for a year as repairs begin",
    ...               "The council said the bridge would close for a year while repairs begin.")
    False
    """
    a, b = (set(w for w in _low_words(t) if len(w) > 2) for t in (upper, lower))
    return upper != lower and min(len(a), len(b)) >= _TWIN_WORDS and not TERMINAL.search(lower) and \
        len(a & b) >= _TWIN_SHARE * min(len(a), len(b))


def _is_label(text: str) -> bool:
    """A name or label, not a clause: no small lower-case word carrying a sentence on.

    >>> _is_label("Elmford, OH Gazette"), _is_label("EXCLUSIVE"), _is_label("and tenants are leaving")
    (True, True, False)
    """
    return all(not t[0].isalpha() or t[0].isupper() or t.lower() in _SMALL_WORDS for t in words(text))


_SPLIT_RUN = 4  # lines a display headline is broken into
_SPLIT_WORDS = 8  # words on each of them at most


def _low_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def split_twins(lines: list[Line]) -> None:
    """A run of two to four short lines whose words, read on, stand in one longer line near
    them is that line's display copy broken over a picture or a hero box (`Council to close` /
    `baths after 90 years` under `Council to close baths after 90 years, say officials`): the
    whole line is read once. A kicker the copy leaves out (`EXCLUSIVE:`) does not matter.

    >>> page = [Line(t, 0) for t in ("TOWN HALL: Council to close baths after 90 years", "Council to close",
    ...                              "baths after 90 years", "The baths will shut in May, officials said.")]
    >>> split_twins(page); [ln.reason for ln in page]
    [None, 'split-twin', 'split-twin', None]
    >>> page = [Line(t, 0) for t in ("Flood Warning", "Residents told to leave", "Residents told to leave homes as the river rises",
    ...                              "Officials said the river rose.")]
    >>> split_twins(page); [ln.reason for ln in page]  # one line alone is no broken copy
    [None, None, None, None]
    >>> page = [Line(t, 0) for t in ("Key dates", "May 4", "June 9", "The vote is on May 4 and the count on June 9.")]
    >>> split_twins(page); [ln.reason for ln in page]  # a list whose items a sentence names again
    [None, None, None, None]
    """
    toks = [_low_words(ln.text) for ln in lines]
    short = [not ln.reason and 1 <= len(t) <= _SPLIT_WORDS and not is_sentence(ln.text) for ln, t in zip(lines, toks)]
    i = 0
    while i < len(lines):
        hit = 0
        for n in range(_SPLIT_RUN, 1, -1):
            if not all(short[i:i + n]) or i + n > len(lines):
                continue
            run = [t for k in range(i, i + n) for t in toks[k]]
            if len(run) < 5:
                continue
            joined = " " + " ".join(run) + " "
            near = range(max(0, i - _CUT_REACH), min(len(lines), i + n + _CUT_REACH))
            if any((k < i or k >= i + n) and len(toks[k]) > len(run) and 3 * len(run) >= 2 * len(toks[k]) and
                   joined in " " + " ".join(toks[k]) + " " for k in near):
                hit = n
                break
        for k in range(i, i + hit):
            lines[k].reason = "split-twin"
        i += hit or 1


_REPEATS = 3  # a label the page prints between its paragraphs again and again


def repeated_labels(lines: list[Line]) -> None:
    """A short unfinished line in lower case printed three times or more on the page
    (`Article content` between the paragraphs, around each advert slot) is the page's
    own marker: a crosshead or a name is printed once.

    >>> page = [Line(t, i) for i, t in enumerate(["Article content", "Rents rose.", "Article content", "They fell.",
    ...                                          "Article content", "Mayor Ann Lee", "Mayor Ann Lee", "Mayor Ann Lee"])]
    >>> repeated_labels(page); [ln.reason for ln in page]
    ['label', None, 'label', None, 'label', None, None, None]
    >>> page = [Line(t, i) for i, t in enumerate(["Article content", "Rents rose.", "Article content", "They fell."])]
    >>> repeated_labels(page); [ln.reason for ln in page]
    [None, None, None, None]
    """
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.text] = counts.get(line.text, 0) + 1
    for line in lines:
        toks = words(line.text)
        if not line.reason and counts[line.text] >= _REPEATS and 2 <= len(toks) <= 4 and \
                not TERMINAL.search(line.text) and any(t[0].islower() for t in toks) and \
                not re.search("[\"“”‘]", line.text):
            line.reason = "label"


_QUOTED_LINE = re.compile(r"^[\"“‘'](?P<inner>[^\"“”]{10,300}?)[.,!?]?[\"”’']$")


def pull_quotes(lines: list[Line]) -> None:
    """A line that is nothing but a quotation repeating words from another line is a pull
    quote set in large type for the eye (`"I wanted the kiln to be ..."`): the listener
    hears those words where the story quotes them. A few quoted words with no sentence end
    (`‘The science is clear’`) are a crosshead naming the section, and stay.

    A pull quote may drop its quote marks when it cuts the quote with an ellipsis (`It’s not
    magic … But it has to pay`): each cut piece is in one quoted paragraph of the story, and
    the speaker's `Name, role` line under it goes with it.

    >>> quote = Line("“It’s not magic. We stopped rolling the ground. But it has to pay, because the farm has to pay,” Pryce said.", 0)
    >>> page = [quote, Line("It’s not magic … But it has to pay, because the farm has to pay", 1), Line("Gareth Pryce, hill farmer", 1)]
    >>> pull_quotes(page); [ln.reason for ln in page]
    [None, 'pull-quote', 'pull-quote']
    >>> page = [quote, Line("It’s not magic … but farms must pay their way", 1), Line("Gareth Pryce, hill farmer", 1)]
    >>> pull_quotes(page); [ln.reason for ln in page]
    [None, None, None]
    """
    flat = [" ".join(words(ln.text)).lower() for ln in lines]  # each line's words once, not once per pair of lines
    for k, line in enumerate(lines):
        if not line.reason and _cut_quote(line, lines, flat):
            line.reason = "pull-quote"
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if nxt and not nxt.reason and nxt.group == line.group and len(words(nxt.text)) <= 8 and \
                    not TERMINAL.search(nxt.text) and re.match(r"^(?:[A-Z][\w’'.-]+ ){1,3}?[A-Z][\w’'.-]+,\s", nxt.text):
                nxt.reason = "pull-quote"  # `Gareth Pryce, hill farmer`
    for line in lines:
        m = _QUOTED_LINE.match(line.text)
        if line.reason or not m:
            continue
        inner = " ".join(words(m.group("inner"))).lower()
        # each sentence of it in one quote, where the story breaks the quote for `he tells me`
        parts = [p for p in (" ".join(words(t)).lower() for t in re.split(r"(?<=[.!?])\s+", m.group("inner"))) if p]
        if len(inner.split()) >= 5 and (TERMINAL.search(line.text) or len(inner.split()) > CROSSHEAD_WORDS) and any(
                other is not line and not other.reason and len(other.text) > len(line.text) and
                all(p in text for p in parts) for other, text in zip(lines, flat)):
            line.reason = "pull-quote"
    repeated_sentences(lines)


def _cut_quote(line: Line, lines: list[Line], flat: list[str]) -> bool:
    """An unquoted line of two or more pieces joined by an ellipsis, each found word for word
    in one longer quoted paragraph (`flat`: each line's words, lower-cased)."""
    pieces = [" ".join(words(p)).lower() for p in re.split(r"\s*(?:…|\.\.\.)\s*", line.text)]
    if len(pieces) < 2 or not all(pieces) or sum(len(p.split()) for p in pieces) < 5 or re.search("[\"“”]", line.text):
        return False
    return any(other is not line and not other.reason and len(other.text) > len(line.text) and
               re.search("[\"“”]", other.text) and all(p in text for p in pieces)
               for other, text in zip(lines, flat))


def repeated_sentences(lines: list[Line]) -> None:
    """A paragraph that is one sentence of an earlier, longer paragraph word for word is a
    pull quote without quote marks (`Within a month, 340 households had each paid $250.`).
    A standfirst repeated by the first paragraph below it comes first, and stays."""
    for i, line in enumerate(lines):
        if line.reason or not is_sentence(line.text, 8) or not alone(lines, i):
            continue
        # (a plain substring test first: the pattern is built and run only where the words stand)
        if any(not other.reason and len(other.text) > len(line.text) and line.text in other.text and
               re.search(rf"(?:^|(?<=[.!?”’\"] )){re.escape(line.text)}(?= |$)", other.text) for other in lines[:i]):
            line.reason = "pull-quote"


_PITCHES = ("newsletter", "subscription", "advert", "promo")


def repeated_pitches(lines: list[Line]) -> None:
    """A line word for word the same as one dropped earlier as a pitch (a newsletter's blurb
    printed in its sign-up box at the top and again at the foot) is the same pitch.

    >>> page = [Line("Independent news for the valley. Council rows and the odd lost cat.", 0, "newsletter"),
    ...         Line("The council met.", 1), Line("Independent news for the valley. Council rows and the odd lost cat.", 2)]
    >>> repeated_pitches(page); page[2].reason
    'newsletter'
    >>> page = [Line("The council met on Monday.", 0), Line("The council met on Monday.", 1)]
    >>> repeated_pitches(page); page[1].reason is None
    True
    """
    seen: dict[str, str] = {}
    for line in lines:
        if line.reason in _PITCHES:
            seen.setdefault(line.text, line.reason)
        elif not line.reason and line.text in seen and not re.search("[\"“”]", line.text):
            line.reason = seen[line.text]


_TAB_REACH = 3  # the tab's title is pasted among the first three lines or the last two


def tab_lines(lines: list[Line]) -> str | None:
    """A browser tab's title pasted at the top or foot of the page (`Headline | Outlet`) is
    never read: the headline comes again in the page, most of its words on one line (an SEO
    title may be shorter). The site's name it gives, if any.

    >>> page = [Line("Skip to content", 0), Line("Storm warning issued for all western coasts | Weather Service", 0),
    ...         Line("Storm warning issued for all western coasts", 1)]
    >>> tab_lines(page), [ln.reason for ln in page]
    ('Weather Service', [None, 'tab-title', None])
    >>> page = [Line("Text size: A A A Contrast: Default | High", 0), Line("Rabbits rescued", 1)]
    >>> tab_lines(page), [ln.reason for ln in page]  # no headline repeats it: a toolbar
    (None, [None, None])
    >>> page = [Line("NewsStand.com - Digital Newspapers & Magazines", 0), Line("Rabbits rescued from flood", 1)]
    >>> tab_lines(page), [ln.reason for ln in page]  # a reader app's title bar names no outlet of the story's
    (None, ['tab-title', None])
    """
    name = None
    for line in lines[:_TAB_REACH] + lines[max(_TAB_REACH, len(lines) - 2):]:
        if not line.reason and (site := tab_title(line.text)) and _repeated(line, site, lines):
            line.reason, name = "tab-title", name or site
    for line in lines[:_TAB_REACH]:
        if not line.reason and site_banner(line.text):
            line.reason = "tab-title"  # a reader app's or portal's own title: `NewsStand.com - Digital Newspapers`
    return name


def _repeated(tab: Line, site: str, lines: list[Line]) -> bool:
    """Two thirds of the words before `site` in the `tab` line, or more, stand on another line."""
    toks = {t.lower() for t in words(tab.text[:tab.text.rfind(site)])}
    return any(3 * len(toks & {t.lower() for t in words(ln.text)}) >= 2 * len(toks) for ln in lines if ln is not tab)


_QUOTED_TITLE = re.compile(r"[‘'\"“]([^‘'\"“”’]{12,160})[’'\"”]")
_QUOTE_REACH = 3  # lines between a player's button naming its clip and the clip's title printed under it


def quoted_twins(lines: list[Line]) -> None:
    """A line that a dropped line nearby names in quotation marks (`Click to play video: 'Bridge
    to shut for a year'` / `1:58` / `Bridge to shut for a year`) is that player's or card's title,
    printed again: it goes with its button.

    >>> page = [Line(t, 0) for t in ("Click to play video: 'Rents climb for a ninth month'", "1:58",
    ...                              "Rents climb for a ninth month", "Rents rose again in May, the agency said.")]
    >>> page[0].reason, page[1].reason = "social", "dateline-timestamp"
    >>> quoted_twins(page); [ln.reason for ln in page]
    ['social', 'dateline-timestamp', 'social', None]
    """
    for i, line in enumerate(lines):
        if not line.reason:
            continue
        for m in _QUOTED_TITLE.finditer(line.text):
            title = m.group(1).strip(" .")
            for other in lines[i + 1:i + 1 + _QUOTE_REACH]:
                if not other.reason and other.text.strip(" .") == title:
                    other.reason = line.reason
