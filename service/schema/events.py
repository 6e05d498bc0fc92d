"""Output contract: the ``article.enriched`` event, version 1 (currently 1.1).

Rule: within major version 1 changes are additive only (new optional fields, new enum members
announced in the README). Removing or retyping a field needs ``schema_version`` 2.0 and a new
stream. ``schema/event-v1.schema.json`` is generated from these models (``article-enricher schema``)
and a test fails when the two drift apart; another proves each 1.x schema additive over 1.0.

1.1 (facts): kinds ``duration`` and ``age``; ``dimension``, ``canonical_value`` and
``canonical_unit`` on facts.
"""

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field

from service.constants import EVENT_TYPE, SCHEMA_VERSION

TextField = Literal["title", "body"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """A stretch of one article field; ``text == article.<field>[start:end]``."""

    text: str
    field: TextField
    start: int = Field(ge=0, description="Python string offset (code points) into the field.")
    end: int = Field(ge=0)


class Mention(Span):
    """One place where the article names an entity."""


class Entity(_Model):
    """One real-world thing with every way the article names it."""

    id: str = Field(description="Stable within the event: E1, E2, ... by first mention.")
    name: str = Field(description="Canonical name.")
    type: str = Field(description="OntoNotes label: PERSON, ORG, GPE, LOC, NORP, EVENT, FAC, ...")
    mentions: list[Mention]
    count: int = Field(ge=1, description="Number of mentions.")
    salience: float = Field(ge=0.0, le=1.0, default=0.0)
    wikidata: str | None = Field(default=None, description="Wikidata QID where the alias table knows it.")


class Qualifier(StrEnum):
    """How the text bounds a number."""

    EXACT = "exact"
    APPROXIMATELY = "approximately"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    RANGE = "range"


class FactKind(StrEnum):
    """What sort of quantity a fact is."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    MEASURE = "measure"
    DURATION = "duration"  # 1.1: a stretch of time ("three years in prison", "a 15-year plan")
    AGE = "age"  # 1.1: how old someone or something is ("a 70-year-old", "aged 35")


class Dimension(StrEnum):
    """What a measure, duration or age measures (1.1); new members may be added within 1.x."""

    LENGTH = "length"
    MASS = "mass"
    TIME = "time"
    TEMPERATURE = "temperature"
    SPEED = "speed"
    AREA = "area"
    VOLUME = "volume"
    ENERGY = "energy"
    POWER = "power"
    FREQUENCY = "frequency"
    DATA = "data"
    PRESSURE = "pressure"
    FORCE = "force"
    TORQUE = "torque"
    ANGLE = "angle"
    FLOW = "flow"
    ACCELERATION = "acceleration"
    DENSITY = "density"
    CHARGE = "charge"


class Fact(Span):
    """A number the article states, with what it counts and how sure the text is."""

    kind: FactKind = FactKind.COUNT
    value: float
    low: float | None = Field(default=None, description="Lower bound, for ranges.")
    high: float | None = Field(default=None, description="Upper bound, for ranges.")
    qualifier: Qualifier = Qualifier.EXACT
    unit: str | None = Field(
        default=None,
        description='Counted noun, or the normalised unit: "people", "percent", "kilometre", "year".',
    )
    what: str | None = Field(default=None, description="What is counted, with its predicate.")
    count_type: str | None = Field(default=None, description="KILL, WOUND, ARREST, ... or null.")
    change: Literal["increase", "decrease"] | None = None
    currency: str | None = Field(default=None, description="ISO 4217 code for money.")
    dimension: Dimension | None = Field(
        default=None, description="1.1: what a measure, duration or age measures."
    )
    canonical_value: float | None = Field(
        default=None,
        description="1.1: ``value`` in ``canonical_unit`` (SI, degrees Celsius for temperature).",
    )
    canonical_unit: str | None = Field(
        default=None, description='1.1: "metre", "kilogram", "second", "degree Celsius", ...'
    )


class Region(_Model):
    """A country (ISO 3166-1 alpha-2) or subdivision (ISO 3166-2) the article is about."""

    code: str
    name: str
    count: int = Field(ge=0, description="Mentions that resolve to this region or inside it.")
    entities: list[str] = Field(default_factory=list, description="Ids of supporting entities.")


class Focus(_Model):
    """Where the article is mainly about."""

    country: str | None = None
    subdivision: str | None = None
    city: str | None = None


class Place(_Model):
    """A resolved place mention: one gazetteer entry."""

    entity: str = Field(description="Id of the entity naming the place.")
    name: str
    country: str
    subdivision: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = Field(default=None, description="country, subdivision, city, region, ...")


class Regions(_Model):
    """Countries, subdivisions and focus of the article."""

    countries: list[Region] = Field(default_factory=list)
    subdivisions: list[Region] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    focus: Focus = Field(default_factory=Focus)


class EventWarning(_Model):
    """Something the consumer should know about this event's quality."""

    # Named "Warning" in the published v1 JSON Schema (see _SCHEMA_NAMES).
    model_config = ConfigDict(title="Warning")

    code: str
    message: str


class ArticleOut(_Model):
    """The article as enriched; ``body`` is null when the service is set to leave it out."""

    id: str
    url: str | None = None
    title: str
    body: str | None
    source: str | None = None
    published_at: datetime | None = None
    language: str
    content_sha256: str


class PipelineInfo(_Model):
    """Versions that produced the event; with the article they determine ``event_id``."""

    version: str
    model: str
    model_version: str


class EnrichedEvent(_Model):
    """``article.enriched`` v1."""

    schema_version: Literal["1.0", "1.1"] = Field(
        default=SCHEMA_VERSION,
        description="major.minor; a 1.1 reader also accepts 1.0 events (1.x is additive).",
    )
    type: Literal["article.enriched"] = EVENT_TYPE
    event_id: str = Field(description="Same article text and pipeline version -> same id.")
    article: ArticleOut
    enriched_at: datetime
    pipeline: PipelineInfo
    entities: list[Entity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    regions: Regions = Field(default_factory=Regions)
    boilerplate: list[Span] = Field(default_factory=list, description="Spans left out of NER.")
    warnings: list[EventWarning] = Field(
        default_factory=list,
        description=(
            "Reserved: always empty in 1.x so far. Nothing is dropped or truncated silently today: "
            "an article over a limit is dead-lettered, not cut. A later 1.x may add entries; "
            "consumers must accept and may ignore them."
        ),
    )


#: Python class name -> the name its definition has had in the published v1 schema since 1.0.
_SCHEMA_NAMES = {"EventWarning": "Warning"}


def event_json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`EnrichedEvent` (serialisation mode), with the v1 definition names."""
    text = orjson.dumps(EnrichedEvent.model_json_schema(mode="serialization")).decode()
    for python_name, schema_name in _SCHEMA_NAMES.items():
        text = text.replace(f'"{python_name}":', f'"{schema_name}":')
        text = text.replace(f'"#/$defs/{python_name}"', f'"#/$defs/{schema_name}"')
    schema: dict[str, Any] = orjson.loads(text)
    schema["$defs"] = dict(sorted(schema["$defs"].items()))
    schema["$id"] = "https://article-enricher/schema/event-v1.schema.json"
    return schema
