"""Place mentions of an article: NER place entities plus gazetteer names the model missed.

Each :class:`Toponym` is one group of mentions that name the same place (one entity, or one
folded name found by the gazetteer scan) with the gazetteer candidates for it. Choosing among the
candidates is :mod:`service.enrich.regions`' job.
"""

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from service.enrich.document import AnalysedArticle
from service.enrich.gazetteer import Candidate, City, Gazetteer, fold
from service.schema.events import Entity, Mention

#: Entity labels that can name a place; NORP only through demonyms ("Afghan" -> AF).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
DEMONYM_LABELS = frozenset({"NORP"})
#: Labels whose whole span may still be a place the model mislabelled ("Georgia" as ORG).
MISLABELLED = frozenset({"ORG", "PERSON"})
#: Labels of names that often start with a place: "Norfolk High School", "the Santa Ana Zoo".
NAMED_AFTER_PLACES = frozenset({"ORG", "FAC"})
#: Smallest city the gazetteer scan accepts on its own (the NER model vouches for smaller ones).
SCAN_MIN_CITY_POPULATION = 100_000

_LEADING = re.compile(r"^(?:the|city of|town of|state of|province of|county of)\s+", re.IGNORECASE)
_TRAILING = re.compile(
    r"\s+(?:province|state|region|governorate|district|city|town|area|prefecture|oblast)$", re.IGNORECASE
)
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
    candidates: list[Candidate]
    qualifiers: list[Candidate] = field(default_factory=list)
    demonym: bool = False
    tentative: bool = False
    first: tuple[int, int] = (1, 0)
    scanned: bool = False
    official: bool = False

    #: ``tentative``: a scan hit too weak on its own (a small town's name, a name inside an
    #: organisation's); kept only where a sure place supports its subdivision or country.
    #: ``scanned``: found by the gazetteer scan, not tagged as a place by NER.
    #: ``official``: a demonym used of a state or its forces ("Syrian troops").

    @property
    def weight(self) -> float:
        """How much one mention counts towards the focus (demonyms count half)."""
        return 0.5 if self.demonym else 1.0


def variants(text: str) -> list[str]:
    """Names to look up for a mention, most specific first: "the Nangarhar province" -> ..."""
    base = _POSSESSIVE.sub("", text.strip()).strip(" ,.;:\"'()")
    if text.strip().endswith("."):
        base_with_dot = _POSSESSIVE.sub("", text.strip())
        out = [base_with_dot, base]
    else:
        out = [base]
    stripped = _LEADING.sub("", _LEADING.sub("", base))  # "the city of X"
    out.append(stripped)
    out.append(_TRAILING.sub("", stripped))
    seen: list[str] = []
    for name in out:
        if name and name not in seen:
            seen.append(name)
    return seen


def lookup(gazetteer: Gazetteer, text: str, *, allow_weak: bool) -> list[Candidate]:
    """Candidates of the first variant of ``text`` the gazetteer knows."""
    for name in variants(text):
        found = [c for c in gazetteer.lookup(name) if allow_weak or not c.weak]
        if found:
            return found
    return []


def collect(analysed: AnalysedArticle, entities: list[Entity], gazetteer: Gazetteer) -> list[Toponym]:
    """Toponyms from the entities, then from the gazetteer scan of what NER left out."""
    source = analysed.source
    fields = {"title": source.article.title, "body": source.article.body}
    toponyms: list[Toponym] = []
    by_name: dict[str, Toponym] = {}
    doc = analysed.doc
    lower_words = frozenset(t.text for t in doc if t.text.islower())
    people = _person_words(doc)
    for entity in entities:
        if entity.type not in PLACE_LABELS | DEMONYM_LABELS:
            continue
        if entity.type != "FAC" and " " not in entity.name.strip() and fold(entity.name) in people:
            continue  # "Jordan said" after "Michael Jordan": the person again, mislabelled
        demonym = entity.type in DEMONYM_LABELS
        candidates: list[Candidate] = []
        qualifiers: list[Candidate] = []
        for text in dict.fromkeys([entity.name, *(m.text for m in entity.mentions)]):
            head, _, tail = text.partition(",")
            found = []
            for part in _PARTS.split(head):  # NER runs "Central Africa - Nigeria" together
                found = lookup(gazetteer, part, allow_weak=True)
                if found:
                    head = part
                    break
            if _common_word(head, doc, lower_words):
                found = [c for c in found if c.kind in ("country", "demonym")]
            if demonym:
                found = [c for c in found if c.kind == "demonym"]
            if tail.strip():
                qualifiers += lookup(gazetteer, tail, allow_weak=True)
            candidates += [c for c in found if c not in candidates]
        prefixes = gazetteer.words.name_prefixes
        mentions = [m for m in entity.mentions if not _prefixed(fields[m.field], m.start, prefixes)]
        if demonym:  # "French fries", "Irish pub": cuisine and culture, not the country
            culture = gazetteer.words.culture_nouns
            mentions = [m for m in mentions if _next_word(fields[m.field], m.end) not in culture]
        if not candidates or not mentions:
            continue
        for mention in mentions:
            qualifiers += _qualifier(fields[mention.field], mention.end, gazetteer)
        first = min((_order(m) for m in mentions), default=(1, 0))
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
    _scan(analysed, gazetteer, toponyms, by_name, fields)
    return toponyms


def _person_words(doc: Doc) -> frozenset[str]:
    """Surnames of the people the article names in full ("Michael Jordan" -> "jordan")."""
    return frozenset(
        fold(ent[-1].text) for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title
    )


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.field == b.field and a.start < b.end and b.start < a.end


def _next_word(text: str, end: int) -> str:
    words = text[end : end + 30].split()
    return words[0].lower().strip(".,;:!?\"'") if words else ""


def _prefixed(text: str, start: int, prefixes: frozenset[str]) -> bool:
    """The word before ``start`` makes the mention part of another name ("St. Paris")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and text[start - 1 : start] == " " and before[-1] in prefixes


def _order(mention: Mention) -> tuple[int, int]:
    return (0 if mention.field == "title" else 1, mention.start)


def _qualifier(text: str, end: int, gazetteer: Gazetteer) -> list[Candidate]:
    match = _QUALIFIER.match(text[end : end + 40])
    if not match:
        return []
    words = match.group(1).split()
    for size in range(len(words), 0, -1):
        found = [c for c in gazetteer.lookup(" ".join(words[:size])) if c.kind in ("country", "subdivision")]
        if found:
            return found
    return []


def _scan(
    analysed: AnalysedArticle,
    gazetteer: Gazetteer,
    toponyms: list[Toponym],
    by_name: dict[str, Toponym],
    fields: dict[str, str],
) -> None:
    """Add gazetteer names the model did not tag as places, gated against common-word noise."""
    scan = _Scan(analysed.doc, gazetteer, by_name, len(analysed.source.title.text))
    i = 0
    while i < len(scan.doc):
        hit = scan.match_at(i)
        if hit is None:
            i += 1
            continue
        end, candidates, tentative = hit
        doc = scan.doc
        span = analysed.source.span(doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text))
        if span is not None:
            mention = Mention(**span.model_dump())
            key = fold(mention.text)
            known = by_name.get(key)
            if known is not None:
                if not any(_overlaps(m, mention) for m in known.mentions):  # else the entity step has it
                    known.mentions.append(mention)
                known.first = min(known.first, _order(mention))
            else:
                toponym = Toponym(
                    f"G{sum(1 for t in toponyms if t.entity.startswith('G')) + 1}",
                    mention.text,
                    [mention],
                    candidates,
                    _qualifier(fields[mention.field], mention.end, gazetteer),
                    first=_order(mention),
                    tentative=tentative,
                    scanned=True,
                )
                toponyms.append(toponym)
                by_name[key] = toponym
        i = end


class _Scan:
    """Token-level gazetteer lookups over one doc, with what NER already tagged."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, by_name: dict[str, Toponym], title_end: int) -> None:
        self.doc = doc
        self.title_end = title_end
        self.words = gazetteer.words
        self.gazetteer = gazetteer
        self.by_name = by_name
        self.covered = [False] * len(doc)
        self.whole: dict[tuple[int, int], str] = {}
        self.starts: dict[int, str] = {}
        for ent in doc.ents:
            for k in range(ent.start, ent.end):
                self.covered[k] = True
            self.whole[(ent.start, ent.end)] = ent.label_
            first_word = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
            self.starts[first_word] = ent.label_
        self.lower_words = frozenset(t.text for t in doc if t.text.islower())
        self.people = _person_words(doc)

    def match_at(self, i: int) -> tuple[int, list[Candidate], bool] | None:
        """Longest acceptable name at token ``i``: ``(end, candidates, tentative)``."""
        doc = self.doc
        if not doc[i].text[:1].isupper():
            return None
        last = i
        while last + 1 < min(len(doc), i + self.gazetteer.max_words) and (
            doc[last + 1].text[:1].isupper() or doc[last + 1].lower_ in self.words.connectors
        ):
            last += 1
        for end in range(last + 1, i, -1):
            tokens = doc[i:end]
            if not tokens[-1].text[:1].isalpha():
                continue
            key = fold(tokens.text)
            if key not in self.gazetteer.names and key not in self.by_name:
                continue
            hit = self._accept(i, end, tokens.text)
            if hit is not None:
                return end, *hit
        return None

    def _embedded(self, i: int, end: int) -> bool:
        """Part of a longer name: "Pat Nelson", "St. Paris", "Nelson Street"."""
        doc = self.doc
        if end < len(doc) and doc[end].lower_.rstrip(".") in self.words.street_words:
            return True
        if i == 0 or doc[i].idx < self.title_end:
            return False
        prev = doc[i - 1]
        if prev.text in self.words.name_prefixes:
            return True
        return (
            prev.is_alpha
            and prev.text[:1].isupper()
            and not prev.is_stop
            and prev.lower_ not in self.words.locatives
            and not _sentence_start(doc, i - 1)
        )

    def _state_after_town(self, i: int, end: int, text: str) -> list[Candidate]:
        """An AP state abbreviation after "Town, " ("Pine Hollow, Pa."), even for a town unknown here.

        Only dotted forms ("Pa.", "N.J.", "Fla."): "Smith, PA" may be a title.
        """
        doc = self.doc
        if i < 2 or doc[i - 1].text != "," or not doc[i - 2].text[:1].isupper():
            return []
        if "." not in text:
            return []
        return [c for c in self.gazetteer.lookup(text) if c.weak and c.kind == "subdivision"]

    def _accept(self, i: int, end: int, text: str) -> tuple[list[Candidate], bool] | None:
        label = self.whole.get((i, end))
        inside = any(self.covered[i:end])
        if not inside and self._embedded(i, end):
            return None
        if end < len(self.doc) and self.doc[end].lower_.rstrip(".") in self.words.street_words:
            return None  # "Rivers Avenue" tagged as a facility: a street's name, not the place
        known = self.by_name.get(fold(text))
        if known is not None and (not inside or label in MISLABELLED):
            return known.candidates, known.tentative
        state = self._state_after_town(i, end, text)
        if state:
            return state, False
        if _common_word(text, self.doc, self.lower_words):
            return None
        usable = [c for c in self.gazetteer.lookup(text) if _usable(c, text)]
        if self.doc[i].idx < self.title_end:  # headlines capitalise every word
            usable = [c for c in usable if c.kind in ("country", "subdivision")]
        if len(text) <= 4 and text.isupper():  # an acronym ("BOE"), unless a country's ("UK")
            usable = [c for c in usable if c.kind == "country"]
        sure = [c for c in usable if c.kind != "city" or _big(c)]
        if not inside and not _sentence_start(self.doc, i):
            return (sure, False) if sure else ((usable, True) if usable else None)
        if not inside:
            sure = [c for c in sure if c.kind != "city"]
            return (sure, False) if sure else None
        if label == "PERSON" and end - i == 1 and fold(text) in self.people:
            return None  # "Jordan said" after "Michael Jordan": rightly a person
        if label in MISLABELLED:  # the whole entity: "in Lyon" is a place whatever NER says
            trusted = [c for c in sure if c.kind in ("country", "subdivision")]
            if trusted:
                return trusted, False
            if usable and i > 0 and self.doc[i - 1].lower_ in self.words.locatives:
                return usable, False
            return (usable, True) if usable else None
        named_after = self.starts.get(i) in NAMED_AFTER_PLACES and end < len(self.doc)
        if (named_after and self.doc[end].lower_ not in self.words.not_after_places) or (
            i > 0 and self.doc[i - 1].lower_ == "of" and self.covered[i - 1]
        ):  # "Norfolk High School", "the Santa Ana Zoo", "the Kentucky State Police"
            regions = [c for c in usable if c.kind in ("country", "subdivision")]
            return (regions, False) if regions else ((usable, True) if usable else None)
        inside_org = any(lab == "ORG" and s <= i and end <= e for (s, e), lab in self.whole.items())
        countries = [c for c in sure if c.kind == "country"]  # "the U.S. Department of Agriculture"
        return (countries, False) if inside_org and countries else None


def _usable(cand: Candidate, text: str) -> bool:
    """What a bare capitalised name may mean: no alternate names, demonyms or codes."""
    if cand.alternate or cand.kind == "demonym":
        return False
    return not cand.weak or (cand.kind == "country" and text.replace(".", "").isupper())


def _big(cand: Candidate) -> bool:
    return isinstance(cand.entry, City) and cand.entry.population >= SCAN_MIN_CITY_POPULATION


def _common_word(text: str, doc: Doc, lower_words: frozenset[str]) -> bool:
    """A one-word name that is a stop word or that the article also writes in lower case."""
    word = text.strip()
    if " " in word or not word:
        return False
    lowered = word.lower()
    return bool(doc.vocab[lowered].is_stop) or lowered in lower_words


def _sentence_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    previous = doc[i - 1].text
    return previous in {".", "!", "?", ":", '"', "“"} or "\n" in previous or previous.endswith(".")
