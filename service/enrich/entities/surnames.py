"""A player's surname that is also a place: "Rios beat Lima" after "Marcelo Lima" in a match report.

Sport names a competitor by the surname after the full name. When the surname is also a town or
a state ("Washington", "Lima", "Durango") the model reads the short form as the place. In a sports
story a place-typed mention whose text is a short form of a person the story names in full is
that person, unless a locative stands right before it ("in Lima", "at Washington").
"""

from service.enrich.entities.article_names import ArticleNames
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def surnames_not_places(
    text: str, chosen: list[MentionCandidate], names: ArticleNames, words: EntityWords
) -> list[MentionCandidate]:
    """``chosen`` with place-typed short forms of the story's people retyped (see the module)."""
    people = {text[c.start : c.end] for c in chosen if c.label == "PERSON" and " " in text[c.start : c.end]}
    if not people or not any(c.label in _PLACE_LABELS for c in chosen):
        return chosen
    shorts = {short for form in people for short in names.short_forms(form, "PERSON")}
    if not shorts:
        return chosen
    locatives = words.of("locative")
    result = []
    for cand in chosen:
        form = text[cand.start : cand.end]
        if cand.label in _PLACE_LABELS and form in shorts:
            before = text[max(cand.start - 12, 0) : cand.start].split()
            if not before or before[-1].casefold() not in locatives:
                cand = MentionCandidate(cand.start, cand.end, "PERSON", cand.source, None, sure=True)
        result.append(cand)
    return result
