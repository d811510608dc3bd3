"""Pictures, embeds and players set in the story: captions and their credits, alt text, social posts,
video cards and the player's title."""

from __future__ import annotations

import re

from narrator.endmatter import _HEADER_LINES
from narrator.headline import _BY, is_byline, is_headline
from narrator.lines import TERMINAL, Line, alone, groups, is_sentence, words
from narrator.people import VERB
from narrator.rules.credits import credit
from narrator.rules.page import SPOKEN_LENGTH, interface


# a photo credit set as a bare list of names and agencies: `NASA, ESA, CSA, R. Klein (STScI)`, `Jo Bell/Reuters`
_NAME_CREDIT = re.compile(r"^[A-Z][\w’'.&-]*(?:(?:,\s*|\s*/\s*|\s+(?:and\s+|&\s+)?)(?:[A-Z][\w’'.&-]*|\([A-Z][\w’'.&/ -]*\)))*$")
_PIPE_CREDIT = re.compile(r"^((?:[A-Z][\w’'.-]+ ){1,2}[A-Z][\w’'.-]+) \| (?:The )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}$")


_SOURCE_FIRST = re.compile(r"^(?:Image|Photo|Picture|Video) source\b", re.I)  # a credit set above its picture's caption
_BARE_LABEL = re.compile(r"^(?:Image|Photo|Picture|Video) caption\s*[:,]?$", re.I)
# a picture agency's name alone on a line: `Nichiyo Press`, `Kyodo News`, `Getty Images`
_AGENCY_LINE = re.compile(r"^[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,2} (?:Press|News|Images|Photos?|Pictures|Agency|Wire)$")


# where a caption points in its picture: `the suspect, left, backing away`, `Ann Lee (right)`, `from left`
_PICTURED = re.compile(r", (?:left|right|center|centre|top|bottom),|\((?:left|right|center|centre|top|bottom|pictured)\)|"
                       r"\bfrom (?:left|right)\b")


def _no_speech(text: str) -> bool:
    """No quotation marks, or only a quoted name with no speech verb beside it."""
    return not re.search("[\"“”]", text) or not VERB.search(text) and len(re.findall("[\"“”]", text)) <= 2


# a paragraph that is all one quotation, as a speaker's second paragraph is: never a picture's caption
_WHOLE_QUOTE = re.compile(r"[\"“][^\"“”]{40,}[.!?,…][\"”]")
_UNDER_CAPTION_WORDS = 15
_ALT_REACH = 3  # lines between a picture's alt text and its caption (the picture's own label, `Image:`)


def caption_pairs(lines: list[Line], flat: bool = False) -> None:
    """A caption beside its credit: `X` then `X (Image: Y)`, `X. Picture: Y` then `X`,
    or `X` then `Picture: Y`. In a paste without blank lines (`flat`) a short unquoted
    line right above a credit line is its caption too.

    Mail-style pages print the caption twice (once as alt text); both go. A short list of
    capitalised names closing the caption's paragraph is its photo credit:

    >>> page = [Line("Artist's impression of the planet", 0), Line("Artist's impression of the planet", 0),
    ...         Line("NASA, ESA, CSA, R. Klein (STScI)", 0), Line("Astronomers may have found an atmosphere.", 1)]
    >>> caption_pairs(page); [ln.reason for ln in page]
    ['caption', 'caption', 'caption', None]
    >>> page = [Line("Artist's impression of the planet", 0), Line("Artist's impression of the planet", 0),
    ...         Line("NASA and ESA declined to comment", 0), Line("Astronomers may have found an atmosphere.", 1)]
    >>> caption_pairs(page); [ln.reason for ln in page]
    [None, None, None, None]
    >>> page = [Line("Shoppers at a market in Lima.", 0), Line("Shoppers at a market in Lima. | AFP / ANA RUIZ", 0),
    ...         Line("Prices rose 2% in May, the bureau said.", 0)]
    >>> caption_pairs(page); [ln.reason for ln in page]
    ['caption', 'caption', None]
    >>> page = [Line("Crews at the depot on Monday", 0), Line("Image:", 1, "caption"),
    ...         Line("Crews at the depot on Monday. Pic: Harbour Fire Service", 2, "caption"), Line("The fire spread.", 3)]
    >>> caption_pairs(page); [ln.reason for ln in page]
    ['caption', 'caption', 'caption', None]
    >>> page = [Line("Ferry fleet suffers fresh breakdowns", 0), Line("Image source, ABN", 1, "credit")]
    >>> caption_pairs(page, flat=True); [ln.reason for ln in page]  # the source comes before its caption
    [None, 'credit']

    In a paste without blank lines, a short sentence inside the story above a picture agency's
    name is a caption and its credit:

    >>> page = [Line("Brewers in the prefecture have cut output by a tenth since the rice crop failed.", 0),
    ...         Line("A worker stirs koji at a sake brewery.", 1), Line("Nichiyo Press", 2), Line("Shipments fell.", 3)]
    >>> caption_pairs(page, flat=True); [ln.reason for ln in page]
    [None, 'caption', 'credit', None]

    Right under the page's buttons, a longer caption (two sentences, no one speaking) goes with its credit too:

    >>> page = [Line("Print", 0, "social"), Line("Ann Lee watches a bout from the corner of the mat during the 1994 county "
    ...         "tournament in Kelso. Lee led the Kelso team to three state titles in a coaching career of 31 years.", 1),
    ...         Line("Herald file photo", 2, "credit"), Line("KELSO — Ann Lee, who built the wrestling team, has died.", 3)]
    >>> caption_pairs(page, flat=True); [ln.reason for ln in page]
    ['social', 'caption', 'credit', None]

    A line pointing into its picture (`, left,`, `(right)`) above a bare credit is a caption:

    >>> page = [Line("Footage shows the suspect, left, backing away as the owner swings.", 0), Line("NYPD", 0),
    ...         Line("The owner, left, said he swung first.", 0), Line("Police", 0)]
    >>> caption_pairs(page); [ln.reason for ln in page]
    ['caption', 'credit', None, None]

    A paragraph reporting speech pasted over the credit of the picture below it stays:

    >>> page = [Line("“It just stopped working,” says Ann Lee, a customer in Leeds.", 0), Line("Jo Bell / The Courier", 0, "credit"),
    ...         Line("Rain hits the pier.", 0), Line("Photo: Jo Bell", 0, "credit")]
    >>> caption_pairs(page); [ln.reason for ln in page]
    [None, 'credit', 'caption', 'credit']
    >>> page = [Line('The sign now hangs by the till "for luck," Ann said.', 0), Line("Photo: Jo Bell", 0, "credit"),
    ...         Line('"I was scared," she said. "Nobody helped."', 0)]
    >>> caption_pairs(page); page[0].reason  # a caption quoting a few words, its credit under it
    'caption'

    A speaker's next paragraph, all quotation, over a credit is no caption; the short line under the credit is:

    >>> page = [Line('"We will end up with holiday cottages and nothing else in this village."', 0),
    ...         Line("Credit: Harbour TV", 0, "credit"), Line("Pupils made their own banners.", 0), Line("Rents rose.", 1)]
    >>> caption_pairs(page); [ln.reason for ln in page]
    [None, 'credit', 'caption', None]

    A caption with its own label says what the picture shows; the story's sentence over it, with its
    prices, stays (alt text describes the picture, and a story's sentence reports):

    >>> page = [Line("A deck ticket to Paros would go from €54 to roughly €59.", 0),
    ...         Line("IMAGE: Passengers board a ferry at the port of Piraeus last August. [Wire]", 0, "credit")]
    >>> caption_pairs(page, flat=True); page[0].reason is None
    True

    A caption's label alone on its line (`Image caption,`) takes the caption below it:

    >>> page = [Line("Image caption,", 0, "caption"), Line("Lorries queued at the pier on Monday", 0), Line("Shops ran short.", 0)]
    >>> caption_pairs(page); [ln.reason for ln in page]
    ['caption', 'caption', None]
    """
    for i, (a, b) in enumerate(zip(lines, lines[1:])):
        if a.reason == "caption" and _BARE_LABEL.match(a.text) and not b.reason and len(words(b.text)) <= 40 and \
                not re.search("[\"“”]", b.text):
            b.reason = "caption"  # `Image caption,` / the caption on the line below it
        if a.reason == "caption" and not b.reason and a.group == b.group and len(words(b.text)) >= 2 and \
                a.text.startswith(b.text.rstrip(".")):
            b.reason = "caption"  # the same caption without its credit, printed below it
        if a.reason:
            continue
        rest = b.text[len(a.text):].strip(" |·•—–-.") if b.text.startswith(a.text) else None
        if rest and (credit(rest) or TERMINAL.search(a.text) and "/" in rest and len(words(rest)) <= 6 and
                     _NAME_CREDIT.match(rest)):  # `X.` / `X. | AFP / ANA RUIZ`
            a.reason, b.reason = "caption", "caption"
        elif b.reason == "credit" and a.group == b.group and _WHOLE_QUOTE.fullmatch(a.text):
            # a quote's next paragraph over the credit: the caption is the short line under the credit
            c = lines[i + 2] if i + 2 < len(lines) else None
            if c is not None and not c.reason and c.group == b.group and len(words(c.text)) <= _UNDER_CAPTION_WORDS and \
                    _no_speech(c.text):
                c.reason = "caption"
        elif b.reason == "credit" and a.group == b.group and len(words(a.text)) <= 40 and \
                not (_LABELLED_CAPTION.match(b.text) and _REPORTS.search(a.text)) and \
                (_no_speech(a.text) or not _credit_first(lines, i + 1)) and \
                not (a.text.startswith("By ") and is_byline(a.text)):  # `By Ann Lee` / `Photographs by Jo Bell`
            a.reason = "caption"
        elif flat and b.reason == "credit" and _no_speech(a.text) and \
                not (_LABELLED_CAPTION.match(b.text) and _REPORTS.search(a.text)) and \
                (len(words(a.text)) <= 25 or len(words(a.text)) <= 40 and i and lines[i - 1].reason and not VERB.search(a.text)) and \
                not a.text.endswith(":") and not is_byline(a.text) and not _SOURCE_FIRST.match(b.text):
            a.reason = "caption"  # a caption may quote a nickname (`A classmate, "Tam" was ...`), not speech
        elif not a.reason and not b.reason and _PICTURED.search(a.text) and len(words(a.text)) <= 30 and \
                _no_speech(a.text) and not VERB.search(a.text) and _NAME_CREDIT.match(b.text) and len(words(b.text)) <= 4 and \
                not TERMINAL.search(b.text):
            a.reason, b.reason = "caption", "credit"  # `The suspect, left, backs away as ...` / `NYPD`
        elif flat and not b.reason and _AGENCY_LINE.match(b.text) and TERMINAL.search(a.text) and \
                len(words(a.text)) <= 25 and _no_speech(a.text) and not is_byline(a.text) and i > 0 and \
                is_sentence(lines[i - 1].text, 12):
            a.reason, b.reason = "caption", "credit"  # `A worker stirs koji at a brewery.` / `Nichiyo Press`, inside the story
        elif b.reason == "caption" and a.group == b.group and len(words(a.text)) <= 25 and \
                not re.search("[\"“”]", a.text) and (not _REPORTS.search(a.text) or _shares_words(a.text, b.text)):
            a.reason = "caption"  # the image's alt text, printed above its caption; a story's sentence says something else
    for i, (a, b) in enumerate(zip(lines, lines[1:])):  # `Caption.` / `Jo Bell | The Quill`, under a `By` byline
        if not a.reason and not b.reason and a.group == b.group and (i + 2 == len(lines) or lines[i + 2].group != b.group) and \
                (m := _PIPE_CREDIT.match(b.text)) and TERMINAL.search(a.text) and len(words(a.text)) <= 40 and \
                not re.search("[\"“”]", a.text) and (not i or lines[i - 1].reason or lines[i - 1].group != a.group) and \
                any(_BY.match(ln.text) and m.group(1) not in ln.text for ln in lines[:i]):
            a.reason, b.reason = "caption", "credit"
    for i in range(len(lines) - 2, -1, -1):  # backwards: `X` / `X` / `Photo: Y`, the lower twin found by its credit
        a, b = lines[i], lines[i + 1]
        if not a.reason and b.reason == "caption" and a.group == b.group and a.text == b.text:
            a.reason = "caption"
    for i, b in enumerate(lines):  # alt text over its caption with the picture's label between: `X` / `Image:` / `X. Pic: Y`
        if b.reason != "caption":
            continue
        for a in reversed(lines[max(0, i - _ALT_REACH):i]):
            if not a.reason and len(words(a.text)) >= 3 and len(a.text) < len(b.text) and b.text.startswith(a.text.rstrip(".")):
                a.reason = "caption"
            if not a.reason:
                break
    for i, (a, b) in enumerate(zip(lines, lines[1:])):  # `Caption` / `Caption` / `NASA, ESA, R. Klein (STScI)`
        twin = i and lines[i - 1].text == a.text and lines[i - 1].group == a.group  # alt text and caption
        if (a.reason == "caption" or twin) and not b.reason and a.group == b.group and \
                (i + 2 == len(lines) or lines[i + 2].group != b.group) and len(words(b.text)) <= 10 and \
                _NAME_CREDIT.match(b.text) and re.search(r"[,/(]", b.text):
            for ln in (lines[i - 1], a, b) if twin else (b,):
                ln.reason = ln.reason or "caption"


# a caption with its own label, a sentence long: `IMAGE: Passengers board a ferry at Piraeus. [Wire]`
_LABELLED_CAPTION = re.compile(r"^(?:image|photo|picture|pic|photograph)\s*:\s*\S+(?:\s+\S+){5,}", re.I)
# a story's sentence, not a picture's description: a price or a share, a modal, someone's words
_REPORTS = re.compile(r"[$£€¥₹]\s?\d|\d\s?%|\b(?:would|will|could|should|might|said|says|told|according)\b")


def _shares_words(alt: str, caption: str) -> bool:
    """Alt text describes the picture its caption describes: half its longer words are in the caption.

    >>> _shares_words("Passengers board a ferry at Piraeus.", "Passengers board a ferry at the port of Piraeus. [Wire]")
    True
    >>> _shares_words("A deck ticket to Paros would go from €54 to €59.", "Passengers board a ferry at Piraeus. [Wire]")
    False
    """
    mine = {w.lower() for w in words(alt) if len(w) > 3}
    return not mine or 2 * len(mine & {w.lower() for w in words(caption)}) >= len(mine)


def _credit_first(lines: list[Line], k: int) -> bool:
    """The credit at `k` opens the picture below it: the next line in its paragraph is a caption
    pointing into the picture (`, left,`) or has a credit of its own under it."""
    nxt = lines[k + 1] if k + 1 < len(lines) and lines[k + 1].group == lines[k].group else None
    return nxt is not None and len(words(nxt.text)) <= 40 and _no_speech(nxt.text) and (
        bool(_PICTURED.search(nxt.text)) or nxt.reason in ("caption", "credit") or
        k + 2 < len(lines) and lines[k + 2].reason == "credit")


def caption_over_buttons(lines: list[Line]) -> None:
    """A picture's caption above its credit with the picture's own buttons between
    (`AN ELEPHANT HAWK-MOTH ON HONEYSUCKLE.` / `view more` / `CREDIT: ...`): the caption
    goes with its credit, as it does right above it (`caption_pairs`)."""
    for i, line in enumerate(lines):
        if line.reason != "credit":
            continue
        j = i - 1
        while j > 0 and lines[j].reason == "social" and lines[j].group == line.group and interface(lines[j].text):
            j -= 1
        above = lines[j]
        if j < i - 1 and not above.reason and above.group == line.group and len(words(above.text)) <= 40 and \
                not re.search("[\"“”]", above.text):
            above.reason = "caption"


# An embed holds a consent notice, one post and its signature; a longer stretch,
# or one with more prose, is the story between two unrelated markers.
_EMBED_LINES = 12


def embed_blocks(lines: list[Line]) -> None:
    """Whatever sits inside an embed (`Skip Twitter post` ... `End of Twitter post`),
    the post text above a `— Name (@handle) date` signature, and a video's title
    grouped with its duration line, and the clip queued under a player's `Up next` label.

    >>> page = [Line(t, 0, r) for t, r in (("Up Next", "social"), ("Ice-covered trees bring down lines", None),
    ...                                    ("The town declared an emergency.", None))]
    >>> embed_blocks(page); [ln.reason for ln in page]
    ['social', 'video', None]
    >>> page = [Line(t, 0, r) for t, r in (("Now Playing", "social"), ("Council approves budget with 3.9% tax rise", None),
    ...                                    ("00:01:12", "dateline-timestamp"))]
    >>> embed_blocks(page); [ln.reason for ln in page]
    ['social', 'video', 'dateline-timestamp']
    >>> page = [Line(t, 0, r) for t, r in (("Watch live video from ann_lee on www.twitch.tv", "embed"), ("Twitch", None),
    ...                                    ("Harbour Siege finale stream | !discord", None), ("The stream ended at 2am.", None))]
    >>> embed_blocks(page); [ln.reason for ln in page]
    ['embed', 'embed', 'embed', None]
    >>> page = [Line(t, 0, r) for t, r in (("The pair went public in August with a snap from a yacht.", None), ("annlee", None),
    ...         ("Found my person 🛥️ #ibiza", None), ("View this post on Instagram", "embed"))]
    >>> embed_blocks(page); [ln.reason for ln in page]
    [None, 'embed', 'embed', 'embed']
    >>> page = [Line(t, 0, r) for t, r in (("Up Next", "social"), ("The town declared an emergency.", None))]
    >>> embed_blocks(page); [ln.reason for ln in page]
    ['social', None]
    >>> page = [Line(t, 0, r) for t, r in (("Video: Storm explained", "credit"), ("2:14", None), ("Play video", "social"),
    ...                                    ("Ann Lee explains why the storm will deepen so quickly.", None))]
    >>> embed_blocks(page); [ln.reason for ln in page]
    ['credit', 'video', 'social', 'video']
    >>> page = [Line(t, 0, r) for t, r in (("Video: Storm explained", "credit"), ("2:14", None), ("Play video", "social"),
    ...                                    ("A spokesperson said in a statement that no one was hurt.", None))]
    >>> embed_blocks(page); [ln.reason for ln in page][-1] is None  # the story's next paragraph, pasted into the card
    True
    >>> page = [Line("Listen to the Farm Hour", 1), Line("Play audio. Duration: 4 minutes", 2, "video"), Line("Rain fell.", 3)]
    >>> embed_blocks(page); [ln.reason for ln in page]
    ['video', 'video', None]
    >>> page = [Line(t, 0, r) for t, r in (("Harbour TV", None), ("Is this the tablet we have waited for?", None),
    ...                                    ("0:00 / 2:41", "video"), ("Up Next", "social"))]
    >>> embed_blocks(page); [ln.reason for ln in page]
    ['video', 'video', 'video', 'social']

    The clip's duration may be spelt out for screen readers (`Duration: 2 minutes 5 seconds2m`):

    >>> page = [Line(t, 0, r) for t, r in (("Harbour TV video", "video"), ("Video duration: 2 mins 5 secs 2:05", "video"),
    ...                                    ("Drone footage shows the flooded high street on Sunday.", None))]
    >>> embed_blocks(page); [ln.reason for ln in page]
    ['video', 'video', 'video']
    >>> page = [Line(t, 0, r) for t, r in (("Harbour TV video", "video"), ("It took 2 minutes 5 seconds.", None),
    ...                                    ("Drone footage shows the flooded high street on Sunday.", None))]
    >>> embed_blocks(page); [ln.reason for ln in page]
    ['video', None, None]
    """
    start: int | None = None
    for i, line in enumerate(lines):
        if re.match(r"^Skip ", line.text) and line.reason == "embed":
            start = i
        elif re.match(r"^End of ", line.text) and line.reason == "embed" and start is not None \
                and i - start <= _EMBED_LINES and sum(is_sentence(ln.text) for ln in lines[start:i]) <= 2:
            for other in lines[start:i]:
                other.reason = other.reason or "embed"
            start = None
        if line.reason == "embed" and re.search(r"\(@\w+\)", line.text) and i:
            prev = lines[i - 1]
            if prev.group == line.group or re.search(r"https?://|pic\.\w+\.com/|[#@]\w", prev.text):
                prev.reason = prev.reason or "embed"
    for i, line in enumerate(lines):  # `kaylab` / `Verified` / `Found my person 🛥️ #ibiza` / `View this post on Instagram`
        if line.reason == "embed" and _VIEW_POST.match(line.text):
            for above in reversed(lines[max(0, i - _POST_LINES):i]):
                if above.reason or is_sentence(above.text, 12) or re.search("[\"“”]", above.text) or \
                        len(words(above.text)) > _CARD_TITLE_WORDS:
                    break
                above.reason = "embed"
    for i, line in enumerate(lines[:-1]):  # `Watch live video from X on www.twitch.tv` / `Twitch` / the stream's title
        if line.reason == "embed" and not lines[i + 1].reason and _PLATFORM.fullmatch(lines[i + 1].text):
            lines[i + 1].reason = "embed"
            card = lines[i + 2] if i + 2 < len(lines) else None
            if card is not None and not card.reason and not TERMINAL.search(card.text) and \
                    not re.search("[\"“”]", card.text) and len(words(card.text)) <= _CARD_TITLE_WORDS:
                card.reason = "embed"
    for line, nxt in zip(lines, lines[1:]):  # `Up Next` / the next clip's title: the player queues it
        if line.reason and _UP_NEXT.fullmatch(line.text.strip(" :")) and not nxt.reason and \
                not TERMINAL.search(nxt.text) and len(words(nxt.text)) <= 14:
            nxt.reason = "video"
    for i, line in enumerate(lines):
        if line.reason in (None, "dateline-timestamp") and _PLAYER_CLOCK.match(line.text) and _media_card(lines, i):
            line.reason = "video"  # `8:41`, `00:00 / 02:31`: a player's clock, not the time of day
    for group in groups(lines):  # `Video: X` / `2:14` / `Play video` / the clip's blurb: a player's card
        if len(group) <= _CARD_LINES and any(_PLAY_BUTTON.fullmatch(ln.text) for ln in group) and \
                any(_PLAYER_CLOCK.match(ln.text) for ln in group):
            for ln in group:
                if not ln.reason and _blurb(ln.text):
                    ln.reason = "video"
    for i in [i for i, line in enumerate(lines) if line.reason == "video"]:
        above = lines[i - 1] if i else None
        if above is not None and not above.reason and re.match(r"(?:Listen to|Watch|Hear)\b", above.text) and \
                len(words(above.text)) <= 8 and not TERMINAL.search(above.text):
            above.reason = "video"  # the player's own title over its button, even in a paste without blank lines
        for step in (-1, 1):  # the player's title and duration beside it, not a whole paste without blank lines
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= _VIDEO_SPAN and lines[j].group == lines[i].group and \
                    (not lines[j].reason or lines[j].reason == "dateline-timestamp" and _PLAYER_CLOCK.match(lines[j].text)) and \
                    not _BY.match(lines[j].text) and \
                    (not TERMINAL.search(lines[j].text) or _CLIP_QUESTION.fullmatch(lines[j].text)):
                lines[j].reason = lines[j].reason or "video"  # (over the clip's running time, `0:54`, to its title)
                j += step
        group = [ln for ln in lines if ln.group == lines[i].group]
        clock = re.sub(r"^(?:video )?duration:?\s*", "", lines[i].text, flags=re.I)
        if (_PLAYER_CLOCK.match(clock) or _SPOKEN_CLOCK.match(clock)) and len(group) <= _CARD_LINES and group.index(lines[i]) and \
                (group[group.index(lines[i]) - 1].reason == "video" or
                 group[group.index(lines[i]) - 1].reason == "social" and _CONTROLS.fullmatch(group[group.index(lines[i]) - 1].text)):
            for ln in group[group.index(lines[i]) + 1:]:  # the clip's blurb under its title and clock
                if not ln.reason and _blurb(ln.text):
                    ln.reason = "video"


_VIEW_POST = re.compile(r"View (?:this|the) (?:post|photo|video|reel) on \w+", re.I)
# a platform's name alone, as an embed's card prints it under the embed's fallback link
_PLATFORM = re.compile(r"Twitch|YouTube|Instagram|TikTok|Facebook|Twitter|Threads|Bluesky|Spotify|SoundCloud|Vimeo|Reddit|"
                       r"Apple Podcasts|Mastodon")
_CARD_TITLE_WORDS = 20


# a clip's title may ask (`Hands-on: the tablet we've waited for?`): a short question, nobody quoted
_CLIP_QUESTION = re.compile(r"[^\"“”.!?]{10,120}\?")
def _blurb(text: str) -> bool:
    """A clip's blurb under its title and clock: short, and reporting no one's words, as the story's
    next paragraph, pasted into the same block, may in the past tense (`A spokesperson said in a statement
    that ...`); a blurb tells in the present (`Ann Lee explains why ...`, `Residents say ...`)."""
    return len(words(text)) <= _BLURB_WORDS and not re.search("[\"“”]", text) and \
        not re.search(r"\b(?:said|told|according to|added|stated)\b", text)


_PLAY_BUTTON = re.compile(r"(?:play|watch)(?: the)? (?:video|clip)|play", re.I)
_UP_NEXT = re.compile(r"up next|next up|next video|coming up next|playing next|now playing", re.I)
_PLAYER_CLOCK = re.compile(r"^\d{1,2}(?::\d{2}){1,2}(?:\s*/\s*\d{1,2}(?::\d{2}){1,2})?$")
# a clock spelt out for screen readers, its short form glued on: `1 minute 48 seconds1m`, `2 mins 5 secs 2:05`
_SPOKEN_CLOCK = re.compile(rf"^{SPOKEN_LENGTH}\s*(?:\d+[hms](?: ?\d+[ms]){{0,2}}|\d{{1,2}}(?::\d{{2}}){{1,2}})?$")
_CARD_LINES = 5  # a media card set apart: show, title, source, clock, blurb
_BLURB_WORDS = 40


def _media_card(lines: list[Line], i: int) -> bool:
    """A bare clock reading in a short block of its own, with a title line right above it and
    no date beside it, is a player's duration or elapsed/total time, not a dateline's time.

    >>> card = [Line("Residents speak after sentencing", 3), Line("Source: WKDT", 3), Line("00:00 / 02:31", 3)]
    >>> _media_card(card, 2), _media_card([Line("March 5, 2025", 1, "dateline-timestamp"), Line("8:41", 1)], 1)
    (True, False)
    """
    group = [ln for ln in lines if ln.group == lines[i].group]
    above = lines[i - 1] if i else None
    return 2 <= len(group) <= _CARD_LINES and above is not None and above.group == lines[i].group and \
        not above.reason and (not TERMINAL.search(above.text) or _CLIP_QUESTION.fullmatch(above.text)) and \
        not any(ln.reason == "dateline-timestamp" for ln in group if ln is not lines[i])


_VIDEO_SPAN = 3  # lines a video player's title and buttons span either side of its play line
_HANDLE_LINE = re.compile(r"^@[\w.]{2,40}$")
# `Ann Lee (@annlee)`, `Ann Lee (@annlee) on X:`: the card's author and where they posted
_NAMED_HANDLE = re.compile(r"^[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,5} \(?@\w{2,30}\)?"
                           r"(?: on (?:X|Twitter|Instagram|Threads|Bluesky|Facebook|TikTok|Mastodon|LinkedIn))?:?$")
# `4.1K Reposts 18K Likes`, `31 replies · 418 likes`
_ENGAGEMENT = re.compile(r"^(?:[\d.,]+[KkMm]? (?i:reposts?|retweets?|likes?|replies|repl(?:y)|comments?|views|shares|quotes)"
                         r"\s*[·•|,]?\s*)+$")
_POST_LINES = 3  # a post's text between its handle and its time


def post_cards(lines: list[Line], flat: bool = False) -> None:
    """A social post pasted as a card: a display name, an `@handle` line, the post's text
    and its time (`Tom Ashdown` / `@tomashdownwx.bsky.social` / `Pressure has dropped ...` /
    `March 14, 2026 at 1:47 PM`), all in one paragraph: the whole card is the embed. Without
    the time below the handle it may be the story quoting someone, and stays.

    >>> page = [Line("Kestrel Audio (@kestrelaudio) on X:", 0), Line("Meet the new speaker. Pre-orders open today.", 1),
    ...         Line("March 6, 2025", 2, "dateline-timestamp"), Line("31 replies · 418 likes", 3),
    ...         Line("The speaker costs $329 and ships in April.", 4)]
    >>> post_cards(page); [ln.reason for ln in page]
    ['embed', 'embed', 'dateline-timestamp', 'embed', None]
    >>> page = [Line("Ann Lee, Pacific Journalist", 0), Line("@annlee", 0), Line("ann.lee@radio.example", 0),
    ...         Line("6:41 pm on 6 March 2025", 0, "dateline-timestamp")]
    >>> post_cards(page); [ln.reason for ln in page]  # a byline's contact lines, no post
    [None, None, None, 'dateline-timestamp']

    In a paste without blank lines each line is a paragraph of its own:

    >>> page = [Line(t, g, r) for g, (t, r) in enumerate((("Harbour Board", None), ("@harbourboard", "social"),
    ...         ("The ferry is cancelled today.", None), ("7:12 AM · Jan 22, 2025", "dateline-timestamp"), ("Rain fell.", None)))]
    >>> post_cards(page, flat=True); [ln.reason for ln in page]
    ['embed', 'social', 'embed', 'dateline-timestamp', None]
    """
    for i, line in enumerate(lines):
        named = _NAMED_HANDLE.match(line.text)  # `Ann Lee (@annlee)`: a card even across blank lines
        if not _HANDLE_LINE.match(line.text) and not named:
            continue
        below = [ln for ln in lines[i + 1:i + 2 + _POST_LINES] if named or flat or ln.group == line.group]
        end = next((k for k, ln in enumerate(below) if ln.reason == "dateline-timestamp"), None)
        if end is None:
            continue
        if not any(re.search(r"[a-z]{3}", ln.text) and not re.fullmatch(r"\S+@\S+|@\S+|https?://\S+", ln.text)
                   for ln in below[:end]):
            continue  # no post between the handle and the time: the byline's contact lines (`@annlee` / `ann@post.com`)
        card = below[:end + 1] + [line]
        after = i + 2 + end
        if after < len(lines) and _ENGAGEMENT.match(lines[after].text):
            card.append(lines[after])  # `4.1K Reposts 18K Likes` under the post's time
        if i and (flat or lines[i - 1].group == line.group) and len(words(lines[i - 1].text)) <= 6 and \
                not TERMINAL.search(lines[i - 1].text) and not _BY.match(lines[i - 1].text):  # `By Ann Lee`: the byline
            card.append(lines[i - 1])  # the display name
        for ln in card:
            ln.reason = ln.reason or "embed"


_CONTROLS = re.compile(r"(?:prev(?:ious)?|next|play|pause|replay|watch(?: now| again)?|up next)", re.I)


def caption_toggles(lines: list[Line]) -> None:
    """A picture's `hide caption` / `toggle caption` buttons sit inside the caption block:
    every line of their paragraph (the caption, the photographer's credit, repeated) is
    the picture's, not the story's."""
    for group in groups(lines):
        if any(ln.reason == "caption-toggle" for ln in group):
            for ln in group:
                ln.reason = ln.reason or "caption"


def player_titles(lines: list[Line]) -> None:
    """A lone unpunctuated line just above a group of player or carousel controls
    (`Prev` / `Next`) is the title of the video or gallery they drive, unless it is
    the page's first headline-shaped line (a gallery right under the headline)."""
    first = next((ln for i, ln in enumerate(lines) if not ln.reason and is_headline(ln.text, alone(lines, i))), None)
    for i, line in enumerate(lines):
        group = [ln for ln in lines if ln.group == line.group]
        if line is not group[0] or not all(_CONTROLS.fullmatch(ln.text) for ln in group) or not i:
            continue
        above = [ln for ln in lines[:i] if ln.group == lines[i - 1].group]
        for ln in group:
            ln.reason = "video"
        if len(above) == 1 and above[0] is not first and not above[0].reason and not TERMINAL.search(above[0].text):
            above[0].reason = "video"


def header_caption(lines: list[Line], title_at: int) -> None:
    """Between the byline and the first paragraph, a lone unfinished line right under a
    paragraph of dropped page chrome (`Pin` / `Save` / `Share`) describes the lead
    picture (`Martha Quillan in the throwing room at Low Fenwick Mill`): the story has
    not started, and the byline has ended the header. Not under a caption already dropped:
    that line is the story's own (a match's score line under the picture)."""
    after = lines[title_at + 1:]
    kept = [ln for ln in after if not ln.reason]
    bylines = [i for i, ln in enumerate(kept[:_HEADER_LINES]) if ln.role == "byline"]
    if not bylines:
        return
    for ln in kept[bylines[-1] + 1:]:
        if is_sentence(ln.text, 12):
            return
        i = lines.index(ln)
        above = [o for o in lines[:i] if o.group == lines[i - 1].group] if i else []
        toks = words(ln.text)
        if ln.role == "body" and alone(lines, i) and not TERMINAL.search(ln.text) and 4 <= len(toks) <= 20 and \
                any(t.islower() for t in toks) and not re.search("[\"“”‘]", ln.text) and \
                above and all(o.reason for o in above) and lines[i - 1].group != lines[title_at].group and \
                not any(o.reason in ("caption", "credit") for o in above):  # a picture has one caption
            ln.reason = "caption"


# a picture's caption names who or what is shown and where, with no verb of its own: `Traders at the market on
# Monday morning`, `Firefighters outside the depot in Leith`; a standfirst says something happened
_SHOWN_WHERE = re.compile(r"^(?:[\w’'-]+ ){1,4}(?:at|in|on|outside|inside|near|during|along|beside|by|after) [\w’'-]")
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|must|should|shall|"
                     r"says?|said|do|does|did|to|not|it|they|he|she|we|who|which|that)\b", re.I)


def caption_over_byline(lines: list[Line], title_at: int) -> None:
    """A picture's caption with no credit, pasted between the header's share buttons and the
    byline (`Share on X` / `Traders at the market on Monday morning` / `Ann Lee, Kumasi`): a
    noun phrase naming who is shown and where, with no verb, unlike a standfirst there.

    >>> page = [Line(t, i) for i, t in enumerate(("Hawkers told to move", "Share on Facebook", "Share on X",
    ...         "Fishermen on the beach at Jamestown on Tuesday", "By Ann Lee", "Hawkers have a week to move."))]
    >>> page[1].reason = page[2].reason = "social"; page[4].role = "byline"
    >>> caption_over_byline(page, 0); page[3].reason
    'caption'
    >>> page[3] = Line("Traders in the city say the deadline is too short", 3)
    >>> caption_over_byline(page, 0); page[3].reason is None
    True
    >>> page[3] = Line("Council leaders in Leeds vote to cut bus fares", 3)
    >>> caption_over_byline(page, 0); page[3].reason is None  # a standfirst with a verb of its own
    True

    With no byline in the header, the caption stands right above the story's first paragraph:

    >>> page = [Line(t, i) for i, t in enumerate(("Clinic floods again", "Share", "Residents outside the clinic in Sylhet on Sunday",
    ...         "Patients were turned away from the Sylhet clinic on Sunday after water rose to knee height.", "Ann Lee"))]
    >>> page[1].reason = "social"
    >>> caption_over_byline(page, 0); page[2].reason
    'caption'
    """
    for i in range(title_at + 2, min(len(lines) - 1, title_at + _HEADER_LINES)):
        ln, above, below = lines[i], lines[i - 1], lines[i + 1]
        # under it the byline, or the story's first paragraph when the byline stands elsewhere
        story = below.role == "byline" or below.role == "body" and is_sentence(below.text, 12) and \
            not any(o.role == "byline" and not o.reason for o in lines[title_at + 1:i])
        if story and not below.reason and above.reason == "social" and not ln.reason and \
                ln.role in ("body", "standfirst") and not TERMINAL.search(ln.text) and 4 <= len(words(ln.text)) <= 20 and \
                _SHOWN_WHERE.match(ln.text) and not _FINITE.search(ln.text) and not re.search("[\"“”‘]", ln.text) and \
                not re.search(r"\b[a-z]+(?:es|ed)\b", ln.text.split(" ", 1)[1]):
            ln.reason = "caption"
            return
