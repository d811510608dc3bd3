"""People in an article: names, titles and aliases, and evidence of gender.

Speech verbs and sentence splitting live here too, since learning who is who
needs them as much as attribution does.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field


VERBS = (r"said|says|say|told|tells|added|adds|asked|asks|replied|replies|explained|explains|"
         r"warned|warns|insisted|insists|continued|continues|wrote|writes|tweeted|posted|stated|"
         r"declared|claimed|claims|argued|argues|noted|notes|admitted|admits|confirmed|recalled|"
         r"recalls|responded|remarked|urged|acknowledged|conceded|suggested|announced|revealed|"
         r"joked|shouted|whispered|pleaded|agreed|commented|went on|began|according to|"
         r"encouraged|reminded|stressed|emphasi[sz]ed|cautioned")
VERB = re.compile(rf"\b(?:{VERBS})\b", re.I)
CARRY_VERBS = {"added", "adds", "continued", "continues", "went on"}

HONORIFICS = {"mr": "male", "sir": "male", "ratu": "male", "adi": "female", "lord": "male", "mrs": "female", "ms": "female",
              "miss": "female", "dame": "female", "lady": "female", "prince": "male", "princess": "female",
              "king": "male", "queen": "female", "duke": "male", "duchess": "female"}
GENDERED_ROLES = {
    "male": "spokesman chairman businessman father husband son brother grandfather boy man "
            "king prince duke earl marquess viscount baron uncle nephew widower actor",
    "female": "spokeswoman chairwoman businesswoman mother wife daughter sister grandmother "
              "girl woman queen princess duchess countess marchioness viscountess baroness aunt niece widow actress",
}
ROLE_GENDER = {w: g for g, ws in GENDERED_ROLES.items() for w in ws.split()}
# people the story names by what they are, who may speak: `his family said:`, `the owner told us:`
PEOPLE_NOUNS = set("""family families relatives parents parent owner owners farmer farmers resident residents
neighbour neighbours neighbor neighbors witness witnesses friend friends tenant tenants landlord customer customers
passenger passengers driver drivers teacher teachers worker workers nurse nurses doctor doctors student students
pupil pupils victim victims survivor survivors organiser organisers organizer organizers volunteer volunteers
trader traders vendor vendors fan fans player players source sources official officials employee employees
shopkeeper homeowner homeowners patient patients child children veteran veterans landlady caller callers
pope priest bishop imam rabbi pastor vicar chef owner-operator founder cofounder co-founder executive
analyst expert researcher researchers scientist economist academic lecturer principal headteacher
spokesperson representative lawyer solicitor attorney prosecutor investigator""".split())
TITLES = set("""mr mrs ms miss mx dr prof professor sir dame lord lady sen senator rep representative
gov governor gen general col colonel lt capt captain sgt sergeant det detective insp inspector supt
superintendent chief constable pc officer judge justice sheriff magistrate coroner recorder mayor president minister secretary
chancellor prime deputy shadow mp mep msp cllr coun councillor rev reverend father bishop archbishop
pope king queen prince princess duke duchess coach manager ceo chairman chairwoman chair director
leader speaker ambassador commissioner attorney republican democrat democratic conservative labour
tory liberal st saint hon honourable honorable executive officer administrator coordinator commander
treasurer registrar""".split())
FUNCTION = set("""the a an another but and or so now then when while after before as if in on at of for by
to from with it this that these those he she they we i his her their its our my asked meanwhile
however yesterday today last""".split())
ORG_WORDS = set("""council committee department ministry office board agency authority service
police university college school hospital airport park street lane road avenue square bridge
river cup league united city rovers town fc club party act bill house senate congress parliament
news court church trust project alliance group company bank fund union association society
institute centre center museum station terminal international national royal survey commission
festival awards expo summit conference
government kingdom states republic island islands county province region coast valley hill sea
ocean lake north south east west northern southern eastern western central greater new upper
lower st operation affairs services foundation network partnership federation
co inc ltd llc corp plc gmbh pty bhd
entertainment studios holdings industries corporation limited technologies systems media publishing
district municipality water utilities energy slam championship championships tour olympics airlines airways
railways motors securities ventures labs stores farmers workers growers teachers nurses doctors health uk""".split())  # (a firm's legal suffix: `Basin Bagel Co.`)
# `Gov. Marla Hendricks` is later `the governor`
TITLE_WORDS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
               "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "det": "detective",
               "insp": "inspector", "supt": "superintendent", "prof": "professor", "capt": "captain",
               "cllr": "councillor", "rev": "reverend", "pres": "president", "dr": "doctor", "justice": "judge"}
PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female",
            "they": "any", "i": "any", "we": "any"}

NAME_TOKEN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\.?|[A-ZÀ-ÖØ-ÞĀ-Ž]\.")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Prof|Rev|Hon|Jr|Sr|Capt|Det|"
                     r"Insp|Supt|No|vs|etc|Coun|Cllr|Atty|Cmdr|Maj|Adm|Brig|Cpl|Fr|Msgr|Const|Pres|"
                     # a currency or count abbreviated before its figure: `Rs. 1,950`, `Tk. 500`, `Nos. 4 and 5`
                     r"Rs|Tk|Ksh|Kshs|Shs|Rp|Nos|approx)|\b[A-ZÀ-ÖØ-ÞĀ-Ž]|\b(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.)+[A-ZÀ-ÖØ-ÞĀ-Ž])$")
# Matches start only at the first mark of a run: "......" stays linear.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+['’”\")]*\s+(?=[A-Z“\"‘'\d])")


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
    >>> sentence_starts("Coun. Ann Lee said Tuesday. Atty. Jo Bell agreed.")
    [0, 28]
    >>> sentence_starts("The bill reached Rs. 1,950, she said. Prices rose.")
    [0, 38]
    """
    return list(_sentence_starts(text))


@functools.lru_cache(maxsize=32)  # clause_before asks again for every quote in a paragraph
def _sentence_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        # Search only the tail: slicing text[:m.start()] each time is quadratic on long paragraphs.
        if not _ABBREV.search(text, max(0, m.start() - 40), m.start()):
            starts.append(m.end())
    return tuple(starts)


# a romanised East Asian given name, hyphenated with its second syllable in lower case (`Ji-hoon`, `Wing-yee`,
# `Seo-yeon`): the family name stands before it. A double-barrelled surname capitalises both parts (`Smith-Jones`).
_GIVEN_AFTER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+-[a-z]+")


def surname_of(toks: list[str]) -> str:
    """The family name among a name's tokens: the last, or the first of an East Asian name
    written family name first.

    >>> surname_of(["Park", "Ji-hoon"]), surname_of(["Chan", "Wing-yee"]), surname_of(["Ann", "Lee"]), surname_of(["Jo", "Smith-Jones"])
    ('Park', 'Chan', 'Lee', 'Smith-Jones')
    >>> surname_of(["Jean-claude"])
    'Jean-claude'
    """
    return toks[-2] if len(toks) >= 2 and _GIVEN_AFTER.fullmatch(toks[-1]) else toks[-1]


def is_person_run(tokens: list[str]) -> bool:
    """No organisation word in the run, unless it is an East Asian family name before its
    given name (`Park Ji-hoon`, not `Hyde Park`).

    >>> is_person_run(["Park", "Ji-hoon"]), is_person_run(["Hyde", "Park"]), is_person_run(["Park", "Lane"])
    (True, False, False)
    >>> is_person_run(["BBC", "Scotland"]), is_person_run(["Grand", "Slam"]), is_person_run(["ANN", "LEE"])
    (False, False, True)
    >>> is_person_run(["Jo", "Bell", "MSP"]), is_person_run(["MLA", "Ian", "Hatt"])
    (True, True)
    """
    if len(tokens) == 2 and _GIVEN_AFTER.fullmatch(tokens[-1]):
        return True
    if len(tokens) == 2 and re.fullmatch(r"[A-Z]{3,}", tokens[0]) and not tokens[1].isupper():
        return False  # an acronym before a word: `BBC Scotland`, not a name in capitals, `MLA Ian Hatt` or `Jo Bell MSP`
    return bool(tokens) and not any(t.lower().strip(".’'") in ORG_WORDS for t in tokens)  # (`Federated Farmers'`)


def _said_surname(text: str, at: int, run: list[str], names: list[str]) -> bool:
    """A name whose surname is also a place word (`Dana Hill`, `Lena Park`) is a person's where
    the text says so: a speech verb before it, or `, who` or an age after it.

    >>> _said_surname('"It rose," said Dana Hill, who lives there.', 16, ["Dana", "Hill"], ["Dana", "Hill"])
    True
    >>> _said_surname("Crowds filled Tower Hill, which was closed.", 14, ["Tower", "Hill"], ["Tower", "Hill"])
    False
    """
    if len(names) < 2 or not is_person_run(names[:-1]):
        return False
    end = at + len(" ".join(run))
    return bool(re.match(r",? (?:who|whose)\b|, (?:\d{1,3}|aged \d{1,3}),|,? (?:said|says|told|added|explained)\b", text[end:]) or
                re.search(r"\b(?:said|says|added|according to)\s+$", text[max(0, at - 16):at]))


# the last word of a firm's or an area's name that may run straight into a person's name
_SECTOR_WORDS = {"energy", "water", "utilities", "district", "municipality", "motors", "securities", "ventures", "labs",
                 "stores", "airlines", "airways", "railways", "health"}


def name_tokens(run: list[str]) -> list[str]:
    """The person's name at the end of a capitalised run, titles dropped.

    >>> name_tokens(["Defence", "Secretary", "Ben", "Wallace"])
    ['Ben', 'Wallace']

    A capitalised title ending in a role word names no one (`the Metropolitan Chief Executive`,
    `the Regional Police Commander`, `Hon. Ann Lee`):

    >>> name_tokens(["Metropolitan", "Chief", "Executive"]), name_tokens(["Police", "Commander"]), name_tokens(["Hon", "Ann", "Lee"])
    ([], [], ['Ann', 'Lee'])
    >>> name_tokens(["Energy", "Ann", "Lee"]), name_tokens(["Fellside", "Water"])
    (['Ann', 'Lee'], ['Fellside', 'Water'])
    """
    out: list[str] = []
    for tok in reversed(run):
        if tok.lower().strip(".") in TITLES or len(out) == 3 or len(out) >= 2 and tok.lower().strip(".’'") in _SECTOR_WORDS:
            break  # (`Harbour Energy Ann Lee`, `Kasese District Ann Lee`: the firm's or area's name before the person's)
        out.insert(0, tok)
    return out


_HANDLE = re.compile(r"(?<=\b[A-Z][a-z])([a-z’'-]*)(\s[\"“‘'][\w.-]{2,20}[\"”’']\s)(?=[A-Z])")


def without_handle(text: str) -> str:
    """The text with a player's quoted handle between first and last name blanked out, offsets kept.

    >>> without_handle('Jonas "sprinkles" Meyer')
    'Jonas             Meyer'
    """
    return _HANDLE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


def cap_runs(text: str) -> list[tuple[int, list[str]]]:
    """Runs of capitalised tokens (with their offset), possessives ending a run. A player's
    handle between the names is set aside (`Mikkel "kjeld" Sørensen`), offsets kept.

    >>> cap_runs('Mikkel "kjeld" Sørensen won.'), cap_runs("Ann Lee won.")
    ([(0, ['Mikkel', 'Sørensen'])], [(0, ['Ann', 'Lee'])])
    """
    text = without_handle(text)
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
            # `... in March. Marcus Leddy/Sentinel`: a full stop after a whole word ends the
            # sentence, unlike one after an initial or a title (`J.`, `Gov.`, `Capt.`)
            if possessive or tok.endswith(".") and len(bare) >= 5 and bare.lower() not in TITLES:
                runs.append((cur_at, cur))
                cur = []
            continue
        if cur and _particle(tok, text, m.end()):
            cur.append(tok)  # `Marco de Bruijn`, `Ans van der Berg`: a particle inside a surname
            continue
        if cur:
            runs.append((cur_at, cur))
            cur = []
    if cur:
        runs.append((cur_at, cur))
    # `Islander Joan Pretty, 74, said`: a capitalised common noun opens the sentence
    return [(at, run[1:] if len(run) >= 3 and run[0].lower().strip(".") not in TITLES and (
        at == 0 or _char_before(text, at) in ".!?:") else run) for at, run in runs if not never_a_person(text, at, run)]


_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "dos", "ter", "ten", "le", "la", "bin", "ibn"}


def _particle(tok: str, text: str, end: int) -> bool:
    """A lower-case surname particle between a capitalised word and the surname it opens
    (`Marco de Bruijn`, `Ans van der Berg`), as Dutch, German, French, Italian, Iberian and
    Arabic names are printed.

    >>> cap_runs("said director Marco de Bruijn.")[0][1], cap_runs("said Ans van der Berg.")[0][1]
    (['Marco', 'de', 'Bruijn'], ['Ans', 'van', 'der', 'Berg'])
    >>> cap_runs("Paris de jour")[0][1]
    ['Paris']
    """
    return tok in _PARTICLES and bool(re.match(r"\s+(?:(?:de|van|von|der|den|la|le)\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿ]", text[end:]))


def _char_before(text: str, at: int) -> str:
    """The last non-space character before `at` (not text[:at].rstrip(): quadratic over many runs)."""
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""


def _space_before(text: str, at: int) -> int:
    """Where the whitespace that ends just before `at` starts (`at` itself when there is none)."""
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


_CHAIN = re.compile(r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+(?:(?:of|and|&|for|the|de)\s+)*)+)(?:of|and|&|for)\s+(?:the\s+)?$")
_CHAIN_TAIL = re.compile(r"(?:of|and|&|for)\s+(?:the\s+)?\Z")
_THE_END = re.compile(r"\b[Tt]he\Z")
_CHAIN_WINDOW = 300  # characters before a run searched for an organisation's name (no name is that long)


def never_a_person(text: str, at: int, run: list[str]) -> bool:
    """Capitalised runs that name no one, whatever their shape:

    - a dateline or acronym, every word in capitals (`WESTON FALLS —`, `RCMP`);
    - a run after `The` (`to The Deccan Ledger`, `The Vermont Democrat`): no one is called `The X`
      (`The Defence Secretary` is a title, which may stand for someone);
    - the tail of an organisation's name (`Ministry of Trade and Export Development`).

    Only the text just before `at` is searched (searching text[:at] for every run is quadratic).

    >>> never_a_person("WESTON FALLS — On a gray day", 0, ["WESTON", "FALLS"])
    True
    >>> never_a_person("Speaking to The Deccan Ledger", 16, ["Deccan", "Ledger"])
    True
    >>> never_a_person("the Ministry of Trade and Export Development", 26, ["Export", "Development"])
    True
    >>> never_a_person("Walt and Bernadette Kowalczyk", 9, ["Bernadette", "Kowalczyk"])
    False

    An organisation's name may end in a title and the name of the one who holds it
    (`Board of Supervisors Chair Denise Haskins`): that run is a person.

    >>> never_a_person("Board of Supervisors Chair Denise Haskins", 9, ["Supervisors", "Chair", "Denise", "Haskins"])
    False
    """
    if all(len(t.strip(".’'")) > 1 and t.isupper() for t in run):
        return True
    end = _space_before(text, at)
    if end < at and _THE_END.search(text, max(0, end - 3), end) and \
            not any(t.lower().strip(".") in TITLES for t in run):
        return True
    if not _CHAIN_TAIL.search(text, max(0, at - 40), at):  # cheap test of how _CHAIN must end
        return False
    if any(t.lower().strip(".") in TITLES for t in run[:-2]) and run[-1].lower() not in ORG_WORDS:
        return False  # `... of Supervisors Chair Denise Haskins`: the title's holder closes the run
    # The window starts after a space, so it never begins inside a word.
    lo = 0 if at <= _CHAIN_WINDOW else text.find(" ", at - _CHAIN_WINDOW, at) + 1
    m = _CHAIN.search(text, lo, at) if lo or at <= _CHAIN_WINDOW else None
    return bool(m) and any(w.lower().strip(".") in ORG_WORDS for w in words(m.group(1)))


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
    holders: dict[str, set[str]] = field(default_factory=dict)  # "senator" -> two or more people given it

    def _same(self, family: str) -> list[str]:
        return [n for n in self.names if surname_of(n.split()).lower() == family.lower()]

    def add(self, name: str) -> str:
        toks, _ = split_honorific(name)
        same = self._same(surname_of(toks))
        for known in same:
            kt = known.split()
            if len(toks) == 1 or len(kt) == 1 or kt[0] == toks[0]:
                if len(toks) > len(kt):
                    self.names[self.names.index(known)] = " ".join(toks)
                    self.gender[" ".join(toks)] = self.gender.pop(known, Counter())
                    return " ".join(toks)
                return known
        if not same and len(toks) == 1 and (first := self.by_first_name(toks[0])):
            return first  # `Sir David` once `Sir David Kettering` is known
        self.names.append(" ".join(toks))
        return " ".join(toks)

    def canonical(self, name: str) -> str:
        """The fullest known name; an honorific picks between namesakes."""
        toks, hint = split_honorific(name)
        same = self._same(surname_of(toks))
        if len(same) > 1 and len(toks) > 1:
            same = [n for n in same if n.split()[0] == toks[0]] or same
        if len(same) > 1 and hint:
            same = [n for n in same if self.gender_of(n) == hint] or \
                   [n for n in same if self.gender_of(n) == "unknown"] or same
        if not same and len(toks) == 1 and (first := self.by_first_name(toks[0])):
            return first  # `Sir David` once `Sir David Kettering` is known
        return same[0] if same else " ".join(toks)

    def known(self, name: str) -> bool:
        toks = split_honorific(name)[0] if name else []
        return bool(toks) and (bool(self._same(surname_of(toks))) or len(toks) == 1 and self.by_first_name(toks[0]) is not None)

    def vote(self, name: str, gender: str) -> None:
        if gender in ("male", "female"):
            self.gender.setdefault(self.canonical(name), Counter())[gender] += 1

    def gender_of(self, name: str) -> str:
        c = self.gender.get(name) or self.gender.get(self.canonical(name), Counter())
        if c["male"] == c["female"]:
            return "unknown"
        return "male" if c["male"] > c["female"] else "female"

    def by_first_name(self, token: str) -> str | None:
        """The one known person with this first name (`Danni` once `Danni Rhodes` is known).

        >>> People(names=["Danni Rhodes", "Leanne Price"]).by_first_name("Danni")
        'Danni Rhodes'
        """
        same = [n for n in self.names if len(n.split()) > 1 and n.split()[0] == token]
        return same[0] if len(same) == 1 else None

    def mentions(self, text: str) -> list[str]:
        """People named in a stretch of narration, in order, and people called by the one role
        the article gives them (`The judge rejected both defences` names Mrs Justice Harrow).
        A team's or firm's one-word name before a title is not the one meant:

        >>> ppl = learn_people(["Northbay Falcons won.", "Falcons coach Rita Moss, whose side won, smiled.", "Ann Lee wept."])
        >>> ppl.mentions("Falcons coach Rita Moss, whose side won, smiled."), ppl.mentions("Lee told Rita Moss.")
        (['Rita Moss'], ['Ann Lee', 'Rita Moss'])
        """
        found: list[tuple[int, str]] = []
        for at, run in cap_runs(text):
            name = person_name(run)
            if not name and (full := " ".join(name_tokens(run))) in self.names:
                name = full  # learned from its context although a place word ends it (`said Dana Hill, who ...`)
            if len(run) == 1 and (m := _BEFORE_TITLED.match(text, at + len(run[0]))) and m.group(1) in TITLES:
                continue  # `Falcons coach Ann Lee`: a team's or firm's name before the title of the one meant
            if self.known(name):
                found.append((at, self.canonical(name)))
            elif " ".join(run).lower() in self.aliases:
                found.append((at, self.aliases[" ".join(run).lower()]))
            elif len(run) == 1 and (first := self.by_first_name(run[0])):
                found.append((at, first))  # tabloids call their subject by first name
        roles = [key[4:] for key in self.aliases if key.startswith("the ")]
        if roles:
            pattern = r"\b[Tt]he (" + "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True)) + r")\b"
            found += [(m.start(), self.aliases["the " + m.group(1).lower()])
                      for m in re.finditer(pattern, text, re.I)]
            found.sort(key=lambda pair: pair[0])
        return [name for _, name in found]


_BEFORE_TITLED = re.compile(r" ([a-z]+(?:-[a-z]+)?) (?=[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+ [A-ZÀ-ÖØ-ÞĀ-Ž])")
_CAP_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]{2,}")


def _word_before(text: str, at: int) -> str | None:
    """The lower-case word (3+ letters) that whitespace separates from `at`, if any; like
    re.search(r"\\b([a-z]{3,})\\s+$", text[:at]) but without scanning all of text[:at].

    >>> _word_before("union president Carla Dunn", 16), _word_before("Xabc Carla", 5)
    ('president', None)
    """
    end = _space_before(text, at)
    start = end
    while start > 0 and "a" <= text[start - 1] <= "z":
        start -= 1
    if end == at or end - start < 3 or (start and re.match(r"\w", text[start - 1])):
        return None
    return text[start:end]


_PORTFOLIO = 100  # how far back a title's `of`/`for` may stand: `Minister of Small Business and Enterprise`


def _office_of(text: str, at: int) -> str | None:
    """The title word of `<Title> of ` right before `at` (`Minister of State ...`), lowercased,
    also across a portfolio of several capitalised words joined by `and` (`Minister of
    Housing and Local Government Ann Lee`, `Secretary for Trade, Industry & Energy Jo Bell`).

    >>> _office_of("Minister of State Ann Lee said", 12), _office_of("People of Cork Ann Lee", 10)
    ('minister', None)
    >>> text, other = "Minister of Housing and Local Government Ann Lee said", "Secretary for Trade, Industry & Energy Jo Bell"
    >>> _office_of(text, text.index("Government")), _office_of(other, other.index("Energy"))
    ('minister', 'secretary')
    >>> _office_of("The Friends of Parks and Gardens Ann Lee", 26) is None
    True
    >>> _office_of("Secretary for Transport Ann Lee said", 14)
    'secretary'
    """
    m = re.search(r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+) (?:of|for) (?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*,?|and|&) )*$", text[max(0, at - _PORTFOLIO):at])
    return m.group(1).lower() if m and m.group(1).lower() in TITLES else None


_PEER = re.compile(r"\b(Duke|Duchess|Earl|Countess|Marquess|Marchioness|Viscount|Viscountess|Baron|Baroness|"
                   r"Prince|Princess) of ([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)\b")

_FIRST_NAME_AGE = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]{2,}), (?:aged )?\d{1,2}, (?=[a-z])")


def learn_people(texts: list[str]) -> People:
    """Names (2-3 capitalised tokens, or an honorific and a surname) and evidence of gender."""
    people = People()
    roles: dict[str, set[str]] = {}  # "governor" -> people the article gives that title
    for text in texts:
        for name in shared_surname(text):
            people.add(name)
        for at, run in cap_runs(text):
            names = name_tokens(run)
            titled = len(names) < len(run) and run[len(run) - len(names) - 1].lower().strip(".") in TITLES
            if len(names) >= 2 and len(run) >= 3 and (office := _office_of(text, at)):
                # `Minister of State Siobhán Kerrigan`, `Minister for Island Transport Ann Lee`: the run after `of`
                # or `for` opens with the rest of the title, the name its last two words
                name = people.add(" ".join(names[-2:]))
                roles.setdefault(TITLE_WORDS.get(office, office), set()).add(name)
                continue
            if text[max(0, at - 7):at] == ", from " and len(run) == len(names):
                continue  # `Keeley Marsh, from Market Harborough,`: where someone is from, no one
            if names and (is_person_run(names) or _said_surname(text, at, run, names)) and (len(names) >= 2 or titled):
                name = people.add(" ".join(names))
                before = [t for t in run[:len(run) - len(names)] if "’" not in t and "'" not in t]
                if before and not all(t.lower().strip(".") in HONORIFICS for t in before):
                    people.aliases.setdefault(" ".join(before).lower(), name)
                    last = before[-1].lower().strip(".")
                    roles.setdefault(TITLE_WORDS.get(last, last), set()).add(name)
                    for tok in before[:-1]:  # `Vice-Chancellor Professor Ann Lee` is also `the vice-chancellor`
                        if "-" in tok and tok.lower().split("-")[-1] in TITLES:
                            roles.setdefault(tok.lower(), set()).add(name)
                elif not before and (role := _word_before(text, at)) and \
                        role not in FUNCTION and not VERB.fullmatch(role):
                    roles.setdefault(role, set()).add(name)  # `union president Carla Dunn`
                elif not before and not text.startswith(run[0], at) and (m := _CAP_WORD.match(text, at)):
                    roles.setdefault(m.group().lower(), set()).add(name)  # `Singer Jess Marlow said`
        for role, name in appositive_roles(text):
            if people.known(name):
                roles.setdefault(TITLE_WORDS.get(role, role), set()).add(people.canonical(name))
    for text in texts:  # `Shanice, 29, works ...`: someone the story names by a first name and an age
        for m in _FIRST_NAME_AGE.finditer(text):
            if m.group(1).lower() not in ORG_WORDS | FUNCTION | TITLES:
                people.add(m.group(1))
    for text in texts:  # `the Duchess of Halford`: a peer is named by the title's place
        for m in _PEER.finditer(text):
            name = people.add(m.group(2))
            roles.setdefault(m.group(1).lower(), set()).add(name)
            people.vote(name, ROLE_GENDER.get(m.group(1).lower(), "unknown"))
    for role, holders in roles.items():
        if len(holders) == 1:
            people.aliases.setdefault(f"the {role}", holders.pop())
        else:
            people.holders[role] = {people.canonical(h) for h in holders}
            if people.aliases.get(role) in people.holders[role]:
                del people.aliases[role]  # `Minister Ann Lee` and `Minister Jo Bell`: `the minister` is whoever was last named
    brands = _brands(texts)
    for name in brands | _places(texts):
        if name in people.names:
            people.names.remove(name)
    for name in [n for n in people.names if n.split()[0] in brands and " " not in n.split()[0]]:
        people.names.remove(name)  # the firm's product: `Acme One Plus`
    for text in texts:
        for m in re.finditer(r"\b(\w+)\.?,? ((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+ ){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)", text):
            word = m.group(1).lower()
            g = HONORIFICS.get(word) or ROLE_GENDER.get(word)
            name = m.group(2) if word not in HONORIFICS else f"{word} {m.group(2)}"
            if g and people.known(m.group(2)) and (word not in HONORIFICS or len(people._same(
                    m.group(2).split()[-1])) == 1):
                people.vote(name, g)
        for sentence in _sentences(text):
            _pronoun_votes(sentence, people)
    return people


# `the Commissioner for Commerce, Mrs Funke Adesanya,` / `Funke Adesanya, the state's commerce commissioner,`
_NAME_RUN = r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]* ){1,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)"
_ROLE_THEN_NAME = re.compile(rf"\b[Tt]he ((?:[a-z][\w’'-]* ){{0,2}}[A-Za-z][a-z-]+)(?: (?:of|for|at|to|on|in) [^,.;:]{{1,40}})?, {_NAME_RUN}")
_NAME_THEN_ROLE = re.compile(rf"{_NAME_RUN}, the ((?:[\w’'-]+ ){{0,3}}?[a-z][a-z-]+)(?=[,.;]| (?:of|for|at|to|on|in|who)\b)")


# a capitalised title ending in its role word, its acronym, then the holder: `the Kumasi Metropolitan Chief Executive
# (MCE), Hon. Ann Lee,`, `the Regional Police Commander, ACP Jo Bell,`
_CAP_ROLE_THEN_NAME = re.compile(rf"\b[Tt]he (?:[A-Z][\w’'-]* ){{0,5}}([A-Z][a-z]+)(?: \(([A-Z]{{2,6}})\))?, "
                                 rf"(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof|Rev|Sir|Dame|Cllr|[A-Z]{{2,4}})\.? )?{_NAME_RUN}")
_TITLE_THEN_NAME = re.compile(rf"\b[A-Z][\w’'-]+ ([A-Z][a-z]+), (?:(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Professor|Prof|Sir|Dame) )?"
                              rf"{_NAME_RUN}")


def appositive_roles(text: str) -> list[tuple[str, str]]:
    """(role, name) pairs the text sets side by side with commas, the role in lower case.

    >>> appositive_roles("In a statement, the Commissioner for Commerce, Mrs Funke Adesanya, said so.")
    [('commissioner', 'Mrs Funke Adesanya')]
    >>> appositive_roles("Musa Danjuma, the chairman of the traders' association, said the union would write.")
    [('chairman', 'Musa Danjuma')]
    >>> appositive_roles("Dana Ferreira, a spokesperson for the police, said so.")
    []

    A place's title, then its holder: `Lucea Mayor, Councillor Errol Gordon, told ...`

    >>> appositive_roles("Lucea Mayor, Councillor Errol Gordon, told the paper on Tuesday.")
    [('mayor', 'Errol Gordon')]

    A capitalised title ending in its role word, with its acronym: the holder is the person.

    >>> appositive_roles("It was announced by the Harbour District Chief Executive (DCE), Hon. Ama Boateng, on Monday.")
    [('executive', 'Ama Boateng'), ('dce', 'Ama Boateng')]
    >>> appositive_roles("said the Northern Regional Police Commander, ACP Kofi Mensah, in a statement.")[0]
    ('commander', 'Kofi Mensah')
    >>> appositive_roles("The Grand Hotel, Harbour Road, was sold.")
    []
    """
    found = [(m.group(1).split()[-1].lower(), m.group(2)) for m in _ROLE_THEN_NAME.finditer(text)]
    for m in _CAP_ROLE_THEN_NAME.finditer(text):
        if m.group(1).lower() in TITLES:
            found += [(m.group(1).lower(), m.group(3))] + ([(m.group(2).lower(), m.group(3))] if m.group(2) else [])
    found += [(m.group(1).lower(), m.group(2)) for m in _TITLE_THEN_NAME.finditer(text) if m.group(1).lower() in TITLES]
    return found + [(m.group(2).split()[-1].lower(), m.group(1)) for m in _NAME_THEN_ROLE.finditer(text)]


_COUPLE = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][a-z’'-]+) (?:and|&) ([A-ZÀ-ÖØ-ÞĀ-Ž][a-z’'-]+) ([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)\b(?! (?:[A-ZÀ-ÖØ-ÞĀ-Ž]|of\b))")


def shared_surname(text: str) -> list[str]:
    """`Walt and Bernadette Kowalczyk`: two people who share the surname written once.

    >>> shared_surname("Walt and Bernadette Kowalczyk, who bought the diner")
    ['Walt Kowalczyk']
    >>> shared_surname("a spokesperson for the Ministry of Trade and Export Development said")
    []
    """
    found = []
    for m in _COUPLE.finditer(text):
        first, second, surname = m.groups()
        if never_a_person(text, m.start(), [first]) or not is_person_run([first, second, surname]) or \
                {first.lower(), second.lower()} & (TITLES | FUNCTION):
            continue
        if (c := _char_before(text, m.start())) not in ".!?:" and c.isupper():
            continue  # inside a longer capitalised name
        found.append(f"{first} {surname}")
    return found


def _brands(texts: list[str]) -> set[str]:
    """Capitalised runs used after `a`/`an` as a modifier (`a Morning Brew spokesperson`,
    `an Acme Water engineer`): a show, firm or body, since no one writes `a Jane Smith`.

    >>> sorted(_brands(["A Morning Brew spokesperson said so.", "She met an old friend."]))
    ['Morning Brew']
    >>> sorted(_brands(["a year of the company’s Lumio Plus subscription", "the union’s Ann Lee said"]))
    ['Lumio Plus']

    A name set before a spokesperson, its staff or its customers is the firm's (`Acme spokesperson
    Ann Lee`, `Acme customers`), and `learn_people` drops the products named after it too:

    >>> sorted(_brands(["Acme spokesperson Ann Lee said the Acme One Plus was old.", "Halyard users were angry."]))
    ['Acme', 'Halyard']
    >>> sorted(_brands(["Kestrel Marine spokesman Jo Bell said so."]))
    ['Kestrel Marine']
    >>> learn_people(["Acme spokesperson Ann Lee said the Acme One and Acme One Plus were old."]).names
    ['Ann Lee']
    >>> sorted(_brands(["At Harlow Freight, a refrigerated warehousing company, turnover fell.",
    ...                 "Tern Labs, the startup behind the app, declined to comment."]))
    ['Harlow Freight', 'Tern Labs']
    >>> sorted(_brands(["Ann Lee said the decision was final."]))
    []
    >>> sorted(_brands(["Ann Lee, a founder of the company, said so.", "Ann Lee, an engineer at the firm, said so.",
    ...                 "Ann Lee, the group's founder, said so.", "Jo Bell, a studio engineer, said so."]))
    []
    """
    found = set()
    for text in texts:
        for m in re.finditer(r"\b(?:a|an|A|An) ((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+ ){1,3})[a-z]", text):
            found.add(m.group(1).strip())
        for m in _FIRM_STAFF.finditer(text):
            found.add(m.group(1))
        for m in _FIRM_APPOSITIVE.finditer(text):
            run = m.group(1).split()
            while len(run) > 1 and run[0].lower() in FUNCTION:
                run.pop(0)  # `At Harlow Freight, a ... company`
            found.add(" ".join(run))
        # `the company’s Lumio Plus subscription`, `its Acme Cloud service`: a possessive, a name, a noun
        for m in re.finditer(r"\b(?:[a-z]+[’']s|its|their|our|your) ((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+ ){1,3})([a-z]+)\b", text):
            run = m.group(1).split()
            if not VERB.fullmatch(m.group(2)) and not m.group(2).endswith("ed") and \
                    not any(t.lower().strip(".") in TITLES for t in run):
                found.add(m.group(1).strip())
    return found


# a firm's name right before its staff or customers: `Acme spokesperson Ann Lee`, `Halyard users`
_FIRM_STAFF = re.compile(r"(?<![\w’'.-] )\b((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w&-]+ ){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+) (?:spokes(?:person|man|woman)|"
                         r"representatives?|employees|staff|engineers|customers|users|owners|executives)\b")


# a name described as a firm or body: `Harlow Freight, a refrigerated warehousing company`, `Tern Labs, the startup behind`
_FIRM_APPOSITIVE = re.compile(r"\b((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w&’'-]+ ){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w&’'-]+), (?:a|an|the)(?: (?!(?:of|at|for|in|with|to|on|by|the|a|an)\b)[\w-]+){0,4} "
                              r"(?:company|firm|business|startup|start-up|operator|maker|manufacturer|retailer|chain|supplier|"
                              r"provider|brand|carrier|airline|developer|utility|charity|nonprofit|non-profit|organi[sz]ation|"
                              r"co-?operative|consultancy|insurer|lender|publisher|broadcaster|label|studio|agency|group)"
                              r"(?=[,.;:)]| (?:in|based|that|which|behind|with|from|founded|headquartered|whose|of|near|on|at|"
                              r"run|owned|known|for)\b)")


_PLACE = re.compile(r"\b(?:in|near|outside|across|throughout|"
                    # `one resident of San Lorenzo`, `villagers of Ashby Parva`: people named for where they live
                    r"(?:[Rr]esidents?|[Nn]atives?|[Vv]illagers?|[Cc]itizens?|[Ii]nhabitants?|[Tt]ownspeople|[Tt]ownsfolk) of"
                    r") ((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+ ){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]+)\b(?![’'\w])")


def _places(texts: list[str]) -> set[str]:
    """Capitalised runs after `in`, `near`, `across` (`households in Harlan Falls`): a place,
    since no one writes `in Jane Smith` (`in Jane Smith’s case` is left alone).

    >>> sorted(_places(["340 households in Harlan Falls had paid.", "In Mr Lee’s view, near Lake Tovey."]))
    ['Harlan Falls', 'Lake Tovey']
    >>> sorted(_places(["One resident of Villa Nueva Alta, who asked not to be named, said so.", "Natives of Port Kell agree."]))
    ['Port Kell', 'Villa Nueva Alta']
    >>> sorted(_places(["The family of Ann Lee said she was kind."]))
    []
    """
    found = set()
    for text in texts:
        for m in _PLACE.finditer(text):
            if m.group(1).split()[0].lower().strip(".") not in TITLES and \
                    m.group(1).split()[0].lower().strip(".") not in HONORIFICS:
                found.add(m.group(1))
    return found


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
