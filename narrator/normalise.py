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
from dataclasses import dataclass

from narrator.lines import (_HOME_LINK, _NAV, TERMINAL, author_bio, credit, interface, is_sentence,  # noqa: F401
                            line_reason, navigation, prompt, read_more, teaser, timestamp,
                            wire_footer, words)
from narrator.errors import NarratorError
from narrator.models import Block, CleanArticle, Dropped, RawArticle


@dataclass
class Line:
    text: str
    group: int  # lines between two blank lines share a group
    reason: str | None = None
    role: str = "body"


# ------------------------------------------------------------- context rules

def caption_pairs(lines: list[Line]) -> None:
    """A caption beside its credit: `X` then `X (Image: Y)`, or `X` then `Picture: Y`.

    Mail-style pages print the caption twice (once as alt text); both go.
    """
    for a, b in zip(lines, lines[1:]):
        if a.reason:
            continue
        rest = b.text[len(a.text):] if b.text.startswith(a.text) else None
        if rest is not None and rest.strip() and credit(rest.strip()):
            a.reason, b.reason = "caption", "caption"
        elif b.reason == "credit" and a.group == b.group and len(words(a.text)) <= 40:
            a.reason = "caption"
        elif b.reason == "caption" and a.group == b.group and len(words(a.text)) <= 25 and \
                not re.search("[\"“”]", a.text):
            a.reason = "caption"  # the image's alt text, printed above its caption


def twin_lines(lines: list[Line]) -> None:
    """The same line twice in a row (dropped lines between aside) is a caption
    printed beside its alt text."""
    # A stack, so that what remains never holds a twin: normalising again changes nothing.
    stack: list[Line] = []
    for line in lines:
        if line.reason:
            continue
        if stack and stack[-1].text == line.text and len(words(line.text)) >= 2:
            stack.pop().reason = line.reason = "caption"
        else:
            stack.append(line)


# An embed holds a consent notice, one post and its signature; a longer stretch,
# or one with more prose, is the story between two unrelated markers.
_EMBED_LINES = 12


def embed_blocks(lines: list[Line]) -> None:
    """Whatever sits inside an embed (`Skip Twitter post` ... `End of Twitter post`),
    the post text above a `— Name (@handle) date` signature, and a video's title
    grouped with its duration line."""
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
    for line in lines:
        if line.reason == "video":
            for other in lines:
                if other.group == line.group and not other.reason and not TERMINAL.search(other.text):
                    other.reason = "video"


_RELATED = re.compile(
    r"^(?:related(?: internet)?(?: articles?| stor(?:y|ies)| content| links?| reading| coverage)?|read next|read more|"
    r"more on this (?:story|topic)|top stories|most (?:read|popular|viewed)|more from .{1,40}|"
    r"you may (?:also )?like|you might (?:also )?like|recommended(?: for you)?|more stories|"
    r"latest(?: news| stories)?|trending(?: now)?|explore more|around the web|in other news|"
    r"what to read next|popular now|more news|editor'?s picks)\s*:?$", re.I)
_TAGS = re.compile(r"^(?:related topics|(?:suggested )?topics|tags|tagged|filed under|more about)\s*:?$", re.I)
# `Filed Under: Congress, Agriculture, Senate`: the heading with its list on one line
_TAG_LIST = re.compile(r"^(?:related topics|topics|tags|tagged(?: with)?|filed under|more about)\s*:\s*"
                       r"[\w’'&-]+(?: [\w’'&-]+){0,3}(?:\s*[,|·;]\s*[\w’'&-]+(?: [\w’'&-]+){0,3})*$", re.I)
_AUTHOR_HEADING = re.compile(r"^about (?:the )?(?:authors?|writers?|reporters?|contributors?)\s*:?$", re.I)
_REFERENCES = re.compile(
    r"^(?:(?:journal|study|paper|full|original) )?(?:references?|citations?|sources?)\s*:?$|^further reading\s*:?$", re.I)


def promo_blocks(lines: list[Line]) -> None:
    """Unpunctuated lines grouped with a newsletter, social or advert prompt belong to the
    promo (`Sponsored Content` / `This Little-Known Trick ...` / `EnergySaverDaily`).

    That includes the promo's own heading just above a newsletter sign-up line.
    """
    for i, line in enumerate(lines):
        if line.reason not in ("newsletter", "social", "advert"):
            continue
        above = lines[i - 1] if i else None
        if (line.reason == "newsletter" and above and above.group == line.group and not above.reason
                and len(words(above.text)) <= 8 and not TERMINAL.search(above.text)
                and not re.search("[\"“”]", above.text)):
            above.reason = line.reason
        for other in lines[i + 1:]:
            if other.group != line.group:
                break
            if not other.reason and not TERMINAL.search(other.text):
                other.reason = line.reason


def link_cards(lines: list[Line]) -> None:
    """A card linking elsewhere (`As it happened: ...` / `Live updates ...` / `Read the
    full live blog`): when a group holds a read-more or sign-up link and the rest of it
    is unpunctuated teaser text, the whole group is the card."""
    groups: dict[int, list[Line]] = {}
    for line in lines:
        groups.setdefault(line.group, []).append(line)
    for group in groups.values():
        if len(group) < 2 or not any(ln.reason in ("read-more", "newsletter") for ln in group):
            continue
        rest = [ln for ln in group if not ln.reason]
        if all(not TERMINAL.search(ln.text) and len(words(ln.text)) <= 15 and not is_byline(ln.text)
               for ln in rest):
            for ln in rest:
                ln.reason = "read-more"


def _figure_line(text: str) -> bool:
    """A name, symbol or figure with no prose: `Kelso Town 1`, `HSEM`, `Goals: Okafor 63'`.

    >>> _figure_line("Kelso Town 1"), _figure_line("Goals: Okafor 63', 88'"), _figure_line("Kelso won 2-1")
    (True, True, False)
    """
    toks = words(text)
    # few words: a Title Case headline beside a status line is not a figure
    return 1 <= len(toks) <= 8 and sum(t[0].isalpha() for t in toks) <= 4 and not TERMINAL.search(text) and \
        all(t[0].isupper() or t[0].isdigit() for t in toks)


def data_blocks(lines: list[Line]) -> None:
    """A scoreboard or share-price box: the lines grouped with a score status or a price
    line (`FT` / `Rovers 2` / `Town 1`, `Halvorsen ASA` / `HSEM` / `NOK 182.40 -21.35`)."""
    for line in lines:
        if line.reason not in ("scores", "ticker"):
            continue
        for other in lines:
            if other.group == line.group and not other.reason and _figure_line(other.text) and \
                    not other.text.startswith("By "):
                other.reason = line.reason


_CONTROLS = re.compile(r"(?:prev(?:ious)?|next|play|pause|replay|watch(?: now| again)?|up next)", re.I)


def player_titles(lines: list[Line]) -> None:
    """A lone unpunctuated line just above a group of player or carousel controls
    (`Prev` / `Next`) is the title of the video or gallery they drive, unless it is
    the page's first headline-shaped line (a gallery right under the headline)."""
    first = next((ln for i, ln in enumerate(lines) if not ln.reason and is_headline(ln.text, _alone(lines, i))), None)
    for i, line in enumerate(lines):
        group = [ln for ln in lines if ln.group == line.group]
        if line is not group[0] or not all(_CONTROLS.fullmatch(ln.text) for ln in group) or not i:
            continue
        above = [ln for ln in lines[:i] if ln.group == lines[i - 1].group]
        for ln in group:
            ln.reason = "video"
        if len(above) == 1 and above[0] is not first and not above[0].reason and not TERMINAL.search(above[0].text):
            above[0].reason = "video"


def home_link_name(text: str) -> str | None:
    """The outlet named by a home link.

    >>> home_link_name("The Meridian - Back to home"), home_link_name("NBS Homepage")
    ('The Meridian', 'NBS')
    """
    m = _HOME_LINK.match(text)
    return m.group(1).strip(" -–|:") if m and len(words(m.group(1))) <= 4 else None


def _not_prose(text: str) -> bool:
    """A link or label rather than story prose: no sentence end, or a headline cut short
    (`Walker, 71, rescued after three days lost on Snowdon says...`)."""
    return not is_sentence(text) or bool(re.search(r"\w(?:\.{3}|…)$", text)) and not re.search("[\"“”]", text)


def _groups(lines: list[Line]) -> list[list[Line]]:
    out: list[list[Line]] = []
    for line in lines:
        if out and out[-1][0].group == line.group:
            out[-1].append(line)
        else:
            out.append([line])
    return out


def related_blocks(lines: list[Line]) -> None:
    """A `Related articles` / `Topics` heading and the list under it: the rest of its group,
    then following groups while they hold no prose (a carousel's `Previous` / `1` / `Next`,
    teaser headlines each in its own paragraph). A group just above a prose paragraph is
    left alone: it may be the crosshead that resumes the story. `About the author` takes
    the bio under it; `Filed Under: A, B` is a heading and its list on one line."""
    groups = _groups(lines)
    for g, group in enumerate(groups):
        for i, line in enumerate(group):
            if _TAG_LIST.match(line.text):
                line.reason = "tags"
                continue
            if _AUTHOR_HEADING.match(line.text):
                for other in group[i:] + (groups[g + 1] if g + 1 < len(groups) and author_bio(groups[g + 1][0].text) else []):
                    other.reason = other.reason or "author-bio"
                line.reason = "author-bio"
                continue
            reason = "tags" if _TAGS.match(line.text) else "related" if _RELATED.match(line.text) else \
                "reference" if _REFERENCES.match(line.text) else None
            if not reason:
                continue
            line.reason = reason
            for other in group[i + 1:]:
                other.reason = other.reason or reason
            if reason == "reference" or i + 1 < len(group):
                continue
            for k in range(g + 1, len(groups)):  # a heading alone: its list may follow in paragraphs
                nxt = groups[k + 1] if k + 1 < len(groups) else []
                rest = [ln for ln in groups[k] if not ln.reason]
                if not all(_not_prose(ln.text) for ln in rest) or \
                        rest and nxt and not nxt[0].reason and not _not_prose(nxt[0].text):
                    break
                for ln in rest:
                    ln.reason = reason


# -------------------------------------------------------------- region rules

_PAPER_WORDS = set("""daily sunday weekly evening morning news times post herald mirror gazette
chronicle telegraph express journal tribune standard observer courier echo mail star record
independent guardian press sun wire newspaper sentinel ledger bulletin dispatch examiner
enquirer inquirer register monitor advertiser argus globe online""".split())


def masthead_name(text: str) -> str | None:
    """The outlet name if this first line looks like a masthead, nicely cased.

    >>> masthead_name("SPORTLINE"), masthead_name("BBC NEWS"), masthead_name("Skip to content")
    ('Sportline', 'BBC News', None)
    >>> masthead_name("KVLN 9 Pinecrest")
    'KVLN 9 Pinecrest'
    """
    toks = text.split()
    if not 1 <= len(toks) <= 4 or len(words(text)) > 4 or TERMINAL.search(text) or _NAV.search(text) or interface(text):
        return None
    if not all(t[0].isupper() or not t[0].isalpha() for t in toks + words(text)) or \
            not any(t[0].isalpha() for t in toks):
        return None
    if len(toks) == 4 and not _PAPER_WORDS & {t.lower() for t in toks}:
        return None
    # a word in capitals is a styled word (`SPORTLINE`); an acronym or call sign (`KVLN`) has no vowels
    return " ".join(t.capitalize() if t.isupper() and (len(t) > 3 and re.search("[AEIOU]", t) or
                                                        t in ("THE", "AND", "OF")) else t for t in toks)


def _names_outlet(name: str) -> bool:
    """A masthead found below skip links must look like one: `The X`, a paper word,
    or an acronym or call sign (`KVLN 9 Pinecrest`), unlike a menu item (`News`)."""
    toks = name.split()
    return len(toks) >= 2 and (toks[0] == "The" or bool(_PAPER_WORDS & set(name.lower().split())) or
                               any(len(t) >= 2 and t.isupper() and t.isalpha() for t in toks))


def find_masthead(lines: list[Line]) -> int | None:
    """The first line, or the first after skip links or a cookie banner if it names a
    paper (`AP News`)."""
    for i, line in enumerate(lines[:4]):
        name = masthead_name(line.text)
        if name and (i == 0 or _names_outlet(name)):
            return i
        if line.reason not in ("navigation", "consent"):
            return None
    return None


_LEGAL = re.compile(r"(?:,?\s+(?:Company|Co\.?|Ltd\.?|Limited|Inc\.?|LLC|L\.?P\.?|plc|PLC|Corp(?:oration)?\.?))+$")


def copyright_owner(text: str) -> str | None:
    """The outlet in a copyright line, legal suffixes dropped: the fallback publication.

    >>> copyright_owner("© 2024 The Hudson Chronicle Company"), copyright_owner("Copyright 2023 Ann Lee")
    ('The Hudson Chronicle', 'Ann Lee')
    >>> copyright_owner("The Daily Post") is None
    True
    """
    m = re.match(r"^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(.+?)\.?(?:\s*All rights reserved\.?)?$", text, re.I)
    if not m:
        return None
    owner = _LEGAL.sub("", re.sub(r"\s*\d{4}$", "", m.group(1))).strip(" ,.")
    return owner if 1 <= len(words(owner)) <= 5 and owner[:1].isupper() else None


_SMALL_WORDS = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "&"}


def is_tagline(text: str, masthead: str) -> bool:
    """A slogan under the masthead: names a newspaper or repeats the masthead.

    >>> is_tagline("Home of the Daily and Sunday Clarion", "Daily Clarion")
    True
    >>> is_tagline("Council agrees to reopen the old swimming baths", "The Morning Gazette")
    False
    """
    low = {w.lower() for w in words(text)}
    names = {w.lower() for w in masthead.split()} - _SMALL_WORDS
    return len(low) >= 4 and not TERMINAL.search(text) and bool(low & (names | _PAPER_WORDS))


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


def is_byline(text: str) -> bool:
    """`By Name`, a bare name, `Name at Place`, or `Outlet News, Place`.

    >>> is_byline("By Tom Harker, Political Reporter"), is_byline("Chloe Barnard")
    (True, True)
    >>> is_byline("Motorists say they are paying the price")
    False
    """
    if re.match(r"^By\s+[A-Z]", text):
        return True
    toks = words(text)
    if not 1 <= len(toks) <= 7 or TERMINAL.search(text):
        return False
    small = {"at", "in", "and", "of", "for", "the", "&"}
    first = words(text.split(",")[0])
    if "," in text and 2 <= len(first) <= 3 and all(t[0].isupper() for t in first):
        return True  # `Name Surname, environment correspondent`
    return all(t[0].isupper() or t in small for t in toks) and toks[0][0].isupper()


def byline_outlet(text: str) -> str | None:
    """The outlet named in a byline line.

    >>> byline_outlet("NBS News, Lincolnshire"), byline_outlet("Jessica Thunderchild · DPB News ·")
    ('NBS News', 'DPB News')
    """
    # `NBS News, Lincolnshire`; `Ann Lee · DPB News ·`: the outlet may follow the name
    for piece in (p.split(",")[0].strip() for p in re.split(r"[·•|]", text)):
        toks = piece.split()
        if 1 <= len(toks) <= 4 and toks[-1].lower() in _PAPER_WORDS and toks[0][0].isupper():
            return piece
    return None


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


def normalise(raw: RawArticle, keep: Sequence[str] = (), drop: Sequence[str] = ()) -> CleanArticle:
    """Clean lines of `raw`; `keep`/`drop` are the user's patterns for lines the rules get wrong."""
    lines: list[Line] = []
    group = 0
    for text in raw.text.splitlines():
        text = " ".join(text.split())
        if not text:
            group += 1
            continue
        lines.append(Line(text, group))
    if not lines:
        return CleanArticle("", None, (), (), raw.source)

    for line in lines:
        line.reason = line_reason(line.text)
    caption_pairs(lines)
    embed_blocks(lines)
    promo_blocks(lines)
    link_cards(lines)
    data_blocks(lines)
    player_titles(lines)
    related_blocks(lines)
    twin_lines(lines)

    publication, start = None, 0
    at = find_masthead(lines)
    if at is not None and not any(is_headline(ln.text, _alone(lines, j)) for j, ln in enumerate(lines) if j > at):
        at = None  # a page with no headline below: the short first line is the headline itself
    if at is not None:
        publication, start = masthead_name(lines[at].text), at + 1
        lines[at].reason = "masthead"
    if publication:
        for line in lines[start:start + 2]:
            if not line.reason and is_tagline(line.text, publication):
                line.reason = "masthead"

    title_at = None
    for i in range(start, len(lines)):
        if is_headline(lines[i].text, _alone(lines, i)) and (
                not lines[i].reason or lines[i].reason == "teaser" and _alone(lines, i)):
            if not _in_promo(lines, i):
                title_at = i
                break
            lines[i].reason = "newsletter"
    if title_at is None:
        title_at = next((i for i in range(start, len(lines)) if not lines[i].reason), 0)
    for line in lines[:title_at]:
        line.reason = line.reason or "navigation"
    lines[title_at].reason, lines[title_at].role = None, "title"

    end_matter(lines[title_at + 1:])
    kept = [ln for ln in lines[title_at + 1:] if not ln.reason]
    last_body = max((i for i, ln in enumerate(kept) if is_sentence(ln.text)), default=-1)
    # a short closing sentence (`The repairs cost £340,000.`) still belongs to the story
    while last_body + 1 < len(kept) and _short_sentence(kept[last_body + 1].text):
        last_body += 1
    for line in kept[last_body + 1:]:
        line.reason = "footer"
    kept = kept[:last_body + 1]
    closing_bio(kept, " ".join(ln.text for ln in lines[title_at + 1:title_at + 8] if not is_sentence(ln.text, 12)))

    _assign_header_roles(lines, title_at)
    furniture(lines[title_at + 1:])
    user_choices(lines, title_at, keep, drop)
    byline_lines = [ln.text for ln in lines if ln.role == "byline" and not ln.reason]
    if not publication:
        publication = next((o for t in byline_lines if (o := byline_outlet(t))), None)
    if not publication:  # a byline below a long standfirst: `Ann Lee · DPB News ·`
        publication = next((o for ln in lines[title_at + 1:title_at + 1 + _HEADER_LINES] if not ln.reason and
                            is_byline(ln.text) and (o := byline_outlet(ln.text))), None)
    if not publication:
        publication = next((o for ln in lines[:title_at] if (o := home_link_name(ln.text))), None)
    if not publication:  # the footer's copyright line, not a photo's `© Agency`
        publication = next((o for ln in lines[title_at + 1:] if ln.reason == "footer" and
                            (o := copyright_owner(ln.text))), None)
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


_END_MARKS = ("tags", "related", "author-bio")


def end_matter(lines: list[Line]) -> None:
    """A tags, related or about-the-author block with story prose above it and at most one
    unquoted sentence below opens the page's end matter: that lone sentence is a promo
    (`Capitol Wire Pro` / `Get the policy intelligence you need. Request a demo.`), since a
    story does not break off for a link list and come back for one line."""
    prose = [i for i, ln in enumerate(lines) if not ln.reason and is_sentence(ln.text)]
    for i, line in enumerate(lines):
        if line.reason not in _END_MARKS or sum(p < i for p in prose) < 3:
            continue
        after = [lines[p] for p in prose if p > i]
        if len(after) <= 1 and not any(re.search("[\"“”‘]", ln.text) for ln in after):
            for other in lines[i + 1:]:
                other.reason = other.reason or "footer"
            return


_CHROME = set("""share shares sharing save print email copy link links facebook twitter whatsapp linkedin
pinterest comments comment subscribe follow play watch video videos gallery photos loading loaded click tap
read view show more sponsored promoted advertisement ad ads newsletter sign next previous prev listen
audio player""".split())


def _furniture_shape(text: str) -> bool:
    """Short, unfinished and not a quotation: a label, link or button rather than prose."""
    return _not_prose(text) and len(words(text)) <= 20 and not re.match("[\"“‘'(]", text) and not text.endswith(":")


_HEADER_LINES = 20


def furniture(lines: list[Line]) -> None:
    """Page furniture inside the story: in the body (after the header block), a cluster of
    two or more short unfinished lines, or a lone one at least half made of interface words
    (`Share on Pinterest`, `Watch the video`), is page chrome. A lone line without them is
    kept: it is most likely a crosshead that the next paragraph continues. Lines under one
    ending in `:` are a list the story introduced. Dropped lines between do not break a
    cluster; the rule reads kept lines only, so normalising again drops nothing more."""
    kept = [ln for ln in lines if not ln.reason]
    # the header block ends at its last byline; a standfirst may come before it
    head = [i for i, ln in enumerate(kept[:_HEADER_LINES]) if ln.role == "byline" or is_byline(ln.text)]
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
        lone_ui = 2 * sum(t.lower() in _CHROME for t in toks) >= len(toks) > 0  # `Share on Pinterest`, not `What happens next`
        if run and (len(run) >= 2 or lone_ui) and not lead.endswith(":"):
            for other in run:
                other.reason = "furniture"
        run, lead = [], ln.text


def closing_bio(kept: list[Line], header: str) -> None:
    """The author's bio closing the story (`Name is a senior reporter at ...`) is about
    the page, not the news: dropped when it is the last thing before the footer and
    names someone from the byline (so an obituary's last line stays)."""
    while kept and author_bio(kept[-1].text):
        name = words(kept[-1].text)[0]
        if not re.search(rf"\b{re.escape(name)}\b", header):
            return
        kept.pop().reason = "author-bio"


def _short_sentence(text: str) -> bool:
    """
    >>> _short_sentence("The repairs cost £340,000."), _short_sentence("Terms of Use"), _short_sentence("Was this helpful?")
    (True, False, False)
    """
    toks = words(text)
    return is_sentence(text, 3) and toks[0][0].isupper() and any(t.islower() for t in toks[1:]) and \
        not text.endswith("?")  # `Was this helpful?` asks the reader, not the story


def _in_promo(lines: list[Line], i: int) -> bool:
    """A headline-shaped line grouped with a sign-up prompt is the promo's pitch
    (`The unofficial guide to official Washington, every weekday morning.` / `Sign up`),
    never the headline."""
    return any(ln.group == lines[i].group and ln.reason == "newsletter" for ln in lines)


def _alone(lines: list[Line], i: int) -> bool:
    """A line with blank lines either side (a tagged headline, unlike a teaser list)."""
    return sum(ln.group == lines[i].group for ln in lines) == 1


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
