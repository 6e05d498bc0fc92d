"""Names listed after a locative with a place are places: "in Faversham and Swanley".

Local and wire copy lists the towns and states where something happens: "sites in Faversham and
Swanley", "clinics in Borno and Yobe", "factories around Gazipur and Narayanganj". The small model
knows the first town and reads the small one beside it as an organisation, a person or a people.
A run of names joined by commas and "and" right after a locative preposition ("in", "near",
"around", ..., the list shared with the regions step, but not "at", "to", "into" or "via", which
lead to venues and schools as often), not followed by a lowercase kind ("... counties", "...
streets", "... elementary schools": :mod:`.place_lists` judges those, and leaves US counties
alone), where one name is a place (GPE), makes the
others places too when the model called them ORG, PERSON or NORP: one word only, no acronym (a two-word person
in "met in Norland, Ann Lee said" is an apposition's), not a name the alias table knows (a party, a
firm), not one with a capitalised word after it ("left Norland and Ann Lee II took over": a clause
goes on), and not in a sports story, where "lost to Arsenal and Chelsea" lists clubs. Commas count only
in a list that ends in "and" ("near Ostrava, Acme Radio said" is an apposition), and a list of two
takes no comma ("rose in London, and Acme shares fell" joins two clauses).
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import sports_story
from service.enrich.entities.words import EntityWords

_GAP = re.compile(r"(?:,| and|, and) ")
_MISREAD = frozenset({"ORG", "PERSON", "NORP"})
#: Locatives before venues and institutions more than towns ("classes at Elm Ridge and Oak Run").
_NOT_HERE = frozenset({"at", "to", "into", "via"})
#: A lowercase kind after the list: the names are of that kind (counties, streets, schools, ...).
_KIND_AFTER = re.compile(
    r" (?:count(?:y|ies)|townships?|parish(?:es)?|boroughs?|streets?|avenues?|roads?|schools?|elementary|"
    r"high|middle|districts?|wards?)\b"
)
#: A capitalised word right after the name: a clause goes on ("from Norland and Ann Lee II took over").
_NEXT_CAPITAL = re.compile(r" [A-Z]")


def place_pairs(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the misread names of a list of places after a locative made places (GPE)."""
    if " and " not in text or sports_story(text, words)[0]:
        return chosen
    out = list(chosen)
    locatives = words.of("locative") - _NOT_HERE
    index = 0
    while index < len(out):
        cand = out[index]
        before = text[max(0, cand.start - 12) : cand.start].rsplit(" ", 2)
        if len(before) < 2 or before[-2].casefold() not in locatives:
            index += 1
            continue
        run = [index]
        while run[-1] + 1 < len(out) and _GAP.fullmatch(text[out[run[-1]].end : out[run[-1] + 1].start]):
            run.append(run[-1] + 1)
        while len(run) > 1 and text[out[run[-2]].end : out[run[-1]].start] == ", ":
            run.pop()  # a comma with no "and" after it is an apposition ("near Ostrava, Acme Radio said")
        if len(run) == 2 and text[out[run[0]].end : out[run[1]].start] == ", and ":
            run.pop()  # two clauses ("rose in London, and Acme shares fell"), not a list of two
        if _KIND_AFTER.match(text, out[run[-1]].end):
            run = run[:1]  # "Dale and Lorne counties", "at Elm and Oak streets": place_lists' to judge
        if len(run) > 1 and any(out[i].label == "GPE" for i in run):
            for i in run:
                if _misread_place(text, out[i], words):
                    c = out[i]
                    out[i] = MentionCandidate(c.start, c.end, "GPE", c.source, None, sure=True)
        index = run[-1] + 1
    return out


def _misread_place(text: str, cand: MentionCandidate, words: EntityWords) -> bool:
    """Whether ``cand`` is a name the model misread that a list of places may retype."""
    name = text[cand.start : cand.end]
    if cand.label not in _MISREAD or cand.entry is not None or " " in name or name.isupper():
        return False  # an acronym is a body's ("in Dale County, Ill., and ACRL in ...")
    return _NEXT_CAPITAL.match(text, cand.end) is None
