"""Widgets and pitches pasted into a story: membership and sign-up pitches, shopping
boxes, weather and reader polls, classified ads, and the blocks that hold them.

Line rules here run after those in `narrator.lines` (see `widget_reason`); the block
rule `widget_blocks` reads a paragraph's lines together.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.boxes import _heading_under_box
from narrator.headline import is_byline
from narrator.lines import TERMINAL, Line, is_sentence, words
from narrator.people import VERB

_QUOTE = re.compile("[\"“”‘]")
# a sentence in the outlet's voice telling the reader to sign up: `Sign up for our Morning newsletter.`,
# `Never miss a story — sign up for X's free newsletter to ...`; `residents can sign up ...` is not imperative
_SIGN_UP = re.compile(r"(?:^|[.!?]\s+|\s[—–-]\s)(?:sign up|subscribe|register)\b[^.!?]{0,80}?\b(?:newsletters?|inbox|emails?)\b|"
                      r"\b(?:lands|arrives) in your inbox\b|\bin(?:to)? your inbox (?:once a (?:day|week)|every (?:day|morning|evening|week)|"
                      r"daily|weekly|each (?:day|morning|week))\b|"
                      # a sign-up form's status messages: `Thank you for subscribing!`, `Something went wrong, please try again later.`
                      r"^(?:thank you|thanks) for (?:subscribing|signing up|registering)\b[^.!?]{0,40}[.!]?$|"
                      r"^(?:oops[.!,]? )?something went wrong[.!,]? (?:please )?try again(?: later)?[.!]?$|"
                      r"\b(?:a |your )?welcome email is on (?:its|the) way\b|\bcheck your (?:junk|spam|promotions)(?: (?:or|and) "
                      r"(?:junk|spam|promotions))? (?:folder|mail|tab)\b|\b(?:problem|error|issue) signing you up\b|"
                      # a members' portal's messages: `Welcome back! You've successfully signed in.`, `Billing info update failed.`
                      r"^(?:(?:success|great|welcome back|thanks|thank you|done)[!.,] )?(?:you(?:[’']ve| have) successfully|"
                      r"your (?:account|billing(?: info)?|subscription|payment|email) (?:is|has been|was) (?:now )?(?:fully )?"
                      r"(?:updated|activated|confirmed|verified)|you(?:[’']re| are) (?:now )?(?:subscribed|signed in|all set))\b|"
                      r"^(?:billing|payment|sign[- ]?in|sign[- ]?up|subscription|checkout)(?: info)?(?: update)? "
                      r"(?:failed|was unsuccessful)[.!]?$", re.I)
# the outlet asking for money: `Support local journalism`, `Your subscription helps us cover ...`,
# `Subscribe today for just $1`, `Your subscription allows you to gift 10 articles each month.`
_MEMBERSHIP = re.compile(
    r"^support (?:local|independent|quality|public[- ]interest|our|trusted|student|nonprofit|community)(?: audio| local| independent)? "
    r"(?:journalism|news|reporting)\b|"
    r"\bstart (?:your|a) (?:\d+|one|two|seven|fourteen|thirty)[- ]day (?:free )?trial\b|\bno credit card (?:required|needed)\b|"
    r"\byour (?:subscription|support|membership|donation|gift|contribution)s? (?:helps?|allows?|lets|makes?|keeps?|funds?|supports?|enables?|pays?)\b|"
    r"^donate (?:to|now|today)\b[^.!?]{0,40}$|"
    # `Independent journalism costs money. Support X from just €5 a month.`
    r"(?:^|[.!?]\s+)support (?:(?-i:[A-Z])[\w’'+]*\s?){1,4}(?:from|for) (?:just |only )?[$£€]\s?\d|"
    r"\b(?:journalism|reporting|news|coverage) costs money\b|\bget every issue\b|^(?:one|1)[- ]year\s*:\s*[$£€]\d|"
    r"\balready (?:registered|a (?:subscriber|member))\?|"
    # a charity's appeal box heading: `Support research like this`, `Support our work`
    r"^support (?:our |vital |life-?saving )?(?:research|work|cause|campaigns?)(?: like this)?[.!]?$|"
    r"(?:^|[.!?]\s+)(?:subscribe|join)(?: (?-i:[A-Z])[\w’'+]*){0,3} (?:today|now|for|from)\b[^.!?]{0,40}(?:[$£€]\d|\bunlimited\b|\bfree\b)|"
    r"\bgift (?:\d+ )?(?:articles?|stories)\b|"
    # `Enjoy unlimited access to award-winning journalism`, `Read The Times on the go. Download our app for ...`
    r"\b(?:unlimited|full|unrestricted|complete) (?:digital )?access to (?:all )?(?:of )?(?:our )?(?:award-winning |quality |trusted |"
    r"independent )?(?:[A-Z][\w’'&-]* ){0,2}(?:journalism|reporting|articles|stories|content|news|analysis|(?:the |our )?archive)\b|"
    r"\bdownload our (?:free )?app\b|"
    # a registration wall: `Register now for unlimited access`, `Registered users get five free articles a month`
    r"^(?:register|subscribe|sign up|join)(?: now| today| free| for free)? (?:for|to get) (?:unlimited|full|free) access\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) free (?:articles|stories) (?:a|per|each|every) (?:month|week)\b|"
    r"\b(?:read|access|view)\b[^.!?]{0,40}\bwithout a subscription\b|"
    r"\bthis is an? (?:premium|subscriber|members?|paid)[- ](?:only |exclusive )?(?:article|story|content)\b|"
    r"\brequires? (?:a |an active )?(?:paid )?subscription to (?:read|view|access|continue)\b|"
    r"\bdepends on (?:readers|supporters|members|people) like you\b|^become (?:a|an) (?:(?-i:[A-Z])[\w’'&.+-]*\s){0,3}(?:member|subscriber|supporter|patron|insider|sustainer|friend)s?\b|"
    # `If you value on-the-ground reporting, please consider becoming a member.`
    r"\b(?:please )?consider (?:becoming an? (?:paying )?(?:member|supporter|patron)|supporting (?:us|our (?:work|journalism|"
    r"reporting|newsroom))|subscribing|(?:making )?an? (?:small |monthly |one-off |one-time |regular |recurring |annual )?"
    r"(?:donation|contribution|gift))\b|"
    # `The Bulletin is reader-funded.`, `We are listener-supported`: the outlet saying who pays for it
    r"\b(?:is|are|we[’']re) (?:(?:100%|independent|nonprofit|non-profit|ad-free)(?:,| and)? )*(?:reader|listener|viewer|member|audience)"
    r"[- ](?:funded|supported|powered)\b|"
    # the ask itself: `... we have a small favour to ask.`, `could you back us today?`
    r"\bwe have a (?:small |quick )?favou?r to ask\b|\bcould you (?:back|support|help fund) us\b|"
    r"\b(?:is|are|we[’']re) (?:funded|supported|paid for|made possible) (?:entirely |solely |only |directly |mostly )?by (?:our |its )?"
    r"(?:readers|listeners|viewers|members|supporters|subscribers|people like you)\b|"
    r"\byou(?:[’']ve| have) read \d+ of \d+ (?:free )?(?:articles|stories)\b|\breaders like you\b|"
    r"^\*?\s*prices? (?:shown|quoted|displayed) (?:is|are) (?:for|in|inclusive of|exclusive of)\b|"
    r"\bcancel(?: or (?:change|pause|upgrade|downgrade))?(?: your (?:plan|subscription|membership))? (?:any ?time|at any time)\b|"
    r"^subscribe to [^.!?]{1,60}? to (?:get|enjoy|unlock) (?:full |unlimited )?access\b|"
    # a paywall's offer: `Try unlimited access`, `Only €1 for 4 weeks`, `Then €75 per month.`
    r"^try (?:unlimited |full |premium |digital )+access\b|^(?:only |just |then )?[$£€]\s?\d[\d.,]* (?:for (?:\d+|one|two|three|four|six) "
    r"(?:days?|weeks?|months?)|(?:per|a|/) ?(?:month|week|year))\b[^,.!?]{0,20}(?:[.!]|$)|"
    r"^don[’']t miss out on (?:the latest|our) (?:news|stories|updates|reporting)\b|"
    r"\b(?:subscribers|members) (?:can|get to|are able to) (?:download|read|access|unlock|listen to)\b|"
    r"^(?:members|subscribers|premium)[- ]only\s*[:|]\s*\S|"
    # a paywall's status line: `You are currently reading with a Premium trial. 2 days remaining.`
    r"\byou(?:[’']re| are) (?:currently )?reading (?:with|on) (?:a|an|your) [^.!?]{0,30}\btrial\b", re.I)
# the small print under a sign-up form: `By continuing, I agree to the Privacy Policy and Terms of Service.`
_FORM_TERMS = re.compile(r"^by (?:continuing|clicking|signing up|subscribing|submitting|registering|entering|creating|"
                         r"providing|sharing|giving)\b"
                         r"[^.!?]{0,80}\b(?:agree|accept|consent)", re.I)
_LOGIN = re.compile(r"\b(?:must|need to|have to) (?:be )?(?:logged|signed) in\b|"
                    r"\bread our (?:commenting|comments?|community) (?:policy|guidelines|rules|standards)\b|"
                    r"\bcomments? (?:are|is) (?:only )?(?:for|open to|available to|reserved for) (?:paid |premium )?(?:members|subscribers)\b|"
                    r"\bmust be (?:a|an) [^.!?]{0,40}\b(?:subscriber|member) to (?:view|read|post|comment|join)\b|"
                    r"(?:^|[.!?]\s+)(?:log|sign) in (?:or (?:subscribe|register|sign up|create an account) )?to "
                    r"(?:comment|join|reply|post|continue|read)\b", re.I)


def pitch(text: str) -> str | None:
    """The outlet selling itself: sign-up and membership pitches, the sign-up form's small
    print, a comment box asking the reader to log in. Speech is never a pitch.

    >>> pitch("Start the day with our picks. Sign up for our Morning Edition newsletter.")
    'newsletter'
    >>> pitch("Support local journalism"), pitch("Your subscription helps us cover the coast. Subscribe today for just $1.")
    ('subscription', 'subscription')
    >>> pitch("By continuing, I agree to the Privacy Policy and Terms of Service."), pitch("You must be logged in to join the discussion.")
    ('newsletter', 'social')
    >>> pitch("The Halcyon’s journalism depends on readers like you."), pitch("You’ve read 1 of 2 free articles this month.")
    ('subscription', 'subscription')
    >>> pitch("Register now for unlimited access to news, analysis and the archive."), pitch("Join free for unlimited access")
    ('subscription', 'subscription')
    >>> pitch("Registered users get five free articles a month."), pitch("Residents get free access to the pool each month.") is None
    ('subscription', True)
    >>> pitch("Members only: Download the PDF edition"), pitch("Members only got a vote, the club said.") is None
    ('subscription', True)
    >>> pitch("Independent journalism costs money. Support Harbour Current from just €5 a month.")
    'subscription'
    >>> pitch("Support research like this"), pitch("Support research like this, the minister urged.") is None
    ('subscription', True)
    >>> pitch("Support student journalism"), pitch("The Quill receives no funding. Your gift pays for printing. Donate today.")
    ('subscription', 'subscription')
    >>> pitch("Your gift to the hospice was doubled by the trust.") is None
    True
    >>> pitch("Become a member to get unlimited access to our reporting.")
    'subscription'
    >>> pitch("Become a Harbour Ledger Insider"), pitch("Become an Observer Supporter"), pitch("Become a Tribune+ member")
    ('subscription', 'subscription', 'subscription')
    >>> pitch("Become a better cook with these five tips.") is None, pitch("Become a Scout leader, the council urged.") is None
    (True, True)
    >>> pitch("Enjoy unlimited access to award-winning journalism, the Ledger app and our daily puzzles.")
    'subscription'
    >>> pitch("Read The Meridian on the go. Download our app for breaking news alerts and more.")
    'subscription'
    >>> pitch("Pupils will get full access to the library from May."), pitch("Drivers can download the app from May.")
    (None, None)
    >>> pitch("Thank you for subscribing!"), pitch("Something went wrong, please try again later.")
    ('newsletter', 'newsletter')
    >>> pitch("A welcome email is on its way. If you don't see it, please check your junk folder.")
    'newsletter'
    >>> pitch("We ran into a problem signing you up. Please try again."), pitch("Check your spam folder, police warned.") is None
    ('newsletter', True)
    >>> pitch("Community guidelines: You must be logged in to join the discussion or read comments. Comments may take up "
    ...       "to an hour to appear and are moderated by our team.")
    'social'
    >>> pitch("Thank you for subscribing to the idea, the mayor told the meeting.") is None
    True
    >>> pitch("Something went wrong with the pumps, engineers found.") is None
    True
    >>> pitch("Join us from £5.99 a month. Cancel anytime."), pitch("The Weekly lands in your inbox every Saturday.")
    ('subscription', 'newsletter')
    >>> pitch("Harbour+ Pass: every match live, wherever you are. Subscribe from $4.99/month"), pitch("Join from £3 a month ›")
    ('subscription', 'subscription')
    >>> pitch("Join Courier Insider from $1 a week"), pitch("Join Harbour Plus today for unlimited access")
    ('subscription', 'subscription')
    >>> pitch("Members can subscribe from £5 a month, the club said.") is None
    True
    >>> pitch("Join the conversation. Log in or subscribe to comment."), pitch("Users must log in or subscribe to comment, she said.")
    ('social', None)
    >>> pitch("You must be a Harbour News subscriber to view and post comments."), pitch("Don’t miss out on the latest news.")
    ('social', 'subscription')
    >>> pitch("Subscribe to Harbour+ to get access to 60 titles."), pitch("It depends on support from readers like you.")
    ('subscription', 'subscription')
    >>> pitch("Harbour Pro subscribers can download the full judgment and our case note.")
    'subscription'
    >>> pitch("Reminder, this is a Premium article and requires a subscription to read.")
    'subscription'
    >>> pitch("If you enjoyed this piece, please consider supporting our journalism."), pitch("Consider becoming a patron.")
    ('subscription', 'subscription')
    >>> pitch("The Valley Post is listener-supported."), pitch("If our work helps you, please consider a monthly contribution.")
    ('subscription', 'subscription')
    >>> pitch("... we have a small favour to ask. Millions read us free."), pitch("If you value what you read, could you back us today?")
    ('subscription', 'subscription')
    >>> pitch("The mayor said she had a small favour to ask of the council.") is None
    True
    >>> pitch("The Dispatch is independent and reader-supported."), pitch("Want to discuss? Please read our Commenting Policy first.")
    ('subscription', 'social')
    >>> pitch("The day's top headlines, in your inbox once a day."), pitch("The letter landed in her inbox once a week.") is None
    ('newsletter', True)
    >>> pitch("The Harbour Post is funded by readers, not billionaires."), pitch("Comments are for paid members only.")
    ('subscription', 'social')
    >>> pitch("Welcome back! You've successfully signed in."), pitch("Billing info update failed.")
    ('newsletter', 'newsletter')
    >>> pitch("The clinic is funded by readers of the parish magazine, the vicar said.") is None
    True
    >>> pitch("The clinic is community-funded and opened in 2019, the charity said.") is None
    True
    >>> pitch("The board will consider supporting the bid in May.") is None
    True
    >>> pitch("By providing your information, you agree to our Terms of Use and our Privacy Policy.")
    'newsletter'
    >>> pitch("Try unlimited access"), pitch("Only €1 for 4 weeks"), pitch("Then €75 per month. Cancel or change your plan anytime.")
    ('subscription', 'subscription', 'subscription')
    >>> pitch("Complete digital access to quality Ledger journalism on any device."), pitch("£5 a month buys a lot, she said.") is None
    ('subscription', True)
    >>> pitch("$1,200 a month is what most renters in the county now pay for a flat") is None
    True
    >>> pitch("* Price shown is for UK personal subscribers and includes VAT."), pitch("Prices shown in the survey rose 4%.") is None
    ('subscription', True)
    >>> pitch("You are currently reading with a Premium trial. 2 days remaining."), pitch("Ann is on a trial of the drug.") is None
    ('subscription', True)
    >>> pitch("Residents can sign up for the council's email alerts.") is None
    True
    >>> pitch("The tablet gets handwriting sync without a subscription for the first time.") is None
    True
    >>> pitch("The app requires a subscription to unlock its maps, which costs $5 a month.") is None
    True
    >>> pitch("Your subscription allows the company to change features, Walsh said.") is None
    True
    """
    if _QUOTE.search(text) or len(words(text)) > 60 or VERB.search(text):
        return None
    if _SIGN_UP.search(text) or _FORM_TERMS.search(text):
        return "newsletter"
    if _MEMBERSHIP.search(text):
        return "subscription"
    if _LOGIN.search(text) and (len(words(text)) <= 20 or
                                len(words(text)) <= 45 and re.search(r"\b(?:comments?|discussion)\b", text, re.I)):
        return "social"  # a comment box's rules may run on: `... Comments may take up to an hour to appear.`
    return None


# `$68 at Marlowe & Finch`, `$129 (was $185) at Nordell`, `£40 from Shopname`
_PRICE_AT = re.compile(r"^[$£€]\d[\d,.]*(?:\s*\((?:was|reg\.?|orig\.?|rrp)\s*[$£€]\d[\d,.]*\))?\s+(?:at|from|@)\s+[A-Z]")
# a retailer button, `Buy at Amazon $179.99`, `View at Best Buy`, `Check price at Currys`, `See it on Etsy`,
# and a deals box's heading, `Best deals today`, `Today's best prices`
_RETAIL_BUTTON = re.compile(r"^(?:buy|view|shop|order|see it|get it|check (?:the )?price|check stock)(?: it| now)? (?:at|from|on) "
                            r"(?-i:[A-Z])[\w&'’.-]*(?: (?-i:[A-Z])[\w&'’.-]*){0,2}(?:\s+[$£€]\d[\d,.]*)?$|"
                            r"^(?:today[’']s )?(?:best|top|latest|hot) (?:deals|prices|offers)(?: today| right now| this week)?$", re.I)
_SHOP_HEAD = re.compile(r"^shop (?:the|this|her|his|their|our) (?:look|story|edit|post|collection|outfit|trend|style|"
                        r"picks?|list|range|jacket|dress|shoes?|bags?)s?\b", re.I)
# `ODDS: X are now 5/2 ... 18+ Please gamble responsibly.`: a betting promo's compulsory small print
_GAMBLING = re.compile(r"\b(?:gamble|bet) responsibly\b|^gambling can be addictive[.!]|\bplease play responsibly\b|\bbegambleaware\b|\b18\+\s*(?:\||only\b|t&cs\b|please\b)|\bt&cs apply\b|"
                       r"^odds (?:are )?(?:correct|accurate) (?:at|as of) (?:the )?time of (?:publication|publishing|writing|posting)\b", re.I)
# a text-to-enter competition: `Win a family pass! Text MAZE to 51969.`, its small print `Texts cost €0.60. Full T&Cs on ...`
_COMPETITION = re.compile(r"^win (?:an? |one of |two |tickets\b|\d).{0,120}\btext (?-i:[A-Z]{2,})\b.{0,40}\bto \d{4,6}\b|"
                          r"^texts? (?:cost|charged at) [€£$]?\d|\bfull t(?:&|and )cs\b", re.I)
# a betting box's price row: `Edvardsen to join Castlefield – 4/6`, `Draw - 11/4`, `Evans to win — Evens`
_ODDS_ROW = re.compile(r"^[A-Z][^.!?:]{2,80}\s[–—-]\s(?:\d{1,3}/\d{1,2}|evens|evs)$", re.I)


def shopping(text: str) -> str | None:
    """A shopping or betting box: a price at a retailer, `SHOP THE LOOK`, a bet promo.

    >>> shopping("$129 (was $185) at Nordell"), shopping("SHOP THE LOOK"), shopping("Odds 5/2. 18+ Please gamble responsibly.")
    ('shopping', 'shopping', 'advert')
    >>> shopping("Gambling can be addictive. Please play responsibly.")
    'advert'
    >>> shopping("Gambling can be addictive for teenagers who start young, the study found.") is None
    True
    >>> shopping("$68 million at stake for the council.") is None
    True
    >>> shopping("Edvardsen to join Castlefield – 4/6"), shopping("Odds correct at time of publication and subject to change")
    ('advert', 'advert')
    >>> shopping("Win a family pass! Text MAZE followed by your name to 51969."), shopping("Texts cost €0.60. Full T&Cs on site.ie")
    ('advert', 'advert')
    >>> shopping("People in crisis can text SHOUT to 85258.") is None
    True
    >>> shopping("Buy at Amazon $179.99"), shopping("View at Best Buy"), shopping("Best deals today")
    ('shopping', 'shopping', 'shopping')
    >>> shopping("Buy at the market, she said.") is None, shopping("View at dawn") is None
    (True, True)
    >>> shopping("Edvardsen scored twice – a 4/6 record from the spot."), shopping("Odds are he will stay at Brenbury")
    (None, None)
    """
    if _PRICE_AT.match(text) and len(words(text)) <= 10 and not TERMINAL.search(text):
        return "shopping"
    if (_SHOP_HEAD.match(text) or _RETAIL_BUTTON.match(text)) and len(words(text)) <= 6:
        return "shopping"
    if _ODDS_ROW.match(text) and len(words(text)) <= 12:
        return "advert"
    if _COMPETITION.search(text) and len(words(text)) <= 40 and not _QUOTE.search(text):
        return "advert"
    if _GAMBLING.search(text) and len(words(text)) <= 50 and not _QUOTE.search(text):
        return "advert"
    return None


_WEATHER = re.compile(
    r"^-?\d{1,3}\s*°[CF]?$|^(?:feels like|high|low|hi|lo|tonight|today|tomorrow|wind|gusts|humidity|"
    r"precip(?:itation)?|chance of rain|uv index|dew point)\s*:?\s*(?:(?:low|high|[NSEW]{1,3})\s*)?-?\d{1,3}\s*"
    r"(?:°[CF]?|mph|km/h|kph|%)$|^\d{1,2}[- ]day forecast$|^(?:interactive |live )?radar$|^(?:hourly|extended) forecast$|"
    r"^(?:[A-Z][\w'’-]+ ){1,3}-?\d{1,3}\s*°[CF]?(?: [A-Za-z]+){0,3}$",
    re.I)


def weather(text: str) -> str | None:
    """A weather widget's lines: `Feels like 17°`, `Wind: NW 15 mph`, `7 Day Forecast`.

    >>> weather("Feels like 17°"), weather("Tonight: Low 12°"), weather("Wind: NW 15 mph"), weather("Interactive Radar")
    ('weather', 'weather', 'weather', 'weather')
    >>> weather("London 11°C Light rain"), weather("Port Elgin -3° Snow showers")
    ('weather', 'weather')
    >>> weather("Tonight the low will be 12 degrees.") is None
    True
    """
    return "weather" if _WEATHER.match(text.strip()) else None


# a forecast box's other rows: its day labels (`TONIGHT`, `Sat`) and sky lines (`Partly Cloudy`, `Snow showers 60%`)
_SKY = re.compile(r"^(?:(?:mostly|partly|chance of|scattered|isolated|light|heavy|freezing|patchy|few|some)\s+)?"
                  r"(?:(?:sunny|sun|clear|cloudy|clouds|overcast|rain|showers?|snow|sleet|ice|drizzle|fog|foggy|mist|hail|"
                  r"storms?|thunderstorms?|t-storms?|windy|breezy|fair|haze|hazy|flurries|wintry mix|mix)"
                  r"(?:\s*[/&]\s*|\s+(?:and\s+)?)?){1,3}(?:\s*\d{1,3}\s*%)?$|"
                  r"^(?:today|tonight|tomorrow|overnight|this (?:morning|afternoon|evening)|"
                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)$", re.I)
_FORECAST_REACH = 2  # a day's label, its temperature and its sky line


def forecast_rows(lines: list[Line]) -> None:
    """A day label or sky line within two lines of a temperature row dropped as `weather`
    is another row of the same forecast box (`TONIGHT` / `Low 24°` / `Freezing Rain 90%`),
    also when the paste has no blank lines; the words alone (`Sunday`, `Heavy rain`) far
    from the box may be the story's crosshead.

    >>> box = [Line(t, i) for i, t in enumerate(("Sat", "High 12°", "Light rain 40%", "Sun", "High 9°", "Mostly sunny"))]
    >>> for ln in box: ln.reason = weather(ln.text)
    >>> forecast_rows(box); [ln.reason for ln in box]
    ['weather', 'weather', 'weather', 'weather', 'weather', 'weather']
    >>> page = [Line("Heavy rain", 0), Line("The river burst its banks on Sunday after a night of heavy rain.", 1),
    ...         Line("Tonight", 2), Line("Forecasters expect more snow and ice later in the week.", 3)]
    >>> forecast_rows(page); [ln.reason for ln in page]
    [None, None, None, None]
    """
    near = [k for k, ln in enumerate(lines) if ln.reason == "weather" and "°" in ln.text]
    for k in near:
        for j in range(max(0, k - _FORECAST_REACH), min(len(lines), k + _FORECAST_REACH + 1)):
            if not lines[j].reason and _SKY.match(lines[j].text):
                lines[j].reason = "weather"


_POLL = re.compile(r"^(?:(?:was|is|did you find|do you find) this (?:article |page |story |information |answer |content |summary )?"
                   r"(?:helpful|useful)|how (?:helpful|useful) (?:was|is) this(?: article| page| story)?)\s*\??$", re.I)
# the feedback form's own messages under `Was this page useful?`: `Thank you for your feedback.`,
# `Don't include personal or financial information like your National Insurance number.`
_FEEDBACK_REPLY = re.compile(r"^(?:thank you|thanks) for (?:your |the )?(?:feedback|rating|response|input)(?: on this (?:page|article))?"
                             r"\s*(?:[.!]|$)|"
                             r"(?:^|[.!?]\s+)(?:please )?(?:do not|don[’']t) (?:include|enter|share|type) (?:any )?personal "
                             r"(?:or financial )?(?:information|details|data)\b", re.I)
# `FOR SALE: 2014 Ford F-150 ...`, `WANTED: Round bales`: a classified ad's capitalised heading
_CLASSIFIED = re.compile(r"^(?:FOR SALE|FOR RENT|FOR LEASE|WANTED|LOST|FOUND|FREE|HELP WANTED|GARAGE SALE|YARD SALE)\s*:")
_PLACE_AD = re.compile(r"^place (?:a|an|your) (?:classified|ad|advert|notice|obituary|listing)s?$", re.I)
_SEE_ALL = re.compile(r"^(?:see|view|browse|show) all(?: [\w&’'-]+){0,3}$", re.I)
_POSTED_BY = re.compile(r"^(?:posted|shared|tweeted|written) by @[\w.]{2,40}$", re.I)
# `Connect via Twitter or email.`, `Follow her on X`: the contact line under an author's bio
# `Contact Ann Lee at alee@thepost.com.`: the same line giving the author's email address
_CONTACT = re.compile(r"^(?:connect|follow|contact|email|reach)(?: (?:with )?(?:him|her|them|me|(?-i:[A-Z][\w’'-]+"
                      r"(?: [A-Z][\w’'-]+){0,2})))? (?:via|on|with|at)\b(?:.{0,50}"
                      r"\b(?:twitter|email|x|linkedin|facebook|instagram|bluesky|threads|mastodon)|"
                      r" [\w.+-]+@[\w-]+(?:\.[\w-]+)+)\.?$|"
                      r"^[—–-]\s*(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.I)  # a signed-off `— ann@post.com`
# `Velvet Rope Daily's editorial guidelines`, `Our editorial process`: a link to the outlet's policies
# `Our community guidelines apply. Comments close after 72 hours.`: the comment box's rules
# `Commenting is available to subscribers. Subscribe or log in to join the discussion.`: the box's gate
_COMMENT_RULES = re.compile(r"\bcommunity (?:guidelines|standards|rules)\b|^comments (?:close|are closed|are open|open)\b|"
                            # the house rules: `Comments: Our rules`, `report any comments that break our rules`,
                            # `we want our comments to be ... part of our community`
                            r"\bcomments?\b.{0,120}\b(?:our (?:rules|community|guidelines)|house rules|break (?:our|the) rules)\b|"
                            # `The Herald values your comments but kindly requests that all posts stay on topic`
                            r"\b(?:values|welcomes|appreciates|encourages) (?:your|readers[’']?) comments\b|"
                            r"^commenting (?:is|has been) (?:now )?(?:available|open|closed|disabled|not available|"
                            r"turned off|reserved)\b|\b(?:log|sign) in to (?:comment|join the (?:discussion|conversation))\b",
                            re.I)
# `Fajr 4:02  Dhuhr 12:19  Asr 3:42 ...`, `High 6:14 Low 12:31`: a timetable widget, names and times only
_TIMES = re.compile(r"^(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?:?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*){3,}$", re.I)
_POLICY_LINK = re.compile(r"\b(?:editorial|ethics|corrections|sourcing|fact-checking) (?:guidelines|standards|policy|"
                          r"policies|process|statement)$", re.I)


def page_slot(text: str) -> str | None:
    """One line of a page's own slot: a reader poll, a classified ad, a `See all` link, a
    social post's `Posted by @handle`, an author's contact line, a policy link.

    >>> page_slot("Was this helpful?"), page_slot("FOR SALE: 2014 Ford F-150, $14,500 OBO"), page_slot("See all obituaries")
    ('feedback', 'classified', 'navigation')
    >>> page_slot("Thanks for your feedback!"), page_slot("Don't include personal or financial information like your bank details.")
    ('feedback', 'feedback')
    >>> page_slot("Thank you for your feedback, the minister told MPs, but the plan stands.") is None
    True
    >>> page_slot("Patients should not include personal details in the survey, the trust said.") is None
    True
    >>> page_slot("Connect via Twitter or email."), page_slot("Posted by @morgan.bsky.social")
    ('author-bio', 'embed')
    >>> page_slot("For sale: the old fire station, the council said.") is None, page_slot("See all the damage.") is None
    (True, True)
    >>> page_slot("Our community guidelines apply. Comments close after 72 hours."), page_slot("Fajr 4:02  Dhuhr 12:19  Asr 3:42")
    ('comments', 'weather')
    >>> page_slot("Comments from residents were mixed, the report said.") is None
    True
    >>> page_slot("The Post is committed to a civil forum for discussion. Comments may take up to an hour for moderation. "
    ...           "We ask you to keep your comments relevant and respectful. Visit our Community Guidelines for more.")
    'comments'
    >>> page_slot("The forum's community guidelines ban slurs, and moderators remove posts that break them within an hour "
    ...           "of a complaint, according to the company’s latest transparency report on its handling of abuse.") is None
    True
    >>> page_slot("— rohan@thepost.ae"), page_slot("— the mayor, by email") is None
    ('author-bio', True)
    >>> page_slot("Contact Ann Lee at alee@thepost.com."), page_slot("Commenting is available to subscribers. Log in to comment.")
    ('author-bio', 'comments')
    >>> page_slot("Contact the council at info@ashby.gov.uk for a form.") is None, page_slot("Commenting on the plan, Lee was blunt.")
    (True, None)
    >>> page_slot("The Herald values your comments but kindly requests that all posts stay on topic.")
    'comments'
    >>> page_slot("The Daily Star welcomes your comments. Please keep them civil."), page_slot("The mayor said he values your comments.")
    ('comments', None)
    """
    n = len(words(text))
    if _POLL.match(text) and n <= 8 or _FEEDBACK_REPLY.search(text) and n <= 30 and not _QUOTE.search(text):
        return "feedback"
    if _CLASSIFIED.match(text) and n <= 30 or _PLACE_AD.match(text):
        return "classified"
    if _SEE_ALL.match(text):
        return "navigation"
    if _POSTED_BY.match(text):
        return "embed"
    if _CONTACT.match(text) and n <= 10:
        return "author-bio"
    if _POLICY_LINK.search(text) and n <= 8 and not TERMINAL.search(text):
        return "page-note"
    if _COMMENT_RULES.search(text) and (n <= 25 or n <= 150 and re.search(r"\b(?:your|our) comments?\b", text, re.I)) and \
            not _QUOTE.search(text) and not VERB.search(text):
        return "comments"  # a long moderation policy tells the reader about `your comments`
    if _TIMES.match(text):
        return "weather"  # the same box as the forecast: times of day, not news
    return None


# `Velde Seeds is the headline partner of Potato Focus.`: the sponsor's note under a sponsored section
_UNDERWRITING = re.compile(r"^(?:Support (?:for [\w ]{1,40} )?comes from|Underwriting (?:support )?(?:is )?provided by) [A-Z]|"
                           r"^(?:[A-Z][\w&’'.-]* ){1,4}(?:is|are) the (?:headline|official|principal|title|lead|presenting) "
                           r"(?:partner|sponsor)s? of [^.,]{2,60}\.(?:\s|$)")
# an advert asking a question, then a call to act now: `Tired of X? Y does Z. Book a free demo today.`
_AD_QUESTION = re.compile(r"^[A-Z][^.!?]{2,60}\?\s")
_AD_ACTION = re.compile(r"(?:^|[.!?]\s+)(?:Book|Join|Sign up|Register|Subscribe|Download|Try|Claim|Order|Start|Get) "
                        r"[^.!?]{0,60}\b(?:free|today|now|online|demo|trial|in (?:minutes|seconds|\w+ minutes))\b[^.!?]{0,30}[.!]$")
# `1 thought on “Title”`, `Welcome to X's comment community`; a commenter's `Name says:` is left to the
# comments block, since `Dr Rao said:` opens a quote in a story
_COMMENT_LINE = re.compile(r"^\d+ (?:thoughts?|comments?|responses?|replies) (?:on|to) [“\"‘'].+[”\"’']$|"
                           r"^Welcome to [^.]{2,60} comment community\b", re.I)
_POST_NAV = re.compile(r"^(?:[←‹«]\s*)?(?:Previous|Prev|Next)(?: (?:post|article|story))?\s*:\s*\S.{0,100}?(?:\s*[→›»])?$")
_PAYWALL = re.compile(r"^Unlock (?:full|unlimited|complete) access\b|\bfor [$£€]\d+(?:\.\d{2})? (?:per|a|/) ?(?:week|month)\b"
                      r"(?: for \d+ (?:weeks|months))?|^Interact with [A-Z][^.]{0,40}$|"
                      r"\b(?:sign up|subscribe) (?:below|above|here)\b|\bnewsletter lands\b|"
                      r"\byour (?:personal )?news ?feed\b|\b(?:authors|topics) (?:and \w+ )?you follow\b")
# `... has the full breakdown. Start a free trial.`: a premium tier's pitch closing on its button
_TRIAL = re.compile(r"(?:^|[.!?]\s+)(?:Start|Begin|Claim|Get|Try|Activate) (?:your |a |my )?(?:\d+-day |\d+-week )?"
                    r"free trial(?: today| now| here)?[.!]?$|"
                    r"(?:^|[.!?]\s+)Try (?:it |us |\w+ )?(?:for )?free for (?:\d+|a|one|two|three) (?:days?|weeks?|months?)[.!]?$")
_SITE_PLUG = re.compile(r"^\(?(?:Catch|Get|Read|Follow) all the\b.{0,120}\bNews\b.{0,80}\b(?:on|at) [A-Z][^.]{0,40}\.?\)?$|"
                        r"^\(Disclaimer:.{10,400}\)$|^(?:Synopsis|Summary|Story highlights|Highlights)$")


def page_pitch(text: str) -> str | None:
    """A sponsor's or the page's own pitch, comment thread line or post navigation:
    `Support comes from X`, an advert asking a question and ending in a call to act,
    `1 thought on “X”`, `Next: X →`, a paywall's price, a site plug.

    >>> page_pitch("Support comes from Ann's Bakery, open daily."), page_pitch("Tired of queues? We fix that. Book a free demo today.")
    ('advert', 'advert')
    >>> page_pitch("2 thoughts on “Bus route axed”"), page_pitch("← Previous: Tide times")
    ('comments', 'navigation')
    >>> page_pitch("Dr Ann Rao said:") is None, page_pitch("The Minister says:") is None  # a quote's intro
    (True, True)
    >>> page_pitch("Unlock full access to The Post"), page_pitch("Our free newsletter lands every Friday – sign up below.")
    ('subscription', 'subscription')
    >>> page_pitch("Catch all the Business News and Latest News Updates on The Post."), page_pitch("Synopsis")
    ('page-note', 'page-note')
    >>> page_pitch("Why now? The council says the money ran out. Join the queue, she said.") is None
    True
    >>> page_pitch("Velde Seeds UK is the headline partner of Potato Focus. Partner content is labelled.")
    'advert'
    >>> page_pitch("Velde Seeds UK is the headline partner of the trial, growers said.") is None
    True
    >>> page_pitch("Ledger Pro has the full breakdown of the tiers. Start a free trial.")
    'subscription'
    >>> page_pitch("The app was cheap. Customers could start a free trial.") is None
    True
    >>> page_pitch("Wavelength Premium: Listen ad-free and get every episode early. Try it free for 30 days.")
    'subscription'
    >>> page_pitch("The app was cheap. Customers could try it free for 30 days.") is None
    True
    >>> page_pitch("Support for the plan comes from both parties.") is None, page_pitch("Next, the council voted.") is None
    (True, True)
    """
    if _QUOTE.search(text) and not _COMMENT_LINE.match(text):
        return None
    if _UNDERWRITING.match(text) or _AD_QUESTION.match(text) and _AD_ACTION.search(text) and len(words(text)) <= 30:
        return "advert"
    if _COMMENT_LINE.match(text):
        return "comments"
    if _POST_NAV.match(text) and not TERMINAL.search(text.rstrip(" →›»")):
        return "navigation"
    if _PAYWALL.search(text):
        return "subscription"
    if _SITE_PLUG.match(text):
        return "page-note"
    if _TRIAL.search(text) and len(words(text)) <= 40:
        return "subscription"
    return None


WIDGET_RULES: tuple[Callable[[str], str | None], ...] = (pitch, shopping, weather, page_slot, page_pitch)


def widget_reason(text: str) -> str | None:
    for rule in WIDGET_RULES:
        if reason := rule(text):
            return reason
    return None


# dropped for being a picture's, not a widget's: a crosshead beside a photo is still the story's
_PICTURE = ("caption", "credit", "caption-toggle")


_NAME_ROW = re.compile(r"[A-Z][^.·!?]{0,30}(?: · [A-Z0-9][^.·!?]{0,30}){2,}")  # `Mageba USA · Freyssinet · RJ Watson`


def directory_boxes(lines: list[Line]) -> None:
    """A directory box set into the story: a heading in capitals over rows of names set apart by
    middle dots, each under its short category (`SUPPLIER DIRECTORY` / `Bearings & expansion joints` /
    `Mageba USA · Freyssinet · RJ Watson` / ...), and its link (`List your company ›`). The story's
    next paragraph, pasted under it, is prose and stays.

    >>> page = [Line(t, 0) for t in ("SUPPLIER DIRECTORY", "Bearings & joints", "Mageba · Freyssinet · RJ Watson",
    ...         "Heavy lift", "Enerpac · VSL · Mammoet", "List your company ›",
    ...         "Engineers designed the girder as a steel box with a concrete deck on top of it.")]
    >>> directory_boxes(page); [ln.reason for ln in page]
    ['sidebar', 'sidebar', 'sidebar', 'sidebar', 'sidebar', 'sidebar', None]
    """
    for i, head in enumerate(lines):
        if head.reason or not head.text.isupper() or not 1 <= len(words(head.text)) <= 4:
            continue
        box = [head]
        for ln in lines[i + 1:i + 1 + _DIRECTORY_LINES]:
            if ln.group != head.group or is_sentence(ln.text) or len(words(ln.text)) > 12:
                break
            box.append(ln)
        if sum(bool(_NAME_ROW.fullmatch(ln.text)) for ln in box) >= 2:
            for ln in box:
                ln.reason = ln.reason or "sidebar"


_DIRECTORY_LINES = 12


def widget_blocks(lines: list[Line]) -> None:
    """A paragraph of four or more lines inside the story, a third of them dropped as
    widget lines (dates, figures, prices, ads) and none of the rest prose, is a sidebar
    pasted into the story (obituaries, classifieds, weather, match stats, a social post):
    its labels and names go with it. Story paragraphs are set apart by blank lines.

    >>> head = [Line(t, 1) for t in ("Ann Lee", "Mar 11, 2025", "38", "9", "Share")]
    >>> page = [Line("The council voted on Tuesday to close the library for the whole of the summer.", 0)] + head
    >>> for ln in page[2:]: ln.reason = "dateline-timestamp"
    >>> widget_blocks(page); page[1].reason is None
    True
    >>> prose = [Line("The council voted on Tuesday to close the library for the whole of the summer.", 0)] * 2
    >>> deaths = [Line(t, 1) for t in ("Deaths", "Ann Lee", "Mar 11, 2025", "Mar 12, 2025", "Mar 14, 2025")]
    >>> for ln in deaths[2:]: ln.reason = "dateline-timestamp"
    >>> widget_blocks(prose + deaths); [ln.reason for ln in deaths[:2]]  # below the story's prose: a sidebar
    ['sidebar', 'sidebar']
    """
    first = next((i for i, ln in enumerate(lines) if not ln.reason and is_sentence(ln.text, 12)), None)
    if first is None:
        return
    groups: dict[int, list[Line]] = {}
    crossheads = set()
    for k, line in enumerate(lines[first:], first):
        groups.setdefault(line.group, []).append(line)
        if not line.reason and _heading_under_box(lines, k):
            crossheads.add(id(line))  # the story's crosshead pasted under a sign-up box's button
        elif not line.reason and line.text.endswith("?") and len(words(line.text)) <= _QUESTION_HEAD_WORDS and \
                k + 1 < len(lines) and lines[k + 1].group != line.group and is_sentence(lines[k + 1].text, 12):
            crossheads.add(id(line))  # `So what can you do?` closing a deals box, over the story's next paragraph
    for group in groups.values():
        widget = [ln for ln in group if ln.reason and ln.reason not in _PICTURE]
        rest = [ln for ln in group if not ln.reason and id(ln) not in crossheads]
        if len(group) < 4 or 3 * len(widget) < len(group) or not rest:
            continue
        # the header's author block (`By Ann Lee` or a bare `Ann Lee` / `The Post`) beside its time and share buttons stays
        # (the header: no story paragraph above it but the standfirst)
        at = next(i for i, ln in enumerate(lines) if ln is group[0])
        header = sum(not ln.reason and is_sentence(ln.text, 12) for ln in lines[:at]) <= 1 and \
            any(ln.reason == "dateline-timestamp" for ln in group)
        if all(_label_shape(ln.text) for ln in rest):
            for ln in rest:
                ln.reason = ln.reason or (None if is_byline(ln.text) and (ln.text.startswith("By ") or header) else "sidebar")


_QUESTION_HEAD_WORDS = 8


def _label_shape(text: str) -> bool:
    """Not prose: no sentence end (or under six words), short, not a quotation or a list intro."""
    return (not is_sentence(text) or len(words(text)) < 6) and len(words(text)) <= 25 and \
        not _QUOTE.match(text) and not text.endswith(":")


_STAR_ROW = re.compile(r"^(?:[\w ]{1,20}:\s*)?[★☆✩✪⭐½]{3,}(?:\s*\(?\d(?:\.\d)?\s*(?:/|out of)\s*\d+\)?)?$")
_CARD_LINE = re.compile(r"^(?:pros|cons|verdict|our verdict|rating|score)\s*:|\bscore:\s*\d+(?:\.\d+)?\s*(?:%|/\s*\d+)$|"
                        r"^[$£€]\d[\d,.]*\s+(?:at|from)\s+[A-Z]", re.I)


_VOTE_WORDS = r"(?:vote|vote now|submit|submit (?:your )?vote|cast (?:your )?vote|(?:see|view|show) (?:the )?results)"
# the button, or a row of them with the poll's tally: `Vote`, `vote view results`, `312 votes total Vote Now`
_VOTE_BUTTON = re.compile(rf"^(?:[\d,.]+k? (?:total )?votes?(?: total| cast| so far)?\s*[·|•-]?\s*)?{_VOTE_WORDS}"
                          rf"(?:\s*[·|•/]?\s*{_VOTE_WORDS})?\s*[!›»>→]*$", re.I)
_POLL_LINES = 10  # a poll box: its label, a question, a few answers and the button
_TALLY = re.compile(r"^(?:total votes:?\s*)?[\d,.]+k?(?: (?:total )?votes?(?: total| cast| so far)?)?$", re.I)  # `1,204 votes`


def poll_boxes(lines: list[Line]) -> None:
    """A paragraph closed by a `Vote` button that asks a question and holds no full-stop
    sentence is a reader poll: its label, question and answers go with it.

    >>> box = [Line(t, 0) for t in ("POLL", "Who will win the title?", "Ann Lee", "Tom Harker", "Vote")]
    >>> poll_boxes(box); [ln.reason for ln in box]
    ['poll', 'poll', 'poll', 'poll', 'poll']
    >>> box = [Line(t, 0) for t in ("Have your say", "Should the pier reopen?", "Yes", "No", "Vote View results", "1,204 votes · Vote")]
    >>> poll_boxes(box); [ln.reason for ln in box][-3:]
    ['poll', 'poll', 'poll']
    >>> box = [Line(t, 0) for t in ("Should the pier reopen?", "Yes", "No", "See results", "Total votes: 388")]
    >>> poll_boxes(box); [ln.reason for ln in box][-2:]
    ['poll', 'poll']
    >>> flat = [Line(t, g) for g, t in enumerate(("The final is on Sunday, and the home side needs a draw.", "POLL",
    ...         "Who will lift the trophy?", "Harbour", "Kelso", "Vote Now", "See Results", "Both sides named unchanged teams."))]
    >>> poll_boxes(flat); [ln.reason for ln in flat]
    [None, 'poll', 'poll', 'poll', 'poll', 'poll', 'poll', None]
    >>> para = [Line(t, 0) for t in ("Who will win the title?", "Voters decide on Sunday.", "Vote")]
    >>> poll_boxes(para); [ln.reason for ln in para][:2]
    [None, None]
    """
    groups: dict[int, list[Line]] = {}
    for line in lines:
        groups.setdefault(line.group, []).append(line)
    for group in groups.values():
        button = group[-2] if len(group) >= 4 and _TALLY.match(group[-1].text) else group[-1]  # the tally under it
        if 3 <= len(group) <= _POLL_LINES and _VOTE_BUTTON.match(button.text) and \
                any(ln.text.endswith("?") for ln in group) and not any(ln.text.endswith(".") for ln in group):
            for ln in group:
                ln.reason = ln.reason or "poll"
    for i, line in enumerate(lines):  # pasted without blank lines: from the question (or its label) down to the button
        if line.reason == "poll" or not _VOTE_BUTTON.match(line.text):
            continue
        ask = next((j for j in range(i - 1, max(-1, i - _POLL_LINES), -1) if lines[j].text.endswith("?")), None)
        if ask is None or any(ln.text.endswith(".") for ln in lines[ask:i]):
            continue
        top = ask - 1 if ask and len(words(lines[ask - 1].text)) <= 2 and not TERMINAL.search(lines[ask - 1].text) else ask
        end = i + 1 if i + 1 < len(lines) and _RESULTS.fullmatch(lines[i + 1].text.strip(" ›»")) else i
        for ln in lines[top:end + 1]:
            ln.reason = ln.reason or "poll"


_RESULTS = re.compile(r"(?:see|view|show) (?:the )?results|results", re.I)
_SPONSOR_LABEL = re.compile(r"^(?:sponsored|sponsored content|paid content|paid post|partner content|advertisement|promoted)$", re.I)
_SPONSOR_HEAD = re.compile(r"^(?:A message from|Presented by|Brought to you by|Sponsored by|In partnership with|Paid for by|"
                           r"Content (?:provided|presented|produced|supplied|paid for) by) [A-Z]")
_FIRM_STOP = re.compile(r"\b(?:Co|Inc|Ltd|Corp|LLC|Plc|plc|LLP)\.$")  # `Acme Pouch Co.`: a firm's abbreviation, no sentence's stop
_SPONSOR_BOX = 8  # lines of a box a sponsor's credit closes, above its button
_ARROW_TAIL = re.compile(r"[→›»]\s*$")
_SPONSOR_LINES = 3  # a sponsor's pitch between its label and the arrow link closing it
_SPONSOR_WORDS = 8  # `A message from Harbor Ledger Bank`; a longer line is a sentence about a sponsor
_BOX_BUTTON = ("promo", "button", "newsletter", "subscription")


def sponsor_boxes(lines: list[Line]) -> None:
    """A `Sponsored` label with `A message from Brand` right above it, and the pitch under it
    up to its arrow link (`See how growers save water →`): a native ad set in the story.

    >>> box = [Line(t, i) for i, t in enumerate(("A message from Acme", "Sponsored", "Acme saves water.", "See how →"))]
    >>> box[1].reason = "advert"; sponsor_boxes(box); [ln.reason for ln in box]
    ['advert', 'advert', 'advert', 'advert']
    >>> story = [Line(t, i) for i, t in enumerate(("Sponsored", "The council met on Monday.", "It voted no."))]
    >>> sponsor_boxes(story); [ln.reason for ln in story]
    [None, None, None]
    >>> box = [Line(t, 0) for t in ("A message from Acme Bank", "Stop chasing invoices", "Acme sends reminders for you.",
    ...                                 "See how it works", "Shoppers have been voting with their feet.")]
    >>> box[3].reason = "promo"; sponsor_boxes(box); [ln.reason for ln in box]
    ['advert', 'advert', 'advert', 'promo', None]
    >>> story = [Line(t, 0) for t in ("Presented by the mayor, the plan was voted down.", "It lost 5-2.")]
    >>> sponsor_boxes(story); [ln.reason for ln in story]
    [None, None]
    >>> box = [Line(t, 1) for t in ("LIVE EVENT", "Budgets After the Cliff", "Join our panel on May 2.", "Save your seat",
    ...                                  "Paid for by Acme Learning Inc.")]
    >>> box[3].reason = "promo"; sponsor_boxes(box); [ln.reason for ln in box]
    ['advert', 'advert', 'advert', 'promo', 'advert']
    >>> page = [Line("The district cut 40 jobs.", 0), Line("Content provided by the district's own press team, she said.", 1)]
    >>> sponsor_boxes(page); [ln.reason for ln in page]
    [None, None]
    >>> ad = [Line(t, i) for i, t in enumerate(("Sponsored content", "Why homeowners swap gutters", "By GutterPro"))]
    >>> sponsor_boxes(ad); [ln.reason for ln in ad]
    ['advert', 'advert', 'advert']
    """
    for i, line in enumerate(lines):
        teaser = lines[i + 1:i + 3]  # `SPONSORED CONTENT` / a headline / `By GutterPro Midwest`: the brand's own story
        if _SPONSOR_LABEL.match(line.text) and len(teaser) == 2 and not teaser[0].reason and \
                not TERMINAL.search(teaser[0].text) and re.match(r"^By [A-Z]", teaser[1].text) and \
                len(words(teaser[1].text)) <= 6 and not TERMINAL.search(teaser[1].text):
            for ln in (line, *teaser):
                ln.reason = ln.reason or "advert"
            continue
        if _SPONSOR_HEAD.match(line.text) and not line.reason and len(words(line.text)) <= _SPONSOR_WORDS and \
                not TERMINAL.search(_FIRM_STOP.sub("", line.text)):
            line.reason = "advert"  # `Presented by Corvane Freight`: the sponsor's credit, alone or heading its box
            if i and lines[i - 1].reason in _BOX_BUTTON and lines[i - 1].group == line.group:
                _box_above(lines, i)  # ... or closing it under its button: the box's label, title and pitch above
            box = lines[i + 1:i + 2 + _SPONSOR_LINES]
            end = next((k for k, ln in enumerate(box) if ln.reason in _BOX_BUTTON or _ARROW_TAIL.search(ln.text)), None)
            if end is not None and all(len(words(ln.text)) <= 40 and not re.search("[\"“”]", ln.text) for ln in box[:end]):
                for ln in box[:end + 1]:  # its pitch down to its button (`See how it works`, `Learn more`)
                    ln.reason = ln.reason or "advert"
        if not _SPONSOR_LABEL.match(line.text) or not i or not _SPONSOR_HEAD.match(lines[i - 1].text):
            continue
        end = next((k for k in range(i + 1, min(len(lines), i + 2 + _SPONSOR_LINES)) if _ARROW_TAIL.search(lines[k].text)), i)
        for ln in lines[i - 1:end + 1]:
            ln.reason = ln.reason or "advert"
        line.reason = line.reason or "advert"


def _box_above(lines: list[Line], i: int) -> None:
    """The lines of the paragraph above a sponsor's credit `i` that closes a box under its button
    (`WEBINAR` / the event's title / a date / a pitch / `Register now` / `Content provided by Acme`)."""
    k = i - 1
    while k >= 0 and i - k <= _SPONSOR_BOX and lines[k].group == lines[i].group:
        if not lines[k].reason and len(words(lines[k].text)) <= 40 and not re.search("[\"“”]", lines[k].text):
            lines[k].reason = "advert"
        k -= 1


_FOLLOW = re.compile(r"^\+?\s*(?:follow|unfollow|following)$", re.I)


def follow_lists(lines: list[Line]) -> None:
    """A label (`Companies`, `Topics`) over names each with its own `Follow` button is the
    page's list of followable tags, not story: the label and the names go.

    >>> page = [Line(t, 0) for t in ("Companies", "Antara Minerals SA", "Follow", "Pacifico Metals Corp", "Follow")]
    >>> page[2].reason = page[4].reason = "social"
    >>> follow_lists(page); [ln.reason for ln in page]
    ['social', 'social', 'social', 'social', 'social']
    >>> page = [Line(t, 0) for t in ("By Ann Lee", "Ann Lee covers mining.", "Follow")]
    >>> page[2].reason = "social"
    >>> follow_lists(page); [ln.reason for ln in page]  # an author card's button: its name is not a tag list
    [None, None, 'social']

    A follow button naming its town, topic or team (`Follow Elm Park`, `Follow Harbour
    Rovers`) among the header's dropped share buttons goes too; a crosshead does not:

    >>> page = [Line(t, 0) for t in ("Share", "Follow Elm Park", "Follow Premier League", "Save")]
    >>> page[0].reason = page[3].reason = "social"
    >>> follow_lists(page); [ln.reason for ln in page]
    ['social', 'social', 'social', 'social']
    >>> page = [Line(t, 0) for t in ("The council voted on Monday.", "Follow The Money", "Officials said more was due.")]
    >>> follow_lists(page); page[1].reason is None
    True
    """
    for k, line in enumerate(lines):
        if not line.reason and _FOLLOW_NAMED.match(line.text) and any(
                o.reason == "social" for o in lines[max(0, k - 2):k] + lines[k + 1:k + 3]):
            line.reason = "social"
    i = 0
    while i < len(lines):
        k = i + 1
        while k + 1 < len(lines) and _FOLLOW.match(lines[k + 1].text) and _tag_name(lines[k].text):
            k += 2
        label = lines[i].text
        if k > i + 1 and not lines[i].reason and len(words(label)) <= 3 and label[:1].isupper() and \
                not TERMINAL.search(label) and not label.endswith(":") and not label.startswith("By "):
            for ln in lines[i:k]:
                ln.reason = ln.reason or "social"
            i = k
        else:
            i += 1


# a follow button with its tag: `Follow Elm Park`, `Follow Harbour Rovers FC`, `+ Follow Climate & Energy`
_FOLLOW_NAMED = re.compile(r"^\+?\s*Follow (?:[A-Z][\w’'.-]*|&)(?: (?:[A-Z][\w’'.-]*|&|of|the|and)){0,4}$")


def _tag_name(text: str) -> bool:
    return len(words(text)) <= 6 and not TERMINAL.search(text) and not _QUOTE.search(text) and not text.startswith("By ")


_RATING = re.compile(r"^\d{1,3}(?:\.\d)?\s*/\s*(?:5|10|100)$|^[★☆]{5}$")
_CARD_WORD = re.compile(r"^[+–-] |\b(?:verdict|review|rating|score|pros|cons)\b", re.I)
_CARD_SPAN = 6  # lines of a score card either side of its rating
_WATCH_ON = re.compile(r"^(?:Watch|Listen|View|Play)(?: it)? on (?:YouTube|Vimeo|Spotify|Apple Podcasts|SoundCloud|"
                       r"Twitch|TikTok|Dailymotion)$", re.I)


# a match report's award box: `PLAYER OF THE MATCH`, `Sponsor Player of the Match`, `Man of the series:`
_AWARD_HEADING = re.compile(r"^(?:[A-Z][\w&.’'-]* ){0,3}(?i:(?:player|man|woman|star|rider|driver) of the "
                            r"(?:match|series|tournament|day|round|game|race|month|season))\s*:?$")
_AWARD_ITEMS = 4  # name, team and figure lines under the heading


def award_boxes(lines: list[Line]) -> None:
    """A sports page's award box set in the story: its heading and the name, team and
    figure lines under it (`PLAYER OF THE MATCH` / `Ann Lee` / `Harbour City` / `2 goals,
    1 assist`). A line of prose, or a crosshead in lower case, ends the box.

    >>> box = [Line(t, i) for i, t in enumerate(("City won the cup.", "PLAYER OF THE MATCH", "Ann Lee", "Harbour City",
    ...                                          "74* (41b) • 2/12 (2 ov)", "What comes next", "The final is in May."))]
    >>> award_boxes(box); [ln.reason for ln in box]
    [None, 'scores', 'scores', 'scores', 'scores', None, None]
    >>> plain = [Line(t, i) for i, t in enumerate(("He was named player of the match.", "Ann Lee scored twice."))]
    >>> award_boxes(plain); [ln.reason for ln in plain]
    [None, None]
    """
    for i, line in enumerate(lines):
        if not _AWARD_HEADING.match(line.text):
            continue
        line.reason = line.reason or "scores"
        for item in lines[i + 1:i + 1 + _AWARD_ITEMS]:
            toks = words(item.text)
            if item.reason or TERMINAL.search(item.text) or not 1 <= len(toks) <= 8 or re.search("[\"“”]", item.text) or \
                    not (re.search(r"\d", item.text) or all(t[0].isupper() for t in toks if t[0].isalpha())):
                break
            item.reason = "scores"


def score_cards(lines: list[Line]) -> None:
    """A bare rating (`9/10`) among short unpunctuated lines that name a verdict or list
    pros and cons (`+ Haunting world` / `– Final act drags`) is a review's score card set in
    the story: the card's lines up to the prose either side go. A `Watch on YouTube` button
    takes the player's title right above it.

    >>> card = [Line(t, i) for i, t in enumerate(("The game sold well.", "OUR VERDICT", "Lanternfall", "9/10",
    ...                                          "+ Lovely world", "Read our review", "It sold more than 2 million."))]
    >>> score_cards(card); [ln.reason for ln in card]
    [None, 'product', 'product', 'product', 'product', 'product', None]
    >>> card = [Line(t, i) for i, t in enumerate(("It was recalled.", "Our verdict", "★★★★☆",
    ...                                          "A frugal, roomy family SUV.", "New from £29,450", "It sold well."))]
    >>> score_cards(card); [ln.reason for ln in card]
    [None, 'product', 'product', 'product', 'product', None]
    >>> card = [Line(t, i) for i, t in enumerate(("It was recalled.", "Our verdict", "★★★★☆",
    ...                                          "Owners said the ride was fidgety.", "The fault was found in June."))]
    >>> score_cards(card); [ln.reason for ln in card]  # prose goes on under the card
    [None, 'product', 'product', None, None]
    >>> plain = [Line(t, i) for i, t in enumerate(("The vote was split.", "Turnout", "9/10", "It passed."))]
    >>> score_cards(plain); [ln.reason for ln in plain]
    [None, None, None, None]
    """
    for i, line in enumerate(lines):
        if _WATCH_ON.match(line.text):
            line.reason = line.reason or "video"
            if i and not lines[i - 1].reason and not TERMINAL.search(lines[i - 1].text) and len(words(lines[i - 1].text)) <= 14:
                lines[i - 1].reason = "video"
        if not _RATING.match(line.text):
            continue
        card = [line]
        for step in (-1, 1):
            j = i + step
            blurb = step > 0  # one verdict sentence under the rating, with the card's lines going on below it
            # (the verdict sentence does not count toward the card's span)
            while 0 <= j < len(lines) and abs(j - i) <= _CARD_SPAN + (step > 0 and not blurb) and \
                    not _QUOTE.search(lines[j].text):
                if TERMINAL.search(lines[j].text) or len(words(lines[j].text)) > 8:
                    if not (blurb and len(words(lines[j].text)) <= 25 and j + 1 < len(lines) and
                            not TERMINAL.search(lines[j + 1].text) and len(words(lines[j + 1].text)) <= 8):
                        break
                    blurb = False
                card.append(lines[j])
                j += step
        if any(_CARD_WORD.search(ln.text) for ln in card):
            for ln in card:
                ln.reason = ln.reason or "product"
            line.reason = "product"


def product_cards(lines: list[Line]) -> None:
    """A paragraph holding a star rating and a verdict, score, pros/cons or price line is
    a product card set in a review (`Best Buy` / `Name` / `★★★★★` / `Pros: ...`): its
    name, badge and verdict go with it, as a shopping box's do."""
    groups: dict[int, list[Line]] = {}
    for line in lines:
        groups.setdefault(line.group, []).append(line)
    for group in groups.values():
        if len(group) >= 4 and any(_STAR_ROW.match(ln.text) for ln in group) and \
                any(_CARD_LINE.search(ln.text) for ln in group) and not any(_QUOTE.search(ln.text) for ln in group):
            for ln in group:
                ln.reason = ln.reason or "product"


_CARD_FIELDS = 3  # a shop card's name, brand and maker above its price line


def shop_cards(lines: list[Line]) -> None:
    """A shopping carousel's cards: above each dropped price line (`$395 at Nordstrom`), the
    card's short unfinished lines, its product name and brand (`Field Jacket in Waxed
    Cotton` / `Thornbury & Co.`), right under the carousel's heading or the previous card's
    dropped button. A story's paragraph above a price line breaks the walk up: the card's
    lines sit between two dropped lines.

    >>> page = [Line(t, i) for i, t in enumerate(("Prices for the jackets have doubled since 2019.", "Shop the look",
    ...         "Quilted Field Coat", "Barrow & Sons", "£240 at Selfridges", "Shop now", "Cord Overshirt", "Lumen Studio",
    ...         "$88 at Macy's", "Shop now", "Designers have noticed the trend as well."))]
    >>> for ln in page: ln.reason = shopping(ln.text) or (None if ln.text != "Shop now" else "promo")
    >>> shop_cards(page); [ln.reason for ln in page]  # doctest: +NORMALIZE_WHITESPACE
    [None, 'shopping', 'shopping', 'shopping', 'shopping', 'promo', 'shopping', 'shopping', 'shopping', 'promo', None]
    >>> page = [Line("The mayor's new coat cost more than most.", 0), Line("£240 at Selfridges", 0, "shopping")]
    >>> shop_cards(page); page[0].reason is None
    True
    """
    for i, line in enumerate(lines):
        if line.reason != "shopping" or not _PRICE_AT.match(line.text):
            continue
        card: list[Line] = []
        for above in reversed(lines[max(0, i - _CARD_FIELDS):i]):
            if above.reason:
                break
            if len(words(above.text)) > 6 or re.search("[\"“”]", above.text) or \
                    TERMINAL.search(above.text) and not re.search(r"\b(?:Co|Inc|Ltd|Bros)\.$", above.text):
                card = []
                break
            card.append(above)
        else:
            card = []  # no dropped heading or button above the card's lines
        if card and lines[i - len(card) - 1].reason:
            for ln in card:
                ln.reason = "shopping"


# a small ad's copy: a shop selling to the reader (`Spring offers now in store. Call into our branch today.`)
_AD_SELL = re.compile(r"\b(?:offers?|sale|discounts?|\d+% off|in[- ]store|showrooms?|branch(?:es)?|free (?:quote|delivery|trial|consultation)|"
                      r"book (?:now|today|online)|order (?:now|today|online)|shop (?:now|today|online))\b", re.I)
_AD_CALL = re.compile(r"\b(?:call (?:us|into|in|today|now)|visit (?:us|our)|pop in|drop in|our (?:store|shop|branch|showroom|team))\b", re.I)


# a box of local businesses' ads: `Local Businesses`, `Business directory`, `From our advertisers`, `Shop local`
_LISTING_HEAD = re.compile(r"(?:local|featured|nearby|sponsored|partner|recommended) (?:businesses|business(?: directory| listings)?|"
                           r"deals|offers|listings|traders|shops|services)(?: near you| in your area)?|business directory|"
                           r"from our (?:partners|advertisers|sponsors)|shop local|support local(?: business(?:es)?)?", re.I)
_LISTINGS = 6  # ads in one box


_REPORTS = re.compile(r"\b(?:said|says|told|tells|according to|announced|confirmed)\b", re.I)  # an ad may say `say hello`


def _ad_line(text: str) -> bool:
    """A short line selling to the reader: an offer or a call in, no quotation, no one speaking."""
    return len(words(text)) <= 30 and not re.search("[\"“”]", text) and not _REPORTS.search(text) and \
        bool(_AD_SELL.search(text) or _AD_CALL.search(text))


def advert_copy(lines: list[Line]) -> None:
    """The line right under a dropped `Sponsored` / `Advertisement` label that sells to the
    reader, naming an offer and asking them in (`Harbour Tyres – 20% off this week. Visit us
    on Quay Road.`), is the ad itself; a story sentence after the label stays.

    >>> page = [Line("Advertisement", 0, "advert"), Line("Kerr's Garden Centre – spring sale now on. Pop in to our Ayr branch.", 1),
    ...         Line("Sponsored", 2, "advert"), Line("The council said the sale of the site would go ahead.", 3)]
    >>> advert_copy(page); [ln.reason for ln in page]
    ['advert', 'advert', 'advert', None]

    A local-business box (`Local Businesses`, `Featured businesses`, `From our advertisers`)
    lists several such ads, each selling or asking the reader in; the box ends at the first
    line that does neither:

    >>> page = [Line(t, 0) for t in ("Featured Businesses", "Harbour Tyres: winter checks from £15. Book online today.",
    ...         "Kerr's Bakery — fresh bread daily. Drop in and say hello.", "The council will vote again in May.")]
    >>> advert_copy(page); [ln.reason for ln in page]
    ['advert', 'advert', 'advert', None]
    >>> page = [Line(t, 0) for t in ("Local businesses", "Shops on Main Street said the sale had cost them trade.")]
    >>> advert_copy(page); [ln.reason for ln in page]  # a crosshead over the story's own paragraph
    [None, None]
    """
    for i, line in enumerate(lines):
        if not _LISTING_HEAD.fullmatch(line.text.strip(" :")):
            continue
        listing = [ln for ln in lines[i + 1:i + 1 + _LISTINGS] if not ln.reason]
        ads = next((k for k, ln in enumerate(listing) if not _ad_line(ln.text)), len(listing))
        if ads:
            for ln in (line, *listing[:ads]):
                ln.reason = ln.reason or "advert"
    for line, below in zip(lines, lines[1:]):
        if line.reason == "advert" and _SPONSOR_LABEL.match(line.text) and not below.reason and \
                len(words(below.text)) <= 30 and not re.search("[\"“”]", below.text) and \
                _AD_SELL.search(below.text) and _AD_CALL.search(below.text) and not VERB.search(below.text):
            below.reason = "advert"


# a video's chapter marker: a timecode and the chapter's short title (`00:00 Intro`, `1:02:15 Questions from the floor`)
_CHAPTER = re.compile(r"^(\d{1,2}(?::\d{2}){1,2})\s*[-–—|·]?\s+(\S.{0,80})$")
# the label over a player's chapter list
_CHAPTER_LABEL = re.compile(r"^(?:(?:video )?chapters|timestamps|key moments|in this (?:video|episode)|jump to|"
                            r"skip to (?:a )?(?:chapter|section))\s*:?$", re.I)
_CHAPTER_WORDS = 12


def _seconds(code: str) -> int:
    total = 0
    for part in code.split(":"):
        total = total * 60 + int(part)
    return total


def chapter_lists(lines: list[Line]) -> None:
    """A video or podcast player's chapter list: two or more lines in a row, each a timecode
    and a short title, the times rising, the list starting at zero or set under its label
    (`Chapters`, `Key moments`, `Timestamps`). A live page's entries start at a clock time
    and run on as sentences; they are no chapter list.

    >>> page = [Line(t, 0) for t in ("Key moments", "0:00 Intro", "1:12 The vote", "4:30 What happens now?",
    ...                              "The council voted on Monday to shut the pool.")]
    >>> chapter_lists(page); [ln.reason for ln in page]
    ['video', 'video', 'video', 'video', None]
    >>> page = [Line(t, 0) for t in ("00:00 Opening remarks", "12:40 Questions from the floor")]
    >>> chapter_lists(page); [ln.reason for ln in page]
    ['video', 'video']
    >>> page = [Line(t, 0) for t in ("10:45 Police say two men have been arrested near the harbour.",
    ...                              "11:20 The coast road has reopened in both directions, the council says.")]
    >>> chapter_lists(page); [ln.reason for ln in page]  # a live page's entries, at clock times
    [None, None]
    """
    i = 0
    while i < len(lines):
        j, last = i, -1
        while j < len(lines) and (m := _CHAPTER.match(lines[j].text)) and len(words(m.group(2))) <= _CHAPTER_WORDS and \
                _seconds(m.group(1)) > last:
            last = _seconds(m.group(1))
            j += 1
        if j - i >= 2:
            label = lines[i - 1] if i and _CHAPTER_LABEL.match(lines[i - 1].text) else None
            if label or _seconds(_CHAPTER.match(lines[i].text).group(1)) == 0:  # type: ignore[union-attr]
                for ln in lines[i:j] + ([label] if label else []):
                    ln.reason = ln.reason or "video"
        i = max(j, i + 1)
