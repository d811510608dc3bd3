import json

from narrator.chapters import episode_chapters, chapters_json
from narrator.models import Chapter, Line, Segment, Timing, Voice


def para(start, end, block, speaker=None, kind=None):
    kind = kind or ("quote" if speaker else "narration")
    return Timing(start, end, Line(Segment(kind, "text", speaker, block), Voice("v")))


def test_headline_then_speaker_turns_with_short_narration_as_lead_in():
    timings = [
        Timing(0, 3000, Line(Segment("narration", "Ferry faces the axe", None, 0), Voice("v"))),
        para(4000, 30000, 1),  # intro narration stays in the headline chapter
        para(31000, 40000, 2, "Geoffrey Tremayne"),
        para(40200, 41000, 2),  # "he said." inside his paragraph
        para(41200, 50000, 3, "Geoffrey Tremayne"),
        para(51000, 58000, 4),  # short narration: lead-in for Maggie
        para(59000, 60000, 5),
        para(60500, 70000, 5, "Maggie Rowe"),
        para(71000, 100000, 6),  # long narration: its own chapter
        para(101000, 110000, 7, "Alan Fenwick"),
        para(111000, 115000, 8),  # short tail stays with the last speaker
    ]
    chapters = episode_chapters(timings, 115000)
    assert chapters == (
        Chapter(0, 31000, "Ferry faces the axe"),
        Chapter(31000, 51000, "Geoffrey Tremayne"),
        Chapter(51000, 71000, "Maggie Rowe"),
        Chapter(71000, 101000, "Narrator"),
        Chapter(101000, 115000, "Alan Fenwick"),
    )


def test_same_speaker_after_short_aside_is_one_chapter():
    timings = [para(0, 1000, 0), para(2000, 9000, 1, "Ann"), para(9500, 12000, 2), para(12500, 20000, 3, "Ann")]
    assert [c.title for c in episode_chapters(timings, 20000)] == ["text", "Ann"]


def test_no_timings_no_chapters():
    assert episode_chapters([], 0) == ()


def test_json_shape():
    data = json.loads(chapters_json([Chapter(0, 1500, "Intro"), Chapter(1500, 2000, "Zoë")]))
    assert data == {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro"},
                                                     {"startTime": 1.5, "title": "Zoë"}]}
