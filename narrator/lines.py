"""Line rules: each looks at one pasted line and names why it is never read aloud.

A rule returns a reason code (`credit`, `timestamp`, `newsletter` ...) or None.
Context and region rules, which look at a line's neighbours and position,
live in `narrator.normalise`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from narrator.people import VERB


@dataclass
class Line:
    """A pasted line, its paragraph, and why it is dropped (None: read aloud)."""
    text: str
    group: int  # lines between two blank lines share a group
    reason: str | None = None
    role: str = "body"


_MENU_ITEMS = 5  # a menu: this many short unpunctuated lines in a row in one paragraph


def _menu_item(line: Line) -> bool:
    return len(words(line.text)) <= 3 and not TERMINAL.search(line.text) and not line.text.endswith(":")


def in_menu(lines: list[Line], i: int) -> bool:
    """Line `i` is one item of a menu: at least `_MENU_ITEMS` short unpunctuated lines in a
    row in its paragraph (`World` / `Travel` / `Deals` / `Newsletters` / `Podcasts`), unlike a
    sign-up box's few short lines (`Email address` / `Sign up`) under its long pitch.

    >>> menu = [Line(t, 0) for t in ("Home", "Local", "Sport", "Newsletters", "Obituaries", "Storm closes the bridge")]
    >>> in_menu(menu, 3), in_menu(menu, 5)
    (True, False)
    >>> box = [Line(t, 0) for t in ("Get the Morning Brief in your inbox every weekday.", "Email address", "Sign up")]
    >>> in_menu(box, 2)
    False
    """
    if not _menu_item(lines[i]):
        return False
    lo = i
    while lo and i - lo < _MENU_ITEMS and lines[lo - 1].group == lines[i].group and _menu_item(lines[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(lines) and lines[hi + 1].group == lines[i].group and _menu_item(lines[hi + 1]) \
            and hi - lo < _MENU_ITEMS:
        hi += 1
    return hi - lo + 1 >= _MENU_ITEMS


def groups(lines: list[Line]) -> list[list[Line]]:
    """Runs of lines that share a paragraph, in page order.

    >>> [[ln.text for ln in g] for g in groups([Line("a", 0), Line("b", 0), Line("c", 1)])]
    [['a', 'b'], ['c']]
    """
    out: list[list[Line]] = []
    for line in lines:
        if out and out[-1][0].group == line.group:
            out[-1].append(line)
        else:
            out.append([line])
    return out


# a sentence's end, also under a desk editor's initials signing the story off (`... at station booths. /cb`)
TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*(?:\s+/\s?[a-z]{2,4})?$""")
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
    >>> is_sentence("Fares will be collected in cash until then. /atm"), is_sentence("Read more at example.org /news")
    (True, False)
    """
    return len(words(text)) >= min_words and bool(TERMINAL.search(text))


# ---------------------------------------------------------------- line rules

_CREDIT_PAREN = re.compile(
    r"\((?:[\w ]*\b)?(?:Images?|Pictures?|Photos?|Photograph|Credit|Video)(?: by)?\s*[:/][^)]*\)\s*$", re.I)
# `(Submitted by Carla Mensah)`, `(Supplied)`, `(Courtesy of the family)`: who handed the picture over
# `(Devin Harkness / The Bellrose Current)`; `... on Wednesday. —JONAS DE LEON`
_NAME_OUTLET_PAREN = re.compile(r"\((?:[A-Z][\w’'.-]+ ){1,3}/ (?:[A-Z][\w’'&.-]*\s?){1,5}\)\s*$")
# a photographer's credit set under the caption: `Ann Lee / The Current`, `Ann Lee/The Current`
_WRITER_TAIL = re.compile(r"/\s*(?:[A-Z][\w’'&.-]*\s){0,3}(?:Staff |Senior |Chief )?(?:Writer|Reporter|Correspondent)$")
_NAME_OUTLET = re.compile(r"^[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2}(?: / |/)(?:[A-Z][\w’'&.-]*)(?: [A-Z][\w’'&.-]*){0,3}$")
# `... stop it drying out. Fiona Ritchie / Tideline`: the credit after the caption's last sentence
_NAME_OUTLET_TAIL = re.compile(r"[.!?]\s+[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2} / [A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}$")
# `... since January. Photo / Alan Gibson`: the NZ-style credit after the caption's last sentence
_SLASH_CREDIT_TAIL = re.compile(r"[.!?]\s+(?:Photos?|Pictures?|Images?|Photograph|Video) / [A-Z][\w’'.-]*(?: [A-Z][\w’'&.-]*){0,4}$")
_CAPS_CREDIT = re.compile(r"[.)]\s*[—–]\s?[A-Z][A-Z.’' -]{3,40}$|"
                          # `... during the monsoon season. — Filepic`, `— Bernama`: one to three words signed after a dash
                          r"[.)]\s*[—–]\s?[A-Z][\w’'&./-]*(?: [A-Z][\w’'&./-]*){0,2}$|"
                          # `... on February 26, 2026. - AFP`, `... in Dhaka. - AP/EPA`: a wire agency after a hyphen
                          r"[\w.)]\s+-\s?[A-Z]{2,6}(?:/[A-Z][\w]*){0,2}$")
_LICENCE_TAIL = re.compile(r"[,.]\s*CC(?:0| BY(?:-(?:SA|ND|NC))*)(?: \d\.\d)?\s*$")
# a photographer's credit as a line of its own: `Gregory Pastrana for the NY Sentinel`
_FOR_OUTLET_LINE = re.compile(r"^[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2} for (?:the|The) [A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}$")
_SOURCE_PAREN = re.compile(r"\((?:(?:Photo |Image |Picture )?(?:Submitted|Supplied|Provided|Contributed|Handout)(?: by [^)]{2,60})?|"
                           r"(?:Photo |Image |Picture )?[Cc]ourtesy(?: of)? [^)]{2,60}|"
                           r"(?:File|Archive|Stock|Representative|Representational|Illustrative)(?: (?:photo|picture|image|pic)s?)?|"
                           # `(Express Photo)`, `(PTI photo by Ann Lee)`, `(Screengrab)`: the desk or agency that shot it
                           r"(?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*)? (?:photo|pic|image|picture)s?(?: by [^)]{2,40})?|"
                           r"screen ?(?:grab|shot)|video ?grab|"
                           # `(Image for representation)`, `(Photo used for illustrative purposes only)`: a stand-in picture
                           r"(?:(?:photo|picture|image|pic)s? (?:used )?)?for (?:representation|illustration|"
                           r"(?:representational|representative|illustrative|illustration) purposes?)(?: only)?)\)\s*$", re.I)
# `Photo: Ann Lee`, `Photo / Ann Lee` (NZ style), `Picture | Agency`
_CREDIT_ONLY = re.compile(
    r"^(?:Images?|Pictures?|Photos?|Photograph|Credits?|Video)(?: source| credits?)?\s*[:,/|]\s*\S", re.I)
# `Photo by the author`, `Pictures courtesy of the family`: a short credit line with no label colon
_CREDIT_BY = re.compile(r"^(?:Images?|Pictures?|Photos?|Photographs?|Photography|Illustrations?|Graphics?)\s+"
                        r"(?:by|courtesy(?: of)?|supplied by|provided by)\s+\S", re.I)
_BARE_SOURCE = re.compile(r"(?:supplied|handout|file|submitted|contributed|stock|representational|representative)"
                          r"(?: (?:photo|image|picture|pic))?|(?:(?:photo|image|picture|pic)s? )?for representation(?:al purposes)?(?: only)?|"
                          r"(?:photo|image|picture)s? supplied|filepic|getty(?: images)?|shutterstock|istock(?:photo)?|alamy", re.I)
# who handed the picture over, a credit line set under its caption: `Courtesy of Maison Corvell`, `Courtesy the Smith family`
_COURTESY_OF = (r"(?:(?:Photo|Image|Picture)s? )?[Cc]ourtesy(?: of)? (?:the )?[A-Z][\w’'&.-]*"
                r"(?: (?:of |and |& |the )?[A-Z&][\w’'&.-]*){0,5}(?: family)?")
_COURTESY = re.compile(rf"^{_COURTESY_OF}$")
# `Data: Trade Monitor; Chart: Ann Lee/Outlet`, `Graphic: Jo Bell`: a chart's credits, each part a label and a name
_CHART_PART = re.compile(r"(?:Sources?|Data|Charts?|Graphics?|Maps?|Visuali[sz]ation|Infographic|Analysis)(?: by)?\s*:\s*[A-Z0-9]\S*(?: \S+){0,9}",
                         re.I)
_CHART_LABEL = re.compile(r"(?:Charts?|Graphics?|Maps?|Visuali[sz]ation|Infographic)\b", re.I)
_CAPTION_LABEL = re.compile(r"^(?:Image|Photo|Picture|Video) caption\s*[:,]", re.I)
# `... Thursday. | Photo Credit: M. K. Pillai`: a name's initials may carry full stops
# `Cork strippers at work near Coruche, 9 July 2025 - Copyright  Agency/Ann Lee`: a wire picture's rights tail
_COPYRIGHT_TAIL = re.compile(r"\s[-–—|]\s*(?:Copyright|©)\s+(?:©\s*)?[A-Z][\w’'.&-]*(?:(?: | ?/ ?)[A-Z][\w’'.&-]*){0,4}$")
_CREDIT_TAIL = re.compile(r"\b(?:Photograph|Photo|Picture|Image|Illustration|Composite|(?-i:Credits?))(?: by| credit)?:\s*"
                          r"(?:[^.!?]|(?<=\b[A-Z])\.){2,80}$", re.I)
# `...this month.(ACB News: Sam Whitlock)`: an outlet and a photographer's name in brackets
# `... on a Saturday morning. (Ann Lee for The Halcyon)`: a photographer working for the outlet
_FOR_OUTLET_PAREN = re.compile(r"\((?:[A-Z][\w.'’-]*\s){1,3}for (?:the |The )?[A-Z][^()]{1,40}\)\s*$")
_OUTLET_PAREN = re.compile(r"\((?:[A-Z][\w&.'’-]*\s?){1,4}:\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\)\s*$")
# `...last month.Credit...Ana Ferreira for The Chronicle`: the credit glued to its caption
_GLUED_CREDIT = re.compile(r"(?:^|[a-z.!?)])(?:Credit|Photo|Image)s?\s*(?:\.{2,}|…)\s*[A-Z]")
# a caption's full stop with the credit pasted straight after it, no space: `... in central Nebraska.Courtesy Ann Lee`,
# `... on Monday.Photo: Jo Bell/AP`, `... at dusk.Getty Images`; the credit is the line's last few words
# `... in central Ohio. Courtesy of Lakes & Plains Interconnection`: who handed the picture over, after the caption
_COURTESY_TAIL = re.compile(rf"[\w)]{{2}}[.!?]\s+{_COURTESY_OF}$")
_GLUED_TAIL = re.compile(r"[a-z]{2}[.!?](?:Courtesy(?: of)?|Photo(?:graph)?s?(?: by)?:?|Images?:?|Credit:?|Picture:?|Getty Images|"
                         r"Supplied|Handout)(?: [A-Z][\w’'&./-]*(?: (?:of |for |and |& )?[A-Z][\w’'&./-]*){0,5})?$")
# `(?<![\w.])`: try `X.Y/Z` once per token, not from every capital inside it (quadratic on long tokens).
# `... Thursday [Omar Sefu/Meridian]`: a photographer and agency, bare or in brackets
# `Aerial footage shows the flood. (8News)`: a broadcaster's or picture desk's name closing a caption
_MEDIA_PAREN = re.compile(r"[.!?]\s*\((?:[A-Z0-9][\w&.'’-]*\s){0,3}[A-Z0-9][\w&.'’-]*(?:News|TV|Radio|Press|Media|Images|"
                          r"Photos?|Pictures|Video)\)$")
# `... from the Jubilee Gallopers. Ben Achterberg for Northlight`: the photographer working for the outlet
_FOR_OUTLET_TAIL = re.compile(r"[.!?]\s+(?:[A-Z][\w’'.-]+ ){1,3}for (?:the |The )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}$")
# `... near Walla Creek. Picture by Ross McInnes`, `... since she was 14. Photo by Theo Marchbanks for the Reader`
# `... on Monday. STAFF PHOTO BY ANN LEE`, `... PHOTO COURTESY OF THE CITY`: a credit in capitals closing the caption
_CAPS_BY_TAIL = re.compile(r"[.!?]\s+(?:(?:STAFF|FILE|CONTRIBUTED|SUBMITTED|SPECIAL) )?(?:PHOTO(?:GRAPH)?S?|PICTURES?|IMAGES?) "
                           r"(?:BY|COURTESY(?: OF)?|PROVIDED BY|SUPPLIED BY) [A-Z0-9][A-Z0-9 .,'’&/()-]{1,60}$")
_BY_CREDIT_TAIL = re.compile(r"[.!?][\"”’]?\s+(?:[-–—]\s*)?(?:Photo(?:graph)?s?|Pictures?|Images?|Illustrations?|"
                             r"PHOTO(?:GRAPH)?S?|PICTURES?|IMAGES?|ILLUSTRATIONS?) (?:by|BY) "
                             r"[A-Z][\w’'-]*(?:\.? [A-Z][\w’'-]*){0,3}(?:(?: for (?:the |The )?| ?/ ?)[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,4})?$")
_AGENCY_TAIL = re.compile(
    r"(?:Purchase Licensing Rights|/File Photo|(?<![\w.])[A-Z][\w.]*/[A-Z][\w.'-]*(?: (?:[A-Z][\w.'-]*|via|for|of|the|de|and|&))*\.?|"
    r"\(Photo by [^)]*\)|"
    r"[\[(][A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’ -]{1,40}[\])])\s*$")


def credit(text: str) -> str | None:
    """Picture credits, and captions that carry one.

    >>> credit("Picture: Getty Images"), credit("Image caption, A man walks")
    ('credit', 'caption')
    >>> credit("Crowds gather in the square. Photograph: Ann Lee/AP")
    'caption'
    >>> credit("Towers near a substation in Ohio. Courtesy of Lakes & Plains Grid"), credit("The family in 2019. Photo courtesy of the Ortiz family")
    ('caption', 'caption')
    >>> credit("The loan was repaid. Courtesy of the bank, the fees were waived.") is None
    True
    >>> credit("A pharmacist checks a box of tablets. Credit: Ann Lee / Meridian"), credit("He gave her credit: all of it.")
    ('caption', None)
    >>> credit("Nurses at work.(ACB News: Sam Lee)"), credit("A canal last month.Credit...Ana Ruiz for The Times")
    ('caption', 'caption')
    >>> credit("Herders check their goats in Bayankhongor on February 26, 2026. - AFP"), credit("Crowds in Dhaka last month - AP/EPA")
    ('caption', 'caption')
    >>> credit("The talks ended in Paris on Monday. - A spokesman said more would follow.") is None
    True
    >>> credit("Nurses at a clinic in rural Kansas.Courtesy of Ann Lee"), credit("A ferry leaves the harbour.Photo: Jo Bell/Wire")
    ('caption', 'caption')
    >>> credit("She moved to the U.S.Courtesy calls followed.") is None
    True
    >>> credit("Firefighters battled the blaze for six hours. (Submitted by Carla Mensah)")
    'caption'
    >>> credit("Photo / Ana Liufau"), credit("Photo by the author"), credit("Dunes at dusk [Ann Lee/Wire]")
    ('credit', 'credit', 'caption')
    >>> credit("Tankers at Velachery. | Photo Credit: M. K. Pillai"), credit("Ann stocks shelves. (Jo Bell for The Halcyon)")
    ('caption', 'caption')
    >>> credit("She said it was fine.") is None, credit("Photographs by her father hang in the hall.") is None
    (True, True)
    >>> credit("She worked (Monday to Friday for the council).") is None
    True
    >>> credit("A fan in her flat. (Jo Bell / The Current)"), credit("SQUEEZED. A stall on Wednesday. —JO DE LEON")
    ('caption', 'caption')
    >>> credit("He chose the bus (and the bus / the train).") is None, credit("Dams hold water. Fiona Ritchie / Tideline")
    (True, 'caption')
    >>> credit("Image Credits: Ann Lee"), credit("Workers at a mill. (File photo)"), credit("Ann Lee / The Current")
    ('credit', 'caption', 'credit')
    >>> credit("Commuters wait at a bus stop in the city. (Image for representation)"), credit("A vendor at a market. (Representative)")
    ('caption', 'caption')
    >>> credit("Farmers harvest wheat. (Photo used for illustrative purposes only)"), credit("He spoke for the union (Representative of staff).")
    ('caption', None)
    >>> credit("Voters queue outside a school on Tuesday. PHOTO BY ANN LEE / THE HARBOUR POST")
    'caption'
    >>> credit("Crowds on the quay at dawn. PICTURES BY JO BELL"), credit("The ban was lifted. PHOTO BY PHOTO, she joked.") is None
    ('caption', True)
    >>> credit("Pupils at the gate. STAFF PHOTO BY ANN LEE"), credit("The new pier. PHOTO COURTESY OF THE CITY OF KELSO")
    ('caption', 'caption')
    >>> credit("Traffic on the flyover. (Express Photo)"), credit("Crowds at the rally. (PTI photo by Ann Lee)")
    ('caption', 'caption')
    >>> credit("The minister in the clip. (Screengrab)"), credit("He showed the jury a picture (Exhibit 4 photo) of the van.") is None
    ('caption', True)
    >>> credit("A lake near Huntly, under a health warning since January. Photo / Alan Gibson")
    'caption'
    >>> credit("Police released the footage. Photo / video of the crash was also shared.") is None
    True
    >>> credit("Labour / Conservatives") is None, credit("He kept a file (photo albums too).") is None
    (True, True)
    >>> credit("Jake Mendez/Ashford Sentinel"), credit("Jake Mendez/ Ann Lee") is None
    ('credit', True)
    >>> credit("Vendors at the market on Tuesday. - Photo by Dwayne Ellis"), credit("The river in spate. — Filepic")
    ('caption', 'caption')
    >>> credit("A lime tree in a pavement pit in Sheffield. Mira Castell, CC BY-SA"), credit("The CC BY licence.") is None
    ('caption', True)
    >>> credit("Gregory Pastrana for the NY Sentinel"), credit("Vote Ann Lee for Mayor") is None
    ('credit', True)
    >>> credit("It rained. — and then it stopped") is None, credit("He paused. — Then he went on talking about it.") is None
    (True, True)
    >>> credit("Ivor Penhale in his workshop near Redruth. Ben Achterberg for Northlight")
    'caption'
    >>> credit("The campaign was short. Posters read Vote Ann Lee for Mayor.") is None
    True
    >>> credit("Aerial footage shows floodwater near Coraki. (8News)"), credit("She spoke to the station. (Updated)") is None
    ('caption', True)
    >>> credit("The mayor told a rival broadcaster the same thing. (Channel 9 later said it stood by its report.)") is None
    True
    >>> credit("Data: Semiconductor Trade Monitor; Chart: Quickline Visuals"), credit("Chart: Ann Lee")
    ('credit', 'credit')
    >>> credit("Data: rents rose 9% last year, the council said.") is None, credit("Data: Census Bureau") is None
    (True, True)
    >>> credit("Kimone Ferguson/Staff Reporter"), credit("By Ann Lee / Harbour Courier Staff Writer"), credit("Jo Bell/Getty Images")
    (None, None, 'credit')
    >>> credit("Workers strip bark near Coruche, 9 July 2025 - Copyright  Wirepix/Ann Lee")
    'caption'
    >>> credit("The band won back the rights - Copyright law, she said, is on their side.") is None
    True
    >>> credit("Representational image"), credit("Image for representation only"), credit("Representative of staff") is None
    ('credit', 'credit', True)
    >>> credit("Supplied"), credit("Handout photo"), credit("(File image)"), credit("Supplied by the council, the bins were new.") is None
    ('credit', 'credit', 'credit', True)
    >>> credit("Courtesy of Maison Corvell"), credit("Courtesy of the rain, the final was delayed until Monday.") is None
    ('credit', True)
    >>> credit("Ewes at her farm near Walla Creek. Picture by Ross McInnes")
    'caption'
    >>> credit("The gallery reopens on Friday. Photographs by Ansel Adams hang in the hall.") is None
    True
    >>> credit('A "For Rent" sign on Bronson Avenue. Rents rose again. Photo by Tony Caldwell /Capital Courier')
    'caption'
    >>> credit('"The show opens Friday," she said. "Photographs by Ansel Adams hang in the hall."') is None
    True

    An agency credit closing the line is Capitalised names after the slash, not a sentence running on:

    >>> credit("Crews clear the road near Leeds. Jo Bell/Getty Images via AFP"), credit("Flames at the depot. REUTERS/Ann Lee")
    ('caption', 'caption')
    >>> credit("The bus carried 23 pupils from the Junior/Senior High School and the driver.") is None
    True
    >>> credit("Students at Oak Park's Middle/High School campus said the heating failed again.") is None
    True
    """
    text = re.sub(r",?\s*opens (?:in )?(?:a )?new (?:tab|window)$", "", text)
    if _WRITER_TAIL.search(text) and "/" in text and len(words(text)) <= 10:
        return None  # a byline: `Ann Lee/Staff Reporter`, `By Ann Lee / Courier Staff Writer`
    if _CAPTION_LABEL.search(text):
        return "caption"
    parts = re.split(r"\s*[;|•·]\s*", text)
    if not TERMINAL.search(text) and all(_CHART_PART.fullmatch(p) for p in parts) and \
            any(_CHART_LABEL.match(p) for p in parts):
        return "credit"
    if _BARE_SOURCE.fullmatch(text.strip(" .()[]")):
        return "credit"  # a picture's source word alone under its caption: `Supplied`, `Handout`, `File photo`
    if _CREDIT_ONLY.search(text) or _NAME_OUTLET.match(text) or _COURTESY.match(text) or _FOR_OUTLET_LINE.match(text) or \
            _CREDIT_BY.search(text) and (
            len(words(text)) <= 5 or len(words(text)) <= 10 and not TERMINAL.search(text)):
        return "credit"
    if _CREDIT_PAREN.search(text) or _GLUED_CREDIT.search(text) or _GLUED_TAIL.search(text) or _SOURCE_PAREN.search(text) or \
            _NAME_OUTLET_PAREN.search(text) or _CAPS_CREDIT.search(text) and not re.search("[\"“”]", text):
        return "caption"
    if _COURTESY_TAIL.search(text) and not re.search("[\"“”]", text):
        return "caption"
    if _BY_CREDIT_TAIL.search(text) or _CAPS_BY_TAIL.search(text):  # a credit closing the line is no speech, even under a quoted `"For Rent"` sign
        return "caption"
    if _LICENCE_TAIL.search(text) and len(words(text)) <= 40:
        return "caption"  # a picture under an open licence: `... in Sheffield. Mira Castell, CC BY-SA`
    if '"' in text or "”" in text:
        return None
    if _CREDIT_TAIL.search(text) or _AGENCY_TAIL.search(text) or _OUTLET_PAREN.search(text) or \
            _FOR_OUTLET_PAREN.search(text) or _NAME_OUTLET_TAIL.search(text) or _SLASH_CREDIT_TAIL.search(text) or \
            _BY_CREDIT_TAIL.search(text) or _COPYRIGHT_TAIL.search(text) or \
            (_MEDIA_PAREN.search(text) or _FOR_OUTLET_TAIL.search(text)) and len(words(text)) <= 40:
        return "caption"
    return None


_READ_MORE = re.compile(
    r"^(?:[\[【](?=[^\]】]{1,30}[\]】]))?(?:ALSO )?(?:READ|MORE|SEE|RELATED|RECOMMENDED|WATCH|LISTEN|PICTURED|VIDEO|AUDIO|PODCAST|LIVE|AS IT HAPPENED|QUIZ|POLL|GO DEEPER|"
    r"(?:FULL|COMPLETE|LATEST|MORE|LIVE) COVERAGE)"
    r"(?: (?:ALSO|MORE|NEXT|ON|FROM|THIS|ARTICLES?|STOR(?:Y|IES)|CONTENT|COVERAGE|LINKS?|BLOG|NOW)){0,2}"
    r"(?: from (?:the )?[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,3})?\s*[:|»›\]】]", re.I)


def read_more(text: str) -> str | None:
    """`READ MORE: ...` style links to other stories.

    >>> read_more("READ MORE: Storm hits coast"), read_more("Related article: Rail fares rise")
    ('read-more', 'read-more')
    >>> read_more("As it happened: Rovers v Town"), read_more("More than 200 people came.")
    ('read-more', None)
    >>> read_more("Read the full live blog"), read_more("Also Read | Film to be screened at festival")
    ('read-more', 'read-more')
    >>> read_more("ALSO READ: Budget set aside for water repairs, but where is it going?")
    'read-more'
    >>> read_more("Recommended: What is a red weather warning?"), read_more("POLL: Should the baths close?")
    ('read-more', 'read-more')
    >>> read_more("[Related] Local rail lines face 'moment of truth' (Premium)"), read_more("[Updated] The council met on Monday.") is None
    ('read-more', True)
    >>> read_more("QUIZ | How well do you know the lakes? Take our quiz"), read_more("Polls closed at 10pm.")
    ('read-more', None)
    >>> read_more("[Audio] Hear the full interview from Breakfast:"), read_more("Full coverage: Pacific storms")
    ('read-more', 'read-more')
    >>> read_more("Latest coverage: Election 2026"), read_more("Full coverage of the match starts at 7pm.") is None
    ('read-more', True)
    >>> read_more("ALSO ON SKY NEWS | Rail fares to rise"), read_more("More from The Courier: Bridge shut")
    ('read-more', 'read-more')
    >>> read_more("See full schedule »"), read_more("View all results →"), read_more("More rain fell on Monday »") is None
    ('read-more', 'read-more', False)
    >>> read_more("Also on Monday, the council voted to close the pool.") is None, read_more("Also in attendance: the mayor") is None
    (True, True)
    """
    if re.match(r"^also (?:read|see|watch)\b", text, re.I) and len(words(text)) <= 20 and not TERMINAL.search(text):
        return "read-more"
    if re.match(r"^(?:read|watch|see|view|follow) the (?:full|whole|latest|live)\b[^.!?]{0,40}$", text, re.I):
        return "read-more"  # `Read the full live blog`
    if _ON_SITE.match(text) or _ARROW_LINK.fullmatch(text):
        return "read-more"
    return "read-more" if _READ_MORE.search(text) else None


# a link to the outlet's other stories: `ALSO ON MONEYWEEK | ...`, `More from Sky News: ...`, `Elsewhere on the site »`
_ON_SITE = re.compile(r"^(?:ALSO|MORE|ELSEWHERE|LATEST|ALSO READ) (?:ON|FROM|AT|IN) (?:THE )?(?-i:[A-Z])[\w&’'.-]*(?: (?-i:[A-Z])[\w&’'.-]*){0,3}"
                     r"\s*[:|»›]\s*\S",
                     re.I)
# a link set with its arrow: `See full schedule »`, `Full box score ›`, `View all results →`
_ARROW_LINK = re.compile(r"(?:see|view|full|read|more|watch|listen|get|all|browse|explore|visit|open|go)\b[^.!?»›→]{0,50}\s*[»›→]", re.I)


# kicker words are words (`FIRST LOOK`), not acronyms (`UK GDP Grows ...`): each has a vowel
_KICKER = re.compile(r"^(?:(?=[A-Z’'!?-]*[AEIOU])[A-Z][A-Z’'!?-]+ ){2,6}[A-Z][a-z’']*\b(?: \S+){3,}$")


def teaser(text: str) -> str | None:
    """Headline links tagged with an upper-case label: `[REVEAL]` after, or a
    tabloid kicker of two or more capitalised words before (`FIRST LOOK Star ...`).
    A headline has the same shape; the title search lets a lone one through.

    >>> teaser("Minister quits over row [INSIGHT]"), teaser("FIRST LOOK Soap star debuts dramatic new look")
    ('teaser', 'teaser')
    >>> teaser("LOVE Villa star Danni Rhodes has revealed she cried.") is None, teaser("UK GDP Grows in Third Quarter")
    (True, None)
    """
    if re.search(r"\[[A-Z][A-Z ]{2,}\]\s*$", text):
        return "teaser"
    return "teaser" if _KICKER.match(text) and not TERMINAL.search(text) else None


_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec")
_DAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
_TIME_WORDS = set((_MONTHS + " " + _DAYS + " am pm a.m. p.m. gmt bst est edt cst cdt pst pdt utc cet cest "
                   "et pt ct mt ist aest aedt hst akst cat eat wat sast "
                   "et pt published updated last first posted modified ago hour hours minute minutes "
                   "date min mins day days week weeks second seconds yesterday today on at just now "
                   "an a and h hr hrs m d w s").split())


_READ_TIME = re.compile(r"\d+\s*(?:min(?:ute)?s?)\.?\s+(?:to )?read|\bread(?:ing)? time:?\s*\d+\s*min(?:ute)?s?\b\.?", re.I)


_STAMP_PIECE = re.compile(r"^(?:published|updated|posted)\s*:?\s*(?:\d{1,2}[:.]\d{2}\b|"
                          r"(?:[^\W\d]+\.?,?\s+){0,2}\d{1,2}\.?\s+[^\W\d]+\.?\s+\d{4}$)", re.I)


# a blog's post line: `Posted on 12 March 2024 by Hannah Reyes`
_POSTED_ON = re.compile(r"^(?:Posted|Published|Updated|Written) on (?:[A-Z][a-z]+,? )?(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},?) "
                        r"\d{4}(?: at [\d:.]+ ?(?:[ap]\.?m\.?)?)? by [A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3}$")


def timestamp(text: str) -> str | None:
    """Lines made only of dates, times and `Published`/`Updated` words, or a blog's
    `Posted on <date> by <name>` line.

    >>> timestamp("Posted on 12 March 2024 by Hannah Reyes"), timestamp("Posted on March 12, 2024 by Ann Lee")
    ('dateline-timestamp', 'dateline-timestamp')

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
    >>> timestamp("5 minutes to read the report") is None
    True
    >>> timestamp("Harbour Sentinel / 05:40 AM September 11, 2025"), timestamp("Foillsichte / Published 06:52 BST, Diciadain")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Published 06:52 BST, the report said rents rose") is None
    True
    >>> timestamp("Foilsithe | Published: Dé Máirt, 11 Márta 2025 – 14:26"), timestamp("Date published: 24 February 2025")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> timestamp("Published: the council's report on 11 March 2025") is None
    True
    >>> timestamp("From 1h ago"), timestamp("From Monday")
    ('dateline-timestamp', None)
    >>> timestamp("9th Jun 2025 | Updated: 10th Jun 2025 9:14am"), timestamp("The 9th Jun meeting")
    ('dateline-timestamp', None)

    """
    if _POSTED_ON.match(text):
        return "dateline-timestamp"
    pieces = [p.strip() for p in re.split(r"\s[|·•–—/-]\s", text)]
    # `Published 06:52 BST, <a date in another language>`, `Published: <weekday>, 11 <month> 2025` in any language
    pieces = ["0" if _STAMP_PIECE.match(p) else p for p in pieces]
    if len(pieces) > 1 and any(_time_only(p) for p in pieces):
        # a dateline beside the time: `Tirunagar | Updated: March 3, 2025 18:40 IST`; a reading time beside it
        return "dateline-timestamp" if all(_time_only(p) or _place(p) or _READ_TIME.fullmatch(p)
                                           for p in pieces) else None
    return "dateline-timestamp" if _time_only(text) or _READ_TIME.fullmatch(text) else None


def _place(text: str) -> bool:
    """One to three capitalised words and nothing else: a dateline's place name."""
    toks = words(text)
    return 1 <= len(toks) <= 3 and all(t[0].isupper() for t in toks) and not re.search(r"[.!?:]", text)


def _time_only(text: str) -> bool:
    text = re.sub(r"(?<=[A-Za-z])(?=[A-Z][a-z])", " ", text)  # pasted `GMTUpdated`
    if re.search(r"\bago\b", text, re.I):
        text = re.sub(r"^(?:from|since)\s+", "", text, flags=re.I)  # a live page's `From 1h ago`
    if re.search(r"\d", text):  # a zone or country code after a date: `17:21, UK`, `10am AEST`
        text = re.sub(r"\b[A-Z]{2,4}\b", " ", text)
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text, flags=re.I)  # an ordinal day: `9th Jun 2025`
    tokens = re.findall(r"[a-z][a-z.]*|\d+", text.lower())
    return bool(tokens) and all(tok.isdigit() or tok.strip(".") in _TIME_WORDS or tok in _TIME_WORDS for tok in tokens)


_CHANNELS = (r"whatsapp|newsletters?|facebook|twitter|instagram|telegram|tiktok|youtube|app|"
             r"community|channel|alerts?|updates|emails?|inbox|podcast|here|us|linkedin|bluesky|mastodon")
_PROMPT = re.compile(
    rf"^(?:follow|join|sign up|subscribe|get|download|click|tap|like us|register|never miss|listen)\b.*\b(?:{_CHANNELS})\b", re.I)
_SPONSOR_TAG = re.compile(r"^(?i:presented|brought to you|supported|underwritten) by (?:[A-Z][\w’'&.-]*\s?){1,4}$|"
                          r"^(?i:in (?:partnership|association) with) (?:[A-Z][\w’'&.-]*\s?){1,4}$")
_ADD_SOURCE = re.compile(r"^add\b[^.!?]{0,40}\b(?:on|to|in) google(?: news| search)?$", re.I)
_PROMPT_ANYWHERE = re.compile(
    r"\b(?:sign up (?:here|now|today|for free)|click here|scroll (?:down )?to continue|"
    r"scroll down for video|share this (?:article|story)|continue reading|"
    # a paywall's gate: `Register to read more content like this.`, `Log in to read the full story`
    r"(?:register|sign in|log in|subscribe) to (?:read|unlock|access) (?:more|the (?:full|rest|whole)|this (?:article|story)))\b",
    re.I)


_LIVE_PLUG = re.compile(r"^(?:follow|read|get|see|keep up with) (?:our|the) (?:[\w’'-]+ ){0,3}(?:live ?blog|live coverage|"
                        r"live updates|live page|blog)\b|"
                        # `Track every update on <outlet> Live: ...`, `Follow all the latest updates on our live page`
                        r"^(?:track|follow|get) (?:every|all(?: the)?(?: latest)?) updates? (?:on|from|with|in)\b", re.I)


# a sign-up form's fine print: `By giving us your email, you are opting in ... Unsubscribe anytime.`
_FINE_PRINT = re.compile(r"\bunsubscribe (?:at )?any ?time\b|^by (?:giving us|entering|providing|submitting) your email\b|"
                         r"^by (?:signing up|subscribing|clicking [\w ]{1,20}), you (?:agree|consent|are opting)\b|"
                         # `We use your sign-up to provide content in ways you've consented to`, `We will only use your
                         # email address to send you the newsletter`, `... in line with our privacy notice`
                         r"^we (?:will )?(?:only )?use your (?:sign-?up|e-?mail(?: address)?|details|data|information)\b|"
                         r"\bin ways you(?:’|')ve consented to\b|\b(?:in accordance|in line) with our privacy (?:policy|notice)\b|"
                         r"\bprotected by reCAPTCHA\b", re.I)


# a local site's sign-up pitch: `Find out what's happening in Glenmoor with free, real-time updates from Outlet.`
_UPDATES_PITCH = re.compile(r"^find out what(?:’|')s happening in\b.{0,60}\bupdates\b|"
                            r"\bwith free,? real-time (?:updates|alerts) from (?-i:[A-Z])", re.I)


def prompt(text: str) -> str | None:
    """Calls to action: newsletters, social channels, adverts.

    >>> prompt("Follow us on WhatsApp for the latest news"), prompt("Advertisement")
    ('social', 'advert')
    >>> prompt("Our weekly newsletter is out now. Sign up here."), prompt("He joined the army.")
    ('newsletter', None)
    >>> prompt("Track Every Update On Post Live: Storm Coverage Around The Clock"), prompt("Track every update in the app.") is None
    ('read-more', True)
    >>> prompt("Register to read more content like this. Subscribe for Sh10 per day."), prompt("Sign in to unlock the full story")
    ('newsletter', 'social')
    >>> prompt("Nurses register to read the guidance before each shift, she said.") is None
    True
    >>> prompt("SKIP ADVERTISEMENT"), prompt("now signed up to receive the Headlines Newsletter.")
    ('advert', 'newsletter')
    >>> prompt("This advertisement has not loaded yet, but your article continues below.")
    'advert'
    >>> prompt("The advertisement has been pulled, the regulator said.") is None
    True
    >>> prompt("Listen to more stories on the Hark app."), prompt("Listen to the wind.")
    ('social', None)
    >>> prompt("Follow me on LinkedIn. Check out my website."), prompt("Follow the money, she said.") is None
    ('social', True)
    >>> prompt("Join the Echo WhatsApp community to get the latest news from the valleys straight to your phone. "
    ...        "Click here to join. We also treat our community members to special offers and adverts from partners.")
    'social'
    >>> prompt("Follow our LIVE transfer blog for every rumour, deal and done deal as it happens")
    'read-more'
    >>> prompt("Add Tempo on Google"), prompt("Add us as a preferred source on Google"), prompt("Add to that the cost.")
    ('social', 'social', None)
    >>> prompt("Agent advertisement"), prompt("Paid advertisement"), prompt("The advertisement was pulled.") is None
    ('advert', 'advert', True)
    >>> prompt("Presented by Corvane Freight"), prompt("In partnership with Acme Bank"), prompt("Presented by the mayor.")
    ('advert', 'advert', None)
    >>> prompt("Follow the blog's advice and you will save money, she wrote.") is None
    True
    >>> prompt("By giving us your email, you are opting in to the Daily Brief. Unsubscribe anytime.")
    'newsletter'
    >>> prompt("Find out what's happening in Glenmoorwith free, real-time updates from Hometown News.")
    'newsletter'
    >>> prompt("By signing up, you agree to our terms."), prompt("By signing up, she said, he lost his seat.") is None
    ('newsletter', True)
    >>> prompt("We will only use your email address to send you the newsletter. You can change your mind whenever you like "
    ...        "by clicking the link in the footer of any email, and we will treat your information with respect.")
    'newsletter'
    >>> prompt("Your details will be handled in line with our privacy notice."), prompt("This form is protected by reCAPTCHA.")
    ('newsletter', 'newsletter')
    >>> prompt("We use your data to improve care, the hospital trust said in a letter to patients last week.") is None
    True
    >>> prompt("Under the new rules, which take effect in May after a long consultation with the industry and consumer groups, "
    ...        "customers of every energy firm in the country will be able to unsubscribe at any time from marketing calls.") is None
    True
    >>> prompt("Join the protest, organisers urged the community in a long post that also said to click here for a map "
    ...        "of the route, which runs from the town hall to the old mill and back again past the library.") is None
    True
    """
    if re.match(r"^(?:skip )?(?:advertisement|advert|sponsored|promoted|ad)\b", text, re.I) or \
            re.search(r"scroll (?:down )?to continue|^story continues (?:below|after)|"
                      r"\b(?:advertisement|advert|ad) has(?:n[’']t| not) loaded\b", text, re.I):
        return "advert"
    if len(words(text)) <= 5 and not TERMINAL.search(text) and re.search(r"\bads?\b", text, re.I) or \
            re.match(r"^(?:\w+ ){1,2}advertisement$", text, re.I):
        return "advert"  # `Video Ad Feedback`, `Ad Choices`, `Skip ad`, `Agent advertisement`
    if _SPONSOR_TAG.match(text) and len(words(text)) <= 7:
        return "advert"  # a sponsor's tag over a section or a newsletter: `Presented by Corvane Freight`
    n = len(words(text))
    if re.match(r"^(?:privacy (?:notice|policy)\b|after newsletter promotion)", text, re.I):
        return "newsletter"
    if n <= 8 and not TERMINAL.search(text) and re.search(r"\bnewsletters?\b", text, re.I):
        return "newsletter"
    if n <= 20 and not re.search("[\"“”]", text) and \
            re.search(r"\b(?:sign(?:ed)? up|subscribed?|receive)\b.*\bnewsletters?\b", text, re.I):
        return "newsletter"  # the form's own text: `now signed up to receive the X Newsletter.`
    if (n <= 30 or n <= 80 and re.search(r"\byour?\b", text, re.I) and re.search(r"\b(?:we|us|our)\b", text, re.I)) and \
            not VERB.search(text) and not re.search("[\"“”]", text) and \
            (_FINE_PRINT.search(text) or _UPDATES_PITCH.search(text)):
        return "newsletter"  # a sign-up form's fine print under its button, a paragraph of it at most
    if _LIVE_PLUG.match(text) and n <= 25 and not TERMINAL.search(text):
        return "read-more"  # `Follow our LIVE transfer blog for every rumour ...`: a link to the outlet's live page
    if _ADD_SOURCE.match(text):
        return "social"  # `Add Tempo on Google`, `Add us as a preferred source on Google`: a search engine's button
    if not (_PROMPT.search(text) or _PROMPT_ANYWHERE.search(text) or re.match(r"^(?:sign up|subscribe)\b", text, re.I)):
        return None
    # a channel's pitch running on with its own terms (`Join the X WhatsApp community ... Click here to join. We also ...`)
    pitch = bool(re.match(r"^(?:follow|join)\b[^.,]{0,60}\b(?:whatsapp|telegram|facebook|instagram|tiktok|youtube|app|"
                          r"newsletter)\b", text, re.I) and _PROMPT_ANYWHERE.search(text) and n <= 80)
    if n > 30 and not pitch or "“" in text or '"' in text:
        return None
    if re.search(r"newsletter|sign up|subscribe|inbox|email", text, re.I):
        return "newsletter"
    return "social"


_UI_WORDS = set("""share save print email copy link facebook twitter x whatsapp linkedin reddit
pinterest messenger bluesky threads comments comment this article story gift listen to min read
minute minutes view show hide more less close open menu search sign in log out subscribe read
bookmark follow like reply replies report copied shares saved gift live key event events
pinned post only play pause replay mute unmute fullscreen autoplay video audio watch captions
full free app prev previous next loading loaded enlarge expand collapse toggle social sharing player all
on via highlight highlights followers following responses clap claps likes restack restacks pin tweet
episode transcript thread content clip media""".split())


def interface(text: str) -> str | None:
    """Buttons and labels: `Share`, `Save`, `Comments`, `5 min read`.

    >>> interface("Share"), interface("Join the conversation"), interface("Shares rose.")
    ('social', 'social', None)
    >>> interface("Listen to this article 3:21 min"), interface("Read in app"), interface("Loading...")
    ('social', 'social', 'social')
    >>> interface("Social Sharing"), interface("Audio Player"), interface("View all")
    ('social', 'social', 'social')
    >>> interface("Share on LinkedIn"), interface("1.1K Followers"), interface("Live on the island") is None
    ('social', 'social', True)
    >>> interface("Add to playlist"), interface("Tap to unmute"), interface("Download"), interface("Download the report here")
    ('social', 'social', 'social', None)
    >>> interface("Save for later"), interface("Buy a photo"), interface("X (formerly Twitter)"), interface("Share your thoughts")
    ('social', 'social', 'social', 'social')
    >>> interface("Up next"), interface("Your video will play in 5"), interface("Video Ad Feedback")
    ('social', 'social', 'social')
    >>> interface("Listen to this episode"), interface("Transcript"), interface("Show notes")
    ('social', 'social', 'social')
    >>> interface("The episode ended the show."), interface("Transcript of the hearing"), interface("Show notes of concern")
    (None, None, None)
    >>> interface("12 comments (3 new)"), interface("4 Comments (4 New)")
    ('social', 'social')
    >>> interface("Thread"), interface("View thread"), interface("Thread the needle") is None
    ('social', 'social', True)
    >>> interface("Play media"), interface("Watch clip"), interface("Play video content"), interface("The clip was seen by millions.")
    ('social', 'social', 'social', None)
    >>> interface("Follow Author"), interface("Follow this writer"), interface("Follow the author's advice") is None
    ('social', 'social', True)

    A row of buttons pasted without spaces (`FacebookXRedditEmailCopy LinkPrint`) is split
    at its capitals:

    >>> interface("FacebookXRedditEmailCopy LinkPrint"), interface("ShareTweetEmail"), interface("PlayStation Live") is None
    ('social', 'social', True)
    """
    glued = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", text)
    if glued != text and len(glued.split()) - len(text.split()) >= 2 and \
            all(t in _UI_WORDS for t in re.findall(r"[a-z]+", glued.lower())):
        return "social"
    low = text.lower().strip(" :|·•!").replace("e-mail", "email")
    if re.fullmatch(r"join the (?:conversation|discussion|debate)|(?:\d+ )?comments?(?: \(\d+ new\))?|have your say|download|"
                    r"add to (?:playlist|queue|my ?\w*)|now playing|(?:up|playing) next|next up|(?:video )?ad feedback|"
                    r"(?:your )?video will (?:play|start|begin|resume) in \d+(?: seconds?)?|tap to (?:unmute|play|expand)|save (?:it )?for later|"
                    r"buy (?:a |this )?(?:photo|picture|print|reprint)s?|x \(formerly twitter\)|"
                    r"share your (?:thoughts|views|comments?)|show notes|"
                    r"(?:un)?follow (?:this )?(?:author|writer|reporter|journalist|columnist|contributor)", low):
        return "social"
    toks = re.findall(r"[a-z]+", re.sub(r"\b\d[\d.,]*[km]?\b", " ", low))  # `1.1K Followers`: a count beside a label
    if toks and len(toks) <= 5 and all(t in _UI_WORDS for t in toks):
        return "social"
    return None


# who a wire credit names: `El Heraldo and Diario Sur`, `the Canadian Press`, `staff and agencies`
_CREDITED_WORD = r"(?:the|staff|wire|news|agencies|agency|services|and|&|(?-i:[A-Z])[\w.&'’-]*)"
_CREDITED = rf"{_CREDITED_WORD}(?:,? {_CREDITED_WORD})*"
_DATE = r"(?:[A-Z][a-z]+,? )?(?:[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4})"
_PRINT_NOTE = re.compile(rf"^(?:Published|Printed|Appeared) in (?:the )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){{0,5}}"
                         rf"(?:[’']s? (?:print|daily|weekend|Sunday) (?:edition|issue))?,? (?:on )?{_DATE}\.?$")


def wire_footer(text: str) -> str | None:
    """Agency credits: `Reporting by ...; Editing by ...`, trust statements.

    >>> wire_footer("Reporting by A in Rome; Editing by B"), wire_footer("Our Standards: x.")
    ('footer', 'footer')
    >>> wire_footer("--Additional reporting by Ann Lee. Editing by Jo Bell."), wire_footer("Reporting contributed by Kyo News.")
    ('footer', 'footer')
    >>> wire_footer("Published in The Courier, March 7th, 2025"), wire_footer("Published in Nature on March 7, 2025, the study found.")
    ('footer', None)
    >>> wire_footer("— With assistance from Henrik Dahl"), wire_footer("Edited by Ann Lee")
    ('footer', 'footer')
    >>> wire_footer("This work is licensed under a Creative Commons Attribution 4.0 License.")
    'footer'
    >>> wire_footer("Presented by Sophie Lind. Produced by Kofi Mensah and Ellie Grant. Sound design by Tom Nowak.")
    'footer'
    >>> wire_footer("Presented by Ann Lee. The show drew 2 million viewers.") is None
    True
    >>> wire_footer("Jo Bell, News Editor, contributed reporting."), wire_footer("Edited by hand, the film ran long.")
    ('footer', None)
    >>> wire_footer("With files from The Canadian Wire"), wire_footer("(With inputs from agencies)"), wire_footer("With wire reports")
    ('footer', 'footer', 'footer')
    >>> wire_footer("With reports from the front line, she said the war was over.") is None
    True
    >>> wire_footer("With information from residents, police traced the car.") is None
    True
    >>> wire_footer("Includes reporting from Reuters and AP"), wire_footer("Compiled from wire reports."), wire_footer("Inputs from PTI")
    ('footer', 'footer', 'footer')
    >>> wire_footer("Information from Reuters was used in this report."), wire_footer("Inputs from China rose by a third.") is None
    ('footer', True)
    >>> wire_footer("Jo Bell contributed data analysis."), wire_footer("Jo Bell contributed research.")
    ('footer', 'footer')
    >>> wire_footer("Site is part of Group. © 2025 Group Ltd. All rights reserved."), wire_footer("Best games (Sponsored by Ironworks)")
    ('footer', 'advert')
    >>> wire_footer("The firm said all rights reserved in 2024 were sold.") is None
    True
    >>> wire_footer("The Local Democracy Reporting Service is a public service news agency funded by the BBC.")
    'footer'
    >>> wire_footer("The Local Democracy Reporting Service said it would cover the meeting.") is None
    True
    >>> wire_footer("Shopwise is a registered charity (No. 1034567) and a company limited by guarantee.")
    'footer'
    >>> wire_footer("Market data delayed by 15 minutes. © THE POST LTD 2024. Post is a trademark of Post Ltd.")
    'footer'
    >>> wire_footer("The firm was fined in 2024 for market data it delayed.") is None
    True
    >>> wire_footer("This service carries agency material, which is copyright and must not be reproduced.")
    'footer'
    >>> wire_footer("Frontier Scientist Ltd 2024 © Copyright Frontier Scientist Ltd."), wire_footer("Copyright © Ann Lee")
    ('footer', 'footer')
    >>> wire_footer("Source: The Harbour Times © Harbour Media Limited. Permission required for reproduction.")
    'footer'
    >>> wire_footer("Photos may not be used without written permission of the agency."), wire_footer("Permission is required for the march, police said.")
    ('footer', None)
    >>> wire_footer("You are free to republish our articles online and in print, provided you credit us. Photos are not included.")
    'footer'
    >>> wire_footer("Newsrooms may republish this story for free under our terms."), wire_footer("Papers may reprint this story, he said.")
    ('footer', None)
    >>> wire_footer("The band lost the copyright to its 2024 album in court.") is None
    True
    """
    if re.match(r"^[-–—\s]*\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Produced|Research)(?: contributed)? by\b",
                text, re.I):
        return "footer"
    if _PRINT_NOTE.match(text):
        return "footer"  # the print edition's note: `Published in The Courier, March 7th, 2025`
    if re.match(r"^(?:Presented|Hosted|Narrated|Written|Directed|Reported) by (?:[A-Z][\w’'.-]+(?:,? | and | & )?){1,8}\.\s+"
                r"(?:(?:Produced|Edited|Mixed|Directed|Reported) by|Sound design by|Music by|(?:Executive |Series )?[Pp]roducers?:)",
                text):
        return "footer"  # a programme's credits: `Presented by Ann Lee. Produced by Jo Bell. Sound design by ...`
    if re.search(r"\blicensed under (?:a |the )?Creative Commons\b|\bregistered in England(?: (?:and|&) Wales)?\b|"
                 r"\bregistered (?:company|charity) \(?(?i:no\.?|number)\s*\d", text):
        return "footer"  # republishing terms, the publisher's registration
    if _REPUBLISH_TERMS.search(text) and not re.search(r"\b(?:said|says|told)\b|[\"“”]", text):
        return "footer"  # a nonprofit's republishing box: `You are free to republish our articles ...`
    if re.match(r"^(?:Edited|Fact[- ]checked|Copy[- ]edited) by (?:[A-Z][\w’'.-]+(?:,? | and | & |$)){1,6}$", text):
        return "footer"  # the editor's credit: `Edited by Ann Lee`
    if re.search(r"^(?:[A-Z][\w’'.-]+ ){1,3}[^.!?]{0,60}\bcontributed (?:(?:additional |data )?(?:reporting|research|analysis)|graphics|photography|"
                 r"to this (?:report|story|article))\.?$", text):
        return "footer"  # `Jo Bell, News Editor, contributed reporting.`
    if re.match(r"^[—–-]*\s*With (?:additional )?(?:assistance|reporting|help) (?:from|by)\b", text, re.I) or \
            re.match(r"^[—–-]*\s*\(?With (?:additional )?(?:reports?|files|inputs?|information|contributions?|wires?|"
                     r"wire (?:reports|services)|agency (?:inputs|reports))(?: (?:from|by) " + _CREDITED + r")?\)?\.?$", text, re.I):
        return "footer"  # the wire credit under a story: `With reports from X and Y`, `With files from The Press`
    if re.match(r"^[—–-]*\s*\(?(?:(?:This (?:story|article|report) )?(?:includes|contains) (?:reporting|material|information) from|"
                r"Compiled (?:from|with) (?:wire|agency|news agency|staff and wire) (?:reports|services|copy)|"
                r"(?:Information|Material|Reporting) from (?-i:[A-Z])[^.!?]{1,60}? (?:was|were) used in this (?:report|story|article)|"
                r"(?:With )?inputs? from (?-i:[A-Z])[\w.&-]*(?:(?:,| and| &) (?-i:[A-Z])[\w.&-]*)*\)?\.?$)", text, re.I) and len(words(text)) <= 20 and not VERB.search(text):
        return "footer"  # `Includes reporting from Reuters`, `Compiled from wire reports`, `Inputs from PTI`
    if re.search(r"\b(?:must|may) not be (?:reproduced|republished|redistributed|rewritten|copied)\b|"
                 r"\b(?:must|may) not be used without (?:prior |the )?(?:written )?permission\b|"
                 r"\b(?i:permission) (?:is )?required for (?:reproduction|republication|reuse)\b", text) and \
            len(words(text)) <= 50 and not re.search("[\"“”]", text):
        return "footer"  # `... which is copyright and must not be reproduced.`, `© Media Ltd. Permission required for reproduction.`
    if re.search(r"^The Local Democracy Reporting Service is\b|\bis a public service news agency\b", text):
        return "footer"  # the scheme's note under a story it paid for: `... is a public service news agency funded by the BBC`
    if re.search(r"\bnot responsible for the content of external\b|"
                 r"\bcontributed(?: reporting)? to this (?:report|story)\.?$", text, re.I):
        return "footer"
    if re.match(r"^(?:Our Standards\b|©|\(c\)\s|Copyright\b|All rights reserved)", text, re.I):
        return "footer"
    if re.search(r"(?:©|\(c\)|\bCopyright)\s*\d{4}\b.{0,80}\bAll rights reserved\b", text, re.I) and len(text) <= 240:
        return "footer"  # `Outlet is part of Group. © 2025 Group Ltd. All rights reserved.`
    if re.search(r"©\s*(?:\d{4}\s+[A-Z]|[A-Z][^.©]{1,60}\s\d{4}\b)|\bare (?:registered )?trade ?marks of\b|"
                 r"^(?:Markets?|Stock|Quotes?|Price) data (?:is |are )?delayed\b", text) and \
            len(words(text)) <= 60 and not re.search("[\"“”]", text):
        return "footer"  # `Markets data delayed by at least 15 minutes. © THE POST LTD 2024. ... are trademarks of ...`
    if re.search(r"©\s*Copyright\b|\bCopyright\s*©|\b(?:19|20)\d{2}\s*©", text, re.I) and len(words(text)) <= 20 and \
            not re.search("[\"“”]", text):
        return "footer"  # the owner and year before the mark: `Outlet Ltd 2024 © Copyright Outlet Ltd.`
    if re.search(r"\((?:Sponsored|Paid (?:content|post|partnership))(?: by [^)]{2,40})?\)$", text):
        return "advert"  # a sponsored teaser: `The 10 best ... (Sponsored by Brand)`
    return None


_REPUBLISH_TERMS = re.compile(r"\b(?:(?:are|is) free to|may|can) (?:re-?publish|reprint) (?:our|this|these) "
                             r"(?:articles?|stor(?:y|ies)|reporting|work)\b", re.I)
_REPUBLISHED = re.compile(
    # `This report by The Canadian Press was first published March 3, 2026.`
    r"^(?:This (?:article|story|piece|post|report)(?: by (?:the )?(?-i:[A-Z])[\w&.’'-]*(?: (?-i:[A-Z])[\w&.’'-]*){0,4})? (?:was|is|has been) "
    r"(?:originally |first )?"
    r"(?:published|republished|adapted|reproduced|syndicated)|(?:Originally|First) (?:published|appeared) (?:in|on|by|at)|"
    # a reprint's note: `Reprinted from The Millfield Bulletin, March issue.`, `Reprinted with permission of ...`
    r"Reprinted (?:from|with (?:the )?(?:kind )?permission)|"
    r"This (?:article|story|piece|essay) (?:appears|appeared) in (?:the )?(?:[\w ]{0,30} )?(?:print )?(?:edition|issue|magazine)|"
    # `This report was produced under the Local Democracy Reporting Service, which places reporters ...`
    r"This (?:article|story|piece|report|content) (?:was|is) (?:produced|written|funded|supported|made possible) "
    r"(?:under|by|as part of|through|with support from) (?:the |a )?[^.]{0,60}\b(?:reporting|journalism|news) "
    r"(?:service|scheme|initiative|project|partnership|fellowship|fund|programme|program))\b",
    re.I)


_CORRECTION = re.compile(r"^(?:Corrections?|Clarifications?)(?:,? [^:]{1,30})?:\s*(?:An|The) (?:earlier|previous|original) "
                         r"version of this (?:article|story|piece|report)\b", re.I)


# a transcript's note on how it was cut: `This is an edited version of the episode.`, `This interview has been
# edited and condensed for clarity.`
_EDITED = re.compile(r"^(?:This|The following) (?:is an? (?:lightly )?(?:edited|abridged|condensed|shortened) (?:version|transcript|"
                     r"extract|excerpt) of (?:the|this|our|an?) (?:episode|conversation|interview|podcast|programme|program|"
                     r"show|transcript|discussion)|(?:interview|conversation|transcript|episode|Q&A|exchange|discussion) "
                     r"(?:has been|was|is|have been) (?:lightly )?(?:edited|condensed|abridged)(?: and (?:edited|condensed|abridged))?"
                     r"(?: for (?:length|clarity|brevity|space)\b|\.))", re.I)


# an e-edition's page furniture: `Page A3`, `Pg. 12`, `Article from: The Courier (Leeds)`, `From the print edition`,
# `Printed and distributed by NewsViewer`
_PRINT_PLACE = re.compile(r"(?:Page|Pg\.?|P\.) ?[A-Z]?\d{1,3}[A-Z]?|"
                          r"(?:Article|Story) from:? (?:the )?(?-i:[A-Z])[\w’'&.-]*(?: (?-i:[A-Z(])[\w’'&.()-]*){0,5}|"
                          r"(?:From|In) (?:the|today[’']s|this week[’']s) (?:print|e-?|digital) ?edition|"
                          r"(?:Printed and distributed|Distributed|Digital edition (?:provided|distributed)) by (?-i:[A-Z])[\w.-]*"
                          r"(?: (?-i:[A-Z])[\w.-]*){0,3}",
                          re.I)


def editorial(text: str) -> str | None:
    """Notes about the page rather than the story: editor's notes, republication
    notices, DOI lines and separators with no words.

    >>> editorial("Editor’s note: This story has been updated."), editorial("DOI: 10.1000/x.1")
    ('editor-note', 'reference')
    >>> editorial("This report by The Canadian Press was first published March 3, 2026."), editorial("Reprinted from the Parish News, May issue.")
    ('editor-note', 'editor-note')
    >>> editorial("This report by the auditor, first published in 2019, was ignored.") is None
    True
    >>> editorial("This article was originally published on The Exchange."), editorial("* * *")
    ('editor-note', 'separator')
    >>> editorial("This article appears in the April 2026 print edition with the headline “Borrowed Time.”")
    'editor-note'
    >>> editorial("(Updates with analyst comment in sixth paragraph.)")
    'editor-note'
    >>> editorial("This report was produced under the Local Democracy Reporting Service, which places reporters in newsrooms.")
    'editor-note'
    >>> editorial("This report was produced by the Institute for Fiscal Studies, which found rents rose.") is None
    True
    >>> editorial("Reference: KVFRS/PR/025/14"), editorial("Reference: the 2019 report") is None
    ('reference', True)
    >>> editorial("Correction: An earlier version of this article said the firm had 221 shops. It has 212.")
    'editor-note'
    >>> editorial("The editor’s note was read out in court.") is None, editorial("Correction: the council was wrong.") is None
    (True, True)
    >>> editorial("This is an edited version of the episode. Listen to the full conversation above.")
    'editor-note'
    >>> editorial("This interview has been edited for length and clarity.")
    'editor-note'
    >>> editorial("This is an edited version of the report the ministry released in May, critics said.") is None
    True
    >>> editorial("This interview was edited by the network before broadcast, she claimed.") is None
    True
    >>> editorial("Page B2"), editorial("Story from: The Valley Herald (Kelso)"), editorial("From the print edition")
    ('editor-note', 'editor-note', 'editor-note')
    >>> editorial("Page 12 of the report shows the cuts.") is None, editorial("Article from the mayor on the budget.") is None
    (True, True)
    >>> editorial("Reference: 26*04121"), editorial("Update, 4 March: Adds comment from the council.")
    ('reference', 'editor-note')
    >>> editorial("UPDATE (3:40pm): This story has been updated with a statement from police.")
    'editor-note'
    >>> editorial("Update 4pm: Police have confirmed two men were arrested.") is None
    True
    """
    if not re.search(r"[^\W_]", text):
        return "separator"
    if _PRINT_PLACE.fullmatch(text.strip()):
        return "editor-note"  # an e-edition's note of where the story was printed: `Page A3`, `Article from: The Courier`
    if re.match(r"^(?:Editors?[’'`]?s?[’']? ?notes?|Programming note|Housekeeping note)\s*:", text, re.I) or \
            _REPUBLISHED.search(text):
        return "editor-note"
    if _CORRECTION.match(text):
        return "editor-note"  # `Correction: An earlier version of this article said ...`
    if _EDITED.match(text):
        return "editor-note"  # `This interview has been edited for length and clarity.`
    if re.fullmatch(r"\((?:Updates|Adds|Corrects|Recasts|Changes|Rewrites|Refiles|Fixes)\b[^()]*\)", text):
        return "editor-note"  # a wire story's revision note: `(Updates with analyst comment.)`
    if _UPDATE_NOTE.match(text):
        return "editor-note"  # `Update March 3rd, 5:12PM ET: Added details on ...`
    if re.match(r"^(?:DOI\s*:?\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,}/\S+$", text, re.I):
        return "reference"
    if re.fullmatch(r"(?:(?:Press |News )?(?:release )?(?:Ref(?:erence)?|No)\.?(?: no\.?| number)?)\s*:\s*(?=\S*\d)[A-Z0-9/._*-]{4,30}",
                    text, re.I):
        return "reference"  # a press release's own reference: `Reference: KVFRS/PR/025/14`
    return None


# the page saying what it changed: `Update March 3, 5:12PM ET: Added details on ...`, `UPDATE (4pm): This story has been
# updated with ...`; a live story's `Update 4pm: Police have confirmed ...` reports news and stays
_UPDATE_NOTE = re.compile(r"^(?:Updated?|UPDATED?)\b(?:[^:]|:\d\d){0,40}:\s*(?:(?:We(?:’|')?ve |We have |This (?:story|article|post|piece) "
                          r"(?:has been|was|is) (?:updated|corrected|amended)\b)|(?:Added|Adds|Adding|Corrected|Corrects|Clarified|"
                          r"Clarifies|Updated|Updates|Included|Includes|Removed|Edited) (?:with |to |a |an |the |new |more |further |"
                          r"additional |details|comment|information|context|quotes?|statements?)\b)")


_EMBED = re.compile(
    r"^(?:Skip|End of) (?!to\b)\w+(?: \w+)? (?:post|video|embed)s?\b|^Allow [\w ]{1,20} content\??$|"
    r"^View (?:this|more) (?:post|photo|video|reel|profile)s? on \w+|"
    r"^An? (?:post|photo|video|reel) shared by\b|\bpic\.(?:twitter|x)\.com/\w+|"
    r"^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},?\s+\d{4}$", re.I)
_DURATION = re.compile(
    r"^(?:(?:video )?duration:?\s*)?\d{1,2}(?::\d{2}){1,2}(?:\s*[-–|]\s*Source\s*:.{1,40})?$|"
    r"^(?:video )?duration:?\s*\d", re.I)


# a video link set behind a play symbol: `▶ Watch: the rescue`, `► HIGHLIGHTS | Rovers 3-2 Town`
_PLAY_LINK = re.compile(r"^[▶►⏵]\s*\S")
_PLAYER_NOTE = re.compile(r"^(?:watch|see|listen to)\b[^.]{0,60}\b(?:in|on) the (?:video |audio )?player (?:above|below)\b", re.I)


_PLAYER_CHROME = re.compile(r"^(?:video|footage|clip) (?:courtesy of|provided by|supplied by) (?:the )?"
                            r"(?-i:[A-Z][\w’'&-]*(?: (?:of |and |& )?[A-Z][\w’'&-]*){0,5})(?:\.\s|\.?$)|"
                            r"\bgeo-?restrictions? (?:may )?apply\b|^copy ?(?:/|and|&) ?paste\b.{0,40}\bembed\b|"
                            r"^autoplay next video\b", re.I)


def embed(text: str) -> str | None:
    """Social-media embeds and video players: `Skip Twitter post`, `pic.twitter.com/…`,
    `— Name (@handle) March 3, 2024`, `View this post on Instagram`, `Duration 2:31`.

    >>> embed("End of Twitter post, 1"), embed("— Ann Lee (@annlee) March 3, 2024")
    ('embed', 'embed')
    >>> embed("02:14 - Source: NCN"), embed("Duration 2:31")
    ('video', 'video')
    >>> embed("He skipped the post-match interview.") is None, embed("▶ HIGHLIGHTS | Rovers 3-2 Town")
    (True, 'video')

    A player's own notes: its credit and rights line, its embed link, its countdown.

    >>> embed("Video courtesy of Harbour TV. Geo-restrictions may apply."), embed("Copy/paste the article video embed link below:")
    ('video', 'video')
    >>> embed("Autoplay next video in 5"), embed("Video courtesy of Harbour TV shows the wave hitting the pier.") is None
    ('video', True)
    """
    if _EMBED.search(text):
        return "embed"
    if _DURATION.search(text) or _PLAY_LINK.match(text) or _PLAYER_NOTE.search(text) or \
            len(words(text)) <= 15 and _PLAYER_CHROME.search(text):
        return "video"
    return None


_NAV = re.compile(r"\b(?:skip (?:to|links?|navigation|(?:the )?(?:next |previous |this )?section)|homepage|home page|back to home|menu|search|sign in|log in|subscribe|"
                  r"accessibility links|keyboard shortcuts)\b", re.I)
_HOME_LINK = re.compile(r"^(.+?)\s*(?:[-–|:]\s*)?(?:back to )?home(?:page| page)?$", re.I)


def navigation(text: str) -> str | None:
    """Site chrome: skip links, home links, search, sign-in.

    >>> navigation("The Meridian - Back to home"), navigation("Skip to main content")
    ('navigation', 'navigation')
    >>> navigation("Accessibility links"), navigation("Keyboard shortcuts for audio player")
    ('navigation', 'navigation')
    >>> navigation("Home › News › Home appliances")
    'navigation'
    >>> navigation("Skip next section Explore more"), navigation("Skip next section Related topics")
    ('navigation', 'navigation')
    """
    if _breadcrumb(text):
        return "navigation"
    return "navigation" if len(words(text)) <= 8 and _NAV.search(text) else None


_TRAIL = r"\s*[›»]\s*|\s>\s"  # `›` and `»` join a trail with or without spaces (`News›Industry`)


def _breadcrumb(text: str) -> bool:
    """Section links set as a trail: `Home › News › Health`, `National / Weather / Transport`.

    >>> _breadcrumb("Livestock › Sheep › Animal health"), _breadcrumb("National / Weather / Transport")
    (True, True)
    >>> _breadcrumb("Rates rise / Fares fall"), _breadcrumb("Q3 › Q4 profits rose"), _breadcrumb("News›Industry›Garments")
    (False, False, True)
    """
    arrows = bool(re.search(_TRAIL, text))
    parts = re.split(_TRAIL, text) if arrows else text.split(" / ")
    return len(parts) >= (2 if arrows else 3) and all(
        1 <= len(words(p)) <= 4 and p.strip()[:1].isupper() and not TERMINAL.search(p) and not re.search(r"\d", p)
        for p in parts)


_CONSENT = re.compile(r"\bcookies?\b.*\b(?:(?:our|this) (?:web)?site|browsing|experience|consent|preferences|settings|"
                      r"accept all|reject all|manage)\b|\b(?:accept|reject|decline) (?:all |optional |additional |non-essential |analytics )?cookies\b|"
                      # the IAB consent banner: `Outlet and up to 168 partners store and access information on your device`
                      r"\bpartners?\b.{0,60}\b(?:store|access)\b.{0,30}\binformation on (?:a|your) device\b", re.I)
# the banner's own buttons on lines of their own
_CONSENT_BUTTON = re.compile(r"(?:agree|accept)(?: all)?(?: and| &) (?:continue|close)|(?:accept|reject|allow|deny) all|"
                             r"(?:see|more|manage) (?:options|preferences|choices|settings)|i (?:agree|accept)|"
                             r"(?:privacy|cookie) (?:settings|preferences|choices)|do not sell my (?:personal )?information|"
                             r"we (?:value|respect|care about) your privacy|your privacy (?:choices|matters)", re.I)


def consent(text: str) -> str | None:
    """Cookie and consent banners, which a paste often puts first.

    >>> consent("We use cookies to improve our site. By clicking Accept all you agree. Manage preferences")
    'consent'
    >>> consent("The bakery sold 400 cookies on Saturday.") is None
    True
    >>> consent("The Post and up to 168 trusted partners store and access information on your device to personalise ads.")
    'consent'
    >>> consent("Agree and continue"), consent("See options"), consent("Reject all"), consent("See options for the bypass") is None
    ('consent', 'consent', 'consent', True)
    >>> consent("Accept optional cookies"), consent("Reject optional cookies"), consent("Optional extras cost more.") is None
    ('consent', 'consent', True)
    >>> consent("We value your privacy"), consent("We respect your privacy"), consent("We value your privacy, the bank said.") is None
    ('consent', 'consent', True)
    """
    # a banner quotes its own buttons (`By clicking “Accept all”`), so quote marks prove nothing; speech verbs do
    if _CONSENT_BUTTON.fullmatch(text.strip(" ›»>")):
        return "consent"
    return "consent" if _CONSENT.search(text) and not re.search(r"\b(?:said|says|told)\b", text) else None


_STATUS = r"(?:HT|FT|AET|FT\s?\(?pens?\)?|Full[ -]time|Half[ -]time|\d{1,3}(?:\+\d)?['’′])"
_SCORE_LINE = re.compile(rf"^[A-Z][^a-z]*?(?:[A-Za-z.’'&-]+ )+\d+\s*[-–]\s*\d+(?: [A-Z][\w.’'&-]*)+\s+{_STATUS}$")
# a match box: `Ashworth 14', 89' · Mbeki 61'`, `Farrow 55' (pen)`; `Pier Park · Att: 18,402`
_SCORER = r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)? \d{1,3}(?:\+\d)?['’′](?:,\s*\d{1,3}(?:\+\d)?['’′])*(?: \((?:pen|p|og|o\.g\.)\))?"
_SCORERS = re.compile(rf"^{_SCORER}(?:\s*[·,;]\s*{_SCORER})*$")
_ATTENDANCE = re.compile(r"^(?:[A-Z][\w’'. -]{1,40}\s*[·|,]\s*)?Att(?:endance)?[:.]?\s*\d[\d,]*$")
# a result without a status: `Harbour City FC 3 - 2 Redwood Rovers`
BARE_SCORE = re.compile(r"^[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,4} \d{1,2}\s*[-–]\s*\d{1,2} [A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,4}$")
_PRICE = r"[+\-−]?\d[\d,]*(?:\.\d+)?%?"
_MARKET = re.compile(rf"^(?:[A-Z]{{3}}\s+)?{_PRICE}(?:\s+{_PRICE}){{1,3}}$")


_TABLE_CELL = 40  # characters in a results table's cell


def table_row(raw: str) -> str | None:
    r"""A table row pasted with tabs between its cells (read before spaces are collapsed):
    three or more short cells, none ending a sentence.

    >>> table_row("1\tA. Driver\tTeam One\t53\t1:31:07.412"), table_row("Pos\tDriver\tPts")
    ('table', 'table')
    >>> table_row("He said:\tthe race was won.\tIt was hard."), table_row("\tIndented paragraph.") is None
    (None, True)
    """
    cells = [c.strip() for c in raw.strip().split("\t") if c.strip()]
    if len(cells) < 3 or any(len(c) > _TABLE_CELL or re.search(r"[^\W\d_][.!?]$", c) for c in cells):
        return None
    return "table"


def scores(text: str) -> str | None:
    """Live-score tickers and market-data boxes: a match line with its status
    (`Port Lachlan 2-1 Ebbfield HT`, `Redmoor 1-3 Castlegate 67'`), a bare status
    (`FT`), or a price line (`NOK 182.40 -21.35 -10.48%`). A score under a
    headline without a status (`Rovers 2-1 Town`) is the story's own and stays.

    >>> scores("Port Lachlan 2-1 Ebbfield Athletic HT"), scores("FT"), scores("NOK 182.40 -21.35 -10.48%")
    ('scores', 'scores', 'ticker')
    >>> scores("Ashbourne Rovers 2-1 Kelso Town") is None, scores("Ashworth 14', 89' · Mbeki 61'")
    (True, 'scores')
    >>> scores("Farrow 55' (pen)"), scores("Pier Park · Att: 18,402"), scores("Farrow scored in the 55th minute.")
    ('scores', 'scores', None)
    >>> scores("A. Kovacic (CRO) [6] 6 4 2"), scores("R. Castellano (ESP) [3] 6 3 7⁷"), scores("LIVE Mesa Verde Open · QF")
    ('scores', 'scores', 'scores')
    >>> scores("Kovacic (CRO) won 6-4 in 2019.") is None, scores("Live music returns to the park · Free") is None
    (True, True)

    A US box score: the result with its overtime mark, and the players' stat lines:

    >>> scores("CHIEFS 27, RAVENS 20 (OT)"), scores("Yankees 5, Red Sox 3 (10 inn.)"), scores("J. Allen (BUF): 287 YDS, 3 TD, 1 INT")
    ('scores', 'scores', 'scores')
    >>> scores("Ortiz: 3-4, 2 RBI, 1 HR"), scores("Chiefs 27, Ravens 20, and the rest of the league watched.") is None
    ('scores', True)
    >>> scores("Allen threw for 287 yards, 3 TD and an interception.") is None, scores("Okafor (LAL): 31 PTS")
    (True, 'scores')
    """
    if re.fullmatch(_STATUS, text, re.I) and not text[0].isdigit():
        return "scores"
    if len(text) <= 200 and _SCORE_LINE.match(text):  # its nested repeats are quadratic on a long line
        return "scores"
    if len(text) <= 200 and (_SCORERS.match(text) or _ATTENDANCE.match(text)):
        return "scores"
    if len(text) <= 120 and (_SET_SCORES.match(text) or _MATCH_STATUS.match(text)):
        return "scores"  # a tennis or cricket scoreboard's rows
    if len(text) <= 160 and ((m := _FINAL_SCORE.match(text)) and (m["status"] or text.isupper()) or
                              _STAT_LINE.match(text) and ("," in text or re.search(r"\([A-Z]{2,4}\):", text))):
        return "scores"  # a US box score's result and its players' stat lines
    return "ticker" if _MARKET.match(text) else None


# a US result line: `SACRAMENTO 138, DENVER 134 (2OT)`, `Chiefs 27, Ravens 20 (Final)`, `YANKEES 5, RED SOX 3`
_FINAL_SCORE = re.compile(r"^[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3} \d{1,3}, [A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3} \d{1,3}"
                          r"(?P<status> \((?:\d?OT|F(?:inal)?(?:/\d*OT)?|SO|\d{1,2} inn(?:ings)?\.?)\))?$")
# a player's stat line: `Quinn (SAC): 44 PTS, 9 REB, 7 AST`, `J. Allen: 24/31, 287 YDS, 3 TD`, `Ortiz 3-4, 2 RBI`
_STAT = r"\d[\d/.-]*(?: [A-Z0-9%]{1,4}(?: [A-Z]{1,4})?)"
_STAT_LINE = re.compile(rf"^[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){{0,2}}(?: \([A-Z]{{2,4}}\))?:? (?:\d[\d/-]*, )?{_STAT}(?:, {_STAT}){{0,8}}$")



# `A. Kovacic (CRO) [6]  6  4  2`, `R. Castellano (ESP) [3] 6 3 7⁷`: a player, country, seed and set scores
_SET_SCORES = re.compile(r"^[A-Z][\w’'. -]{1,40} \([A-Z]{3}\)(?: \[\d{1,2}\])?(?:\s+\d{1,3}[⁰¹²³⁴⁵⁶⁷⁸⁹]*\*?){1,5}$")
# `LIVE Mesa Verde Open · QF`, `RESULT County Championship · Day 3`: a scoreboard's status over its rows
_MATCH_STATUS = re.compile(r"^(?:LIVE|RESULT|FINAL|FT|UPCOMING|STUMPS)\s+[A-Z][^.!?]{2,60} · [\w ]{1,12}$")


# a button label ending the line: `... for your fleet. Register now`, `Donate today`
_CTA_TAIL = re.compile(r"\b(?:register|sign up|subscribe|download|book|buy|shop|order|donate|contribute|join|apply|"
                       r"learn more|find out more|read more|listen|watch|get started|try it|start|upgrade)"
                       r"(?: (?:now|today|here|for free|free))+\s*[!›»>→]*$", re.I)
# a site-wide offer bar: a discount, then its button after a dash (`Flash sale: 40% off – see deals`)
_OFFER_BAR = re.compile(r"(?=.*(?:\b\d+% off\b|\bsave (?:up to )?(?:\d+%|[$£€]\d)|[$£€]\d+ off\b|\bhalf[ -]price\b|\bsale\b))"
                        r".*\s[–—|-]\s*(?:see|shop|book|browse|claim|grab|get|view|explore|find|redeem|unlock)"
                        r"(?: [\w’']+){0,2}\s*[!›»>→]*$", re.I)
# a sign-up form's empty field: `Type your email…`, `Enter your email address`
_FORM_FIELD = re.compile(r"^(?:type|enter|your) (?:your )?(?:email|e-mail|name|postcode|zip|phone)(?: address)?"
                         r"\s*(?:here)?\s*(?:\.{3}|…)?\s*\*?$", re.I)


# a whole-line shopping button: `Get a quote`, `Compare deals`, `Check prices`; an event box's `Buy tickets`
_BUTTON = re.compile(r"^(?:(?:get|request|compare|check|see|find) (?:a |an |your |my |the |latest |today'?s )?"
                     r"(?:free )?(?:quotes?|prices?|deals?|offers?)|(?:buy|book|get) (?:your )?tickets)"
                     r"(?: now| today| here)?\s*[!›»>→]*$", re.I)


# an affiliate's booking button: `Book your Vienna to Split night train with Railwise`, `Book a table at Nopi via OpenTable`
_BOOK_WITH = re.compile(r"^(?:Book|Reserve|Buy|Compare) (?:your|a|the) [^.!?]{3,60} (?:with|on|at|through|via) [A-Z][\w.-]+(?: [A-Z][\w.-]+)?$")


_QUIZ_BUTTON = re.compile(r"^(?:start|take|play|begin) (?:the |our |this )?quiz\s*[!›»>→]*$|"
                          # a paywall box's buttons: `Try Harbour+ free for 14 days`, `Unlock the full breakdown`
                          r"^(?:try|start) [^.!?]{0,30}\bfree(?: trial)?(?: for (?:\d+|one|two|three|seven|thirty) "
                          r"(?:days?|weeks?|months?))?\s*[!›»>→]*$|^unlock (?:the|this|our|full|more|all)\b[^.!?]{0,40}$", re.I)


def call_to_action(text: str) -> str | None:
    """A button or form field pasted as text: a line ending in an unpunctuated call to
    action (`Webinar: ... for your fleet. Register now`), or an empty form field
    (`Type your email…`). Prose ends in punctuation; a button does not.

    >>> call_to_action("Webinar: What the 2030 rules mean for your fleet. Register now"), call_to_action("Type your email…")
    ('promo', 'newsletter')
    >>> call_to_action("Start Quiz"), call_to_action("Take the quiz, she said.") is None
    ('promo', True)
    >>> call_to_action("Buy tickets"), call_to_action("Buy tickets for the final early.") is None
    ('promo', True)
    >>> call_to_action("Try VentureLine+ free for 14 days"), call_to_action("Unlock the full deal breakdown")
    ('promo', 'promo')
    >>> call_to_action("Try it free for 14 days, the firm urged.") is None, call_to_action("Unlock the door.") is None
    (True, True)
    >>> call_to_action("Voters can register now.") is None, call_to_action("“Sign up now,” she urged") is None
    (True, True)
    >>> call_to_action("Book your ferry to Santander with Brittany Ferries"), call_to_action("Reserve a table at Nopi via OpenTable")
    ('promo', 'promo')
    >>> call_to_action("Book your flu jab at a pharmacy near you.") is None
    True
    >>> call_to_action("Black Friday: 50% off all plans – shop now"), call_to_action("Save 30% on your first box | Claim offer")
    ('promo', 'promo')
    >>> call_to_action("Rail fares rise 5% – see how your season ticket changes") is None  # a headline names no discount
    True
    >>> call_to_action("Shops cut prices by 40% off the back of the sale – find out why.") is None
    True
    """
    if re.search("[\"“”]", text) or len(words(text)) > 40:
        return None
    if _FORM_FIELD.match(text):
        return "newsletter"
    if _BUTTON.match(text) or _QUIZ_BUTTON.match(text) or _BOOK_WITH.match(text) or \
            _OFFER_BAR.match(text) and not TERMINAL.search(text):
        return "promo"
    return "promo" if _CTA_TAIL.search(text) and not TERMINAL.search(text) else None


_TIP = re.compile(r"\b(?:get in touch|(?:email|contact|call|write to|send|whatsapp|message|text|dm) us|news tips?|tip(?:s|-offs?)? for (?:us|our)|"
                  r"confidential tip|your stor(?:y|ies)\b)", re.I)


# `Reach reporter Ann Lee at alee@post.com or 555-0100.`, `Contact Ann Lee at alee@post.com.`
# (a role word or the `Follow him on X` after it: `Contact City Hall at ...` is a service note the story gives)
_REACH = re.compile(r"^(?:Reach|Contact|Email|E-mail|You can reach) (?:(?:(?:staff |senior )?(?:reporter|writer|columnist|"
                    r"correspondent)|the (?:author|reporter|writer)) (?:[A-Z][\w’'.-]+ ){1,3}(?:at|via) [\w.+-]+@[\w-]+\.[\w.]+|"
                    r"(?:[A-Z][\w’'.-]+ ){1,3}(?:at|via) [\w.+-]+@[\w-]+\.[\w.]+.*\bFollow (?:him|her|them)\b)")


# a tip box's heading or button: `Do you have a tip?`, `Got a news tip?`, `Share your story`, `Send us a tip`
_TIP_LABEL = re.compile(r"^(?:(?:do you |got |have you got )?(?:have )?an?(?: news| story)? tip|share your (?:story|experience|tip)s?|"
                        r"send (?:us )?(?:a |your )?(?:news )?tips?|tip us off)\s*[?!.]?$", re.I)


def reader_prompt(text: str) -> str | None:
    """The outlet asking the reader for tips or stories (`Have a tip? Get in touch`,
    `We pay for your stories! Email us at ...`): it speaks as `we`/`our` to `you`.

    >>> reader_prompt("Have a confidential tip for our reporters? Get in touch")
    'reader-prompt'
    >>> reader_prompt("Police asked anyone with information to get in touch.") is None
    True
    >>> reader_prompt("Do You Have a Tip?"), reader_prompt("Share your story"), reader_prompt("A tip from a neighbour led police there.")
    ('reader-prompt', 'reader-prompt', None)

    The writer's contact line under the story: `Reach reporter Ann Lee at alee@post.com.`

    >>> reader_prompt("Reach reporter Jake Mendez at jmendez@sentinel.com or 555-204-7718. Follow him on X @JakeM.")
    'author-bio'
    >>> reader_prompt("Contact Ann Lee at alee@post.com. Follow her on X @annlee."), reader_prompt("Contact City Hall at info@city.gov.")
    ('author-bio', None)
    >>> reader_prompt("Residents can reach Ann Lee at alee@city.gov with questions, the council said.") is None
    True
    """
    if _REACH.match(text) and len(words(text)) <= 40 and not re.search("[\"“”]", text):
        return "author-bio"
    if _TIP_LABEL.match(text):
        return "reader-prompt"
    if re.search("[\"“”‘]", text) or len(words(text)) > 80 or not _TIP.search(text):
        return None
    return "reader-prompt" if re.search(r"\b(?:our|us|we)\b", text, re.I) else None


_BADGE = re.compile(r"(?:premium|subscriber(?:s)?[- ]only|members?[- ]only|exclusive to (?:subscribers|members)|"
                    r"paywall|plus|locked|free to read|subscriber exclusive|for (?:paying |premium )?(?:members|subscribers))", re.I)


def badge(text: str) -> str | None:
    """A paywall badge on a line of its own (`Premium`, `Subscriber only`).

    >>> badge("Premium"), badge("Premium beef prices rose.") is None
    ('label', True)
    >>> badge("For Members"), badge("For subscribers"), badge("For members of the club, the fee rose.") is None
    ('label', 'label', True)

    An award's chip set as a row of short parts (`BEST OF TALLOW CITY 2023 · READERS’ POLL
    WINNER · Best Late-Night Tacos`) is a badge too:

    >>> badge("BEST OF THE CITY 2023 · READERS’ POLL WINNER · Best Tacos"), badge("Award finalist | Best Newcomer")
    ('label', 'label')
    >>> badge("The Best of the City award went to the taqueria · readers voted.") is None
    True
    >>> badge("By Ann Lee · Award-winning columnist") is None
    True
    """
    if _BADGE.fullmatch(text.strip(" |·•🔒")):
        return "label"
    parts = re.split(r"\s+[·|•]\s+", text)
    if len(parts) >= 2 and all(len(words(p)) <= 6 for p in parts) and not TERMINAL.search(text) and \
            not any(p.startswith("By ") for p in parts) and any(_AWARD_PART.search(p) for p in parts):
        return "label"
    return None


# the parts of an award chip: `READERS’ POLL WINNER`, `Award finalist`, `Best of the City 2023`
_AWARD_PART = re.compile(r"\b(?:winners?|finalists?|awards?|best of|readers['’]? (?:poll|choice)|nominee|honou?ree|"
                         r"shortlisted|runner-up)\b", re.I)


def label(text: str) -> str | None:
    """A short sentence-case list heading ending in a colon (`Key points:`, `In brief:`),
    which is not speech being introduced.

    >>> label("Key points:"), label("He said:"), label("Dr Amy Lee:"), label("Officials warned:")
    ('label', None, None, None)
    >>> label("Author of the article:"), label("The author of the report:")
    ('label', None)
    """
    toks = words(text)
    if re.fullmatch(r"(?:author|writer|reporter)s? of (?:the|this) (?:article|story|post):", text, re.I):
        return "label"  # the byline's own label: `Author of the article:` / `Ann Lee`
    if not text.endswith(":") or not 1 <= len(toks) <= 3 or not toks[0][0].isupper():
        return None
    if any(t[0].isupper() for t in toks[1:]) or VERB.search(text) or re.search(r"\b(?:he|she|they|we|i)\b", text, re.I):
        return None
    return "label"


def acknowledgement(text: str) -> str | None:
    """An outlet's Acknowledgement of Country, printed as a page footer.

    >>> acknowledgement("ACB acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians.")
    'footer'
    """
    return "footer" if re.search(r"\backnowledges? (?:the )?(?:Aboriginal|Traditional (?:Owners|Custodians)|"
                                 r"First (?:Nations|Peoples|Australians))", text) else None


_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w’'.-]+ ){1,3}(?:is|was) (?:(?i:a|an|the) )?(?:[\w’'-]+ ){0,4}"
    r"(?i:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|critic|photographer)\b|"
    r"^(?:[A-Z][\w’'.-]+ ){1,3}(?:is|was) [^\"“”]{0,160}\b(?:(?:She|He|They) (?:covers?|writes?|reports?|"
    r"ha(?:s|ve) (?:covered|written about|reported on)) |(?:She|He|They) can be reached at )|"
    # `Name covers startups across Africa for Outlet.` / `... from Berlin.`: the author's beat, with no `is` before it
    # also the editor's sign-off after a dash: `— Ann Lee edits The Parish Bulletin for the residents' association.`
    r"^(?:[—–-]\s*)?(?:[A-Z][\w’'.-]+ ){2,3}(?:covers|writes about|reports on|edits|produces) [^.\"“”]{3,120}\b"
    r"(?:for (?:the |The )?[A-Z][^.]{0,40}\.|"
    r"from (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?\.$)|"
    # `Name covers county government. Reach her at ann@post.com or 555-0100.`: the beat, then how to reach its writer
    r"^(?:[A-Z][\w’'.-]+ ){2,3}(?:covers|writes about|reports on) [^\"“”]{3,160}\.\s+(?:Reach|Contact|E-?mail) (?:him|her|them)\b|"
    # `Ann has been covering the motor industry for 12 years ...`
    r"^(?:[A-Z][\w’'.-]+ ){1,3}has been (?:covering|writing about|reporting on) [^.\"“”]{3,80}\bfor (?:\d+|\w+) (?:years|decades)\b")


def author_bio(text: str) -> str | None:
    """`Name is a senior science reporter at Outlet ...`: the closing note about the author.
    Only used on the story's last lines (see `endmatter.closing_bio`).

    >>> author_bio("Priya Raman is a senior science reporter at The Report. She is based in Toronto.")
    'author-bio'
    >>> author_bio("Ann Lee is The Current’s housing reporter."), author_bio("Jo Bell is a staff photographer at The Post.")
    ('author-bio', 'author-bio')
    >>> author_bio("Ann Lee is a sophomore studying history. She covers student government for The Clarion.")
    'author-bio'
    >>> author_bio("Ann Lee is Retail Correspondent at The Post, covering the high street.")
    'author-bio'
    >>> author_bio("Ann Lee covers health and rural issues for The Post. She joined in 2021.")
    'author-bio'
    >>> author_bio("The council covers the cost for Ashby residents.") is None, author_bio("Ann Lee covers it.") is None
    (True, True)
    >>> author_bio("— Ann Lee edits The Parish Bulletin for the Millfield Residents' Association. Tips to ann@example.org.")
    'author-bio'
    >>> author_bio("Jo Bell produces the morning show for Harbour Radio."), author_bio("Ann Lee edits the list for the council.") is None
    ('author-bio', True)
    >>> author_bio("Ann Lee covers the car industry from Stuttgart."), author_bio("Ann has been covering energy for 12 years.")
    ('author-bio', 'author-bio')
    >>> author_bio("Ann Lee is a sophomore from Ohio. She has covered student government since 2023.")
    'author-bio'
    >>> author_bio("Ann Lee covers Ashby and Kessling County government. Reach her at alee@post.com or 570-555-0143.")
    'author-bio'
    >>> author_bio("Ann Lee covers the shortfall from April."), author_bio("Ann has been working at the plant for 12 years.")
    (None, None)
    >>> author_bio("The report is a damning read.") is None, author_bio("Ann Lee is a nurse at the clinic.") is None
    (True, True)
    """
    return "author-bio" if _AUTHOR_BIO.match(text) and not re.search("[\"“”]", text) else None


_SELF = re.compile(
    r"\b(?:this|our) (?:article|story|page|website)s?\b|\b(?:links|purchases) (?:on|from|through) this site\b|"
    r"\bour (?:articles|journalism|newsroom|editors|experts|ethics|editorial (?:standards|policy|guidelines))\b|"
    r"\b(?:the )?comments? (?:below|section)\b|^thanks? (?:you )?for reading\b|"
    # a comment thread's chrome: `Share your opinions in the thread below`, `Be the first to post`, `This thread is open`
    r"\b(?:in|to) the (?:thread|discussion|conversation|forum) below\b|^be the first to (?:comment|post|reply|respond|review)\b|"
    r"^(?:this|the) (?:thread|discussion|conversation|comment section|comments? thread) is (?:now )?(?:open|closed)\b|"
    r"\bkeep (?:it|comments|the (?:conversation|discussion|thread)) (?:civil|respectful|clean|constructive|on[- ]topic)\b|"
    # a broadcaster's promo for itself: `Watch more on Channel 4+`, `Stay with WXYZ for updates on this story`
    r"^(?:watch|stream|see|catch) more (?:on|at|from) [A-Z0-9][^.!?]{0,30}$|"
    r"^(?:stay|keep it) (?:with|tuned to) [A-Z0-9][^.!?]{0,50}\bfor (?:updates|the latest|more)\b", re.I)


def self_reference(text: str) -> str | None:
    """The page talking about itself rather than the news: `How we reviewed this article:`,
    `... links on this site. See our ethics policy.`, `The comments below have not been
    moderated.` A story speaks of its subject; only the page says `this article` or `our
    editors` outside quotation marks.

    >>> self_reference("The audio version of this article is generated by text-to-speech.")
    'page-note'
    >>> self_reference("Share or comment on this article:"), self_reference("Our experts update our articles.")
    ('page-note', 'page-note')
    >>> self_reference("The council said the site would reopen.") is None
    True
    >>> self_reference("“I wrote this article in a hurry,” she said.") is None
    True
    >>> self_reference("Thanks for reading Low Tide! This post is public so feel free to share it.")
    'page-note'
    >>> self_reference("Be the first to comment"), self_reference("The discussion is now closed.")
    ('page-note', 'page-note')
    >>> self_reference("Tell us what you think in the discussion below and please keep it civil.")
    'page-note'
    >>> self_reference("The first to post a photo of the comet won a prize.") is None
    True
    >>> self_reference("Watch more on Channel 9 Now"), self_reference("Stay tuned to KXYZ 7 on air and online for the latest on this story.")
    ('page-note', 'page-note')
    >>> self_reference("Stay with your children for the first week, the school advised.") is None
    True
    """
    if re.search("[\"“”‘]", text) or len(words(text)) > 40 or VERB.search(text):
        return None  # `the mayor said this story ...` is reported speech
    return "page-note" if _SELF.search(text) else None


_REVIEWED = re.compile(r"^(?:Medically |Clinically |Fact[- ]?|Expert |Legally )?(?:reviewed|checked|fact-checked|verified)"
                       r" by\s+[A-Z]", re.I)


def reviewer(text: str) -> str | None:
    """A reviewer's credit in the header (`Medically reviewed by Ann Lee, MD`, `Fact-checked by
    ...`): who vetted the page, not part of the story. `Written by` is the byline and stays.

    >>> reviewer("Medically reviewed by Jonah Whitfield, MD"), reviewer("Fact checked by Ann Lee")
    ('reviewer', 'reviewer')
    >>> reviewer("Written by Sara Lindqvist") is None, reviewer("Reviewed by the board, the plan was approved.")
    (True, None)
    """
    return "reviewer" if _REVIEWED.match(text) and len(words(text)) <= 12 and not TERMINAL.search(text) else None


# Boilerplate a publisher must print and no listener needs: investment-risk warnings,
# regulatory status, affiliate-commission notes, a transcript's accuracy caveat.
_DISCLAIMER = re.compile(
    r"\bcapital (?:is )?at risk\b|\bnot (?:investment|financial) advice\b|"
    r"\b(?:does|do) not constitute (?:\w+ ){0,2}(?:financial|investment|legal|tax) advice\b|"
    r"\bpast performance is not (?:a )?(?:reliable |guarantee|indicat)|"
    r"\bvalue of (?:your )?investments? (?:can|may) (?:fall|go down)|"
    r"\b(?:authori[sz]ed and regulated|regulated by the) (?:by )?the [A-Z]|"
    r"\b(?:we|the site|this site|[A-Z][\w&]* [A-Z]?\w*) (?:may|might|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission|"
    r"\b(?:if|when) you (?:buy|click|shop) (?:through|via|using) (?:our |these |the )?links\b|"
    r"\btranscripts? (?:is|are) (?:created|produced|generated) on a rush deadline|"
    r"\bthis (?:text|transcript) may not be in its final form|"
    r"\b(?:the )?(?:authors?|researchers?) (?:declares?|report|have) no (?:competing|conflicts? of) interests?\b|"
    r"^(?:disclaimer|disclosure)\s*:|"
    r"^how we (?:review|test|rate|score|choose|select)(?: (?:products|restaurants|gear|films|books))?\s*:|"  # a review's method note
    # an opinion or community post's note: `The views expressed in this post are the author's own.`
    r"^(?:the )?(?:views|opinions) (?:and opinions )?expressed (?:in this (?:post|article|column|piece|blog)|here(?:in)?|above|below) "
    r"(?:are (?:solely )?(?:those of )?the (?:author|writer|contributor)|(?:are|do) not necessarily)|"
    # the support box under a story about abuse or distress: `If you are being stalked, contact the National Stalking Helpline on ...`
    r"^if you(?:’re|'re| are| have been| or someone you know| need)\b[^.]{0,120}\b(?:contact|call|ring|text|visit)\b"
    r"[^.]{0,60}\b(?:helpline|hotline|samaritans|crisis (?:line|text line)|support line|lifeline)\b|"
    # a betting box's legal line: `21+ and present in select states. Gambling problem? Call ...`, `18+. BeGambleAware.org`
    r"\bgambling problem\b|\bproblem gambling\b|\b1-800-GAMBLER\b|\bbegambleaware\b|\b(?:please )?gamble responsibly\b|"
    r"\bwhen the fun stops\b|^(?:18|19|21)\+ (?:only|and (?:over|older|present))\b|"
    # a price widget's note: `Prices correct at time of publication.`
    r"^(?:all )?prices? (?:(?:were|are) )?(?:correct|accurate|valid) (?:at|as of|at the) (?:the )?time of (?:publication|publishing|writing|going to press)|"
    # a journal's conflict-of-interest note: `Lee reports grant funding from ...`, `Jo Bell received consulting fees from ...`
    r"\b(?:reports?|reported|received|receives|declares?) (?:(?:grant|research) (?:funding|support)|(?:consulting|consultancy|personal|"
    r"speaker|advisory[- ]board) fees|honoraria|royalties) from\b|^(?:financial )?(?:disclosures?|conflicts? of interest|competing interests)$|"
    # the line over paid links: `ADVERTISER NOTICE: Paid partner content below.`
    r"^(?:advertiser|advertising|sponsor(?:ed)?|partner|paid) (?:notice|disclosure|disclaimer)\s*:|\bpaid (?:partner|sponsored) content (?:below|above)\b|"
    r"\bnot responsible for (?:the )?(?:claims|content|statements) (?:made )?(?:by|of) (?:advertisers|sponsors|third parties)\b", re.I)


def disclaimer(text: str) -> str | None:
    """Legal and commercial boilerplate: risk warnings, regulatory status, affiliate and
    transcript notes. A quotation that mentions them is the story's own.

    >>> disclaimer("This is not investment advice. Capital at risk."), disclaimer("We may earn commission from links on this page.")
    ('disclaimer', 'disclaimer')
    >>> disclaimer("This is a guide only and does not constitute financial advice. Rates and fees subject to change.")
    'disclaimer'
    >>> disclaimer("The authors declare no competing interests."), disclaimer("Disclaimer: We are not responsible.")
    ('disclaimer', 'disclaimer')
    >>> disclaimer("Byteframe is supported by its readers. When you buy through links on our site, we may earn an affiliate commission.")
    'disclaimer'
    >>> disclaimer("Drivers said they earn a commission on each fare booked through links in the app.") is None
    True
    >>> disclaimer('"Capital at risk" was the headline, she said.') is None
    True
    >>> disclaimer("How we review: our critics dine anonymously and we pay for all meals.")
    'disclaimer'
    >>> disclaimer("The views expressed in this post are the author's own. Want to post?")
    'disclaimer'
    >>> disclaimer("The views expressed at the meeting were mixed, the mayor said.") is None
    True
    >>> disclaimer("If you are being stalked, contact the National Stalking Helpline on 0808 802 0300.")
    'disclaimer'
    >>> disclaimer("If you saw the crash, call Hartley Police on 101 quoting incident 42.") is None
    True

    A betting box's legal line, a price widget's note, a journal's conflict-of-interest note
    and the line over paid links, however the outlet words them:

    >>> disclaimer("18+ only. Please gamble responsibly. BeGambleAware.org"), disclaimer("When the fun stops, stop.")
    ('disclaimer', 'disclaimer')
    >>> disclaimer("Must be 21+. If you or someone you know has a gambling problem, call 1-800-522-4700.")
    'disclaimer'
    >>> disclaimer("The casino said gambling revenue rose 21% last year.") is None
    True
    >>> disclaimer("Prices were correct at the time of writing."), disclaimer("All prices accurate at time of going to press.")
    ('disclaimer', 'disclaimer')
    >>> disclaimer("Prices rose faster than expected at the time of the vote.") is None
    True
    >>> disclaimer("Dr Lee received consulting fees from Acme Health. Dr Bell reports research funding from the NIH.")
    'disclaimer'
    >>> disclaimer("Competing interests"), disclaimer("The hospital reported record funding this year.") is None
    ('disclaimer', True)
    >>> disclaimer("Sponsored notice: the stories below are paid for by our partners."), disclaimer("Paid sponsored content below")
    ('disclaimer', 'disclaimer')
    >>> disclaimer("Advertisers said the notice came too late.") is None
    True
    """
    if re.search("[\"“”]", text) or len(words(text)) > 60:
        return None
    if _GUEST.search(text) and len(words(text)) <= 35 and \
            (re.match(r"(?:The )?(?:writer|author|reporter|journalist)\b", text) or _TRAVEL_HOST.search(text)):
        return "disclaimer"  # a travel piece's note: `The writer travelled as a guest of Visit Malta.`
    return "disclaimer" if _DISCLAIMER.search(text) else None


# `Ann Lee travelled as a guest of ...`, `The writer's trip was paid for by ...`, `... stayed courtesy of ...`
_GUEST = re.compile(r"^(?:The )?(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}|writer|author|reporter|journalist)(?:[’']s? (?:trip|travel|stay|visit))? "
                    r"(?:travelled|traveled|stayed|flew|was hosted|were hosted|(?:was|were) (?:paid|provided|supported|funded)) "
                    r"(?:as (?:a |the )?guests? of|courtesy of|with (?:the )?(?:support|assistance|help) of|for by|by)\b")
# who hosts a travel writer: a tourist board, an airline, a rail operator, a hotel or cruise line
_TRAVEL_HOST = re.compile(r"\b(?:touris[mt]|tourist board|visit ?[A-Z]\w+|airlines?|airways|air|rail\w*|bahn|hotels?|resorts?|"
                          r"cruises?|tours|travel|holidays|trains?|ferries|lodges?)\b", re.I)


# One short line announcing the page's state or a slot in it, never the story:
# `BREAKING`, `Developing story`, `Sponsor Message`, `Heard on Morning Edition`,
# a caption's `hide caption` / `toggle caption` buttons, `Why you can trust Skyline News`.
_BANNER = re.compile(
    r"(?:breaking(?: news)?|developing(?: story| news)?|live(?: updates)?|just in|updated?|"
    r"sponsor(?:ed)? message|(?:as )?heard on (?:[A-Z][\w’'&.-]*\s?){1,5}|"
    r"(?:hide|show|toggle) caption|why you can trust (?:[A-Z][\w’'&.-]*\s?){1,4}|"
    # a press release's own labels: `FOR IMMEDIATE RELEASE`, `Media release`, `Embargoed until 00:01, 5 March`
    r"for (?:immediate|general) release|(?:news|press|media) release)", re.I)
_EMBARGO = re.compile(r"embargoed(?: (?:until|till|to) [^.!?]{3,40})?", re.I)


def banner(text: str) -> str | None:
    """
    >>> banner("Developing story"), banner("Heard on Morning Edition"), banner("toggle caption")
    ('banner', 'banner', 'caption-toggle')
    >>> banner("FOR IMMEDIATE RELEASE"), banner("Media release"), banner("Embargoed until 00:01 GMT, 5 March 2026")
    ('banner', 'banner', 'banner')
    >>> banner("The press release was issued on Monday.") is None
    True
    >>> banner("Heard on the street, the rumour spread.") is None
    True
    """
    text = text.strip(" :|·•")
    if _EMBARGO.fullmatch(text):
        return "banner"
    if not _BANNER.fullmatch(text) or len(words(text)) > 7:
        return None
    return "caption-toggle" if text.lower().endswith("caption") else "banner"


_HANDLE = re.compile(r"@\w{2,30}")
# an author's profile link or address on a line of its own: `X.com/kiranreports`, `ann.lee@post.com`
_PROFILE = re.compile(r"(?:https?://)?(?:www\.)?(?:x|twitter|instagram|facebook|linkedin|threads|tiktok|bsky)\.(?:com|net|app)"
                      r"/[\w.@/-]{2,40}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_STARS = re.compile(r"^(?:[\w ]{1,20}:\s*)?[★☆✩✪⭐½]{3,}(?:\s*\(?\d(?:\.\d)?\s*(?:/|out of)\s*\d+\)?)?$"
                    # the same score in words on its own line under the stars: `4 out of 5`, `Rating: 8.5 out of 10 stars`
                    r"|^(?:[\w ]{1,20}:\s*)?\d{1,2}(?:\.\d)? out of (?:5|10)(?: stars)?$", re.I)
# a market-data row: a name, a level and a signed change (`Copper (LME, $/t) 8,842 +1.9%`)
_QUOTE_ROW = re.compile(r"^[A-Z][^.!?]{0,40}?\s\d[\d,]*(?:\.\d+)?\s+(?:[+\-−]|[▲▼△▽↑↓]\s*[+\-−]?)\d[\d,]*(?:\.\d+)?%$")
_VIEW_ONLINE = re.compile(r"(?:view|read|open) (?:this|the) (?:email|e-mail|newsletter|message) (?:in|on) (?:your|a|the) "
                          r"(?:web )?browser|(?:view|read) (?:this )?(?:email |newsletter )?online", re.I)


# the site's own tools: text size and contrast switches, a read-aloud button, the notice shown
# when scripts are off, a live page's `Refresh` button
_SITE_TOOL = re.compile(
    r"(?:(?:font|text) size|(?:high|normal|default) contrast(?: mode)?|(?:increase|decrease|reset) (?:font|text)(?: size)?)"
    r"(?:\s*:?\s*(?:A[+-]?\s*){1,3})?|(?:listen|read) (?:with|using) (?:readspeaker|browsealoud|reciteme)|"
    r"(?:please )?(?:turn on|enable|activate|switch on) javascript\b[^.!?]{0,60}|"
    r"javascript (?:is|must be) (?:disabled|required|turned off|switched off)\b[^.!?]{0,60}|"
    r"your browser does not support\b[^.!?]{0,60}|refresh(?: (?:the )?(?:page|feed))?|live feed", re.I)


# a newsletter's issue line: `The Morning Ledger | Issue 412 | Thursday 14 March 2024`
_ISSUE = re.compile(r"^[^|]{2,60}(?:\|[^|]{1,60}){1,4}$")
_ISSUE_PART = re.compile(r"^(?:issue|no\.?|vol(?:ume)?\.?|edition|#)\s*\d+$", re.I)


def page_widget(text: str) -> str | None:
    """A lone widget: an author's `@handle`, a star rating, a market-data row, the
    newsletter's `View this email in your browser` link.

    >>> page_widget("@leahstantonSL"), page_widget("Rating: ★★★★☆"), page_widget("Brent ($/bbl) 83.20 +0.4%")
    ('social', 'rating', 'ticker')
    >>> page_widget("4 out of 5"), page_widget("4 out of 5 doctors agree.") is None
    ('rating', True)
    >>> page_widget("X.com/kiranreports"), page_widget("kdhaliwal@capitalcourier.ca")
    ('social', 'social')
    >>> page_widget("Send questions to kdhaliwal@capitalcourier.ca."), page_widget("X.com/kiranreports has 4,000 followers")
    (None, None)
    >>> page_widget("Tadawul 12,006.53 ▲ 0.31%"), page_widget("The index closed at 12,006.53, up ▲ 0.31% on the day.") is None
    ('ticker', True)
    >>> page_widget("View this email in your browser"), page_widget("Shares rose 4% to 83.20.") is None
    ('navigation', True)
    >>> page_widget("The Morning Ledger | Issue 412 | Thursday 14 March 2024"), page_widget("CC=F")
    ('masthead', 'ticker')

    The site's own tools and notices: text size and contrast switches, read-aloud buttons,
    the notice shown when JavaScript is off, a live page's `Refresh`:

    >>> page_widget("Text size: A A A"), page_widget("High contrast"), page_widget("Listen with ReadSpeaker")
    ('page-note', 'page-note', 'page-note')
    >>> page_widget("Please turn on JavaScript to use this feature"), page_widget("Refresh"), page_widget("Font Size")
    ('page-note', 'page-note', 'page-note')
    >>> page_widget("The font size was too small for older readers."), page_widget("High contrast between rich and poor")
    (None, None)
    >>> page_widget("Please turn on JavaScript. Then reload."), page_widget("Refresh your memory of the rules") is None
    (None, True)
    >>> page_widget("Live feed"), page_widget("Live feeds of the debate ran all night.") is None
    ('page-note', True)

    A read-aloud player's credits:

    >>> page_widget("Powered by Trinity Audio"), page_widget("This article was voiced by an artificial intelligence narrator.")
    ('page-note', 'page-note')
    >>> page_widget("Listen to more articles in the Noa app"), page_widget("The film was narrated by an AI voice, critics said, and flopped badly at the box office.")
    ('page-note', 'page-note')
    >>> page_widget("Powered by wind, the town cut its bills."), page_widget("Listen to more music, the doctor advised.") is None
    (None, True)
    >>> page_widget("Powered by solar panels") is None
    True

    The writer's follow line and a donation box's heading naming the outlet:

    >>> page_widget("Follow Ann Lee on Bluesky @annlee.bsky.social"), page_widget("Support Harbour Community Radio")
    ('social', 'promo')
    >>> page_widget("Follow Ann Lee on X, her lawyer advised, and say nothing."), page_widget("Support Grows For Ban") is None
    (None, True)
    """
    if _HANDLE.fullmatch(text) or _PROFILE.fullmatch(text):
        return "social"
    if _STARS.match(text):
        return "rating"
    if _QUOTE_ROW.match(text) or re.fullmatch(r"[A-Z]{1,6}=[A-Z]{1,2}", text):  # a quote symbol: `CC=F`, `EURUSD=X`
        return "ticker"
    if _ISSUE.match(text) and any(_ISSUE_PART.match(p.strip()) for p in text.split("|")):
        return "masthead"
    if _VIEW_ONLINE.fullmatch(text.strip(" .")):
        return "navigation"
    if _SITE_TOOL.fullmatch(text.strip(" .!")):
        return "page-note"
    if _AUDIO_CREDIT.search(text) and len(words(text)) <= 20 and not re.search("[\"“”]", text):
        return "page-note"
    if _FOLLOW_ON.match(text):
        return "social"
    if _SUPPORT_US.fullmatch(text):
        return "promo"
    return None


# the writer's follow line: `Follow Ann Lee on X @annlee.`, `Follow Bell on Instagram`
_FOLLOW_ON = re.compile(r"^Follow (?:[A-Z][\w’'.-]+ ){1,3}on (?:X|Twitter|Instagram|Bluesky|Threads|Facebook|LinkedIn|Mastodon|TikTok)"
                        r"\b(?:[^.!?,;]|\.(?=\w)){0,40}\.?$")
# a donation box's heading naming the outlet: `Support Harbour Radio`, `Support The Ledger's Journalism`
_SUPPORT_US = re.compile(r"Support (?:the |our )?(?:[A-Z][\w’'&.-]*\s){0,4}(?:News|Media|Journalism|Radio|Press|Newsroom|"
                         r"Magazine|Network|Service|Reporting|Station)")


# a read-aloud player's credits: `Powered by Trinity Audio`, `Narrated by an AI voice.`, `Listen to more articles on Noa`
_AUDIO_CREDIT = re.compile(r"^(?:audio |voice |narration |player )?powered by (?:(?-i:[A-Z])[\w.-]*\s?){1,3}$|"
                           r"\b(?:narrated|read|voiced|generated) (?:by|with|using) (?:an? )?(?:AI|artificial(?:ly)?[- ]intelligen\w*|"
                           r"automated|synthetic|synthesi[sz]ed|computer[- ]generated|digital|text-to-speech) (?:voice|narrator|technology)|"
                           r"^listen to more (?:stories|articles|news|audio(?: articles| stories)?|journalism)\b[^.]{0,40}$", re.I)


# a page's own buttons, pasted as lines: `Story continues`, `Add to Bookmarks`, `Translate` (`Add X on Google` is prompt()'s)
_PAGE_BUTTON = re.compile(r"story continues(?: below)?(?: (?:this )?(?:advertisement|advert|ad))?|"
                          r"more (?:by|from) (?:this|the) (?:author|writer|reporter|columnist|contributor)|"
                          r"add to (?:bookmarks|reading list|favou?rites|saved(?: stories| articles)?)|"
                          r"(?:translate|bookmark|gift)(?: this)?(?: (?:article|page|story))?", re.I)
# a box's call to action: `Learn more`, `See how it works`, `Give now`, `View property`
_CTA_BUTTON = re.compile(r"(?:learn more|see how (?:it|this) works|(?:give|donate|contribute) (?:now|today|once|monthly|annually|yearly)|"
                         # a donation box's amount buttons: `$10/month`, `£5 a month`, `Yes, I'll give $10/month`
                         r"(?:yes,? i(?:’|')ll (?:give|donate|contribute) )?[$£€]\d+(?:\.\d\d)?\s*(?:/|a|per)\s*(?:month|mo|year|yr|week)|"
                         r"view (?:the )?(?:property|listing|details|offer|deal|full obituary))\s*[!›»>→]*", re.I)


def page_button(text: str) -> str | None:
    """A button's label standing as a whole line: the page's own tools, or a box's call to
    action. No sentence of a story is a bare imperative of three words.

    >>> page_button("Story continues"), page_button("Add to Bookmarks"), page_button("LEARN MORE"), page_button("Give now")
    ('button', 'button', 'promo', 'promo')
    >>> page_button("Give monthly"), page_button("$10/month"), page_button("Yes, I'll give £5 a month"), page_button("$5 a month, she said.")
    ('promo', 'promo', 'promo', None)
    >>> page_button("More by this Author"), page_button("More from the columnist"), page_button("More by the author next year.")
    ('button', 'button', None)
    >>> page_button("The story continues next week.") is None, page_button("Translate the sign, she said.") is None
    (True, True)
    """
    text = text.strip(" |·•")
    if _PAGE_BUTTON.fullmatch(text):
        return "button"
    return "promo" if _CTA_BUTTON.fullmatch(text) else None


_PROFILE_ROLE = re.compile(r"\b(?:analyst|editor|founder|co-founder|director|manager|engineer|consultant|head|lead|officer|"
                           r"ceo|cto|cfo|coo|vp|president|partner|professor|researcher|writer|journalist|reporter|author|"
                           r"speaker|advis[eo]r|investor|strategist|scientist|designer|developer|coach|specialist|"
                           r"economist|host|creator|mentor|trainer|board member)s?\b", re.I)
_PROFILE_PAST = re.compile(r"^(?:ex|former)[- ][A-Z]", re.I)


def profile_headline(text: str) -> str | None:
    """A professional network's or blog's author headline under the byline: roles and past
    employers set apart by bars or dots (`Senior Editor at Acme | Ex-BBC | Podcast host`),
    at least two of them a role or a past firm. A story's line has a verb and no such list.

    >>> profile_headline("Head of Growth at Brightwave • Ex-Google • Startup advisor")
    'author-bio'
    >>> profile_headline("Founder @ Kelp Labs | Former Reuters reporter"), profile_headline("Ferry at Gull Rock | Live updates")
    ('author-bio', None)
    >>> profile_headline("The editor at the paper said the ferry would run | she was wrong.") is None
    True
    >>> profile_headline("By Ann Lee | Senior Editor | Former BBC reporter"), profile_headline("Ann Lee | Editor at The Post | Ex-BBC")
    (None, None)
    """
    parts = [p.strip() for p in re.split(r"\s[|•·]\s", text)]
    if len(parts) < 2 or TERMINAL.search(text) or re.match(r"(?:by|written by)\b", text, re.I) or \
            any(not p or len(words(p)) > 10 for p in parts):
        return None
    roles = [p for p in parts if _PROFILE_ROLE.search(p) or _PROFILE_PAST.match(p)]
    named = [p for p in parts if p not in roles and re.fullmatch(r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2}", p)]
    firm = any(_PROFILE_PAST.match(p) or re.search(r"\s(?:at|@)\s+[A-Z]", p) for p in roles)
    return "author-bio" if len(roles) >= 2 and firm and not named and not VERB.search(text) else None


LINE_RULES: tuple[Callable[[str], str | None], ...] = (
    consent, credit, read_more, teaser, scores, timestamp, prompt, reader_prompt, interface, call_to_action, page_button, label,
    profile_headline,
    wire_footer,
    editorial, acknowledgement, embed, navigation, self_reference, reviewer, disclaimer, banner, page_widget, badge)


def line_reason(text: str) -> str | None:
    """The first line rule's reason; a bilingual page's label is read by its second language.

    >>> line_reason("Sanas / Advertisement"), line_reason("Leugh cuideachd / Read more: Ferry fares rise")
    ('advert', 'read-more')
    >>> line_reason("Fógra | Advertisement"), line_reason("Rates rise / Fares fall") is None
    ('advert', True)

    A label of up to five words may stand before its translation, and word pairs inside a
    line (`14 Mawrth / March`) are read by their second word:

    >>> line_reason("Darllen mewn 4 munud | 4 min read"), line_reason("Cyhoeddwyd / Published: 14 Mawrth / March 2024, 07:30")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> line_reason("Prices rose 4 per cent | 4 things to know about rates") is None
    True
    >>> line_reason("Students can choose English and / or Welsh when they sit the exam in March.") is None
    True
    """
    for rule in LINE_RULES:
        if reason := rule(text):
            return reason
    if (rest := second_language(text)) is not None:
        return line_reason(rest)
    paired = _WORD_PAIR.sub(r"\1", text)  # `14 Mawrth / March 2024`
    return line_reason(paired) if paired != text else None


_WORD_PAIR = re.compile(r"(?<![\w/])[^\W\d_]+ / ([^\W\d_]+)(?![\w/])")


def second_language(text: str) -> str | None:
    """A bilingual label's second half (`Sanas / Advertisement`, `Cyfeiriad e-bost | Email
    address`): the first half a short unpunctuated label; None for any other line.

    >>> second_language("Cyfeiriad e-bost | Email address"), second_language("Rates rose, as expected / Fares fall")
    ('Email address', None)
    """
    head, sep, rest = text.partition(" / ") if " / " in text else text.partition(" | ")
    if sep and 1 <= len(words(head)) <= 5 and not re.search(r"[.!?:,]", head):
        return rest
    return None
