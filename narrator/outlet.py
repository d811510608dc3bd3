"""Which outlet published the page: its masthead, a byline's outlet, a blog platform's
`Published in`, a home link or the footer's copyright line."""

from __future__ import annotations

import re

from narrator.lines import TERMINAL, Line, menu_row, words
from narrator.rules.links import _HOME_LINK, _LANG_SWITCH, _NAV
from narrator.rules.page import interface

_PAPER_WORDS = set("""daily sunday weekly evening morning news times post herald mirror gazette
chronicle telegraph express journal tribune standard observer courier echo mail star record
independent guardian press sun wire newspaper sentinel ledger bulletin dispatch examiner
enquirer inquirer register monitor advertiser argus globe online""".split())


_BYLINE = re.compile(r"^By\s*[A-Z]")  # `By Ann Lee` at the top of a page is its byline, not its masthead
# a ticker's or live page's label at the top: `BREAKING NEWS`, `Latest News`, `JUST IN`
_TICKER_LABEL = re.compile(r"(?:breaking|latest|top|live|world|local)(?: news| stories| updates| scores)?|just in|live now|"
                           r"developing(?: story)?|news alerts?|trending(?: now| news)?|flash|headlines", re.I)
# the logo picture's alt text names the outlet: `The Harbour Post Logo`, `Logo of Kestrel FM`, `logo: Alba Today`
_WITH_MOTTO = re.compile(r"(.+?)\s+[—–|]\s+(.+)")  # the name, then its motto after a dash or bar
_LOGO = re.compile(r"^logo(?:\s+of|\s*:)?\s+(?=\S)|\s+logo$", re.I)


def masthead_name(text: str, named: bool = False) -> str | None:
    """The outlet name if this first line looks like a masthead, nicely cased. Four words
    need a paper word (`Daily`, `Times`) unless the page names the outlet again (`named`).

    >>> masthead_name("SPORTLINE"), masthead_name("BBC NEWS"), masthead_name("Skip to content")
    ('Sportline', 'BBC News', None)
    >>> masthead_name("KVLN 9 Pinecrest"), masthead_name("By Ann Lee")
    ('KVLN 9 Pinecrest', None)
    >>> masthead_name("BREAKING NEWS"), masthead_name("Latest News"), masthead_name("Harbour News")
    (None, None, 'Harbour News')
    >>> masthead_name("EN"), masthead_name("EN | ET | RU"), masthead_name("WF")
    (None, None, 'WF')
    >>> masthead_name("The Harbour Post Logo"), masthead_name("Logo of Kestrel FM"), masthead_name("Logo")
    ('The Harbour Post', 'Kestrel FM', 'Logo')
    >>> masthead_name("The Vale Courier — Serving Vale and Lane counties since 1889"), masthead_name("LIVE SCORES")
    ('The Vale Courier', None)
    >>> masthead_name("THE LANKA OBSERVER-EXPRESS")
    'The Lanka Observer-Express'
    """
    text = _LOGO.sub("", text)
    if (motto := _WITH_MOTTO.match(text)) and is_slogan(motto.group(2)):
        text = motto.group(1)  # `The High Plains Courier — Serving Scott County since 1889`
    toks = text.split()
    if not 1 <= len(toks) <= 4 or len(words(text)) > 4 or TERMINAL.search(text) or _NAV.search(text) or \
            interface(text) or _BYLINE.match(text) or _TICKER_LABEL.fullmatch(text.strip(" :|•›»")) or \
            _LANG_SWITCH.fullmatch(text):  # a language switcher: `EN`, `EN | ET | RU`
        return None
    if not all(t[0].isupper() or not t[0].isalpha() for t in toks + words(text)) or \
            not any(t[0].isalpha() for t in toks):
        return None
    if len(toks) == 4 and not named and not _PAPER_WORDS & {t.lower() for t in toks}:
        return None
    # a word in capitals is a styled word (`SPORTLINE`); an acronym or call sign (`KVLN`) has no vowels
    return " ".join("-".join(p.capitalize() for p in t.split("-")) if t.isupper() and (len(t) > 3 and re.search("[AEIOU]", t) or
                                                                           t in ("THE", "AND", "OF")) else t for t in toks)


def masthead_tail(text: str) -> str | None:
    """The second line of a logo set on two lines: one paper word (`DAILY`, `Times`).

    >>> masthead_tail("DAILY"), masthead_tail("Celebrity")
    ('Daily', None)
    """
    return text.capitalize() if text.lower() in _PAPER_WORDS else None


def _names_outlet(name: str) -> bool:
    """A masthead found below skip links must look like one: `The X`, a paper word,
    or an acronym or call sign (`KVLN 9 Pinecrest`), unlike a menu item (`News`)."""
    toks = name.split()
    return len(toks) >= 2 and (toks[0] == "The" or bool(_PAPER_WORDS & set(name.lower().split())) or
                               any(len(t) >= 2 and t.isupper() and t.isalpha() for t in toks))


def _named_again(name: str, lines: list[Line], at: int) -> bool:
    """The page names this outlet again inside other lines (`she told Meridian`, `Source:
    Meridian`, `© 2024 Meridian Media Network`): a menu item (`Climate`) is not."""
    # one word (`Meridian`, but also `News`) counts only mid-sentence, where a capital marks a name
    lead = r"(?<=[\w,:;©] )" if len(name.split()) == 1 else r"(?<![\w-])"
    pattern = re.compile(rf"{lead}{re.escape(name)}(?![\w-])")
    return sum(bool(pattern.search(ln.text)) for j, ln in enumerate(lines) if j != at and ln.text != name) >= 2


def _initials_of(short: str, name: str) -> bool:
    """`MNN` over `Meridian News Network`, `KTV` over `Kestrel Television` (small words skipped).

    >>> _initials_of("MNN", "Meridian News Network"), _initials_of("HBC", "Harbour Broadcasting Company")
    (True, True)
    >>> _initials_of("NEWS", "Night Economy Workers Strike"), _initials_of("US", "Ukraine Summit")
    (False, False)
    """
    toks = [w for w in name.split() if w.lower() not in _SMALL_WORDS]
    return short.isupper() and short.isalpha() and 3 <= len(short) <= 5 and len(toks) == len(short) and \
        short.lower() not in _PAPER_WORDS and all(t[:1].isupper() for t in toks) and \
        "".join(t[0] for t in toks) == short


def find_masthead(lines: list[Line]) -> int | None:
    """The first line, or the first after skip links, a cookie banner or other dropped
    chrome if it names a paper (`AP News`) or the page names it again (`Meridian`).

    A one-word first line the page never names again is an app's tab; the logo under its menu wins:

    >>> page = [Line(t, 0) for t in ("Latest", "Video", "Saved", "THE MORNING CLARION", "Follow",
    ...         "Bridge to close for a year", "Ann Lee writes for The Morning Clarion.", "More from The Morning Clarion")]
    >>> find_masthead(page)
    3
    >>> find_masthead([Line(t, 0) for t in ("Meridian", "Home", "Bridge to close for a year", "It will shut in May.")])
    0

    A ticker over the skip links is no masthead, and no reason to stop looking for one:

    >>> page = [Line("LIVE NOW: Channel 9 News at Six", 0), Line("Skip to main content", 0, "navigation"),
    ...         Line("Channel 9 News", 0), Line("Bridge to close", 1), Line("Channel 9 News learned the bridge will close.", 2)]
    >>> find_masthead(page)
    2
    >>> page = [Line("Cookie settings", 0, "consent"), Line("Accept all", 0, "consent"), Line("Reject all", 0, "consent"),
    ...         Line("Spring sale: 40% off – shop now", 0, "promo"), Line("Advertisement", 0, "advert"),
    ...         Line("The Evening Wayfarer", 0), Line("Bridge to close", 1), Line("The bridge will shut in May.", 2)]
    >>> find_masthead(page)  # below a consent banner, an offer bar and an advert's label
    5
    >>> page = [Line("Bridge to close for a year", 0), Line("Ann Lee", 1), Line("The bridge will shut. Ann Lee reports.", 2),
    ...         Line("Ann Lee is our transport reporter.", 3)]
    >>> find_masthead(page) is None  # a headline first: the byline under it is no masthead
    True
    >>> find_masthead([Line(t, 0) for t in ("Skip to content", "Get unlimited access", "Harbour Post Logo", "Bridge to close")])
    2
    >>> page = [Line(t, 0) for t in ("Spring sale: a year for $1", "Deal ends soon", "The Harbour Post", "Bridge to close for a year",
    ...         "The bridge will shut in May, the council told the Harbour Post.")]
    >>> find_masthead(page)  # under an offer bar, named again in the story
    2
    >>> page = [Line("We value your privacy", 0, "consent"), Line("ACCEPT ALL", 0, "consent"), Line("Costa Post", 0),
    ...         Line("Bridge to close for a year", 1), Line("The bridge will shut in May, the council told the Costa Post.", 2)]
    >>> find_masthead(page)  # a consent banner's button in capitals is no masthead
    2
    """
    at = _first_masthead(lines)
    if at is None and lines and not lines[0].reason and masthead_name(lines[0].text, named=True) and menu_under(lines, 0):
        at = 0  # a blog's name over its motto and its `Home` / `About` / `Contact` menu
    if at is None:  # the logo's alt text, under whatever bars sit above it
        at = next((i for i, line in enumerate(lines[:8]) if _LOGO.search(line.text) and masthead_name(line.text)), None)
    if at is None:  # under an offer bar or a ticker: a newspaper's name the story names again (`told the Harbour Post`)
        # (a line an earlier pass swept into a menu or a ticker box above it may still be the logo)
        at = next((i for i, line in enumerate(lines[:_MASTHEAD_REACH]) if line.reason in (None, "social", "navigation", "ticker", "newsletter") and
                   (name := masthead_name(line.text, named=True)) and "," not in name and
                   (_names_outlet(name) and (_cited(name.removeprefix("The "), lines, i) or _cited_short(name, lines, i)) or
                    len(name.split()) >= 2 and (_told(name, lines, i) or _subject(name, lines, i)))), None)
    return at


_MASTHEAD_REACH = 10  # lines from the top of the page a masthead may sit under bars and tickers


def _cited(name: str, lines: list[Line], at: int) -> bool:
    """The page names this outlet inside a longer line, after a word: `told the Harbour Post`,
    `Picture: Harbour Post`."""
    pattern = re.compile(rf"(?<=[\w:,] )(?:the |The )?{re.escape(name)}(?![\w-])")
    return any(pattern.search(ln.text) for j, ln in enumerate(lines) if j != at and len(ln.text) > len(name) + 10)


_EDITION = re.compile(r"^(?:The )?(?:Daily|Sunday|Weekly|Evening|Morning) (?=\w)")


def _told(name: str, lines: list[Line], at: int) -> bool:
    """The story cites the outlet as reporters cite their own paper: `told Île Matin`, `speaking to
    Bastion Defence Review`, `Picture: Harbour Post`. A menu's item (`World Cup`) is named otherwise.

    >>> page = [Line("Harbour Review", 0), Line('"It is over," Ann Lee told Harbour Review.', 1)]
    >>> _told("Harbour Review", page, 0), _told("World Cup", [Line("He played at the World Cup.", 1)], -1)
    (True, False)
    """
    pattern = re.compile(rf"\b(?:told|tells|telling|speaking to|spoke to|in an interview with|contacted by|"
                         rf"(?:Photo|Picture|Image|Source|Credit)s?:)\s+(?:the |The )?{re.escape(name.removeprefix('The '))}(?![\w-])")
    return any(pattern.search(ln.text) for j, ln in enumerate(lines) if j != at)


_SUBJECT_VERB = r"(?:is|has|was|says|said|will|welcomed|warned|called|urged|launched|wants)"


def _subject(name: str, lines: list[Line], at: int) -> bool:
    """An organisation's own page opens its sentences with its name: `Riverkeep Wildlife Trust is
    calling on ...`, `... is a registered charity`. Twice, and a name of three words or more.

    >>> page = [Line("Harbour Wildlife Trust", 0), Line("Harbour Wildlife Trust is calling on the board to act.", 1),
    ...         Line("Harbour Wildlife Trust is a registered charity in England.", 2)]
    >>> _subject("Harbour Wildlife Trust", page, 0), _subject("Harbour Wildlife Trust", page[:2], 0)
    (True, False)
    """
    pattern = re.compile(rf"^{re.escape(name)} {_SUBJECT_VERB}\b")
    return len(name.split()) >= 3 and sum(bool(pattern.match(ln.text)) for j, ln in enumerate(lines) if j != at) >= 2


def _cited_short(name: str, lines: list[Line], at: int) -> bool:
    """The story calls the paper by its short name, without the edition word: `told The Blaze`
    for `The Daily Blaze`, `The Lantern has contacted ...` for `The Evening Lantern`.

    >>> page = [Line("THE DAILY BLAZE", 0), Line('A source told The Blaze: "It is over."', 1)]
    >>> _cited_short("The Daily Blaze", page, 0), _cited_short("Daily Blaze News", page, 0), _cited_short("The Blaze", page, 0)
    (True, False, False)
    """
    short = _EDITION.sub("", name)
    if short == name or len(short.split()) != 1:
        return False
    pattern = re.compile(rf"\b[Tt]he {re.escape(short)}(?![\w-])")
    return any(pattern.search(ln.text) for j, ln in enumerate(lines) if j != at and len(ln.text) > len(name) + 10)


def menu_under(lines: list[Line], i: int) -> bool:
    """A site menu opening with `Home` within two lines under line `i`, in its paragraph:
    three short unpunctuated lines or more.

    >>> page = [Line(t, 0) for t in ("Packet Notes", "Notes on networks and the things we trust.", "Home", "About", "Contact")]
    >>> menu_under(page, 0), menu_under(page[:4], 0)
    (True, False)

    A page pasted with no blank line at all sets each line apart, so paragraphs say nothing:

    >>> menu_under([Line(ln.text, k) for k, ln in enumerate(page)], 0)
    True
    """
    flat = len({ln.group for ln in lines}) == len(lines)
    for j in range(i + 1, min(len(lines), i + 3)):
        if (flat or lines[j].group == lines[i].group) and lines[j].text.strip().lower() == "home":
            items = [ln for ln in lines[j:j + _SITE_MENU] if (flat or ln.group == lines[i].group) and len(words(ln.text)) <= 4 and
                     not TERMINAL.search(ln.text)]
            return len(items) >= _SITE_MENU
    return False


_SITE_MENU = 3


def _first_masthead(lines: list[Line]) -> int | None:
    skipped_links = True  # every line so far is a skip link or consent banner
    first = None
    for i, line in enumerate(lines[:8]):
        if i + 1 < len(lines) and _initials_of(line.text, lines[i + 1].text) and masthead_name(lines[i + 1].text, named=True):
            return i + 1  # a logo's initials over its name: `MNN` / `Meridian News Network`
        name = None if line.reason in ("consent", "advert") else \
            masthead_name(line.text) or (masthead_name(line.text, named=True) if _named_again(line.text, lines, i) else None)
        if name and i == 0 and len(line.text.split()) == 1 and not line.text.isupper() and \
                not _named_again(line.text, lines, i):
            first = 0  # a one-word first line the page never names again (an app's `Today` tab): a later logo wins
            continue
        if first == 0:  # ... if the page names it again (a logo in capitals, `THE LEDGER`, written `The Ledger`)
            if name and len(name.split()) >= 2 and (_named_again(line.text, lines, i) or _named_again(name, lines, i)):
                return i
        elif name and (i == 0 or skipped_links and _names_outlet(name) or _named_again(line.text, lines, i)):
            return i
        skipped_links = skipped_links and (line.reason in ("navigation", "consent", "promo", "advert") or menu_row(line.text))
        if not line.reason and not (first == 0 and len(line.text.split()) <= 2) and \
                not (i == 0 and len(lines) > 1 and lines[1].reason in ("navigation", "consent")):
            return first  # (the tab's menu under it: `News+` / `Audio`; a ticker over the skip links)
    return first


_LEGAL = re.compile(r"(?:,?\s+(?:Company|Co\.?|Ltd\.?|Limited|Inc\.?|LLC|L\.?P\.?|plc|PLC|Corp(?:oration)?\.?|Pty|Pvt\.?|\(Pvt\)|"
                    r"SIA|GmbH|AG|S\.A\.?|Sdn Bhd|Bhd|B\.?V\.?|N\.?V\.?|Oy|S\.?p\.?A\.?|\([A-Z]{2,6}\)))+$")
# the company's own noun before its legal suffix: `Ostrog Media SIA` publishes Ostrog
_COMPANY_NOUN = re.compile(r"\s+(?:Newspapers?|Publishing|Publications|Publishers|Media|Group|Holdings)$")


def copyright_owner(text: str) -> str | None:
    """The outlet in a copyright line, legal suffixes dropped: the fallback publication.

    >>> copyright_owner("© 2024 The Hudson Chronicle Company"), copyright_owner("Copyright 2023 Ann Lee")
    ('The Hudson Chronicle', 'Ann Lee')
    >>> copyright_owner("Copyright © 2026 The Harbour Tribune. All rights reserved. This material may not be reproduced.")
    'The Harbour Tribune'
    >>> copyright_owner("The Daily Post") is None, copyright_owner("©Copyright 2001-2024. This site is part of X.")
    (True, None)
    >>> copyright_owner("© Crown copyright")
    >>> copyright_owner("COPYRIGHT AND PROTECTED BY APPLICABLE LAW"), copyright_owner("Copyright protected under law")
    (None, None)
    >>> copyright_owner("Copyright Policy"), copyright_owner("Copyright Notice"), copyright_owner("© 2026 Policy Wire")
    (None, None, 'Policy Wire')
    >>> copyright_owner("© 2026 KXYZ · Powered by WordPress"), copyright_owner("© 2025 The Bugle | Privacy | Terms")
    ('KXYZ', 'The Bugle')
    >>> copyright_owner("© 2025 Harbour Media SIA"), copyright_owner("© 2025 Lantern Newspapers (Pvt) Ltd"), copyright_owner("© Alba Media")
    ('Harbour', 'Lantern', 'Alba Media')
    """
    text = re.split(r"(?<=\w)\.\s+(?=[A-Z])|\s+[·|•]\s+", text)[0]  # the notice's first sentence or part: `... Tribune. All rights ...`
    m = re.match(r"^(?:©|\(c\)|Copyright)\s*(?:©|Copyright)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)\.?"
                 r"(?:\s*All rights reserved\.?)?$", text, re.I)
    if not m:
        return None
    named = re.sub(r"\s*\d{4}$", "", m.group(1))
    owner = _LEGAL.sub("", named).strip(" ,.")
    if owner != named.strip(" ,."):
        owner = _COMPANY_NOUN.sub("", owner)  # `Ostrog Media SIA`: Ostrog
    if re.search(r"\bcopyright\b", owner, re.I) or re.match(r"(?:and|by|of|protected|reserved|under)\b", owner, re.I) or \
            re.fullmatch(r"(?:policy|notice|information|info|terms|statement|agent|infringement|complaints?|claims?)", owner, re.I):
        return None  # a kind of notice, not an owner: `© Crown copyright`, `COPYRIGHT AND PROTECTED BY LAW`, `Copyright Policy`
    return owner if 1 <= len(words(owner)) <= 5 and owner[:1].isupper() else None


_SMALL_WORDS = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "&"}
# a menu's section names: never an outlet's whole name (`Home`, `TEAM NEWS`)
_SECTION_NAMES = {"home", "news", "latest", "local", "sport", "sports", "business", "world", "opinion", "politics", "team",
                  "video", "videos", "top", "stories", "live", "menu", "more", "the", "and", "&"}


def names_paper(text: str) -> bool:
    """`The Daily Mirror of the Great Britain`: a line naming a kind of newspaper.

    >>> names_paper("The Daily Mirror of the Great Britain"), names_paper("Harbour wall collapses after gales")
    (True, False)
    """
    return bool({w.lower() for w in words(text)} & _PAPER_WORDS)


def is_tagline(text: str, masthead: str) -> bool:
    """A slogan under the masthead: names a newspaper or repeats the masthead.

    >>> is_tagline("Home of the Daily and Sunday Clarion", "Daily Clarion")
    True
    >>> is_tagline("Council agrees to reopen the old swimming baths", "The Morning Gazette")
    False

    A slogan naming the paper's founding year or its patch (`Serving the Tri-County area since 1872`,
    `Independent local journalism since 1996`, `Est. 1889`) is one too; a headline with a year is not:

    >>> is_tagline("Serving Lunenburg and Queens counties since 1889", "The Beacon"), is_tagline("Est. 1889", "The Beacon")
    (True, True)
    >>> is_tagline("Mill that has stood since 1889 to be demolished", "The Beacon"), is_tagline("Floods worst since 1953", "X")
    (False, False)
    >>> is_tagline("Independent local journalism since 1996", "The Beacon")
    True
    """
    if _SLOGAN.match(text) and not TERMINAL.search(text.removeprefix("Est.")):
        return True
    low = {w.lower() for w in words(text)}
    names = {w.lower() for w in masthead.split()} - _SMALL_WORDS
    return len(low) >= 4 and not TERMINAL.search(text) and bool(low & (names | _PAPER_WORDS))


def is_slogan(text: str) -> bool:
    """
    >>> is_slogan("Serving Lunenburg and Queens counties since 1889"), is_slogan("Harbour rates to rise 9.8% this year")
    (True, False)
    """
    return bool(_SLOGAN.match(text))


# a masthead's slogan: `Serving X since 1872`, `Proudly serving the valley`, `... since 1996`, `Est. 1889`
_SLOGAN = re.compile(r"^(?:(?:proudly )?serving\b.{0,60}|(?:[\w’'-]+ ){0,4}(?:news|journalism|reporting|voice|independent|"
                     r"owned|published)\b(?: [\w’'-]+){0,4} since (?:18|19|20)\d\d|"
                     r"(?:est\.?|established|founded) (?:in )?(?:18|19|20)\d\d)$", re.I)


_SITE_TAGLINE = re.compile(r"^From ((?:[A-Z][\w&’'.-]*\s?){1,4}), the (?:[\w’'-]+ ){0,6}[\w’'-]+[.!]?$")


def site_tagline(text: str) -> str | None:
    """A wiki's tagline under the headline names the site (`From Commons News, the free
    news source you can write!`).

    >>> site_tagline("From Commons News, the free news source you can write!")
    'Commons News'
    >>> site_tagline("From Monday, the bridge will close to all traffic for six weeks, the council said.") is None
    True
    """
    m = _SITE_TAGLINE.match(text)
    if not m or len(words(text)) > 14 or re.search(r"\b(?:said|says|will|would)\b", text):
        return None
    return m.group(1).strip()


def published_in(lines: list[Line]) -> str | None:
    """The outlet a blog platform names in the header: `Published in` / `The Civic Ledger`,
    or `Published in The Civic Ledger` on one line.

    >>> published_in([Line("Published in", 0), Line("The Civic Ledger", 0)])
    'The Civic Ledger'

    A blog's categories (`Posted in Local News, Politics`, `Filed under: Sport`) name no outlet:

    >>> published_in([Line("Posted in Local News, Politics", 0)]), published_in([Line("Posted in Sport", 0)])
    (None, None)
    """
    for i, line in enumerate(lines):
        m = re.fullmatch(r"(?:Published|Posted) in(?: (.+))?", line.text)
        if not m:
            continue
        name = m.group(1) or (lines[i + 1].text if i + 1 < len(lines) else "")
        if name and masthead_name(name) and "," not in name and \
                not {w.lower() for w in words(name)} <= _SECTION_WORDS:
            return name
    return None


# a site's sections, which a blog's `Posted in` line lists as its categories
_SECTION_WORDS = set("""news local national world sport sports business opinion politics community features
culture arts health weather education entertainment lifestyle uncategorized uncategorised latest breaking
science tech technology travel food crime courts""".split())


def home_link_name(text: str) -> str | None:
    """The outlet named by a home link.

    >>> home_link_name("The Meridian - Back to home"), home_link_name("NBS Homepage"), home_link_name("Accueil / Home")
    ('The Meridian', 'NBS', None)
    """
    m = _HOME_LINK.match(text)
    if not m or len(words(m.group(1))) > 4 or re.search(r"\s/\s*$", m.group(1)):
        return None  # `Accueil / Home`: the link's label in two languages names no outlet
    return m.group(1).strip(" -–|:")


def byline_outlet(text: str) -> str | None:
    """The outlet named in a byline line.

    >>> byline_outlet("NBS News, Lincolnshire"), byline_outlet("Jessica Thunderchild · DPB News ·")
    ('NBS News', 'DPB News')
    >>> byline_outlet("Ann Lee, Tidewater Herald"), byline_outlet("Ann Lee, Political Correspondent") is None
    ('Tidewater Herald', True)
    """
    # `NBS News, Lincolnshire`; `Ann Lee · DPB News ·`, `Ann Lee, Tidewater Herald`: the outlet may follow the name
    for piece in (c.strip() for p in re.split(r"[·•|]", text) for c in p.split(",")[:2]):
        toks = piece.split()
        if 1 <= len(toks) <= 4 and toks[-1].lower() in _PAPER_WORDS and toks[0][0].isupper():
            return piece
    return None


_TAB_SPLIT = re.compile(r" [|–—-] ")
_TAB_NAME_WORDS = 5
_TAB_SECTION = 3  # a section label between the headline and the name in a tab title


# `PressPortal.com - Digital Newspapers & Magazines`, `harbournews.co.uk | News, sport and weather`
_SITE_BANNER = re.compile(r"^(?:www\.)?[A-Za-z][\w-]*(?:\.[a-z]{2,6}){1,2}\s+[-–—|:]\s+[A-Z][^.!?]{2,80}$")


def site_banner(text: str) -> bool:
    """A web address and the site's slogan, the window or banner title of a reader or portal
    pasted at the top of the page: never the headline, and no outlet of the story's own.

    >>> site_banner("NewsStand.com - Digital Newspapers & Magazines"), site_banner("harbournews.co.uk | News, sport and weather")
    (True, True)
    >>> site_banner("Amazon.com - the retailer said on Monday it would cut 14,000 jobs."), site_banner("Amazon.com to cut jobs")
    (False, False)
    """
    return bool(_SITE_BANNER.match(text)) and len(words(text)) <= 12


def tab_title(text: str) -> str | None:
    """The site's name in a browser tab's title pasted at the top or foot of a page:
    `Headline | Outlet`, `Headline - Outlet` (one separator; the headline five words or more,
    the name up to five capitalised words). A footer's `About | Contact | Privacy` has more.

    >>> tab_title("Storm Colm: red warning issued for western coasts | National Weather Service")
    'National Weather Service'
    >>> tab_title("Ailing rail line to give way to buses as towns accept deal - The Japan Daybreak")
    'The Japan Daybreak'
    >>> tab_title("About Us | Contact Us"), tab_title("Wednesday, March 27, 2024 | 17 Ramadan 1445")
    (None, None)
    >>> tab_title("The council voted to close the baths - a decision made in haste - after a storm")

    Many sites put the section between the headline and their name (`Headline - Economy | Outlet`,
    `Headline | Local News | Outlet`): a short capitalised label in the middle is set aside.

    >>> tab_title("Ferry fares to rise by a fifth from June - Business | The Harbour Post")
    'The Harbour Post'
    >>> tab_title("Why the bypass is late again | Local News | Elmford Gazette")
    'Elmford Gazette'
    >>> tab_title("Rates rise - and tenants pay more - Elmford Gazette") is None
    True
    """
    parts = _TAB_SPLIT.split(text)
    if len(parts) == 3 and 1 <= len(words(parts[1])) <= _TAB_SECTION and \
            all(t[0].isupper() or t.lower() in _SMALL_WORDS for t in words(parts[1])):
        parts = [parts[0], parts[2]]  # `Headline - Section | Outlet`: the section label set aside
    if len(parts) != 2 or TERMINAL.search(text):
        return None
    head, name = parts
    toks = words(name)
    if len(words(head)) < 5 or not 1 <= len(toks) <= _TAB_NAME_WORDS or interface(name) or \
            not all(t[0].isupper() or t.lower() in _SMALL_WORDS or not t[0].isalpha() for t in toks):
        return None
    return name.strip()




def as_spelt(publication: str, texts: list[str]) -> str:
    """The outlet's name as the page spells it in running text (`told The Harbour Post`,
    `© 2025 LexWire Media`) rather than as the logo sets it (`THE HARBOUR POST`, `LEXWIRE`);
    with no such line, the logo's name stands (`Harbour Post` for `HARBOUR POST`, easier to say).

    >>> as_spelt("The Harbour Post", ["THE HARBOUR POST", "Ann Lee told The Harbour Post on Monday."])
    'The Harbour Post'
    >>> as_spelt("Lexwire", ["LEXWIRE", "© 2025 LexWire Media Ltd", "Contact: desk@lexwire.com"])
    'LexWire'
    >>> as_spelt("Polderline", ["POLDERLINE", "Rail fares rise"]), as_spelt("KVLN 9", ["KVLN 9", "KVLN 9 reported it"])
    ('Polderline', 'KVLN 9')
    """
    pattern = re.compile(rf"(?<![\w-]){re.escape(publication)}(?![\w-])", re.I)
    # a capital first (not a web address's `lexwire`), and not set all in capitals like the logo
    spellings = [m.group(0) for text in texts for m in pattern.finditer(text) if m.group(0)[0].isupper() and
                 m.group(0) != m.group(0).upper()]
    return max(sorted(set(spellings)), key=spellings.count) if spellings else publication
