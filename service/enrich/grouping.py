"""Grouping mention candidates into one entity per real-world thing.

Two candidates are the same entity when they fold to the same key (case, possessive, punctuation,
a leading "the"), name the same alias-table entry, are an acronym and the name it is defined
after in the text, or are a lone surname and the one full name in the article that ends with it.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from service.enrich.acronyms import defined_after
from service.enrich.aliases import AliasTable, surface_key
from service.enrich.mentions import Candidate


@dataclass(frozen=True, slots=True)
class Group:
    """Candidates of one entity, its type, canonical name and alias entry."""

    members: tuple[Candidate, ...]
    label: str
    name: str
    entry: int | None


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def group(raw: str, candidates: list[Candidate], aliases: AliasTable) -> list[Group]:
    """Groups of ``candidates`` (texts read from ``raw``), ordered by first mention."""
    forms = [raw[c.start : c.end] for c in candidates]
    keys = [surface_key(f) for f in forms]
    sets = _UnionFind(len(candidates))
    _join_same(sets, keys)
    _join_same(sets, [f"entry:{c.entry}" if c.entry is not None else None for c in candidates])
    defined = _join_acronyms(sets, raw, candidates, forms, keys)
    _join_surnames(sets, candidates, forms)
    members: dict[int, list[int]] = {}
    for index in range(len(candidates)):
        members.setdefault(sets.find(index), []).append(index)
    groups = [_make_group(ids, candidates, forms, defined, aliases) for ids in members.values()]
    return sorted(groups, key=lambda g: g.members[0].start)


def _join_same(sets: _UnionFind, keys: Sequence[str | None]) -> None:
    first: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key:
            sets.union(first.setdefault(key, index), index)


def _join_acronyms(
    sets: _UnionFind, raw: str, candidates: list[Candidate], forms: list[str], keys: list[str]
) -> set[int]:
    """Join acronyms to the names they follow; the indices of those defining names."""
    by_key = {key: index for index, key in enumerate(keys)}
    defining = set()
    for index, cand in enumerate(candidates):
        bounds = defined_after(raw, cand.end, forms[index])
        acronym = by_key.get(surface_key(raw[bounds[0] : bounds[1]])) if bounds else None
        if acronym is not None:
            sets.union(index, acronym)
            defining.add(index)
    return defining


def _join_surnames(sets: _UnionFind, candidates: list[Candidate], forms: list[str]) -> None:
    """Join "Khugyani" to "Attaullah Khugyani" when exactly one full name ends with it."""
    owners: dict[str, set[int]] = {}
    for index, cand in enumerate(candidates):
        if cand.label == "PERSON" and " " in forms[index]:
            owners.setdefault(forms[index].rsplit(" ", 1)[1], set()).add(sets.find(index))
    for index, cand in enumerate(candidates):
        roots = owners.get(forms[index])
        if roots and len(roots) == 1 and cand.entry is None and " " not in forms[index]:
            sets.union(next(iter(roots)), index)


def _make_group(
    ids: list[int], candidates: list[Candidate], forms: list[str], defined: set[int], aliases: AliasTable
) -> Group:
    members = tuple(candidates[i] for i in ids)
    entry = next((c.entry for c in members if c.entry is not None), None)
    if entry is not None:
        known = aliases.entries[entry]
        return Group(members, known.type, known.name, entry)
    full_person = [i for i in ids if candidates[i].label == "PERSON" and " " in forms[i]]
    if full_person:
        name = max((forms[i] for i in full_person), key=lambda f: (len(f.split()), len(f)))
        return Group(members, "PERSON", name, None)
    label = Counter(c.label for c in members).most_common(1)[0][0]
    named = [i for i in ids if i in defined] or ids
    mixed_case = [forms[i] for i in named if not forms[i].isupper()] or [forms[i] for i in named]
    name = Counter(mixed_case).most_common(1)[0][0]
    return Group(members, label, name, None)
