"""Names of public bodies that join words with "and", commas, "for the ... District of ..." or a number.

Three kinds the model cuts into pieces:

- a US prosecutors' office or federal court with its district or circuit: "U.S. Attorney's
  Office for the Western District of Texas", "U.S. Court of Appeals for the Fourth Circuit",
  "U.S. District Court for the District of Columbia" (read only when the text holds such a head);
- a body whose name lists fields with "and" or commas after "the": "the Energy and Natural
  Resources Committee", "the Senate Banking, Housing and Urban Affairs Committee", "the Scotland
  and Ireland Hockey Board". The span the model gave ends in a body word (``body`` in
  ``entity_words.tsv``); capitalised words right after "the", with at least one "and" or comma
  among them, are put in front of it, unless one of the joined pieces is a name of its own (an
  alias, an acronym, a name ending in an organisation word: "the IMF, World Bank and Financial
  Stability Board" is a list);
- a military unit with its ordinal number: "the 4th Brigade Combat Team", "the 6th Fleet" (the
  model tags the number as an ordinal and the rest as an organisation, or nothing): the ordinal and
  the capitalised words after it, when the last of them is a unit word (``unit`` in
  ``entity_words.tsv``).
"""

import re

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: Up to three capitalised words (a district's state, a circuit's number word).
_PLACE = r"[A-Z]\w*(?: [A-Z]\w*){0,2}"
_JUSTICE = re.compile(
    r"(?<![\w.])(?:U\.S\. )?"
    r"(?:(?:District )?Attorney's Office|Court of Appeals|District Court|Bankruptcy Court)"
    rf"(?: for the (?:(?:[A-Z][a-z]+) )?(?:District|Circuit)(?: of (?:the )?{_PLACE})?"
    rf"| for the {_PLACE} Circuit)?"
)
_JUSTICE_HEADS = ("Attorney's Office", "Court of Appeals", "District Court", "Bankruptcy Court")
#: "the" and capitalised words, with commas or "and" between them, right before a span.
_FIELDS = re.compile(r"\b[Tt]he ((?:[A-Z][\w'-]*,? (?:and )?){1,6})$")
#: What joins the fields.
_JOINS = re.compile(r",? and |, ")
#: An ordinal and capitalised words (a unit's name): "4th Brigade Combat Team", "6th Fleet".
#: What may not stand before the number is checked after its first digit, so that re can skip to
#: digits.
_NUMBERED = re.compile(r"\d(?<![\w.-]\d)\d*(?:st|nd|rd|th)((?: [A-Z][a-z]+)+)")
#: How far back to look for "the" and the fields.
_LOOKBEHIND = 90


def joined_names(
    text: str, candidates: list[MentionCandidate], aliases: AliasTable, words: EntityWords
) -> list[MentionCandidate]:
    """Longer organisation candidates for the names in the module's docstring."""
    found = []
    if any(head in text for head in _JUSTICE_HEADS):
        found += [MentionCandidate(*m.span(), "ORG", "ner", sure=True) for m in _JUSTICE.finditer(text)]
    if "th " in text or "st " in text or "nd " in text or "rd " in text:
        units = words.of("unit")
        for match in _NUMBERED.finditer(text):
            if match.group(1).rsplit(" ", 1)[-1] in units:
                found.append(MentionCandidate(*match.span(), "ORG", "ner", sure=True))
    bodies = words.of("body")
    for cand in candidates:
        if cand.label != "ORG" or text[cand.start : cand.end].rsplit(" ", 1)[-1] not in bodies:
            continue
        fields = _FIELDS.search(text, max(0, cand.start - _LOOKBEHIND), cand.start)
        if (
            fields
            and (" and " in fields.group() or "," in fields.group(1))
            and _fields_only(fields.group(1), aliases, words)
        ):
            found.append(MentionCandidate(fields.start(1), cand.end, "ORG", "ner", sure=True))
    return found


def _fields_only(joined: str, aliases: AliasTable, words: EntityWords) -> bool:
    """Whether the joined words are fields of one name, no names of their own."""
    for piece in filter(None, _JOINS.split(joined.strip(" ,"))):
        last = piece.rsplit(" ", 1)[-1]
        if aliases.lookup(piece) is not None or (piece.isupper() and len(piece) > 1):
            return False
        if last in words.of("org_tail") or last in words.of("body") or last in words.of("org_suffix"):
            return False
    return True
