"""Line rules: each looks at one pasted line and names why it is never read aloud.

A rule returns a reason code (`credit`, `timestamp`, `newsletter` ...) or None.
Context and region rules, which look at a line's neighbours and position,
live in `narrator.normalise`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$""")
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
