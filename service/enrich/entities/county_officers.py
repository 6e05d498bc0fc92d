"""A local official's title glued between a county and a person: two names, a place and a person.

US local copy names an elected county officer by the county, the office and the person: "Lorne
County Prosecutor Ann Lee", "Dale County Sheriff Bo Chan", "Marlow District Attorney Cy Park". The
small model reads the whole run as one name and calls it an organisation. A span of capitalised
words ending in "County", "Parish" or "Borough", then a county office ("Prosecutor", "Sheriff",
"Coroner", "Clerk", ...) and optionally a person's name, is cut into the place (GPE) and the
person (PERSON); the office's words are no name. "District Attorney" and "State's Attorney" are
offices of a county or a city, so the place before them needs no "County". Where the model
split the run itself but wrongly, the county right before an office is a GPE (not a person, and
without the office's first word: "Dale County District" of "... District Attorney"), and the
office is cut off the holder's name after a county ("Coroner Bo Chan"). Read only from the
model's own spans (an ``in`` or ``endswith`` test before each regex).
"""

import re

from service.enrich.entities.candidates import MentionCandidate

#: Offices US counties elect or appoint, written before the holder's name.
_OFFICES = (
    "Prosecutor",
    "Prosecuting Attorney",
    "Sheriff",
    "Coroner",
    "Clerk",
    "Assessor",
    "Auditor",
    "Treasurer",
    "Commissioner",
    "Executive",
    "Judge",
    "Public Defender",
    "Medical Examiner",
    "Solicitor",
)
_WORD = r"[A-Z][\w.'-]*"
_SPLIT = re.compile(
    rf"((?:{_WORD} ){{1,3}}(?:County|Parish|Borough)) (?:{'|'.join(_OFFICES)})"
    rf"|((?:{_WORD} ){{0,2}}{_WORD}) (?:District|State's) Attorney"
)
_NAME = re.compile(rf" ({_WORD}(?: {_WORD}){{1,3}})")
#: A glued run holds one of these (one ``in`` test each before the regex).
_GLUED_CUES = (" County ", " Parish ", " Borough ", " Attorney")
#: The county alone, where the model ended it before the office or took the office's first word.
_COUNTY = re.compile(rf"(?:{_WORD} ){{1,3}}(?:County|Parish|Borough)( District| State's)?")
_AFTER_COUNTY = re.compile(rf" (?:{'|'.join(_OFFICES)}|District Attorney|State's Attorney) [A-Z]")
#: The holder with the office left on, right after the county ("Coroner Ann Lee").
_HOLDER = re.compile(rf"(?:{'|'.join(_OFFICES)}) ({_WORD}(?: {_WORD}){{1,3}})")
_COUNTY_BEFORE = (" County ", " Parish ", " Borough ")


def county_officers(text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """``chosen`` with each "<county> <office> <name>" span cut into the place and the person."""
    if not any(cue in text for cue in _GLUED_CUES):
        return chosen
    out: list[MentionCandidate] = []
    for cand in chosen:
        out += _split(text, cand)
    return out


def _split(text: str, cand: MentionCandidate) -> list[MentionCandidate]:
    span = text[cand.start : cand.end]
    if cand.entry is not None:
        return [cand]
    if span.endswith(("County", "Parish", "Borough", " District", " State's")):
        return [_county(text, cand, span)]
    if text.endswith(_COUNTY_BEFORE, 0, cand.start) and (holder := _HOLDER.fullmatch(span)):
        return [MentionCandidate(cand.start + holder.start(1), cand.end, "PERSON", cand.source, sure=True)]
    if not any(place in span for place in _GLUED_CUES):
        return [cand]
    match = _SPLIT.match(span)
    if match is None:
        return [cand]
    place_end = cand.start + (match.end(1) if match.group(1) else match.end(2))
    place = MentionCandidate(cand.start, place_end, "GPE", cand.source, sure=True)
    rest = span[match.end() :]
    if not rest:
        # "<county> Coroner" alone: left as the model read it (a bare county made a place sent
        # the regions step to a county of that name in another state, on dev)
        return [cand]
    name = _NAME.fullmatch(rest)
    if name is None:
        return [cand]  # the office begins a longer name ("... County Sheriff's Office")
    at = cand.start + match.end() + 1
    return [place, MentionCandidate(at, at + len(name.group(1)), "PERSON", cand.source, sure=True)]


def _county(text: str, cand: MentionCandidate, span: str) -> MentionCandidate:
    """The county before an office and its holder, without the office's first word ("District")."""
    county = _COUNTY.fullmatch(span)
    if county is None:
        return cand
    office_word = county.group(1) or ""
    if not _AFTER_COUNTY.match(text[cand.end - len(office_word) : cand.end + 40]):
        return cand
    return MentionCandidate(cand.start, cand.end - len(office_word), "GPE", cand.source, sure=True)
