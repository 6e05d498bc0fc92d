"""Long names the model cuts at an inner word, rejoined by their shape.

Each kind has a fixed frame around its inner "of", "in", "and" or possessive, so a regex finds
the whole name and the longer candidate wins over the model's pieces:

- a charity's local chapter, "<Charity> of <Region>" ("Catholic Charities of Southern Arizona",
  "United Way of Greater Tulsa"): the charity's name from a short list, the region one to three
  capitalised words (a trailing title or stop word stays out);
- a church body named after its country, "<Denomination> Church in (North) America" ("Presbyterian
  Church in America"): only denominations whose national bodies are so named, not "Catholic" (whose
  "Church in America" is a phrase);
- a jihadist group's province, "Islamic State <Region> Province" (the alias table's "Islamic State"
  would otherwise win);
- a county named after a royal or a saint with a possessive, "Prince George's County", "Queen Anne's
  County" (the possessive split it);
- an NHS trust named after two towns or hospitals, "Maidstone and Tunbridge Wells NHS Trust",
  "Guy's and St Thomas' NHS Foundation Trust";
- a church or school named after a saint with an epithet, "St. Albert the Great Catholic
  Church", "Saint Paul the Apostle School" (the model cuts at "the"; local churches are bodies; not
  "Parish", a county in Louisiana).

Each regex runs only when its fixed words occur in the text.
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_WORD = r"[A-Z][a-z]+"
_CHARITIES = (
    "Catholic Charities",
    "United Way",
    "Goodwill Industries",
    "Lutheran Social Services",
    "Jewish Family Services",
    "Jewish Family Service",
    "Boys and Girls Clubs",
    "Boys and Girls Club",
    "Boys & Girls Clubs",
    "Boys & Girls Club",
    "Big Brothers Big Sisters",
    "Habitat for Humanity",
    "Meals on Wheels",
    "Legal Aid Society",
    "Planned Parenthood",
)
_CHARITY = re.compile(
    rf"(?<![\w&.-])(?:{'|'.join(re.escape(c) for c in _CHARITIES)}) of (?:the )?((?:{_WORD} ){{0,2}}{_WORD})"
    r"(?![\w-])"
)
_CHURCH = re.compile(
    rf"(?<![\w&.-])(?:{_WORD} ){{0,2}}(?:Lutheran|Presbyterian|Reformed|Orthodox|Anglican) Church in "
    r"(?:North )?America(?![\w-])"
)
_PROVINCE = re.compile(rf"(?<![\w&.-])Islamic State (?:{_WORD} ){{1,3}}Province(?![\w-])")
_COUNTY = re.compile(rf"(?<![\w&.-])(?:Prince|Princess|Queen|King|St\.|Saint) {_WORD}'s County(?![\w-])")
#: A town or a hospital's name in a trust's name: "Tunbridge Wells", "Guy's", "St Thomas'".
_TRUST_WORD = r"(?:[A-Z][a-z]+(?:'s|')?|St\.?)"
_TRUST = re.compile(
    rf"(?<![\w&.'-])(?:{_TRUST_WORD} ){{1,2}}and (?:{_TRUST_WORD} ){{1,2}}NHS (?:Foundation )?Trust(?![\w-])"
)
_SAINT = re.compile(
    rf"(?<![\w&.-])(?:St\.|Saint) {_WORD} the (?:Great|Apostle|Baptist|Evangelist|Divine|Martyr|Elder|Less)"
    rf"(?: {_WORD}){{0,2}} (?:Church|Cathedral|School|Academy)(?![\w-])"
)
#: (fixed words, one of which must occur; pattern; type) of each kind.
_KINDS = (
    ((" of ",), _CHARITY, "ORG"),
    (("Church in ",), _CHURCH, "ORG"),
    ((" Province",), _PROVINCE, "ORG"),
    (("'s County",), _COUNTY, "GPE"),
    ((" NHS ",), _TRUST, "ORG"),
    (("St. ", "Saint "), _SAINT, "ORG"),
)


def inner_words(text: str, words: EntityWords) -> list[MentionCandidate]:
    """A candidate per long name of the kinds above in ``text``."""
    found = []
    for gates, pattern, label in _KINDS:
        if not any(gate in text for gate in gates):
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if pattern is _CHARITY:
                region_end = _region_end(match, words)
                if region_end is None:
                    continue
                end = region_end
            elif _stop_lead(text[start:end], words):
                start = text.index(" ", start) + 1
            found.append(MentionCandidate(start, end, label, "alias", sure=True))
    return found


def _region_end(match: re.Match[str], words: EntityWords) -> int | None:
    """Where a charity's region ends: trailing titles and stop words stay out."""
    region = match.group(1).split()
    while region and (region[-1] in words.stop or region[-1] in words.of("title")):
        region.pop()
    return match.start(1) + len(" ".join(region)) if region else None


def _stop_lead(name: str, words: EntityWords) -> bool:
    """A name's first word is a stop word ("The Presbyterian Church in America")."""
    return name.split(" ", 1)[0] in words.stop
