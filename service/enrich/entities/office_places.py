"""The town before a town officer's title and name is a place ("Tempe Mayor Ann Lee").

Local copy names a city's officers by the city, the office and the person: "Glendale Mayor Cy
Park", "Reno City Manager Bo Chan", "Sinaloa Gov. Ana Ruiz". The small model reads the town as an
organisation ("Tempe" of "Tempe Mayor"), takes the office's "City" into it ("Reno City"), or misses
it. One to three capitalised words right before a town's or a state's office ("Mayor", "City
Manager", "Gov.", ...) and a capitalised word are a place (GPE): the model's span is retyped (and
cut before "City"), or the name added where the model saw nothing. Not a party or another body the
alias table knows ("Labour Mayor ..."), not a people or a party's adjective the model tagged NORP
("Democratic Mayor ..."), not a stop word or a title ("Former Mayor ..."). One regular-expression
scan after an ``in`` test for the titles. A state's or a county's law officers are named the same
way ("Ohio Attorney General X", "Montgomery County Prosecutor X", "Fulton County District Attorney
X"); a model's span that runs into the title's first word ("Illinois Solicitor" of "Illinois
Solicitor General X") is cut back to the place. "City" is cut off only when the article also names the
town without it ("Reno"), since a town's own name may end in it ("Harbor City").
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_OFFICES = (
    r"(?:City|Town|Village) (?:Manager|Administrator|Attorney|Council member|Councilman|Councilwoman|"
    r"Council President)|Deputy Mayor|Mayor|Gov\.|Governor|Lt\. Gov\.|"
    # a state's or a county's law officers ("Ohio Attorney General X", "Fulton County District
    # Attorney X", "Montgomery County Prosecutor X"): the model reads the state into the title
    # ("Illinois Solicitor") or misses a county at a paragraph's start
    r"Attorney General|Solicitor General|Secretary of State|Prosecutor|District Attorney|Sheriff"
)
_WORD = r"[A-Z][\w'-]*\.?"
#: What may not stand before the first word is checked after its capital, so that re can skip to
#: capitals (the first word is written out).
_OFFICE = re.compile(rf"([A-Z](?<![\w.'-][A-Z])[\w'-]*\.?(?: {_WORD}){{0,2}}) (?:{_OFFICES}) (?=[A-Z])")
#: One of these in the text lets the regex run.
_CUES = (
    " Mayor ",
    " Manager ",
    " Gov. ",
    " Governor ",
    " Administrator ",
    " Attorney ",
    " Council",
    " General ",
    " Secretary of State ",
    " Prosecutor ",
    " Sheriff ",
)
_KEEP = frozenset({"GPE", "NORP", "FAC", "LOC"})
#: Words that open a title, not a town ("Former Mayor ...", "Acting City Manager ...").
_LEADS = frozenset(
    {"Former", "Acting", "Interim", "Outgoing", "Incoming", "Longtime", "Assistant", "Then", "Late", "New"}
)


def office_places(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the town before a town officer's title and name made a place (GPE)."""
    if not any(cue in text for cue in _CUES):
        return chosen
    out = list(chosen)
    added = False
    for match in _OFFICE.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        first = name.split(" ")[0]
        if first in words.stop or first in _LEADS or first in words.of("title") or name.endswith("."):
            continue
        if text.startswith((" City ", " Town ", " Village "), end) and not _alone_elsewhere(text, name):
            continue  # "Harbor City", "Quarry City": the town's own name may end in "City"
        same = [i for i, c in enumerate(out) if c.start == start and c.end in (end, end + len(" City"))]
        # the model's span run into the title's first word ("Illinois Solicitor" of "... General")
        same = same or [
            i
            for i, c in enumerate(out)
            if c.start == start and c.label == "ORG" and _title_word(text, end, c.end)
        ]
        if same:
            cand = out[same[0]]
            if (cand.label in _KEEP and cand.end == end) or cand.entry is not None:
                continue
            if any(text[start:end].endswith(" " + tail) for tail in words.of("org_tail")):
                continue
            out[same[0]] = MentionCandidate(start, end, "GPE", cand.source, None, sure=True)
        elif not any(c.start < end and start < c.end for c in out):
            out.append(MentionCandidate(start, end, "GPE", "title", sure=True))
            added = True
    if added:
        out.sort(key=lambda c: (c.start, c.end))
    return out


def _title_word(text: str, end: int, span_end: int) -> bool:
    """Whether a span ending at ``span_end`` runs from the town's end ``end`` over one title word."""
    run = text[end:span_end]
    return run.startswith(" ") and " " not in run[1:] and run[1:] in _TITLE_WORDS


#: First words of the offices above that the model may take into the town's span.
_TITLE_WORDS = frozenset({"Attorney", "Solicitor", "Secretary", "Prosecutor", "District", "Sheriff"})


def _alone_elsewhere(text: str, name: str) -> bool:
    """Whether the article names ``name`` without a "City", "Town" or "Village" after it too."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-]| City| Town| Village)", text) is not None
