"""Mention candidates: NER spans cleaned and retyped, plus the names NER missed.

Rules, each about how news is written rather than about one story:

- spans are cut at line breaks, blanked boilerplate and a sentence's end before a stop word
  ("X. His"), and lose a leading article, a trailing possessive, stray punctuation or an
  unclosed parenthesis, a leading title on a person ("Governor"), a trailing lowercase place
  noun ("Nangarhar province" -> "Nangarhar");
- "Japan's Liberal Democratic Party" and "Tarbes, Occitanie" are two names each;
- spans with no capital letter are dropped ("jihadist" tagged NORP), and so is a month and a day
  ("March 10" before a wire's name in a digest's dateline);
- a saint's name keeps its possessive ("St. John's"; not a known city's: "St. Louis's"), and the
  building or body word after it ("St. Mary's Hospital", :mod:`.tails`);
- types are fixed by :mod:`service.enrich.entities.types` (a demonym tagged GPE, a place tagged ORG);
- curated alias forms are found in the text and win over shorter NER spans inside them
  ("the Islamic State attacked" where NER saw only "Islamic");
- names in credits, bylines and datelines come from the boilerplate patterns, and capitalised
  words right after a title or role ("Police Chief Tomasz Wielgosz", "coach Anders Lykketoft")
  are a person;
- a name NER found once is found everywhere else it occurs (an agency at a sentence start, a
  person's surname in "Khugyani said"), with one automaton per article so the scan stays linear; a lone
  word NER tagged only at sentence starts is not spread (its capital says little);
- a name goes on past the model's span when the next word is an organisation word after a place
  ("New Jersey Transit"), a corporate suffix or a country's short form after a firm ("Acme LLC",
  "Reform UK") or "Open" after a nationality (:mod:`.tails`); a Reuters instrument code in
  parentheses ("EBAY.O") is no name; "X" after "on" or "platform" is the platform;
- a capitalised kind of firm or person before the name ("Retailer Marks & Spencer", "Billionaire
  X") is cut off (``org_lead``, ``person_lead``), and the kind types the name;
- a span also loses a score or phone number run into it, lower-case words at its edges and a
  leading month (:mod:`.edges`), and splits at a spaced dash ("Norland - Ann Smith");
- a capitalised word before a surname the model saw alone is the forename ("beat Casper Ruud"),
  and a name with a patronymic particle is a person ("Iwan ap Rhys", :mod:`.forenames`);
- an initial and a surname is a person ("K. Evans", :mod:`.initials`);
- a public body's name goes on past "of" and a country, "for (the)" or a ministry's "and"
  ("Securities and Exchange Board of India", "Kiel Institute for the World Economy",
  :mod:`.long_names`); a US prosecutors' office or court goes on to its district or circuit, and
  a body's name takes in the fields before it joined by "and" or commas ("the Energy and Natural
  Resources Committee", :mod:`.joined_names`);
- names shaped like no word are firms ("4Sight", "shopwell.com", :mod:`.odd_names`);
- surnames joined by commas and "&" are one firm ("Wachtell, Lipton, Rosen & Katz",
  :mod:`.partnerships`); a place before a police, fire or school body's word is that body ("Kent
  Police", "Atlanta Public Schools", :mod:`.local_bodies`); long names of a fixed frame around an
  inner word are whole ("Catholic Charities of Southern Arizona", "Presbyterian Church in America",
  "Islamic State Sahel Province", "Queen Anne's County", :mod:`.inner_words`);
- a name with an instrument code, or a price move and a percentage after it, in market copy is a
  firm or an index ("Persimmon rose 4%", :mod:`.market_names`);
- competitors of results lines and clubs named by their town in sports stories are organisations
  (:mod:`.clubs`); in a tennis report names of capitalised words alone are players
  (:mod:`.tennis`); names in line-ups ("5 - Ann Lee"), ranking lines ("3. Ann Lee (Norland)
  11.07") and cricket scorecards are players (:mod:`.lineups`); two peoples side by side are one
  group ("Bosnian Serb", :mod:`.peoples`); a fixture list's teams are organisations and its
  grounds places ("May 14 v Northby (at Kingsmead Oval)", :mod:`.fixtures`); in cricket copy a
  county is its side (:mod:`.counties`); in a sports story a player's surname the model read as a
  place is the player (:mod:`.surnames`); "Acme and Globex" is two names
  when the article names each, and a list of three or more names takes the type most of its items
  have (:mod:`.lists`);
- events, prizes and trophies are typed by their last words and an event is split from its venue
  over "at" (:mod:`.events`); "<firm> <country or region>" is one organisation
  (:mod:`.regional_arms`); "from X to Y" is two places (:mod:`.routes`); a name before "crude" is
  a crude grade (:mod:`.crude_grades`); an acronym in parentheses after a translated body's name is
  its acronym (:mod:`.foreign_acronyms`); a minister's field alone is no name ("Transport" of
  "Transport Minister X", :mod:`.minister_fields`); a street is a FAC ("Harlan Avenue",
  :mod:`.streets`); the names of a list before "counties", "towns", ... are places
  (:mod:`.place_lists`); "<county> Prosecutor <name>" read as one name is a place and a person
  (:mod:`.county_officers`); "University of X, <campus town>" is one organisation
  (:mod:`.campuses`); "the <Place> <Plural>" read as a person in sports copy is a club
  (:mod:`.club_nicknames`); both sides of a team result are clubs ("X beat Y 35-31",
  :mod:`.team_results`), and so is "the <Plural> (12-1)" (:mod:`.team_records`); the town before a
  town officer's title is a place ("Tempe Mayor X", :mod:`.office_places`); numbered highways are
  roads ("Interstate 385", :mod:`.highways`); names listed with a place after a locative are places
  ("in Borno and Yobe", :mod:`.place_pairs`); "the Governor's Office of ..." starts at the title
  (:mod:`.office_names`); "ECOWAS Commission President X" keeps the organ's word
  (:mod:`.body_tails`); a long name the model cut is whole when the acronym in parentheses after
  it spells it ("Sociedad Química y Minera (SQM)", :mod:`.defined_names`); "the Liberal Democrat
  leader" is one people (:mod:`.party_members`); a numbered court keeps its ordinal ("the 10th
  District Court of Appeals", :mod:`.court_ordinals`); in a story about hacking a group named by a
  vendor's scheme is an organisation ("Salt Typhoon", "APT41", :mod:`.threat_actors`); what a
  firm sells something as, a product's kind then "called X", a model code before a machine's kind
  are products ("sold as Kofrex-DX", "an H3 rocket", :mod:`.brand_names`); a firm's unit after its
  owner's "'s" is an organisation ("Google's Mandiant unit", :mod:`.firm_units`); a Vietnamese
  family name the model left off a person is taken in ("Do Thi Thu Trang", :mod:`.family_first`);
  "the Saudi Ministry of Hajj and Umrah" is a people and a ministry (:mod:`.demonym_bodies`); an
  acronym right after a kind of organisation is one ("regulator CADE", :mod:`.kind_acronyms`); a
  storm's head word stays in its name ("Hurricane Melissa", :mod:`.storm_names`);
- in a Title Case headline or an all-capitals line only names the rest of the text or the alias
  table confirms are kept (:mod:`service.enrich.entities.headline_names`), and the headline repeated in the
  body gets the headline's mentions at the copy's offsets.
"""

import re
from bisect import bisect_left
from collections import Counter

import ahocorasick

from service.enrich.entities.acronyms import spelled_in
from service.enrich.entities.aliases import AliasTable, find_words
from service.enrich.entities.article_names import ArticleNames
from service.enrich.entities.body_names import body_names
from service.enrich.entities.body_tails import body_tails
from service.enrich.entities.brand_names import brand_names
from service.enrich.entities.campuses import campuses
from service.enrich.entities.candidates import SOURCES, MentionCandidate
from service.enrich.entities.capital_the import capital_the
from service.enrich.entities.club_nicknames import club_nicknames
from service.enrich.entities.club_sides import club_sides
from service.enrich.entities.clubs import clubs, sports_story
from service.enrich.entities.context_types import by_context
from service.enrich.entities.counties import county_sides
from service.enrich.entities.county_officers import county_officers
from service.enrich.entities.court_ordinals import court_ordinals
from service.enrich.entities.crude_grades import crude_grades
from service.enrich.entities.defined_names import defined_names
from service.enrich.entities.demonym_bodies import demonym_bodies
from service.enrich.entities.edges import edges, pieces
from service.enrich.entities.events import event_names, events
from service.enrich.entities.family_first import family_first
from service.enrich.entities.firm_cues import firm_cues
from service.enrich.entities.firm_origins import firm_origins
from service.enrich.entities.firm_units import firm_units
from service.enrich.entities.fixtures import fixture_names
from service.enrich.entities.foreign_acronyms import foreign_acronyms
from service.enrich.entities.forenames import forenamed, is_patronymic, patronymics
from service.enrich.entities.glued_titles import glued_titles
from service.enrich.entities.headline_names import capitals, confirmed
from service.enrich.entities.highways import highways
from service.enrich.entities.initials import initial_names, is_initial_name
from service.enrich.entities.inner_words import inner_words
from service.enrich.entities.joined_names import joined_names
from service.enrich.entities.kind_acronyms import kind_acronyms
from service.enrich.entities.lineups import lineup_players
from service.enrich.entities.lists import consistent, split_coordinated
from service.enrich.entities.local_bodies import local_bodies
from service.enrich.entities.long_names import long_names
from service.enrich.entities.market_names import market_names
from service.enrich.entities.minister_fields import minister_fields
from service.enrich.entities.named_after import named_after
from service.enrich.entities.nicknames import nicknamed
from service.enrich.entities.odd_names import odd_names
from service.enrich.entities.office_names import office_names
from service.enrich.entities.office_places import office_places
from service.enrich.entities.org_heads import org_heads
from service.enrich.entities.partnerships import partnerships
from service.enrich.entities.party_members import party_members
from service.enrich.entities.peoples import joined_peoples
from service.enrich.entities.place_lists import place_lists
from service.enrich.entities.place_pairs import place_pairs
from service.enrich.entities.possessive_heads import possessive_heads
from service.enrich.entities.price_targets import price_targets
from service.enrich.entities.product_kinds import product_kinds
from service.enrich.entities.regional_arms import regional_arms
from service.enrich.entities.result_opponents import result_opponents
from service.enrich.entities.routes import routes
from service.enrich.entities.storm_names import storm_names
from service.enrich.entities.streets import streets
from service.enrich.entities.surnames import surnames_not_places
from service.enrich.entities.tails import SAINT_POSSESSIVE, tails
from service.enrich.entities.team_records import team_records
from service.enrich.entities.team_results import team_results
from service.enrich.entities.tennis import players
from service.enrich.entities.threat_actors import threat_actors
from service.enrich.entities.title_bodies import title_bodies
from service.enrich.entities.titled_orgs import titled_people
from service.enrich.entities.types import retype
from service.enrich.entities.words import EntityWords
from service.enrich.entities.work_titles import work_titles
from service.enrich.text.article import AnalysedArticle
from service.enrich.text.headlines import headline_regions

#: OntoNotes labels that name things; numeric labels (CARDINAL, MONEY, ...) belong to facts.
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
_LEADING = re.compile(r"^(?:the|a|an|The|A|An)\s+")
_SEGMENT = re.compile(r"[^\n]+?(?=\n| {3,}|$)")
_INNER_POSSESSIVE = re.compile(r"^(.+?)'s ([A-Z].*)$")
_POSSESSIVE = re.compile(r"(?:'s|')$")
#: A Reuters instrument code in parentheses after a firm ("eBay Inc (EBAY.O)"): a code, not a name.
_TICKER = re.compile(r"[A-Z]{1,5}\.[A-Z]{1,2}")
#: The one-letter platform where only a platform fits: "wrote on X", "the social media platform X".
_PLATFORM_X = re.compile(r"(?:\b(?:on|platform|network|site)) (X)(?![-'’\w])")
#: A month and a day ("March 10", "Sept. 9"): a date the model may tag in a dateline, never a name.
_MONTH_DAY = re.compile(r"([A-Z][a-z]{2,8})\.? \d{1,2}")
_STRIP_START = "\"'([-–—,.:;* "
_STRIP_END = "\"')]-–—,:;!?* "

#: Rank of each source when two candidates are as long (earlier wins).
_PRIORITY = {source: rank for rank, source in enumerate(SOURCES)}


def trim(text: str, start: int, end: int, label: str, words: EntityWords) -> tuple[int, int]:
    """Bounds of the name inside NER span ``text[start:end]`` (see the module rules)."""
    start, end = edges(text, start, end, label)
    while True:
        before = (start, end)
        while start < end and text[start] in _STRIP_START:
            start += 1
        while end > start and text[end - 1] in _STRIP_END:
            end -= 1
        span = text[start:end]
        if leading := _LEADING.match(span):
            start += leading.end()
        if (possessive := _POSSESSIVE.search(span)) and not _saints_name(span, possessive.start(), words):
            end -= len(possessive.group())
        if label == "PERSON":
            start += _title_length(text[start:end], words)
        start += _lead_length(span, words)
        if span.count("(") > span.count(")"):
            end = start + span.rfind("(")
        if ". " in span and (cut := _sentence_end(span, words)):
            end = start + cut
        if len(span) == 2 and span[1] == "." and span[0].isupper():  # "on X." at a sentence's end
            end -= 1
        if " " in span:
            head, _, last = text[start:end].rpartition(" ")
            if head and (last in words.of("admin_noun") or last in words.of("loc_noun")):
                end = start + len(head)
        if (start, end) == before:
            return start, end


def _lead_length(span: str, words: EntityWords) -> int:
    """How much of a span a capitalised kind of firm or person before the name takes.

    A sentence's first word gets a capital ("Retailer Marks & Spencer", "Billionaire Aliko Dangote"):
    it is no part of the name.
    """
    first, _, rest = span.partition(" ")
    if not rest[:1].isupper() or not first[:1].isupper():
        return 0
    lead = first.casefold()
    return len(first) + 1 if lead in words.of("org_lead") or lead in words.of("person_lead") else 0


def _sentence_end(span: str, words: EntityWords) -> int | None:
    """Where a span runs over a sentence's end into a stop word ("X. His"): the period's offset."""
    cut = span.find(". ")
    following = span[cut + 2 :].split(" ", 1)[0]
    return cut if cut > 0 and following in words.stop else None


def _title_length(span: str, words: EntityWords) -> int:
    match = words.title_prefix.match(span)
    return match.end() if match else 0


def find_mentions(
    analysed: AnalysedArticle, aliases: AliasTable, words: EntityWords, names: ArticleNames
) -> list[MentionCandidate]:
    """Every name mention of the article, cleaned and typed, in text order."""
    text = analysed.source.text
    found = _ner(analysed, aliases, words) + _boilerplate_names(analysed, aliases)
    found += [MentionCandidate(s, e, aliases.entries[i].type, "alias", i) for s, e, i in aliases.find(text)]
    found += _title_led(text, aliases, words)
    found += _one_letter_platform(text, aliases)
    found += tails(text, found, words)
    found += long_names(text, found, aliases, words)
    found += body_names(text, found, aliases, words)
    found += joined_names(text, found, aliases, words)
    found += partnerships(text, words)
    found += local_bodies(text, words)
    found += inner_words(text, words)
    found += odd_names(text)
    found += patronymics(text, words)
    found += market_names(text, analysed.lowercase_words, aliases, words)
    found += defined_names(text, found, aliases, words)
    found += kind_acronyms(text, words)
    chosen = _select(found)
    chosen = _select(chosen + event_names(text, chosen, words))
    chosen = _select(chosen + _defined_acronyms(names, chosen))
    chosen = _select(chosen + foreign_acronyms(text, chosen, words))
    chosen = _select(chosen + _undefined_acronyms(text, chosen))
    chosen = _select(chosen + _propagated(names, text, chosen))
    chosen = _select(chosen + forenamed(text, chosen, aliases, words))
    regions = headline_regions(analysed.source)
    chosen = _select(
        confirmed(analysed.source.raw_text, chosen, regions)
        + capitals(analysed.source.raw_text, text, chosen, regions, aliases, words.nations)
    )
    chosen = _select(chosen + _mirrored(analysed, chosen))
    chosen = _select(
        chosen + [MentionCandidate(*b, "PERSON", "title", sure=True) for b in initial_names(text)]
    )
    chosen = clubs(analysed.source.raw_text, text, analysed.source.body_offset, chosen, words)
    chosen = players(text, chosen, aliases, words)
    chosen = joined_peoples(text, lineup_players(text, chosen, aliases, words))
    chosen = county_sides(text, fixture_names(text, chosen, words), words)
    chosen = titled_people(text, nicknamed(text, chosen, words), words)
    if sports_story(text, words)[0]:
        chosen = surnames_not_places(text, chosen, names, words)
    chosen = club_nicknames(text, team_results(text, result_opponents(text, chosen, words), words), words)
    chosen = team_records(text, chosen, words)
    raw = analysed.source.raw_text
    chosen = crude_grades(
        text, routes(raw, regional_arms(raw, events(raw, chosen, words), words), words), words
    )
    chosen = minister_fields(raw, chosen, words)
    chosen = firm_cues(text, glued_titles(text, county_officers(text, chosen)), words)
    chosen = firm_origins(text, chosen, aliases, words, analysed.lowercase_words)
    chosen = org_heads(text, chosen, aliases, words, analysed.lowercase_words)
    chosen = price_targets(text, work_titles(text, chosen, aliases, words, analysed.lowercase_words), words)
    chosen = streets(text, product_kinds(text, chosen, words), words)
    chosen = campuses(text, place_lists(text, chosen, words), words)
    chosen = place_pairs(text, highways(text, office_places(text, chosen, words)), words)
    chosen = party_members(text, body_tails(text, office_names(text, chosen), words))
    chosen = threat_actors(text, court_ordinals(text, chosen))
    chosen = family_first(text, firm_units(text, brand_names(text, chosen, aliases, words), words))
    chosen = storm_names(text, demonym_bodies(text, chosen, words), words)
    chosen = title_bodies(text, chosen, words)  # "the Premier League" read as a title and a person
    chosen = capital_the(text, chosen)  # "a report in The Information"
    chosen = club_sides(text, chosen, words)  # "Villa manager X", "Spurs drew 1-1"
    chosen = named_after(text, chosen, words)  # "Ronald Reagan Washington National Airport"
    chosen = possessive_heads(text, chosen, words)  # "St. Jude Children's Research Hospital"
    return consistent(raw, split_coordinated(raw, chosen))


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` between line breaks and runs of three spaces.

    Most spans have neither and are one piece: the regular expression, which tries its lookahead at
    every character, runs only on the others.
    """
    span = text[start:end]
    if span and "\n" not in span and "   " not in span:
        return [(start, end)]
    return [m.span() for m in _SEGMENT.finditer(text, start, end)]


def _ner(analysed: AnalysedArticle, aliases: AliasTable, words: EntityWords) -> list[MentionCandidate]:
    text = analysed.source.text
    out = []
    for ent in analysed.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        for segment in _segments(text, ent.start_char, ent.end_char):
            bounds = trim(text, *segment, ent.label_, words)
            for first, last, label in pieces(text, *bounds, ent.label_):
                for start, end in (
                    p
                    for piece in _split_places(text, first, last, label)
                    for p in _split_possessive(text, *piece, aliases, words)
                ):
                    candidate = _typed(text, start, end, label, aliases, words)
                    if candidate:
                        out.append(candidate)
    return out


def _title_led(text: str, aliases: AliasTable, words: EntityWords) -> list[MentionCandidate]:
    """Names right after a title or role ("Police Chief Tomasz Wielgosz"), which NER often misses."""
    found = []
    for match in words.title_led.finditer(text):
        start, end = match.span(1)
        start += _title_length(text[start:end], words)
        name = text[start:end]
        tokens = set(name.split())
        if tokens and aliases.lookup(name) is None and not tokens & (words.stop | words.of("title")):
            found.append(MentionCandidate(start, end, "PERSON", "title", sure=True))
    return found


def _one_letter_platform(text: str, aliases: AliasTable) -> list[MentionCandidate]:
    """The platform "X" where the words before it say so ("posted on X"); propagation finds the rest.

    A single letter is otherwise no name ("Malcolm X", "Generation X", "X-ray"), and the model
    seldom tags it.
    """
    entry = aliases.by_form.get("X")
    if entry is None or " X" not in text:
        return []
    return [MentionCandidate(*m.span(1), "ORG", "alias", entry) for m in _PLATFORM_X.finditer(text)]


def _split_places(text: str, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """Split "Tarbes, Occitanie" (a place and the larger place it is in) into two places."""
    if label not in ("GPE", "LOC") or ", " not in text[start:end]:
        return [(start, end)]
    head = text[start:end].split(", ", 1)[0]
    return [(start, start + len(head)), (start + len(head) + 2, end)]


def _saints_name(span: str, possessive: int, words: EntityWords) -> bool:
    """Whether a possessive is part of a saint's name: "St. John's", not "St. Petersburg's" (a city's)."""
    if not SAINT_POSSESSIVE.fullmatch(span):
        return False
    return span in words.place_types or span[:possessive] not in words.place_types


def _split_possessive(
    text: str, start: int, end: int, aliases: AliasTable, words: EntityWords
) -> list[tuple[int, int]]:
    """Split "Japan's Liberal Democratic Party" in two; "Cox's Bazar", "McDonald's Corp" stay whole.

    So does a name that begins with a possessive noun ("Children's Mercy Hospital").
    """
    match = _INNER_POSSESSIVE.match(text[start:end])
    if not match or match.group(2).split()[0] in words.of("org_suffix"):
        return [(start, end)]
    if match.group(1).rsplit(" ", 1)[-1] in words.of("possessive_head"):
        return [(start, end)]
    left, right = match.group(1), match.group(2)
    if aliases.lookup(left) is None and left not in words.place_types and " " not in right:
        return [(start, end)]
    return [(start, start + len(match.group(1))), (start + match.start(2), end)]


def _typed(
    text: str, start: int, end: int, label: str, aliases: AliasTable, words: EntityWords
) -> MentionCandidate | None:
    span = text[start:end]
    if not any(c.isupper() for c in span) or (end - start < 2 and span not in aliases.by_form):
        return None  # a lone letter names nothing unless the table says so (the platform "X")
    if text[start - 1 : start] == "(" and _TICKER.fullmatch(span):
        return None
    if (date := _MONTH_DAY.fullmatch(span)) and date.group(1) in words.stop:
        return None
    entry = aliases.lookup(span)
    if entry is not None:
        return MentionCandidate(start, end, aliases.entries[entry].type, "ner", entry)
    if is_initial_name(span) or is_patronymic(span):  # "K. Evans", "Iwan ap Rhys", whatever NER said
        return MentionCandidate(start, end, "PERSON", "ner", sure=True)
    fixed = retype(text, start, end, label, words)
    if fixed is None:
        return None
    return MentionCandidate(start, end, fixed[0], "ner", sure=fixed[1])


def _boilerplate_names(analysed: AnalysedArticle, aliases: AliasTable) -> list[MentionCandidate]:
    out = []
    for item in analysed.source.boilerplate:
        for start, end, label in item.names:
            entry = aliases.lookup(analysed.source.raw_text[start:end])
            typed = aliases.entries[entry].type if entry is not None else label
            out.append(MentionCandidate(start, end, typed, "boilerplate", entry))
    return out


def _select(candidates: list[MentionCandidate]) -> list[MentionCandidate]:
    """Non-overlapping candidates: longer spans first, then by source priority."""
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, _PRIORITY[c.source], c.start))
    kept: list[MentionCandidate] = []
    starts: list[int] = []  # of the kept spans, sorted; they never overlap, so ends are sorted too
    ends: list[int] = []
    for cand in ranked:
        at = bisect_left(starts, cand.start)
        if (at < len(starts) and starts[at] < cand.end) or (at > 0 and ends[at - 1] > cand.start):
            continue
        starts.insert(at, cand.start)
        ends.insert(at, cand.end)
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def _defined_acronyms(names: ArticleNames, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """The acronym in "Syrian Democratic Forces (SDF)", typed like the name it abbreviates."""
    found = []
    for cand in chosen:
        bounds = names.acronym_after(cand.end, names.raw[cand.start : cand.end])
        if bounds:
            found.append(MentionCandidate(*bounds, cand.label, "acronym", cand.entry))
    return found


def _undefined_acronyms(text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """The acronym of an organisation the article uses without defining it ("known as SEBI")."""
    organisations = {text[c.start : c.end]: c for c in chosen if c.label == "ORG"}
    return [
        MentionCandidate(start, end, "ORG", "acronym", organisations[name].entry)
        for start, end, name in spelled_in(text, list(organisations))
    ]


def _capital_says_little(raw: str, cand: MentionCandidate, form: str) -> bool:
    """A lone capitalised word NER tagged at a sentence start, with no table behind it."""
    if " " in form or form.isupper() or cand.entry is not None or cand.source != "ner":
        return False
    before = raw[: cand.start].rstrip(" ")
    return not before or before[-1] in '.!?"\n:'


#: Labels of a propagated form that the words around one occurrence may overrule ("Evenepoel of X").
_CONTEXT_TYPED = frozenset({"PERSON", "GPE", "LOC", "FAC"})


def _propagated(names: ArticleNames, text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """Other occurrences in ``text`` of the names already found, and of persons' surnames."""
    raw, words = names.raw, names.words
    votes: dict[str, Counter[str]] = {}
    entries: dict[str, int | None] = {}
    trusted: set[str] = set()
    for cand in chosen:
        form = raw[cand.start : cand.end]
        if form in words.stop or not form[0].isupper():
            continue
        votes.setdefault(form, Counter())[cand.label] += 1
        entries.setdefault(form, cand.entry)
        if not _capital_says_little(raw, cand, form):
            trusted.add(form)
        for short in names.short_forms(form, cand.label) if cand.label == "PERSON" else ():
            votes.setdefault(short, Counter())[cand.label] += 1
            trusted.add(short)
    votes = {form: counts for form, counts in votes.items() if form in trusted}
    automaton = ahocorasick.Automaton()
    forms = list(votes)
    for index, form in enumerate(forms):
        automaton.add_word(form, (index, len(form)))
    automaton.make_automaton()
    found = []
    for start, end, index in find_words(automaton, text):
        form = forms[index]
        label = votes[form].most_common(1)[0][0]
        # the words around this occurrence may show what the model's label elsewhere did not
        seen = by_context(text, start, end, label, words) if label in _CONTEXT_TYPED else None
        found.append(
            MentionCandidate(
                start, end, seen or label, "propagated", entries.get(form), sure=seen is not None
            )
        )
    return found


def _mirrored(analysed: AnalysedArticle, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """The title's mentions again at the offsets of the headline repeated in the body."""
    copy = analysed.source.headline_copy
    if copy is None:
        return []
    title_end = len(analysed.source.title.text)
    shifted = (MentionCandidate(c.start + copy, c.end + copy, c.label, "mirror", c.entry) for c in chosen)
    return [c for c in shifted if c.end - copy <= title_end]
