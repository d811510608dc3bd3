"""The headline found by the article header under it (narrator.headline)."""

from __future__ import annotations

import doctest

import narrator.headline
from narrator.models import RawArticle
from narrator.normalise import normalise

BODY = ("The council approved a new harbour wall on Monday after a winter of storms battered the town.\n\n"
        "Work will begin in the spring and is expected to take two years to complete, the council said.\n\n"
        "The harbour master said the old wall had been patched for the last time this winter.\n")
TITLE = "Council approves new harbour wall after winter of storms"
STANDFIRST = "Fishermen fear for their boats as repairs are delayed until the summer"


def clean(text: str):
    return normalise(RawArticle(text, "<test>"))


def test_doctests() -> None:
    assert doctest.testmod(narrator.headline).failed == 0


def test_cookie_heading_above_the_masthead_is_not_the_headline() -> None:
    page = ("Cookies on the Harbour Council website\n"
            "We use some essential cookies to make this website work and improve our services.\n"
            "Accept additional cookies\nReject additional cookies\n\nHarbour Council\nBins\nHousing\n\n"
            f"{TITLE}\n\n{STANDFIRST}\n\nPublished: 10 March 2026\nBy the Harbour Council press team\n\n{BODY}")
    art = clean(page)
    assert art.title == TITLE
    assert "Cookies on the Harbour Council website" in [d.line for d in art.dropped]


def test_breaking_ticker_in_a_paste_without_blank_lines_is_not_the_headline() -> None:
    page = "\n".join(["Skip to content", "Friday, March 13, 2026", "Breaking News",
                      "Ferry fares to rise again from April, operator confirms", "The Harbour Tribune",
                      "Home", "News", "Metro", "Politics", "Business", "Join our WhatsApp Channel", "Metro",
                      TITLE, STANDFIRST, "By Anna Reece", "5 min read", "Share"] + BODY.split("\n\n"))
    art = clean(page)
    assert art.title == TITLE
    assert [b.text for b in art.blocks][:3] == [TITLE, STANDFIRST, "By Anna Reece"]


def test_live_badge_beside_the_headline_does_not_take_it() -> None:
    page = (f"The Harbour Clarion\nSign in\nNews\nSport\n\nLive\n{TITLE}\n\n{STANDFIRST}\n\n"
            f"Anna Reece (now) and Tom Harker (earlier)\nSat 14 Mar 2026 16.42 GMT\nShare\n\n{BODY}")
    art = clean(page)
    assert art.title == TITLE and art.standfirst == STANDFIRST


def test_headline_in_a_menu_block_is_found_by_its_header() -> None:
    page = (f"Harbour News\nHome\nLog in\nRegister\n{TITLE}\n{STANDFIRST}\nShare\nPrint\n\n"
            f"IMAGE:\nBOATS IN THE HARBOUR AT DAWN AFTER THE STORM.\nview more\nCREDIT: JO BELL\n\n{BODY}")
    art = clean(page)
    assert art.title == TITLE
    assert STANDFIRST in [b.text for b in art.blocks]
    assert "BOATS IN THE HARBOUR AT DAWN AFTER THE STORM." in [d.line for d in art.dropped]


def test_header_does_not_lift_a_link_under_a_related_heading() -> None:
    # `related` is a heading's verdict on its list, not a reason spread from a button
    page = (f"Harbour News\nNews\n\nMost read\nFerry fares to rise again from April, operator confirms\n\n"
            f"{TITLE}\n\nBy Anna Reece\n\n{BODY}")
    assert clean(page).title == TITLE


def test_standfirst_bullets_stay_under_their_headline() -> None:
    bullets = "Repairs will take two years\nThe slipway will be widened\nThree new berths will open in May"
    page = f"Harbour News\nNews\nSport\n\n{TITLE}\n\n{bullets}\n\nBy ANNA REECE\n\nPublished: 10:22 GMT, 9 March 2024\n\n{BODY}"
    assert clean(page).title == TITLE


def test_a_sentence_is_never_the_anchored_headline() -> None:
    page = "The council met on Monday night to talk about the wall.\n\n" + BODY
    assert clean(page).title == "The council met on Monday night to talk about the wall."
