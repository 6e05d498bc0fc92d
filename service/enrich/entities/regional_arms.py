"""A firm's regional arm named "<firm> <country or region>": one organisation, not a firm and a place.

News names a national or regional unit of a firm or an exchange by the firm's name and the
country's or the region's ("Harbor Freight Australia", "Nordex Clearing Europe"); the small model
ends the firm before the place and reads the place alone. An organisation right before a country's
name or a world region, one space apart, with no capitalised word after the place, is one name.
Read from the candidates' neighbours only (no scan of the text).
"""

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: World regions a firm names its arms after (countries come from the country table).
_REGIONS = frozenset(
    {"Europe", "Asia", "Africa", "Americas", "Asia Pacific", "Asia-Pacific", "Middle East", "Latin America"}
)
_PLACES = frozenset({"GPE", "LOC"})


def regional_arms(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with each organisation and the country or region right after it joined."""
    out: list[MentionCandidate] = []
    for cand in chosen:
        firm = out[-1] if out else None
        if (
            firm is not None
            and firm.label == "ORG"
            and cand.label in _PLACES
            and cand.start == firm.end + 1
            and text[firm.end] == " "
            and _region(text[cand.start : cand.end], words)
            and not _capital_after(text, cand.end)
        ):
            out[-1] = MentionCandidate(firm.start, cand.end, "ORG", firm.source, sure=True)
            continue
        out.append(cand)
    return out


def _region(name: str, words: EntityWords) -> bool:
    return name in _REGIONS or surface_key(name) in words.nations


def _capital_after(text: str, end: int) -> bool:
    """Whether another capitalised word follows: the place begins a longer name or a list."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
