"""Grouping by kind (session 8): short forms, acronyms and forms of one group, on invented sentences."""

from pipeline.conftest import EventOf, entity_by_mention
from service.enrich.entities.article_names import ArticleNames
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.grouping import group
from service.enrich.pipeline import Resources


def _same(event_of: EventOf, body: str, first: str, second: str) -> bool:
    found = entity_by_mention(event_of(body))
    assert first in found and second in found, sorted(found)
    return found[first].id == found[second].id


def test_a_surname_two_people_share_joins_the_one_named_before_it(event_of: EventOf) -> None:
    body = (
        "Jurors in Dayton heard on Tuesday from Daniel Okafor, who is charged with fraud. "
        "Okafor told the court he had never seen the papers. Later his cousin Peter Okafor "
        "said the two had not spoken in years."
    )
    assert _same(event_of, body, "Daniel Okafor", "Okafor")
    assert not _same(event_of, body, "Peter Okafor", "Okafor")


def test_a_surname_after_two_people_who_share_it_stays_apart(event_of: EventOf) -> None:
    body = (
        "Daniel Okafor and his brother Peter Okafor opened a bakery in Dayton in 2004. "
        "Okafor said on Tuesday that sales had doubled."
    )
    found = entity_by_mention(event_of(body))
    lone = found["Okafor"].id
    assert lone != found["Daniel Okafor"].id
    assert lone != found["Peter Okafor"].id
    assert found["Daniel Okafor"].id != found["Peter Okafor"].id


def test_a_firms_short_name_joins_the_firm_named_before_its_sister(event_of: EventOf) -> None:
    body = (
        "Korvana Electronics said on Thursday that quarterly profit rose 12 percent. "
        "Korvana also said it would build a second plant in Texas, while Korvana Display Co, a "
        "unit, will cut 300 jobs."
    )
    assert _same(event_of, body, "Korvana Electronics", "Korvana")
    assert not _same(event_of, body, "Korvana Display Co", "Korvana")


def test_an_undefined_acronym_in_its_own_languages_word_order(event_of: EventOf) -> None:
    body = (
        "Voters in Lisbon backed the Socialist Party on Sunday, and the PS will now seek a partner. "
        "The Liberal Initiative won nine seats; IL leader Rui Mota said talks would start on Monday."
    )
    assert _same(event_of, body, "Socialist Party", "PS")
    assert _same(event_of, body, "Liberal Initiative", "IL")


def test_an_undefined_acronym_leaves_out_a_trailing_of_country(event_of: EventOf) -> None:
    body = (
        "The Transportation Safety Board of Canada sent investigators to the airport on Friday. "
        "A TSB spokesman said the flight recorders had been found."
    )
    assert _same(event_of, body, "Transportation Safety Board of Canada", "TSB")


def test_a_compound_compass_word_gives_two_letters(event_of: EventOf) -> None:
    body = (
        "Buses run by the Southeastern Pennsylvania Transportation Authority stopped on Monday. "
        "SEPTA said service would resume on Wednesday."
    )
    assert _same(event_of, body, "Southeastern Pennsylvania Transportation Authority", "SEPTA")


def test_a_name_with_of_is_not_spelled_in_another_order(event_of: EventOf) -> None:
    body = "The Business Council of Australia said wages were rising, the ABC reported on Tuesday."
    assert not _same(event_of, body, "Business Council of Australia", "ABC")


def test_a_groups_word_in_singular_plural_and_adjective_is_one_group(event_of: EventOf) -> None:
    body = (
        "Democrats in the state Senate blocked the bill on Tuesday. One Democrat, Sen. Ana Ruiz, "
        "said the Democratic caucus would not budge. Republicans said they would try again, and a "
        "Republican aide called the vote a stunt."
    )
    assert _same(event_of, body, "Democrats", "Democrat")
    assert _same(event_of, body, "Democrats", "Democratic")
    assert _same(event_of, body, "Republicans", "Republican")
    assert not _same(event_of, body, "Democrats", "Republicans")


def test_a_well_known_acronym_of_a_foreign_name_joins_its_english_name(event_of: EventOf) -> None:
    body = (
        "Alternative for Germany gained in polls in Saxony on Sunday. The AfD now leads every "
        "other party there, a survey for a Dresden newspaper showed."
    )
    assert _same(event_of, body, "Alternative for Germany", "AfD")


def test_a_firms_trade_name_joins_its_registered_name(event_of: EventOf) -> None:
    body = (
        "Hon Hai Precision Industry said on Monday it would build a plant in Mexico. Foxconn, "
        "which assembles phones for several brands, did not give a cost."
    )
    assert _same(event_of, body, "Hon Hai Precision Industry", "Foxconn")


def test_a_name_inside_a_long_full_name_joins_it(event_of: EventOf) -> None:
    body = (
        "President Luiz Inacio Lula da Silva signed the decree on Monday in Brasilia. Lula said "
        "the measure would protect the forest."
    )
    assert _same(event_of, body, "Luiz Inacio Lula da Silva", "Lula")


def test_the_generic_word_joins_the_body_named_before_it(event_of: EventOf) -> None:
    body = (
        "The Northern Grid Commission approved the tariff on Monday. The Commission said prices "
        "would rise by 4 percent, while the Southern Water Commission will rule next month."
    )
    assert _same(event_of, body, "Northern Grid Commission", "Commission")
    assert not _same(event_of, body, "Southern Water Commission", "Commission")


def test_the_generic_word_after_two_bodies_stays_apart(event_of: EventOf) -> None:
    body = (
        "The Northern Grid Commission and the Southern Water Commission met on Monday. The "
        "Commission said prices would rise by 4 percent."
    )
    found = entity_by_mention(event_of(body))
    assert found["Commission"].id not in {
        found["Northern Grid Commission"].id,
        found["Southern Water Commission"].id,
    }


def test_a_possessive_surname_after_a_locative_is_the_person(event_of: EventOf) -> None:
    event = event_of(
        "Director Dana Jordan said on Friday her film would open in Venice. Jordan said the cast "
        "had worked for free. Actor Sam Hale plays the lead in Jordan's film, which was shot in "
        "Jordan last year."
    )
    person = next(e for e in event.entities if e.name == "Dana Jordan")
    assert [m.start for m in person.mentions if m.text == "Jordan"] == [67, 142]
    place = next(e for e in event.entities if e.type == "GPE" and e.name == "Jordan")
    assert [m.start for m in place.mentions] == [175]


def test_a_name_used_alone_before_a_longer_name_starting_with_it_is_its_own(event_of: EventOf) -> None:
    body = (
        "Norvik cancelled 400 flights on Monday as its pilots walked out. The union said staff at "
        "Norvik Cargo would join the strike on Wednesday, and Norvik said it would seek an injunction."
    )
    assert not _same(event_of, body, "Norvik", "Norvik Cargo")
    body = (
        "Police in Fallowfield said on Monday that two men had been arrested. The Fallowfield "
        "Police Department said the men would appear in court."
    )
    assert not _same(event_of, body, "Fallowfield", "Fallowfield Police Department")


def test_a_firms_short_name_before_its_legal_name_still_joins(event_of: EventOf) -> None:
    body = (
        "Shares of Brightwell rose 8 percent on Tuesday. Brightwell Financial Inc said quarterly "
        "profit had doubled."
    )
    assert _same(event_of, body, "Brightwell", "Brightwell Financial Inc")


def _candidates(
    text: str, spans: list[tuple[str, int, str]], resources: Resources, source: str = "ner"
) -> list[list[str]]:
    """Groups of hand-made spans ``(form, occurrence, label)``, as the mention texts.

    ``source`` is the source of the one-word spans (a club guess, say); longer ones are the model's.
    """
    tables = resources.entity_tables
    found = []
    for form, occurrence, label in spans:
        start = -1
        for _ in range(occurrence):
            start = text.index(form, start + 1)
        origin = "ner" if " " in form else source
        found.append(MentionCandidate(start, start + len(form), label, origin, tables.aliases.lookup(form)))
    groups = group(ArticleNames(text, tables.words), found, tables.aliases, tables.words, tables.places)
    return [[text[c.start : c.end] for c in g.members] for g in groups]


def test_a_full_name_the_model_mistyped_joins_its_surname_used_as_a_person(resources: Resources) -> None:
    text = (
        "Rebel commander Tavi Okonkwo said the town had fallen. Okonkwo said his men would hold "
        "it. The 11th-seeded Roland Washington beat a qualifier, and Washington said he was tired."
    )
    spans = [
        ("Tavi Okonkwo", 1, "WORK_OF_ART"),
        ("Okonkwo", 2, "PERSON"),
        ("Roland Washington", 1, "ORG"),
        ("Washington", 2, "GPE"),
    ]
    groups = _candidates(text, spans, resources)
    assert ["Tavi Okonkwo", "Okonkwo"] in groups
    assert ["Roland Washington", "Washington"] in groups


def test_a_firm_named_like_a_person_stays_apart_from_a_country(resources: Resources) -> None:
    text = "Cricket Australia said on Monday that Australia would tour India in March."
    spans = [("Cricket Australia", 1, "ORG"), ("Australia", 2, "GPE")]
    assert len(_candidates(text, spans, resources)) == 2


def test_a_lone_name_before_a_longer_one_read_as_a_person_is_no_first_name(resources: Resources) -> None:
    text = "Norvik cancelled flights. Norvik said staff at Norvik Cargo would strike too."
    spans = [("Norvik", 1, "ORG"), ("Norvik", 2, "ORG"), ("Norvik Cargo", 1, "PERSON")]
    assert ["Norvik Cargo"] in _candidates(text, spans, resources)


def test_a_club_before_a_council_named_after_its_county_is_the_club(resources: Resources) -> None:
    text = "Kilbrack beat Dunmore 2-11 to 1-9. Kilbrack County Council will host a reception."
    spans = [("Kilbrack", 1, "ORG"), ("Kilbrack County Council", 1, "ORG")]
    assert len(_candidates(text, spans, resources, source="club")) == 2


def test_a_body_named_first_with_only_generic_words_added_later_is_one(resources: Resources) -> None:
    text = "Kelbrook Police said two men were held. The Kelbrook Police Department named them."
    spans = [("Kelbrook Police", 1, "ORG"), ("Kelbrook Police Department", 1, "ORG")]
    assert len(_candidates(text, spans, resources)) == 1


def test_a_schools_short_name_used_first_still_joins_its_full_name(resources: Resources) -> None:
    text = "Brackwell won the title. Brackwell Central Catholic High School had not won since 1998."
    spans = [("Brackwell", 1, "ORG"), ("Brackwell Central Catholic High School", 1, "ORG")]
    assert len(_candidates(text, spans, resources)) == 1


def test_a_peoples_word_is_no_short_form_of_a_body_named_after_it(resources: Resources) -> None:
    text = "Shares of Corvan Insurance Group fell. Corvan Insurance Group said Corvan buyers were few."
    spans = [("Corvan Insurance Group", 1, "ORG"), ("Corvan", 3, "NORP")]
    assert len(_candidates(text, spans, resources)) == 2


def test_bare_congo_is_the_democratic_republic_as_wire_copy_writes_it(event_of: EventOf) -> None:
    """Wire style: "Congo" alone after "Democratic Republic of Congo" is the same country."""
    event = event_of(
        "GOMA (Reuters) - Fighting spread across the Democratic Republic of Congo on Monday. "
        "Congo's army said it had retaken two villages near the border."
    )
    found = entity_by_mention(event)
    assert found["Congo"].id == found["Democratic Republic of Congo"].id
    assert found["Congo"].name == "Democratic Republic of the Congo"
    assert [c.code for c in event.regions.countries] == ["CD"]


def test_the_other_congo_keeps_its_own_name(event_of: EventOf) -> None:
    found = entity_by_mention(event_of("Voters in Congo Republic went to the polls on Sunday."))
    assert found["Congo Republic"].name == "Republic of the Congo"


def test_a_countrys_official_name_and_its_short_name_are_one_entity(event_of: EventOf) -> None:
    """The generated country table's long forms join the curated row of the same country."""
    found = entity_by_mention(
        event_of(
            "The Kingdom of Saudi Arabia said on Monday it would raise output. Saudi Arabia is "
            "the largest exporter. East Timor, officially Timor-Leste, voted in May."
        )
    )
    assert found["Kingdom of Saudi Arabia"].id == found["Saudi Arabia"].id
    assert found["East Timor"].id == found["Timor-Leste"].id


def test_a_state_named_like_a_country_joins_its_abbreviation(event_of: EventOf) -> None:
    """Kind: "Ga." of a dateline and "Georgia" later are the state when no sign of the country shows."""
    body = (
        "SAVANNAH, Ga. (AP) — The port authority approved a new terminal on Tuesday. "
        "It is the largest project in Georgia since 2010, officials said."
    )
    assert _same(event_of, body, "Ga.", "Georgia")


def test_a_state_named_like_a_country_stays_apart_when_the_country_shows(event_of: EventOf) -> None:
    body = (
        "SAVANNAH, Ga. (AP) — Georgian dancers flew in from Tbilisi for the festival. "
        "Georgia sent a troupe of 40."
    )
    assert not _same(event_of, body, "Ga.", "Georgia")


def test_a_state_named_like_a_city_joins_only_where_the_text_calls_it_the_state(event_of: EventOf) -> None:
    """Kind: "N.Y." and "the state of New York" are one entity; "Wash." and a capital's "Washington" not."""
    assert _same(
        event_of,
        "BUFFALO, N.Y. (AP) — The state of New York will widen the highway, officials said on Monday.",
        "N.Y.",
        "New York",
    )
    body = (
        "YAKIMA, Wash. (AP) — Washington state officials said the fire grew on Monday. "
        "Lawmakers in Washington promised federal aid."
    )
    assert not _same(event_of, body, "Wash.", "Washington")
