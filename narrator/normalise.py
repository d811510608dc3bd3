"""Turn pasted web-page text into the lines worth reading aloud.

Each rule is a small named function; a line dropped by a rule is recorded as
`Dropped(line, reason)`. Rules come in three kinds:

- line rules (in `narrator.lines`) look at one line: credits, timestamps, prompts;
- context rules look at neighbouring lines (caption twins, related blocks);
- region rules use the article's shape: everything before the headline is
  page chrome, and short unpunctuated lines after the last body paragraph are
  footer lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from narrator.captions import caption_over_buttons, caption_over_byline, caption_pairs, caption_toggles, embed_blocks, header_caption, player_titles, post_cards
from narrator.twins import (cut_twins, framed_twins, pull_quotes, repeated_labels, repeated_pitches, split_twins, tab_lines,
                            quoted_twins, reworded_twin, title_copies, twin_lines)
from narrator.boxes import (_BOX_BUTTONS, badge_teasers, bare_teasers, boxed_lines, contact_boxes, disclosure_cards, form_pitch, link_cards, quote_forms,
                            pitch_between, pitch_labels,
                            promo_blocks, summary_boxes)
from narrator.lines import CROSSHEAD_WORDS, TERMINAL, Line, alone, groups, in_menu, is_sentence, menu_row, words
from narrator.rules import line_reason
from narrator.rules.notes import author_bio
from narrator.rules.page import BARE_SCORE, page_widget, table_row
from narrator.rules.prompts import consent
from narrator.rules.stamps import timestamp
from narrator.errors import NarratorError
from narrator.headline import _BY, _DATED, SOFT, anchored_headline, is_byline, is_headline, outlet_lines, outlet_promos, strong
from narrator.widgets import (advert_copy, award_boxes, chapter_lists, directory_boxes, follow_lists, poll_boxes, product_cards, score_cards, shop_cards,
                              sponsor_boxes, widget_blocks, forecast_rows,
                              widget_reason)
from narrator.endmatter import _HEADER_LINES, comment_section, end_matter, footer_tail, outlet_note
from narrator.models import Block, CleanArticle, Dropped, RawArticle
from narrator.people import VERB
from narrator.outlet import (_COMPANY_NOUN, is_slogan, _SECTION_NAMES, _SMALL_WORDS, tab_title, site_banner, as_spelt, byline_outlet, copyright_owner, find_masthead, menu_under, names_paper, site_tagline,  # noqa: F401
                             home_link_name, is_tagline, masthead_name, masthead_tail, published_in)


def list_labels(lines: list[Line]) -> None:
    """A label alone in its paragraph (`Key points:`) above short lines that are each a
    paragraph of their own introduces the story's own list, as `The list includes:` does.
    A label set in one block with its list heads a summary box, and goes."""
    for i, line in enumerate(lines):
        items = lines[i + 1:i + 3]
        if line.reason == "label" and alone(lines, i) and len(items) == 2 and \
                all(not ln.reason and alone(lines, i + 1 + k) and len(words(ln.text)) <= 30 for k, ln in enumerate(items)):
            line.reason = None


_MASTHEAD_REACH = 10  # lines under the masthead where the header's furniture sits


def masthead_lines(lines: list[Line], at: int, start: int) -> None:
    """A line under the masthead that opens with the masthead's own name and goes on after a
    dash, bar or colon is the page's furniture naming itself (`THE GAZETTE — Print edition,
    Thursday, page 4`, `Gazette | Opinion`), never the headline.

    >>> page = [Line(t, 0) for t in ("THE HARBOUR GAZETTE", "Home | News", "THE HARBOUR GAZETTE — Print edition, page 4",
    ...                              "Ferry fares to rise by a fifth", "Harbour Gazette readers vote on the new ferry name")]
    >>> masthead_lines(page, 0, 1); [ln.reason for ln in page]
    [None, None, 'masthead', None, None]
    >>> page = [Line(t, 0) for t in ("Packet Notes", "Notes on networks and the things we trust.", "Home", "About", "Contact")]
    >>> masthead_lines(page, 0, 1); page[1].reason
    'masthead'
    """
    name = lines[at].text.casefold()
    if menu_under(lines, at):  # a blog's motto between its name and its `Home` / `About` menu
        for line in lines[start:start + 1]:
            if line.text.strip().lower() != "home":
                line.reason = line.reason or "masthead"
    for line in lines[start:start + _MASTHEAD_REACH]:
        if not line.reason and line.text.casefold().startswith(name) and \
                re.match(r"\s*[—–|:-]\s*\S", line.text[len(name):]):
            line.reason = "masthead"


def header_labels(lines: list[Line], title_at: int) -> None:
    """A lone word between the headline and the story's first two prose paragraphs is the
    page's section, place or button label (`Regional`, `Nation`, `Playlist`, `Members`): a
    byline has two words or more, a dateline in capitals (`ISTANBUL`) and a drop cap (`T`)
    stay.

    >>> page = [Line(t, i) for i, t in enumerate(("Ferry fares to rise by a fifth", "Regional", "By Ann Lee", "ISTANBUL",
    ...         "The ferry company said on Monday that fares would rise by a fifth from June.",
    ...         "Passengers said they had not been told, and the council said it would object."))]
    >>> header_labels(page, 0); [ln.reason for ln in page]
    [None, 'label', None, None, None, None]
    """
    read = [i for i in range(title_at + 1, len(lines)) if not lines[i].reason]  # dropped lines between do not count
    start = next((i for i, j in zip(read, read[1:]) if is_sentence(lines[i].text, 12) and is_sentence(lines[j].text, 12)),
                 title_at + 1)
    for line in lines[title_at + 1:start]:
        if not line.reason and line.role not in ("title", "standfirst") and len(words(line.text)) == 1 and \
                len(line.text) > 1 and not line.text.isupper() and not TERMINAL.search(line.text) and \
                not _BY.match(line.text) and line.text.lower() != "by":
            line.reason = "label"
    # a topic label of two or three words in sentence case right under the headline, over the `By` line (`Gas exports`)
    below = [ln for ln in lines[title_at + 1:start] if not ln.reason][:2]
    if len(below) == 2 and _BY.match(below[1].text) and 2 <= len(toks := words(below[0].text)) <= 3 and \
            toks[0][0].isupper() and all(t.islower() for t in toks[1:]) and not TERMINAL.search(below[0].text):
        below[0].reason = "label"


_RELATED = re.compile(
    r"^(?:related(?: internet)?(?: articles?| stor(?:y|ies)| posts?| content| links?| reading| coverage| news)?|read next|read more|"
    r"more on this (?:story|topic)|top stories|most (?:read|popular|viewed)|(?:discover |explore )?more (?:stories |news |articles )?from .{1,40}|"
    r"you may (?:also )?like|you might (?:also )?like|recommended(?: for you| from .{1,30}| reading| stories)?|more stories|"
    r"latest(?: news| stories)?|trending(?: now)?|explore more|around the web|in other news|"
    r"what to read next|popular now|(?:most )?popular (?:on|at|in) [A-Z].{0,40}|trending on [A-Z].{0,40}|more news|editor'?s picks|read more (?:on|about) .{1,40}|also read|read also|"
    r"(?:explore|read|more from|more in) (?:the|this|our) series|in this series|see also|go (?:further|deeper)|dig deeper|"
    # a blog's sidebar lists: `Recent Posts`, `Latest articles`
    r"(?:recent|latest|newest) (?:posts|articles|stories|entries)|"
    r"(?:related|more|latest|featured|recommended) videos?|more (?:[\w’'-]+ ){1,3}(?:news|stories|headlines)|"
    # a trade site's numbered list set into the story: `Top 5 stories:`, `Top 10 reads this week`
    r"top (?:\d{1,2}|five|ten) (?:stories|reads|articles|headlines)(?: (?:this|of the) (?:week|day|month))?|"
    # a list of links out: `Full results` over the official results page, `Useful links` (a help box's `Resources` may be read)
    r"(?:full|complete|official|detailed|all) results|(?:useful|external|helpful|further|more|other|key) links|"
    r"links|(?:elsewhere )?on the web)\s*:?$", re.I)
# a local site's board of readers' posts under the story (`Neighbor Posts`, `Community noticeboard`), whose items are
# readers' own short sentences, not the story resuming; above the story it is a menu's link
_POSTS_HEAD = re.compile(r"(?:neighbou?r|community|readers?['’]?|residents?['’]?|local) (?:posts|board|noticeboard|questions|updates)"
                         r"|(?:community )?noticeboard", re.I)
_POST_WORDS = 25
# a heading for one linked story: the next line is that link even when prose follows it
_IN_CATEGORY = re.compile(r"^In [\"“][^\"“”]{1,40}[\"”]$")
_ONE_LINK = re.compile(r"^(?:read more|read next|read also|also read|see also)\s*:?$", re.I)
_TAGS = re.compile(r"^(?:related (?:topics|tags)|(?:suggested )?topics|tags|tagged|filed under|(?:read )?more about|categories|archives|"
                   r"(?:explore )?more on these (?:topics|subjects)|"
                   # the people and bodies a story is tagged with: `In this news`, `People in this story`
                   r"in this (?:news|story|article|report|piece)|"
                   r"(?:people|topics|companies|organi[sz]ations|places|subjects) (?:in|mentioned in) this (?:news|story|article|report))"
                   r"\s*:?$", re.I)
# `Filed Under: Congress, Agriculture, Senate`: the heading with its list on one line
_TAG_LIST = re.compile(r"^(?:(?:related topics|topics?|tags|tagged(?: with)?|filed under|(?:read )?more about)\s*:|"
                       r"(?:posted in|categories)\s*:?)\s*"  # a blog's `Posted in Air pollution, Research news`
                       r"[\w’'&-]+(?: [\w’'&-]+){0,3}(?:\s*[,|·;]\s*[\w’'&-]+(?: [\w’'&-]+){0,3})*$|"
                       # its links pasted with spaces only: `Tags: Ashanti Region Kejetia Market KMA Traders`
                       r"^(?:tags|tagged(?: with)?|topics)\s*:\s*(?:(?-i:[A-Z0-9])[\w’'&-]*\s*){1,14}$", re.I)
_PROSE_WORDS = 15  # a related list's teaser is a headline; a full sentence this long under it is the story again
_AUTHOR_HEADING = re.compile(r"^about (?:the )?(?:authors?|writers?|reporters?|contributors?)\s*:?$", re.I)
_REFERENCES = re.compile(
    r"^(?:(?:journal|study|paper|full|original) )?(?:references?|citations?|sources?)\s*:?$|^further reading\s*:?$|"
    r"^(?:cite|citing|how to cite) this (?:article|story|page|post|piece)\s*:?$|^(?:footnotes|notes and references)\s*:?$", re.I)


def _figure_line(text: str) -> bool:
    """A name, symbol or figure with no prose: `Kelso Town 1`, `HSEM`, `Goals: Okafor 63'`.

    >>> _figure_line("Kelso Town 1"), _figure_line("Goals: Okafor 63', 88'"), _figure_line("Kelso won 2-1")
    (True, True, False)
    """
    toks = words(text)
    # few words: a Title Case headline beside a status line is not a figure
    return 1 <= len(toks) <= 8 and sum(t[0].isalpha() for t in toks) <= 4 and not TERMINAL.search(text) and \
        all(t[0].isupper() or t[0].isdigit() for t in toks)


def data_blocks(lines: list[Line], flat: bool = False) -> None:
    """A scoreboard or share-price box: the lines grouped with a score status or a price
    line (`FT` / `Rovers 2` / `Town 1`, `Halvorsen ASA` / `HSEM` / `NOK 182.40 -21.35`).
    A short unpunctuated line heading a group whose every other line is dropped and one
    of them a price or score is the box's title (`Markets at a glance`). In a paste without
    blank lines (`flat`), the box is the figure lines touching two or more of its rows.

    >>> page = [Line(t, i) for i, t in enumerate(("The airline said demand was strong this summer.", "Market Watch",
    ...         "DFM 5,218.44 ▲ 0.62%", "ADX 9,487.10 ▼ 0.14%", "Gold 24K AED 345.75/g", "Agents said calls rose."))]
    >>> page[2].reason, page[3].reason = "dateline-timestamp", "ticker"
    >>> data_blocks(page, flat=True); [ln.reason for ln in page]
    [None, 'ticker', 'dateline-timestamp', 'ticker', 'ticker', None]
    >>> page = [Line(t, i) for i, t in enumerate(("Market Watch", "DFM 5,218.44 ▲ 0.62%", "Gold 24K AED 345.75/g"))]
    >>> page[1].reason = "ticker"
    >>> data_blocks(page, flat=True); [ln.reason for ln in page]  # one row: a line quoting a figure, not a box
    [None, 'ticker', None]
    """
    if flat:
        # (a row another rule took first, `DFM 5,218.44 ▲ 0.62%` read as a time, still counts)
        rows = [i for i, ln in enumerate(lines) if ln.reason == "ticker" or ln.reason and page_widget(ln.text) == "ticker"]
        for i in rows:
            if i + 1 in rows:  # two rows in a row: the lines touching the run are the box's title and rows
                for step in (-1, 1):
                    k = i + step if step < 0 else i + 2
                    # (a price per unit, `AED 345.75/g`, is a figure too)
                    while 0 <= k < len(lines) and not lines[k].reason and \
                            _figure_line(re.sub(r"(?<=\d)/[a-z]{1,3}\b", "", lines[k].text)) and \
                            not lines[k].text.startswith("By "):
                        lines[k].reason = "ticker"
                        k += step
    for group in groups(lines):
        head, rest = group[0], group[1:]
        if rest and not head.reason and len(words(head.text)) <= 6 and not TERMINAL.search(head.text) and \
                all(ln.reason for ln in rest) and any(ln.reason in ("scores", "ticker") for ln in rest):
            head.reason = next(ln.reason for ln in rest if ln.reason in ("scores", "ticker"))
    for a, b, c in zip([None, *lines], lines, [*lines[1:], None]):
        if not b.reason and BARE_SCORE.match(b.text) and any(n and n.reason == "scores" for n in (a, c)):
            b.reason = "scores"  # a result beside the match box's status or scorers, not under the headline alone
    for line in lines:
        if line.reason not in ("scores", "ticker"):
            continue
        for other in lines:
            if other.group == line.group and not other.reason and _figure_line(other.text) and \
                    not other.text.startswith("By "):
                other.reason = line.reason


_FACT = re.compile(r"^[A-Z][\w’'&/ -]{0,25}:\s+\S.{0,160}$")  # `HQ: Nairobi, Kenya`, `Founded: 2020`
_FACT_LINES = 3
_FACT_HEAD_WORDS = 4


def _fact_line(text: str) -> bool:
    """
    >>> _fact_line("HQ: Nairobi, Kenya"), _fact_line("Amount: $14 million"), _fact_line("Q: Why did you leave?")
    (True, True, False)
    >>> _fact_line("Ann: We all knew it was coming."), _fact_line("It says: no entry")
    (False, True)
    """
    return bool(_FACT.match(text)) and not TERMINAL.search(text)


def fact_boxes(lines: list[Line], flat: bool = False) -> None:
    """A fact box: a run of three or more short `Label: value` lines in one paragraph with no
    sentence end (`Company: X` / `Founded: 2020` / `Round: Series A`) is a data panel beside
    the story, with its short heading right above (`Funding round`, in its paragraph or alone in
    the one before: left behind, it would be read with nothing under it) and the arrow link
    closing it (`View company profile →`). A list the story introduced with `:` stays, and
    so do a Q&A or a transcript, whose lines are sentences. In a paste without blank lines
    (`flat`) the run is read across lines, each a paragraph of its own. A run holding a byline
    (`Author: ...`) is the article's header, its headline a `Storm Colm: ...` one.

    >>> page = [Line("Storm Colm: red warning issued for coasts", 0), Line("Author: Press Office", 0),
    ...         Line("Last updated: 14:05 on Sat 8 Nov 2025", 0, "dateline-timestamp")]
    >>> fact_boxes(page); [ln.reason for ln in page]
    [None, None, 'dateline-timestamp']
    """
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (flat or lines[j].group == lines[i].group) and _fact_line(lines[j].text):
            j += 1
        if j - i < _FACT_LINES or i and lines[i - 1].text.endswith(":") or \
                any(_BY.match(ln.text) for ln in lines[i:j]):  # `Headline: ...` / `Author: ...` / `Last updated: ...`
            i = max(j, i + 1)
            continue
        box = lines[i:j]
        head = lines[i - 1] if i else None
        if head and (flat or head.group == lines[i].group or alone(lines, i - 1)) and \
                len(words(head.text)) <= _FACT_HEAD_WORDS and not TERMINAL.search(head.text):
            box.append(head)
        if j < len(lines) and (flat or lines[j].group == lines[i].group) and _ARROW_LINK.search(lines[j].text):
            box.append(lines[j])
        for ln in box:
            ln.reason = ln.reason or "fact-box"
        i = j


_ARROW_LINK = re.compile(r"[→›»]\s*$")


def _not_prose(text: str) -> bool:
    """A link or label rather than story prose: no sentence end, or a headline cut short
    (`Walker, 71, rescued after three days lost on Snowdon says...`)."""
    return not is_sentence(text) or bool(re.search(r"\w(?:\.{3}|…)$", text)) and not re.search("[\"“”]", text)


_TAG_WORDS = 6  # one topic (`Distributed Energy`, `Regulation & Policy`)
_COMMA_LIST = re.compile(r"[^,.!?:;]{1,30}(?:, [^,.!?:;]{1,30}){2,}")  # a topic list, never a crosshead


# a teaser's kicker before its headline: `Opinion: ...`, `Heatwave: ...`, `Analysis | ...`
_KICKER = re.compile(r"^[A-Z][\w’'&-]*(?: [\w’'&-]+){0,2}\s*(?::|\s\|)\s+[A-Z0-9‘“'\"]")


def related_blocks(lines: list[Line]) -> None:
    """A `Related articles` / `Topics` heading and the list under it: the rest of its group,
    then following groups while they hold no prose (a carousel's `Previous` / `1` / `Next`,
    teaser headlines each in its own paragraph). A group just above a prose paragraph is
    left alone: it may be the crosshead that resumes the story, unless it is one line as
    long as a headline (a crosshead is short). `About the author` takes
    the bio under it; `Filed Under: A, B` is a heading and its list on one line.

    A blog's related-post card is a title, its date and its category (`In "Fundraising"`):

    >>> card = [Line("Our walk raised £212,000 – thank you!", 0), Line("2 October 2023", 0, "dateline-timestamp"),
    ...         Line('In "Fundraising"', 0)]
    >>> related_blocks(card); [ln.reason for ln in card]
    ['related', 'dateline-timestamp', 'related']
    >>> story = [Line("The walk raised £212,000.", 0), Line("2 October 2023", 0, "dateline-timestamp"),
    ...          Line('In "Fundraising", she wrote, the trust thanked walkers.', 0)]
    >>> related_blocks(story); [ln.reason for ln in story]
    [None, 'dateline-timestamp', None]
    >>> page = [Line(t, i) for i, t in enumerate(("Related", "Catalonia extends water limits as reservoirs fall below 15%",
    ...         "Olive oil prices ease, but growers warn of another dry spring", "Why Spain's desalination bet is divisive",
    ...         "The announcement was met with frustration in Madrid on Tuesday."))]
    >>> related_blocks(page); [ln.reason for ln in page][3:]
    ['related', None]
    >>> page[3].text = "What the growers say"; page[3].reason = None
    >>> related_blocks(page); [ln.reason for ln in page][3:]  # a short crosshead resumes the story
    [None, None]
    >>> page = [Line(t, i) for i, t in enumerate(("Related videos", "03:14", "Highlights: Final day in Perth", "01:48",
    ...         "How the new rules work", "05:02", "Inside the board meeting",
    ...         "The federation said the trial would run for the whole of next season."))]
    >>> for j in (1, 3, 5): page[j].reason = "dateline-timestamp"
    >>> related_blocks(page); [ln.reason for ln in page][6:]  # each title under its clip length, the last one too
    ['related', None]

    Each teaser led by a kicker (`Opinion: ...`), the last too, though crosshead-short:

    >>> page = [Line(t, i) for i, t in enumerate(("Also read", "Floods: Rivers burst their banks across the north, says agency",
    ...         "Analysis: Who pays for the clean-up", "The council said repairs would start in the spring, after the waters fell."))]
    >>> related_blocks(page); [ln.reason for ln in page]
    ['related', 'related', 'related', None]
    >>> page = [Line(t, i) for i, t in enumerate(("Also read", "Floods: Rivers burst their banks across the north, says agency",
    ...         "Who pays for the clean-up", "The council said repairs would start in the spring, after the waters fell."))]
    >>> related_blocks(page); page[2].reason is None  # a crosshead resuming the story
    True

    The story's next paragraph pasted straight under a related list, a full sentence that
    does not talk to the reader, ends the list:

    >>> page = [Line(t, 0) for t in ("Related Stories", "Penang floods: 430 evacuated as heavy rain lashes George Town",
    ...         "Ahmad Fadzillah said the tender was awarded last month to a consortium led by a local engineering firm.")]
    >>> related_blocks(page); [ln.reason for ln in page]
    ['related', 'related', None]

    A local site's board of readers' posts, each a short sentence of its own:

    >>> page = [Line(t, 0) for t in ("The harbour board said on Monday that the wall would be repaired within the month.",
    ...         "Neighbour posts", "Lost dog near the quay — brown spaniel, answers to Bess",
    ...         "Can anyone recommend a plumber? Ours has retired and we have a leak.", "Post on Harbourside")]
    >>> related_blocks(page); [ln.reason for ln in page][:4]
    [None, 'related', 'related', 'related']
    >>> page = [Line(t, 0) for t in ("Neighbour posts", "Classifieds", "Harbour wall to be repaired within the month")]
    >>> related_blocks(page); [ln.reason for ln in page]  # a menu's link above the story
    [None, None, None]
    >>> page = [Line(t, 0) for t in ("Related stories", "Lost dog near the quay — brown spaniel",
    ...         "The council said the harbour wall would be repaired by the end of the month.")]
    >>> related_blocks(page); page[2].reason is None
    True

    The site's own list of its most read (`Popular on Backlot`), and `Read More About:` over tags:

    >>> page = [Line(t, 0) for t in ("Popular on Backlot", "‘Glasshouse’ Season 3 Officially in the Works", "Box Office: Run Soars")]
    >>> related_blocks(page); [ln.reason for ln in page]
    ['related', 'related', 'related']
    >>> page = [Line(t, 0) for t in ("Read More About:", "Berlinale", "Documentary")]
    >>> related_blocks(page); [ln.reason for ln in page]
    ['tags', 'tags', 'tags']
    >>> page = [Line(t, i) for i, t in enumerate(("Topics", "Storage", "Grid auction clears at a record price as data centres grow",
    ...         "The grid operator said the auction cleared at its highest price since the market opened."))]
    >>> related_blocks(page); [ln.reason for ln in page]  # a menu's topics end above the headline
    ['tags', 'tags', None, None]
    >>> page = [Line(t, i) for i, t in enumerate(("In this story", "Ann Lee", "Harbour Board", "Ferries", "Photo: Jo Bell",
    ...         "The harbour board voted on Monday to raise fares by a fifth from June."))]
    >>> page[4].reason = "credit"; related_blocks(page); [ln.reason for ln in page]
    ['tags', 'tags', 'tags', 'tags', 'credit', None]
    >>> page = [Line(t, 0) for t in ("Useful links", "County council flood map", "Environment Agency river levels")]
    >>> related_blocks(page); [ln.reason for ln in page]
    ['related', 'related', 'related']
    >>> page = [Line(t, 0) for t in ("Complete results:", "State elections board results page", "Our live blog (archived)")]
    >>> related_blocks(page); [ln.reason for ln in page]
    ['related', 'related', 'related']
    >>> page = [Line(t, 0) for t in ("Full results of the vote are due on Friday, the returning officer said.", "Ann Lee")]
    >>> related_blocks(page); [ln.reason for ln in page]
    [None, None]
    >>> block = [Line("Related posts", 0), Line("Wood burners and lung health", 0)]
    >>> related_blocks(block); [ln.reason for ln in block]
    ['related', 'related']
    >>> block = [Line("Related posts on the forum were deleted.", 0), Line("Wood burners and lung health", 0)]
    >>> related_blocks(block); [ln.reason for ln in block]
    [None, None]
    >>> page = [Line(t, i) for i, t in enumerate(("By Ann Lee", "Latest", "Market unveils new projects", "7 hours ago",
    ...         "Director signs with agency", "1 day ago", "The film took the top prize on Saturday night, the jury said."))]
    >>> page[3].reason = page[5].reason = "dateline-timestamp"
    >>> related_blocks(page); [ln.reason for ln in page][1:5]  # under the byline: dated teasers, not a headline
    ['related', 'related', 'dateline-timestamp', 'related']
    >>> page = [Line(t, i) for i, t in enumerate(("Latest", "Markets", "Tech", "Mar 4, 2025 - Business",
    ...         "Grocers quietly rip out self-checkout", "The chains are pulling the lanes from hundreds of stores."))]
    >>> page[3].reason = "dateline-timestamp"; related_blocks(page); [ln.reason for ln in page][:5]
    ['related', None, None, 'dateline-timestamp', None]
    """
    paras = groups(lines)
    for group in paras:  # a blog's related-post card: `Title` / `2 October 2023` / `In "Fundraising"`
        if len(group) == 3 and group[1].reason == "dateline-timestamp" and _IN_CATEGORY.match(group[2].text):
            for ln in group:
                ln.reason = ln.reason or "related"
    prose_seen = False  # the story's prose has begun above
    for g, group in enumerate(paras):
        for i, line in enumerate(group):
            prose_seen = prose_seen or not line.reason and is_sentence(line.text, 12)
            if _TAG_LIST.match(line.text):
                line.reason = "tags"
                continue
            if _AUTHOR_HEADING.match(line.text):
                for other in group[i:] + (paras[g + 1] if g + 1 < len(paras) and author_bio(paras[g + 1][0].text) else []):
                    other.reason = other.reason or "author-bio"
                line.reason = "author-bio"
                continue
            posts = bool(_POSTS_HEAD.fullmatch(line.text.strip(" :"))) and prose_seen
            reason = "tags" if _TAGS.match(line.text) else "related" if _RELATED.match(line.text) or posts else \
                "reference" if _REFERENCES.match(line.text) else None
            if not reason:
                continue
            line.reason = reason
            for other in group[i + 1:]:
                if i and _ONE_LINK.match(line.text) and is_sentence(other.text, 10):
                    break  # a card's closing `Read more` with the story's next paragraph pasted straight under it
                if reason == "related" and not i and _resumes(paras, g, other):
                    break
                if reason in ("related", "tags") and not other.reason and is_sentence(other.text, _PROSE_WORDS) and \
                        not (posts and len(words(other.text)) <= _POST_WORDS) and \
                        not re.search(r"\?[\"”’']?$", other.text) and not re.search(r"\b(?:you|your)\b", other.text, re.I) and \
                        not author_bio(other.text):
                    break  # the story's next paragraph pasted straight under the list: a teaser is no full sentence
                other.reason = other.reason or reason
            if reason == "reference" or i + 1 < len(group) or i and _ONE_LINK.match(line.text):
                continue  # `Sponsored` / a teaser / `Read more`: the button closes the card above it
            taken: list[Line] = []
            # under the page's `By` line the header is done: a list's dated teasers are not its headline
            signed = any(_BY.match(ln.text) for p in paras[:g] for ln in p)
            for k in range(g + 1, len(paras)):  # a heading alone: its list may follow in paragraphs
                if reason == "related" and not signed and any(strong(ln, ln.reason) for ln in paras[k]):
                    taken = []  # a menu's `Latest` running down to the page's publish time over its headline
                    break
                nxt = paras[k + 1] if k + 1 < len(paras) else []
                rest = [ln for ln in paras[k] if not ln.reason]
                one_link = k == g + 1 and len(rest) == 1 and _ONE_LINK.match(line.text)  # `READ MORE` / its link
                # a lone teaser is headline-long; after two teasers each alone, one of 6+ words is a third
                lone_teaser = len(words(rest[0].text)) > CROSSHEAD_WORDS if rest else False
                lone_teaser = lone_teaser or reason == "related" and len(taken) >= 2 and k - g - 1 == len(taken) and \
                    len(rest) == 1 and len(words(rest[0].text)) >= 6
                # ... and so is one led by a kicker as the teaser above it is (`Analysis: ...` under `Heatwave: ...`)
                lone_teaser = lone_teaser or reason == "related" and len(rest) == 1 and bool(taken) and \
                    bool(_KICKER.match(rest[0].text)) and bool(_KICKER.match(taken[-1].text))
                # a list's items each under its clip length or date: the last one under its own is an item too
                stamped = len(taken) >= 2 and all(ln.reason == "dateline-timestamp" for ln in paras[k - 1])
                resumes = rest and nxt and not nxt[0].reason and not _not_prose(nxt[0].text) and not stamped and \
                    (len(rest) > 1 or not lone_teaser and
                     not (reason == "tags" and _COMMA_LIST.fullmatch(rest[0].text)))  # `Retail, Clothing, FTSE 250`
                if reason == "related" and k == g + 2 and len(taken) == 1 and _card_dek(paras[g:k + 1]):
                    taken += rest  # a flat paste's one-link card: `Related` / its headline / its one-line summary
                    break
                if not all(_not_prose(ln.text) for ln in rest) or resumes and not one_link:
                    break
                if reason == "tags" and any(len(words(ln.text)) > _TAG_WORDS and not _COMMA_LIST.fullmatch(ln.text)
                                            for ln in rest):
                    break  # a topic is a few words: a headline-long line below a menu's `Topics` is the page's own
                if reason == "related" and not signed and (any(_BY.match(ln.text) for ln in rest) or
                                                           k == g + 1 and nxt and nxt[0].reason == "dateline-timestamp" or
                                                           _over_header(paras, k)):
                    taken = []  # `Latest news` over the page's own headline and its `By ...` or `Published:` line
                    break
                taken += rest
            else:
                k = len(paras)
            if reason == "related" and not signed and not prose_seen and taken and _headline_then_header(paras, k, taken[-1]):
                taken.pop()  # a menu's `Latest` run down to the page's own headline, its standfirst and header under it
            for ln in taken:
                ln.reason = reason


def _card_dek(paras: list[list[Line]]) -> bool:
    """A related card pasted with no blank lines, each line its own paragraph: heading, the
    linked story's headline, and under it a one-sentence summary shorter than a story's
    paragraph, with no quotation or speech in it.

    >>> card = [[Line("Related", 0)], [Line("The Q400 at 25: how it changed regional flying", 1)],
    ...         [Line("More than 600 were built before the programme was sold.", 2)]]
    >>> _card_dek(card), _card_dek(card[:2] + [[Line("The airline said it would keep the planes until 2029.", 2)]])
    (True, False)
    """
    dek = paras[-1][0].text
    return all(len(p) == 1 for p in paras) and [p[0].group for p in paras] == list(range(paras[0][0].group, paras[0][0].group + 3)) and \
        is_sentence(dek) and len(words(dek)) < _PROSE_WORDS and not re.search("[\"“”‘]", dek) and not VERB.search(dek)


def _resumes(paras: list[list[Line]], g: int, line: Line) -> bool:
    """`line` closes paragraph `g` as a sentence of ten words or more in sentence case ending
    in a full stop, and the next paragraph is prose too: the story's next paragraph pasted
    straight under a list of teaser headlines, which end without one or are Title Case
    (`In Rural Jails, Deaths Go Uncounted. So We Counted Them.`). The caller asks only of a
    list whose heading opens its paragraph: one glued under a paragraph above lost the blank
    line on that side instead.

    >>> paras = [[Line("Related stories", 0), Line("Floods: 430 evacuated as rain lashes town", 0),
    ...           Line("Mr Tan said the tender was awarded last month to a consortium of firms.", 0)],
    ...          [Line("The residents have waited long enough for this tunnel, he said.", 1)]]
    >>> _resumes(paras, 0, paras[0][2]), _resumes(paras, 0, paras[0][1]), _resumes(paras[:1], 0, paras[0][2])
    (True, False, False)
    >>> paras[0][2].text = "In Rural Jails, Deaths Go Uncounted. So We Counted Them."
    >>> _resumes(paras, 0, paras[0][2])
    False
    """
    toks = words(line.text)
    return line is paras[g][-1] and line.text.endswith(".") and is_sentence(line.text, 10) and \
        2 * sum(t[0].isupper() for t in toks) < len(toks) and \
        g + 1 < len(paras) and not paras[g + 1][0].reason and is_sentence(paras[g + 1][0].text, 10)


_HEADER_REACH = 6  # paragraphs under a standfirst where the header's byline or publish time may sit


def _headline_then_header(paras: list[list[Line]], k: int, last: Line) -> bool:
    """A list's last line is the page's own headline: a headline-shaped line whose list ended at
    paragraph `k`, a standfirst sentence, with a publish time or reading time a few paragraphs under
    it before any story prose. A teaser list under a menu ends at the story's first paragraph.

    >>> paras = [[Line("Latest", 0)], [Line("Sport", 1)], [Line("Rates to rise 9.8% as council faces water bill", 2)],
    ...          [Line("Council says ageing pipes leave it with little choice.", 3)], [Line("Ann Lee", 4)],
    ...          [Line("4 Jun, 2025 05:00 AM", 5, "dateline-timestamp")], [Line("Ratepayers will face a rise.", 6)]]
    >>> _headline_then_header(paras, 3, paras[2][0]), _headline_then_header(paras[:4] + paras[6:], 3, paras[2][0])
    (True, False)
    """
    if k >= len(paras) or not is_headline(last.text, True) or not is_sentence(paras[k][0].text):
        return False
    for para in paras[k + 1:k + 1 + _HEADER_REACH]:
        if any(strong(ln, ln.reason) for ln in para):
            return True
        if any(not ln.reason and is_sentence(ln.text, 12) for ln in para):
            return False
    return False


def _over_header(paras: list[list[Line]], k: int) -> bool:
    """Paragraph `k` sits right over an article header: a bare name, then a dated publish time
    (`Ann Lee` / `Published March 6, 2025`). A teaser list's items carry a date but no author,
    so a list that reaches a headline over a byline has reached the page's own header.

    >>> paras = [[Line("Bridge reopens after two years of repairs", 0)], [Line("Ann Lee", 1)],
    ...          [Line("Published March 6, 2025", 2, "dateline-timestamp")]]
    >>> _over_header(paras, 0), _over_header(paras[:1] + paras[2:], 0)
    (True, False)
    """
    after = [p[0] for p in paras[k + 1:k + 3]]
    return len(after) == 2 and not after[0].reason and is_byline(after[0].text) and \
        not is_headline(after[0].text) and strong(after[1], after[1].reason)


# -------------------------------------------------------------- region rules

def user_choices(lines: list[Line], title_at: int, keep: Sequence[str], drop: Sequence[str]) -> None:
    """The user's `--keep`/`--drop` patterns (regular expressions, any case) beat the rules.

    The headline is left alone: `--title` names another one.
    """
    def compiled(patterns: Sequence[str]) -> list[re.Pattern[str]]:
        try:
            return [re.compile(p, re.I) for p in patterns]
        except re.error as exc:
            raise NarratorError(f"bad pattern {exc.pattern!r}: {exc}; put a backslash before characters like ( [ ? +") from None

    keeps, drops = compiled(keep), compiled(drop)
    for i, line in enumerate(lines):
        if i == title_at:
            continue
        if any(p.search(line.text) for p in keeps):
            line.reason = None
        elif any(p.search(line.text) for p in drops):
            line.reason = "user"


_FLAT_LINES = 15


def _flat_paste(texts: list[str]) -> bool:
    """A long paste with no blank line at all: the page set its paragraphs one per line,
    so each line is a paragraph of its own and grouping lines tells nothing."""
    return len(texts) >= _FLAT_LINES and all(t.strip() for t in texts)


_GLUED_LINES = 6  # a paragraph this long mixing buttons and prose is a page pasted without its blank lines
_SHORT = 3


def glued_headers(lines: list[Line]) -> bool:
    """A paragraph of many lines that holds an article header's sure sign (a `By` line, a dated
    publish time) and buttons or menu items (three words or fewer), and ends in a sentence of
    prose no line rule drops, is no paragraph: the page lost its blank lines down to the story
    (`Subscribe` / the headline / `By ...` / `Share` / the story's first paragraph). A box
    (an embedded post, a header ending in its picture's caption and credit) ends in a button
    or a credit instead; so may the page's first header right above the story, when it holds
    a standfirst (prose that is no caption over its credit). Each of its
    lines becomes a paragraph of its own, as in a paste with no blank lines at all, so that a
    rule spreading over a paragraph does not reach from a button to the headline or the story.
    True if any paragraph was split.

    >>> page = [Line(t, 0) for t in ("Home", "News", "Sport", "Bridge reopens after two years of repairs",
    ...         "By Ann Lee", "Share", "The bridge reopened on Monday after two years of repairs, the council said.")]
    >>> glued_headers(page), [ln.group for ln in page]
    (True, [0, 1, 2, 3, 4, 5, 6])
    >>> head = [Line(t, 0) for t in ("Home", "News", "Bridge reopens after two years of repairs",
    ...         "Drivers face a longer detour while the council finishes the work on the old road.", "From:",
    ...         "Department for Transport", "Published 3 March 2026", "Print this page")]
    >>> head += [Line("The bridge reopened on Monday after two years of repairs, the council said.", 1)]
    >>> head[6].reason = "dateline-timestamp"; glued_headers(head), [ln.group for ln in head][-3:]
    (True, [6, 7, 8])
    >>> box = [Line(t, 0) for t in ("Sign up", "Get the morning briefing in your inbox every day, free of charge.",
    ...        "Email", "Sign up", "Privacy", "Terms")]
    >>> glued_headers(box), [ln.group for ln in box]  # no header in it: a box, read as one
    (False, [0, 0, 0, 0, 0, 0])
    """
    split, out, header = False, 0, False
    paras = groups(lines)
    for g, run in enumerate(paras):
        signed = any(strong(ln, ln.reason) for ln in run)
        story_next = g + 1 < len(paras) and is_sentence(paras[g + 1][0].text, 12)
        # prose of its own in the header, not a picture's caption over its credit: a standfirst
        told = any(len(words(a.text)) >= 12 and not a.reason and b.reason not in ("credit", "caption")
                   for a, b in zip(run, run[1:]))
        glued = len(run) >= _GLUED_LINES and sum(len(words(ln.text)) <= _SHORT for ln in run) >= _SHORT and signed and \
            (not run[-1].reason and is_sentence(run[-1].text, 12) or
             not run[-1].reason and is_sentence(run[-1].text) and any(is_sentence(ln.text, 12) for ln in run) or
             not header and story_next and told)
        header = header or signed
        split = split or glued
        for k, line in enumerate(run):
            line.group = out + (k if glued else 0)
        out += len(run) if glued else 1
    return split


def normalise(raw: RawArticle, keep: Sequence[str] = (), drop: Sequence[str] = ()) -> CleanArticle:
    """Clean lines of `raw`; `keep`/`drop` are the user's patterns for lines the rules get wrong."""
    lines: list[Line] = []
    group = 0
    texts = raw.text.splitlines()
    flat = _flat_paste(texts)
    tables: list[str | None] = []
    for text in texts:
        tabbed = table_row(text)
        text = " ".join(text.split())
        if not text:
            group += 1
            continue
        lines.append(Line(text, group, pasted=group))
        tables.append(tabbed)
        group += flat
    if not lines:
        return CleanArticle("", None, (), (), raw.source)

    for line, tabbed in zip(lines, tables):
        line.reason = tabbed or line_reason(line.text) or widget_reason(line.text)
    tab = tab_lines(lines)
    cut_twins(lines)  # before the headline search, which must not take the cut copy for the headline
    framed_twins(lines)
    split_twins(lines)
    own = [line.reason for line in lines]
    glued = glued_headers(lines)
    list_labels(lines)
    caption_pairs(lines, flat or glued)
    summary_boxes(lines, flat or glued)
    caption_over_buttons(lines)
    embed_blocks(lines)
    chapter_lists(lines)
    post_cards(lines, flat or glued)
    promo_blocks(lines)
    disclosure_cards(lines)
    pitch_labels(lines)
    form_pitch(lines)
    link_cards(lines)
    data_blocks(lines, flat)
    fact_boxes(lines, flat)
    product_cards(lines)
    shop_cards(lines)
    caption_toggles(lines)
    pull_quotes(lines)
    player_titles(lines)
    related_blocks(lines)
    twin_lines(lines)
    repeated_labels(lines)

    publication, start = None, 0
    at = find_masthead(lines)
    if at is not None and not any(is_headline(ln.text, alone(lines, j)) for j, ln in enumerate(lines) if j > at):
        at = None  # a page with no headline below: the short first line is the headline itself
    if at is not None:
        publication, start = masthead_name(lines[at].text, named=True), at + 1
        lines[at].reason = "masthead"
        if publication and start < len(lines) and lines[start].group == lines[at].group and \
                lines[at].text.isupper() and lines[start].text.isupper() and (tail := masthead_tail(lines[start].text)):
            publication, start = f"{publication} {tail}", start + 1  # a logo set on two lines: `VELVET ROPE` / `DAILY`
            lines[start - 1].reason = "masthead"
    if publication:
        masthead_lines(lines, at, start)
        for k, line in enumerate(lines[start:start + 2], start):
            # a slogan (`Serving X since 1889`) or a line naming a paper; a headline may share the masthead's
            # words (`Harbour News` / `Harbour wall collapses ...`), set apart or pasted right under it
            if not line.reason and is_tagline(line.text, publication) and \
                    (not is_headline(line.text, alone(lines, k)) or names_paper(line.text) or is_slogan(line.text)):
                line.reason = "masthead"

    title_at = None
    pitched: set[int] = set()  # headline-shaped lines taken for a sign-up box's pitch
    for i in range(start, len(lines)):
        if is_headline(lines[i].text, alone(lines, i)) and (
                not lines[i].reason or lines[i].reason == "teaser" and alone(lines, i)):
            if not _in_promo(lines, i):
                title_at = i
                break
            lines[i].reason = "newsletter"
            pitched.add(i)
    if found := anchored_headline(lines, own, start):
        title_at, standfirst = found
        for j in standfirst:  # (a standfirst over the header's `Get our newsletter` line is no pitch)
            lines[j].reason = None if lines[j].reason in SOFT or j in pitched else lines[j].reason
        for j in pitched:  # under the headline, a line that talks to no reader is the standfirst, not a pitch
            if j > title_at and not re.search(r"\b(?:you|your|our|we|us|free)\b", lines[j].text, re.I):
                lines[j].reason = None
    if title_at is None:  # no headline set apart: a short line inside a paragraph, as a second pass would see it
        title_at = next((i for i in range(start, len(lines)) if not lines[i].reason and
                         is_headline(lines[i].text, alone=True) and not _in_promo(lines, i)), None)
    if title_at is None:
        title_at = next((i for i in range(start, len(lines)) if not lines[i].reason), 0)
    if (live := live_headline(lines, start)) is not None:
        title_at = live  # a live page: its headline over its `Live Reporting` label
        lines[live + 1].reason = lines[live + 1].reason or "label"
    if (viewed := reader_view(lines)) is not None:
        title_at, publication = 1, viewed  # a browser's reader view: its domain, the title, the site's name, the byline
        lines[0].reason = lines[0].reason or "navigation"
        lines[2].reason = "masthead"
    # the same headline reworded lower down, over the story: an aggregator's or a share card's title above the
    # page's own (`..., Harbour Aid survey finds` / source and dates / `..., survey finds` / the standfirst)
    below = next((j for j in range(title_at + 1, min(len(lines), title_at + _TWIN_REACH)) if not lines[j].reason and
                  is_headline(lines[j].text, alone(lines, j)) and reworded_twin(lines[title_at].text, lines[j].text) and
                  (j == title_at + 1 or all(own[k] or len(words(lines[k].text)) <= 4 for k in range(title_at + 1, j)))), None)
    if below is not None:
        lines[title_at].reason, title_at = "tab-title", below
    for line in lines[:title_at]:
        line.reason = line.reason or "navigation"
    lines[title_at].reason, lines[title_at].role = None, "title"
    byline_above(lines, title_at)
    title_copies(lines, title_at)

    if title_at + 1 < len(lines) and not lines[title_at + 1].reason and \
            (site := site_tagline(lines[title_at + 1].text)):
        lines[title_at + 1].reason, publication = "masthead", site
    header_aside(lines, title_at)
    follow_names(lines)
    outlet_note(lines[title_at + 1:], publication, [ln.text for ln in lines[:title_at]])
    end_matter(lines[title_at + 1:])
    comment_section(lines[title_at + 1:])
    widget_blocks(lines[title_at + 1:])
    directory_boxes(lines[title_at + 1:])
    forecast_rows(lines[title_at + 1:])
    poll_boxes(lines[title_at + 1:])
    sponsor_boxes(lines[title_at + 1:])
    advert_copy(lines[title_at + 1:])
    follow_lists(lines[title_at + 1:])
    score_cards(lines[title_at + 1:])
    award_boxes(lines[title_at + 1:])
    footer_tail(lines, title_at)
    _assign_header_roles(lines, title_at)
    header_caption(lines, title_at)
    caption_over_byline(lines, title_at)
    header_sidebar(lines, title_at)
    section_label(lines, title_at)
    contents_list(lines[title_at + 1:])
    author_card(lines, title_at)
    repeated_pitches(lines[:title_at] + lines[title_at + 1:])
    furniture(lines[title_at + 1:])
    pitch_between(lines[title_at + 1:])
    contact_boxes(lines[title_at + 1:])
    badge_teasers(lines[title_at + 1:])
    bare_teasers(lines[title_at + 1:])
    boxed_lines(lines[title_at + 1:])
    quote_forms(lines[title_at + 1:])
    quoted_twins(lines[title_at + 1:])
    header_labels(lines, title_at)
    settle(lines, title_at)
    byline_lines = [ln.text for ln in lines if ln.role == "byline" and not ln.reason]
    in_byline = next((o for t in byline_lines if (o := byline_outlet(t))), None) or \
        next((o for ln in lines[title_at + 1:title_at + 1 + _HEADER_LINES] if not ln.reason and
              is_byline(ln.text) and (o := byline_outlet(ln.text))), None)  # below a long standfirst
    if not publication or in_byline and in_byline.startswith(publication + " "):
        publication = in_byline or publication  # the byline spells out a short masthead: `DPB` -> `DPB News`
    if not publication:
        publication = published_in(lines[title_at + 1:title_at + 1 + _HEADER_LINES])
    if not publication:
        publication = next((o for ln in lines[:title_at] if (o := home_link_name(ln.text))), None)
    if not publication:  # a newsletter's sender, right above its issue line (`Kestrel Research` / `The Ledger | Issue 4`)
        publication = next((o for j in range(1, title_at) if lines[j].reason == "masthead" and
                            lines[j - 1].group == lines[j].group and (o := masthead_name(lines[j - 1].text))), None)
    if not publication:  # the footer's copyright line, not a photo's `© Agency`
        publication = next((o for ln in lines[title_at + 1:] if ln.reason == "footer" and
                            (o := copyright_owner(ln.text))), None)
        # the logo above the headline names the outlet without its company: `Alba Today` for `Alba Today Media`
        publication = next((ln.text for ln in lines[:title_at] if publication and
                            publication.startswith(ln.text + " ") and len(words(ln.text)) >= 2), publication)
        # ... or spells out the footer's short name: `KXYZ Community Radio` for `© 2026 KXYZ`
        publication = next((ln.text for ln in lines[:title_at] if publication and ln.text.startswith(publication + " ")
                            and len(words(ln.text)) <= 4 and not TERMINAL.search(ln.text) and masthead_name(ln.text)),
                           publication)
        # ... or with its article, as the logo sets it: `THE HARBOUR MIRROR` for `© Harbour Mirror Newspapers (Pvt) Ltd`
        publication = next((o for ln in lines[:title_at] if publication and
                            ln.text.casefold() == f"the {_COMPANY_NOUN.sub('', publication)}".casefold() and
                            (o := masthead_name(ln.text, named=True))), publication)
    publication = tab or publication  # the site names itself in the tab's title
    if publication and (timestamp(publication) and _DATED.search(publication) or consent(publication) or
                        all(w.lower() in _SECTION_NAMES for w in words(publication))):
        publication = None  # a date line, a banner's button or a menu's section (`TEAM NEWS`) is no outlet: better none
    if publication:
        publication = as_spelt(publication, [ln.text for ln in lines])
        outlet_lines(lines[title_at:], publication)
        outlet_promos(lines[title_at:], publication)
    user_choices(lines, title_at, keep, drop)
    standfirst = next((ln.text for ln in lines if ln.role == "standfirst" and not ln.reason), None)
    return CleanArticle(
        title=lines[title_at].text,
        publication=publication,
        blocks=tuple(Block(ln.text, ln.role) for ln in lines if not ln.reason),  # type: ignore[arg-type]
        dropped=tuple(Dropped(ln.text, ln.reason) for ln in lines if ln.reason),
        source=raw.source,
        standfirst=standfirst,
        byline=", ".join(byline_lines) or None,
    )


_LIVE_LABEL = re.compile(r"live (?:reporting|coverage)", re.I)
_LIVE_REACH = 30


def live_headline(lines: list[Line], start: int) -> int | None:
    """A live page sets a label under its headline (`Live: Roads shut as river bursts its banks` /
    `Live Reporting`); its entries (`Posted at 17:05` / `That's all from us for today`) come later,
    each headlined, and none of them is the page's headline.

    >>> page = [Line(t, i) for i, t in enumerate(("Harbour Today", "Live: Roads shut as the river bursts its banks",
    ...         "Live Reporting", "Summary", "Posted at 17:05", "That's all from us for today"))]
    >>> live_headline(page, 1)
    1
    """
    for i in range(start, min(len(lines) - 1, start + _LIVE_REACH)):
        if _LIVE_LABEL.fullmatch(lines[i + 1].text.strip(" :")) and is_headline(lines[i].text, True) and \
                lines[i].reason in (None, "read-more", *SOFT):
            return i
    return None


_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}", re.I)


_TWIN_REACH = 16  # lines of an aggregator's source and dates between its title and the page's own


def reader_view(lines: list[Line]) -> str | None:
    """A browser's reader view copies a fixed header: the site's domain, the title, the site's name, then
    the byline or the reading time (`kabutotech.jp` / headline / `Kabuto Tech Review` / `Ann Lee` / `7–9 minutes`).
    Returns the site's name.

    >>> page = [Line(t, i) for i, t in enumerate(("harbourpost.co.uk", "Harbour wall to be rebuilt after winter storms",
    ...         "The Harbour Post", "Ann Lee, Staff writer", "7–9 minutes", "The council voted on Monday."))]
    >>> reader_view(page)
    'The Harbour Post'
    >>> reader_view(page[1:]) is None
    True
    """
    if len(lines) < 5 or not _DOMAIN.fullmatch(lines[0].text) or not is_headline(lines[1].text, True) or \
            "," in lines[2].text or not (name := masthead_name(lines[2].text, named=True)):
        return None  # (`Ann Lee, Harbour Post` there is the byline, naming its outlet)
    header = [ln.text for ln in lines[3:6]]
    return name if any(_READER_TIME.fullmatch(t) for t in header) or is_byline(header[0]) else None


_READER_TIME = re.compile(r"\d{1,3}(?:\s?[–-]\s?\d{1,3})? min(?:ute)?s?")


def byline_above(lines: list[Line], title_at: int) -> None:
    """The byline set above the headline, right above it or over the story's date
    (`By Ann Lee` / `12 May 2025` / the headline), is read as the byline.

    >>> page = [Line("By Ann Lee", 0, "navigation"), Line("Tuesday 4 March 2025", 1, "dateline-timestamp"),
    ...         Line("Ferry fares to rise by a fifth", 2), Line("Fares will rise in April.", 3)]
    >>> byline_above(page, 2); page[0].reason, page[0].role
    (None, 'byline')
    >>> page = [Line("By road or rail", 0, "navigation"), Line("Ferry fares to rise", 1), Line("Fares rise.", 2)]
    >>> byline_above(page, 1); page[0].reason  # a menu's item, no name
    'navigation'
    """
    at = title_at - 1
    while at > 0 and title_at - at <= 2 and lines[at].reason == "dateline-timestamp":
        at -= 1
    if at >= 0 and at < title_at and _BY.match(lines[at].text) and lines[at].reason == "navigation" and \
            (at == title_at - 1 or is_byline(lines[at].text)):
        lines[at].reason, lines[at].role = None, "byline"


def settle(lines: list[Line], title_at: int) -> None:
    """Lines dropped late (list items) can leave two equal lines side by side or end the story
    earlier. Normalising the kept text again must drop nothing more, so repeat the rules that
    read neighbours among kept lines until they change nothing. The headline stays; a line
    equal to it right below goes."""
    footer_tail(lines, title_at)  # the story's last paragraph may have gone since (a pitch printed twice)
    for _ in range(5):
        changed = list_sandwich(lines[title_at + 1:])
        changed = comment_cards(lines[title_at + 1:]) or changed
        changed = twin_lines(lines) or changed
        lines[title_at].reason = None
        if not changed:
            return
        footer_tail(lines, title_at)


_CHROME = set("""share shares sharing save print email copy link links facebook twitter whatsapp linkedin
pinterest comments comment subscribe follow play watch video videos gallery photos loading loaded click tap
read view show more sponsored promoted advertisement ad ads newsletter sign next previous prev listen
audio player highlight highlights followers responses claps""".split())


def _furniture_shape(text: str) -> bool:
    """Short, unfinished and not a quotation: a label, link or button rather than prose.
    Up to 30 words: a photo caption printed as its own unpunctuated paragraph runs long."""
    return _not_prose(text) and len(words(text)) <= 30 and not re.match("[\"“‘'(]", text) and not text.endswith(":")


_CHART_SOURCE = re.compile(r"^(?:Sources?|Data|Graphic|Chart)\s*:", re.I)


# a crosshead opens with a determiner or question word (`Our view`, `What we know`); a button with a verb
_HEADING_START = {"our", "my", "the", "a", "an", "what", "why", "how", "who", "where", "when", "their", "his", "her",
                  "what's", "what’s", "who's", "who’s", "where's", "where’s"}  # `What's next`


_CAPS_LABEL = re.compile(r"[A-Z]{8,}:?")  # a box's one-word heading in capitals (`VOCABULARY`), longer than an agency's `REUTERS`


_STORY_PARAS = 3  # prose paragraphs after which the header is over, whatever looks like a byline below


def _header_end(kept: list[Line]) -> int:
    """How many kept lines the header may span: up to `_HEADER_LINES`, and never past the
    story's third prose paragraph (a kept line count, so cheap).

    >>> prose = [Line("The council voted on Tuesday to close the library for the whole summer.", 0)] * 3
    >>> _header_end([Line("By Ann Lee", 0, role="byline")] + prose + [Line("THE OPPOSITION", 1)] * 30)
    3
    """
    seen = 0
    for i, ln in enumerate(kept[:_HEADER_LINES]):
        if ln.role == "body" and is_sentence(ln.text, 12):
            seen += 1
            if seen == _STORY_PARAS:
                return i
    return _HEADER_LINES


def furniture(lines: list[Line]) -> None:
    """Page furniture inside the story: in the body (after the header block), a cluster of
    two or more short unfinished lines, or a lone one at least half made of interface words
    (`Share on Pinterest`, `Watch the video`), is page chrome. A lone line without them is
    kept: it is most likely a crosshead that the next paragraph continues, and so is the
    last line of a cluster when it stands alone right above a prose paragraph. Lines under
    one ending in `:` are a list the story introduced. Dropped lines between do not break a
    cluster; the rule reads kept lines only, so normalising again drops nothing more."""
    sizes: dict[int, int] = {}
    for ln in lines:
        sizes[ln.group] = sizes.get(ln.group, 0) + 1
    kept = [ln for ln in lines if not ln.reason]
    # the header block ends at its last byline; a standfirst may come before it
    # (a chart's `Source: LSEG` is no byline, nor is a box's `VOCABULARY` heading)
    # (nor is a capitals crosshead below the story's third prose paragraph: `THE OPPOSITION`)
    end = _header_end(kept)
    head = [i for i, ln in enumerate(kept[:_HEADER_LINES]) if ln.role == "byline" or
            is_byline(ln.text) and not _CHART_SOURCE.match(ln.text) and not _CAPS_LABEL.fullmatch(ln.text) and
            not (i > end and ln.text.isupper())]
    body = kept[head[-1] + 1 if head else 0:]
    first = next((i for i, ln in enumerate(body) if ln.role == "body" and is_sentence(ln.text, 12)), None)
    if first is None:
        return
    run: list[Line] = []
    lead = ""
    for ln in body[first:] + [Line(".", -1)]:
        if ln.role == "body" and _furniture_shape(ln.text):
            run.append(ln)
            continue
        toks = words(run[0].text) if len(run) == 1 else []
        lone_ui = 2 * sum(t.lower() in _CHROME for t in toks) >= len(toks) > 0 and \
            toks[0].lower() not in _HEADING_START  # `Share on Pinterest`, not `What happens next` or `Our view`
        if run and (len(run) >= 2 or lone_ui) and not lead.endswith(":") and not _headed_lists(run) and \
                not _flat_headed_list(run, ln) and not _results_list(run):
            if len(run) >= 2 and sizes[run[-1].group] == 1 and is_sentence(ln.text, 12) and _crosshead(run[-1].text) and \
                    not _name_list_tail(run):
                last = run.pop()  # `Load-shedding schedule` / `View full schedule` / `What the utility says` / prose
                if len(run) == 1 and last.text.endswith(".") and sizes[run[0].group] == 1 and \
                        run[0].text.endswith("?") and _crosshead(run[0].text):
                    run.pop()  # `Who pays?` / `The harder question is money.` / prose: a crosshead and its lead
            for other in run:
                other.reason = "furniture"
        # a list the story introduced with `:` runs on through short items, punctuated or not
        run, lead = [], lead if lead.endswith(":") and len(words(ln.text)) <= 25 else ln.text


_QUESTION_HEAD = {"what", "which", "how", "who", "where", "when", "why"}
_RANKED = re.compile(r"^(\d{1,2})[.)]\s+\S.*\d")  # `1. Ann Lee (GBR) — 8:47:12`: a rank, a name, a figure


def _results_list(run: list[Line]) -> bool:
    """Ranked results the story prints, under a short heading or none: numbered 1, 2, 3 ... in
    order, each with its figure (a time, a score, a sum). A most-read list is numbered too, but
    its items are headlines with no figure.

    >>> _results_list([Line(t, 0) for t in ("Top 3 Men", "1. Ann Lee (GBR) — 8:47:12", "2. Jo Bell (USA) — 9:04:55",
    ...                                     "3. Tom Hart (NOR) — 9:19:30")])
    True
    >>> _results_list([Line(t, 0) for t in ("Most read", "1. Ferry fares to rise", "2. Harbour wall to close", "3. Bins")])
    False
    """
    ranks = [m for ln in run if (m := _RANKED.match(ln.text))]
    others = [ln for ln in run if not _RANKED.match(ln.text)]
    return len(ranks) >= 3 and len(ranks) >= len(run) - 2 * len(others) and \
        all(len(words(ln.text)) <= 5 for ln in others) and \
        all(int(m.group(1)) == (int(ranks[i - 1].group(1)) + 1 if i and m.group(1) != "1" else 1) for i, m in enumerate(ranks))


def _headed_lists(run: list[Line]) -> bool:
    """Crossheads asking a question, each alone in its paragraph above a paragraph of two or
    more items (`What can go in your caddy` / `Tea bags` / `Eggshells`): the story's own list
    introduced by a heading, as `The list includes:` does. A menu's heading is a label.

    >>> _headed_lists([Line("What can go in your caddy", 0), Line("Tea bags", 1), Line("Eggshells", 1)])
    True
    >>> _headed_lists([Line("More from the council", 0), Line("Bin days", 1), Line("Recycling A to Z", 1)])
    False
    """
    paras = groups(run)
    return len(paras) % 2 == 0 and all(
        len(head) == 1 and len(items) >= 2 and _crosshead(head[0].text) and words(head[0].text)[0].lower() in _QUESTION_HEAD
        for head, items in zip(paras[::2], paras[1::2]))


def _flat_headed_list(run: list[Line], after: Line) -> bool:
    """A question-word crosshead over two or more items, laid out as the story's prose that
    goes on right below, all in one paragraph or each line its own (`What the grant will fund`
    / `Two coordinators` / `A family resource center` / prose): the story's own list, pasted
    flat. A menu pasted that way is headed by a label (`More from the council`), not a question.

    >>> prose = Line("The board said the plan was shaped by parents who attended listening sessions.", 0)
    >>> items = [Line("What the grant will fund", 0), Line("Two coordinators", 0), Line("A health clinic", 0)]
    >>> _flat_headed_list(items, prose)
    True
    >>> _flat_headed_list([Line("More from the council", 0)] + items[1:], prose)
    False
    >>> _flat_headed_list([Line(ln.text, i) for i, ln in enumerate(items)], Line(prose.text, 3))
    True
    >>> _flat_headed_list(items, Line("The board said the plan was shaped by parents who attended.", 1))
    False
    """
    head = run[0].text
    gs = [ln.group for ln in run + [after]]
    flat = len(set(gs)) == 1 or gs == list(range(gs[0], gs[0] + len(gs)))
    return len(run) >= 3 and flat and is_sentence(after.text, 12) and \
        _crosshead(head) and words(head)[0].lower() in _QUESTION_HEAD and not head.endswith("?")


_NAME_ITEM = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&.-]*(?: (?:&|and|of|de|van|von)? ?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&.-]*){0,3}")


def _name_list_tail(run: list[Line]) -> bool:
    """The last line of a run of three or more is one more item of the list above it, not a
    crosshead, when it and the item before it are bare names (`Related companies` / `Halbrook Construction`
    / `Pryce Services` / `Carrick Moorhouse`): a sidebar's list of people, firms or topics.
    A crosshead says something (`What the utility says`).

    >>> items = [Line(t, i) for i, t in enumerate(("People in this story", "Ann Lee", "Jo Bell", "Kofi Mensah"))]
    >>> _name_list_tail(items), _name_list_tail(items[:3] + [Line("What the utility says", 3)])
    (True, False)
    >>> _name_list_tail([Line("Related topics", 0), Line("Harbour Water", 1), Line("The Road Ahead", 2)])
    False
    >>> _name_list_tail([Line("Companies in this story", 0), Line("Halden Group", 1), Line("Marrow Ltd", 2)])
    True
    >>> _name_list_tail([Line("Harbour Water", 1), Line("Kelso Road", 2)])  # a heading and its list: no run of three
    False
    """
    tail = run[-2:]
    return len(run) >= 3 and all(_NAME_ITEM.fullmatch(ln.text) and ln.text.split()[0].lower() not in _HEADING_START
                                 for ln in tail)


def _crosshead(text: str) -> bool:
    """A short capitalised heading with no interface words (`What the utility says`), also as an
    item of a numbered listicle (`2. Meetings were the first casualty`); a figure anywhere else
    marks a promo or chart line.

    >>> _crosshead("2. Meetings were the first casualty"), _crosshead("What the utility says")
    (True, True)
    >>> _crosshead("Best Savings Accounts Of April 2024"), _crosshead("2. Share on Facebook")
    (False, False)
    """
    text = re.sub(r"^\d{1,2}[.)] (?=[A-Z])", "", text)
    toks = words(text)
    return 2 <= len(toks) <= 10 and toks[0][0].isupper() and not any(t.lower() in _CHROME for t in toks) and \
        not re.search(r"\d", text)


# a byline naming the writer's job: `Ann Lee, Pacific Journalist`, `Jo Bell, Senior Court Reporter`
_ROLE_BYLINE = re.compile(r"^[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2}, (?:[A-Z][\w’'&.-]* ){0,4}(?i:journalist|reporter|correspondent|"
                          r"editor|writer|producer|columnist|contributor|photographer|presenter)$")


def list_sandwich(lines: list[Line]) -> bool:
    """A short unfinished line or question with dropped lines right above and below it in
    the same paragraph is one more item of that list (`list 2 of 4` / `Why are floods
    getting worse?` / `list 3 of 4`): prose paragraphs are set apart by blank lines, and a
    statement ending in a full stop or exclamation mark is kept. True if it dropped any.

    >>> page = [Line("Updated: 9 October 2025 15:47 CEST", 0, "dateline-timestamp"), Line("Ann Lee", 0),
    ...         Line("ann.lee@example.com", 0, "social")]
    >>> list_sandwich(page), page[1].reason  # the header's author under its time, above her address
    (False, None)
    >>> page = [Line("Republish", 0, "social"), Line("By Ann Lee", 0), Line("March 3, 2026", 0, "dateline-timestamp")]
    >>> list_sandwich(page), page[1].reason  # the byline between the header's buttons and its date
    (False, None)
    >>> page = [Line("Photo: Supplied", 0, "credit"), Line("Ann Lee, Pacific Journalist", 0), Line("@annlee", 0, "social")]
    >>> list_sandwich(page), page[1].reason  # under a picture's credit, over her handle
    (False, None)
    """
    dropped = False
    for a, line, b in zip(lines, lines[1:], lines[2:]):
        if not line.reason and _box_middle(a, line, b):
            line.reason, dropped = a.reason, True
            continue
        if line.reason or not a.reason or not b.reason or not a.group == line.group == b.group or \
                _stamped_author(a, line) or _BY.match(line.text) and is_byline(line.text) or _ROLE_BYLINE.match(line.text):
            continue  # a `By` line between the share buttons and the date is the header's byline, as is `Ann Lee, Reporter`
        if len(words(line.text)) <= 15 and (line.text.endswith("?") or not TERMINAL.search(line.text)) and \
                not re.search("[\"“”‘]", line.text):
            line.reason, dropped = a.reason, True
    return dropped




def _box_middle(a: Line, line: Line, b: Line) -> bool:
    """A short line between two lines of one sign-up or subscription box, each a line apart
    (a paste with no blank lines): the box's pitch (`Get the news in your inbox!` / `Join
    180,000 readers — it's free.` / `Subscribe`), punctuated or not.

    >>> box = [Line("Get the latest rail news in your inbox!", 4, "newsletter"), Line("Over 90,000 readers, no spam.", 5),
    ...        Line("Subscribe", 6, "newsletter")]
    >>> _box_middle(*box), _box_middle(box[0], Line("The line reopened on Monday after a two-week closure.", 5), box[2])
    (True, False)
    """
    return a.reason == b.reason and a.reason in _BOX_BUTTONS and line.group - a.group <= 1 and b.group - line.group <= 1 and \
        len(words(line.text)) <= 8 and not re.search("[\"“”‘]", line.text)


_AGE_TAIL = re.compile(r"\s[·|•]\s")  # the commenter's town or handle before the age: `Elm Park · 2h`
_AGE = re.compile(r"^\d{1,2}\s?(?:m|h|d|w|min|mins|hr|hrs)$|^\d{1,2} (?:minutes?|hours?|days?) ago$")


def comment_cards(lines: list[Line]) -> bool:
    """A reader's comment card: a line right under the comment's age (`1h`, `43m`, dropped as a
    time) and right above its dropped reaction or reply button (`Thank (4)`, `Reply`, `Like`)
    is the comment itself, however it is punctuated. True if it dropped any.

    >>> page = [Line("1h", 0, "dateline-timestamp"), Line("Finally. Some common sense.", 0), Line("Reply", 0, "social")]
    >>> comment_cards(page), page[1].reason
    (True, 'comments')
    >>> page = [Line("Published 1h ago", 0, "dateline-timestamp"), Line("The council met.", 0), Line("Share", 0, "social")]
    >>> comment_cards(page), page[1].reason
    (False, None)

    The age may follow the commenter's town or handle (`Elm Park · 2h`, `@annlee | 3 hours ago`):

    >>> page = [Line("Elm Park · 2h", 0, "dateline-timestamp"), Line("Nobody asked us.", 0), Line("Like · Reply", 0, "social"),
    ...         Line("Jill P. · 3 hours ago", 0, "social"), Line("Good news at last.", 0), Line("Reply", 0, "social")]
    >>> comment_cards(page), page[1].reason, page[4].reason
    (True, 'comments', 'comments')
    """
    dropped = False
    for a, line, b in zip(lines, lines[1:], lines[2:]):
        if not line.reason and a.reason in ("dateline-timestamp", "social") and _AGE.match(_AGE_TAIL.split(a.text)[-1].strip()) and \
                b.reason and \
                re.match(r"^(?:reply|like|thank|thanks|upvote|report)\b", b.text, re.I) and len(words(line.text)) <= 80:
            line.reason, dropped = "comments", True
    return dropped


def _stamped_author(above: Line, line: Line) -> bool:
    """A name of two to four words right under the story's publish time is its author, the
    header's byline without `By` (`Updated: 9 October 2025` / `Ann Lee` / her email), as
    outlets print it under the dateline; a list item under a time is no one's name.

    >>> _stamped_author(Line("Published: 9 October 2025", 0, "dateline-timestamp"), Line("Ann Lee", 0))
    True
    >>> _stamped_author(Line("Share", 0, "social"), Line("Ann Lee", 0))
    False
    """
    return above.reason == "dateline-timestamp" and 2 <= len(words(line.text)) <= 4 and is_byline(line.text)


_FOLLOW = re.compile(r"^\+?\s?follow(?: (?:author|writer|reporter))?$", re.I)


def follow_names(lines: list[Line]) -> None:
    """A writer's initials over their name (an avatar), and a writer's name over a `Follow` button,
    where a `By` line already named them: the byline's author cards (`By Ann Lee and Jo Bell` / `Ann Lee` / `Follow` / `Jo Bell` / `Follow`).

    >>> page = [Line("By Ann Lee and Jo Bell", 0), Line("Ann Lee", 0), Line("Follow", 0, "social"), Line("Jo Bell", 0),
    ...         Line("Follow", 0, "social"), Line("Ann Lee said she would follow the vote.", 1)]
    >>> follow_names(page); [ln.reason for ln in page]
    [None, 'social', 'social', 'social', 'social', None]
    >>> page = [Line("AL", 0), Line("Ann Lee", 0), Line("The council met.", 1)]
    >>> follow_names(page); [ln.reason for ln in page]  # the avatar's initials over the name
    ['label', None, None]
    """
    for line, below in zip(lines, lines[1:]):  # `KV` / `Kateřina Vávrová`: the author's avatar, their initials
        names = words(below.text)
        if not line.reason and re.fullmatch(r"[A-Z]{2,3}", line.text) and is_byline(below.text) and \
                len(names) == len(line.text) and "".join(n[0] for n in names).upper() == line.text:
            line.reason = "label"
    bylines: list[str] = []  # the `By` lines above: the card repeats a name they gave
    for line, below in zip(lines, lines[1:]):
        if _BY.match(line.text) and not line.reason:
            bylines.append(line.text)
        elif not line.reason and below.reason and _FOLLOW.match(below.text) and is_byline(line.text) and \
                len(words(line.text)) <= 4 and any(line.text in b for b in bylines):
            line.reason = "social"


def header_aside(lines: list[Line], title_at: int) -> None:
    """A line between the headline and the story addressing the reader (`Save articles to
    read later and create your own reading list.`) with dropped page chrome right above and
    below it is the page describing its own buttons, not the standfirst."""
    for i in range(title_at + 2, len(lines) - 1):
        line = lines[i]
        if is_sentence(line.text, 12) and not line.reason:
            return
        if line.reason or not lines[i - 1].reason or not lines[i + 1].reason:
            continue
        if re.search(r"\b(?:you|your)\b", line.text, re.I) and not re.search("[\"“”‘]", line.text):
            line.reason = "page-note"


_CARD_GAP = 3  # dropped lines (the publish time, a follow button) between the byline and its author card


def author_card(lines: list[Line], title_at: int) -> None:
    """The byline's name said again right under `By Name` is the author's card (`Name` /
    `Features Editor` / `@handle`): the byline has named them. Its role line goes with it when
    a dropped handle or button closes the card.

    >>> page = [Line(t, i) for i, t in enumerate(("Film wins top prize", "By Ann Lee", "Ann Lee", "Features Editor",
    ...         "@annlee", "The film won on Saturday."))]
    >>> page[4].reason = "social"; author_card(page, 0); [ln.reason for ln in page]
    [None, None, 'author-card', 'author-card', 'social', None]
    >>> page = [Line(t, i) for i, t in enumerate(("Film wins top prize", "By Ann Lee", "Updated 2 hours ago", "Ann Lee",
    ...         "Follow", "The film won on Saturday."))]
    >>> page[2].reason = "dateline-timestamp"; page[4].reason = "social"; author_card(page, 0); [ln.reason for ln in page][3]
    'author-card'
    """
    for i in range(title_at + 1, min(len(lines) - 1, title_at + _HEADER_LINES)):
        by = _BY.match(lines[i].text)
        if not by:
            continue
        card_above(lines, title_at, i)
        # the card may sit under the byline's dropped publish time (`By Ann Lee` / `Published 3 hours ago` / `Ann Lee`)
        at = next((j for j in range(i + 1, min(len(lines), i + 1 + _CARD_GAP)) if not lines[j].reason), None)
        if at is None or lines[at].text != re.sub(r"^\W*By\s*", "", lines[i].text, flags=re.I).strip():
            continue
        lines[at].reason = "author-card"
        role = lines[at + 1] if at + 2 < len(lines) else None
        if role and not role.reason and len(words(role.text)) <= 5 and not TERMINAL.search(role.text) and \
                lines[at + 2].reason:
            role.reason = "author-card"
        return


# a credit's label or an author card's role after the name: `Words: Ann Lee`, `Ann Lee, Post Staff`
_CREDIT_LABEL = re.compile(r"^\W*(?:(?:written|words|story|reporting|text|report)\s+)?by\s+|"
                           r"^(?:author|reporter|writer|words|text|story|byline|reporting|report|match report)s?\s*:\s*", re.I)


def _credited(text: str) -> str:
    """The name a byline or author card credits, without its label or role."""
    name = _CREDIT_LABEL.sub("", text).strip()
    parts = re.split(r",\s| [|·—–] ", name, maxsplit=1)  # `Ann Lee, Post Staff`, `Ann Lee | Sports Editor`
    return parts[0] if len(parts) == 2 and len(words(parts[1])) <= 5 else name


def card_above(lines: list[Line], title_at: int, at: int) -> None:
    """The byline's name said already a few lines above it (`Words: Ann Lee` / the time /
    `Media Team` / `By Ann Lee`, `Ann Lee, Post Staff` / `Verified Reporter` / `By Ann Lee`)
    is the author's card, printed over the byline: the card and the short role or badge lines
    between it and the byline go; the byline stays.

    >>> page = [Line(t, i) for i, t in enumerate(("Ferry fares to rise", "Text: Ann Lee", "Digital Desk", "By Ann Lee",
    ...         "Fares will rise in April, the operator said."))]
    >>> card_above(page, 0, 3); [ln.reason for ln in page]
    [None, 'author-card', 'author-card', None, None]
    >>> page = [Line(t, i) for i, t in enumerate(("Derby day", "Report: Jo Bell", "Club Media", "By Jo Bell", "Rovers won."))]
    >>> card_above(page, 0, 3); [ln.reason for ln in page][1:3]
    ['author-card', 'author-card']
    >>> page = [Line(t, i) for i, t in enumerate(("Derby day", "Jo Bell | Sports Editor", "By Jo Bell", "Rovers won."))]
    >>> card_above(page, 0, 2); [ln.reason for ln in page][1:3]
    ['author-card', None]
    >>> page = [Line(t, i) for i, t in enumerate(("Ferry fares to rise", "Ann Lee, Harbour Post Staff", "Award-winning Reporter",
    ...         "By Ann Lee", "Fares will rise in April."))]
    >>> card_above(page, 0, 3); [ln.reason for ln in page][1:3]
    ['author-card', 'author-card']
    >>> page = [Line(t, i) for i, t in enumerate(("Ferry fares to rise", "Ann Lee says the rise is unfair.", "By Ann Lee",
    ...         "Fares will rise."))]
    >>> card_above(page, 0, 2); page[1].reason is None  # a standfirst naming the writer
    True
    """
    name = _credited(lines[at].text)
    if len(words(name)) < 2:
        return
    for j in range(at - 1, max(title_at, at - _CARD_GAP - 2), -1):
        if lines[j].reason or _credited(lines[j].text) != name:
            continue
        between = [ln for ln in lines[j + 1:at] if not ln.reason]
        if all(len(words(ln.text)) <= 4 and not TERMINAL.search(ln.text) and not re.search(r"\d", ln.text) for ln in between):
            for ln in (lines[j], *between):
                ln.reason = "author-card"
        return


_ITEM_MARK = re.compile(r"^(?:[—–•*-]|\d{1,2}[.)])\s+")


def contents_list(lines: list[Line]) -> None:
    """A page's table of contents: two or more short lines in a row, each the text of a
    crosshead further down (`— How the money will be spent` ... `How the money will be
    spent`), with the short label over them (`Contents`, `On this page`). The story reads
    the crossheads where they stand. A sentence said twice is no crosshead.

    >>> page = [Line(t, i) for i, t in enumerate(("Contents", "— Who gets the money", "— What happens next",
    ...         "The fund opens today.", "Who gets the money", "Ten harbours.", "What happens next", "Bids close in May."))]
    >>> contents_list(page); [ln.reason for ln in page][:4], [ln.reason for ln in page][4:]
    (['contents', 'contents', 'contents', None], [None, None, None, None])
    >>> page = [Line(t, 0) for t in ("Contents", "1. What the scheme offers", "2. Funding")]
    >>> page += [Line(t, i) for i, t in enumerate(("Pupils will get breakfast.", "What the scheme offers", "Funding"), 1)]
    >>> contents_list(page); [ln.reason for ln in page]
    ['contents', 'contents', 'contents', None, None, None]
    >>> page = [Line(t, 0) for t in ("1. What the scheme offers", "2. Funding")] + [Line("Funding", 1)]
    >>> contents_list(page); [ln.reason for ln in page]  # an item that heads nothing: a list, not contents
    [None, None, None]
    """
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and not lines[j].reason and len(words(lines[j].text)) <= 12 and \
                (item := _ITEM_MARK.sub("", lines[j].text)) and not item.endswith(".") and \
                any(ln.text == item for ln in lines[j + 1:] if ln is not lines[j] and not _ITEM_MARK.match(ln.text)):
            j += 1
        if j - i >= 2:
            head = lines[i - 1] if i else None
            for ln in lines[i:j] + ([head] if head and not head.reason and len(words(head.text)) <= 3 and
                                    not TERMINAL.search(head.text) else []):
                ln.reason = "contents"
        i = max(j, i + 1)


_SIDEBAR_WORDS = 5
_SIDEBAR_LINES = 4  # a byline runs on for a role line or two (`Ann Lee` / `Health reporter`), a sidebar for more


def header_sidebar(lines: list[Line], title_at: int) -> None:
    """Between the byline and the story's first prose paragraph, four or more short unfinished
    lines in a row (`Add to Briefcase` / `Related Sections` / `Class Action` / `Companies`) are
    a sidebar of tools and topic links pasted before the story: the header has ended with its
    byline and the story has not begun, so no crosshead can stand there yet.

    >>> page = [Line(t, i) for i, t in enumerate(("Judge refuses to toss class action", "By Ann Lee", "Add to Briefcase",
    ...         "Topics", "Class Action", "Companies", "A federal judge on Thursday refused to toss a class action over data."))]
    >>> page[1].role = page[4].role = "byline"  # Title Case topics look like names
    >>> header_sidebar(page, 0); [ln.reason for ln in page]
    [None, None, 'sidebar', 'sidebar', 'sidebar', 'sidebar', None]
    """
    kept = [ln for ln in lines[title_at + 1:] if not ln.reason]
    by = next((i for i, ln in enumerate(kept[:_HEADER_LINES]) if ln.role == "byline"), None)
    if by is None:
        return
    run: list[Line] = []
    for ln in kept[by + 1:]:
        if ln.role == "standfirst" or not _furniture_shape(ln.text) or len(words(ln.text)) > _SIDEBAR_WORDS:
            break
        run.append(ln)
    if len(run) >= _SIDEBAR_LINES and any(is_sentence(ln.text, 12) for ln in kept[by + 1 + len(run):][:1]):
        for ln in run:
            ln.reason = "sidebar"


_SECTION_WORDS = 3  # a section's name in a menu: `Regional`, `Health & Environment`
_MENU_WORDS = 4  # a menu row pasted as one line: `News Sport Business Regional`


def section_label(lines: list[Line], title_at: int) -> None:
    """A short line in the header, between the headline and the story's first prose
    paragraph, that names an item of the menu or breadcrumb dropped above the headline is
    the story's section label (`World` / `Business` / `Regional` above, `Regional` under the
    standfirst), not the header's own text.

    >>> page = [Line(t, i) for i, t in enumerate(("News Sport Business Regional Culture", "Home > Regional > Coast",
    ...         "Ferry fares to rise by a fifth", "Operators blame fuel costs", "Regional", "By Ann Lee",
    ...         "Fares on the island ferries will rise by a fifth from April, the operator said on Monday."))]
    >>> page[0].reason = page[1].reason = "navigation"; page[4].role = page[5].role = "byline"
    >>> section_label(page, 2); [ln.reason for ln in page][3:]
    [None, 'navigation', None, None]
    >>> page = [Line(t, i) for i, t in enumerate(("News Sport Business", "Ferry fares to rise", "Coastal Economy", "By Ann Lee",
    ...         "Fares on the island ferries will rise by a fifth from April, the operator said on Monday."))]
    >>> page[0].reason = "navigation"; section_label(page, 1); page[2].reason is None  # no such menu item
    True
    >>> page = [Line(t, i) for i, t in enumerate(("ISTANBUL NEWS", "Quake blocks to be rebuilt", "ISTANBUL", "By Ann Lee",
    ...         "Crews began demolishing the first of the western district's blocks on Monday, officials said."))]
    >>> page[0].reason = "navigation"; section_label(page, 1); page[2].reason is None  # the dateline's place
    True
    """
    # a menu row or a breadcrumb, not a two-word section title (`ISTANBUL NEWS` over the dateline's `ISTANBUL`)
    menus = [ln.text.lower() for ln in lines[:title_at] if ln.reason == "navigation" and
             (len(words(ln.text)) >= _MENU_WORDS or re.search(r"\s[>›/»|]\s", ln.text))]
    if not menus:
        return
    for ln in lines[title_at + 1:title_at + 1 + _HEADER_LINES]:
        if ln.reason:
            continue
        if is_sentence(ln.text, 12):
            return
        toks = words(ln.text)
        # a one-word section reads as a name (`Regional`); a two-word byline may be a columnist's menu item
        if (ln.role != "byline" or len(toks) == 1 and not _BY.match(ln.text)) and len(toks) <= _SECTION_WORDS and not TERMINAL.search(ln.text) and \
                not re.search(r"\d", ln.text) and any(
                    re.search(rf"(?<!\w){re.escape(ln.text.lower())}(?!\w)", menu) for menu in menus):
            ln.reason = "navigation"


def _in_promo(lines: list[Line], i: int) -> bool:
    """A headline-shaped line grouped with a sign-up prompt is the promo's pitch
    (`The unofficial guide to official Washington, every weekday morning.` / `Sign up`),
    never the headline; a menu's `Newsletters` link above the headline is no promo."""
    return any(ln.group == lines[i].group and ln.reason == "newsletter" and not in_menu(lines, j) and not menu_row(ln.text) and
               not any(lines[m].reason in ("navigation", "tab-title") for m in range(min(i, j) + 1, max(i, j)))
               for j, ln in enumerate(lines[:i + _PROMO_REACH + 1]) if j >= i - _PROMO_REACH)
    # (a promo bar over the site's menu is not the headline's box, nor is a sign-up form far down a page pasted
    # without blank lines)


_PROMO_REACH = 6  # lines between a promo's pitch and its sign-up button


def _assign_header_roles(lines: list[Line], title_at: int) -> None:
    """Between headline and first prose paragraph: a standfirst, then byline lines."""
    after = lines[title_at + 1:]
    kept = [ln for ln in after if not ln.reason]
    for i, line in enumerate(kept):
        if is_sentence(line.text, 12) or line.text[:1] in "“\"":
            break
        if is_byline(line.text):
            line.role = "byline"
        elif i == 0 and not TERMINAL.search(line.text):
            line.role = "standfirst"
