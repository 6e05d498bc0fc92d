"""Region resolution: ambiguous names, demonyms, containment and focus, on text the model reads."""

import pytest
from conftest import ExampleArticle

from pipeline.conftest import RegionsOf
from service.enrich.regions.gazetteer import ContextWords
from service.enrich.regions.toponyms import variants
from service.schema.events import Regions


def countries(regions: Regions) -> set[str]:
    return {r.code for r in regions.countries}


def subdivisions(regions: Regions) -> set[str]:
    return {r.code for r in regions.subdivisions}


def test_example_article_regions_and_focus(regions_of: RegionsOf, example_article: ExampleArticle) -> None:
    gold = example_article.gold["regions"]
    regions = regions_of(example_article.article.body, example_article.article.title)
    assert countries(regions) == set(gold["countries"])
    assert subdivisions(regions) == set(gold["subdivisions"])
    assert (regions.focus.country, regions.focus.subdivision) == (
        gold["focus"]["country"],
        gold["focus"]["subdivision"],
    )


@pytest.mark.parametrize(
    ("body", "subdivision"),
    [
        ("Storms hit Georgia overnight. Crews in Atlanta and Savannah restored power by noon.", "US-GA"),
        ("Protesters filled the streets of Tbilisi as Georgia's parliament debated the bill.", "GE-TB"),
    ],
)
def test_georgia_follows_its_neighbours(regions_of: RegionsOf, body: str, subdivision: str) -> None:
    regions = regions_of(body)
    assert subdivision in subdivisions(regions)
    assert regions.focus.country == subdivision[:2]
    assert ("GE" in countries(regions)) is (subdivision[:2] == "GE")


def test_paris_alone_is_france(regions_of: RegionsOf) -> None:
    regions = regions_of("Leaders arrived in Paris on Monday for a two-day summit on climate finance.")
    assert countries(regions) == {"FR"}
    assert regions.focus.subdivision == "FR-IDF"


def test_paris_texas_by_its_qualifier(regions_of: RegionsOf) -> None:
    regions = regions_of("Organisers in Paris, Texas, expect 40,000 visitors at the county fair this year.")
    assert countries(regions) == {"US"}
    assert "US-TX" in subdivisions(regions)


@pytest.mark.parametrize(
    ("body", "subdivision"),
    [
        ("A tornado touched down west of Springfield, Mo., on Wednesday, damaging dozens of homes.", "US-MO"),
        ("Illinois lawmakers meeting in Springfield approved the state budget late on Friday.", "US-IL"),
        (
            "The casino in Springfield, Massachusetts, reported its best month, officials in Boston said.",
            "US-MA",
        ),
    ],
)
def test_springfield_by_state(regions_of: RegionsOf, body: str, subdivision: str) -> None:
    regions = regions_of(body)
    assert regions.focus.subdivision == subdivision


def test_jalalabad_next_to_afghanistan_is_nangarhar(regions_of: RegionsOf) -> None:
    regions = regions_of(
        "Gunmen attacked a prison in Jalalabad, in eastern Afghanistan, officials in Kabul said."
    )
    assert "KG" not in countries(regions)
    assert subdivisions(regions) == {"AF-NAN", "AF-KAB"}


def test_jalal_abad_in_kyrgyzstan(regions_of: RegionsOf) -> None:
    regions = regions_of("A fire destroyed the bazaar in Jalal-Abad, in southern Kyrgyzstan, on Saturday.")
    assert countries(regions) == {"KG"}
    assert "KG-J" in subdivisions(regions)


@pytest.mark.parametrize(
    ("body", "subdivision"),
    [
        (
            "Temperatures in Hyderabad reached 47C as a heatwave gripped Sindh, officials in Karachi said.",
            "PK-SD",
        ),
        (
            "A new technology park in Hyderabad will employ 50,000 people, the Telangana government said.",
            "IN-TS",
        ),
    ],
)
def test_hyderabad_india_or_pakistan(regions_of: RegionsOf, body: str, subdivision: str) -> None:
    assert regions_of(body).focus.subdivision == subdivision


@pytest.mark.parametrize(
    ("body", "subdivision"),
    [
        (
            "Smog closed schools in Lahore and Faisalabad; officials across Punjab urged people to stay in.",
            "PK-PB",
        ),
        (
            "Farmers in Punjab blocked highways near Amritsar and Ludhiana, demanding higher wheat prices.",
            "IN-PB",
        ),
    ],
)
def test_punjab_india_or_pakistan(regions_of: RegionsOf, body: str, subdivision: str) -> None:
    regions = regions_of(body)
    assert subdivision in subdivisions(regions)
    assert {"PK-PB", "IN-PB"} - {subdivision} & subdivisions(regions) == set()


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Rebels advanced on Goma in eastern Congo as the government in Kinshasa appealed for help.", "CD"),
        ("Voters in Congo-Brazzaville went to the polls, with long queues in Brazzaville.", "CG"),
    ],
)
def test_congo_by_its_capital(regions_of: RegionsOf, body: str, country: str) -> None:
    assert regions_of(body).focus.country == country


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Guinea's junta set a date for a referendum, opposition leaders in Conakry said.", "GN"),
        ("A landslide buried a village in Papua New Guinea, officials in Port Moresby said.", "PG"),
        ("Equatorial Guinea signed a gas deal in Malabo on Thursday.", "GQ"),
    ],
)
def test_guinea_and_its_longer_namesakes(regions_of: RegionsOf, body: str, country: str) -> None:
    regions = regions_of(body)
    assert regions.focus.country == country
    assert "GN" not in countries(regions) or country == "GN"


def test_macedonia_the_country(regions_of: RegionsOf) -> None:
    regions = regions_of("Voters in North Macedonia elected a president; crowds celebrated in Skopje.")
    assert countries(regions) == {"MK"}


def test_macedonia_the_greek_region(regions_of: RegionsOf) -> None:
    regions = regions_of(
        "Wildfires spread across Macedonia in northern Greece, forcing evacuations near Thessaloniki."
    )
    assert regions.focus.country == "GR"
    assert "GR-B" in subdivisions(regions)
    assert "MK" not in countries(regions)


def test_demonyms_count_and_stateless_groups_do_not(regions_of: RegionsOf) -> None:
    regions = regions_of(
        "Kurdish fighters and Syrian troops clashed, while Afghan refugees waited at the border."
    )
    assert countries(regions) == {"SY", "AF"}


def test_containment_a_city_counts_for_its_subdivision_and_country(regions_of: RegionsOf) -> None:
    regions = regions_of(
        "Floods hit Lahore. Lahore's mayor said rescue teams from Islamabad were on their way."
    )
    country = {r.code: r for r in regions.countries}["PK"]
    punjab = {r.code: r for r in regions.subdivisions}["PK-PB"]
    assert punjab.count == 2
    assert country.count == 3
    assert set(punjab.entities) <= set(country.entities)
    assert regions.focus.city == "Lahore"
    lahore = next(p for p in regions.places if p.name == "Lahore")
    assert lahore.geonameid is not None
    assert lahore.lat is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nangarhar province", "Nangarhar"),
        ("the Nangarhar Province's", "Nangarhar"),
        ("Fla.", "Fla."),
        ("the city of Jalalabad", "Jalalabad"),
        ("the Aldport area", "Aldport"),  # around the place, so in its region
        ("Aldport County", "Aldport"),  # every shared administrative noun, not only some
        ("the village of Aldport", "Aldport"),
        ("the borough of Aldport", "Aldport"),
    ],
)
def test_variants_strip_articles_and_admin_words(text: str, expected: str) -> None:
    assert expected in variants(text, ContextWords.load())


def test_a_township_is_not_looked_up_as_the_town_it_is_named_after() -> None:
    """A township is a unit of its own: "Aldport Township" is no mention of a town Aldport."""
    assert "Aldport" not in variants("Aldport Township", ContextWords.load())


def test_a_street_named_after_a_region_is_not_the_region(regions_of: RegionsOf) -> None:
    regions = regions_of(
        "A truck overturned on Manitoba Avenue in Greenville, South Carolina, on Tuesday morning."
    )
    assert "CA" not in countries(regions)
    assert "US" in countries(regions)


def test_a_passing_demonym_does_not_list_its_country(regions_of: RegionsOf) -> None:
    regions = regions_of(
        "The bakery on Main Street in Columbus, Ohio, hired a Portuguese chef last spring and "
        "now sells bread to three schools."
    )
    assert "PT" not in countries(regions)
    assert "US" in countries(regions)


def test_a_demonym_of_troops_or_a_repeated_one_lists_its_country(regions_of: RegionsOf) -> None:
    troops = regions_of("Convoys left Mosul on Friday, escorted by Turkish troops and local police.")
    assert {"IQ", "TR"} <= countries(troops)
    repeated = regions_of(
        "Volunteers in Denver, Colorado, met Ukrainian families at the airport. The Ukrainian "
        "children will start school next week."
    )
    assert {"US", "UA"} <= countries(repeated)


def test_a_state_abbreviation_after_an_unknown_town_is_the_state(regions_of: RegionsOf) -> None:
    regions = regions_of("Volunteers from Pine Hollow, Pa., helped clear the fallen trees on Sunday.")
    assert "US-PA" in {r.code for r in regions.subdivisions}
    assert regions.focus.country == "US"


def test_a_surname_of_someone_named_in_full_is_no_country(regions_of: RegionsOf) -> None:
    regions = regions_of(
        "Coach Marcus Jordan praised the defence after the win in Toledo, Ohio. Jordan said the "
        "players had trained hard all winter."
    )
    assert "JO" not in countries(regions)
    assert "US" in countries(regions)


@pytest.mark.parametrize(
    ("body", "subdivision"),
    [
        # a capitalised word glued to the next token is looked up with it, never skipped
        ("Wildfires spread across Nevada's high desert, officials in Carson City said.", "US-NV"),
        # a multi-word name whose first word the scan must not skip
        ("Heavy rain flooded roads in New Mexico on Tuesday, state officials said.", "US-NM"),
    ],
)
def test_scan_finds_names_after_its_first_word_filter(
    regions_of: RegionsOf, body: str, subdivision: str
) -> None:
    assert subdivision in subdivisions(regions_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "The White House declined to comment on the report.",
        "President Lena Ortiz met the visiting chancellor at the White House on Friday.",
    ],
)
def test_a_curated_organisation_named_like_a_town_is_no_place(regions_of: RegionsOf, body: str) -> None:
    """A town in Tennessee and Casablanca's name translated are also "White House".

    The alias table makes it the US presidency, and the region steps take its word.
    """
    regions = regions_of(body)
    assert not {"MA", "US-TN"} & (countries(regions) | subdivisions(regions))
