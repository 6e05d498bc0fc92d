"""A name with an inner possessive noun cut in two: "St. Jude Children's Research Hospital".

Hospitals, parties and unions put a possessive plural inside their names ("Children's", "People's",
"Women's", "Workers'": ``possessive_head`` in ``entity_words.tsv``), and the model may stop at the
noun and start again after the possessive: "St. Jude Children" (read as a place) and "Research
Hospital". :func:`mentions._split_possessive` keeps such a name whole when the model gave it whole;
this joins the two halves when the first ends in such a noun, "'s " or "' " is all between, and
the second ends in an organisation's last word (``org_tail``: "Hospital", "Party", "Union").
The whole is an organisation. A pass over adjacent candidates after an ``in`` test.
"""

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords


def possessive_heads(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the halves of a name around an inner possessive noun joined (see the module)."""
    if "'s " not in text and "s' " not in text:
        return chosen
    heads, tails = words.of("possessive_head"), words.of("org_tail")
    out: list[MentionCandidate] = []
    for cand in chosen:
        if out and _joins(text, out[-1], cand, heads, tails):
            out[-1] = MentionCandidate(out[-1].start, cand.end, "ORG", cand.source, None, sure=True)
            continue
        out.append(cand)
    return out


def _joins(
    text: str, first: MentionCandidate, second: MentionCandidate, heads: frozenset[str], tails: frozenset[str]
) -> bool:
    between = text[first.end : second.start]
    if between not in ("'s ", "' ") or first.entry is not None:
        return False
    noun = text[first.start : first.end].rsplit(" ", 1)[-1]
    if noun not in heads or " " not in text[first.start : first.end]:
        return False
    return text[second.start : second.end].rsplit(" ", 1)[-1] in tails
