"""Numeric facts: the numbers a reader wants, with what they count and how sure the text is.

Candidates are the model's CARDINAL/MONEY/PERCENT/QUANTITY spans (plus bare numerals it missed).
Only the sentences that hold one are tagged and parsed (:mod:`service.enrich.fact_parse`). Each
candidate gets a value (:mod:`service.enrich.numbers`), a qualifier from the words around it, a
currency or unit, and from the parse what it counts, its predicate, count type and change
(:mod:`service.enrich.fact_syntax`). Dates, times, ages, ordinals, phone numbers, labels ("page 5")
and numbers inside names ("Apollo 11") are dropped.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from service.enrich.document import AnalysedArticle
from service.enrich.fact_lexicon import Currency, FactTables
from service.enrich.fact_parse import ParsedSentence, parse_windows, token_at, windows
from service.enrich.fact_syntax import Reading, read_number
from service.enrich.numbers import is_number_word, is_vague_plural, number_words, parse_number
from service.schema.events import Fact, FactKind, Qualifier

__all__ = ["FactTables", "extract_facts", "extract_facts_batch", "number_windows"]

#: Model labels whose spans are quantities.
NUMERIC_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Model labels of names a number can belong to ("Apollo 11", "Boeing 737"); not places or people.
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC"})
_AGE_AFTER = re.compile(r"^\s*-?\s*(?:year|month|week|day)s?\s*-?\s*olds?\b", re.IGNORECASE)
#: "one-car crash", "two-time winner", "50 or older": adjectives and ages, not counts.
_COMPOUND_AFTER = re.compile(
    r"^-(?!odd\b|plus\b|strong\b)[a-z]|^\s+or (?:older|younger|over)\b", re.IGNORECASE
)
#: "the 900 block of", "12 Downing Street", "165 Route 31": street addresses.
_ADDRESS_AFTER = re.compile(
    r"^\s+(?:block of\b|(?!(?:On|In|At|Of|For|To|From|By|After|Near|As|And)\b)(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace)\b"
    r"|(?:Route|Highway|Hwy|Interstate|CR|County Road|State Road|SR)\s+\d)"
)
#: Month names next to a number make it a date ("17 September"); "May" and "March" are left out
#: because they are also words ("400 may have died", "5,000 march").
_MONTHS = frozenset(
    {"january", "february", "april", "june", "july", "august", "september", "october", "november",
     "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."}
)  # fmt: skip
_DEATH_WORDS = frozenset({"die", "dies", "died", "dead", "death"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "you", "we", "they"})
_AGE_BEFORE = frozenset({"aged", "age", "ages"})
_PHONE_BEFORE = frozenset({"call", "phone", "tel", "telephone", "hotline", "dial", "fax", "text", "whatsapp"})
_TIME_AFTER = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "est", "et", "pst", "cet", "hrs"})
_PHONE_CHARS = frozenset("0123456789 -().+/")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_RANGE_DIGITS = re.compile(r"^(.*\d)\s*[-–—]\s*(.*\d.*)$")
_NUMERAL_TEXT = re.compile(
    r"\d+|\b(?:dozens|scores|tens|hundreds|thousands|millions|billions)\b", re.IGNORECASE
)
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "mn", "m", "k", "tn"})
_COUNT_WORDS = frozenset({"a", "an", "several", "few", "couple"})
_SCALE_TAIL = re.compile(r"\d\s*([a-z][a-z ]*)$")


@dataclass(frozen=True, slots=True)
class _Quantity:
    """A numeral's value, bounds and type before the parse is read."""

    value: float
    low: float | None
    high: float | None
    qualifier: Qualifier
    kind: FactKind
    unit: str | None
    currency: str | None
    phrase_start: int
    phrase_end: int


def extract_facts(analysed: AnalysedArticle, nlp: Language, tables: FactTables) -> list[Fact]:
    """The article's numeric facts, in text order."""
    return extract_facts_batch([analysed], nlp, tables)[0]


def extract_facts_batch(
    articles: Sequence[AnalysedArticle], nlp: Language, tables: FactTables
) -> list[list[Fact]]:
    """Facts of several articles, their windows parsed in one batch (cheaper than one by one)."""
    cores = [_kept_cores(a.doc, a.source.text, tables) for a in articles]
    bounds = [
        windows(a.doc, a.source.text, [c for c, _ in own]) if own else []
        for a, own in zip(articles, cores, strict=True)
    ]
    results: list[list[Fact]] = []
    for analysed, own, parsed_windows in zip(
        articles, cores, parse_windows(nlp, [a.doc for a in articles], bounds), strict=True
    ):
        facts: list[Fact] = []
        for parsed in parsed_windows:
            local = [
                ((start - parsed.start, end - parsed.start), label)
                for (start, end), label in own
                if parsed.start <= start and end <= parsed.end
            ]
            facts.extend(_sentence_facts(analysed, parsed, local, tables))
        results.append(facts)
    return results


def number_windows(doc: Doc, text: str, tables: FactTables) -> list[tuple[int, int]]:
    """Token bounds of the stretches :func:`extract_facts` parses (``text`` is ``doc.text``)."""
    return windows(doc, text, [core for core, _ in _kept_cores(doc, text, tables)])


def _kept_cores(doc: Doc, text: str, tables: FactTables) -> list[tuple[tuple[int, int], str]]:
    """Numeral bounds and model label of the candidates that the words alone do not rule out."""
    return [
        (core, label)
        for start, end, label in _candidates(doc, text, tables)
        if (core := _core(doc, start, end, tables)) is not None
        and not _not_a_fact(doc, text, core, label, tables)
    ]


def _bare_numeral(token: Token) -> bool:
    """A numeral the model left out of every entity ("hundreds", "300", "3bn")."""
    if token.ent_iob_ != "O":
        return False
    if is_vague_plural(token.text):
        return True
    return any(c.isdigit() for c in token.text) and parse_number(token.text, money=True) is not None


def _candidates(doc: Doc, text: str, tables: FactTables) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of numeric entities and bare numerals, in text order.

    A currency symbol before a bare numeral and a scale word after a span join it ("€" "3bn",
    "£25" "m"); two numbers joined by "or", "to" or a dash are one range ("three or four").
    ``text`` is ``doc.text``; bare numerals are found in it by a regular expression.
    """
    found = [
        (ent.start - 1, ent.end, "MONEY")
        if _symbol_before(doc, ent.start, tables)
        else (ent.start, ent.end, ent.label_)
        for ent in doc.ents
        if ent.label_ in NUMERIC_LABELS
    ]
    starts: list[int] | None = None
    for match in _NUMERAL_TEXT.finditer(text):
        starts = starts if starts is not None else doc.to_array("IDX").tolist()
        token = doc[token_at(starts, match.start())]
        if _bare_numeral(token):
            symbol = _symbol_before(doc, token.i, tables)
            found.append((token.i - 1 if symbol else token.i, token.i + 1, "MONEY" if symbol else ""))
    merged: list[tuple[int, int, str]] = []
    for start, end, label in sorted(found):
        while (
            end < len(doc)
            and doc[end].lower_ in _SCALE_WORDS
            and (label == "MONEY" or len(doc[end]) > 2 or not doc[end - 1].whitespace_)
        ):
            end += 1  # "£25" "m", "1.2" "million", "14" "m" (read as millions only before a plural noun)
        if merged and merged[-1][2] in {label, "", "CARDINAL"} and _joins_range(doc, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end, merged[-1][2] or label)
            continue
        merged.append((start, end, label))
    return merged


def _symbol_before(doc: Doc, index: int, tables: FactTables) -> bool:
    """Whether a currency symbol the model left out stands right before token ``index`` ("$" "1,000")."""
    if index == 0:
        return False
    before = doc[index - 1]
    return before.lower_ in tables.currencies and not before.is_alpha and before.ent_iob_ == "O"


def _joins_range(doc: Doc, left_end: int, right_start: int) -> bool:
    """Whether one token between two numbers makes them a range."""
    if right_start - left_end != 1:
        return False
    joiner = doc[left_end].lower_
    if joiner == "and":
        return any(t.lower_ == "between" for t in doc[max(0, left_end - 6) : left_end])
    return joiner in {"or", "to", "-", "–", "—"}


def _sentence_facts(
    analysed: AnalysedArticle,
    parsed: ParsedSentence,
    cores: list[tuple[tuple[int, int], str]],
    tables: FactTables,
) -> list[Fact]:
    """Facts of the candidate ``cores`` (token bounds in the parsed copy) of one window."""
    sent = parsed.sent
    facts: list[Fact] = []
    previous: tuple[Fact, Reading] | None = None
    for core, label in cores:
        quantity = _quantity(sent, core, label, tables)
        if quantity is None:
            continue
        reading = read_number(sent, core[0], core[1], tables, quantity.phrase_start)
        if _rejected(sent, core, label, quantity, reading, tables):
            continue
        fact = _fact(analysed, parsed, quantity, reading, previous)
        if fact is None or _repeats(facts, fact):
            continue
        facts.append(fact)
        previous = (fact, reading)
    return facts


def _core(sent: Doc, start: int, end: int, tables: FactTables) -> tuple[int, int] | None:
    """The numeral tokens of a candidate, without the qualifier words the model included."""
    for index in range(start, end):
        token = sent[index]
        lower = token.lower_
        if token.like_num or is_number_word(lower) or (lower in tables.currencies and not lower.isalpha()):
            while (
                index > 0
                and lower in _SCALE_WORDS | {"dozen", "hundred"}
                and sent[index - 1].lower_ in _COUNT_WORDS
            ):
                index -= 1  # "a dozen", "several hundred", "a few thousand"
            words = [t.lower_ for t in sent[max(0, index - 2) : index]]
            if (
                lower in _SCALE_WORDS
                and words
                and (words[-1] == "half" or words in (["quarter", "of"], ["half", "of"]))
            ):
                index -= len(words) if words[-1] == "of" else 1  # "a quarter of a million", "half a million"
            return index, end
        if lower in {"half", "quarter"}:
            return index, end
    return None


def _not_a_fact(sent: Doc, text: str, core: tuple[int, int], label: str, tables: FactTables) -> bool:
    """Times, ordinals, ages, phone numbers, labels and names, decided from the words alone."""
    start, end = core
    numeral = sent[start:end].text
    before = sent[start - 1] if start > 0 else None
    after = sent[end] if end < len(sent) else None
    if ":" in numeral or _ORDINAL.match(numeral) or (after is not None and after.lower_ in _TIME_AFTER):
        return True
    following = text[sent[end - 1].idx + len(sent[end - 1].text) :]
    if _AGE_AFTER.match(following) or _COMPOUND_AFTER.match(following) or _ADDRESS_AFTER.match(following):
        return True
    if (before is not None and before.lower_ in _MONTHS) or (after is not None and after.lower_ in _MONTHS):
        return True  # a date the model missed: "17 September", "Sept. 17"
    if before is not None and before.lower_ in _AGE_BEFORE | _PHONE_BEFORE:
        return True
    if _phone_like(sent, text, start, end):
        return True
    if before is not None and before.lower_.rstrip(".") in tables.reference_nouns and label != "MONEY":
        return True
    char_before = text[sent[start].idx - 1] if sent[start].idx > 0 else " "
    # glued to letters: "F-16", "COVID-19"
    return char_before.isalpha() or (char_before == "-" and before is not None and before.text[:1].isalpha())


def _phone_like(sent: Doc, text: str, start: int, end: int) -> bool:
    """Seven or more digits in groups joined by spaces, dashes, dots or brackets."""
    left = sent[start].idx
    right = sent[end - 1].idx + len(sent[end - 1].text)
    while left > 0 and text[left - 1] in _PHONE_CHARS:
        left -= 1
    while right < len(text) and text[right] in _PHONE_CHARS:
        right += 1
    chunk = text[left:right].strip()
    groups = re.findall(r"\d+", chunk)
    return sum(len(g) for g in groups) >= 7 and len(groups) >= 3


def _quantity(sent: Doc, core: tuple[int, int], label: str, tables: FactTables) -> _Quantity | None:
    start, end = core
    tokens = list(sent[start:end])
    currency = _currency(tokens, sent, end, label, tables)
    unit, unit_end = _unit(sent, tokens, end, label, tables)
    numeral = " ".join(
        t.text
        for t in tokens
        if (t.lower_ not in tables.currencies and t.lower_ not in tables.units) or t.like_num
    )
    # "14m courses": a one-letter scale before a plural noun is millions even outside money
    money = currency is not None or label == "MONEY" or (end < len(sent) and sent[end].tag_ == "NNS")
    qualifier, phrase_start = _qualifier_before(sent, start, tables)
    low = high = None
    bounds = _range(numeral, sent[start - 1].lower_ if start > 0 else "", money)
    if bounds is not None:
        low, high = bounds
        value, qualifier = low, Qualifier.RANGE
    else:
        parsed = parse_number(numeral, money=money)
        if parsed is None:
            return None
        value = parsed.value
        if parsed.vague and qualifier is Qualifier.EXACT:
            qualifier = Qualifier.AT_LEAST
    after_qualifier, phrase_end = _qualifier_after(sent, max(end, unit_end), tables)
    if after_qualifier is not None and qualifier is Qualifier.EXACT:
        qualifier = after_qualifier
    if (
        bounds is not None
        and phrase_start == start
        and start > 0
        and sent[start - 1].lower_ in {"between", "from"}
    ):
        phrase_start = start - 1
    kind = FactKind.COUNT
    if currency is not None:
        kind, unit = FactKind.MONEY, currency.unit
    elif unit in {"percent", "percentage points"} or label == "PERCENT":
        kind, unit = FactKind.PERCENT, unit or "percent"
    elif unit is not None or label == "QUANTITY":
        kind = FactKind.MEASURE
    return _Quantity(
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        kind=kind,
        unit=unit,
        currency=currency.code if currency else None,
        phrase_start=phrase_start,
        phrase_end=max(phrase_end, unit_end, end),
    )


def _currency(tokens: list[Token], sent: Doc, end: int, label: str, tables: FactTables) -> Currency | None:
    """The currency named by a symbol in the numeral, or by a currency word inside a MONEY span."""
    following = [sent[end]] if end < len(sent) and label == "MONEY" else []
    for token in [*tokens, *following]:
        lower = token.lower_
        found = tables.currencies.get(lower)
        if found is None:
            continue
        if not lower.isalpha() or label == "MONEY":
            return found
    return None


def _unit(sent: Doc, tokens: list[Token], end: int, label: str, tables: FactTables) -> tuple[str | None, int]:
    """A unit inside the numeral or in the two words after it, and where it ends."""
    for token in tokens:
        if token.lower_ in tables.units and not token.like_num:
            return tables.units[token.lower_], token.i + 1
    for width in (2, 1):
        if end + width <= len(sent):
            words = sent[end : end + width].text.lower()
            if words in tables.units:
                if words in {"points", "point"} and label == "MONEY":
                    continue
                return tables.units[words], end + width
    return None, end


def _qualifier_before(sent: Doc, start: int, tables: FactTables) -> tuple[Qualifier, int]:
    """The longest qualifier phrase ending right before ``start``, and where it begins."""
    for width in range(min(tables.longest_qualifier, start), 0, -1):
        phrase = " ".join(t.lower_ for t in sent[start - width : start])
        if phrase in tables.qualifiers_before:
            return tables.qualifiers_before[phrase], start - width
    return Qualifier.EXACT, start


def _qualifier_after(sent: Doc, end: int, tables: FactTables) -> tuple[Qualifier | None, int]:
    """A qualifier right after the numeral or its unit ("or more", "-odd"), and where it ends."""
    for width in (2, 1):
        if end + width <= len(sent):
            span = sent[end : end + width]
            for phrase in (span.text.lower(), " ".join(t.lower_ for t in span)):
                if phrase in tables.qualifiers_after:
                    return tables.qualifiers_after[phrase], end + width
    return None, end


def _range(numeral: str, before: str, money: bool) -> tuple[float, float] | None:
    """``(low, high)`` of "200-300", "two to three", "between 200 and 300"; None when not a range."""
    lowered = numeral.lower()
    pieces: list[str] | None = None
    match = _RANGE_DIGITS.match(lowered)
    if match is not None:
        pieces = [match.group(1), match.group(2)]
    elif before == "between" and " and " in lowered:
        pieces = lowered.split(" and ", 1)
    else:
        for separator in (" to ", " or "):
            if separator in lowered:
                pieces = lowered.split(separator, 1)
                break
    if pieces is None:
        return None
    left, right = (p.strip() for p in pieces)
    tail = _SCALE_TAIL.search(right)
    if tail is not None and not any(c.isalpha() for c in left if c not in "$€£¥"):
        left = f"{left} {tail.group(1)}"
    low, high = parse_number(left, money=money), parse_number(right, money=money)
    if low is None or high is None or low.value >= high.value or not number_words(left):
        return None
    return low.value, high.value


def _rejected(
    sent: Doc, core: tuple[int, int], label: str, quantity: _Quantity, reading: Reading, tables: FactTables
) -> bool:
    """Not-facts the parse reveals: denied, years, ages, names, pronoun "one", stray bare numerals."""
    if reading.denied:
        return True
    text = sent[core[0] : core[1]].text
    if text.lower() == "one" and core[1] < len(sent) and sent[core[1]].lower_ == "of":
        return True  # "one of his friends": a pronoun, not a count
    if quantity.kind is not FactKind.COUNT or quantity.qualifier is not Qualifier.EXACT:
        return False
    if reading.noun is None and (
        _YEAR.match(text) or text.lower() == "one" or (not label and not is_vague_plural(text))
    ):
        return True
    proper_noun = reading.noun is None or reading.noun.tag_ in {"NNP", "NNPS"}
    return (proper_noun and _age(sent, core)) or _in_name(sent, core, reading, tables)


def _age(sent: Doc, core: tuple[int, int]) -> bool:
    """A person's age: "the woman, 82,", "died at 79", "He was 79."."""
    start, end = core
    head = sent[start]
    if not (head.is_digit and int(head.text) <= 120 and end == start + 1):
        return False
    before = [t.lower_ for t in sent[max(0, start - 2) : start]]
    if before[-1:] == [","] and len(before) == 2 and sent[start - 2].tag_ in {"NN", "NNP", "NNS", "PRP"}:
        return True
    if before[-1:] == ["at"] and before[:1] and before[0] in _DEATH_WORDS:
        return True
    subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return head.dep_ in {"attr", "acomp"} and subject is not None and subject.lower_ in _PERSONAL_PRONOUNS


def _in_name(sent: Doc, core: tuple[int, int], reading: Reading, tables: FactTables) -> bool:
    """A number that belongs to the proper name before it: "Apollo 11", "Boeing 737", "W.Va. 61"."""
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
    quantity: _Quantity,
    reading: Reading,
    previous: tuple[Fact, Reading] | None,
) -> Fact | None:
    sent = parsed.sent
    phrase_end = quantity.phrase_end
    if reading.noun is not None and 0 <= reading.noun.i - phrase_end < 3:
        phrase_end = reading.noun.i + 1
    start = parsed.char_offset + sent[quantity.phrase_start].idx
    last = sent[phrase_end - 1]
    span = analysed.source.span(start, parsed.char_offset + last.idx + len(last.text))
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
    return Fact(
        **span.model_dump(),
        kind=quantity.kind,
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        qualifier=quantity.qualifier,
        unit=unit,
        what=what.lower() if what else None,
        count_type=None if quantity.kind is FactKind.MONEY else count_type,  # sums are not victims
        change=reading.change,
        currency=quantity.currency,
    )


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
