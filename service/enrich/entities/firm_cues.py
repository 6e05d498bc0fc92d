"""Firms the model reads as people or places, by the words right after the name.

Business, tech and institutional copy names a firm, a union or an agency alone ("Jefferies",
"Mandiant") and the small model, which does not know it, calls it a person or a place. The few
characters right after the name often show a body, not a person, and only those are read (no scan
of the text):

- a verb and "its" ("Jefferies lowered its target"): people take "his", "her" or "their"
  (only for a person: "the province and its capital", "the lake has its own ferry");
- ", which" and a verb of what a firm does ("Guildco, which represents 9,000 actors"); only for
  a person, as a place is "which" too;
- a firm's officer right after it and a name ("Streamco co-Chief Executive Ann Lee");
- an apposition ending in a kind of organisation before "of", "serving", "owned", ...
  ("Veritrace, the incident response arm of ...", "Labcorp, a pathology lab serving ...").

- the name an organisation goes by after it ("Hon Hai, known as Foxconn"): an organisation too;
- an acronym in capitals the model called a person ("LSEG said"): people's names are not written
  in capitals in a mixed-case line.

Only a person, or a place the gazetteer does not know, is retyped, and never a name the alias
table types: the mention becomes a sure ORG, which outvotes the model's other forms of it.
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: A verb and "its" right after the name ("lowered its", "has cut its", "said its").
_ITS = re.compile(
    r" (?:(?:has|had|will|would|also|then|again) )?"
    r"(?:[a-z]+ed|said|says|cut|cuts|set|sets|kept|keeps|put|puts|made|makes|raised|has|had|is|was) its\b"
)
#: ", which" and what a firm, a union or an agency does.
_WHICH = re.compile(
    r", which (?:represents|operates|owns|makes|runs|employs|builds|sells|supplies|trades|provides"
    r"|manufactures|produces|serves|controls|counts|is based|was founded|is owned|is backed|emerged)\b"
)
#: A firm's officer and a name after it ("co-Chief Executive Ann Lee", "CEO Bo Chan").
_OFFICER = re.compile(
    r" (?:co-)?(?:Chief (?:Executive|Financial Officer|Operating Officer|Technology Officer)"
    r"|CEO|CFO|COO|Managing Director|Chairman|Chairwoman|co-founder|founder) [A-Z]"
)
#: ", the incident response arm of", ", a pathology lab serving": an apposition ending in a kind.
_KIND_AFTER = re.compile(
    r", (?:the|a|an|its) (?:(?!(?:of|in|at|for|to|with|on|and) )[A-Za-z-]+ ){0,3}([a-z-]+)"
    r"(?= (?:of|serving|owned|run|backed|founded|that|which|whose|based|in|and)\b|[,.;:)])"
)
#: Capitals, digits and one hyphen or ampersand: an acronym ("LSEG", "SAG-AFTRA").
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,}(?:[-&][A-Z0-9]+)?")
#: Between a firm and the name it goes by: ", known as", ", better known as", " (known locally as".
_KNOWN_AS = re.compile(r",? (?:and (?:is|are) )?\(?(?:also |better |locally )?known (?:locally )?as [\"“]?")
_PERSON_OR_PLACE = frozenset({"PERSON", "GPE", "LOC", "FAC"})


def firm_cues(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the people and unknown places the words around them show to be firms as ORG."""
    out = [_retyped(text, c, words) for c in chosen]
    for index, cand in enumerate(out[1:], start=1):
        before = out[index - 1]
        if (
            before.label == "ORG"
            and cand.label != "ORG"
            and cand.entry is None
            and _KNOWN_AS.fullmatch(text, before.end, cand.start)
        ):
            out[index] = MentionCandidate(cand.start, cand.end, "ORG", cand.source, sure=True)
    return out


def _retyped(text: str, cand: MentionCandidate, words: EntityWords) -> MentionCandidate:
    if cand.label not in _PERSON_OR_PLACE or cand.sure or cand.entry is not None:
        return cand
    span = text[cand.start : cand.end]
    if cand.label != "PERSON" and (span in words.place_types or surface_key(span) in words.nations):
        return cand
    end = cand.end
    if cand.label == "PERSON" and _ACRONYM.fullmatch(span) and _mixed_case_line(text, cand.start):
        return MentionCandidate(cand.start, cand.end, "ORG", cand.source, cand.entry, sure=True)
    after = text[end : end + 2]
    if after == ", ":  # an apposition, or "which"
        kind = _KIND_AFTER.match(text, end)
        firm = bool(kind and kind.group(1) in words.of("org_noun")) or (
            cand.label == "PERSON" and _WHICH.match(text, end) is not None
        )
    elif after[:1] == " ":  # a verb and "its", or an officer
        firm = (
            cand.label == "PERSON" and " its" in text[end : end + 30] and _ITS.match(text, end) is not None
        ) or (_OFFICER.match(text, end) is not None)
    else:
        firm = False
    if firm:
        return MentionCandidate(cand.start, cand.end, "ORG", cand.source, cand.entry, sure=True)
    return cand


def _mixed_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` has lower-case letters (it is no shouted headline or table)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return any(c.islower() for c in text[start : end if end >= 0 else len(text)])
