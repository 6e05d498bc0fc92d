"""Grouping mention candidates into one entity per real-world thing.

Two candidates are the same entity when they fold to the same key (case, possessive, punctuation,
a leading "the", a corporate suffix), name the same alias-table entry, are an acronym and the name
it is defined after in the text, or are a lone word and the one full name in the article that ends
with it (a surname, "al-Ansari" or "Ansari"; a team's "Celtics" of "Boston Celtics").
The entity's type is its alias entry's, else PERSON when it has a full person name, else the vote
of its mentions weighted by their length in words (longer forms are typed more reliably), a type
that a rule gave from evidence in the text ("Rakhine state") counting three times.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from service.enrich.entities.aliases import AliasTable, surface_key
from service.enrich.entities.article_names import ArticleNames
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: A type a rule gave from evidence in the text outweighs this many plain NER votes.
_SURE_WEIGHT = 3
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MAX_ACRONYM = 4


@dataclass(frozen=True, slots=True)
class Group:
    """Candidates of one entity, its type, canonical name and alias entry."""

    members: tuple[MentionCandidate, ...]
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


def group(
    names: ArticleNames, candidates: list[MentionCandidate], aliases: AliasTable, words: EntityWords
) -> list[Group]:
    """Groups of ``candidates`` (texts read from ``names.raw``), ordered by first mention."""
    raw = names.raw
    forms = [raw[c.start : c.end] for c in candidates]
    keys = [_key(f, words) for f in forms]
    sets = _UnionFind(len(candidates))
    _join_same(sets, keys)
    _join_same(sets, [f"entry:{c.entry}" if c.entry is not None else None for c in candidates])
    defined = _join_acronyms(sets, names, candidates, forms, keys)
    _join_short_forms(sets, names, candidates, forms)
    members: dict[int, list[int]] = {}
    for index in range(len(candidates)):
        members.setdefault(sets.find(index), []).append(index)
    groups = [_make_group(ids, candidates, forms, defined, aliases) for ids in members.values()]
    return sorted(groups, key=lambda g: g.members[0].start)


def _key(form: str, words: EntityWords) -> str:
    head, _, last = form.rpartition(" ")
    return surface_key(head if head and last in words.of("org_suffix") else form)


def _join_same(sets: _UnionFind, keys: Sequence[str | None]) -> None:
    first: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key:
            sets.union(first.setdefault(key, index), index)


def _join_acronyms(
    sets: _UnionFind,
    names: ArticleNames,
    candidates: list[MentionCandidate],
    forms: list[str],
    keys: list[str],
) -> set[int]:
    """Join acronyms to the names they follow; the indices of those defining names."""
    by_key = {key: index for index, key in enumerate(keys)}
    defining = set()
    for index, cand in enumerate(candidates):
        bounds = names.acronym_after(cand.end, forms[index])
        acronym = by_key.get(surface_key(names.raw[bounds[0] : bounds[1]])) if bounds else None
        if acronym is not None:
            sets.union(index, acronym)
            defining.add(index)
    return defining


def _join_short_forms(
    sets: _UnionFind, names: ArticleNames, candidates: list[MentionCandidate], forms: list[str]
) -> None:
    """Join a short form to the one full name in the article that allows it."""
    owners: dict[str, set[int]] = {}
    owner_label: dict[int, str] = {}
    for index, cand in enumerate(candidates):
        for short in names.short_forms(forms[index], cand.label):
            owners.setdefault(short, set()).add(sets.find(index))
            owner_label[sets.find(index)] = cand.label
    for index, cand in enumerate(candidates):
        roots = {sets.find(root) for root in owners.get(forms[index], ())}
        if len(roots) != 1 or cand.entry is not None or forms[index].count(" ") >= 2:
            continue
        root = next(iter(roots))
        # A surname joins whatever NER called it; a team's short name only joins as an ORG.
        if owner_label.get(root, "PERSON") == "PERSON" or cand.label == "ORG":
            sets.union(root, index)


def _make_group(
    ids: list[int],
    candidates: list[MentionCandidate],
    forms: list[str],
    defined: set[int],
    aliases: AliasTable,
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
    votes: Counter[str] = Counter()
    for i in ids:
        votes[candidates[i].label] += len(forms[i].split()) * (_SURE_WEIGHT if candidates[i].sure else 1)
    label = votes.most_common(1)[0][0]
    named = [i for i in ids if i in defined] or ids
    mixed_case = [forms[i] for i in named if not forms[i].isupper()] or [forms[i] for i in named]
    name = Counter(mixed_case).most_common(1)[0][0]
    if label in _PLACE_LABELS and name.isupper() and len(name) > _MAX_ACRONYM:
        name = name.title()  # a dateline's "NEW DELHI" is New Delhi; "UAE" stays
    return Group(members, label, name, None)
