"""``show`` on the model's own output: each highlighted mention reads exactly the event's mention text."""

from html_dom import mention_texts, parse

from pipeline.conftest import EventOf
from service.render.page import render_page
from service.render.show import collect_views


def test_model_output_renders_each_mention_with_exactly_its_text(event_of: EventOf) -> None:
    event = event_of(
        "Workers at the Port of Rotterdam in the Netherlands stopped work on Tuesday, and unions in "
        "Antwerp, Belgium, joined them. Maersk said 40 ships were waiting off Rotterdam.",
        title="Dock strike spreads from Rotterdam to Antwerp",
    )
    views, rejected = collect_views([("ports", event.model_dump(mode="json"))])
    assert not rejected
    root = parse("".join(render_page(views)))
    expected = {(m.field, entity.id, m.start): m.text for entity in event.entities for m in entity.mentions}
    assert expected
    assert mention_texts(root) == expected
