"""A title the model glued to the end of the name before it ("Acme Chief Executive", "Aurora Mayor").

Business and local copy puts a title between a body and a person: "Acme Chief Executive Ann Lee",
"Streamco co-Chief Executive Bo Chan", "Aurora Mayor Cy Park". The model often reads the name and
the title as one span, and calls it a person or an organisation. When such a span ends in a
firm's officer title and a capitalised word follows, the title is cut off and the rest is an
organisation; when it ends in the title of a town's or a state's office ("Mayor", "Governor",
"Premier"), the rest is a place. Read only at the span's end.
"""

import re

from service.enrich.entities.candidates import MentionCandidate

_OFFICER = re.compile(
    r" (?:co-Chief|(?:co-)?(?:Chief (?:Executive|Financial Officer|Operating Officer)|CEO|CFO|COO)"
    r"|Managing Director|Chairman|Chairwoman)$"
)
_OFFICE = re.compile(r" (?:Mayor|Governor|Gov\.|Premier|Lt\. Gov\.|Lieutenant Governor)$")
#: The last words of those titles: one ``str.endswith`` before any regex.
_LAST_WORDS = (
    " co-Chief",
    " Executive",
    " Officer",
    " CEO",
    " CFO",
    " COO",
    " Director",
    " Chairman",
    " Chairwoman",
    " Mayor",
    " Governor",
    " Gov.",
    " Premier",
)


def glued_titles(text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """``chosen`` with a title glued to the end of a name cut off, the name typed by the title."""
    return [_cut(text, c) for c in chosen]


def _cut(text: str, cand: MentionCandidate) -> MentionCandidate:
    if (
        not text.endswith(_LAST_WORDS, cand.start, cand.end)
        or cand.entry is not None
        or not text[cand.end : cand.end + 2].strip()[:1].isupper()
    ):
        return cand
    if officer := _OFFICER.search(text, cand.start, cand.end):
        return MentionCandidate(cand.start, officer.start(), "ORG", cand.source, sure=True)
    if (office := _OFFICE.search(text, cand.start, cand.end)) and cand.label in ("PERSON", "GPE"):
        return MentionCandidate(cand.start, office.start(), "GPE", cand.source, sure=True)
    return cand
