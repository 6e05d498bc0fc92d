"""Short forms a full name allows later in an article: a surname, a team's nickname, a firm's name."""

import re

from service.enrich.entities.words import EntityWords

_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-", re.IGNORECASE)
#: Welsh patronymics, written lowercase in a surname alone too ("ap Rhys"); the others are then
#: capitalised ("Van der Berg").
_WELSH = frozenset({"ap", "ab"})
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_SURNAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "dos", "du", "van", "von", "der", "la", "le", "bin", "ibn", "ap", "ab"}
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
        generic = words.generic_org
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
        size = 3 if len(tokens) > 3 and tokens[-3].casefold() in _SURNAME_PARTICLES else 2
        tail = " ".join(tokens[-size:])  # "van der Berg", and "Van der Berg" at a sentence start
        found += [tail, tail[:1].upper() + tail[1:]]
    elif len(tokens) > 2 and tokens[-2][:1].isupper() and tokens[-2].isalpha():
        found.append(" ".join(tokens[-2:]))  # "Suu Kyi" of "Aung San Suu Kyi", "Garcia Lopez"
    return [
        f
        for f in found
        if len(f) > 2
        and (f[0].isupper() or _PARTICLE.match(f) or f.split()[0] in _WELSH)
        and f not in words.stop
    ]


#: A given name as a lone word: capitalised letters, maybe hyphenated ("Jean-Claude"), no initial.
_GIVEN = re.compile(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?$")


def given_name(form: str, words: EntityWords) -> str | None:
    """The first word of a person's full name, which may later stand alone: "Serena", "Xi", "Kim".

    In Western order it is the given name ("Serena" of "Serena Williams"); in Chinese or Korean order
    the family name ("Xi" of "Xi Jinping"). Either way a lone mention of it names the one person of
    the article whose full name starts with it. Not an initial ("K. Evans"), a particle ("al-") or a
    stop word, and only of a name whose other words are capitalised or particles.
    """
    tokens = form.split()
    while len(tokens) > 1 and tokens[-1].rstrip(".,") in _NAME_SUFFIXES:
        tokens = tokens[:-1]  # "Quill Sr." gives no first name: "Quill" may be the son
    if len(tokens) < 2:
        return None
    first = tokens[0]
    if not _GIVEN.match(first) or first in words.stop or first.casefold() in _SURNAME_PARTICLES:
        return None
    if not all(t[:1].isupper() or t.casefold() in _SURNAME_PARTICLES for t in tokens[1:]):
        return None  # "Brackley at Hanford" is no one's name
    if any(_not_a_name(t, words, _INSIDE) for t in tokens[:-1]) or _not_a_name(tokens[-1], words, _LAST):
        return None  # "Fire Chief", "Talbot County", "Moss River": a title or a place
    return first


def inner_names(form: str, words: EntityWords) -> list[str]:
    """The inner words of a person's full name of three words or more that may stand alone later.

    Kind: a name known by a word inside its full name ("Lula" of "Luiz Inacio Lula da Silva"):
    news writes long Portuguese and Spanish names in full once, then by the name the person goes
    by; Indonesian and Malay names of three words are shortened to the name the person goes by,
    often the middle one ("Fauzan" of "Ahmad Fauzan Hakim"). Only capitalised words of letters
    between the first word and the surname (a particle, "da", ends the search), never an initial,
    a title or a word of the stop list. Call only for a name :func:`given_name` accepts.
    """
    tokens = form.split()
    while len(tokens) > 1 and tokens[-1].rstrip(".,") in _NAME_SUFFIXES:
        tokens = tokens[:-1]
    if len(tokens) < _INNER_MIN:
        return []
    found = []
    for token in tokens[1:-1]:
        if token.casefold() in _SURNAME_PARTICLES:
            break
        if _GIVEN.match(token) and token not in words.stop and token not in words.of("title"):
            found.append(token)
    return found


#: Fewest words of a full name whose inner words may stand alone ("Ahmad Fauzan Hakim").
_INNER_MIN = 3
#: Word lists whose words are no part of a person's name; a title may end one ("Stephen King").
_LAST = ("stop", "org_tail", "fac_tail", "loc_tail", "org_suffix")
_INSIDE = ("title", *_LAST)


def _not_a_name(token: str, words: EntityWords, kinds: tuple[str, ...]) -> bool:
    lowered = token.casefold()
    if lowered in words.of("admin_noun") or lowered in words.of("loc_noun"):
        return True
    return any(token in words.of(kind) for kind in kinds)


#: Last words of a name whose first words name the larger body it belongs to.
_PART_OF_A_BODY = frozenset({"Committee", "Subcommittee", "Caucus"})
#: Words after which a name's tail is not a name of its own ("Bank of England" is not "England").
_JOINERS = frozenset({"of", "for", "and", "in", "on", "the", "de", "&"})


def organisation_parts(form: str, words: EntityWords) -> tuple[list[str], list[str]]:
    """Shorter names an organisation's full name allows: ``(heads, tails)``.

    Heads are its leading words, a corporate suffix left aside ("Acme" and "Acme Widgets" of "Acme
    Widgets Inc", "First Chicago" of "First Chicago Corp"); tails its trailing words ("White Sox" of
    "Chicago White Sox", "Labor Department" of "U.S. Labor Department"). A lone generic word
    ("Department", "Bank") is never one. A committee's name has no heads: its first words name the
    body it belongs to ("Senate" of "Senate Finance Committee" is the chamber, not the committee).
    """
    tokens = form.split()
    if len(tokens) < 2:
        return [], []
    generic = words.generic_org
    body = tokens[:-1] if tokens[-1] in words.of("org_suffix") else tokens
    heads = [" ".join(body[:k]) for k in range(1, len(body)) if _plain(body[:k], generic)]
    if tokens[-1] in _PART_OF_A_BODY:
        heads = []
    tails = [
        " ".join(tokens[k:])
        for k in range(1, len(tokens))
        if tokens[k - 1].casefold() not in _JOINERS and _plain(tokens[k:], generic)
    ]
    return heads, tails


def _plain(part: list[str], generic: frozenset[str]) -> bool:
    """Capitalised words, not a lone generic one, ending in a word of letters."""
    last = part[-1]
    return (
        all(t[:1].isupper() for t in part)
        and (len(part) > 1 or last not in generic)
        and len(" ".join(part)) > 2
        and last.strip(".").isalpha()
    )
