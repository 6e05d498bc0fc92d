"""Grouping by kind (session 8): short forms, acronyms and forms of one group, on invented sentences."""

from pipeline.conftest import EventOf, entity_by_mention


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
