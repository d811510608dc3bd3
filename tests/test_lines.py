"""One-line rules (narrator.rules): invented lines each rule must drop, and prose it must keep."""

from __future__ import annotations

import doctest

import pytest

import narrator.lines
import narrator.rules
import narrator.rules.credits
import narrator.rules.links
import narrator.rules.notes
import narrator.rules.page
import narrator.rules.prompts
import narrator.rules.stamps
import narrator.widgets
from narrator.rules import line_reason
from narrator.widgets import widget_reason


@pytest.mark.parametrize("module", [narrator.lines, narrator.rules, narrator.rules.credits, narrator.rules.links, narrator.rules.notes,
                                    narrator.rules.page, narrator.rules.prompts, narrator.rules.stamps], ids=lambda m: m.__name__)
def test_doctests(module) -> None:
    assert doctest.testmod(module).failed == 0


@pytest.mark.parametrize(("line", "reason"), [
    ("We use cookies to run this site. Accept all Manage preferences", "consent"),
    ("Riverside 3-0 Abbey Vale FT", "scores"),
    ("Northgate 1-1 Eastham 54'", "scores"),
    ("HT", "scores"),
    ("USD 12.40 +0.35 +2.9%", "ticker"),
    ("Got a story? Email us at news@example.org or get in touch with our team", "reader-prompt"),
    ("Have a confidential tip for our reporters? Get in touch", "reader-prompt"),
    ("At a glance:", "label"),
    ("Posted 3h ago, updated 12m ago", "dateline-timestamp"),
    ("and last updated 9:02 AM, May 01, 2024", "dateline-timestamp"),
    ("Monday 4 March 2024 08:10, UK", "dateline-timestamp"),
    ("A flooded street in Leeds last week.(Metro News: Jo Hart)", "caption"),
    ("Sheep on the hill at dawn.Credit...Sam Cole for The Clarion", "caption"),
    ("Related article: Ferry fares to rise again", "read-more"),
    ("As it happened: Town v City", "read-more"),
    ("BIG REVEAL Pop star spotted at seaside chip shop", "teaser"),
    ("Listen to this article 4:05 min", "social"),
    ("Share full article", "social"),
    ("Gift this article free", "social"),
    ("Read in app", "social"),
    ("Prev", "social"),
    ("Loading...", "social"),
    ("SKIP ADVERTISEMENT", "advert"),
    ("You are now signed up to receive the Morning Briefing newsletter.", "newsletter"),
    ("— With assistance from Ann Lee", "footer"),
    ("(Adds share price in fourth paragraph.)", "editor-note"),
    ("The Herald acknowledges the Traditional Custodians of the land on which we work.", "footer"),
    ("Photo / Jo Hart", "credit"),
    ("Pictures by the family", "credit"),
    ("Pupils leave the school on Friday. Image: Jo Hart / The Clarion", "caption"),
    ("Boats wait at the quay on Monday [Jo Hart/Wire]", "caption"),
    ("Share on LinkedIn", "social"),
    ("Forum: How to cut the cost of your energy bill. Book now", "promo"),
    ("Enter your email address", "newsletter"),
    ("Thanks for reading the Weekly Tide! Share it with a friend.", "page-note"),
])
def test_junk_line_is_dropped(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Riverside 3-0 Abbey Vale",  # a result under the headline, no live status
    "The bakery sold 400 cookies on Saturday and asked customers to accept a small price rise.",
    "Police asked anyone with information to get in touch.",
    "“Get in touch with us if you see anything,” the officer said.",
    "She said:",
    "Dr Amy Lee:",
    "More than 200 people attended the meeting.",
    "LOVE Island star Ann Lee has revealed she cried every day.",
    "Shares fell 4.2% to 311.60 kroner in Stockholm.",
    "The minister said the plan would be updated in May.",
    "Photographs by her father hang in the hall.",
    "Residents can register now at the town hall.",
    "Type your name and the machine does the rest, he explained.",
])
def test_prose_is_kept(line: str) -> None:
    assert line_reason(line) is None


@pytest.mark.parametrize("text, reason", [
    ("This is not investment advice. Capital at risk.", "disclaimer"),
    ("Kestrel Ltd is authorised and regulated by the Financial Conduct Authority (FRN 1).", "disclaimer"),
    ("We independently select everything we feature. If you buy through our links, we may earn a commission.",
     "disclaimer"),
    ("Radio transcripts are created on a rush deadline by a contractor.", "disclaimer"),
    ("Developing story", "banner"),
    ("Heard on All Things Considered", "banner"),
    ("Sponsor Message", "banner"),
    ("hide caption", "caption-toggle"),
    ("Why you can trust Channel Nine", "banner"),
    ("@janedoeNews", "social"),
    ("Rating: ★★★☆☆", "rating"),
    ("Gold ($/oz) 2,140.5 -0.3%", "ticker"),
    ("View this email in your browser", "navigation"),
    ("The Weekly Brief | Issue 12 | Monday 4 March 2024", "masthead"),
    ("Photography by Ann Lee", "credit"),
    ("Read more from Channel Nine:", "read-more"),
])
def test_page_boilerplate_rules(text: str, reason: str) -> None:
    assert line_reason(text) == reason


@pytest.mark.parametrize("text", [
    "Investors were told their capital was at risk, the regulator said.",
    "“Past performance is not a reliable guide,” she warned.",
    "Heard on the street, the rumour spread quickly through the town.",
    "Shares rose 4% to 83.20 on Tuesday.",
    "The story is still developing, police said.",
])
def test_page_boilerplate_rules_keep_prose(text: str) -> None:
    assert line_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("Get a quote", "promo"), ("Compare deals now", "promo"), ("Premium", "label"), ("Subscriber only", "label"),
])
def test_buttons_and_badges(text: str, reason: str) -> None:
    assert line_reason(text) == reason


def test_buttons_and_badges_keep_prose() -> None:
    assert line_reason("Get a quote from three builders before you start, the guide advises.") is None
    assert line_reason("Premium fuel prices rose again.") is None


def test_widget_doctests() -> None:
    assert doctest.testmod(narrator.widgets).failed == 0


@pytest.mark.parametrize(("line", "reason"), [
    ("Get our best stories each morning. Sign up for our Daily Brief newsletter.", "newsletter"),
    ("Never miss a story — sign up for the Lantern's free newsletter to stay up to date on the harbour.", "newsletter"),
    ("By signing up, you agree to our Terms of Use and Privacy Policy.", "newsletter"),
    ("Support independent journalism", "subscription"),
    ("Your support helps us report on the valley. Subscribe now for just £2 a month.", "subscription"),
    ("Subscribers can gift 5 articles a month.", "subscription"),
    ("Recipients can read the full story without a subscription.", "subscription"),
    ("You need to be signed in to comment.", "social"),
    ("£45 at Harbour Goods", "shopping"),
    ("$89 (was $120) at Homestore", "shopping"),
    ("Shop the look", "shopping"),
    ("Bet £5 Get £20 | New customers only | 18+ | T&Cs apply", "advert"),
    ("Feels like -3°", "weather"),
    ("High: 24°C", "weather"),
    ("10-Day Forecast", "weather"),
    ("Did you find this helpful?", "feedback"),
    ("WANTED: Hay bales, delivered. Call 555-0100", "classified"),
    ("Place a classified", "classified"),
    ("View all tributes", "navigation"),
    ("Shared by @harbourwatch", "embed"),
    ("Follow her on X", "author-bio"),
    ("Our editorial standards", "page-note"),
    ("Published Mar 3, 2024 • 6 min read", "dateline-timestamp"),
    ("ALSO READ: Ferry fares to rise again", "read-more"),
    ("Got a news tip? WhatsApp us on 555 0100", "reader-prompt"),
])
def test_widget_line_is_dropped(line: str, reason: str) -> None:
    assert (line_reason(line) or widget_reason(line)) == reason


@pytest.mark.parametrize("line", [
    "The council urged residents to sign up for its flood alerts by email.",
    "Your subscription will rise to £9 a month, the company said.",
    "He joined the paper in 2019 and wrote about local journalism for a decade.",
    "The bikes cost $450 at most shops, and less online.",
    "Tonight the low will be around 12 degrees, forecasters said.",
    "Wanted posters were put up across the town.",
    "See all the damage for yourself, the mayor urged.",
    "Follow the signs on the coast road.",
    "The editorial guidelines were rewritten after the inquiry.",
    "Residents can subscribe to the utility’s SMS alerts by sending the word “WATER” to 32555.",
])
def test_widget_rules_keep_prose(line: str) -> None:
    assert line_reason(line) is None and widget_reason(line) is None
