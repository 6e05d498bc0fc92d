"""One event, as the page shows it: highlighted title and body, side-panel rows, header lines.

The event is read as a JSON mapping, not through :class:`~service.schema.events.EnrichedEvent`:
within schema 1.x fields are only ever added, so events written by a newer worker render too, and
a fact's fields are listed generically (a new kind or field shows up without a change here).
Events are untrusted like the articles in them: a span whose text is not the field's text at its
offsets is not highlighted but counted (``unmatched``), and odd values are shown as text.
"""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeGuard
from urllib.parse import urlsplit

import orjson

from service.render.spans import Highlight, HighlightKind, Token, interleave

TEXT_FIELDS = ("title", "body")
#: A span's own keys; the rest of a fact's keys are what it says.
_SPAN_KEYS = frozenset({"text", "field", "start", "end"})
_LINK_SCHEMES = frozenset({"http", "https"})
#: An entity's keys the panel shows in their own columns; any other field joins its description.
_ENTITY_KEYS = frozenset({"id", "name", "type", "mentions", "count", "salience", "wikidata"})


class EventShapeError(ValueError):
    """The document is not an event this page can show (no article, no text)."""


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity in the side panel."""

    id: str
    name: str
    type: str
    count: str
    salience: str
    wikidata: str | None
    tip: str


@dataclass(frozen=True, slots=True)
class FactRow:
    """One fact: its text and every other field it carries, in the event's order."""

    number: str
    text: str
    fields: list[tuple[str, str]]
    tip: str


@dataclass(frozen=True, slots=True)
class RegionRow:
    """A country or subdivision with its code, mention count and supporting entities."""

    code: str
    name: str
    count: str
    entities: list[str]


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """A resolved place with its gazetteer entry."""

    entity: str
    name: str
    where: str
    feature: str
    coordinates: str
    geonameid: int | None


@dataclass(slots=True)
class ArticleView:
    """Everything the page shows for one event."""

    anchor: str
    id: str
    title: str
    title_tokens: list[Token]
    body_tokens: list[Token] | None
    url: str
    url_is_link: bool
    header: list[tuple[str, str]]
    entities: list[EntityRow]
    facts: list[FactRow]
    countries: list[RegionRow]
    subdivisions: list[RegionRow]
    places: list[PlaceRow]
    focus: list[tuple[str, str]]
    warnings: list[str]
    types: list[str] = field(default_factory=list)
    unmatched: int = 0


def article_view(event: Mapping[str, Any], anchor: str) -> ArticleView:
    """Read one event into an :class:`ArticleView`; :class:`EventShapeError` if it has no article text."""
    article = event.get("article")
    if not isinstance(article, Mapping):
        raise EventShapeError("not an enriched event: no 'article' object (use --events only with events)")
    texts = {name: article.get(name) for name in TEXT_FIELDS}
    if not isinstance(texts["title"], str) or not isinstance(texts["body"], str | None):
        raise EventShapeError("the event's article needs a text title and a text (or null) body")
    entities = [e for e in _list(event.get("entities")) if isinstance(e, Mapping)]
    rows = [_entity_row(e) for e in sorted(entities, key=_by_salience)]
    facts = [f for f in _list(event.get("facts")) if isinstance(f, Mapping)]
    fact_rows = [_fact_row(number, fact) for number, fact in enumerate(facts, start=1)]
    highlights: dict[str, list[Highlight]] = {name: [] for name in TEXT_FIELDS}
    unmatched = 0
    for span, highlight in _spans(event, entities, facts, fact_rows):
        text = texts.get(_text(span.get("field")))
        if isinstance(text, str) and _matches(span, text):
            highlights[_text(span.get("field"))].append(highlight)
        elif text is not None:
            unmatched += 1
    body = texts["body"]
    regions = _mapping(event.get("regions"))
    url = _text(article.get("url"))
    return ArticleView(
        anchor=anchor,
        id=_text(article.get("id")),
        title=texts["title"],
        title_tokens=interleave(texts["title"], highlights["title"]),
        body_tokens=interleave(body, highlights["body"]) if isinstance(body, str) else None,
        url=url,
        url_is_link=urlsplit(url.strip()).scheme.lower() in _LINK_SCHEMES,
        header=_header(event, article),
        entities=rows,
        facts=fact_rows,
        countries=_region_rows(regions.get("countries")),
        subdivisions=_region_rows(regions.get("subdivisions")),
        places=_place_rows(regions.get("places"), {row.id: row.name for row in rows}),
        focus=_pairs(_mapping(regions.get("focus"))),
        warnings=[
            f"{_text(w.get('code'))}: {_text(w.get('message'))}"
            for w in _list(event.get("warnings"))
            if isinstance(w, Mapping)
        ],
        types=sorted({row.type for row in rows}),
        unmatched=unmatched,
    )


def _spans(
    event: Mapping[str, Any],
    entities: Iterable[Mapping[str, Any]],
    facts: Sequence[Mapping[str, Any]],
    fact_rows: Sequence[FactRow],
) -> list[tuple[Mapping[str, Any], Highlight]]:
    """Every span of the event with the highlight it becomes (offsets not yet checked)."""
    spans: list[tuple[Mapping[str, Any], Highlight]] = []
    for span in _list(event.get("boilerplate")):
        if isinstance(span, Mapping):
            spans.append((span, _highlight("b", span, tip="boilerplate: left out of entity recognition")))
    for entity in entities:
        entity_id, entity_type = _text(entity.get("id")), _text(entity.get("type"))
        for mention in _list(entity.get("mentions")):
            if isinstance(mention, Mapping):
                spans.append((mention, _highlight("m", mention, ref=entity_id, label=entity_type)))
    for fact, row in zip(facts, fact_rows, strict=True):
        spans.append((fact, _highlight("f", fact, ref=row.number, tip=row.tip)))
    return spans


def _highlight(
    kind: HighlightKind, span: Mapping[str, Any], *, ref: str = "", label: str = "", tip: str = ""
) -> Highlight:
    start, end = span.get("start"), span.get("end")
    if _is_int(start) and _is_int(end):
        return Highlight(kind, start, end, ref=ref, label=label, tip=tip)
    return Highlight(kind, 0, 0)  # never matches the text: counted as unmatched


def _matches(span: Mapping[str, Any], text: str) -> bool:
    start, end, expected = span.get("start"), span.get("end"), span.get("text")
    return (
        _is_int(start)
        and _is_int(end)
        and 0 <= start < end <= len(text)
        and isinstance(expected, str)
        and text[start:end] == expected
    )


def _entity_row(entity: Mapping[str, Any]) -> EntityRow:
    entity_id, name, entity_type = (_text(entity.get(key)) for key in ("id", "name", "type"))
    count, salience = _value(entity.get("count")), entity.get("salience")
    shown_salience = f"{salience:.3f}" if _is_number(salience) else _value(salience)
    wikidata = _text(entity.get("wikidata"))
    qid = wikidata if wikidata[:1] == "Q" and wikidata[1:].isdigit() else None
    mentions = f"{count} mention" if count == "1" else f"{count} mentions"
    tip = f"{name} · {entity_id} · {entity_type} · {mentions} · salience {shown_salience}"
    extras = [f"{key} {_value(value)}" for key, value in entity.items() if key not in _ENTITY_KEYS and value]
    tip = " · ".join([tip, *([qid] if qid else []), *extras])
    return EntityRow(entity_id, name, entity_type, count, shown_salience, qid, tip)


def _by_salience(entity: Mapping[str, Any]) -> tuple[float, float]:
    """Most salient first, then most mentioned; ties keep the event's order (first mention)."""
    salience, count = entity.get("salience"), entity.get("count")
    return (-salience if _is_number(salience) else 0.0, -count if _is_number(count) else 0.0)


def _fact_row(number: int, fact: Mapping[str, Any]) -> FactRow:
    fields = [
        (key, _value(value)) for key, value in fact.items() if key not in _SPAN_KEYS and value is not None
    ]
    tip = " · ".join(f"{key} {value}" for key, value in fields)
    return FactRow(str(number), _text(fact.get("text")), fields, tip)


def _region_rows(items: Any) -> list[RegionRow]:
    return [
        RegionRow(
            _text(item.get("code")),
            _text(item.get("name")),
            _value(item.get("count")),
            [_text(e) for e in _list(item.get("entities"))],
        )
        for item in _list(items)
        if isinstance(item, Mapping)
    ]


def _place_rows(items: Any, names: Mapping[str, str]) -> list[PlaceRow]:
    rows = []
    for item in _list(items):
        if not isinstance(item, Mapping):
            continue
        entity = _text(item.get("entity"))
        name = _text(item.get("name"))
        lat, lon = item.get("lat"), item.get("lon")
        where = _text(item.get("subdivision") or item.get("country"))
        geonameid = item.get("geonameid")
        rows.append(
            PlaceRow(
                entity=entity,
                name=name if names.get(entity, name) == name else f"{name} ({names[entity]})",
                where=where,
                feature=_text(item.get("feature")),
                coordinates=f"{lat:.4f}, {lon:.4f}" if _is_number(lat) and _is_number(lon) else "",
                geonameid=geonameid if _is_int(geonameid) and geonameid > 0 else None,
            )
        )
    return rows


def _header(event: Mapping[str, Any], article: Mapping[str, Any]) -> list[tuple[str, str]]:
    pipeline = _mapping(event.get("pipeline"))
    lines = [
        ("id", article.get("id")),
        ("source", article.get("source")),
        ("published", article.get("published_at")),
        ("language", article.get("language")),
        ("event", event.get("event_id")),
        ("schema", event.get("schema_version")),
        ("enriched", event.get("enriched_at")),
        ("pipeline", " ".join(_text(pipeline.get(k)) for k in ("version", "model", "model_version")).strip()),
    ]
    return [(label, _value(value)) for label, value in lines if value not in (None, "")]


def _pairs(mapping: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [(str(key), _value(value)) for key, value in mapping.items() if value is not None]


def _value(value: Any) -> str:
    """Any JSON value as short text: integral floats without ``.0``, containers as compact JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, int | float | str):
        return str(value)
    if value is None:
        return ""
    try:
        return orjson.dumps(value).decode()
    except TypeError:
        return repr(value)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else _value(value)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
