"""One or two invented cases per normalise rule."""

from __future__ import annotations

import pytest

from narrator.models import RawArticle
from narrator.normalise import (byline_outlet, credit, interface, is_byline, masthead_name, navigation,
                                normalise, prompt, read_more, teaser, timestamp, wire_footer)


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
