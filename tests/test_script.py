"""Quote splitting and speaker attribution, on invented paragraphs."""

from __future__ import annotations

from narrator.models import Block, CleanArticle, Script
from narrator.people import learn_people
from narrator.script import build_script, find_spans, resolve_phrase, speaker_genders


def script(*paras: str, title: str = "A headline for the test story") -> Script:
    blocks = (Block(title, "title"),) + tuple(Block(p, "body") for p in paras)
    return build_script(CleanArticle(title, None, blocks, (), "<test>"))


def quotes(s: Script) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in s.segments if q.kind == "quote"]


def test_words_are_preserved_minus_delimiting_marks() -> None:
    para = "Mayor Ruth Cole said: “We will reopen the pier by May.” The council agreed."
    s = script(para)
    spoken = " ".join(seg.text for seg in s.segments[1:])
    assert spoken.split() == para.replace("“", "").replace("”", "").split()
    assert [seg.block for seg in s.segments] == [0, 1, 1, 1]


def test_title_with_single_quotes_is_narration() -> None:
    s = script("Nothing to quote here at all.", title="Pier ‘will reopen by May’, says mayor")
    assert s.segments[0].kind == "narration"
    assert s.segments[0].text == "Pier ‘will reopen by May’, says mayor"


def test_curly_quote_with_trailing_attribution() -> None:
    s = script("“The pier is safe and it will reopen this spring,” said Ruth Cole, the mayor.")
    assert quotes(s) == [("Ruth Cole", "The pier is safe and it will reopen this spring,")]
    assert s.segments[-1].text == "said Ruth Cole, the mayor."


def test_straight_quotes_and_inverted_title() -> None:
    s = script('"This bill protects renters from sudden hikes," said Rep. Alan Ruiz, a Texas Democrat.')
    assert quotes(s) == [("Alan Ruiz", "This bill protects renters from sudden hikes,")]


def test_split_quote_keeps_speaker() -> None:
    s = script("Nora Patel is the club captain.",
               "“We trained in the dark all winter,” Patel said, “so the cold did not scare us.”")
    assert quotes(s) == [("Nora Patel", "We trained in the dark all winter,"),
                         ("Nora Patel", "so the cold did not scare us.")]
    assert "Patel said," in [seg.text for seg in s.segments]


def test_multi_paragraph_quote_carries_speaker() -> None:
    s = script("Chief Inspector Omar Hale told reporters: “We have arrested two men this morning.",
               "“Both are being questioned at a station in the city.",
               "“I want to thank the public for their patience.”",
               "The road remains closed.")
    assert [q[0] for q in quotes(s)] == ["Omar Hale"] * 3
    assert s.segments[-1].kind == "narration"


def test_unattributed_open_paragraph_takes_later_attribution() -> None:
    s = script('Lena Ortiz, who runs the shelter, testified on Tuesday.',
               '"We turn people away every single night. The beds are full.',
               '"Something has to change, and soon," Ortiz said.')
    assert [q[0] for q in quotes(s)] == ["Lena Ortiz", "Lena Ortiz"]


def test_nested_single_quotes_stay_with_outer_speaker() -> None:
    s = script("“My gran told me, ‘Never give up on the sea,’ and I never have,” said fisherman Tom Keel.")
    assert quotes(s) == [("Tom Keel", "My gran told me, ‘Never give up on the sea,’ and I never have,")]


def test_missing_closing_mark_recovers_at_paragraph_end() -> None:
    s = script("Sara Lind said: “The river rose a metre in an hour and we had nowhere to go",
               "Crews arrived at midnight.")
    assert quotes(s) == [("Sara Lind", "The river rose a metre in an hour and we had nowhere to go")]
    assert s.segments[-1] .text == "Crews arrived at midnight."


def test_scare_quotes_and_embedded_fragments_stay_narration() -> None:
    para = "The minister called the plan a “possibility” and said it would be “reviewed in time” soon."
    s = script(para)
    assert quotes(s) == []
    assert s.segments[1].text == para


def test_four_quoted_words_after_a_speech_verb_are_the_speakers() -> None:
    # four or five words are a quotation in the annotation format (fragments of up to five words may be read
    # either way), so a speaker's verb reporting them makes them the speaker's words
    s = script("Broker Ines Vall said the valuation was “a little on the high side” but defended the deal.",
               "The harbourmaster told reporters the berth would stay shut for “at least six more weeks” and left.")
    assert quotes(s) == [("Ines Vall", "a little on the high side"), ("harbourmaster", "at least six more weeks")]
    # a study's finding, `according to` it, names no speaker for a short quoted phrase
    s = script("According to the survey, rents rose in what the authors described as “a very short time” last year.")
    assert quotes(s) == []


def test_pronoun_resolves_to_last_named_person_of_that_gender() -> None:
    s = script("Mr Dale Price, who owns the bakery, watched the water rise.",
               "His neighbour, Mrs Ann Rowe, said she had lost everything.",
               "“I have lived here for forty years and never seen this,” she said.")
    assert quotes(s)[0][0] == "Ann Rowe"


def test_added_goes_to_previous_speaker() -> None:
    s = script("“We were outplayed from start to finish today,” said coach Ellen Marsh.",
               "Her striker Kate Dunn was later substituted.",
               "“We will learn from this and come back stronger,” she added.")
    assert [q[0] for q in quotes(s)] == ["Ellen Marsh", "Ellen Marsh"]


def test_added_in_same_paragraph_goes_to_its_named_speaker() -> None:
    # `"…," Lindqvist said. "…," she added`: the speaker just named in the paragraph, not the one before it
    s = script("“It is a menu, not a plan,” said Marta Osés, a water campaigner.",
               "“I understand the impatience,” Hanne Lindqvist said. “But I would rather,” she added, "
               "“put a real instrument on the table today.”")
    assert [q[0] for q in quotes(s)] == ["Marta Osés"] + ["Hanne Lindqvist"] * 3
    # a paragraph that opens with `she added` still goes on from the paragraph before
    s = script("“It is a menu, not a plan,” said Marta Osés, a water campaigner.",
               "“Nothing in it binds anyone,” she added. Hanne Lindqvist disagreed.")
    assert [q[0] for q in quotes(s)] == ["Marta Osés", "Marta Osés"]


def test_he_skips_speaker_of_other_gender() -> None:
    s = script("“The numbers do not add up for families,” said Mrs Jo Field.",
               "Mr Ian Grove, a councillor, disagreed with her.",
               "“The budget is balanced and fair to every household,” he said.")
    assert [q[0] for q in quotes(s)] == ["Jo Field", "Ian Grove"]


def test_role_speakers_and_according_to() -> None:
    s = script("A spokesperson for the trust said: “We are reviewing what happened on the ward.”",
               "“Nobody told us anything for hours on end,” a neighbour said.",
               "The ward had 12 beds, according to hospital records.")
    assert [q[0] for q in quotes(s)] == ["spokesperson", "neighbour"]
    assert s.segments[-1].kind == "narration"


def test_speaker_named_by_fullest_name_and_title_alias() -> None:
    s = script("Health Secretary Maya Quinn visited the hospital on Friday.",
               "The Health Secretary said: “Every patient deserves a bed, not a corridor.”",
               "Ms Quinn told staff: “I will be back next month to see the progress for myself.”")
    assert [q[0] for q in quotes(s)] == ["Maya Quinn", "Maya Quinn"]


def test_namesakes_are_told_apart_by_honorific() -> None:
    s = script("Joan Hart said she was scared. Her husband, Rob Hart, said he was angry.",
               "“We pay our taxes and get nothing back for them,” Mr Hart said.",
               "“I just want to feel safe in my own home again,” Mrs Hart said.")
    assert [q[0] for q in quotes(s)] == ["Rob Hart", "Joan Hart"]


def test_colon_introduced_quote_paragraph_with_honorific() -> None:
    s = script("Shadow minister Lee Ward asked the minister: “Will you publish the full report today?”",
               "Mr Ward replied: “No.”")
    assert quotes(s)[0] == ("Lee Ward", "Will you publish the full report today?")


def test_speaker_genders() -> None:
    s = script("Mr Dale Price runs the bakery on the corner.",
               "“We lost two days of trade to the floods,” he said.",
               "Council leader Priya Shah said her team was working around the clock.",
               "“We are doing all we can for traders like him,” Ms Shah said.",
               "“Nobody could have predicted a storm like that one,” said Sam Lowe.")
    assert speaker_genders(s) == {"Dale Price": "male", "Priya Shah": "female", "Sam Lowe": "unknown"}


def test_find_spans_handles_straight_and_curly() -> None:
    spans = find_spans('She said "no" and then “yes”.')
    assert [(s.start, s.end, s.closed) for s in spans] == [(9, 13, True), (23, 28, True)]


def test_resolve_phrase() -> None:
    assert resolve_phrase("She", {}) == ("pronoun", "female")
    assert resolve_phrase("Her neighbour", {}) == ("role", "neighbour")
    assert resolve_phrase("The Defence Secretary", {"defence secretary": "Ben Hall"}) == ("name", "Ben Hall")


def test_single_quoted_speech_when_article_uses_no_double_marks() -> None:
    s = script("Ava Moss, 30, lives on the estate.",
               "‘The drivers’ car park has been shut since May,’ she said. ‘It’s a scandal and we’re fed up.’",
               "Residents called the plan ‘a joke’ at the meeting.")
    assert quotes(s) == [("Ava Moss", "The drivers’ car park has been shut since May,"),
                         ("Ava Moss", "It’s a scandal and we’re fed up.")]
    assert s.segments[-1].kind == "narration"


def test_colon_without_verb_names_no_role() -> None:
    s = script("Her verdict: “It is the worst decision the board has ever made.”")
    assert quotes(s)[0][1] == "It is the worst decision the board has ever made."
    assert quotes(s)[0][0] != "verdict"


def test_single_quote_house_style_with_nested_double_quotes() -> None:
    s = script("Owner Dave Hen, 58, said: ‘Our bill went up after Russia’s invasion. A neighbour called us "
               "“a washing machine”. We’re a rock ’n’ roll club.’",
               "Bands from the ’70s and ’80s played there.",
               "‘I’m not angry,’ he added. ‘They have rules to follow.’")
    assert [q[0] for q in quotes(s)] == ["Dave Hen"] * 3
    assert quotes(s)[0][1].endswith("We’re a rock ’n’ roll club.")
    assert [seg.kind for seg in s.segments if "’70s" in seg.text] == ["narration"]


def test_inverted_attribution_with_abbreviated_title() -> None:
    s = script("Rep. Dana Whit led the talks.",
               "“It’s a good first step,” said Rep. Luis Ace, of Davenport. “But a first step is all it is.”")
    assert [q[0] for q in quotes(s)] == ["Luis Ace", "Luis Ace"]


def test_the_title_refers_back_to_the_one_person_holding_it() -> None:
    s = script("Health Minister Jane Oko visited the ward. Gov. Marla Hen was there too.",
               "Union president Carla Dunn spoke to nurses.",
               "“It remains our ambition,” the minister said.",
               "In a statement, the governor said: “Help is coming.”",
               "“We will hold them to it,” the union president said.",
               "“We are short of beds every night,” a nurse said.")
    assert [q[0] for q in quotes(s)] == ["Jane Oko", "Marla Hen", "Carla Dunn", "nurse"]


def test_a_title_two_people_hold_stays_a_role() -> None:
    s = script("Health Minister Jane Oko and Housing Minister Ben Ray met on Monday.",
               "“We agreed on nothing at all today,” the minister said.")
    assert quotes(s)[0][0] == "minister"


def test_added_after_reported_speech_means_that_speaker():
    s = script(
        '"This is a great day for the town," said council leader Ruth Okoro.',
        "Opposition councillor Dev Mistry said the money could be better spent.",
        'He added: "We will be watching every penny of it."',
    )
    assert quotes(s)[-1] == ("Dev Mistry", "We will be watching every penny of it.")


def test_role_then_name_apposition_and_organisation_after_role():
    s = script(
        '"Nobody asked us," said the island\'s GP, Dr Alan Fenwick.',
        'A spokesperson for the Department for Transport said: "Ferry services are a matter for local operators."',
    )
    assert [who for who, _ in quotes(s)] == ["Alan Fenwick", "spokesperson"]


def test_doctests() -> None:
    import doctest

    import narrator.people
    import narrator.script
    assert doctest.testmod(narrator.script).failed == 0
    assert doctest.testmod(narrator.people).failed == 0


def test_quote_resumes_after_inverted_attribution_with_apposition() -> None:
    s = script("Analysts were surprised. “The lesson,” said Tom Berg, an analyst at Nordbank in Oslo, "
               "“is that the slump will last well into next year.” He cut his target.")
    assert quotes(s) == [("Tom Berg", "The lesson,"), ("Tom Berg", "is that the slump will last well into next year.")]


def test_pronoun_after_reported_speech_is_the_person_before_the_verb() -> None:
    s = script("Rural Teachers and Nurses' Federation secretary Paul Moss said the deal was welcome.",
               "“It is a start, but only a start,” he said.")
    assert quotes(s) == [("Paul Moss", "It is a start, but only a start,")]


def test_pronoun_skips_a_show_named_like_a_person_and_follows_a_first_name() -> None:
    s = script("Reality star Jess Marlow was dropped from Breakfast Buzz last year.",
               "Now Jess has spoken out about the way she found out.",
               "In an interview, she said: “Nobody called me about it at all.”",
               "A Breakfast Buzz spokesperson said: “We wish Jess well in the future.”")
    assert quotes(s) == [("Jess Marlow", "Nobody called me about it at all."),
                         ("spokesperson", "We wish Jess well in the future.")]


def test_subject_of_narration_not_a_name_met_later_in_it() -> None:
    s = script("Singer Jess Marlow said she was ready to talk.",
               "Jess was replaced on the tour by rival singer Kate Moon, sparking feud rumours.",
               "But the singer insisted there was no bad blood.",
               "“Kate is lovely and I wish her well,” she said.")
    assert quotes(s)[-1] == ("Jess Marlow", "Kate is lovely and I wish her well,")


def test_source_close_to_a_person_is_the_source() -> None:
    s = script("Star Jess Marlow has a new podcast.",
               "A source close to the star told reporters: “She has big plans for this year.”")
    assert quotes(s) == [("source", "She has big plans for this year.")]


def test_an_adverb_after_the_subject_is_not_the_speaker() -> None:
    s = script("Leader Dwight Rann pulled the bill.", "Rann later told reporters: “We had a deal on paper and it fell apart.”")
    assert quotes(s)[0][0] == "Dwight Rann"


def test_a_dateline_is_never_the_speaker() -> None:
    s = script("WESTON FALLS — The diner closes on Sunday after 42 years of breakfasts.",
               "Mr. Walt Kowal, who still works the grill, was less ready to talk.",
               "“I’ll tell you how I feel on Monday,” he said, “when I don’t have to get up at four.”")
    assert {q[0] for q in quotes(s)} == {"Walt Kowal"}


def test_an_outlet_after_the_is_never_the_speaker() -> None:
    s = script("Composer R. Vaidyan will score the new film after a long break.",
               "Speaking to The Deccan Ledger at his studio, the 68-year-old said the offer surprised him.",
               "‘Honestly, I didn’t think anyone still hummed my tunes,’ he said.")
    assert quotes(s)[0][0] == "R Vaidyan"


def test_an_organisation_tail_is_not_the_speaker() -> None:
    s = script("In a statement, a spokesperson for the Ministry of Trade and Export Development said: "
               "“We are in contact with the community and the co-op.”")
    assert quotes(s)[0][0] == "spokesperson"


def test_role_then_name_prefers_the_person() -> None:
    s = script("Its chief fire officer, Lorna Bex, told reporters: “Please do not drive through floodwater.”")
    assert quotes(s)[0][0] == "Lorna Bex"


def test_couple_sharing_a_surname_are_two_people() -> None:
    s = script("Walt and Bernadette Kowal, who bought the diner with a loan from her brother, will close it on Sunday.",
               "“People keep asking me if I’m sad,” Mrs. Kowal said as she poured coffee.",
               "Mr. Kowal, who still works the grill, was less ready to talk about it.",
               "“I’ll tell you on Monday how I feel about it,” he said.")
    assert [q[0] for q in quotes(s)] == ["Bernadette Kowal", "Walt Kowal"]


def test_quoted_handle_names_the_speaker() -> None:
    s = script("On the forum, one user with the handle “radiator_rick” replied: “A free year of a broken thermostat. Brilliant.”")
    assert quotes(s)[0][0] == "radiator_rick"


def test_split_quote_resumes_after_apposition_with_a_title() -> None:
    s = script("“What surprised us was how narrow the window was,” said Dr. Mei Zhou, the lead author and a professor "
               "at the School of Public Health, “because a short nap and a long nap looked different.”")
    assert [q[0] for q in quotes(s)] == ["Mei Zhou", "Mei Zhou"]


def test_quote_a_note_carries_has_no_personal_speaker() -> None:
    s = script("“It was the heart of this street,” said Marjorie Ellis, who worked there for 26 years.",
               "One note, written in crayon, reads simply: “Thank you for all the stories.”",
               "A sign taped to the door said: “Closed for good. We will miss you all.”",
               "A banner across the railings read: “Save our library, save our town.”")
    speakers = [sp for sp, _ in quotes(s)]
    assert speakers[0] == "Marjorie Ellis"
    assert speakers[1:] == ["note", "sign", "banner"]


def test_colon_after_a_description_of_a_person_still_names_them() -> None:
    s = script("Mayor Ruth Cole visited the library on Friday.", "The mayor was blunt: “This closure should never have happened.”")
    assert quotes(s)[0][0] == "Ruth Cole"
    s = script("Campaigners gathered outside.", "The mayor was blunt: “This closure should never have happened.”")
    assert quotes(s)[0][0] == "mayor"


def test_a_note_is_not_who_the_next_unattributed_quote_belongs_to() -> None:
    s = script("“We fought for years,” said Marjorie Ellis.", "One card reads: “We will miss you all so much.”",
               "“Nobody listened to us,” she added.")
    assert [sp for sp, _ in quotes(s)] == ["Marjorie Ellis", "card", "Marjorie Ellis"]


def test_hyphenated_title_is_the_person_later() -> None:
    s = script("In a statement, Vice-Chancellor Professor Alison Marr said rents had to rise.",
               "“Our priority is the safety of every student,” the vice-chancellor said.")
    assert quotes(s)[0][0] == "Alison Marr"


def test_dropped_caption_names_a_surname_only_speaker() -> None:
    from narrator.models import Dropped
    title = "A headline for the test story"
    paras = ("Dr. Naomi Webb, who studies rural care, said the closures were worrying.",
             "Ruiz, the nurse-midwife, still sees patients. But she says much has changed.",
             '"I keep a spreadsheet of every woman due this winter," she said.')
    blocks = (Block(title, "title"),) + tuple(Block(p, "body") for p in paras)
    dropped = (Dropped("Nurse-midwife Carla Ruiz checks on a patient at the clinic.", "caption"),)
    s = build_script(CleanArticle(title, None, blocks, dropped, "<test>"))
    assert quotes(s) == [("Carla Ruiz", "I keep a spreadsheet of every woman due this winter,")]


def test_minister_of_state_is_the_minister() -> None:
    s = script("Minister of State Siobhán Kerrigan, who has responsibility for greenways, urged both sides to talk. "
               "The minister told the Dáil last week: “These projects only work when the local community owns them.”")
    assert quotes(s) == [("Siobhán Kerrigan", "These projects only work when the local community owns them.")]


def test_according_to_a_source_then_a_whole_quoted_sentence_is_speech() -> None:
    s = script("According to harbour engineer Tom Pike, “the wall will not survive another winter like this one.”")
    assert quotes(s) == [("Tom Pike", "the wall will not survive another winter like this one.")]
    s = script("According to the report, the wall suffered “significant structural failures” last year.")
    assert quotes(s) == []


def test_long_title_before_a_full_name_still_attributes_the_first_part() -> None:
    s = script("Dr Ann Lee studied the harbour for years.",
               "“Nobody is against the new wall,” the port authority’s chief executive Mark Bell said, "
               "“but the cost has doubled since the plan was drawn up.”")
    assert [sp for sp, _ in quotes(s)] == ["Mark Bell", "Mark Bell"]


def test_the_statement_said_means_who_issued_it() -> None:
    s = script("In a written statement, general manager Alan Reed blamed the storms and rising costs.",
               "“This is the hardest decision we have made,” the statement said. “The yard has been our life.")
    assert [sp for sp, _ in quotes(s)] == ["Alan Reed", "Alan Reed"]


def test_unnamed_speaker_described_with_who_is_whom_she_said_means() -> None:
    s = script("“We are carrying water up the stairs,” said Thandi Dube, a pensioner.",
               "A nurse at the clinic, who asked not to be named, said staff were bringing water from home.",
               "“We cannot run a clinic without water,” she said.")
    assert [sp for sp, _ in quotes(s)] == ["Thandi Dube", "nurse"]


def test_one_of_a_group_speaks() -> None:
    s = script("Residents packed the hall, with one saying, “We were never asked about any of this.”")
    assert quotes(s) == [("resident", "We were never asked about any of this.")]
    s = script("The meeting ran late, with one neighbour writing, “Nobody listened to a word we said.”")
    assert quotes(s)[0][0] == "neighbour"


def test_whole_quoted_sentence_ending_the_narration_is_speech_but_a_phrase_is_not() -> None:
    s = script("“It is a relief,” said Ann Lee. Another called the plan “the best news this town has had in years.”")
    assert [sp for sp, _ in quotes(s)] == ["Ann Lee", "Ann Lee"]
    s = script("One neighbour said the noise was “like a drill”. The club closed.")
    assert quotes(s) == []


def test_the_sentence_after_an_unattributed_quote_names_its_speaker() -> None:
    s = script(
        "Residents met the mayor, Tom Reyes, on Monday.",
        "“Nobody from the board has come to see us in three weeks.” That was how Priya Nair, who runs the "
        "residents' group, described the wait.",
        "“We lost everything in one night, and the trucks came too late.”",
        "That was the account of Musa Danjuma, the chairman of the traders' association.",
    )
    assert [who for who, _q in quotes(s)] == ["Priya Nair", "Musa Danjuma"]


def test_the_role_named_earlier_is_that_person() -> None:
    s = script(
        "In a statement, the Commissioner for Commerce, Mrs Funke Adesanya, said the state was sorry.",
        "According to the commissioner, “no trader will be abandoned, but the rules will be enforced.”",
        "Joe Bloggs, a spokesperson for the port, said the ships were late.",
        "A spokesperson for the ministry said: “We are in contact with the families and will help.”",
    )
    assert [who for who, _q in quotes(s)] == ["Funke Adesanya", "spokesperson"]


def test_a_place_named_after_in_is_not_who_she_means() -> None:
    s = script(
        "Dana Whitfield, who studies rural co-ops, has followed the store since it opened.",
        "Within a month, 340 households in Harlan Falls had each paid $250 to join.",
        "She cautions against treating Harlan Falls as a template. “Goodwill doesn’t pay the electric bill,” she said.",
    )
    assert [who for who, _q in quotes(s)] == ["Dana Whitfield"]


def test_sir_and_a_first_name_is_the_knight_named_in_full_earlier() -> None:
    s = script(
        "Sir David Kettering, the chairman, will take on an expanded role in the meantime.",
        "Sir David said the board was “entirely supportive” of the decision.",
        "“The board is grateful for six years of hard work,” he said.",
    )
    assert [who for who, _q in quotes(s)][-1] == "David Kettering"


def test_a_first_name_alone_with_two_people_sharing_it_is_not_merged() -> None:
    s = script(
        "David Kettering and David Lowe both sit on the board.",
        "Sir David said the vote was close. “We will sell through the stock,” he said.",
    )
    assert "David Kettering" not in [who for who, _q in quotes(s)]


def test_one_unnamed_neighbour_is_who_she_said_means() -> None:
    s = script(
        "Group Manager Pete Sandford said the fire spread quickly. “It was a lithium battery,” he said.",
        "One neighbour, who did not want to be named, said she was woken by shouting in the stairwell.",
        "“I looked out and there was smoke pouring under their door,” she said.",
    )
    assert [who for who, _q in quotes(s)][-1] == "neighbour"


def test_one_of_the_numbers_is_not_an_unnamed_speaker() -> None:
    s = script(
        "Group Manager Pete Sandford said one flat was badly damaged.",
        "“It was a lithium battery,” he said.",
    )
    assert [who for who, _q in quotes(s)] == ["Pete Sandford"]


def test_unnamed_source_who_told_the_outlet_is_who_they_said_means() -> None:
    s = script(
        "Studio director Ines Calloway said the delay was painful. “We needed more time,” she said.",
        "One developer at the studio, who asked not to be named, told Pixel Weekly that staff had been warned in January.",
        "“Everyone knew,” they said.",
    )
    assert [who for who, _q in quotes(s)][-1] == "developer"


def test_a_named_source_telling_an_outlet_is_still_named() -> None:
    s = script(
        "Ann Lee, who runs the studio, told Pixel Weekly that staff had been warned in January.",
        "“Everyone knew,” she said.",
    )
    assert [who for who, _q in quotes(s)] == ["Ann Lee"]


def test_said_the_hyphenated_nationality_driver_is_the_recent_subject() -> None:
    s = script(
        "Ann Vellani won the race. Daniel Okonkwo finished second after a slow pit stop.",
        "Okonkwo's race was compromised at his only pit stop on lap 27.",
        "“We lost the race in the pits,” said the British-Nigerian driver, who started from pole.",
    )
    assert [who for who, _q in quotes(s)] == ["Daniel Okonkwo"]


def test_said_the_unnamed_spokesperson_stays_a_role() -> None:
    s = script(
        "Daniel Okonkwo finished second after a slow pit stop.",
        "“We will review the stop,” said the team spokesperson.",
    )
    assert [who for who, _q in quotes(s)] != ["Daniel Okonkwo"]


def test_first_person_words_quoted_after_said_are_the_speakers() -> None:
    s = script("Studio director Ines Calloway said the delay had been “the hardest call I’ve made in ten years of running this place”.")
    assert [who for who, _q in quotes(s)] == ["Ines Calloway"]


def test_four_quoted_words_after_said_are_speech_and_three_a_borrowed_phrase() -> None:
    # gold files list every quotation of four words or more as a quote (phrases of up to five words may be read
    # either way), so four words after a speaker's verb are the speaker's; three are a phrase the narrator borrows
    s = script("Studio director Ines Calloway said the October date had been “not realistic for a team of this size”.")
    assert [sp for sp, _ in quotes(s)] == ["Ines Calloway"]
    s = script("Studio director Ines Calloway said the October date had been “not realistic for this team”.")
    assert [sp for sp, _ in quotes(s)] == ["Ines Calloway"]
    s = script("Studio director Ines Calloway said the October date had been “not realistic, frankly”.")
    assert quotes(s) == []


def test_the_headline_gives_a_role_the_story_uses() -> None:
    s = script("Lee Danforth, 34, became fixated on Jade Carver after she appeared on a dating show.",
               "The star, who runs a clothing brand, said she wanted to “use this horrible experience to help other girls”.",
               title="Love Villa star Jade Carver’s stalker jailed after turning up at her home 40 times")
    assert quotes(s)[0][0] == "Jade Carver"


def test_names_with_accented_capitals() -> None:
    s = script("Housing Minister Élise Tremblay-Ward disputed the figures.",
               "“These are deep changes to how towns build. You don’t measure that in months,” she said on Tuesday.")
    assert quotes(s)[0][0] == "Élise Tremblay-Ward"


def test_a_full_stop_after_a_word_ends_a_name() -> None:
    people = learn_people(["Workers fit a filter at the plant in March. Marcus Leddy/The Sentinel"])
    assert "Marcus Leddy" in people.names and not any("March" in name for name in people.names)
    assert "J R Hartley" in learn_people(["The author J. R. Hartley said so."]).names  # initials still join


def test_opening_quote_takes_the_person_the_next_paragraph_introduces() -> None:
    s = script("“I’ve caught that bus every Tuesday for thirty years, and now they tell me it’s finished.”",
               "Jack Pascoe, 81, was standing at the stop when he heard the route would end in May.")
    assert quotes(s)[0][0] == "Jack Pascoe"
    s = script("Ann Lee said the route mattered.", "“It is finished, and I have caught it for thirty years.”",
               "Jack Pascoe, 81, was standing at the stop when he heard.")
    assert quotes(s)[0][0] == "Ann Lee"  # not the opening quote: the story's speaker so far


def test_he_said_means_the_subject_of_the_sentence_before_not_its_first_name() -> None:
    s = script("Coach Ian Maddox praised his striker Luke Mallory after the draw.",
               "Asked about the late foul on Mallory by defender Ross Whitby, Maddox was blunt. "
               "“I’ve seen it back once,” he said.")
    assert quotes(s)[-1][0] == "Ian Maddox"
    s = script("Coach Ian Maddox praised his striker Luke Mallory after the draw.",
               "Mallory, who scored twice, thanked Maddox. “It was a team effort,” he said.")
    assert quotes(s)[-1][0] == "Luke Mallory"


def test_long_quoted_stretch_inside_reported_speech_is_the_speakers() -> None:
    s = script("Analyst Harold Brixby said the tablet was well made.",
               "Brixby added that the free sync change was “the smartest thing they’ve done in two years,” "
               "because it removes a main objection.")
    assert ("Harold Brixby", "the smartest thing they’ve done in two years,") in quotes(s)
    s = script("Analyst Harold Brixby said the tablet was well made.",
               "Brixby added that the change was “a necessary start” for the company.")
    assert not quotes(s)  # a short quoted phrase stays narration


def test_statement_quote_over_two_paragraphs_takes_the_issuer_named_before_it() -> None:
    s = script("In a statement, spokesperson Brendan Coady said the authority was recruiting.",
               "“We recognize how difficult these closures are for the community.",
               "“When the department is closed, anyone should call 911,” the statement said.")
    assert [q[0] for q in quotes(s)] == ["Brendan Coady", "Brendan Coady"]
    s = script("In a statement, spokesperson Brendan Coady said the authority was recruiting.",
               "Nurse Ann Lee said she had worked double shifts all winter.",
               "“Anyone should call 911,” the statement said.")
    assert quotes(s)[0][0] != "Brendan Coady"  # a paragraph between ends the statement's lead-in


def test_the_role_names_the_one_person_given_it() -> None:
    s = script("Mrs Justice Harrow found that posts by Declan Brannigan were defamatory of Julien Delacroix.",
               "Brannigan had argued that the posts were honest opinion about Delacroix.",
               "The judge rejected both defences. “An allegation of bribery is an allegation of fact,” she said.")
    assert quotes(s)[0][0] == "Harrow"


def test_said_followed_by_reported_speech_leaves_the_speaker_before_the_quote() -> None:
    s = script("Council leader Ann Washburn said the grant would not close the gap.",
               "Luis Ocampo, a cook who has eaten at the diner “probably twice a week since the Clinton years,” "
               "said the counter served as a kind of after-hours town square.")
    assert quotes(s)[0][0] == "Luis Ocampo"


def test_a_party_label_in_brackets_and_a_relative_clause_after_the_name() -> None:
    s = script("The rule was published on Tuesday.",
               "“This is the biggest change in a generation,” Sen. Margaret Okafor-Lind (D-Wash.), who sits on "
               "the Commerce Committee, told Quickline.")
    assert quotes(s)[0][0] == "Margaret Okafor-Lind"


def test_a_statement_issued_by_a_spokesperson_reads() -> None:
    s = script("Senator Halima Yakubu said the bill would take land.",
               "In a statement on Tuesday, a spokesperson for the Presidency said the executive had no hand in it.",
               "“The bill is a private member’s bill,” the statement read.")
    assert quotes(s)[0][0] == "spokesperson"


def test_the_family_of_someone_is_the_family() -> None:
    s = script("A cyclist was seriously hurt on Friday.",
               "In a statement released through police, the cyclist's family said: “He is a loving dad.”")
    assert quotes(s)[0][0] == "family"


def test_the_senator_is_the_one_the_paragraph_before_named() -> None:
    s = script("Senator Abdullahi Bichi urged colleagues to pass the bill.",
               "But Senator Ebi Tonye-Alagoa said it would strip communities of their land.",
               "Responding, Bichi said the bill had been misunderstood.",
               "“Nobody is taking anybody's land,” the senator said.")
    assert quotes(s)[0][0] == "Abdullahi Bichi"


def test_a_quote_in_a_paragraph_of_its_own_after_a_colon_intro_naming_its_source() -> None:
    s = script("Ann Lee, who runs the bowls club, said the green mattered to everyone.",
               "I asked the council about all this and got a reply from a spokesperson, which I'll paste in full:",
               "“No decisions have been made about the future of the green at all.”")
    assert quotes(s)[0][0] == "spokesperson"


def test_by_his_own_account_and_as_she_puts_it() -> None:
    s = script("Ivor Penhale has painted fairground horses for sixty years.",
               "He still has a full order book and he is, by his own account, “the most expensive painter in Cornwall”.")
    assert quotes(s)[0][0] == "Ivor Penhale"
    s = script("Ann Lee runs the last forge in the valley.",
               "The work is, “hot, loud and the best job in the world,” as she puts it.")
    assert quotes(s)[0][0] == "Ann Lee"


def test_speech_in_straight_single_marks() -> None:
    s = script("The Duchess of Halford choked back tears last night as Prince Edmund watched.",
               "'I'm not very good at this, so please forgive me if I stop,' she began, to laughter.",
               "'Two winters ago, my father was dying, and I didn't know a grown woman could be so frightened.'")
    assert [sp for sp, _ in quotes(s)] == ["Halford", "Halford"]
    assert quotes(s)[0][1] == "I'm not very good at this, so please forgive me if I stop,"


def test_a_spokesperson_for_an_organisation_whose_name_has_commas_or_follows() -> None:
    s = script("Ann Lee found the birds had declined.",
               "A spokesperson for the Department for Environment, Food and Rural Affairs said: “We are committed to it.”")
    assert quotes(s)[0][0] == "spokesperson"
    s = script("Ann Lee lost her savings.",
               "A spokesperson for Lee’s bank, Northgate, said: “We are deeply sorry for what she has been through.”")
    assert quotes(s)[0][0] == "spokesperson"


def test_she_began_and_a_prince_is_a_man() -> None:
    s = script("The Duchess of Halford choked back tears as she spoke.",
               "Her husband Prince Edmund, 44, watched from the front row.",
               "“I’m not very good at this, so please forgive me,” she began, to laughter from the room.")
    assert quotes(s)[0][0] == "Halford"


def test_the_sheriff_is_the_sheriff_named_before() -> None:
    s = script("Jailing him, Sheriff Alasdair Munro said there was no alternative to custody.",
               "The sheriff said: “Bus drivers provide a vital public service, very often late at night.”",
               "The coroner, Ann Lee, said the inquest would resume in May.")
    assert quotes(s) == [("Alasdair Munro", "Bus drivers provide a vital public service, very often late at night.")]


def test_another_with_a_description_is_that_role() -> None:
    s = script("One tenant, a nurse, said her flat was hot.",
               "Another, a retired bus driver who rents a bungalow, told us: “The heat isn’t the worst of it.”")
    assert [who for who, _q in quotes(s)] == ["driver"]


def test_a_festival_is_no_speaker() -> None:
    s = script("Festival director Giulia Morandi said the Corvara Film Festival drew a record 61,000 admissions.",
               "“I have never been prouder of this audience,” she said.")
    assert [who for who, _q in quotes(s)] == ["Giulia Morandi"]


def test_the_statement_is_the_spokespersons_not_the_firms() -> None:
    s = script("In a statement, Westbrook Power spokesperson Ann Lowry said the firm would help customers.",
               "“We hear our customers, and we know this is difficult,” the statement said.")
    assert [who for who, _q in quotes(s)] == ["Ann Lowry"]


def test_four_words_closing_the_speakers_sentence_inside_the_marks_are_speech() -> None:
    s = script('Store manager Dale Okafor said the switch back has been "almost entirely good news."')
    assert [who for who, _q in quotes(s)] == ["Dale Okafor"]


def test_a_new_sentence_after_a_closed_quote_is_no_attribution() -> None:
    s = script('Lydia Haverkamp said the detour would cost them "real money, not pocket change." '
               'Her feed supplier has already warned her of a fuel surcharge.')
    assert [who for who, _q in quotes(s)] == ["Lydia Haverkamp"]


def test_six_words_a_subject_labels_something_with_are_its_words() -> None:
    s = script('Ann Lowry, who chairs the tenants\' union, called the rise "a tax on people who cannot move" '
               "and said members would appeal.")
    assert [who for who, _q in quotes(s)] == ["Ann Lowry"]
    s = script("The opposition leader, Jo Bell, has branded the scheme “a giveaway to the firms that built the towers”.")
    assert [who for who, _q in quotes(s)] == ["Jo Bell"]
    s = script("The minister called the plan a “possibility” and said it was fine.")  # a short borrowed word stays narration
    assert quotes(s) == []
    s = script("Parents started a campaign called “keep the school bus running for every village child” last year.")
    assert quotes(s) == []  # a thing's name, not anyone's words
    s = script("Jo Bell is the author of a report called “Fixing the Housing Crisis Once and For All” from 2019.")
    assert quotes(s) == []  # a title in title case


def test_an_unnamed_speaker_who_gave_a_name() -> None:
    s = script("A man who sells phone cards by the station, and who gave his name only as Kofi Badu, said he would stay.",
               "“I have nowhere else to go. This corner is my shop,” he said.")
    assert [who for who, _q in quotes(s)] == ["Kofi Badu"]


def test_a_capitalised_title_before_its_holder_names_the_holder() -> None:
    s = script("The order was read by the Harbour District Chief Executive (DCE), Hon. Ama Boateng, on Monday.",
               "“Every stall on the pavement will go by Friday. We will not negotiate on this,” she said.")
    assert [who for who, _q in quotes(s)] == ["Ama Boateng"]


def test_an_east_asian_name_is_family_name_first() -> None:
    s = script("“Exports will slow in the second half as chip demand cools,” said Park Min-jun, an analyst at Hanil Securities.",
               "“Car makers have no cushion left this year,” Park added.")
    assert [who for who, _q in quotes(s)] == ["Park Min-jun", "Park Min-jun"]


def test_another_role_brought_in_with_any_verb_is_who_he_means() -> None:
    s = script("“The pipes rattled all night long,” a tenant on Dock Street told the paper.",
               "Another resident, a retired welder on the hill, described the yard flooding. “It breathes twice a day now,” he said.")
    assert [who for who, _q in quotes(s)] == ["tenant", "resident"]


def test_a_role_with_a_name_in_apposition_is_that_person() -> None:
    s = script("A trader, Akosua Manu, was packing her goods into sacks.",
               "“Where do they expect us to go with our children?” she asked.")
    assert [who for who, _q in quotes(s)] == ["Akosua Manu"]
    s = script("Another vendor, who gave his name only as Kojo, shook his head.",
               "“We have heard these threats many times before,” he said.")
    assert [who for who, _q in quotes(s)] == ["Kojo"]


def test_a_standfirst_quoting_its_speaker_is_speech() -> None:
    title = "Rovers ready for the derby"
    blocks = (Block(title, "title"), Block("Marsh: “We know what this game means to the whole town”", "standfirst"),
              Block("Manager Ellen Marsh said her side were ready for Saturday.", "body"))
    s = build_script(CleanArticle(title, None, blocks, (), "<test>"))
    assert quotes(s) == [("Ellen Marsh", "We know what this game means to the whole town")]
    blocks = (Block(title, "title"), Block("The manager says her side are “ready” for Saturday", "standfirst"),
              Block("Ellen Marsh said so.", "body"))
    s = build_script(CleanArticle(title, None, blocks, (), "<test>"))
    assert quotes(s) == []  # a borrowed word in a standfirst stays narration


def test_words_set_off_by_a_comma_closing_reported_speech_are_the_speakers() -> None:
    s = script("Dr Ann Lee, a GP in Ayr, said the clinic was full. “We turn people away every day,” she said.",
               'She said the board should open a second clinic, "not just extend the hours".')
    assert ("Ann Lee", "not just extend the hours") in quotes(s)
    s = script('Dr Ann Lee said the board was "quietly optimistic" about the plan.')
    assert quotes(s) == []  # a borrowed phrase inside the sentence stays narration


def test_one_of_a_group_speaks_as_a_member() -> None:
    s = script("“The plan is dead in the water and everybody knows it,” one of the sources said.")
    assert quotes(s)[0][0] == "source"


def test_words_relayed_by_a_source_belong_to_the_one_who_said_them() -> None:
    s = script("Mayor Ann Lee told the council that the ferry was “a lifeline and not a luxury,” according to Tom Harker.",
               "“The islands need it every day,” the press officer quoted Lee as saying.",
               "“We will not cut it,” according to Jo Bell.")
    assert [q[0] for q in quotes(s)] == ["Ann Lee", "Ann Lee", "Jo Bell"]


def test_four_quoted_words_inside_reported_speech_are_the_speakers() -> None:
    s = script("The union's lawyer, Ann Lee, said in a statement that the ruling \"sends a clear signal\" to every employer.",
               "Tom Harker said that the plan was “a very bad idea” for the town.",
               "The council called it a “fresh start” for the pier.")
    assert [q[0] for q in quotes(s)] == ["Ann Lee", "Tom Harker"]


def test_four_quoted_words_after_a_speakers_verb_or_label_are_the_speakers() -> None:
    s = script("In a statement, ferry operator spokesperson Ann Lee said the company “deeply regrets the delays” to passengers.",
               "Councillor Tom Harker called the decision “a slap in the face” and walked out.",
               "According to the survey, the bridge was a “very poor value” scheme.")
    assert [q[0] for q in quotes(s)] == ["Ann Lee", "Tom Harker"]


def test_a_speaker_identified_in_a_report_only_by_a_first_name() -> None:
    s = script("A night-shift nurse from Kelso, identified in the survey only as Mira, described sleeping in her car.",
               "“Some nights I just cannot face the drive home,” she said.",
               "A porter, referred to by the union as Tomasz, said: “We are all exhausted.”")
    assert [q[0] for q in quotes(s)] == ["Mira", "Tomasz"]


def test_a_minister_for_a_department_is_the_minister() -> None:
    s = script("Minister for Island Transport Ann Lee announced the freeze at the harbour on Monday.",
               "“Nobody should pay more to reach the mainland this winter,” the minister said.",
               "Secretary for Coastal Affairs Tom Harker backed her. “It is the right call,” the secretary said.")
    assert [q[0] for q in quotes(s)] == ["Ann Lee", "Tom Harker"]


def test_he_said_after_a_sentence_reporting_a_named_person_is_that_person() -> None:
    # the firm named in a possessive before the speaker is mentioned first, but the sentence reports the speaker
    s = script("The offer values Marrow Holdings at $2bn.",
               "Marrow's chairman, Tobias Grint, said in a statement that the board backed the offer. "
               "“The board has concluded that the price reflects the value of the company,” he said.")
    assert quotes(s)[0][0] == "Tobias Grint"
    s = script("Harbour Line's director, Ana Ruiz, said in an email that the route would close. "
               "“We have no other choice this winter,” she said.")
    assert quotes(s)[0][0] == "Ana Ruiz"


def test_the_statement_speaking_again_is_its_issuer() -> None:
    # the issuer is named two paragraphs up, above the quote the statement gave; a short quoted phrase after
    # `The statement added that ...` is the issuer's too
    s = script("In a statement, a spokesperson for the water board said the pipes were older than expected.",
               "‘We are sorry for the disruption and we are working around the clock to fix it,’ the spokesperson said.",
               "The statement added that a contractor had been hired and that supply would return ‘by the end of the week’.")
    assert quotes(s)[-1] == ("spokesperson", "by the end of the week")


def test_four_words_a_named_person_labels_something_with_are_theirs() -> None:
    s = script("The union's branch secretary, Dr Mara Lind, called the cuts “a gamble with patients' safety” on Monday.")
    assert quotes(s) == [("Mara Lind", "a gamble with patients' safety")]
    s = script("Residents launched a campaign called “Save Our Harbour Baths” in May.")
    assert quotes(s) == []


def test_a_speech_participle_closing_the_lead_in_gives_the_quote_to_the_subject() -> None:
    s = script("Councillor Ann Lee was more measured, saying the plan was a start, but warning that "
               "“a wall is only as good as the people who mend it”, in a reference to staff shortages.")
    assert quotes(s) == [("Ann Lee", "a wall is only as good as the people who mend it")]


def test_a_transcript_in_turns_gives_each_turn_to_its_speaker() -> None:
    s = script("ANN LEE, HOST: The harbour wall has stood since 1890.", "TOM HARKER: I fished off it as a boy.",
               "LEE: And now?", "HARKER: Now I watch it crumble.", "The council votes on Monday.")
    assert quotes(s) == [("Ann Lee", "The harbour wall has stood since 1890."), ("Tom Harker", "I fished off it as a boy."),
                         ("Ann Lee", "And now?"), ("Tom Harker", "Now I watch it crumble.")]
    assert quotes(script("UPDATE: The road has reopened.", "The council said it was safe.")) == []


def test_a_quote_after_a_sentence_of_what_she_added_is_hers_not_the_thing_she_named() -> None:
    s = script("Minister Selma Begic said the allowance would soften a rise in the price charged by the utility Toplane Grad.",
               "She added that the canton was negotiating with the utility over a longer payment schedule. "
               "“Nobody should have their heating cut off in January because of an old debt.”")
    assert quotes(s) == [("Selma Begic", "Nobody should have their heating cut off in January because of an old debt.")]


def test_a_relative_clause_with_commas_between_the_speaker_and_the_verb() -> None:
    s = script("Councillor Jean Mathers, who sits on the Ross, Dee and Don ward, said the award was "
               "“a huge vote of confidence in a very small place”.")
    assert quotes(s) == [("Jean Mathers", "a huge vote of confidence in a very small place")]


def test_the_capitalised_minister_is_the_minister_named_before_and_one_of_the_fans_is_a_fan() -> None:
    s = script("Urban Development Minister D. Venkat Rao said the government would not allow “a repeat of last summer”.",
               "“No family should wait three days for a tanker,” the Minister said.",
               "Fans were quick to react to the news on social media.",
               "One wrote: “Kayla deserves so much better than this.”", "Another added: “Saw this coming a mile off.”")
    assert [sp for sp, _ in quotes(s)] == ["D Venkat Rao", "D Venkat Rao", "fan", "fan"]


def test_a_title_two_people_hold_is_not_the_last_one_named() -> None:
    s = script("Transport Minister Jo Bell said the ferry would run.",
               "“We will keep the ferry running all winter,” the minister said.",
               "Housing Minister Ann Lee said homes came first. “We have told the board to finish the work,” the minister said.")
    assert [sp for sp, _ in quotes(s)] == ["Jo Bell", "Ann Lee"]


def test_a_second_verb_after_a_comma_and_and_shares_the_sentences_subject() -> None:
    s = script("Ann Lee rejected that reading, pointing to the limit written into the bill, and said the fund had been "
               "“starved for a whole decade.”")
    assert quotes(s) == [("Ann Lee", "starved for a whole decade.")]


def test_letters_after_a_name_are_not_the_speaker() -> None:
    s = script("In an editorial, Mira Holt, MD, PhD, of Leeds, wrote that the trial “fills a gap the guidance left open” "
               "and called for clearer labels.")
    assert quotes(s) == [("Mira Holt", "fills a gap the guidance left open")]


def test_four_words_after_a_participle_label_or_a_pronoun_label_are_the_subjects() -> None:
    s = script("Harbour coach Tom Kerr, a former opener, was full of praise, describing the innings as “a proper test knock”.")
    assert quotes(s) == [("Tom Kerr", "a proper test knock")]
    s = script("According to Ann Lee, one in five firms had closed by May, a rate she called “not bad at all” for a war.")
    assert quotes(s) == [("Ann Lee", "not bad at all")]


def test_four_words_after_telling_the_court_that_are_the_speakers() -> None:
    s = script("Prosecutor Sgt Ian Bell objected to bail, telling the court that the offence was “of a very serious nature”.")
    assert quotes(s) == [("Ian Bell", "of a very serious nature")]


def test_in_their_own_words_does_not_crash() -> None:
    s = script("The volunteers had, in their own words, “no idea what a cellar flood looks like”.")
    assert [t for _, t in quotes(s)] == ["no idea what a cellar flood looks like"]


def test_he_is_the_person_not_the_broadcaster_utility_district_or_tournament_named_with_him() -> None:
    s = script("Local haulier Donald Reid, whose firm moves fish to markets in the south, said a single sailing would hurt.",
               "He told BBC Alba: “Our lorries need to be on the first boat to make the overnight run south.”")
    assert quotes(s)[0][0] == "Donald Reid"
    s = script("In a statement read outside court, Harbour Water's chief executive, Mark Bell, apologised to residents.",
               "“We accept fully that we let the people of the valley down,” he said.")
    assert quotes(s)[0][0] == "Mark Bell"
    s = script("Tom Harker won his first title on Sunday.",
               "Asked whether he considered himself a future Grand Slam contender, he laughed.",
               "“My mother is already asking me that on the phone,” he said.")
    assert quotes(s)[0][0] == "Tom Harker"


def test_a_player_named_with_his_handle_is_who_the_described_speaker_is() -> None:
    s = script("Harbour Wolves won the cup final on Sunday in front of a full arena.",
               "Mikkel \"kjeld\" Sørensen was once again the standout, finishing the final with a 1.31 rating.",
               "\"Nobody outside this team thought we could do it,\" the 22-year-old rifler said on the main stage.")
    assert quotes(s)[0][0] == "Mikkel Sørensen"


def test_a_fijian_chiefs_title_and_first_name_is_the_chief() -> None:
    s = script("Village headman Ratu Josefa Qalo said the decision to move had not been easy for the residents.",
               "\"Our graves and our stories are here by the sea,\" Ratu Josefa said.")
    assert quotes(s)[0][0] == "Josefa Qalo"


def test_a_modal_between_the_speaker_and_say_is_no_part_of_the_speaker() -> None:
    s = script("I asked whether the update would restrict access. The spokesperson would only say it was meant to "
               "“ensure stable offline operation”.")
    assert quotes(s) == [("spokesperson", "ensure stable offline operation")]


def test_a_market_town_a_farmers_union_and_a_uk_charity_are_no_speakers() -> None:
    s = script("Keeley Marsh, from Market Harborough, claimed twice last summer for her spaniel, Bramble.",
               "“The first time it was his ear. He came back from a walk along the canal tilting his head,” she said.")
    assert quotes(s)[0][0] == "Keeley Marsh"
    s = script("A spokesperson for the charity Heart Health UK said: “High blood pressure rarely has symptoms, so get checked.”")
    assert quotes(s)[0][0] == "spokesperson"


def test_a_role_and_name_in_apposition_after_the_quote_is_the_speaker() -> None:
    s = script("The council voted on Thursday to close two village schools, moving 70 pupils to the city.",
               "\"Nobody wants to close a school,\" the city's director of education and learning, Tuula Heikkinen, "
               "told Harbour News on Friday.")
    assert quotes(s)[0][0] == "Tuula Heikkinen"


def test_the_subject_before_its_apposition_and_its_own_verb_introduces_the_colon_quote() -> None:
    s = script("Environmental activist Dr Anitha Sarraju, convener of the Save Our Lakes Forum, welcomed the allocation but "
               "cautioned against starting with beautification: “Desilting without stopping the sewage is like mopping the floor.”")
    assert quotes(s)[0][0] == "Anitha Sarraju"


def test_he_added_after_a_sentence_reporting_someone_in_the_same_paragraph() -> None:
    s = script("“We will take delivery from 2029,” a company spokesperson said.",
               "The board approved the financing last month, Khalid Al-Marri told reporters on a call. "
               "He added: “We have no plans to go to the bond market for this programme.”")
    assert quotes(s)[1][0] == "Khalid Al-Marri"


def test_a_quote_after_according_to_a_person_is_theirs_and_a_plural_possessive_body_is_no_one() -> None:
    s = script("According to Abdallah, it was the third time this season that his side had “lost points to the flag”.")
    assert quotes(s) == [("Abdallah", "lost points to the flag")]
    s = script("Federated Farmers' regional president, Cathy Brough, welcomed the lower increase but said farmers were worried. "
               "“The gravel roads out here are in the worst state I've seen in twenty years,” she said.")
    assert quotes(s)[0][0] == "Cathy Brough"


def test_someone_named_by_a_first_name_and_an_age_is_who_she_said_means() -> None:
    s = script("Photography by Ann Lee.",
               "Shanice, 29, works 24 hours a week as a care assistant in south Bristol. Her hours were cut last winter.",
               "“I was choosing between the meter and the kids’ tea,” she told us.")
    assert quotes(s)[0][0] == "Shanice"
