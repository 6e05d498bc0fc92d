"""Constructions of market, economy, sport, court, weather and poll copy (unseen set 4).

Each test names a kind of error the fourth unseen set showed; the sentences are invented for
these tests in the style of wire copy and run the real model.
"""

import pytest

from pipeline.conftest import FactsOf, only
from service.schema.events import Fact, FactKind


def values(facts: list[Fact]) -> list[float]:
    return [round(f.value, 6) for f in facts]


def test_share_prices_in_pence_glued_to_the_number(facts_of: FactsOf) -> None:
    facts = facts_of("Shares in the grocer climbed 14p to 262.5p in London.")
    assert [(f.value, f.unit, f.currency, f.change) for f in facts] == [
        (14, "pence", "GBP", "increase"),
        (262.5, "pence", "GBP", None),
    ]
    assert FactKind.MONEY not in [f.kind for f in facts_of("The camera records 1080p video at night.")]


def test_a_glued_temperature_ending_the_sentence_keeps_its_unit_not_the_full_stop(
    facts_of: FactsOf,
) -> None:
    body = "Crews fought the fire in heat above 42C."
    fact = only(facts_of(body), 42)
    assert (fact.unit, fact.qualifier, fact.text) == ("degree Celsius", "more_than", "above 42C")
    assert body[fact.start : fact.end] == fact.text


def test_quarters_of_a_year_are_durations_and_three_quarters_of_a_thing_a_share(facts_of: FactsOf) -> None:
    quarters = only(facts_of("The economy has shrunk in the last two quarters."), 2)
    assert (quarters.kind, quarters.unit, quarters.canonical_value) == (
        FactKind.DURATION,
        "quarter",
        2 * 7_889_400,
    )
    share = only(facts_of("Three quarters of the members backed the merger."), 0.75)
    assert share.kind is FactKind.COUNT
    assert FactKind.DURATION not in [f.kind for f in facts_of("Sales in the 2024 quarter beat forecasts.")]


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("Bus ridership fell by almost a quarter after the fare rise.", 0.25, "approximately"),
        ("The ministry cut its staff by half over two years.", 0.5, "exact"),
        ("Operating profit slumped by a third.", 1 / 3, "exact"),
    ],
)
def test_a_change_by_a_share_is_a_fact_with_its_direction(
    facts_of: FactsOf, body: str, value: float, qualifier: str
) -> None:
    fact = only(facts_of(body), value)
    assert (fact.qualifier, fact.change) == (qualifier, "decrease")


def test_cricket_scores_runs_for_wickets_are_not_facts(facts_of: FactsOf) -> None:
    facts = facts_of("Lancashire closed on 312 for six, with opener Sam Hale making 141 runs.")
    assert values(facts) == [141]
    assert values(facts_of("The tourists were 77 for three at lunch.")) == []


def test_point_compounds_name_things_unless_they_measure_a_gap(facts_of: FactsOf) -> None:
    assert values(facts_of("The minister unveiled a 12-point plan for the railways.")) == []
    assert values(facts_of("She made seven of nine three-point shots.")) == [7, 9]
    lead = only(facts_of("The party holds a five-point lead in the latest survey."), 5)
    assert lead.unit == "point"


def test_two_ages_after_aged(facts_of: FactsOf) -> None:
    facts = facts_of("Two brothers, aged 14 and 15, were pulled from the lake.")
    assert [(f.value, f.kind) for f in facts if f.kind is FactKind.AGE] == [
        (14, FactKind.AGE),
        (15, FactKind.AGE),
    ]


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("Some patients waited longer than nine hours for a bed.", 9, "more_than"),
        ("The vaccine is offered to everyone aged 75 and over.", 75, "at_least"),
        ("The rule covers children younger than 12.", 12, "less_than"),
        ("Free travel is open to residents aged 60 or older.", 60, "at_least"),
    ],
)
def test_comparatives_before_and_open_bounds_after_qualify_the_number(
    facts_of: FactsOf, body: str, value: float, qualifier: str
) -> None:
    assert only(facts_of(body), value).qualifier == qualifier


def test_a_margin_of_error_is_plus_or_minus_not_negative(facts_of: FactsOf) -> None:
    facts = facts_of("The survey has a margin of error of plus or minus 3.5 percentage points.")
    assert values(facts) == [3.5]


def test_up_to_after_a_moving_verb_is_the_level_reached(facts_of: FactsOf) -> None:
    fact = only(facts_of("The jobless rate ticked up to 4.4% in June."), 4.4)
    assert (fact.qualifier, fact.text) == ("exact", "4.4%")
    assert only(facts_of("The fine can be up to $5,000."), 5000).qualifier == "at_most"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The final was played over 18 holes on Sunday.", 18),
        ("The census was conducted over four weeks.", 4),
    ],
)
def test_over_as_a_preposition_of_extent_is_no_bound(facts_of: FactsOf, body: str, value: float) -> None:
    assert only(facts_of(body), value).qualifier == "exact"
    assert only(facts_of("The outage lasted over four hours."), 4).qualifier == "more_than"


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("Output contracted 0.6% in the spring.", 0.6, "decrease"),
        ("Manufacturing expanded 1.1% in May, the statistics office said.", 1.1, "increase"),
        ("The Dax ended 0.7 per cent higher at 18,120.", 0.7, "increase"),
        ("The bank raised its key rate by 50 basis points.", 50, "increase"),
        ("The peso has lost about 6% of its value this year.", 6, "decrease"),
        ("Spain's output grew 0.5%, while Italy's shrank 0.3%.", 0.3, "decrease"),
    ],
)
def test_the_size_of_a_change_in_economic_copy(
    facts_of: FactsOf, body: str, value: float, change: str
) -> None:
    assert only(facts_of(body), value).change == change


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The runner finished 0.2 seconds short of the record, which was set in 2015.", 0.2),
        ("The group raised $5m from investors.", 5e6),
        ("Copper dropped below $9,000 a tonne.", 9000),
    ],
)
def test_gaps_sums_raised_and_levels_crossed_are_no_change(
    facts_of: FactsOf, body: str, value: float
) -> None:
    assert only(facts_of(body), value).change is None


def test_a_change_restated_after_or_keeps_its_direction(facts_of: FactsOf) -> None:
    facts = facts_of("The Hang Seng fell 212.4 points, or 1.1 per cent, to 19,044.6.")
    assert [(f.value, f.change) for f in facts] == [(212.4, "decrease"), (1.1, "decrease"), (19044.6, None)]
    month = facts_of("Prices rose 0.3% on the month, or 2.8% on the year.")
    assert [f.change for f in month] == ["increase", "increase"]


def test_a_tally_that_falls_is_two_numbers_not_a_range(facts_of: FactsOf) -> None:
    facts = facts_of("Members backed the deal by 61% to 39%.")
    assert [(f.value, f.qualifier) for f in facts] == [(61, "exact"), (39, "exact")]
    assert values(facts_of("She won the final 6-4 6-3.")) == []


def test_remanded_in_custody_is_an_arrest(facts_of: FactsOf) -> None:
    fact = only(facts_of("Three men were remanded in custody after the raid."), 3)
    assert fact.count_type == "ARREST"


def test_places_in_a_results_list_are_not_facts(facts_of: FactsOf) -> None:
    body = "Women's 400 metres:\n1. Ana Ruiz (Spain) 50.12\n2. Lotte Berg (Norway) 50.47"
    assert 1 not in values(facts_of(body)) and 2 not in values(facts_of(body))
    assert 400 in values(facts_of(body))


def test_over_as_a_verb_particle_is_no_bound(facts_of: FactsOf) -> None:
    assert only(facts_of("The guerrillas handed over 30 captives to the mediators."), 30).qualifier == "exact"
    assert only(facts_of("The flu has killed over 90 people this winter."), 90).qualifier == "more_than"


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("Waiting lists were reduced by 12 percent last year.", 12, "decrease"),
        ("The complaint was raised by one resident at the meeting.", 1, None),
        ("The lake rose 3 feet overnight.", 3, "increase"),
    ],
)
def test_by_in_the_passive_and_adverbs_after_the_number(
    facts_of: FactsOf, body: str, value: float, change: str | None
) -> None:
    """A passive "by" is still the size of a change, unless it names who did it; an adverb after
    the number ("overnight") does not hide the verb."""
    assert only(facts_of(body), value).change == change
