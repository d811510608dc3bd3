import doctest
import tomllib

import pytest

import narrator.settings
from narrator.errors import NarratorError
from narrator.models import Settings
from narrator.settings import SETTINGS_FILE, load_settings, update_settings


def test_doctests():
    assert doctest.testmod(narrator.settings).failed == 0


def test_first_load_creates_file_with_defaults(tmp_path):
    settings = load_settings(tmp_path)
    assert settings == Settings()
    data = tomllib.loads((tmp_path / SETTINGS_FILE).read_text())
    assert data["title"] == Settings().title
    assert data["explicit"] is False
    assert [p.name for p in tmp_path.iterdir()] == [SETTINGS_FILE]  # no temp file left


def test_update_persists_and_normalises(tmp_path):
    s = update_settings(tmp_path, title="  My Pod ", base_url="https://example.com/pod", explicit=True)
    assert s.title == "My Pod"
    assert s.base_url == "https://example.com/pod/"
    assert s.explicit is True
    assert load_settings(tmp_path) == s
    s2 = update_settings(tmp_path, language="pt-BR", email="me@example.com", explicit="no")
    assert (s2.language, s2.email, s2.explicit, s2.title) == ("pt-BR", "me@example.com", False, "My Pod")


@pytest.mark.parametrize(
    "changes, fragment",
    [
        ({"colour": "red"}, "unknown setting 'colour'"),
        ({"base_url": "example.com/pod"}, "absolute http(s) URL"),
        ({"base_url": "ftp://example.com/"}, "absolute http(s) URL"),
        ({"base_url": "https://"}, "absolute http(s) URL"),
        ({"language": "english!"}, "language tag"),
        ({"language": "e"}, "language tag"),
        ({"explicit": "maybe"}, "true or false"),
        ({"title": "   "}, "must not be empty"),
        ({"title": 3}, "must be text"),
        ({"email": "nobody"}, "me@example.com"),
        ({"cover": "../art.png"}, "in the podcast folder"),
        ({"cover": "/tmp/art.png"}, "in the podcast folder"),
        ({"cover": "art.gif"}, "PNG or JPEG"),
    ],
)
def test_update_rejects_bad_values(tmp_path, changes, fragment):
    load_settings(tmp_path)
    before = (tmp_path / SETTINGS_FILE).read_bytes()
    with pytest.raises(NarratorError, match=fragment.replace("(", r"\(").replace(")", r"\)")) as e:
        update_settings(tmp_path, **changes)
    assert "\n" not in str(e.value)
    assert (tmp_path / SETTINGS_FILE).read_bytes() == before  # nothing written


def test_toml_syntax_error_names_file_and_line(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text('title = "ok"\nauthor = "unterminated\n')
    with pytest.raises(NarratorError) as e:
        load_settings(tmp_path)
    message = str(e.value)
    assert str(tmp_path / SETTINGS_FILE) in message
    assert "line 2" in message
    assert "\n" not in message


def test_hand_edited_file_is_validated_and_partial_is_ok(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text('title = "Hand made"\nbase_url = "http://host:8080/x"\n')
    s = load_settings(tmp_path)
    assert s.title == "Hand made"
    assert s.base_url == "http://host:8080/x/"
    assert s.author == Settings().author
    (tmp_path / SETTINGS_FILE).write_text('base_url = "nope"\n')
    with pytest.raises(NarratorError, match=SETTINGS_FILE):
        load_settings(tmp_path)
    (tmp_path / SETTINGS_FILE).write_text("[podcast]\ntitle = 'x'\n")
    with pytest.raises(NarratorError, match="unknown setting 'podcast'"):
        load_settings(tmp_path)
