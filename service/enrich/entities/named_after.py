"""Names the model cut in two where the first part names the second's namesake or maker.

- **A building named after a person**: "Ronald Reagan Washington National Airport", "John Ross
  Memorial Stadium": the model reads the person and the building apart. A person right before a
  building (FAC) whose last word is a building's word (``fac_tail``: "Airport", "Stadium",
  "Bridge", ...), with one space between, is one building.
- **A maker and its model**: "a gray Honda Accord", "a Boeing 787 Dreamliner": the model reads the
  maker as a firm and the model as a product. A one- or two-word organisation right before a
  product, one space between, is one product (the maker's name is part of the product's, as news
  writes it); not a maker the alias table knows, whose own mention it is.
- **A statute's name ending in "Act"**: "the Protect Illinois Communities Act" read as an
  organisation (or a product, an event, a work) is a law (LAW).

A pass over adjacent candidates, no scan of the text.
"""

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: Labels the model gives a statute's name besides LAW.
_NOT_LAW = frozenset({"ORG", "PRODUCT", "EVENT", "WORK_OF_ART"})
#: Most words of a maker's name before its model.
_MAKER_WORDS = 2


def named_after(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the buildings, products and laws above made whole (see the module)."""
    out: list[MentionCandidate] = []
    for cand in chosen:
        if cand.label in _NOT_LAW and cand.entry is None and text[cand.start : cand.end].endswith(" Act"):
            cand = MentionCandidate(cand.start, cand.end, "LAW", cand.source, None, sure=True)
        if out and out[-1].end + 1 == cand.start and text[out[-1].end] == " ":
            joined = _joined(text, out[-1], cand, words)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(cand)
    return out


def _joined(
    text: str, first: MentionCandidate, second: MentionCandidate, words: EntityWords
) -> MentionCandidate | None:
    last = text[second.start : second.end].rsplit(" ", 1)[-1]
    if first.label == "PERSON" and second.label == "FAC" and last in words.of("fac_tail"):
        return MentionCandidate(first.start, second.end, "FAC", second.source, None, sure=True)
    maker = text[first.start : first.end]
    if (
        first.label == "ORG"
        and second.label == "PRODUCT"
        and first.entry is None
        and maker.count(" ") < _MAKER_WORDS
    ):
        return MentionCandidate(first.start, second.end, "PRODUCT", second.source, None, sure=True)
    return None
