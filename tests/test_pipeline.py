from pathlib import Path

import pytest

from narrator.cast import load_cast
from narrator.catalog import Catalog
from narrator.ingest import parse_article
from narrator.pipeline import add_articles
from tests.conftest import needs_engine

FIRST = """Council agrees to reopen the old swimming baths

Councillors voted on Tuesday to spend £2m reopening the baths.

"This is a great day for the town," said council leader Ruth Okoro.

Opposition councillor Dev Mistry said: "We will be watching every penny of it."
"""

SECOND = """Library to open late on weekdays

The central library will open until 9pm from May, the council said.

Librarian Joan Pike said: "Students have asked for this for years."

"It costs very little and it matters a great deal," said Ms Okoro, the council leader.
"""


@needs_engine
@pytest.mark.e2e
def test_speaker_keeps_voice_across_episodes(tmp_path: Path):
    out, cast = tmp_path / "pod", load_cast()
    (one,) = add_articles([parse_article(FIRST.encode(), "first.txt")], out, cast)
    (two,) = add_articles([parse_article(SECOND.encode(), "second.txt")], out, cast)
    first, second = dict(one.episode.speakers), dict(two.episode.speakers)
    assert set(first) == {"Ruth Okoro", "Dev Mistry"}
    assert set(second) == {"Joan Pike", "Okoro"}  # this article never gives her first name
    assert second["Okoro"] == first["Ruth Okoro"]
    assert second["Joan Pike"] != second["Okoro"]
    with Catalog.open(out) as catalog:
        assert catalog.speaker_voice("ruth okoro") == first["Ruth Okoro"]
        assert [e.title for e in catalog.episodes()] == [two.episode.title, one.episode.title]


def test_description_is_the_standfirst_or_the_story_without_byline():
    from narrator.pipeline import _description
    from narrator.models import Script, Segment

    segs = (Segment("narration", "Headline here", None, 0), Segment("narration", "Chloe Barnard", None, 1),
            Segment("narration", "Residents say the water came back.", None, 2))
    assert _description(Script("Headline here", None, segs, (), "x", byline="Chloe Barnard")) == \
        "Residents say the water came back."
    assert _description(Script("H", None, segs, (), "x", standfirst="A standfirst.")) == "A standfirst."
