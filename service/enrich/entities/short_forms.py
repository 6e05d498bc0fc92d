"""Short forms a full name allows later in an article: a surname, a team's nickname."""

import re

from service.enrich.entities.words import EntityWords

_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-", re.IGNORECASE)
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_SURNAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "dos", "du", "van", "von", "der", "la", "le", "bin"}
)


def short_forms(form: str, label: str, words: EntityWords) -> list[str]:
    """Later short mentions a full name allows: "Khugyani", "Ansari", "Di Lorenzo", "Celtics"."""
    tokens = form.split()
    if len(tokens) < 2 or label not in ("PERSON", "ORG"):
        return []
    last = tokens[-1]
    if label == "ORG":
        # Only "Boston Celtics" -> "Celtics": two capitalised words, the last no place or generic word.
        plain = len(tokens) == 2 and all(t[0].isupper() and t.isalpha() for t in tokens) and len(last) > 3
        generic = words.of("org_tail") | words.of("org_suffix") | words.stop
        return [last] if plain and last not in generic and last not in words.place_types else []
    while len(tokens) > 2 and tokens[-1].rstrip(".,") in _NAME_SUFFIXES:
        tokens = tokens[:-1]  # "Martin Luther King Jr." is later "King"
    last = tokens[-1]
    if last.rstrip(".,") in _NAME_SUFFIXES:
        return []
    found = [last]
    if _PARTICLE.match(last):
        found.append(_PARTICLE.sub("", last))
    if len(tokens) > 2 and tokens[-2].casefold() in _SURNAME_PARTICLES:
        found.append(" ".join(tokens[-2:]))
    return [f for f in found if len(f) > 2 and (f[0].isupper() or _PARTICLE.match(f)) and f not in words.stop]
