"""The ``show`` page, read back with an HTML parser: exact highlights, inert hostile text, the index.

Events are built by hand (no model): :func:`event` places each mention and fact by searching its
text in the title or body, so offsets are the real ones.
"""

import base64
import hashlib
from collections import defaultdict
from typing import Any

import pytest
from html_dom import Node, parse

from service.render.page import render_page
from service.render.show import collect_views
from service.schema.events import EnrichedEvent, FactKind

ONTONOTES = [
    *("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"),
    *("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"),
]


def render(*events: dict[str, Any]) -> str:
    views, rejected = collect_views((f"event {n}", e) for n, e in enumerate(events))
    assert not rejected
    return "".join(render_page(views))


# --- hand-built events ------------------------------------------------------------------------


def span(fields: dict[str, str], where: str, needle: str, occurrence: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence + 1):
        start = fields[where].index(needle, start + 1)
    return {"text": needle, "field": where, "start": start, "end": start + len(needle)}


def event(
    title: str,
    body: str,
    *,
    entities: list[tuple[str, str, list[tuple[str, str, int]]]] = (),  # type: ignore[assignment]
    facts: list[tuple[str, str, dict[str, Any]]] = (),  # type: ignore[assignment]
    boilerplate: list[tuple[str, str]] = (),  # type: ignore[assignment]
    article_id: str = "a-1",
    **article: Any,
) -> dict[str, Any]:
    """An event. Entities: (name, type, [(field, mention, occurrence)]); facts: (field, text, fields)."""
    fields = {"title": title, "body": body}
    return {
        "schema_version": "1.0",
        "type": "article.enriched",
        "event_id": "0" * 32,
        "article": {
            "id": article_id,
            "title": title,
            "body": body,
            "language": "en",
            "content_sha256": "0" * 64,
        }
        | article,
        "enriched_at": "2026-01-02T03:04:05Z",
        "pipeline": {"version": "0.1.0", "model": "test", "model_version": "0"},
        "entities": [
            {
                "id": f"E{n}",
                "name": name,
                "type": kind,
                "mentions": [span(fields, where, text, occurrence) for where, text, occurrence in mentions],
                "count": len(mentions),
                "salience": round(1 / n, 3),
            }
            for n, (name, kind, mentions) in enumerate(entities, start=1)
        ],
        "facts": [
            span(fields, where, text) | {"kind": "count", "value": 1.0} | extra
            for where, text, extra in facts
        ],
        "boilerplate": [span(fields, where, text) for where, text in boilerplate],
        "regions": {"countries": [], "subdivisions": [], "places": [], "focus": {}},
        "warnings": [],
    }


def highlighted(root: Node, css_class: str, key: str) -> dict[tuple[str, str, str], str]:
    """Text of each highlight, its split pieces joined: (field, key attribute, offset) -> text."""
    joined: dict[tuple[str, str, str], str] = defaultdict(str)
    for container in root.walk():
        where = (
            "title" if "title" in container.classes() else "body" if "body" in container.classes() else None
        )
        if where is None:
            continue
        for node in container.walk():
            if css_class in node.classes():
                joined[(where, node.attrs[key], node.attrs["data-o"])] += node.text()
    return dict(joined)


def expected(ev: dict[str, Any]) -> dict[tuple[str, str, str], str]:
    return {
        (m["field"], entity["id"], str(m["start"])): m["text"]
        for entity in ev["entities"]
        for m in entity["mentions"]
    }


# --- tests ------------------------------------------------------------------------------------


def test_hand_built_events_follow_the_event_contract() -> None:
    ev = event("Rain in Dhaka", "Rain fell.", entities=[("Dhaka", "GPE", [("title", "Dhaka", 0)])])
    EnrichedEvent.model_validate(ev)


def test_each_highlighted_mention_reads_exactly_its_mention_text() -> None:
    title = "Acme Corp strikes spread to Lagos"
    body = (
        "Workers at Acme Corp in Lagos, Nigeria, walked out. Acme said 300 Acme Corp staff joined.\n"
        "Lagos police watched."
    )
    ev = event(
        title,
        body,
        entities=[
            (
                "Acme Corp",
                "ORG",
                [
                    ("title", "Acme Corp", 0),
                    ("body", "Acme Corp", 0),
                    ("body", "Acme", 1),
                    ("body", "Acme Corp", 1),
                ],
            ),
            ("Lagos", "GPE", [("title", "Lagos", 0), ("body", "Lagos", 0), ("body", "Lagos", 1)]),
            ("Nigeria", "GPE", [("body", "Nigeria", 0)]),
            ("Lagos police", "ORG", [("body", "Lagos police", 0)]),
        ],
        facts=[("body", "300 Acme Corp staff", {"unit": "staff"})],
    )
    root = parse(render(ev))
    assert highlighted(root, "m", "data-e") == expected(ev)
    assert list(highlighted(root, "f", "data-f").values()) == ["300 Acme Corp staff"]
    (shown_body,) = root.find_all("div", **{"class": "body"})
    assert shown_body.text() == body


def test_overlapping_spans_render_nested_and_each_keeps_its_text() -> None:
    body = (
        "Officials in New York City said 12 Bronx Zoo keepers left; the Bronx Zoo Trust disagreed. "
        "Subscribe now Paris"
    )
    ev = event(
        "Zoo keepers leave",
        body,
        entities=[
            ("New York City", "GPE", [("body", "New York City", 0)]),
            ("New York", "GPE", [("body", "New York", 0)]),  # nested inside the longer mention
            ("Bronx Zoo", "FAC", [("body", "Bronx Zoo", 0)]),  # inside a fact
            ("Bronx Zoo Trust", "ORG", [("body", "Bronx Zoo Trust", 0)]),
            ("Paris", "GPE", [("body", "Paris", 0)]),  # inside boilerplate
        ],
        # the second fact crosses the end of a mention
        facts=[("body", "12 Bronx Zoo keepers", {}), ("body", "Zoo Trust disagreed", {})],
        boilerplate=[("body", "Subscribe now Paris")],
    )
    root = parse(render(ev))
    assert highlighted(root, "m", "data-e") == expected(ev)
    assert sorted(highlighted(root, "f", "data-f").values()) == [
        "12 Bronx Zoo keepers",
        "Zoo Trust disagreed",
    ]
    assert list(highlighted(root, "b", "data-o").values()) == ["Subscribe now Paris"]
    (outer,) = root.find_all("span", data_e="E1")
    assert [n.attrs["data-e"] for n in outer.find_all("span") if n is not outer] == ["E2"]


def test_nbsp_emoji_combining_marks_and_crlf_keep_offsets_true() -> None:
    title = "Köln\u00a0fans 👩‍👩‍👧 cheer"
    body = "In Ko\u0308ln\u00a0(Germany) 👍🏽 fans\r\nmet Zoë;\r\nthe e\u0301migré Ana\u00a0María spoke.\r"
    ev = event(
        title,
        body,
        entities=[
            ("Köln", "GPE", [("title", "Köln", 0), ("body", "Ko\u0308ln", 0)]),
            ("Germany", "GPE", [("body", "Germany", 0)]),
            ("Zoë", "PERSON", [("body", "Zoë", 0)]),
            ("Ana María", "PERSON", [("body", "Ana\u00a0María", 0)]),
        ],
        facts=[("body", "👍🏽 fans\r\nmet", {})],
    )
    page = render(ev)
    assert "\r" not in page, "a raw CR would be read back as LF by browsers"
    root = parse(page)
    assert highlighted(root, "m", "data-e") == expected(ev)
    assert list(highlighted(root, "f", "data-f").values()) == ["👍🏽 fans\r\nmet"]
    assert root.find_all("div", **{"class": "body"})[0].text() == body
    assert root.find_all("h2", **{"class": "title"})[0].text() == title


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "\"'><svg onload=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "</textarea></style></script><iframe src=//evil.example>",
    "<!-- comment --><![CDATA[ x ]]>&lt;escaped&gt; &amp; &#x3C;",
]


def test_hostile_text_renders_as_text_and_nothing_executes() -> None:
    payload = " ".join(HOSTILE)
    ev = event(
        payload,
        f"Body {payload} ends.",
        entities=[
            (
                f"Name {HOSTILE[1]}",
                'GPE" onmouseover="alert(1)',
                [("body", HOSTILE[0], 0), ("title", HOSTILE[2], 0)],
            )
        ],
        facts=[("body", HOSTILE[3], {"unit": HOSTILE[1], "kind": HOSTILE[4], "what": "x' onclick='y"})],
        url="javascript:alert(document.cookie)",
        source=HOSTILE[0],
    )
    ev["entities"][0]["id"] = '"><script>alert(2)</script>'
    ev["entities"][0]["wikidata"] = "javascript:alert(3)"
    ev["regions"] = {
        "countries": [{"code": HOSTILE[0], "name": HOSTILE[2], "count": 1, "entities": [HOSTILE[1]]}],
        "subdivisions": [],
        "places": [
            {"entity": HOSTILE[2], "name": HOSTILE[0], "country": "X", "geonameid": "javascript:alert(4)"}
        ],
        "focus": {"country": HOSTILE[3]},
    }
    root = parse(render(ev))
    scripts = root.find_all("script")
    assert len(scripts) == 1, "only the page's own script"
    script = scripts[0].text()
    assert "alert" not in script
    for node in root.walk():
        assert node.tag not in {"img", "svg", "iframe", "object", "embed", "form", "base", "textarea"}
        for name, value in node.attrs.items():
            assert not name.startswith("on"), (node.tag, name)
            if name in {"href", "src", "action", "formaction"}:
                assert value.startswith(("https://", "#")), value
    assert root.find_all("h2", **{"class": "title"})[0].text() == payload
    assert root.find_all("div", **{"class": "body"})[0].text() == f"Body {payload} ends."
    assert highlighted(root, "m", "data-e") == expected(ev)
    assert root.find_all("p", **{"class": "url"})[0].text() == "javascript:alert(document.cookie)"
    policy = root.find_all("meta", http_equiv="Content-Security-Policy")[0].attrs["content"]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy


def test_a_web_url_becomes_a_link() -> None:
    root = parse(render(event("T", "Body.", url="https://news.example/a?b=1&c=2")))
    (link,) = root.find_all("p", **{"class": "url"})[0].find_all("a")
    assert link.attrs["href"] == "https://news.example/a?b=1&c=2"


def test_every_entity_type_and_fact_kind_shows_with_all_its_fields() -> None:
    kinds = [kind.value for kind in FactKind] + ["speed"]  # a kind this renderer has never heard of
    types = [*ONTONOTES, "MYSTERY"]
    body = (
        " ".join(f"w{n}" for n in range(len(types)))
        + ". "
        + " ".join(f"{n} units of {k}." for n, k in enumerate(kinds))
    )
    ev = event(
        "All kinds",
        body,
        entities=[(f"w{n}", label, [("body", f"w{n}", 0)]) for n, label in enumerate(types)],
        facts=[
            (
                "body",
                f"{n} units of {kind}",
                {
                    "kind": kind,
                    "value": float(n),
                    "qualifier": "at_least",
                    "dimension": f"dim-{kind}",
                    "canonical": {"value": n, "unit": "u"},
                },
            )
            for n, kind in enumerate(kinds)
        ],
    )
    root = parse(render(ev))
    assert sorted(n.attrs["data-t"] for n in root.find_all("span") if "m" in n.classes()) == sorted(types)
    legend = root.find_all("div", **{"class": "legend"})[0]
    assert {n.attrs["data-t"] for n in legend.find_all("span") if "data-t" in n.attrs} == set(types)
    items = root.find_all("ol", **{"class": "facts"})[0].find_all("li")
    shown = [
        {kv.find_all("b")[0].text(): kv.text().split(" ", 1)[1] for kv in li.find_all("span")} for li in items
    ]
    assert [s["kind"] for s in shown] == kinds
    assert all(s["qualifier"] == "at_least" and s["dimension"].startswith("dim-") for s in shown)
    assert shown[2]["canonical"] == '{"value":2,"unit":"u"}'
    assert shown[3]["value"] == "3"


def test_panel_lists_entities_by_salience_regions_places_and_focus() -> None:
    body = "Kabul and Jalalabad, Afghanistan, saw protests; Kabul police watched."
    ev = event(
        "Protests",
        body,
        entities=[
            ("Afghanistan", "GPE", [("body", "Afghanistan", 0)]),
            ("Kabul", "GPE", [("body", "Kabul", 0), ("body", "Kabul", 1)]),
            ("Jalalabad", "GPE", [("body", "Jalalabad", 0)]),
        ],
    )
    ev["entities"][2]["salience"] = 0.9
    ev["entities"][1]["salience"] = 0.2
    ev["entities"].append(ev["entities"][1] | {"id": "E10", "name": "Kabul police", "count": 1})
    ev["entities"][0] |= {"wikidata": "Q889", "aliases": ["AF"], "kind": None}  # a field from a later 1.x
    ev["regions"] = {
        "countries": [{"code": "AF", "name": "Afghanistan", "count": 4, "entities": ["E1", "E2", "E3"]}],
        "subdivisions": [{"code": "AF-KAB", "name": "Kabul", "count": 2, "entities": ["E2"]}],
        "places": [
            {
                "entity": "E2",
                "name": "Kabul",
                "country": "AF",
                "subdivision": "AF-KAB",
                "geonameid": 1138958,
                "lat": 34.5281,
                "lon": 69.1723,
                "feature": "city",
            }
        ],
        "focus": {"country": "AF", "subdivision": None, "city": "Kabul"},
    }
    root = parse(render(ev))
    rows = root.find_all("table", **{"class": "ents"})[0].find_all("tr")[1:]
    assert [r.attrs["data-e"] for r in rows] == ["E1", "E3", "E2", "E10"]  # salience, then mentions
    assert rows[2].attrs["title"] == "Kabul · E2 · GPE · 2 mentions · salience 0.200"
    assert (
        rows[0].attrs["title"]
        == 'Afghanistan · E1 · GPE · 1 mention · salience 1.000 · Q889 · aliases ["AF"]'
    )

    cells = {
        caption.text(): table for table in root.find_all("table") for caption in table.find_all("caption")
    }
    assert [td.text() for td in cells["Countries"].find_all("td")][:3] == ["AF", "Afghanistan", "4"]
    assert [td.text() for td in cells["Subdivisions"].find_all("td")][:3] == ["AF-KAB", "Kabul", "2"]
    place = [td.text() for td in cells["Places"].find_all("td")]
    assert place[1:] == ["AF-KAB", "34.5281, 69.1723", "1138958"]
    assert cells["Places"].find_all("a")[0].attrs["href"] == "https://www.geonames.org/1138958"
    focus = root.find_all("aside")[0].find_all("p")[0].text()
    assert "country AF" in focus and "city Kabul" in focus and "subdivision" not in focus


def test_several_articles_get_an_index_linking_to_each() -> None:
    events = [event(f"Story {n}", f"Body {n}.", article_id=f"id-{n}") for n in range(3)]
    root = parse(render(*events))
    (index,) = root.find_all("nav")
    links = index.find_all("a")
    assert [a.text() for a in links] == ["Story 0", "Story 1", "Story 2"]
    anchors = [a.attrs["id"] for a in root.find_all("article")]
    assert [a.attrs["href"] for a in links] == [f"#{anchor}" for anchor in anchors]
    assert len(set(anchors)) == 3


def test_one_article_gets_no_index() -> None:
    assert parse(render(event("Only", "One."))).find_all("nav") == []


def test_spans_that_do_not_match_the_text_are_counted_not_highlighted() -> None:
    ev = event("Title", "Rain in Dhaka today.", entities=[("Dhaka", "GPE", [("body", "Dhaka", 0)])])
    ev["entities"][0]["mentions"].append({"text": "Dhaka", "field": "body", "start": 0, "end": 5})
    ev["entities"][0]["mentions"].append({"text": "x", "field": "body", "start": "0", "end": None})
    root = parse(render(ev))
    assert list(highlighted(root, "m", "data-e").values()) == ["Dhaka"]
    warnings = [p.text() for p in root.find_all("p", **{"class": "warn"})]
    assert any(w.startswith("2 span(s)") for w in warnings)


def test_an_event_without_body_shows_the_title_highlighted() -> None:
    ev = event("Floods in Assam", "Water rose.", entities=[("Assam", "GPE", [("title", "Assam", 0)])])
    ev["article"]["body"] = None
    root = parse(render(ev))
    assert highlighted(root, "m", "data-e") == {("title", "E1", "10"): "Assam"}
    assert root.find_all("div", **{"class": "body"}) == []


@pytest.mark.parametrize("document", [{"no": "article"}, {"article": {"title": 3}}, {"article": []}])
def test_a_document_that_is_not_an_event_is_rejected_with_a_reason(document: dict[str, Any]) -> None:
    views, rejected = collect_views([("x.jsonl:1", document)])
    assert views == []
    assert rejected[0][0] == "x.jsonl:1"
    assert rejected[0][1].code == "invalid_article"
