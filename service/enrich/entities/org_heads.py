"""A firm named later by its name without the generic last word ("Carrowmore" for "Carrowmore Health").

Business copy gives a firm's full name once and then drops its generic last word: "Cedar Ridge
Bank" becomes "Cedar Ridge", "Brightline Health" "Brightline". The model misses the short form or
calls it a person (two capitalised words look like a name). When the article names an organisation
whose last word is a firm's generic word (``firm_word`` below and the corporate suffixes), the
words before it, standing alone elsewhere in the text, are that organisation.

Left alone: a short form that is a place, a nation, a people, a title or a stop word, one written
in lower case elsewhere in the text (a common word: "Central" of "Central Bank"), generic adjectives
that begin bodies' names and a short form that runs on into another capitalised word. One regex
over the text, built only when the article names such a firm.
"""

import re

from service.enrich.entities.aliases import AliasTable, surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: Last words of firms' names that the firm drops when named again (also used by :mod:`.firm_origins`).
FIRM_WORDS = frozenset(
    {
        "Bank",
        "Group",
        "Holdings",
        "Health",
        "Healthcare",
        "Financial",
        "Technologies",
        "Technology",
        "Systems",
        "Partners",
        "Capital",
        "Brands",
        "Industries",
        "Labs",
        "Media",
        "Entertainment",
        "Pharmaceuticals",
        "Therapeutics",
        "Energy",
        "Minerals",
        "Mining",
        "Resources",
        "Lithium",
        "Metals",
        "Motors",
        "Airlines",
        "Airways",
        "Records",
        "Bancorp",
        "Networks",
        "Electronics",
        "Semiconductor",
        "Software",
        "Wholesale",
        "Securities",
        "Communications",
        "Insurance",
    }
)
#: Adjectives that begin the names of many bodies: no short form of one of them.
_GENERIC = frozenset(
    {
        "National",
        "Central",
        "Federal",
        "State",
        "World",
        "International",
        "Global",
        "First",
        "United",
        "General",
        "Royal",
        "Standard",
        "Development",
        "Investment",
        "Commercial",
        "Reserve",
        "Popular",
        "People's",
        "New",
        "North",
        "South",
        "East",
        "West",
    }
)


def org_heads(
    text: str,
    chosen: list[MentionCandidate],
    aliases: AliasTable,
    words: EntityWords,
    lowercase: frozenset[str],
) -> list[MentionCandidate]:
    """``chosen`` with the short forms of the article's firms as ORG mentions (see the module)."""
    heads: dict[str, int | None] = {}
    for cand in chosen:
        if cand.label != "ORG":
            continue
        head, _, last = text[cand.start : cand.end].rpartition(" ")
        if (
            head
            and (last in FIRM_WORDS or last in words.of("org_suffix"))
            and _usable(head, aliases, words, lowercase)
        ):
            heads.setdefault(head, cand.entry)
    if not heads:
        return chosen
    pattern = re.compile(
        r"(?<![\w&.-])("
        + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
        + r")(?![\w&-]| [A-Z])"
    )
    at = {(c.start, c.end): i for i, c in enumerate(chosen)}
    out = list(chosen)
    added = []
    for match in pattern.finditer(text):
        span = match.span(1)
        index = at.get(span)
        if index is not None:
            cand = out[index]
            if cand.label != "ORG" and cand.entry is None and not cand.sure:
                out[index] = MentionCandidate(*span, "ORG", cand.source, heads[match.group(1)], sure=True)
        elif not any(c.start < span[1] and span[0] < c.end for c in chosen):
            added.append(MentionCandidate(*span, "ORG", "propagated", heads[match.group(1)], sure=True))
    return sorted(out + added, key=lambda c: c.start) if added else out


def _usable(head: str, aliases: AliasTable, words: EntityWords, lowercase: frozenset[str]) -> bool:
    """Whether ``head`` may stand for the firm alone (see the module's "left alone")."""
    first = head.split(" ", 1)[0]
    if not all(w[:1].isupper() for w in head.split()) or len(head) < 4:
        return False
    if first in _GENERIC or first in words.stop or first in words.of("title") or head in words.place_types:
        return False
    if words.is_demonym(head) or head.casefold() in lowercase or surface_key(head) in words.nations:
        return False
    entry = aliases.lookup(head)
    return entry is None or aliases.entries[entry].type == "ORG"
