"""Notes about the story rather than the story: wire footers, editor's notes, corrections, author bios, disclaimers and banners."""

from __future__ import annotations

import re

from narrator.lines import TERMINAL, words
from narrator.people import VERB
from narrator.rules.stamps import timestamp

# who a wire credit names: `El Heraldo and Diario Sur`, `the Canadian Press`, `staff and agencies`
_CREDITED_WORD = r"(?:the|staff|wire|news|agencies|agency|services|and|&|(?-i:[A-Z])[\w.&'’-]*)"
_CREDITED = rf"{_CREDITED_WORD}(?:,? {_CREDITED_WORD})*"
_DATE = r"(?:[A-Z][a-z]+,? )?(?:[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4})"
_PRINT_NOTE = re.compile(rf"^(?:Published|Printed|Appeared) in (?:the )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){{0,5}}"
                         rf"(?:[’']s? (?:print|daily|weekend|Sunday) (?:edition|issue))?,? (?:on )?{_DATE}\.?$")


# the desk journalists are sent to, with a number or an address to reach it: `Media enquiries: 01632 960 118`,
# `For urgent out-of-hours press inquiries, call the duty press officer on 07700 900 274.`, `Press contact: jo@acme.org`
_MEDIA_DESK = re.compile(r"\b(?:media|press|journalists?|news ?desk)\b[^.!?]{0,40}?\b(?:enquir|inquir|contacts?\b|quer|offices?\b|"
                         r"officers?\b|team\b|desk\b)|\b(?:journalists|reporters|members of the media) (?:can|should|may) "
                         r"(?:contact|call|email|ring)\b", re.I)
_REACH = re.compile(r"\d{3,}[\s-]?\d{3,}|\S+@\S+\.\w+")
# the writer's and editor's initials signing off a story, with the desk's name: `—JMA/RSJ, Outlet News`, `(ant/mdk)`
_INITIALS = r"(?:[A-Z]{2,4}|[a-z]{2,4})"
_SIGN_OFF = re.compile(rf"^(?:[—–-]\s*{_INITIALS}(?:\s*[/,]\s*{_INITIALS}){{0,3}}|\(\s*{_INITIALS}(?:\s*/\s*{_INITIALS}){{1,3}}\s*)"
                       r"(?:,\s*[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,4})?\)?$")


def wire_footer(text: str) -> str | None:
    """Agency credits: `Reporting by ...; Editing by ...`, trust statements.

    >>> wire_footer("Reporting by A in Rome; Editing by B"), wire_footer("Our Standards: x.")
    ('footer', 'footer')
    >>> wire_footer("For press inquiries, contact Ann Lee on 020 7946 0321."), wire_footer("Journalists can email newsdesk@acme.org")
    ('footer', 'footer')
    >>> wire_footer("The council's press office said 4,000 homes were affected.") is None
    True
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
    >>> wire_footer("Our stories may be republished online or in print under our terms. We ask that you edit only for style.")
    'footer'
    >>> wire_footer("The band lost the copyright to its 2024 album in court.") is None
    True
    >>> wire_footer("—LDF, Harbour Integrated News"), wire_footer("(MDM/JBT)"), wire_footer("– kgb/rpa")
    ('footer', 'footer', 'footer')
    >>> wire_footer("AUD/USD") is None, wire_footer("— Ann Lee, Harbour News") is None
    (True, True)
    """
    if re.match(r"^[-–—\s]*\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Produced|Research)(?: contributed)? by\b",
                text, re.I):
        return "footer"
    if _SIGN_OFF.match(text):
        return "footer"  # the desk's initials under the story: `—LDF, GMA News`, `(MDM/JBT)`
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
    if _MEDIA_DESK.search(text) and _REACH.search(text) and len(words(text)) <= 40 and not re.search("[\"“”]", text):
        return "footer"  # a press release's contact for journalists: `Media enquiries: press office, 01632 960 412`
    if re.search(r"\b501\(c\)\(3\)|\btax[- ]deductible\b|\baccredited by the [A-Z]{3,6}\b", text) and len(words(text)) <= 60 and \
            not re.search("[\"“”]", text) and not VERB.search(text):
        return "footer"  # a nonprofit's or a course's small print: `... a 501(c)(3) nonprofit`, `accredited by the ACCME`
    if re.search(r"\bis editorially independent (?:of|from)\b", text) and len(words(text)) <= 40 and \
            not re.search("[\"“”]", text) and not VERB.search(text):
        return "footer"  # `The Lantern is editorially independent of the University ...`
    if re.fullmatch(r"all times (?:stated |shown |given )?are (?:in )?(?:UK|GMT|BST|local|[A-Z]{2,4})(?: time)?\.?", text, re.I):
        return "page-note"  # a live page's note on its clock
    if re.match(r"^notes? (?:to|for) editors?\s*:\s*\S", text, re.I):
        return "footer"  # a press release's `Notes to editors: X operates 14 centres ...` on one line
    if re.search(r"\bis a registered charity (?:in|no\.?|number)\b.{0,80}\(?(?:no\.? )?(?:SC)?\d{5,}", text, re.I) and \
            len(words(text)) <= 50 and not re.search("[\"“”]", text):
        return "footer"  # `X is a registered charity in England and Wales (1123456) and Scotland (SC045678).`
    if re.search(r"\b(?:journalism|reporting) (?:is |was )?(?:co-?)?funded by\b", text) and len(words(text)) <= 25 and \
            not re.search("[\"“”]", text) and not VERB.search(text):
        return "footer"  # a scheme's funding note: `LDR is local body journalism co-funded by RNZ and NZ On Air.`
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
                             r"(?:articles?|stor(?:y|ies)|reporting|work)\b|"
                             # the passive: `Our stories may be republished online or in print under Creative Commons`
                             r"\b(?:our|this|these) (?:articles?|stor(?:y|ies)|reporting|work) (?:may|can) be (?:re-?published|reprinted)\b",
                             re.I)
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


# a print-edition label's parts: `THE TIMES — Print edition, Thursday, page 4 (Regions)`, `Morning edition | 朝刊`
_EDITION = re.compile(r"(?:(?:from|in) (?:the|today[’']s|this week[’']s) )?(?:(?:print|morning|evening|late|early|final|city|weekend|sunday|saturday|national|international|"
                      r"daily|metro|country|regional|first|second)\s+)+edition|print|in print", re.I)
_EDITION_PART = re.compile(r"(?:(?:page|pg\.?|p\.)\s*[A-Z]?\d{1,3}[A-Z]?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                           r"(?-i:[A-Z][\w’'&.-]*)(?: (?:(?-i:[A-Z][\w’'&.-]*)|of|the)){0,5}|[^A-Za-z]+)(?:\s*\([^()]{1,30}\))?", re.I)


def print_label(text: str) -> bool:
    """A print edition's label: an edition's name and only the paper, day, page or section
    beside it, or the edition's name in another script.

    >>> print_label("THE HARBOUR POST — Print edition, Thursday, page 4 (Regions)"), print_label("Late City Edition | Page A12")
    (True, True)
    >>> print_label("Evening edition / 夕刊"), print_label("Weekend Edition"), print_label("The print edition sold out on Thursday.")
    (True, True, False)
    >>> print_label("Print edition: Thursday 13 March 2025, p. 4"), print_label("In print: Thursday, page 4")
    (True, True)
    >>> print_label("From the Weekend edition, page 12"), print_label("In print: the council's reply, page 4")
    (True, False)
    >>> print_label("Morning edition, page 4, the editor said"), print_label("Print")
    (False, False)
    """
    parts = re.split(r"\s+[—–|·•/]\s+|[,:]\s+", text.strip())
    if len(parts) > 6 or not any(_EDITION.fullmatch(p) and p.lower() != "print" for p in parts):
        return False
    return all(_EDITION.fullmatch(p) or _EDITION_PART.fullmatch(p) or timestamp(p) for p in parts)


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
    >>> editorial("(ATTN: UPDATES with new figures in paras 4-6)"), editorial("(EDS: RECASTS lead, ADDS quotes from minister)")
    ('editor-note', 'editor-note')
    >>> editorial("(ADDS byline, background in paragraphs 9-11)"), editorial("(Editors: Corrects spelling of name in 3rd para)")
    ('editor-note', 'editor-note')
    >>> editorial("(This June 3 story has been corrected to fix the spelling of the minister's name in paragraph 5)")
    'editor-note'
    >>> editorial("(Updates are expected later, the ministry said.) It added more.") is None
    True
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
    >>> editorial("Cite this as: Med Rec 2025;12:r41"), editorial("Competing interests: None declared.")
    ('reference', 'reference')
    >>> editorial("Gen Med 2025; 391 doi: https://doi.org/10.4477/gm.r2147 (Published 14 October 2025)"), editorial("↵ Lee A. Waiting times. 2025.")
    ('reference', 'reference')
    >>> editorial("Competing interests were declared by two of the panel's members, the report said.") is None
    True
    """
    if not re.search(r"[^\W_]", text):
        return "separator"
    if print_label(text):
        return "editor-note"  # `Print edition, Thursday, page 4`, `Morning edition | 朝刊`
    if _PRINT_PLACE.fullmatch(text.strip()):
        return "editor-note"  # an e-edition's note of where the story was printed: `Page A3`, `Article from: The Courier`
    if re.match(r"^(?:Editors?[’'`]?s?[’']? ?notes?|Programming note|Housekeeping note)\s*:", text, re.I) or \
            _REPUBLISHED.search(text):
        return "editor-note"
    if _CORRECTION.match(text):
        return "editor-note"  # `Correction: An earlier version of this article said ...`
    if _EDITED.match(text):
        return "editor-note"  # `This interview has been edited for length and clarity.`
    if _REVISION_NOTE.fullmatch(text):
        return "editor-note"  # a wire story's revision note: `(Updates with analyst comment.)`, `(ATTN: ADDS byline)`
    if _UPDATE_NOTE.match(text):
        return "editor-note"  # `Update March 3rd, 5:12PM ET: Added details on ...`
    if re.match(r"^(?:DOI\s*:?\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,}/\S+$", text, re.I):
        return "reference"
    if _JOURNAL_NOTE.match(text) or re.search(r"\bdoi:\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,}/\S+", text, re.I) and \
            len(words(text)) <= 20 or text.startswith("↵"):
        return "reference"  # a journal's notes: `Cite this as: ...`, `Competing interests: ...`, a DOI line, `↵ Ref. ...`
    if re.fullmatch(r"(?:(?:Press |News )?(?:release )?(?:Ref(?:erence)?|No)\.?(?: no\.?| number)?)\s*:\s*(?=\S*\d)[A-Z0-9/._*-]{4,30}",
                    text, re.I):
        return "reference"  # a press release's own reference: `Reference: KVFRS/PR/025/14`
    return None


# a wire desk's note to editors on what this version changed, with or without its slug (`ATTN:`, `EDS:`, `Editors:`):
# `(Updates with analyst comment.)`, `(ATTN: UPDATES with details in paras 8-12)`, `(EDS: RECASTS lead; ADDS quotes)`
_REVISION_NOTE = re.compile(r"\((?:(?:ATTN|EDS?|Editors?|NOTE)\s*:\s*)?(?:(?i:Updates|Adds|Corrects|Recasts|Changes|Rewrites|Refiles|Fixes|"
                            r"Repeats|Replaces|Inserts|Deletes|Moves|Expands|Tops|Writes through|Re-?ledes?)|ATTN|EDS?|"
                            # `(This June 3 story has been corrected to fix the spelling of ...)`
                            r"This (?:[A-Z][a-z]{2,8}\.? \d{1,2} )?(?:story|article|report|version) (?:has been|was|is) "
                            r"(?:corrected|updated|refiled|amended|changed))\b[^()]*\)")
# a journal article's end notes, each under its own label
_JOURNAL_NOTE = re.compile(r"^(?:cite this(?: article| as)?|competing interests?|conflicts? of interests?|declarations? of interests?|"
                           r"provenance and peer review|patient consent(?: for publication)?|ethics approval|data availability"
                           r"(?: statement)?)\s*:\s*\S", re.I)


# the page saying what it changed: `Update March 3, 5:12PM ET: Added details on ...`, `UPDATE (4pm): This story has been
# updated with ...`; a live story's `Update 4pm: Police have confirmed ...` reports news and stays
_UPDATE_NOTE = re.compile(r"^(?:Updated?|UPDATED?)\b(?:[^:]|:\d\d){0,40}:\s*(?:(?:We(?:’|')?ve |We have |This (?:story|article|post|piece) "
                          r"(?:has been|was|is) (?:updated|corrected|amended)\b)|(?:Added|Adds|Adding|Corrected|Corrects|Clarified|"
                          r"Clarifies|Updated|Updates|Included|Includes|Removed|Edited) (?:with |to |a |an |the |new |more |further |"
                          r"additional |details|comment|information|context|quotes?|statements?)\b)")


def acknowledgement(text: str) -> str | None:
    """An outlet's Acknowledgement of Country, printed as a page footer.

    >>> acknowledgement("ACB acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians.")
    'footer'
    """
    return "footer" if re.search(r"\backnowledges? (?:the )?(?:Aboriginal|Traditional (?:Owners|Custodians)|"
                                 r"First (?:Nations|Peoples|Australians))", text) else None


_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w’'.-]+ ){1,3}(?:is|was|has been) (?:(?i:a|an|the) )?(?:(?!(?:who|that|which|was|were|has|had|once|but|before|after)\b)[\w’'&-]+ ){0,6}"
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
    # `Name covers state policy. She previously covered City Hall for The Ledger.`: the beat, then the writer's career
    r"^(?:[A-Z][\w’'.-]+ ){2,3}(?:covers|writes about|reports on) [^.\"“”]{3,160}\.\s+(?:She|He|They) (?:(?:previously|formerly|once) "
    r"(?:covered|worked|wrote|reported|was|edited)\b|joined (?:the |The )?[A-Z])|"
    # `Ann has been covering the motor industry for 12 years ...`
    r"^(?:[A-Z][\w’'.-]+ ){1,3}has been (?:covering|writing about|reporting on) [^.\"“”]{3,80}\bfor (?:\d+|\w+) (?:years|decades)\b|"
    # `Ann Lee joined The Post in 2021 and covers transport.`, `Ann Lee joined the paper as a business reporter in 2019.`
    r"^(?:[A-Z][\w’'.-]+ ){1,3}joined (?:the |The )?\w[^.\"“”]{0,60}?(?:\bas an? (?:[\w’'-]+ ){0,3}(?:reporter|correspondent|editor|"
    r"writer|journalist|columnist|producer|photographer)\b|\band (?:now )?(?:covers|writes about|reports on|edits)\b|"
    r"\b(?:in|since) \d{4}\.\s+(?:She|He|They) (?:covers?|writes? about|reports? on|edits?)\b)|"
    # `Ann Lee is based in Hong Kong and writes about housing.`, `Ann Lee has reported on transport since 2015.`,
    # `Ann Lee covers social affairs, with a focus on heritage.`
    r"^(?:[A-Z][\w’'.-]+ ){1,3}is based in [A-Z][^.\"“”]{0,40}\band (?:covers|writes about|reports on)\b|"
    r"^(?:[A-Z][\w’'.-]+ ){1,3}has (?:reported on|covered|written about) [^.\"“”]{3,80}\bsince \d{4}\b|"
    r"^(?:[A-Z][\w’'.-]+ ){1,3}(?:covers|writes about|reports on) [^.\"“”]{3,80}, (?:with a (?:particular |special )?focus on|"
    r"speciali[sz]ing in)\b")


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
    >>> author_bio("Jo Bell covers farming and water. He previously worked as a producer at Harbour Radio.")
    'author-bio'
    >>> author_bio("Ann Lee writes about schools and colleges. She formerly edited the Kelso Times.")
    'author-bio'
    >>> author_bio("Jo Bell covers city hall and courts. He joined the Ledger in 2022 from radio.")
    'author-bio'
    >>> author_bio("The fund covers rent and bills. She previously worked two jobs to pay them.") is None
    True
    >>> author_bio("Ann Lee is The Harbour Daily's environment and farming correspondent. She covered the port before.")
    'author-bio'
    >>> author_bio("Jo Bell is Rod & Line's river-country field editor."), author_bio("Jo Bell is a lawyer who was once an editor.")
    ('author-bio', None)
    >>> author_bio("Ann Lee covers the shortfall from April."), author_bio("Ann has been working at the plant for 12 years.")
    (None, None)
    >>> author_bio("Ann Lee joined The Harbour Post in 2019 and covers transport."), author_bio("Tom Harker joined the paper as a sports reporter in 2022.")
    ('author-bio', 'author-bio')
    >>> author_bio("Ann Lee joined the protest in 2019 and was arrested.") is None, author_bio("Tom Harker joined the army in 2002.") is None
    (True, True)
    >>> author_bio("Jo Bell joined the Ledger in 2020. She covers courts."), author_bio("Ann Lee is based in Lagos and writes about energy.")
    ('author-bio', 'author-bio')
    >>> author_bio("Ann Lee has reported on transport for the Star since 2015."), author_bio("Jo Bell covers the arts, with a focus on film.")
    ('author-bio', 'author-bio')
    >>> author_bio("Ann Lee has been a business reporter at the Star since 2019.")
    'author-bio'
    >>> author_bio("Ann Lee is based in Lagos and runs a bakery.") is None, author_bio("Jo Bell covers the cost, with help from a grant.") is None
    (True, True)
    >>> author_bio("The report is a damning read.") is None, author_bio("Ann Lee is a nurse at the clinic.") is None
    (True, True)
    """
    return "author-bio" if _AUTHOR_BIO.match(text) and not re.search("[\"“”]", text) else None


_SELF = re.compile(
    # a synthetic reading's note: `This text has been converted to speech using synthetic voice technology.`
    r"^this (?:text|article|story|page) (?:has been|was|is) (?:converted to speech|read by|narrated by|generated)\b|"
    # a broadcaster's wire notice: `This service may include material from AFP, Reuters ... which is copyright ...`
    r"\bwhich (?:is|are) copyright and (?:cannot|may not|can ?not) be reproduced\b|"
    r"\b(?:this|our) (?:article|story|page|website)s?\b|\b(?:links|purchases) (?:on|from|through) this site\b|"
    r"\bour (?:articles|journalism|newsroom|editors|experts|ethics|editorial (?:standards|policy|guidelines))\b|"
    r"\b(?:the )?comments? (?:below|section)\b|^thanks? (?:you )?for reading\b|"
    # a comment thread's chrome: `Share your opinions in the thread below`, `Be the first to post`, `This thread is open`
    r"\b(?:in|to) the (?:thread|discussion|conversation|forum) below\b|^be the first to (?:comment|post|reply|respond|review)\b|"
    r"^(?:this|the) (?:thread|discussion|conversation|comment section|comments? thread) is (?:now )?(?:open|closed)\b|"
    r"\bkeep (?:it|comments|the (?:conversation|discussion|thread)) (?:civil|respectful|clean|constructive|on[- ]topic)\b|"
    # a broadcaster's promo for itself: `Watch more on Channel 4+`, `Stay with WXYZ for updates on this story`
    r"^(?:watch|stream|see|catch) more (?:on|at|from) [A-Z0-9][^.!?]{0,30}$|"
    r"^(?:stay|keep it) (?:with|tuned to) [A-Z0-9][^.!?]{0,50}\bfor (?:updates|the latest|more)\b|"
    # the outlet's note on how it works: `... checked by two editors. Find out more about our standards.`
    r"\b(?:find out|read|learn) more about (?:our|how we) (?:editorial )?(?:standards|ethics|journalism|code of (?:conduct|practice)|"
    r"fact-?checking|corrections policy)\b|"
    # the outlet's press code: `Mzansi Wire subscribes to the Press Code of South Africa and the Press Council's Ombud.`
    r"\b(?:subscribes? to|is a member of|abides by|adheres to|is regulated by) the (?:[A-Z][\w’'-]* ){0,4}"
    r"(?:Press Code|Editors[’']? Code|Code of (?:Practice|Conduct|Ethics)|Press Council|IPSO|IMPRESS)\b|"
    # a comment section's house rules: `X welcomes respectful debate. Comments may take up to an hour to appear.`
    r"\bcomments? (?:may|can|will) take (?:up to )?(?:an?|\d+) (?:hour|minute|day)s? to (?:appear|be published|show)\b|"
    # a translation note: `Quotes from Polish have been translated by The Warsaw Dispatch.`
    r"^(?:quotes?|quotations|interviews?|comments?) (?:from|in) [A-Z]\w+ (?:have been|has been|were|was) translated by\b", re.I)


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
    >>> self_reference("Every story is checked by two editors. Find out more about our standards.")
    'page-note'
    >>> self_reference("Quotes from Polish have been translated by The Warsaw Dispatch.")
    'page-note'
    >>> self_reference("This text has been converted to speech using synthetic voice technology.")
    'page-note'
    >>> self_reference("Harbour Wire subscribes to the Press Code of South Africa and the Press Council's Ombud.")
    'page-note'
    >>> self_reference("Harbour Media welcomes respectful debate. Comments may take up to an hour to appear.")
    'page-note'
    >>> self_reference("This service may include material from AFP, Reuters and AAP which is copyright and cannot be reproduced.")
    'page-note'
    """
    if re.search("[\"“”‘]", text) or len(words(text)) > 40 or VERB.search(text):
        return None  # `the mayor said this story ...` is reported speech
    return "page-note" if _SELF.search(text) else None


_REVIEWED = re.compile(r"^[✔✓☑✅]?\s*(?:Medically |Clinically |Fact[- ]?|Expert |Legally |Vet(?:erinary)? |Vet-)?(?:reviewed|checked|fact-checked|verified)"
                       r"(?: by\s+[A-Z]|\s*[·|•]\s*(?:updated|published|last updated)\b)", re.I)


def reviewer(text: str) -> str | None:
    """A reviewer's credit in the header (`Medically reviewed by Ann Lee, MD`, `Fact-checked by
    ...`): who vetted the page, not part of the story. `Written by` is the byline and stays.

    >>> reviewer("Medically reviewed by Jonah Whitfield, MD"), reviewer("Fact checked by Ann Lee")
    ('reviewer', 'reviewer')
    >>> reviewer("✔ Vet reviewed by Dr Ann Lee BVetMed MRCVS"), reviewer("Fact checked · Updated 3 June 2026 · 6 min read")
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
    # a calculator's or quote's small print: `... a guide only and does not constitute a loan offer`
    r"\b(?:does|do) not constitute an? (?:loan |credit |mortgage |binding |formal )?(?:offer|quote|approval)\b|"
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
    r"\bnot responsible for (?:the )?(?:claims|content|statements) (?:made )?(?:by|of) (?:advertisers|sponsors|third parties)\b|"
    # a hosted trip's or sponsored piece's note: `... retains full editorial control.`, `... had no editorial input`
    r"\b(?:retains?|retained|keeps?|kept|maintains?|maintained) (?:full |complete |sole )?editorial (?:control|independence)\b|"
    r"\b(?:had|has|have) no (?:editorial )?(?:input|say|control) (?:in|into|over) (?:the |this )?(?:content|article|story|coverage)\b", re.I)


def disclaimer(text: str) -> str | None:
    """Legal and commercial boilerplate: risk warnings, regulatory status, affiliate and
    transcript notes. A quotation that mentions them is the story's own.

    >>> disclaimer("This is not investment advice. Capital at risk."), disclaimer("We may earn commission from links on this page.")
    ('disclaimer', 'disclaimer')
    >>> (disclaimer("This calculator is a guide only and does not constitute a loan offer."),
    ...  disclaimer("Estimates do not constitute a binding quote."))
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
    >>> disclaimer("Ann Lee was a guest of Rifugio Alba. Meridian retains full editorial control.")
    'disclaimer'
    >>> disclaimer("The board retains full control of the budget.") is None
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
    r"(?:hide|show|toggle) caption|why you can trust (?:[A-Z][\w’'&.-]*\s?){1,4}|why (?:you should )?trust us\??|"
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
    >>> banner("Why Trust Us"), banner("Why you should trust us?"), banner("Why trust us with your data, the bank asked.") is None
    ('banner', 'banner', True)
    >>> banner("Heard on the street, the rumour spread.") is None
    True
    """
    text = text.strip(" :|·•")
    if _EMBARGO.fullmatch(text):
        return "banner"
    if not _BANNER.fullmatch(text) or len(words(text)) > 7:
        return None
    return "caption-toggle" if text.lower().endswith("caption") else "banner"


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
