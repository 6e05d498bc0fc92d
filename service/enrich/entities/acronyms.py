"""Acronyms an article defines: "Syrian Democratic Forces (SDF)", "Southern Command (SOUTHCOM)".

Also "Harvest Cooperative of the North (CNH)", in another language's word order. And those it
uses without defining: "known as SEBI" after "Securities and Exchange Board of
India", a word of three to six capitals that spells the initials of a name of the article.
"""

import re

_PARENTHESISED = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.-]{1,11})\s*\)")
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "al", "&"})
#: Share of an acronym's letters that must be first letters of the name's words (or letters of a
#: dotted abbreviation in it) when the acronym follows another word order or language: "Social
#: Democrats (SPD)"; with the acronym's first letter not among them, the higher share ("U.N.
#: Integrated Office in Haiti (BINUH)", from the French name). A ticker shares one letter at most.
_LOOSE_SHARE = 0.6
#: Fewest letters of an acronym made of syllables ("SOUTHCOM"): shorter ones are initials.
_MIN_SYLLABIC = 5
_LOOSE_SHARE_OTHER_START = 0.75


def initials(name: str) -> str:
    """Upper-case initials of a name's significant words: "Islamic State of Iraq" -> "ISI"."""
    words = re.split(r"[\s-]+", name)
    return "".join(w[0].upper() for w in words if w and w.casefold() not in _MINOR_WORDS and w[0].isalpha())


#: A word of three to six capitals standing alone ("SEBI", not "U.S." or "COVID-19"). What may not
#: stand before it is checked after its first capital, so that re can skip to capitals.
_CAPITALS = re.compile(r"[A-Z](?<![\w.&-][A-Z])[A-Z]{2,5}(?![\w.&-])")


def spelled_in(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Bounds of the words of ``text`` that spell the initials of one of ``names``, with the name.

    Only names of three significant words or more: two letters spell too many things.
    """
    by_letters = {initials(name): name for name in names}
    by_letters = {letters: name for letters, name in by_letters.items() if len(letters) >= 3}
    if not by_letters:
        return []
    return [
        (m.start(), m.end(), by_letters[m.group()])
        for m in _CAPITALS.finditer(text)
        if m.group() in by_letters
    ]


def defined_after(text: str, end: int, name: str) -> tuple[int, int] | None:
    """Bounds of an acronym in parentheses right after ``name`` (ending at ``end``), if it fits."""
    match = _PARENTHESISED.match(text, end)
    if not match or " " not in name.strip():
        return None
    letters = "".join(c for c in match.group(1) if c.isupper())
    full = initials(name)
    if len(letters) >= 2 and (letters == full or (len(letters) >= 3 and letters in full)):
        return match.start(1), match.end(1)
    if len(letters) >= 3 and sorted(letters) == sorted(full):
        # the initials in the word order of the name's own language, news gives it in English:
        # "Jalisco Harvest Cartel (CJH)" from "Cartel de Jalisco ..."
        return match.start(1), match.end(1)
    if len(letters) >= 3 and _loosely_spelled(letters, name):
        return match.start(1), match.end(1)
    if syllabic(match.group(1), name):
        return match.start(1), match.end(1)
    return None


def syllabic(acronym: str, name: str) -> bool:
    """Whether ``acronym`` joins the first syllables of the name's words ("SOUTHCOM").

    "Southern Command" -> "SOUTHCOM", "Communist International" -> "Comintern": each piece two
    letters or more, every significant word after a leading "U.S." used, in order.
    """
    if len(acronym) < _MIN_SYLLABIC or not acronym.isalpha():
        return False
    significant = [w.casefold() for w in re.split(r"[\s-]+", name) if w and w.casefold() not in _MINOR_WORDS]
    if significant and "." in significant[0]:
        significant = significant[1:]  # "U.S. Central Command"
    return len(significant) >= 2 and _joins_prefixes(acronym.casefold(), significant)


def _joins_prefixes(rest: str, words: list[str]) -> bool:
    if not words:
        return not rest
    word = words[0]
    return any(
        word.startswith(rest[:size]) and _joins_prefixes(rest[size:], words[1:])
        for size in range(min(len(word), len(rest)), 1, -1)
    )


def _loosely_spelled(letters: str, name: str) -> bool:
    """Whether most of the acronym's letters start the name's words, in any order (see the shares)."""
    held: set[str] = set()
    for word in re.split(r"[\s-]+", name):
        bare = word.replace(".", "")
        if "." in word and bare.isalpha() and bare.isupper():
            held.update(bare)  # "U.N."
        elif word[:1].isalpha():
            held.add(word[0].upper())
    distinct = set(letters)
    share = len(distinct & held) / len(distinct)
    return len(distinct & held) >= 2 and share >= (
        _LOOSE_SHARE if letters[0] in held else _LOOSE_SHARE_OTHER_START
    )
