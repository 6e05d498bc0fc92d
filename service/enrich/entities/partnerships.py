"""Firms named after their partners with commas: "Wachtell, Lipton, Rosen & Katz".

Law firms, banks and agencies named after partners list surnames with commas and end in "&" and
one more ("Cravath, Swaine & Moore"); the model cuts them at a comma. Prose lists use "and", so
capitalised single words joined by commas and one "&" are one firm's name, unless a word is a
place, a people or a stop word ("Paris, Lyon & Nice").

Law firms also write "and" ("Baker, Hostetler and Pike"), which a list of people takes too: such a
run of three or more single words is one firm only right after "of", "at" or "firm" with a lawyer's
word shortly before ("a lawyer for the company, Jane Ross of Baker, Hostetler and Pike"), or
with a partnership's suffix after the last name ("Hale and Dorr LLP", "Davis Polk and Wardwell
LLP": "LLP" and "PLLC" name one partnership, unlike "Inc", which two firms may share in a list;
a partner's name may be a town's, "Davis", "Ames").
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: What may not stand before the first surname is checked after its capital, so that re can skip to
#: capitals.
_PARTNERS = re.compile(r"[A-Z](?<![\w&.-][A-Z])[a-z]+(?:, [A-Z][a-z]+)+,? & [A-Z][a-z]+(?![\w-])")
#: The name is group 1 (a literal word before it, not a lookbehind: the scan then skips most text).
#: The word boundary before "of", "at", "firm" is checked after their first letter, so that the
#: pattern opens with letters and re skips to them.
_LAW_FIRM = re.compile(
    r"(?:o(?<!\wo)f|a(?<!\wa)t|f(?<!\wf)irm) "
    r"([A-Z][a-z]+(?:, [A-Z][a-z]+)+,? and [A-Z][a-z]+)(?![\w-]| [A-Z])"
)
_PARTNER = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_SUFFIXED = re.compile(
    rf"(?<![\w&.-]){_PARTNER}(?:, {_PARTNER})*,? and {_PARTNER},? (?:LLP|PLLC|L\.L\.P\.)(?!\w)"
)
#: A lawyer's word within this many characters before a law firm named with "and".
_LAWYER = re.compile(r"\b(?:lawyer|attorney|counsel|law firm|solicitor|barrister|partner)s?\b")
_LOOKBEHIND = 120


def partnerships(text: str, words: EntityWords) -> list[MentionCandidate]:
    """One organisation candidate per partnership name in ``text``."""
    if ", " not in text:
        return []
    found = []
    if " & " in text:
        for match in _PARTNERS.finditer(text):
            names = re.split(r",? & |, ", match.group())
            if not any(_no_partner(name, words) for name in names):
                found.append(MentionCandidate(*match.span(), "ORG", "alias", sure=True))
    if " and " in text:
        for match in _LAW_FIRM.finditer(text):
            names = re.split(r",? and |, ", match.group(1))
            lawyer = _LAWYER.search(text, max(0, match.start(1) - _LOOKBEHIND), match.start(1))
            if lawyer is not None and not any(_no_partner(name, words) for name in names):
                found.append(MentionCandidate(*match.span(1), "ORG", "alias", sure=True))
    if " LLP" in text or " PLLC" in text or " L.L.P." in text:
        for match in _SUFFIXED.finditer(text):
            names = re.split(r",? and |, | ", match.group())[:-1]  # the words, without the suffix
            # a town's name is a surname here ("Davis"): only stop words and peoples rule a run out
            if not any(name in words.stop or words.is_demonym(name) for name in names):
                found.append(MentionCandidate(*match.span(), "ORG", "alias", sure=True))
    return found


def _no_partner(name: str, words: EntityWords) -> bool:
    return (
        name in words.stop or name in words.place_types or words.is_demonym(name) or name in words.generic_org
    )
