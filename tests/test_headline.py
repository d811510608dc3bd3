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


def test_headline_under_a_breadcrumb_and_accessibility_row() -> None:
    page = (f"Harbour News\nNews\nSport\nLog in\nAccessibility: Text size A+ A-\n\nHome › News › Harbour\n\n"
            f"{TITLE}\n\nFishermen fear for their boats as repairs are delayed until the summer\n\n"
            f"By Anna Reece, Senior Reporter\n\nPublished: 14 October 2025\nReading time: 4 mins\n\n{BODY}")
    art = clean(page)
    assert art.title == TITLE
    assert {"Home › News › Harbour", "Reading time: 4 mins"} <= {d.line for d in art.dropped}


def test_badge_and_section_label_above_the_headline_do_not_take_it() -> None:
    page = (f"Harbour News\nSubscribe\n\nLivestock › Sheep › Animal health\n\nPREMIUM\n\n{TITLE}\n\n{STANDFIRST}\n\n"
            f"By Anna Reece, Harbour Editor\n\nWednesday 27 August 2025 • 6 min read\n\n{BODY}")
    assert clean(page).title == TITLE
    page = "\n".join(["Open in app", "Menu", "Tap to unmute", "Watch live", "Local News", TITLE, STANDFIRST + ".",
                      "Author: Anna Reece", "Published: 6:41 PM EDT July 15, 2025"] + BODY.split("\n\n"))
    assert clean(page).title == TITLE


def test_byline_under_a_headline_in_the_menu_block_is_not_the_headline() -> None:
    page = ("Harbour Radio\nNews\nSearch\nLog in\nNational / Weather / Transport\n"
            f"Harbour wall: repairs to take 'months' as town braces for storms\n\n7:42 am on 22 July 2025\n\n"
            f"By Anna Reece, Eastern Bay reporter\n\nShare this\nFacebook\nEmail\n\n{BODY}")
    assert clean(page).title == "Harbour wall: repairs to take 'months' as town braces for storms"


def test_byline_above_the_headline_and_names_joined_by_and() -> None:
    page = f"Harbour News\nNews\nSport\n\nBy Anna Reece\n\n{TITLE}\n\n{STANDFIRST}\n\nPublished: 10 March 2026\n\n{BODY}"
    assert clean(page).title == TITLE
    page = f"Harbour News\nNews\nSport\n\n{TITLE}\n\n{STANDFIRST}\n\nAnna Reece and Tom Harker\n\n{BODY}"
    assert clean(page).title == TITLE


def test_title_case_headline_is_not_walked_over_as_a_byline() -> None:
    title = "Council Approves New Harbour Wall"
    page = f"Harbour News\nNews\nSport\n\n{title}\n\nPublished: 10 March 2026\n\n{BODY}"
    assert clean(page).title == title


def test_question_headline_with_standfirst_without_full_stop() -> None:
    title = "Are cheap heaters safe? Three models fail our fire tests"
    page = f"Harbour News\nNews\n\n{title}\n\n{STANDFIRST}\n\nBy Anna Reece\n\n{BODY}"
    art = clean(page)
    assert art.title == title and art.standfirst == STANDFIRST


def test_headline_above_needs_a_headline_on_top_of_the_block() -> None:
    from narrator.headline import headline_above
    from narrator.lines import Line
    lines = [Line("News", 0), Line(TITLE, 1), Line(STANDFIRST, 2), Line("By Anna Reece", 3)]
    assert headline_above(lines, [None] * 4, 3, 0) == [1, 2]
    lines = [Line("News", 0), Line("Repairs will take two years, the council said.", 1), Line("By Anna Reece", 2)]
    assert headline_above(lines, [None] * 3, 2, 0) is None  # a sentence alone: the headline is missing
    lines = [Line("Log in", 0), Line("By Anna Reece", 1)]
    assert headline_above(lines, ["social", None], 1, 0) is None


def test_match_box_between_standfirst_and_byline_is_header_material() -> None:
    page = "\n".join(["Skip to main content", "HARBOUR LEAGUE", "News", "Match Report",
                      "Match report: Late header sends Harbour City top", STANDFIRST, "FT",
                      "Harbour City FC 3 - 2 Redwood Rovers", "Pier Park · Att: 18,402", "Ashworth 14', 89' · Mbeki 61'",
                      "Lindqvist 9' · Farrow 55' (pen)", "By Anna Reece, League Media", "Sat 19 Apr 2025 · 9:47pm PT",
                      "▶ HIGHLIGHTS | Harbour City FC 3-2 Redwood Rovers | Matchweek 28"] + BODY.split("\n\n"))
    art = clean(page)
    assert art.title == "Match report: Late header sends Harbour City top" and art.standfirst == STANDFIRST
    assert {"Harbour City FC 3 - 2 Redwood Rovers", "Lindqvist 9' · Farrow 55' (pen)",
            "▶ HIGHLIGHTS | Harbour City FC 3-2 Redwood Rovers | Matchweek 28"} <= {d.line for d in art.dropped}


def test_section_label_over_the_headline_and_a_banner_sentence_above() -> None:
    page = ("Skip to main content\n\nListen to this page\n\nHarbour Council\n\n"
            "In an emergency, always call 999. For help out of hours, call the council on 0300 123 456.\n\n"
            "Home Bins Housing News Contact us\n\nLatest news\n\n"
            f"{TITLE}\n\n{STANDFIRST}\n\nBy Ann Lee, Communications Officer\n\nDate published: 10 March 2026\n\n{BODY}")
    art = clean(page)
    assert art.title == TITLE
    assert STANDFIRST in [b.text for b in art.blocks]


def test_latest_news_heading_over_teasers_still_takes_them() -> None:
    page = (f"{TITLE}\n\n{STANDFIRST}\n\nBy Ann Lee\n\n{BODY}\nLatest news\n\n"
            "Library to open on Sundays from next month\n\nNew bus route links the harbour and the station\n")
    dropped = [d.line for d in clean(page).dropped]
    assert "Library to open on Sundays from next month" in dropped


def test_question_headline_over_a_sentence_standfirst_under_section_labels() -> None:
    title = "Low tide: Are the harbour's moorings still fit for ferries?"
    page = ("Skip next section Navigation\n\nSearch\n\nNews World Business Science Culture Sports\n\n"
            f"Business\n\nHarbour\n\n{title}\n\n"
            "For the third winter in a row, ferries are sailing half empty as the harbour silts up.\n\n"
            f"Ann Lee in Porthcawl\n\nMarch 10, 2026\n\n{BODY}")
    assert clean(page).title == title


def test_by_line_in_the_story_is_no_header_sign() -> None:
    page = f"{TITLE}\n\n{STANDFIRST}\n\nAnn Lee\n\n{BODY}\nBy March, the wall will be half built.\n"
    assert clean(page).title == TITLE


def test_breaking_ticker_right_above_the_headline_and_standfirst() -> None:
    page = ("Home / Local\n\nBREAKING: Parliament sitting suspended after power cut hits the capital\n\n"
            f"{TITLE}\n\n{STANDFIRST}\n\nAnn Lee and Tom Harker\n\nPosted: 12/03/25 7.42pm\n\n{BODY}")
    art = clean(page)
    assert art.title == TITLE
    assert "BREAKING: Parliament sitting suspended after power cut hits the capital" in [d.line for d in art.dropped]


def test_kicker_headline_over_its_standfirst_stays() -> None:
    title = "BREAKING: Council approves new harbour wall after winter of storms"
    page = f"Home / Local\n\n{title}\n\n{STANDFIRST}\n\nAnn Lee\n\nPosted: 12/03/25 7.42pm\n\n{BODY}"
    assert clean(page).title == title


def test_a_byline_above_the_headline_is_not_the_headline() -> None:
    page = (f"Home\n\nNews › Transport\n\nBy Demi Hoskin, Community Reporter\n\n{TITLE}\n\n{STANDFIRST}\n\n"
            f"Posted on 14 April 2024 at 7:42 am · 4 min read\n\n{BODY}")
    art = clean(page)
    assert art.title == TITLE
    assert "By Demi Hoskin, Community Reporter" not in [d.line for d in art.dropped]


def test_an_outlet_before_the_byline_and_an_arrow_ticker_are_header_and_furniture() -> None:
    page = "\n".join(["KRVX", "Kettle Public Radio", "89.7 FM Harlan Falls | 91.3 FM Ashby", "Listen Live", "Donate",
                      "News", "Health", "LATEST ▸ Exam dates out · Pay offer: unions respond · Funding review delayed",
                      TITLE, STANDFIRST, "KRVX | By Lena Marsh", "Published March 21, 2024 at 5:04 AM CDT"]
                     + BODY.split("\n\n"))
    art = clean(page)
    assert art.title == TITLE
    dropped = [d.line for d in art.dropped]
    assert "89.7 FM Harlan Falls | 91.3 FM Ashby" in dropped and "Donate" in dropped


def test_a_menu_pasted_without_spaces_and_a_glued_trail_are_not_the_headline() -> None:
    page = ("The Daily LedgerEnglish EditionE-PaperSign InSubscribeHomeMarketsStocksEconomy\n\n"
            f"News›Industry›Garments / Textiles\n\n{TITLE}\n\n{STANDFIRST}\n\nBy Karthik Raman, Bureau\n\n"
            f"Last Updated: Mar 12, 2024, 10:05:00 AM IST\n\n{BODY}")
    assert clean(page).title == TITLE


def test_bylines_after_a_desk_name_or_glued_to_by_are_header_signs() -> None:
    from narrator.lines import Line

    for byline in ("Western Plains Bureau / By Kira Dunn and Sam Petts", "ByGemma Rudd Local Democracy Reporter"):
        assert narrator.headline.strong(Line(byline, 0), None), byline
        assert not narrator.headline.is_headline(byline), byline
    for other in ("Rates rise / Fares fall as the year ends", "Bypass Road closes for a week"):
        assert not narrator.headline.strong(Line(other, 0), None), other


def test_sign_up_blurb_above_the_headline_and_a_bureau_byline() -> None:
    # the blurb is one full sentence, as the story's first would be; the header below it wins
    page = ("Harbour Post\nSubscribe\nSign In\nFriday, 13 March 2026\n\n"
            "Get the Morning Tide for free\n"
            "Anna Reece, our harbour editor, picks the week's best stories in this weekly newsletter.\n\n"
            "Local\nAdd to myPost\n\n"
            f"{TITLE}\n\n{STANDFIRST}\n\nAnna Reece in Port Elgin and Tom Harker in Kelso\n\n"
            f"Published 13 March 2026\n1 hour ago\n\n{BODY}")
    art = clean(page)
    assert art.title == TITLE
    assert "Add to myPost" in [d.line for d in art.dropped]


def test_section_label_with_a_dot_is_not_the_headline() -> None:
    page = f"HARBOUR REVIEW\nCulture\nIdeas\n\nCulture · Long read\n\n{TITLE}\n\n{STANDFIRST}?\n\nBy Anna Reece\n\n{BODY}"
    assert clean(page).title == TITLE


def test_teaser_list_right_above_a_headline_set_apart() -> None:
    page = ("The Harbour Flare\nNews\nSport\n\nHARBOUR LATEST\n"
            "Skipper spotted sunning himself on the quay [PICTURED]\n"
            "Lifeboat crew spark rumours after missing regatta\n"
            f"Harbourmaster reveals big news months after retiring\n\n{TITLE}\n\n{STANDFIRST}\n\n"
            f"Anna Reece\nPublished: 16:04, 14 Mar 2026\n\n{BODY}")
    assert clean(page).title == TITLE


def test_video_player_between_the_headline_and_the_byline() -> None:
    page = (f"Harbour News\nPolitics\n\n{TITLE}\n\nVideo Ad Feedback\n'We were never asked': Fishermen react to the vote\n"
            "02:17 - Source: Harbour News\nNow playing\nUp next\nSkipper fined over unlicensed moorings\n01:48\n"
            f"Your video will play in 5\nUnmute\n\nBy Anna Reece and Tom Harker\n\n5 minute read\n\n{BODY}")
    art = clean(page)
    assert art.title == TITLE
    assert "Now playing" in [d.line for d in art.dropped]


def test_key_points_box_under_the_headline() -> None:
    page = (f"Harbour Courier\nNews\n\nPremium\nEnvironment\n\n{TITLE}\n\n{STANDFIRST}\n\nKey points\n"
            "• The old wall has been patched four times since 2019\n• Work begins in the spring\n\n"
            f"By Anna Reece, Harbour Reporter\n\n{BODY}")
    assert clean(page).title == TITLE


def test_archive_month_in_a_breadcrumb_is_not_a_publish_time() -> None:
    page = (f"Harbour University\nNews and events\nSearch\n\nHome\nNews and events\nNews\n2026\nMarch\n\n"
            f"Press release\n\n{TITLE}\n\n{STANDFIRST}\n\nPublished: 5 March 2026\n\n{BODY}")
    assert clean(page).title == TITLE


def test_headline_pasted_at_the_end_of_the_menu_block_under_a_kicker() -> None:
    page = ("Skip to main content\nThe Harbour Courier\nSign in\nSubscribe\nNews\nTransport\nSport\nLIVE\n"
            "Ferry: severe delays between Kelso and Port Elgin\nPolice appeal after quayside fire\n"
            f"Transport\nHARBOUR MISERY\n{TITLE}\n\n{STANDFIRST}\n\nBy Anna Reece, Harbour Correspondent\n"
            f"19 hours ago\nShare\n\n{BODY}")
    assert clean(page).title == TITLE


def test_case_box_in_a_paste_without_blank_lines_is_not_the_headline() -> None:
    lines = ["HarbourLaw", "News", "Courts", "Regulatory", "Jobs", "Podcasts", "News › Courts › Planning", TITLE,
             STANDFIRST, "Case: Harbour Board v Reece [2026] EWHC 812 (KB)",
             "Court: High Court, King’s Bench Division (Planning and Environment List)", "Judge: Mrs Justice Harrow",
             "Counsel: Adam Thirlby KC (instructed by Greenhalgh Wren LLP) for the claimant; Jo Vale for the board",
             "By Anna Reece, Senior Court Reporter", "14 March 2026 16:52", "Save", "Print"] + BODY.split("\n\n")
    art = clean("\n".join(lines))
    assert art.title == TITLE
    assert "Judge: Mrs Justice Harrow" in [d.line for d in art.dropped]


def test_a_standfirst_of_four_lines_set_as_one_paragraph() -> None:
    page = (f"Daily Harbour\nNews\nRoyals\nLogout\n\n{TITLE}\n\n"
            "The mayor, 41, spoke for nine minutes without notes\nShe told 400 guests about the storms\n"
            "Fishermen were seen wiping their eyes\nIt was her most personal speech yet\n\n"
            f"By ANNA REECE, HARBOUR CORRESPONDENT\nPublished: 22:41 GMT, 5 March 2026\n\n{BODY}")
    assert clean(page).title == TITLE


def test_a_feedback_survey_above_the_masthead_is_not_the_story() -> None:
    survey = ("Harbour News values your feedback\n1. How relevant is this ad to you?\n"
              "2. Did you encounter any technical issues?\nVideo content never loaded\nCancel\nSubmit\nThank you!\n"
              "Your effort and contribution in providing this feedback is much appreciated.\nClose\n\n")
    menu = "\n".join(["Harbour News", "Watch", "Listen", "Live TV", "Subscribe", "Sign in"] +
                     ["US", "World", "Politics", "Business", "Health", "Style", "Travel", "Sports", "Science"])
    page = f"{survey}{menu}\n\nWeather\n{TITLE}\n\nBy Anna Reece, Harbour News\n4 minute read\n\n{BODY}"
    assert clean(page).title == TITLE


def test_latest_news_label_over_the_headline_and_its_publish_time() -> None:
    page = (f"Harbour Trust\nSearch\nHome\nNews\nContact us\nHome\nNews\nLatest news\n\n{TITLE}\n\n"
            f"Published: 5 March 2026\n\n{BODY}")
    assert clean(page).title == TITLE


def test_event_box_with_a_ticket_button_above_the_header_is_not_the_headline() -> None:
    page = ("Harbour Rovers FC\nTickets\nShop\nNews\nFixtures\n\n"
            "NEXT MATCH\nHarbour Rovers v Kelso Town\nSat 9 Mar, 3:00pm · Pier Park\nBuy tickets\n\n"
            f"News\n5 March 2024\n\n{TITLE}\n\n{STANDFIRST}\n\nBy Ann Lee, Club Media\n\n{BODY}")
    art = clean(page)
    assert art.title == TITLE
    assert "Harbour Rovers v Kelso Town" in [d.line for d in art.dropped]


def test_an_advert_sentence_under_its_label_over_the_headline_is_not_the_headline() -> None:
    page = "\n".join(["Harbour Homes", "Buy", "Rent", "Sold", "News", "Agent advertisement",
                      "Is your home ready for the spring season? Talk to a local agent for a free appraisal.",
                      TITLE, "By Anna Reece", "12 Mar 2026, 1:15pm", "Share"] + BODY.split("\n\n"))
    assert clean(page).title == TITLE


def test_header_pasted_without_blank_lines_down_to_the_story() -> None:
    page = "\n".join(["Skip to main content", f"{TITLE} | Harbour Tribune", "Subscribe", "Log In", "HARBOUR TRIBUNE",
                      "Local", "EXCLUSIVE", TITLE, "By Anna Reece", "Published March 11, 2026, 6:14 p.m. ET",
                      "Share on Facebook", "Email", "Copy link", BODY.split("\n\n")[0]]) + "\n\n" + \
        "\n\n".join(BODY.split("\n\n")[1:])
    art = clean(page)
    assert art.title == TITLE and art.publication == "Harbour Tribune"
    assert BODY.split("\n\n")[0] in [b.text for b in art.blocks]


def test_menu_latest_list_stops_at_the_pages_own_headline() -> None:
    # a paste with no blank lines: a menu headed `Latest`, a badge, then the headline, standfirst and header
    page = "\n".join(["Subscribe from $1.99 a week", "Harbour Courier", "Latest", "Porthmoor", "Rural", "Sport",
                      "Opinion", "PREMIUM", TITLE, STANDFIRST + ".", "Listen to this story", "Anna Reece",
                      "4 Jun, 2025 05:00 AM", "5 mins to read"] + BODY.split("\n\n"))
    art = clean(page)
    assert art.title == TITLE
    assert {"Latest", "Porthmoor", "Opinion"} <= {d.line for d in art.dropped}


def test_byline_with_a_colon_is_no_fact_box() -> None:
    title = "Harbour lottery: 4,212 applicants for 388 berths, draw on April 9"
    page = "\n".join(["Kestrel Samachar", "Home / Coast / Porthmoor", title,
                      "Written By: Anna Reece | Edited By: Web Desk", "Last Updated: Mar 27, 2025, 18:04 IST"]
                     + BODY.split("\n\n"))
    assert clean(page).title == title


def test_reworded_twin_over_the_headline_is_dropped() -> None:
    twin = "'IT'S OVER' Council's harbour wall approved after a winter of storms battered the town"
    title = "Council approves new harbour wall after winter of storms battered the town"
    page = f"THE DAILY LANTERN\nNews\nCELEBRITY NEWS\n\n{twin}\n\n{title}\n\n{STANDFIRST}\n\nBy Anna Reece\n\n{BODY}"
    art = clean(page)
    assert art.title == title
    assert twin in {d.line for d in art.dropped}


def test_masthead_in_a_menu_named_by_its_short_name() -> None:
    menu = "\n".join(["Sign in", "Bizarre", "TV", "Celebrity", "Soaps", "Royals", "Music", "Puzzles", "THE DAILY BLAZE",
                      "CELEBRITY NEWS"])
    page = (f"{menu}\n{TITLE}\n{STANDFIRST}\nBy Anna Reece\n"
            + BODY.replace("the council said.", "the council told The Blaze."))
    assert clean(page).publication == "The Daily Blaze"


def test_headline_pasted_under_the_masthead_sharing_its_word_is_no_slogan() -> None:
    title = "Harbour rates to rise 9.8% as council faces water bill"
    page = "\n".join(["Harbour Courier", title, STANDFIRST + ".", "By Anna Reece"] + BODY.split("\n\n"))
    assert clean(page).title == title
    page = "\n".join(["Harbour Courier", "Serving Porthmoor and the harbour since 1889", title, "By Anna Reece"]
                     + BODY.split("\n\n"))
    art = clean(page)
    assert art.title == title and "Serving Porthmoor and the harbour since 1889" in {d.line for d in art.dropped}


def test_headline_of_two_short_sentences_over_an_unstopped_standfirst() -> None:
    title = "Council punts on the harbour wall again. Here's who blinked."
    page = "\n".join(["The Fourth Floor", "Subscribe", "Discover more from The Fourth Floor", "Type your email...",
                      "Already have a subscription? Sign in", title, STANDFIRST, "Anna Reece", "Oct 09, 2025", "Share"]
                     + BODY.split("\n\n"))
    assert clean(page).title == title


def test_video_credit_under_the_player_is_no_headline() -> None:
    page = "\n".join(["Harbour Tonight", "News", "Sport", "Weather", "Share", TITLE,
                      "Watch: Fishermen gathered at the harbour wall to protest. Report by Anna Reece", "2:14", "Play video",
                      "Video report by Anna Reece", "Wednesday 5 March 2025, 6:41pm"] + BODY.split("\n\n"))
    art = clean(page)
    assert art.title == TITLE and "Video report by Anna Reece" in {d.line for d in art.dropped}


def test_a_browsers_reader_view_header() -> None:
    page = "\n".join(["harbourpost.co.uk", TITLE, "The Harbour Post", "Anna Reece, Staff writer", "7–9 minutes"]
                     + BODY.split("\n\n"))
    art = clean(page)
    assert (art.title, art.publication) == (TITLE, "The Harbour Post")


def test_an_aggregators_title_over_the_pages_own_reworded_headline() -> None:
    own = "Council approves new harbour wall after winter of storms, survey finds"
    page = "\n".join(["ReliefHub", "Home › Harbour", TITLE[:-len("storms")] + "storms, Harbour Trust survey finds",
                      "News and Press Release", "Source", "Harbour Trust", "Posted", "4 Mar 2025"]) + \
        f"\n\n{own}\n{STANDFIRST}.\n\n{BODY}"
    assert clean(page).title == own


def test_language_switcher_over_the_logo_is_no_masthead() -> None:
    page = "\n".join(["EN", "CZ", "DE", "Bohemia Ledger", "Politics", "Prague", "Business", "Culture"]) + \
        f"\n\n{TITLE}\n\nBy Anna Reece\n\n{BODY}"
    assert clean(page).publication == "Bohemia Ledger"


def test_a_live_pages_headline_over_its_live_reporting_label() -> None:
    title = "Live: Roads and schools shut as the harbour wall gives way"
    page = (f"Harbour Today\nHome\nNews\nSport\n\n{title}\n\nLive Reporting\nEdited by Anna Reece\n\nAll times stated are UK\n\n"
            "Get involved\nGot a picture or a story about the flooding? Send it to us on WhatsApp.\n\n"
            "Posted at 17:05\nThat's all from us for today\n"
            "Thanks for joining us. Our live coverage is pausing for the evening, but the warnings remain.\n\n"
            "Posted at 16:41\nRest centre opens at the leisure centre\n"
            "The council says a rest centre is now open at the leisure centre for anyone who has had to leave.\n")
    art = clean(page)
    assert art.title == title
    assert {"All times stated are UK", "Get involved"} <= {d.line for d in art.dropped}
