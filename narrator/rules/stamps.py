"""Datelines, timestamps and read-time lines."""

from __future__ import annotations

import re

from narrator.lines import words

_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec")
_DAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
_TIME_WORDS = set((_MONTHS + " " + _DAYS + " am pm a.m. p.m. gmt bst est edt cst cdt pst pdt utc cet cest "
                   "et pt ct mt ist aest aedt hst akst cat eat wat sast "
                   "et pt published updated last first posted modified ago hour hours minute minutes "
                   "date min mins day days week weeks second seconds yesterday today on at just now "
                   "an a and h hr hrs m d w s").split())


# `5 min read`, `Reading time: 4 mins`, `Estimated reading time: about 5 minutes`, `Read time ~3 min`, `Reading Time: 3 mins read`
# and in other languages: `Tempo de leitura: 7 min`, `Tiempo de lectura: 5 minutos`, `Lesezeit: 3 Min.`, `4 min de lecture`
_READ_LABEL = r"read(?:ing)? time|time to read|tempo de leitura|tiempo de lectura|temps de lecture|tempo di lettura|lesezeit|leestijd|okuma süresi"
_MINUTES = r"(?:min(?:ute)?s?|minutos?|minuten|minuti|dk)"
_READ_TIME = re.compile(rf"\d+\s*(?:min(?:ute)?s?)\.?\s+(?:to )?read|\d+\s*{_MINUTES}\.? de (?:leitura|lectura|lecture)|"
                        rf"(?:estimated |approx(?:imate|\.)? )?\b(?:{_READ_LABEL})\s?:?\s*"
                        rf"(?:(?:about|around|approx(?:imately|\.)?|roughly|under|less than|~)\s*)?\d+\s*{_MINUTES}\b\.?(?:\s*read)?", re.I)
# a blog's category line under the headline: `in Regional`, `Posted in News, Politics`, `Filed in Business & Economy`
_CATEGORY = re.compile(r"(?:(?:(?:Posted|Filed|Published|Listed) )?in|(?:Filed under|Posted in|Categor(?:y|ies)|Section):?) "
                       r"(?-i:[A-Z])[\w’'-]*(?:(?:,| &| and|,? ?[|/›»])? (?-i:[A-Z])[\w’'-]*){0,5}")


_STAMP_PIECE = re.compile(r"^(?:published|updated|posted|released|last updated?)\s*:?\s*(?:on\s+)?(?:\d{1,2}[:.]\d{2}\b|"
                          r"(?:[^\W\d]+\.?,?\s+){0,2}\d{1,2}\.?\s+[^\W\d]+\.?\s+\d{4}$|"
                          r"(?:[^\W\d]+\.?,?\s+)?[^\W\d]+\.?\s+\d{1,2},?\s+\d{4}$)", re.I)


# a blog's post line: `Posted on 12 March 2024 by Hannah Reyes`
_POSTED_ON = re.compile(r"^(?:Posted|Published|Updated|Written)(?: on)? (?:[A-Z][a-z]+,? )?(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},?) "
                        r"\d{4}(?: at [\d:.]+ ?(?:[ap]\.?m\.?)?)? by [A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3}$|"
                        # `Posted by Tagus Courier newsroom on 18th March 2026 | 4 Comments`
                        r"^Posted by [A-Z][\w’'.-]+(?: [\w’'.-]+){0,4} on (?:[A-Z][a-z]+,? )?(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|"
                        r"[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?,?) \d{4}(?: at [\d:.]+ ?(?:[ap]\.?m\.?)?)?(?:\s*[|·•]\s*\d+ (?i:comments?))?$")


def timestamp(text: str) -> str | None:
    """Lines made only of dates, times and `Published`/`Updated` words, or a blog's
    `Posted on <date> by <name>` line.

    >>> timestamp("Posted on 12 March 2024 by Hannah Reyes"), timestamp("Posted on March 12, 2024 by Ann Lee")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Posted by Harbour Courier newsroom on 18th March 2026 | 4 Comments")
    'dateline-timestamp'

    >>> timestamp("Updated 2 hours ago"), timestamp("08:12, Tue, Mar 5, 2024 | UPDATED: 09:40")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Posted 2h ago2 hours ago, updated 38m ago"), timestamp("and last updated 7:15 PM, Apr 09, 2024")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Saturday 16 November 2024 17:21, UK"), timestamp("NATO")
    ('dateline-timestamp', None)
    >>> timestamp("Theresa May") is None, timestamp("Tirunagar | Updated: March 3, 2025 18:40 IST")
    (True, 'dateline-timestamp')
    >>> timestamp("Published Feb 11, 2026 • Last updated 3 hours ago • 4 minute read")
    'dateline-timestamp'
    >>> timestamp("Published - March 12, 2026 09:41 pm IST - CHENNAI"), timestamp("March 12 - the day the dam broke")
    ('dateline-timestamp', None)
    >>> timestamp("Reading time: 4 mins"), timestamp("5 min read"), timestamp("5 mins to read")
    ('dateline-timestamp', 'dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Reading Time: 3 mins read"), timestamp("Estimated reading time: 6 minutes")
    ('dateline-timestamp', 'dateline-timestamp')

    A blog's category line beside the date (lower-case `in`, or `Posted in`): a story's
    sentence or crosshead starts with a capital and says more.

    >>> timestamp("in Regional"), timestamp("Posted in News, Politics"), timestamp("in Business & Economy")
    ('dateline-timestamp', 'dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Filed under: Local News"), timestamp("Categories: Business, Mining"), timestamp("Filed under the old rules")
    ('dateline-timestamp', 'dateline-timestamp', None)
    >>> timestamp("In Regional towns, rents rose.") is None, timestamp("In Brief") is None, timestamp("in the end") is None
    (True, True, True)
    >>> timestamp("5 minutes to read the report") is None
    True
    >>> timestamp("Harbour Sentinel / 05:40 AM September 11, 2025"), timestamp("Foillsichte / Published 06:52 BST, Diciadain")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Published 06:52 BST, the report said rents rose") is None
    True
    >>> timestamp("Posted: 09:41 | Last update: 14:07"), timestamp("Released on March 12, 2024")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Released on bail, March 12, 2024, he fled.") is None
    True
    >>> timestamp("Foilsithe | Published: Dé Máirt, 11 Márta 2025 – 14:26"), timestamp("Date published: 24 February 2025")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Published: the council's report on 11 March 2025") is None
    True
    >>> timestamp("From 1h ago"), timestamp("From Monday")
    ('dateline-timestamp', None)
    >>> timestamp("9th Jun 2025 | Updated: 10th Jun 2025 9:14am"), timestamp("The 9th Jun meeting")
    ('dateline-timestamp', None)
    >>> timestamp("Updated Tue, March 4, 2025 at 6:12 PM EST·4 min read"), timestamp("Tue·4 new homes")
    ('dateline-timestamp', None)
    >>> timestamp("Published June 3, 2025  Updated about 7 hours ago"), timestamp("Posted a few minutes ago")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Last updated over two weeks ago"), timestamp("About two weeks ago"), timestamp("Two weeks ago, about 40 people met")
    ('dateline-timestamp', 'dateline-timestamp', None)
    >>> timestamp("Published 3 June 2025 Updated about 7 hours ago"), timestamp("Posted 12 May 2025 · updated less than a minute ago")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Updated around an hour ago"), timestamp("About 7 hours ago the dam broke") is None
    ('dateline-timestamp', True)
    >>> timestamp("Estimated reading time: about 5 minutes"), timestamp("Reading time: approx. 4 min"), timestamp("Read time ~3 min")
    ('dateline-timestamp', 'dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Time to read: 4 minutes"), timestamp("Time to read: about 4 minutes of the report, she said.") is None
    ('dateline-timestamp', True)
    >>> timestamp("Reading time: about 5 minutes a day can help children learn.") is None
    True
    >>> timestamp("Jakarta ● Thu, March 6, 2025"), timestamp("Accra ▪ 14 May 2025 ▪ 09:12 GMT")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("• Published October 14, 2025 • Updated on October 14, 2025 at 6:41 pm")
    'dateline-timestamp'
    >>> timestamp("Tiempo de lectura: 5 minutos"), timestamp("Lesezeit: 3 Min."), timestamp("4 min de lecture")
    ('dateline-timestamp', 'dateline-timestamp', 'dateline-timestamp')

    A date in another language (its month names count only beside a figure: `Julio`, `Mayo` alone are names):

    >>> timestamp("3 de marzo de 2025 · 18:40 CET"), timestamp("Publié le 12 juin 2025 à 09h14"), timestamp("Julio") is None
    ('dateline-timestamp', 'dateline-timestamp', True)
    >>> timestamp("12 de junho de 2025, 9:20"), timestamp("12 de junho de 2025, a prefeitura anunciou") is None
    ('dateline-timestamp', True)

    """
    if _POSTED_ON.match(text):
        return "dateline-timestamp"
    text = re.sub(r"^[|·•●◆▪■∙⋅]\s*", "", text)  # a bullet opening the line: `• Published ... • Updated ...`
    pieces = [p.strip() for p in re.split(r"\s[|·•●◆▪■∙⋅–—/-]\s|\s?[·•●◆▪■∙⋅]\s?", text)]  # a dot may be set without spaces
    # `Published 06:52 BST, <a date in another language>`, `Published: <weekday>, 11 <month> 2025` in any language
    pieces = ["0" if _STAMP_PIECE.match(p) else p for p in pieces]
    if pieces == ["0"] and re.search(r"\b\d{4}$", text):
        return "dateline-timestamp"  # `Released on March 12, 2024`
    if len(pieces) > 1 and any(_time_only(p) for p in pieces):
        # a dateline beside the time: `Tirunagar | Updated: March 3, 2025 18:40 IST`; a reading time beside it
        return "dateline-timestamp" if all(_time_only(p) or _place(p) or _READ_TIME.fullmatch(p)
                                           for p in pieces) else None
    if _CATEGORY.fullmatch(text):
        return "dateline-timestamp"  # the post's meta line beside its date: `in Regional`
    return "dateline-timestamp" if _time_only(text) or _READ_TIME.fullmatch(text) else None


def _place(text: str) -> bool:
    """One to three capitalised words and nothing else: a dateline's place name. A byline beside
    the date (`By Ann Lee | April 4, 2024`) is read.

    >>> _place("Tirunagar"), _place("By Ann Lee"), _place("▶ VIDEO")
    (True, False, False)
    """
    toks = words(text)
    return 1 <= len(toks) <= 3 and all(t[0].isupper() for t in toks) and not re.search(r"[.!?:]", text) and \
        toks[0] != "By" and not re.search(r"[▶►⏵]|\b(?i:video|audio|watch|listen|podcast|play)\b", text)


def _time_only(text: str) -> bool:
    text = re.sub(r"(?<=[A-Za-z])(?=[A-Z][a-z])", " ", text)  # pasted `GMTUpdated`
    ago = bool(re.search(r"\bago\b", text, re.I))
    if ago:
        text = re.sub(r"^(?:from|since)\s+", "", text, flags=re.I)  # a live page's `From 1h ago`
    if re.search(r"\d", text):  # a zone or country code after a date: `17:21, UK`, `10am AEST`
        text = re.sub(r"\b[A-Z]{2,4}\b", " ", text)
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text, flags=re.I)  # an ordinal day: `9th Jun 2025`
    tokens = re.findall(r"[^\W\d_](?:[^\W\d_]|\.)*|\d+", text.lower())
    figure = any(tok.isdigit() for tok in tokens)
    return bool(tokens) and all(tok.isdigit() or tok.strip(".") in _TIME_WORDS or tok in _TIME_WORDS or
                                ago and tok in _ROUGHLY or figure and tok.strip(".") in _FOREIGN_TIME for tok in tokens)


# month and day names, and the words around a date, in languages an English page still prints its date in
_FOREIGN_TIME = set("""janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
enero febrero marzo mayo junio septiembre setiembre octubre noviembre diciembre
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
januar februar märz juni juli oktober dezember gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
segunda terça quarta quinta sexta feira sábado domingo lunes martes miércoles jueves viernes
lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
de del às à le el um uhr h hs publicado publicada atualizado actualizado publié mis jour veröffentlicht aktualisiert""".split())


# a rough age before `ago`: `about 7 hours ago`, `a few minutes ago`, `over two weeks ago`, `less than a minute ago`
_ROUGHLY = set("about around roughly nearly almost over under less more than few couple of one two three four five six seven "
               "eight nine ten eleven twelve".split())
