"""Entity rules for kinds unseen set 6 showed (no model: pure functions on invented text)."""

import pytest

from service.enrich.entities.acronyms import spelled_in
from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import clubs, sports_story
from service.enrich.entities.context_types import by_context
from service.enrich.entities.edges import edges
from service.enrich.entities.forenames import forenamed, patronymics
from service.enrich.entities.lists import consistent, split_coordinated
from service.enrich.entities.long_names import long_names
from service.enrich.entities.market_names import market_names
from service.enrich.entities.mentions import trim
from service.enrich.entities.partnerships import partnerships
from service.enrich.entities.short_forms import short_forms
from service.enrich.entities.tennis import players
from service.enrich.entities.types import retype
from service.enrich.entities.words import EntityWords

_SPORT = " The coach praised the halftime changes and the pitcher, and the league fined the club."


def _market(text: str, aliases: AliasTable, words: EntityWords) -> set[str]:
    lowercase = frozenset(w for w in text.replace(".", " ").split() if w.islower())
    return {text[c.start : c.end] for c in market_names(text, lowercase, aliases, words)}


def test_a_name_with_an_instrument_code_or_a_price_move_is_a_firm(
    aliases: AliasTable, words: EntityWords
) -> None:
    text = (
        "Halvard Foods (HLVD.L) rose 2.4% in early trade. Brindle and Tarrow Mining lost more than 3% "
        "each. Oskarsen fell 1.1 percent after the profit warning."
    )
    assert _market(text, aliases, words) == {"Halvard Foods", "Brindle", "Tarrow Mining", "Oskarsen"}


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 3% in the quarter, while online sales fell.",
        "Germany fell 2% behind its target.",
        "Crude rose 1.5% and Brent fell 0.4%.",
    ],
)
def test_market_words_places_and_common_nouns_are_no_firm(
    text: str, aliases: AliasTable, words: EntityWords
) -> None:
    assert _market(text, aliases, words) == set()


def test_the_kind_of_firm_that_starts_a_sentence_is_cut_and_names_the_firm(
    aliases: AliasTable, words: EntityWords
) -> None:
    text = "Housebuilder Quillon Homes rose 4% after the upgrade."
    assert _market(text, aliases, words) == {"Quillon Homes"}
    start, end = trim(text, 0, text.index(" rose"), "ORG", words)
    assert text[start:end] == "Quillon Homes"
    assert by_context(text, start, end, "PERSON", words) == "ORG"


def test_a_billionaire_leading_a_sentence_is_no_part_of_the_name(words: EntityWords) -> None:
    text = "Billionaire Tomas Ardent bought the club."
    start, end = trim(text, 0, text.index(" bought"), "PERSON", words)
    assert text[start:end] == "Tomas Ardent"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("said Ann Lowe, an economist at Harrow Mead, on Monday.", "Harrow Mead"),
        ("Analysts at Pellbrook expect a cut.", "Pellbrook"),
        ("Kestrel, based in Leeds, said it would appeal.", "Kestrel"),
        ("Tarsil, the Chilean copper miner, did not comment.", "Tarsil"),
        ("the infant formula maker Dunmore Fields said.", "Dunmore Fields"),
    ],
)
def test_the_words_around_a_firm_make_it_an_organisation(text: str, name: str, words: EntityWords) -> None:
    start = text.index(name)
    assert by_context(text, start, start + len(name), "PERSON", words) == "ORG"


def test_a_person_after_a_verb_and_at_stays_a_person(words: EntityWords) -> None:
    text = "The crowd shouted at Dana Holt as she left."
    start = text.index("Dana Holt")
    assert by_context(text, start, start + len("Dana Holt"), "PERSON", words) is None


def test_a_tennis_players_sets_are_no_part_of_the_name() -> None:
    text = "Ilse Marten beat Dora Quist 6-4 3-6 7-6(5) in the final."
    end = text.index(" in the")
    start, cut = edges(text, text.index("Dora"), end, "PERSON")
    assert text[start:cut] == "Dora Quist"


def test_a_capitalised_word_before_a_surname_seen_alone_is_the_forename(
    aliases: AliasTable, words: EntityWords
) -> None:
    text = "Marten beat Dora Quist in the final, and later in Paris Quist said she was tired."
    first = text.index("Quist")
    second = text.index("Quist", first + 1)
    chosen = [
        MentionCandidate(first, first + 5, "PERSON", "propagated"),
        MentionCandidate(second, second + 5, "PERSON", "ner"),
    ]
    found = {text[c.start : c.end] for c in forenamed(text, chosen, aliases, words)}
    assert found == {"Dora Quist"}  # "Paris" is a place, no forename


@pytest.mark.parametrize("word", ["rebounds", "NBA"])
def test_basketball_words_make_a_sports_story(word: str, words: EntityWords) -> None:
    text = f"Tyler Marsh had 14 {word} as the Harbor Gulls won, and the coach said the season was long."
    assert sports_story(text, words)[1]


def test_partners_names_with_commas_and_an_ampersand_are_one_firm(words: EntityWords) -> None:
    text = "Orrin, Vale, Hatch & Lusk advised the board; buses ran to Paris, Lyon & Nice."
    assert [text[c.start : c.end] for c in partnerships(text, words)] == ["Orrin, Vale, Hatch & Lusk"]


def test_an_acronym_and_a_firm_named_alone_are_two_names() -> None:
    text = "Talbot Research said rates would fall. Analysts at KMB and Talbot Research agree."
    whole = text.index("KMB")
    chosen = [
        MentionCandidate(0, len("Talbot Research"), "ORG", "ner"),
        MentionCandidate(whole, len(text) - len(" agree."), "ORG", "ner"),
    ]
    assert [text[c.start : c.end] for c in split_coordinated(text, chosen)] == [
        "Talbot Research",
        "KMB",
        "Talbot Research",
    ]


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        (
            "The Mining Standards Board of Kenya fined two firms.",
            "Mining Standards Board",
            "Mining Standards Board of Kenya",
        ),
        (
            "The Vessen Institute for the Study of Cities said.",
            "Vessen Institute",
            "Vessen Institute for the Study of Cities",
        ),
        (
            "The Ministry for Rural Affairs and Fisheries said.",
            "Ministry for Rural Affairs",
            "Ministry for Rural Affairs and Fisheries",
        ),
    ],
)
def test_a_bodys_name_goes_on_past_a_function_word(
    text: str, cut: str, whole: str, aliases: AliasTable, words: EntityWords
) -> None:
    start = text.index(cut)
    found = long_names(text, [MentionCandidate(start, start + len(cut), "ORG", "ner")], aliases, words)
    assert [text[c.start : c.end] for c in found] == [whole]


def test_a_known_name_after_a_ministrys_and_is_its_own(aliases: AliasTable, words: EntityWords) -> None:
    text = "The Ministry of Transport and Reuters agreed."
    cut = "Ministry of Transport"
    start = text.index(cut)
    assert long_names(text, [MentionCandidate(start, start + len(cut), "ORG", "ner")], aliases, words) == []


def test_a_clubs_nickname_alone_and_after_the_is_the_club(words: EntityWords) -> None:
    text = (
        "The Kansas City Chiefs beat the Harbor Gulls 20-13. Chiefs fans cheered, and the Ospreys "
        "lost to the Rams." + _SPORT
    )
    chiefs = text.index("Kansas City Chiefs")
    ospreys = text.index("Ospreys")
    chosen = [
        MentionCandidate(chiefs, chiefs + len("Kansas City Chiefs"), "ORG", "ner"),
        MentionCandidate(ospreys, ospreys + len("Ospreys"), "PERSON", "ner"),
    ]
    found = {text[c.start : c.end]: c.label for c in clubs(text, text, 0, chosen, words)}
    assert found["Chiefs"] == "ORG"
    assert found["Ospreys"] == "ORG"


def test_names_of_a_tennis_report_are_players_not_venues(aliases: AliasTable, words: EntityWords) -> None:
    text = "Ilse Marten beat Dora Quist 6-4 7-6(3) at the Vell Arena Stadium after knocking out Tove Rask."
    chosen = [
        MentionCandidate(text.index("Dora Quist"), text.index("Dora Quist") + 10, "ORG", "ner"),
        MentionCandidate(text.index("Tove Rask"), text.index("Tove Rask") + 9, "FAC", "ner"),
        MentionCandidate(text.index("Vell Arena"), text.index(" after"), "FAC", "ner"),
    ]
    found = {text[c.start : c.end]: c.label for c in players(text, chosen, aliases, words)}
    assert found == {"Dora Quist": "PERSON", "Tove Rask": "PERSON", "Vell Arena Stadium": "FAC"}


def test_without_a_set_score_the_models_labels_stay(aliases: AliasTable, words: EntityWords) -> None:
    text = "Harbor United beat Dunmore Rovers 2-1 on Saturday."
    chosen = [MentionCandidate(0, len("Harbor United"), "ORG", "ner")]
    assert players(text, chosen, aliases, words)[0].label == "ORG"


def test_a_name_with_a_patronymic_particle_is_a_person(words: EntityWords) -> None:
    text = "Crown Prince Faisal bin Tamim al-Qasimi met Gethin ap Owain, the Welsh Dragons captain."
    assert {text[c.start : c.end] for c in patronymics(text, words)} == {
        "Faisal bin Tamim al-Qasimi",
        "Gethin ap Owain",
    }


def test_a_welsh_surname_keeps_its_lowercase_particle(words: EntityWords) -> None:
    assert "ap Owain" in short_forms("Gethin ap Owain", "PERSON", words)


def test_a_known_place_of_two_words_the_model_took_for_an_organisation_is_the_place(
    words: EntityWords,
) -> None:
    text = "Fighters tightened their siege of El Fasher on Monday."
    start = text.index("El Fasher")
    assert retype(text, start, start + len("El Fasher"), "ORG", words) == ("GPE", True)


def test_a_name_after_a_persons_name_and_of_is_their_team_or_firm(words: EntityWords) -> None:
    text = "Remy Castel of Lonvale Bikes finished second."
    start = text.index("Lonvale Bikes")
    assert by_context(text, start, start + len("Lonvale Bikes"), "PERSON", words) == "ORG"


def test_a_town_before_a_squad_role_in_a_sports_story_is_its_club(words: EntityWords) -> None:
    text = "Dunmore defender Ann Lee came on late." + _SPORT
    town = MentionCandidate(0, len("Dunmore"), "GPE", "ner", sure=True)
    found = {text[c.start : c.end]: c.label for c in clubs(text, text, 0, [town], words)}
    assert found["Dunmore"] == "ORG"


def test_an_acronym_used_without_a_definition_spells_a_name_of_the_article() -> None:
    text = "The Mining Standards Board of Kenya met. The regulator, known as MSBK, fined the USA team."
    found = spelled_in(text, ["Mining Standards Board of Kenya", "Kenya"])
    assert [(text[s:e], name) for s, e, name in found] == [("MSBK", "Mining Standards Board of Kenya")]


def test_a_ranked_riders_line_gives_a_person_and_a_team(words: EntityWords) -> None:
    text = (
        "Stage results:\n1. Remy Castel (Norland) Brennick-Valtor Racing 4:01:12\n"
        "2. Ann Vey (Estmark) Lonvale Bikes +0:12\n"
    )
    castel = text.index("Remy Castel")
    chosen = [MentionCandidate(castel, castel + len("Remy Castel"), "ORG", "ner")]
    found = {text[c.start : c.end]: c.label for c in clubs(text, text, 0, chosen, words)}
    assert found["Remy Castel"] == "PERSON"
    assert found["Brennick-Valtor Racing"] == "ORG"
    assert found["Lonvale Bikes"] == "ORG"
    assert found["Ann Vey"] == "PERSON"


def test_a_list_of_organisations_with_the_before_its_last_item_types_a_place_like_item() -> None:
    text = "Aid groups including Hallow Trust, Vennock and the Northern Relief Council warned on Monday."
    chosen = [
        MentionCandidate(text.index("Hallow Trust"), text.index("Hallow Trust") + 12, "ORG", "ner"),
        MentionCandidate(text.index("Vennock"), text.index("Vennock") + 7, "LOC", "ner"),
        MentionCandidate(text.index("Northern"), text.index(" warned"), "ORG", "ner"),
    ]
    assert [c.label for c in consistent(text, chosen)] == ["ORG", "ORG", "ORG"]


@pytest.mark.parametrize(
    "text",
    [
        "Dora Quist, 22, moved up to fifth overall.",
        "Dora Quist had 31 points, 14 rebounds and 11 assists for the visitors.",
        "Dora Quist added 9 assists off the bench.",
    ],
)
def test_an_age_or_a_players_statistics_after_a_full_name_make_a_person(
    text: str, words: EntityWords
) -> None:
    assert retype(text, 0, len("Dora Quist"), "ORG", words) == ("PERSON", True)


def test_a_teams_points_are_no_players_line(words: EntityWords) -> None:
    text = "Harbor United had 31 points in the third quarter."
    assert retype(text, 0, len("Harbor United"), "ORG", words) == ("ORG", False)


def test_sports_story_answers_each_text_on_its_own(words: EntityWords) -> None:
    """The one-entry cache must not hand one article's answer to the next."""
    sporty = "The coach said the league will review the innings after the soccer match."
    plain = "The council said the budget will be reviewed after the vote."
    assert sports_story(sporty, words)[1]
    assert sports_story(plain, words) == (False, False)
    assert sports_story(sporty, words)[1]
