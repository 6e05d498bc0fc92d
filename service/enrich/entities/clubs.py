"""Sports clubs named by their town, county or state: results tables and match reports.

News names a club by its place ("Leicestershire beat Somerset", "Hartlepool 2 Wrexham 1"), and the
model reads a place. Only in a story with a word only sports reports use ("innings", "soccer"), two
kinds of evidence make the mention an organisation:

- **a results or standings line** (when the story is surely about sport, or has two such lines):
  a name followed by a score in a line that has two of them
  ("Northfield 2 Eastwick 1"), a name followed by a row of figures ("Northfield 4 2 1 1 7 3 7"), or a
  fixture ("Northfield v Eastwick", "BOSTON AT DENVER"). The names there are competitors: people when
  the model calls them people (a golf or tennis table, then also the names it missed) and clubs
  otherwise; a country stays a place (a national team is named like its country); a ranked rider
  or driver line ("3. Ann Lee (Norland) Acme-Velo +2:23") gives a person and a team, in any story;
- **the prose of a story surely about sport** (two words only sports reports use, or one and two
  they use often: see :func:`sports_story`): a town or region the model tagged as a place is the
  club, unless a locative preposition ("in", "at", also one opening a list: "in Leeds and York"),
  a venue header or a dateline makes it the place;
  a town the model left untagged before a squad role and a player is the club ("Harbourside
  fly-half Ann Lee"); a name the story already used as a club is the club again, and so is the
  plural nickname of a club named "<place> <Plural>" ("Chargers" after "Los Angeles Chargers") and
  a capitalised plural after "the" ("beat the Raiders") that the model called a person, a people
  or a product.

Context decides each mention, so the same town is a place in one sentence and its club in the next.
"""

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.tennis import SET_SCORE
from service.enrich.entities.words import EntityWords

#: One figure of a results line: "2", "2-0", "133-5", ".538", "1:23.4".
_FIGURE = r"(?:\d+(?:[-:/.]\d+)*|\.\d+)"
#: A competitor's name: capitalised words, with "of"/"de"-style joiners and "St"/"F.P."-style dots.
_NAME = r"[A-Z][\w'&.-]*(?: (?:(?:of|de|la|del|the|and) )?[A-Z][\w'&.-]*)*"
#: "(Norland)" after a competitor: a player's or a club's country.
_QUALIFIER = r"( \([^()\d]{1,20}\))?"
_SLOT = re.compile(rf"(?<![\w.])({_NAME}){_QUALIFIER} ({_FIGURE})(?=[ ,;.)]|$)")
_STANDING = re.compile(rf"^\s*(\d+\. )?({_NAME}){_QUALIFIER}(?: {_FIGURE}){{2,}}\s*$")
_FIXTURE = re.compile(rf"(?:^|: |, )({_NAME}) (v|vs|v\.|vs\.|AT|at) ({_NAME})(?=,|$| \()")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
#: A ranked rider or driver, their country and their team, then a time or a gap:
#: "3. Ann Lee (Norland) Acme-Velo Racing +2:23" (cycling, motor racing).
_RIDER = re.compile(
    rf"^\s*\d+\. ({_NAME}) \([^()\d]{{1,20}}\) (\S.*?) (?:\+?{_FIGURE}|s\.t\.)\s*$", re.MULTILINE
)
_WORD = re.compile(r"[A-Za-z-]+")
_DIGIT = re.compile(r"\d")
#: How many different words of sports reports (``sport``, ``sports`` in ``entity_words.tsv``)
#: make a story surely about sport (see :func:`sports_story`).
_SPORTS_MIN_WORDS = 2
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: "the mayor of Leeds": in sports prose "of" before a town keeps it the place, like a locative;
#: the type rules do not count it ("a defender of Leeds" tagged ORG stays the club there).
_PLACE_OF = frozenset({"of"})
#: A preposition, then capitalised names joined by commas, then "and" or "or" right before a name.
_NAME_WORDS = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*"
_LISTED_BEFORE = re.compile(rf"\b([a-z]+) {_NAME_WORDS}(?:, {_NAME_WORDS})*,? (?:and|or) $")
_LIST_LOOKBEHIND = 60


@dataclass(frozen=True, slots=True)
class Slot:
    """A competitor's name in a results line (joined-text offsets); ``person``: the line says so."""

    start: int
    end: int
    person: bool = False
    team: bool = False


def slots(text: str, start: int = 0) -> list[Slot]:
    """Competitor names in the results, standings and fixture lines of ``text[start:]``."""
    found: list[Slot] = []
    offset = start
    for line in text[start:].split("\n"):
        found += _line_slots(line, offset)
        offset += len(line) + 1
    return found


def _line_slots(line: str, offset: int) -> Iterator[Slot]:
    rider = _RIDER.match(line)
    if rider:  # the rider is a person, the team after the country an organisation
        yield Slot(offset + rider.start(1), offset + rider.end(1), person=True)
        yield Slot(offset + rider.start(2), offset + rider.end(2), team=True)
        return
    if _DIGIT.search(line):
        standing = _STANDING.match(line)
        rest = line[standing.end(2) :].split() if standing else []
        if standing and not _DATE.match(rest[0] if rest else ""):
            # "4. Ann Lee (Norland) 4:09.25": a ranked name with a country is a player
            ranked = bool(standing.group(1) and standing.group(3) and " " in standing.group(2))
            yield Slot(offset + standing.start(2), offset + standing.end(2), ranked)
            return
        scored = [
            m for m in _SLOT.finditer(line) if _outside(line, m.start()) and not _DATE.match(m.group(3))
        ]
        if len(scored) >= 2:
            for match in scored:
                yield Slot(offset + match.start(1), offset + match.end(1), _personal(line, match))
            return
    if " v" not in line and " AT " not in line and " at " not in line:
        return
    for match in _FIXTURE.finditer(line):
        yield Slot(offset + match.start(1), offset + match.end(1))
        if match.group(2).casefold() != "at":  # "BOSTON AT DENVER": the second name is the venue
            yield Slot(offset + match.start(3), offset + match.end(3))


#: "K. Evans": an initial and a surname.
_INITIAL = re.compile(r"^[A-Z]\. ?[A-Z][a-z]")
#: A bowler's figures "8-0-39-3": overs, maidens, runs, wickets.
_ANALYSIS = re.compile(r"^\d+(?:\.\d)?-\d+-\d+-\d+$")


#: Lowercase words before a side's name in prose ("beat the Northfield Hawks 98-91 in Game 7"):
#: not a dismissal word ("b Croft") or a tennis result's verb ("beat Ann Lee 6-2"), so no person.
_PROSE_WORDS = frozenset({"the", "a", "an", "in", "at", "of", "on", "to", "for", "by", "and", "or", "from"})


def _personal(line: str, match: re.Match[str]) -> bool:
    """A player, not a side: an initial, a bowler's figures, or a dismissal word before ("b Croft")."""
    before = line[: match.start(1)].split()
    return bool(
        _INITIAL.match(match.group(1))
        or _ANALYSIS.match(match.group(3))
        or (match.group(2) is not None and " " in match.group(1))  # "Ann Lee (Norland) 6-2"
        or (before and before[-1].islower() and before[-1].isalpha() and before[-1] not in _PROSE_WORDS)
    )


def _outside(line: str, at: int) -> bool:
    """Whether ``line[at]`` is outside parentheses ("(K. Lee 64)" is a scorer, not a side)."""
    before = line[:at]
    return before.count("(") <= before.count(")")


def sports_story(text: str, words: EntityWords) -> tuple[bool, bool]:
    """Whether ``text`` may be a sports story, and whether it surely is one.

    Surely: two different words only sports reports use ("innings", "soccer"), or one of them and
    two that they use often ("league", "coach"). Maybe: one of them (its results lines decide).
    Several rules ask about one article in turn: the last answer is kept.
    """
    global _last_story  # a one-entry cache, replaced in one assignment (safe across threads)
    last = _last_story
    if last is not None and last.text is text and last.words is words:
        return last.answer
    answer = _sports_story(text, words)
    _last_story = _StoryAnswer(text, words, answer)
    return answer


@dataclass(frozen=True, slots=True)
class _StoryAnswer:
    """The last text :func:`sports_story` read, its word tables (compared by identity) and the answer."""

    text: str
    words: EntityWords
    answer: tuple[bool, bool]


_last_story: _StoryAnswer | None = None


def _sports_story(text: str, words: EntityWords) -> tuple[bool, bool]:
    folded = text.casefold()
    if not words.sport.search(folded):
        return False, False
    found = set(_WORD.findall(folded))
    sport, sports = len(found & words.of("sport")), len(found & words.of("sports"))
    return sport >= 1, sport >= _SPORTS_MIN_WORDS or (sport >= 1 and sports >= _SPORTS_MIN_WORDS)


def clubs(
    raw: str, text: str, body_offset: int, chosen: list[MentionCandidate], words: EntityWords
) -> list[MentionCandidate]:
    """``chosen`` (sorted, not overlapping) with the competitors and clubs retyped (see the module).

    ``text`` is the joined text the model read (boilerplate blanked), ``raw`` the same before
    blanking. A slot led by a stop word ("June 2" in a schedule) is no competitor, nor one whose
    figure the model read into an event's or a product's name ("in Game 7").
    """
    maybe, surely = sports_story(text, words)
    surely = surely and not SET_SCORE.search(text)  # a tennis report names no club by its town
    if not maybe and not _RIDER.search(text):
        return chosen  # no results line or match report without one word of sport
    ends = [c.end for c in chosen]
    found, inside = [], []
    for slot in slots(text, body_offset):
        covered = _overlapping(chosen, ends, slot.start, slot.end)
        if raw[slot.start : slot.end].split()[0] not in words.stop and not _numbered(raw, covered, slot):
            found.append(slot)
            inside.append(covered)
    if not surely and len(found) < 2:
        return chosen
    countries = words.nations
    people_table = _people_table(inside)
    table: list[MentionCandidate] = []
    replaced: set[int] = set()
    club_keys: set[str] = set()
    for slot, covered in zip(found, inside, strict=True):
        form = raw[slot.start : slot.end]
        if surface_key(form) in countries or any(c.label == "NORP" for c in covered):
            continue
        named = any(c.label == "PERSON" and " " in raw[c.start : c.end] for c in covered)
        if slot.team:
            label = "ORG"
            club_keys.add(surface_key(form))
        elif named or slot.person or (people_table and " " in form):
            label = "PERSON"
        else:
            label = "ORG"
            club_keys.add(surface_key(form))
        table.append(MentionCandidate(slot.start, slot.end, label, "club", sure=True))
        replaced.update(id(c) for c in covered)
    if surely:
        chosen, nicknamed = _nicknamed(raw, [c for c in chosen if id(c) not in replaced], words)
        chosen = sorted(chosen + table, key=lambda c: c.start)
        table, replaced = [], set()
        club_keys |= nicknamed  # "Marlins", "Florida" alone: the club there too
    organisations = [raw[c.start : c.end] for c in chosen if c.label == "ORG"]
    club_keys |= {surface_key(form) for form in organisations}
    club_keys |= {surface_key(n) for n in (_nickname_of(form, words) for form in organisations) if n}
    # a club's first word is its short name ("Rotor" of "Rotor Volgograd")
    heads = {surface_key(form.split()[0]) for form in organisations if " " in form} - club_keys
    kept = [c for c in chosen if id(c) not in replaced]
    if surely:  # the prose of a story that is only maybe about sport is left alone
        kept = [_prose(raw, c, club_keys, heads, words) for c in kept]
        kept = sorted(kept + table + _before_a_role(raw, kept, words), key=lambda c: c.start)
        return sorted(kept + _short_names(raw, kept, words), key=lambda c: c.start)
    return sorted(kept + table, key=lambda c: c.start)


#: A capitalised plural right after a name ("Titans" of "Tennessee Titans"; not "Paris", "Congress").
_NICKNAME = re.compile(r" ([A-Z][a-z]+(?<![su])s)(?![\w-])")
_NICKNAMED = frozenset({"GPE", "LOC", "ORG"})


def _nicknamed(
    raw: str, chosen: list[MentionCandidate], words: EntityWords
) -> tuple[list[MentionCandidate], set[str]]:
    """``chosen`` (sorted) with a place and the plural nickname after it made one club, and keys.

    The keys are the place's and the nickname's: each names the club alone in the story.

    A sports story names a club by its place and a plural ("Tennessee Titans", "Mumbai Indians"),
    which the model splits into a place and a word or a people; not an event ("Tokyo Olympics").
    """
    out: list[MentionCandidate] = []
    keys: set[str] = set()
    skip_to = -1
    for cand in chosen:
        if cand.start < skip_to:
            continue
        nick = _NICKNAME.match(raw, cand.end) if cand.label in _NICKNAMED else None
        word = nick.group(1) if nick else ""
        if nick and word not in words.stop and word not in words.of("event_plural"):
            out.append(MentionCandidate(cand.start, nick.end(), "ORG", "club", sure=True))
            skip_to = nick.end()
            keys |= {surface_key(raw[cand.start : cand.end]), surface_key(word)}
        else:
            out.append(cand)
    return out, keys


#: A lone capitalised word, not before another ("Villa Park"; see :func:`_after_a_name` for before).
_LONE = r"(?<![\w-])({})(?![\w-])(?! [A-Z])"


def _short_names(raw: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """A club's short name where the model missed it: "City" of "Manchester City", "Real" of "Real Madrid".

    Of a two-word club name, the word that is not a place (the model finds "Nuggets" but rarely
    "City" or "Real"), and the last word after a place of two ("Chiefs" of "Kansas City Chiefs"),
    where it stands alone; never a stop word, a title or a people's name.
    """
    shorts: set[str] = set()
    for cand in chosen:
        tokens = raw[cand.start : cand.end].split()
        if (
            cand.label != "ORG"
            or len(tokens) not in (2, 3)
            or not all(t.isalpha() and t[0].isupper() for t in tokens)
        ):
            continue
        head, tail = tokens[0], tokens[-1]
        short = (
            tail
            if " ".join(tokens[:-1]) in words.place_types
            else head
            if len(tokens) == 2 and tail in words.place_types
            else None
        )
        if short and len(short) > 2 and not _not_a_club(short, words):
            shorts.add(short)
    if not shorts:
        return []
    ends = [c.end for c in chosen]
    pattern = re.compile(_LONE.format("|".join(map(re.escape, sorted(shorts)))))
    found = []
    for match in pattern.finditer(raw):
        start, end = match.span(1)
        if not _overlapping(chosen, ends, start, end) and not _after_a_name(raw, start):
            found.append(MentionCandidate(start, end, "ORG", "club", sure=True))
    return found


def _after_a_name(raw: str, start: int) -> bool:
    """Whether a capitalised word that ends no sentence comes right before ``start`` ("Stoke City")."""
    before = raw[max(start - 30, 0) : start]
    if not before.endswith(" "):
        return False
    last = before.split()[-1] if before.split() else ""
    return last[:1].isupper() and last[-1] not in ".!?:\"'"


def _not_a_club(word: str, words: EntityWords) -> bool:
    """Words that stand alone for something else: stop words, titles, peoples, generic words."""
    return (
        word in words.stop
        or word in words.of("title")
        or word in words.generic_org
        or word in words.place_types
        or words.is_demonym(word)
    )


#: Labels of names that may end in a number ("Game 7", "Euro 2024", "Apollo 11").
_NUMBERED = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


def _numbered(raw: str, covered: list[MentionCandidate], slot: Slot) -> bool:
    """Whether prose names a numbered thing there ("in Game 7", as the model read it): no score.

    Only after a lowercase word: in a table the model often reads a whole row as one name.
    """
    before = raw[max(slot.start - 12, 0) : slot.start].rsplit("\n", 1)[-1].split()
    prose = bool(before) and before[-1].isalpha() and before[-1].islower()
    return prose and any(c.label in _NUMBERED and c.end > slot.end for c in covered)


def _overlapping(
    chosen: list[MentionCandidate], ends: list[int], start: int, end: int
) -> list[MentionCandidate]:
    """The candidates of ``chosen`` (sorted, not overlapping; ``ends`` theirs) that overlap a span."""
    found = []
    for index in range(bisect_right(ends, start), len(chosen)):
        if chosen[index].start >= end:
            break
        found.append(chosen[index])
    return found


def _people_table(inside: list[list[MentionCandidate]]) -> bool:
    """Whether the model called more of the competitors people than anything else."""
    people = sum(any(c.label == "PERSON" for c in covered) for covered in inside)
    others = sum(any(c.label != "PERSON" for c in covered) for covered in inside)
    return people > others


#: What the model calls a club's nickname alone ("Chargers" a product, "Raiders" a person).
_NICKNAME_LABELS = frozenset({"PERSON", "NORP", "PRODUCT"})


def _nickname_of(form: str, words: EntityWords) -> str | None:
    """The plural nickname of a club named "<place> <Plural>" ("Chiefs" of "Kansas City Chiefs")."""
    place, _, last = form.rpartition(" ")
    if place in words.place_types and _NICKNAME.fullmatch(" " + last) and last not in words.stop:
        return last
    return None


def _the_plural(raw: str, cand: MentionCandidate, words: EntityWords) -> bool:
    """A capitalised plural after "the" in a sports story ("beat the Raiders"): a club, not a people."""
    form = raw[cand.start : cand.end]
    before = raw[max(cand.start - 4, 0) : cand.start]
    return before in ("the ", "The ") and bool(_NICKNAME.fullmatch(" " + form)) and not words.is_demonym(form)


#: A squad role right after a town in sports prose makes the town its club ("Wrexham defender").
_SQUAD_ROLES = frozenset(
    {
        "defender",
        "striker",
        "midfielder",
        "goalkeeper",
        "keeper",
        "winger",
        "forward",
        "coach",
        "manager",
        "captain",
        "full-back",
        "fullback",
        "playmaker",
        "quarterback",
        "linebacker",
        "kicker",
        "pitcher",
        "batsman",
        "bowler",
        "centre-back",
        "center",
        "scrum-half",
        "fly-half",
        "flanker",
        "hooker",
        "prop",
        "batter",
        "opener",
        "all-rounder",
        "wicketkeeper",
        "spinner",
        "seamer",
    }
)


#: A capitalised word, a squad role and a capitalised name: "Harbourside fly-half Ann Lee".
#: What may not stand before the town is checked after its capital, so that re can skip to capitals.
_BEFORE_A_ROLE = re.compile(r"([A-Z](?<![\w.-][A-Z])[a-z]+) ([a-z-]+) [A-Z]")


def _before_a_role(raw: str, kept: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """Towns the model left untagged before a squad role and a player: their clubs.

    "Harbourside fly-half Ann Lee": a known place, no country (a national team is a place), that no
    kept mention covers.
    """
    starts = [c.start for c in kept]
    found = []
    for match in _BEFORE_A_ROLE.finditer(raw):
        town, role = match.group(1), match.group(2)
        if role not in _SQUAD_ROLES or town not in words.place_types or surface_key(town) in words.nations:
            continue
        at = bisect_right(starts, match.start(1)) - 1
        if at >= 0 and kept[at].end > match.start(1):
            continue
        if at + 1 < len(kept) and kept[at + 1].start < match.end(1):
            continue
        found.append(MentionCandidate(*match.span(1), "ORG", "club", sure=True))
    return found


def _listed_after_locative(raw: str, start: int, words: EntityWords) -> bool:
    """Whether the name ends a list of names that a locative preposition opens ("in X, Y and ")."""
    listed = _LISTED_BEFORE.search(raw, max(start - _LIST_LOOKBEHIND, 0), start)
    return listed is not None and listed.group(1).casefold() in words.of("locative")


def _squad_role(after: str) -> bool:
    """Whether a squad role is the word right after a name (``after``: the text after it)."""
    words = after.split(maxsplit=1)
    return after.startswith(" ") and bool(words) and words[0] in _SQUAD_ROLES


def _prose(
    raw: str, cand: MentionCandidate, club_keys: set[str], heads: set[str], words: EntityWords
) -> MentionCandidate:
    """A place-typed mention in a sports story that names a club, retyped ORG."""
    form = raw[cand.start : cand.end]
    key = surface_key(form)
    if key in words.nations or (cand.entry is not None and key not in club_keys):
        return cand
    lone = " " not in form
    named = key in club_keys or (cand.label == "PERSON" and key in heads) or _the_plural(raw, cand, words)
    if not (cand.label in _PLACE_LABELS or (cand.label in _NICKNAME_LABELS and lone and named)):
        return cand
    before = raw[max(cand.start - 19, 0) : cand.start].split()
    after = raw[cand.end : cand.end + 14]
    if before and before[-1].casefold() in words.of("locative") | _PLACE_OF:
        return cand  # "in Leeds", "at Derby": the place
    if len(before) > 1 and before[-1] in ("the", "The") and before[-2].casefold() in words.of("locative"):
        return cand  # "at the Northfield Arena" (not "of the Eagles' franchise")
    if _listed_after_locative(raw, cand.start, words):
        return cand  # "in Lahore and Dubai", "at Leeds, York or Hull": one locative for a list
    dateline = form.isupper() and raw[max(cand.start - 1, 0) : cand.start] in ("\n", "")
    if after.startswith((":", "-based")) or dateline:
        return cand  # a venue header, "Leeds-based", a dateline
    if cand.label in _PLACE_LABELS and key not in club_keys and cand.sure and not _squad_role(after):
        return cand  # "the town of X": a rule saw the place in the text (not "Wrexham defender X")
    return MentionCandidate(cand.start, cand.end, "ORG", "club", sure=True)
