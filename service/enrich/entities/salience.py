"""Salience: how much an article is about an entity, in [0, 1].

    salience = 0.40 * frequency + 0.25 * headline + 0.20 * lead + 0.15 * earliness

- ``frequency``: the entity's mention count over the count of the article's most mentioned entity;
- ``headline``: 1 when the title names it (a repeated headline in the body does not count twice);
- ``lead``: 1 when the first ``LEAD_CHARS`` characters of the body (after boilerplate) name it;
- ``earliness``: 1 minus the relative position of its first body mention (0 when only in the title).

The weights follow the news convention that the headline and the lead say what the story is
about, while frequency separates the subject from names mentioned in passing.
"""

from collections.abc import Sequence
from dataclasses import dataclass

#: How much of the body counts as the lead (about the first two sentences of wire copy).
LEAD_CHARS = 300
WEIGHTS = (0.40, 0.25, 0.20, 0.15)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an entity's mentions are: counts and positions in the body, whether in the title."""

    count: int
    in_title: bool
    first_body_offset: int | None


def salience(entity: Placement, max_count: int, body_length: int) -> float:
    """The formula of the module docstring, rounded to 4 places."""
    frequency = entity.count / max_count if max_count else 0.0
    first = entity.first_body_offset
    lead = first is not None and first < LEAD_CHARS
    earliness = 0.0 if first is None or body_length <= 0 else 1.0 - min(first / body_length, 1.0)
    parts = (frequency, float(entity.in_title), float(lead), earliness)
    score = sum(weight * part for weight, part in zip(WEIGHTS, parts, strict=True))
    return round(min(max(score, 0.0), 1.0), 4)


def saliences(placements: Sequence[Placement], body_length: int) -> list[float]:
    """Salience of each entity of one article."""
    max_count = max((p.count for p in placements), default=0)
    return [salience(p, max_count, body_length) for p in placements]
