"""Crude grades named before "crude": products, not firms or people ("Norsk Light crude").

Market copy names an oil benchmark or grade right before the word "crude" ("Kestrel crude fell",
"Gulf Sour (GS) crude rose"); the small model calls it a firm or a person, or misses it. The
capitalised words right before "crude" (an acronym in parentheses between them and "crude" is the
same grade) are a PRODUCT, without a leading demonym, country or place ("Saudi crude", "U.S. Gulf
Sour crude"), a stop word or a word that opens market sentences ("Benchmark", "Spot"); not a name the
alias table knows, nor a producer before "crude exports" or "crude output" ("Petronor crude
output"). The grade found once is the grade wherever the candidates name it in the same form.
The text is searched for the word "crude" only (one regular-expression scan, in C).
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: Up to three capitalised words, an optional acronym in parentheses, then "crude".
_GRADE = re.compile(
    r"((?:[A-Z][\w-]*)(?: [A-Z][\w-]*){0,2})(?: \(([A-Z]{2,5})\))? crude\b"
    r"(?! (?:exports|output|production|imports|shipments|supplies|sales|purchases|buyers|throughput))"
)
#: Capitalised words before a grade that are no part of it.
_NOT_GRADE = frozenset({"Benchmark", "Global", "International", "Front-month", "Spot"})


def crude_grades(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the grades named before "crude" as products (see the module rules)."""
    if " crude" not in text:
        return chosen
    spans: list[tuple[int, int]] = []
    for match in _GRADE.finditer(text):
        start, end = _grade_words(text, *match.span(1), words)
        if start < end and not any(c.entry is not None and c.start < end and start < c.end for c in chosen):
            spans.append((start, end))
            if match.group(2):
                spans.append(match.span(2))
    if not spans:
        return chosen
    forms = {text[s:e] for s, e in spans}
    kept = [c for c in chosen if not any(c.start < e and s < c.end for s, e in spans)]
    out = [
        MentionCandidate(c.start, c.end, "PRODUCT", c.source, c.entry, sure=True)
        if text[c.start : c.end] in forms and c.entry is None
        else c
        for c in kept
    ]
    out += [MentionCandidate(s, e, "PRODUCT", "ner", sure=True) for s, e in spans]
    return sorted(out, key=lambda c: c.start)


def _grade_words(text: str, start: int, end: int, words: EntityWords) -> tuple[int, int]:
    """The grade's own words of ``text[start:end]``: leading peoples, places and stop words dropped."""
    *lead, _ = text[start:end].split(" ")
    for word in lead:
        if not (
            word in _NOT_GRADE
            or word in words.stop
            or words.is_demonym(word)
            or surface_key(word) in words.nations
            or word in words.place_types  # not the last word: grades are named after places ("Brent")
        ):
            return start, end
        start += len(word) + 1
    last = text[start:end]
    if (
        last in _NOT_GRADE
        or last in words.stop
        or words.is_demonym(last)
        or surface_key(last) in words.nations
    ):
        return end, end
    return start, end
