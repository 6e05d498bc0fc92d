"""Names of public bodies the model cuts at a function word.

Read from the characters right after an organisation's span (no scan of the text):

- a body and "of" and a country: "Securities and Exchange Board of India", "Central Bank of
  Nigeria" (not only "... Board" and a place);
- a body and "for (the)" and capitalised words: "Kiel Institute for the World Economy", "Centre
  for Economic Policy Research";
- a ministry or department "of" or "for" a field, "and" one more: "Federal Ministry for Economic
  Affairs and Energy", "Department of Health and Social Care".

The body is a span that ends in a word naming one (``body`` in ``entity_words.tsv``: "Board",
"Institute", "Ministry", ...); a capitalised word after "and" that the alias table or the
gazetteer knows is a name of its own ("... Department of Justice and Google").
"""

import re

from service.enrich.entities.aliases import AliasTable, surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: Capitalised words, with "and", "of", "the" between them.
_WORDS = r"[A-Z][\w'-]*(?: (?:(?:and|of|the) )?[A-Z][\w'-]*)*"
_OF_COUNTRY = re.compile(r" of ([A-Z][\w.' -]*?)(?=[ ,.;:)'’]|$)")
_FOR = re.compile(rf" for (?:the )?{_WORDS}")
_AND = re.compile(r" and ([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})(?=[ ,.;:)'’]|$)(?! [A-Z])")
#: The words of a ministry's name before its field ("Ministry of", "Department for").
_FIELD = re.compile(r"\b(?:Ministry|Department|Office|Secretariat) (?:of|for) ")


def long_names(
    text: str, candidates: list[MentionCandidate], aliases: AliasTable, words: EntityWords
) -> list[MentionCandidate]:
    """Longer organisation candidates for the bodies whose names go on (see the module)."""
    found = []
    for cand in candidates:
        if cand.label != "ORG":
            continue
        span = text[cand.start : cand.end]
        end = None
        if span.rsplit(" ", 1)[-1] in words.of("body"):
            country = _OF_COUNTRY.match(text, cand.end)
            if country and surface_key(country.group(1)) in words.nations:
                end = country.end(1)
            elif more := _FOR.match(text, cand.end):
                end = more.end()
        if end is None and _FIELD.search(span) and (more := _AND.match(text, cand.end)):
            tail = more.group(1)
            if aliases.lookup(tail) is None and tail not in words.place_types:
                end = more.end()
        if end is not None:
            found.append(MentionCandidate(cand.start, end, "ORG", cand.source, sure=True))
    return found
