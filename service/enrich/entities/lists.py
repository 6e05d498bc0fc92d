"""Lists of names share a kind: "Ann Lee, Bo Chan and Cy Park", "Acme, Globex and Initech"."""

import re
from collections import Counter

from service.enrich.entities.candidates import MentionCandidate

#: What may stand between two items of a list: a comma, "and", "the" before a name, a line-up
#: number ("2 - ").
_GAP = re.compile(r"^(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:\d+\s*-\s*)?$")
_MIN_ITEMS = 3
#: Labels a list decides between.
_KINDS = frozenset({"PERSON", "ORG"})


def consistent(raw: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """Items of a list of three or more names take the label most of them have (PERSON or ORG)."""
    out = list(chosen)
    run: list[int] = []
    for index in range(len(out) + 1):
        if index < len(out) and run and _GAP.match(raw[out[run[-1]].end : out[index].start]):
            run.append(index)
            continue
        if len(run) >= _MIN_ITEMS:
            _settle(out, run)
        run = [index] if index < len(out) else []
    return out


def _settle(out: list[MentionCandidate], run: list[int]) -> None:
    votes = Counter(out[i].label for i in run)
    label, count = votes.most_common(1)[0]
    if label not in _KINDS or count * 3 < len(run) * 2:
        return
    for i in run:
        cand = out[i]
        if (
            cand.label != label
            and cand.label in _KINDS | {"GPE", "LOC", "NORP"}
            and cand.entry is None
            and not cand.sure
        ):
            out[i] = MentionCandidate(cand.start, cand.end, label, cand.source, None, sure=True)


def _prefixes(form: str) -> set[str]:
    """The leading words of a name: "Acme", "Acme Widgets", "Acme Widgets Inc"."""
    words = form.split()
    return {" ".join(words[:k]) for k in range(1, len(words) + 1)}


_COORDINATION = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _acronym(piece: str) -> bool:
    """An acronym of two to six capitals ("ING", "HSBC")."""
    return 2 <= len(piece) <= 6 and piece.isalpha() and piece.isupper()


def split_coordinated(raw: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """Split a name like "Acme and Globex" in two when the article names each part on its own.

    A piece counts as named on its own when another mention is that piece or starts with it
    ("Acme" after "Acme Widgets Inc"), so "Marks and Spencer" stays whole; so does an acronym
    ("ING and Capital Economics": firms named by their initials are names of their own).
    """
    if not any(c.label == "ORG" and _COORDINATION.search(raw, c.start, c.end) for c in chosen):
        return chosen
    known: Counter[str] = Counter()
    for form in {raw[cand.start : cand.end] for cand in chosen}:
        known.update(_prefixes(form))
    out: list[MentionCandidate] = []
    for cand in chosen:
        form = raw[cand.start : cand.end]
        if cand.label != "ORG" or not _COORDINATION.search(form):
            out.append(cand)
            continue
        pieces, at = [], cand.start
        for match in _COORDINATION.finditer(form):
            pieces.append((at, cand.start + match.start()))
            at = cand.start + match.end()
        pieces.append((at, cand.end))
        own = _prefixes(form)  # "Women" of "Women and Children's Hospital" is no mention of its own
        alone = [
            p
            for p in pieces
            if known[raw[p[0] : p[1]]] > (raw[p[0] : p[1]] in own) or _acronym(raw[p[0] : p[1]])
        ]
        if len(alone) == len(pieces):
            out += [MentionCandidate(s, e, cand.label, cand.source, None, cand.sure) for s, e in pieces]
        else:
            out.append(cand)
    return out
