"""Grouping mention candidates into one entity per real-world thing.

Two candidates are the same entity when they fold to the same key (case, possessive, punctuation,
a leading "the", a corporate suffix), name the same alias-table entry, name the same city,
subdivision or county by the gazetteer ("Kiev" and "Kyiv", :mod:`.places`), are an acronym and the
name it is defined after in the text or whose initials it is ("NATO" and the one name in the article
that spells it, "GM" of "General Motors Co"), or are a short form and the one full name in the
article that allows it (a surname, "al-Ansari" or "Ansari", "Suu Kyi"; a lone first name, "Serena"
of "Serena Williams"; a team's "Celtics" of "Boston Celtics"; a firm's "Acme" of "Acme Widgets
Inc"). A club and the town it is named after stay two entities.
The entity's type is its alias entry's, else PERSON when it has a full person name, else the vote
of its mentions weighted by their length in words (longer forms are typed more reliably), a type
that a rule gave from evidence in the text ("Rakhine state") counting three times.
"""

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from service.enrich.entities.acronyms import initials
from service.enrich.entities.aliases import AliasTable, surface_key
from service.enrich.entities.article_names import ArticleNames
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.places import place_identities
from service.enrich.entities.short_forms import given_name, inner_names, organisation_parts
from service.enrich.entities.state_names import state_abbreviation_pairs
from service.enrich.entities.words import EntityWords
from service.enrich.regions.gazetteer import Gazetteer, fold

#: A type a rule gave from evidence in the text outweighs this many plain NER votes.
_SURE_WEIGHT = 3
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels of the places the gazetteer names (a building's name is not a town's).
_NAMED_PLACES = frozenset({"GPE", "LOC"})
_MAX_ACRONYM = 4
#: Labels of names an article may later shorten to their initials.
_SPELLED_OUT = frozenset({"ORG", "NORP", "EVENT", "FAC", "GPE", "LOC", "LAW"})
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
#: An acronym with a lowercase "o" for "of" ("BoE", "BoJ", "DoJ"): its capitals spell the name.
_OF_ACRONYM = re.compile(r"^[A-Z]+o[A-Z]+$")


def _initials_with_of(name: str) -> str:
    """Initials that keep "of" as an "O": "Bank of Canada" -> "BOC" (news writes "BoC" and "BOC")."""
    return "".join(
        "O" if word == "of" else initials(word) for word in name.split() if word == "of" or initials(word)
    )


def _acronym_letters(form: str) -> str | None:
    """The capitals an acronym form spells ("N.A.T.O." -> "NATO", "BoE" -> "BE"), None if none."""
    letters = form.replace(".", "")
    if _OF_ACRONYM.match(letters):
        letters = letters.replace("o", "")
    return letters if _ACRONYM.match(letters) else None


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
    names: ArticleNames,
    candidates: list[MentionCandidate],
    aliases: AliasTable,
    words: EntityWords,
    places: Gazetteer,
    body_start: int = 0,
) -> list[Group]:
    """Groups of ``candidates`` (read from ``names.raw``, the body from ``body_start``), by first mention."""
    raw = names.raw
    forms = [raw[c.start : c.end] for c in candidates]
    keys = [_key(f, words) for f in forms]
    _mistyped_people(names, candidates, forms)
    _people_not_places(names, candidates, forms, keys)
    keys = _club_or_place(keys, candidates)
    sets = _UnionFind(len(candidates))
    _join_same(sets, keys)
    _join_same(sets, [f"entry:{c.entry}" if c.entry is not None else None for c in candidates])
    _join_same(sets, _place_keys(places, candidates, forms, keys))
    _join_same(sets, _group_word_keys(candidates, keys))
    roots = [sets.find(index) for index in range(len(candidates))]
    for abbreviation, full_name in state_abbreviation_pairs(raw, candidates, forms, roots, places):
        sets.union(abbreviation, full_name)
    defined = _join_acronyms(sets, names, candidates, forms, keys)
    _join_short_forms(sets, names, candidates, forms, places, body_start)
    _join_initials(sets, candidates, forms, words)
    _join_known_as(sets, raw, candidates)
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


#: Endings a group's word takes for its members and as an adjective ("Democrats", "Democratic").
_GROUP_WORD_ENDINGS = ("ic", "s")


def _group_word_keys(candidates: list[MentionCandidate], keys: list[str]) -> list[str | None]:
    """One key for the singular, plural and adjective of a group's word ("Republican", "Republicans").

    Kind: a party's or a people's word in its other forms (NORP): "Democrat", "Democrats" and
    "Democratic" name one group. A form joins only when the bare form is also in the article.
    """
    norp = {key for cand, key in zip(candidates, keys, strict=True) if cand.label == "NORP"}
    if len(norp) < 2:
        return [None] * len(keys)
    found: list[str | None] = []
    for cand, key in zip(candidates, keys, strict=True):
        stem = None
        if cand.label == "NORP":
            stem = key
            for ending in _GROUP_WORD_ENDINGS:
                if key.endswith(ending) and key[: -len(ending)] in norp:
                    stem = key[: -len(ending)]
                    break
        found.append(f"group:{stem}" if stem else None)
    return found


def _place_keys(
    places: Gazetteer, candidates: list[MentionCandidate], forms: list[str], keys: list[str]
) -> list[str | None]:
    """The one city, subdivision or county each place mention means ("Kiev", "Kyiv"), if sure.

    Not for a mention with an alias entry (the entry says what it is) or a club's town (kept apart).
    """
    asked = [
        cand.label in _NAMED_PLACES and cand.entry is None and ":" not in key
        for cand, key in zip(candidates, keys, strict=True)
    ]
    known = place_identities(places, (form for form, ask in zip(forms, asked, strict=True) if ask))
    return [known.get(form) if ask else None for form, ask in zip(forms, asked, strict=True)]


def _join_acronyms(
    sets: _UnionFind,
    names: ArticleNames,
    candidates: list[MentionCandidate],
    forms: list[str],
    keys: list[str],
) -> set[int]:
    """Join acronyms to the names they follow; the indices of those defining names."""
    by_key = {key: index for index, key in enumerate(keys)}
    by_start = {cand.start: index for index, cand in enumerate(candidates)}
    defining = set()
    for index, cand in enumerate(candidates):
        bounds = names.acronym_after(cand.end, forms[index])
        acronym = by_key.get(surface_key(names.raw[bounds[0] : bounds[1]])) if bounds else None
        if acronym is None and cand.label == "ORG" and " " in forms[index].strip():
            acronym = _in_parentheses_after(names.raw, cand.end, candidates, by_start)
        if acronym is not None:
            sets.union(index, acronym)
            defining.add(index)
    return defining


#: An organisation's acronym or short name in parentheses right after its name.
_PARENTHESISED_AFTER = re.compile(r" \(([A-Z][\w&-]{1,11})\)")


def _in_parentheses_after(
    raw: str, end: int, candidates: list[MentionCandidate], by_start: dict[int, int]
) -> int | None:
    """The organisation mention in parentheses right after a name ending at ``end``, whatever its letters.

    Kind: a body's acronym in its own language, or a coined short name, defined after its English
    name: "House of Representatives (DPR)", "Indonesian Ulema Council (MUI)", "National Drug
    Quality Control Laboratory (LANACOME)", "... Council of India (Pharmexcil)". The initials
    rule cannot spell these; the parentheses say they are one body (a mention found there is an
    organisation only when :mod:`.foreign_acronyms` or the model made it one).
    """
    match = _PARENTHESISED_AFTER.match(raw, end)
    index = by_start.get(match.start(1)) if match else None
    if match is None or index is None:
        return None
    inner = candidates[index]
    return index if inner.end == match.end(1) and inner.label == "ORG" else None


#: Between a name and the other name it goes by: ", known as", ", better known as", "(also known as".
_KNOWN_AS = re.compile(r",? \(?(?:also |better |locally |commonly )?known (?:locally )?as [\"“]?")


def _join_known_as(sets: _UnionFind, raw: str, candidates: list[MentionCandidate]) -> None:
    """Join a body's name and the name it goes by right after it ("X Joint Stock Bank, known as XBank").

    Kind: a firm or body introduced by its legal name and then by the short or brand name news uses
    ("Mekong Commercial Joint Stock Bank, known as MekongBank"), which no short-form rule spells.
    Only two organisations side by side with "known as" between them.
    """
    if "known " not in raw:
        return
    order = sorted(range(len(candidates)), key=lambda i: candidates[i].start)
    for first, second in pairwise(order):
        a, b = candidates[first], candidates[second]
        if a.label == "ORG" and b.label == "ORG" and _KNOWN_AS.fullmatch(raw, a.end, b.start):
            sets.union(first, second)


def _club_or_place(keys: list[str], candidates: list[MentionCandidate]) -> list[str]:
    """Keys that keep a club and its town apart when the article names both alike."""
    clubs = {k for k, c in zip(keys, candidates, strict=True) if c.source == "club" and c.label == "ORG"}
    return [
        (("place:" if c.label in _PLACE_LABELS else "club:") + k) if k in clubs else k
        for k, c in zip(keys, candidates, strict=True)
    ]


def _join_short_forms(
    sets: _UnionFind,
    names: ArticleNames,
    candidates: list[MentionCandidate],
    forms: list[str],
    places: Gazetteer,
    body_start: int = 0,
) -> None:
    """Join a short form to the one full name in the article that allows it.

    A surname joins the one person it ends; a lone first name the one person it starts, when it ends
    no one's name and no organisation's name allows it ("Serena" of "Serena Williams", "Xi" of "Xi
    Jinping"; never when "Serena" could be two people); an organisation's leading or trailing words
    join it when it is the only one they fit ("Acme" of "Acme Widgets Inc", "White Sox" of "Chicago
    White Sox"; also a lone word the model read as a person, when no person's name allows it); a
    generic word after "the" joins the one organisation it ends ("the Commission" of
    "European Commission"; its type is that organisation's).
    """
    owners: dict[str, set[int]] = {}
    owner_label: dict[int, str] = {}
    parts: dict[str, set[int]] = {}
    firms: dict[str, set[int]] = {}
    surnames: set[str] = set()
    given: dict[str, set[int]] = {}
    inner: dict[str, set[int]] = {}
    units: dict[str, set[int]] = {}  # leading words of names with no corporate suffix, not clubs
    bodies: dict[str, set[int]] = {}  # ... of names ending in a generic word ("Kerry County Council")
    specific: dict[str, set[int]] = {}  # ... followed by more than an institution's noun ("Lufthansa Cargo")
    introduced: dict[tuple[str, int], int] = {}  # (short form, owner) -> where the owner is first named
    done: dict[tuple[int, str, str], int] = {}  # an entity's form gives the same short forms each time
    for index, cand in enumerate(candidates):
        own = sets.find(index)
        seen = (own, forms[index], cand.label)
        if seen in done:
            if cand.start < done[seen]:
                done[seen] = cand.start
                _introduce(introduced, names.short_forms(forms[index], cand.label), own, cand.start)
            continue
        done[seen] = cand.start
        for short in names.short_forms(forms[index], cand.label):
            owners.setdefault(short, set()).add(own)
            owner_label[own] = cand.label
            if cand.label == "PERSON":
                surnames.add(short)
        _introduce(introduced, names.short_forms(forms[index], cand.label), own, cand.start)
        if cand.label == "PERSON" and (first := given_name(forms[index], names.words)):
            given.setdefault(first, set()).add(own)
            _introduce(introduced, [first], own, cand.start)
            for word in inner_names(forms[index], names.words):
                inner.setdefault(word, set()).add(own)
        if cand.label == "ORG":
            heads, tails = organisation_parts(forms[index], names.words)
            for part in (*heads, *tails):
                parts.setdefault(part, set()).add(own)
            last = forms[index].rsplit(" ", 1)[-1]
            generic_tail = [last] if " " in forms[index] and last in names.words.of("org_tail") else []
            _introduce(introduced, [*heads, *tails, *generic_tail], own, cand.start)
            if forms[index].split()[-1] in names.words.of("org_suffix"):
                for head in heads:
                    firms.setdefault(head, set()).add(own)
            elif cand.source != "club":
                last = forms[index].rsplit(" ", 1)[-1]
                ends_generic = last in names.words.generic_org
                institution = last in _INSTITUTIONS or last in names.words.of("fac_tail")
                for head in heads:
                    units.setdefault(head, set()).add(own)
                    if ends_generic:
                        bodies.setdefault(head, set()).add(own)
                    rest = forms[index][len(head) :].split()
                    if not institution and not all(word in names.words.generic_org for word in rest):
                        specific.setdefault(head, set()).add(own)
    generic = _generic_owners(sets, candidates, forms, names.words)
    occurrences: dict[str, list[int]] = {}
    first_use: dict[str, int] = {}  # the first use of each form in the body (a headline's aside)
    for cand, form in zip(candidates, forms, strict=True):
        occurrences.setdefault(form, []).append(cand.start)
        if cand.start >= body_start:
            first_use[form] = min(first_use.get(form, cand.start), cand.start)
    for index, cand in enumerate(candidates):
        form = forms[index]
        if cand.label == "ORG" and form in generic and names.raw[max(cand.start - 4, 0) : cand.start] in _THE:
            root = _only({sets.find(r) for r in generic[form]})  # "the Commission": "European Commission"
            if root is None:
                root = _named_before(sets, generic[form], form, introduced, occurrences)
            if root is not None:
                sets.union(root, index)
            continue
        root = _only({sets.find(r) for r in owners.get(form, ())})
        if root is None and form in owners and all(owner_label[r] == "PERSON" for r in owners[form]):
            root = _named_before(sets, owners[form], form, introduced, occurrences)
        if root is not None and form.count(" ") < 3:  # "van der Berg"
            person = owner_label.get(root, "PERSON") == "PERSON"
            # A surname joins whatever NER called it; a team's short name only joins as an ORG.
            if cand.entry is None and (person or cand.label == "ORG"):
                sets.union(root, index)
                continue
        if cand.entry is not None or form in surnames:
            continue
        # "Serena" after "Serena Williams", "Xi" after "Xi Jinping": the one person it starts; also
        # when the model read it as an organisation, unless an organisation's name allows it
        person = cand.label == "PERSON" or (cand.label == "ORG" and form not in parts and form not in firms)
        root = _only({sets.find(r) for r in given.get(form, ())}) if person else None
        if (
            root is not None
            and cand.label == "ORG"
            and _used_before_named(sets, root, given[form], form, introduced, first_use)
        ):
            root = None  # "Lufthansa" all along, then "Lufthansa Cargo" read as a person
        if root is not None:
            sets.union(root, index)
            continue
        # "Lula" of "Luiz Inacio Lula da Silva": a name inside the one full name that holds it
        if cand.label == "PERSON" and form not in given and form not in parts and form not in firms:
            root = _only({sets.find(r) for r in inner.get(form, ())})
            if root is not None:
                sets.union(root, index)
                continue
        if cand.label == "NORP":
            continue  # "Lutheran" is a faith's word, no short form of "Lutheran World Federation"
        root = _only({sets.find(r) for r in parts.get(form, ())})
        if root is None and form in parts:
            root = _named_before(sets, parts[form], form, introduced, occurrences)
        # a lone word the model read as a person may shorten a firm too ("Novara" of "Novara
        # Pharma"), when it is no one's first name or surname in the article
        lone_person = cand.label == "PERSON" and " " not in form and form not in given
        if cand.source == "club":
            guarded = bodies.get(form, set())  # a club before its county's council
        elif cand.label in _PLACE_LABELS or (" " not in form and _names_a_place(places, form)):
            guarded = units.get(form, set())  # a town before its police, whatever the model said
        else:
            guarded = specific.get(form, set())  # a parent before its unit, not "X" before "X University"
        if root is not None and _used_before_named(sets, root, guarded, form, introduced, first_use):
            continue  # "Lufthansa" all along, then "Lufthansa Cargo": the parent, not a short form
        if root is not None and (cand.label == "ORG" or lone_person):
            sets.union(root, index)
            continue
        root = _only({sets.find(r) for r in firms.get(form, ())})
        if root is not None and (cand.label != "PERSON" or " " not in form):
            sets.union(root, index)


def _introduce(introduced: dict[tuple[str, int], int], shorts: Sequence[str], owner: int, start: int) -> None:
    for short in shorts:
        key = (short, owner)
        introduced[key] = min(introduced.get(key, start), start)


def _names_a_place(places: Gazetteer, form: str) -> bool:
    """Whether the gazetteer knows a one-word name as a place's (one dictionary look-up)."""
    return bool(places.names.get(fold(form)))


def _used_before_named(
    sets: _UnionFind,
    root: int,
    owners: set[int],
    form: str,
    introduced: dict[tuple[str, int], int],
    first_use: dict[str, int],
) -> bool:
    """Whether the body uses a shorter organisation name before it names the longer one.

    Kind: a parent or a county named alone from the start, and later a longer name that starts
    with it ("Lufthansa" ... "Lufthansa Cargo", "Kerry" ... "Kerry County Council"): news gives a
    name in full before it shortens it, so the shorter name used first is an organisation of its
    own. Not a firm's legal name ("Acme" ... "Acme Widgets Inc": the lead often shortens it
    first); a name whose longer form adds only generic words or ends in a school's, a college's
    or a building's noun ("Lipscomb" ... "Lipscomb University", "Concord Police" ... "Concord
    Police Department", "Scotus" ... "Scotus Central Catholic High School") only when the short
    one is a place (a town before its police) or a club (a county team before its council); a
    club before a longer club name joins it (results lines name clubs by town before the story
    names them in full). A lone word read as an organisation before the full name it starts,
    read as a person's, is no first name either ("Lufthansa" ... "Lufthansa Cargo").
    """
    used = first_use.get(form)
    named = [introduced[(form, o)] for o in owners if sets.find(o) == root and (form, o) in introduced]
    return used is not None and bool(named) and used < min(named)


def _named_before(
    sets: _UnionFind,
    owners: set[int],
    form: str,
    introduced: dict[tuple[str, int], int],
    occurrences: dict[str, list[int]],
) -> int | None:
    """The one of several full names a short form allows that the article named before it.

    Kind: a short form several names of the article allow, which news uses for the one it
    introduced first ("Warsame" after "Abdi Warsame", before "Hassan Warsame" is named; "Samsung"
    after "Samsung Electronics", before "Samsung Display"). The short form's first use after the
    first full name decides (a headline may use it before any); when two full names came before
    it, it stays apart.
    """
    first_named: dict[int, int] = {}
    for owner in owners:
        root, start = sets.find(owner), introduced.get((form, owner))
        if start is not None:
            first_named[root] = min(first_named.get(root, start), start)
    if len(first_named) < 2:
        return None
    earliest = min(first_named.values())
    used = min((start for start in occurrences.get(form, ()) if start > earliest), default=None)
    if used is None:
        return None
    return _only({root for root, start in first_named.items() if start < used})


#: Last words of an institution's full name whose short name a local story's lead may use first
#: ("Scotus" ... "Scotus Central Catholic High School"), beside the generic and building words.
_INSTITUTIONS = frozenset({"School", "College", "Academy", "Center", "Centre", "Companies", "Society"})
#: What comes right before a generic word that stands for an organisation named before.
_THE = ("the ", "The ")


def _generic_owners(
    sets: _UnionFind, candidates: list[MentionCandidate], forms: list[str], words: EntityWords
) -> dict[str, set[int]]:
    """The organisations each generic last word ends ("Commission" of "European Commission")."""
    owners: dict[str, set[int]] = {}
    for index, cand in enumerate(candidates):
        last = forms[index].rsplit(" ", 1)[-1]
        if cand.label == "ORG" and " " in forms[index] and last in words.of("org_tail"):
            owners.setdefault(last, set()).add(sets.find(index))
    return owners


def _people_not_places(
    names: ArticleNames, candidates: list[MentionCandidate], forms: list[str], keys: list[str]
) -> None:
    """A place's name that is the surname of the one person named in full is that person again.

    "Washington said" after "Dana Washington" (not "in Washington"): its alias entry and place type
    are dropped and its key kept apart from the place's, so that it joins the person. A possessive
    after a locative is still the person's ("in Washington's new film": the locative goes with the
    film; kind: a possessive surname after a locative).
    """
    if not any(c.entry is not None and c.label in _PLACE_LABELS for c in candidates):
        return
    people: dict[str, set[str]] = {}
    for cand, form in zip(candidates, forms, strict=True):
        if cand.label == "PERSON" and " " in form:
            for short in names.short_forms(form, "PERSON"):
                people.setdefault(short, set()).add(surface_key(form))
    for index, cand in enumerate(candidates):
        if cand.entry is None or cand.label not in _PLACE_LABELS or len(people.get(forms[index], ())) != 1:
            continue
        if _possessive(names.raw, cand.end) or not _after_locative(names.raw, cand.start, names.words):
            cand.entry, cand.label = None, "PERSON"
            keys[index] = f"person:{keys[index]}"


#: Labels the model gives a person's full name by mistake ("Faik Nerweyi" as a work of art).
_MISTYPED = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _mistyped_people(names: ArticleNames, candidates: list[MentionCandidate], forms: list[str]) -> None:
    """A person's full name the model typed otherwise is a person when its surname stands alone.

    Kind: "Faik Nerweyi" read as a work of art or "MaliVai Washington" as an organisation, then
    "Nerweyi said" (a person) or "Washington found the net" (a place's name not after a
    locative): a two- or three-word name shaped like a person's (a given name first, no title,
    organisation or place word) whose last word the article uses alone that way, and which is the
    only name of the article ending in that word, is typed PERSON, so that its surname joins it.
    Only the model's own spans, with no alias entry and no rule behind their type, not a building
    ("Mute Swan" as FAC is a pub) and not when its first word stands alone too.
    """
    lone: dict[str, list[int]] = {}
    endings: dict[str, int] = {}
    for index, form in enumerate(forms):
        if " " in form:
            last = form.rsplit(" ", 1)[-1]
            endings[last] = endings.get(last, 0) + 1
        else:
            lone.setdefault(form, []).append(index)
    for index, cand in enumerate(candidates):
        form = forms[index]
        if cand.label not in _MISTYPED or cand.entry is not None or cand.sure or cand.source != "ner":
            continue
        tokens = form.split()
        if not 2 <= len(tokens) <= 3 or endings.get(tokens[-1]) != 1 or not _person_shaped(form, names.words):
            continue
        if tokens[0] in lone:
            continue  # "Augusta" alone too: the full name is a place's paper, not a person
        uses = [candidates[j] for j in lone.get(tokens[-1], ())]
        if any(_as_person(use, names) for use in uses):
            cand.label = "PERSON"


#: A given name with a capital inside ("MaliVai", "LeBron", "DeAndre").
_INNER_CAPITAL = re.compile(r"^(?:[A-Z][a-z]+){2}$")


def _person_shaped(form: str, words: EntityWords) -> bool:
    first, _, rest = form.partition(" ")
    if _INNER_CAPITAL.match(first):
        form = f"{first.capitalize()} {rest}"
    tokens = form.split()
    return given_name(form, words) is not None and all(t.isalpha() and t[0].isupper() for t in tokens)


def _as_person(cand: MentionCandidate, names: ArticleNames) -> bool:
    """A lone word used as a person: typed so, or a place's name (not a country's) no locative governs."""
    if cand.label == "PERSON":
        return True
    named_place = cand.label in _PLACE_LABELS and cand.entry is not None
    country = surface_key(names.raw[cand.start : cand.end]) in names.words.nations
    return named_place and not country and not _after_locative(names.raw, cand.start, names.words)


def _only(roots: set[int]) -> int | None:
    return next(iter(roots)) if len(roots) == 1 else None


def _possessive(raw: str, end: int) -> bool:
    """Whether a possessive follows: "in Washington's film" names the person, the locative the film."""
    return raw[end : end + 2] in _POSSESSIVES


_POSSESSIVES = ("'s", "’s")


def _after_locative(raw: str, start: int, words: EntityWords) -> bool:
    before = raw[max(start - 12, 0) : start].split()
    return bool(before) and before[-1].casefold() in words.of("locative") | {"to", "of"}


def _join_initials(
    sets: _UnionFind, candidates: list[MentionCandidate], forms: list[str], words: EntityWords
) -> None:
    """An acronym and the one longer name of the article whose initials spell it ("NATO").

    A corporate suffix may be left out of the initials ("GM" of "General Motors Co"), and so may a
    country's name in front ("SEC" of "U.S. Securities and Exchange Commission"); a lowercase "o"
    stands for "of" ("BoE" of "Bank of England"), and so may a capital ("BOE"). Also, each its own
    kind of undefined acronym: a country's name after a last "of" left out ("TSB" of "Transportation
    Safety Board of Canada"); a compound compass word giving two letters ("SEPTA" of "Southeastern
    Pennsylvania Transportation Authority"); an organisation's initials in the word order of its own
    language, when no name spells them in English order ("PS" of "Socialist Party", "IL" of "Liberal
    Initiative": Romance languages put the adjective after the noun).
    """
    if not any(_acronym_letters(form) for form in forms):
        return
    by_initials: dict[str, set[int]] = {}
    reordered: dict[str, set[int]] = {}
    suffixes = words.of("org_suffix")
    for index, cand in enumerate(candidates):
        if " " in forms[index] and cand.label in _SPELLED_OUT:
            head, _, last = forms[index].rpartition(" ")
            spelled = {initials(forms[index]), _initials_with_of(forms[index])}
            spelled.add(_compass_initials(forms[index]))
            if last in suffixes and " " in head:
                spelled.add(initials(head))
            country, _, rest = forms[index].partition(" ")
            if " " in rest and surface_key(country) in words.nations:
                spelled.add(initials(rest))  # "SEC" of "U.S. Securities and Exchange Commission"
                if letters := _country_letters(country):
                    spelled.add(letters + initials(rest))  # "USDA", "UKHSA"
            body, of, nation = forms[index].rpartition(" of ")
            if of and " " in body and surface_key(nation) in words.nations:
                spelled.add(initials(body))  # "TSB" of "Transportation Safety Board of Canada"
            for letters in spelled:
                if len(letters) >= 2:
                    by_initials.setdefault(letters, set()).add(sets.find(index))
            for letters in _other_orders(forms[index]) if cand.label == "ORG" else ():
                reordered.setdefault(letters, set()).add(sets.find(index))
    for index, form in enumerate(forms):
        spelled_by = _acronym_letters(form)
        if spelled_by:
            owners = by_initials.get(spelled_by)
            if owners is None and candidates[index].label == "ORG" and len(spelled_by) <= _MAX_ACRONYM:
                owners = reordered.get(spelled_by)  # "PS" of "Socialist Party"
            root = _only({sets.find(r) for r in owners or ()})
            if root is not None:
                sets.union(root, index)


def _country_letters(country: str) -> str:
    """The letters a country's short form gives an acronym ("U.S." -> "US"), or "" for a long one.

    "USDA" of "U.S. Department of Agriculture", "UKHSA" of "UK Health Security Agency": the short
    form keeps all its letters where a word gives one.
    """
    letters = country.replace(".", "")
    return letters if letters.isupper() and len(letters) <= _COUNTRY_LETTERS else ""


#: Most letters a country's short form gives an acronym ("U.S.", "UK", "UAE").
_COUNTRY_LETTERS = 3


#: Compass words that give two letters of an acronym ("SEPTA": "Southeastern Pennsylvania ...").
_COMPASS_LETTERS = {
    f"{a}{b}{end}": f"{a[0]}{b[0]}".upper()
    for a in ("north", "south")
    for b in ("east", "west")
    for end in ("", "ern")
}


def _other_orders(name: str) -> set[str]:
    """Initials of a two- or three-word name of capitalised words in another language's order.

    The words reversed or the last one first: "Socialist Party" -> "PS" (Partido Socialista),
    "Social Democratic Party" -> "PSD". Not a name with "of" or "and" in it (its order is the
    English one: "Business Council of Australia" is not "ABC").
    """
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return set()
    letters = [w[0] for w in words]
    return {"".join(reversed(letters)), letters[-1] + "".join(letters[:-1])}


def _compass_initials(name: str) -> str:
    """Initials with a compound compass word giving two letters: "Southeastern X Y" -> "SEXY"."""
    return "".join(_COMPASS_LETTERS.get(word.casefold()) or initials(word) for word in name.split())


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
    # a rule that saw a firm in the words around it ("maker Mead Johnson", "Reckitt shares")
    # outweighs the model; a sports story's club guess does not (a surname alone is often one)
    sure_org = any(c.sure and c.label == "ORG" and c.source != "club" for c in (candidates[i] for i in ids))
    if full_person and not sure_org:
        name = max((forms[i] for i in full_person), key=lambda f: (len(f.split()), len(f)))
        return Group(members, "PERSON", name, None)
    votes: Counter[str] = Counter()
    for i in ids:
        votes[candidates[i].label] += len(forms[i].split()) * (_SURE_WEIGHT if candidates[i].sure else 1)
    label = votes.most_common(1)[0][0]
    if sure_org and not any(candidates[i].sure and candidates[i].label == "PERSON" for i in ids):
        label = "ORG"  # the model's person forms of a firm the words around it show
    named = [i for i in ids if i in defined] or ids
    mixed_case = [forms[i] for i in named if not forms[i].isupper()] or [forms[i] for i in named]
    name = Counter(mixed_case).most_common(1)[0][0]
    if label in _PLACE_LABELS and name.isupper() and len(name) > _MAX_ACRONYM:
        name = name.title()  # a dateline's "NEW DELHI" is New Delhi; "UAE" stays
    return Group(members, label, name, None)
