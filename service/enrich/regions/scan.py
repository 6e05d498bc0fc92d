"""The gazetteer scan: place names the model did not tag as places, gated against common-word noise.

A capitalised run of tokens the gazetteer knows is a place when nothing says otherwise: not part of
a longer name ("Sam Dover", "Dover Street"), not a common word the article also writes in lower
case, and only a big city or a region when nothing vouches for it (small towns stay tentative).
"""

from spacy.attrs import IDX
from spacy.tokens import Doc

from service.enrich.regions.gazetteer import Gazetteer, PlaceCandidate, fold
from service.enrich.regions.toponyms import (
    Toponym,
    common_word,
    mention_order,
    qualifiers_after,
)
from service.enrich.text.article import AnalysedArticle
from service.schema.events import Mention

#: Labels whose whole span may still be a place the model mislabelled ("Georgia" as ORG).
MISLABELLED = frozenset({"ORG", "PERSON"})
#: Labels of names that often start with a place: "Halifax Grammar School", "the Perth Zoo".
NAMED_AFTER_PLACES = frozenset({"ORG", "FAC"})


def scan_gazetteer(
    analysed: AnalysedArticle,
    gazetteer: Gazetteer,
    toponyms: list[Toponym],
    by_name: dict[str, Toponym],
    people: frozenset[str],
    organisations: frozenset[tuple[str, int, int]] = frozenset(),
) -> None:
    """Add to ``toponyms`` (and ``by_name``) the gazetteer names the model did not tag as places.

    ``organisations`` are the ``(field, start, end)`` of the mentions of organisations the entity
    step named like a place ("Leeds beat Hull": the clubs): they are not scanned as places, so the
    two steps agree, unless a locative preposition makes one a place ("in Leeds").
    """
    fields = {"title": analysed.source.article.title, "body": analysed.source.article.body}
    scan = _Scan(analysed, gazetteer, by_name, people)
    resume = 0  # a name found runs to here: no other starts inside it
    for i in [k for k, word in enumerate(analysed.words) if word[:1].isupper()]:
        hit = scan.match_at(i) if i >= resume else None
        if hit is None:
            continue
        end, candidates, tentative = hit
        resume = end
        doc = scan.doc
        mention = analysed.source.mention(doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text))
        organisation = mention is not None and (mention.field, mention.start, mention.end) in organisations
        if organisation and not (i > 0 and doc[i - 1].lower_ in gazetteer.words.locatives):
            continue
        if mention is not None:
            key = fold(mention.text)
            known = by_name.get(key)
            if known is not None:
                if not any(_overlaps(m, mention) for m in known.mentions):  # else the entity step has it
                    known.mentions.append(mention)
                known.first = min(known.first, mention_order(mention))
            else:
                toponym = Toponym(
                    f"G{sum(1 for t in toponyms if t.entity.startswith('G')) + 1}",
                    mention.text,
                    [mention],
                    candidates,
                    qualifiers_after(fields[mention.field], mention.end, gazetteer),
                    first=mention_order(mention),
                    tentative=tentative,
                    scanned=True,
                )
                toponyms.append(toponym)
                by_name[key] = toponym
                scan.known_first_words.add(key.split(" ", 1)[0])


class _Scan:
    """Token-level gazetteer lookups over one doc, with what NER already tagged."""

    def __init__(
        self,
        analysed: AnalysedArticle,
        gazetteer: Gazetteer,
        by_name: dict[str, Toponym],
        people: frozenset[str],
    ) -> None:
        doc = analysed.doc
        self.doc = doc
        self.text = analysed.source.text
        self.words = analysed.words
        self.starts: list[int] = doc.to_array(IDX).tolist()
        self.title_end = len(analysed.source.title.text)
        self.context = gazetteer.words
        self.gazetteer = gazetteer
        self.by_name = by_name
        self.known_first_words = {key.split(" ", 1)[0] for key in by_name}
        self.covered = [False] * len(doc)
        self.org_of: dict[int, int] = {}  # token -> start of the ORG entity it is in
        self.whole: dict[tuple[int, int], str] = {}
        self.first_words: dict[int, str] = {}
        for ent in analysed.ents:
            for k in range(ent.start, ent.end):
                self.covered[k] = True
            if ent.label_ == "ORG":
                self.org_of.update(dict.fromkeys(range(ent.start, ent.end), ent.start))
            self.whole[(ent.start, ent.end)] = ent.label_
            first_word = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
            self.first_words[first_word] = ent.label_
        self.lower_words = analysed.lowercase_words
        self.people = people

    def match_at(self, i: int) -> tuple[int, list[PlaceCandidate], bool] | None:
        """Longest acceptable name at capitalised token ``i``: ``(end, candidates, tentative)``."""
        words = self.words
        if self._starts_no_name(i):
            return None
        last = i
        while last + 1 < min(len(words), i + self.gazetteer.max_words) and (
            words[last + 1][:1].isupper() or words[last + 1].lower() in self.context.connectors
        ):
            last += 1
        for end in range(last + 1, i, -1):
            if not words[end - 1][:1].isalpha():
                continue
            text = self.text[self.starts[i] : self.starts[end - 1] + len(words[end - 1])]
            key = fold(text)
            if key not in self.gazetteer.names and key not in self.by_name:
                continue
            hit = self._accept(i, end, text)
            if hit is not None:
                return end, *hit
        return None

    def _starts_no_name(self, i: int) -> bool:
        """Whether no gazetteer or article name begins with the word at ``i`` (most capitalised words).

        Only for a word followed by a space: one glued to the next token ("Ohio's") folds with it.
        """
        after = self.starts[i] + len(self.words[i])
        if after >= len(self.text) or not self.text[after].isspace():
            return False
        first = fold(self.words[i]).split(" ", 1)[0]
        return first not in self.gazetteer.first_words and first not in self.known_first_words

    def _embedded(self, i: int, end: int) -> bool:
        """Part of a longer name: "Sam Dover", "Fort Lima", "Dover Street"."""
        doc = self.doc
        if end < len(doc) and doc[end].lower_.rstrip(".") in self.context.street_words:
            return True
        if i == 0 or doc[i].idx < self.title_end:
            return False
        prev = doc[i - 1]
        if prev.text in self.context.name_prefixes:
            return True
        return (
            prev.is_alpha
            and prev.text[:1].isupper()
            and not prev.is_stop
            and prev.lower_ not in self.context.locatives
            and not _sentence_start(doc, i - 1)
        )

    def _state_after_town(self, i: int, end: int, text: str) -> list[PlaceCandidate]:
        """An AP state abbreviation after "Town, " ("Pine Hollow, Pa."), even for a town unknown here.

        Only dotted forms ("Pa.", "N.J.", "Fla."): "Smith, PA" may be a title.
        """
        doc = self.doc
        if i < 2 or doc[i - 1].text != "," or not doc[i - 2].text[:1].isupper():
            return []
        if "." not in text:
            return []
        return [c for c in self.gazetteer.lookup(text) if c.weak and c.kind == "subdivision"]

    def _accept(self, i: int, end: int, text: str) -> tuple[list[PlaceCandidate], bool] | None:
        label = self.whole.get((i, end))
        inside = any(self.covered[i:end])
        if not inside and self._embedded(i, end):
            return None
        if end < len(self.doc) and self.doc[end].lower_.rstrip(".") in self.context.street_words:
            return None  # "Delta Avenue" tagged as a facility: a street's name, not the place
        known = self.by_name.get(fold(text))
        if known is not None and (not inside or label in MISLABELLED):
            return known.candidates, known.tentative
        state = self._state_after_town(i, end, text)
        if state:
            return state, False
        if common_word(text, self.doc, self.lower_words):
            return None
        usable = [c for c in self.gazetteer.lookup(text) if _usable(c, text)]
        if self.doc[i].idx < self.title_end:  # headlines capitalise every word
            usable = [c for c in usable if c.kind in ("country", "subdivision")]
        if len(text) <= 4 and text.isupper():  # an acronym ("ECB"), unless a country's ("UK")
            usable = [c for c in usable if c.kind == "country"]
        sure = [c for c in usable if c.kind != "city" or c.is_big_city]
        if not inside and not _sentence_start(self.doc, i):
            return (sure, False) if sure else ((usable, True) if usable else None)
        if not inside:
            sure = [c for c in sure if c.kind != "city"]
            return (sure, False) if sure else None
        if label == "PERSON" and end - i == 1 and fold(text) in self.people:
            return None  # "Chad replied" after "Ellis Chad": rightly a person
        if label in MISLABELLED:  # the whole entity: "in Lyon" is a place whatever NER says
            trusted = [c for c in sure if c.kind in ("country", "subdivision")]
            if trusted:
                return trusted, False
            if usable and i > 0 and self.doc[i - 1].lower_ in self.context.locatives:
                return usable, False
            return (usable, True) if usable else None
        named_after = self.first_words.get(i) in NAMED_AFTER_PLACES and end < len(self.doc)
        if (named_after and self.doc[end].lower_ not in self.context.not_after_places) or (
            i > 0 and self.doc[i - 1].lower_ == "of" and self.covered[i - 1]
        ):  # "Halifax Grammar School", "the Perth Zoo", "the Ohio State Highway Patrol"
            regions = [c for c in usable if c.kind in ("country", "subdivision")]
            return (regions, False) if regions else ((usable, True) if usable else None)
        inside_org = i in self.org_of and self.org_of.get(end - 1) == self.org_of[i]
        countries = [c for c in sure if c.kind == "country"]  # "the U.S. Department of Energy"
        return (countries, False) if inside_org and countries else None


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.field == b.field and a.start < b.end and b.start < a.end


def _usable(cand: PlaceCandidate, text: str) -> bool:
    """What a bare capitalised name may mean: no alternate names, demonyms or codes."""
    if cand.alternate or cand.kind == "demonym":
        return False
    return not cand.weak or (cand.kind == "country" and text.replace(".", "").isupper())


def _sentence_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    previous = doc[i - 1].text
    return previous in {".", "!", "?", ":", '"', "“"} or "\n" in previous or previous.endswith(".")
