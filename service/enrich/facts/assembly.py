"""Assembling facts: a quantity and its parse reading become a :class:`Fact`, or are rejected.

The parse reveals more not-facts (denied numbers, years, ages, numbers inside names, the pronoun
"one"); a number with no noun of its own borrows the previous fact's ("300 ... among them 40").
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from service.enrich.facts.candidates import UNPARSED
from service.enrich.facts.numbers import is_vague_plural, parse_number
from service.enrich.facts.parse import ParsedSentence
from service.enrich.facts.quantity import Quantity, quoted_currency, read_quantity
from service.enrich.facts.surface import glued_text, time_unit
from service.enrich.facts.syntax import Reading, change_before, read_number
from service.enrich.facts.tables import Change, Currency, FactTables
from service.enrich.facts.wording import change_by, duration_reading, shares_change, word_reading
from service.enrich.text.article import AnalysedArticle
from service.schema.events import Dimension, Fact, FactKind, Qualifier

_NO_READING = Reading(None, None, None, None, None, denied=False, subset=False)

_MINOR_UNITS = frozenset({"cents", "cent", "pence", "p", "mao", "kopecks", "centimes", "paise"})

#: Model labels of names a number can belong to ("Apollo 11", "Boeing 737"); not places or people.
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC"})

_DEATH_WORDS = frozenset({"die", "dies", "died", "dead", "death"})

#: How market reports give the level reached: "closed at", "ended at", "fell to", "up from".
_LEVEL_PREPOSITIONS = frozenset({"at", "to", "from"})
_LEVEL_VERBS = frozenset(
    {"close", "closed", "closes", "closing", "end", "ended", "ends", "ending", "finish", "finished",
     "finishes", "open", "opened", "opens", "stand", "stood", "stands", "settle", "settled", "settles",
     "trade", "traded", "trades", "trading", "higher", "lower", "up", "down"}
)  # fmt: skip
_PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "you", "we", "they"})

_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")

#: Kinds whose unit has a dimension and canonical value; kinds that carry no count type.
_MEASURED = frozenset({FactKind.MEASURE, FactKind.DURATION, FactKind.AGE})

_NOT_COUNTED = frozenset({FactKind.MONEY, FactKind.DURATION, FactKind.AGE})

#: Units whose number right after a change verb is the change's size ("shed 156 points"); a count
#: there may be something else ("lost three fights"). Sums and shares: :mod:`.wording`.
_POINTS = frozenset({"point", "basis point", "percentage point"})

#: Kinds read from the words around them (:mod:`.wording`), never parsed.
WORDED = frozenset({FactKind.MONEY, FactKind.PERCENT})

Core = tuple[tuple[int, int], str]
#: How one path reads a number: from the parse, or from the words.
Reader = Callable[[Doc, tuple[int, int], Quantity], Reading]


@dataclass(frozen=True, slots=True)
class Split:
    """The candidates whose reading needs the parse, the others, and the others' quantities."""

    parsed: list[Core]
    unparsed: list[Core]
    read: dict[tuple[int, int], Quantity | None]


def split_by_reading(analysed: AnalysedArticle, cores: list[Core], tables: FactTables) -> Split:
    """Which candidates need the parse: counts and measures (their counted noun, their verb's count type).

    Ages, durations, sums and percentages do not, nor the cents after a sum ("13 dollars and 45
    cents"), nor what has no value at all. Their quantities, read from the NER doc, are kept.
    """
    doc = analysed.doc
    parsed: list[Core] = []
    unparsed: list[Core] = []
    read: dict[tuple[int, int], Quantity | None] = {}
    after_sum = False
    for index, (core, label) in enumerate(cores):
        quantity = None if label in UNPARSED else read_quantity(doc, core, label, tables)
        read[core] = quantity
        if label in UNPARSED or after_sum or quantity is None or quantity.kind in WORDED:
            unparsed.append((core, label))
        else:
            parsed.append((core, label))
        after_sum = (
            quantity is not None
            and quantity.kind is FactKind.MONEY
            and index + 1 < len(cores)
            and _minor_units(doc, quantity, cores[index + 1][0], tables) is not None
        )
    return Split(parsed, unparsed, {core: read[core] for core, label in unparsed if label not in UNPARSED})


def sentence_facts(
    analysed: AnalysedArticle, parsed: ParsedSentence, cores: list[Core], tables: FactTables
) -> list[Fact]:
    """Facts of the candidate ``cores`` (token bounds in the parsed copy) of one window."""

    def from_parse(sent: Doc, core: tuple[int, int], quantity: Quantity) -> Reading:
        reading = read_number(sent, core[0], core[1], tables, quantity.phrase_start)
        if reading.change is None and quantity.phrase_start < core[0]:
            # "drop by as much as a quarter": the parser hangs "by" on the qualifier's "much"
            return replace(reading, change=change_by(sent, quantity.phrase_start, tables))
        return reading

    return _facts(analysed, parsed, cores, tables, from_parse)


def unparsed_facts(analysed: AnalysedArticle, split: Split, tables: FactTables) -> list[Fact]:
    """Facts of the candidates :func:`split_by_reading` leaves unparsed, read from the NER doc."""
    if not split.unparsed:
        return []
    whole = ParsedSentence(0, len(analysed.doc), analysed.doc, analysed.source.text, 0)

    def from_words(sent: Doc, core: tuple[int, int], quantity: Quantity) -> Reading:
        if quantity.kind is FactKind.DURATION:
            return duration_reading(sent, quantity, tables)
        return word_reading(sent, quantity, tables) if quantity.kind in WORDED else _NO_READING

    return _facts(analysed, whole, split.unparsed, tables, from_words, split.read)


def shared_changes(analysed: AnalysedArticle, facts: list[Fact], tables: FactTables) -> list[Fact]:
    """``facts`` (in text order), each sum or share taking the change of the one it follows.

    "lost 162.31 points, or 0.5 percent", "rose 0.2% on the month, or 3.9% on the year" (a
    restatement, after any sum, share or measure; a count only after a share: "cut 6% of its staff,
    or 900 jobs", and a share after a count: "cut 1,800 jobs, or about 7% of its workforce", "or
    nearly a tenth of its staff");
    "increases of $41,200 and $36,850" (one of
    its kind). :func:`~service.enrich.facts.wording.shares_change` reads the words between.
    """
    fields = {"title": analysed.source.article.title, "body": analysed.source.article.body}
    for index in range(1, len(facts)):
        earlier, fact = facts[index - 1], facts[index]
        # "cut 2,100 jobs, or nearly a tenth of its staff": a fraction restating a count
        share = fact.kind is FactKind.COUNT and 0 < fact.value < 1 and earlier.kind is FactKind.COUNT
        if (
            fact.change is None
            and earlier.change is not None
            and (
                fact.kind in WORDED
                or (fact.kind is FactKind.COUNT and earlier.kind is FactKind.PERCENT)
                or share
            )
            and (earlier.kind is not FactKind.COUNT or fact.kind is FactKind.PERCENT or share)
            and earlier.field == fact.field
            and shares_change(fields[fact.field][earlier.end : fact.start], earlier.kind is fact.kind, tables)
        ):
            facts[index] = fact.model_copy(update={"change": earlier.change})
        elif (
            earlier.change is None
            and fact.change is None
            and earlier.kind is not FactKind.COUNT
            and earlier.field == fact.field
            and shares_change(fields[fact.field][earlier.end : fact.start], False, tables)
            and (after := _COMPARED_AFTER.match(fields[fact.field], fact.end)) is not None
        ):
            # a comparative after the restatement closes both: "closed 410 points, or 0.6%, lower"
            change: Change = "increase" if after.group(1).lower() == "higher" else "decrease"
            facts[index - 1] = earlier.model_copy(update={"change": change})
            facts[index] = fact.model_copy(update={"change": change})
    return facts


#: A comparative right after a restated share: "410 points, or 0.6%, lower".
_COMPARED_AFTER = re.compile(r",?\s+(higher|lower)\b", re.IGNORECASE)


def _facts(
    analysed: AnalysedArticle,
    parsed: ParsedSentence,
    cores: list[Core],
    tables: FactTables,
    read: Reader,
    known: Mapping[tuple[int, int], Quantity | None] | None = None,
) -> list[Fact]:
    """Facts of ``cores`` in ``parsed``, each read by ``read``; ``known``: quantities already read there."""
    sent = parsed.sent
    facts: list[Fact] = []
    previous: tuple[Fact, Reading] | None = None
    previous_end = 0
    taken: set[int] = set()
    for index, (core, label) in enumerate(cores):
        if index in taken:
            continue
        quantity = known[core] if known and core in known else read_quantity(sent, core, label, tables)
        if quantity is None:
            continue
        if quantity.kind is FactKind.MONEY and index + 1 < len(cores):
            minor = _minor_units(sent, quantity, cores[index + 1][0], tables)
            if minor is not None:  # "13 dollars and 45 cents"
                quantity = replace(quantity, value=quantity.value + minor[0], phrase_end=minor[1])
                taken.add(index + 1)
        reading = read(sent, core, quantity)
        if (
            quantity.kind is FactKind.COUNT
            and quantity.qualifier is Qualifier.EXACT
            and (reading.noun is None or reading.noun.tag_ in {"NNP", "NNPS"})
            and _age(sent, core)
            and _plainly_an_age(sent, core)
        ):
            quantity = replace(quantity, kind=FactKind.AGE, unit="year")  # "the woman, 82,", "She was 81."
        if quantity.kind is FactKind.COUNT and reading.noun is None and _group_age(sent, quantity):
            quantity = replace(quantity, kind=FactKind.AGE, unit="year")  # "the median age rose to 38.9"
        if _rejected(sent, core, label, quantity, reading, tables):
            continue
        if _index_level(sent, quantity, reading):
            quantity = replace(quantity, kind=FactKind.MEASURE, unit="point")  # "closed ... at 7,823.5"
        elif (quoted := _exchange_rate(sent, quantity, reading, tables)) is not None:
            quantity = replace(quantity, kind=FactKind.MONEY, unit=quoted.unit, currency=quoted.code)
            reading = replace(reading, noun_phrase=None, predicate=None)  # a rate's verb is no "what"
        elif (included := _included_bare(sent, quantity, reading)) is not None:
            quantity = replace(quantity, kind=FactKind.DURATION, unit=included)  # "including 9,200"
        if quantity.unit in _POINTS:
            before = change_before(sent, quantity.phrase_start, tables)
            reading = replace(reading, change=before) if before is not None else reading
        if reading.change is not None and _player_added(sent, quantity):
            reading = replace(reading, change=None)  # "Varga added seven points": a tally, not a rise
        if reading.change is not None and _level_after(sent, quantity):
            reading = replace(reading, change=None)  # "fell to minus 12C": the level reached
        if reading.change is not None and _fall_through(sent, quantity, tables):
            reading = replace(
                reading, change=None
            )  # "plunged 150 metres into a ravine": a fall, not a change
        if (
            reading.change is None
            and previous is not None
            and _restated(sent, previous[0], previous_end, quantity.phrase_start)
        ):
            reading = replace(reading, change=previous[0].change)  # "fell 38.6 points, or 0.5 per cent,"
        if reading.count_type is None and quantity.kind is FactKind.COUNT:
            reading = replace(
                reading, count_type=_toll_before_window(analysed, parsed, sent, quantity, tables)
            )
        if (
            reading.count_type is None
            and quantity.kind is FactKind.COUNT
            and previous is not None
            and previous[0].count_type is not None
            and _earlier_level(sent, quantity.phrase_start)
        ):
            reading = replace(reading, count_type=previous[0].count_type)  # "rose to 212, up from 147"
        fact = _fact(analysed, parsed, quantity, reading, previous, tables)
        if fact is None or _repeats(facts, fact):
            continue
        facts.append(fact)
        previous, previous_end = (fact, reading), quantity.phrase_end
    return facts


#: Words that name a stock index or market average in the clause before its level.
_INDEX_WORDS = frozenset({"index", "indices", "average", "composite"})
#: Number words of index names: "FTSE 100", "S&P 500", "Nikkei 225", "FTSE 250", "DAX 40".
_INDEX_NUMBERS = frozenset({"30", "40", "50", "100", "200", "225", "250", "500", "2000"})
#: How an index level is written: digits, maybe thousands separators and decimals.
_LEVEL_DIGITS = re.compile(r"^\d{1,3}(?:,?\d{3})*(?:\.\d+)?$")
#: Tokens read back from a level for its index's name or its points change.
_INDEX_REACH = 20
#: Where a clause starts, reading back from a level.
_CLAUSE_BREAKS = frozenset({".", ";", "while", "whereas", "but", "and"})


def _index_level(sent: Doc, quantity: Quantity, reading: Reading) -> bool:
    """Whether a bare count is the level an index reached: a measure in points.

    Fixes index levels in market copy read as counts with no unit: "The FTSE 100 closed down
    87.3 points, or 1.1%, at 7,823.5", "the S&P 500 added 0.6% to a record 5,321.4". Only an
    exact number in digits with no counted noun right after "at"/"to" (or "a record"), whose clause holds a
    change in points or an index's name ("index", "composite", "average" after a capitalised word,
    a word in capitals, or a name's number such as "100"); "the death toll rose to 45" stays a count.
    """
    if (
        quantity.qualifier is not Qualifier.EXACT
        or reading.noun is not None
        or quantity.kind is not FactKind.COUNT
    ):
        return False
    level = sent[quantity.phrase_start : quantity.phrase_end].text
    if not _LEVEL_DIGITS.match(level):
        return False  # "its audience rose to 30 million": no index is quoted in millions
    index = quantity.phrase_start - 1
    if index > 1 and sent[index].lower_ == "record" and sent[index - 1].lower_ == "a":
        index -= 2
    if index < 1 or sent[index].lower_ not in {"at", "to"}:
        return False
    for token in reversed(sent[max(0, index - _INDEX_REACH) : index]):
        lower = token.lower_
        if lower in _CLAUSE_BREAKS and not (lower == "and" and token.head.pos_ == "PROPN"):
            return False
        if lower in {"points", "pts"} or lower in _INDEX_WORDS - {"average"}:
            return True
        if lower == "average" and any(
            t.text[:1].isupper() and t.lower_ not in _YEAR_DETERMINERS
            for t in sent[max(0, token.i - 2) : token.i]
        ):
            return True  # "the Nikkei share average", not "his earned run average"
        if lower in _INDEX_NUMBERS and token.i > 0 and sent[token.i - 1].text[:1].isupper():
            return True
        if len(token.text) >= 3 and token.text.isupper() and token.text.isalpha() and "." in level:
            return True  # "FTSE", "DAX", "KOSPI", before a level with decimals
    return False


def _exchange_rate(sent: Doc, quantity: Quantity, reading: Reading, tables: FactTables) -> Currency | None:
    """The currency of a bare count before "per"/"to the" and a currency: an exchange rate.

    See :func:`~service.enrich.facts.quantity.quoted_currency`: "the rupee closed at 83.5 to the
    dollar" was a count. "against the dollar" is left alone: "the euro at 1.08 against the
    dollar" is in dollars, "the rupee at 83.5 against the dollar" in rupees.
    """
    if quantity.kind is not FactKind.COUNT or reading.noun is not None:
        return None
    end = quantity.phrase_end
    after = [t.lower_ for t in sent[end : end + 3]]
    if after[:1] == ["per"]:
        base = after[1:2]
    elif after[:2] == ["to", "the"]:
        base = after[2:3]
    else:
        return None
    if not base or base[0] not in tables.currencies:
        return None
    return quoted_currency(sent, quantity.phrase_start, tables.currencies[base[0]], tables)


def _included_bare(sent: Doc, quantity: Quantity, reading: Reading) -> str | None:
    """The time unit of a bare number after "including" right after a duration, or None.

    Fixes a part of a duration read as a count with no noun: "more than 14,000 flight hours,
    including 9,200 on the A320" is 9,200 hours. Reads the two tokens before "including".
    """
    start = quantity.phrase_start
    if quantity.kind is not FactKind.COUNT or reading.noun is not None or start < 3:
        return None
    if sent[start - 1].lower_ != "including" or sent[start - 2].text != ",":
        return None
    return time_unit(sent[start - 3].text)


#: Tokens read before a parse window's start for the toll a level belongs to.
_TOLL_REACH = 16


def _toll_before_window(
    analysed: AnalysedArticle, parsed: ParsedSentence, sent: Doc, quantity: Quantity, tables: FactTables
) -> str | None:
    """The type of a toll named before the parse window, for a level right after "to" or "at".

    Fixes revised tolls with a long subject in disaster copy: in "The death toll from last week's
    floods in the northern highlands has risen to 212" the window cut before the number leaves the
    subject out of the parse. Only when the window starts inside the sentence, and only the words
    of its own sentence (after the last full stop) are read.
    """
    start = quantity.phrase_start
    if start == 0 or sent[start - 1].lower_ not in {"to", "at"} or parsed.start == 0:
        return None
    words = analysed.words[max(0, parsed.start - _TOLL_REACH) : parsed.start]
    for index in range(len(words) - 1, 0, -1):
        if words[index] in {".", ";"} or "\n" in words[index]:
            return None  # the sentence starts inside the window
        if words[index].lower() == "toll":
            return tables.count_types.get(words[index - 1].lower())  # "death toll": KILL
    return None


#: Words that may stand between "up from"/"down from" and the earlier level: "a peak of".
_LEVEL_FILLERS = frozenset(
    {"a", "an", "the", "its", "their", "earlier", "previous", "peak", "figure", "of", "high"}
)


def _earlier_level(sent: Doc, phrase_start: int) -> bool:
    """Whether the number is a toll's earlier level after "up from"/"down from".

    Fixes count types of revised tolls in disaster copy: "without power, down from a peak of more
    than 900,000" and "rose to 212, up from 147" give the earlier level the type of the level
    before it, which has no verb of its own to give it.
    """
    index = phrase_start - 1
    while index > 0 and phrase_start - index <= 5 and sent[index].lower_ in _LEVEL_FILLERS:
        index -= 1
    return index > 0 and sent[index].lower_ == "from" and sent[index - 1].lower_ in {"up", "down"}


def _player_added(sent: Doc, quantity: Quantity) -> bool:
    """Whether a person "added" the number: a player's points or goals in a match report."""
    start = quantity.phrase_start
    return (
        start > 1
        and sent[start - 1].lower_ in {"added", "adds", "adding"}
        and sent[start - 2].ent_type_ == "PERSON"
    )


def _level_after(sent: Doc, quantity: Quantity) -> bool:
    """Whether "to" or "from" comes right before a number's phrase: a level, not a change.

    "temperatures fell to minus 12C", "fell by 12,000 to 209,000": the parser sometimes hangs the
    number on the verb (past "minus", or past the change before it).
    """
    start = quantity.phrase_start
    return start > 0 and sent[start - 1].lower_ in {"to", "from"}


#: Prepositions after a distance that make a falling or climbing verb a movement through space.
_THROUGH = frozenset({"into", "onto", "off", "down", "through"})


def _fall_through(sent: Doc, quantity: Quantity, tables: FactTables) -> bool:
    """Whether a length is followed by a preposition of movement: "fell 20 metres onto the rocks"."""
    conversion = tables.conversions.get(quantity.unit) if quantity.unit is not None else None
    return (
        conversion is not None
        and conversion.dimension is Dimension.LENGTH
        and quantity.phrase_end < len(sent)
        and sent[quantity.phrase_end].lower_ in _THROUGH
    )


def _minor_units(
    sent: Doc, money: Quantity, following: tuple[int, int], tables: FactTables
) -> tuple[float, int] | None:
    """``(cents / 100, end)`` where a whole sum is followed by its cents ("3 dollars 50 cents").

    Only between a written currency word and a number under 100 that ends the clause or is
    followed by "cents"/"pence"; "15 dollars and 50 people" stays two facts.
    """
    start, end = following
    minor_in_core = end - start > 1 and sent[end - 1].lower_ in _MINOR_UNITS
    number_end = end - 1 if minor_in_core else end
    if money.value != int(money.value) or money.value >= 1e6 or number_end - start > 3:
        return None
    gap = [t.lower_ for t in sent[money.phrase_end : start]]
    if any(w != "and" and w not in tables.currencies for w in gap):
        return None
    if any(t.lower_ in tables.currencies for t in sent[start:number_end]):
        return None  # "50 dollars 40 yuan": two sums
    parsed = parse_number(sent[start:number_end].text)
    if parsed is None or not 0 < parsed.value < 100 or parsed.value != int(parsed.value):
        return None
    if minor_in_core:
        return parsed.value / 100, end
    after = sent[end] if end < len(sent) else None
    if after is not None and after.lower_ in _MINOR_UNITS:
        return parsed.value / 100, end + 1
    if after is None or after.is_punct or after.is_space:  # the clause or the line ends
        return parsed.value / 100, end
    return None


def _rejected(
    sent: Doc, core: tuple[int, int], label: str, quantity: Quantity, reading: Reading, tables: FactTables
) -> bool:
    """Not-facts the parse reveals: denied, years, ages, names, pronoun "one", stray bare numerals."""
    if reading.denied and quantity.kind is FactKind.COUNT:
        return True
    text = sent[core[0] : core[1]].text
    if text.lower() == "one" and core[1] < len(sent) and sent[core[1]].lower_ == "of":
        return True  # "one of his friends": a pronoun, not a count
    if (
        quantity.kind is FactKind.COUNT
        and quantity.qualifier is Qualifier.RANGE
        and _DASHED_PAIR.match(text)
        and (reading.noun is None or text.endswith(")") or (core[1] < len(sent) and sent[core[1]].is_punct))
    ):
        return True  # a team's record or a score, nothing counted: "Northview 4-7", "The Falcons (3-8)"
    if quantity.kind is not FactKind.COUNT or quantity.qualifier is not Qualifier.EXACT:
        return False
    if reading.noun is None and (
        _YEAR.match(text)
        or (text.lower() == "one" and reading.change is None)
        or (
            not label
            and not is_vague_plural(text)
            and not 0 < quantity.value < 1  # a share: "dropped by a third"
            and not _level_reached(sent, core, tables)
        )
    ):
        return True
    if _year_naming(sent, core, text, reading):
        return True
    proper_noun = reading.noun is None or reading.noun.tag_ in {"NNP", "NNPS"}
    return (proper_noun and _age(sent, core)) or _in_name(sent, core, reading, tables)


#: Two small whole numbers joined by a dash, no spaces: a record or score unless a noun is counted.
_DASHED_PAIR = re.compile(r"^\d{1,3}[-–]\d{1,3}\)?$")  # the tokenizer may keep a closing bracket

#: Words before a year that names which one of a thing it is: "the 2022 agreement", "its 2019 report",
#: and "a 2034 bond", "a 2030 deadline" (bond and target copy, where a count would be "a total of").
_YEAR_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "whose", "a"})


def _year_naming(sent: Doc, core: tuple[int, int], text: str, reading: Reading) -> bool:
    """A year before a singular noun after a determiner: "the 2022 framework agreement".

    A plural noun is counted ("the 1500 workers"); the model tags most such years as dates, not
    those before a compound noun.
    """
    return (
        _YEAR.match(text) is not None
        and reading.noun is not None
        and reading.noun.tag_ in {"NN", "NNP"}
        and core[0] > 0
        and sent[core[0] - 1].lower_ in _YEAR_DETERMINERS
    )


def _level_reached(sent: Doc, core: tuple[int, int], tables: FactTables) -> bool:
    """A level a market or price reached, which the model often leaves untagged in market reports.

    "closed 45.6 points higher at 7,512.3", "fell to 412", "up from 1,180".
    """
    head = sent[core[0]]
    preposition = head.head
    if head.dep_ != "pobj" or preposition.lower_ not in _LEVEL_PREPOSITIONS:
        return False
    verb = preposition.head
    return verb.lower_ in tables.changes or verb.lower_ in _LEVEL_VERBS


#: Words before "age" that make it a group's age: "the median age", "the average age".
_AGE_STATISTICS = frozenset({"median", "average", "mean"})


def _group_age(sent: Doc, quantity: Quantity) -> bool:
    """Whether a bare number is the level a group's median or average age reached.

    Fixes census and labour copy where such an age was a count: "the median age rose to 38.9",
    "the average age of the fleet climbed to 14" (after "to"/"at"/"of", "<statistic> age" at most
    six words before, within the clause, the number under 120).
    """
    start = quantity.phrase_start
    if quantity.qualifier is not Qualifier.EXACT or not 0 < quantity.value < 120 or start < 3:
        return False
    if sent[start - 1].lower_ not in {"to", "at", "of", "from", "was", "is"}:
        return False
    for index in range(start - 2, max(0, start - 8), -1):
        lower = sent[index].lower_
        if lower in {".", ";", ","}:
            return False
        if lower == "age" and sent[index - 1].lower_ in _AGE_STATISTICS:
            return True
    return False


def _plainly_an_age(sent: Doc, core: tuple[int, int]) -> bool:
    """An age :func:`_age` found that is safe to report: under 100 and closed by punctuation.

    "Brannock, 31, told" is an age; "8 - Tomas Brel, 7 - Iker" (a team list) and a cricket
    score "Whitlow, 112, took" are not.
    """
    start, end = core
    after = sent[end].text if end < len(sent) else "."
    closed = (
        after in {",", ".", ";", ")"}
        or sent[start - 1].lower_ == "at"
        or sent[start].dep_ in {"attr", "acomp"}
    )
    return int(sent[start].text) < 100 and closed  # "died at 81", "she will be 35 by ..."


#: Words after an apposed number that make it a margin, not an age: "612 officers, 40 fewer than",
#: "112 points, 19 ahead of Lincoln".
_MARGIN_AFTER = frozenset(
    {"fewer", "more", "less", "ahead", "behind", "short", "shy", "higher", "lower", "above", "below",
     "up", "down"}
)  # fmt: skip


def _age(sent: Doc, core: tuple[int, int]) -> bool:
    """A person's age: "the farmer, 91,", "died at 81", "She was 67."."""
    start, end = core
    head = sent[start]
    if not (head.is_digit and int(head.text) <= 120 and end == start + 1):
        return False
    before = [t.lower_ for t in sent[max(0, start - 2) : start]]
    if (
        before[-1:] == [","]
        and len(before) == 2
        and sent[start - 2].tag_ in {"NN", "NNP", "NNS", "PRP"}
        and (end >= len(sent) or sent[end].lower_ not in _MARGIN_AFTER)
    ):
        return True
    if before[-1:] == ["at"] and any(t.lower_ in _DEATH_WORDS for t in sent[max(0, start - 4) : start - 1]):
        return True  # "died at 81", and with the day between: "died Tuesday at 87", "died on Sunday at 91"
    subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return head.dep_ in {"attr", "acomp"} and subject is not None and subject.lower_ in _PERSONAL_PRONOUNS


def _in_name(sent: Doc, core: tuple[int, int], reading: Reading, tables: FactTables) -> bool:
    """A number that belongs to the proper name before it: "Apollo 11", "Boeing 737", "Wyo. 789"."""
    head = sent[core[0]]
    before = sent[core[0] - 1] if core[0] > 0 else None
    if (
        reading.noun is None
        and before is not None
        and before.lower_ == "of"
        and core[0] > 1
        and sent[core[0] - 2].tag_ in {"NNP", "NNPS"}
    ):
        return True  # "the Group of 20"
    return (
        before is not None
        and before.tag_ in {"NNP", "NNPS"}
        and before.lower_ not in tables.count_types  # a title-case headline verb: "Crash Kills 23"
        and before.lower_ not in tables.changes
        and (
            reading.noun is None
            or before.ent_type_ in _NAME_LABELS
            or (head.head == before and head.dep_ not in {"dobj", "nsubj", "nsubjpass", "attr"})
        )
    )


def _fact(
    analysed: AnalysedArticle,
    parsed: ParsedSentence,
    quantity: Quantity,
    reading: Reading,
    previous: tuple[Fact, Reading] | None,
    tables: FactTables,
) -> Fact | None:
    sent = parsed.sent
    phrase_end = quantity.phrase_end
    if quantity.kind is FactKind.COUNT and reading.noun is not None and 0 <= reading.noun.i - phrase_end < 3:
        phrase_end = reading.noun.i + 1
    start = parsed.char_offset + sent[quantity.phrase_start].idx
    last = sent[phrase_end - 1]
    span = analysed.source.span(start, parsed.char_offset + last.idx + len(glued_text(last)))
    if span is None:
        return None
    unit = quantity.unit
    noun_phrase = reading.noun_phrase
    predicate, count_type = reading.predicate, reading.count_type
    if previous is not None and (
        reading.subset or (reading.noun is None and quantity.kind is FactKind.COUNT)
    ):
        earlier, _ = previous
        if reading.subset:
            count_type = count_type or earlier.count_type
            predicate = predicate or _predicate_of(earlier)
        if reading.noun is None and earlier.kind is FactKind.COUNT:
            noun_phrase = noun_phrase or earlier.unit
    if quantity.kind is FactKind.COUNT:
        unit = reading.noun.lower_ if reading.noun is not None else (noun_phrase or None)
    what = " ".join(p for p in (noun_phrase, predicate) if p) or None
    conversion = tables.conversions.get(unit) if unit is not None and quantity.kind in _MEASURED else None
    timed = quantity.kind in {FactKind.AGE, FactKind.DURATION}
    return Fact(
        **span.model_dump(),
        kind=quantity.kind,
        value=_tidy(quantity.value),
        low=None if quantity.low is None else _tidy(quantity.low),
        high=None if quantity.high is None else _tidy(quantity.high),
        qualifier=quantity.qualifier,
        unit=unit,
        what=what.lower() if what else None,
        count_type=None if quantity.kind in _NOT_COUNTED else count_type,  # sums are not victims
        change=None if quantity.kind is FactKind.AGE else reading.change,  # a duration's only by "by"
        currency=quantity.currency,
        dimension=conversion.dimension if conversion else (Dimension.TIME if timed else None),
        canonical_value=_tidy(conversion.canonical(quantity.value)) if conversion else None,
        canonical_unit=conversion.canonical_unit if conversion else None,
    )


def _tidy(number: float) -> float:
    """The number at 15 significant digits: 4.1 million is 4100000.0, not 4099999.9999999995."""
    return float(f"{number:.15g}")


def _restated(sent: Doc, earlier: Fact, earlier_end: int, phrase_start: int) -> bool:
    """Whether the number restates a change just given in another unit, after "or".

    "fell 38.6 points, or 0.5 per cent,", "rose 0.2% from the previous month, or 3.9% from a
    year earlier": "or" right before its phrase (from ``phrase_start``), at most six tokens after
    the earlier fact's phrase (which ends at token ``earlier_end``) and no verb between.
    """
    if earlier.change is None or earlier.kind is FactKind.COUNT or phrase_start < 2:
        return False
    if sent[phrase_start - 1].lower_ != "or" or sent[phrase_start - 2].lower_ == "more":
        return False
    between = sent[earlier_end : phrase_start - 1]
    return 0 <= len(between) <= 6 and not any(t.tag_.startswith("VB") for t in between)


def _predicate_of(fact: Fact) -> str | None:
    """The predicate part of an earlier fact's ``what`` (after its unit noun)."""
    if not fact.what:
        return None
    if fact.unit and fact.unit in fact.what:
        rest = fact.what.split(fact.unit, 1)[1].strip()
        return rest or None
    return None


def _repeats(facts: list[Fact], fact: Fact) -> bool:
    """The same number twice in one phrase ("three (3) people") or an overlapping span."""
    for earlier in facts[-2:]:
        if earlier.field != fact.field:
            continue
        if fact.start < earlier.end:
            return True
        if earlier.value == fact.value and fact.start - earlier.end <= 3:
            return True
    return False
