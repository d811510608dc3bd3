"""Page furniture that is not prose: share rows and interface words, score and market tables, badges, labels and widgets."""

from __future__ import annotations

import re

from narrator.lines import TERMINAL, words
from narrator.people import VERB

_UI_WORDS = set("""share save print email copy link facebook twitter x whatsapp linkedin reddit
pinterest messenger bluesky threads comments comment this article story gift listen to min read
minute minutes view show hide more less close open menu search sign in log out subscribe read
bookmark follow like reply replies report copied shares saved gift live key event events
pinned post only play pause replay mute unmute fullscreen autoplay video audio watch captions
full free app prev previous next loading loaded enlarge expand collapse toggle social sharing player all
on via highlight highlights followers following responses clap claps likes restack restacks pin tweet
episode transcript thread content clip media playlist embed button send views modal dialog dismiss window code telegram
options cite add reading list stats""".split())
# messaging apps and networks a share row names beside the usual ones (`LINE`, `Telegram`, `Messages`)
_NETWORKS = set("""facebook twitter x whatsapp linkedin reddit pinterest messenger bluesky threads line telegram
viber wechat weibo kakaotalk kakao vk xing tumblr flipboard mastodon pocket mail messages sms email print copy link
hatena mixi url""".split())
# networks no word of prose is named after: a share button on a line of its own (`Telegram`, `SMS`)
_OWN_NETWORKS = {"telegram", "sms", "hatena", "viber", "wechat", "weibo", "kakaotalk", "vk", "xing", "tumblr", "flipboard", "mastodon"}
_BUTTON_WORDS = _UI_WORDS | _NETWORKS
_SHARE_ROW = 6  # a longer row of buttons: every word a button or a network, three of them networks


def _without_follow(text: str) -> list[str] | None:
    """A row's words, lower-cased, without its `Follow <Name>` button; None when it has none.

    >>> _without_follow("Share Follow Climate & Energy Email"), _without_follow("Share Save")
    (['share', 'email'], None)
    """
    toks = text.split()
    out: list[str] = []
    i, found = 0, False
    while i < len(toks):
        if toks[i].lower() == "follow" and i + 1 < len(toks) and toks[i + 1][:1].isupper():
            i, found = i + 1, True
            while i < len(toks) and (toks[i][:1].isupper() and toks[i].lower() not in _BUTTON_WORDS or
                                     toks[i] in ("&", "of", "and")):
                i += 1
            continue
        out += re.findall(r"[a-z]+", toks[i].lower())
        i += 1
    return out if found else None


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
    >>> interface("Video will play automatically in 5 seconds"), interface("Cancel"), interface("Cancel the order") is None
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
    >>> interface("Playlist"), interface("Embed"), interface("Close Button"), interface("Send"), interface("Embed this video")
    ('social', 'social', 'social', 'social', 'social')
    >>> interface("Speed 1x"), interface("Playback speed: 1.5x"), interface("1.25×"), interface("Speed cameras went up.") is None
    ('social', 'social', 'social', True)
    >>> interface("No Comments"), interface("Leave a reply"), interface("Print Friendly, PDF & Email"), interface("No comment.") is None
    ('social', 'social', 'social', True)
    >>> interface("READ LATER"), interface("Listen later"), interface("Read it later, she told the class.") is None
    ('social', 'social', True)
    >>> interface("Order Reprints"), interface("Reprints & Permissions"), interface("Reprints of the book sold out.") is None
    ('social', 'social', True)
    >>> interface("View author publications"), interface("Search for this author in: Google Scholar")
    ('social', 'social')
    >>> interface("Close dialog"), interface("Dismiss"), interface("Apple Podcasts"), interface("Listen on Spotify"), interface("RSS")
    ('social', 'social', 'social', 'social', 'social')
    >>> interface("Spotify shares fell.") is None, interface("Close the window, police urged.") is None
    (True, True)
    >>> interface("Send in the troops") is None, interface("Embedded reporters left.") is None, interface("1,204 views")
    (True, True, 'social')
    >>> interface("Thread"), interface("View thread"), interface("Thread the needle") is None
    ('social', 'social', True)
    >>> interface("Play media"), interface("Watch clip"), interface("Play video content"), interface("The clip was seen by millions.")
    ('social', 'social', 'social', None)
    >>> interface("Follow Author"), interface("Follow this writer"), interface("Follow the author's advice") is None
    ('social', 'social', True)
    >>> interface("1.2K"), interface("Views: 2,114"), interface("Fetching..."), interface("2,114 people marched.") is None
    ('social', 'social', 'social', True)
    >>> interface("A+"), interface("A-"), interface("A A A"), interface("A plan")
    ('social', 'social', 'social', None)

    A row of buttons pasted without spaces (`FacebookXRedditEmailCopy LinkPrint`) is split
    at its capitals:

    >>> interface("FacebookXRedditEmailCopy LinkPrint"), interface("ShareTweetEmail"), interface("PlayStation Live") is None
    ('social', 'social', True)

    A long share row, its buttons named with their networks (`Share on Telegram`, `LINE`,
    `Messages`), however many there are:

    >>> interface("Share on Facebook Share on Telegram Share via Email Print"), interface("Share Facebook X Threads Email Copy link")
    ('social', 'social')
    >>> interface("Copy link Mail Messages Telegram More"), interface("Share this on Facebook, then print the form and post it.") is None
    ('social', True)
    >>> interface("Watch the video on Facebook or Telegram and share the link") is None
    True
    >>> interface("Telegram"), interface("SMS"), interface("Share by email"), interface("Send this story via WhatsApp")
    ('social', 'social', 'social', 'social')
    >>> interface("X Facebook LINE Hatena Copy URL")
    'social'
    >>> interface("Share by email the results of the survey") is None
    True
    >>> interface("Share   Follow Valley Voice   Save"), interface("Follow Climate & Energy  Share  Email")
    ('social', 'social')
    >>> interface("Follow Ann Lee and share the story") is None
    True
    """
    glued = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", text)
    if glued != text and len(glued.split()) - len(text.split()) >= 2 and \
            all(t in _UI_WORDS for t in re.findall(r"[a-z]+", glued.lower())):
        return "social"
    low = text.lower().strip(" :|·•!").replace("e-mail", "email")
    if re.fullmatch(r"join the (?:conversation|discussion|debate)|(?:\d+ )?comments?(?: \(\d+ new\))?|have your say|download|"
                    r"add to (?:playlist|queue|my ?\w*)|now playing|(?:read|listen|watch)(?: it| this)? later|(?:up|playing) next|next up|(?:video )?ad feedback|"
                    r"(?:your )?video will (?:play|start|begin|resume)(?: automatically)? in \d+(?: seconds?)?|cancel|tap to (?:unmute|play|expand)|save (?:it )?for later|"
                    r"buy (?:a |this )?(?:photo|picture|print|reprint)s?|x \(formerly twitter\)|"
                    r"share your (?:thoughts|views|comments?)|show notes|"
                    r"(?:un)?follow (?:this )?(?:author|writer|reporter|journalist|columnist|contributor)|"
                    r"(?:playback )?speed:? ?\d(?:\.\d+)?\s?[x×]|\d(?:\.\d+)?\s?[x×]|"  # an audio player's speed control
                    r"no comments(?: yet)?|leave a (?:comment|reply)|print friendly(?:, pdf (?:&|and) email)?|send to a friend|"
                    r"(?:(?:order|buy|purchase|request) )?reprints?(?: (?:&|and) (?:permissions|licensing))?|"
                    # a journal's author box: `View author publications`, `Search for this author in PubMed Google Scholar`
                    r"view (?:author|all) publications|(?:you can also )?search for this author in\b.{0,40}|"
                    # a podcast player's platform links
                    r"(?:listen on |subscribe on |follow on )?(?:apple podcasts|google podcasts|spotify|rss(?: feed)?|pocket casts|"
                    r"overcast|castbox|amazon music|youtube music|stitcher|tunein)", low):
        return "social"
    if re.fullmatch(r"[a-z]+ \(auto(?:-generated)?\)|(?:captions|subtitles)(?: (?:on|off))?", low):
        return "social"  # a player's captions menu: `Spanish (auto)`
    if re.fullmatch(r"(?:continue with \w+\s*){2,}", low):
        return "social"  # a sign-in box's buttons: `Continue with email Continue with NPI`
    if re.fullmatch(r"(?:(?:views?|view\(s\)|reads?|page views|hits)\s*:?\s*)?\d[\d.,]*[km]?|fetching\.*|[-–]?\s*a\s*[+-]|(?:a\s?){2,3}\+?", low):
        return "social"  # a post's counter alone (`1.2K`, `Views: 2,114`) or a loading label
    toks = re.findall(r"[a-z]+", re.sub(r"\b\d[\d.,]*[km]?\b", " ", low))  # `1.1K Followers`: a count beside a label
    if toks and len(toks) <= 5 and all(t in _UI_WORDS or t in _OWN_NETWORKS for t in toks):
        return "social"
    # a button row holding a follow button for the outlet, town or topic: `Share   Follow Valley Voice   Save`
    if (rest := _without_follow(text)) is not None and 1 <= len(rest) <= _SHARE_ROW and \
            all(t in _UI_WORDS or t in _NETWORKS for t in rest) and not TERMINAL.search(text):
        return "social"
    if re.fullmatch(r"(?:share|send)(?: (?:this|the) (?:article|story|page))? (?:by|via|through|with|over) "
                    r"(?:email|sms|text(?: message)?|messenger|whatsapp|telegram|signal|link)", low):
        return "social"
    if len(toks) >= _SHARE_ROW - 1 and not TERMINAL.search(text) and all(t in _UI_WORDS or t in _NETWORKS for t in toks) and \
            len({t for t in toks if t in _NETWORKS}) >= 3 and not {"the", "and", "or", "then"} & set(toks):
        return "social"
    return None


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

    A line score: the periods' header row and each team's points by period, its record beside it:

    >>> scores("1st 2nd 3rd T"), scores("1 2 3 4 5 6 7 8 9 R H E"), scores("Harbor City (12-3, 5-1) 21 14 7 42")
    ('scores', 'scores', 'scores')
    >>> scores("Red Sox 0 1 0 0 2 0 0 0 1 4 9 0"), scores("Route 66 turns 100") is None, scores("Apollo 11 at 50") is None
    ('scores', True, True)
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
    if len(text) <= 120 and (_LINE_SCORE.match(text) or _PERIODS.match(text)):
        return "scores"  # a line score's header row and its teams' rows
    return "ticker" if _MARKET.match(text) else None


# a team's row in a line score: `Plains Tech (17-11, 7-9)  29  37  66`, `Red Sox  0 1 0 0 2 0 0 0 1  4 9 0`
_RECORD = r"\(\d{1,2}-\d{1,2}(?:-\d{1,2})?(?:, \d{1,2}-\d{1,2}(?:-\d{1,2})?)?\)"
_LINE_SCORE = re.compile(rf"^[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){{0,3}}(?: {_RECORD})?(?:\s+\d{{1,3}}){{2,13}}$")
# its header row: `1st  2nd  T`, `Q1 Q2 Q3 Q4 F`, `1 2 3 4 5 6 7 8 9 R H E`
_PERIODS = re.compile(r"^(?:(?:\d(?:st|nd|rd|th)|[1-9]|Q[1-4]|[12]H|\d?OT|SO)\s+){1,12}(?:T|F|Final|Tot(?:al)?|R\s+H\s+E)$")


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


_BADGE = re.compile(r"(?:premium|subscriber(?:s)?[- ]only|members?[- ]only|exclusive to (?:subscribers|members)|"
                    r"paywall|plus|locked|free to read|subscriber exclusive|premium (?:content|article|story)|verified|for (?:paying |premium )?(?:members|subscribers)|"
                    # a writer's badge on a local or platform site: `Verified Local Reporter`, `Top Contributor`
                    r"verified(?: local| staff)? (?:reporter|journalist|writer|author|contributor|account|publisher|source)|"
                    r"(?:top|trusted|featured) (?:contributor|writer|reviewer)|staff pick)", re.I)


def badge(text: str) -> str | None:
    """A paywall badge on a line of its own (`Premium`, `Subscriber only`).

    >>> badge("Premium"), badge("Premium beef prices rose.") is None
    ('label', True)
    >>> badge("Premium content"), badge("Verified")
    ('label', 'label')
    >>> badge("For Members"), badge("For subscribers"), badge("For members of the club, the fee rose.") is None
    ('label', 'label', True)
    >>> badge("Verified Local Reporter"), badge("Top Contributor"), badge("Verified journalists were allowed in.") is None
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


_HANDLE = re.compile(r"@\w{2,30}")
# an author's profile link or address on a line of its own: `X.com/kiranreports`, `ann.lee@post.com`
_PROFILE = re.compile(r"(?:https?://)?(?:www\.)?(?:x|twitter|instagram|facebook|linkedin|threads|tiktok|bsky)\.(?:com|net|app)"
                      r"/[\w.@/-]{2,40}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_STARS = re.compile(r"^(?:[\w ]{1,20}:\s*)?[★☆✩✪⭐½]{3,}(?:\s*\(?\d(?:\.\d)?(?:\s*(?:/|out of)\s*\d+)?\)?)?$"
                    # the same score in words on its own line under the stars: `4 out of 5`, `Rating: 8.5 out of 10 stars`
                    r"|^(?:[\w ]{1,20}:\s*)?\d{1,2}(?:\.\d)? out of (?:5|10)(?: stars)?$", re.I)
# a market-data row: a name, a level and a signed change (`Copper (LME, $/t) 8,842 +1.9%`)
# a name (abbreviated `Co.`), its symbol, a level in any currency (`₩182,300`, `NT$1,015`) and a signed change,
# with the session it was struck in: `Kestrel Devices  KSTL US  $118.40  ▼ -14.22% (after hours)`
_QUOTE_ROW = re.compile(r"^[A-Z](?:[^.!?]|\.(?= [A-Z0-9])){0,40}?\s(?:[A-Z]{0,3}[$£€¥₩₹])?\d[\d,]*(?:\.\d+)?\s+"
                        r"(?:[+\-−]|[▲▼△▽↑↓]\s*[+\-−]?)\d[\d,]*(?:\.\d+)?%(?:\s*\([\w -]{1,20}\))?$|"
                        # a ticker's index and its change alone, marked by the arrow: `Dow Jones ▲ 0.35%`
                        r"^[A-Z](?:[^.!?]|\.(?= [A-Z0-9])){0,40}?\s[▲▼△▽]\s*[+\-−]?\d[\d,]*(?:\.\d+)?%(?:\s*\([\w -]{1,20}\))?$")
# a ticker's cell: an index or stock, its level and its change, the change marked by an arrow or a sign
# (`▼ KOSPI 2,487.16 -2.34%`, `FTSE 100 8,120.45 (+0.40%)`, `Brent Crude $82.10 ▲`); a row may hold several
_ARROWS = "▲▼△▽↑↓"
_QUOTE_CELL = re.compile(rf"^[{_ARROWS}]?\s*[A-Z][\w&/.’' -]{{0,40}}?\s(?:[A-Z]{{0,3}}[$£€¥₩₹])?\d[\d,]*(?:\.\d+)?(?:/\w+)?"
                         rf"(?:\s+(?:\(?[{_ARROWS}]?\s*[+\-−]?\d[\d,]*(?:\.\d+)?%?\)?|[{_ARROWS}])){{1,3}}$")


def _quote_cells(text: str) -> bool:
    """Every cell of the row a market quote, each with an arrow or a signed change.

    >>> _quote_cells("S&P 500 5,120.10 ▼ 1.2% | Nasdaq 16,200.40 ▼ 1.9%"), _quote_cells("KOSPI 2,487.16 (-2.34%)")
    (True, True)
    >>> _quote_cells("Shares of Kestrel fell ▼ 14% to $118.40 after the results."), _quote_cells("Nikkei 225 falls 2%")
    (False, False)
    >>> _quote_cells("Population 12,000 (+3%)")  # a fact box's figure
    False
    """
    if len(text) > 200:
        return False
    cells = re.split(r"\s+[|·•]\s+", text)
    # without an arrow, a price's decimals and a signed decimal change (`2,487.16 (-2.34%)`; not `12,000 (+3%)`)
    return all(_QUOTE_CELL.match(c) and (re.search(f"[{_ARROWS}]", c) or re.search(r"\d\.\d+\s+\(?[+\-−]\d[\d,]*\.\d+%", c))
               for c in cells)


# a story's data row of `Label: value` fields ending in a star rating: `Story Sentiment: Negative   Readership: ★★★★☆`
_STAR_FIELDS = re.compile(r"^(?:[\w’' -]{1,24}:\s*(?:[\w’'-]+(?: [\w’'-]+){0,2}\s*[|·•]?\s+)?){2,4}[★☆✩✪⭐½]{3,}"
                          r"(?:\s*\(?\d(?:\.\d)?(?:\s*(?:/|out of)\s*\d+)?\)?)?$")
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


# an interactive chart's or map's instruction: `Hover over a state to see details.`, `Tap a bar for the figures`,
# `Use the slider to compare years`, `Select a county from the menu`, `Scroll sideways to see the full table`
_CHART_HINT = re.compile(
    r"(?:hover|tap|click|press|mouse) (?:over |on )?(?:a|an|the|each|any|your)\b[^.!?,;\"“”]{1,50}?"
    r"(?: to (?:see|view|show|explore|get|read|reveal|compare|find|highlight)\b[^.!?,;\"“”]{0,40}| for (?:more )?(?:details|data|"
    r"information|figures|the (?:figures|numbers|data)))|"
    r"(?:use|drag|move) the (?:slider|toggle|buttons?|tabs?|menu|dropdown|arrows)\b[^.!?,;\"“”]{0,50}|"
    r"(?:select|choose|pick) (?:a|an|your) (?:state|county|country|district|region|school|area|city|town|postcode|zip code|"
    r"year|category|province|constituency)\b[^.!?,;\"“”]{0,50}|"
    r"(?:scroll|swipe|drag) (?:left|right|sideways|across|horizontally|(?:the table )?to (?:see|explore|view))\b[^.!?,;\"“”]{0,40}|"
    r"pinch (?:to|and) zoom\b[^.!?,;\"“”]{0,30}", re.I)
_HINT_WORDS = 16
# a review site's box on how it tests: `Why Trust Us`, `Why you can trust us`, `How we test`, `Our review process`
_TRUST_HEAD = re.compile(r"(?:why (?:you can )?trust (?:us|[A-Z][\w&’' ]{1,30})|how we (?:test|tested|review|reviewed|rate|choose|chose|"
                         r"pick|picked)(?: (?:products|gear|kit|these|them))?|our (?:testing|review) (?:process|methodology))\??", re.I)


# a newsletter's issue line: `The Morning Ledger | Issue 412 | Thursday 14 March 2024`
_ISSUE = re.compile(r"^[^|]{2,60}(?:\|[^|]{1,60}){1,4}$")
_ISSUE_PART = re.compile(r"^(?:issue|no\.?|vol(?:ume)?\.?|edition|#)\s*\d+$", re.I)


_ARROW_CHANGE = re.compile(r"[▲▼△▽↑↓]\s*[+\-−]?\d[\d,]*(?:\.\d+)?%")
_COUNT = r"\d[\d,.]*[KkMm]?\+?\s(?:comments?|reposts?|reactions?|likes?|shares?|replies|reply|retweets?|views?|reads?|saves?|claps?)"
_ON_AIR = re.compile(r"^(?:[▶►🎵🎶📻🔴]\s*)?(?:now playing|playing now|on air(?: now)?|now on air|live now|listening to|"
                     r"up next on air)\s*[:|·–-]\s*\S", re.I)
_COUNTERS = re.compile(rf"^{_COUNT}(?:\s*[·|•,]?\s+{_COUNT})+$", re.I)


def page_widget(text: str) -> str | None:
    """A lone widget: an author's `@handle`, a star rating, a market-data row, the
    newsletter's `View this email in your browser` link.

    >>> page_widget("@leahstantonSL"), page_widget("Rating: ★★★★☆"), page_widget("Brent ($/bbl) 83.20 +0.4%")
    ('social', 'rating', 'ticker')
    >>> page_widget("NIKKEI 38,120.50 ▲1.10% TOPIX 2,701.12 ▼0.35% USD/JPY 151.20"), page_widget("Dow 39,112 ▲0.3% S&P 500 5,120 ▼0.2%")
    ('ticker', 'ticker')
    >>> page_widget("Shares rose ▲4% on Monday and fell ▼2% on Tuesday.") is None
    True
    >>> page_widget("2.4K likes · 310 comments"), page_widget("12 replies 95 shares"), page_widget("310 comments were removed.") is None
    ('social', 'social', True)
    >>> page_widget("📻 On air now: Drivetime with Jo Bell · 4pm–7pm"), page_widget("Now playing – The Harbour Boys | Salt Road")
    ('social', 'social')
    >>> page_widget("Now playing at the Regal, the film drew crowds.") is None
    True
    >>> page_widget("4 out of 5"), page_widget("4 out of 5 doctors agree.") is None
    ('rating', True)
    >>> page_widget("X.com/kiranreports"), page_widget("kdhaliwal@capitalcourier.ca")
    ('social', 'social')
    >>> page_widget("Send questions to kdhaliwal@capitalcourier.ca."), page_widget("X.com/kiranreports has 4,000 followers")
    (None, None)
    >>> page_widget("Tadawul 12,006.53 ▲ 0.31%"), page_widget("The index closed at 12,006.53, up ▲ 0.31% on the day.") is None
    ('ticker', True)
    >>> page_widget("Harbour Mining Co. HMC LN £4,120 ▲ +2.10% (pre-market)"), page_widget("NORDAX  NDX SS  SEK 88.10  -1.2%")
    ('ticker', 'ticker')
    >>> page_widget("Shares closed at $118.40, down 14% (after hours)."), page_widget("Co. profits rose 8% (adjusted)") is None
    (None, True)
    >>> page_widget("Dow Jones ▲ 0.35%"), page_widget("Reader score: ★★★★☆ (4.1)")
    ('ticker', 'rating')

    A row of the story's own ratings, `Label: value` fields ending in stars:

    >>> page_widget("Reader mood: Upbeat | Popularity: ★★★☆☆"), page_widget("Difficulty: Easy  Our rating: ★★★★★ (5/5)")
    ('rating', 'rating')
    >>> page_widget("Critics: mixed. Audiences: ★★★★☆ was the verdict, she said.") is None
    True
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

    A review site's heading over how it tests:

    >>> page_widget("Why Trust Us"), page_widget("How we test"), page_widget("How we tested the new bridge sensors") is None
    ('page-note', 'page-note', True)

    An interactive chart's instruction to the reader:

    >>> page_widget("Tap a bar for the figures"), page_widget("Use the slider to compare years."), page_widget("Select a county")
    ('page-note', 'page-note', 'page-note')
    >>> page_widget("Click on the link to see the prize, the text said.") is None
    True
    >>> page_widget("Voters select a state senator every four years.") is None
    True

    A read-aloud player's credits:

    >>> page_widget("Powered by Trinity Audio"), page_widget("This article was voiced by an artificial intelligence narrator.")
    ('page-note', 'page-note')
    >>> page_widget("Listen to more articles in the Noa app"), page_widget("The film was narrated by an AI voice, critics said, and flopped badly at the box office.")
    ('page-note', 'page-note')
    >>> page_widget("Powered by wind, the town cut its bills."), page_widget("Listen to more music, the doctor advised.") is None
    (None, True)
    >>> page_widget("Powered by solar panels") is None
    True
    >>> page_widget("Short of time? Listen instead"), page_widget("Prefer to listen?"), page_widget("In a hurry? Play audio instead")
    ('page-note', 'page-note', 'page-note')
    >>> page_widget("Why not listen instead of shouting, she asked.") is None
    True

    A player's button with its clip's length:

    >>> page_widget("Play Video. Duration: 1 minute 12 seconds"), page_widget("Play audio. Duration: 4 minutes 31 seconds")
    ('video', 'video')

    The outlet's podcast and where to hear it:

    >>> page_widget("Our weekly podcast Harbour Talk is available on Harbour Play, Spotify and Apple Podcasts.")
    'promo'
    >>> page_widget("Listen to The Briefing on Apple Podcasts or Spotify"), page_widget("New episodes every Friday, wherever you get your podcasts.")
    ('promo', 'promo')
    >>> page_widget("The podcast, which has 2 million listeners, was dropped by Spotify in March after the row.") is None
    True

    The writer's follow line and a donation box's heading naming the outlet:

    >>> page_widget("Follow Ann Lee on Bluesky @annlee.bsky.social"), page_widget("Support Harbour Community Radio")
    ('social', 'promo')
    >>> page_widget("Support our work"), page_widget("Please support our journalism today."), page_widget("Support our work with refugees")
    ('promo', 'promo', None)
    >>> page_widget("Follow Ann Lee on X, her lawyer advised, and say nothing."), page_widget("Support Grows For Ban") is None
    (None, True)
    """
    if _HANDLE.fullmatch(text) or _PROFILE.fullmatch(text):
        return "social"
    if _STARS.match(text) or _STAR_FIELDS.match(text):
        return "rating"
    if _QUOTE_ROW.match(text) or _quote_cells(text) or re.fullmatch(r"[A-Z]{1,6}=[A-Z]{1,2}", text):  # a quote symbol: `CC=F`, `EURUSD=X`
        return "ticker"
    if len(_ARROW_CHANGE.findall(text)) >= 2 and not TERMINAL.search(text) and not re.search(r"(?:^|\s)[a-z]", text):
        return "ticker"  # a ticker strip pasted without its separators: `OMX 1,987.44 ▲0.61% ACME B 86.10 ▼2.05% ...`
    if _COUNTERS.match(text):
        return "social"  # a post's engagement counts: `163 comments · 41 reposts`, `1.2K reactions, 87 comments`
    if _ON_AIR.match(text) and len(words(text)) <= 25:
        return "social"  # a station's player bar: `Now Playing: Artist – Song`, `On Air: The Breakfast Show with Ann Lee`
    if _ISSUE.match(text) and any(_ISSUE_PART.match(p.strip()) for p in text.split("|")):
        return "masthead"
    if _VIEW_ONLINE.fullmatch(text.strip(" .")):
        return "navigation"
    if _TRUST_HEAD.fullmatch(text.strip()):
        return "page-note"
    if _SITE_TOOL.fullmatch(text.strip(" .!")) or _CHART_HINT.fullmatch(text.strip(" .!")) and len(words(text)) <= _HINT_WORDS:
        return "page-note"
    if _AUDIO_CREDIT.search(text) and len(words(text)) <= 20 and not re.search("[\"“”]", text):
        return "page-note"
    if _PODCAST_PROMO.match(text) and len(words(text)) <= 40:
        return "promo"
    if _PLAYER_DURATION.fullmatch(text):
        return "video"
    if _FOLLOW_ON.match(text):
        return "social"
    if _SUPPORT_US.fullmatch(text):
        return "promo"
    return None


# the writer's follow line: `Follow Ann Lee on X @annlee.`, `Follow Bell on Instagram`
_FOLLOW_ON = re.compile(r"^Follow (?:[A-Z][\w’'.-]+ ){1,3}on (?:X|Twitter|Instagram|Bluesky|Threads|Facebook|LinkedIn|Mastodon|TikTok)"
                        r"\b(?:[^.!?,;]|\.(?=\w)){0,40}\.?$")
# a donation box's heading naming the outlet or its work: `Support Harbour Radio`, `Support our work`
_SUPPORT_US = re.compile(r"Support (?:the |our )?(?:[A-Z][\w’'&.-]*\s){0,4}(?:News|Media|Journalism|Radio|Press|Newsroom|"
                         r"Magazine|Network|Service|Reporting|Station)|"
                         r"(?:Please )?(?i:support|back|fund) (?:us|(?:our|this) (?:work|journalism|reporting|newsroom|mission))"
                         r"(?: today| now)?[.!]?")


# a read-aloud player's credits: `Powered by Trinity Audio`, `Narrated by an AI voice.`, `Listen to more articles on Noa`
_AUDIO_CREDIT = re.compile(r"^(?:audio |voice |narration |player )?powered by (?:(?-i:[A-Z])[\w.-]*\s?){1,3}$|"
                           r"\b(?:narrated|read|voiced|generated) (?:by|with|using) (?:an? )?(?:AI|artificial(?:ly)?[- ]intelligen\w*|"
                           r"automated|synthetic|synthesi[sz]ed|computer[- ]generated|digital|text-to-speech) (?:voice|narrator|technology)|"
                           r"^listen to more (?:stories|articles|news|audio(?: articles| stories)?|journalism)\b[^.]{0,40}$|"
                           # the player's offer to read it aloud: `Only have a minute? Listen instead`, `Prefer to listen?`
                           r"^(?:[^.!?]{0,40}\?\s*)?(?:listen|play (?:the )?audio)(?: instead| to (?:it|this) instead)\b[^.!?]{0,30}[.!]?$|"
                           r"^(?:prefer|rather|want|would you like) to listen\?$|"
                           r"^more (?:audio )?(?:stories|articles|episodes) (?:are )?(?:available )?(?:in|on) (?:the |our )?"
                           r"(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)? app\.?$", re.I)
# a player's button with its clip's length spelt out for screen readers: `Play Video. Duration: 1 minute 12 seconds`
# a clip's length in words: `1 minute 12 seconds`, `2 mins, 5 secs`
SPOKEN_LENGTH = r"\d+ (?:hours?|hrs?|minutes?|mins?|seconds?|secs?)(?:,? \d+ (?:minutes?|mins?|seconds?|secs?)){0,2}"
_PLAYER_DURATION = re.compile(rf"(?i:play|watch|listen)(?: to)?(?: the)? (?i:video|audio|clip|episode)\.?\s*(?i:duration)?:?\s*"
                              rf"(?i:{SPOKEN_LENGTH})\.?")
# the outlet's podcast, and where to hear it: `Our weekly podcast Harbour Talk is available on Spotify and Apple Podcasts.`
_PODCAST_PROMO = re.compile(r"^[^.!?\"“”]{0,80}\b(?:podcast|show|episodes?)\b[^.!?\"“”]{0,60}\b(?:is|are) (?:now )?(?:available|out) "
                            r"(?:on|to (?:stream|download) (?:on|from)|wherever)\b[^.!?\"“”]{0,80}[.!]?$|"
                            r"^(?i:listen|subscribe|follow)(?: to)? [^.!?\"“”]{0,60}\b(?:on|via) (?:Apple Podcasts|Spotify|Google Podcasts|"
                            r"Pocket Casts|Overcast|YouTube Music|Amazon Music|Audible)\b[^.!?\"“”]{0,80}[.!]?$|"
                            r"^[^.!?\"“”]{0,100}\bwherever you (?:get|listen to|find) (?:your )?podcasts[.!]?$")
