"""Firms named after their partners with commas: "Wachtell, Lipton, Rosen & Katz".

Law firms, banks and agencies named after partners list surnames with commas and end in "&" and
one more ("Cravath, Swaine & Moore"); the model cuts them at a comma. Prose lists use "and", so
capitalised single words joined by commas and one "&" are one firm's name, unless a word is a
place, a people or a stop word ("Paris, Lyon & Nice").
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_PARTNERS = re.compile(r"(?<![\w&.-])[A-Z][a-z]+(?:, [A-Z][a-z]+)+,? & [A-Z][a-z]+(?![\w-])")


def partnerships(text: str, words: EntityWords) -> list[MentionCandidate]:
    """One organisation candidate per partnership name in ``text``."""
    if ", " not in text or " & " not in text:
        return []
    found = []
    for match in _PARTNERS.finditer(text):
        names = re.split(r",? & |, ", match.group())
        if not any(_no_partner(name, words) for name in names):
            found.append(MentionCandidate(*match.span(), "ORG", "alias", sure=True))
    return found


def _no_partner(name: str, words: EntityWords) -> bool:
    return (
        name in words.stop or name in words.place_types or words.is_demonym(name) or name in words.generic_org
    )
