"""The end of the story: where the page's footer, the author's bio, the readers' comments
and a press release's notes to editors begin, and what of them goes.

Region rules run by `narrator.normalise` on the lines below the headline; each sets the
reason of lines it drops and leaves the rest alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from narrator.headline import _BY, is_byline
from narrator.lines import READER, TERMINAL, Line, is_sentence, words
from narrator.rules.notes import author_bio

_HEADER_LINES = 20  # lines under the headline where a byline may stand


_OWNED = re.compile(r"\s(?:is|are) (?:(?:a |an )?(?:proud )?(?:part|member|division|subsidiary|brand|title) of|owned by|"
                    r"published by|operated by)\s", re.I)


def _bare(name: str) -> str:
    """An outlet's name without its leading `The`."""
    return re.sub(r"^the ", "", name, flags=re.I)


def outlet_note(lines: list[Line], publication: str | None, above: Sequence[str] = ()) -> None:
    """The masthead's outlet saying who owns it (`The Sentinel is part of the Heartline
    Local Media network.`) is a footer line, not news.

    >>> page = [Line("The Sentinel is part of the Heartline Local Media network.", 0), Line("The Sentinel owns the site.", 1)]
    >>> outlet_note(page, "The Sentinel"); [ln.reason for ln in page]
    ['footer', None]

    So is the outlet's name set before its slogan (`Quickline — Get smarter, faster with the news ...`):

    >>> page = [Line("Quickline — Get smarter, faster with the news leaders read.", 0),
    ...         Line("Quickline — which first reported the draft — said it stood by its story.", 1),
    ...         Line("Quickline | By Lena Marchetti", 2)]
    >>> outlet_note(page, "Quickline"); [ln.reason for ln in page]
    ['footer', None, None]

    And so is the outlet's bare name under the headline, before the story starts (the byline
    card's `Jake Mendez` / `Ashford Sentinel`):

    >>> page = [Line("Jake Mendez", 0), Line("Ashford Sentinel", 0), Line("The council voted 5-2 late on Tuesday to raise water rates by 18 per cent.", 1),
    ...         Line("Ashford Sentinel", 2)]
    >>> outlet_note(page, "The Ashford Sentinel"); [ln.reason for ln in page]
    [None, 'masthead', None, None]

    With no masthead found, a name of two or more capitalised words repeating a line above
    the headline (`The Ashford Sentinel` in the page's top bar) is the outlet's name too:

    >>> page = [Line("Jake Mendez", 0), Line("Ashford Sentinel", 0), Line("The council voted 5-2 late on Tuesday to raise water rates by 18 per cent.", 1)]
    >>> outlet_note(page, None, ["Menu", "The Ashford Sentinel", "News"]); [ln.reason for ln in page]
    [None, 'masthead', None]
    >>> page = [Line("Jake Mendez", 0), Line("Ashford Sentinel", 0), Line("The council voted 5-2 late on Tuesday to raise water rates by 18 per cent.", 1)]
    >>> outlet_note(page, None, ["Menu", "Jake Mendez Live", "News"]); [ln.reason for ln in page]
    [None, None, None]
    """
    names = {_bare(t).lower() for t in above if 2 <= len(words(t)) <= 5 and
             all(w[0].isupper() for w in words(t)) and not TERMINAL.search(t)}
    if publication:
        names.add(_bare(publication).lower())
    for line in lines:
        if is_sentence(line.text, 12):
            break
        if not line.reason and len(words(line.text)) >= 2 and _bare(line.text).lower() in names:
            line.reason = "masthead"
    if not publication:
        return
    name = re.escape(_bare(publication))
    for line in lines:
        if line.reason or len(words(line.text)) > 40 or re.search("[\"“”]", line.text):
            continue
        if re.match(rf"^(?:The )?{name}(?:[’']s?)?\b", line.text, re.I) and _OWNED.search(line.text) or \
                re.match(rf"^(?:The )?{name}\s*[—–|]\s*(?!By\b)[A-Z]", line.text) and len(words(line.text)) <= 25 and \
                not is_byline(line.text) and \
                not re.search(r"\b(?:said|says|told|according)\b", line.text):
            line.reason = "footer"


def footer_tail(lines: list[Line], title_at: int) -> None:
    """Kept lines after the story's last prose paragraph are the page footer; a closing
    author bio goes with them. The outlet's note about itself closing the page, below a run
    of links and labels, is footer too, and so is everything between it and the story:

    >>> story = [Line(f"Police said the {n} crash happened on Monday night near the bridge.", i) for i, n in enumerate("abcd")]
    >>> tail = [Line(t, 5) for t in ("Schedule", "Morning Show", "Jazz at Noon", "Harbour Radio is a listener-supported station.")]
    >>> page = [Line("Crash closes bridge", 0)] + story + tail
    >>> footer_tail(page, 0); [ln.reason for ln in page[5:]]
    ['footer', 'footer', 'footer', 'footer']
    >>> page = [Line("Pantry loses lease", 0)] + story + [Line("The pantry is a nonprofit that feeds 900 families a week.", 6)]
    >>> footer_tail(page, 0); page[5].reason is None
    True
    """
    kept = [ln for ln in lines[title_at + 1:] if not ln.reason]
    said = [i for i, ln in enumerate(kept) if is_sentence(ln.text)]
    while len(said) >= 4 and _COLOPHON.search(kept[said[-1]].text) and said[-1] - said[-2] >= 3 and \
            len(words(kept[said[-1]].text)) <= 40 and not re.search("[\"“”]", kept[said[-1]].text):
        said.pop()  # the site's note about itself, set apart from the story by a run of links and labels
    last_body = said[-1] if said else -1
    # a short closing sentence (`The repairs cost £340,000.`) still belongs to the story
    while last_body + 1 < len(kept) and _short_sentence(kept[last_body + 1].text):
        last_body += 1
    last_body = _closing_list(kept, last_body)
    for line in kept[last_body + 1:]:
        line.reason = "footer"
    kept = kept[:last_body + 1]
    header = " ".join(ln.text for ln in lines[title_at + 1:title_at + 8] if not is_sentence(ln.text, 12))
    first_person_bio(lines, kept, header)
    closing_bio(kept, header)


# an outlet describing itself in its footer: `KXYZ is a 501(c)(3) nonprofit.`, `The Beacon is an independent,
# reader-funded newsroom.`, `Harbour Radio is a registered charity.`
_COLOPHON = re.compile(r"\b(?:is|are) (?:an? |the )?(?:[\w,-]+ ){0,4}(?:501\(c\)\(?3\)?|non-?profit|not-for-profit|registered charity|"
                       r"(?:member|listener|reader|viewer)[- ](?:supported|funded|powered)|public (?:media|broadcaster|radio))\b", re.I)


_I_AM_WRITER = re.compile(r"^I(?:['’]m| am) an? (?:[\w’'-]+ ){0,4}(?:reporter|correspondent|editor|writer|journalist|"
                          r"columnist|contributor|producer|critic|photographer)\b|"
                          # `I'm a workplace strategist and former HR director ... I write about how work is changing.`
                          r"^I(?:['’]m| am) an? [^.!?\"“”]{3,160}[.!?]\s+I (?:write|cover|report) (?:about|on)\b")


def first_person_bio(lines: list[Line], kept: list[Line], header: str) -> None:
    """`I'm a workplace journalist based in Chicago ...` closing the page, under the author
    card's dropped name line (`Jenna Whitlock`, the byline's author), is the writer's own
    bio: a story ending in the first person has no name card between it and the story's
    last sentence.

    >>> page = [Line("By Jenna Whitlock", 0), Line("The pilot ended in March, the company said.", 1),
    ...         Line("Jenna Whitlock", 2), Line("I'm a workplace journalist based in Chicago.", 3)]
    >>> first_person_bio(page, [page[1], page[3]], "By Jenna Whitlock"); page[2].reason, page[3].reason
    ('author-bio', 'author-bio')
    >>> page[3].reason = None; page[2].text = "Read more"
    >>> first_person_bio(page, [page[1], page[3]], "By Jenna Whitlock"); page[3].reason is None
    True
    >>> page[2].text, page[2].reason = "Jenna Whitlock", None
    >>> page[3].text = "I'm a former HR director who spent a decade in logistics. I write about how work is changing."
    >>> first_person_bio(page, [page[1], page[3]], "By Jenna Whitlock"); page[3].reason
    'author-bio'
    """
    if not kept or not _I_AM_WRITER.match(kept[-1].text):
        return
    at = next(i for i, ln in enumerate(lines) if ln is kept[-1])
    story = max((i for i, ln in enumerate(lines[:at]) if not ln.reason and is_sentence(ln.text)), default=-1)
    if story >= 0 and any(2 <= len(words(ln.text)) <= 4 and not TERMINAL.search(ln.text) and
                          re.search(rf"\b{re.escape(ln.text)}\b", header) for ln in lines[story + 1:at]):
        kept.pop().reason = "author-bio"
        for ln in lines[story + 1:at]:  # the card above it: the name, `Reprints & Permissions`
            ln.reason = ln.reason or "author-bio"


_LIST_ITEM_WORDS = 7  # a closing list's items are phrases this long; a link or heading after it is shorter


def _closing_list(kept: list[Line], last: int) -> int:
    """The story closing on a list (`Our advice:` / `Keep rabbits in pairs ...`): an intro line
    ending in a colon right after the last sentence, and the long unpunctuated items under it."""
    if last < 0 or last + 2 >= len(kept) or not kept[last + 1].text.endswith(":") or \
            len(words(kept[last + 1].text)) < 4:
        return last
    end = last + 1
    while end + 1 < len(kept) and len(words(kept[end + 1].text)) >= _LIST_ITEM_WORDS and \
            not TERMINAL.search(kept[end + 1].text):
        end += 1
    return end if end > last + 1 else last


_END_MARKS = ("tags", "related", "author-bio")


_CARD = re.compile(r"^(?:(?:Written|Words|Posted|Story|Reporting) )?[Bb]y\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})$")


def author_card(lines: list[Line]) -> None:
    """`Written by Dana Whitcombe` below the story, naming the header's byline again, heads
    the author's card (`1.1K Followers` / `Writer for ...` / a one-line bio): the page
    introducing its writer, like `About the author`. So does the byline's bare name over a
    one-line bio of the writer's beat:

    >>> story = [Line(f"Police said the {n} crash happened on Monday night.", i) for i, n in enumerate("abc")]
    >>> page = [Line("By Ann Lee", 0)] + story + [Line("Ann Lee", 4), Line("Motoring correspondent since 2017.", 4)]
    >>> author_card(page); [ln.reason for ln in page[4:]]
    ['author-bio', 'author-bio']
    """
    prose = 0
    for i, line in enumerate(lines):
        if not line.reason and is_sentence(line.text):
            prose += 1
        elif prose >= 3 and not line.reason and (m := _CARD.match(line.text)) and \
                re.search(rf"\b{re.escape(m.group(1))}\b", " ".join(  # the header above it, not the line itself
                    ln.text for ln in lines[:min(i, _HEADER_LINES)] if not ln.reason and is_byline(ln.text))):
            line.reason = "author-bio"
        elif prose >= 3 and not line.reason and i + 1 < len(lines) and not lines[i + 1].reason and \
                re.fullmatch(r"(?:[A-Z][\w’'.-]+ ){1,2}[A-Z][\w’'.-]+", line.text) and \
                any(not ln.reason and _BY.match(ln.text) and re.search(rf"\b{re.escape(line.text)}\b", ln.text)
                    for ln in lines[:min(i, _HEADER_LINES)]) and \
                len(words(lines[i + 1].text)) <= 25 and _WRITER_ROLE.search(lines[i + 1].text) and \
                not re.search("[\"“”]", lines[i + 1].text):
            line.reason = lines[i + 1].reason = "author-bio"  # the byline's name again, over the writer's one-line bio


_WRITER_ROLE = re.compile(r"\b(?:correspondent|reporter|editor|writer|journalist|columnist|critic|covers|covered|writes)\b", re.I)
_BIO_NAME = re.compile(r"^((?:[A-Z][\w’'.-]+ ){2,3})(?:is|was) ")


# a line opening with a full name and what the person does for a living
_LEAD_BIO = re.compile(r"^([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2}) (?:is|was|covers|joined|has|writes|reports|edits|previously|"
                       r"spent|leads|produces)\b")


def named_bio(lines: list[Line]) -> None:
    """A bio after the story's last prose paragraph that opens with the full name of the
    byline's author (`Ann Lee covers health for The Post. ...`) is the author's card, with
    the card's bare name line right above it (`Ann Lee`); the story's own people are not in
    the byline.

    >>> page = [Line(t, i) for i, t in enumerate(("By Jo Bell", "The lake froze for the first time in a decade, officials said.",
    ...         "Jo Bell is The Courier's lakes editor. He has covered the fishery since 2010.", "Walleye", "Lake Erie",
    ...         "Subscribe now and get a year of the magazine for just $14.95 with a free gift."))]
    >>> named_bio(page); page[2].reason
    'author-bio'
    >>> page[2].reason = None; page[2].text = "Jo Bell is The Courier's lakes editor."
    >>> page[3].text = "He said the ice would not last beyond the end of the month, and it did not."
    >>> named_bio(page); page[2].reason is None
    True

    Opening with the author's full name and what they do, with no more story below (a promo talking to the
    reader is none), the card goes whatever its wording:

    >>> page = [Line(t, i) for i, t in enumerate(("By Jo Bell", "The lake froze for the first time in a decade, officials said.",
    ...         "Jo Bell covers lakes and fisheries. He came to the paper from a radio newsroom in 2019.",
    ...         "Get every local story on your phone, wherever you are."))]
    >>> named_bio(page); page[2].reason
    'author-bio'
    >>> page[2].reason = None; page[2].text = "Jo Bellamy covers lakes and fisheries for the state's wildlife agency."
    >>> named_bio(page); page[2].reason is None
    True
    """
    header = " ".join(ln.text for ln in lines[:_HEADER_LINES] if not ln.reason and is_byline(ln.text))
    started = False
    for i, line in enumerate(lines):
        if not line.reason and is_sentence(line.text, 12):
            started = True
        if not started or line.reason:
            continue
        below = next((ln for ln in lines[i + 1:] if not ln.reason), None)
        on = below is not None and is_sentence(below.text)  # the story goes on below (tags or a promo below are no story)
        if (lead := _LEAD_BIO.match(line.text)) and not re.search("[\"“”]", line.text) and \
                re.search(rf"(?<![\w-]){re.escape(lead.group(1))}(?![\w-])", header) and \
                not any(not ln.reason and is_sentence(ln.text) and not READER.search(ln.text) for ln in lines[i + 1:]):
            name = lead.group(1)  # the byline's author in full, then what they do: `Ann Lee covers ...`, `Ann Lee joined ...`
        elif author_bio(line.text):
            name = " ".join(line.text.split()[:2])
            if not re.search(rf"\b{re.escape(name)}\b", header) or on:
                continue  # a sentence about its own writer inside the story
        else:
            continue
        line.reason = "author-bio"
        for above in reversed(lines[max(0, i - 2):i]):
            if above.text == name or above.text.startswith(name + ",") and len(words(above.text)) <= 6:
                above.reason = above.reason or "author-bio"
                break


def header_bio(lines: list[Line]) -> None:
    """`Name is a celebrity writer at ...` under the byline, before the story starts, naming
    the byline's author in full, introduces the writer, not the news (`closing_bio` takes
    one after the story; one in the middle may be the story's own). There the author's beat
    alone (`Name writes about workplace strategy.`) needs no outlet after it.

    >>> page = [Line("By Jenna Whitlock, Contributor.", 0), Line("Jenna Whitlock writes about flexible work.", 1),
    ...         Line("Routewise gave its 340 staff every Friday off at full pay in 2023.", 2)]
    >>> header_bio(page); [ln.reason for ln in page]
    [None, 'author-bio', None]
    >>> page = [Line("Four-day weeks are spreading to the warehouse floor, and some of the gains are surprising.", 0),
    ...         Line("by Jenna Whitlock", 0), Line("Jenna Whitlock is a senior reporter covering energy for the site.", 1),
    ...         Line("Routewise gave its 340 staff every Friday off at full pay in 2023.", 2)]
    >>> header_bio(page); [ln.reason for ln in page]
    [None, None, 'author-bio', None]
    >>> page = [Line("By Ann Lee", 0), Line("Jenna Whitlock writes about flexible work.", 1),
    ...         Line("Routewise gave its 340 staff every Friday off at full pay in 2023.", 2)]
    >>> header_bio(page); [ln.reason for ln in page]
    [None, None, None]
    """
    header = " ".join(ln.text for ln in lines[:_HEADER_LINES] if not ln.reason and is_byline(ln.text))
    byline = False
    for line in lines:
        if line.reason:
            continue
        if (author_bio(line.text) and (m := _BIO_NAME.match(line.text)) or
                (m := _LEAD_BIO.match(line.text)) and not re.search("[\"“”]", line.text)) and \
                re.search(rf"\b{re.escape(m.group(1).strip())}\b", header):
            line.reason = "author-bio"
        elif is_sentence(line.text, 12) and byline:
            return  # the story's first paragraph (a standfirst above the byline is not)
        byline = byline or is_byline(line.text)


# an obituary's guest book is its comment section: `Guest Book` / `Sign the Guest Book` / `Add a memory`
_COMMENTS_HEAD = re.compile(r"(?:\d+ )?comments?(?: \(?\d+\)?)?|(?:leave|add|post) an? (?:comment|reply)|add comment|"
                            r"join the (?:conversation|discussion)|guest ?book|sign (?:the|our) guest ?book",
                            re.I)
# a comment's own buttons: `Reply`, `Recommend 0`, `Report`, or the guest book's `Add a memory`
_COMMENT_BUTTON = re.compile(r"reply|post (?:a )?comment|submit(?: comment)?|leave a (?:comment|reply)|"
                             r"(?:recommend|like|upvote)s?(?: \(?\d+\)?)?|report(?: abuse| comment)?|"
                             r"sign (?:the|our) guest ?book|add (?:a|your) (?:memory|condolence|tribute|entry)|"
                             r"load more (?:comments|entries|replies)", re.I)


def comment_section(lines: list[Line]) -> None:
    """Readers' comments under the story: a `3 Comments` / `Leave a Comment` heading after
    three or more prose paragraphs, with a `Reply` or `Post Comment` button below it, opens
    a section that runs to the page's end; no story comes back after the comments.
    The count may follow the word (`Comments 384`), and `Add comment` heads one too:

    >>> story = [Line(f"Police said the {n} crash happened on Monday night.", i) for i, n in enumerate("abc")]
    >>> page = story + [Line("Add comment", 3), Line("Comments 384", 4), Line("What a brave lady.", 5),
    ...                 Line("By posting your comment you agree to our house rules.", 6), Line("Submit Comment", 7)]
    >>> comment_section(page); [ln.reason for ln in page[3:]]
    ['comments', 'comments', 'comments', 'comments', 'comments']
    >>> page = story + [Line("Comments (43)", 3), Line("Closed", 3), Line("Ann Lee", 3), Line("Same story every year.", 3),
    ...                 Line("Recommend", 3), Line("0", 3)]
    >>> comment_section(page); [ln.reason for ln in page[3:]]  # a comment's `Recommend` button
    ['comments', 'comments', 'comments', 'comments', 'comments', 'comments']
    >>> page = story + [Line("Guest Book", 3), Line("Sign the Guest Book", 3), Line("Rest easy, Coach.", 3)]
    >>> comment_section(page); [ln.reason for ln in page[3:]]  # an obituary's guest book
    ['comments', 'comments', 'comments']
    >>> page = story + [Line("Comments were closed after 384 posts.", 3), Line("Submit Comment", 4)]
    >>> comment_section(page); [ln.reason for ln in page[3:]]
    [None, None]
    """
    prose = 0
    for i, line in enumerate(lines):
        if not line.reason and is_sentence(line.text):
            prose += 1
        elif prose >= 3 and (_COMMENTS_HEAD.fullmatch(line.text.strip(" :")) or line.reason == "comments") and \
                any(_COMMENT_BUTTON.fullmatch(ln.text.strip(" *")) for ln in lines[i + 1:]):
            for other in lines[i:]:
                other.reason = other.reason or "comments"
            return


_ENDS = re.compile(r"[-–—#* ]*(?:ENDS|Ends|END|-?30-?|###)[-–—#* ]*")  # a press release's end mark
# the heading of a press release's end section: `Notes to editors`, `Note for editors:`, `Editors' notes`
# and a podcast page's `Show notes` under its transcript (the credits and archive sources)
_EDITORS_NOTES = re.compile(r"[#* ]*(?:notes? (?:to|for) (?:the )?editors?|editors?['’]?s?['’]? notes|"
                            r"(?:show|episode) notes)[#* :]*", re.I)


# a wire agency's credits, the last line of its story: `Reporting by Ann Lee in Oslo; Editing by Jo Bell`
_WIRE_CREDITS = re.compile(r"(?:(?:Additional )?[Rr]eporting|Writing|Compiled) by [A-Z][^;]{2,200}; (?:[A-Z][a-z]+ )*[Ee]diting by [A-Z]")


def end_matter(lines: list[Line]) -> None:
    """A tags, related or about-the-author block with story prose above it and at most one
    unquoted sentence below opens the page's end matter: that lone sentence is a promo
    (`Capitol Wire Pro` / `Get the policy intelligence you need. Request a demo.`), since a
    story does not break off for a link list and come back for one line.

    A press release's `ENDS` mark, or its `Notes to editors` heading, after three story
    sentences opens the end matter the same way:

    >>> story = [Line(f"Police said the {n} crash happened on Monday night.", i) for i, n in enumerate("abc")]
    >>> page = story + [Line("Notes to editors", 3), Line("The family have asked for privacy at this time.", 4)]
    >>> end_matter(page); [ln.reason for ln in page[3:]]
    ['footer', 'footer']
    >>> page = story + [Line("Editors say notes to editors are dull.", 3), Line("The family asked for privacy.", 4)]
    >>> end_matter(page); [ln.reason for ln in page[3:]]
    [None, None]

    So does a podcast page's `Show notes` heading under the transcript:

    >>> page = story + [Line("Show notes", 3), Line("Presented by Ann Lee. Produced by Jo Bell.", 4)]
    >>> end_matter(page); [ln.reason for ln in page[3:]]
    ['footer', 'footer']
    >>> page = story + [Line("The show notes were read out.", 3), Line("Presented by Ann Lee.", 4)]
    >>> end_matter(page); [ln.reason for ln in page[3:]]
    [None, None]

    And a wire agency's `Reporting by ...; Editing by ...` credits, its story's last line:

    >>> page = story + [Line("Reporting by Ann Lee in Oslo; Editing by Jo Bell", 3),
    ...                 Line("Jo reports on Nordic shipping from Oslo. She joined in 2019.", 4)]
    >>> end_matter(page); [ln.reason for ln in page[3:]]
    ['footer', 'footer']
    """
    author_card(lines)
    header_bio(lines)
    named_bio(lines)
    ends = [i for i, ln in enumerate(lines) if _ENDS.fullmatch(ln.text) or _EDITORS_NOTES.fullmatch(ln.text) or
            _WIRE_CREDITS.match(ln.text)]
    if ends and sum(not ln.reason and is_sentence(ln.text) for ln in lines[:ends[-1]]) >= 3:
        for other in lines[ends[-1]:]:  # a press release's `ENDS`: notes to editors and media contacts follow
            other.reason = other.reason or "footer"
    prose = [i for i, ln in enumerate(lines) if not ln.reason and is_sentence(ln.text)]
    for i, line in enumerate(lines):
        if line.reason not in _END_MARKS or sum(p < i for p in prose) < 3:
            continue
        after = [lines[p] for p in prose if p > i]
        # a promo speaks to the reader or is short; a long paragraph of news is the story's close
        if len(after) <= 1 and not any(re.search("[\"“”‘]", ln.text) or len(words(ln.text)) > 25 and
                                       not re.search(r"\b(?:you|your|we|our|us)\b", ln.text, re.I) for ln in after):
            for other in lines[i + 1:]:
                other.reason = other.reason or "footer"
            return


def closing_bio(kept: list[Line], header: str) -> None:
    """The author's bio closing the story (`Name is a senior reporter at ...`) is about
    the page, not the news: dropped when it is the last thing before the footer and
    names someone from the byline (so an obituary's last line stays)."""
    while kept and author_bio(kept[-1].text):
        name = words(kept[-1].text)[0]
        if not re.search(rf"\b{re.escape(name)}\b", header):
            return
        kept.pop().reason = "author-bio"
        if kept and is_byline(kept[-1].text) and not TERMINAL.search(kept[-1].text) and \
                re.search(rf"\b{re.escape(kept[-1].text.split(',')[0])}\b", header):  # `Ann Lee, Staff Writer`
            kept.pop().reason = "author-bio"  # the author card's name above the bio


def _short_sentence(text: str) -> bool:
    """
    >>> _short_sentence("The repairs cost £340,000."), _short_sentence("Terms of Use"), _short_sentence("Was this helpful?")
    (True, False, False)
    """
    toks = words(text)
    return is_sentence(text, 3) and toks[0][0].isupper() and any(t.islower() for t in toks[1:]) and \
        not text.endswith("?")  # `Was this helpful?` asks the reader, not the story
