"""Unseen-set-5 kinds through the real model, on invented stories: platforms, missions, codes."""

from pipeline.conftest import EventOf, entity_by_mention, mention_types


def test_the_one_letter_platform_after_on_and_its_other_mentions(event_of: EventOf) -> None:
    event = event_of(
        "The regulator fined X 2 million pounds on Monday. The mayor of Dunmore wrote on X. His "
        "office said X had removed the posts, and a video of the speech spread on Facebook."
    )
    forms = entity_by_mention(event)
    assert forms["X"].type == "ORG"
    assert sum(m.text == "X" for m in forms["X"].mentions) == 3
    assert forms["Facebook"].type == "ORG"
    assert "X. His" not in forms


def test_peacekeeping_missions_and_armed_groups_named_by_acronym(event_of: EventOf) -> None:
    event = event_of(
        "Rebels of the M23 shelled a camp on Tuesday, and MONUSCO said two of its peacekeepers were "
        "hurt. The regional bloc IGAD called for talks."
    )
    types = mention_types(event)
    assert types["M23"] == "ORG"
    assert types["MONUSCO"] == "ORG"
    assert types["IGAD"] == "ORG"


def test_a_firm_s_suffix_its_instrument_code_and_an_of_acronym(event_of: EventOf) -> None:
    event = event_of(
        "Marlowe Freight LLC (MRLW.O) said on Friday it would cut 300 jobs. The Bank of England "
        "kept rates on hold, and economists expect the BoE to cut in May."
    )
    forms = entity_by_mention(event)
    assert forms["Marlowe Freight LLC"].type == "ORG"
    assert "MRLW.O" not in forms
    assert forms["BoE"].id == forms["Bank of England"].id
