"""The spoken form of a segment: what the synthesiser should say, kept apart from the wording.

espeak-ng reads `£5m` as "pound five m", `40C` as "forty C" and `Cllr` letter by letter;
these rules rewrite such tokens into words a listener expects. The article's own wording
stays in `Segment.text` (transcripts, the JSON script); `Segment.spoken` holds the rewrite.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .models import Script

_CURRENCY = {"£": ("pound", "pounds"), "$": ("dollar", "dollars"), "€": ("euro", "euros"),
             "¥": ("yen", "yen"), "₹": ("rupee", "rupees")}
_SCALE = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "b": "billion",
          "tn": "trillion", "trn": "trillion", "million": "million", "billion": "billion",
          "trillion": "trillion", "thousand": "thousand"}
_MONEY = re.compile(
    r"(?P<cur>[£$€¥₹])\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|trn|tn|[kmb])\b)?",
    re.I)
_PENCE = re.compile(r"\b(\d+)p\b")
_TEMPERATURE = re.compile(r"(?<![\w.])(-?\d+(?:\.\d+)?)\s?°?\s?([CF])\b(?![\w'’])")
_UNITS = {
    "km/h": "kilometres per hour", "mph": "miles per hour", "km": "kilometres", "kg": "kilograms",
    "cm": "centimetres", "mm": "millimetres", "ml": "millilitres", "mg": "milligrams", "ft": "feet",
    "lbs": "pounds", "lb": "pounds", "kWh": "kilowatt hours", "MW": "megawatts", "GW": "gigawatts",
    "kW": "kilowatts", "GB": "gigabytes", "TB": "terabytes", "MB": "megabytes", "sq ft": "square feet",
}
_UNIT = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s?(" + "|".join(
    re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + r")(?![\w/])")
_TITLES = {"Cllr": "Councillor", "Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor",
           "Gen.": "General", "Lt": "Lieutenant", "Lt.": "Lieutenant", "Col": "Colonel",
           "Col.": "Colonel", "Sgt": "Sergeant", "Sgt.": "Sergeant", "Det": "Detective",
           "Det.": "Detective", "Insp": "Inspector", "Supt": "Superintendent", "Prof": "Professor",
           "Prof.": "Professor", "Rev": "Reverend", "Rev.": "Reverend", "Capt": "Captain",
           "Capt.": "Captain", "Insp.": "Inspector", "Supt.": "Superintendent"}
_TITLE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))
                    + r")(?=\s+[A-Z])")
_NUMBER = re.compile(r"\bNo\.?\s?(?=\d)")
_URL = re.compile(r"\b(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/[^\s)\]]*)?", re.I)
_EMAIL = re.compile(r"\b([\w.+-]+)@((?:[\w-]+\.)+[a-z]{2,})\b", re.I)
_HANDLE = re.compile(r"(?<![\w@])@(\w{2,})")
_STAGE = re.compile(r"\s?\((?:pictured|picture|left|right|centre|center|above|below|top|bottom|inset|"
                    r"file photo|pictured (?:left|right|above|below|centre|center|top|bottom))\)", re.I)
_ASIDE = re.compile(r"\s?\(([^()]{1,200})\)")
_TLDS = {"com", "org", "net", "gov", "edu", "uk", "co", "io", "info", "news", "int", "eu", "us",
         "de", "fr", "ie", "au", "nz", "ca", "in"}


def spoken_form(text: str) -> str:
    """How `text` should sound, in words espeak-ng reads naturally.

    >>> spoken_form("The £1.2bn fund and a £40,000 grant; $3.5m more")
    'The 1.2 billion pounds fund and a 40,000 pounds grant; 3.5 million dollars more'
    >>> spoken_form("It was 40C (pictured) in Rome, 5km away, said Cllr Ann Bee of No 10")
    'It was 40 degrees Celsius in Rome, 5 kilometres away, said Councillor Ann Bee of Number 10'
    >>> spoken_form("Email press@example.com or see www.example.org/news (or follow @newsdesk).")
    'Email press at example dot com or see example dot org, or follow at newsdesk.'
    """
    text = _STAGE.sub("", text)
    text = _EMAIL.sub(lambda m: f"{m[1]} at {_dotted(m[2])}", text)
    text = _URL.sub(_url, text)
    text = _HANDLE.sub(r"at \1", text)
    text = _MONEY.sub(_money, text)
    text = _PENCE.sub(r"\1 pence", text)
    text = _TEMPERATURE.sub(lambda m: f"{m[1]} degrees {'Celsius' if m[2] == 'C' else 'Fahrenheit'}", text)
    text = _UNIT.sub(lambda m: f"{m[1]} {_UNITS[m[2]]}", text)
    text = _TITLE.sub(lambda m: _TITLES[m[1]], text)
    text = _NUMBER.sub("Number ", text)
    text = _ASIDE.sub(lambda m: f", {m[1]},", text)
    return re.sub(r",\s*([,.;:!?])", r"\1", text)


def with_spoken(script: Script) -> Script:
    """The script with `spoken` set on every segment whose spoken form differs from its text."""
    segments = []
    for seg in script.segments:
        spoken = spoken_form(seg.text)
        segments.append(replace(seg, spoken=spoken) if spoken != seg.text else seg)
    return replace(script, segments=tuple(segments))


def _money(m: re.Match) -> str:
    one, many = _CURRENCY[m["cur"]]
    num, scale = m["num"], (m["scale"] or "").lower()
    if scale:
        return f"{num} {_SCALE[scale]} {many}"
    return f"{num} {one if num == '1' else many}"


def _url(m: re.Match) -> str:
    domain = m[1]
    if domain.rsplit(".", 1)[-1].lower() not in _TLDS and not m[0].lower().startswith(("http", "www")):
        return m[0]  # `U.S.`-like or `e.g.`: not a web address
    return _dotted(domain)


def _dotted(domain: str) -> str:
    return " dot ".join(domain.split("."))
