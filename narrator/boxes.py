"""Boxes set into a story: sign-up forms, adverts, paywalls, membership pitches, tool
promos and link cards, found by their shape (a short paragraph closed by a button, a
heading, an e-mail field) rather than by their wording alone."""

from __future__ import annotations

import re

from narrator.headline import _BY, is_byline, is_headline, strong
from narrator.lines import _MENU_ITEMS, READER, TERMINAL, Line, alone, first_prose, groups, in_menu, is_sentence, menu_row, words
from narrator.people import VERB
from narrator.rules import second_language
from narrator.rules.page import badge


def _price_pitch(text: str) -> bool:
    """One short sentence naming a price, as a ticket or offer box has (`Tickets £18 until 31 August.`)."""
    return len(words(text)) <= 30 and bool(re.search(r"[$£€]\d", text)) and not re.search("[\"“”]", text)


_YOU = re.compile(r"\b(?:you|your)\b", re.I)  # a box talks to the reader ...
def _quotes_speech(text: str) -> bool:
    """A quotation of five words or more, or one left open; a scare-quoted term is no speech.

    >>> _quotes_speech('We were called an “undesirable organization,” so we rely on you.'), _quotes_speech('“We will fight on and win,” he said.')
    (False, True)
    """
    spans = re.findall(r"[\"“]([^\"“”]*)[\"”]", text)
    return len(re.findall(r"[\"“”]", text)) % 2 == 1 or any(len(words(span)) >= 5 for span in spans)


_WE = re.compile(r"\b(?:we|us|our)\b", re.I)  # ... or for the outlet
_ASKS_READER = re.compile(r"\b(?:you|your|support (?:us|the)|help us|could)\b", re.I)


def promo_blocks(lines: list[Line]) -> None:
    """Unpunctuated lines grouped with a newsletter, social, advert, shopping or poll line
    belong to the promo (`Sponsored Content` / `This Little-Known Trick ...` / `EnergySaverDaily`,
    `SHOP THE LOOK` / `Pearl Drop Earrings`, `Was this helpful?` / `Yes` / `No`).

    That includes the promo's own heading just above a newsletter sign-up line, and a box
    closed by a button (`Book now`) that holds at most one sentence, naming a price.

    >>> page = [Line(t, 0) for t in ("10 hours ago", "Share", "Save", "Ann Lee", "Harbour News")]
    >>> page[0].reason, page[1].reason, page[2].reason = "dateline-timestamp", "social", "social"
    >>> promo_blocks(page); [ln.reason for ln in page[3:]]  # the header's author under its time and buttons
    [None, None]
    >>> page = [Line(t, 0) for t in ("Subscribe to The Bugle", "By Ann Lee · Launched 2 years ago")]
    >>> page[0].reason = "newsletter"
    >>> promo_blocks(page); page[1].reason  # the newsletter's card, not a byline
    'newsletter'
    >>> page = [Line(t, 0) for t in ("Share", "Save", "Ann Lee", "Harbour News")]
    >>> page[0].reason, page[1].reason = "social", "social"
    >>> promo_blocks(page); [ln.reason for ln in page[2:]]  # a button row's own labels
    ['social', 'social']
    >>> page = [Line("Advertisement", 0, "advert"),
    ...         Line("Cops picked up the suspect about four blocks away 20 minutes later, sources said.", 0)]
    >>> promo_blocks(page); page[1].reason is None  # the story's paragraph pasted under an advert's label
    True
    >>> page = [Line("Power was restored by noon.", 0), Line("ADVERTISEMENT", 0, "advert"),
    ...         Line("Continue reading below", 0, "advert"), Line("On Monday the utility apologised to customers.", 0)]
    >>> promo_blocks(page); page[3].reason is None  # the story resumes under the advert's own `continue` note
    True
    >>> page = [Line("Advertisement", 0, "advert"), Line("Story continues after this ad", 0, "advert"),
    ...         Line("The mayor later apologised.", 0)]
    >>> promo_blocks(page); page[2].reason is None
    True
    >>> page = [Line("Radio FM Competitions", 0), Line("Win a pass! Text MAZE to 51969.", 0, "advert")]
    >>> promo_blocks(page); page[0].reason  # the competition's heading
    'advert'
    """
    for group in groups(lines):  # `Find a new car deal` / `Compare prices ...` / `Get a quote`: a promo box
        if 2 <= len(group) <= _BOX_LINES and group[-1].reason == "promo" and \
                all(not TERMINAL.search(ln.text) and len(words(ln.text)) <= 12 or _price_pitch(ln.text) for ln in group) and \
                sum(_price_pitch(ln.text) for ln in group) <= 1:
            for ln in group:
                ln.reason = ln.reason or "promo"
    # a menu's items (`Buy tickets` / `Shop kit` / `Membership`): one printed again closing a box is its button
    menus = {ln.text for group in groups(lines) if len(group) >= _MENU_ITEMS and
             all(len(words(o.text)) <= 3 and not TERMINAL.search(o.text) for o in group) for ln in group}
    for group in groups(lines):  # `VentureLine+` / `Unlock the full ...` / one pitch sentence / `Try it free`
        if 3 <= len(group) <= _BOX_LINES and _button_box(group, menus):
            for ln in group:
                ln.reason = ln.reason or "promo"
    at_line = {id(ln): k for k, ln in enumerate(lines)}
    for group in groups(lines):
        # an `Advertisement` label pasted straight under the story's paragraph opens its box there, when
        # the box has its own button or heading below (the story's next paragraphs have none)
        at = next((j for j, ln in enumerate(group) if j and _AD_LABEL.match(ln.text.strip(" -–—|·")) and
                   is_sentence(group[j - 1].text) and any(o.reason for o in group[j + 1:])), 0)
        group = group[at:]
        if 2 <= len(group) <= _BOX_LINES and (_sign_up_form(group) or _advert_box(group) or _paywall_box(group) or
                                              _pitch_box(group) or _tool_box(group)):
            pitch = _pitch_box(group)
            reason = "newsletter" if _sign_up_form(group) else "advert" if _advert_box(group) else \
                next(ln.reason for ln in reversed(group) if ln.reason in _BOX_BUTTONS) if pitch else \
                "promo" if _tool_box(group) else "subscription"
            for k, ln in enumerate(group):  # the box's own blurb (`Council votes and zoning fights, every Thursday. Free.`)
                if _heading_under_box(lines, at_line[id(ln)]):
                    break  # the story's crosshead pasted under the box's button, above its next paragraph
                if reason == "advert" and k >= 2 and group[k - 1].reason == "advert" and TERMINAL.search(group[k - 1].text) and \
                        _story_sentence(ln.text):
                    break  # the story's next paragraph pasted under the advert's label and its one line of copy
                # a pitch box's appeal between its heading and buttons may run longer and scare-quote a word
                if not ln.reason and len(words(ln.text)) <= (60 if pitch else 40) and \
                        not (_quotes_speech(ln.text) if pitch else re.search("[\"“”]", ln.text)) and \
                        not _BY.match(ln.text) and not (reason == "advert" and _SAYS.search(ln.text) and is_sentence(ln.text)):
                    ln.reason = reason  # (the story's next paragraph, pasted under an `Advertisement` label, reports speech)
                if _CLOSER.match(ln.text) or _RESUME.match(ln.text):
                    break  # the box's closing link: the story's next paragraph may be pasted straight under it
    ad_copy(lines)
    pitch_windows(lines)
    consent_heading(lines)
    tip_box(lines)
    meter_box(lines)
    live_entry_cards(lines)
    boxes_above_prose(lines)
    field_pitch(lines)
    caps_pitch(lines)
    media_cards(lines)
    ticket_pitch(lines)
    for i, line in enumerate(lines[1:], 1):  # `Support us from just €1.50 a week.` / `Subscribe now`
        above = lines[i - 1]
        if line.reason in ("promo", "newsletter", "subscription") and len(words(line.text)) <= 4 and \
                not above.reason and above.group != line.group and _price_pitch(above.text) and \
                _ASKS_READER.search(above.text) and sum(ln.group == above.group for ln in lines) == 1:
            above.reason = "promo"
    for i, line in enumerate(lines):
        if line.reason not in ("newsletter", "social", "advert", "shopping", "feedback") or \
                line.reason == "newsletter" and (in_menu(lines, i) or menu_row(line.text)):
            continue  # a menu's `Newsletters` link is no box: the header under the menu is not its blurb
        above = lines[i - 1] if i else None
        if (line.reason == "newsletter" and above and above.group == line.group and not above.reason
                and len(words(above.text)) <= 8 and not TERMINAL.search(above.text)
                and not re.search("[\"“”]", above.text)):
            above.reason = line.reason
        if i + 1 < len(lines) and _form_button(line, lines[i + 1]):
            lines[i + 1].reason = line.reason
        if line.reason == "advert" and above and not above.reason and _CONTEST_HEAD.match(above.text):
            above.reason = "advert"  # `Radio FM Competitions` over `Win a family pass! Text MAZE to 51969.`
        stamped = any(o.reason == "dateline-timestamp" and o.group == line.group for o in lines[max(0, i - 3):i])
        account = bool(_ACCOUNT_LINK.fullmatch(line.text.strip()))
        for k in range(i + 1, len(lines)):
            other = lines[k]
            if other.group != line.group or _BY.match(other.text) and not _PUB_CARD.search(other.text) or \
                    stamped and is_byline(other.text) and 2 <= len(words(other.text)) <= 4:
                break  # a `By` / `Reporter:` line, or a name under the story's time and share buttons, starts its header
            if _heads_header(lines, k):
                break  # a promo bar over the masthead of a page pasted without blank lines: the headline ends it
            if account and len(words(other.text)) > _MENU_ITEM_WORDS:
                break  # the headline under the masthead's `Sign in`: a menu's items are short
            if not other.reason and is_sentence(other.text, 15) and \
                    sum(is_sentence(o.text, 15) for o in lines[k:k + _PROSE_RUN] if o.group == line.group) >= _PROSE_RUN:
                break  # the story's prose, in a page pasted without blank lines: the box ended above it
            if not other.reason and not TERMINAL.search(other.text) and not _post_heading(lines, k):
                other.reason = line.reason


def _heads_header(lines: list[Line], k: int) -> bool:
    """A headline with the article's byline, publish time or reading time within three lines
    under it, in its paragraph.

    >>> page = [Line(t, 0) for t in ("Garlic: plant it now", "It pays.", "By Ann Lee", "Garlic is easy.")]
    >>> _heads_header(page, 0), _heads_header(page, 3)
    (True, False)
    """
    return is_headline(lines[k].text, True) and any(
        lines[j].group == lines[k].group and (strong(lines[j], lines[j].reason) or lines[j].reason == "dateline-timestamp" and
                                              bool(_YEAR.search(lines[j].text))) and not _AGO.search(lines[j].text)
        for j in range(k + 1, min(len(lines), k + 4)))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # `06.06.2024 10:41`
_AGO = re.compile(r"\bago\b", re.I)  # a live page's `3h ago` over each entry, no article's header


_MENU_ITEM_WORDS = 10
_PROSE_RUN = 3  # story sentences in a row: no box runs through them
_ACCOUNT_LINK = re.compile(r"(?:sign|log) ?(?:in|out)(?: (?:/|or) (?:register|sign up|join))?|my account|register", re.I)


def quote_forms(lines: list[Line]) -> None:
    """A quote or calculator form over its dropped button (`Get my quote`): its field labels
    (`Your dog's name` / `Breed`, `Property price` / `£` / `Mortgage term` / `25 years`), the
    pitch over them that asks or names a price, and the small print under the button.

    >>> page = [Line(t, 0) for t in ("Owners should brush their dogs after every walk, the vet said.",
    ...         "Is your dog covered for summer scrapes?", "Lifetime cover from £11.40 a month*.", "Your dog’s name",
    ...         "Breed", "Get my quote", "*Price for a 2-year-old crossbreed. Your price will depend on your pet.")]
    >>> page[5].reason = "promo"; quote_forms(page); [ln.reason for ln in page]
    [None, 'promo', 'promo', 'promo', 'promo', 'promo', 'promo']
    >>> page = [Line(t, i) for i, t in enumerate(("Mortgage calculator", "Property price", "£250,000", "Deposit", "£25,000",
    ...         "Calculate", "Your estimated monthly repayment: £1,250.64"))]
    >>> page[5].reason = "promo"; quote_forms(page); [ln.reason for ln in page]
    ['promo', 'promo', 'promo', 'promo', 'promo', 'promo', 'promo']
    """
    for i, button in enumerate(lines):
        if not (button.reason and _QUOTE_BUTTON.match(button.text)):
            continue
        k = i - 1
        while k >= 0 and i - k <= _FORM_REACH and (len(words(lines[k].text)) <= 4 and not TERMINAL.search(lines[k].text) or
                          re.fullmatch(r"[£$€]", lines[k].text)):
            k -= 1  # (a field's value may already be dropped: `£250,000`, `4.5%`)
        if i - k - 1 < _FORM_FIELDS:
            continue
        while k >= 0 and not lines[k].reason and i - k <= _FORM_FIELDS + 4 and \
                (lines[k].text.endswith("?") and len(words(lines[k].text)) <= 14 or _price_pitch(lines[k].text) or
                 _QUOTE_PITCH.search(lines[k].text)) and not _SAYS.search(lines[k].text):
            k -= 1  # the pitch: `Is your dog covered for summer scrapes?`, `Lifetime cover from £11.40 a month*.`
        for ln in lines[k + 1:i]:
            ln.reason = ln.reason or button.reason
        for ln in lines[i + 1:i + 3]:
            if ln.reason or not (ln.text.startswith("*") or _QUOTE_SMALL_PRINT.search(ln.text)):
                break
            ln.reason = button.reason  # `*Price for a 2-year-old crossbreed ...`, `Your home may be repossessed ...`


_QUOTE_BUTTON = re.compile(r"(?:get|see|check|compare) (?:my|a|your|our|the) (?:free )?(?:[\w-]+ )?(?:quotes?|price|premium|rates?)\b|"
                           r"calculate(?: now| my \w+)?|check (?:my )?eligibility", re.I)
_QUOTE_PITCH = re.compile(r"\b(?:how much (?:you|could you)|your (?:pet|dog|cat|home|car|mortgage)|get a (?:[\w-]+ )?quote|calculator)\b", re.I)
_QUOTE_SMALL_PRINT = re.compile(r"\bprovided by our partner\b|\bmay be repossessed\b|\bterms (?:and|&) conditions apply\b|"
                                r"^your estimated\b", re.I)
_FORM_FIELDS = 2  # field labels at least, over the button
_FORM_REACH = 12  # lines a form's fields and values take over its button at most


def _story_sentence(text: str) -> bool:
    """A sentence of the story's: fifteen words or more, ending in a full stop, not talking
    to the reader or offering anything.

    >>> _story_sentence("Only the keeper offered resistance, making a gritty 41 from 96 balls before he became the seventh victim.")
    True
    >>> _story_sentence("Every ball of the season live on your phone: dial *120# today to subscribe and get the first week free.")
    False
    """
    return len(words(text)) >= 15 and text.endswith(".") and is_sentence(text) and not _ASKS_READER.search(text) and \
        not _OFFER_PRICE.search(text) and not re.search(r"\b(?:we|our|us)\b|[*#]", text, re.I)


def ad_copy(lines: list[Line]) -> None:
    """The one line under an `ADVERTISEMENT` label closing its paragraph, selling to the reader
    or naming a price, is the advert's copy; the story's paragraph pasted there reports.

    >>> page = [Line("The regulator set the cap.", 0), Line("ADVERTISEMENT", 0, "advert"),
    ...         Line("Upgrade your home this summer: 0% instalment plans on all AC units. Dh99 installation.", 0)]
    >>> ad_copy(page); page[2].reason
    'advert'
    >>> page[2] = Line("Operators welcomed the cap, saying it gave them certainty.", 0)
    >>> ad_copy(page); page[2].reason is None
    True
    """
    for label, line, after in zip(lines, lines[1:], lines[2:] + [None]):
        if label.reason and _AD_LABEL.match(label.text.strip(" -–—|·")) and line.group == label.group and \
                not line.reason and (after is None or after.group != line.group) and len(words(line.text)) <= 40 and \
                not _SAYS.search(line.text) and not re.search("[\"“”]", line.text) and \
                (_ASKS_READER.search(line.text) or _OFFER_PRICE.search(line.text)):
            line.reason = "advert"


_OFFER_PRICE = re.compile(r"[$£€]\s?\d|\b(?:Dh|AED|Rs\.?|KSh|R)\s?\d|\b\d{1,2}% (?:off|finance|interest|instal)|\b0% ")


def _heading_under_box(lines: list[Line], k: int) -> bool:
    """A headline-shaped line pasted right under a box's button (`Subscribe`, `Sign up`), ending
    the box's paragraph above a paragraph of prose: the story's next crosshead, not the box's.

    >>> page = [Line("Get the Courier in your inbox", 0, "newsletter"), Line("Email address", 0, "newsletter"),
    ...         Line("Sign up", 0, "newsletter"), Line("Why the harbour wall keeps failing", 0),
    ...         Line("Engineers say the wall was built on sand that shifts with every winter storm.", 1)]
    >>> _heading_under_box(page, 3), _heading_under_box(page[:4], 3)
    (True, False)
    >>> page[3] = Line("Why it matters", 0)
    >>> _heading_under_box(page, 3)
    True
    >>> page[3] = Line("So who blinked? A few things worth knowing.", 0)  # a question crosshead with its answer's lead
    >>> _heading_under_box(page, 3)
    True
    >>> page[3] = Line("Your weekly guide to what is on in the valley", 0)
    >>> _heading_under_box(page, 3)
    False
    """
    line, above = lines[k], lines[k - 1] if k else None
    return above is not None and above.group == line.group and above.reason in _BOX_BUTTONS and \
        len(words(above.text)) <= 4 and (not TERMINAL.search(line.text) or "?" in line.text and len(words(line.text)) <= 12) and \
        not _PITCH.search(line.text) and \
        not _YOU.search(line.text) and not _WE.search(line.text) and \
        (_post_heading(lines, k) or k + 1 < len(lines) and lines[k + 1].group != line.group and
         is_headline(line.text, alone=True) and is_sentence(lines[k + 1].text))  # a short one: `Why it matters`


_TICKET_WORDS = re.compile(r"\btickets?\b|\bsold[- ]out\b|\bon (?:general )?sale\b|\bbox office\b", re.I)
_BUY_BUTTON = re.compile(r"^(?:buy|book|get|order|reserve)(?: (?:your|my|now|here|today|online|tickets?|seats?|a seat|a place))*"
                         r"\s*[!›»>→]*$", re.I)


def ticket_pitch(lines: list[Line]) -> None:
    """The ticket box closing a club or venue page's story: a short line about tickets right
    above its dropped `Buy tickets` / `Book now` button, however it is punctuated
    (`Tickets for Saturday's game are on sale now. Under-16s go free.`).

    >>> page = [Line(t, 0) for t in ("Tickets for Friday's final start at £12. Season ticket holders go free.", "Book now")]
    >>> page[1].reason = "promo"; ticket_pitch(page); page[0].reason
    'promo'
    >>> page = [Line(t, 0) for t in ("Seats for the cup tie sold out within an hour.", "Get tickets ›")]
    >>> page[1].reason = "promo"; ticket_pitch(page); page[0].reason
    'promo'
    >>> page = [Line(t, 0) for t in ("Fans said tickets were too dear, the club admitted.", "Buy tickets")]
    >>> page[1].reason = "promo"; ticket_pitch(page); page[0].reason is None  # the story reporting speech
    True
    """
    for above, button in zip(lines, lines[1:]):
        if button.reason and _BUY_BUTTON.match(button.text) and not above.reason and _TICKET_WORDS.search(above.text) and \
                len(words(above.text)) <= 30 and not re.search("[\"“”]", above.text) and not _SAYS.search(above.text):
            above.reason = button.reason


def _form_button(line: Line, below: Line) -> bool:
    """A sign-up pitch's button right under it in its box, an exclamation of up to three
    words (`Let's go!`, `Count me in!`), as sign-up boxes of local news sites print it.

    >>> _form_button(Line("Get free updates from the Courier.", 0, "newsletter"), Line("Let's go!", 0))
    True
    >>> _form_button(Line("Share", 0, "social"), Line("Let's go!", 0))
    False
    """
    return line.reason == "newsletter" and not below.reason and below.group == line.group and \
        len(words(below.text)) <= 3 and below.text.endswith("!")


# a consent banner's heading: `We value your privacy`, `Your privacy choices`, `This site uses cookies`
_CONSENT_HEAD = re.compile(r"\b(?:privacy|cookies?|consent|your (?:data|choices)|personal data|tracking)\b", re.I)


def consent_heading(lines: list[Line]) -> None:
    """The short heading right above a consent banner's text in its box goes with the banner.

    >>> page = [Line(t, 0) for t in ("Your privacy, your choice",
    ...         "We and our partners use cookies to store and access information on your device.", "Accept all")]
    >>> page[1].reason = page[2].reason = "consent"
    >>> consent_heading(page); page[0].reason
    'consent'
    >>> page = [Line("Cookie settings", 0), Line("We use cookies to improve your browsing experience.", 1)]
    >>> page[1].reason = "consent"; consent_heading(page); page[0].reason
    'consent'
    >>> page = [Line(t, 0) for t in ("Privacy watchdog fines council over leaked files",
    ...                              "The regulator said the council had failed to protect tenants' data.")]
    >>> consent_heading(page); page[0].reason is None  # a headline over the story's first sentence
    True
    """
    for above, line in zip(lines, lines[1:]):
        if line.reason == "consent" and is_sentence(line.text) and not above.reason \
                and len(words(above.text)) <= 8 and not TERMINAL.search(above.text) and _CONSENT_HEAD.search(above.text):
            above.reason = "consent"


_TIP_REPLY = re.compile(r"\b(?:you|your)\b|[\w.+-]+@[\w-]+\.[\w.]+|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b", re.I)


def tip_box(lines: list[Line]) -> None:
    """A tip box opened by its heading or closed by its button (`Do you have a tip?` / a question
    to the reader / the reporter's email / `Share your story`) is the outlet's ask, not the story.

    >>> page = [Line(t, 0) for t in ("Got a news tip?", "Were you there? We want to hear from you.",
    ...                              "Email Ann Lee at ann@post.com.", "Share your story")]
    >>> page[0].reason = page[3].reason = "reader-prompt"
    >>> tip_box(page); [ln.reason for ln in page]
    ['reader-prompt', 'reader-prompt', 'reader-prompt', 'reader-prompt']
    >>> page = [Line(t, 0) for t in ("Share your story", "The council said 40 people had replied.")]
    >>> page[0].reason = "reader-prompt"
    >>> tip_box(page); page[1].reason is None  # no word to the reader: the story's own paragraph
    True
    """
    for group in groups(lines):
        if not 2 <= len(group) <= _BOX_LINES or not any(ln.reason == "reader-prompt" for ln in (group[0], group[-1])):
            continue
        rest = [ln for ln in group if not ln.reason]
        if rest and all(_TIP_REPLY.search(ln.text) and len(words(ln.text)) <= 40 and not re.search("[\"“”]", ln.text)
                        for ln in rest):
            for ln in rest:
                ln.reason = "reader-prompt"


# a metered paywall's counter: `You've read 8 Ledger stories this week`, `You have read 3 of 5 free articles`
_METER = re.compile(r"^you(?:[’']ve| have) read (?:\d+|all|your)\b.{0,40}\b(?:stories|articles|story|article)\b", re.I)


def meter_box(lines: list[Line]) -> None:
    """The box a metered paywall's counter opens: its appeal to the reader, up to its button
    (`You’ve read 8 stories this week` / `That’s not a coincidence — you care ...` / `Join now`).

    >>> page = [Line(t, 0) for t in ("You’ve read 8 Post stories this week",
    ...                              "Our reporting is free for you to read. Help keep it that way.", "Join now")]
    >>> page[2].reason = "promo"
    >>> meter_box(page); [ln.reason for ln in page]
    ['subscription', 'subscription', 'promo']
    >>> page = [Line("You’ve read it here first: the council said 40 people had replied.", 0)]
    >>> meter_box(page); page[0].reason is None
    True
    """
    for group in groups(lines):
        if not _METER.match(group[0].text) or len(words(group[0].text)) > 12:
            continue
        for ln in group:
            if not ln.reason and len(words(ln.text)) <= 60 and not re.search("[\"“”]", ln.text) and \
                    (ln is group[0] or _YOU.search(ln.text) or _WE.search(ln.text)):
                ln.reason = "subscription"


_LIVE_ENTRY = re.compile(r"^(?:live ?blog|live) (?:entry|post|update)$", re.I)


def live_entry_cards(lines: list[Line]) -> None:
    """A card linking one entry of the outlet's live page: its label (`Liveblog entry`) and
    the entry's headline below it in the same paragraph.

    >>> page = [Line("Liveblog entry", 0, "label"), Line("Residents report smell of gas; no leak found", 0)]
    >>> live_entry_cards(page); page[1].reason
    'related'
    >>> page = [Line("Liveblog entry", 0, "label"), Line("Residents reported a smell of gas, police said.", 0)]
    >>> live_entry_cards(page); page[1].reason is None
    True
    """
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if _LIVE_ENTRY.match(line.text.strip()) and nxt.group == line.group and not nxt.reason and \
                not TERMINAL.search(nxt.text) and len(words(nxt.text)) <= 25 and not re.search("[\"“”]", nxt.text):
            nxt.reason = "related"


# a competition box's heading: `Radio FM Competitions`, `Giveaway`, `Win!`
_CONTEST_HEAD = re.compile(r"^(?:[A-Z][\w’'&.-]* ){0,3}(?:[Cc]ompetitions?|[Gg]iveaways?|[Pp]rize [Dd]raws?|[Ww]in!?)$")


# a newsletter's card, not the story's byline: `By Ann Lee · Launched 2 years ago`, `Ann Lee · 12K subscribers`
_PUB_CARD = re.compile(r"\b(?:launched|started) (?:\d+|a|an|one|two|three) (?:years?|months?|weeks?) ago\b|"
                       r"\b[\d,.]+[KkM]? (?:paid )?(?:subscribers|followers)\b", re.I)
_BOX_LINES = 6  # a sign-up or advert box; a longer paragraph of lines is a paste without blank lines
# an e-mail field, its kind (`Your work email`) and the button pasted on its line (`Enter email  Sign me up`)
_FIELD = re.compile(r"^(?:type |enter )?(?:your )?(?:(?:work|business|personal|best|school) )?(?:email|e-mail)(?: address)?"
                    r"\s*(?:here)?\s*(?:\.{3}|…)?\s*\*?(?: (?:sign (?:me )?up|subscribe|submit|join|send|go|get it)\s*[!→›»>]?)?$", re.I)
_CLOSER = re.compile(r"^(?:read|learn|find out|see|discover) more\b.{0,30}$|.{0,60}[→›»]$", re.I)
# an advert slot's own note that the story goes on under it: `CONTINUE READING BELOW`, `Story continues below
# advertisement`, `Article continues after this ad`, `Scroll to continue with content`
_RESUME = re.compile(r"^(?:(?:the )?(?:story|article|text|content|reading) )?continues? (?:reading )?(?:below|after|under)\b.{0,30}$|"
                     r"^(?:scroll|keep scrolling) (?:down )?to (?:continue|keep reading)\b.{0,30}$", re.I)
_AD_LABEL = re.compile(r"^(?:advertisement|advert|ad|sponsored|sponsored content|paid content|promoted|partner content)$|"
                       # an event's label with its date: `WEBINAR · 9 October, 11:00 CT`
                       r"^(?:webinar|live event|workshop|masterclass|virtual event|online event)\s*[·|:–-]\s*\S.{0,40}$", re.I)


_BOX_BUTTONS = ("promo", "subscription", "newsletter")



def _button_box(group: list[Line], menus: set[str] | frozenset[str] = frozenset()) -> bool:
    """A box of short lines around a button: a paragraph closed by a button (`Try Harbour+ free`,
    `Find out more`) holding a short unpunctuated heading and exactly one sentence of pitch,
    which talks to the reader (`your`, `our`) unless the box has two buttons. A story's
    paragraph is prose, not a heading and one line.

    >>> box = [Line("PARTNER OF THE CLUB", 0), Line("Tyre Co – proud partner. Show your season ticket for 10% off.", 0),
    ...        Line("Find out more", 0)]
    >>> _button_box(box)
    True
    >>> _button_box([Line("Flood defences", 0), Line("The council will spend £2m on the wall.", 0), Line("Find out more", 0)])
    False
    >>> box = [Line("Harbour+", 0), Line("Unlock the full breakdown", 0, "promo"), Line("Members get analysis.", 0),
    ...        Line("Try Harbour+ free", 0, "promo"), Line("Already a member? Sign in", 0, "navigation")]
    >>> _button_box(box), _button_box(box[:2] + box[2:3] + box[4:])
    (True, False)
    >>> box = [Line("Get Lee on your back", 0), Line("Personalise your shirt at the Club Shop.", 0), Line("Shop kit", 0)]
    >>> _button_box(box, {"Shop kit", "News"}), _button_box(box)
    (True, False)
    >>> box = [Line("Want to write?", 0), Line("Write an article and join a community of 200,000 academics.", 0),
    ...        Line("Register now", 0, "promo")]
    >>> _button_box(box), _button_box([Line("Why now?", 0), Line("Write-offs rose by a third last year.", 0), box[2]])
    (True, False)

    A membership appeal may run to a few sentences when one of them asks for the money
    (`... Become a member from €5 a month, or give once.`, `... Chip in what you can today.`):

    >>> appeal = ("The Gazette has covered this valley since 1921 and is owned by nobody but its readers. No paywall, no "
    ...           "shareholders, just reporting from the towns the big papers left. Join 4,000 members from $6 a month.")
    >>> box = [Line("Back the Gazette", 0), Line(appeal, 0), Line("Join now", 0, "subscription"), Line("Give once", 0, "subscription")]
    >>> _button_box(box), _button_box(box[:3])
    (True, True)
    >>> story = ("The Gazette has covered this valley since 1921 and was sold to a regional group on Monday for an undisclosed "
    ...          "sum, ending a century of family ownership in which it never missed an edition, staff were told.")
    >>> _button_box([box[0], Line(story, 0)] + box[2:])
    False
    """
    last, buttons = group[-1], sum(ln.reason in _BOX_BUTTONS for ln in group)
    if not (last.reason in _BOX_BUTTONS or _CLOSER.match(last.text) and len(words(last.text)) <= 4 or
            last.text in menus and len(words(last.text)) <= 3 or
            last.reason == "navigation" and buttons >= 2):  # `Already a member? Sign in` under the buttons
        return False
    kept = [ln for ln in group if not ln.reason and ln is not last]
    # a box's heading may ask the reader (`Want to write?`): a short question, not a sentence of pitch
    heads = [ln for ln in kept if not TERMINAL.search(ln.text) or ln is kept[0] and _QUESTION_HEAD.fullmatch(ln.text)]
    said = [ln for ln in kept if ln not in heads]
    if _framed_pitch(group, said):
        return True
    if len(said) != 1 or not heads or len(words(said[0].text)) > (60 if _APPEAL.search(said[0].text) else 30) or \
            re.search("[\"“”]", said[0].text) or any(len(words(ln.text)) > 8 for ln in heads):
        return False
    return buttons >= 2 or bool(re.search(r"\b(?:you|your|our)\b", said[0].text, re.I) or _IMPERATIVE.match(said[0].text) or
                                _APPEAL.search(said[0].text))


def _framed_pitch(group: list[Line], said: list[Line]) -> bool:
    """A box whose heading and button are both already known (`Support local journalism` /
    one paragraph of appeal to the reader / `Become a supporter`): the appeal between them is
    the box's, even when longer than a one-line pitch.

    >>> box = [Line("Support local news", 0, "subscription"), Line("The Post is free to read and always will be. But "
    ...        "reporting takes time. If you value what we do, please consider supporting us from £3 a month.", 0),
    ...        Line("Become a supporter", 0, "subscription")]
    >>> _framed_pitch(box, box[1:2]), _framed_pitch(box, [Line("The council met on Monday.", 0)])
    (True, False)
    """
    return len(group) == 3 and len(said) == 1 and group[0].reason in _BOX_BUTTONS and group[-1].reason in _BOX_BUTTONS and \
        not TERMINAL.search(group[0].text) and len(words(said[0].text)) <= 60 and not re.search("[\"“”]", said[0].text) and \
        bool(_YOU.search(said[0].text) and _WE.search(said[0].text))


# a membership appeal's ask: a sentence opening with the verb and naming the money or the membership
_APPEAL = re.compile(r"(?:^|[.!?]\s+)(?:Join|Become|Donate|Support us|Subscribe|Give|Chip in|Contribute|Back us)\b[^.!?]{0,60}"
                     r"(?:[$£€]\s?\d|\b(?:members?(?:hip)?|contribution|donation|subscri\w+|supporters?|what you can)\b)")
_QUESTION_HEAD = re.compile(r"(?:[\w’'-]+ ){0,4}[\w’'-]+\?")
# a pitch that tells the reader what to do: `Write an article and join a growing community of ...`
_IMPERATIVE = re.compile(r"^(?:Join|Write|Sign up|Subscribe|Register|Become|Download|Get|Try|Discover|Support|Give|Donate|"
                         r"Apply|Start|Create|Claim|Book|Explore)(?= )")


def _sign_up_form(group: list[Line]) -> bool:
    """A paragraph holding an e-mail field (`Enter your email`, on a bilingual page `Cyfeiriad
    e-bost | Email address`) below its first line is a sign-up box.

    >>> _sign_up_form([Line("The Llais newsletter", 0), Line("Cyfeiriad e-bost | Email address", 0)])
    True
    >>> _sign_up_form([Line("The Llais newsletter", 0), Line("Email address changes | Help", 0)])
    False
    """
    return any(_FIELD.match(ln.text) or _FIELD.match(second_language(ln.text) or "") for ln in group[1:])


def _advert_box(group: list[Line]) -> bool:
    """An `Advertisement` label heading a short paragraph: the rest is the advert's text."""
    return bool(_AD_LABEL.match(group[0].text.strip(" -–—|·")))


def _paywall_box(group: list[Line]) -> bool:
    """A paywall badge (`Members only`, `Premium`) heading a short paragraph closed by a
    log-in or subscription pitch: the line between is the locked content's blurb.

    >>> _paywall_box([Line("Members only", 0, "label"), Line("Read the full survey, with regional data.", 0),
    ...               Line("Log in or become a member to continue reading this report.", 0, "social")])
    True
    >>> _paywall_box([Line("Members only", 0, "label"), Line("Read the full survey, with regional data.", 0),
    ...               Line("Growers said the survey was late.", 0)])
    False
    """
    return badge(group[0].text) is not None and len(group) >= 3 and group[-1].reason in ("subscription", "social", "newsletter")


_BOX_REASONS = (*_BOX_BUTTONS, "social")  # a community's `Join ...` heading, a `Sign in` link under the buttons


def _pitch_box(group: list[Line]) -> bool:
    """A paragraph opened by a pitch heading (`SUPPORT INDEPENDENT JOURNALISM`) and closed
    by its button (`Become a Member`), both dropped, with one or two lines between that talk
    to the reader (`We have you. Chip in $5 a month ...`): a membership or sign-up box.

    >>> box = [Line("SUPPORT LOCAL NEWS", 0, "subscription"), Line("We have you. Chip in $5 a month.", 0),
    ...        Line("Become a Member", 0, "subscription")]
    >>> _pitch_box(box), _pitch_box([box[0], Line("The council voted 7-2 to cut the grant.", 0), box[2]])
    (True, False)
    >>> _pitch_box(box[:2] + [Line("Donate with a card", 0, "promo"), Line("Other ways to help", 0, "promo")])
    True
    >>> _pitch_box([Line("Join the Courier Community", 0, "social"), Line("News without the noise", 0, "social"),
    ...             Line("Our reporters are there every week. Members make that possible.", 0),
    ...             Line("Become a member", 0, "subscription"), Line("Already a member? Sign in", 0, "social")])
    True
    >>> _pitch_box([Line("Share", 0, "social"), Line("We met the mayor on Monday.", 0), Line("Tweet", 0, "social")])
    False
    >>> _pitch_box([Line("Join the Courier Community", 0, "social"), Line("Reporting from the valley, without the noise", 0),
    ...             Line("Our reporters are there every week. Members make that possible.", 0),
    ...             Line("Become a member", 0, "subscription")])
    True
    >>> _pitch_box([Line("Join the Courier Community", 0, "social"), Line("Floods in the valley", 0),
    ...             Line("The river rose two metres overnight.", 0), Line("Become a member", 0, "subscription")])
    False
    """
    end = len(group)
    while end > 1 and group[end - 1].reason in _BOX_REASONS:
        end -= 1  # the box's buttons: `Donate with a card` / `Other ways to help`, `Become a member` / `Sign in`
    middle = [ln for ln in group[1:end] if not ln.reason]  # (a subheading a rule dropped may sit above the appeal)
    return 3 <= len(group) <= 5 and group[0].reason in _BOX_REASONS and end < len(group) and 1 <= len(middle) <= 2 and \
        any(ln.reason in _BOX_BUTTONS for ln in (group[0], *group[end:])) and \
        any(_ASKS_READER.search(ln.text) or _WE.search(ln.text) for ln in middle) and \
        all(_ASKS_READER.search(ln.text) or _WE.search(ln.text) or  # (a slogan under the heading: `News without the noise`)
            not TERMINAL.search(ln.text) and len(words(ln.text)) <= _HEAD_WORDS and ln is middle[0] for ln in middle)


def pitch_windows(lines: list[Line]) -> None:
    """A pitch box (`_pitch_box`: heading, one or two lines of appeal, button) inside a longer
    paragraph, where a page pasted without blank lines runs it on into the tags or the footer.

    >>> page = [Line(t, 0) for t in ("Back the Bugle", "The Bugle is reader-supported. If our reporting helps you, "
    ...         "please consider a monthly gift.", "Give monthly", "Related posts", "Harbour")]
    >>> page[0].reason = page[2].reason = "subscription"; page[3].reason = page[4].reason = "related"
    >>> pitch_windows(page); page[1].reason
    'subscription'
    >>> page[1].reason = None; page[1].text = "The council voted 7-2 to cut the grant on Monday."
    >>> pitch_windows(page); page[1].reason is None
    True
    """
    for group in groups(lines):
        if len(group) <= 4:
            continue  # a box set apart is `promo_blocks`' own
        for a in range(len(group) - 2):
            win = next((group[a:a + n] for n in (3, 4) if a + n <= len(group) and _pitch_box(group[a:a + n])), None)
            if win and not TERMINAL.search(win[0].text) and all(len(words(ln.text)) <= 60 and not re.search("[\"“”]", ln.text)
                                                                for ln in win[1:-1]):
                for ln in win[1:-1]:
                    ln.reason = ln.reason or next(o.reason for o in reversed(win) if o.reason in _BOX_BUTTONS)


_TOOL_BUTTON = re.compile(r"^(?:try|use|open|launch|start|visit|explore|go to|take) (?:the |our |a )?(.+?)(?: now| here)?\s*[→›»]?$",
                          re.I)


def _tool_box(group: list[Line]) -> bool:
    """A paragraph whose heading comes back in the button closing it (`Symptom Checker` /
    `Feeling tired? Check your symptoms.` / `Try the Symptom Checker`): a box promoting the
    site's own tool or calculator.

    >>> _tool_box([Line("Mortgage Calculator", 0), Line("See what you could borrow.", 0), Line("Use our mortgage calculator", 0)])
    True
    >>> _tool_box([Line("Symptom Checker", 0), Line("Doctors said tiredness is common.", 0), Line("Try the diet first.", 0)])
    False
    """
    head, button = group[0].text, group[-1].text
    m = _TOOL_BUTTON.match(button)
    return 2 <= len(group) <= 4 and m is not None and len(words(button)) <= 7 and not TERMINAL.search(button) and \
        1 <= len(words(head)) <= 4 and not TERMINAL.search(head) and m.group(1).lower() == head.lower() and \
        not any(re.search("[\"“”]", ln.text) for ln in group)


def _post_heading(lines: list[Line], i: int) -> bool:
    """A headline-shaped line closing its paragraph, right above prose (`Key event` /
    `Power firm says homes may be cut off until Monday` / a paragraph): the heading of
    the post below, not the last link of a button row.

    >>> _post_heading([Line("Key event", 0), Line("Power firm says homes may be cut off", 0),
    ...                Line("Engineers cannot begin repairs until the wind drops tonight.", 1)], 1)
    True
    >>> _post_heading([Line("Share", 0), Line("Power firm says homes may be cut off", 0), Line("Tweet", 0)], 1)
    False
    """
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and nxt.group != lines[i].group and is_headline(lines[i].text) and \
        (is_sentence(nxt.text) or nxt.text.endswith(":") and len(words(nxt.text)) >= 6)


_PITCH = re.compile(r"\bsubscri\w*|\bsign(?:ing)? up\b|\bnewsletters?\b|\binbox\b|\bsupport (?:my|our|us)\b|"
                    r"\bdonat\w*|\bmembership\b", re.I)


_FIELD_PITCH = 3  # a sign-up form's heading and blurb above its e-mail field
_TO_READER = re.compile(r"\b(?:you|your|inbox)\b|\bevery (?:weekday|day|morning|evening|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def field_pitch(lines: list[Line]) -> None:
    """The lines right above a sign-up form's e-mail field in its paragraph, even one pasted
    without blank lines: its heading (`Get more stories like this in Markets`) and its blurb
    to the reader (`The numbers that move your money, every weekday.`), up to the first line
    that is neither.

    >>> page = [Line(t, 0) for t in ("Shoppers were divided, the survey found.", "Get more stories like this in Markets",
    ...                              "The numbers that move your money, every weekday.", "Your email")]
    >>> page[3].reason = "newsletter"; field_pitch(page); [ln.reason for ln in page]
    [None, 'newsletter', 'newsletter', 'newsletter']
    >>> page = [Line(t, 0) for t in ("Shoppers were divided, the survey found.", "The Friday Brief",
    ...                              "Our best reads of the week, free every Friday.", "Your business email Subscribe")]
    >>> page[3].reason = "newsletter"; field_pitch(page); [ln.reason for ln in page]  # the field and its button on one line
    [None, 'newsletter', 'newsletter', 'newsletter']
    >>> _FIELD.match("Enter email Sign me up") is not None, _FIELD.match("Your work email was hacked") is None
    (True, True)
    >>> page = [Line(t, i) for i, t in enumerate(("Shoppers were divided, the survey found.", "Sign up for our newsletter",
    ...         "The week in farming, every Monday morning.", "Enter your email"))]  # a paste with no blank lines
    >>> page[1].reason = page[3].reason = "newsletter"; field_pitch(page); [ln.reason for ln in page]
    [None, 'newsletter', 'newsletter', 'newsletter']
    """
    flat = all(a.group != b.group for a, b in zip(lines, lines[1:]))  # no paragraph of two lines: grouping tells nothing
    for i, line in enumerate(lines):
        if line.reason != "newsletter" or not _FIELD.match(line.text):
            continue
        for above in reversed(lines[max(0, i - _FIELD_PITCH):i]):
            if above.group != line.group and not flat or re.search("[\"“”]", above.text) or _BY.match(above.text):
                break
            heading = not TERMINAL.search(above.text) and len(words(above.text)) <= 10
            if not above.reason and not heading and not (len(words(above.text)) <= 30 and _TO_READER.search(above.text)):
                break
            above.reason = above.reason or "newsletter"


def form_pitch(lines: list[Line]) -> None:
    """The paragraph right above a sign-up form (`Type your email…` / `Subscribe`, every
    line of it dropped) that talks about subscribing is the form's pitch (`Low Tide is a
    reader-supported publication. To receive new posts ..., consider becoming a subscriber.`)."""
    paras = groups(lines)
    for above, form in zip(paras, paras[1:]):
        if not all(ln.reason == "newsletter" for ln in form) or len(above) != 1 or above[0].reason:
            continue
        text = above[0].text
        if _PITCH.search(text) and len(words(text)) <= 40 and not re.search("[\"“”‘]", text):
            above[0].reason = "newsletter"


def link_cards(lines: list[Line]) -> None:
    """A card linking elsewhere (`As it happened: ...` / `Live updates ...` / `Read the
    full live blog`): when a group holds a read-more or sign-up link and the rest of it
    is unpunctuated teaser text, the whole group is the card. A crosshead pasted under the
    card's sign-up button, above the story's next paragraph, is the story's.

    >>> page = [Line("Get the Ledger in your inbox", 0, "newsletter"), Line("Sign up", 0, "newsletter"),
    ...         Line("What the tariffs would cover", 0), Line("The tariffs would apply to finished goods, not to chips.", 1)]
    >>> link_cards(page); page[2].reason is None
    True
    >>> page = [Line("Get the Ledger in your inbox", 0, "newsletter"), Line("Sign up", 0, "newsletter"),
    ...         Line("Weekend reading list", 0), Line("the best of the week", 0)]
    >>> link_cards(page); [ln.reason for ln in page[2:]]
    ['read-more', 'read-more']
    """
    groups: dict[int, list[Line]] = {}
    crossheads = set()
    for k, line in enumerate(lines):
        groups.setdefault(line.group, []).append(line)
        if not line.reason and _heading_under_box(lines, k):
            crossheads.add(id(line))  # the story's crosshead pasted under a sign-up button
    for group in groups.values():
        if len(group) < 2 or not any(ln.reason in ("read-more", "newsletter") for ln in group):
            continue
        rest = [ln for ln in group if not ln.reason and id(ln) not in crossheads]
        if all(not TERMINAL.search(ln.text) and len(words(ln.text)) <= 15 and not is_byline(ln.text)
               for ln in rest):
            for ln in rest:
                ln.reason = "read-more"


# an academic outlet's card of who wrote the piece and who pays them: `Disclosure statement`, `Partners`
_DISCLOSURE_HEAD = re.compile(r"(?:disclosure(?: statement)?|conflicts? of interests?|competing interests?|"
                              r"declarations? of interests?|partners|funding)\s*:?", re.I)
_DISCLOSES = re.compile(r"\b(?:receives?|received|has received) (?:research )?(?:funding|grants?|support)\b|"
                        r"\bdoes not work for, consult\b|\bno relevant affiliations\b|\bprovides? funding as\b|"
                        r"\b(?:is|are) an? (?:unpaid |paid )?(?:adviser|advisor|trustee|member|consultant) (?:to|of)\b|"
                        r"\bdeclares? no (?:conflicts?|competing)\b|"
                        # a trade site's ethics box: `X adheres to a strict set of editorial policies. The author holds ETH.`
                        r"\b(?:adheres?|adhering|committed) to (?:a |an |our )?(?:strict |rigorous )?(?:set of )?editorial (?:policies|standards|guidelines)\b|"
                        r"\bthe author (?:holds|owns|has positions? in|does not hold)\b")
_AUTHOR_LABEL = re.compile(r"authors?\s*:?", re.I)
_BYLINE_ABOVE = 6  # lines above the card where the header's byline stands


def disclosure_cards(lines: list[Line]) -> None:
    """The author card academic outlets set under the standfirst: an `Author` label over
    the writer's name and post (`Senior Lecturer in Urban Geography, University of X`), a
    `Disclosure statement` heading over who funds them, and `Partners` over the universities
    that fund the site. A heading counts when the line under it discloses (`... receives
    funding from ...`, `... provides funding as a founding partner of ...`); the label's
    name and post are short lines without a full stop.

    The card goes when the byline above named the writer; with no byline above, the card
    is the byline and stays:

    >>> page = [Line("Ann Lee, University of Eastby", 0), Line("Author", 1), Line("Ann Lee", 1),
    ...         Line("Senior Lecturer in Ecology, University of Eastby", 1),
    ...         Line("Disclosure statement", 1), Line("Ann Lee receives funding from the Research Council.", 1),
    ...         Line("Partners", 1), Line("University of Eastby provides funding as a founding partner of The Site UK.", 1),
    ...         Line("Street trees are cheap climate tools.", 2)]
    >>> disclosure_cards(page); [ln.reason for ln in page]
    [None, 'author-bio', 'author-bio', 'author-bio', 'disclosure', 'disclosure', 'disclosure', 'disclosure', None]
    >>> page = [Line("Author", 1), Line("Ann Lee", 1), Line("Senior Lecturer in Ecology, University of Eastby", 1)]
    >>> disclosure_cards(page); [ln.reason for ln in page]
    [None, None, None]
    >>> page = [Line("Disclosure", 0), Line("Coinwire adheres to a strict set of editorial policies. The author holds ETH.", 0)]
    >>> disclosure_cards(page); [ln.reason for ln in page]
    ['disclosure', 'disclosure']
    >>> page = [Line("Partners", 0), Line("The two firms became partners in 2019, the filing shows.", 0)]
    >>> disclosure_cards(page); [ln.reason for ln in page]
    [None, None]
    """
    for i, line in enumerate(lines[:-1]):
        below = lines[i + 1]
        if _DISCLOSURE_HEAD.fullmatch(line.text) and _DISCLOSES.search(below.text) and \
                len(words(below.text)) <= 80 and not re.search("[\"“”]", below.text):
            line.reason = line.reason or "disclosure"
            below.reason = below.reason or "disclosure"
        elif _AUTHOR_LABEL.fullmatch(line.text):
            card = [ln for ln in lines[i + 1:i + 3] if ln.group == line.group]
            if card and all(not ln.reason and not TERMINAL.search(ln.text) and len(words(ln.text)) <= 15 for ln in card) and \
                    is_byline(card[0].text):
                if any(ln.text.startswith(card[0].text) for ln in lines[max(0, i - _BYLINE_ABOVE):i]):
                    for ln in (line, *card):  # the byline above named the writer already; else the card is the byline
                        ln.reason = ln.reason or "author-bio"


_CARD_WORDS = 12  # a listing card's line: an address, `4 bed 2 bath 1 car`, `Sold at auction 07 Mar 2026`
_SAYS = re.compile(r"\b(?:said|says|told|added|according to)\b")


def boxes_above_prose(lines: list[Line]) -> None:
    """A box opening a paragraph and closed by its button (`View property`, `TRY IT FREE FOR
    SEVEN DAYS`), with the story's next paragraph pasted straight under the button: the
    lines from the paragraph's start down to the button are the box when they are a card
    of short unfinished lines, or a pitch under a heading that talks to the reader
    (`Stay ahead of the curve` / `You have to know ...` / `Access to case data ...`).

    >>> page = [Line(t, 0) for t in ("41 Wardell Parade, Eastby 2204", "4 bed 2 bath 1 car", "House", "View property",
    ...                              "The previous suburb record of $3.26 million was set in 2021.")]
    >>> page[3].reason = "promo"; boxes_above_prose(page); [ln.reason for ln in page]
    ['promo', 'promo', 'promo', 'promo', None]
    >>> page = [Line(t, 0) for t in ("Stay ahead of the curve", "Information is key. You have to know what is happening.",
    ...                              "Access to case data within articles.", "TRY IT FREE", "The opinion noted the marketing documents.")]
    >>> page[3].reason = "promo"; boxes_above_prose(page); [ln.reason for ln in page]
    ['promo', 'promo', 'promo', 'promo', None]
    >>> page = [Line(t, 0) for t in ("Flood defences", "The council said you could not build there.", "Find out more",
    ...                              "The wall cost £2m.")]
    >>> page[2].reason = "promo"; boxes_above_prose(page); [ln.reason for ln in page]
    [None, None, 'promo', None]
    """
    for group in groups(lines):
        at = next((k for k, ln in enumerate(group) if ln.reason in _BOX_BUTTONS), None)
        if at is None or at < 2 or at > _BOX_LINES or at + 1 >= len(group) or not is_sentence(group[at + 1].text):
            continue
        box = [ln for ln in group[:at] if not ln.reason]  # a price the widget rules dropped stays in the card
        if len(box) < 2 or any(re.search("[\"“”]", ln.text) or _SAYS.search(ln.text) for ln in box):
            continue
        card = all(not TERMINAL.search(ln.text) and len(words(ln.text)) <= _CARD_WORDS for ln in box)
        pitch = not TERMINAL.search(box[0].text) and len(words(box[0].text)) <= 8 and \
            all(len(words(ln.text)) <= 45 for ln in box[1:]) and \
            any(_YOU.search(ln.text) for ln in box[1:])
        if card or pitch:
            for ln in box:
                ln.reason = group[at].reason


_PITCH_SPAN = 2  # lines of pitch between a box's capital heading and its button


def caps_pitch(lines: list[Line]) -> None:
    """A heading in capitals (`SUPPORT STUDENTS LIKE TAMSIN`), one or two lines of pitch and
    the button closing them (`Give now`), even in a paste without blank lines: a fundraising
    or sign-up box set into the story. A crosshead in capitals is followed by prose, not by
    a button.

    >>> page = [Line(t, i) for i, t in enumerate(("SUPPORT STUDENTS LIKE ANN", "Gifts to the Fund support 1,200 students.",
    ...                                           "Give now", "Ann kept a cot in the greenhouse."))]
    >>> page[2].reason = "promo"; caps_pitch(page); [ln.reason for ln in page]
    ['promo', 'promo', 'promo', None]
    >>> page = [Line(t, i) for i, t in enumerate(("THE VERDICT", "The judge said the firm must pay.", "Give now"))]
    >>> page[2].reason = "promo"; caps_pitch(page); [ln.reason for ln in page]
    [None, None, 'promo']
    """
    for i, line in enumerate(lines):
        if line.reason not in _BOX_BUTTONS:
            continue
        for span in range(1, _PITCH_SPAN + 1):
            if i - span - 1 < 0:
                break
            head, pitch = lines[i - span - 1], lines[i - span:i]
            if not head.reason and head.text.isupper() and 2 <= len(words(head.text)) <= 8 and \
                    not TERMINAL.search(head.text) and \
                    all(not ln.reason and len(words(ln.text)) <= 40 and not re.search("[\"“”]", ln.text) and
                        not _SAYS.search(ln.text) for ln in pitch):
                for ln in (head, *pitch):
                    ln.reason = line.reason
                break


_MEDIA_BUTTON = re.compile(r"(?:listen|watch|play|stream)(?: to it| it| the episode| the show)?(?: now| here| live)?\s*[›»>→]*", re.I)


def media_cards(lines: list[Line]) -> None:
    """A podcast or programme's card set in the story: its title on one short unfinished
    line right above its `Listen now` / `Watch now` button in the same paragraph.

    >>> page = [Line(t, 0) for t in ("Our news podcast - Scotland Tonight", "Listen now", "The minister told MSPs it was regrettable.")]
    >>> page[1].reason = "promo"; media_cards(page); [ln.reason for ln in page]
    ['promo', 'promo', None]
    """
    for above, line in zip(lines, lines[1:]):
        if line.reason and _MEDIA_BUTTON.fullmatch(line.text.strip()) and not above.reason and above.group == line.group and \
                not TERMINAL.search(above.text) and len(words(above.text)) <= 12 and not re.search("[\"“”]", above.text):
            above.reason = line.reason


_SUMMARY_HEAD = re.compile(r"(?:key (?:points|facts|findings|takeaways)|(?:the )?takeaways|in brief|at a glance|summary|"
                           r"in short|tl;? ?dr|highlights|the short version|quick read|what you need to know)"
                           r"(?:,? (?:summari[sz]ed|generated|written|created) (?:by|with|using) AI)?\s*:?", re.I)
_SUMMARY_ITEMS = (2, 6)  # a summary box's bullet points
_SUMMARY_WORDS = 40  # one bullet point
_SUMMARY_WORDS_FLAT = 25  # in a paste without blank lines, where the story's first paragraph may follow on


def summary_boxes(lines: list[Line], flat: bool = False) -> None:
    """A summary box at the top of the story, its heading (`Key points`, `KEY TAKEAWAYS`,
    `At a glance:`) set in one block over two to six short points, says again what the story
    is about to say: read aloud, the listener would hear it twice, so the box goes whole, also
    when the heading stands alone over one block of points. A heading alone over points each a
    paragraph of their own is the story's own list and stays (`list_labels`). In a paste without blank lines (`flat`) the points end at
    the first dropped line or the first longer paragraph.

    >>> page = [Line(t, 0) for t in ("At a glance:", "Fares rise 5% in April", "The ferry stays until 2028")]
    >>> page += [Line("Islanders have won a two-year reprieve for the ferry that links Gull Rock to the mainland.", 1)]
    >>> summary_boxes(page); [ln.reason for ln in page]
    ['summary-box', 'summary-box', 'summary-box', None]
    >>> page = [Line(t, 0) for t in ("Highlights", "Residents packed the hall on Tuesday night", "The board will vote again in May")]
    >>> page[1:] = [Line(page[1].text, 1), Line(page[2].text, 2)]
    >>> summary_boxes(page); [ln.reason for ln in page]  # heading alone, points each a paragraph: the story's list
    [None, None, None]
    >>> page[1:] = [Line(page[1].text, 1), Line(page[2].text, 1), Line("The board met on Tuesday to discuss the ferry's future.", 2)]
    >>> summary_boxes(page); [ln.reason for ln in page]  # heading alone over one block of points: a box
    ['summary-box', 'summary-box', 'summary-box', None]
    """
    top = len(lines) // 2  # the box sits under the headline, never in the story's second half
    per_line = all(b.pasted == a.pasted + 1 for a, b in zip(lines, lines[1:]))  # pasted with no blank line at all
    for i, head in enumerate(lines[:top]):
        if not _SUMMARY_HEAD.fullmatch(head.text):
            continue
        # the points set in the heading's block, or in one block of their own right under a lone heading
        lone = not flat and i + 1 < len(lines) and lines[i + 1].group != head.group and \
            not (i and lines[i - 1].group == head.group)
        block = lines[i + 1].group if lone else head.group
        limit = _SUMMARY_WORDS_FLAT if flat else _SUMMARY_WORDS
        items: list[Line] = []
        for k, ln in enumerate(lines[i + 1:i + 2 + _SUMMARY_ITEMS[1]], i + 1):
            if not (flat or ln.group == block) or ln.reason or len(words(ln.text)) > limit:
                break
            if flat and not per_line and ln.pasted != lines[k - 1].pasted:
                break  # a blank line: a header pasted without them (`glued`) still ends its box at the story
            items.append(ln)
        if _SUMMARY_ITEMS[0] <= len(items) <= _SUMMARY_ITEMS[1] and not any(ln.text.endswith(":") for ln in items):
            for ln in [head, *items]:
                ln.reason = "summary-box"


_SUPPORT_HEAD = re.compile(r"(?:support|back|fund|donate to|help fund|become a (?:member|supporter) of) (?:the |our )?"
                           r"(?:[A-Z][\w’'&-]*|independent|local|quality)(?: [\w’'&-]+){0,3}$", re.I)


def pitch_labels(lines: list[Line]) -> None:
    """A short label ending in a colon right above a dropped membership or sign-up pitch
    (`A note from the editor:` / `... please consider becoming a member.`) heads that box.

    >>> page = [Line("A word from our editor:", 0), Line("Consider supporting our journalism.", 0, "subscription"),
    ...         Line("He told the court:", 1), Line("I did not see the car.", 1)]
    >>> pitch_labels(page); [ln.reason for ln in page]
    ['subscription', 'subscription', None, None]

    So does an appeal's heading naming the outlet (`Support The Harbour Post`, `Back independent journalism`):

    >>> page = [Line("Support The Harbour Post", 0), Line("We are a reader-funded newsroom. Please become a supporter.", 1, "subscription")]
    >>> pitch_labels(page); page[0].reason
    'subscription'
    """
    for line, below in zip(lines, lines[1:]):
        if not line.reason and below.reason in _BOX_BUTTONS and (line.text.endswith(":") or _SUPPORT_HEAD.match(line.text)) and \
                len(words(line.text)) <= 6 and not re.search("[\"“”]", line.text):
            line.reason = below.reason


# a contact box's heading: `Contact us`, `Get in touch`, `How to report it`, `Give information`
_CONTACT_HEAD = re.compile(r"(?:contact us|get in touch(?: with us)?|how to (?:contact us|report (?:it|this|a crime))|"
                           r"(?:report|give|share) information|do you have information\??)\s*:?", re.I)


def contact_boxes(lines: list[Line]) -> None:
    """A paragraph headed `Contact us` with one of its buttons dropped (`Report online`,
    `Upload footage`) is the site's contact box under an appeal: its lines of numbers and
    ways to get in touch go with it. The story's own appeal stands in a paragraph of its own.

    >>> box = [Line("Contact us", 3, "reader-prompt"), Line("Call 101 quoting incident 42, or report online.", 3),
    ...        Line("Report online", 3, "furniture"), Line("You can also call Crimestoppers anonymously on 0800 555 111.", 3)]
    >>> contact_boxes(box); [ln.reason for ln in box]
    ['reader-prompt', 'contact', 'furniture', 'contact']
    >>> story = [Line("Anyone with information should call 101 quoting incident 42.", 2)] + box[:1]
    >>> contact_boxes(story); story[0].reason is None
    True
    """
    for group in groups(lines):
        if len(group) < 3 or not _CONTACT_HEAD.fullmatch(group[0].text) or \
                not any(ln.reason for ln in group[1:]):
            continue
        for ln in group[1:]:
            if not ln.reason and len(words(ln.text)) <= 50 and not re.search("[\"“”]", ln.text):
                ln.reason = "contact"


# a badge set on the headline's own line: `PREMIUM  Why ...`, `Members only | How ...`, `🔒 What ...`
_BADGED = re.compile(r"^(?:🔒\s*)?(?:((?:[A-Z]{2,}[- ]?)+)\s+|([^|:·•🔒]{2,30}?)\s*[|:·•🔒]\s*|🔒\s*)(?=[A-Z0-9‘“\"'])(.+)$")
_TEASER_WORDS = 16


def _teaser(text: str) -> bool:
    """A headline's shape: short, no quotation, no full stop (a question mark is a headline's)."""
    return len(words(text)) <= _TEASER_WORDS and not re.search("[\"“”]", text) and \
        (not TERMINAL.search(text) or text.endswith("?"))


_SPONSORED = re.compile(r"(?:sponsored|promoted|paid|partner|advertiser)(?: content| post| link| story| listing)?|"
                        r"(?:paid|partner) (?:content|post)|in partnership with", re.I)
_SPONSORED_WORDS = 20


def badge_teasers(lines: list[Line]) -> None:
    """Inside the story, a paywall badge on its own line (`For Members`, `Premium`) with a
    headline right under it in the same paragraph is a link to another story sold to
    members (`For Members` / `EXPLAINED: What are the rules ...?`); a paragraph of prose under
    a badge is not a headline and stays. So is a headline with the badge set in front of it
    on its own line (`PREMIUM  Why ...`, `Subscriber only | How ...`, `🔒 ...`).

    >>> page = [Line("The council voted 7-2 to cut the arts grant at its meeting on Monday night.", 0), Line("Premium", 1, "label"),
    ...         Line("Why the grant was cut, and who loses out", 1), Line("Subscriber only", 2, "label"),
    ...         Line("The mayor said the decision was taken after months of talks with the unions, who opposed it.", 2)]
    >>> badge_teasers(page); [ln.reason for ln in page]
    [None, 'label', 'teaser', 'label', None]
    >>> page = [page[0]] + [Line(t, i) for i, t in enumerate(("MEMBERS ONLY How the port lost its biggest client",
    ...         "Subscriber exclusive | Five numbers that explain the budget", "🔒 Who pays for the new bridge?",
    ...         "PREMIUM Bonds paid out £80m in prizes in March, the agency said.", "Plus a further 40 jobs will go by June",
    ...         "PLUS: Ten winter walks along the coast"), 1)]
    >>> badge_teasers(page); [ln.reason for ln in page]
    [None, 'teaser', 'teaser', 'teaser', None, None, 'teaser']

    A paid link under its `Sponsored` label, in a paste without blank lines:

    >>> page = [page[0], Line("Sponsored", 1, "advert"), Line("Seafront flats from €289,000 – 2% deposit, ready 2026", 2),
    ...         Line("The mayor said the decision was taken after months of talks with the unions.", 3)]
    >>> badge_teasers(page); [ln.reason for ln in page]
    [None, 'advert', 'advert', None]
    """
    started = False
    for line, below in zip(lines, lines[1:] + [None]):
        started = started or not line.reason and is_sentence(line.text, 12)
        if not started:
            continue
        if line.reason == "label" and badge(line.text) and below is not None and not below.reason and \
                below.group == line.group and _teaser(below.text):
            below.reason = "teaser"
        elif line.reason == "advert" and _SPONSORED.fullmatch(line.text.strip(" :|")) and below is not None and \
                not below.reason and below.group - line.group <= 1 and not TERMINAL.search(below.text) and \
                not re.search(r"[.!?:;]\s|:$", below.text) and \
                not re.search("[\"“”]", below.text) and len(words(below.text)) <= _SPONSORED_WORDS:
            below.reason = "advert"  # `Sponsored` / `Seafront apartments from €289,000 – 2% deposit`: the paid link under its label
        elif not line.reason and (m := _BADGED.match(line.text)) and \
                (m[1] is None and m[2] is None or badge((m[1] or m[2]).strip())) and _teaser(m[3]):
            line.reason = "teaser"


def bare_teasers(lines: list[Line]) -> None:
    """Inside the story, a headline alone between two paragraphs with no `Read more` before
    it is a link to another story when it names someone or something (a capital or a figure
    past its first word): `Bakery chain Rowan & Sons files for administration`. A crosshead
    opening a section of the story (`How the money will be spent`, `1. Costs fell`, `Heat,
    salt and a very small box`, `About the Harbour Trust`) names nothing or says what follows, and stays;
    so does a quote running on into the next paragraph (`‘Where do bands start out now? You can’t learn it at home`).

    >>> page = [Line("The council voted 7-2 to cut the arts grant at its meeting on Monday night.", 0),
    ...         Line("Ferry operator Kestrel Lines to cut 40 sailings from May", 1),
    ...         Line("The mayor said the decision followed months of talks with the unions.", 2),
    ...         Line("How the money will be spent", 3), Line("Most of it will go on repairs to the library roof.", 4),
    ...         Line("Opinion: Harbour wall repairs are a test of the new council | Editorial", 5),
    ...         Line("Work is due to start in the spring and last about a year.", 6),
    ...         Line("‘Where do bands start out now? Kestrel Hall was the only stage in Leeds", 7),
    ...         Line("for a band with 20 fans,’ said the owner, who ran it for 30 years.", 8)]
    >>> bare_teasers(page); [ln.reason for ln in page]
    [None, 'teaser', None, None, None, 'teaser', None, None, None]
    """
    first = first_prose(lines)
    for k in range(first + 1, len(lines) - 1):
        above, line, below = lines[k - 1], lines[k], lines[k + 1]
        if line.reason or above.reason or below.reason or not alone(lines, k) or \
                not is_sentence(above.text, 8) or not is_sentence(below.text, 8):
            continue
        text = line.text
        if re.search(r"[.!?:;\"“”’)]$|^['‘]|[\"“”]", text) or not 6 <= len(words(text)) <= 18 or \
                re.match(r"(?:(?i:How|What|Why|When|Where|Who|Which|About)\b|\d+[.)]\s)", text) or text.isupper():
            continue  # (a crosshead set in capitals, `HOW TO CUT YOUR BILL`, capitalises nothing in particular)
        if any(re.match("[A-Z0-9]", w) and w != "I" for w in text.split()[1:]):
            line.reason = "teaser"


_BOX_EDGES = ("newsletter", "promo", "subscription", "social", "comments", "footer", "consent")
_GIFT = re.compile(r"^[$£€]\s?\d[\d,.]* (?:could|can|will|would) (?:pay|buy|provide|fund|cover|help|give|feed|keep)\b")
_BUTTON_EDGES = ("newsletter", "promo", "subscription")


def boxed_lines(lines: list[Line]) -> None:
    """Inside or after the story, one line between two dropped lines of a pitch, share row,
    comment box or footer belongs to that box: its blurb (`The week's news, in English, every
    Saturday.`), its fine print or a button no rule knows (`Order Reprints`). A line of the
    story there is a sentence that does not talk to the reader, or quotes someone, and stays;
    so does anything between advert labels, which sit between the story's own paragraphs.

    >>> story = Line("The council voted 7-2 to cut the arts grant at its meeting on Monday night.", 0)
    >>> page = [story, Line("Newsletter", 1, "newsletter"), Line("The week in Lisbon, in English, every Friday.", 1),
    ...         Line("Sign up", 1, "newsletter"), Line("Share", 2, "social"), Line("Order a print", 2),
    ...         Line("Email", 2, "social"), Line("Comments", 3, "comments"),
    ...         Line("The mayor said the decision was taken after months of talks with the unions.", 4),
    ...         Line("Subscribe", 5, "subscription")]
    >>> boxed_lines(page); [ln.reason for ln in page]
    [None, 'newsletter', 'newsletter', 'newsletter', 'social', 'social', 'social', 'comments', None, 'subscription']

    A label the page prints between all its paragraphs (`Article content`) boxes nothing:

    >>> page = [story, Line("Article content", 1, "social"), Line("Not everyone was convinced.", 2),
    ...         Line("Article content", 3, "social"), story]
    >>> boxed_lines(page); page[2].reason is None
    True

    An appeal's line naming a price between its heading and its button:

    >>> page = [story, Line("Support research like this", 1, "subscription"), Line("£25 could pay for two blood tests.", 1),
    ...         Line("Give £25 today", 1, "promo"), story]
    >>> boxed_lines(page); page[2].reason
    'subscription'

    A sponsor's box in one paragraph, its label over its blurb over its button:

    >>> page = [story, Line("SPONSORED WEBINAR", 1, "advert"), Line("Harbour Futures: what the new rules mean for "
    ...         "ports and the people who work in them — live panel, 27 June. Presented by Ann Lee Ltd.", 1),
    ...         Line("Reserve your seat", 1, "promo"), story]
    >>> boxed_lines(page); page[2].reason
    'advert'
    """
    for k in range(first_prose(lines) + 1, len(lines) - 1):
        above, line, below = lines[k - 1], lines[k], lines[k + 1]
        if line.reason or len(words(line.text)) > 45 or re.search("[\"“”]", line.text):
            continue
        if above.reason in _BOX_EDGES and below.reason in _BOX_EDGES and above.text != below.text and \
                (not is_sentence(line.text, 12) or READER.search(line.text)):
            line.reason = above.reason
        elif above.reason == "advert" and below.reason in _BUTTON_EDGES and above.group == line.group == below.group:
            line.reason = "advert"  # a sponsor's box: its label, its blurb, its button (`SPONSORED WEBINAR` / ... / `Reserve your seat`)
        elif above.reason in _BUTTON_EDGES and below.reason in _BUTTON_EDGES and above.group == line.group == below.group and \
                _price_pitch(line.text):
            line.reason = above.reason  # an appeal: `Support research like this` / `£25 could pay for ...` / `Give £25 today`
        elif above.reason in _BUTTON_EDGES and len(words(above.text)) <= 3 and above.group == line.group != below.group and \
                _price_pitch(line.text) and _GIFT.search(line.text):
            line.reason = above.reason  # `Donate now` / `£25 could provide a family with water tablets for three months.`


# an event advert's or offer box's pitch: what the reader gets and how to get a seat
_EVENT_PITCH = re.compile(r"\b(?:early[- ]bird|tickets? (?:are |is )?(?:now )?(?:available|on sale|from|selling)|"
                          r"book (?:now|your|today)|(?:register|sign up|apply) (?:now|today|by|before)|places are limited|"
                          r"limited (?:places|seats|spaces|availability)|secure your (?:place|seat|ticket|spot)|"
                          r"(?:free|discounted?) (?:entry|places|tickets) for (?:subscribers|members|readers))\b", re.I)
_PITCH_VERB = re.compile(r"^(?:Hear|Meet|Learn|Discover|Network|Join|Save|Reserve|Secure|Celebrate|Explore|Find out|Get)\b")
_PITCH_WORDS = 45  # an event's blurb: a sentence or two
_HEAD_WORDS = 8  # a box's heading
_HEAD_LINES = 3  # its heading, date and venue lines


def pitch_between(lines: list[Line]) -> None:
    """One line of pitch between a box's dropped heading lines and its button, in a paste
    without blank lines (`Harbour Summit 2026` / `16 October | Town Hall, Leeds` / `Hear from
    ... Early bird tickets until 31 July.` / `Book now`): the box's blurb, which the paragraph
    test in `promo_blocks` cannot see. It talks to the reader, opens with an imperative or
    sells seats; a story's paragraph there reports.

    >>> page = [Line("Harbour Summit 2026", 0, "furniture"), Line("16 October | Town Hall, Leeds", 1, "furniture"),
    ...         Line("Meet the people rebuilding the waterfront. Tickets on sale until 31 July.", 2), Line("Book now", 3, "promo")]
    >>> pitch_between(page); page[2].reason
    'promo'
    >>> page = [Line("The wall opens in May.", 0)] + [Line(t, 1) for t in ("Harbour Summit 2026", "16 October | Town Hall, Leeds",
    ...         "Meet the people rebuilding the waterfront. Tickets on sale until 31 July.", "Book now")]
    >>> page[2].reason, page[4].reason = "dateline-timestamp", "promo"
    >>> pitch_between(page); [ln.reason for ln in page]  # its heading in the same paragraph goes with it
    [None, 'promo', 'dateline-timestamp', 'promo', 'promo']
    >>> page = [Line("What happens next", 0)] + [Line(t, 1) for t in ("Harbour Summit 2026",
    ...         "Meet the people rebuilding the waterfront. Tickets on sale until 31 July.", "Book now")]
    >>> page[3].reason = "promo"; pitch_between(page); page[0].reason is None  # the story's crosshead above the box
    True
    >>> page = [Line(t, i) for i, t in enumerate(("The wall opens in May.", "Harbour Summit 2026", "16 October | Leeds",
    ...         "Meet the people rebuilding the waterfront. Tickets on sale until 31 July.", "Book now"))]
    >>> page[2].reason, page[4].reason = "dateline-timestamp", "promo"
    >>> pitch_between(page); [ln.reason for ln in page]  # pasted without blank lines
    [None, 'promo', 'dateline-timestamp', 'promo', 'promo']
    >>> page = [Line("Webinar", 0, "furniture"), Line("Secure your place for our free briefing on the 2027 rules.", 1),
    ...         Line("Register", 2, "promo")]
    >>> pitch_between(page); page[1].reason
    'promo'
    >>> page = [Line("Advertisement", 0, "advert"), Line("The council said tickets for the reopened lido are on sale.", 1),
    ...         Line("Book now", 2, "promo")]
    >>> pitch_between(page); page[1].reason is None  # the story reports what was said
    True
    """
    for k in range(1, len(lines) - 1):
        line, above, below = lines[k], lines[k - 1], lines[k + 1]
        # (a ticket line `ticket_pitch` gave to its button already is still the pitch whose heading goes with it)
        if line.reason and line.reason != below.reason or not above.reason or above.reason in ("caption", "credit") or \
                below.reason not in _BOX_BUTTONS or len(words(below.text)) > 4 or TERMINAL.search(below.text):
            continue
        if len(words(line.text)) <= _PITCH_WORDS and not re.search("[\"“”]", line.text) and not VERB.search(line.text) and \
                (_EVENT_PITCH.search(line.text) or _PITCH_VERB.match(line.text) or _YOU.search(line.text)):
            line.reason = below.reason
            # the box's heading over it (`Harbour Summit 2026` / its date line): in its paragraph, or in a paste
            # without blank lines (the pitch and its button in paragraphs of their own) the lines right above
            flat = line.group != below.group
            for j in range(k - 1, max(-1, k - 1 - _HEAD_LINES), -1):
                head = lines[j]
                if not flat and head.group != line.group or not head.reason and (
                        TERMINAL.search(head.text) or len(words(head.text)) > _HEAD_WORDS or is_byline(head.text)):
                    break
                head.reason = head.reason or below.reason
