"""A mention candidate before grouping, shared by the mention and grouping steps."""

from dataclasses import dataclass

#: Where a candidate came from; earlier sources win ties when spans overlap ("market": a firm in
#: market copy, which the model often calls a person, wins over its span).
SOURCES = ("boilerplate", "market", "ner", "acronym", "alias", "title", "propagated", "mirror", "club")


@dataclass(slots=True)
class MentionCandidate:
    """A mention in joined-text offsets, before grouping."""

    start: int
    end: int
    label: str
    source: str
    entry: int | None = None
    sure: bool = False

    def overlaps(self, other: "MentionCandidate") -> bool:
        """Whether the two spans share a character."""
        return self.start < other.end and other.start < self.end
