"""Which language an article is in (by counting common words) and a cast that speaks it.

espeak-ng reads French text with an English voice as gibberish; with its French voice
(`roa/fr`) it reads it properly. Detection is a stopword count: cheap, and plenty to tell
apart the languages listed here on a news article.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections import Counter
from dataclasses import replace

from .errors import NarratorError
from .models import Cast, Voice

# (name, espeak-ng voice, common words). Words shared by several languages are left out.
LANGUAGES: dict[str, tuple[str, str | None, frozenset[str]]] = {
    "en": ("English", None, frozenset("the and of to is that it was for on with he she they said at by this from "
                                      "have has had were which would will not but".split())),
    "fr": ("French", "roa/fr", frozenset("le les des du et est une dans pour pas sur au avec il elle ce été sont "
                                         "ne qui mais aussi nous vous leur cette ont aux".split())),
    "de": ("German", "gmw/de", frozenset("der die das und ist nicht ein eine zu den von mit sich des auf für im "
                                         "dem sie es auch als wurde wird sind nach bei".split())),
    "es": ("Spanish", "roa/es", frozenset("el los las y en del es por con para una su al lo como más pero sus "
                                          "fue ha está sobre también entre".split())),
    "it": ("Italian", "roa/it", frozenset("il di che è per non della con sono gli da ha nel alla anche una "
                                          "più dei delle questo essere".split())),
    "pt": ("Portuguese", "roa/pt", frozenset("o os do da em um uma com não no na por mais foi ao dos das "
                                             "como mas também pelo pela são".split())),
    "nl": ("Dutch", "gmw/nl", frozenset("het een en van is dat niet op te zijn met voor er maar ook als "
                                        "bij om naar heeft werd worden deze".split())),
}
WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, sample: int = 3000) -> str:
    """The article's language code, "en" unless another language clearly dominates.

    >>> detect_language("Le conseil municipal a voté mardi pour rouvrir la piscine, qui est fermée depuis 2019.")
    'fr'
    >>> detect_language("The council said on Tuesday that it would reopen the pool."), detect_language("")
    ('en', 'en')
    """
    words = [w.casefold() for w in WORD.findall(text[: sample * 12])][:sample]
    counts = Counter({code: sum(w in stop for w in words) for code, (_, _, stop) in LANGUAGES.items()})
    (best, hits), = counts.most_common(1) or [("en", 0)]
    if best != "en" and hits >= max(2, len(words) // 12) and hits > 2 * counts["en"]:
        return best
    return "en"


def cast_for_language(cast: Cast, text: str) -> Cast:
    """`cast` with every voice moved to the article's language (variants and pitches kept).

    English articles, and languages espeak-ng has no voice for here, keep the cast as it
    is; the latter with a warning saying so.
    """
    code = detect_language(text)
    name, voice, _ = LANGUAGES[code]
    if voice is None:
        return cast
    available = _engine_voice_ids()
    if available is not None and voice not in available:
        warnings.warn(f"the article looks {name} but espeak-ng has no {name} voice ({voice}) here, so English "
                      f"voices read it; install espeak-ng's full voice data (sudo apt-get install espeak-ng-data)",
                      stacklevel=2)
        return cast
    warnings.warn(f"the article looks {name}: it is read with espeak-ng's {name} voice ({voice})", stacklevel=2)
    move = functools.partial(_moved, base=voice)
    return replace(cast, narrator=move(cast.narrator), pool=tuple(move(v) for v in cast.pool))


def _moved(v: Voice, base: str) -> Voice:
    _, plus, variant = v.id.partition("+")
    return replace(v, id=base + plus + variant)


@functools.cache
def _engine_voice_ids() -> frozenset[str] | None:
    """The engine's voice ids, or None when the engine cannot be asked (then assume the voice is there)."""
    try:
        from .synth import engine_voices

        return frozenset(vid for vid, _ in engine_voices())
    except (NarratorError, ImportError, OSError):
        return None
