"""One or two invented cases per normalise rule."""

from __future__ import annotations

import pytest

from narrator.models import RawArticle
from narrator.rules import line_reason
from narrator.normalise import byline_outlet, is_byline, masthead_name, normalise
from narrator.rules.credits import credit
from narrator.rules.links import navigation, read_more, teaser
from narrator.rules.notes import wire_footer
from narrator.rules.page import interface
from narrator.rules.prompts import prompt
from narrator.rules.stamps import timestamp


def clean(text: str):
    return normalise(RawArticle(text, "<test>"))


def reasons(text: str) -> dict[str, str]:
    return {d.line: d.reason for d in clean(text).dropped}


PAGE = """Evening Lantern
News
Sport

Harbour wall collapses after week of gales

Fishermen fear for their boats as repairs are delayed

By Anna Reece

Tue 2 Apr 2024 09.15 BST

The harbour wall at Porthmoor collapsed on Monday night after a week of gales battered the coast.

Repairs will not start until the summer, the harbour board said.

Related stories
Gales close coastal road

Tags
Weather
"""


def test_page_regions() -> None:
    art = clean(PAGE)
    assert art.title == "Harbour wall collapses after week of gales"
    assert art.publication == "Evening Lantern"
    assert art.standfirst == "Fishermen fear for their boats as repairs are delayed"
    assert art.byline == "By Anna Reece"
    assert [b.role for b in art.blocks] == ["title", "standfirst", "byline", "body", "body"]
    got = {d.line: d.reason for d in art.dropped}
    assert got["Evening Lantern"] == "masthead"
    assert got["News"] == "navigation"
    assert got["Tue 2 Apr 2024 09.15 BST"] == "dateline-timestamp"
    assert got["Related stories"] == got["Gales close coastal road"] == "related"
    assert got["Tags"] == got["Weather"] == "tags"


def test_caption_twin_with_image_credit_drops_both() -> None:
    text = PAGE.replace("Repairs will", "The broken wall at dawn\n\nThe broken wall at dawn (Image: Lantern)\n\nRepairs will")
    got = reasons(text)
    assert got["The broken wall at dawn"] == "caption"
    assert got["The broken wall at dawn (Image: Lantern)"] == "caption"


def test_caption_followed_by_picture_credit() -> None:
    text = PAGE.replace("Repairs will", "Boats tied up inside the harbour\nPicture: Jo Bell\n\nRepairs will")
    got = reasons(text)
    assert got["Boats tied up inside the harbour"] == "caption"
    assert got["Picture: Jo Bell"] == "credit"


def test_line_after_body_without_punctuation_is_footer() -> None:
    got = reasons(PAGE.replace("Related stories\n", "Have your say\n\nPodcast of the week\n\n"))
    assert got["Podcast of the week"] == "footer"


def test_unpunctuated_crosshead_inside_body_is_kept() -> None:
    text = PAGE.replace("Repairs will", "A long wait\n\nRepairs will")
    assert "A long wait" in [b.text for b in clean(text).blocks]


def test_tagline_under_masthead_is_dropped() -> None:
    got = reasons("Evening Lantern\nThe Voice of the Western Coast Since 1880 Daily\n\n" + PAGE.split("\n", 1)[1])
    assert got["The Voice of the Western Coast Since 1880 Daily"] == "masthead"


def test_tagged_headline_alone_is_the_title() -> None:
    art = clean(PAGE.replace("Harbour wall collapses after week of gales", "Harbour wall collapses after gales [VIDEO]"))
    assert art.title == "Harbour wall collapses after gales [VIDEO]"


def test_empty_text() -> None:
    assert clean("").blocks == ()


@pytest.mark.parametrize("line, reason", [
    ("Picture: Getty Images", "credit"),
    ("Image source, Reuters", "credit"),
    ("Image caption, Crowds gathered outside the town hall", "caption"),
    ("A crowd outside the court. Photograph: Sam Ward/PA", "caption"),
    ("Police at the scene (Image: PA)", "caption"),
    ("A woman votes in Lyon, France, May 4, 2024. WIRE/Jean Roux Purchase Licensing Rights, opens new tab", "caption"),
    ("The mayor spoke for an hour.", None),
])
def test_credit(line: str, reason: str | None) -> None:
    assert credit(line) == reason


def test_read_more_and_teaser() -> None:
    assert read_more("READ MORE: Ten walks to try this spring") == "read-more"
    assert read_more("More than 300 people attended.") is None
    assert teaser("Chancellor hints at tax cut [COMMENT]") == "teaser"
    assert teaser("The report [PDF] was published.") is None


@pytest.mark.parametrize("line", ["Published", "3 hours ago", "14 June 2023", "Sun 10 Mar 2024 19.48 GMT",
                                  "June 3, 2024 8:01 AM EDTUpdated 5 min ago",
                                  "PUBLISHED: 10:31 GMT, 12 March 2024 | UPDATED: 14:02 GMT, 12 March 2024"])
def test_timestamp(line: str) -> None:
    assert timestamp(line) == "dateline-timestamp"


def test_timestamp_keeps_names_and_prose() -> None:
    assert timestamp("Theresa May") is None
    assert timestamp("On Monday the market fell.") is None


@pytest.mark.parametrize("line, reason", [
    ("Join our Politics WhatsApp community for breaking news", "social"),
    ("Get our Morning Brief newsletter – sign up here", "newsletter"),
    ("Sign up to First Edition", "newsletter"),
    ("Free daily newsletter", "newsletter"),
    ("Advertisement · Scroll to continue", "advert"),
    ("Advertisement", "advert"),
    ("He said the newsletter had 4,000 readers and would continue next year.", None),
    ("“Follow the money,” she said of the new app.", None),
])
def test_prompt(line: str, reason: str | None) -> None:
    assert prompt(line) == reason


def test_interface_navigation_and_footer() -> None:
    assert interface("Share") == interface("Save") == interface("Comments") == "social"
    assert interface("Shares fell sharply") is None
    assert navigation("Skip to main content") == navigation("The Lantern - Back to home") == "navigation"
    assert wire_footer("Reporting by Ana Ruiz; Editing by Tom Hale") == "footer"
    assert wire_footer("Reporting was difficult, she said.") is None


def test_masthead_and_byline_helpers() -> None:
    assert masthead_name("THE COURIER") == "The Courier"
    assert masthead_name("Menu") is None
    assert is_byline("By Anna Reece") and is_byline("Anna Reece at Wembley")
    assert not is_byline("Fishermen fear for their boats")
    assert byline_outlet("NWS News, Devon") == "NWS News"
    assert byline_outlet("Devon") is None


def test_publication_from_byline_when_no_masthead() -> None:
    text = "Skip to content\nHome\n\nHarbour wall collapses after week of gales\n\nAnna Reece\nKBC News, Cornwall\n\n" \
           "The harbour wall at Porthmoor collapsed on Monday night after a week of gales.\n"
    art = clean(text)
    assert art.publication == "KBC News"
    assert art.byline == "Anna Reece, KBC News, Cornwall"


def test_wire_photo_credit_and_contributor_line() -> None:
    assert credit("Crews at the fire near Paso, Calif., on Monday. (AP Photo/Noah Berg)") == "caption"
    assert wire_footer("Staff writer Sam Lee in Leeds contributed to this report.") == "footer"


def test_masthead_after_skip_link() -> None:
    text = "Skip to main content\nKBC News\nWorld\n\nHarbour wall collapses after week of gales\n\n" \
           "The harbour wall at Porthmoor collapsed on Monday night after a week of gales.\n"
    art = clean(text)
    assert art.publication == "KBC News"
    assert {d.line: d.reason for d in art.dropped}["KBC News"] == "masthead"


BODY = ("The harbour wall at Porthmoor collapsed on Monday night after a week of gales.\n\n"
        "Repairs will not start until the summer, the harbour board said.\n")


def test_short_headline_standing_alone_is_the_title() -> None:
    art = clean("Bridge reopens early\n\n" + BODY)
    assert art.title == "Bridge reopens early"
    art = clean("Encore\nMusic\nFilm\n\nSinger cancels tour\n\nPriya Nand\n\n" + BODY)
    assert (art.title, art.publication) == ("Singer cancels tour", "Encore")


def test_short_menu_items_are_not_headlines() -> None:
    art = clean("Sportline\nRugby Union World Cup\n\nLocal News\n\nHarbour wall collapses after week of gales\n\n" + BODY)
    assert art.title == "Harbour wall collapses after week of gales"


def test_short_closing_sentence_is_kept_but_footer_links_go() -> None:
    art = clean("Harbour wall collapses after week of gales\n\n" + BODY + "\nThe repairs cost £340,000.\n\nTerms of Use\n")
    kept = [b.text for b in art.blocks]
    assert "The repairs cost £340,000." in kept and "Terms of Use" not in kept


def test_masthead_named_the_something_after_skip_links() -> None:
    art = clean("Skip to main content\nThe Prairie Sentinel\nSubscribe for $1\n\n"
                "Harbour wall collapses after week of gales\n\n" + BODY)
    assert art.publication == "The Prairie Sentinel"


def test_caption_twice_without_credit_drops_both() -> None:
    cap = "Margaret Pryce, 92, waves to her family as she reaches the shore"
    got = reasons(PAGE.replace("Repairs will", f"{cap}\n\n{cap}\n\nRepairs will"))
    assert got[cap] == "caption"
    assert len([b for b in clean(PAGE.replace("Repairs will", f"{cap}\n\n{cap}\n\nRepairs will")).blocks
                if b.text == cap]) == 0


def test_social_embed_region_and_signature() -> None:
    embed_page = PAGE.replace("Repairs will", (
        "Skip Twitter post, 1\n\nAllow Twitter content?\n\nThis article contains content provided by Twitter. "
        "We ask for your permission before anything is loaded.\n\nAccept and continue\n\n"
        "The sea came right over the wall tonight. Stay safe everyone pic.twitter.com/Ab12Cd\n"
        "— Porthmoor Lifeboat (@porthmoorrnli) April 1, 2024\n\nEnd of Twitter post, 1\n\n"
        "View this post on Instagram\n\nA post shared by Ann Reece (@annreece)\n\nRepairs will"))
    kept = [b.text for b in clean(embed_page).blocks]
    assert kept[-1].startswith("Repairs will") and kept[-2].startswith("The harbour wall")


def test_tweet_text_above_signature_in_its_own_group() -> None:
    got = reasons(PAGE.replace("Repairs will", (
        "Huge waves at the harbour this morning #storm https://t.co/x1\n\n"
        "— Jo Bell (@jobell) April 1, 2024\n\nRepairs will")))
    assert got["Huge waves at the harbour this morning #storm https://t.co/x1"] == "embed"


def test_video_player_block_with_its_title() -> None:
    got = reasons(PAGE.replace("Repairs will", (
        "Video Ad Feedback\nWhy the harbour wall gave way\n02:14 - Source: NCN\n\n"
        "Watch: Waves crash over the wall\nDuration 2:31\nPlay Video\n\nRepairs will")))
    assert got["Video Ad Feedback"] == "advert"
    assert got["Why the harbour wall gave way"] == got["02:14 - Source: NCN"] == "video"
    assert got["Duration 2:31"] == "video" and got["Play Video"] == "social"


@pytest.mark.parametrize("line", [
    "Editor’s Note: Sign up for NCN’s Health Matters newsletter series. Our guide helps you.",
    "Editor's note: This story has been updated with the latest figures from officials.",
    "This article was originally published on The Exchange, a site for news from academics.",
    "DOI: 10.1016/j.chom.2024.02.011", "___", "Story continues below", "Link Copied!",
    "Published 5:14 p.m. CT March 6, 2024", "e-mail", "Key event", "Live",
])
def test_page_notes_and_labels_inside_body_are_dropped(line: str) -> None:
    assert line in reasons(PAGE.replace("Repairs will", f"{line}\n\nRepairs will"))


def test_reference_block_and_related_article_singular() -> None:
    got = reasons(PAGE.replace("Repairs will", (
        "Related article\nStorms are getting stronger. Here’s what we know\n\n"
        "Journal reference:\nLee, A. & Bell, J. Sea walls under stress. Coastal Science 3, 1–9 (2024).\n\nRepairs will")))
    assert got["Storms are getting stronger. Here’s what we know"] == "related"
    assert got["Lee, A. & Bell, J. Sea walls under stress. Coastal Science 3, 1–9 (2024)."] == "reference"


def test_promo_heading_above_newsletter_line_is_dropped():
    text = ("Village hall saved by late donation\n\nThe hall will stay open after a donor paid for its new roof.\n\n"
            "It reopens on Saturday with a free concert for residents.\n\n"
            "Get the Courier Briefing\nSign up to our free newsletter for the day's top stories\n\n"
            "The concert starts at 7pm.\n")
    clean = normalise(RawArticle(text, "x"))
    reasons = {d.line: d.reason for d in clean.dropped}
    assert reasons["Get the Courier Briefing"] == "newsletter"
    assert [b.text for b in clean.blocks][-1] == "The concert starts at 7pm."


def test_doctests() -> None:
    import doctest

    import narrator.captions
    import narrator.endmatter
    import narrator.normalise
    import narrator.outlet
    import narrator.twins
    assert doctest.testmod(narrator.normalise).failed == 0
    assert doctest.testmod(narrator.captions).failed == 0
    assert doctest.testmod(narrator.twins).failed == 0
    assert doctest.testmod(narrator.endmatter).failed == 0
    assert doctest.testmod(narrator.outlet).failed == 0


def test_cookie_banner_first_does_not_hide_the_masthead_or_take_the_title() -> None:
    art = clean("We use cookies on our website to improve your experience. Accept all Manage preferences\n\n" + PAGE)
    assert art.title == "Harbour wall collapses after week of gales"
    assert art.publication == "Evening Lantern"
    assert reasons(art_text := "We use cookies on our site. Accept all\n\n" + PAGE)[art_text.splitlines()[0]] == "consent"


def test_live_score_ticker_is_not_the_headline() -> None:
    page = PAGE.replace("News\nSport\n", "News\nSport\n\nLIVE SCORES\nNorthgate 1-1 Eastham 54'\nRiverside 3-0 Abbey Vale FT\n")
    art = clean(page)
    assert art.title == "Harbour wall collapses after week of gales"
    assert not any("Northgate" in b.text for b in art.blocks)


def test_scoreboard_and_price_boxes_go_with_their_status_line() -> None:
    box = "FT\nRiverside Rovers 3\nAbbey Vale 0\nGoals: Hart 12', 40'; Lowe 77'"
    quote = "Porthmoor Harbour Ltd\nPHL\nGBP 4.10 -0.20 -4.65%"
    got = reasons(PAGE.replace("Repairs will", f"{box}\n\n{quote}\n\nRepairs will"))
    assert all(got[ln] == "scores" for ln in box.splitlines())
    assert all(got[ln] == "ticker" for ln in quote.splitlines())


def test_result_line_under_the_headline_is_kept() -> None:
    page = PAGE.replace("Fishermen fear", "Riverside Rovers 3-0 Abbey Vale\n\nFishermen fear")
    assert "Riverside Rovers 3-0 Abbey Vale" in [b.text for b in clean(page).blocks]


def test_link_card_is_dropped_whole() -> None:
    card = "As it happened: Riverside v Abbey Vale\nLive updates and reaction from the harbour\nRead the full live blog"
    got = reasons(PAGE.replace("Repairs will", f"{card}\n\nRepairs will"))
    assert all(got[ln] == "read-more" for ln in card.splitlines())


def test_alt_text_above_a_credited_caption_is_dropped() -> None:
    pic = "A fishing boat on the slipway.\nBoats were lifted out of the water on Tuesday.(Lantern News: Jo Hart)"
    got = reasons(PAGE.replace("Repairs will", f"{pic}\n\nRepairs will"))
    assert got["A fishing boat on the slipway."] == "caption"


def test_title_above_player_controls_is_a_video_title() -> None:
    page = PAGE.replace("By Anna Reece", "Watch: waves break over the harbour wall\n\nPrev\nNext\n\nBy Anna Reece")
    page = page.replace("Watch: waves", "Waves")
    got = reasons(page)
    assert got["Waves break over the harbour wall"] == "video"
    assert got["Prev"] == got["Next"] == "video"


def test_closing_author_bio_is_dropped_but_not_a_story_sentence() -> None:
    bio = "Anna Reece is a senior coastal reporter at the Evening Lantern. She lives in Porthmoor."
    got = reasons(PAGE.replace("Related stories", f"{bio}\n\nRelated stories"))
    assert got[bio] == "author-bio"
    page = PAGE.replace("Repairs will", f"{bio}\n\nRepairs will")
    assert bio in [b.text for b in clean(page).blocks]


def test_station_masthead_after_skip_link_and_copyright_fallback() -> None:
    art = clean("Skip to content\nWXRT 7 Lakeside\nNews\nWeather\n\n" + PAGE.split("\n", 3)[3])
    assert art.publication == "WXRT 7 Lakeside"
    art = clean(PAGE.split("\n", 3)[3] + "\n\n© 2024 The Porthmoor Lantern Company")
    assert art.publication == "The Porthmoor Lantern"


def test_closing_line_about_someone_not_in_the_byline_stays() -> None:
    last = "Mr Tregothnan was a reporter at the Lantern for 40 years before he retired."
    page = PAGE.replace("Related stories", f"{last}\n\nRelated stories")
    assert last in [b.text for b in clean(page).blocks]


def test_gallery_controls_under_the_headline_leave_the_headline() -> None:
    page = PAGE.replace("\n\nFishermen fear", "\n\nPrev\nNext\n\nFishermen fear")
    art = clean(page)
    assert art.title == "Harbour wall collapses after week of gales"


def test_title_case_headline_beside_a_status_line_is_not_a_figure() -> None:
    page = PAGE.replace("Harbour wall collapses after week of gales",
                        "FT\nHarbour Wall Collapses After Week Of Gales")
    assert clean(page).title == "Harbour Wall Collapses After Week Of Gales"


STORY = ("Council approves new harbour wall after winter of storms\n\n"
         "By Anna Reece\n\n"
         "The council approved a new harbour wall on Monday after a winter of storms battered the town.\n\n"
         "Work will begin in the spring and is expected to take two years to complete.\n\n"
         "{middle}"
         "The harbour master said the old wall had been patched for the last time this winter.\n\n"
         "Residents will be able to see the plans at the library from next week onwards.\n\n"
         "{end}")


def test_promo_pitch_beside_a_sign_up_button_is_not_the_title() -> None:
    text = "Daybook\nThe unofficial guide to the harbour, every weekday morning.\nSign up\n\nSECTION\n\n" + \
        STORY.format(middle="", end="")
    assert clean(text).title == "Council approves new harbour wall after winter of storms"


def test_sponsored_heading_takes_its_card() -> None:
    middle = "Sponsored Content\nThis Little Trick Could Cut Your Bill in Half\nSaverDaily\n\n"
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["This Little Trick Could Cut Your Bill in Half"] == got["SaverDaily"] == "advert"


def test_related_heading_takes_the_link_paragraphs_under_it() -> None:
    middle = ("RELATED ARTICLES\n\nPrevious\n1\nNext\n\nWalker rescued after three days lost on hills says...\n\n"
              "Moment crew winch injured climber from cliff\n\nShare\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert "1" in got
    for line in ("Walker rescued after three days lost on hills says...", "Moment crew winch injured climber from cliff"):
        assert got[line] == "related"


def test_related_heading_leaves_a_crosshead_above_prose() -> None:
    middle = "Related\n\nPlans go on show\n\n"
    assert "Plans go on show" not in reasons(STORY.format(middle=middle, end=""))


def test_about_the_author_heading_takes_the_bio() -> None:
    end = "DPB News Loaded\n\nABOUT THE AUTHOR\n\nAnna Reece is a reporter with DPB Coast. She covers the harbour.\n"
    got = reasons(STORY.format(middle="", end=end))
    assert got["ABOUT THE AUTHOR"] == got["Anna Reece is a reporter with DPB Coast. She covers the harbour."] == "author-bio"
    assert "DPB News Loaded" in got


def test_tags_line_with_its_list_opens_the_end_matter() -> None:
    end = "Filed Under: Harbour, Council\n\nWire Pro\nGet the intelligence you need. Request a demo today.\n"
    got = reasons(STORY.format(middle="", end=end))
    assert got["Filed Under: Harbour, Council"] == "tags"
    assert got["Get the intelligence you need. Request a demo today."] == "footer"


def test_explore_more_on_these_topics_opens_the_end_matter() -> None:
    end = ("Explore more on these topics\nHarbour\nWeather\n\n"
           "We have no shareholders and no billionaire owner, so we can report without fear. Support us today.\n")
    got = reasons(STORY.format(middle="", end=end))
    assert got["Explore more on these topics"] == got["Harbour"] == "tags"
    assert got["We have no shareholders and no billionaire owner, so we can report without fear. Support us today."] == "footer"


def test_cluster_of_unfinished_lines_inside_the_body_is_furniture() -> None:
    middle = "Pinned from the gallery\nSee the pictures\n\n"
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["Pinned from the gallery"] == got["See the pictures"] == "furniture"


def test_two_long_unpunctuated_caption_lines_inside_the_body_are_furniture() -> None:
    a = "The harbour master walks along the old wall at Porthmoor harbour on the Cornish coast on Tuesday, March 5, 2024, before the vote"
    b = "The old wall at Porthmoor was built in 1870 and has been patched after almost every winter storm since the floods of 1990 hit"
    got = reasons(STORY.format(middle=f"{a}\n\n{b}\n\n", end=""))
    assert got[a] == got[b] == "furniture"
    assert a not in reasons(STORY.format(middle=f"{a}\n\n", end=""))  # one alone may be a long crosshead


def test_lone_crosshead_and_introduced_list_are_kept() -> None:
    middle = "Plans go on show\n\n"
    assert "Plans go on show" not in reasons(STORY.format(middle=middle, end=""))
    middle = "The plan for the harbour includes:\n\nA new sea wall\nA wider slipway\n\n"
    got = reasons(STORY.format(middle=middle, end=""))
    assert "A new sea wall" not in got and "A wider slipway" not in got


def test_closing_question_to_the_reader_is_footer() -> None:
    got = reasons(STORY.format(middle="", end="Was this helpful?\n"))
    assert got["Was this helpful?"] == "feedback"


def test_caption_printed_again_without_its_credit_is_dropped() -> None:
    middle = "Boats in the harbour at dawn. Picture: Jo Hart\nBoats in the harbour at dawn\n\n"
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["Boats in the harbour at dawn"] == "caption"


def test_question_inside_a_link_list_goes_with_the_list() -> None:
    middle = ("Keep reading\nlist of 3 items\nlist 1 of 3\nHarbour fees to rise\nlist 2 of 3\n"
              "Why are storms getting worse?\nlist 3 of 3\nWall repairs delayed again\nend of list\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert "Why are storms getting worse?" in got


def test_statement_between_dropped_lines_of_a_paragraph_is_kept() -> None:
    middle = "Share\nThe wall will cost £2m\nAdvertisement\n\nThe wall was built in 1870.\n\n"
    assert "The wall will cost £2m" in reasons(STORY.format(middle=middle, end=""))
    middle = "Share\nThe wall will cost £2m.\nAdvertisement\n\n"
    assert "The wall will cost £2m." not in reasons(STORY.format(middle=middle, end=""))


def test_reader_feature_blurb_between_header_chrome_is_dropped() -> None:
    text = STORY.format(middle="", end="").replace(
        "By Anna Reece\n\n", "By Anna Reece\n12 Apr 2024\n\nSave stories to read later in your own list.\n\nShare\nEmail\n\n")
    got = reasons(text)
    assert got["Save stories to read later in your own list."] == "page-note"


def test_standfirst_addressing_the_reader_is_kept() -> None:
    text = STORY.format(middle="", end="").replace(
        "By Anna Reece\n\n", "Everything you need to know about the new wall\n\nBy Anna Reece\n\n")
    assert "Everything you need to know about the new wall" not in reasons(text)


def test_pitch_above_a_sign_up_form_is_dropped() -> None:
    middle = ("The Tide is a reader-supported publication. To receive new posts, consider becoming a subscriber.\n\n"
              "Type your email…\nSubscribe\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["The Tide is a reader-supported publication. To receive new posts, consider becoming a subscriber."] == \
        got["Type your email…"] == "newsletter"


def test_author_card_naming_the_byline_opens_the_end_matter() -> None:
    end = "Harbours\nCouncils\n\n2.4K\n41\n\nWritten by Anna Reece\n1.1K Followers\n\nA reporter writing about the coast.\n\nFollow\n"
    got = reasons(STORY.format(middle="", end=end))
    assert got["Written by Anna Reece"] == "author-bio"
    assert got["A reporter writing about the coast."] == got["Harbours"] == "footer"
    assert got["2.4K"] == "social"  # a post's counter alone, dropped by its own line rule


def test_lone_highlight_label_in_the_body_is_furniture() -> None:
    assert reasons(STORY.format(middle="Top highlight\n\n", end=""))["Top highlight"] == "furniture"


def test_masthead_after_chrome_is_found_when_the_page_names_it_again() -> None:
    head = "Skip links\nSkip to Content\nPlay Live\nMeridian\nNavigation menu\nNews\nClimate\n\n"
    text = head + STORY.format(middle="The harbour master told Meridian the wall was unsafe.\n\n",
                               end="Source: Meridian\n\n© 2024 Meridian Media Network\n")
    assert clean(text).publication == "Meridian"


def test_menu_item_named_again_in_the_body_needs_the_masthead_first() -> None:
    head = "Skip to content\nMenu\nNews\nSport\n\n"
    text = head + STORY.format(middle="News of the repairs spread fast.\n\nNews crews arrived.\n\n", end="")
    assert clean(text).publication is None


def test_byline_spells_out_a_short_masthead() -> None:
    text = "Skip to content\nDPB\nMenu\n\n" + STORY.format(middle="", end="").replace(
        "By Anna Reece", "Anna Reece · DPB News ·") + "\n\nWatch DPB tonight.\n\nDPB Radio\n"
    assert clean(text).publication == "DPB News"


def test_blog_platform_names_its_publication_in_the_header() -> None:
    text = STORY.format(middle="", end="").replace("By Anna Reece\n\n", "Anna Reece\nFollow\nPublished in\nThe Civic Ledger\n9 min read\n\n")
    assert clean(text).publication == "The Civic Ledger"


def _kept(text: str) -> list[str]:
    from narrator.normalise import normalise
    return [b.text for b in normalise(RawArticle(text, None)).blocks]


_STORY = ("Town hall roof gives way after storm\n\nBy Ann Lee\n\n"
          "The roof of the town hall collapsed on Monday night after days of heavy snow, officials said.\n\n")


def test_caption_toggle_drops_its_whole_caption_block() -> None:
    kept = _kept(_STORY + "Workers clear snow from the steps of the hall on Tuesday.\nJo Park for NPA\nhide caption\n"
                 "toggle caption\nJo Park for NPA\n\nNobody was hurt in the collapse, the council said on Tuesday.\n")
    assert not any("Jo Park" in k or "caption" in k or "Workers clear" in k for k in kept)
    assert any(k.startswith("Nobody was hurt") for k in kept)


def test_market_box_heading_goes_with_its_rows() -> None:
    kept = _kept(_STORY + "Markets at a glance\nFTSE 100 7,712.4 +0.3%\nBrent ($/bbl) 83.20 +0.4%\n\n"
                 "Nobody was hurt in the collapse, the council said on Tuesday.\n")
    assert "Markets at a glance" not in kept


def test_lone_crosshead_with_an_interface_word_is_read() -> None:
    kept = _kept(_STORY + "The repairs will cost at least £2m, according to early estimates from engineers.\n\n"
                 "Our view\n\nWe think the council should have cleared the roof sooner, given the forecast.\n")
    assert "Our view" in kept


def test_promo_box_ending_in_a_button_is_dropped_whole() -> None:
    kept = _kept(_STORY + "Find a new car deal\nCompare prices from trusted dealers near you\nGet a quote\n\n"
                 "Nobody was hurt in the collapse, the council said on Tuesday.\n")
    assert not any(k.startswith(("Find a new", "Compare prices", "Get a")) for k in kept)


def test_bare_read_more_takes_its_one_link_even_above_prose() -> None:
    kept = _kept(_STORY + "READ MORE\n\nLibrary funding row: councils told to ‘find the money locally’\n\n"
                 "Nobody was hurt in the collapse, the council said on Tuesday.\n")
    assert not any(k.startswith("Library funding row") for k in kept)
    assert any(k.startswith("Nobody was hurt") for k in kept)


def test_site_tagline_under_headline_names_the_publication() -> None:
    from narrator.normalise import normalise
    clean = normalise(RawArticle("Main Page\nLatest news\n\nTown hall roof gives way after storm\n\n"
                                 "From Commons News, the free news source you can write!\n\n"
                                 "The roof of the town hall collapsed on Monday night after days of heavy snow.\n",
                                 None))
    assert clean.publication == "Commons News"
    assert not any(b.text.startswith("From Commons") for b in clean.blocks)


def test_pull_quote_repeating_the_story_is_dropped() -> None:
    kept = _kept(_STORY + "“We have to earn our place here every single day”\n\n"
                 "“We have to earn our place here every single day, and we know it,” the mayor said.\n")
    assert "“We have to earn our place here every single day”" not in kept
    assert any(k.startswith("“We have to earn our place here every single day, and") for k in kept)


def test_lone_quote_line_not_repeated_is_kept() -> None:
    kept = _kept(_STORY + "“We will rebuild it, whatever it costs us in the end.”\n\n"
                 "Nobody was hurt in the collapse, the council said on Tuesday.\n")
    assert "“We will rebuild it, whatever it costs us in the end.”" in kept


def test_lead_picture_caption_under_share_buttons() -> None:
    text = ("Town hall roof gives way after storm\n\nBy Ann Lee\n\nPin\nSave\nShare\n\n"
            "Workers on the steps of the old town hall\n\n"
            "The roof of the town hall collapsed on Monday night after days of heavy snow, officials said.\n")
    assert "Workers on the steps of the old town hall" not in _kept(text)


def test_line_under_a_dropped_caption_is_the_storys() -> None:
    text = ("Rovers reach the final after shoot-out\n\nBy Ann Lee\n\n"
            "Leah Tranter celebrates after saving the decisive penalty\nPicture: Getty Images\n\n"
            "Castlebridge Rovers 1-1 Northfleet City (Castlebridge win 5-4 on penalties)\n\n"
            "Castlebridge Rovers are one game away from the most improbable trophy in their history tonight.\n")
    assert "Castlebridge Rovers 1-1 Northfleet City (Castlebridge win 5-4 on penalties)" in _kept(text)


def test_newsletter_sender_above_its_issue_line_is_the_publication() -> None:
    from narrator.normalise import normalise
    clean = normalise(RawArticle("View this email in your browser\n\nKestrel Street Research\n"
                                 "The Morning Ledger | Issue 412 | Thursday 14 March 2024\n\n"
                                 "Orvane Minerals slashes copper guidance after flooding\n\nBy Ann Lee\n\n"
                                 "Orvane Minerals cut its full-year copper forecast by 22% on Wednesday after flooding.\n",
                                 None))
    assert (clean.title, clean.publication) == ("Orvane Minerals slashes copper guidance after flooding",
                                                "Kestrel Street Research")


def test_sidebar_paragraph_pasted_into_the_story_is_dropped() -> None:
    middle = ("Obituaries\nPENROSE, Alan James\nMarch 2, 2024\nTREVAIL, Mary\nMarch 1, 2024\nSee all obituaries\n"
              "Classifieds\nFOR SALE: Dinghy, 12ft, good condition. Call 555-0101\nPlace a classified\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    for line in ("Obituaries", "PENROSE, Alan James", "TREVAIL, Mary", "Classifieds"):
        assert got[line] == "sidebar"


def test_weather_widget_takes_its_labels() -> None:
    middle = "Coast Weather\n8°\nFeels like 4°\nLight Rain\nWind: SW 20 mph\n7 Day Forecast\n\n"
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["Coast Weather"] == got["Light Rain"] == "sidebar"


def test_paragraph_of_short_story_lines_is_not_a_sidebar() -> None:
    middle = "The wall will have:\nA new slipway\nTwo steel gates\nA viewing platform\nA lifeboat ramp\n\n"
    assert not set(reasons(STORY.format(middle=middle, end=""))) & {"A new slipway", "Two steel gates"}


def test_shopping_box_and_poll_take_their_lines() -> None:
    middle = "SHOP THE LOOK\nStriped Deck Shoes\n$68 at Harbour Goods\nWaxed Jacket\n$120 at Quayside\n\n" \
             "Was this helpful?\nYes\nNo\n\n"
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["Striped Deck Shoes"] == got["Waxed Jacket"] == "shopping"
    assert got["Yes"] == got["No"] == "feedback"


def test_author_bio_under_the_byline_is_dropped() -> None:
    bio = "Anna Reece is a Coastal Writer at the Evening Lantern. She has covered the harbour for a decade."
    got = reasons(STORY.replace("By Anna Reece\n\n", f"By Anna Reece\n\n{bio}\n\n").format(middle="", end=""))
    assert got[bio] == "author-bio"


def test_closing_bios_with_contact_lines_and_the_card_name_are_dropped() -> None:
    end = ("Anna Reece\nAnna Reece is the Lantern's harbour reporter.\nConnect via Twitter or email.\n")
    got = reasons(STORY.format(middle="", end=end))
    assert got["Anna Reece"] == got["Anna Reece is the Lantern's harbour reporter."] == "author-bio"


def test_crosshead_after_a_dropped_cluster_is_kept() -> None:
    middle = "Tide times\nHigh water 06:12\nView all tides\n\nWhat the harbour board says\n\n"
    got = reasons(STORY.format(middle=middle, end=""))
    assert "What the harbour board says" not in got and got["Tide times"] == "furniture"


def test_introduced_list_runs_on_past_a_punctuated_item() -> None:
    middle = ("The council has set up the following for boat owners:\n\nA help desk at the harbour office, "
              "weekdays from 10 a.m.\n\nFree help with insurance claims\n\nA repair fund for small boats\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert "Free help with insurance claims" not in got and "A repair fund for small boats" not in got


def test_label_alone_above_a_list_is_read_but_a_summary_box_goes_whole() -> None:
    points = "Three new berths will open in May\n\nThe slipway will be widened\n\n"
    got = reasons(STORY.replace("By Anna Reece\n\n", f"By Anna Reece\n\nKey points:\n\n{points}").format(middle="", end=""))
    assert "Key points:" not in got
    boxed = "Key points:\n" + points.replace("\n\n", "\n", 1)
    got = reasons(STORY.replace("By Anna Reece\n\n", f"By Anna Reece\n\n{boxed}").format(middle="", end=""))
    # set in one block, the points say again what the story says: the whole box goes
    assert got["Key points:"] == got["Three new berths will open in May"] == got["The slipway will be widened"] == "summary-box"


def test_masthead_on_two_lines_and_a_long_name_the_page_repeats() -> None:
    art = clean("HARBOUR LIGHT\nDAILY\nNews\n\n" + STORY.format(middle="", end=""))
    assert art.publication == "Harbour Light Daily"
    text = "The South Harbour Beacon\nNews\n\n" + STORY.format(middle="", end="") + \
        "Anna Reece reports for The South Harbour Beacon.\n\n© 2024 The South Harbour Beacon\n"
    assert clean(text).publication == "The South Harbour Beacon"


def test_alt_text_twin_above_a_credited_caption_is_dropped() -> None:
    middle = "Boats in the harbour at dawn.\nBoats in the harbour at dawn.\nPhoto: Jo Bell/Lantern\n\n"
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["Boats in the harbour at dawn."] == "caption"
    assert "Boats in the harbour at dawn." not in [b.text for b in clean(STORY.format(middle=middle, end="")).blocks]


def test_paste_without_blank_lines_sets_each_line_apart() -> None:
    lines = ["Share", "Follow us", "Council approves new harbour wall after winter of storms", "By Anna Reece"] + \
        [s for s in STORY.format(middle="", end="").split("\n\n")[2:] if s] + ["Harbour works", "Tide times"] * 4
    art = clean("\n".join(lines))
    kept = [b.text for b in art.blocks]
    assert art.title == "Council approves new harbour wall after winter of storms" and "By Anna Reece" in kept
    # a short paste without blank lines is still one paragraph: its button spreads to the unpunctuated line
    assert reasons("Share\nHarbour works\n\n" + STORY.format(middle="", end=""))["Harbour works"] == "social"


def test_post_heading_under_a_button_is_kept() -> None:
    middle = "Key event\nSlipway to be widened as part of the works\n\nThe slipway will be widened by two metres, the council said.\n\n"
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["Key event"] == "social" and "Slipway to be widened as part of the works" not in got
    middle = "Share\nSlipway to be widened as part of the works\nTweet\n\n"
    assert reasons(STORY.format(middle=middle, end=""))["Slipway to be widened as part of the works"] == "social"


def test_caption_above_its_credit_across_picture_buttons() -> None:
    middle = "IMAGE:\nBOATS IN THE HARBOUR AT DAWN.\nview more\nCREDIT: JO BELL\n\n"
    assert reasons(STORY.format(middle=middle, end=""))["BOATS IN THE HARBOUR AT DAWN."] == "caption"
    middle = "The wall will be built in three stages over two years.\n\nPhoto: Jo Bell\n\n"
    assert "The wall will be built in three stages over two years." not in reasons(STORY.format(middle=middle, end=""))


def test_social_post_card_with_its_time_is_an_embed() -> None:
    middle = ("Harbour Watch\n@harbourwatch\nWaves over the wall again tonight, stay away from the front.\n"
              "9:58 PM · Mar 14, 2026\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["Waves over the wall again tonight, stay away from the front."] == "embed"
    assert got["Harbour Watch"] == "embed"
    middle = "@harbourwatch\nWaves over the wall again tonight, stay away from the front.\n\n"
    assert "Waves over the wall again tonight, stay away from the front." not in reasons(STORY.format(middle=middle, end=""))


def test_sentence_repeated_from_an_earlier_paragraph_is_a_pull_quote() -> None:
    first = "The council approved a new harbour wall on Monday after a winter of storms battered the town."
    story = STORY.replace(first, first + " It will cost £4m.")
    assert reasons(story.format(middle=f"{first}\n\n", end=""))[first] == "pull-quote"
    # said once, or first (a standfirst the story then repeats), it stays
    assert first not in reasons(story.format(middle="", end=""))
    assert first not in reasons(f"Harbour wall approved\n\n{first}\n\n" + story.split("\n\n", 1)[1].format(middle="", end=""))


def test_lone_teaser_under_a_related_heading_goes_but_a_crosshead_stays() -> None:
    middle = "Related News\n\nFerry operator confirms fares will rise again from the start of April\n\n"
    assert reasons(STORY.format(middle=middle, end=""))[
        "Ferry operator confirms fares will rise again from the start of April"] == "related"
    middle = "Related News\n\nWhat happens next\n\n"
    assert "What happens next" not in reasons(STORY.format(middle=middle, end=""))


def test_question_crossheads_over_short_items_are_the_story_s_list() -> None:
    middle = ("What can go in your caddy\n\nTea bags and coffee grounds\nBread, pasta and rice\n\n"
              "What cannot go in\n\nPackaging of any kind\nGarden waste\n\n")
    assert not reasons(STORY.format(middle=middle, end=""))
    middle = "More from the council\n\nBin collection days\nRecycling A to Z\n\n"
    assert reasons(STORY.format(middle=middle, end=""))["Bin collection days"] == "furniture"


def test_by_line_above_a_photographer_credit_is_not_a_caption() -> None:
    text = STORY.format(middle="", end="").replace("By Anna Reece\n", "By Anna Reece\nPhotographs by Jo Bell for The Lantern\n")
    got = reasons(text)
    assert "By Anna Reece" not in got and got["Photographs by Jo Bell for The Lantern"] == "credit"
    text = STORY.format(middle="Boats at dawn\nPhotographs by Jo Bell\n\n", end="")
    assert reasons(text)["Boats at dawn"] == "caption"


def test_comment_section_runs_to_the_end_of_the_page() -> None:
    comments = ("3 Comments\nJo P. • Apr 2, 2025 at 6:14 pm\nThis is ridiculous. Some of us need the wall repaired now.\nReply\n\n"
                "Leave a Comment\nSave my name, email, and website in this browser for the next time I comment.\nPost Comment")
    page = PAGE.replace("Repairs will", "The board said the work would take a year to finish.\n\nRepairs will")
    got = reasons(page + "\n\n" + comments)
    assert got["This is ridiculous. Some of us need the wall repaired now."] == "comments"
    assert got["Save my name, email, and website in this browser for the next time I comment."] == "comments"


def test_comment_count_without_a_comment_box_leaves_the_story() -> None:
    page = PAGE.replace("Repairs will", "The board said the work would take a year to finish.\n\n"
                        "Boats were moved on Tuesday.\n\n3 Comments\n\nRepairs will")
    assert "Repairs will not start until the summer, the harbour board said." not in reasons(page)


def test_product_card_in_a_review_is_dropped_whole() -> None:
    card = ("Best Buy\nHarbour Pro Heated Airer\n★★★★★\nScore: 82%\n"
            "Our verdict: Dries a full load in five hours. Sturdy, and folds flat.\nPros: Fast drying\n£149.99 at Homevale")
    got = reasons(PAGE.replace("Repairs will", f"{card}\n\nRepairs will"))
    assert all(got[ln] in ("product", "shopping", "separator") for ln in card.splitlines())


def test_whats_next_crosshead_stays() -> None:
    page = PAGE.replace("Repairs will", "What's next\n\nRepairs will")
    assert "What's next" not in reasons(page)


def test_read_more_button_under_a_sponsored_card_leaves_the_crosshead_below() -> None:
    card = "Sponsored content\nHow one harbour cut repair bills by 40% – in association with Acme Marine\nRead more"
    page = PAGE.replace("Repairs will", f"{card}\n\nBoats are the first concern\n\nRepairs will")
    got = reasons(page)
    assert "Boats are the first concern" not in got and got["Read more"]


def test_event_box_with_a_ticket_price_and_button_is_a_promo() -> None:
    box = "Harbour Show 2025\n24–25 September | Porthmoor Quay\nTwo days of talks and demos. Early-bird tickets £18 until 31 August.\nBook now"
    got = reasons(PAGE.replace("Repairs will", f"{box}\n\nRepairs will"))
    assert all(ln in got for ln in box.splitlines())


def test_logo_above_the_headline_names_the_outlet_the_copyright_line_spells_out() -> None:
    page = ("Leum gu susbaint\nHarbour Lantern\nNews\n\nHarbour wall collapses after week of gales\n\nBy Anna Reece\n\n"
            "The harbour wall at Porthmoor collapsed on Monday night after a week of gales battered the coast.\n\n"
            "Repairs will not start until the summer, the harbour board said.\n\n© 2025 Harbour Lantern Media Ltd. All rights reserved.")
    assert clean(page).publication == "Harbour Lantern"


def test_video_line_in_a_paste_without_blank_lines_takes_only_its_neighbours() -> None:
    text = "\n".join(["Home", "News", "Sea wall to be built along the promenade after floods",
                      "Councillors approve the scheme despite fears over the views",
                      "Reporter: Ann Lee, Western Correspondent", "Published: 11 March 2025",
                      "Share", "▶ Listen: Ann Lee reports from the promenade",
                      "", "The council approved the sea wall on Monday after a decade of flooding on the promenade.",
                      "", "Work will begin in October and take about two years to finish, the council said."])
    art = normalise(RawArticle(text, "<test>"))
    assert art.title == "Sea wall to be built along the promenade after floods"
    assert "Share" in [d.line for d in art.dropped]


def test_video_title_beside_its_duration_goes_with_it() -> None:
    text = ("Sea wall to be built along the promenade after floods\n\n"
            "The council approved the sea wall on Monday after a decade of flooding on the promenade.\n\n"
            "Watch: storm waves hit the promenade\nDuration 2:31\n\n"
            "Work will begin in October and take about two years to finish, the council said.\n")
    dropped = [d.line for d in normalise(RawArticle(text, "<test>")).dropped]
    assert "Watch: storm waves hit the promenade" in dropped


def test_bilingual_labels_split_by_a_bar_are_read_in_their_second_language() -> None:
    text = "\n".join(["Baile | Home", "Cuardaigh | Search", "Sea wall to be built along the promenade after floods",
                      "Councillors approve the scheme despite fears over the views",
                      "Reporter: Ann Lee, Western Correspondent", "Foilsithe | Published: Dé Máirt, 11 Márta 2025 – 14:26",
                      "", "The council approved the sea wall on Monday after a decade of flooding on the promenade.",
                      "", "Fógra | Advertisement", "",
                      "Work will begin in October and take about two years to finish, the council said."])
    art = normalise(RawArticle(text, "<test>"))
    dropped = [d.line for d in art.dropped]
    assert "Fógra | Advertisement" in dropped and "Foilsithe | Published: Dé Máirt, 11 Márta 2025 – 14:26" in dropped
    assert "Reporter: Ann Lee, Western Correspondent" not in dropped


def test_two_headlines_split_by_a_bar_are_no_label() -> None:
    assert line_reason("Rates rise | Fares fall") is None


def test_tab_separated_table_rows_and_a_poll_box_go() -> None:
    text = ("Vellani wins at the harbour circuit after a late duel\n\n"
            "Marco Vellani won the race on Sunday after passing his team-mate with three laps to go.\n\n"
            "His team-mate finished second, a third of a second behind after a late mistake.\n\n"
            "Pos\tDriver\tPts\n1\tA. Driver\t81\n2\tB. Rider\t79\n\n"
            "POLL\nWho will win the title?\nA. Driver\nB. Rider\nVote\n\n"
            "The next race is in Shanghai in two weeks, where the team hopes to score again.\n")
    art = normalise(RawArticle(text, "<test>"))
    dropped = {d.line: d.reason for d in art.dropped}
    assert dropped["1 A. Driver 81"] == "table" and dropped["Who will win the title?"] == "poll"


def test_tabbed_prose_and_a_vote_paragraph_stay() -> None:
    text = ("Vellani wins at the harbour circuit after a late duel\n\n"
            "Marco Vellani won the race on Sunday.\tHe passed his team-mate late.\tThe crowd cheered.\n\n"
            "Who will win the title? Voters decide on Sunday.\nVote\n\n"
            "The next race is in Shanghai in two weeks, where the team hopes to score again.\n")
    kept = [b.text for b in normalise(RawArticle(text, "<test>")).blocks]
    assert "Who will win the title? Voters decide on Sunday." in kept
    assert any(t.startswith("Marco Vellani won") for t in kept)


_STORY = ("Council approves new harbour wall after winter of storms\n\n"
          "The council approved a new harbour wall on Monday after a winter of storms battered the town.\n\n"
          "Work will begin in the spring and take two years to complete, the council said.\n\n")


def test_story_closing_on_a_list_keeps_its_items() -> None:
    text = (_STORY + "Our advice for anyone living near the harbour wall:\n\n"
            "Keep sandbags ready from October until the end of March\n\n"
            "Check the council's flood map before buying a house near the water\n\n"
            "Meet our flood wardens\n\nAnn Lee – Harbour ward\n")
    art = normalise(RawArticle(text, "<test>"))
    kept = [b.text for b in art.blocks]
    assert "Check the council's flood map before buying a house near the water" in kept
    assert "Meet our flood wardens" in [d.line for d in art.dropped]


def test_colon_footer_heading_over_short_links_goes() -> None:
    text = _STORY + "Follow the council on social media:\n\nFacebook\n\nX\n\nInstagram\n"
    dropped = [d.line for d in normalise(RawArticle(text, "<test>")).dropped]
    assert "Follow the council on social media:" in dropped


def test_topics_heading_takes_its_comma_list_above_the_author_bio() -> None:
    text = (_STORY + "Related Topics\n\nHarbour, Storms, Council budget, Flooding\n\n"
            "Ann Lee is the harbour reporter at The Post and has covered the coast since 2019.\n")
    dropped = [d.line for d in normalise(RawArticle(text, "<test>")).dropped]
    assert "Harbour, Storms, Council budget, Flooding" in dropped


def test_crosshead_under_a_topics_heading_shaped_heading_stays_when_no_list() -> None:
    text = (_STORY + "Related Topics\n\nWhat happens next\n\n"
            "The council will publish the final plans for the wall in the summer, after a consultation.\n")
    kept = [b.text for b in normalise(RawArticle(text, "<test>")).blocks]
    assert "The council will publish the final plans for the wall in the summer, after a consultation." in kept


def test_press_release_ends_marker_takes_the_notes_and_contacts() -> None:
    text = (_STORY + "The harbour master said the old wall had been patched for the last time this winter.\n\n"
            "ENDS\n\nNotes to editors\n\nPhotographs from the harbour are available on request.\n\n"
            "Media enquiries: press office, 01632 960 412\n")
    dropped = [d.line for d in normalise(RawArticle(text, "<test>")).dropped]
    assert "Photographs from the harbour are available on request." in dropped
    dropped = [d.line for d in normalise(RawArticle(text.replace("ENDS", "Ends"), "<test>")).dropped]
    assert "Photographs from the harbour are available on request." in dropped  # set in title case
    story = _STORY + "Ends of the old wall will be kept\n\nThe council said both ends would stay as a memorial.\n"
    kept = [b.text for b in normalise(RawArticle(story, "<test>")).blocks]
    assert "The council said both ends would stay as a memorial." in kept  # `Ends` opening a line is no end mark


def test_reference_code_goes_but_a_reference_sentence_stays() -> None:
    text = ("Council approves new harbour wall after winter of storms\n\nReference: HC/PR/025/14\n\n" +
            _STORY.split("\n\n", 1)[1] + "Reference: the council's 2019 report found the wall was failing.\n")
    art = normalise(RawArticle(text, "<test>"))
    assert "Reference: HC/PR/025/14" in [d.line for d in art.dropped]
    assert "Reference: the council's 2019 report found the wall was failing." in [b.text for b in art.blocks]


def test_named_handle_post_card_across_lines_goes() -> None:
    text = (_STORY + "Sen. Ann Lee (@AnnLeeForHarbour)\n\nProud to vote YES on the wall tonight. pic.x.com/4hT9qLm2\n\n"
            "11:52 PM · Mar 18, 2025\n\n4.1K Reposts   18K Likes\n\n"
            "Go deeper: The wells are going dry in the county\n\n"
            "The harbour master said the old wall had been patched for the last time this winter.\n")
    dropped = [d.line for d in normalise(RawArticle(text, "<test>")).dropped]
    assert "Sen. Ann Lee (@AnnLeeForHarbour)" in dropped and "4.1K Reposts 18K Likes" in dropped
    assert "Go deeper: The wells are going dry in the county" in dropped


def test_named_handle_without_a_post_time_stays() -> None:
    text = _STORY + "Ann Lee (@annlee)\n\nThe harbour master said the old wall had been patched for the last time.\n"
    kept = [b.text for b in normalise(RawArticle(text, "<test>")).blocks]
    assert "The harbour master said the old wall had been patched for the last time." in kept


def test_review_score_card_and_a_watch_on_button_go() -> None:
    text = (_STORY + "Harbour Wall: The Game – Reveal Trailer | Expo 2024\n\nWatch on YouTube\n\n"
            "The first game sold more than two million copies after it launched in the spring.\n\n"
            "OUR VERDICT\n\nHarbour Wall\n\n9/10\n\nSuperb\n\n+ Haunting world\n\n– Final act drags\n\n"
            "The harbour master said the old wall had been patched for the last time this winter.\n")
    dropped = [d.line for d in normalise(RawArticle(text, "<test>")).dropped]
    assert "Harbour Wall: The Game – Reveal Trailer | Expo 2024" in dropped
    assert "Superb" in dropped and "– Final act drags" in dropped


def test_a_fraction_beside_a_crosshead_without_a_verdict_stays() -> None:
    text = _STORY + "Turnout\n\n9/10\n\nNine in ten residents voted in the harbour poll, the council said.\n"
    kept = [b.text for b in normalise(RawArticle(text, "<test>")).blocks]
    assert "Turnout" in kept


def test_price_pitch_over_a_donate_button_goes() -> None:
    text = (_STORY + "Could you help us rebuild the wall? Just £8 could pay for a sandbag.\n\nDonate now\n\n"
            "The harbour master said the old wall had been patched for the last time this winter.\n")
    dropped = [d.line for d in normalise(RawArticle(text, "<test>")).dropped]
    assert "Could you help us rebuild the wall? Just £8 could pay for a sandbag." in dropped


def test_story_price_over_a_donate_button_stays() -> None:
    text = (_STORY + "The appeal has raised £2,300 so far from bake sales on the quay.\n\nDonate now\n\n"
            "The harbour master said the old wall had been patched for the last time this winter.\n")
    kept = [b.text for b in normalise(RawArticle(text, "<test>")).blocks]
    assert "The appeal has raised £2,300 so far from bake sales on the quay." in kept


FACTS = "Funding round\nCompany: Harbour Works\nHQ: Porthmoor, Cornwall\nFounded: 2019\nView company profile →"


def test_fact_box_with_its_heading_and_link_is_dropped() -> None:
    got = reasons(PAGE.replace("Repairs will", f"{FACTS}\n\nRepairs will"))
    for line in FACTS.splitlines()[:-1]:
        assert got[line] == "fact-box"
    assert got[FACTS.splitlines()[-1]] in ("fact-box", "read-more")  # its `... →` button is a link on its own too


def test_fact_box_heading_in_its_own_paragraph_goes_with_the_box() -> None:
    # a heading left behind would be read aloud with nothing under it
    box = "The wall in numbers\n\nLength: 400 metres\nBuilt: 1884\nLast repaired: 2009"
    got = reasons(PAGE.replace("Repairs will", f"{box}\n\nRepairs will"))
    assert got["The wall in numbers"] == "fact-box"


def test_colon_list_and_interview_lines_are_not_a_fact_box() -> None:
    listed = "The board listed its options:\nCost: £2 million\nTime: six months\nStart: July"
    qa = "Q: Why did the wall fall?\nA: It was never built for storms like these.\nQ: What happens now?"
    for block in (listed, qa):
        got = reasons(PAGE.replace("Repairs will", f"{block}\n\nRepairs will"))
        assert not any(line in got for line in block.splitlines())


def test_quoted_crosshead_and_question_crosshead_stay() -> None:
    body = ("The harbour master said the storms were the worst he had seen. \u201cThe sea is rising fast every year,\u201d he said.\n\n"
            "\u2018The sea is rising fast\u2019\n\nHe said the board had been warned about the wall many years before the collapse.\n\n"
            "Who pays for it?\n\nThe harder question is money.\n\n"
            "The board says the council should pay for the repairs, and the council says the board should pay instead.")
    kept = [b.text for b in clean(PAGE.replace("Repairs will", f"{body}\n\nRepairs will")).blocks]
    for line in ("\u2018The sea is rising fast\u2019", "Who pays for it?", "The harder question is money."):
        assert line in kept


def test_byline_above_author_handle_is_kept() -> None:
    page = PAGE.replace("By Anna Reece\n\nTue 2 Apr 2024 09.15 BST", "By Anna Reece\n@annareece\n2:15 PM UTC \u00b7 April 2, 2024")
    assert "By Anna Reece" in [b.text for b in clean(page).blocks]


def test_closing_beat_bio_names_the_byline_author() -> None:
    bio = "Anna Reece covers the coast and fishing for the Evening Lantern. She joined in 2020."
    got = reasons(PAGE.replace("Related stories", f"Anna Reece\n{bio}\n\nRelated stories"))
    assert got[bio] == "author-bio" and got["Anna Reece"] == "author-bio"
    other = "Tom Hale covers the coast and fishing for the Evening Lantern. He joined in 2020."
    assert other not in reasons(PAGE.replace("Related stories", f"{other}\n\nRelated stories"))


def test_sign_up_box_takes_its_blurb_and_an_advert_box_its_text() -> None:
    box = ("Get the Harbour Brief in your inbox\n"
           "Council votes, budget fights and planning rows, every Thursday morning. Free for all readers.\n"
           "Enter your email\nCount me in\n\n")
    ad = "Advertisement\nPorthmoor Garden Centre – Spring Plant Fair, Sat 20 April. Free entry all day.\n\n"
    text = STORY.format(middle=box + ad, end="")
    got = reasons(text)
    assert got["Council votes, budget fights and planning rows, every Thursday morning. Free for all readers."] == "newsletter"
    assert got["Porthmoor Garden Centre – Spring Plant Fair, Sat 20 April. Free entry all day."] == "advert"
    kept = [b.text for b in clean(text).blocks]
    assert "The harbour master said the old wall had been patched for the last time this winter." in kept


def test_a_short_paste_without_blank_lines_keeps_a_paragraph_under_an_advert_label() -> None:
    text = STORY.format(middle="", end="").replace("\n\n", "\n").replace(
        "Work will begin", "Advertisement\nWork will begin")
    kept = [b.text for b in clean(text).blocks]
    assert "Work will begin in the spring and is expected to take two years to complete." in kept


def test_comment_thread_under_a_thoughts_on_heading() -> None:
    end = ("2 thoughts on “Council approves new harbour wall”\n\n"
           "Rosa Penrose says:\nApril 14, 2024 at 9:03 am\nAbout time. The old wall was a danger to everyone.\nReply\n\n"
           "Leave a Reply\nYour email address will not be published.\n")
    got = reasons(STORY.format(middle="", end=end))
    assert got["About time. The old wall was a danger to everyone."] == "comments"
    assert got["Rosa Penrose says:"] == "comments"


def test_outlet_ownership_note_after_the_story() -> None:
    text = "The Kelso Sentinel\nNews\n\n" + STORY.format(
        middle="", end="The Kelso Sentinel is part of the Heartline Local Media network.\n")
    assert reasons(text)["The Kelso Sentinel is part of the Heartline Local Media network."] == "footer"


def test_caption_over_a_credit_in_a_paste_without_blank_lines() -> None:
    caption = "Harbourmaster Jo Bell, who has run the port since 2009, on the quay on Tuesday."
    body = [b for b in STORY.format(middle="", end="").split("\n\n") if b]
    body = [f"{line} It was the third vote on the wall in a year." if line.endswith(".") else line for line in body]
    text = "\n".join(body[:3] + [caption, "Lena Marchetti / Harbour Radio"] + body[3:] +
                     [f"Ferry fares to rise {n}" for n in range(10)])
    assert reasons(text)[caption] == "caption"
    assert body[3] in [b.text for b in clean(text).blocks]


def test_a_sponsored_card_s_read_more_does_not_take_the_next_paragraph() -> None:
    card = ("Sponsored\nThe harbour postcode where buyers still get a garden\nPromoted by Ferrier Estates\nRead more\n"
            "But fishermen said the repairs came too late for boats damaged in the January storms.\n\n")
    kept = [b.text for b in clean(STORY.format(middle=card, end="")).blocks]
    assert "But fishermen said the repairs came too late for boats damaged in the January storms." in kept
    assert "Promoted by Ferrier Estates" not in kept


def test_media_card_with_a_player_clock_goes_whole() -> None:
    card = ("Morning Show - North Coast\nHall manager says the roof 'was never checked'\n8:41\n"
            "The hall manager speaks with the host about why the roof failed.\n\n")
    tv = "Family speaks after the collapse\nSource: NCN\n00:00 / 02:31\n\n"
    kept = _kept(_STORY + card + tv + "Nobody was hurt in the collapse, the council said on Tuesday.\n")
    assert not any("Morning Show" in k or "8:41" in k or "speaks with the host" in k or "NCN" in k or
                   "Family speaks" in k for k in kept)
    assert any(k.startswith("Nobody was hurt") for k in kept)
    # a time of day under a date, and prose that mentions a time, stay
    text = _STORY + "The council met at 8:41\n\nIt voted to rebuild the hall by the summer, the mayor said.\n"
    assert any(k.startswith("It voted to rebuild") for k in _kept(text))


def test_series_box_and_read_more_on_a_topic_go_as_related() -> None:
    middle = ("Explore the series\nThe Metals Race\nHow the scramble for minerals is reshaping trade\n"
              "Part 1: Inside the cobalt boom\nPart 2: Can recycling close the copper gap?\n\n"
              "READ MORE ON LOVE VILLA\nVILLA VIBES Star jets off to Dubai\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    for line in ("Explore the series", "The Metals Race", "Part 1: Inside the cobalt boom", "READ MORE ON LOVE VILLA"):
        assert got[line] == "related"


def test_a_story_line_about_a_series_or_reading_more_stays() -> None:
    middle = "The council will read more on the plan before it votes in the series of meetings next month.\n\n"
    assert "The council will read more on the plan before it votes in the series of meetings next month." \
        not in reasons(STORY.format(middle=middle, end=""))


def test_a_chart_and_its_source_line_go_in_a_short_story() -> None:
    middle = "Line chart of copper prices showing the metal climbing to an 11-month high\nSource: LSEG\n\n"
    got = reasons(STORY.format(middle=middle, end=""))
    assert got.get("Source: LSEG") == "credit"  # a source alone on its line
    assert got.get("Line chart of copper prices showing the metal climbing to an 11-month high") == "caption"  # above its credit


def test_a_long_news_paragraph_under_a_recommended_link_is_the_story_not_a_promo() -> None:
    close = ("Copper has risen about 6 per cent since the start of the year, outperforming other industrial metals. "
             "Aluminium is up less than 1 per cent and nickel has fallen as supply floods the market.")
    end = f"Recommended\nLex: Copper miners should resist big deals\n\n{close}\n\nCopyright The Post Ltd 2024. All rights reserved.\n"
    got = reasons(STORY.format(middle="", end=end))
    assert close not in got and got["Lex: Copper miners should resist big deals"] == "related"
    end = "Recommended\nLex: Copper miners should resist big deals\n\nGet the intelligence you need. Request a demo.\n"
    assert reasons(STORY.format(middle="", end=end))["Get the intelligence you need. Request a demo."] == "footer"


def test_also_read_heading_takes_its_teasers_in_a_paste_without_blank_lines() -> None:
    text = ("Airline grounds six jets over engine checks\nBy Ann Lee\n"
            "The airline said on Monday that six of its widebody jets would be grounded for engine checks this summer.\n"
            "\"Safety is non-negotiable for us,\" said the chief operating officer at a briefing in the city.\n"
            "Also Read\nAirport traffic hits record 94 million passengers in 2024\n"
            "Carrier adds three new routes to Central Asia\n"
            "Up to 140 weekly flights could be reduced or operated with smaller aircraft, the carrier said.\n"
            "Analysts said the groundings came at a difficult moment for carriers in the region this year.\n")
    got = reasons(text)
    assert got["Airport traffic hits record 94 million passengers in 2024"] == "related"
    assert got["Carrier adds three new routes to Central Asia"] == "related"
    assert "Up to 140 weekly flights could be reduced or operated with smaller aircraft, the carrier said." not in got


def test_paywall_box_takes_its_blurb() -> None:
    middle = ("Members only\nRead the growers' full 2024 planting survey, including regional breakdowns.\n"
              "Log in or become a member to continue reading this report.\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["Read the growers' full 2024 planting survey, including regional breakdowns."] == "subscription"


def test_cite_this_article_takes_the_citation() -> None:
    end = "Cite this article\nReece, A. (2024, March 14). Council approves new harbour wall. The Post.\n\n"
    got = reasons(STORY.format(middle="", end=end))
    assert got["Reece, A. (2024, March 14). Council approves new harbour wall. The Post."] == "reference"


def test_advert_box_pasted_under_a_story_paragraph_takes_its_copy() -> None:
    middle = ("The council advised owners to contact the harbour office straight away rather than wait.\n"
              "Advertisement\nCompare boat insurance quotes in minutes\n"
              "Save up to £472* on your boat insurance. Compare over 110 providers.\nGet a quote\n"
              "*51% of consumers could save £472. Based on data from February 2025.\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["Save up to £472* on your boat insurance. Compare over 110 providers."] == "advert"
    assert got["*51% of consumers could save £472. Based on data from February 2025."] == "advert"
    assert "The council advised owners to contact the harbour office straight away rather than wait." not in got


def test_pull_quote_joining_two_parts_of_a_split_quote_goes() -> None:
    middle = ("“You don’t paint a horse for a museum,” he tells me, tapping a flank. “You paint it for a child going "
              "round at dusk with the lights on.”\n\n“You don’t paint a horse for a museum. You paint it for a child going round at dusk”\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["“You don’t paint a horse for a museum. You paint it for a child going round at dusk”"] == "pull-quote"
    middle = "“You paint it for a child,” he said.\n\n“You don’t paint a horse for a museum. You paint it for a child.”\n\n"
    assert "“You don’t paint a horse for a museum. You paint it for a child.”" not in reasons(STORY.format(middle=middle, end=""))


def test_caption_with_a_name_pipe_outlet_credit_under_a_byline() -> None:
    middle = "The shuttle waits outside the library on Tuesday night.\nTheo Lind | The Harbour Quill\n\n"
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["The shuttle waits outside the library on Tuesday night."] == "caption"
    assert got["Theo Lind | The Harbour Quill"] == "credit"
    text = ("Shuttle service to end in May\n\nThe university says it cannot afford the late-night shuttle.\n"
            "Theo Lind | The Harbour Quill\n\nThe university will end its shuttle in May, officials said on Monday.\n")
    assert "The university says it cannot afford the late-night shuttle." not in reasons(text)  # no `By` line: the byline


def test_caption_above_a_name_slash_outlet_credit_without_spaces() -> None:
    page = PAGE.replace(
        "Repairs will not start",
        "Boats sit in Porthmoor harbour on Tuesday, April 2, 2024. Repairs to the wall, which was built in 1870 and last mended after the storms of 1990, are months away, the harbour board says.\n"
        "Dan Hollis/Evening Lantern\n\nRepairs will not start")
    got = reasons(page)
    assert got.get("Boats sit in Porthmoor harbour on Tuesday, April 2, 2024. Repairs to the wall, which was built in 1870 and last mended after the storms of 1990, are months away, the harbour board says.") == "caption"
    assert "Dan Hollis/Evening Lantern" in got
    assert any(b.text.startswith("Repairs will not start") for b in clean(page).blocks)


def test_recommended_from_heading_takes_its_links() -> None:
    middle = ("RECOMMENDED FROM EDITORIAL\n\nCouncil approves fourplexes on residential lots citywide\n\n"
              "Rent for a one-bedroom now tops the capital: report\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["RECOMMENDED FROM EDITORIAL"] == "related"
    assert got["Council approves fourplexes on residential lots citywide"] == "related"
    middle = "Recommended\n\nPlans go on show\n\n"
    assert "Plans go on show" not in reasons(STORY.format(middle=middle, end=""))


def test_a_blog_post_s_meta_lines_and_a_comment_box_s_rules() -> None:
    page = ("Harbour Lung Trust\nHome\nNews\n\nCouncil approves new harbour wall after winter of storms\n\n"
            "Posted on 12 March 2024 by Anna Reece\n\n" + STORY.format(middle="", end="").split("\n\n", 2)[2] +
            "Posted in Air pollution, Research news\n\nComments: Our rules\n"
            "We want our comments to be a lively and valuable part of our community - a place where readers can "
            "debate and engage with the most important local issues.\nPlease report any comments that break our rules.\n")
    got = reasons(page)
    assert got["Posted on 12 March 2024 by Anna Reece"] == "dateline-timestamp"
    assert got["Posted in Air pollution, Research news"] == "tags"
    assert got["Please report any comments that break our rules."] == "comments"
    assert "Residents will be able to see the plans at the library from next week onwards." not in got


def test_box_heading_in_capitals_does_not_end_the_header() -> None:
    """A glossary or fact box's one-word heading in capitals (`GLOSSARY`, `VOCABULARY`) a few
    paragraphs into a short story is no byline: the header block does not run down to it, so
    the box's unfinished lines below it are page furniture, while the story's lines stay."""
    body = ("The council said on Monday that the new parking zones would cover the whole of the old town.\n\n"
            "Residents will be able to apply for permits from November, a spokesperson for the council said.\n\n"
            "KEYWORDS\nparkering – parking\nbyråd – city council\nelbil – electric car\n\n"
            "The scheme will be reviewed after two years, the council said in its statement on Monday.")
    got = reasons(PAGE.replace("Repairs will not start until the summer, the harbour board said.", body))
    assert got.get("KEYWORDS") == got.get("elbil – electric car") == "furniture"
    assert "The scheme will be reviewed after two years, the council said in its statement on Monday." not in got


@pytest.mark.parametrize("heading", ["Go deeper", "Dig deeper", "See also", "Latest articles"])
def test_teaser_list_headings_take_their_list(heading: str) -> None:
    page = PAGE.replace("Related stories\nGales close coastal road",
                        f"{heading}\nHow the harbour board spends its money\nWhy gales are getting stronger on this coast")
    got = reasons(page)
    assert got["How the harbour board spends its money"] == got["Why gales are getting stronger on this coast"] == "related"
    assert "Repairs will not start until the summer, the harbour board said." not in got


def test_blog_sidebar_lists_end_the_story() -> None:
    """A blog's sidebar under the story: `Recent Posts` and `Categories` with their lists,
    and the site's one-line note about itself below them, are the page's end matter."""
    side = ("Recent Posts\nSchool board delays vote on four-day week\nSnow closes mountain pass overnight\n\n"
            "Categories\nArts\nLocal News\n\nThe Lantern is a nonprofit newsroom, 12 Quay Street, Porthmoor.")
    story = "The board will meet again on Friday to decide how to pay for the work.\n\n"
    got = reasons(PAGE.replace("Related stories\nGales close coastal road", story + side))
    for line in side.split("\n"):
        if line:
            assert line in got
    assert "Repairs will not start until the summer, the harbour board said." not in got


def test_breadcrumb_with_cut_headline_and_byline_above_the_headline() -> None:
    """A breadcrumb ending in the headline cut short (`Home` / `News` / `Harbour wall
    collapses…`) over a byline and date set above the full headline: the cut copy is not
    the headline, and the byline above the headline is read."""
    page = ("Evening Lantern\nHome\nNews\nHarbour wall collapses after week of…\nBy News Desk\n12 February 2026\n"
            "Harbour wall collapses after week of gales\n"
            "The harbour wall at Porthmoor collapsed on Monday night after a week of gales battered the coast.\n"
            "Repairs will not start until the summer, the harbour board said on Tuesday morning.\n")
    art = clean(page)
    assert art.title == "Harbour wall collapses after week of gales"
    assert reasons(page)["Harbour wall collapses after week of…"] == "cut-twin"
    assert art.byline == "By News Desk"


def test_publication_spelled_out_by_the_logo_above_the_footers_short_name() -> None:
    """`© 2026 WXYZ · Powered by ...` in the footer, `WXYZ Public Radio` above the headline."""
    art = clean("WXYZ 90.1 FM Lakeside · Streaming everywhere\nListen live\nWXYZ Public Radio\nHome\nNews\n\n"
                "Library to open on Sundays after council vote\n\n"
                "The town library will open on Sundays from May, the council decided on Tuesday night.\n\n"
                "Councillors voted seven to two for the change, which will cost about $40,000 a year.\n\n"
                "© 2026 WXYZ · Powered by WordPress\n")
    assert (art.title, art.publication) == ("Library to open on Sundays after council vote", "WXYZ Public Radio")


def test_a_menus_newsletters_link_leaves_the_header_under_it() -> None:
    """A menu's `Newsletters` item, pasted in one paragraph with the header, is no sign-up box."""
    art = clean("The Wanderer\nDestinations\nDeals\nHotels\nCruises\nNewsletters\nTravel › Rail\n"
                "A new sleeper will link Paris and Rome this summer\n"
                "Couchettes from €59 and cabins with showers\nAnn Lee\nTravel writer\n\n"
                "Travellers will be able to sleep in Paris and wake in Rome, the operator said on Monday.\n\n"
                "The service will run three times a week from June, with seats from €39.\n")
    assert art.title == "A new sleeper will link Paris and Rome this summer"
    assert "Couchettes from €59 and cabins with showers" in [b.text for b in art.blocks]


def test_headline_over_its_pictures_caption_and_the_standfirst() -> None:
    """A picture set between the headline and the standfirst: its caption, dropped by its
    credit, does not make the standfirst the headline."""
    art = clean("THE HARBOUR DAILY\nNews\nPolitics\nSport\n\n"
                "Harbour wall to be rebuilt after winter storms\n\n"
                "Crews inspect the breach in the harbour wall at Porthmoor, March 9, 2026. (AA Photo)\n\n"
                "The council says the wall will be rebuilt within two years, but fishermen want work to start sooner\n\n"
                "HARBOUR DAILY WITH AGENCIES\nMar 10, 2026 3:52 PM\n\n"
                "The harbour wall at Porthmoor will be rebuilt over the next two years, the council said on Tuesday.\n\n"
                "Fishermen said the work could not wait that long, with more storms forecast for the spring.\n")
    assert art.title == "Harbour wall to be rebuilt after winter storms"
    assert art.standfirst == "The council says the wall will be rebuilt within two years, but fishermen want work to start sooner"


def test_crosshead_pasted_under_a_sign_up_box_stays() -> None:
    page = ("Eastport Ledger\n\nChipmakers shrug off tariff threat as orders pour in\n\nBy Lena Osei\n\n"
            "South Korean chipmakers reported record orders in May, even as Washington threatened new tariffs.\n\n"
            "Analysts expect the boom in memory chips to last into next year, according to a survey.\n\n"
            "Get the Ledger in your inbox\nOur morning briefing, every weekday. Free.\nEmail address\nSign up\n"
            "What the tariffs would cover\n\n"
            "The proposed tariffs would apply to finished electronics, not to chips sold to factories abroad.\n")
    dropped = reasons(page)
    assert "What the tariffs would cover" not in dropped
    assert dropped["Sign up"] == "newsletter" and dropped["Email address"] == "newsletter"


def test_event_advert_in_a_flat_paste_goes_whole() -> None:
    page = "\n".join(("Harbour Weekly", "Council approves new harbour wall after two-year row", "By Ann Lee",
                      "The council on Tuesday approved a £12m harbour wall after a two-year dispute with fishermen.",
                      "Fishermen had argued the original plan would block the slipway used by the inshore fleet.",
                      "Harbour Weekly Summit 2026", "14 November | Assembly Rooms, Bristol",
                      "Meet the engineers rebuilding Britain's coastal defences. Early bird tickets on sale until 30 September.",
                      "Book now",
                      "Work is expected to begin in the spring and take about eighteen months, the council said.",
                      "The wall will be paid for by a government flood grant and the harbour trust, officials confirmed."))
    dropped = reasons(page)
    assert {"Harbour Weekly Summit 2026", "14 November | Assembly Rooms, Bristol", "Book now"} <= set(dropped)
    assert any(line.startswith("Meet the engineers") for line in dropped)
    assert not any(line.startswith("Work is expected") for line in dropped)


CARD_PAGE = """Harbour Rovers v Kelso Town: derby preview

Text: Ann Lee
Friday 3 October 2025, 10:00
Digital Desk
By Ann Lee

Harbour Rovers face Kelso Town on Saturday with a place in the top six at stake for both clubs.

The manager said his squad had trained well all week and that only one player was doubtful.

Kelso arrive unbeaten in five games, having conceded just twice in that run of matches.

Season tickets on sale now
Club shop opening hours

HEAD TO HEAD

The sides have met 40 times in the league, with Rovers winning 18 of those matches.
"""


def test_author_card_printed_over_the_byline_goes_the_byline_stays() -> None:
    dropped = reasons(CARD_PAGE)
    assert dropped.get("Text: Ann Lee") == "author-card" and dropped.get("Digital Desk") == "author-card"
    assert "By Ann Lee" not in dropped


def test_a_capitals_crosshead_below_the_third_paragraph_does_not_extend_the_header() -> None:
    dropped = reasons(CARD_PAGE)
    assert dropped.get("Season tickets on sale now") == "furniture" and "HEAD TO HEAD" not in dropped


def test_a_summary_box_in_a_header_pasted_without_blank_lines_goes_whole() -> None:
    page = ("Home\nNews\nWeather\nSport\nSubscribe\nReservoir falls to record low as watering limits loom\nBy Ann Lee\n"
            "Updated Tue, March 4, 2025 at 6:12 PM\nShare\nKey points, summarized by AI\n"
            "The reservoir fell to 31% of capacity, its lowest level on record.\n"
            "Lawn watering will be limited to one day a week from April.\nWas this summary helpful?\n"
            "The reservoir that supplies drinking water to the region has fallen to its lowest level since it was built.\n\n"
            "Officials said on Monday that even a wet spring would not refill it before the summer.\n\n" +
            "".join(f"Paragraph {n} of the story goes on about the reservoir and the towns that depend on it.\n\n"
                    for n in range(12)))
    got = reasons(page)
    assert got["Key points, summarized by AI"] == got["Lawn watering will be limited to one day a week from April."] == "summary-box"
    assert "Officials said on Monday that even a wet spring would not refill it before the summer." not in got


def test_a_date_or_a_menu_section_is_never_the_publication() -> None:
    story = ("Ferry fares to rise by a fifth from June\n\nBy Ann Lee\n\n"
             "The harbour board said on Monday that fares would rise by a fifth from June.\n\n"
             "Islanders said they had not been told and would object at the next meeting.\n")
    assert clean("Tuesday, March 4, 2025\n\n" + story).publication is None
    assert clean("TEAM NEWS\n\n" + story).publication is None
    assert clean("Harbour Courier\n\n" + story).publication == "Harbour Courier"


@pytest.mark.parametrize("line, reason", [
    ("Our reporters cover every ruling that matters to your practice. Start your 14-day free trial, no credit card required.",
     "subscription"),
    ("Do you have a story for us? Email newsdesk@harbourpost.co.uk or call 01854 600 271.", "reader-prompt"),
    ("Support independent audio journalism. Members get every episode ad-free.", "subscription"),
    ("Posted 28 May 2025 by Harbour Animal Trust", "dateline-timestamp"),
    ("Inspector Ann Lee with one of the rescued kittens. Photo © Harbour Animal Trust / Jo Bell", "caption"),
    ("Notes to editors: Harbour Animal Trust runs 14 rescue centres across England and Wales.", "footer"),
])
def test_line_rules_from_blind46(line: str, reason: str) -> None:
    got = line_reason(line)
    if got is None:
        from narrator.widgets import pitch
        got = pitch(line)
    assert got == reason


def test_a_summary_box_in_a_glued_header_ends_at_the_blank_line_before_the_story() -> None:
    from narrator.boxes import summary_boxes
    from narrator.lines import Line
    # a header split line by line (`glued`): each line its own group, the blank lines kept in `pasted`
    texts = [("Key points:", 0), ("The wall that shelters the harbour's 40 boats could fail within 18 months.", 0),
             ("A new wall would cost about £14 million, three times the council's yearly budget.", 0),
             ("For more than 90 years, the people of Porthmoor have moored behind the old wall.", 1),
             ("The council said on Monday that it would ask the government for emergency funding this month.", 2),
             ("Engineers said the wall had been patched for the last time this winter, and that it would not last.", 3)]
    lines = [Line(t, g, pasted=p) for g, (t, p) in enumerate(texts)]
    summary_boxes(lines, flat=True)
    assert [ln.reason for ln in lines[:4]] == ["summary-box", "summary-box", "summary-box", None]


def test_a_caps_crosshead_is_read() -> None:
    body = ("The harbour board met on Monday night to discuss the state of the old harbour wall.\n\n"
            "Engineers told the board that the wall had been patched for the last time this winter.\n\n"
            "ADVERTISEMENT\nOfficials also pointed to the winter storms as a factor that had weakened the wall.\n\n"
            "The board said it would publish the engineers' report in full next month.\n\n"
            "HOW TO REPORT DAMAGE TO THE WALL\n\n"
            "Residents who see new cracks in the wall should call the harbour office on weekdays.\n")
    kept = [b.text for b in clean("Harbour News\n\nHarbour wall to be rebuilt after winter storms\n\nBy Anna Reece\n\n" + body).blocks]
    assert "HOW TO REPORT DAMAGE TO THE WALL" in kept


@pytest.mark.parametrize("line, reason", [
    ("Sign me up", "promo"), ("Give monthly Give once", "promo"), ("Spanish (auto)", "social"),
    ("Cyhoeddwyd | Published: 14 Mehefin | June 2025", "dateline-timestamp"), ("Gwirfoddoli gyda ni | Volunteer with us", "promo"),
    ("Source: Harbour Devices. Chart by Kabuto Review. FY2027 figure is company target.", "credit"),
    ("The Lantern is editorially independent of the University of Harbourgate.", "footer"),
    ("🎧 PODCAST | The Money Hour: why bread prices are not falling. Listen", "promo"),
    ("We're always looking for new writers, photographers and sub-editors — no experience needed.", "reader-prompt"),
])
def test_line_rules_from_blind48_and_49(line: str, reason: str) -> None:
    assert line_reason(line) == reason


def test_a_clip_title_under_its_play_label_and_a_priced_appeal_under_donate() -> None:
    page = ("Harbour News\n\nHarbour wall to be rebuilt after winter storms\n\nBy Anna Reece\n\n"
            "The harbour board met on Monday night to discuss the state of the old harbour wall.\n"
            "▶ VIDEO | 1:52\nEngineers inspect the wall: every crack they found\nWatch more highlights\n"
            "Engineers told the board that the wall had been patched for the last time this winter.\n\n"
            "Donate now\n£25 could provide a family with sandbags for the whole winter.\n\n"
            "The board said it would publish the engineers' report in full next month.\n")
    dropped = {d.line for d in clean(page).dropped}
    assert {"▶ VIDEO | 1:52", "Engineers inspect the wall: every crack they found",
            "£25 could provide a family with sandbags for the whole winter."} <= dropped


@pytest.mark.parametrize("line, reason", [
    ("View(s): 1,284", "social"), ("Continue with email Continue with NPI", "social"),
    ("Pic: Boats at the quay on Monday. (Pic by Jo Bell)", "credit"),
    ("Harbour Report is a project of the Harbour Civic Media Trust, a 501(c)(3) nonprofit.", "footer"),
    ("Harbour Education is accredited by the ACCME to provide continuing medical education.", "footer"),
])
def test_line_rules_from_blind50(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", ["Capitol reporting costs money. Reading it shouldn't.",
                                  "Get every issue of the Harbour Witness at your door. One year: $36.",
                                  "This content is free for registered professionals. Already registered? Log in."])
def test_pitches_from_blind50(line: str) -> None:
    from narrator.widgets import pitch
    assert pitch(line) == "subscription"


def test_cite_this_line_is_a_journal_note() -> None:
    assert line_reason("Cite this: Ann Lee. Salt swap slows kidney decline - Harbour Medical - Nov 08, 2025.") == "reference"


def test_a_topics_box_pasted_mid_story_stops_where_the_story_resumes() -> None:
    middle = ("Related topics\nHarbours\nTransport\nA spokesperson for the harbour trust said the board "
              "\"fully understands the worry\" of families on the quay.\nThe trust will publish its plan next week.\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["Related topics"] == got["Harbours"] == got["Transport"] == "tags"
    assert not {"The trust will publish its plan next week."} & set(got)
    assert not [line for line in got if line.startswith("A spokesperson")]


def test_a_tabloid_header_pasted_without_blank_lines_keeps_its_headline_under_sign_in() -> None:
    text = ("Quayside star Tom Harker 'gutted' as wedding called off | The Evening Bugle\nSkip to main content\n"
            "THE EVENING BUGLE\nSign in\nHome News Showbiz TV Sport Money Travel Puzzles Shop\nShowbiz > Soaps\nSPLIT SHOCK\n"
            "Quayside star Tom Harker 'gutted' as his TV fiancée Ann Lee calls off their summer wedding at the castle\n"
            "The pair got engaged on a beach in Cornwall last Valentine's Day and had booked a castle for August\n"
            "Rosa Bell, Showbiz Reporter\nPublished: 21:14, 3 Jun 2024 | Updated: 7:02, 4 Jun 2024\n"
            "Facebook  X  WhatsApp  Email  Copy link\n\nTom Harker and Ann Lee at the TV Gongs in January\n"
            "The pair looked happy on the red carpet just five months agoCredit: Getty\n"
            "SOAP star Tom Harker is said to be \"gutted\" after his co-star fiancée called off their wedding.\n\n"
            "The couple, who met on set in 2021, had been planning a lavish bash at a castle in Cornwall this August.\n\n"
            "A source close to the pair said the relationship had been falling apart for months behind closed doors.\n")
    article = clean(text)
    assert article.title.startswith("Quayside star Tom Harker 'gutted'")
    assert "The pair got engaged on a beach in Cornwall last Valentine's Day and had booked a castle for August" in \
        [b.text for b in article.blocks]


def test_a_promo_bar_over_the_masthead_does_not_take_the_headline_of_a_header_pasted_without_blank_lines() -> None:
    text = ("Sign up for our newsletter and get a FREE pack of seeds worth £12*\nTHE GARDEN GATE\n"
            "Gardening advice from people who get their hands dirty\n"
            "Grow Your Own · Flowers · Garden Design · Wildlife · Kit & Tools · Shop\nHome › Grow Your Own › Garlic\n"
            "How to grow garlic: plant now for fat bulbs next summer\n"
            "Autumn is the best time to get garlic in the ground. Here's everything you need to know\n"
            "Words: Ann Lee\nLast updated 9 October 2024 · 6 min read\n\n"
            "If there's one crop that rewards a bit of planning, it's garlic. Plant the cloves between October and December.\n\n"
            "Each clove will swell into a full bulb by the following July, with almost no attention over the winter.\n")
    article = clean(text)
    assert article.title == "How to grow garlic: plant now for fat bulbs next summer"
    assert "Autumn is the best time to get garlic in the ground. Here's everything you need to know" in \
        [b.text for b in article.blocks]
    assert reasons(text)["Grow Your Own · Flowers · Garden Design · Wildlife · Kit & Tools · Shop"] == "navigation"


def test_a_one_line_menu_with_a_newsletter_link_is_no_promo_over_the_headline() -> None:
    text = ("EST\nРУС\nENG\nHarbour News\nEstonian Public Media\n"
            "News Feature Opinion Culture Sports Weather Podcast Newsletter\nSearch\nNEWS\n"
            "Tallinn to double Old Town parking charges, raise fares for non-residents\n06.06.2024 10:41\n\n"
            "Motorists parking in the Old Town will pay €6 an hour from September, double the current rate.\n\n"
            "The changes, which still require a council vote later this month, would bring in €9.5 million a year.\n")
    article = clean(text)
    assert article.title == "Tallinn to double Old Town parking charges, raise fares for non-residents"
    assert reasons(text)["ENG"] == "navigation"


def test_a_blogs_name_and_motto_over_its_home_menu_are_the_masthead_not_the_headline() -> None:
    text = ("Signal & Noise Notes\nNotes on hardware, networks, and the things we're told to trust.\nHome\nAbout\nContact\n\n"
            "Wednesday, March 11, 2026\n\n"
            "Harbour Hub is switching off its cloud. Here's what happens to your thermostat\n\n"
            "So it finally happened. The company that sold thousands of little round thermostats is shutting its servers.\n\n"
            "If you own one, you probably got the email this week. If you didn't, check your spam folder first.\n")
    article = clean(text)
    assert article.title == "Harbour Hub is switching off its cloud. Here's what happens to your thermostat"
    assert article.publication == "Signal & Noise Notes"
    assert reasons(text)["Notes on hardware, networks, and the things we're told to trust."] == "masthead"


def test_a_masthead_under_a_sign_up_bar_a_weather_line_or_a_scores_ticker_is_still_found() -> None:
    body = ("\n\nHow to grow garlic: plant now for fat bulbs next summer\n\n"
            "If there's one crop that rewards a bit of planning, it's garlic. Plant the cloves between October and December.\n\n"
            "Ann Lee is deputy editor of The Garden Gate and grows fruit on a half-plot in Shropshire.\n")
    page = "Sign up for our newsletter and get a FREE pack of seeds worth £12*\nTHE GARDEN GATE\nHome\nNews\nGardening" + body
    assert clean(page).publication == "The Garden Gate"
    page = ("Skip to content\nWednesday, March 11, 2026\n41°F  Clear | Scott City, KS\nSubscribe  |  Log In  |  e-Edition\n"
            "The Garden Gate — Serving Scott and Lane counties since 1889\nHome\nNews\nGardening" + body)
    assert clean(page).publication == "The Garden Gate"
    page = "LIVE SCORES\nE. Haugland vs F. Ledesma · 19:00\nAll scores ›\n\nThe Garden Gate\nNews  Scores  Shop" + body
    assert clean(page).publication == "The Garden Gate"


def test_more_topic_news_heads_a_list_of_teasers() -> None:
    middle = ("More harbour news\nFerry firm edges rival in night-time tender\nWhy the new fuel rule is dividing skippers\n"
              "Harbour master: 'I'll keep working as long as my back allows'\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["More harbour news"] == got["Why the new fuel rule is dividing skippers"] == "related"


def test_a_match_box_over_a_flat_header_with_a_nicknamed_byline() -> None:
    text = ("HARBOURFRAG\nCounter-Strike 2 › Harbour Cup 2024\nGRAND FINAL · FINISHED\nHarbour Wolves\n2 : 1\nQuay Kings\n"
            "MVP: kjeld (1.31 rating)\nView full stats\n"
            "Harbour Wolves complete lower-bracket miracle, beat Quay Kings in overtime thriller to win the cup\n"
            "From the brink of elimination on day two to lifting the trophy, the side won six straight series\n"
            "Jonas \"sprinkles\" Meyer\nJun 16, 2024 · 9:48 PM UTC\nShare\n"
            "Harbour Wolves have won the Harbour Cup after a 2-1 victory over Quay Kings in the grand final on Sunday.\n"
            "The team dropped to the lower bracket after a 0-2 loss to the very same side on Thursday and needed six wins.\n"
            "Their star was once again the standout, finishing the final with a 1.31 rating and the decisive round.\n")
    article = clean(text)
    assert article.title.startswith("Harbour Wolves complete lower-bracket miracle")
    assert reasons(text)["View full stats"] == "social"


def test_a_sign_up_form_at_the_foot_of_a_page_pasted_without_blank_lines_takes_no_headline() -> None:
    body = "\n".join(f"Volunteers at food bank number {n} handed out more parcels this year than ever before, the charity said."
                     for n in range(1, 12))
    text = ("The Harbour Larder\nDonate now\n\nNews · 2 December 2024\n"
            "Winter Appeal 2024: “I was choosing between the meter and the kids’ tea”\n" + body +
            "\nSign up for our emails\nHear how your support is helping. You can unsubscribe at any time.\n")
    article = clean(text)
    assert article.title == "Winter Appeal 2024: “I was choosing between the meter and the kids’ tea”"
    assert len(article.blocks) >= 11


def test_a_tabloid_headline_over_four_summary_bullets_pasted_flat_under_an_advert_label() -> None:
    text = ("Advertisement\nExclusive: Get 3 months of Courier+ for just £1 - ad-free reading. Join now\nHarbour Courier\nHome\nNews\n"
            "Health\nLogin\n"
            "Eating dinner after 8pm could raise your risk of high blood pressure by a QUARTER, major study suggests\n"
            "Adults who ate their last meal after 8pm were 26 per cent more likely to develop hypertension\n"
            "Researchers tracked 38,000 middle-aged Britons for almost eight years\n"
            "Experts say moving dinner forward by an hour could be a 'simple, free' change\n"
            "But GPs warn the study cannot prove late meals are to blame\n"
            "By ANN LEE, HEALTH REPORTER\nPublished: 09:14 BST, 17 June 2025\n"
            "Eating your evening meal late could significantly raise your risk of high blood pressure, a major study has found.\n"
            "Researchers who tracked more than 38,000 British adults found those who ate after 8pm had higher readings.\n"
            "High blood pressure affects around one in three adults in the UK and is a leading cause of strokes.\n")
    article = clean(text)
    assert article.title.startswith("Eating dinner after 8pm could raise your risk")
    assert article.publication == "Harbour Courier"


def test_a_headline_set_apart_under_the_menu_paragraph_is_not_its_standfirst() -> None:
    text = ("Skip to main content\nHarbour News\nHarbour News homepage\n"
            "Just In  Australia  World  Business  Sport  Analysis  Rural  Local\nSearch\nLog in\n\n"
            "Oyster growers say 11-week harvest ban after sewage spill has cost them $1.8 million\n\n"
            "Harbour South Coast\nBy Ann Lee\nPosted Mon 17 Feb 2025 at 5:12am\nShare article\n\n"
            "Oyster farmers on the far south coast say they are running out of money after an 11-week ban.\n\n"
            "The food authority closed the inlet to harvesting on December 2, after heavy rain overwhelmed a pump station.\n\n"
            "The closure has stretched across Christmas and the January holidays, the busiest weeks of the year.\n")
    assert clean(text).title == "Oyster growers say 11-week harvest ban after sewage spill has cost them $1.8 million"


def test_a_topic_label_between_the_headline_and_the_byline_of_a_flat_paste() -> None:
    text = ("Harbour Ledger\nHome › Business › Energy\n"
            "Qatari shipper orders 12 LNG carriers in $3.1 billion deal with Korean yards\nGas exports\nBy Ann Lee\n"
            "Published: Wed 4 Mar 2026, 11:42 AM\nShare   Post   WhatsApp   Copy link\n"
            "An LNG tanker is moored at the terminal. — Harbour Wire file\nADVERTISEMENT\n"
            "The shipper has signed contracts worth about $3.1 billion for 12 liquefied natural gas carriers, it said.\n"
            "The order is split between two yards, which will build the ships over the next four years, the firm said.\n")
    article = clean(text)
    assert article.title == "Qatari shipper orders 12 LNG carriers in $3.1 billion deal with Korean yards"
    assert reasons(text)["Gas exports"] == "label"


def test_the_story_resumes_under_an_advert_label_and_its_one_line_of_copy() -> None:
    middle = ("ADVERTISEMENT\nHarbour Sports Max — Every ball of the season live. Dial *120# to subscribe.\n"
              "Only the keeper offered resistance, making a gritty 41 from 96 balls before he became the seventh victim.\n\n")
    got = reasons(STORY.format(middle=middle, end=""))
    assert got["Harbour Sports Max — Every ball of the season live. Dial *120# to subscribe."] == "advert"
    assert not [line for line in got if line.startswith("Only the keeper")]


def test_a_share_rows_reason_does_not_run_down_a_flat_story_over_its_crossheads() -> None:
    prose = "\n".join(f"Volunteers at food bank number {n} handed out more parcels this year than ever before, we found."
                      for n in range(1, 4))
    text = ("Winter appeal: the busiest season yet for the town's food banks\nBy Ann Lee\nShare: Facebook  Bluesky  LinkedIn  Email\n"
            + prose + "\nShanice’s story\n" + prose + "\nWhat your gift does\n" + prose + "\n")
    got = reasons(text)
    assert "Shanice’s story" not in got and "What your gift does" not in got


def test_a_live_pages_standfirst_over_its_newsletter_plug_is_read() -> None:
    page = ('Skip to main content',
            'Skip to navigation',
            'Print subscriptions',
            'Sign in',
            'Search jobs',
            'Search',
            'Australia edition',
            'The Meridian - Back to home',
            'News',
            'Opinion',
            'Sport',
            'Culture',
            'Lifestyle',
            'Show more',
            'Australia',
            'World',
            'AU politics',
            'Environment',
            'Climate crisis',
            'Indigenous Australia',
            'Business',
            'Tasmanian election 2025',
            'Live',
            'Tasmanian election 2025 live: Liberals and Labor locked in tight count as Greens eye balance of power',
            '',
            "Counting continues across Tasmania's five electorates, with Hare-Clark preferences likely to decide who forms government; Premier Alistair Penrose refuses to concede ground in Bass",
            'Follow our Australia news live blog for the latest updates',
            'Get our breaking news email, free app or daily news podcast',
            '',
            'Caitlin Moore (now) and Daniel Okafor (earlier)',
            'Sat 3 May 2025 23.58 AEST',
            'First published on Sat 3 May 2025 18.05 AEST',
            'Share',
            '',
            'Key events',
            '2m ago',
            'Premier says Liberals will wait for the full count',
            '41m ago',
            'Clark: Greens confident of a second seat',
            '1h ago')
    text = "\n".join(page) + ("\n\nThe premier said on Saturday night that he would wait for every vote to be counted before "
                              "claiming victory.\n\nThe opposition leader told supporters that the result was too close to call "
                              "and would take days to settle.\n")
    assert page[25] not in reasons(text)


def test_related_tags_heads_a_tag_list() -> None:
    end = "Related Tags\nHokkaido\nAgriculture\nDairy\n"
    got = reasons(STORY.format(middle="", end=end))
    assert got["Related Tags"] == got["Hokkaido"] == got["Dairy"] == "tags"


def test_a_masthead_in_capitals_under_an_edition_switcher_and_a_link_bar() -> None:
    text = ("සිංහල   தமிழ்   English\nE-Paper | Subscribe | Advertise | Contact Us\nTHE HARBOUR OBSERVER-EXPRESS\n"
            "Friday, 27 June 2026   Last Update 10:41 AM\nHOME   NEWS   BUSINESS   OPINION   SPORTS\nNews\n"
            "Bus fares reduced by 3.8 per cent from July 1; minimum fare unchanged\nJune 27, 2026 05:30 am\nBy Ann Lee\n"
            "Bus fares across the country will be reduced by 3.8 per cent from July 1 under the annual fare revision.\n"
            "The minimum fare will stay unchanged, the transport commission said on Thursday after a review of costs.\n")
    assert clean(text).publication == "The Harbour Observer-Express"


def test_a_headline_under_a_one_line_menu_and_its_buttons_in_a_paste_without_blank_lines() -> None:
    text = ("Skip to main content\nHarbour News\nHarbour News homepage\n"
            "Just In  Australia  World  Business  Sport  Analysis  Rural  Local  Emergency  More\nSearch\nLog in\n"
            "Oyster growers say 11-week harvest ban after sewage spill has cost them $1.8 million\n"
            "Harbour South Coast\nBy Ann Lee\nPosted Mon 17 Feb 2025 at 5:12am\nShare article\n"
            "Oyster farmers on the far south coast say they are running out of money after an 11-week ban.\n"
            "The food authority closed the inlet to harvesting on December 2, after heavy rain overwhelmed a pump station.\n"
            "The closure has stretched across Christmas and the January holidays, the busiest weeks of the year.\n"
            "Growers said on Monday that they had laid off staff and sold boats to keep the farms going this summer.\n"
            "The council said the pump station upgrade would not be finished until the middle of next year.\n"
            "Third-generation grower Tom Hart said the timing could not have been worse for the small farms.\n"
            "He said Sydney restaurants had been lined up and the roadside stalls ready for the holiday crowds.\n"
            "The food authority said it would reopen the inlet when water testing showed it was safe again.\n")
    assert clean(text).title == "Oyster growers say 11-week harvest ban after sewage spill has cost them $1.8 million"
