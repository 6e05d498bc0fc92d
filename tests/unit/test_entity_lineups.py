"""Players in sports line-ups, ranking lines and scorecards (no model: invented text)."""

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.lineups import lineup_players
from service.enrich.entities.words import EntityWords


def _people(text: str, chosen: list[MentionCandidate], aliases: AliasTable, words: EntityWords) -> set[str]:
    return {
        text[c.start : c.end] for c in lineup_players(text, chosen, aliases, words) if c.label == "PERSON"
    }


def test_a_line_up_with_shirt_numbers_names_its_players(aliases: AliasTable, words: EntityWords) -> None:
    text = (
        "Teams:\nNorland - 1 - Petr Halvik; 2 - Anders Moe (14 - Jens Kolstad 71st), 5 - Rui da Costa, "
        "8 - Okafor\nAttendance: 12,400"
    )
    assert _people(text, [], aliases, words) == {
        "Petr Halvik",
        "Anders Moe",
        "Jens Kolstad",
        "Rui da Costa",
        "Okafor",
    }


def test_two_dashed_numbers_are_no_line_up(aliases: AliasTable, words: EntityWords) -> None:
    text = "The vote went 5 - Greene, 4 - Porter after the recount."
    assert _people(text, [], aliases, words) == set()


def test_ranking_lines_name_people_and_one_word_names_need_a_country(
    aliases: AliasTable, words: EntityWords
) -> None:
    text = (
        "Leading final scores in the golf classic:\n279 Tomas Berglund 70 68 71 70\n"
        "281 Dale Whitcombe (Australia) 69 71 70 71\n"
        "283 Okonkwo (Nigeria) 72 70 70 71\n284 Harrow 71 71 71 71\n"
    )
    assert _people(text, [], aliases, words) == {"Tomas Berglund", "Dale Whitcombe", "Okonkwo"}


def test_a_model_span_read_as_an_organisation_in_a_ranking_is_retyped(
    aliases: AliasTable, words: EntityWords
) -> None:
    text = (
        "Results:\n1. Mara Velde (Norway) 11.02\n2. Ines Carvalho (Portugal) 11.10\n3. Li Wen (China) 11.15\n"
    )
    start = text.index("Ines Carvalho")
    misread = MentionCandidate(start, start + len("Ines Carvalho"), "ORG", "ner")
    club = MentionCandidate(text.index("Li Wen"), text.index("Li Wen") + 6, "ORG", "club")
    people = _people(text, [misread, club], aliases, words)
    assert "Ines Carvalho" in people and "Mara Velde" in people
    assert "Li Wen" not in people  # the clubs rule's reading stands


def test_a_scorecard_names_batter_fielder_and_bowler(aliases: AliasTable, words: EntityWords) -> None:
    text = "Norland innings\nT. Halvik c Brennan b Okoro 45\nJens Moe lbw b Okoro 0\nRui Costa not out 12\n"
    assert _people(text, [], aliases, words) == {"T. Halvik", "Brennan", "Okoro", "Jens Moe", "Rui Costa"}


def test_a_name_a_word_makes_an_organisation_stays_out(aliases: AliasTable, words: EntityWords) -> None:
    text = (
        "Final standings:\n1. Halvik Motors (Norway) 120\n2. Brennan Racing (Ireland) 98\n"
        "3. Tom Ode (Kenya) 90\n"
    )
    assert _people(text, [], aliases, words) == {"Tom Ode"}


def test_scorers_with_the_minute_are_players(aliases: AliasTable, words: EntityWords) -> None:
    text = "Scorers:\nNorland - Petr Halvik (12th), Anders Moe (88th, pen)\nVestmark - Emil Sand (40th)\n"
    assert _people(text, [], aliases, words) == {"Petr Halvik", "Anders Moe", "Emil Sand"}


def test_competitors_with_countries_either_side_of_beat(aliases: AliasTable, words: EntityWords) -> None:
    text = "Men's sprint: Tomas Vik (Norland) beat Ivo Rask (Vestmark) 2-0\nThe final is on Sunday."
    assert _people(text, [], aliases, words) == {"Tomas Vik", "Ivo Rask"}
    assert _people("Her 31st birthday (quietly) came and went.", [], aliases, words) == set()


def test_a_model_span_glued_over_a_dismissal_is_cut_into_the_players(
    aliases: AliasTable, words: EntityWords
) -> None:
    text = "Norland innings\nT. Halvik st Brennan b Okoro 45\nJens Moe lbw b Okoro 0\nRui Costa not out 12\n"
    glued = MentionCandidate(text.index("T. Halvik"), text.index(" b Okoro"), "PERSON", "ner")
    out = lineup_players(text, [glued], aliases, words)
    assert [text[c.start : c.end] for c in out][:3] == ["T. Halvik", "Brennan", "Okoro"]
    assert all(c.label == "PERSON" for c in out)


def test_a_poll_table_lists_no_people(aliases: AliasTable, words: EntityWords) -> None:
    text = "Seats after the count:\n1. Green Alliance 35\n2. New Centre 30\n3. Free Voters 12\n"
    assert _people(text, [], aliases, words) == set()
