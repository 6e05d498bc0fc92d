"""A title word that opens a body's or a competition's name: "the Premier League".

Some organisations and events are named with a word that is also a title: "the Premier League",
"the General Council", "the Chief Rabbinate Council". The small model may miss such a name, and
the rule that a capitalised word after a title is a person ("Premier Li Qiang") then reads the rest
as a person ("League"). A person the title rule found (or its copies elsewhere), every word
capitalised and the last an organisation's or an event's last word (``org_tail``, ``event_tail``
in ``entity_words.tsv``), right after a capitalised title word with no period, is that body or
event, title word included, and so is a people's or a country's name right before ("the Indian
Premier League").

Not after an honorific ("Mr. Bank", "Lord Court"): those take a surname, and surnames such as
"Bank" or "Court" are real. No building word: "Judge Hall" is a judge. A check of each title-led
person, no scan of the text.
"""

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: A nation's word right before the title word is part of the name ("Indian Premier League").
_NATIONAL = frozenset({"NORP", "GPE"})
#: Titles that only ever precede a person's name.
_HONORIFICS = frozenset(
    {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Judge", "Justice", "Sen", "Rep"}
)


def title_bodies(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with "<Title word> ... <League>" read as a person made the body (see the module)."""
    out: list[MentionCandidate] = []
    for cand in chosen:
        if cand.label == "PERSON" and cand.source in ("title", "propagated"):
            body = _body(text, cand, words)
            if body is not None and out and out[-1].label in _NATIONAL and out[-1].end == body.start - 1:
                body.start = out.pop().start  # "the Indian Premier League": the nation's word too
            if body is not None and not any(c.overlaps(body) for c in out):
                cand = body
        out.append(cand)
    return out


def _body(text: str, cand: MentionCandidate, words: EntityWords) -> MentionCandidate | None:
    name = text[cand.start : cand.end]
    last = name.rsplit(" ", 1)[-1]
    label = "ORG" if last in words.of("org_tail") else "EVENT" if last in words.of("event_tail") else None
    if label is None or not all(w[:1].isupper() for w in name.split(" ")):
        return None
    head = text[max(0, cand.start - 20) : cand.start]
    if not head.endswith(" ") or not head[:-1]:
        return None
    title = head[:-1].rsplit(" ", 1)[-1].lstrip("(\"'")
    if not title[:1].isupper() or title.endswith(".") or title in _HONORIFICS:
        return None
    if title not in words.of("title"):
        return None
    return MentionCandidate(cand.start - len(title) - 1, cand.end, label, cand.source, None, sure=True)
