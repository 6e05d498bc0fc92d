"""A body's organ named after it keeps its word: "ECOWAS Commission President X", "AU Commission".

Copy about regional blocs and firms names an organ or arm by the body and one organisation word:
"the ECOWAS Commission", "AU Commission chairman", "the Adani Group". The small model often tags
only the body (or the alias table finds only it), leaving the organ's word outside. An ORG name
right before one of a few organisation words ("Commission", "Secretariat", "Council", "Parliament",
"Group", ...) takes the word in, when what follows the word ends the name: a full stop, a comma, a
lowercase word other than "of", "for", "on" or "and" ("... Commission said"), or a title ("...
Commission President X"); not before "of" ("the EU Court of Justice" is another name, the model's
to find). Read from each organisation's own end; one ``str.startswith`` per candidate.
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_ORGANS = (
    " Commission",
    " Secretariat",
    " Council",
    " Parliament",
    " Assembly",
    " Group",
    " Foundation",
    " Institute",
)
#: What may follow the organ's word: the name ends there.
_END = re.compile(r"(?:[.,;:)'’]|\s+(?!(?:of|for|on|and)\b)[a-z]|$)")


def body_tails(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with each organisation followed by an organ's word extended over it."""
    out = list(chosen)
    for index, cand in enumerate(out):
        if cand.label != "ORG" or not text.startswith(_ORGANS, cand.end):
            continue
        organ = next(o for o in _ORGANS if text.startswith(o, cand.end))
        end = cand.end + len(organ)
        if end < len(text) and (text[end].isalnum() or text[end] == "-"):
            continue  # "Councillor", "Group-wide"
        rest = text[end : end + 30]
        after_title = rest.startswith(" ") and rest[1:].split(" ", 1)[0] in words.of("title")
        if not (after_title or _END.match(rest)):
            continue
        if index + 1 < len(out) and out[index + 1].start < end:
            continue  # another name starts inside the organ's word
        out[index] = MentionCandidate(cand.start, end, "ORG", cand.source, None, sure=cand.sure)
    return out
