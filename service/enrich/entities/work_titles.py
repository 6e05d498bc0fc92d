"""Titles of films, series, albums and books named right after the kind of work.

Entertainment copy introduces a title with its kind: "the horror film Saltmarsh", "the comedy The
Long Lunch", "her album "Glass Harbour"". The model reads such a title as a person, a place or
an organisation, or cuts a leading "The" off it. After a lowercase kind of work, capitalised words
(with "of", "the", "and", ... between them), or whatever stands in quotes, are one WORK_OF_ART; a
capitalised "The" or "A" in mid-sentence opens the title. A substring search for each kind, and
the title read right after it (only when the text's tokens hold a kind); a day, a month or a name
the alias table types is left alone.
"""

import re

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_KINDS = (
    "film",
    "movie",
    "series",
    "miniseries",
    "docuseries",
    "sitcom",
    "comedy",
    "drama",
    "thriller",
    "documentary",
    "album",
    "song",
    "memoir",
    "musical",
)
_WORD = r"[A-Z][\w'’.-]*"
#: What follows a kind of work and a space: a title in quotes, or capitalised words.
_TITLE = re.compile(
    rf"[\"“]([A-Z][^\"”\n]{{0,60}})[\"”]"
    rf"|((?:(?:The|A|An) )?{_WORD}(?: (?:(?:of|the|and|in|on|a|to|for|from|at) )?{_WORD})*)"
)


def work_titles(
    text: str,
    chosen: list[MentionCandidate],
    aliases: AliasTable,
    words: EntityWords,
    lowercase: frozenset[str],
) -> list[MentionCandidate]:
    """``chosen`` with each title after a kind of work as one WORK_OF_ART in place of the pieces.

    ``lowercase`` is the set of the text's lower-case tokens: no kind of work among them, no scan.
    """
    if lowercase.isdisjoint(_KINDS):
        return chosen
    found = []
    for match in _titles(text):
        group = 1 if match.group(1) is not None else 2
        start, end = match.span(group)
        title = text[start:end].rstrip(".")
        end = start + len(title)
        first = title.removeprefix("The ").removeprefix("A ").removeprefix("An ").split(" ", 1)[0]
        if first in words.stop or (aliases.lookup(title) is not None) or len(title) < 2:
            continue
        found.append(MentionCandidate(start, end, "WORK_OF_ART", "title", sure=True))
    if not found:
        return chosen
    kept = [c for c in chosen if not any(c.overlaps(f) for f in found)]
    return sorted(kept + found, key=lambda c: c.start)


def _titles(text: str) -> list[re.Match[str]]:
    """The titles right after each kind of work in ``text`` (a substring search for each kind)."""
    out = []
    for kind in _KINDS:
        at = text.find(kind + " ")
        while at >= 0:
            if at == 0 or not text[at - 1].isalpha():
                match = _TITLE.match(text, at + len(kind) + 1)
                if match:
                    out.append(match)
            at = text.find(kind + " ", at + 1)
    return out
