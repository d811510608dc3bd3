"""The page talking to the reader: sign-up, follow and app prompts, consent banners, calls to action, tip boxes and buttons."""

from __future__ import annotations

import re

from narrator.lines import TERMINAL, words
from narrator.people import VERB
from narrator.rules.links import _ARROW_LINK

_CHANNELS = (r"whatsapp|newsletters?|facebook|twitter|instagram|telegram|tiktok|youtube|app|"
             r"community|channel|alerts?|updates|emails?|inbox|podcast|here|us|linkedin|bluesky|mastodon")
_PROMPT = re.compile(
    rf"^(?:(?:simply|just|now|please|why not) )?(?:follow|join|sign up|subscribe|get|download|click|tap|like us|register|never miss|"
    rf"listen|stay (?:informed|up to date|in the know)|keep up to date)\b.*\b(?:{_CHANNELS})\b", re.I)
_SPONSOR_TAG = re.compile(r"^(?i:presented|brought to you|supported|underwritten) by (?:[A-Z][\w’'&.-]*\s?){1,4}$|"
                          r"^(?i:in (?:partnership|association) with) (?:[A-Z][\w’'&.-]*\s?){1,4}$")
_MEMBER_SIGN_IN = re.compile(r"^already (?:a |an )?(?:member|subscriber|supporter|customer|registered|signed up|have an account|"
                             r"subscribed)\b[^.!?]{0,20}\?\s*(?:sign|log) ?in\b[^.!?]{0,50}[.!]?$", re.I)
_ADD_SOURCE = re.compile(r"^add\b[^.!?]{0,40}\b(?:on|to|in) google(?: news| search)?$", re.I)
# a news app or feed saying why it shows the story: `Suggested by <App> because you read <Channel>`,
# `Because you follow Local News`, `Recommended for you based on your reading history`
_APP_PICK = re.compile(r"^(?:(?:suggested|recommended|picked|chosen|selected)(?: for you)?(?: by [^.!?]{1,30}?)? )?"
                       r"(?:because you(?:[’']ve)? (?:read|follow(?:ed)?|like[ds]?|liked|viewed|watched|listened to|subscribed? to|"
                       r"searched for)|based on (?:your|what you) (?:reading|read|interests|history|listening|activity))\b"
                       r"[^.!?]{0,50}$", re.I)
# a news app's own buttons around the story: `Suggest Less`, `Block Channel`, `Open in Safari`, `Exclusive to News+`
_APP_BUTTON = re.compile(r"suggest (?:more|less)(?: (?:stories )?like this)?|(?:block|mute|go to|view) (?:this )?(?:channel|source|publisher)|"
                         r"report (?:a|an) (?:concern|issue)|open in (?:safari|chrome|firefox|(?:your |the )?browser|the app)|"
                         r"(?:exclusive to|only (?:on|in)|read (?:it )?(?:on|in)) [\w ]{1,20}\+|(?:picked|chosen|selected) for you|"
                         r"suggested by [\w ]{1,20}|(?:show|see) (?:fewer|less|more) (?:stories )?like this", re.I)
_PROMPT_ANYWHERE = re.compile(
    r"\b(?:sign up (?:here|now|today|for free)|click here|scroll (?:down )?to continue|"
    r"scroll down for video|share this (?:article|story)|continue reading|delivered (?:directly |straight |right )?to your inbox|"
    # a paywall's gate: `Register to read more content like this.`, `Log in to read the full story`
    r"(?:register|sign in|log in|subscribe) to (?:read|unlock|access) (?:more|the (?:full|rest|whole)|this (?:article|story))|"
    # a registration wall: `Create a free account to keep reading`, `You have reached your limit of free articles`
    r"(?:create|open|set up) (?:a |an |your )?(?:free )?account to (?:keep|continue|start) reading|"
    # a trial wall: `Keep reading with a free 7-day trial of X`, `Finish reading when you subscribe`
    r"(?:keep|finish) reading(?: (?:this|the) (?:story|article|piece))? (?:with|by|when you|if you|for free with)\b[^.!?]{0,30}?\b(?:trial|subscri\w+|membership|"
    r"account|sign(?:ing)? (?:in|up)|registering|log(?:ging)? in)|"
    r"(?:register|sign up|sign in|log in)(?: for free| free)? to (?:keep|continue) reading|"
    # a plan's wall: `Your plan: Standard. Upgrade to read all Premium content`
    r"upgrade (?:now |today )?to (?:read|unlock|access) (?:all|every|this|the|more|premium)|"
    r"reached (?:your|the) (?:limit|maximum|quota) of (?:free )?(?:articles|stories|reads))\b",
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
                         r"\bprotected by reCAPTCHA\b|"
                         # `We care about the protection of your data. Read our Privacy Policy.`, `We respect your privacy.`
                         r"^we (?:care about|respect|value|take) (?:the (?:protection|security) of )?your (?:data|privacy)\b|"
                         r"(?:^|[.!?]\s+)(?:read|see|view) our privacy (?:policy|notice|statement)\b", re.I)


# a local site's sign-up pitch: `Find out what's happening in Glenmoor with free, real-time updates from Outlet.`
_UPDATES_PITCH = re.compile(r"^find out what(?:’|')s happening in\b.{0,60}\bupdates\b|"
                            r"\bwith free,? real-time (?:updates|alerts) from (?-i:[A-Z])", re.I)


# an invitation link to a messaging channel or group: `t.me/outlet`, `wa.me/...`, `whatsapp.com/channel/...`
_CHANNEL_LINK = re.compile(r"(?:^|[\s:(])(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com|"
                           r"whatsapp\.com/channel|signal\.group|discord\.gg|discord\.com/invite)/\S+", re.I)
# a paywall or registration wall's other way in, set under its first button
_OR_PITCH = re.compile(r"^or,? (?:subscribe|register|sign up|sign in|log in|upgrade|join|become an? (?:member|subscriber|supporter|"
                       r"premium \w+)|start (?:a|your) (?:free )?trial)\b.{0,200}\b(?:access|subscri\w*|editions?|membership|"
                       r"archive|premium|unlimited|trial|newsletters?|members?|account)\b", re.I)
_LEAD_SYMBOLS = re.compile(r"^[^\w\"“‘'(\[]+")


# where an app or alert puts the news: in the reader's hand, wherever they are
_ON_THE_GO = re.compile(r"\b(?:in the palm of your hand|on the go|wherever you are|straight to your (?:phone|device|mobile)|"
                        r"at your fingertips|right on your (?:phone|device))\b", re.I)
# three or more social platforms named in a line are the outlet's follow or share prompt, whatever its language;
# a story naming them reports something that happened on them
_PLATFORM = re.compile(r"\b(?:Facebook|X|Twitter|TikTok|Instagram|YouTube|Viber|Telegram|WhatsApp|Threads|Bluesky|LinkedIn|"
                       r"Snapchat|WeChat|Weibo|Mastodon|Reddit|Pinterest|Signal)\b")
_HAPPENED = re.compile(r"\b(?!(?:updated|connected|informed|interested)\b)[a-z]{3,}ed\b|"
                       r"\b(?:was|were|had|has|have|went|spread|showed|shown|shared|became|began|drew|saw)\b", re.I)


_FOREIGN_AD = re.compile(r"publicit[éeè]|publicidad|publicidade|pubblicit[àa]|anzeige|werbung|reklame|reklama|advertentie|"
                         r"annons|annonce|mainos|iklan|patalastas|διαφήμιση|реклама|إعلان", re.I)


def prompt(text: str) -> str | None:
    """Calls to action: newsletters, social channels, adverts.

    >>> prompt("Follow us on WhatsApp for the latest news"), prompt("Advertisement")
    ('social', 'advert')
    >>> prompt("Our weekly newsletter is out now. Sign up here."), prompt("He joined the army.")
    ('newsletter', None)
    >>> prompt("Premium articles are for subscribers. Your plan: Standard. Upgrade to read all Premium content.")
    'newsletter'
    >>> prompt("Track Every Update On Post Live: Storm Coverage Around The Clock"), prompt("Track every update in the app.") is None
    ('read-more', True)
    >>> prompt("Register to read more content like this. Subscribe for Sh10 per day."), prompt("Sign in to unlock the full story")
    ('newsletter', 'social')
    >>> prompt("Create a free account to keep reading"), prompt("You have reached your limit of free articles this month.")
    ('social', 'social')
    >>> prompt("Keep reading with a 14-day free trial of Harbour Pro."), prompt("Finish reading this story when you subscribe")
    ('social', 'newsletter')
    >>> prompt("She would keep reading with a torch until her mother found her.") is None
    True
    >>> prompt("Voters must register to keep their place on the roll, officials said.") is None
    True
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
    >>> prompt("👉 Join our Telegram channel for the latest news updates: t.me/harbourdaily"), prompt("🔔 Follow us on Instagram")
    ('social', 'social')
    >>> prompt("Get our alerts on WhatsApp: https://wa.me/15550100"), prompt("➡️ Discuss this story in our group discord.gg/ab12")
    ('social', 'social')
    >>> prompt("Or subscribe for full access to the archive, data and digital editions."), prompt("Or become a member for unlimited access")
    ('subscription', 'subscription')
    >>> prompt("Or register for a postal vote before 5 May, the council advised.") is None
    True
    >>> prompt("The gang recruited members through t.me/ links, police said.") is None
    True
    >>> prompt("Follow me on LinkedIn. Check out my website."), prompt("Follow the money, she said.") is None
    ('social', True)
    >>> prompt("Join the Echo WhatsApp community to get the latest news from the valleys straight to your phone. "
    ...        "Click here to join. We also treat our community members to special offers and adverts from partners.")
    'social'
    >>> prompt("Follow our LIVE transfer blog for every rumour, deal and done deal as it happens")
    'read-more'
    >>> prompt("Already a member? Sign in so you stop seeing this"), prompt("Already a supporter? Log in to hide these messages")
    ('social', 'social')
    >>> prompt("Already a member? The club said fees would rise.") is None
    True
    >>> prompt("Add Tempo on Google"), prompt("Add us as a preferred source on Google"), prompt("Add to that the cost.")
    ('social', 'social', None)
    >>> prompt("Suggested by Newsfold because you read Business"), prompt("Because you follow Harbour Sport")
    ('navigation', 'navigation')
    >>> prompt("Recommended for you based on your reading history"), prompt("Because you read the report, you know the risks.") is None
    ('navigation', True)
    >>> prompt("Suggest Less"), prompt("Block Channel"), prompt("Open in Safari"), prompt("Exclusive to Newsfold+")
    ('navigation', 'navigation', 'navigation', 'navigation')
    >>> prompt("Show fewer stories like this"), prompt("Picked for you"), prompt("Suggested by the mayor, the plan won.") is None
    ('navigation', 'navigation', True)
    >>> prompt("🎧 PODCAST | The Money Hour: why bread prices aren't falling. Listen")
    'promo'
    >>> prompt("PUBLICITÉ"), prompt("Anzeige"), prompt("Publicidad de la campaña") is None
    ('advert', 'advert', True)
    >>> prompt("Agent advertisement"), prompt("Paid advertisement"), prompt("The advertisement was pulled.") is None
    ('advert', 'advert', True)
    >>> prompt("Presented by Corvane Freight"), prompt("In partnership with Acme Bank"), prompt("Presented by the mayor.")
    ('advert', 'advert', None)
    >>> prompt("Follow the blog's advice and you will save money, she wrote.") is None
    True
    >>> prompt("Stay informed with free updates"), prompt("Simply sign up to the Rail Digest -- delivered directly to your inbox.")
    ('social', 'newsletter')
    >>> prompt("Keep up to date with alerts from the Courier app"), prompt("Stay informed about the risks, the nurse said.") is None
    ('social', True)
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
    >>> prompt("We respect your privacy. See our privacy notice for details."), prompt("We value your data. Read our privacy policy.")
    ('newsletter', 'newsletter')
    >>> prompt("We respect your privacy, the clinic told patients in a letter.") is None
    True
    >>> prompt("We use your data to improve care, the hospital trust said in a letter to patients last week.") is None
    True
    >>> prompt("Under the new rules, which take effect in May after a long consultation with the industry and consumer groups, "
    ...        "customers of every energy firm in the country will be able to unsubscribe at any time from marketing calls.") is None
    True
    >>> prompt("For the latest updates, find the Courier on Facebook, Instagram and YouTube.")
    'social'
    >>> prompt("Suivez Radio Littoral sur Facebook, X et Instagram pour ne rien manquer.")
    'social'
    >>> prompt("Clips of the crash spread on Facebook, X and TikTok within an hour.") is None
    True
    >>> prompt("All the local news you need, at your fingertips."), prompt("Scores, fixtures and live commentary on the go.")
    ('promo', 'promo')
    >>> prompt("Nurses said they eat lunch on the go, the survey found.") is None, prompt("Commuters now eat on the go.") is None
    (True, True)
    >>> prompt("Join the protest, organisers urged the community in a long post that also said to click here for a map "
    ...        "of the route, which runs from the town hall to the old mill and back again past the library.") is None
    True
    """
    if re.match(r"^(?:🎧|🎙️?)?\s*(?:PODCAST|Podcast|LISTEN|Listen)\s*[|:]\s*\S", text) and not re.search("[\"“”]", text):
        return "promo"  # `🎧 PODCAST | The Money Hour: why bread prices aren't falling. Listen`
    if _FOREIGN_AD.fullmatch(text.strip(" -–—:|")):
        return "advert"  # the label in the page's other language: `PUBLICITÉ`, `Anzeige`, `Publicidad`
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
    if _APP_BUTTON.fullmatch(text.strip(" ·|›»")):
        return "navigation"
    if _APP_PICK.match(text):
        return "navigation"  # a feed's reason for showing the story, app chrome
    if _MEMBER_SIGN_IN.match(text):
        return "social"  # `Already a member? Sign in so you stop seeing this`: the box's log-in link for members
    if _ADD_SOURCE.match(text):
        return "social"  # `Add Tempo on Google`, `Add us as a preferred source on Google`: a search engine's button
    if _OR_PITCH.match(text) and n <= 40 and not re.search("[\"“”]", text):
        return "subscription"  # a paywall's second offer under its button: `Or subscribe for full access to ...`
    if _CHANNEL_LINK.search(text) and n <= 30 and not re.search("[\"“”]", text) and not VERB.search(text):
        return "social"  # a messaging channel's join link: `👉 Join our Telegram channel: t.me/outlet`
    if _ON_THE_GO.search(text) and n <= 30 and not re.search("[\"“”]", text) and not VERB.search(text) and \
            re.search(r"\b(?:you|your|app|alerts?|news|updates|stories|scores)\b", text, re.I):
        return "promo"  # an app's pitch: `Real-time updates and all local stories you want right in the palm of your hand.`
    if len(set(_PLATFORM.findall(text))) >= 3 and n <= 30 and not re.search("[\"“”]", text) and not VERB.search(text) and \
            not _HAPPENED.search(text):
        return "social"  # `For the latest news, follow X on Facebook, Instagram and TikTok`, in any language
    text = _LEAD_SYMBOLS.sub("", text)  # `📲 Get breaking news first!`, `👉 Join us ...`: an emoji before the prompt
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


_CONSENT = re.compile(r"\bcookies?\b.*\b(?:(?:our|this) (?:web)?site|browsing|experience|consent|preferences|settings|"
                      r"accept all|reject all|manage)\b|\b(?:accept|reject|decline) (?:all |optional |additional |non-essential |analytics )?cookies\b|"
                      # the IAB consent banner: `Outlet and up to 168 partners store and access information on your device`
                      r"\bpartners?\b.{0,60}\b(?:store|access)\b.{0,30}\binformation on (?:a|your) device\b|"
                      # a data notice closed by its link: `We care about the protection of your data. Read our Privacy Policy.`
                      r"(?:^|[.!?]\s+)(?:read|see|view|review) our (?:privacy|cookie|data protection) (?:policy|notice|statement)\.?$", re.I)
# the banner's own buttons on lines of their own
_CONSENT_BUTTON = re.compile(r"(?:agree|accept)(?: all)?(?: and| &) (?:continue|close)|(?:accept|reject|allow|deny) all|"
                             r"(?:see|more|manage) (?:options|preferences|choices|settings)|i (?:agree|accept)|"
                             r"(?:privacy|cookie) (?:settings|preferences|choices)|do not sell my (?:personal )?information|"
                             r"we (?:value|respect|care about) your privacy|your privacy (?:choices|matters)", re.I)


# a banner's buttons pasted on one line, two of them at least one naming what it does with consent:
# `Agree  Settings  Only necessary`, `Accept all | Reject all | Manage preferences`, `OK  Decline  Customise`
_ONE_BUTTON = (r"(?:accept|agree|allow|reject|decline|deny|refuse)(?: all| cookies| all cookies)?|i (?:agree|accept)|ok(?:ay)?|"
               r"got it|(?:cookie |privacy )?(?:settings|preferences|options|choices)|manage (?:preferences|settings|options|cookies)|"
               r"customi[sz]e|(?:only|strictly) necessary(?: cookies)?|necessary only|essential(?: cookies)? only|only essential")
_CONSENT_ROW = re.compile(rf"(?=.*\b(?:accept|agree|allow|reject|decline|deny|refuse|necessary|essential)\b)"
                          rf"(?:{_ONE_BUTTON})(?:\s*[|·•/]?\s+(?:{_ONE_BUTTON}))+", re.I)


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
    >>> consent("Your data is safe with us. See our privacy notice."), consent("The firm told users to read our privacy policy.") is None
    ('consent', True)
    >>> consent("Accept all | Reject all | Manage preferences"), consent("OK Decline Customise"), consent("Agree Settings Only necessary")
    ('consent', 'consent', 'consent')
    >>> consent("Settings Options") is None, consent("Accept the offer, decline the rest") is None
    (True, True)
    """
    # a banner quotes its own buttons (`By clicking “Accept all”`), so quote marks prove nothing; speech verbs do
    if _CONSENT_BUTTON.fullmatch(text.strip(" ›»>")) or _CONSENT_ROW.fullmatch(text):
        return "consent"
    return "consent" if _CONSENT.search(text) and not re.search(r"\b(?:said|says|told)\b", text) else None


# a button label ending the line: `... for your fleet. Register now`, `Donate today`
_CTA_TAIL = re.compile(r"\b(?:register|sign up|subscribe|download|book|buy|shop|order|donate|contribute|join|apply|"
                       r"learn more|find out more|read more|listen|watch|get started|try it|start|upgrade)"
                       r"(?: (?:now|today|here|for free|free))+\s*[!›»>→]*$", re.I)
# a site-wide offer bar: a discount, then its button after a dash (`Flash sale: 40% off – see deals`)
_OFFER_BAR = re.compile(r"(?=.*(?:\b\d+% off\b|\bsave (?:up to )?(?:\d+%|[$£€]\d)|[$£€]\d+ off\b|\bhalf[ -]price\b|\bsale\b))"
                        r".*\s[–—|-]\s*(?:see|shop|book|browse|claim|grab|get|view|explore|find|redeem|unlock)"
                        r"(?: [\w’']+){0,2}\s*[!›»>→]*$", re.I)
_REPORTING = re.compile(r"\b(?:said|says|told|according to|announced)\b", re.I)
# a club site's ticket notice, led by its label or a ticket emoji: `🎟️ TICKETS: Saturday's game is SOLD OUT. ...`,
# `TICKET NEWS: Away allocation on sale now`, `SOLD OUT: ...`; the story's `Tickets: £12` in a listing is mixed case
_TICKET_NOTICE = re.compile(r"^[🎟🎫]|^(?:TICKETS?|TICKET (?:NEWS|INFO|UPDATE|ALERT)|TICKETING|SOLD OUT)\s*[:|–—]\s*\S")
# ... or selling the seats to the reader: `Season tickets are on sale now — renew before 31 May to keep your seat.`
_TICKET_SALE = re.compile(r"(?=.*\b(?:season )?tickets?\b)(?=.*\b(?:you|your|yours)\b)"
                          r".*\b(?:book now|buy now|renew (?:now|today|before|by)|get yours|grab yours|on (?:general )?sale now)\b", re.I)
# a club's streaming or audio pass sold to the reader: `Not in the UK? Stream every match live with a Harbour Match Pass for £9.99.`
_PASS_OFFER = re.compile(r"(?=.*\b(?-i:[A-Z])[\w+]*(?: (?-i:[A-Z])[\w+]*)? Pass\b)(?=.*[$£€]\d)"
                         r"(?:^|.*[.!?:—–-]\s+)(?:watch|stream|listen|buy|get|subscribe|grab|sign up|upgrade)\b", re.I)
# a sign-up form's empty field: `Type your email…`, `Enter your email address`
_FORM_FIELD = re.compile(r"^(?:type|enter|your) (?:your )?(?:email|e-mail|name|postcode|zip|phone|suburb|town|city|address|location)"
                         r"(?: (?:or|and) (?:area|post|zip) ?code)?(?: address)?"
                         r"\s*(?:here)?\s*(?:\.{3}|…)?\s*\*?$", re.I)


# a whole-line shopping button: `Get a quote`, `Compare deals`, `Check prices`; an event box's `Buy tickets`
_BUTTON = re.compile(r"^(?:(?:get|request|compare|check|see|find) (?:a |an |your |my |the |latest |today'?s )?"
                     r"(?:free )?(?:quotes?|prices?|deals?|offers?)|(?:buy|book|get) (?:your )?tickets|"
                     r"(?:book|reserve|secure|claim) (?:your|a) (?:place|seat|spot|ticket|table)s?|"
                     r"(?:create|open|make) (?:an? |your )?(?:free )?account|register your interest|(?:find out more|learn more) and book|"
                     r"(?:get|try|enjoy) (?:\d+|one|two|three|six) (?:months?|weeks?) (?:for|at) [$£€]\d[\d.,]*|"
                     # a campaign's buttons: `SIGN THE PETITION`, `Add your name`, `Take action`, `Donate`
                     r"sign (?:the|our|this) petition|add your (?:name|voice|signature)|take action|give monthly|"
                     # a sign-up's and a volunteer box's buttons: `Sign me up`, `Volunteer with us`, `Write for us`
                     r"sign me up|volunteer with us|write for us|join (?:our|the) team|"
                     r"(?:give|donate) (?:monthly|once)(?: (?:give|donate) (?:monthly|once))+|"
                     r"make a donation|(?:give|donate) [$£€]\d[\d,.]* (?:today|now|a month|monthly)|(?:give|donate) to (?:the |our )?(?-i:[A-Z])[\w’'&.-]*(?: (?-i:[A-Z])[\w’'&.-]*){0,3})"
                     r"(?: now| today| here)?\s*[!›»>→]*$", re.I)


# an affiliate's booking button: `Book your Vienna to Split night train with Railwise`, `Book a table at Nopi via OpenTable`
_BOOK_WITH = re.compile(r"^(?:Book|Reserve|Buy|Compare) (?:your|a|the) [^.!?]{3,60} (?:with|on|at|through|via) [A-Z][\w.-]+(?: [A-Z][\w.-]+)?$")


_QUIZ_BUTTON = re.compile(r"^(?:start|take|play|begin) (?:the |our |this )?quiz\s*[!›»>→]*$|"
                          # a paywall box's buttons: `Try Harbour+ free for 14 days`, `Unlock the full breakdown`
                          r"^(?:try|start) [^.!?]{0,30}\bfree(?: trial)?(?: for (?:\d+|one|two|three|seven|thirty) "
                          r"(?:days?|weeks?|months?))?\s*[!›»>→]*$|^unlock (?:the|this|our|full|more|all)\b[^.!?]{0,40}$", re.I)


_ARROW_TAIL = re.compile(r"[.!?]\s+([^.!?]{2,60})$")  # a line's last sentence, after its pitch


_EVENT_PLUG = re.compile(r"^(?:don[’']t miss|join us (?:at|for|in)|save the date(?: for)?)\b[^.!?]{0,60}\b(?:summit|festival|conference|"
                         r"webinar|forum|panel|meetup|meet-up|live event|event|fair|expo|awards|tour)\b", re.I)
# a sportsbook's buttons and offers
_BET_BUTTON = re.compile(r"claim (?:your |this )?(?:offer|bonus|free bets?)|"
                         r"promo code\s*:?\s*[A-Z0-9]{4,}", re.I)
_BET_OFFER = re.compile(r"\bbet [$£€]?\d+,? get [$£€]?\d+\b|\bbonus bets?\b|\bfree bets?\b.{0,30}\bnew customers\b", re.I)
_LEAD_MAGNET = re.compile(r"^(?:download|get|grab|claim) (?:this|our|the|your|a) free (?:guide|report|white ?paper|e-?book|checklist|"
                          r"toolkit|template|brochure)\b|\btest your knowledge\b.{0,120}\bquiz\b|\bquiz\b.{0,120}\btest your knowledge\b", re.I)


def call_to_action(text: str) -> str | None:
    """A button or form field pasted as text: a line ending in an unpunctuated call to
    action (`Webinar: ... for your fleet. Register now`), or an empty form field
    (`Type your email…`). Prose ends in punctuation; a button does not.

    >>> call_to_action("Webinar: What the 2030 rules mean for your fleet. Register now"), call_to_action("Type your email…")
    ('promo', 'newsletter')
    >>> call_to_action("Enter suburb or area code"), call_to_action("Buy it from BeerDrop → (affiliate link)")
    ('newsletter', 'promo')
    >>> call_to_action("CLAIM OFFER"), call_to_action("PROMO CODE: HOOPLINE250"), call_to_action("Bet $5, Get $250 in Bonus Bets")
    ('promo', 'promo', 'advert')
    >>> call_to_action("Bookmakers said bonus bets cost them $40m last year.") is None
    True
    >>> call_to_action("Start Quiz"), call_to_action("Take the quiz, she said.") is None
    ('promo', True)
    >>> call_to_action("Buy tickets"), call_to_action("Buy tickets for the final early.") is None
    ('promo', True)
    >>> call_to_action("Book your place"), call_to_action("Reserve a seat"), call_to_action("Book your place early, the club said.")
    ('promo', 'promo', None)
    >>> call_to_action("Create account"), call_to_action("Create a free account"), call_to_action("Open an account with the bank.")
    ('promo', 'promo', None)
    >>> call_to_action("SIGN THE PETITION"), call_to_action("Add your name"), call_to_action("Make a donation")
    ('promo', 'promo', 'promo')
    >>> call_to_action("Sign me up"), call_to_action("✏️ Write for us"), call_to_action("Give monthly Give once")
    ('promo', 'promo', 'promo')
    >>> call_to_action("Give £25 today"), call_to_action("Give £25 today to the food bank, she urged.") is None
    ('promo', True)
    >>> call_to_action("Give to The Sentinel"), call_to_action("Give to the food bank") is None
    ('promo', True)
    >>> call_to_action("Sign the petition to save the baths, the group urged.") is None
    True
    >>> call_to_action("Register your interest"), call_to_action("Get 3 months for £1"), call_to_action("Find out more and book")
    ('promo', 'promo', 'promo')
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
    >>> call_to_action("TICKET NEWS: Our away allocation for Kelso is on sale now."), call_to_action("🎫 Cup tickets on general sale from 9am")
    ('promo', 'promo')
    >>> call_to_action("Tickets: £12 from the box office, the theatre said.") is None
    True
    >>> call_to_action("Season tickets for next season are on sale now — renew before 31 May to keep your seat.")
    'promo'
    >>> call_to_action("Not in the UK? Stream every match live with a Harbour Match Pass for £9.99."), call_to_action("Get the Audio Pass from £2.99 a month")
    ('subscription', 'subscription')
    >>> call_to_action("Fans abroad can buy a Match Pass for £9.99, the club said.") is None
    True
    >>> call_to_action("Streamline Season Pass price rises to £9.99 as rivals cut theirs") is None
    True
    >>> call_to_action("If you bought tickets for the cancelled concert, you can claim a refund from the venue.") is None
    True
    >>> call_to_action("Check flight delays as they happen with our live tracker. Open the tracker ›")
    'promo'
    >>> call_to_action("Every goal from the weekend, in two minutes. Watch the highlights →")
    'promo'
    >>> call_to_action("The tracker showed 40 delayed flights by noon. Open data was published later.") is None
    True

    The outlet's plug for its own event:

    >>> call_to_action("Don't miss the Courier Summit on Rural Health, Oct. 3 in Lubbock: a day of talks with doctors.")
    'promo'
    >>> call_to_action("Don't miss the turn-off at the festival car park, police told drivers.") is None
    True

    A trade site's lead magnet or quiz, however it is punctuated:

    >>> call_to_action("Download this free guide to learn how leading plants cut energy use by 22%.")
    'promo'
    >>> call_to_action("CPD QUIZ: Test your knowledge of tick-borne disease. Earn one hour of CPD — take this month's quiz now")
    'promo'
    >>> call_to_action("Farmers can download a free guide from the ministry, officials said.") is None
    True
    """
    if re.search("[\"“”]", text) or len(words(text)) > 40:
        return None
    if _FORM_FIELD.match(text):
        return "newsletter"
    if re.search(r"\(affiliate(?: link)?\)\s*$", text, re.I) or _BET_BUTTON.fullmatch(text.strip(" ›»→!")):
        return "promo"  # a shop's link marked as paid (`Buy it from X → (affiliate link)`), a sportsbook's `CLAIM OFFER`
    if _BET_OFFER.search(text) and len(words(text)) <= 25 and not _REPORTING.search(text):
        return "advert"  # a sportsbook's offer: `Bet $5, Get $250 in Bonus Bets – Win or Lose`
    if _EVENT_PLUG.match(text) and not _REPORTING.search(text):
        return "promo"  # the outlet's own event: `Don't miss the Dispatch Summit on Rural Texas, Oct. 3 in Lubbock: ...`
    if _LEAD_MAGNET.search(text):
        return "promo"  # `Download this free guide to learn how ...`, `Test your knowledge ... take this month's quiz`
    if (m := _ARROW_TAIL.search(text)) and _ARROW_LINK.fullmatch(m[1]):
        return "promo"  # a promo's pitch closed by its link: `Track the storm live on our radar. Open the map ›`
    if _TICKET_NOTICE.match(text) or _TICKET_SALE.match(text) and not _REPORTING.search(text):
        return "promo"
    if _PASS_OFFER.match(text) and not _REPORTING.search(text):
        return "subscription"
    if _BUTTON.match(re.sub(r"^[^\w$£€]+", "", text)) or _QUIZ_BUTTON.match(text) or _BOOK_WITH.match(text) or \
            _OFFER_BAR.match(text) and not TERMINAL.search(text):
        return "promo"
    return "promo" if _CTA_TAIL.search(text) and not TERMINAL.search(text) else None


_TIP = re.compile(r"\b(?:get in touch|(?:email|contact|call|write to|send|whatsapp|message|text|dm) us|news tips?|tip(?:s|-offs?)? for (?:us|our)|"
                  r"confidential tip|your stor(?:y|ies)\b|\b(?:got|have you got|do you have) an? (?:news )?(?:picture|photo|video|story|tip)\b|"
                  r"\bwe(?:['’]re| are) (?:always )?looking for (?:new )?(?:writers|reporters|contributors|volunteers|photographers)\b)", re.I)


# `Reach reporter Ann Lee at alee@post.com or 555-0100.`, `Contact Ann Lee at alee@post.com.`
# (a role word or the `Follow him on X` after it: `Contact City Hall at ...` is a service note the story gives)
_REACH = re.compile(r"^(?:Reach|Contact|Email|E-mail|You can reach) (?:(?:(?:staff |senior )?(?:reporter|writer|columnist|"
                    r"correspondent)|the (?:author|reporter|writer)) (?:[A-Z][\w’'.-]+ ){1,3}(?:at|via) [\w.+-]+@[\w-]+\.[\w.]+|"
                    r"(?:[A-Z][\w’'.-]+ ){1,3}(?:at|via) [\w.+-]+@[\w-]+\.[\w.]+.*\bFollow (?:him|her|them)\b)")


# the letters page's invitation: `Letters to the Editor should be sent to ...`, `Submit a letter to the editor`
_LETTERS = re.compile(r"\bletters? (?:to the editor|for publication)\b|\b(?:send|submit|email|e-mail|write) (?:us )?(?:your |a )?letters?\b",
                      re.I)
_SUBMIT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\b(?:should|can|may|must|will) be (?:sent|emailed|e-mailed|submitted|edited|"
                     r"addressed|published)\b|(?:^|[.!?]\s+)(?:Send|Submit|Email|E-mail|Write)\b", re.I)
# a tip box's heading or button: `Do you have a tip?`, `Got a news tip?`, `Share your story`, `Send us a tip`
_TIP_LABEL = re.compile(r"^(?:(?:do you |got |have you got )?(?:have )?an?(?: news| story)? tip|share your (?:story|experience|tip)s?|get involved|"
                        r"send (?:us )?(?:a |your )?(?:news )?tips?|tip us off)\s*[?!.]?$", re.I)


# the page asking for comments: `Got questions? Hit the comments`, `Let us know what you think in the comments below`
# (`Let me know in the comments` closes a post in its writer's own voice, and is read with it)
_COMMENT_ASK = re.compile(r"\b(?:hit|head (?:in)?to|jump (?:in)?to|sound off in|(?:let us know|tell us|share|drop|leave|post|"
                          r"ask)\b[^.!?\"“”]{0,50}?\b(?:in|to|into|below in)) the comments\b", re.I)


_ERROR_ASK = re.compile(r"^(?:spotted|found|seen|see|notice[ds]?) (?:an? )?(?:error|mistake|typo|inaccuracy)s?\b[^.]{0,20}\?", re.I)


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

    The writer asking for comments, not a story's reader reactions:

    >>> reader_prompt("Got questions about the phone? Hit the comments and I'll answer what I can.")
    'reader-prompt'
    >>> reader_prompt("Let us know what you think in the comments below."), reader_prompt("Sound off in the comments.")
    ('reader-prompt', 'reader-prompt')
    >>> reader_prompt("Are you seeing the same squeeze? Let me know in the comments.") is None
    True
    >>> reader_prompt("Residents left hundreds of angry posts in the comments under the council's video.") is None
    True

    The page asking the reader to report a mistake:

    >>> reader_prompt("Spotted an error? The Courier corrects inaccuracies promptly. Email corrections@courier.example.")
    'reader-prompt'
    >>> reader_prompt("Spotted a fox? Wildlife officers want to hear about it.") is None
    True

    The letters page asking for the reader's letter, how to send it and its house rules:

    >>> reader_prompt("Letters to the editor can be emailed to letters@harbourpost.com. Please keep them under 250 words.")
    'reader-prompt'
    >>> reader_prompt("Want to respond? Submit a letter to the editor. Letters may be edited for length.")
    'reader-prompt'
    >>> reader_prompt("In a letter to the editor last week, a retired teacher asked why the pool had not reopened.") is None
    True
    """
    if _REACH.match(text) and len(words(text)) <= 40 and not re.search("[\"“”]", text):
        return "author-bio"
    if _COMMENT_ASK.search(text) and len(words(text)) <= 40 and not re.search("[\"“”]", text) and \
            re.search(r"\b(?:you|your|us|me|I|I['’]ll)\b|^(?:Hit|Head|Jump|Sound|Let|Tell|Share|Drop|Leave|Post|Ask)\b", text):
        return "reader-prompt"
    if _TIP_LABEL.match(text):
        return "reader-prompt"
    if _ERROR_ASK.match(text) and len(words(text)) <= 40 and not re.search("[\"“”‘]", text):
        return "reader-prompt"  # `Spotted an error? We correct mistakes promptly. Email corrections@...`
    if _LETTERS.search(text) and _SUBMIT.search(text) and len(words(text)) <= 80 and not re.search("[\"“”‘]", text):
        return "reader-prompt"
    if re.search("[\"“”‘]", text) or len(words(text)) > 80 or not _TIP.search(text):
        return None
    return "reader-prompt" if re.search(r"\b(?:our|us|we)\b", text, re.I) else None


# a page's own buttons, pasted as lines: `Story continues`, `Add to Bookmarks`, `Translate` (`Add X on Google` is prompt()'s)
_PAGE_BUTTON = re.compile(r"story continues(?: below)?(?: (?:this )?(?:advertisement|advert|ad))?|"
                          r"more (?:by|from) (?:this|the) (?:author|writer|reporter|columnist|contributor)|"
                          r"add to (?:bookmarks|reading list|favou?rites|saved(?: stories| articles)?)|"
                          r"(?:translate|bookmark|gift)(?: this)?(?: (?:article|page|story))?|"
                          # a link's note and a syndication button: `(opens new window)`, `Reuse this content`
                          r"\(?opens? (?:in )?(?:a )?new (?:window|tab)\)?|(?:reuse|republish|license) this (?:content|article|story)|republish|"
                          # a journal article's tabs and tools: `Request permissions`, `View Abstract`, `Rapid responses`
                          r"(?:request|reprints? and) permissions|view (?:the )?(?:abstract|pdf|full text)|rapid responses|"
                          r"submit a (?:rapid )?response(?: to this article)?|access this article|"
                          r"(?:your |this )?browser does not support (?:the )?(?:video|audio|html5 video)(?: element| tag| playback)?\.?", re.I)
# a box's call to action: `Learn more`, `See how it works`, `Give now`, `View property`
_CTA_BUTTON = re.compile(r"(?:learn more|see how (?:it|this) works|calculate(?: now| (?:my|your) \w+)?|(?:give|donate|contribute) (?:now|today|once|monthly|annually|yearly)|"
                         # a donation box's amount buttons: `$10/month`, `£5 a month`, `Yes, I'll give $10/month`
                         r"(?:yes,? i(?:’|')ll (?:give|donate|contribute) )?[$£€]\d+(?:\.\d\d)?\s*(?:/|a|per)\s*(?:month|mo|year|yr|week)|"
                         r"view (?:the )?(?:property|listing|details|offer|deal|full obituary)|"
                         # a listing's and a lender's buttons: `Contact agent`, `Check my borrowing power`
                         r"contact (?:the )?(?:agent|seller|dealer|advertiser|landlord|agency)|"
                         # a donation box's ways to pay: `Donate with a card`, `Other ways to help`
                         r"(?:donate|give|pay|contribute) (?:with|by|via) (?:a )?(?:card|paypal|bank transfer|crypto\w*|apple pay|google pay)|"
                         r"other ways to (?:help|give|donate|support(?: us)?)|buy (?:the |this )?book|order (?:the |this )?book|"
                         r"check (?:my|your) (?:borrowing power|eligibility|credit score|home'?s value)|"
                         r"get (?:pre-?approved|a (?:free )?(?:quote|valuation|estimate))(?: (?:in minutes|today|now|online))?)\s*[!›»>→]*", re.I)


def page_button(text: str) -> str | None:
    """A button's label standing as a whole line: the page's own tools, or a box's call to
    action. No sentence of a story is a bare imperative of three words.

    >>> page_button("Story continues"), page_button("Add to Bookmarks"), page_button("LEARN MORE"), page_button("Give now")
    ('button', 'button', 'promo', 'promo')
    >>> page_button("Give monthly"), page_button("$10/month"), page_button("Yes, I'll give £5 a month"), page_button("$5 a month, she said.")
    ('promo', 'promo', 'promo', None)
    >>> (page_button("(opens new window)"), page_button("Reuse this content"), page_button("Contact agent"),
    ...  page_button("Check my borrowing power"), page_button("Contact the agent before Friday, she said."))
    ('button', 'button', 'promo', 'promo', None)
    >>> page_button("Donate with a card"), page_button("Other ways to help"), page_button("Other ways to help were found.")
    ('promo', 'promo', None)
    >>> page_button("Get pre-approved in minutes"), page_button("Get a free valuation"), page_button("Get a quote from three builders.")
    ('promo', 'promo', None)
    >>> page_button("Republish"), page_button("Buy Book"), page_button("This browser does not support the video element.")
    ('button', 'promo', 'button')
    >>> page_button("Request permissions"), page_button("View Abstract"), page_button("Submit a response to this article")
    ('button', 'button', 'button')
    >>> page_button("Republish the old rules, she said.") is None
    True
    >>> page_button("More by this Author"), page_button("More from the columnist"), page_button("More by the author next year.")
    ('button', 'button', None)
    >>> page_button("The story continues next week.") is None, page_button("Translate the sign, she said.") is None
    (True, True)
    """
    text = text.strip(" |·•")
    if _PAGE_BUTTON.fullmatch(text):
        return "button"
    return "promo" if _CTA_BUTTON.fullmatch(text) else None
