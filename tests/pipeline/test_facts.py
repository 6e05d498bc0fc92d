"""Numeric facts from news copy: values, qualifiers, what is counted, and what is not a fact.

These run the real spaCy model (the session ``resources`` fixture). Sentences are written for the tests in
the style of news copy; the example article is read from ``../shared`` when it is present.
"""

import pytest
from conftest import ExampleArticle

from pipeline.conftest import FactsOf
from service.schema.events import Fact, FactKind, Qualifier


def only(facts_of: FactsOf, body: str) -> Fact:
    facts = facts_of(body)
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("Exactly 52 people were on the flight.", 52, Qualifier.EXACT),
        ("Nearly 40 people were killed in the attack.", 40, Qualifier.APPROXIMATELY),
        ("Some 300 families were evacuated from the valley.", 300, Qualifier.APPROXIMATELY),
        ("Roughly 70 workers joined the strike on Monday.", 70, Qualifier.APPROXIMATELY),
        ("More than 1,025 inmates were recaptured by Friday.", 1025, Qualifier.MORE_THAN),
        ("At least 12 people died when the bridge collapsed.", 12, Qualifier.AT_LEAST),
        ("Fewer than 20 people attended the hearing.", 20, Qualifier.LESS_THAN),
        ("As many as 400 prisoners may have escaped.", 400, Qualifier.AT_MOST),
        ("Up to 90 soldiers were wounded in the fighting.", 90, Qualifier.AT_MOST),
        ("Hundreds escaped amid the chaos.", 200, Qualifier.AT_LEAST),
        ("Officials said 30 or more houses were destroyed.", 30, Qualifier.AT_LEAST),
    ],
)
def test_value_and_qualifier(facts_of: FactsOf, body: str, value: float, qualifier: Qualifier) -> None:
    fact = only(facts_of, body)
    assert fact.value == value
    assert fact.qualifier is qualifier


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("Between 200 and 300 workers will lose their jobs.", 200, 300),
        ("The storm could bring 10-15 centimetres of rain.", 10, 15),
        ("Witnesses said three or four gunmen opened fire.", 3, 4),
        ("Inflation is expected at 4 to 6 per cent.", 4, 6),
        ("The shares are expected to price at $11/$13.", 11, 13),
    ],
)
def test_ranges_have_bounds(facts_of: FactsOf, body: str, low: float, high: float) -> None:
    fact = only(facts_of, body)
    assert fact.qualifier is Qualifier.RANGE
    assert (fact.low, fact.high, fact.value) == (low, high, low)


@pytest.mark.parametrize(
    ("body", "count_type", "unit"),
    [
        ("Nearly 40 people were killed in the blast.", "KILL", "people"),
        ("Gunmen wounded 17 villagers in the raid.", "WOUND", "villagers"),
        ("Police arrested 68 protesters outside parliament.", "ARREST", "protesters"),
        ("Armed men abducted 21 students from the school.", "KIDNAP", "students"),
        ("Some 150 inmates escaped from the prison.", "ESCAPE", "inmates"),
        ("The fighting has displaced 40,000 families.", "DISPLACE", "families"),
        ("Officials evacuated 3,000 residents ahead of the storm.", "EVACUATE", "residents"),
        ("The floods have affected 12,000 households.", "AFFECT", "households"),
        ("About 5,000 people protested in the capital.", "PROTEST", "people"),
        ("Twelve fishermen are still missing.", "MISSING", "fishermen"),
        ("The carmaker will open a plant employing 1,100 people.", None, "people"),
    ],
)
def test_count_type_and_unit_from_the_parse(
    facts_of: FactsOf, body: str, count_type: str | None, unit: str
) -> None:
    fact = only(facts_of, body)
    assert fact.count_type == count_type
    assert fact.unit == unit
    assert fact.what is not None
    assert unit in fact.what


def test_what_includes_the_predicate(facts_of: FactsOf) -> None:
    fact = only(facts_of, "Nearly 40 people were killed in the attack.")
    assert fact.what == "people killed"


def test_subset_inherits_the_predicate(facts_of: FactsOf) -> None:
    facts = facts_of("Forty-two people died in the crash, among them 11 children.")
    assert [(f.value, f.count_type) for f in facts] == [(42, "KILL"), (11, "KILL")]


@pytest.mark.parametrize(
    ("body", "change"),
    [
        ("Inflation rose 0.4% in March.", "increase"),
        ("The index fell by 300 points on Monday.", "decrease"),
        ("The carmaker said it would cut 2,000 jobs.", "decrease"),
        ("Unemployment fell to 4.1 per cent in the final quarter.", None),
        ("The charity raised $5 million for the victims.", None),
    ],
)
def test_change_only_for_the_size_of_a_change(facts_of: FactsOf, body: str, change: str | None) -> None:
    assert only(facts_of, body).change == change


@pytest.mark.parametrize(
    ("body", "value", "currency"),
    [
        ("The company agreed to pay $1.2 billion to settle the case.", 1.2e9, "USD"),
        ("The EU pledged €3bn in aid.", 3e9, "EUR"),
        ("The painting is worth an estimated £25m, insurers said.", 25e6, "GBP"),
    ],
)
def test_money_has_a_currency(facts_of: FactsOf, body: str, value: float, currency: str) -> None:
    fact = only(facts_of, body)
    assert fact.kind is FactKind.MONEY
    assert fact.value == pytest.approx(value)
    assert fact.currency == currency


def test_currency_symbol_outside_the_entity(facts_of: FactsOf) -> None:
    facts = facts_of("Couples can claim up to $1,250 and single people $1,000.")
    assert [(f.value, f.currency, f.qualifier) for f in facts] == [
        (1250, "USD", Qualifier.AT_MOST),
        (1000, "USD", Qualifier.EXACT),
    ]


def test_percent_and_measure_kinds(facts_of: FactsOf) -> None:
    percent = only(facts_of, "Turnout was about 62 percent, the commission said.")
    assert (percent.kind, percent.value, percent.unit) == (FactKind.PERCENT, 62, "percent")
    measure = only(facts_of, "The convoy travelled almost 300 km through the mountains.")
    assert (measure.kind, measure.unit, measure.qualifier) == (
        FactKind.MEASURE,
        "kilometre",
        Qualifier.APPROXIMATELY,
    )
    assert (measure.dimension, measure.canonical_value, measure.canonical_unit) == (
        "length",
        300_000,
        "metre",
    )


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Twenty-one miners were trapped underground.", 21),
        ("A dozen journalists were arrested while covering the vote.", 12),
        ("Divers rescued two dozen passengers from the ferry.", 24),
        ("Tens of thousands of people rallied on Sunday.", 20_000),
        ("Roughly 1.2 million people have fled their homes.", 1_200_000),
        ("The floods affected half a million people.", 500_000),
        ("A quarter of a million people were left without power.", 250_000),
    ],
)
def test_written_numbers(facts_of: FactsOf, body: str, value: float) -> None:
    assert only(facts_of, body).value == pytest.approx(value)


def test_offsets_point_into_the_original_field(facts_of: FactsOf) -> None:
    body = "Officials said <b>nearly\u00a040</b> people were killed."
    fact = only(facts_of, body)
    assert body[fact.start : fact.end] == fact.text
    assert fact.text.startswith("nearly")


def test_headline_and_body_are_two_facts(facts_of: FactsOf) -> None:
    facts = facts_of("Police said 300 prisoners escaped overnight.", title="300 Prisoners Escape")
    assert [(f.field, f.value) for f in facts] == [("title", 300), ("body", 300)]
    assert all((f.field == "title") == (f.start == 0) for f in facts)


def test_title_case_headline_verb_is_not_a_name(facts_of: FactsOf) -> None:
    facts = facts_of("Rescuers reached the ravine on Tuesday.", title="Bus Crash Kills 23 On Mountain Road")
    assert [(f.field, f.value, f.count_type) for f in facts] == [("title", 23, "KILL")]


def test_a_number_repeated_in_its_phrase_is_one_fact(facts_of: FactsOf) -> None:
    assert [f.value for f in facts_of("Police arrested three (3) men near the border.")] == [3]


def test_an_agency_named_with_a_street_word_is_no_address(facts_of: FactsOf) -> None:
    """ "Highway" after a name is an agency's more often than a street's (not an address word)."""
    fact = only(facts_of, "Eight State Highway Patrol troopers closed the road on Sunday.")
    assert fact.value == 8


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The ceasefire was signed on 14 March 2021.", id="date"),
        pytest.param("Since 1998 the village has flooded almost every spring.", id="year"),
        pytest.param("The blast happened at 10:45 a.m. near the station.", id="time"),
        pytest.param("It was the third attack on the convoy this month.", id="ordinal"),
        pytest.param("Anyone with information should call 0800 555 0199.", id="phone"),
        pytest.param("The details are set out on page 12 of the report.", id="page"),
        pytest.param("The rules are set out under Section 4 of the act.", id="section"),
        pytest.param("The Apollo 11 crew landed on the Moon.", id="name-apollo"),
        pytest.param("The G7 leaders met in the mountains.", id="name-g7"),
        pytest.param("The airline grounded its Boeing 737 fleet.", id="name-boeing"),
        pytest.param("Hospitals are filling with COVID-19 patients.", id="name-covid"),
        pytest.param("There has been nothing on this scale involving hundreds of people.", id="denied"),
        pytest.param("The man, of the 1400 block of Maple Road, was charged.", id="address-block"),
        pytest.param("Police were called to 221 Baker Street on Sunday.", id="address-street"),
        pytest.param("Crews found the leak outside 410 Maple Parkway on Sunday.", id="address-parkway"),
        pytest.param("The shop at 17 Orchard Pike reopened after the storm.", id="address-pike"),
        pytest.param("The fair is at the grange hall, 48 Route 9 North, on Saturday.", id="address-route"),
        pytest.param("Police are examining a one-vehicle collision.", id="compound-adjective"),
        pytest.param("Applicants must be 65 or older to qualify.", id="age-or-older"),
        pytest.param("Demand for the Galaxy S24 Ultra was weak in Europe.", id="phone-model"),
        pytest.param("The winger Okafor (7) crossed for the opener.", id="shirt-number"),
        pytest.param("Voting closes on 3 October in most districts.", id="date-day-month-2"),
        pytest.param("Talks resume at 9pm local time.", id="clock-time"),
        pytest.param("Part numbers such as 24703L202 were recalled.", id="part-code"),
        pytest.param("Send your letters to Springfield, IL 62701 by Friday.", id="zip-code"),
        pytest.param("In the first half of the year sales slowed.", id="first-half"),
        pytest.param("Crews closed Wyo. 789 near the canyon.", id="name-highway"),
        pytest.param("The fair was held on the weekend of 23 November.", id="date-day-month"),
        pytest.param("The council voted 21-11 in favour.", id="tally"),
        pytest.param("It was special because it was one of his own designs.", id="pronoun-one"),
    ],
)
def test_not_a_fact(facts_of: FactsOf, body: str) -> None:
    assert facts_of(body) == []


def test_example_article_gold_numbers(facts_of: FactsOf, example_article: ExampleArticle) -> None:
    """Every gold number of the example comes out with its value and qualifier; nothing else does."""
    gold = example_article.gold["numbers"]
    title, body = example_article.article.title, example_article.article.body
    facts = [f for f in facts_of(body, title=title) if f.field == "body"]
    plain = body.replace("\u00a0", " ")
    for number in gold:
        at = plain.find(number["text"])
        assert at >= 0
        assert any(
            f.value == number["value"]
            and f.qualifier == number["qualifier"]
            and f.start < at + len(number["text"])
            and f.end > at
            for f in facts
        ), number
    assert len(facts) == len(gold)
