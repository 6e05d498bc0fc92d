"""A firm and its home country the model read as one name ("Datalogic of Italy").

Business copy names a foreign firm with its country: "rivals such as Datalogic of Italy", "partners
include Hanbit Holdings of South Korea". The model takes "X of <country>" for one organisation, as
it would "Bank of Italy". The span is split into the firm and the country when the words before
"of" are a firm's name: they end in a corporate suffix or a firm's generic word ("Holdings",
"Group"), or they are one word that names no institution of a state ("Bank", "Government",
"Republic", "University", ...: the ``body`` and ``org_tail`` words and a few more) and that the text
never writes in lower case. "... of America" is left whole: many American names end so ("Acme Corp.
of America", "Bank of America"). Read only inside the model's spans.
"""

import re

from service.enrich.entities.aliases import AliasTable, surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.org_heads import FIRM_WORDS
from service.enrich.entities.words import EntityWords

_OF = re.compile(r" of (?:the )?([A-Z][\w.' -]*)$")
#: First words of a state's own institutions "of" a country besides the body and tail words.
_STATE_HEADS = frozenset(
    {"Republic", "Kingdom", "Government", "Embassy", "Consulate", "Church", "State", "Emirate", "Sultanate"}
    | {
        "Principality",
        "Commonwealth",
        "Duchy",
        "Diocese",
        "Archdiocese",
        "Order",
        "People",
        "Crown",
        "Chamber",
    }
)


def firm_origins(
    text: str,
    chosen: list[MentionCandidate],
    aliases: AliasTable,
    words: EntityWords,
    lowercase: frozenset[str],
) -> list[MentionCandidate]:
    """``chosen`` with each "<firm> of <country>" span split in two (see the module)."""
    out = []
    for cand in chosen:
        out += (
            _split(text, cand, aliases, words, lowercase)
            if cand.label == "ORG" and cand.entry is None
            else [cand]
        )
    return out


def _split(
    text: str, cand: MentionCandidate, aliases: AliasTable, words: EntityWords, lowercase: frozenset[str]
) -> list[MentionCandidate]:
    of = _OF.search(text, cand.start, cand.end)
    if not of or of.group(1) == "America" or surface_key(of.group(1)) not in words.nations:
        return [cand]  # "... of America" ends many American names ("Lumen Corp. of America")
    head = text[cand.start : of.start()]
    last = head.rsplit(" ", 1)[-1]
    if last in words.of("body") or last in words.of("title") or last in _STATE_HEADS:
        return [cand]  # "Development Bank of Japan", "Prime Minister of ...", "Republic of ..."
    firm = last in FIRM_WORDS or last in words.of("org_suffix")
    if not firm and " " not in head:
        firm = head not in words.of("org_tail") and head.casefold() not in lowercase
    if not firm:
        return [cand]
    entry = aliases.lookup(of.group(1))
    label = aliases.entries[entry].type if entry is not None else "GPE"
    return [
        MentionCandidate(cand.start, of.start(), "ORG", cand.source, sure=True),
        MentionCandidate(of.start(1), of.end(1), label, cand.source, entry),
    ]
