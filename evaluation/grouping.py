"""Grouping score: do the service's entities join the mentions that name the same thing?

Gold NER sets label mentions, not entities, so the pairs are derived from the gold mentions of each
story by rules that are independent of the service's own tables:

- **same thing** (the pair should be in one entity), by kind:
  - ``surname``: a person mention and the one longer person name of the story ending in it
    ("Okafor" after "Ngozi Okafor", "De Wilde" after "Jan De Wilde"); with two full names ending in
    it the pair is ambiguous and left out;
  - ``first name``: a one-word person mention and the one longer person name of the story that starts
    with it, when it ends none ("Ngozi" after "Ngozi Okafor"; "Xi" after "Xi Jinping", a family name
    written first); with two full names starting with it, or one ending in it, the pair is ambiguous;
  - ``acronym``: an all-capitals form and a longer name of the same type whose initials spell it,
    with or without a trailing corporate suffix ("GM" / "General Motors Co") or a country in front
    ("SEC" / "U.S. SEC", "U.S. Securities and Exchange Commission"); a lowercase "o" stands for
    "of" ("BoE" / "Bank of England");
  - ``place``: two place forms of one country, US state or Canadian province ("U.S." / "United States",
    "N.J." / "New Jersey", "B.C." / "British Columbia"); countries through pycountry plus the short
    forms news uses, states and provinces through the news-style (AP) abbreviations below;
  - ``short``: a shorter organisation name whose words begin or end the one longer organisation name
    of the story that contains them ("Marlins" / "Florida Marlins", "Dow Chemical" / "Dow Chemical Co"),
    unless the words left over are a compass point ("East Stirling" is another club than "Stirling"),
    and the well-known short forms of :data:`KNOWN_SHORT` ("the Fed");
  - ``same form``: the same folded text twice (reported apart: it is the easy case);
- **linked** pairs, neither same nor different: two mentions that the pairs above link through others
  ("Ngozi" and "Okafor", both short forms of "Ngozi Okafor") are left out of both counts;
- **different things**: every other pair of differently written mentions; ``hard`` ones share a word
  ("Ngozi Okafor" / "Emeka Okafor", "Moscow" / "Dynamo Moscow").

A gold mention belongs to the predicted entity with a mention at exactly its span, else to the entity
whose mention overlaps it most; a gold mention no entity covers breaks its same-thing pairs.
``recall`` is the share of same-thing pairs (written differently) put in one entity, ``false merges``
the share of different-thing pairs put in one entity.

    python -m evaluation.grouping GOLD.jsonl EVENTS.jsonl
"""

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

#: Kinds of same-thing pairs, in the order they are reported.
KINDS = ("surname", "first name", "acronym", "place", "short", "same form")
_MINOR = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "al", "&", "a"})
_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_PLACE_TYPES = frozenset({"LOC", "GPE"})
#: A lowercase "o" for "of" inside an acronym ("BoE", "DoJ").
_OF_LETTER = re.compile(r"(?<=[A-Z])o(?=[A-Z])")

#: News-style (AP) abbreviations of US states and Canadian provinces, with the postal codes news
#: also prints ("Mo.", "N.J.", "B.C."). AP stylebook, public style facts.
STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "Alabama": ("Ala.", "AL"), "Arizona": ("Ariz.", "AZ"), "Arkansas": ("Ark.", "AR"),
    "California": ("Calif.", "Cal.", "CA"), "Colorado": ("Colo.", "CO"), "Connecticut": ("Conn.", "CT"),
    "Delaware": ("Del.", "DE"), "Florida": ("Fla.", "FL"), "Georgia": ("Ga.", "GA"),
    "Illinois": ("Ill.", "IL"), "Indiana": ("Ind.", "IN"), "Kansas": ("Kan.", "Kans.", "KS"),
    "Kentucky": ("Ky.", "KY"), "Louisiana": ("La.", "LA"), "Maryland": ("Md.", "MD"),
    "Massachusetts": ("Mass.", "MA"), "Michigan": ("Mich.", "MI"), "Minnesota": ("Minn.", "MN"),
    "Mississippi": ("Miss.", "MS"), "Missouri": ("Mo.", "MO"), "Montana": ("Mont.", "MT"),
    "Nebraska": ("Neb.", "Nebr.", "NE"), "Nevada": ("Nev.", "NV"), "New Hampshire": ("N.H.", "NH"),
    "New Jersey": ("N.J.", "NJ"), "New Mexico": ("N.M.", "NM"), "New York": ("N.Y.", "NY"),
    "North Carolina": ("N.C.", "NC"), "North Dakota": ("N.D.", "ND"), "Oklahoma": ("Okla.", "OK"),
    "Oregon": ("Ore.", "OR"), "Pennsylvania": ("Pa.", "Penn.", "PA"), "Rhode Island": ("R.I.", "RI"),
    "South Carolina": ("S.C.", "SC"), "South Dakota": ("S.D.", "SD"), "Tennessee": ("Tenn.", "TN"),
    "Texas": ("Texas", "Tex.", "TX"), "Vermont": ("Vt.", "VT"), "Virginia": ("Va.", "VA"),
    "Washington": ("Wash.", "WA"), "West Virginia": ("W.Va.", "WV"), "Wisconsin": ("Wis.", "WI"),
    "Wyoming": ("Wyo.", "WY"), "Alberta": ("Alta.", "AB"), "British Columbia": ("B.C.", "BC"),
    "Manitoba": ("Man.", "MB"), "New Brunswick": ("N.B.", "NB"), "Newfoundland": ("Nfld.", "NL"),
    "Nova Scotia": ("N.S.", "NS"), "Ontario": ("Ont.", "ON"), "Prince Edward Island": ("P.E.I.", "PE"),
    "Quebec": ("Que.", "QC"), "Saskatchewan": ("Sask.", "SK"),
}  # fmt: skip
#: Country forms news uses beyond pycountry's names (folded, dots removed) -> ISO alpha-2.
NEWS_COUNTRY_FORMS = {
    "us": "US", "usa": "US", "america": "US", "united states": "US", "uk": "GB", "britain": "GB",
    "great britain": "GB", "united kingdom": "GB", "russia": "RU", "iran": "IR",
    "syria": "SY", "south korea": "KR", "north korea": "KP", "holland": "NL", "taiwan": "TW",
    "vietnam": "VN", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
    "vatican": "VA", "czech republic": "CZ", "uae": "AE", "emirates": "AE", "ivory coast": "CI",
}  # fmt: skip


#: Corporate suffixes an acronym leaves out ("GM" of "General Motors Co").
_CORPORATE = frozenset({"co", "corp", "corporation", "inc", "ltd", "plc", "llc", "ag", "sa", "nv", "spa"})
#: Short forms whose long form shares no initials or words with them in order.
KNOWN_SHORT = {"fed": ("federal reserve", "federal reserve board", "federal reserve bank")}
_COMPASS = frozenset(
    {"east", "west", "north", "south", "central", "northern", "southern", "eastern", "western"}
)


def fold(text: str) -> str:
    """Case, a leading "the", a trailing possessive and edge punctuation folded away."""
    folded = _EDGE.sub("", _POSSESSIVE.sub("", text.strip()))
    return " ".join(_LEADING_THE.sub("", folded).casefold().split())


def _place_codes() -> dict[str, str]:
    codes = dict(NEWS_COUNTRY_FORMS)
    for country in _countries():
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                codes.setdefault(fold(name), country.alpha_2)
    for name, abbreviations in STATE_ABBREVIATIONS.items():
        for form in (name, *abbreviations):
            codes.setdefault(fold(form).replace(".", ""), f"state:{name}")
            codes.setdefault(fold(form), f"state:{name}")
    return codes


def _countries() -> list[Any]:
    """The countries of pycountry, or none when it is not installed (the news forms still work)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is in the default dependency groups
        return []
    return list(pycountry.countries)


_PLACES = _place_codes()


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One gold mention of a story."""

    start: int
    end: int
    text: str
    type: str


def _initials(words: Sequence[str], *, minor: bool) -> str:
    return "".join(w[0].upper() for w in words if w[:1].isalpha() and (minor or w.casefold() not in _MINOR))


def _is_acronym_of(short: str, long: str) -> bool:
    letters = _OF_LETTER.sub("", short.replace(".", "").replace("&", ""))  # "BoE" of "Bank of England"
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    words = re.split(r"[\s-]+", long)
    if len(words) > 2 and words[-1].rstrip(".").casefold() in _CORPORATE:
        words = words[:-1]  # "GM" of "General Motors Co"
    country = _place_code(words[0]) if len(words) >= 2 else None
    if country is not None and not country.startswith("state:"):
        rest = words[1:]  # a country's name in front: "SEC" of "U.S. SEC" and of "U.S. Securities ..."
        if len(rest) == 1 and rest[0].replace(".", "") == letters:
            return True
        if len(rest) >= 2 and letters in (_initials(rest, minor=False), _initials(rest, minor=True)):
            return True
    return len(words) >= 2 and letters in (_initials(words, minor=False), _initials(words, minor=True))


def _place_code(text: str) -> str | None:
    key = fold(text)
    bare = key.replace(".", "")
    spaced = "." in key and _PLACES.get(bare.replace(" ", ""))  # "W. Va." is "W.Va."
    return _PLACES.get(key) or _PLACES.get(bare) or spaced or None


def _coarse(label: str) -> str:
    return "LOC" if label in _PLACE_TYPES else label


def story_pairs(mentions: Sequence[GoldMention]) -> tuple[dict[tuple[int, int], str], set[tuple[int, int]]]:
    """Same-thing pairs (index pair -> kind) and ambiguous pairs of one story's mentions."""
    same: dict[tuple[int, int], str] = {}
    ambiguous: set[tuple[int, int]] = set()
    forms = [fold(m.text) for m in mentions]
    words = [f.split() for f in forms]
    full_people: dict[str, set[str]] = {}
    first_words: dict[str, set[str]] = {}
    for m, f, w in zip(mentions, forms, words, strict=True):
        if m.type == "PER" and len(w) >= 2:
            for size in range(1, len(w)):
                full_people.setdefault(" ".join(w[-size:]), set()).add(f)
            first_words.setdefault(w[0], set()).add(f)
    for i, j in combinations(range(len(mentions)), 2):
        a, b = mentions[i], mentions[j]
        if forms[i] == forms[j]:
            if _coarse(a.type) == _coarse(b.type):
                same[(i, j)] = "same form"
            continue
        kind = _same_kind(a, b, words[i], words[j], forms, (full_people, first_words), mentions)
        if kind == "ambiguous":
            ambiguous.add((i, j))
        elif kind:
            same[(i, j)] = kind
    return same, ambiguous | _linked(len(mentions), same)


def _linked(size: int, same: dict[tuple[int, int], str]) -> set[tuple[int, int]]:
    """Pairs linked only through same-thing pairs: not counted as different things.

    "Ngozi" and "Okafor" are both short forms of "Ngozi Okafor".
    """
    parent = list(range(size))

    def root(item: int) -> int:
        while parent[item] != item:
            item = parent[item]
        return item

    for i, j in same:
        parent[root(j)] = root(i)
    return {(i, j) for i, j in combinations(range(size), 2) if (i, j) not in same and root(i) == root(j)}


def _same_kind(
    a: GoldMention,
    b: GoldMention,
    wa: list[str],
    wb: list[str],
    forms: list[str],
    people: tuple[dict[str, set[str]], dict[str, set[str]]],
    mentions: Sequence[GoldMention],
) -> str | None:
    if _coarse(a.type) != _coarse(b.type):
        return None
    short, long, ws, wl = (a, b, wa, wb) if len(wa) <= len(wb) else (b, a, wb, wa)
    if a.type == "PER":
        full_people, first_words = people
        if len(ws) < len(wl) and wl[-len(ws) :] == ws:
            return "surname" if len(full_people.get(" ".join(ws), ())) == 1 else "ambiguous"
        if len(ws) == 1 < len(wl) and wl[0] == ws[0]:
            unique = len(first_words.get(ws[0], ())) == 1 and ws[0] not in full_people
            return "first name" if unique else "ambiguous"
        return None
    if _coarse(a.type) == "LOC":
        code = _place_code(a.text)
        if code is not None and code == _place_code(b.text):
            return "place"
    if _is_acronym_of(short.text.strip(), long.text.strip()):
        return "acronym"
    if a.type != "ORG":
        return None
    if " ".join(wl) in KNOWN_SHORT.get(" ".join(ws), ()):
        return "short"
    if _shortens(ws, wl) and short.text[:1].isupper():
        owners = {
            f for f, m in zip(forms, mentions, strict=True) if m.type == "ORG" and _shortens(ws, f.split())
        }
        return "short" if len(owners) == 1 else "ambiguous"
    return None


def _shortens(short: list[str], long: list[str]) -> bool:
    """``short`` begins or ends ``long`` and what is left over is not a compass point."""
    size = len(short)
    if size >= len(long):
        return False
    if long[:size] == short:
        return not set(long[size:]) & _COMPASS
    return long[-size:] == short and not set(long[:-size]) & _COMPASS


@dataclass(slots=True)
class GroupingScore:
    """Pair counts over all stories."""

    same: Counter[str] = field(default_factory=Counter)
    joined: Counter[str] = field(default_factory=Counter)
    different: int = 0
    merged: int = 0
    hard: int = 0
    hard_merged: int = 0
    unfound_mentions: int = 0

    @property
    def recall(self) -> float:
        """Share of same-thing pairs written differently that one entity holds."""
        total = sum(n for kind, n in self.same.items() if kind != "same form")
        return sum(n for kind, n in self.joined.items() if kind != "same form") / total if total else 0.0

    @property
    def false_merges(self) -> float:
        """Share of different-thing pairs that one entity holds."""
        return self.merged / self.different if self.different else 0.0

    def lines(self) -> list[str]:
        """A printable table."""
        out = [
            f"grouping recall (same thing, written differently): {self.recall:.4f}"
            f"  ({sum(self.joined[k] for k in KINDS[:-1])}/{sum(self.same[k] for k in KINDS[:-1])})",
            f"false merges (different things): {self.false_merges:.4f}  ({self.merged}/{self.different})",
            f"false merges, hard pairs sharing a word: "
            f"{self.hard_merged / self.hard if self.hard else 0.0:.4f}  ({self.hard_merged}/{self.hard})",
        ]
        for kind in KINDS:
            total = self.same[kind]
            share = self.joined[kind] / total if total else 0.0
            out.append(f"  {kind:<10} recall {share:.4f}  ({self.joined[kind]}/{total})")
        out.append(f"gold mentions no entity covers: {self.unfound_mentions}")
        return out


def _entity_of(
    mention: GoldMention, predicted: Sequence[tuple[int, int, str]], taken: set[tuple[int, int]]
) -> str | None:
    """The entity with a mention at exactly this span, else the one overlapping it most.

    A predicted mention that is exactly another gold mention is not borrowed: "China" inside a
    correctly found "Rights Watch in China" is unfound, not part of that entity.
    """
    exact = [e for s, t, e in predicted if s == mention.start and t == mention.end]
    if exact:
        return exact[0]
    overlaps = [
        (min(t, mention.end) - max(s, mention.start), e)
        for s, t, e in predicted
        if s < mention.end and mention.start < t and (s, t) not in taken
    ]
    return max(overlaps)[1] if overlaps else None


def body_mentions(event: dict[str, Any]) -> list[tuple[int, int, str]]:
    """``(start, end, entity id)`` of an event's body mentions."""
    return [
        (m["start"], m["end"], entity["id"])
        for entity in event.get("entities", [])
        for m in entity.get("mentions", [])
        if m.get("field", "body") == "body"
    ]


def score_story(score: GroupingScore, gold: Sequence[GoldMention], event: dict[str, Any] | None) -> None:
    """Add one story's pairs to ``score``."""
    predicted = body_mentions(event) if event else []
    taken = {(m.start, m.end) for m in gold}
    owners = [_entity_of(m, predicted, taken) for m in gold]
    score.unfound_mentions += sum(o is None for o in owners)
    same, ambiguous = story_pairs(gold)
    forms = [set(fold(m.text).split()) for m in gold]
    for i, j in combinations(range(len(gold)), 2):
        together = owners[i] is not None and owners[i] == owners[j]
        if (i, j) in same:
            kind = same[(i, j)]
            score.same[kind] += 1
            score.joined[kind] += together
        elif (i, j) not in ambiguous and fold(gold[i].text) != fold(gold[j].text):
            score.different += 1
            score.merged += together
            if forms[i] & forms[j]:
                score.hard += 1
                score.hard_merged += together


def score(gold_rows: Iterable[dict[str, Any]], events: Iterable[dict[str, Any]]) -> GroupingScore:
    """Grouping score of ``events`` (one per story, id at ``article.id`` or ``id``) against gold rows."""
    by_id = {_event_id(e): e.get("event", e) for e in events}
    result = GroupingScore()
    for row in gold_rows:
        mentions = [GoldMention(g["start"], g["end"], g["text"], g["type"]) for g in row["entities"]]
        score_story(result, mentions, by_id.get(row["id"]))
    return result


def _event_id(line: dict[str, Any]) -> str:
    event = line.get("event", line)
    return str(line.get("id") or event.get("article", {}).get("id"))


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m evaluation.grouping GOLD EVENTS``: print the grouping table."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print("usage: python -m evaluation.grouping GOLD.jsonl EVENTS.jsonl", file=sys.stderr)
        return 2
    print("\n".join(score(_read(Path(args[0])), _read(Path(args[1]))).lines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
