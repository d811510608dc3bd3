"""Turn pasted web-page text into the lines worth reading aloud.

Each rule is a small named function; a line dropped by a rule is recorded as
`Dropped(line, reason)`. Rules come in three kinds:

- line rules look at one line (credits, read-more links, timestamps, prompts);
- context rules look at neighbouring lines (caption twins, related blocks);
- region rules use the article's shape: everything before the headline is
  page chrome, and short unpunctuated lines after the last body paragraph are
  footer lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from narrator.models import Block, CleanArticle, Dropped, RawArticle

TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$""")
WORD = re.compile(r"[\w’'£$€%-]+")


@dataclass
class Line:
    text: str
    group: int  # lines between two blank lines share a group
    reason: str | None = None
    role: str = "body"


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
    """
    return len(words(text)) >= min_words and bool(TERMINAL.search(text))


# ---------------------------------------------------------------- line rules

_CREDIT_PAREN = re.compile(
    r"\((?:[\w ]*\b)?(?:Images?|Pictures?|Photos?|Photograph|Credit|Video)(?: by)?\s*[:/][^)]*\)\s*$", re.I)
_CREDIT_ONLY = re.compile(
    r"^(?:Images?|Pictures?|Photos?|Photograph|Credits?|Video)(?: source| credit)?\s*[:,]\s*\S", re.I)
_CAPTION_LABEL = re.compile(r"^(?:Image|Photo|Picture|Video) caption\s*[:,]", re.I)
_CREDIT_TAIL = re.compile(r"\b(?:Photograph|Photo|Picture|Illustration|Composite)(?: by)?:\s*[^.!?]{2,80}$")
_AGENCY_TAIL = re.compile(
    r"(?:Purchase Licensing Rights|/File Photo|\b[A-Z][\w.]*/[A-Z][\w.' -]*|\(Photo by [^)]*\))\s*$")


def credit(text: str) -> str | None:
    """Picture credits, and captions that carry one.

    >>> credit("Picture: Getty Images"), credit("Image caption, A man walks")
    ('credit', 'caption')
    >>> credit("Crowds gather in the square. Photograph: Ann Lee/AP")
    'caption'
    >>> credit("She said it was fine.") is None
    True
    """
    text = re.sub(r",?\s*opens (?:in )?(?:a )?new (?:tab|window)$", "", text)
    if _CAPTION_LABEL.search(text):
        return "caption"
    if _CREDIT_ONLY.search(text):
        return "credit"
    if _CREDIT_PAREN.search(text):
        return "caption"
    if '"' in text or "”" in text:
        return None
    if _CREDIT_TAIL.search(text) or _AGENCY_TAIL.search(text):
        return "caption"
    return None


_READ_MORE = re.compile(
    r"^(?:READ MORE|READ NEXT|MORE|SEE ALSO|SEE MORE|RELATED|WATCH|LISTEN|PICTURED|VIDEO|LIVE)\s*:", re.I)


def read_more(text: str) -> str | None:
    """`READ MORE: ...` style links to other stories.

    >>> read_more("READ MORE: Storm hits coast"), read_more("Read more: x")
    ('read-more', 'read-more')
    """
    return "read-more" if _READ_MORE.search(text) else None


def teaser(text: str) -> str | None:
    """Headline links tagged with an upper-case label such as `[REVEAL]`.

    >>> teaser("Minister quits over row [INSIGHT]")
    'teaser'
    """
    return "teaser" if re.search(r"\[[A-Z][A-Z ]{2,}\]\s*$", text) else None


_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec")
_DAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
_TIME_WORDS = set((_MONTHS + " " + _DAYS + " am pm a.m. p.m. gmt bst est edt cst cdt pst pdt utc cet cest "
                   "et pt ct mt ist aest aedt hst akst cat eat wat sast "
                   "et pt published updated last first posted modified ago hour hours minute minutes "
                   "min mins day days week weeks second seconds yesterday today on at just now "
                   "an a").split())


def timestamp(text: str) -> str | None:
    """Lines made only of dates, times and `Published`/`Updated` words.

    >>> timestamp("Updated 2 hours ago"), timestamp("08:12, Tue, Mar 5, 2024 | UPDATED: 09:40")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Theresa May") is None
    True
    """
    text = re.sub(r"(?<=[A-Za-z])(?=[A-Z][a-z])", " ", text)  # pasted `GMTUpdated`
    tokens = re.findall(r"[a-z][a-z.]*|\d+", text.lower())
    if not tokens:
        return None
    for tok in tokens:
        if tok.isdigit() or tok.strip(".") in _TIME_WORDS or tok in _TIME_WORDS:
            continue
        return None
    return "dateline-timestamp"


_CHANNELS = (r"whatsapp|newsletters?|facebook|twitter|instagram|telegram|tiktok|youtube|app|"
             r"community|channel|alerts?|updates|emails?|inbox|podcast|here|us")
_PROMPT = re.compile(
    rf"^(?:follow|join|sign up|subscribe|get|download|click|tap|like us|register|never miss)\b.*\b(?:{_CHANNELS})\b", re.I)
_PROMPT_ANYWHERE = re.compile(
    r"\b(?:sign up (?:here|now|today|for free)|click here|scroll (?:down )?to continue|"
    r"scroll down for video|share this (?:article|story)|continue reading)\b", re.I)


def prompt(text: str) -> str | None:
    """Calls to action: newsletters, social channels, adverts.

    >>> prompt("Follow us on WhatsApp for the latest news"), prompt("Advertisement")
    ('social', 'advert')
    >>> prompt("Our weekly newsletter is out now. Sign up here."), prompt("He joined the army.")
    ('newsletter', None)
    """
    if re.match(r"^(?:advertisement|advert|sponsored|promoted|ad)\b", text, re.I) or \
            re.search(r"scroll (?:down )?to continue|^story continues (?:below|after)", text, re.I):
        return "advert"
    if len(words(text)) <= 5 and not TERMINAL.search(text) and re.search(r"\bads?\b", text, re.I):
        return "advert"  # `Video Ad Feedback`, `Ad Choices`, `Skip ad`
    n = len(words(text))
    if re.match(r"^(?:privacy (?:notice|policy)\b|after newsletter promotion)", text, re.I):
        return "newsletter"
    if n <= 8 and not TERMINAL.search(text) and re.search(r"\bnewsletters?\b", text, re.I):
        return "newsletter"
    if not (_PROMPT.search(text) or _PROMPT_ANYWHERE.search(text) or re.match(r"^(?:sign up|subscribe)\b", text, re.I)):
        return None
    if n > 30 or "“" in text or '"' in text:
        return None
    if re.search(r"newsletter|sign up|subscribe|inbox|email", text, re.I):
        return "newsletter"
    return "social"


_UI_WORDS = set("""share save print email copy link facebook twitter x whatsapp linkedin reddit
pinterest messenger bluesky threads comments comment this article story gift listen to min read
minute minutes view show hide more less close open menu search sign in log out subscribe
bookmark follow like reply replies report copied shares saved gift live key event events
pinned post only play pause replay mute unmute fullscreen autoplay video audio watch captions""".split())


def interface(text: str) -> str | None:
    """Buttons and labels: `Share`, `Save`, `Comments`, `5 min read`.

    >>> interface("Share"), interface("Join the conversation"), interface("Shares rose.")
    ('social', 'social', None)
    """
    low = text.lower().strip(" :|·•!").replace("e-mail", "email")
    if re.fullmatch(r"join the (?:conversation|discussion|debate)|(?:\d+ )?comments?|have your say", low):
        return "social"
    toks = re.findall(r"[a-z]+|\d+", low)
    if toks and len(toks) <= 5 and all(t in _UI_WORDS or t.isdigit() for t in toks):
        return "social"
    return None


def wire_footer(text: str) -> str | None:
    """Agency credits: `Reporting by ...; Editing by ...`, trust statements.

    >>> wire_footer("Reporting by A in Rome; Editing by B"), wire_footer("Our Standards: x.")
    ('footer', 'footer')
    """
    if re.match(r"^\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Produced|Research) by\b", text, re.I):
        return "footer"
    if re.search(r"\bnot responsible for the content of external\b|"
                 r"\bcontributed(?: reporting)? to this (?:report|story)\.?$", text, re.I):
        return "footer"
    if re.match(r"^(?:Our Standards\b|©|\(c\)\s|Copyright\b|All rights reserved)", text, re.I):
        return "footer"
    return None


_REPUBLISHED = re.compile(
    r"^(?:This (?:article|story|piece|post|report) (?:was|is|has been) (?:originally |first )?"
    r"(?:published|republished|adapted|reproduced|syndicated)|(?:Originally|First) (?:published|appeared) (?:in|on|by|at))\b",
    re.I)


def editorial(text: str) -> str | None:
    """Notes about the page rather than the story: editor's notes, republication
    notices, DOI lines and separators with no words.

    >>> editorial("Editor’s note: This story has been updated."), editorial("DOI: 10.1000/x.1")
    ('editor-note', 'reference')
    >>> editorial("This article was originally published on The Exchange."), editorial("* * *")
    ('editor-note', 'separator')
    >>> editorial("The editor’s note was read out in court.") is None
    True
    """
    if not re.search(r"[^\W_]", text):
        return "separator"
    if re.match(r"^Editors?[’'`]?s?[’']? ?notes?\s*:", text, re.I) or _REPUBLISHED.search(text):
        return "editor-note"
    if re.match(r"^(?:DOI\s*:?\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,}/\S+$", text, re.I):
        return "reference"
    return None


_EMBED = re.compile(
    r"^(?:Skip|End of) (?!to\b)\w+(?: \w+)? (?:post|video|embed)s?\b|^Allow [\w ]{1,20} content\??$|"
    r"^View (?:this|more) (?:post|photo|video|reel|profile)s? on \w+|"
    r"^An? (?:post|photo|video|reel) shared by\b|\bpic\.twitter\.com/\w+|"
    r"^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},?\s+\d{4}$", re.I)
_DURATION = re.compile(
    r"^(?:(?:video )?duration:?\s*)?\d{1,2}(?::\d{2}){1,2}(?:\s*[-–|]\s*Source\s*:.{1,40})?$|"
    r"^(?:video )?duration:?\s*\d", re.I)


def embed(text: str) -> str | None:
    """Social-media embeds and video players: `Skip Twitter post`, `pic.twitter.com/…`,
    `— Name (@handle) March 3, 2024`, `View this post on Instagram`, `Duration 2:31`.

    >>> embed("End of Twitter post, 1"), embed("— Ann Lee (@annlee) March 3, 2024")
    ('embed', 'embed')
    >>> embed("02:14 - Source: NCN"), embed("Duration 2:31")
    ('video', 'video')
    >>> embed("He skipped the post-match interview.") is None
    True
    """
    if _EMBED.search(text):
        return "embed"
    if _DURATION.search(text):
        return "video"
    return None


_NAV = re.compile(r"\b(?:skip to|homepage|home page|back to home|menu|search|sign in|log in|subscribe)\b", re.I)
_HOME_LINK = re.compile(r"^(.+?)\s*(?:[-–|:]\s*)?(?:back to )?home(?:page| page)?$", re.I)


def navigation(text: str) -> str | None:
    """Site chrome: skip links, home links, search, sign-in.

    >>> navigation("The Meridian - Back to home"), navigation("Skip to main content")
    ('navigation', 'navigation')
    """
    return "navigation" if len(words(text)) <= 8 and _NAV.search(text) else None


LINE_RULES: tuple[Callable[[str], str | None], ...] = (
    credit, read_more, teaser, timestamp, prompt, interface, wire_footer, editorial, embed, navigation)


def line_reason(text: str) -> str | None:
    for rule in LINE_RULES:
        if reason := rule(text):
            return reason
    return None


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
_REFERENCES = re.compile(
    r"^(?:(?:journal|study|paper|full|original) )?(?:references?|citations?|sources?)\s*:?$|^further reading\s*:?$", re.I)


def promo_blocks(lines: list[Line]) -> None:
    """Unpunctuated lines grouped with a newsletter or social prompt belong to the promo.

    That includes the promo's own heading just above a newsletter sign-up line.
    """
    for i, line in enumerate(lines):
        if line.reason not in ("newsletter", "social"):
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


def home_link_name(text: str) -> str | None:
    """The outlet named by a home link.

    >>> home_link_name("The Meridian - Back to home"), home_link_name("NBS Homepage")
    ('The Meridian', 'NBS')
    """
    m = _HOME_LINK.match(text)
    return m.group(1).strip(" -–|:") if m and len(words(m.group(1))) <= 4 else None


def related_blocks(lines: list[Line]) -> None:
    """A `Related articles` / `Topics` heading and the list under it (same group)."""
    for i, line in enumerate(lines):
        reason = "tags" if _TAGS.match(line.text) else "related" if _RELATED.match(line.text) else \
            "reference" if _REFERENCES.match(line.text) else None
        if not reason:
            continue
        line.reason = reason
        for other in lines[i + 1:]:
            if other.group != line.group:
                break
            other.reason = other.reason or reason


# -------------------------------------------------------------- region rules

_PAPER_WORDS = set("""daily sunday weekly evening morning news times post herald mirror gazette
chronicle telegraph express journal tribune standard observer courier echo mail star record
independent guardian press sun wire newspaper sentinel ledger bulletin dispatch examiner
enquirer inquirer register monitor advertiser argus globe online""".split())


def masthead_name(text: str) -> str | None:
    """The outlet name if this first line looks like a masthead, nicely cased.

    >>> masthead_name("SPORTLINE"), masthead_name("BBC NEWS"), masthead_name("Skip to content")
    ('Sportline', 'BBC News', None)
    """
    toks = text.split()
    if not 1 <= len(toks) <= 4 or len(words(text)) > 4 or TERMINAL.search(text) or _NAV.search(text) or interface(text):
        return None
    if not all(t[0].isupper() or not t[0].isalpha() for t in toks + words(text)) or \
            not any(t[0].isalpha() for t in toks):
        return None
    if len(toks) == 4 and not _PAPER_WORDS & {t.lower() for t in toks}:
        return None
    return " ".join(t.capitalize() if t.isupper() and (len(t) > 3 or t in ("THE", "AND", "OF")) else t
                    for t in toks)


def find_masthead(lines: list[Line]) -> int | None:
    """The first line, or the first after skip links if it names a paper (`AP News`)."""
    for i, line in enumerate(lines[:3]):
        name = masthead_name(line.text)
        toks = name.split() if name else []
        if name and (i == 0 or len(toks) >= 2 and (toks[0] == "The" or _PAPER_WORDS & set(name.lower().split()))):
            return i
        if line.reason != "navigation":
            return None
    return None


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

    >>> byline_outlet("NBS News, Lincolnshire")
    'NBS News'
    """
    first = text.split(",")[0].strip()
    toks = first.split()
    if 1 <= len(toks) <= 4 and toks[-1].lower() in _PAPER_WORDS:
        return first
    return None


def normalise(raw: RawArticle) -> CleanArticle:
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

    title_at = next((i for i in range(start, len(lines)) if is_headline(lines[i].text, _alone(lines, i)) and (
        not lines[i].reason or lines[i].reason == "teaser" and _alone(lines, i))), None)
    if title_at is None:
        title_at = next((i for i in range(start, len(lines)) if not lines[i].reason), 0)
    for line in lines[:title_at]:
        line.reason = line.reason or "navigation"
    lines[title_at].reason, lines[title_at].role = None, "title"

    kept = [ln for ln in lines[title_at + 1:] if not ln.reason]
    last_body = max((i for i, ln in enumerate(kept) if is_sentence(ln.text)), default=-1)
    # a short closing sentence (`The repairs cost £340,000.`) still belongs to the story
    while last_body + 1 < len(kept) and _short_sentence(kept[last_body + 1].text):
        last_body += 1
    for line in kept[last_body + 1:]:
        line.reason = "footer"
    kept = kept[:last_body + 1]

    _assign_header_roles(lines, title_at)
    byline_lines = [ln.text for ln in lines if ln.role == "byline" and not ln.reason]
    if not publication:
        publication = next((o for t in byline_lines if (o := byline_outlet(t))), None)
    if not publication:
        publication = next((o for ln in lines[:title_at] if (o := home_link_name(ln.text))), None)
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


def _short_sentence(text: str) -> bool:
    """
    >>> _short_sentence("The repairs cost £340,000."), _short_sentence("Terms of Use")
    (True, False)
    """
    toks = words(text)
    return is_sentence(text, 3) and toks[0][0].isupper() and any(t.islower() for t in toks[1:])


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
