"""Links and embeds: read-more lines, teasers, social and video embeds, navigation and breadcrumbs."""

from __future__ import annotations

import re

from narrator.lines import TERMINAL, words

_READ_MORE = re.compile(
    r"^(?:[\[【](?=[^\]】]{1,30}[\]】]))?(?:ALSO )?(?:READ|MORE|SEE|RELATED|RECOMMENDED|WATCH|LISTEN|PICTURED|VIDEO|AUDIO|PODCAST|LIVE|AS IT HAPPENED|QUIZ|POLL|GO DEEPER|"
    # a link to the story's chart or picture set: `[Graphics] Monthly exports`, `INTERACTIVE: Where the fires are`
    r"(?:INFO)?GRAPHICS?|CHARTS?|MAPS?|INTERACTIVE|GALLERY|PHOTOS?|SLIDESHOW|"
    r"(?:FULL|COMPLETE|LATEST|MORE|LIVE) COVERAGE)"
    r"(?: (?:ALSO|MORE|NEXT|ON|FROM|THIS|ARTICLES?|STOR(?:Y|IES)|CONTENT|COVERAGE|LINKS?|BLOG|NOW)){0,2}"
    r"(?: from (?:the )?[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,3})?\s*[:|»›\]】]", re.I)


# the same link labels in the languages an English-language page keeps from its home site:
# `Leia também:`, `Veja também:`, `Lea también:`, `Lire aussi :`, `Lesen Sie auch:`, `Leggi anche:`, `Baca juga:`
_READ_MORE_ABROAD = re.compile(r"^(?:leia|veja|lea|lee|leer|ver|lire|à lire|voir|lesen sie|leggi|vedi|baca|lees|zie)"
                               r"(?: (?:também|tambem|también|aussi|auch|anche|juga|ook|mais|más|more))\s?[:|»›]\s*\S", re.I)


# a link to a document, tagged with its file type: `Download the report (PDF, 1.4MB)`, `Full ruling (PDF)`
_FILE_LINK = re.compile(r"[^.!?]{3,80}\((?:PDF|DOCX?|XLSX?|CSV|ODT|PPTX?)(?:[,;]?\s*[\d.,]+\s*[KMG]B)?\)", re.I)


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
    >>> read_more("[Graphic] Rail fares since 2010"), read_more("INTERACTIVE: Where the wildfires are burning"), read_more("[Photo] The flood")
    ('read-more', 'read-more', 'read-more')
    >>> read_more("Graphics cards sold out within an hour.") is None, read_more("Maps of the flood zone were handed out.") is None
    (True, True)
    >>> read_more("[Audio] Hear the full interview from Breakfast:"), read_more("Full coverage: Pacific storms")
    ('read-more', 'read-more')
    >>> read_more("Latest coverage: Election 2026"), read_more("Full coverage of the match starts at 7pm.") is None
    ('read-more', True)
    >>> read_more("ALSO ON SKY NEWS | Rail fares to rise"), read_more("More from The Courier: Bridge shut")
    ('read-more', 'read-more')
    >>> read_more("See full schedule »"), read_more("View all results →"), read_more("More rain fell on Monday »") is None
    ('read-more', 'read-more', False)
    >>> read_more("Leia também: Coffee growers cut back"), read_more("Lire aussi : La grève continue"), read_more("Baca juga: Banjir di Jakarta")
    ('read-more', 'read-more', 'read-more')
    >>> read_more("Lee also said the plan would work.") is None
    True
    >>> read_more("Full judgment (PDF, 420KB)"), read_more("Consultation response (DOCX)"), read_more("The report (PDF) ran long.") is None
    ('read-more', 'read-more', True)
    >>> read_more("Box Score »"), read_more("Standings ›"), read_more("Match centre →"), read_more("Rain fell on Monday »") is None
    ('read-more', 'read-more', 'read-more', True)
    >>> read_more("Also on Monday, the council voted to close the pool.") is None, read_more("Also in attendance: the mayor") is None
    (True, True)
    >>> read_more("Read the full text of the ministry's announcement"), read_more("Download the full report (PDF, 2MB)")
    ('read-more', 'read-more')
    >>> read_more("Read the full report, which runs to 400 pages, before you vote.") is None
    True
    """
    if re.match(r"^also (?:read|see|watch)\b", text, re.I) and len(words(text)) <= 20 and not TERMINAL.search(text):
        return "read-more"
    if re.match(r"^(?:read|watch|see|view|follow|download) the (?:full|whole|complete|latest|live)\b[^.!?]{0,80}$", text, re.I):
        return "read-more"  # `Read the full live blog`, `Read the full text of the ministry's announcement`
    if _READ_MORE_ABROAD.match(text) or _FILE_LINK.fullmatch(text):
        return "read-more"
    if _ON_SITE.match(text) or _ARROW_LINK.fullmatch(text) or _SHORT_ARROW.fullmatch(text) and len(words(text)) <= _ARROW_WORDS:
        return "read-more"
    return "read-more" if _READ_MORE.search(text) else None


# a link to the outlet's other stories: `ALSO ON MONEYWEEK | ...`, `More from Sky News: ...`, `Elsewhere on the site »`
_ON_SITE = re.compile(r"^(?:ALSO|MORE|ELSEWHERE|LATEST|ALSO READ) (?:ON|FROM|AT|IN) (?:THE )?(?-i:[A-Z])[\w&’'.-]*(?: (?-i:[A-Z])[\w&’'.-]*){0,3}"
                     r"\s*[:|»›]\s*\S",
                     re.I)
# a link set with its arrow: `See full schedule »`, `Full box score ›`, `View all results →`
# a short link with its arrow and no verb to it: `Box Score »`, `Standings ›`, `Full table →`, `Match centre »`
_SHORT_ARROW = re.compile(r"[^.!?\"“”]{1,40}?\s*[»›→]")
_ARROW_WORDS = 3
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
    >>> teaser("[PICTURES] Inside the couple's £1.2m love nest before split"), teaser("[VIDEO] The moment the pier fell.")
    ('teaser', None)
    """
    if re.search(r"\[[A-Z][A-Z ]{2,}\]\s*$", text) or re.match(r"\[(?:PICS?|PICTURES|PHOTOS|VIDEO|WATCH|GALLERY|LIVE|QUIZ|POLL)\]\s+[A-Z]", text) and \
            not TERMINAL.search(text):
        return "teaser"
    return "teaser" if _KICKER.match(text) and not TERMINAL.search(text) else None


_EMBED = re.compile(
    r"^(?:Skip|End of) (?!to\b)\w+(?: \w+)? (?:post|video|embed)s?\b|^Allow [\w ]{1,20} content\??$|"
    # a third party's embed held back until the reader agrees: `External Content`, `Load external content`
    r"^(?:(?:load|show|allow|view) )?(?:external|third[- ]party) content$|^this content is (?:provided|hosted) by (?:a )?third[- ]part|"
    r"^View (?:this|more) (?:post|photo|video|reel|profile)s? on \w+|"
    # an embed held back for consent: `Load content from YouTube?`, `Instagram post embedded - load content from Instagram?`
    r"\b(?:load|show|display|allow|unblock|activate) (?:the |this )?(?:external )?content (?:from|by) (?-i:[A-Z])\w+\s*\??$|"
    r"^\w+ (?:post|video|tweet|reel|map|content) embedded\b|"
    r"^An? (?:post|photo|video|reel) shared by\b|\bpic\.(?:twitter|x)\.com/\w+|"
    # a live stream's embed fallback: `Watch live video from ann_lee on www.twitch.tv`
    r"^watch (?:live )?(?:video|stream) from \S{1,40} on (?:www\.)?\w+\.(?:tv|com)$|"
    r"^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},?\s+\d{4}$", re.I)
_DURATION = re.compile(
    r"^(?:(?:video )?duration:?\s*)?\d{1,2}(?::\d{2}){1,2}(?:\s*[-–|]\s*Source\s*:.{1,40})?$|"
    r"^(?:video )?duration:?\s*\d", re.I)


# the player's next clip named on its label's line: `Up next: Soap star's secret wedding revealed`
_QUEUED = re.compile(r"^(?:up next|next up|coming up next|next video|playing next)\s*[:|–—-]\s*\S", re.I)
# a video link set behind a play symbol: `▶ Watch: the rescue`, `► HIGHLIGHTS | Rovers 3-2 Town`
_PLAY_LINK = re.compile(r"^[▶►⏵]\s*\S")
_PLAYER_NOTE = re.compile(r"^(?:watch|see|listen to)\b[^.]{0,60}\b(?:in|on) the (?:video |audio )?player (?:above|below)\b|"
                          # a player's browser notice: `Please use Chrome browser for a more accessible video player`
                          r"^(?:please )?(?:use|switch to|try) (?:the )?(?:chrome|firefox|safari|edge|a (?:modern|different|newer))"
                          r"(?: browser)?\b[^.]{0,30}\b(?:video|audio|media) player\b", re.I)


_PLAYER_CHROME = re.compile(r"^(?:video|footage|clip) (?:courtesy of|provided by|supplied by) (?:the )?"
                            r"(?-i:[A-Z][\w’'&-]*(?: (?:of |and |& )?[A-Z][\w’'&-]*){0,5})(?:\.\s|\.?$)|"
                            r"\bgeo-?restrictions? (?:may )?apply\b|^copy ?(?:/|and|&) ?paste\b.{0,40}\bembed\b|"
                            r"^autoplay next video\b", re.I)


_EMBED_CODE = re.compile(r"<?(?:iframe|embed|script|blockquote|div|video|audio)\b[^<>]{0,40}?\b(?:src|class|id|data-[\w-]+)=[\"']")


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
    >>> embed("Please use Chrome browser for a more accessible video player")
    'video'
    >>> embed("Up next: Soap star's secret wedding revealed"), embed("Up next: the council votes on the budget.") is None
    ('video', True)
    >>> embed("External Content"), embed("Load external content"), embed("This content is provided by a third party.")
    ('embed', 'embed', 'embed')
    >>> embed("Click to load content from YouTube"), embed("TikTok video embedded. Show content from TikTok?")
    ('embed', 'embed')
    >>> embed("The ministry said it would not show content from Meta to minors.") is None
    True

    A player's embed code pasted as text, with or without its angle bracket:

    >>> embed('iframe src="https://radio.example/player/embed/51920" width="100%"'), embed('<blockquote class="tiktok-embed"')
    ('embed', 'embed')
    """
    if _EMBED.search(text) or _EMBED_CODE.match(text):
        return "embed"
    if _DURATION.search(text) or _PLAY_LINK.match(text) or _PLAYER_NOTE.search(text) or \
            _QUEUED.match(text) and len(words(text)) <= 16 and not TERMINAL.search(text) or \
            len(words(text)) <= 15 and _PLAYER_CHROME.search(text):
        return "video"
    return None


_NAV = re.compile(r"\b(?:skip (?:to|links?|navigation|(?:the )?(?:next |previous |this )?section)|homepage|home page|back to home|menu|search|sign in|log in|subscribe|"
                  r"accessibility links|keyboard shortcuts)\b", re.I)
_HOME_LINK = re.compile(r"^(.+?)\s*(?:[-–|:]\s*)?(?:back to )?home(?:page| page)?$", re.I)


_LANGUAGES = (r"english|inglês|inglés|anglais|englisch|português|portuguese|portugiesisch|español|espanhol|spanish|espagnol|spanisch|"
              r"français|francês|francés|french|französisch|deutsch|alemão|alemán|german|allemand|italiano|italian|italien|"
              r"türkçe|turkish|bahasa(?: \w+)?|indonesian|kiswahili|swahili|arabic|chinese|japanese|korean|russian|hindi|dutch|nederlands|"
              r"estonian|latvian|lithuanian|finnish|swedish|norwegian|danish|icelandic|polish|czech|slovak|hungarian|romanian|"
              r"bulgarian|greek|serbian|croatian|slovenian|albanian|macedonian|ukrainian|georgian|armenian|hebrew|persian|farsi|"
              r"urdu|bengali|tamil|telugu|malayalam|marathi|gujarati|punjabi|nepali|sinhala|thai|vietnamese|malay|filipino|tagalog|"
              r"burmese|khmer|amharic|somali|hausa|yoruba|igbo|zulu|afrikaans|welsh|irish|gaelic|catalan|basque|maltese|kurdish")
# a language switcher's codes: `EN`, `EN | ET | RU`
_LANG_CODE = r"(?:ENG|EST|RUS|РУС|УКР|UKR|DEU|FRA|ESP|POL|LAT|LIT|EN|ET|RU|CZ|CS|DE|UA|UK|FR|ES|PT|IT|NL|PL|SV|FI|DA|NO|HU|RO|BG|EL|GR|TR|AR|ZH|JA|KO|HI|LV|LT|SK|SL|HR|SR|GA|CY|IS|MT)"
_LANG_SWITCH = re.compile(rf"{_LANG_CODE}(?:\s*[|/·]\s*{_LANG_CODE})*")
# a link to the story in another language: `Leia em português`, `Read in English`, `Lire en français`, `Auf Deutsch lesen`
_LANGUAGE_LINK = re.compile(rf"^(?:(?:read|leia|lea|leer|lire|leggi|lees|baca|lesen)(?: (?:this|the|esta|este|cet|this) "
                            rf"(?:article|story|matéria|notícia|artículo|noticia|article))? (?:in|em|en|auf|in) (?:{_LANGUAGES})|"
                            rf"(?:auf|in) (?:{_LANGUAGES}) lesen|(?:also )?(?:available|disponível|disponible) (?:in|em|en):? (?:{_LANGUAGES}))$",
                            re.I)


# a sidebar's heading and its way back to the list: `In this section`, `More in this category`, `All news`, `All press releases`
_SECTION_NAV = re.compile(r"(?:(?:more|also|other pages|pages|articles|stories|elsewhere) )?in this (?:section|category|topic|series)|"
                          r"(?:back to )?all (?:news|stories|articles|posts|topics|sections|press releases|news releases|videos|podcasts|"
                          r"events|updates|blogs?|categories|features|reviews|galleries|episodes)", re.I)


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
    >>> navigation("EN"), navigation("FR / EN"), navigation("WF") is None  # a language switcher, not a logo's initials
    ('navigation', 'navigation', True)
    >>> navigation("EST"), navigation("РУС"), navigation("ENG")
    ('navigation', 'navigation', 'navigation')
    >>> navigation("සිංහල   தமிழ்   English"), navigation("English | Français"), navigation("English teachers") is None
    ('navigation', 'navigation', True)
    >>> navigation("Leia em português"), navigation("Read this article in Spanish"), navigation("Auf Deutsch lesen")
    ('navigation', 'navigation', 'navigation')
    >>> navigation("Read in English, the report runs to 40 pages.") is None
    True
    >>> navigation("In this section"), navigation("More in this category"), navigation("All press releases ›")
    ('navigation', 'navigation', 'navigation')
    >>> navigation("In this section of the river, salmon spawn.") is None, navigation("All stories were checked.") is None
    (True, True)
    """
    if _breadcrumb(text) or _LANGUAGE_LINK.match(text.strip(" »›→")) or _LANG_SWITCH.fullmatch(text) or _SECTION_NAV.fullmatch(text.strip(" »›→:")):
        return "navigation"
    names = [t for t in re.split(r"[\s|/·•]+", text) if t]
    if len(names) >= 2 and all(t.lower() in _LANGUAGE_NAMES for t in names):
        return "navigation"  # the site's editions in their own scripts: `සිංහල   தமிழ்   English`
    return "navigation" if len(words(text)) <= 8 and _NAV.search(text) else None


_MENU_DOTS = 4
# languages named in their own words and scripts, as an edition switcher lists them
_LANGUAGE_NAMES = set("""english français francais español espanol deutsch português portugues italiano nederlands polski
русский українська עברית العربية اردو हिन्दी हिंदी বাংলা नेपाली සිංහල தமிழ் తెలుగు മലയാളം ગુજરાતી ಕನ್ನಡ मराठी ਪੰਜਾਬੀ
中文 简体 繁體 日本語 한국어 ไทย tiếng việt bahasa indonesia melayu kiswahili swahili cymraeg gaeilge gàidhlig afrikaans isizulu
amharic አማርኛ hausa yorùbá igbo türkçe ελληνικά magyar čeština română suomi svenska norsk dansk eesti latviešu lietuvių
filipino tagalog""".split())
_TRAIL = r"\s*[›»]\s*|\s>\s"  # `›` and `»` join a trail with or without spaces (`News›Industry`)


def _breadcrumb(text: str) -> bool:
    """Section links set as a trail: `Home › News › Health`, `National / Weather / Transport`.

    >>> _breadcrumb("Livestock › Sheep › Animal health"), _breadcrumb("National / Weather / Transport")
    (True, True)
    >>> _breadcrumb("Rates rise / Fares fall"), _breadcrumb("Q3 › Q4 profits rose"), _breadcrumb("News›Industry›Garments")
    (False, False, True)
    >>> _breadcrumb("Formula 3 / Melbourne / Race report"), _breadcrumb("Sales rose 3 / Costs fell 2 / Profit flat")
    (True, False)
    >>> _breadcrumb("Home  >  News and press releases  >  2026"), _breadcrumb("Profits > 2026")
    (True, False)

    A site menu set on one line with dots or bars between four items or more:

    >>> _breadcrumb("Grow Your Own · Flowers · Garden Design · Kit & Tools · Shop"), _breadcrumb("By Ann Lee · 5 min read")
    (True, False)
    """
    arrows = bool(re.search(_TRAIL, text))
    dots = not arrows and len(parts := re.split(r"\s[·|•]\s", text)) >= _MENU_DOTS
    parts = re.split(_TRAIL, text) if arrows else parts if dots else text.split(" / ")
    return len(parts) >= (2 if arrows else 3) and all(
        1 <= len(words(p)) <= 4 and p.strip()[:1].isupper() and not TERMINAL.search(p) and
        (not re.search(r"\d", p) or bool(re.match(r"[A-Z][a-z]{2,} \d{1,2}$", p.strip())))  # `Formula 3`, `Ligue 1`
        or arrows and k == len(parts) - 1 and k >= 2 and bool(re.fullmatch(r"(?:19|20)\d\d", p.strip()))  # `... › 2026`
        for k, p in enumerate(parts))
