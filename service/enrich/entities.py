"""Named entities: NER spans grouped into one entry per real-world thing.

First cut: identical surface forms (after case, possessive and punctuation folding) of the same
type are one entity.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from service.enrich.document import AnalysedArticle
from service.schema.events import Entity, Mention

#: OntoNotes labels that name things; numeric labels (CARDINAL, MONEY, ...) belong to facts.
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)

_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$", re.IGNORECASE)
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True, slots=True)
class EntityTables:
    """Data the entity step needs (alias tables come with the entities issue)."""

    @classmethod
    def load(cls) -> "EntityTables":
        """Load the shipped tables."""
        return cls()


def surface_key(text: str) -> str:
    """Fold case, a trailing possessive and edge punctuation: "Reuters'" -> "reuters"."""
    folded = _POSSESSIVE.sub("", text.strip())
    folded = _EDGE_PUNCT.sub("", folded)
    folded = re.sub(r"^the\s+", "", folded, flags=re.IGNORECASE)
    return " ".join(folded.casefold().split())


def extract_entities(analysed: AnalysedArticle, tables: EntityTables) -> list[Entity]:
    """Group the article's NER spans into entities, ordered by first mention."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for ent in analysed.doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        span = analysed.source.span(ent.start_char, ent.end_char)
        if span is None or not span.text.strip():
            continue
        key = (surface_key(span.text), ent.label_)
        if not key[0]:
            continue
        groups.setdefault(key, []).append(Mention(**span.model_dump()))
    return _number_entities((label, mentions) for (_, label), mentions in groups.items())


def _number_entities(groups: Iterable[tuple[str, list[Mention]]]) -> list[Entity]:
    entities = []
    for index, (label, mentions) in enumerate(groups, start=1):
        name = _POSSESSIVE.sub("", mentions[0].text).strip()
        entities.append(Entity(id=f"E{index}", name=name, type=label, mentions=mentions, count=len(mentions)))
    return entities
