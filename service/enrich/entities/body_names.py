"""More names of public bodies the model cuts short, read right after the span (no scan of the text).

Kinds :mod:`.long_names` leaves out, from institutional, financial and climate copy:

- a body "on" a field: "Grantham Institute on Climate Change and the Environment", "Council on
  Foreign Relations" (a day or a month after "on" is a date, not a field), also when the model's
  span stopped at the field's "and";
- a ministry or department "of" several fields with commas: "Department of Energy, Mines,
  Industry Regulation and Safety", "Ministry of Agriculture, Forestry and Fisheries", unless the
  model or the alias table found a name among them (a list: "the Department of Energy, Acme and
  Globex");
- a bank, an office or another body "of" a city or a US state the gazetteer knows: "Federal
  Reserve Bank of Kansas City" (:mod:`.long_names` takes a country only).
"""

import re

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_WORD = r"[A-Z][\w'-]*"
#: Capitalised words with "and", "of", "the", "and the", "of the" between them.
_FIELDS = rf"{_WORD}(?: (?:(?:and|of|for)(?: the)? |the )?{_WORD})*"
_ON = re.compile(rf" on (?:the )?({_FIELDS})")
_COMMAS = re.compile(
    rf"(?:, {_WORD}(?: {_WORD}){{0,2}})+,? and (?:the )?{_WORD}(?: {_WORD}){{0,2}}(?=[ ,.;:)'’]|$)"
)
_AND_MORE = re.compile(rf" and (?:the )?{_WORD}(?: {_WORD}){{0,2}}(?=[ ,.;:)'’]|$)")
_FIELD = re.compile(r"\b(?:Ministry|Department|Office|Secretariat) of [A-Z]")
_OF_PLACE = re.compile(rf" of ({_WORD}(?: {_WORD}){{0,2}})(?![\w'-]| [A-Z])")


def body_names(
    text: str, candidates: list[MentionCandidate], aliases: AliasTable, words: EntityWords
) -> list[MentionCandidate]:
    """Longer candidates for bodies named "on" a field, "of" fields with commas or "of" a city.

    The companion of :func:`~service.enrich.entities.long_names.long_names`, which runs first.
    """
    found = []
    starts = {c.start for c in candidates}
    for cand in candidates:
        if cand.label != "ORG":
            continue
        span = text[cand.start : cand.end]
        last = span.rsplit(" ", 1)[-1]
        end = None
        if last in words.of("body"):
            end = _on_field(text, cand.end, words, starts) or _of_place(text, cand.end, words)
        elif " on " in span and span.split(" on ", 1)[0].rsplit(" ", 1)[-1] in words.of("body"):
            more = _AND_MORE.match(text, cand.end)  # the model's span stopped at the field's "and"
            end = more.end() if more and more.start() + 5 not in starts else None
        if end is None and _FIELD.search(span) and (more := _COMMAS.match(text, cand.end)):
            inner = range(cand.end + 1, more.end())
            pieces = re.findall(rf"{_WORD}(?: {_WORD}){{0,2}}", more.group())
            known = any(aliases.lookup(p) is not None or p in words.place_types for p in pieces)
            if not known and not any(s in starts for s in inner):
                end = more.end()
        if end is not None:
            found.append(MentionCandidate(cand.start, end, "ORG", cand.source, sure=True))
    return found


def _on_field(text: str, end: int, words: EntityWords, starts: set[int]) -> int | None:
    """The end of "on <field>" after a body, unless a date or a name the model found follows."""
    field = _ON.match(text, end)
    if not field or field.start(1) in starts:
        return None
    first = field.group(1).split(" ", 1)[0]
    if first in words.stop or f"{first}." in words.stop:  # "on Dec. 5"
        return None
    return field.end(1)


def _of_place(text: str, end: int, words: EntityWords) -> int | None:
    """The end of "of <place>" after a body, when the capitalised words there are a known place."""
    place = _OF_PLACE.match(text, end)
    if not place:
        return None
    return place.end(1) if place.group(1) in words.place_types else None
