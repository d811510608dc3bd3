"""Property-based checks of the text stages on generated pages and paragraphs."""

from __future__ import annotations

import os
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from narrator.models import Block, CleanArticle, RawArticle
from narrator.normalise import normalise
from narrator.script import build_script

# A fixed seed: the same 200 pages on every run, so that CI's verdict is the code's and not the draw's.
# `NARRATOR_PROPERTY_EXAMPLES=5000 pytest tests/test_properties.py` hunts with fresh random pages; it
# still finds rare pages the headline finder reads differently once the dropped lines are gone, and
# each one fixed is added below as an example.
_HUNT = int(os.environ.get("NARRATOR_PROPERTY_EXAMPLES", "0"))
SETTINGS = settings(max_examples=_HUNT or 200, deadline=None, derandomize=not _HUNT, database=None)

# Ordinary words, with some that page-chrome rules look for (share, video, live,
# photo, news, Monday, follow) so that prose using them is exercised too.
WORDS = """the council said it would repair harbour wall after storm and residents were angry
because boats had been damaged during night while engineers share video of live news photo
follow Monday minutes ago record rates police school water families village support plan
every week their children told reporters she he they we £40 2024 12 per cent""".split()
NAMES = "Ann Lee Porthmoor Council Mr Patel Dr Okafor Kelby Shah".split()

MARKS = str.maketrans({c: " " for c in "\"'`´‘’‚‛“”„‟«»‹›′″"})


def spoken_words(text: str) -> list[str]:
    """Words with every quote mark read as a space: delimiting marks then do not matter."""
    return re.findall(r"\w+", text.translate(MARKS))


@st.composite
def sentences(draw) -> str:
    first = draw(st.sampled_from(NAMES))
    rest = draw(st.lists(st.sampled_from(WORDS + NAMES), min_size=6, max_size=25))
    return f"{first} {' '.join(rest)}{draw(st.sampled_from('.!?'))}"


JUNK = st.sampled_from([
    "Share", "Advertisement", "READ MORE: Storm hits coast", "Picture: Getty Images", "Updated 2 hours ago",
    "Sign up to our newsletter", "Related articles", "Skip Twitter post, 1", "End of Twitter post, 1",
    "Duration 2:31", "Video Ad Feedback", "Follow us on WhatsApp", "Daily Lantern", "By Ann Lee", "___",
    "Journal reference:", "Editor’s note: This story has been updated.", "Topics", "View comments",
])
LINES = st.one_of(sentences(), JUNK, st.text(max_size=60))


@st.composite
def pages(draw) -> str:
    lines = draw(st.lists(LINES, max_size=25))
    seps = draw(st.lists(st.sampled_from(["\n", "\n\n", "\n \n"]), min_size=len(lines), max_size=len(lines)))
    return "".join(a + b for a, b in zip(lines, seps))


@SETTINGS
@given(st.text())
def test_normalise_never_raises_on_any_text(text: str) -> None:
    normalise(RawArticle(text, "<prop>"))


@SETTINGS
@given(pages())
def test_normalise_never_raises_on_page_like_text(text: str) -> None:
    normalise(RawArticle(text, "<prop>"))


@SETTINGS
@given(st.lists(sentences(), min_size=3, max_size=8, unique=True), st.data())
def test_full_sentences_inside_body_are_kept(body: list[str], data) -> None:
    head = data.draw(st.lists(JUNK, max_size=5))
    tail = data.draw(st.lists(JUNK, max_size=5))
    page = "\n".join(head) + "\n\nCouncil agrees to repair the harbour wall\n\n" + "\n\n".join(body) + \
        "\n\n" + "\n".join(tail)
    kept = [b.text for b in normalise(RawArticle(page, "<prop>")).blocks]
    for sentence in body[:-1]:  # the last may be mistaken for a footer line only if it is not prose
        assert sentence in kept


@SETTINGS
@given(pages())
# found by longer runs: lines dropped late (list items, furniture) left equal lines side by side
@example("Lee the the the the the the!\nShare\nAnn the the the the the the?\nAnn the the the the the the.\n"
         "Ann the the the the the the.\nLee the the the the the the!\n")
@example("AB\nAnn the the the the the the the the the the the.\nAnn the the the the the the the?\nb\x85y\n"
         "Ann the the the the the the the?\n")
@example("Share\nShare\nAnn the the the £40 £40 £40.\n\nA:A:b\nAnn the the the £40 £40 £40.\n")
@example("Share\nBy Ann Lee\nAnn the the the the the the.\n")
# a header sign counted past lines a later rule drops; a headline taken for a video box's title
@example("Ann the the the the the the.\nB\nShare\nAnn the the the the the the!\nBy Ann Lee\nAnn the the the the the the.\n")
@example("Ann the the the the the the.\nDaily Lantern\nAnn the the the the the the!\nShare\nShare\nShare\n\n"
         "By Ann Lee\nAnn the the the the the the.\n")
@example("Share\nAnn the the the the the the.\n\nDaily Lantern\nTopics\nShare\nShare\n\n"
         "Ann the the the the the the!\nBy Ann Lee\nAnn the the the the the the.\n")
# the story's last paragraph dropped late (a pitch printed twice), leaving a short line after the story
@example("Share\nShare\nSign up to our newsletter\nAnn the the council the the the the the the the the the the the!\n\n"
         "Ann the the the the the the.\nY\nAnn the the council the the the the the the the the the the the!\n")
# two sentences each printed again further down were read as a table of contents on the second pass
@example("Ann the the the the the the.\nShare\nAnn the the the the the the.\nShare\nAnn the the the the the the.\n"
         "Ann the the the the the the the the.\nAnn the the the the the the.\nAnn the the the the the the.\nShare\n"
         "Ann the the the the the the.\nShare\nY\nAnn the the the the the the.\nAnn the the the the the the!\n"
         "Ann the the the the the the the the.\n")
# a one-word line before the story's first two long sentences, which a dropped `Share` kept apart
@example("Share\nAnn the the the the the the.\nAnn the the the the the the.\nShare\nShare\nShare\n"
         "Ann the the the the the the.\nAnn the the the the the the the.\nShare\n0b\nAnn the the the the the the.\n"
         "Ann the the the the the the.\nAnn the the the the the the the the the the the!\nShare\n"
         "Ann the the the the the the the the the the the.\n")
def test_normalise_is_idempotent(text: str) -> None:
    first = normalise(RawArticle(text, "<prop>"))
    if not first.blocks:
        return
    again = normalise(RawArticle("\n\n".join(b.text for b in first.blocks), "<prop>"))
    assert [b.text for b in again.blocks] == [b.text for b in first.blocks]


PARA = st.lists(st.sampled_from(list("abcdefgh ABCDE,.:;!?—-'’‘“”\"()\n") + ["said", " he said", "Mr Lee "]),
                max_size=60).map("".join)


@SETTINGS
@given(st.lists(PARA, min_size=1, max_size=6))
def test_script_speaks_every_word_exactly_once(paras: list[str]) -> None:
    paras = [" ".join(p.split()) for p in paras]
    paras = [p for p in paras if p] or ["x"]
    blocks = (Block("A headline", "title"),) + tuple(Block(p, "body") for p in paras)
    script = build_script(CleanArticle("A headline", None, blocks, (), "<prop>"))
    for i, block in enumerate(blocks):
        said = [w for s in script.segments if s.block == i for w in spoken_words(s.text)]
        assert said == spoken_words(block.text)


@SETTINGS
@given(pages())
def test_pipeline_text_stages_never_raise_and_keep_words(text: str) -> None:
    article = normalise(RawArticle(text, "<prop>"))
    script = build_script(article)
    said = [w for s in script.segments for w in spoken_words(s.text)]
    assert said == [w for b in article.blocks for w in spoken_words(b.text)]
