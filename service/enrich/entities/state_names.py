"""A US state's full name and the news abbreviation of it ("Ga.", "N.Y.", "Wash."), as one entity.

Kind: states named like another place (Georgia: a country; New York: a city; Washington: the
capital) have no row in ``aliases_states.tsv``, so a dateline's "MARIETTA, Ga." and a later
"Georgia" stayed two entities while "Mo." joins "Missouri". The full name joins the abbreviation
the article itself uses when every mention of the full name reads as the state: called so ("the
state of New York", "Washington state"), or, where the other reading is a country, with no sign of
that country in the article (its demonym, one of its towns).
"""

import re
from collections.abc import Sequence

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.regions.gazetteer import Gazetteer

_STATE_AFTER = re.compile(r"\s+state\b")
_STATE_BEFORE = re.compile(r"\bstate of\s+$")
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def state_abbreviation_pairs(
    raw: str,
    candidates: Sequence[MentionCandidate],
    forms: Sequence[str],
    roots: Sequence[int],
    places: Gazetteer,
) -> list[tuple[int, int]]:
    """Pairs of candidate indexes to join: an abbreviation and a group of the state's full name.

    ``roots[i]`` is the group candidate ``i`` is in so far; a group joins only as a whole.
    """
    abbreviations: dict[str, int] = {}
    for index, (cand, form) in enumerate(zip(candidates, forms, strict=True)):
        if cand.label == "GPE" and "." in form:
            named = {c.subdivision for c in places.lookup(form) if c.weak and c.kind == "subdivision"}
            if len(named) == 1 and (code := named.pop()) and code.startswith("US-"):
                abbreviations.setdefault(code, index)
    if not abbreviations:
        return []
    countries = _countries_shown(forms, places)
    states: dict[int, set[str]] = {}  # group -> the states its members may name
    read_as_state: dict[int, list[bool]] = {}  # group -> each member's verdict
    for index, (cand, form) in enumerate(zip(candidates, forms, strict=True)):
        root = roots[index]
        readings = [] if cand.label not in _PLACE_LABELS or "." in form else places.lookup(form)
        codes = {c.subdivision or "" for c in readings if not c.weak and c.kind == "subdivision"}
        codes &= abbreviations.keys()
        other_countries = {c.country for c in readings if c.kind == "country"}
        state = _called_state(raw, cand) or bool(other_countries and not other_countries & countries)
        states[root] = states.get(root, codes) & codes
        read_as_state.setdefault(root, []).append(bool(codes) and state)
    return [
        (abbreviations[next(iter(codes))], root)
        for root, codes in states.items()
        if len(codes) == 1 and all(read_as_state[root])
    ]


def _called_state(raw: str, cand: MentionCandidate) -> bool:
    return bool(
        _STATE_AFTER.match(raw, cand.end)
        or (_state_of_ends(raw, cand.start) and _STATE_BEFORE.search(raw, 0, cand.start))
    )


def _state_of_ends(raw: str, start: int) -> bool:
    """Whether "state of" and white space end at ``start``.

    The cheap test before ``_STATE_BEFORE``, which re would try at every character before the name.
    """
    end = start
    while end > 0 and raw[end - 1].isspace():
        end -= 1
    return end < start and raw.endswith("state of", 0, end)


def _countries_shown(forms: Sequence[str], places: Gazetteer) -> set[str]:
    """Countries the article shows by a demonym or by one of their towns (not by a bare name)."""
    shown = set()
    for form in forms:
        for reading in places.lookup(form):
            if reading.kind == "demonym" or (reading.kind == "city" and not reading.weak):
                shown.add(reading.country)
    return shown
