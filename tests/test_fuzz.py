"""Property tests: the feed always parses, the quote splitter never loses or repeats a word, random articles script."""

from __future__ import annotations

import json
import random
import re
from collections import Counter

import feedparser
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

from narrator.cli import cli
from narrator.feed import render_feed
from narrator.models import Block, CleanArticle, Episode, Settings
from narrator.script import build_script

# Anything, plus the characters most likely to break XML, quotes and speech.
TRICKY = st.characters(codec="utf-8", categories=None) | st.sampled_from(
    list("\x00\x07\x0b\x1b\x7f\x85\ufffe\uffff&<>]]>\"'“”‘’«»😀👩🏽‍🚒\u200b\u202e\t\r\n"))
TEXT = st.text(TRICKY, max_size=200)


@settings(max_examples=150, deadline=None)
@given(title=TEXT, description=TEXT, publication=st.none() | TEXT, speakers=st.lists(TEXT, max_size=3),
       podcast=TEXT)
def test_feed_always_parses(title, description, publication, speakers, podcast):
    episode = Episode(
        guid="narrator:x", slug="x", title=title, description=description, publication=publication,
        source="https://example.com/a?b=1&c=<2>", published="2024-05-01T12:00:00Z", duration_ms=1000, size=10,
        mp3="episodes/x.mp3", speakers=tuple((s, "gmw/en") for s in speakers))
    podcast_settings = Settings(title=podcast or "P", description=description or "D")
    feed = feedparser.parse(render_feed(podcast_settings, [episode]))
    assert feed.bozo == 0, feed.bozo_exception
    assert len(feed.entries) == 1 and feed.entries[0].id == "narrator:x"


PROSE = st.sampled_from(["said", "Mr Smith", "Ann Lee", "told MPs", "He added", "she", "the council", ",", ".",
                         ":", "!", "?", " ", " ", "\u00a0", "yes", "it’s", "O'Neil", "2024", "—"])
QUOTES = st.sampled_from(list("\"“”‘’'«»"))
PARAGRAPH = st.lists(PROSE | QUOTES | st.text(max_size=5), max_size=40).map(" ".join)


def word_counts(texts) -> Counter:
    return Counter(w for t in texts for w in re.findall(r"\w+", t))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PARAGRAPH | TEXT, min_size=1, max_size=6))
def test_quote_splitter_speaks_every_word_once(paragraphs):
    paragraphs = [" ".join(p.split()) for p in paragraphs if p.strip()] or ["x"]
    blocks = (Block("A headline", "title"), *(Block(p, "body") for p in paragraphs))
    article = CleanArticle(title="A headline", publication=None, blocks=blocks, dropped=(), source="x")
    script = build_script(article)
    assert word_counts(s.text for s in script.segments) == word_counts(b.text for b in blocks)
    assert all(s.text.strip() for s in script.segments)


NAMES = ["Ruth Okoro", "Dev Mistry", "Joan Pike", "Sir Keir Hale", "Dr Ann Lee", "Mrs O'Neil", "José Núñez"]
VERBS = ["said", "told the BBC", "added", "warned", "says"]
WORDS = "the council bridge money plan town school water road people will would could not more than year".split()
CHROME = ["Home", "News", "Sign in", "READ MORE: Storm hits coast", "Advertisement", "Share", "Picture: Getty Images",
          "Follow us on WhatsApp", "Related stories", "© 2024 The Paper"]


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 25))).capitalize() + rng.choice(".!?")


def paragraph(rng: random.Random) -> str:
    name, verb = rng.choice(NAMES), rng.choice(VERBS)
    q = sentence(rng)
    return rng.choice([
        sentence(rng) + " " + sentence(rng),
        f'"{q[:-1]}," {verb} {name}.',
        f"{name} {verb}: “{q} {sentence(rng)}”",
        f"“{q}” {sentence(rng)}",
        f'{sentence(rng)} "{q}',  # never closed
        f"‘{q[:-1]},’ {name} {verb}.",
        rng.choice(CHROME),
    ])


def article(seed: int) -> str:
    rng = random.Random(seed)
    head = [rng.choice(CHROME) for _ in range(rng.randint(0, 3))]
    body = [paragraph(rng) for _ in range(rng.randint(1, 15))] + [sentence(rng)]
    tail = [rng.choice(CHROME) for _ in range(rng.randint(0, 3))]
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12))).title()
    return "\n\n".join(head + [title] + ([f"By {rng.choice(NAMES)}"] if rng.random() < 0.5 else []) + body + tail)


def test_200_random_articles_script_without_error():
    runner = CliRunner()
    for seed in range(200):
        result = runner.invoke(cli, ["script", "--json", "-"], input=article(seed))
        assert result.exit_code == 0, (seed, result.output)
        assert "Traceback" not in result.stderr, (seed, result.stderr)
        data = json.loads(result.stdout)  # stderr may carry a `warning:` line
        assert data["segments"] and all(s["text"].strip() for s in data["segments"])
