"""Split clean paragraphs into narration and quoted speech, and name the speakers.

Only double quotation marks (curly or straight) delimit speech; single marks
inside a quote are nested quotes, and single-quoted headline words are
narration. A quoted stretch is *speech* when it opens a sentence, follows a
colon or `said,`, or ends in punctuation followed by an attribution
(`,” she said`); otherwise it is an embedded fragment read by the narrator.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from narrator.models import CleanArticle, Script, Segment

VERBS = (r"said|says|say|told|tells|added|adds|asked|asks|replied|replies|explained|explains|"
         r"warned|warns|insisted|insists|continued|continues|wrote|writes|tweeted|posted|stated|"
         r"declared|claimed|claims|argued|argues|noted|notes|admitted|admits|confirmed|recalled|"
         r"recalls|responded|remarked|urged|acknowledged|conceded|suggested|announced|revealed|"
         r"joked|shouted|whispered|pleaded|agreed|commented|went on|according to")
VERB = re.compile(rf"\b(?:{VERBS})\b", re.I)
CARRY_VERBS = {"added", "adds", "continued", "continues", "went on"}

HONORIFICS = {"mr": "male", "sir": "male", "lord": "male", "mrs": "female", "ms": "female",
              "miss": "female", "dame": "female", "lady": "female"}
GENDERED_ROLES = {
    "male": "spokesman chairman businessman father husband son brother grandfather boy man "
            "king prince duke uncle nephew widower actor",
    "female": "spokeswoman chairwoman businesswoman mother wife daughter sister grandmother "
              "girl woman queen princess duchess aunt niece widow actress",
}
ROLE_GENDER = {w: g for g, ws in GENDERED_ROLES.items() for w in ws.split()}
TITLES = set("""mr mrs ms miss mx dr prof professor sir dame lord lady sen senator rep representative
gov governor gen general col colonel lt capt captain sgt sergeant det detective insp inspector supt
superintendent chief constable pc officer judge justice mayor president minister secretary
chancellor prime deputy shadow mp mep msp cllr councillor rev reverend father bishop archbishop
pope king queen prince princess duke duchess coach manager ceo chairman chairwoman chair director
leader speaker ambassador commissioner attorney republican democrat democratic conservative labour
tory liberal st saint""".split())
FUNCTION = set("""the a an but and or so now then when while after before as if in on at of for by
to from with it this that these those he she they we i his her their its our my asked meanwhile
however yesterday today last""".split())
ORG_WORDS = set("""council committee department ministry office board agency authority service
police university college school hospital airport park street lane road avenue square bridge
river cup league united city rovers town fc club party act bill house senate congress parliament
news court church trust project alliance group company bank fund union association society
institute centre center museum station terminal international national royal survey commission
government kingdom states republic island islands county province region coast valley hill sea
ocean lake north south east west northern southern eastern western central greater new upper
lower st operation""".split())
# `Gov. Marla Hendricks` is later `the governor`
TITLE_WORDS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
               "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "det": "detective",
               "insp": "inspector", "supt": "superintendent", "prof": "professor", "capt": "captain",
               "cllr": "councillor", "rev": "reverend", "pres": "president", "dr": "doctor"}
PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female",
            "they": "any", "i": "any", "we": "any"}

NAME_TOKEN = re.compile(r"[A-Z][\w’'-]*\.?|[A-Z]\.")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Prof|Rev|Hon|Jr|Sr|Capt|Det|"
                     r"Insp|Supt|No|vs|etc)|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])$")
_SENTENCE_END = re.compile(r"[.!?…]+['’”\")]*\s+(?=[A-Z“\"‘'\d])")


def words(text: str) -> list[str]:
    """Word tokens, apostrophes kept.

    >>> words("It’s 5-4, he said.")
    ['It’s', '5', '4', 'he', 'said']
    """
    return re.findall(r"[\w’']+", text)


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin, ignoring abbreviations like `Sen.`.

    >>> sentence_starts("Sen. Ann Lee spoke. It was late.")
    [0, 20]
    """
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        if not _ABBREV.search(text[:m.start()]):
            starts.append(m.end())
    return starts


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


def speech_openers(texts: list[str], marks: str) -> int:
    """How many quotes opened by one of `marks` start a paragraph, a sentence or
    follow a colon: the places where speech, not a nested quote, begins.

    >>> speech_openers(["‘We won,’ she said.", "He said: ‘It was “mad”.’"], "‘"), speech_openers(["x"], "“")
    (2, 0)
    """
    pattern = re.compile(rf"(?:^|[.!?:]['’”\")]*\s+)[{re.escape(marks)}](?=\S)")
    return sum(len(pattern.findall(t)) for t in texts)


def inner(text: str, span: Span) -> str:
    return text[span.start + 1: span.end - 1 if span.closed else span.end].strip()


# ---------------------------------------------------------- attribution

def clause_before(text: str, start: int, lo: int) -> str:
    """The sentence piece between the last sentence start (or `lo`) and `start`."""
    begin = max([s for s in sentence_starts(text) if s <= start] + [lo])
    return text[max(begin, lo):start]


def clause_after(text: str, end: int, hi: int) -> str:
    piece = text[end:hi]
    starts = [s for s in sentence_starts(piece) if s > 0]
    return piece[:starts[0]] if starts else piece


def is_person_run(tokens: list[str]) -> bool:
    return bool(tokens) and not any(t.lower().strip(".") in ORG_WORDS for t in tokens)


def name_tokens(run: list[str]) -> list[str]:
    """The person's name at the end of a capitalised run, titles dropped.

    >>> name_tokens(["Defence", "Secretary", "Ben", "Wallace"])
    ['Ben', 'Wallace']
    """
    out: list[str] = []
    for tok in reversed(run):
        if tok.lower().strip(".") in TITLES or len(out) == 3:
            break
        out.insert(0, tok)
    return out


def cap_runs(text: str) -> list[tuple[int, list[str]]]:
    """Runs of capitalised tokens (with their offset), possessives ending a run."""
    runs: list[tuple[int, list[str]]] = []
    cur: list[str] = []
    cur_at = 0
    for m in re.finditer(r"[\w’'.-]+|[^\w\s]", text):
        tok = m.group()
        bare = tok.rstrip(".")
        possessive = bare.endswith(("’s", "'s"))
        if possessive:
            bare = bare[:-2]
        if NAME_TOKEN.fullmatch(tok) and bare.lower() not in FUNCTION:
            if not cur:
                cur_at = m.start()
            cur.append(bare)
            if possessive:
                runs.append((cur_at, cur))
                cur = []
            continue
        if cur:
            runs.append((cur_at, cur))
            cur = []
    if cur:
        runs.append((cur_at, cur))
    # `Islander Joan Pretty, 74, said`: a capitalised common noun opens the sentence
    return [(at, run[1:] if len(run) >= 3 and run[0].lower().strip(".") not in TITLES and (
        at == 0 or text[:at].rstrip()[-1:] in ".!?:") else run) for at, run in runs]


def resolve_phrase(phrase: str, aliases: dict[str, str], from_start: bool = False) -> tuple[str, str] | None:
    """What a subject phrase names: ("name", x), ("pronoun", gender) or ("role", word).

    >>> resolve_phrase("council spokeswoman Erin Matsuda", {})
    ('name', 'Erin Matsuda')
    >>> resolve_phrase("A spokesperson for the board", {})
    ('role', 'spokesperson')
    >>> resolve_phrase("Sen. Marjorie Kell", {}, from_start=True)
    ('name', 'Marjorie Kell')
    """
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
        at_edge = (len(words(phrase[:at])) <= 3 and "," not in phrase[:at]) if from_start else phrase.rstrip(" ,.")[-1:].isalpha() and \
            phrase.rstrip(" ,.").endswith(run[-1])
        if at_edge:
            if name := person_name(run):
                return ("name", name)
            key = " ".join(run).lower()
            if key in aliases:
                return ("name", aliases[key])
    head = re.split(r"\b(?:for|of|at|from|with|in|on|who|which)\b", phrase)[0]
    for cand in (words(head)[-1:] + toks[-1:]):
        if cand.islower() and cand not in FUNCTION and len(cand) > 2:
            if re.search(rf"\bthe\s+(?:[\w’'-]+\s+){{0,2}}{re.escape(cand)}\b", head, re.I) and f"the {cand}" in aliases:
                return ("name", aliases[f"the {cand}"])  # `the minister`, once the article has named one
            return ("role", cand)
    return None


def attribution(clause: str, aliases: dict[str, str], after: bool) -> tuple[tuple[str, str] | None, str]:
    """Find `X said` / `said X` / `according to X` in a clause; return (ref, verb)."""
    matches = list(VERB.finditer(clause))
    if not matches:
        return None, ""
    m = matches[0] if after else matches[-1]
    if after and len(words(clause[:m.start()].strip(" ,;:—–-“”\"").split(",")[0])) > 6:
        return None, ""
    verb = m.group().lower()
    pre = clause[:m.start()].strip(" ,;:—–-“”\"")
    post = clause[m.end():]
    if verb == "according to" or not words(pre):
        starts = [a for a in sentence_starts(post) if a > 0]
        subject = re.split(r",|;|:|\s[—–]\s|\.\s*$", post[:starts[0]] if starts else post)[0]
        return resolve_phrase(subject, aliases, from_start=True), verb
    parts = [p for p in pre.split(",") if p.strip()]
    subject = parts[-1]
    if clause[:m.start()].rstrip().endswith(",") and len(parts) >= 2:
        subject = parts[-2]  # `Name, the group's head of policy, said`
    return resolve_phrase(subject, aliases), verb


# ---------------------------------------------------------------- people

def person_name(run: list[str]) -> str:
    """The name in a run, keeping an honorific that gives a gender (`Mr Pretty`).

    >>> person_name(["Mr", "Pretty"]), person_name(["Britain’s", "Defence", "Secretary", "Ben", "Wallace"])
    ('Mr Pretty', 'Ben Wallace')
    """
    names = name_tokens(run)
    if not names or not is_person_run(names):
        return ""
    before = run[len(run) - len(names) - 1].lower().strip(".") if len(run) > len(names) else ""
    return " ".join(([before.capitalize()] if before in HONORIFICS else []) + names)


def split_honorific(name: str) -> tuple[list[str], str | None]:
    toks = name.split()
    hint = HONORIFICS.get(toks[0].lower().strip(".")) if len(toks) > 1 else None
    return (toks[1:] if hint else toks), hint


@dataclass
class People:
    names: list[str] = field(default_factory=list)  # fullest names, in order of first sight
    aliases: dict[str, str] = field(default_factory=dict)  # "defence secretary" -> name
    gender: dict[str, Counter] = field(default_factory=dict)

    def _same(self, surname: str) -> list[str]:
        return [n for n in self.names if n.split()[-1].lower() == surname.lower()]

    def add(self, name: str) -> str:
        toks, _ = split_honorific(name)
        same = self._same(toks[-1])
        for known in same:
            kt = known.split()
            if len(toks) == 1 or len(kt) == 1 or kt[0] == toks[0]:
                if len(toks) > len(kt):
                    self.names[self.names.index(known)] = " ".join(toks)
                    self.gender[" ".join(toks)] = self.gender.pop(known, Counter())
                    return " ".join(toks)
                return known
        self.names.append(" ".join(toks))
        return " ".join(toks)

    def canonical(self, name: str) -> str:
        """The fullest known name; an honorific picks between namesakes."""
        toks, hint = split_honorific(name)
        same = self._same(toks[-1])
        if len(same) > 1 and len(toks) > 1:
            same = [n for n in same if n.split()[0] == toks[0]] or same
        if len(same) > 1 and hint:
            same = [n for n in same if self.gender_of(n) == hint] or \
                   [n for n in same if self.gender_of(n) == "unknown"] or same
        return same[0] if same else " ".join(toks)

    def known(self, name: str) -> bool:
        return bool(name) and bool(self._same(split_honorific(name)[0][-1]))

    def vote(self, name: str, gender: str) -> None:
        if gender in ("male", "female"):
            self.gender.setdefault(self.canonical(name), Counter())[gender] += 1

    def gender_of(self, name: str) -> str:
        c = self.gender.get(name) or self.gender.get(self.canonical(name), Counter())
        if c["male"] == c["female"]:
            return "unknown"
        return "male" if c["male"] > c["female"] else "female"

    def mentions(self, text: str) -> list[str]:
        """People named in a stretch of narration, in order."""
        found = []
        for _, run in cap_runs(text):
            name = person_name(run)
            if self.known(name):
                found.append(self.canonical(name))
            elif " ".join(run).lower() in self.aliases:
                found.append(self.aliases[" ".join(run).lower()])
        return found


def learn_people(texts: list[str]) -> People:
    """Names (2-3 capitalised tokens, or an honorific and a surname) and evidence of gender."""
    people = People()
    roles: dict[str, set[str]] = {}  # "governor" -> people the article gives that title
    for text in texts:
        for at, run in cap_runs(text):
            names = name_tokens(run)
            titled = len(names) < len(run) and run[len(run) - len(names) - 1].lower().strip(".") in TITLES
            if names and is_person_run(names) and (len(names) >= 2 or titled):
                name = people.add(" ".join(names))
                before = [t for t in run[:len(run) - len(names)] if "’" not in t and "'" not in t]
                if before and not all(t.lower().strip(".") in HONORIFICS for t in before):
                    people.aliases.setdefault(" ".join(before).lower(), name)
                    last = before[-1].lower().strip(".")
                    roles.setdefault(TITLE_WORDS.get(last, last), set()).add(name)
                elif not before and (m := re.search(r"\b([a-z]{3,})\s+$", text[:at])) and \
                        m.group(1) not in FUNCTION and not VERB.fullmatch(m.group(1)):
                    roles.setdefault(m.group(1), set()).add(name)  # `union president Carla Dunn`
    for role, holders in roles.items():
        if len(holders) == 1:
            people.aliases.setdefault(f"the {role}", holders.pop())
    for text in texts:
        for m in re.finditer(r"\b(\w+)\.?,? ((?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+)", text):
            word = m.group(1).lower()
            g = HONORIFICS.get(word) or ROLE_GENDER.get(word)
            name = m.group(2) if word not in HONORIFICS else f"{word} {m.group(2)}"
            if g and people.known(m.group(2)) and (word not in HONORIFICS or len(people._same(
                    m.group(2).split()[-1])) == 1):
                people.vote(name, g)
        for sentence in _sentences(text):
            _pronoun_votes(sentence, people)
    return people


def _sentences(text: str) -> list[str]:
    starts = sentence_starts(text) + [len(text)]
    return [text[a:b] for a, b in zip(starts, starts[1:])]


def _pronoun_votes(sentence: str, people: People) -> None:
    """`Name ... revealed she had` -> the nearest person before a pronoun gets its gender."""
    events = [(at, person_name(run)) for at, run in cap_runs(sentence)]
    events += [(m.start(), m.group()) for m in re.finditer(r"\b(?:he|his|him|she|her)\b", sentence)]
    last: str | None = None
    for _, tok in sorted(events):
        if tok in PRONOUNS:
            if last:
                people.vote(last, PRONOUNS[tok])
                last = None
        elif people.known(tok):
            last = people.canonical(tok)


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


def classify(text: str, spans: list[Span], aliases: dict[str, str]) -> None:
    """Mark each span as speech or fragment, and read its local attribution."""
    prev_end = 0
    for k, sp in enumerate(spans):
        nxt = spans[k + 1].start if k + 1 < len(spans) else len(text)
        quoted = inner(text, sp)
        before = text[prev_end:sp.start].rstrip()
        b_clause = clause_before(text, sp.start, prev_end)
        a_clause = clause_after(text, sp.end, nxt) if sp.closed else ""
        opens_sentence = not before or bool(re.search(r"[.!?…:]['’”\")]*$", before))
        introduced = before.endswith(":") or bool(re.search(rf"\b(?:{VERBS}),$", before, re.I))
        a_ref, a_verb = attribution(a_clause, aliases, after=True) if a_clause else (None, "")
        attributed = bool(a_verb) and bool(re.search(r"[,.!?…—–-]$", quoted))
        n = len(words(quoted))
        sp.speech = introduced or attributed or (opens_sentence and (n >= 4 or not sp.closed))
        if sp.speech:
            if introduced and before.endswith(":"):
                sp.ref, sp.verb = attribution(b_clause, aliases, after=False)
                if not sp.verb and len(words(b_clause)) <= 6:
                    ref = resolve_phrase(b_clause.rstrip(": "), aliases)
                    sp.ref = ref if ref and ref[0] == "name" else None
            if not sp.ref and attributed:
                sp.ref, sp.verb = a_ref, a_verb
            if not sp.ref and introduced:
                sp.ref, sp.verb = attribution(b_clause, aliases, after=False)
        prev_end = sp.end


def build_script(article: CleanArticle) -> Script:
    body = [(i, b) for i, b in enumerate(article.blocks) if b.role == "body"]
    # Most outlets quote speech in double marks; some use single marks throughout
    # and keep double marks for quotes nested inside speech.
    texts = [b.text for _, b in body]
    spans = find_single_spans if speech_openers(texts, "‘") > speech_openers(texts, "“\"") else find_spans
    paras = [Para(i, b.text, spans(b.text)) for i, b in body]
    people = learn_people([b.text for b in article.blocks if b.role != "title"])
    for p in paras:
        classify(p.text, p.spans, people.aliases)
        for s in p.spans:
            if s.speech and s.ref and s.ref[0] == "name":
                people.add(s.ref[1])
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
            segments.append(Segment("quote", inner(p.text, s), s.speaker, i))
            pos = s.end
        _narrate(segments, p.text[pos:], i)
    return Script(article.title, article.publication, tuple(segments), article.dropped,
                  article.source, article.standfirst, article.byline)


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
        for s in p.spans:
            if not s.speech:
                continue
            here = (people.mentions(p.text[:s.start]), current)
            name = _resolve(s, people, history + [here], last_speaker)
            if name is None and current:
                name = current
            if name is None and p.continues and last_speaker:
                name = last_speaker
            if name is None:
                name = _lookahead(paras, k, people)
            if name is None:
                name = _recent(history + [here], people, "any") or last_speaker
            if s.ref and s.ref[0] == "pronoun" and name:
                people.vote(name, s.ref[1])
            s.speaker = current = name
        last_speaker = current or last_speaker
        history.append((people.mentions(p.narration()), current))


def _resolve(s: Span, people: People, history, last_speaker: str | None) -> str | None:
    if not s.ref:
        return None
    kind, value = s.ref
    if kind == "name":
        return people.canonical(value)
    if kind == "role":
        return value
    if s.verb in CARRY_VERBS and last_speaker and _compatible(people, last_speaker, value):
        return last_speaker
    return _recent(history, people, value)


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
