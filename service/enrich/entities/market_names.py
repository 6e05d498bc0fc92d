"""Firms and indexes in market reports, which the model often leaves untagged or calls people.

Market copy names a listed firm in two shapes that nothing else takes:

- a name and its instrument code in parentheses ("Barclays (BARC.L)", "Rio Tinto (RIO.L) fell"),
  also a name shaped like no word there ("4M (FRM.N)", "shopwell.com (SHW.O)");
- a name, a verb of price movement and a percentage ("Persimmon rose 4%", "Glencore and Anglo
  American lost more than 2% each", "the DAX gained 0.3 percent"), also with the points first
  ("lost 210 points, or 0.5%") or the index's market between ("the FTSE 100 in London lost
  0.2%"): AP's index lines; a sentence's "The" before the name is no part of it ("The S&P 500
  fell 0.6%"); or "up" or "down" and one, as a list of movers writes it ("with Vinhomes down
  2.3% and Novaland down 4.1%").

The name is one to four capitalised words, not a place, a people or a name the alias table types
otherwise, and not a word of market copy that is no name ("Sales rose 3%": ``market_noun`` in
``entity_words.tsv``, or, without an instrument code, any word the article also writes in lower
case: "Target (TGT.N)" is a firm in a story about price targets). Each is an organisation;
propagation then finds its other mentions. The scan looks for the move first (a literal space
and a verb), then at the 120 characters before it for the name, which lets ``re`` skip text fast
(the same spans as matching the name first, on the own and dev sets' 1,225 bodies).
"""

import re

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: One to four capitalised words ("Rio Tinto", "Marks & Spencer", "STOXX 600").
_NAME = r"[A-Z][\w&.-]*(?: (?:&|[A-Z][\w&.-]*|\d{2,4}))*"
#: A Reuters instrument code in parentheses ("(BARC.L)", "(INCO.JK)").
_CODE = r" \([A-Z0-9]{1,6}\.[A-Z]{1,2}\)"
_MOVE = (
    r"(?:rose|fell|gained|lost|slipped|jumped|climbed|dropped|added|shed|slid|surged|tumbled|dipped|"
    r"eased|advanced|declined|rallied|sank|soared|plunged|edged (?:up|down|higher|lower)|up|down)"
)
_AMOUNT = (
    r"(?:\d[\d.,]* points?, or )?(?:(?:more than|about|nearly|almost|over|as much as) )?"
    r"\d[\d.,]*(?: ?%| percent| per cent)"
)
#: The market an index is in, between its name and the move ("the FTSE 100 in London lost 0.2%").
#: Only an index's name, with a figure or in capitals, takes it ("Inflation in Spain rose 3%" does not).
_MARKET = r"(?P<market> in [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
#: The move and its amount, a literal space first so that the scan skips fast ("rose 4%").
_MOVE_AMOUNT = re.compile(rf" {_MOVE} {_AMOUNT}")
#: The name (or two joined by "and") ending right where the move starts.
_MOVER = re.compile(rf"(?<![\w.&-])(?:({_NAME}) and )?({_NAME})(?:{_CODE})?{_MARKET}$")
#: How far before a move its name may start.
_LOOKBEHIND = 120
#: A name shaped like no word before an instrument code ("4M (FRM.N)", "shopwell.com (SHW.O)").
_ODD_NAME = r"(?:\d+[A-Z][\w&-]*|[a-z][a-z0-9-]*\.(?:com|io|ai))"
_CODED = re.compile(rf"(?<![\w.&-])({_NAME}|{_ODD_NAME}){_CODE}")
#: The code alone, a literal space first: the scan for coded names, which re tries at every
#: character, runs only where the text has a code.
_CODE_ALONE = re.compile(_CODE)
#: Most words a firm's or an index's name has here.
_MAX_WORDS = 4


def market_names(
    text: str, lowercase: frozenset[str], aliases: AliasTable, words: EntityWords
) -> list[MentionCandidate]:
    """Organisation candidates for the firms and indexes of market copy in ``text`` (see the module).

    ``lowercase``: the words the article writes all in lower case.
    """
    if "%" not in text and " percent" not in text and ".)" not in text:
        return []
    spans: set[tuple[int, int]] = set()
    for move in _MOVE_AMOUNT.finditer(text):
        match = _MOVER.search(text, max(0, move.start() - _LOOKBEHIND), move.start())
        if match is None:
            continue
        if match.group("market") and not _index_like(match.group(2)):
            continue
        spans.update(match.span(g) for g in (1, 2) if match.group(g))
    coded = {match.span(1) for match in _CODED.finditer(text)} if _CODE_ALONE.search(text) else set()
    found = []
    for start, end in sorted(spans | coded):
        # a code vouches for a one-word firm the article also writes in lower case ("Target (TGT.N)")
        seen_lower = frozenset() if (start, end) in coded else lowercase
        start = _past_lead(text, start, end, words)
        if _firm_like(text[start:end], seen_lower, aliases, words):
            found.append(MentionCandidate(start, end, "ORG", "market", sure=True))
    return found


def _index_like(name: str) -> bool:
    """Whether a name is shaped like a stock index's: a figure in it or a word in capitals."""
    return any(c.isdigit() for c in name) or any(len(w) > 1 and w.isupper() for w in name.split())


def _past_lead(text: str, start: int, end: int, words: EntityWords) -> int:
    """Where the name starts after a sentence's end or a capitalised kind of firm ("Retailer X")."""
    name = text[start:end]
    if ". " in name:
        start += name.rfind(". ") + 2
    first, _, rest = text[start:end].partition(" ")
    if first == "The" and rest[:1].isupper():  # "The S&P 500 fell": the sentence's article
        start += len(first) + 1
        first, _, rest = rest.partition(" ")
    if rest[:1].isupper() and first.casefold() in words.of("org_lead"):
        start += len(first) + 1
    return start


def _firm_like(name: str, lowercase: frozenset[str], aliases: AliasTable, words: EntityWords) -> bool:
    tokens = name.split()
    if len(tokens) > _MAX_WORDS or tokens[0] in words.stop or tokens[0] in words.of("title"):
        return False
    if name in words.place_types or words.is_demonym(name) or name in words.generic_org:
        return False
    entry = aliases.lookup(name)
    if entry is not None and aliases.entries[entry].type != "ORG":
        return False
    # at an edge only: "Industrial output", "Retail Sales", but "Dow Jones Industrial Average"
    if tokens[0] in words.of("market_noun") or tokens[-1] in words.of("market_noun"):
        return False
    if not name[:1].isupper():
        return True  # a domain before its code ("shopwell.com (SHW.O)"): lower case is its shape
    return len(tokens) > 1 or name.casefold() not in lowercase  # "Sales" written "sales" elsewhere
