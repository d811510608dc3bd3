"""Split clean paragraphs into narration and quoted speech, and name the speakers.

Speech is delimited by double quotation marks (curly or straight), or by single
marks in an article whose house style opens speech with them; the other kind
are then nested quotes, and single-quoted headline words are narration. A
quoted stretch is *speech* when it opens a sentence, follows a colon or
`said,`, or ends in punctuation followed by an attribution (`,” she said`);
otherwise it is an embedded fragment read by the narrator. Who is who lives in
`narrator.people`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from narrator.models import CleanArticle, Script, Segment
from narrator.people import (CARRY_VERBS, FUNCTION, ORG_WORDS, PEOPLE_NOUNS, PRONOUNS, ROLE_GENDER, TITLES, VERB, VERBS, People, cap_runs,
                             is_person_run, learn_people, name_tokens, person_name, sentence_starts, words)

__all__ = ["build_script", "find_single_spans", "find_spans", "resolve_phrase", "speaker_genders"]

# ------------------------------------------------------------------ spans

@dataclass
class Span:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark, or the paragraph end
    closed: bool
    speech: bool = False
    ref: tuple[str, str] | None = None  # ("name"|"role"|"pronoun", value)
    verb: str = ""
    speaker: str | None = None
    bare: bool = False  # a statement printed without marks: the span is the whole paragraph


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-‘'/") and not after.isspace()


def find_spans(text: str) -> list[Span]:
    """Double-quoted stretches; an unclosed one runs to the paragraph end.

    >>> [(s.start, s.end, s.closed) for s in find_spans('He said "yes" and “no')]
    [(8, 13, True), (18, 21, False)]
    """
    spans: list[Span] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch not in "“”\"":
            continue
        opening = ch == "“" or _opens(text, i)
        if open_at is None:
            if opening:
                open_at = i
        elif ch == "“" or (ch == '"' and opening and text[i - 1].isspace()):
            spans.append(Span(open_at, i, False))  # the previous quote never closed
            open_at = i
        else:
            spans.append(Span(open_at, i + 1, True))
            open_at = None
    if open_at is not None:
        spans.append(Span(open_at, len(text), False))
    return spans


def _closes_single(text: str, i: int) -> bool:
    """A ’ that ends a quote rather than an apostrophe (`it’s`, `drivers’ union`)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum() and (before in ",.!?…" or after != " ")


def find_single_spans(text: str) -> list[Span]:
    """‘Single-quoted’ stretches, for articles that quote speech that way.

    >>> [(s.start, s.end) for s in find_single_spans("‘The drivers’ union is angry,’ he said.")]
    [(0, 30)]
    """
    spans: list[Span] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "‘" and _opens(text, i):
            if open_at is not None:
                spans.append(Span(open_at, i, False))
            open_at = i
        elif ch == "’" and open_at is not None and _closes_single(text, i):
            spans.append(Span(open_at, i + 1, True))
            open_at = None
    if open_at is not None:
        spans.append(Span(open_at, len(text), False))
    return spans


def curl_singles(text: str) -> str:
    """Straight single marks as the curly ones they stand for, one character for one, so that
    spans found in the result fit the original text: `'` opening a word is `‘`, one inside a
    word (`didn't`) stays, any other is `’` (a closing mark or a plural's apostrophe).

    >>> curl_singles("'I didn't know,' she said of the nurses' care.")
    "‘I didn't know,’ she said of the nurses’ care."
    """
    out = list(text)
    for i, ch in enumerate(text):
        if ch != "'":
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue
        out[i] = "‘" if (before.isspace() or before in "([—–-“\"") and not after.isspace() else "’"
    return "".join(out)


def find_straight_single_spans(text: str) -> list[Span]:
    """Speech in straight single marks, as some tabloids paste (`'I'm sorry,' she said.`).

    >>> [(s.start, s.end) for s in find_straight_single_spans("'I'm not good at this,' she began.")]
    [(0, 23)]
    """
    return find_single_spans(curl_singles(text))


def speech_openers(texts: list[str], marks: str) -> int:
    """How many quotes opened by one of `marks` start a paragraph, a sentence or
    follow a colon: the places where speech, not a nested quote, begins.

    >>> speech_openers(["‘We won,’ she said.", "He said: ‘It was “mad”.’"], "‘"), speech_openers(["x"], "“")
    (2, 0)
    """
    pattern = re.compile(rf"(?:^|[.!?:]['’”\")]*\s+)[{re.escape(marks)}](?=\S)")
    return sum(len(pattern.findall(t)) for t in texts)


def inner(text: str, span: Span) -> str:
    return text[span.start + (0 if span.bare else 1): span.end - 1 if span.closed else span.end].strip()


# ---------------------------------------------------------- attribution

_PREPOSITIONS = {"for", "of", "at", "from", "in", "on", "with", "to", "by"}

def clause_before(text: str, start: int, lo: int) -> str:
    """The sentence piece between the last sentence start (or `lo`) and `start`."""
    begin = max([s for s in sentence_starts(text) if s <= start] + [lo])
    return text[max(begin, lo):start]


def clause_after(text: str, end: int, hi: int) -> str:
    piece = text[end:hi]
    starts = [s for s in sentence_starts(piece) if s > 0]
    return piece[:starts[0]] if starts else piece


# `Ransome later told`, `Kerr then said`: an adverb after the subject is not part of it
# nouns ending in -ly are no adverbs: `the cyclist's family said`
_ADVERB = re.compile(r"(?!(?:family|ally|rally|assembly|supply|daily|belly|bully|anomaly|monopoly|reply|butterfly)\b)[a-z]+ly|later|earlier|then|also|already|again|now|once|still|too|afterwards|yesterday|today|tonight|"
                     r"separately|herself|himself|themselves|itself")  # lower case: `Kelly` is a name
_ADVERBS_AFTER = re.compile(rf"(?:\s+(?:{_ADVERB.pattern}))+\s*$")
# when, between the subject and its verb: `Ann Lee last month said`, `the mayor on Monday told`
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|night|spring|summer|autumn|fall|winter)"
_WHEN_AFTER = re.compile(rf"\s+(?:(?:last|this|earlier this|late last|early last) {_DAY}|on {_DAY}(?: (?:morning|afternoon|evening|night))?|"
                         rf"in (?:January|February|March|April|May|June|July|August|September|October|November|December))\s*$")
_HANDLE = re.compile(r"\b(?:handle|user ?name|screen ?name|nickname|alias|account)\s+[“\"‘']?(@?[\w.-]{2,30})[”\"’']?\s*$", re.I)


# an unnamed speaker's own name as the story gives it: `who gave her name only as Ama`, `identified only as Kojo`
_GAVE_NAME = re.compile(r"\b(?:gave|giving|gives|give) (?:only )?(?:her|his|their) (?:first |full )?names? "
                        r"(?:only )?as|\b(?:identified|known|named|referred to)(?: (?:in|by) (?:the |a |an |its |their |her |his )?"
                        r"[a-z-]+(?: [a-z-]+)?)? (?:only |simply )?as|\b(?:asked|wished|wanted) to be "
                        r"(?:identified|named|called|known) (?:only |just )?(?:as|by (?:her|his|their) first name,?)|"
                        r"\bwho (?:goes|went) by")
_GAVE_NAME = re.compile(rf"(?:{_GAVE_NAME.pattern}) [“\"‘']?((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+ ){{0,2}}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)")


def resolve_phrase(phrase: str, aliases: dict[str, str], from_start: bool = False) -> tuple[str, str] | None:
    """What a subject phrase names: ("name", x), ("pronoun", gender) or ("role", word).

    >>> resolve_phrase("council spokeswoman Erin Matsuda", {})
    ('name', 'Erin Matsuda')
    >>> resolve_phrase("A spokesperson for the board", {})
    ('role', 'spokesperson')
    >>> resolve_phrase("Sen. Marjorie Kell", {}, from_start=True)
    ('name', 'Marjorie Kell')
    >>> resolve_phrase("A source close to the star", {"the star": "Ann Lee"})
    ('role', 'source')
    >>> resolve_phrase("Emily Kelly", {})
    ('name', 'Emily Kelly')
    >>> resolve_phrase("Prime Minister Ann Lee last month", {}), resolve_phrase("the mayor on Monday", {"the mayor": "Jo Bell"})
    (('name', 'Ann Lee'), ('name', 'Jo Bell'))
    >>> resolve_phrase("Ransome later", {}), resolve_phrase("one user with the handle “radiator_rick”", {})
    (('name', 'Ransome'), ('name', 'radiator_rick'))
    >>> resolve_phrase("A sign taped to the door", {}), resolve_phrase("the vice-chancellor", {"the vice-chancellor": "Ann Lee"})
    (('role', 'sign'), ('name', 'Ann Lee'))
    >>> resolve_phrase("Sen. Ann Lee (D-Wash.)", {}), resolve_phrase("the cyclist's family", {})
    (('name', 'Ann Lee'), ('role', 'family'))
    >>> resolve_phrase("MetroLink chief executive Lim Boon Keat", {}, from_start=True)
    ('name', 'Lim Boon Keat')
    >>> resolve_phrase("Tri-Valley Water spokesperson Ada Kerr", {}, from_start=True)
    ('name', 'Ada Kerr')
    >>> resolve_phrase("Ann Lee of Harbour Water", {}, from_start=True)
    ('name', 'Ann Lee')
    >>> resolve_phrase("A spokesperson for bus operator Clydelink", {}), resolve_phrase("the head of the union Ann Lee", {})
    (('role', 'spokesperson'), ('name', 'Ann Lee'))
    >>> resolve_phrase("Board of Supervisors Chair Denise Haskins", {})
    ('name', 'Denise Haskins')
    >>> resolve_phrase("one resident waiting for news of a sailing", {})
    ('role', 'resident')
    >>> resolve_phrase("the Leeds-based stylist Ann Lee", {}, from_start=True)  # a compound counts as one word
    ('name', 'Ann Lee')
    >>> resolve_phrase("the Oslo-born designer Jo Bell", {}, from_start=True)
    ('name', 'Jo Bell')
    >>> resolve_phrase("A woman who sells fish by the quay, and who gave her name only as Ama Owusu,", {})
    ('name', 'Ama Owusu')
    >>> resolve_phrase("A driver who asked to be identified only as Kojo", {}), resolve_phrase("a nurse known only as Sister Bell", {})
    (('name', 'Kojo'), ('name', 'Sister Bell'))
    >>> resolve_phrase("A carer from Leeds, identified in the report only as Ama", {})
    ('name', 'Ama')
    >>> resolve_phrase("A porter, identified in the survey only as Dev,", {}), resolve_phrase("a tenant referred to in the ruling as Mrs Dowd", {})
    (('name', 'Dev'), ('name', 'Mrs Dowd'))
    >>> resolve_phrase("the Minister", {"the minister": "Ann Lee"}, from_start=True)
    ('name', 'Ann Lee')
    >>> resolve_phrase("At a ward meeting last month, one resident stood up and", {})
    ('role', 'resident')
    >>> resolve_phrase("Ann Lee, 34, opened up about her marriage with Tom Bell and", {})
    ('name', 'Ann Lee')
    >>> resolve_phrase("Ann Lee opened up about her marriage with Tom Bell and", {})  # `... and said`: the clause's subject
    ('name', 'Ann Lee')
    >>> resolve_phrase("A woman who sells fish by the quay", {})
    ('role', 'woman')

    One of a group is one of its members:

    >>> resolve_phrase("one of the sources", {}, from_start=True), resolve_phrase("One of the nurses on the ward", {})
    (('role', 'source'), ('role', 'nurse'))
    >>> resolve_phrase("another of the local residents", {}, from_start=True), resolve_phrase("one of the Barlow twins", {})
    (('role', 'resident'), ('role', 'twin'))
    >>> resolve_phrase("As one of our night porters", {}, from_start=True), resolve_phrase("When one of my neighbours", {})
    (('role', 'porter'), ('role', 'neighbour'))
    >>> resolve_phrase("but did not", {}) is None, resolve_phrase("said Dana Hill", {})
    (True, ('name', 'Dana Hill'))
    """
    if handle := _HANDLE.search(phrase):
        return ("name", handle.group(1))  # `one user with the handle “radiator_rick”`
    if given := _GAVE_NAME.search(phrase):
        return ("name", given.group(1))  # `a woman ... who gave her name only as Ama Owusu`: the name she gave
    if (part := _PART_OF.match(phrase)) and (ref := resolve_phrase(part.group(1), aliases, from_start)) and ref[0] == "role":
        return ("role", singular(ref[1]))  # `one of the sources`: a source
    if not from_start and re.search(r"\w[,;]? (?:and|but)$", phrase.strip()) and _CLAUSE_VERB.search(phrase):
        # `Ann Lee opened up about her marriage with Tom and [said]`: the verb shares the clause's subject, at its start
        clause = re.sub(r"[,;]? (?:and|but)$", "", phrase.strip())
        last = clause.split(", ")[-1]  # after an opener (`At the meeting, one resident stood up`): the clause's own subject
        verb = _CLAUSE_VERB.search(last)
        if verb and words(last[:verb.start()]):
            subject = _DETERMINER.sub(lambda m: m.group(0).lower(), last[:verb.start()])  # `One resident`: no name `One`
            if ref := resolve_phrase(subject, aliases):
                return ref
        elif verb and ", " in clause and (ref := resolve_phrase(clause.split(", ")[0], aliases, from_start=True)):
            return ref  # `Ann Lee, 34, opened up about ... and`: the subject before its apposition
        return resolve_phrase(clause, aliases, from_start=True)
    phrase = re.sub(r"\s*\([^()]{1,30}\)", "", phrase)  # `Sen. Ann Lee (D-Wash.)`, `Ann Lee (34)`
    phrase = _ADVERBS_AFTER.sub("", _WHEN_AFTER.sub("", phrase)) if not from_start else phrase
    toks = words(phrase)
    if not toks:
        return None
    lowered = [t.lower() for t in toks]
    pron = lowered[0] if from_start else lowered[-1]
    if pron in PRONOUNS and (len(toks) == 1 or pron in ("he", "she")):
        return ("pronoun", PRONOUNS[pron])
    runs = cap_runs(phrase)
    if runs:
        at, run = runs[0] if from_start else runs[-1]
        if from_start and len(runs) >= 2:  # `said MetroLink chief executive Lim Boon Keat`: the firm, its role, the person
            at2, run2 = runs[1]
            between = words(phrase[at + len(" ".join(run)):at2])  # (a hyphenated firm, `Tri-Valley Water`, is one run)
            if 1 <= len(between) <= 4 and all(w.islower() and w not in FUNCTION for w in between) and len(run2) >= 2 and \
                    phrase.rstrip(" ,.").endswith(run2[-1]) and person_name(run2):
                at, run = at2, run2
        at_edge = (len(phrase[:at].split()) <= 3 and "," not in phrase[:at]) if from_start else phrase.rstrip(" ,.")[-1:].isalpha() and \
            phrase.rstrip(" ,.").endswith(run[-1])
        before = [w.lower() for w in words(phrase[:at])]
        if at_edge and before[-1:] and before[-1] in _PREPOSITIONS and \
                not any(t.lower().strip(".") in TITLES for t in run[:-2]):  # `Board of Supervisors Chair Ann Lee`
            at_edge = False  # `a spokesperson for Transport`: an organisation or place, not a person
        if at_edge and before[-1:] in (["and"], ["&"]) and before[:1] in (["a"], ["an"], ["the"]) and \
                any(w in _PREPOSITIONS for w in before[1:]):
            at_edge = False  # `a spokesperson for the Department for Culture, Arts and Leisure`: the last of a name's parts
        if at_edge and len(run) == 1 and before[:1] in (["a"], ["an"], ["the"]) and "," not in phrase[:at] and \
                any(w in _PREPOSITIONS for w in before[1:]):
            at_edge = False  # `a spokesperson for bus operator Clydelink`: one word inside the head's modifier
        if at_edge:
            key = " ".join(run).lower()
            if len(run) == 1 and before == ["the"] and f"the {key}" in aliases:
                return ("name", aliases[f"the {key}"])  # `the Minister`, capitalised, once the article has named one
            if len(run) == 1 and before[:1] in (["the"], ["a"], ["an"]) and key not in aliases:
                return ("role", run[0])  # `the island's GP`: a title, not a name
            if name := person_name(run) or _place_surname(run):
                return ("name", name)
            if key in aliases:
                return ("name", aliases[key])
    # the head noun comes before its modifiers: `a source [close to the star]`, `a spokesman [for the club]`
    head = re.split(r"\b(?:for|of|at|from|with|in|on|who|which|close|near|to|familiar|inside|linked|across|outside|"
                    r"above|below|under|beside|behind|over|along|around)\b", phrase)[0]
    head_words = re.findall(r"[\w’'-]+", head)  # `the vice-chancellor` is one word
    if (named := _titled_before_of(head, phrase)) is not None:
        return ("name", named)  # `transport researcher Ann Lee of Leeds University`: the person, then where they work
    if len(head_words) >= 2 and re.fullmatch(r"[a-z]+ed|[a-z]{4,}ing", head_words[-1]) and head_words[-2].islower():
        head_words.pop()  # `a sign [taped] to the door`, `one resident [waiting] for news`: a participle after its noun
    for cand in (head_words[-1:] + toks[-1:]):
        if cand.islower() and cand not in FUNCTION and cand not in _AUXILIARIES and len(cand) > 2 and not _ADVERB.fullmatch(cand):
            if re.search(rf"\bthe\s+(?:[\w’'-]+\s+){{0,2}}{re.escape(cand)}\b", head, re.I) and f"the {cand}" in aliases:
                return ("name", aliases[f"the {cand}"])  # `the minister`, once the article has named one
            return ("role", cand)
    return None


_DETERMINER = re.compile(r"^(?:One|A|An|The|Another|Some|Two|Three|Several|Many|Most|Other)\b")
# a finite verb of its own before the `and` that joins it to the speech verb (`opened up about ... and said`)
_CLAUSE_VERB = re.compile(r"\b[a-z]{3,}ed\b|\b(?:went|spoke|told|wrote|gave|took|made|came|sat|stood|met|began|left|kept|"
                          r"brought|thought|felt|saw|heard|got)\b")


# one of a group: `one of the sources`, `another of the residents`, `one of his neighbours`
# (after the conjunction that opens the clause: `As one of our drivers said to me: ...`, `When one of the nurses told me`)
_PART_OF = re.compile(r"^\s*(?:(?:as|when|while|after|before|and|but|so)\s+)?(?:one|another|each|either|neither)\s+of\s+"
                      r"(?:the|his|her|their|its|our|those|these|my)\s+(.+)$", re.I)


def singular(noun: str) -> str:
    """A plural role word made singular: `sources` -> `source`, `witnesses` -> `witness`, `deputies` -> `deputy`.

    >>> singular("sources"), singular("witnesses"), singular("deputies"), singular("boss"), singular("police")
    ('source', 'witness', 'deputy', 'boss', 'police')
    >>> singular("women"), singular("firemen"), singular("townspeople")
    ('woman', 'fireman', 'townsperson')
    """
    if noun.endswith(("men", "people", "children")):
        return re.sub(r"men$", "man", re.sub(r"people$", "person", re.sub(r"children$", "child", noun)))
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x)es$", noun):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3 else noun


# no one is called `not`: `..., but did not say whether ...` has no subject of its own
_AUXILIARIES = {"not", "did", "does", "do", "didn't", "doesn't", "would", "could", "should", "will", "can", "may", "might",
                "must", "had", "has", "have", "was", "were", "also", "never"}
# place words that are also common surnames: next to a speech verb, `said Dana Hill` names a person
_SURNAME_PLACES = {"hill", "park", "lane", "house", "church", "hall", "bank", "rivers", "north", "west", "south", "east"}


def _place_surname(run: list[str]) -> str:
    """`Dana Hill`, `Lena Park`: a given name (no place word) and a surname that is also a place word.

    >>> _place_surname(["Dana", "Hill"]), _place_surname(["Tower", "Hill"]), _place_surname(["Harbour", "Council"])
    ('Dana Hill', 'Tower Hill', '')
    """
    names = name_tokens(run)
    if 2 <= len(names) <= 3 and is_person_run(names[:-1]) and names[-1].lower() in _SURNAME_PLACES:
        return " ".join(names)
    return ""


def _titled_before_of(head: str, phrase: str) -> str | None:
    """A full name right after its role word, closing the part before a preposition:
    `researcher Ann Lee [of Leeds University]`, `spokeswoman Jo Bell [at the council]`.

    >>> _titled_before_of("transport researcher Ann Lee ", "transport researcher Ann Lee of Leeds University")
    'Ann Lee'
    >>> _titled_before_of("analyst Jo Bell ", "analyst Jo Bell from Barlow Securities")
    'Jo Bell'
    >>> _titled_before_of("Thames Water ", "Thames Water in London") is None  # no role word: an organisation
    True
    """
    if head == phrase:
        return None
    runs = cap_runs(head)
    if not runs:
        return None
    at, run = runs[-1]
    before = words(head[:at])
    if len(run) < 2 or not head.rstrip(" ,.").endswith(run[-1]) or not before or not before[-1].islower() or \
            before[-1] in FUNCTION or before[-1] in _PREPOSITIONS:
        return None
    return person_name(run) or None


# `said the counter served as a kind of town square`: a clause of its own after the verb, not a speaker
_REPORTED = re.compile(r"^\s*(?:the|a|an|this|that|his|her|their|its|our)\s+(?:[\w’'-]+\s+){1,3}"
                       r"(?:[a-z]+ed|was|were|had|has|is|are|would|could|will|should|might|must|did|does|can|may|made|"
                       r"ran|gave|took|came|went|kept|left|felt|meant|seemed)\b")


# `Lee quoted Chou as saying`, `the agency cited the minister as telling reporters`: the second is the speaker
_QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+((?:[^\s,;:]+\s+){0,5}?[^\s,;:]+)\s+as\s+"
                        r"(?:saying|telling|writing|stating|adding|having said)\b")
_DOCUMENT = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(statement|letter|email|message|note|notice|"
                       r"release|memo|post|sign|report|filing|announcement|leaflet|circular|tweet)\b", re.I)
_DOC_READS = re.compile(r"^[\s,]*(?:the|a|an|its|their|his|her)\s+(statement|letter|email|message|note|notice|release|"
                        r"memo|post|sign)\s+(?:reads|read)\b", re.I)


_ASKER = re.compile(r"\b(?:when|as|after|before|once|because|since)\s+(?:I|we)\s+(?:[a-z]+ly\s+)?$")
# an unnamed speaker with what sets them apart, after the quote: `one sales agent involved in the talks said`
_ONE_ROLE = re.compile(r"^\s*(?:one|another|a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*\s+(?:involved|close|familiar|"
                       r"working|based|who|at|from|with|in|on)\b")
_COORDINATED = re.compile(r"\b(?:but|and|yet)\s+(?:also\s+|[a-z]+ly\s+)?$")
_PASSIVE = re.compile(r"(?:\b(?:was|were|been|being|is|are)|,\s*also)\s+$", re.I)
_LOOKBACK = 40  # both look at the words just before the verb; scanning the whole clause is quadratic on long paragraphs
_SAY_NOUN = re.compile(r"\b(?:no|a|any|the|final|more|little|greater|real|their|its|our|his|her)\s+$", re.I)


def attribution(clause: str, aliases: dict[str, str], after: bool) -> tuple[tuple[str, str] | None, str]:
    """Find `X said` / `said X` / `according to X` in a clause; return (ref, verb).

    `say` as a noun (`had no say in where the water went`) is no speech verb:

    >>> attribution("Councillor Ann Lee, who sits on the Ross, Dee and Don ward, said", {}, after=False)
    (('name', 'Ann Lee'), 'said')
    >>> attribution("County councillor Ann Lee (Plaid Cymru, Aberhenwy), who backed the transfer, said", {}, after=False)
    (('name', 'Ann Lee'), 'said')
    >>> attribution("In a letter to Tom Bell, who chairs the board, the minister said", {}, after=False)[0]
    ('role', 'minister')
    >>> attribution("a tanker driver, who did not want to be named, said drivers had no say in it.", {}, after=False)
    (('role', 'driver'), 'said')
    >>> attribution("She added that the state's plan, also announced on Monday, was likely to have", {}, after=False)
    (('pronoun', 'female'), 'added')

    A relative pronoun stands for the one named before its comma:

    >>> attribution("The no votes included Sen. Jo Bell, R-Kingman, who said the bill", {}, after=False)[0]
    ('name', 'Jo Bell')
    >>> attribution("One resident of Villa Nueva Alta, who asked not to be named, described it as", {}, after=False)
    (('role', 'resident'), 'asked')
    >>> attribution("Two villagers from Ashby Parva, who run the shop, said", {}, after=False)[0]
    ('role', 'villagers')
    >>> attribution("Speaking outside the council, Inspector Jo Bell of Harbour Police said: ", {}, after=False)
    (('name', 'Jo Bell'), 'said')
    >>> attribution("Speaking after the hearing at the court, Sergeant Tom Kerr of Wessex Police told reporters", {}, after=False)[0]
    ('name', 'Tom Kerr')
    >>> attribution("At the inquest, the daughter of one passenger, a retired teacher, said she had waited", {}, after=False)
    (('role', 'daughter'), 'said')
    >>> attribution("In a statement to the Courier, a spokesperson for the Grid Council, an industry group, said", {}, after=False)[0]
    ('role', 'spokesperson')
    >>> attribution("In a statement, the head of the union, a former nurse, said", {}, after=False)[0]
    ('role', 'nurse')
    >>> attribution("Asked about it, a spokesperson for the Department for Culture, Arts and Leisure said: ", {}, after=False)[0]
    ('role', 'spokesperson')
    >>> attribution("The minister thanked Ann Lee, Jo Bell and Tom Kerr said", {}, after=False)[0]
    ('name', 'Tom Kerr')
    >>> attribution("The lone no vote came from Jo Bell, who said he could not support it", {}, after=False)
    (('name', 'Jo Bell'), 'said')
    >>> attribution("Staff learned of it from a memo sent to the wards on Friday, which said", {}, after=False)
    (('role', 'memo'), 'said')
    >>> attribution("The board published a report in May, which warned", {}, after=False)[0]
    ('role', 'report')

    `which` stands for the document named before its comma, and is never a speaker itself:

    >>> attribution("Riders learned of it from a notice posted at the depot on Friday, which said", {}, after=False)
    (('role', 'notice'), 'said')
    >>> attribution("The route closed in May, which said a lot about the council", {}, after=False)
    (None, 'said')

    An opening phrase naming someone else comes before the subject:

    >>> attribution("In a letter read out by Ann Lee, her deputy, the bishop urged", {}, after=False)
    (('role', 'bishop'), 'urged')
    >>> attribution("Speaking at the launch with Jo Bell, of the trust, the minister stressed", {}, after=False)
    (('role', 'minister'), 'stressed')

    A second verb joined to the first shares its subject:

    >>> attribution("Cllr Ann Lee said the bridge was safe but cautioned that repairs would take years", {}, after=False)
    (('name', 'Ann Lee'), 'said')
    >>> attribution("The mayor told residents the water was clean and urged them to boil it anyway", {}, after=False)
    (('role', 'mayor'), 'told')

    The name opens the subject, before the person's age and role:

    A relative named by a first name after the family's name takes it:

    >>> attribution("Mr Bell’s wife, Morag, said outside court", {}, after=False)[0]
    ('name', 'Morag Bell')

    >>> attribution("Keith Rowe, 58, a delivery driver from Hull, said he had paid for repairs", {}, after=False)
    (('name', 'Keith Rowe'), 'said')
    >>> attribution("Ann Lee, head of Oak Primary School, which ran the pilot, said:", {}, after=False)
    (('name', 'Ann Lee'), 'said')

    A name with its role and where the person works after the quote:

    >>> attribution(" housing economist Ann Lee of the University of Kent said.", {}, after=True)
    (('name', 'Ann Lee'), 'said')
    >>> attribution(" senior analyst Jo Bell at Barlow Securities told the Courier.", {}, after=True)
    (('name', 'Jo Bell'), 'told')
    >>> attribution(" the one thing the new owners of the old mill building on Quay Street said.", {}, after=True)
    (None, '')
    >>> attribution(" one shipping broker involved in the talks said, asking not to be named.", {}, after=True)
    (('role', 'broker'), 'said')

    The writer asking, in a clause of its own after the speaker's verb, is not who speaks:

    >>> attribution("As one of our drivers said to me when I asked whether the change had worked:", {}, after=False)
    (('role', 'driver'), 'said')
    >>> attribution("The head teacher told us, after we asked about the fence,", {}, after=False)
    (('role', 'teacher'), 'told')

    An unnamed speaker who gave the reporter a name:

    >>> attribution("A woman who sells fish on the quay, and who gave her name only as Ama Owusu, said she was afraid", {}, after=False)
    (('name', 'Ama Owusu'), 'said')
    >>> attribution(" said a driver who would only give his first name as Kojo.", {}, after=True)
    (('name', 'Kojo'), 'said')

    Someone relaying another's words (`X quoted Y as saying`, `X cited Y as telling`): Y is the speaker.

    >>> attribution(" the spokesman quoted Premier Ann Lee as saying.", {}, after=True)
    (('name', 'Ann Lee'), 'said')
    >>> attribution("State media quoted the minister as telling officials:", {}, after=False)
    (('role', 'minister'), 'said')
    """
    if (relayed := _QUOTED_AS.search(clause)) and (ref := resolve_phrase(relayed.group(1), aliases, from_start=True)):
        return ref, "said"  # `“...,” Lee quoted Chou as saying`: the one quoted speaks, the one quoting relays
    matches = [m for m in VERB.finditer(clause) if not (m.group().lower() == "say" and _SAY_NOUN.search(clause, max(0, m.start() - _LOOKBACK), m.start()))]
    if len(matches) > 1:  # `the plan, also announced on Monday, was ...`, `it was announced`: a passive, no speaker
        matches = [m for m in matches if not _PASSIVE.search(clause, max(0, m.start() - _LOOKBACK), m.start())] or matches
    if not matches:
        if after and (doc := _DOC_READS.match(clause)):
            return ("role", doc.group(1).lower()), "read"  # `“...,” the statement read.`
        return None, ""
    while not after and len(matches) > 1 and _COORDINATED.search(clause, max(0, matches[-1].start() - _LOOKBACK),
                                                                   matches[-1].start()):
        matches.pop()  # `Ann Lee said the plan was sound but cautioned that ...`: one subject for both verbs
    while not after and len(matches) > 1 and _ASKER.search(clause, max(0, matches[-1].start() - _LOOKBACK), matches[-1].start()):
        matches.pop()  # `one of our drivers said to me when I asked whether ...:`: the writer's question, not the speaker
    m = matches[0] if after else matches[-1]
    subject = clause[:m.start()].strip(" ,;:—–-“”\"").split(",")[0]
    if after and (named := _APPOSED.match(clause[:m.start()])) and (ref := resolve_phrase(named.group(1), aliases)) and \
            ref[0] == "name" and ref[1].split()[-1] == named.group(1).split()[-1]:
        return ref, m.group().lower()  # `“...,” the city's director of education, Tuula Heikkinen, told Lumo News`
    if after and len(words(subject)) > 6 and not (len(words(subject)) <= 10 and _full_name_last(subject, aliases)) and \
            not (len(words(subject)) <= 10 and _ONE_ROLE.match(subject)):
        return None, ""  # a long subject is narration, unless a full name ends it (`the council’s NSW director Ann Lee`)
    verb = m.group().lower()
    pre = _MODAL_TAIL.sub("", clause[:m.start()]).strip(" ,;:—–-“”\"")  # `The spokesperson would only say`
    post = clause[m.end():]
    if given := _GAVE_NAME.search(pre if words(pre) else post[:_LOOKBACK * 4]):
        return ("name", given.group(1)), verb  # `A woman who ..., and who gave her name only as Ama Owusu, said`
    if verb == "according to" or not words(pre):
        starts = [a for a in sentence_starts(post) if a > 0]
        pieces = re.split(r",|;|:|\s[—–]\s|\.\s*$", post[:starts[0]] if starts else post)
        if after and verb != "according to" and _REPORTED.match(pieces[0]):
            return None, verb  # `“...,” said the counter served as ...`: reported speech, the speaker came before
        ref = resolve_phrase(pieces[0], aliases, from_start=True)
        if (ref is None or ref[0] == "role") and len(pieces) > 1:
            named = resolve_phrase(pieces[1], aliases, from_start=True)
            if named and named[0] == "name":
                return named, verb  # `said the island's GP, Dr Alan Fenwick`
        return ref, verb
    parts = [p for p in pre.split(",") if p.strip() and not _CREDENTIAL.fullmatch(p)]  # `Ann Lee, MD, PhD, said`
    while len(parts) >= 2 and _NAME_LIST_TAIL.match(parts[-1]) and re.search(r"[A-Z][\w’'-]*\s*$", parts[-2]):
        parts[-2:] = [parts[-2] + "," + parts[-1]]  # `the Department for Culture, Arts and Leisure`: one name, its commas inside it
    bare = [p for p in re.sub(r"\s*\([^()]{1,60}\)", "", pre).split(",") if p.strip()]  # `Ann Lee (Labour, Ely), who ...`
    rel = next((j for j in range(1, len(bare)) if re.match(r"\s*(?:who|whose) \w", bare[j])), None)
    # only a relative clause with commas of its own, which split it into parts taken for names; one without is
    # read as any apposition is, below
    if rel is not None and rel + 1 < len(bare) and not (rel == 1 and _OPENER.match(bare[0])) and \
            not _OWN_SUBJECT.fullmatch(bare[-1]):
        # `Jean Matheson, who sits on the Ross, Dee and Don board, said`: the one the relative clause is about
        # (not `In a letter to Tom Bell, who chairs it, the minister said`: an opener, then a subject of its own)
        if ref := resolve_phrase(bare[rel - 1], aliases):
            return ref, verb
        parts = bare[:rel]
    elif rel is not None and len(bare) < len(parts):
        parts = bare  # `Ann Lee (Plaid Cymru, Aberhenwy), who backed it,`: the brackets' commas split nothing
    if len(parts) >= 2 and parts[-1].strip().lower() == "which":
        # `... in a notice posted at bus stops, which said`: the document before the comma speaks, never `which`
        doc = _DOCUMENT.findall(parts[-2])
        return (("role", doc[-1].lower()) if doc else None), verb
    if len(parts) >= 2 and parts[-1].strip().lower() in ("who", "whom"):
        parts.pop()  # `... came from Councilman Jo Bell, who said`: the relative pronoun is the name before it
        if len(parts) >= 2 and _PARTY_TAG.fullmatch(parts[-1].strip()):
            parts.pop()  # `Sen. Jo Bell, R-Kingman, who said`: a US lawmaker's party and home town
        runs = cap_runs(parts[-1])
        head = [w.lower() for w in words(parts[-1][:runs[-1][0]])] if runs else []
        if len(head) >= 2 and head[-1] in ("of", "from", "in", "near", "at", "for") and head[-2] in PEOPLE_NOUNS:
            return resolve_phrase(parts[-1], aliases), verb  # `One resident of Villa Alta, who asked ...`: where they live
        if runs and parts[-1].rstrip().endswith(runs[-1][1][-1]) and (name := person_name(runs[-1][1])):
            return ("name", name), verb
    if len(parts) >= 2 and parts[-1].strip().lower() == "which" and (things := _THING_SAYS.findall(parts[-2])):
        return ("role", things[-1].lower()), verb  # `a notice posted at the stops on Monday, which said`: the notice speaks
    if clause[:m.start()].rstrip().endswith(",") and len(parts) >= 2:
        # `Name, the group's head of policy, said` or `Its chief fire officer, Lorna Bexley, told`:
        # of the two, the person
        refs = [resolve_phrase(parts[-2], aliases), resolve_phrase(parts[-1], aliases)]
        if not refs[1] or refs[1][0] != "name":  # `One analyst, Lena Osei of Barlow Securities, said`: the name opens it
            named = resolve_phrase(parts[-1].strip(), aliases, from_start=True)
            refs[1] = named if named and named[0] == "name" else refs[1]
        kin = _OF_PERSON.match(parts[-2]) if len(parts) >= 3 else None
        if kin and all(w in PEOPLE_NOUNS or w in ROLE_GENDER for w in kin.groups()) and refs[0]:
            return refs[0], verb  # `..., the son of one victim, an 81-year-old former nurse, said`: the apposition is the victim
        if _OPENER.match(parts[0]) and refs[1] and re.match(r"\s*(?:the|a|an)\s", parts[-1]) and \
                (words(parts[-1]) or [""])[-1].lower() not in ORG_WORDS:  # `..., an industry group,` describes the body
            return refs[1], verb  # `In a message read by Ann Lee, his deputy, the bishop urged`: the subject after the opener
        if not any(r and r[0] == "name" for r in refs):  # `Ann Lee, 58, a delivery driver, said`: the name before
            for part in parts[-4:-2]:
                if (r := resolve_phrase(part, aliases, from_start=True)) and r[0] == "name" and \
                        len(r[1].split()) >= 2 and part.strip() == r[1]:
                    return r, verb
        if refs[1] and refs[1][0] == "name" and " " not in refs[1][1] and (kin := _KIN_OF.match(parts[-2])):
            return ("name", f"{refs[1][1]} {kin.group(1)}"), verb  # `Mr Lyall's wife, Morag, said`: Morag Lyall
        if (words(parts[-2]) or [""])[-1].lower() in ORG_WORDS:
            return refs[0], verb  # `A spokesperson for her bank, Northgate, said`: the bank's name, not a person
        # `Another, a retired bus driver who rents a bungalow, told us`: the description names the speaker's role
        described = refs[1] if re.match(r"\s*(?:a|an)\s", parts[-1]) else None
        return next((r for r in refs if r and r[0] == "name"), refs[0] or described), verb
    if len(parts) >= 2 and (_BARE_AND.fullmatch(parts[-1]) or _PREDICATE.match(parts[-1])):
        # `Ann Lee rejected that, pointing to the bill, and said`: the second verb shares the sentence's subject
        head = parts[1] if _OPENER.match(parts[0]) and len(parts) > 2 else parts[0]
        if (ref := resolve_phrase(head, aliases, from_start=True)) and (ref[0] != "name" or len(ref[1].split()) >= 2 or
                                                                        _BARE_AND.fullmatch(parts[-1])):
            return ref, verb
    ref = resolve_phrase(parts[-1], aliases)
    if ref is None and len(parts) >= 2 and _OPENER.match(parts[0]):
        ref = resolve_phrase(parts[-1].strip(), aliases, from_start=True)  # `Speaking outside court, DC Ann Lee of X Police said`
    if ref is None and len(parts) >= 2:
        ref = resolve_phrase(parts[0], aliases)  # `A spokesperson for the Department for Environment, Food and ...`
    return ref, verb


# the end of a name that lists its parts: `[Department for Culture], Media and Sport`, `[Food], Drink & Rural Affairs`
# what `, which said` reports from: a document or notice, or a body
_THING_SAYS = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w’'-]+\s+){0,2}?(notice|statement|letter|report|memo|"
                         r"e-?mail|message|post|sign|leaflet|release|document|note|announcement|ruling|judgment|judgement|"
                         r"survey|study|review|order|circular|bulletin|update|advisory|warning|council|ministry|department|"
                         r"agency|authority|company|firm|board|committee|court|union)\b", re.I)
_NAME_LIST_TAIL = re.compile(r"^\s*(?:[A-Z][\w’'-]*\s+)*(?:and|&)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*$")
# `the son of one victim`, `a friend of the dead man`: a person named by another person
_OF_PERSON = re.compile(r"\s*(?:the|a|an)\s+([a-z-]+)\s+of\s+(?:one|a|an|the|his|her|their|two|three|several|another)\s+"
                        r"(?:[\w’'-]+\s+){0,2}?([a-z-]+?)s?\s*$")
# a relative named by the family's name: `Mr Lyall's wife`, `the late Ann Lee's son`
_KIN_OF = re.compile(r"^\s*(?:the late |[A-Z][a-z]{1,3}\.? )?(?:[A-Z][\w-]+ )?([A-Z][\w-]+)[’']s? (?:wife|husband|son|daughter|mother|father|"
                     r"brother|sister|partner|widow|widower|grandson|granddaughter|niece|nephew)\s*$")
# a modal or auxiliary between the subject and its verb: `would only say`, `could not say`, `did say`
_MODAL_TAIL = re.compile(r"\s+(?:would|could|will|can|did|does|do|should|might|may)(?:n[’']t| not)?(?: only| simply| just| also| later| not)?\s*$",
                         re.I)
# letters after a name: `Ann Lee, MD, PhD,`, `Jo Bell, OBE,`
_CREDENTIAL = re.compile(r"\s*(?:Ph\.?\s?D|M\.?D|D\.?Phil|MPH|MBA|MSc|BSc|RN|DVM|DDS|FRCP|FRCS|OBE|MBE|CBE|KC|QC|Jr|Sr)\.?\s*")
# a role and a full name set off by commas before the verb that follows a quote: `, the city's director, Ann Lee, told`
_APPOSED = re.compile(r"^\s*(?:the|a|an|[A-Z][\w’'-]*[’']s)\b[^,“”\"]{1,80},\s*((?:[A-Z][\w’'.-]+\s){1,3}[A-Z][\w’'-]+),\s*$")
# the sentence's own predicate after its subject's apposition: `Dr Ann Lee, convener of X, welcomed it but`
_PREDICATE = re.compile(r"\s*[a-z]{3,}ed\b(?!\s+(?:by|that)\b)")
# a conjunction alone after a comma, joining a second verb to the sentence's subject
_BARE_AND = re.compile(r"\s*(?:and|but)(?: then| later| also)?\s*")
# a sentence's opening adverbial, before its subject: `In a message read by ...,`, `Speaking at the launch,`
_OPENER = re.compile(r"\s*(?:In|At|On|During|After|Before|Speaking|Writing|Asked|Addressing|Through|Via)\b")


_ONE_OF = re.compile(r"\bwith (?:one|another)(?: ([a-z]+))? (writing|saying|adding|posting|commenting|telling [a-z]+),$")


def _one_of(m: re.Match[str], clause: str) -> tuple[str, str] | None:
    """Who `one` is: the noun after it (`with one neighbour saying`), or the plural the sentence
    opens with (`Fans were quick to react, with one writing` -> fan)."""
    if m.group(1):
        return ("role", m.group(1))
    first = (words(clause) or [""])[0]
    return ("role", first.lower()[:-1]) if len(first) > 3 and first.endswith("s") and not first.endswith("ss") else None


def _full_name_last(phrase: str, aliases: dict[str, str]) -> bool:
    """A full name closes the subject, or closes its part before where the person works
    (`the council's director Ann Lee`, `researcher Ann Lee of Leeds University`)."""
    ref = resolve_phrase(phrase, aliases)
    if bool(ref) and ref[0] == "name" and len(ref[1].split()) >= 2 and phrase.rstrip().endswith(ref[1].split()[-1]):
        return True
    head = re.split(r"\b(?:of|at|from|with)\b", phrase)[0]
    return _titled_before_of(head, phrase) is not None


# Things that carry words without speaking them: a quote they introduce has no personal speaker.
WRITTEN = set("""note notes sign signs letter letters statement banner banners message messages post posts placard
placards poster posters card cards plaque inscription caption headline email text notice tweet slogan label leaflet
flyer memo tribute tributes graffiti sticker petition motto website advert billboard t-shirt shirt board entry
document report page screen""".split())
_LINKING = re.compile(r"\b(?:is|was|were|are|has|had|have|reads?|bore|bears?|carried|carries|shows?|showed|went|put|"
                      r"summed|kept|became|seemed|sounded|looked|remained|did|does|simply|then|also)\b")


# the writer's contact with the one described: `an officer [I spoke to]`, `a nurse [we interviewed]`
_CONTACT = re.compile(r"\s+(?:I|we)\s+(?:spoke|talked|interviewed|met|asked|contacted|reached|visited)\b.*$")


def _person_role(role: str) -> bool:
    """A role word that names a person or people who may speak (`spokesperson`, `family`, `owner`).

    >>> _person_role("family"), _person_role("farmer"), _person_role("reason"), _person_role("statement")
    (True, True, False, False)
    """
    role = role.lower()
    return role in TITLES or role in ROLE_GENDER or role in PEOPLE_NOUNS or role.endswith(("person", "man", "woman", "ist"))


# a subject of its own after a relative clause: `..., the minister said`, `..., Ann Lee said`
_OWN_SUBJECT = re.compile(r"\s*(?:(?:the|a|an|his|her|their|its|our)\s+[\w’'-]+|[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)+)\s*")


# the words' source named at the end of a colon's lead-in: `a brief statement from a spokesperson:`
_WORDS_FROM = re.compile(r"\b(?:statement|comment|response|reply|message|e-?mail|note|letter)s? (?:from|by) "
                         r"((?:a|an|the|its|their)\s+[^,:;]{2,60}?|[A-Z][^,:;]{2,40}?)\s*:\s*$")


def colon_subject(clause: str, aliases: dict[str, str]) -> tuple[str, str] | None:
    """Who or what introduces a quote after a colon with no speech verb: a name or a person's
    role (`The mayor was blunt:`), or an object that carries words (`One note, written in
    crayon, reads simply:` -> note), which no one else should be heard speaking.

    >>> colon_subject("One note, written in crayon, reads simply:", {}), colon_subject("The mayor was blunt:", {})
    (('role', 'note'), ('role', 'mayor'))
    >>> colon_subject("The reason was simple:", {}) is None, colon_subject("Ann Lee:", {})
    (True, ('name', 'Ann Lee'))
    >>> colon_subject("One council tree officer I spoke to put it bluntly:", {})
    ('role', 'officer')
    >>> colon_subject("Halcyon declined to comment beyond a brief statement from a spokesperson:", {})
    ('role', 'spokesperson')
    """
    if (m := _WORDS_FROM.search(clause)) and (ref := resolve_phrase(m.group(1), aliases)) and \
            (ref[0] == "name" or _person_role(ref[1].lower())):
        return ref  # `... beyond a brief statement from a spokesperson:`: whoever the words came from
    subject = _LINKING.split(clause.split(",")[0])[0].rstrip(": ")
    subject = _CONTACT.sub("", subject)  # `One council tree officer [I spoke to] put it bluntly:`
    ref = resolve_phrase(subject, aliases) if words(subject) else None
    if not ref or ref[0] != "role":
        return ref if ref and ref[0] == "name" else None
    role = ref[1].lower()
    if role in WRITTEN:
        return ("role", role)
    return ("role", role) if _person_role(role) else None


# ------------------------------------------------------------ paragraphs

@dataclass
class Para:
    index: int
    text: str
    spans: list[Span]
    continues: bool = False  # opens with a quote continuing the previous paragraph's

    @property
    def ends_open(self) -> bool:
        return bool(self.spans) and self.spans[-1].speech and not self.spans[-1].closed

    def narration(self) -> str:
        out, pos = [], 0
        for s in self.spans:
            if s.speech:
                out.append(self.text[pos:s.start])
                pos = s.end
        return " ".join(out + [self.text[pos:]])


# a speech verb's participle closing the lead-in: the sentence's subject speaks (`Ann Lee was blunt, warning that “...”`)
_PARTICIPLE = re.compile(r",\s*(?:but |and |while |before )?(?:saying|warning|adding|insisting|arguing|noting|stressing|"
                         r"explaining|claiming|conceding|admitting|complaining|declaring|predicting|vowing|promising|telling)\b"
                         r"(?:(?: [\w’'-]+){0,3}? that\b[^.;:“\"]{0,80}|(?: that)?)\s*$")
_LINK_VERB = re.compile(r"\s(?:was|were|is|are|has|had|remained|seemed|sounded|struck|took|went)\b")


# a subject labelling something in its own words: `called the plan`, `dubbed it`, `described the cuts as`
_LABELS = re.compile(r"\b(?:(?:have|has|had) )?(?:called|calls|dubbed|dubs|branded|brands|labell?ed|labels|termed|terms|"
                     r"(?:described|describes|characteri[sz]ed|characteri[sz]es)\b[^.“\"]{1,40}?\bas)\b(?=[^.“\"]{0,60}$)|"
                     r", (?:calling|dubbing|branding|labell?ing|terming|(?:describing|characteri[sz]ing)\b[^.“\"]{1,40}?\bas)\b"
                     r"(?=[^.,“\"]{0,40}$)")
_TITLE_CASE = re.compile(r"(?:[A-Z0-9][\w’'-]*|of|the|and|for|a|an|in|on|to|or|at)(?:[\s:,]+(?:[A-Z0-9][\w’'-]*|of|the|and|for|a|an|in|on|to|or|at))*")
_FIRST_PERSON = re.compile(r"\b(?:I|I[’']ve|I[’']m|I[’']d|I[’']ll|my|me)\b")


def classify(text: str, spans: list[Span], aliases: dict[str, str]) -> None:
    """Mark each span as speech or fragment, and read its local attribution."""
    prev_end = speech_end = 0
    for k, sp in enumerate(spans):
        nxt = spans[k + 1].start if k + 1 < len(spans) else len(text)
        quoted = inner(text, sp)
        before = text[prev_end:sp.start].rstrip()
        # a quoted word in the clause (`the handle “radiator_rick” replied:`) is part of it
        b_clause = clause_before(text, sp.start, speech_end)
        a_clause = clause_after(text, sp.end, nxt) if sp.closed else ""
        if re.search(r"[^.]\.$", inner(text, sp)) and re.match(r"\s+[A-Z][a-z]*\s+[a-z]", a_clause) and \
                not re.match(rf"\s+\w+\s+(?:{VERBS})\b", a_clause):
            a_clause = ""  # `... said the detour would cost them "real money." Her feed supplier has warned`: a new sentence
        opens_sentence = not before or bool(re.search(r"[.!?…:]['’”\")]*$", before))
        introduced = before.endswith(":") or bool(re.search(rf"\b(?:{VERBS}),$", before, re.I))
        # `According to engineer Ron Pickett, "the water question is ... yet."`: a whole quoted sentence ending
        # the clause that opens with its source is speech, not a fragment
        introduced = introduced or before.endswith(",") and bool(re.match(r"according to\b", b_clause.strip(), re.I)) and \
            len(words(quoted)) >= 4 and bool(re.search(r"[.!?…]$", quoted))
        # `“The message,” said X, an analyst at Y, “is that ...”`: the quote resumes after its attribution
        resumed = k > 0 and spans[k - 1].speech and before.endswith(",") and bool(VERB.search(before)) and \
            sentence_starts(before.strip()) == [0]  # `said Dr. Mei-Lin Zhou, the lead author ..., “because`
        a_ref, a_verb = attribution(a_clause, aliases, after=True) if a_clause else (None, "")
        attributed = bool(a_verb) and _ends_clause(quoted)
        n = len(words(quoted))
        one = _ONE_OF.search(before)  # `Fans were quick to react, with one writing, “...”`: one of a group speaks
        # a whole quoted sentence of six words or more ending the narrator's sentence is speech, not a fragment
        whole = sp.closed and n >= 6 and bool(re.search(r"[.!?]$", quoted)) and not a_clause.strip()
        # `X said the delay had been “the hardest call I’ve made in ten years”`: the speaker's own first-person words
        own = sp.closed and n >= 6 and bool(_FIRST_PERSON.search(quoted)) and bool(VERB.search(b_clause)) and \
            not a_clause.strip(" .")
        # `Brixby added that the change was “the smartest thing they’ve done in two years,” because ...`:
        # a quoted stretch of four words or more inside reported speech is the reporting speaker's own words
        own = own or sp.closed and n >= 4 and bool(re.search(rf"\b(?:{VERBS})\b(?: [^.,;:“\"]{{1,30}}?)? that\b", b_clause, re.I))
        # `Cllr Huw Llewellyn said the defences had “done what they were built to do” for hours`: six words or
        # more quoted after a speech verb are the speaker's words, too long for a phrase the narrator borrows;
        # so are four or five when a speaker's own verb reports them (`X said the price was “on the rich side”`),
        # not in a sentence whose source is `according to` a study or report
        own = own or sp.closed and (n >= 6 and bool(VERB.search(b_clause)) or n >= 4 and _short_own(b_clause))
        # `... said the switch back has been "almost entirely good news."`: four words or more closing the speaker's
        # sentence with its own full stop inside the marks are the end of what was said, not a borrowed phrase
        own = own or sp.closed and n >= 4 and bool(re.search(r"[^.]\.$", quoted)) and bool(VERB.search(b_clause)) and \
            not re.match(r"\s*[a-z]", text[sp.end:])
        # `Ann Lee called the plan “a heat tax dressed up as reform”`: four words or more (a quotation, not a fragment)
        # the subject labels something with are the subject's own words, as after a speech verb
        label = _LABELS.search(b_clause, max(0, len(b_clause) - _LOOKBACK * 3)) if sp.closed and n >= 4 and \
            not _short_own(b_clause) and not _TITLE_CASE.fullmatch(quoted.strip(" ,.")) else None
        labeller = _labeller(b_clause, label, aliases) if label else (None, "")
        if labeller[0] is None or labeller[0][0] == "role" and not _person_role(labeller[0][1]):
            label = None  # `a campaign called “...”`, `the report, called “...”`: a thing's name, not a person's words
        own = own or bool(label)
        # `He said firms should start earlier, "not just follow the minimum".`: four words or more set off by a comma
        # and closing the reported sentence are the speaker's words appended to it, not a phrase the narrator borrows
        own = own or sp.closed and n >= 4 and before.endswith(",") and bool(VERB.search(b_clause)) and \
            bool(re.match(r"\s*(?:[.!?]|$)", text[sp.end:]))
        # `he is, by his own account, “the most expensive painter in Cornwall”`; `“...,” as she puts it`
        in_own = _OWN_WORDS.search(b_clause) or _OWN_WORDS.match(a_clause.strip(" ,"))
        own = own or sp.closed and n >= 4 and bool(in_own)
        # `Ann Lee was more measured, saying ..., but warning that “a crossing is only as good as its staff”`
        participle = _PARTICIPLE.search(b_clause) if sp.closed and n >= 4 else None
        own = own or bool(participle)
        sp.speech = introduced or attributed or resumed or bool(one) or whole or own or \
            (opens_sentence and (n >= 4 or not sp.closed))
        if one and not introduced:
            sp.ref, sp.verb = _one_of(one, b_clause), one.group(2)
        if resumed and not introduced:
            sp.ref, sp.verb = spans[k - 1].ref, spans[k - 1].verb
        elif sp.speech:
            if introduced and before.endswith(":"):
                sp.ref, sp.verb = attribution(b_clause, aliases, after=False)
                if _WORDS_FROM.search(b_clause) and (source := colon_subject(b_clause, aliases)):
                    sp.ref = source  # `X declined to comment beyond a statement from a spokesperson:`
                elif not sp.verb and len(words(b_clause)) <= 10:
                    sp.ref = colon_subject(b_clause, aliases)
            if not sp.ref and attributed:
                sp.ref, sp.verb = a_ref, a_verb
                # `X told the meeting that lunches were “not a welfare item,” according to Lee`: the words are X's,
                # Lee the source who relays them
                if a_verb == "according to" and not opens_sentence and (told := attribution(b_clause, aliases, after=False))[0] and \
                        told[1] != "according to":
                    sp.ref, sp.verb = told
            if not sp.ref and attributed and (lead := resolve_phrase(b_clause.split(",")[0], aliases, from_start=True)) \
                    and lead[0] == "name" and len(lead[1].split()) >= 2:
                sp.ref = lead  # `Luis Ocampo, a cook who has eaten there “twice a week,” said the counter ...`
            if not sp.ref and label:
                sp.ref, sp.verb = labeller
            if not sp.ref and (introduced or own):
                sp.ref, sp.verb = attribution(b_clause, aliases, after=False)
            if not sp.ref and participle:
                sp.ref, sp.verb = _subject_of(b_clause[:participle.start()], aliases), "said"
            if not sp.ref and in_own:
                sp.ref, sp.verb = ("pronoun", PRONOUNS.get(next(g for g in in_own.groups() if g).lower(), "any")), "said"
        prev_end = sp.end
        speech_end = sp.end if sp.speech else speech_end


def _labeller(clause: str, label: re.Match[str], aliases: dict[str, str]) -> tuple[tuple[str, str] | None, str]:
    """Who labels something in a clause: the subject of its verb, or of the sentence for a participle.

    >>> m = _LABELS.search("Coach Ann Lee was full of praise, describing the innings as")
    >>> _labeller(m.string, m, {})
    (('name', 'Ann Lee'), 'said')
    >>> m = _LABELS.search("Most firms had closed by then, a rate she called")
    >>> _labeller(m.string, m, {})
    (('pronoun', 'female'), 'said')
    """
    head = clause[:label.start()]
    if (w := (words(head) or [""])[-1].lower()) in ("he", "she", "they") and label.group().startswith(("call", "dub", "term", "brand")):
        return ("pronoun", PRONOUNS[w]), "said"  # `a rate she called “...”`: the pronoun right before the verb
    if label.group().startswith(","):  # `Ann Lee ..., describing it as “...”`: the sentence's subject
        return _subject_of(head, aliases), "said"
    return attribution(head + "said" + clause[label.end():], aliases, after=False)


def _subject_of(head: str, aliases: dict[str, str]) -> tuple[str, str] | None:
    """The subject of a sentence, from its opening words up to a participle.

    >>> _subject_of("Ann Lee objected to bail for both men", {})
    ('name', 'Ann Lee')
    >>> _subject_of("Leeds's head coach, Jo Bell, was more enthusiastic", {})  # the name in apposition
    ('name', 'Jo Bell')
    """
    parts = [_LINK_VERB.split(p)[0] for p in head.split(", ") if p.strip()]
    first = parts[0] if parts else ""
    if len(parts) >= 2 and first == head.split(", ")[0] and (named := resolve_phrase(parts[1], aliases, from_start=True)) \
            and named[0] == "name" and parts[1].strip() == named[1]:
        return named
    return resolve_phrase(first, aliases, from_start=True)


def _short_own(clause: str) -> bool:
    """A clause reporting a speaker's words with a verb of its own, to take a short quotation
    as theirs: `She said rents could reach “no more than 18 months”`, not a source's
    `According to the study, ...`, whose quoted words may be anyone's.

    >>> _short_own("Reiff said the premium was"), _short_own("the mayor told reporters the bridge would reopen")
    (True, True)
    >>> _short_own("The statement added that planning permission for the new unit had been granted in November and "
    ...            "that a contractor was expected to be appointed")  # the verb well before the quote
    True
    >>> _short_own("According to the study, pupils faced a gap that the professor described as")
    False
    >>> _short_own("He said he would replace the boiler, which he described as"), _short_own("The station plays")
    (True, False)
    >>> _short_own("According to Abdallah, it was the third time his side had")  # a person, not a study
    True
    """
    return any(m.group().lower() != "according to" for m in VERB.finditer(clause)) and \
        not re.search(r"\baccording to\b", clause, re.I) or bool(_ACCORDING_TO_NAME.search(clause))


# `According to Abdallah, it was the third time his side had “lost points to the flag”`: a person is the source
_ACCORDING_TO_NAME = re.compile(r"^\s*According to (?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+,(?![^,]*\b(?:report|study|survey|data|figures)\b)")


def _ends_clause(quoted: str) -> bool:
    """The quote stops at a comma or stop, as one closed by its attribution does, also when
    a quote nested inside it closes there too (`... and said, 'let me try,'`).

    >>> _ends_clause("We won,"), _ends_clause("and said, 'I feel good, let me try,'"), _ends_clause("the best")
    (True, True, False)
    """
    return bool(re.search(r"[,.!?…—–-][’']?$", quoted))


_OWN_WORDS = re.compile(r"\bby (his|her|their) own (?:account|admission)\b|\bin (his|her|their) (?:own )?words\b|"
                        r"^as (he|she|they) (?:puts?|put) it\b", re.I)


_QUOTED_SENTENCE = re.compile(r"[“\"](?:[^”\"\s]+\s+){3,}[^”\"]*[”\"]")  # four words or more in double marks


def build_script(article: CleanArticle) -> Script:
    # a standfirst quoting its speaker (`Hollis: “We know what a derby means”`) is read as speech, too
    body = [(i, b) for i, b in enumerate(article.blocks) if b.role == "body" or
            b.role == "standfirst" and _QUOTED_SENTENCE.search(b.text)]
    # Most outlets quote speech in double marks; some use single marks throughout
    # and keep double marks for quotes nested inside speech.
    texts = [b.text for _, b in body]
    openers = {"‘": speech_openers(texts, "‘"), "'": speech_openers(texts, "'"), "“": speech_openers(texts, "“\"")}
    marks = max(openers, key=lambda m: (openers[m], m == "“"))  # double marks win a tie
    spans = {"‘": find_single_spans, "'": find_straight_single_spans, "“": find_spans}[marks]
    paras = [Para(i, b.text, spans(b.text)) for i, b in body]
    # a dropped photo caption still names the people pictured (`Nurse-midwife Carla Ruiz checks on ...`),
    # often the only place a surname-only speaker gets a full name
    captions = [d.line for d in article.dropped if d.reason == "caption"]
    people = learn_people([b.text for b in article.blocks if b.role != "title"] + captions)
    # `Love Villa star Jade Carver’s stalker jailed` over a story that only says `The star ... said`:
    # the headline gives a role to someone the story names
    for alias, name in learn_people([article.title]).aliases.items():
        if alias.startswith("the ") and people.known(name):
            people.aliases.setdefault(alias, people.canonical(name))
    unmarked_statements(paras, people)
    for p in paras:
        classify(p.text, p.spans, people.aliases)
    one_of_them(paras)
    for p in paras:
        for s in p.spans:
            if s.speech and s.ref and s.ref[0] == "name":
                people.add(s.ref[1])
    for name in transcript_turns(paras):
        people.add(name)
    for prev, p in zip(paras, paras[1:]):
        p.continues = prev.ends_open and bool(p.spans) and p.spans[0].start == 0 and p.spans[0].speech
    people = _relearn(people, paras, article)
    _assign_speakers(paras, people)

    segments: list[Segment] = []
    quoted = {p.index: p for p in paras}
    for i, block in enumerate(article.blocks):
        p = quoted.get(i)
        if not p:
            segments.append(Segment("narration", block.text, None, i))
            continue
        pos = 0
        for s in p.spans:
            if not s.speech:
                continue
            _narrate(segments, p.text[pos:s.start], i)
            if re.search(r"\w", quote := inner(p.text, s)):  # a lone or empty pair of marks says nothing
                segments.append(Segment("quote", quote, s.speaker, i))
            pos = s.end
        _narrate(segments, p.text[pos:], i)
    return Script(article.title, article.publication, tuple(segments), article.dropped,
                  article.source, article.standfirst, article.byline)


# a paragraph that only introduces the words below it: `Education Minister Ann Lee said:`
_STATEMENT_INTRO = re.compile(r"\b(?:said|says|added|adds|commented|stated|explained|continued|concluded|"
                              r"told [^:.“”\"]{1,60})\s*:$")
_WE_OR_I = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|[Ww]e|[Ww]e[’'](?:re|ve|ll|d)|[Oo]ur|us|[Mm]y|me)\b")


# a transcript's turn: `RAYMOND TULL: ...`, `NADIA OKAFOR, HOST: ...`, `TULL: ...`
_TURN = re.compile(r"^((?:[A-Z][A-Z’'.-]+|[A-Z]\.)(?: (?:[A-Z][A-Z’'.-]+|[A-Z]\.)){0,3})(?:,\s*[A-Z][A-Z ,.’'&-]{1,40})?:\s+(?=\S)")
# capitals that label a paragraph without naming a speaker
_NOT_SPEAKERS = set("""UPDATE UPDATED BREAKING WATCH LISTEN NOTE CORRECTION CLARIFICATION RELATED PHOTO PHOTOS IMAGE
VIDEO SOURCE SOURCES CREDIT WARNING ANALYSIS OPINION EXCLUSIVE LIVE TIMELINE FACT FACTS BACKGROUND CONTEXT
READ MORE ALSO SEE KEY POINTS EDITOR'S EDITOR’S NOTE DISCLAIMER SPONSORED AD ADVERTISEMENT TRANSCRIPT EPISODE PART
CHAPTER SCENE Q A INTERVIEWER QUESTION ANSWER WHAT WHY HOW WHEN WHERE WHO""".split())
_TURNS = 3  # turns that make a transcript, not one label


def transcript_turns(paras: list[Para]) -> list[str]:
    """A transcript printed as turns, each paragraph opening with its speaker's name in
    capitals (`RAYMOND TULL: That one's the Hendersons.`), later the surname alone (`TULL:`):
    each turn is that speaker's words, whatever marks it holds. Three turns or more make a
    transcript; one capitals label (`UPDATE: ...`) does not. Returns the speakers' names.

    >>> paras = [Para(0, "NADIA OKAFOR, HOST: Dr. Tull has delivered babies here since 1991.", []),
    ...          Para(1, "RAYMOND TULL: That one's the Hendersons.", []), Para(2, "OKAFOR: What was the last one like?", []),
    ...          Para(3, "TULL: Quiet.", [])]
    >>> transcript_turns(paras), [(inner(p.text, p.spans[0]), p.spans[0].ref[1]) for p in paras][1:3]
    (['Nadia Okafor', 'Raymond Tull'], [("That one's the Hendersons.", 'Raymond Tull'), ('What was the last one like?', 'Nadia Okafor')])
    >>> paras = [Para(0, "UPDATE: The road has reopened.", [])]
    >>> transcript_turns(paras), paras[0].spans
    ([], [])
    """
    turns = [(p, m) for p in paras if (m := _TURN.match(p.text)) and
             not set(m.group(1).replace("’", "'").split()) & _NOT_SPEAKERS]
    if len(turns) < _TURNS:
        return []
    names: list[str] = []
    for p, m in turns:
        label = " ".join(t.capitalize() if len(t) > 2 else t for t in m.group(1).split())
        full = next((n for n in names if n.split()[-1] == label.split()[-1]), None) if len(label.split()) == 1 else None
        name = full or label
        if name not in names:
            names.append(name)
        p.spans = [Span(m.end(), len(p.text), False, True, ("name", name), "said", bare=True)]
    return [n for n in names if len(n.split()) >= 2 or not any(o.endswith(" " + n) for o in names)]


_ONE_SPEAKS = re.compile(r"^(?:One|Another)(?: (?:of them|more))? (?:wrote|posted|commented|added|said|replied|tweeted|"
                         r"shared|responded|chimed in)\s*:?\s*$")
_PLURAL_PEOPLE = re.compile(r"\b(" + "|".join(sorted(n for n in PEOPLE_NOUNS | {"users", "viewers", "commenters", "followers",
                                                                               "readers", "listeners", "supporters", "critics"}
                                                   if n.endswith("s") and not n.endswith("ss"))) + r")\b", re.I)


def one_of_them(paras: list[Para]) -> None:
    """`Fans were quick to react.` / `One wrote: “...”` / `Another added: “...”`: each quote is one of
    the group the sentence before named, as a role (`fan`), never someone called `One`.

    >>> paras = [Para(0, "Fans were quick to react to the news on social media.", []),
    ...          Para(1, 'One wrote: "She deserves so much better."', [Span(11, 41, True, True, ("name", "One"))])]
    >>> one_of_them(paras); paras[1].spans[0].ref
    ('role', 'fan')
    """
    for k, p in enumerate(paras):
        for s in p.spans:
            lead = p.text[max((o.end for o in p.spans if o.end <= s.start), default=0):s.start]
            if not s.speech or not _ONE_SPEAKS.match(lead.strip()):
                continue
            before = p.text[:s.start] if p.text[:s.start].strip() != lead.strip() else \
                (paras[k - 1].text if k and paras[k - 1].index == p.index - 1 else "")
            groups = _PLURAL_PEOPLE.findall(before)
            s.ref = ("role", singular(groups[-1].lower())) if groups else None


def unmarked_statements(paras: list[Para], people: People) -> None:
    """A press release prints a statement without quotation marks, under a paragraph of
    its own that introduces it (`Education Minister Ann Lee said:`): the paragraph right
    below is the speaker's words, and so is each paragraph after it that still speaks in
    the first person (`We ...`, `our ...`, `I ...`); a crosshead, a quoted paragraph or one
    about someone else ends it. Each becomes one span over the whole paragraph, left open,
    so the next one carries on the same voice.

    >>> paras = [Para(0, "Health Minister Ann Lee said:", []), Para(1, "No child should learn on an empty stomach.", []),
    ...          Para(2, "Our pilot schools have shown what a breakfast does.", []),
    ...          Para(3, "The scheme costs £1.4 million a year.", [])]
    >>> unmarked_statements(paras, learn_people(["Health Minister Ann Lee said:"])); [len(p.spans) for p in paras]
    [0, 1, 1, 0]
    >>> paras = [Para(0, "The report found that, across the schools:", []), Para(1, "Absence fell by a fifth.", [])]
    >>> unmarked_statements(paras, People()); [len(p.spans) for p in paras]
    [0, 0]
    """
    for k in range(1, len(paras)):
        intro, p = paras[k - 1], paras[k]
        if intro.index != p.index - 1 or intro.spans or not _STATEMENT_INTRO.search(intro.text.rstrip()):
            continue
        ref, _verb = attribution((_sentences(intro.text) or [intro.text])[-1], people.aliases, after=False)
        if not ref:
            continue
        for j in range(k, len(paras)):
            q = paras[j]
            if q.spans or re.search("[\"“”]", q.text) or not re.search(r"[.!?…]$", q.text.rstrip()) or \
                    len(words(q.text)) < 6 or j > k and (q.index != paras[j - 1].index + 1 or not _WE_OR_I.search(q.text)):
                break
            q.spans = [Span(0, len(q.text), False, bare=True)]


def _relearn(people: People, paras: list[Para], article: CleanArticle) -> People:
    """Learn names again from narration only, keeping speakers found in attributions."""
    texts = [b.text for b in article.blocks if b.role not in ("title", "body")]
    texts += [p.narration() for p in paras]
    fresh = learn_people(texts)
    for name in people.names:
        fresh.add(name)
    return fresh


def _narrate(segments: list[Segment], text: str, block: int) -> None:
    text = text.strip().lstrip(",;").strip()
    if re.search(r"\w", text):
        segments.append(Segment("narration", text, None, block))


def _assign_speakers(paras: list[Para], people: People) -> None:
    history: list[tuple[list[str], str | None]] = []  # per paragraph: (mentions, last speaker)
    last_speaker: str | None = None
    for k, p in enumerate(paras):
        current: str | None = None
        seen: list[str] = []  # people mentioned before the quote, gathered piece by piece (linear)
        upto = 0
        for s in p.spans:
            if not s.speech:
                continue
            # names inside earlier quotes are not people the narration is about; the narration
            # between quotes is read piece by piece as the quotes go by (linear, not quadratic)
            seen += people.mentions(p.text[upto:s.start])
            upto = s.end
            here = (list(seen), current)
            name = _resolve(s, people, history + [here], last_speaker)
            if s.ref and s.ref[0] == "pronoun" and s.verb not in CARRY_VERBS and \
                    (subject := _clause_subject(p.text[:s.start], people, s.ref[1])):
                name = subject
            if s.ref and s.ref[0] == "pronoun" and s.verb in CARRY_VERBS and current is None and \
                    (told := _reported(p.text[:s.start], people)) and told in seen and _compatible(people, told, s.ref[1]):
                name = told  # `..., Al-Marri told reporters. He added: “...”`: who spoke just before, in this paragraph
            if name is None and not s.ref:
                name = _named_after(p, s, paras[k + 1] if k + 1 < len(paras) else None, people,
                                    opening=last_speaker is None and current is None)
            if s.ref and s.ref[0] == "role" and name == s.ref[1] and \
                    _EPITHET.match(p.text[s.end:s.end + 80]) and (recent := _recent(history + [here], people, "any")):
                name = recent  # `said the British-Nigerian driver`: the person the story is about, described
            if s.ref and s.ref[0] == "role" and name == s.ref[1] and \
                    _described(p.text[s.end:s.end + 80], name, [q.text for q in paras[:k]] + [p.text[:s.start]]) and \
                    (recent := _recent(history + [here], people, ROLE_GENDER.get(name.lower(), "any"))):
                name = recent  # `the father of four recalled`: a description of the one the story is about
            if s.ref and s.ref[0] == "role" and name == s.ref[1] and (held := people.holders.get(name.lower())):
                # `the senator said` in a story with two senators: the one the paragraph before was about,
                # unless it names both
                for ms, sp in [(seen, None), *reversed(history)]:
                    if here_held := {n for n in [sp, *ms] if n in held}:
                        name = here_held.pop() if len(here_held) == 1 else name
                        break
            if s.ref and s.ref[0] == "role" and s.ref[1].lower() in ISSUED:
                name = _issuer(s.ref[1].lower(), [p.text[:s.start]] + _lead_in(paras, k), people) or name
            if (name is None and not s.ref or s.ref and s.ref[0] == "pronoun" and not seen) and \
                    (told := _reported(p.text[upto_before(p, s):s.start], people)) and told.islower():
                name = told  # `A student who rides the train said she was relieved. “...,” she said.`: the role just reported
            elif s.ref and s.ref[0] == "pronoun" and s.verb not in CARRY_VERBS and len(seen) >= 2 and name in seen and \
                    (told := _reported(p.text[upto_before(p, s):s.start], people)) and told in seen and \
                    _compatible(people, told, s.ref[1]):
                name = told  # `Acme's chairman, Jo Bell, said in a statement ... “...,” he said.`: who said it, not the firm
            if name is None and current:
                name = current
            if name is None and p.continues and last_speaker:
                name = last_speaker
            if name is None and not s.ref and s.start == 0 and k and paras[k - 1].index == p.index - 1:
                name = _colon_intro(paras[k - 1].text, people)
            since = max((o.end for o in p.spans if o.speech and o.end <= s.start), default=0)
            if name is None and not s.ref and (lead := (_sentences(p.text[since:s.start]) or [""])[-1]) and \
                    (said := attribution(lead, people.aliases, after=False))[0] and said[1] in _SPEECH_LEADS and \
                    said[0][0] in ("name", "pronoun"):
                # `She added that the canton was negotiating with the utility. “Nobody should ...”`: the one who spoke
                # in the sentence before, not the last thing it named
                # (a pronoun opening that sentence means someone named before it, not the utility it names later)
                earlier = (people.mentions(p.text[since:s.start - len(lead)]), current)
                name = _resolve(Span(0, 0, False, True, said[0], said[1]), people, history + [earlier], last_speaker)
            if name is None:
                name = _lookahead(paras, k, people)
            if name is None:
                name = _recent(history + [here], people, "any") or last_speaker
            if s.ref and s.ref[0] == "pronoun" and name:
                people.vote(name, s.ref[1])
            s.speaker = current = name
        reported = _reported(p.narration(), people)
        if current in WRITTEN:
            current = None  # a note or sign is not who `he said` next means
        last_speaker = current or reported or last_speaker
        # `Union secretary Paul Ferraro said ...`: the one who speaks is who `he said` next means,
        # before any other name in the paragraph
        history.append((people.mentions(p.narration()), current or reported))


# verbs of speech whose subject goes on speaking in the quote after the sentence
_SPEECH_LEADS = {"said", "says", "added", "adds", "told", "tells", "explained", "explains", "warned", "warns", "insisted",
                 "insists", "argued", "argues", "noted", "notes", "stressed", "continued", "continues", "went on"}


# documents a person issues: `the statement said` means whoever the story says issued it
ISSUED = {"statement", "email", "letter", "release", "memo"}
# who issues a statement when no one is named: `a spokesperson for the Presidency`, `the council's lawyer`
_ISSUER_ROLE = r"(?:[a-z]+)?spokes(?:person|man|woman)|representative|official|lawyer|solicitor|attorney"


_DOC_REACH = 2  # paragraphs back to the one that names who issued a statement


def _lead_in(paras: list[Para], k: int) -> list[str]:
    """The narration before paragraph k, nearest first: the paragraph before it, or when k
    continues a quote running over several paragraphs, each of them back to the paragraph
    that introduced the quote (`In a statement, Brendan Coady said ...` / `"We recognize ...` /
    `"When ...," the statement said.`)."""
    j = k
    while j > 0 and paras[j].continues:
        j -= 1
    # and past a paragraph quoting it: `In a statement, X said ...` / `“...,” X said.` / `The statement added ... “...”`
    if k >= _DOC_REACH and any(s.speech for s in paras[k - 1].spans):
        j = min(j, k - _DOC_REACH + 1)
    return [paras[i].narration() for i in range(k - 1, max(j - 1, 0) - 1, -1) if i >= 0]


def _issuer(document: str, texts: list[str], people: People) -> str | None:
    """The person named in the nearest text that mentions the document (`In a written
    statement, general manager Alan Richter blamed ...` / `"...," the statement said.`):
    the one it says spoke, before a firm's name that reads like a person's.

    >>> _issuer("statement", ["In a statement, Westbrook Power spokesperson Ann Lowry said it would help."],
    ...         learn_people(["In a statement, Westbrook Power spokesperson Ann Lowry said it would help."]))
    'Ann Lowry'

    The document speaking again (`The statement added that ...`) names no issuer: the one before does.

    >>> _issuer("statement", ["The statement added that the work would start in the spring and that",
    ...                       "In a statement, a spokesperson for the water board said the pipes were old."], learn_people([]))
    'spokesperson'
    """
    for text in texts:
        for sentence in reversed(_sentences(text)):
            if not re.search(rf"\b{document}\b", sentence, re.I):
                continue
            ref, _verb = attribution(sentence, people.aliases, after=False)
            if ref and ref[0] == "name":  # `In a statement, Westbrook Power spokesperson Ann Lowry said`
                return people.canonical(ref[1])
            if ref and ref[0] == "role" and ref[1] not in ISSUED and _person_role(ref[1]):
                return ref[1]  # `In a statement to Radio X, a spokesperson for the council said`: not the station
            if owner := _document_owner(document, sentence):
                return owner
            if named := people.mentions(sentence):
                return named[0]
            # `In a statement, a spokesperson for the Presidency said ...`: issued by a role, not a name
            if m := re.search(rf"\b(?:a|an|the|its|their)\s+({_ISSUER_ROLE})\b", sentence):
                return m.group(1)
            if ref and ref[0] == "role" and ref[1].lower() == document:
                continue  # `The statement added that ...`: the document speaking again, its issuer named before
            return None  # the nearest mention of the document decides
    return None




_CAP_RUN = r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&-]*)(?: (?:of |for |and |& )?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&-]*){0,5})"


def _document_owner(document: str, sentence: str) -> str | None:
    """The firm or body a statement or email comes from, when no person is named:
    `a written statement from Acme Property Group`, `The email, which Acme shared with us`,
    `the council's statement`.

    >>> _document_owner("statement", "According to a written statement from Acme Property Group, it was sold.")
    'Acme Property Group'
    >>> _document_owner("email", "The email, which Nestor Labs sent to customers, reads:")
    'Nestor Labs'
    >>> _document_owner("statement", "In a statement issued by the Department of Health, officials said so.")
    'Department of Health'
    >>> _document_owner("statement", "The statement did not say what the site would become.") is None
    True
    """
    doc = rf"\b{document}s?\b"
    for pattern in (rf"{doc}[^.;:]{{0,30}}?\b(?:from|by)\s+(?:the\s+)?{_CAP_RUN}",
                    rf"{doc},?\s+(?:which|that)\s+(?:the\s+)?{_CAP_RUN}\s+(?:had\s+)?(?:shared|sent|released|issued|"
                    rf"published|provided|gave|emailed|posted)\b",
                    rf"{_CAP_RUN}[’']s?\s+(?:[a-z]+\s+)?{doc}"):
        if m := re.search(pattern, sentence):
            run = m.group(1).strip()
            if run.split()[0].lower() not in FUNCTION and run.split()[0] not in ("I", "We", "In", "According"):
                return run
    return None


# `," said the British-Nigerian driver`: a described person met before, not a new speaker
_EPITHET = re.compile(r"^[,.]?[”\"’']?,? (?:said|says|added|admitted) the (?:[A-Z][\w’'-]*-[A-Z][\w’'-]+|\d+-year-old)\b")


def upto_before(p: Para, s: Span) -> int:
    """Where the narration before span `s` starts: after the paragraph's previous quote."""
    return max((o.end for o in p.spans if o.speech and o.end <= s.start), default=0)


def _described(after: str, role: str, before: list[str]) -> bool:
    """`“...,” the father of four recalled.`, `said the retired school canteen operator`: a
    definite description after the quote whose noun the story has not used before names no
    one new. It describes someone already in the story (`An NYPD spokesman ...` earlier makes
    `the spokesman said` that spokesman).

    >>> _described('," the father of four recalled.', "father", ["Sami Haddad, 61, was restocking the cooler."])
    True
    >>> _described(", the spokesman said.", "spokesman", ["An NYPD spokesman praised the owner."])
    False
    >>> _described(", said the team spokesperson.", "spokesperson", ["Daniel Okonkwo finished second."])
    False
    """
    low = role.lower()
    if re.fullmatch(_ISSUER_ROLE, low) or low.startswith("chair") or low in TITLES and low not in ROLE_GENDER:
        return False  # `said the team spokesperson`, `the officer said`: someone the story has not named, in office
    if low in ISSUED or low in WRITTEN or \
            not re.match(rf"^[,.]?[”\"’']?,?\s+(?:(?:{VERBS})\s+)?the\s+(?:[\w’'-]+\s+){{0,4}}{re.escape(role)}\b", after, re.I):
        return False
    return not any(re.search(rf"\b{re.escape(role)}s?\b", text, re.I) for text in before)


def _sentences(text: str) -> list[str]:
    starts = sentence_starts(text) + [len(text)]
    return [text[a:b] for a, b in zip(starts, starts[1:])]


# `That was how Ann Lee described ...`, `That was the account of Ann Lee, ...`: the sentence
# right after an unattributed quote names who said it
_NAMED_AFTER = re.compile(r"^\s*(?:That|This|Those|These|Such) (?:was|is|were|are|has been|had been) (?:how|what|"
                          r"(?:the|part of the) (?:account|view|verdict|message|warning|words?|assessment|reaction|plea|"
                          r"story|experience|answer|reply|response|description|explanation) (?:of|from|given by))\b")


_FROM_ROLE = re.compile(rf"\b(?:from|by)\s+(?:a|an|the|its|their)\s+({_ISSUER_ROLE}|press office)\b")


def _colon_intro(text: str, people: People) -> str | None:
    """Who the paragraph before introduces with a colon when the quote stands in a paragraph
    of its own: a name or role it attributes, or whom it says the words came from (`I got a
    reply from a spokesperson, which I'll paste in full:`).

    >>> _colon_intro("I got a reply from a spokesperson on Monday, which I'll paste in full:", People())
    'spokesperson'
    >>> _colon_intro("The reason was simple:", People()) is None
    True
    >>> _colon_intro("The letter, which Harbour Water sent to tenants, reads in full:", People())
    'Harbour Water'
    >>> ppl = learn_people(["Dr. Ann Lee, an economist who studies ports, put it this way:"])
    >>> _colon_intro("Researchers say more data is needed. Dr. Ann Lee, an economist who studies ports, put it this way:", ppl)
    'Ann Lee'
    >>> _colon_intro("The findings surprised Ann Lee, who summed them up:", ppl) is None
    True
    """
    if not text.rstrip().endswith(":"):
        return None
    sentence = (_sentences(text) or [text])[-1]
    ref, _verb = attribution(sentence, people.aliases, after=False)
    if ref and ref[0] == "name":
        return people.canonical(ref[1])
    if ref and ref[0] == "role" and _person_role(ref[1]):
        return ref[1]
    if m := _FROM_ROLE.search(sentence):
        return m.group(1)
    if (doc := colon_subject(sentence, people.aliases)) and doc[0] == "role" and doc[1] in ISSUED:
        return _issuer(doc[1], [sentence], people) or doc[1]  # `The email, which Acme shared with us, reads:`
    runs = cap_runs(sentence.lstrip(" “\"‘"))
    if runs and runs[0][0] == 0 and (named := people.mentions(" ".join(runs[0][1]))):
        return named[0]  # `Dr Ann Lee, an economist who studies ports, put it this way:`: the sentence's subject
    return None


def _named_after(p: Para, s: Span, nxt: Para | None, people: People, opening: bool = False) -> str | None:
    """The speaker the narration right after the quote names (`That was how NAME put it`):
    the rest of its sentence, or the next paragraph's first sentence when the quote ends this one.
    A story may open on a quote in the first person standing alone and introduce its speaker in
    the next paragraph (`"I've caught that bus for thirty years."` / `Jack Pascoe, 81, was ...`)."""
    after = p.text[s.end:]
    if not after.strip() and nxt is not None and not nxt.continues:
        after = nxt.text
    sentence = next(iter(_sentences(after.lstrip())), "").strip()
    if _NAMED_AFTER.match(sentence) and (named := people.mentions(sentence)):
        return named[0]
    if opening and not p.narration().strip(" ,.") and _FIRST_PERSON.search(inner(p.text, s)) and \
            (named := people.mentions(sentence)) and len(named[0].split()) >= 2 and sentence.startswith(named[0]):
        return named[0]
    return None


def _reported(text: str, people: People) -> str | None:
    """The last person named as speaking in reported speech (`Dev Mistry said the money ...`).

    They are who `He added:` in the next paragraph most likely means. An unnamed speaker
    is described by a role, which may carry words before it or follow a scene-setting clause:

    >>> _reported("A 17-year-old high school student who rides the train said she was relieved.", People())
    'student'
    >>> _reported("At the pier, a tanker driver, who did not want to be named, said he was paid late.", People())
    'driver'
    >>> _reported("One tenant, a 19-year-old who works at a grocery store, said she was wary.", People())
    'tenant'
    >>> _reported("Another resident, who asked not to be named, said she had lived there for years.", People())
    'resident'
    >>> _reported("A mother of three, who said her bill reached Rs. 1,950, said her family cut back.", People())
    'mother'
    >>> _reported("One of the actresses, who asked not to be named, described the questioning.", People())
    'actress'

    A sentence bringing in one more unnamed person with any verb, before `he said`:

    >>> _reported("Another resident, a retired fisherman on the point, described the yard flooding with the tide.", People())
    'resident'
    >>> _reported("One nurse at the clinic recalls the night the power failed.", People())
    'nurse'
    >>> _reported("Another storm, the third this month, flooded the yard.", People()) is None
    True
    >>> _reported("A trader, Ama Manu, was packing her goods.", People()), _reported("Another vendor, who gave his name only as Kojo, shook his head.", People())
    ('Ama Manu', 'Kojo')
    >>> _reported("One nurse, who has worked on the ward for a decade, pointed to the old wing, where she said beds were cut.", People())
    'nurse'
    >>> _reported("A fisherman, who asked not to be named, recalled the storm of 1987, when he said the pier went.", People())
    'fisherman'
    """
    found = None
    starts = sentence_starts(text) + [len(text)]
    for a, b in zip(starts, starts[1:]):
        ref, verb = attribution(text[a:b], people.aliases, after=False)
        if ref and ref[0] == "name" and verb != "according to":
            found = people.canonical(ref[1])
        elif ref and ref[0] == "role" and verb != "according to" and \
                (m := re.search(rf"(?:^|, )(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother) (?:[\w’'-]+ ){{0,4}}{re.escape(ref[1])}(?:e?s)?\b", text[a:b])) and \
                (re.match(r"[^,]*?,? (?:an? [\w’'-]+ )?who\b", text[a:b][m.end():]) or _person_role(ref[1])):
            found = ref[1]  # `A principal at one school, who ..., said staff ...`, `One tenant, a 19-year-old who`
        elif m := _UNNAMED.match(text[a:b]):
            found = m.group(1).lower()  # `One developer at the studio, who ..., told Outlet that ...`
        elif not ref and (given := _GAVE_NAME.search(text[a:b])):
            found = people.canonical(given.group(1))  # `Another vendor, who gave his name only as Kojo, shook his head.`
        elif (not ref or ref[0] == "pronoun") and (m := _NEW_ONE.match(text[a:b])) and _person_role(m.group(1)):
            # `Another resident, a retired fisherman, described ...`: the one the sentence brings in, by name
            # when the apposition gives one (`A trader, Ama Manu, was packing ...`); a `she said` further on in
            # it is that person speaking (`One vendor, who ..., pointed to the depot, where she said ...`)
            named = resolve_phrase(m.group(2), people.aliases, from_start=True) if m.group(2) else None
            found = people.canonical(named[1]) if named and named[0] == "name" else m.group(1)
    return found


# an unnamed speaker described by a relative clause, then a speech verb: the first verb is theirs
_PARTY_TAG = re.compile(r"[RDI]-(?:[A-Z][\w.’'-]*)(?: [A-Z][\w.’'-]*){0,2}")  # `R-Kingman`, `D-Ill.`, `D-San Diego`
_UNNAMED = re.compile(r"^(?:One|A|An|Another) ([a-z]{3,20})\b[^,.]{0,40}, who\b(?:[^.]|\.(?=\s?\d)){0,160}?, "
                      r"(?:said|told|added|explained|admitted)\b")  # (`Rs. 1,950` inside the clause)
# a sentence bringing in one more unnamed person as its subject, with any verb: `Another resident, a retired
# waterman, described ...`, `One nurse at the clinic recalls ...`
_NEW_ONE = re.compile(r"^(?:One|Another|A|An) ([a-z]{3,20})(?: (?:in|of|from|at|on|near) [^,.]{1,40})?(?:, ([^,.]{1,80}),)? "
                      r"(?:[a-z]+ly )?(?:[a-z]+ed|[a-z]+s)\b")


def _resolve(s: Span, people: People, history, last_speaker: str | None) -> str | None:
    if not s.ref:
        return None
    kind, value = s.ref
    if kind == "name":
        return people.canonical(value)
    if kind == "role":
        return value
    # `he added` goes on from whoever spoke last: this paragraph's speaker before the paragraph before's
    carry = (history[-1][1] if history else None) or last_speaker
    if s.verb in CARRY_VERBS and carry and _compatible(people, carry, value):
        return carry
    return _recent(history, people, value)


_SUBJECT_VERB = r"(?:was|is|were|are|has|had|did|does|remained|seemed|sounded|looked|appeared|became|grew|stayed)"


def _clause_subject(before: str, people: People, gender: str) -> str | None:
    """The subject of the sentence just before a `he said` quote, when that sentence names
    several people and only one as a clause's subject (`Asked about the foul on Mallory by
    defender Whitby, Maddox was blunt. "I've seen it once," he said`): the pronoun means the
    one the sentence is about, not the first name it happens to mention.

    >>> ppl = learn_people(["Ian Maddox praised Luke Mallory. Ross Whitby said he defended."])
    >>> _clause_subject("Asked about the foul on Mallory by Ross Whitby, Maddox was blunt. ", ppl, "m")
    'Ian Maddox'
    >>> _clause_subject("Maddox praised Mallory, who was injured. ", ppl, "m") is None
    True
    """
    sentence = (_sentences(before.rstrip(" “\"‘")) or [""])[-1]
    named = [(at, run) for at, run in cap_runs(sentence) if people.mentions(" ".join(run))]
    if len(named) < 2:
        return None
    subjects = [people.mentions(" ".join(run))[0] for at, run in named
                if re.match(rf"(?:[\w’'.-]+\s+){{{len(run)}}}{_SUBJECT_VERB}\b", sentence[at:])]
    if len(subjects) == 1 and _compatible(people, subjects[0], gender):
        return subjects[0]
    return None


def _compatible(people: People, name: str, gender: str) -> bool:
    g = people.gender_of(name)
    return gender == "any" or g in ("unknown", gender)


def _recent(history, people: People, gender: str) -> str | None:
    """The subject of the most recent paragraph that names a compatible person."""
    for mentions, speaker in reversed(history):
        for name in ([speaker] if speaker else []) + mentions:
            if name in people.names or name == speaker:
                if _compatible(people, name, gender):
                    return name
    return None


def _lookahead(paras: list[Para], k: int, people: People) -> str | None:
    """An unattributed quote left open takes the speaker named where it continues."""
    p = paras[k]
    for nxt in paras[k + 1:]:
        if not (p.ends_open and nxt.continues):
            return None
        for s in nxt.spans:
            if s.speech and s.ref and s.ref[0] == "name":
                return people.canonical(s.ref[1])
        p = nxt
    return None


def speaker_genders(script: Script) -> dict[str, str]:
    """Each quoted speaker's gender, "male"/"female"/"unknown", for casting.

    Evidence: honorifics and gendered role words before the name, pronouns
    after it in the same sentence, and `she said`-style attributions.
    """
    narration = [s.text for s in script.segments if s.kind == "narration"]
    people = learn_people(narration)
    speakers = {s.speaker for s in script.segments if s.kind == "quote" and s.speaker}
    for name in speakers:
        people.add(name)
    people = learn_people(narration + list(speakers)) if speakers else people
    for name in speakers:
        people.add(name)
    segs = script.segments
    for a, b in zip(segs, segs[1:]):
        for q, n in ((a, b), (b, a)):
            if q.kind == "quote" and q.speaker and n.kind == "narration" and q.block == n.block:
                m = re.match(r"^\W*(he|she)\s+(?:" + VERBS + r")\b", n.text, re.I) if n is b else \
                    re.search(r"\b(he|she)\s+(?:" + VERBS + r")\b[^.!?]{0,40}$", n.text, re.I)
                if m:
                    people.vote(q.speaker, PRONOUNS[m.group(1).lower()])
    return {name: people.gender_of(name) for name in sorted(speakers)}
