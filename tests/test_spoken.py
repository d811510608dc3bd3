import json

import pytest
from click.testing import CliRunner

from narrator.cli import cli
from narrator.models import Script, Segment
from narrator.spoken import spoken_form, with_spoken


@pytest.mark.parametrize("text, spoken", [
    ("£5m", "5 million pounds"),
    ("a £1 coin and 50p", "a 1 pound coin and 50 pence"),
    ("€2.5bn", "2.5 billion euros"),
    ("$300,000", "300,000 dollars"),
    ("highs of 40C today", "highs of 40 degrees Celsius today"),
    ("a chilly -3 °C", "a chilly -3 degrees Celsius"),
    ("100F", "100 degrees Fahrenheit"),
    ("at 70mph on a 12 km road", "at 70 miles per hour on a 12 kilometres road"),
    ("Det Insp Sam Cole and Sen. Ann Kell", "Detective Inspector Sam Cole and Senator Ann Kell"),
    ("a source at No 10 said", "a source at Number 10 said"),
    ("see https://www.example.co.uk/news/1?x=2 now", "see example dot co dot uk now"),
    ("write to tips@paper.org", "write to tips at paper dot org"),
    ("tweeted @CityCouncil", "tweeted at CityCouncil"),
    ("The mayor (pictured) spoke.", "The mayor spoke."),
    ("The plan (first reported in May) failed.", "The plan, first reported in May, failed."),
])
def test_spoken_form(text, spoken):
    assert spoken_form(text) == spoken


@pytest.mark.parametrize("text", [
    "The U.S. and the U.K. met.", "He said no 2 more.", "Gen Z voters", "It costs 5m euros?",
    "Team GB won", "e.g. this", "Version 2.0 shipped", "The C-suite agreed",
])
def test_ordinary_text_is_left_alone(text):
    assert spoken_form(text) == text


def test_with_spoken_sets_only_what_differs():
    script = Script("T", None, (Segment("narration", "It cost £5m.", None, 0),
                               Segment("quote", "Fine words.", "Ann", 1)), (), "x")
    a, b = with_spoken(script).segments
    assert (a.text, a.spoken, a.speech) == ("It cost £5m.", "It cost 5 million pounds.", "It cost 5 million pounds.")
    assert (b.spoken, b.speech) == (None, "Fine words.")


def test_script_json_carries_spoken_form_beside_the_wording():
    text = "Council approves £2m pool\n\nThe council will spend £2m on the pool, Cllr Ann Bee said.\n"
    result = CliRunner().invoke(cli, ["script", "--json", "-"], input=text)
    assert result.exit_code == 0, result.output
    body = [s for s in json.loads(result.stdout)["segments"] if "£2m on" in s["text"]]
    assert body[0]["text"] == "The council will spend £2m on the pool, Cllr Ann Bee said."
    assert body[0]["spoken"] == "The council will spend 2 million pounds on the pool, Councillor Ann Bee said."
