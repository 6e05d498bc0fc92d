"""Place mentions of an article from its entities: each place entity with its gazetteer candidates.

Each :class:`Toponym` is one group of mentions that name the same place (one entity, or one
folded name found by the gazetteer scan of :mod:`.scan`) with the gazetteer candidates for it.
Choosing among the candidates is :mod:`.resolution`'s job.
"""

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc
from spacy.util import get_lang_class

from service.enrich.regions.gazetteer import ContextWords, Gazetteer, PlaceCandidate, fold
from service.enrich.text.article import AnalysedArticle
from service.enrich.text.boilerplate import CREDIT_KIND
from service.schema.events import Entity, Mention, Span

#: Entity labels that can name a place; NORP only through demonyms ("Afghan" -> AF).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
DEMONYM_LABELS = frozenset({"NORP"})

_PARTS = re.compile(r"\s+[-–—]\s+|/")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: "Springfield, Ill." / "Paris, Texas": what follows a place name after a comma.
_QUALIFIER = re.compile(r"^,\s*((?:[A-Z][A-Za-z.]*\.?)(?:\s[A-Z][A-Za-z.]*){0,2})")


@dataclass(slots=True)
class Toponym:
    """Mentions naming one place, with what the gazetteer says they can mean."""

    entity: str
    name: str
    mentions: list[Mention]
    candidates: list[PlaceCandidate]
    qualifiers: list[PlaceCandidate] = field(default_factory=list)
    demonym: bool = False
    tentative: bool = False
    first: tuple[int, int] = (1, 0)
    scanned: bool = False
    official: bool = False

    #: ``tentative``: a scan hit too weak on its own (a small town's name, a name inside an
    #: organisation's); kept only where a sure place supports its subdivision or country.
    #: ``scanned``: found by the gazetteer scan, not tagged as a place by NER.
    #: ``official``: a demonym used of a state or its forces ("Chadian troops").

    @property
    def weight(self) -> float:
        """How much one mention counts towards the focus (demonyms count half)."""
        return 0.5 if self.demonym else 1.0


def variants(text: str, words: ContextWords) -> list[str]:
    """Names to look up for a mention, most specific first: "the Nangarhar province" -> ..."""
    base = _POSSESSIVE.sub("", text.strip()).strip(" ,.;:\"'()")
    if text.strip().endswith("."):
        base_with_dot = _POSSESSIVE.sub("", text.strip())
        out = [base_with_dot, base]
    else:
        out = [base]
    leading = words.the_admin_noun_of
    stripped = leading.sub("", leading.sub("", base))  # "the city of X"
    out.append(stripped)
    out.append(words.admin_noun_after.sub("", stripped))
    seen: list[str] = []
    for name in out:
        if name and name not in seen:
            seen.append(name)
    return seen


def lookup(gazetteer: Gazetteer, text: str, *, allow_weak: bool) -> list[PlaceCandidate]:
    """Candidates of the first variant of ``text`` the gazetteer knows."""
    for name in variants(text, gazetteer.words):
        found = [c for c in gazetteer.lookup(name) if allow_weak or not c.weak]
        if found:
            return found
    return []


def entity_toponyms(
    analysed: AnalysedArticle, entities: list[Entity], gazetteer: Gazetteer, people: frozenset[str]
) -> tuple[list[Toponym], dict[str, Toponym]]:
    """Toponyms of the place entities, and each by the folded text of its mentions."""
    source = analysed.source
    fields = {"title": source.article.title, "body": source.article.body}
    toponyms: list[Toponym] = []
    by_name: dict[str, Toponym] = {}
    doc = analysed.doc
    lower_words = analysed.lowercase_words
    credits = source.spans_of_kind(CREDIT_KIND)  # where a reporter sat is no place of the story
    for entity in entities:
        if entity.type not in PLACE_LABELS | DEMONYM_LABELS:
            continue
        if entity.type != "FAC" and " " not in entity.name.strip() and fold(entity.name) in people:
            continue  # "Chad replied" after "Ellis Chad": the person again, mislabelled
        demonym = entity.type in DEMONYM_LABELS
        candidates: list[PlaceCandidate] = []
        qualifiers: list[PlaceCandidate] = []
        for text in dict.fromkeys([entity.name, *(m.text for m in entity.mentions)]):
            head, _, tail = text.partition(",")
            found = []
            for part in _PARTS.split(head):  # NER runs "West Africa - Ghana" together
                found = lookup(gazetteer, part, allow_weak=True)
                if found:
                    head = part
                    break
            if common_word(head, doc, lower_words):
                found = [c for c in found if c.kind in ("country", "demonym")]
            if demonym:
                found = [c for c in found if c.kind == "demonym"]
            if tail.strip():
                qualifiers += lookup(gazetteer, tail, allow_weak=True)
            candidates += [c for c in found if c not in candidates]
        prefixes = gazetteer.words.name_prefixes
        mentions = [
            m
            for m in entity.mentions
            if not _prefixed(fields[m.field], m.start, prefixes) and not _inside(m, credits)
        ]
        if demonym:  # "French fries", "Swiss cheese": cuisine and culture, not the country
            culture = gazetteer.words.culture_nouns
            mentions = [m for m in mentions if _next_word(fields[m.field], m.end) not in culture]
        if not candidates or not mentions:
            continue
        for mention in mentions:
            qualifiers += qualifiers_after(fields[mention.field], mention.end, gazetteer)
        first = min((mention_order(m) for m in mentions), default=(1, 0))
        toponym = Toponym(
            entity.id,
            entity.name,
            mentions,
            candidates,
            qualifiers,
            demonym=demonym,
            first=first,
            official=demonym
            and any(_next_word(fields[m.field], m.end) in gazetteer.words.state_nouns for m in mentions),
        )
        toponyms.append(toponym)
        for mention in entity.mentions:
            by_name.setdefault(fold(mention.text), toponym)
    return toponyms, by_name


def person_surnames(analysed: AnalysedArticle) -> frozenset[str]:
    """Surnames of the people the article names in full ("Ellis Chad" -> "chad")."""
    return frozenset(
        fold(ent[-1].text)
        for ent in analysed.ents
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title
    )


def _next_word(text: str, end: int) -> str:
    words = text[end : end + 30].split()
    return words[0].lower().strip(".,;:!?\"'") if words else ""


def _prefixed(text: str, start: int, prefixes: frozenset[str]) -> bool:
    """The word before ``start`` makes the mention part of another name ("Fort Lima")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and text[start - 1 : start] == " " and before[-1] in prefixes


def mention_order(mention: Mention) -> tuple[int, int]:
    """Sort key of a mention: title before body, then by offset."""
    return (0 if mention.field == "title" else 1, mention.start)


def qualifiers_after(text: str, end: int, gazetteer: Gazetteer) -> list[PlaceCandidate]:
    """Countries or subdivisions named after a comma at ``end`` ("Springfield, Ill.")."""
    match = _QUALIFIER.match(text[end : end + 40])
    if not match:
        return []
    words = match.group(1).split()
    for size in range(len(words), 0, -1):
        found = [c for c in gazetteer.lookup(" ".join(words[:size])) if c.kind in ("country", "subdivision")]
        if found:
            return found
    return []


def common_word(text: str, doc: Doc, lower_words: frozenset[str]) -> bool:
    """A one-word name that is a stop word or that the article also writes in lower case."""
    word = text.strip()
    if " " in word or not word:
        return False
    lowered = word.lower()
    if lowered in lower_words:
        return True
    return lowered in _stop_words(doc.lang_)  # as Lexeme.is_stop, without adding a lexeme


@cache
def _stop_words(lang: str) -> frozenset[str]:
    return frozenset(get_lang_class(lang).Defaults.stop_words)


def _inside(mention: Mention, spans: list[Span]) -> bool:
    return any(s.field == mention.field and s.start <= mention.start and mention.end <= s.end for s in spans)
