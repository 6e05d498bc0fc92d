"""The entity rules by kind of news text, on invented sentences (no model: candidates are made by hand)."""

import pytest

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.article_names import ArticleNames
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import clubs, slots, sports_story
from service.enrich.entities.edges import edges, pieces
from service.enrich.entities.grouping import group
from service.enrich.entities.initials import initial_names, is_initial_name
from service.enrich.entities.lists import consistent, split_coordinated
from service.enrich.entities.places import place_identities, place_identity
from service.enrich.entities.short_forms import given_name, organisation_parts, short_forms
from service.enrich.entities.types import retype
from service.enrich.entities.words import EntityWords
from service.enrich.regions.gazetteer import Gazetteer


def _at(text: str, form: str, label: str, nth: int = 0, source: str = "ner") -> MentionCandidate:
    start = -1
    for _ in range(nth + 1):
        start = text.index(form, start + 1)
    return MentionCandidate(start, start + len(form), label, source)


def _each(text: str, *forms: tuple[str, str]) -> list[MentionCandidate]:
    """Candidates for the first occurrence of each ``(form, label)``."""
    return [_at(text, form, label) for form, label in forms]


def _forms(text: str, found: list[MentionCandidate]) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.label) for c in found]


# --- results lines and clubs -------------------------------------------------------------------


def test_results_standings_and_fixture_lines_name_their_competitors() -> None:
    text = (
        "Brackley 2 Hanford 1\n"
        "Brackley 4 2 1 1 7 3 7\n"
        "Upton v Dunmore\n"
        "OAKRIDGE AT PINEVILLE\n"
        "PINEVILLE 1996-08-30\n"
        "The club said it would appeal.\n"
    )
    names = [text[s.start : s.end] for s in slots(text)]
    # the second name of "X AT Y" is the venue; a dateline's date is not a score
    assert names == ["Brackley", "Hanford", "Brackley", "Upton", "Dunmore", "OAKRIDGE"]


def test_a_player_in_a_results_line_is_marked_by_initial_figures_or_a_dismissal_word() -> None:
    text = (
        "Hanford 212 (K. Loder 64), Brackley 108-3\n"
        "T. Vance 45, Kemp 12\n"
        "Kemp c Marsh b Pryor 12, Oduya 8-0-39-3\n"
    )
    by_name = {text[s.start : s.end]: s.person for s in slots(text)}
    assert by_name["Hanford"] is False
    assert by_name["Brackley"] is False
    assert "K. Loder" not in by_name  # inside parentheses: a scorer, not a side
    assert by_name["T. Vance"] is True
    assert by_name["Pryor"] is True  # "b Pryor": bowled by
    assert by_name["Oduya"] is True  # a bowler's figures


def test_a_sports_story_needs_words_only_sports_reports_use(words: EntityWords) -> None:
    assert sports_story("The striker scored twice as the league leaders won the match.", words) == (
        True,
        True,
    )
    assert sports_story("The goalkeeper and the referee both said so.", words) == (True, True)
    # a club, a season and a coach trip are not enough; one word of sport leaves it to results lines
    assert sports_story("The club's season ended with a coach trip.", words) == (False, False)
    assert sports_story("The school's basketball court was repaired.", words) == (True, False)


def test_a_story_that_is_only_maybe_about_sport_keeps_its_places(words: EntityWords) -> None:
    text = "Hanford beat the deadline, officials said; the basketball court reopened.\n"
    chosen = [_at(text, "Hanford", "GPE")]
    assert clubs(text, text, 0, chosen, words) == chosen


def test_context_decides_whether_a_town_is_its_club_or_the_place(words: EntityWords) -> None:
    text = (
        "Hanford 2 Brackley 1\n"
        "Hanford beat Brackley in the league soccer match, and the coach thanked the fans in Hanford.\n"
        "Portugal fielded a young side.\n"
    )
    chosen = [
        _at(text, "Hanford", "GPE"),
        _at(text, "Brackley", "GPE"),
        _at(text, "Hanford", "GPE", 1),
        _at(text, "Brackley", "PERSON", 1),
        _at(text, "Hanford", "GPE", 2),
        _at(text, "Portugal", "GPE"),
    ]
    found = _forms(text, clubs(text, text, 0, chosen, words))
    assert found[:4] == [("Hanford", "ORG"), ("Brackley", "ORG"), ("Hanford", "ORG"), ("Brackley", "ORG")]
    assert found[4] == ("Hanford", "GPE")  # "in Hanford": the place
    assert ("Portugal", "GPE") in found  # a country's team stays a place (news convention)


def test_a_locative_of_movement_keeps_the_town_the_place_in_a_sports_story(words: EntityWords) -> None:
    text = (
        "Hanford 2 Brackley 1\n"
        "Hanford beat Brackley in the soccer league, then the team bus drove into Hanford.\n"
    )
    chosen = [_at(text, "Hanford", "GPE", 1), _at(text, "Brackley", "GPE", 1), _at(text, "Hanford", "GPE", 2)]
    found = _forms(text, clubs(text, text, 0, chosen, words))
    assert found[-3:] == [("Hanford", "ORG"), ("Brackley", "ORG"), ("Hanford", "GPE")]  # "into Hanford"


def test_a_story_without_sport_is_left_alone(words: EntityWords) -> None:
    text = "Sales 12 10\nProfit 4 3\nHanford said prices rose.\n"
    chosen = [_at(text, "Hanford", "GPE")]
    assert clubs(text, text, 0, chosen, words) == chosen


def test_a_club_and_its_town_written_alike_are_two_entities(
    words: EntityWords, aliases: AliasTable, gazetteer: Gazetteer
) -> None:
    text = "Hanford beat Brackley, and the fans celebrated in Hanford."
    candidates = [
        MentionCandidate(0, 7, "ORG", "club"),
        MentionCandidate(13, 21, "ORG", "club"),
        _at(text, "Hanford", "GPE", 1),
    ]
    groups = group(ArticleNames(text, words), candidates, aliases, words, gazetteer)
    assert [(g.name, g.label) for g in groups] == [
        ("Hanford", "ORG"),
        ("Brackley", "ORG"),
        ("Hanford", "GPE"),
    ]


# --- types -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "label"),
    [
        ("lives in", "GPE"),
        ("moved to", "GPE"),  # a preposition of movement is a locative too
        ("drove into", "GPE"),
        ("signed a deal with", "ORG"),  # not a locative: a firm named after its city may be meant
        ("praised a defender of", "ORG"),  # "of" is not a locative: "of Leeds" may be the club
    ],
)
def test_a_city_tagged_as_an_organisation_is_the_place_after_a_locative(
    words: EntityWords, before: str, label: str
) -> None:
    text = f"The family {before} Bristol last year."
    start = text.index("Bristol")
    assert retype(text, start, start + len("Bristol"), "ORG", words) == (label, label != "ORG")


@pytest.mark.parametrize(
    ("span", "label"),
    [("Briton", "PERSON"), ("South African", "GPE"), ("Azeris", "PERSON"), ("Kurdish", "ORG")],
)
def test_a_lone_demonym_is_a_people_whichever_way_it_is_written(
    words: EntityWords, span: str, label: str
) -> None:
    """Every form of the shared demonyms, not only the adjectives: nouns, plurals, two-word forms."""
    text = f"The {span} said on Monday that talks would go on."
    assert retype(text, 4, 4 + len(span), label, words) == ("NORP", True)


# --- span edges ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "label", "name"),
    [
        ("Norland 2-1", "GPE", "Norland"),  # a score run into a team
        ("Dispatch Desk 555-201-3344", "ORG", "Dispatch Desk"),  # a phone number
        ("Tasnova news agency", "ORG", "Tasnova"),  # an agency as a source
        ("pro-government Velka union", "ORG", "Velka"),
        ("September Treasury", "ORG", "Treasury"),  # a contract month before the market
        ("Law of the Sea", "LAW", "Law of the Sea"),  # free-form names keep their words
        ("Cote d'Ivoire", "GPE", "Cote d'Ivoire"),  # a particle before a capital is part of the name
    ],
)
def test_span_edges(span: str, label: str, name: str) -> None:
    text = f"x {span} y"
    start, end = edges(text, 2, 2 + len(span), label)
    assert text[start:end] == name


def test_a_dash_and_a_dateline_separate_names() -> None:
    text = "Norland - Ann Pike (12th)"
    assert [(text[s:e], lab) for s, e, lab in pieces(text, 0, text.index(" ("), "PERSON")] == [
        ("Norland", "PERSON"),
        ("Ann Pike", "PERSON"),
    ]
    dated = "Story so far.\nHANFORD The Velka Transport Ministry said"
    start = dated.index("HANFORD")
    end = dated.index(" said")
    assert [(dated[s:e], lab) for s, e, lab in pieces(dated, start, end, "ORG")] == [
        ("HANFORD", "GPE"),
        ("Velka Transport Ministry", "ORG"),
    ]


def test_an_initial_and_a_surname_is_a_person_but_a_run_of_initials_is_not() -> None:
    assert is_initial_name("K. Loder")
    assert not is_initial_name("U.S. Steel")
    text = "(K. Loder 64, T. Vance 12) and A. G. Marsh & Sons"
    assert [text[s:e] for s, e in initial_names(text)] == ["K. Loder", "T. Vance"]


# --- lists ----------------------------------------------------------------------------------------


def test_a_list_takes_the_type_most_of_its_names_have() -> None:
    text = "Brokers said Tamsk Cement, Orvel Lamps, Dakin and Brisa Textiles would rise."
    chosen = _each(
        text, ("Tamsk Cement", "ORG"), ("Orvel Lamps", "PERSON"), ("Dakin", "ORG"), ("Brisa Textiles", "ORG")
    )
    assert {label for _, label in _forms(text, consistent(text, chosen))} == {"ORG"}


def test_two_names_tagged_as_one_split_when_each_is_named_alone() -> None:
    text = "Ardent Bancorp Inc. and Lyle Financial Corp. rose. Analysts watched Ardent and Lyle."
    chosen = _each(
        text, ("Ardent Bancorp Inc.", "ORG"), ("Lyle Financial Corp.", "ORG"), ("Ardent and Lyle", "ORG")
    )
    assert _forms(text, split_coordinated(text, chosen))[2:] == [("Ardent", "ORG"), ("Lyle", "ORG")]
    whole = "Marks and Spencer rose."
    kept = [_at(whole, "Marks and Spencer", "ORG")]
    assert split_coordinated(whole, kept) == kept


# --- short forms and grouping ---------------------------------------------------------------------


def test_short_forms_of_long_names(words: EntityWords) -> None:
    assert "Suu Kyi" in short_forms("Aung San Suu Kyi", "PERSON", words)
    assert "Van der Berg" in short_forms("Piet van der Berg", "PERSON", words)
    heads, tails = organisation_parts("Ardent Bancorp Inc.", words)
    assert heads == ["Ardent"]
    assert "Bancorp Inc." in tails
    _, tails = organisation_parts("Bank of Norland", words)
    assert "Norland" not in tails  # after "of": the country, not the bank


def test_short_forms_acronyms_and_a_surname_like_a_place_join_their_full_name(
    words: EntityWords, aliases: AliasTable, gazetteer: Gazetteer
) -> None:
    text = (
        "Ardent Widgets Inc rose. Ardent said sales grew. The Velka Freedom Party (VFP) met. "
        "The Chicago Hawks lost; the Hawks were tired. Dana Washington said Washington will stay. "
        "Officials in Washington said nothing."
    )
    candidates = [
        _at(text, "Ardent Widgets Inc", "ORG"),
        _at(text, "Ardent", "PERSON", 1),
        _at(text, "Velka Freedom Party", "ORG"),
        _at(text, "VFP", "ORG"),
        _at(text, "Chicago Hawks", "ORG"),
        _at(text, "Hawks", "ORG", 1),
        _at(text, "Dana Washington", "PERSON"),
        MentionCandidate(*_span(text, "Washington", 1), "GPE", "ner", aliases.lookup("Washington")),
        MentionCandidate(*_span(text, "Washington", 2), "GPE", "ner", aliases.lookup("Washington")),
    ]
    groups = group(ArticleNames(text, words), candidates, aliases, words, gazetteer)
    named = {g.name: [text[c.start : c.end] for c in g.members] for g in groups}
    assert named["Ardent Widgets Inc"] == ["Ardent Widgets Inc", "Ardent"]
    assert named["Velka Freedom Party"] == ["Velka Freedom Party", "VFP"]
    assert named["Chicago Hawks"] == ["Chicago Hawks", "Hawks"]
    assert named["Dana Washington"] == ["Dana Washington", "Washington"]
    assert len(groups) == 5  # "in Washington" is the place


def test_two_people_sharing_a_surname_keep_it_apart(
    words: EntityWords, aliases: AliasTable, gazetteer: Gazetteer
) -> None:
    text = "Ngozi Okafor and Emeka Okafor arrived. Okafor spoke first."
    candidates = [
        _at(text, "Ngozi Okafor", "PERSON"),
        _at(text, "Emeka Okafor", "PERSON"),
        _at(text, "Okafor", "PERSON", 2),
    ]
    assert len(group(ArticleNames(text, words), candidates, aliases, words, gazetteer)) == 3


def test_state_abbreviations_are_one_entity_with_the_state(aliases: AliasTable) -> None:
    pairs = (
        ("Mo.", "Missouri"),
        ("N.J.", "New Jersey"),
        ("B.C.", "British Columbia"),
        ("W. Va.", "West Virginia"),
    )
    for short, full in (*pairs, ("Oreg.", "Oregon"), ("N.W.T.", "Northwest Territories")):
        assert aliases.lookup(short) == aliases.lookup(full)
        assert aliases.entries[aliases.lookup(full) or 0].type == "GPE"
    # the capital's district, written out or abbreviated
    assert (
        aliases.lookup("D.C.") == aliases.lookup("District of Columbia") == aliases.lookup("Washington, D.C.")
    )
    assert aliases.lookup("Cal") is None  # a man's name before it is California


def _span(text: str, form: str, nth: int) -> tuple[int, int]:
    cand = _at(text, form, "X", nth)
    return cand.start, cand.end


# --- place variants, first names, initials without a corporate suffix ------------------------------

Tables = tuple[EntityWords, AliasTable, Gazetteer]


def test_a_place_name_means_one_place_only_when_its_first_reading_clearly_wins(gazetteer: Gazetteer) -> None:
    assert place_identity(gazetteer, "Kiev") == place_identity(gazetteer, "Kyiv") is not None
    assert place_identity(gazetteer, "Bombay") == place_identity(gazetteer, "Mumbai") is not None
    assert place_identity(gazetteer, "Washington, D.C.") == place_identity(gazetteer, "District of Columbia")
    # the capital, the state and towns; the city and the province; the city and the state
    for name in ("Washington", "Quebec", "New York", "Georgia"):
        assert place_identity(gazetteer, name) is None, name
    # countries are the alias tables' (the gazetteer files Gaza and the West Bank under one code)
    assert place_identity(gazetteer, "Gaza") is None
    assert place_identity(gazetteer, "Burma") is None
    assert place_identity(gazetteer, "Mo.") is None  # an abbreviation: the alias tables' too


def _grouped(text: str, found: list[MentionCandidate], tables: Tables) -> list[list[str]]:
    words, aliases, gazetteer = tables
    groups = group(ArticleNames(text, words), found, aliases, words, gazetteer)
    return [[text[c.start : c.end] for c in g.members] for g in groups]


@pytest.fixture(scope="module")
def tables(words: EntityWords, aliases: AliasTable, gazetteer: Gazetteer) -> Tables:
    return words, aliases, gazetteer


def test_two_names_of_one_city_are_one_entity_but_a_city_and_its_state_are_two(tables: Tables) -> None:
    text = "Shelling hit Kiev. Officials in Kyiv said power was cut. New York City and New York differ."
    found = _each(text, ("Kiev", "GPE"), ("Kyiv", "GPE"), ("New York City", "GPE"))
    found.append(_at(text, "New York", "GPE", 1))
    assert _grouped(text, found, tables) == [["Kiev", "Kyiv"], ["New York City"], ["New York"]]


def test_a_lone_first_name_joins_the_one_person_it_starts(tables: Tables) -> None:
    text = "Talia Brenner won in Oslo. Talia said her serve worked. Premier Zhao Lirong spoke. Zhao smiled."
    found = _each(text, ("Talia Brenner", "PERSON"), ("Oslo", "GPE"), ("Zhao Lirong", "PERSON"))
    found[2:2] = [_at(text, "Talia", "PERSON", 1)]
    found.append(_at(text, "Zhao", "ORG", 1))  # the model's reading does not matter
    assert _grouped(text, found, tables) == [["Talia Brenner", "Talia"], ["Oslo"], ["Zhao Lirong", "Zhao"]]


def test_a_first_name_two_people_share_or_a_surname_or_a_firm_allows_stays_apart(tables: Tables) -> None:
    text = "Talia Brenner and Talia Ocampo met. Talia spoke."
    two = [
        *_each(text, ("Talia Brenner", "PERSON"), ("Talia Ocampo", "PERSON")),
        _at(text, "Talia", "PERSON", 2),
    ]
    assert len(_grouped(text, two, tables)) == 3
    text = "Grant Ellis met Mara Grant. Grant spoke."
    surname = [
        *_each(text, ("Grant Ellis", "PERSON"), ("Mara Grant", "PERSON")),
        _at(text, "Grant", "PERSON", 2),
    ]
    assert _grouped(text, surname, tables) == [["Grant Ellis"], ["Mara Grant", "Grant"]]
    text = "Morrow Banks Inc hired Morrow Tate. Morrow rose."
    firm = [
        *_each(text, ("Morrow Banks Inc", "ORG"), ("Morrow Tate", "PERSON")),
        _at(text, "Morrow", "ORG", 2),
    ]
    assert _grouped(text, firm, tables) == [["Morrow Banks Inc", "Morrow"], ["Morrow Tate"]]


def test_an_acronym_may_leave_out_the_corporate_suffix(tables: Tables) -> None:
    text = "Granite Motors Co recalled trucks. GM said no one was hurt."
    found = _each(text, ("Granite Motors Co", "ORG"), ("GM", "ORG"))
    assert _grouped(text, found, tables) == [["Granite Motors Co", "GM"]]


def test_only_a_person_like_full_name_gives_a_first_name(words: EntityWords) -> None:
    assert given_name("Talia Brenner", words) == "Talia"
    assert given_name("Zhao Lirong", words) == "Zhao"  # a family name written first
    assert given_name("Dara Quill Jr.", words) == "Dara"
    assert given_name("Stephen King", words) == "Stephen"  # a title word may end a surname
    for form in (
        "Quill Sr.",
        "K. Evans",
        "Ardent Fire Chief Lee Moss",
        "Greater Talbot County",
        "Brackley at Hanford",
    ):
        assert given_name(form, words) is None, form


def test_only_names_sharing_a_gazetteer_entry_are_resolved(gazetteer: Gazetteer) -> None:
    found = place_identities(gazetteer, ["Kiev", "Kyiv", "Oslo", "Kyiv"])
    assert set(found) == {"Kiev", "Kyiv"}  # Oslo shares no entry with another name: not looked at
