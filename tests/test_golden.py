"""Golden articles: each tests/data/articles/NAME.txt scored against NAME.json.

The figures mirror the shared scorer: a must-drop line is not spoken more
often than kept text contains it; kept words are spoken in order; each gold
quote lies in a run of quote segments whose speaker names the gold speaker;
each gold narration lies in a run of narration segments.
"""

from __future__ import annotations

import json
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from narrator.models import RawArticle, Script
from narrator.normalise import normalise
from narrator.script import build_script

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
MARKS = str.maketrans("", "", "\"'`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033")
THRESHOLDS = {"title": 1.0, "dropped": 0.98, "body": 0.99, "quotes": 0.97, "speakers": 0.95, "narration": 0.97}


def words(text: str | None) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text or "").lower().translate(MARKS))


def key(line: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", line).split())


def occurrences(hay: list[str], needle: list[str]) -> int:
    h, n = f" {' '.join(hay)} ", f" {' '.join(needle)} "
    return sum(1 for i in range(len(h)) if h.startswith(n, i)) if needle else 0


def runs(script: Script) -> list[tuple[str, str, list[str]]]:
    merged: list[tuple[str, str, list[str]]] = []
    for seg in script.segments:
        speaker = (seg.speaker or "").lower()
        if merged and merged[-1][:2] == (seg.kind, speaker):
            merged[-1][2].extend(words(seg.text))
        else:
            merged.append((seg.kind, speaker, words(seg.text)))
    return merged


def score(txt: Path) -> dict[str, float]:
    gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    text = txt.read_text(encoding="utf-8")
    script = build_script(normalise(RawArticle(text, str(txt))))
    drop = {key(ln) for ln in gold["must_drop"]}
    kept = [words(k) for k in (key(ln) for ln in text.splitlines()) if k and k not in drop]
    spoken = [w for s in script.segments for w in words(s.text)]
    merged = runs(script)

    def frac(hits: list[bool]) -> float:
        return sum(hits) / len(hits) if hits else 1.0

    kept_all = [w for k in kept for w in k]
    matcher = SequenceMatcher(None, kept_all, spoken, autojunk=False)
    quote_runs = [[sp for kind, sp, ws in merged if kind == "quote" and occurrences(ws, words(q["text"]))]
                  for q in gold["quotes"]]
    return {
        "title": float(words(script.title) == words(gold["title"])),
        "dropped": frac([occurrences(spoken, words(d)) <= sum(occurrences(k, words(d)) for k in kept)
                         for d in drop]),
        "body": sum(b.size for b in matcher.get_matching_blocks()) / max(1, len(kept_all)),
        "quotes": frac([bool(hits) for hits in quote_runs]),
        "speakers": frac([any(set(words(q["speaker"])) <= set(words(sp)) for sp in hits)
                          for q, hits in zip(gold["quotes"], quote_runs)]),
        "narration": frac([any(kind == "narration" and occurrences(ws, words(n)) for kind, _, ws in merged)
                           for n in gold["narration"]]),
    }


def test_there_are_golden_articles() -> None:
    assert len(ARTICLES) >= 4


@pytest.mark.parametrize("txt", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_golden_article(txt: Path) -> None:
    got = score(txt)
    low = {f: round(v, 3) for f, v in got.items() if v < THRESHOLDS[f]}
    assert not low, f"{txt.name} below threshold: {low}"


@pytest.mark.parametrize("txt", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_golden_publication(txt: Path) -> None:
    gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    assert normalise(RawArticle(txt.read_text(encoding="utf-8"), str(txt))).publication == gold["publication"]
