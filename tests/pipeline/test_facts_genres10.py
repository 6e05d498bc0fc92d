"""Kinds the ninth unseen set showed (revised tolls, migration, courts, markets, tech, polls):
bounds written as verbs after a modal or a perfect, "-odd" and "-plus" kept in the model's span,
"a week or so", "over" a span after "tonnes of cocaine", "top it up to", glued watts, "a 2034
bond", multiples ("four times"), a share restating a count's change, and count types of a
toll's object and its earlier levels.

The sentences are invented for these tests in the style of wire and local copy and run the real
model.
"""

import pytest

from pipeline.conftest import FactsOf, only
from service.schema.events import FactKind, Qualifier


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Officials warned the number of dead could top 350 as crews reached remote villages.", 350),
        ("Annual sales have passed 2 million, the carmaker said on Monday.", 2_000_000),
        ("Insured losses are expected to exceed $8 billion this year, the broker said.", 8_000_000_000),
    ],
)
def test_a_bound_written_as_a_verb(facts_of: FactsOf, body: str, value: float) -> None:
    """ "could top 350", "have passed 2 million", "to exceed $8 billion": more than, not exact."""
    assert only(facts_of(body), value).qualifier == Qualifier.MORE_THAN


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The assembly has passed 14 bills since January.", 14),
        ("The striker could break 3 club records this season.", 3),
        ("The top 20 earners took home a third of the pay.", 20),
    ],
)
def test_a_verb_with_a_counted_object_is_no_bound(facts_of: FactsOf, body: str, value: float) -> None:
    """ "has passed 14 bills" counts bills; "the top 20" is a rank, not "more than"."""
    assert only(facts_of(body), value).qualifier == Qualifier.EXACT


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("Coastguards found a dinghy with 40-odd migrants aboard.", 40, Qualifier.APPROXIMATELY),
        ("The festival drew 200-odd stalls and 30-plus food trucks.", 30, Qualifier.MORE_THAN),
    ],
)
def test_a_hyphenated_bound_inside_the_span(
    facts_of: FactsOf, body: str, value: float, qualifier: Qualifier
) -> None:
    """ "40-odd migrants", "30-plus food trucks": the model keeps the bound in its span."""
    assert only(facts_of(body), value).qualifier == qualifier


def test_one_unit_of_time_before_or_so(facts_of: FactsOf) -> None:
    """ "stayed a month or so" is about one month; "in a month or so" says when, and is no fact."""
    fact = only(facts_of("The family stayed in the shelter a month or so before moving on."), 1)
    assert fact.kind == FactKind.DURATION
    assert fact.qualifier == Qualifier.APPROXIMATELY
    assert not facts_of("Results are expected in a month or so.")


def test_a_span_after_an_amount_of_a_thing(facts_of: FactsOf) -> None:
    """ "shipped 600 kilos of heroin over three years": the years are the span, not "more than"."""
    facts = facts_of("Prosecutors say the ring shipped 600 kilos of heroin over three years.")
    assert only(facts, 3).qualifier == Qualifier.EXACT
    assert only(facts_of("Drivers faced a wait of over two hours at the border."), 2).qualifier == (
        Qualifier.MORE_THAN
    )


def test_up_as_a_particle_after_an_object(facts_of: FactsOf) -> None:
    """ "fill it up to 80%": the level the charge reaches, not "at most"."""
    facts = facts_of("The fast charger can fill it up to 80% in half an hour.")
    assert only(facts, 80).qualifier == Qualifier.EXACT


def test_glued_watts(facts_of: FactsOf) -> None:
    """ "a 65W charger" is a measure in watts; a longitude after a latitude ("30N 45W") is not."""
    fact = only(facts_of("The laptop ships with a 65W charger and a 14-inch screen."), 65)
    assert fact.kind == FactKind.MEASURE
    assert fact.unit == "watt"
    assert not [f for f in facts_of("The storm was near 28N 61W on Friday.") if f.value == 61]


def test_a_year_naming_a_bond(facts_of: FactsOf) -> None:
    """ "a 2031 bond", "a 2030 deadline": years naming which one, not counts."""
    facts = facts_of("The agency sold $3 billion of a 2031 bond and set a 2030 deadline for the rest.")
    assert [f.value for f in facts] == [3_000_000_000]


def test_a_multiple_is_no_change(facts_of: FactsOf) -> None:
    """ "climbed to 900, about three times last year's figure": a ratio, not a rise of three."""
    facts = facts_of("Cholera cases climbed to 900, about three times last year's figure.")
    assert only(facts, 3).change is None


def test_a_share_restating_a_count_takes_its_change(facts_of: FactsOf) -> None:
    """ "cut 2,400 jobs, or about 9% of its staff": the share is the same decrease."""
    facts = facts_of("The lender will cut 2,400 jobs, or about 9% of its staff, by next year.")
    assert only(facts, 2400).change == "decrease"
    assert only(facts, 9).change == "decrease"


def test_a_toll_revised_through_its_object(facts_of: FactsOf) -> None:
    """ "officials lowered the death toll to 96 from an earlier figure of 104": both are KILL."""
    facts = facts_of("Officials lowered the death toll to 96 from an earlier figure of 104 on Tuesday.")
    assert only(facts, 96).count_type == "KILL"
    assert only(facts, 104).count_type == "KILL"


def test_an_earlier_level_after_down_from(facts_of: FactsOf) -> None:
    """ "without power, down from a peak of 300,000": the earlier level has the same type."""
    facts = facts_of("About 80,000 households were without power on Monday, down from a peak of 300,000.")
    assert only(facts, 80_000).count_type == "AFFECT"
    assert only(facts, 300_000).count_type == "AFFECT"
    sales = facts_of("The dealer sold 120 cars in May, down from 150 in April.")
    assert only(sales, 150).count_type is None


def test_a_two_letter_unit_after_a_bound(facts_of: FactsOf) -> None:
    """ "felt more than 400 km away": the model tags "more than 400" alone, the km are still read."""
    fact = only(facts_of("The tremor was felt more than 400 km away, officials said."), 400)
    assert fact.kind == FactKind.MEASURE
    assert fact.unit == "kilometre"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The crowd was in the region of 60,000, police said.", 60_000),
        ("Repairs will cost in the neighbourhood of $3 million.", 3_000_000),
        ("Something like 40% of the harvest was lost to the floods.", 40),
    ],
)
def test_approximating_phrases(facts_of: FactsOf, body: str, value: float) -> None:
    """ "in the region of", "in the neighbourhood of", "something like": approximately."""
    assert only(facts_of(body), value).qualifier == Qualifier.APPROXIMATELY


def test_a_share_range_split_by_the_model(facts_of: FactsOf) -> None:
    """ "roughly 30 to 35% of costs": the model tags "roughly 30" CARDINAL and "35%" PERCENT."""
    fact = only(facts_of("The grant covers roughly 30 to 35% of building costs."), 30)
    assert fact.kind == FactKind.PERCENT
    assert fact.qualifier == Qualifier.RANGE


def test_basis_points_after_a_percent_span(facts_of: FactsOf) -> None:
    """ "rose as much as 14 basis points": the model tags "as much as 14" PERCENT; the unit stays."""
    fact = only(facts_of("The two-year yield rose as much as 14 basis points on Friday."), 14)
    assert fact.kind == FactKind.MEASURE
    assert fact.unit == "basis point"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The court ordered the firm to pay R3.4 million to former workers.", 3_400_000),
        ("The utility needs R15bn to fix its plants.", 15_000_000_000),
        ("Tickets for the final cost R1,250 each.", 1250),
    ],
)
def test_rand_written_with_r(facts_of: FactsOf, body: str, value: float) -> None:
    """South African copy writes rand "R3.4 million", "R15bn", "R1,250"."""
    assert only(facts_of(body), value).currency == "ZAR"


def test_r_and_a_bare_number_is_a_name(facts_of: FactsOf) -> None:
    """ "the R61", "an R8": road and model names, not rand."""
    assert not [f for f in facts_of("Drivers should avoid the R61 near the bridge.") if f.value == 61]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("The treasury sold 4.2 billion zlotys of bonds on Thursday.", "PLN"),
        ("Farmers received 48,000 dong a kilogram for their beans.", "VND"),
        ("The project will cost 30 billion Norwegian crowns.", "NOK"),
        ("Profit rose to 6.3 billion Swedish kronor.", "SEK"),
        ("The central bank lent 200 million forints to the lenders.", "HUF"),
    ],
)
def test_currencies_of_market_copy(facts_of: FactsOf, body: str, code: str) -> None:
    """Zlotys, dong, crowns with the country's adjective, kronor, forints: money in that currency."""
    facts = [f for f in facts_of(body) if f.kind == FactKind.MONEY]
    assert [f.currency for f in facts] == [code]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The dispute over 3 million euros in unpaid fees went to arbitration.", 3_000_000),
        ("Unions voiced fears over 600 job cuts at the plant.", 600),
        ("The judge presided over 12 hearings in the case.", 12),
    ],
)
def test_over_naming_a_topic(facts_of: FactsOf, body: str, value: float) -> None:
    """ "a dispute over 3 million euros", "fears over 600 job cuts": a topic, not "more than"."""
    assert only(facts_of(body), value).qualifier == Qualifier.EXACT


def test_over_after_a_verb_of_lasting_stays_a_bound(facts_of: FactsOf) -> None:
    """ "has dragged on for over 3 years": still more than."""
    facts = facts_of("The dispute has dragged on for over 3 years.")
    assert only(facts, 3).qualifier == Qualifier.MORE_THAN


def test_a_toll_moving_from_one_level_to_another(facts_of: FactsOf) -> None:
    """ "rose from 40 to 52 overnight": the model tags the pair a time; both are the toll (KILL)."""
    facts = facts_of("The death toll rose from 36 to 58 overnight, officials said.")
    assert only(facts, 36).count_type == "KILL"
    assert only(facts, 58).count_type == "KILL"
    assert not facts_of("The meeting was moved from 10 to 11 am.")


def test_an_earlier_level_after_to(facts_of: FactsOf) -> None:
    """ "raised the number of deaths to 131 from 97": the earlier level is the same toll."""
    facts = facts_of("Officials raised the number of confirmed deaths to 131 from 97 on Sunday.")
    assert only(facts, 97).count_type == "KILL"
    assert only(facts_of("The toll includes victims from 14 districts."), 14).count_type is None


def test_a_toll_named_before_the_parse_window(facts_of: FactsOf) -> None:
    """A long subject ("The death toll from ... of the capital") ends outside the parsed window."""
    body = (
        "The death toll from Saturday's collapse of a textile factory on the outskirts of the "
        "capital rose to 388 on Wednesday, up from 301 on Monday."
    )
    facts = facts_of(body)
    assert only(facts, 388).count_type == "KILL"
    assert only(facts, 301).count_type == "KILL"
    road = facts_of(
        "The toll road between the two northern cities and the port reopened to 40,000 vehicles a day."
    )
    assert only(road, 40_000).count_type is None


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("A boy aged six was pulled from the river.", [6]),
        ("Two brothers, aged eight and eleven, were treated in hospital.", [8, 11]),
        ("A woman aged sixty-three was arrested at the scene.", [63]),
    ],
)
def test_ages_spelt_out_after_aged(facts_of: FactsOf, body: str, values: list[float]) -> None:
    """British copy spells small ages out: "a boy aged six", "aged eight and eleven"."""
    ages = [f for f in facts_of(body) if f.kind == FactKind.AGE]
    assert [f.value for f in ages] == values


def test_a_spelt_age_range_and_bound(facts_of: FactsOf) -> None:
    """ "aged nine to fifteen" is one range; "aged four and under" an age at most four."""
    ranged = only(facts_of("The survey covered 300 pupils aged nine to fifteen."), 9)
    assert (ranged.qualifier, ranged.high) == (Qualifier.RANGE, 15)
    bound = only(facts_of("Children aged four and under travel free on the ferry."), 4)
    assert (bound.kind, bound.qualifier) == (FactKind.AGE, Qualifier.AT_MOST)


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("Shops with 280 staff or fewer may open on Sundays.", 280, Qualifier.AT_MOST),
        ("The scheme is open to 800 applicants at most.", 800, Qualifier.AT_MOST),
        ("The repairs will take 12 years at least, engineers said.", 12, Qualifier.AT_LEAST),
        ("Shares may fall 4% at the most, analysts said.", 4, Qualifier.AT_MOST),
    ],
)
def test_a_bound_after_the_counted_noun_or_unit(
    facts_of: FactsOf, body: str, value: float, qualifier: Qualifier
) -> None:
    """ "280 staff or fewer", "800 applicants at most", "12 years at least", "4% at the most"."""
    assert only(facts_of(body), value).qualifier == qualifier


def test_no_bound_after_a_comma(facts_of: FactsOf) -> None:
    """ "paid $5, at least for now": the bound qualifies the clause, not the sum."""
    assert only(facts_of("He paid $5, at least for now."), 5).qualifier == Qualifier.EXACT


def test_a_bound_before_an_article_the_model_left_out(facts_of: FactsOf) -> None:
    """ "About a quarter of a million jobs": the model's span starts at "a quarter"."""
    fact = only(facts_of("About a quarter of a million jobs are at risk, the union said."), 250_000)
    assert fact.qualifier == Qualifier.APPROXIMATELY


def test_network_generations_and_screen_resolutions(facts_of: FactsOf) -> None:
    """ "the 5G network", "an 8K television" name standards; "5g of sugar" stays grams."""
    assert [f.value for f in facts_of("The 5G network now reaches 92% of homes.")] == [92]
    assert not facts_of("Shoppers can now buy an 8K television.")
    assert only(facts_of("Each bar has 5g of sugar."), 5).unit == "gram"


def test_an_object_that_is_no_toll_gives_no_type(facts_of: FactsOf) -> None:
    """ "opened Dead Sea Spa at 12 ...": a name's "Dead" gives an address number no KILL."""
    facts = facts_of("The couple opened Dead Sea Spa at 12 Mill Street last spring.")
    assert all(f.count_type is None for f in facts)


def test_a_range_with_a_qualifier_after_between(facts_of: FactsOf) -> None:
    """ "between about 4,000 and 5,000 people": one range (it was no fact at all)."""
    fact = only(facts_of("Police said between about 4,000 and 5,000 people marched."), 4000)
    assert (fact.qualifier, fact.high) == (Qualifier.RANGE, 5000)


def test_a_range_of_scaled_sums_in_one_token(facts_of: FactsOf) -> None:
    """ "$7bn-$9bn", "€30m-40m": the tokenizer keeps them one token; one range (it was no fact)."""
    fact = only(facts_of("The rebuild will need $7bn-$9bn over a decade."), 7_000_000_000)
    assert (fact.qualifier, fact.high) == (Qualifier.RANGE, 9_000_000_000)
    fee = only(facts_of("The club values the winger at €30m-40m."), 30_000_000)
    assert fee.high == 40_000_000


def test_a_fraction_restating_a_count_takes_its_change(facts_of: FactsOf) -> None:
    """ "shed 3,200 jobs, or nearly a fifth of its staff": the fraction is the same decrease."""
    facts = facts_of("The carrier shed 3,200 jobs, or nearly a fifth of its staff, last year.")
    assert only(facts, 0.2).change == "decrease"


def test_a_rate_band_in_one_token(facts_of: FactsOf) -> None:
    """ "a 4.75%-5.00% range": one range of shares (it was no fact)."""
    fact = only(facts_of("The Fed kept its target in a 4.75%-5.00% range."), 4.75)
    assert (fact.kind, fact.qualifier, fact.high) == (FactKind.PERCENT, Qualifier.RANGE, 5.0)


def test_a_vulgar_fraction_before_a_time_unit(facts_of: FactsOf) -> None:
    """ "jailed for 6½ years": one duration of 6.5 years (it was no fact)."""
    fact = only(facts_of("The former mayor was jailed for 6½ years on Friday."), 6.5)
    assert fact.kind == FactKind.DURATION


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("Output averaged 1.4m b/d in April.", 1_400_000, "barrel per day"),
        ("Exports slipped to 2.2m bpd last month.", 2_200_000, "barrel per day"),
        ("Bund yields rose 4 bp on Tuesday.", 4, "basis point"),
    ],
)
def test_oil_and_bond_units(facts_of: FactsOf, body: str, value: float, unit: str) -> None:
    """ "1.4m b/d" is millions of barrels a day (it was 1.4 metres); "4 bp" basis points."""
    assert only(facts_of(body), value).unit == unit
    assert not [f for f in facts_of("The pool is 25m long.") if f.unit != "metre"]


def test_scores_more_is_a_vague_count(facts_of: FactsOf) -> None:
    """ "scores more were hurt" is at least 40; "the final scores more or less" is no number."""
    fact = only(facts_of("Three died and scores more were hurt when the stand collapsed."), 40)
    assert fact.qualifier == Qualifier.AT_LEAST
    assert not facts_of("The final scores more or less settled the title.")


def test_a_by_verb_turned_by_its_particle(facts_of: FactsOf) -> None:
    """ "the toll was revised up by 9 to 130": a rise of nine; "shut down by 30 protesters" is an agent."""
    assert only(facts_of("The toll was revised up by 9 to 130 on Friday."), 9).change == "increase"
    assert only(facts_of("The count was revised down by 25 to 1,210."), 25).change == "decrease"
    assert only(facts_of("The bridge was shut down by 30 protesters."), 30).change is None


def test_a_margin_written_with_plus_minus(facts_of: FactsOf) -> None:
    """ "a margin of error of ±2.4 percentage points": the margin's size (the model calls it a person)."""
    fact = only(facts_of("The poll of 1,100 adults has a margin of error of ±2.4 percentage points."), 2.4)
    assert (fact.kind, fact.qualifier) == (FactKind.PERCENT, Qualifier.EXACT)


def test_a_model_with_its_edition_word_in_capitals(facts_of: FactsOf) -> None:
    """ "the A321neo and 737 MAX 10": a type number, not 737 of anything."""
    assert not facts_of("Airlines prefer the A321neo and 737 MAX 10 for short routes.")
