"""Picture credits and captions: `Photograph: Name/Agency`, `(Image: Getty)`, a caption closed by its credit."""

from __future__ import annotations

import re

from narrator.lines import TERMINAL, words

_CREDIT_PAREN = re.compile(
    r"\((?:[\w ]*\b)?(?:Images?|Pictures?|Photos?|Photograph|Credit|Video)(?: by)?\s*[:/][^)]*\)\s*$|"
    # a chart's or picture's maker in square brackets: `[Graphics by Ann Lee]`, `[Photo by Jo Bell]`
    r"\[(?:Graphics?|Photos?|Pictures?|Images?|Illustrations?|Charts?)(?: by|:)\s*[^\]]{2,60}\]\s*$", re.I)
# `(Submitted by Carla Mensah)`, `(Supplied)`, `(Courtesy of the family)`: who handed the picture over
# `(Devin Harkness / The Bellrose Current)`; `... on Wednesday. —JONAS DE LEON`
# a whole line in brackets crediting a photographer and a stock site or agency: `(Ann Lee/Unsplash, modified by Coinwire)`
_PAREN_CREDIT_LINE = re.compile(r"^\((?:[A-Z][\w’'.-]+ ){1,3}[A-Z][\w’'.-]+ ?/ ?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}"
                                r"(?:, (?:modified|edited|adapted|cropped|altered|illustration) by [^()]{1,40})?\)$")
_NAME_OUTLET_PAREN = re.compile(r"\((?:[A-Z][\w’'.-]+ ){1,3}/ (?:[A-Z][\w’'&.-]*\s?){1,5}\)\s*$")
# a photographer's credit set under the caption: `Ann Lee / The Current`, `Ann Lee/The Current`
_WRITER_TAIL = re.compile(r"/\s*(?:[A-Z][\w’'&.-]*\s){0,3}(?:Staff |Senior |Chief )?(?:Writer|Reporter|Correspondent)$")
# a picture of the author, by its alt text: `Profile Image of Ann Lee`, `Headshot of Jo Bell`, `Ann Lee portrait`
_PERSON = r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2}"
_HEADSHOT = re.compile(rf"^(?:(?i:profile|author|staff|contributor|reporter)(?:['’]s)? )?(?i:images?|photos?|pictures?|headshot|"
                       rf"avatar|portrait|thumbnail)(?: of| for)? {_PERSON}$|"
                       rf"^{_PERSON}(?:['’]s)? (?i:portrait|headshot|avatar|(?:profile|author|byline) (?:photo|picture|image|pic))$")
_NAME_OUTLET = re.compile(r"^[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2}(?: / |/)(?:[A-Z][\w’'&.-]*)(?: [A-Z][\w’'&.-]*){0,3}$|"
                          # the agency first: `Keystone / Ann Lee`, `EPA/Jo Bell`
                          r"^[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?(?: / |/)(?!By )[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2}$")
# `... stop it drying out. Fiona Ritchie / Tideline`: the credit after the caption's last sentence
_NAME_OUTLET_TAIL = re.compile(r"[.!?]\s+[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2} / [A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}$")
# `... since January. Photo / Alan Gibson`: the NZ-style credit after the caption's last sentence
_SLASH_CREDIT_TAIL = re.compile(r"[.!?]\s+(?:Photos?|Pictures?|Images?|Photograph|Video) / [A-Z][\w’'.-]*(?: [A-Z][\w’'&.-]*){0,4}$")
# `... the new levy. | ANN LEE | HARBOUR POST`: a photographer in capitals after a bar, the outlet after another
_CAPS_CREDIT = re.compile(r"[.)]\s*[—–|]\s?[A-Z][A-Z.’' -]{3,40}(?:[|/]\s?[A-Z][A-Z.’'& -]{1,40})?$|"
                          # `... during the monsoon season. — Filepic`, `— Bernama`: one to three words signed after a dash
                          r"[.)]\s*[—–]\s?[A-Z][\w’'&./-]*(?: [A-Z][\w’'&./-]*){0,2}$|"
                          # `... on February 26, 2026. - AFP`, `... in Dhaka. - AP/EPA`: a wire agency after a hyphen
                          r"[\w.)]\s+-\s?[A-Z]{2,6}(?:/[A-Z][\w]*){0,2}$")
_LICENCE_TAIL = re.compile(r"[,.]\s*CC(?:0| BY(?:-(?:SA|ND|NC))*)(?: \d\.\d)?\s*$")
# a photographer's credit in capitals as a line of its own: `ANN LEE | THE HARBOUR POST`, `JO BELL / STAFF`
_CAPS_NAME_OUTLET = re.compile(r"^[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){1,3}\s*[|/]\s*[A-Z][A-Z.&’' -]{2,40}$")
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
# `Photo: Ann Lee`, `Photo / Ann Lee` (NZ style), `Picture | Agency`; a desk's name may come first: `Post Photo: Ann Lee`
_CREDIT_ONLY = re.compile(
    r"^(?:(?-i:[A-Z])[\w&.’'-]* ){0,2}(?:Images?|Pictures?|Pics?|Photos?|Photograph|Credits?|Video)(?: source| credits?)?\s*[:,/|]\s*\S", re.I)
# `Photo by the author`, `Pictures courtesy of the family`: a short credit line with no label colon
_CREDIT_BY = re.compile(r"^(?:Images?|Pictures?|Photos?|Photographs?|Photography|Illustrations?|Graphics?|"
                        r"(?:Video|Audio)(?: report| package)?|Footage)\s+"
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
_ART_CREDIT = re.compile(r"^(?:Photo[- ])?(?:Illustrations?|Artwork|Graphics?|Photo-?illustration) by (?:[A-Z][\w.’'-]*\s?){1,4}\.\s+"
                         r"(?:Sources?|Photos?|Images?|Source images?)\s*:")
_SOURCE_LINE = re.compile(r"Sources?\s*:\s*[A-Z0-9][\w&.’'-]*(?:(?:,\s*|\s+(?:and\s+|&\s+)?)[\w&.’'-]+){0,5}")
_CHART_LABEL = re.compile(r"(?:Charts?|Graphics?|Maps?|Visuali[sz]ation|Infographic)\b", re.I)
_CAPTION_LABEL = re.compile(r"^(?:Image|Photo|Picture|Video) caption\s*[:,]", re.I)
# `... Thursday. | Photo Credit: M. K. Pillai`: a name's initials may carry full stops
# `Cork strippers at work near Coruche, 9 July 2025 - Copyright  Agency/Ann Lee`: a wire picture's rights tail
_COPYRIGHT_TAIL = re.compile(r"\s[-–—|]\s*(?:Copyright|©)\s+(?:©\s*)?[A-Z][\w’'.&-]*(?:(?: | ?/ ?)[A-Z][\w’'.&-]*){0,4}$")
_CHART_CREDIT = re.compile(r"^Sources?\s*:\s*[^.]{2,60}\.\s+(?:Chart|Graphic|Graph|Map|Table)s?(?: by|\s*:)\s+[A-Z]")
_COPY_CREDIT_TAIL = re.compile(r"[.!?]\s+(?:Photo(?:graph)?|Picture|Image)s?\s*©\s*[A-Z][^.!?]{1,80}$")
_BAR_CREDIT_TAIL = re.compile(r"\S\s+\|\s*(?:Photograph|Photo|Picture|Image|Illustration|Video)s?(?: credits?)?:\s*"
                              r"[A-Z][^|.!?\"“”]{1,60}$")
_CREDIT_TAIL = re.compile(r"\b(?:Photograph|Photo|Picture|Pic|Image|Illustration|Composite|(?-i:Credits?))(?: by| credit)?:\s*"
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
# a tabloid's caption with its credit label glued on, no stop between: `... five months agoCredit: Getty`
_GLUED_LABEL = re.compile(r"[a-z0-9]{2}(?:Credit|Picture|Photo|Image)s?:\s?[A-Z][\w’'&.-]*(?: (?:/ |of |and |& )?[A-Z0-9][\w’'&./-]*){0,5}$")
# `(?<![\w.])`: try `X.Y/Z` once per token, not from every capital inside it (quadratic on long tokens).
# `... Thursday [Omar Sefu/Meridian]`: a photographer and agency, bare or in brackets
# `Aerial footage shows the flood. (8News)`: a broadcaster's or picture desk's name closing a caption
# `... at the port on Tuesday. (Kyodo)`: one capitalised word, a news agency's name, in brackets after the last sentence
_MEDIA_PAREN = re.compile(r"[.!?]\s*\((?:[A-Z0-9][\w&.'’-]*\s){0,3}(?:[A-Z0-9][\w&.'’-]*)?(?:News|TV|Radio|Press|Media|Images|"
                          r"Photos?|Pictures|Video)\)$|"
                          r"[a-z0-9][.!?]\s*\((?!Updated|Corrected|Correction|Translated|Laughter|Applause|Continued)[A-Z][a-z]+\)$")
# `... on Monday. Ann Lee alee@courier.com`, `... last April. Ann Lee`: the photographer's name (and address) closing the caption
_NAME_TAIL = re.compile(r"[a-z0-9][.!?]\s+[A-Z][a-z’'-]+(?: [A-Z][\w’'-]*[a-z]){1,2}(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$")
# `... from the Jubilee Gallopers. Ben Achterberg for Northlight`, `... first period. —Ann Lee for The Courier`:
# the photographer working for the outlet
_FOR_OUTLET_TAIL = re.compile(r"[.!?](?:\s+|\s*[—–-]\s*)(?:[A-Z][\w’'.-]+ ){1,3}for (?:the |The )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}$")
# `... near Walla Creek. Picture by Ross McInnes`, `... since she was 14. Photo by Theo Marchbanks for the Reader`
# `... on Monday. STAFF PHOTO BY ANN LEE`, `... PHOTO COURTESY OF THE CITY`: a credit in capitals closing the caption
_CAPS_BY_TAIL = re.compile(r"[.!?]\s+(?:(?:STAFF|FILE|CONTRIBUTED|SUBMITTED|SPECIAL) )?(?:PHOTO(?:GRAPH)?S?|PICTURES?|IMAGES?) "
                           r"(?:BY|COURTESY(?: OF)?|PROVIDED BY|SUPPLIED BY) [A-Z0-9][A-Z0-9 .,'’&/()-]{1,60}$")
# `... in New Taipei. FWS file photo`, `... on Monday. Reuters photo`: the desk or agency that shot it, unbracketed
_DESK = r"(?!(?:Her|His|Their|My|Our|Your|Its|The|A|An|This|That|One|Every|Each)\s)(?:[A-Z][\w&.’'-]*\s){1,3}(?i:(?:file |staff |handout |archive )?(?:photo|picture|image|pic)s?)"
_DESK_PHOTO_TAIL = re.compile(rf"[a-z)][.!?]\s+{_DESK}$")
_DESK_PHOTO = re.compile(_DESK)  # the same credit on a line of its own, under its caption: `Courier file photo`
_BY_CREDIT_TAIL = re.compile(r"[.!?][\"”’]?\s+(?:[-–—|]\s*)?(?:Photo(?:graph)?s?|Pictures?|Images?|Illustrations?|"
                             r"PHOTO(?:GRAPH)?S?|PICTURES?|IMAGES?|ILLUSTRATIONS?) (?:by|BY) "
                             r"[A-Z][\w’'-]*(?:\.? [A-Z][\w’'-]*){0,3}(?:(?: for (?:the |The )?| ?/ ?)[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,4})?$")
_AGENCY_TAIL = re.compile(
    r"(?:Purchase Licensing Rights|/File Photo|(?<![\w.])[A-Z][\w.]*/[A-Z][\w.'-]*(?: (?:[A-Z][\w.'-]*|via|for|of|the|de|and|&))*\.?|"
    r"\((?:Photos?|Pictures?|Images?|Photograph) (?:by|courtesy of) [^)]*\)|"
    r"[\[(][A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’ -]{1,40}[\])])\s*$")


# after the caption's full stop: a labelled credit (`Image: Halden`, `PHOTO BY ANN LEE /Agence X`) or a name in
# capitals over its agency (`ANA WETERE/LDR`)
_LABELLED_TAIL = re.compile(r"[.!?][”\"’']?\s+(?:(?:(?i:photo(?:graph)?s?|image|picture|credit)(?: by)?:?|(?:PHOTO|IMAGE|PICTURE) BY)\s+"
                            r"[A-ZÀ-Ý][\w’'.-]*(?:\s+/?[A-ZÀ-Ý][\w’'./-]*){0,6}|[A-ZÀ-Ý][A-ZÀ-Ý’' -]{2,40}\s?/\s?[A-Z][\w ]{1,40})$")
_SLIDE = re.compile(r"(\d{1,2})\s?(?:/|of)\s?(\d{1,2})\s+(?=[A-Z])")


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
    >>> credit('The final season, "Eclipse," launched in April. | Image: Harbour Games')
    'caption'
    >>> credit("Video report by Ann Lee"), credit("Footage by Jo Bell"), credit("Video reports by the BBC were aired on Monday.")
    ('credit', 'credit', None)
    >>> credit("(Ann Lee/Unsplash, modified by Coinwire)"), credit("(Ann Lee / Harbour Post)"), credit("(the 2024/25 season)") is None
    ('credit', 'credit', True)
    >>> credit("Source: Harbour Devices. Chart by Kabuto Review. FY2027 figure is company target.")
    'credit'
    >>> credit("Par / By Ann Lee") is None  # a bilingual byline
    True
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
    >>> credit("The mayor speaks at a news conference on Wednesday. (KXYZ News)"), credit("Crowds at the rally. (Harbour TV)")
    ('caption', 'caption')
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
    >>> credit("Gazette file photo"), credit("AFP Photo"), credit("Our photo") is None, credit("The Photo") is None
    ('credit', 'credit', True, True)
    >>> credit("Supplied"), credit("Handout photo"), credit("(File image)"), credit("Supplied by the council, the bins were new.") is None
    ('credit', 'credit', 'credit', True)
    >>> credit("VIDEO: Grand Prix highlights ▶ 3:05") is None, credit("Video: Ann Lee/Reuters")
    (True, 'credit')
    >>> credit("Courier file photo"), credit("Evening Post staff pictures"), credit("The file photo was old.") is None
    ('credit', 'credit', True)
    >>> credit("Post Photo: Ann Lee"), credit("Staff Photo: Jo Bell"), credit("Keystone / Ann Lee"), credit("EPA/Jo Bell")
    ('credit', 'credit', 'credit', 'credit')
    >>> credit("Profile Image of Ann Lee"), credit("Headshot of Jo Bell"), credit("Ann Lee portrait"), credit("Jo Bell's profile picture")
    ('author-photo', 'author-photo', 'author-photo', 'author-photo')
    >>> credit("Images of the flood damage") is None, credit("Portrait of a town in decline is the show's title.") is None
    (True, True)
    >>> credit("Labour / Conservatives") is None, credit("The Post photo desk closed in May.") is None
    (True, True)
    >>> credit("Courtesy of Maison Corvell"), credit("Courtesy of the rain, the final was delayed until Monday.") is None
    ('credit', True)
    >>> credit("ANN LEE | THE HARBOUR POST"), credit("JO BELL / STAFF"), credit("Rates rise | Fares fall") is None
    ('credit', 'credit', True)
    >>> credit("Fans queue at the gate. | JO BELL | THE HARBOUR POST"), credit("Ewes at the fair. | Photo by Ann Lee / Wirepix")
    ('caption', 'caption')
    >>> credit("Pupils at a school in Kelso. —Jo Bell for The Courier"), credit("Boats in the harbour. Wirepix file photo")
    ('caption', 'caption')
    >>> credit("The mill closed in May. Staff photo"), credit("She kept one thing. Her photo") is None
    ('caption', True)
    >>> credit("The council met. — Ann Lee was there for the vote.") is None, credit("Rents rose. | More") is None
    (True, True)
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
    >>> credit("Visitors at the fair on Friday. Pic: Ann Lee / The Courier"), credit("Port volumes, 2020-24 [Graphics by Jo Bell]")
    ('caption', 'caption')
    >>> credit("Source: Harbour Post"), credit("Sources: LSEG, Acme Data"), credit("Source: the council said it would pay.")
    ('credit', 'credit', None)
    >>> credit("Illustration by Ann Lee. Sources: Getty; Library of Congress."), credit("Artwork by Jo Bell. Photos: Alamy")
    ('credit', 'credit')

    A caption closed by its credit after a bar, a dash, in brackets, or as a bare name (and address):

    >>> credit("Fans queue at the gate on Friday. | JO BELL | HARBOUR POST"), credit("Crowds at dusk. | Photo by Ann Lee / Tigers Media")
    ('caption', 'caption')
    >>> credit("Pupils leave the gym before lunch. —Ann Lee for The Dispatch"), credit("Smoke over the port. (Picture by Jo Bell.)")
    ('caption', 'caption')
    >>> credit("Cranes at the container terminal on Friday. (Kyodo)"), credit("A heron on the marsh at dawn. Ann Lee"),
    ('caption', 'caption')
    >>> credit("Stalls in the square on Monday, May 5, 2025. Jo Bell jbell@harbourpost.com")
    'caption'
    >>> credit("© 2025 The Courier. | Privacy | Terms") is None, credit("The vote passed 5-2 on Monday. He thanked Ann Lee.") is None
    (True, True)
    >>> credit("Rents rose again this year (Table 2)."), credit("It was the wettest May on record. (Corrected)") is None
    (None, True)
    >>> credit("1/9 The larch-clad suites face the massif"), credit("2/3 Voters backed the plan.") is None
    ('caption', True)
    >>> credit("The pair on the red carpet five months agoCredit: Getty"), credit("He joined in 2020Credit: Channel 5 Media / Rex")
    ('caption', 'caption')
    >>> credit("The Folio comes in a paler “chalk” finish. Image: Halden"), credit('The mayor says the council had "run out of road". ANA LEE/LDR')
    ('caption', 'caption')
    >>> credit("The crossing has carried traffic since the 1900s. PHOTO BY ANN LEE /Agence Nouvelles")
    'caption'
    >>> credit('"We ran out of road," the mayor said. Image rights are disputed.') is None
    True
    """
    text = re.sub(r",?\s*opens (?:in )?(?:a )?new (?:tab|window)$", "", text)
    if _HEADSHOT.match(text):
        return "author-photo"  # not a caption: the byline's name above it is no alt text of it
    if re.match(r"(?i:video|watch)\s*[:|]", text) and re.search(r"[▶►]|\b\d{1,2}:\d\d\b", text):
        return None  # a clip's link with its running time (`VIDEO: Grand Prix highlights ▶ 3:05`), not a credit
    if _WRITER_TAIL.search(text) and "/" in text and len(words(text)) <= 10:
        return None  # a byline: `Ann Lee/Staff Reporter`, `By Ann Lee / Courier Staff Writer`
    if _CAPTION_LABEL.search(text):
        return "caption"
    if (slide := _SLIDE.match(text)) and 1 <= int(slide.group(1)) <= int(slide.group(2)) and not TERMINAL.search(text) and \
            not re.search("[\"“”]", text):
        return "caption"  # a gallery's slide under its counter: `1/9 The suites face the massif`
    parts = re.split(r"\s*[;|•·]\s*", text)
    if not TERMINAL.search(text) and all(_CHART_PART.fullmatch(p) for p in parts) and \
            any(_CHART_LABEL.match(p) for p in parts):
        return "credit"
    if _ART_CREDIT.match(text):
        return "credit"  # `Illustration by Ann Lee. Sources: Getty; Library of Congress.`
    if _SOURCE_LINE.fullmatch(text) and not TERMINAL.search(text):
        return "credit"  # a picture's, chart's or story's source alone: `Source: Harbour Post`, `Sources: LSEG, Acme`
    if _BARE_SOURCE.fullmatch(text.strip(" .()[]")) or _DESK_PHOTO.fullmatch(text):
        return "credit"  # a picture's source word alone under its caption: `Supplied`, `Handout`, `File photo`
    if _CREDIT_ONLY.search(text) or _NAME_OUTLET.match(text) or _PAREN_CREDIT_LINE.match(text) or _CAPS_NAME_OUTLET.match(text) or _COURTESY.match(text) or \
            _FOR_OUTLET_LINE.match(text) or \
            _CREDIT_BY.search(text) and (
            len(words(text)) <= 5 or len(words(text)) <= 10 and not TERMINAL.search(text)):
        return "credit"
    if _CREDIT_PAREN.search(text) or _GLUED_CREDIT.search(text) or _GLUED_TAIL.search(text) or _GLUED_LABEL.search(text) or _SOURCE_PAREN.search(text) or \
            _NAME_OUTLET_PAREN.search(text) or _CAPS_CREDIT.search(text) and not re.search("[\"“”]", text):
        return "caption"
    if _COURTESY_TAIL.search(text) and not re.search("[\"“”]", text):
        return "caption"
    if _BY_CREDIT_TAIL.search(text) or _CAPS_BY_TAIL.search(text):  # a credit closing the line is no speech, even under a quoted `"For Rent"` sign
        return "caption"
    if _LICENCE_TAIL.search(text) and len(words(text)) <= 40:
        return "caption"  # a picture under an open licence: `... in Sheffield. Mira Castell, CC BY-SA`
    if _CHART_CREDIT.match(text) and len(words(text)) <= 40:
        return "credit"  # `Source: Harbour Devices. Chart by Kabuto Review. FY2027 figure is a target.`
    if _COPY_CREDIT_TAIL.search(text) and len(words(text)) <= 40:
        return "caption"  # `Inspector Dan Whitaker with a rescued kitten. Photo © Harbour Trust / Ann Lee`
    if _BAR_CREDIT_TAIL.search(text):
        return "caption"  # set off by a bar, a credit closes the line even after a quoted title: `... "Eclipse." | Image: X`
    if _LABELLED_TAIL.search(text) and len(words(text)) <= 60:
        return "caption"  # a credit set after the caption's stop, even one quoting a word: `... a paler “chalk” finish. Image: Halden`
    if '"' in text or "”" in text:
        return None
    if _CREDIT_TAIL.search(text) or _AGENCY_TAIL.search(text) or _OUTLET_PAREN.search(text) or \
            _FOR_OUTLET_PAREN.search(text) or _NAME_OUTLET_TAIL.search(text) or _SLASH_CREDIT_TAIL.search(text) or \
            _BY_CREDIT_TAIL.search(text) or _COPYRIGHT_TAIL.search(text) or _DESK_PHOTO_TAIL.search(text) or \
            _NAME_TAIL.search(text) and len(re.findall(r"[.!?]\s", text)) <= 2 or \
            (_MEDIA_PAREN.search(text) or _FOR_OUTLET_TAIL.search(text)) and len(words(text)) <= 40:
        return "caption"
    return None
