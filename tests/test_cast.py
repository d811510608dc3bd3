from pathlib import Path

import pytest

from narrator.cast import cast_script, check_voice, load_cast, parse_cast
from narrator.errors import NarratorError
from narrator.models import Script, Segment

ROOT = Path(__file__).resolve().parent.parent


def make_script(*parts):
    segs = tuple(Segment(kind, text, speaker, block) for block, (kind, text, speaker) in enumerate(parts))
    return Script("T", None, segs, (), "x")


def test_default_cast_loads_and_matches_voices_folder():
    cast = load_cast()
    assert cast.narrator.id == "gmw/en"
    assert len(cast.pool) >= 8
    assert {v.gender for v in cast.pool} == {"male", "female"}
    assert len({v.id for v in cast.pool}) == len(cast.pool)
    assert (ROOT / "voices" / "default.toml").read_text() == (ROOT / "narrator/data/default.toml").read_text()


def test_cast_by_name_from_voices_folder(tmp_path):
    (tmp_path / "mine.toml").write_text('[narrator]\nvoice = "gmw/en-us"\n[[pool]]\nvoice = "gmw/en+f3"\n')
    cast = load_cast("mine", search=[tmp_path])
    assert cast.narrator.id == "gmw/en-us" and cast.pool[0].id == "gmw/en+f3"


@pytest.mark.parametrize("text, message", [
    ("[narrator\n", "not valid TOML"),
    ('[[pool]]\nvoice = "gmw/en+f3"\n', "lacks 'narrator'"),
    ('[narrator]\nvoice = "gmw/en"\n', r"no \[\[pool\]\] voices"),
    ('[narrator]\nvoice = "gmw/en"\n[[pool]]\nvoice = "gmw/en"\n', "also in the pool"),
    ('[narrator]\nvoice = "gmw/en"\n[[pool]]\nvoice = "x"\ngender = "robot"\n', "gender must be"),
])
def test_bad_cast_files_are_clear_errors(text, message):
    with pytest.raises(NarratorError, match=message):
        parse_cast(text, "bad.toml")


def test_missing_cast_name_is_clear_error(tmp_path):
    with pytest.raises(NarratorError, match="cast 'nope' not found"):
        load_cast("nope", search=[tmp_path])


def test_each_speaker_gets_own_voice_narrator_keeps_one():
    script = make_script(
        ("narration", "Intro.", None),
        ("quote", "We will fight on.", "Ben Wallace"),
        ("quote", "Not so fast.", "Priya Lal"),
        ("quote", "And again.", "Ben Wallace"),
    )
    cast = load_cast()
    planned = cast_script(script, cast, genders={"Priya Lal": "female", "Ben Wallace": "male"})
    voices = [ln.voice for ln in planned.lines]
    assert voices[0] == cast.narrator
    assert voices[1] == voices[3] != voices[2]
    assert cast.narrator not in voices[1:]
    assert voices[1].gender == "male" and voices[2].gender == "female"
    assert dict(planned.speakers) == {"Ben Wallace": voices[1], "Priya Lal": voices[2]}


def test_known_and_override_voices_win():
    cast = load_cast()
    script = make_script(("quote", "One.", "Ann Bee"), ("quote", "Two.", "Cy Dee"))
    female = [v for v in cast.pool if v.gender == "female"]
    planned = cast_script(script, cast, known={"ann bee": female[1].id}, overrides={"Cy Dee": "gmw/en-gb-x-rp"})
    assert planned.lines[0].voice == female[1]
    assert planned.lines[1].voice.id == "gmw/en-gb-x-rp"


def test_new_speaker_avoids_voices_taken_in_other_episodes():
    cast = load_cast()
    script = make_script(("quote", "Hello.", "New Person"))
    taken = cast.pool[0].id
    planned = cast_script(script, cast, known={"old person": taken})
    assert planned.lines[0].voice.id != taken


def test_more_speakers_than_pool_still_distinct():
    cast = load_cast()
    n = len(cast.pool) + 3
    script = make_script(*[("quote", f"Line {i}.", f"Speaker {i}") for i in range(n)])
    planned = cast_script(script, cast)
    assert len({(v.id, v.pitch) for _, v in planned.speakers}) == n


def test_check_voice_accepts_known_and_suggests_close():
    check_voice("gmw/en-us+m3", ["gmw/en-us"], ["m3"])
    with pytest.raises(NarratorError, match="did you mean gmw/en-us"):
        check_voice("gmw/en-usa", ["gmw/en-us", "gmw/en"], [])


def test_cast_file_speakers_fix_voices_and_cli_wins():
    cast = parse_cast(
        '[narrator]\nvoice = "gmw/en"\n[[pool]]\nvoice = "gmw/en+f3"\n[[pool]]\nvoice = "gmw/en-us+m3"\n'
        '[speakers]\n"Ann Bee" = "gmw/en-gb-x-rp"\n"Cy Dee" = "gmw/en-gb-scotland"\n', "x")
    script = make_script(("quote", "One.", "Ann Bee"), ("quote", "Two.", "Cy Dee"))
    planned = cast_script(script, cast, overrides={"cy dee": "gmw/en-029"})
    assert [ln.voice.id for ln in planned.lines] == ["gmw/en-gb-x-rp", "gmw/en-029"]


def test_bad_speakers_table_is_clear_error():
    with pytest.raises(NarratorError, match=r"\[speakers\] maps names"):
        parse_cast('[narrator]\nvoice = "gmw/en"\n[[pool]]\nvoice = "x"\n[speakers]\n"A" = 3\n', "x")
