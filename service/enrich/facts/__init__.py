"""Numeric facts: the numbers a reader wants, with what they count and how sure the text is.

- :mod:`.candidates`: the model's numeric spans plus bare numerals it missed, glued forms and time
  phrases, minus what the words alone rule out (dates, times, ordinals, phone numbers, labels such
  as "page 5", model numbers);
- :mod:`.parse`: only the sentences that hold a candidate needing a parse are tagged and parsed,
  cut to windows (durations and ages are read from the NER doc alone);
- :mod:`.surface` and :mod:`.units`: numbers written against units, scales and currencies; unit
  dimensions and canonical values (built once with pint, ``tools/build_units.py``);
- :mod:`.quantity`: each candidate's value (:mod:`.numbers`), qualifier, currency or unit;
- :mod:`.syntax`: from the parse, what it counts, its predicate, count type and change;
- :mod:`.assembly`: the :class:`~service.schema.events.Fact`, or a rejection the parse reveals
  (numbers inside names such as "Apollo 11", denied numbers, years);
- :mod:`.tables`: :class:`~service.enrich.facts.tables.FactTables`, the shipped word lists.
"""

from collections.abc import Sequence

from spacy.language import Language

from service.enrich.facts.assembly import sentence_facts, shared_changes, split_by_reading, unparsed_facts
from service.enrich.facts.candidates import numeral_cores
from service.enrich.facts.parse import parse_windows, windows
from service.enrich.facts.tables import FactTables
from service.enrich.text.article import AnalysedArticle
from service.schema.events import Fact


def extract_facts(analysed: AnalysedArticle, nlp: Language, tables: FactTables) -> list[Fact]:
    """The article's numeric facts, in text order."""
    return extract_facts_batch([analysed], nlp, tables)[0]


def extract_facts_batch(
    articles: Sequence[AnalysedArticle], nlp: Language, tables: FactTables
) -> list[list[Fact]]:
    """Facts of several articles, their windows parsed in one batch (cheaper than one by one)."""
    split = [split_by_reading(a, numeral_cores(a, tables), tables) for a in articles]
    bounds = [
        windows(a.doc, a.source.text, [c for c, _ in s.parsed]) if s.parsed else []
        for a, s in zip(articles, split, strict=True)
    ]
    results: list[list[Fact]] = []
    for analysed, parts, parsed_windows in zip(
        articles, split, parse_windows(nlp, articles, bounds), strict=True
    ):
        own = parts.parsed
        facts = unparsed_facts(analysed, parts, tables)
        for parsed in parsed_windows:
            local = [
                ((start - parsed.start, end - parsed.start), label)
                for (start, end), label in own
                if parsed.start <= start and end <= parsed.end
            ]
            facts.extend(sentence_facts(analysed, parsed, local, tables))
        facts.sort(key=lambda f: (f.field != "title", f.start))
        results.append(shared_changes(analysed, facts, tables))
    return results


def number_windows(analysed: AnalysedArticle, tables: FactTables) -> list[tuple[int, int]]:
    """Token bounds of the stretches :func:`extract_facts` parses."""
    parsed = split_by_reading(analysed, numeral_cores(analysed, tables), tables).parsed
    return windows(analysed.doc, analysed.source.text, [core for core, _ in parsed])
