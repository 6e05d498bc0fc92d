"""A Vietnamese family name the model left off a person's name ("Do" of "Do Thi Thu Trang").

Vietnamese names are written family name first, and several family names are English words ("Do",
"To", "Ha", "Le"), which the small model leaves out of the person ("Do Thi Thu Trang" read as "Thi
Thu Trang"). A person's span that starts with a Vietnamese middle name ("Thi", "Van", "Duc",
"Quoc", ...) right after a Vietnamese family name takes the family name in. Read from the words
before each person (no scan of the text), after ``in`` tests for the middle names.
"""

import re

from service.enrich.entities.candidates import MentionCandidate

_FAMILY = frozenset(
    {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo"}
    | {"Duong", "Ly", "Dinh", "Trinh", "Doan", "Truong", "Lam", "Luong", "Mai", "To", "Ta", "Cao", "Ha"}
)
_MIDDLE = frozenset({"Thi", "Van", "Duc", "Quoc", "Huu", "Minh", "Ngoc", "Xuan", "Thanh", "Cong", "Bich"})
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")


def family_first(text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """``chosen`` with Vietnamese family names taken into the people they begin."""
    if not any(f" {middle} " in text for middle in _MIDDLE):
        return chosen
    out = []
    for cand in chosen:
        first = text[cand.start : cand.end].split(" ", 1)[0]
        if cand.label == "PERSON" and first in _MIDDLE:
            before = _WORD_BEFORE.search(text, max(cand.start - 8, 0), cand.start)
            if before and before.group(1) in _FAMILY:
                start = before.start(1)
                cand = MentionCandidate(start, cand.end, "PERSON", cand.source, cand.entry, sure=True)
        out.append(cand)
    return out
