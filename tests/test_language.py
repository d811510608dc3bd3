import json

import pytest
from click.testing import CliRunner

import narrator.language as language
from narrator.cast import load_cast
from narrator.cli import cli
from narrator.language import cast_for_language, detect_language

FRENCH = ("Le maire promet de rouvrir la piscine municipale\n\nLe conseil municipal a voté mardi pour rouvrir la "
          "piscine, qui est fermée depuis 2019. Les habitants de la commune attendaient cette décision depuis des "
          "années et ils sont très contents, a déclaré la maire.\n")
SAMPLES = {
    "de": "Der Stadtrat hat am Dienstag beschlossen, das alte Schwimmbad wieder zu öffnen, sagte die Bürgermeisterin.",
    "es": "El ayuntamiento ha decidido reabrir la piscina municipal, que está cerrada desde 2019, según el alcalde.",
    "it": "Il consiglio comunale ha deciso di riaprire la piscina, che è chiusa dal 2019, per la gioia dei cittadini.",
    "nl": "De gemeenteraad heeft dinsdag besloten het oude zwembad weer te openen, zei de burgemeester van de stad.",
    "en": "The council said on Tuesday that it would reopen the old baths, which have been shut since 2019.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detects_language(code):
    assert detect_language(SAMPLES[code]) == code


def test_english_with_foreign_names_stays_english():
    assert detect_language("Le Pen told reporters in Paris that the Front de Gauche was wrong, the paper said.") == "en"


def test_french_article_gets_the_french_voice_with_variants_kept(monkeypatch):
    monkeypatch.setattr(language, "_engine_voice_ids", lambda: frozenset({"roa/fr", "gmw/en"}))
    with pytest.warns(UserWarning, match="looks French: it is read with espeak-ng's French voice"):
        cast = cast_for_language(load_cast(), FRENCH)
    assert cast.narrator.id == "roa/fr"
    assert [v.id.split("+")[0] for v in cast.pool] == ["roa/fr"] * len(cast.pool)
    assert [v.id.split("+")[1] for v in cast.pool] == [v.id.split("+")[1] for v in load_cast().pool]


def test_missing_language_voice_says_so(monkeypatch):
    monkeypatch.setattr(language, "_engine_voice_ids", lambda: frozenset({"gmw/en"}))
    with pytest.warns(UserWarning, match=r"looks French but espeak-ng has no French voice \(roa/fr\) here"):
        cast = cast_for_language(load_cast(), FRENCH)
    assert cast == load_cast()


def test_script_command_reads_french_with_the_french_voice(monkeypatch):
    monkeypatch.setattr(language, "_engine_voice_ids", lambda: None)  # engine not asked: assume the voice is there
    result = CliRunner().invoke(cli, ["script", "--json", "-"], input=FRENCH)
    assert result.exit_code == 0
    assert "warning: the article looks French: it is read with espeak-ng's French voice (roa/fr)" in result.output
    data = json.loads(result.output[result.output.index("{"):result.output.rindex("}") + 1])
    assert {s["voice"] for s in data["segments"]} == {"roa/fr"}
