"""Organisations named after a place or cut at an inner word (set 12's leftovers), on invented sentences."""

from pipeline.conftest import EventOf, mention_types


def test_a_place_before_a_police_fire_or_school_body_is_that_body(event_of: EventOf) -> None:
    event = event_of(
        "Harwich Police said thefts from sheds rose last winter. Crews from Suffolk Fire and Rescue "
        "Service were called at 2am.\n\nNeighboring Tulsa Public Schools adopted a similar ban, and "
        "Marlow County Schools will vote in May."
    )
    types = mention_types(event)
    assert types["Harwich Police"] == "ORG"
    assert types["Suffolk Fire and Rescue Service"] == "ORG"
    assert types["Tulsa Public Schools"] == "ORG"
    assert "Neighboring Tulsa Public Schools" not in types
    assert "Suffolk Fire" not in types


def test_long_names_of_a_fixed_frame_around_an_inner_word_are_whole(event_of: EventOf) -> None:
    event = event_of(
        "Catholic Charities of Southern Arizona and the United Way of Greater Tulsa asked the county "
        "for money. The Presbyterian Church in America gave $5,000, while the Catholic Church in "
        "America stayed out. Islamic State Sahel Province claimed the raid. Roads in Queen Anne's "
        "County were shut, and a spokeswoman for Harlow and Epping Forest NHS Trust said beds were full. "
        "Doctors at Guy's and St Thomas' NHS Foundation Trust agreed."
    )
    types = mention_types(event)
    assert types["Catholic Charities of Southern Arizona"] == "ORG"
    assert types["United Way of Greater Tulsa"] == "ORG"
    assert types["Presbyterian Church in America"] == "ORG"
    assert "Catholic Church in America" not in types  # a phrase, not a body's name
    assert types["Islamic State Sahel Province"] == "ORG"
    assert types["Queen Anne's County"] == "GPE"
    assert types["Harlow and Epping Forest NHS Trust"] == "ORG"
    assert types["Guy's and St Thomas' NHS Foundation Trust"] == "ORG"


def test_a_law_firm_named_with_and_after_a_lawyers_word(event_of: EventOf) -> None:
    event = event_of(
        "A lawyer for the developer, Nicole Ward of Baker, Hostetler and Pike, said it would appeal. "
        "The neighbours hired no one."
    )
    types = mention_types(event)
    assert types["Baker, Hostetler and Pike"] == "ORG"
    assert "Hostetler" not in types


def test_a_place_before_a_council_or_sheriffs_office_is_that_body(event_of: EventOf) -> None:
    event = event_of(
        "By Jane Penrose, Local Democracy Reporting Service\n\n"
        "Harwich County Council will close two waste sites and put its offices up for sale. "
        "The Greene County Sheriff's Office said two men were held, and Ashby Town Council Leader "
        "Ann Lee called for calm."
    )
    types = mention_types(event)
    assert types["Harwich County Council"] == "ORG"
    assert types["Greene County Sheriff's Office"] == "ORG"
    assert types["Ann Lee"] == "PERSON"


def test_a_church_named_after_a_saint_with_an_epithet_is_whole(event_of: EventOf) -> None:
    event = event_of(
        "Volunteers at St. Albert the Great Catholic Church packed 300 boxes on Saturday, and pupils "
        "from Saint Paul the Apostle School helped."
    )
    types = mention_types(event)
    assert types["St. Albert the Great Catholic Church"] == "ORG"
    assert types["Saint Paul the Apostle School"] == "ORG"


def test_a_numbered_court_keeps_its_ordinal(event_of: EventOf) -> None:
    event = event_of(
        "The builder said it would appeal to the 10th District Court of Appeals, and a second case "
        "went to the 2nd District Court in May."
    )
    types = mention_types(event)
    assert types["10th District Court of Appeals"] == "ORG"
    assert types["2nd District Court"] == "ORG"


def test_a_force_named_after_a_royal_or_saints_county_is_whole(event_of: EventOf) -> None:
    event = event_of(
        "Prince George's County Police said two men were held, and officers from St. Mary's County "
        "Sheriff's Office helped."
    )
    types = mention_types(event)
    assert types["Prince George's County Police"] == "ORG"
    assert types["St. Mary's County Sheriff's Office"] == "ORG"


def test_a_partnership_suffix_makes_an_and_run_one_firm(event_of: EventOf) -> None:
    event = event_of(
        "Jane Ross, a partner at Hale and Dorr LLP, said the deal was sound. The bank also hired "
        "Ames, Brill and Cole LLP, while lawyers for Apple and Google LLC declined to comment."
    )
    types = mention_types(event)
    assert types["Hale and Dorr LLP"] == "ORG"
    assert types["Ames, Brill and Cole LLP"] == "ORG"  # a town's name is a surname here
    assert "Apple and Google LLC" not in types  # "LLC" may end a list of two firms
