"""Long names the model cut, restored from the acronym in parentheses that spells them.

Kind: a body's name of four or five words, often in another language or with an inner lowercase
word, defined by its acronym right after it: "Sociedad Química y Minera (SQM)", "Malaysian Palm Oil
Board (MPOB)", "Mediterranean Shipping Company (MSC)", "Central Drugs Standard Control Organisation
(CDSCO)". The small model tags a piece ("Sociedad" as a place, "Malaysian" as a people,
"Mediterranean" as the sea) or nothing, so the acronym has no name to join. The capitalised words
right before "(ACR)" whose first letters spell the acronym exactly, with lowercase joining words
between them ("y", "de", "of", "and", ...), are one organisation when the model tagged a piece of
them or the last word ends an organisation's name ("Organisation", "Board"). Not a name the tables
know as something else ("United Arab Emirates (UAE)"), not a title ("Chief Executive Officer
(CEO)"), not an acronym the word lists call no name ("AI").

One regular-expression scan for "(ACR)" (in C), after one test of the text for " (".
"""

import re

from service.enrich.entities.aliases import AliasTable, surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_DEFINED = re.compile(r" \(([A-Z][A-Z]{1,7})\)")
#: Lowercase words inside a body's name, in English and in the languages news prints untranslated.
_JOINING = frozenset(
    {"of", "and", "for", "the", "y", "e", "de", "del", "la", "las", "los", "do", "da", "dos", "das"}
    | {"du", "des", "et"}
)
_MAX_WORDS = 9


def defined_names(
    text: str, chosen: list[MentionCandidate], aliases: AliasTable, words: EntityWords
) -> list[MentionCandidate]:
    """Organisations of the module's kind, as sure candidates (longer than the model's pieces)."""
    if " (" not in text:
        return []
    found = []
    for match in _DEFINED.finditer(text):
        acronym = match.group(1)
        if acronym in words.of("never"):
            continue
        bounds = _spelled_before(text, match.start(), acronym)
        if bounds is None:
            continue
        start, end = bounds
        if text.endswith(("'s", "’s"), start, end):
            end -= 2  # "... Fisheries Board's (NFB)"
        # a longer name the model found holds the run's first words ("National Council for
        # Veterans Support" before "... of the Army and Navy (VSAN)"): the name starts there
        start = min([start] + [c.start for c in chosen if c.label == "ORG" and c.start < start < c.end])
        name = text[start:end]
        entry = aliases.lookup(name)
        if entry is not None or name in words.place_types or surface_key(name) in words.nations:
            continue
        tokens = name.split()
        if set(tokens) & words.of("title") or tokens[0] in words.stop:
            continue
        pieces = any(c.start < end and start < c.end for c in chosen)
        if pieces or tokens[-1] in words.of("org_tail"):
            found.append(MentionCandidate(start, end, "ORG", "acronym", sure=True))
    return found


def _spelled_before(text: str, end: int, acronym: str) -> tuple[int, int] | None:
    """Bounds of the shortest run of words ending at ``end`` whose capitals spell ``acronym``."""
    line_start = text.rfind("\n", 0, end) + 1
    tokens = text[line_start:end].split(" ")[-_MAX_WORDS:]
    if not tokens[-1][:1].isupper():
        return None
    letters = ""
    length = 0
    for token in reversed(tokens):
        length += len(token) + 1
        bare = token.rstrip(",")  # "Philippine Atmospheric, Geophysical and ... (PAGASA)"
        if bare[:1].isupper() and bare.replace("-", "").replace("'", "").isalpha():
            letters = token[0] + letters
            if letters == acronym:
                return end - length + 1, end
            if not acronym.endswith(letters):
                return None
        elif token not in _JOINING:
            return None
    return None
