"""Sums of money and percentages read from the words around them, without a parse.

What a parse adds to a sum or a share is whether it is the size of a change ("rose 5%", "fell by
$2m", "a 7 percent increase", "a loss of 2.3 billion euros") and what it is a share of ("30% of
voters"); it never gives a count type ("sums are not victims") and the value, qualifier and
currency come from the words anyway (:mod:`.quantity`). The words right around the number say as
much, so money and percentages are never parsed: the parse is kept for counts and measures, whose
counted noun and governing verb (count types) need it. Measured: this leaves about a sixth fewer
tokens to parse on real news (``docs/facts.md``).
"""

from spacy.tokens import Doc, Token

from service.enrich.facts.quantity import Quantity
from service.enrich.facts.syntax import LEVEL_WORDS, Reading
from service.enrich.facts.tables import Change, FactTables
from service.schema.events import FactKind

#: Before a number, these make it a level, not the size of a change ("rose to 5%", "closed at $4").
_LEVEL_BEFORE = frozenset({"to", "from", "at"})
#: Before a change noun, these show it is a noun: "a 5% rise", "the 3 percent drop".
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "another"})
#: Particles between a change verb and its sum: "wiped out $40 billion", "pared back".
_PARTICLES = frozenset({"out", "off", "back", "away"})
#: Verbs whose "up" is a particle, not a rise: "freed up $2bn", "racked up $247 million".
_PHRASAL_UP = frozenset(
    {"free", "freed", "frees", "freeing", "rack", "racked", "racks", "racking", "set", "sets", "setting",
     "make", "makes", "made", "making", "pick", "picked", "picks", "picking", "sign", "signed", "signs",
     "take", "took", "taken", "takes", "taking", "put", "puts", "putting", "give", "gave", "given",
     "gives", "use", "used", "uses", "using", "tie", "tied", "ties", "tying", "lock", "locked", "locks",
     "cough", "coughed", "pony", "ponied", "stump", "stumped", "shell", "shelled", "fork", "forked",
     "pay", "paid", "pays", "save", "saved", "saves", "add", "added", "adds", "run", "ran", "runs",
     "ring", "rang", "rung", "rings", "hold", "held", "holds", "buy", "bought", "snap", "snapped",
     "scoop", "scooped", "divide", "divided", "split", "splits", "tot", "totted", "rake", "raked"}
)  # fmt: skip
#: How far back from a number a change verb may stand, over adjectives and articles: "rose a
#: revised 2.3 percent", "cut the price 5%".
_VERB_REACH = 3
#: How far before "by" the change verb may stand: "cut the number of polio cases by 45%",
#: "extended the deadline for the new rules by six months".
_BY_REACH = 8
#: Words that end a look back for a verb.
_CLAUSE_BREAKS = frozenset(
    {";", ":", ".", "and", "but", "while", "after", "before", "as", "than", "which", "that"}
)
#: Between two sums of one kind, these make the second share the first's change: "increases
#: of $41,200 and $36,850".
_COORDINATED = frozenset({" and ", ", and "})
#: At most this many words between a change's size and its restatement after "or": "rose 0.2%
#: from the previous month, or 3.9% from a year earlier".
_RESTATED_REACH = 6
#: Comparatives right after a number that make it a change's size: "closed 0.4% higher", "12 per
#: cent fewer than a year earlier", "paid $3m more than".
_COMPARATIVES: dict[str, Change] = {
    "higher": "increase", "lower": "decrease", "more": "increase", "fewer": "decrease", "less": "decrease",
    "above": "increase", "below": "decrease",
}  # fmt: skip
#: Of the comparatives, those that make a change only with "than" soon after ("8% fewer loans than").
_COMPARED = frozenset({"more", "fewer", "less"})


def word_reading(doc: Doc, quantity: Quantity, tables: FactTables) -> Reading:
    """The change and the share ("of voters") of a sum or percentage at ``quantity``'s phrase."""
    return Reading(
        noun=None,
        noun_phrase=_share_of(doc, quantity.phrase_end),
        predicate=None,
        count_type=None,
        change=_change(
            doc, quantity.phrase_start, quantity.phrase_end, tables, percent=quantity.kind is FactKind.PERCENT
        ),
        denied=False,
        subset=False,
    )


#: Contest verbs whose "by" gives a margin, not a change: "lost the final by 12 seconds".
_MARGINS = frozenset({"lost", "lose", "loses", "losing"})


def duration_reading(doc: Doc, quantity: Quantity, tables: FactTables) -> Reading:
    """A duration's change, which only "by" after a change verb names: "the delay grew by 11 minutes".

    Durations are not parsed; "cut the journey by two hours" is a decrease, "lost by 12 seconds" a
    margin. Without "by" ("fell 10 minutes into the game") a time is no change.
    """
    start = quantity.phrase_start
    change = change_by(doc, start, tables)
    if change is not None and any(t.lower_ in _MARGINS for t in doc[max(0, start - 1 - _BY_REACH) : start]):
        change = None
    if change is None and _taken_off(doc, start, quantity.phrase_end):
        change = "decrease"
    return Reading(None, None, None, None, change, denied=False, subset=False)


#: Verbs that with "off" after a time make it a cut: "shaved two seconds off the record".
_OFF_VERBS = frozenset(
    {"shave", "shaves", "shaved", "shaving", "knock", "knocks", "knocked", "knocking", "clip", "clips",
     "clipped", "clipping", "slice", "sliced", "trim", "trimmed", "cut", "cuts", "cutting", "chop",
     "chopped", "lop", "lopped"}
)  # fmt: skip


def _taken_off(doc: Doc, start: int, end: int) -> bool:
    """A time cut from a record or a journey: "took 0.4 seconds off the mark", "cut an hour off".

    "Take" only before "off" and a determiner: "took two days off work" is leave, not a cut.
    """
    if end >= len(doc) or doc[end].lower_ != "off":
        return False
    verbs = [t.lower_ for t in doc[max(0, start - 2) : start]]
    if any(v in _OFF_VERBS for v in verbs):
        return True
    owner = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    return any(v in _TAKE for v in verbs) and owner in {"the", "his", "her", "its", "their"}


_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})


def change_by(doc: Doc, phrase_start: int, tables: FactTables) -> Change | None:
    """The change a verb a few words before "by" and a number's phrase names ("cut ... by two hours")."""
    if phrase_start == 0 or doc[phrase_start - 1].lower_ != "by":
        return None
    return _verb_before(doc, phrase_start - 1, _BY_REACH, tables)


def shares_change(text_between: str, same_kind: bool, tables: FactTables) -> bool:
    """Whether the text between two facts makes the second share the first's change.

    A restatement after "or" ("lost 38.6 points, or 0.5 per cent"; not "or more"), with no
    other change named between; or, for two of a kind, plain coordination ("$120 and $95").
    """
    if same_kind and text_between in _COORDINATED:
        return True
    words = text_between.replace(",", " ").split()
    if not words or words[-1].lower() != "or" or any(c in text_between for c in ".;:"):
        return False
    between = [w.lower() for w in words[:-1]]
    return (
        len(between) <= _RESTATED_REACH
        and between[-1:] != ["more"]
        and not any(w in tables.changes and not _season(between, i) for i, w in enumerate(between))
    )


def _season(words: list[str], index: int) -> bool:
    """Whether "fall" is the season ("next fall", "this fall" in US copy), which names no change."""
    return words[index] == "fall" and index > 0 and words[index - 1] in {"next", "this", "last"}


def _change(doc: Doc, start: int, end: int, tables: FactTables, *, percent: bool = False) -> Change | None:
    """A change noun after ("a 7 percent increase"), else a change verb before.

    The verb: "slumped 14%", "fell by 3%", "an increase of 5%", "rose a revised 2.3 percent".
    """
    noun = _change_noun_after(doc, start, end, tables)
    if noun is not None:
        return noun
    if end < len(doc) and doc[end].lower_ in _COMPARATIVES:  # "closed 0.4% higher"
        word = doc[end].lower_
        if (
            word in _COMPARED
            and not any(t.lower_ == "than" for t in doc[end + 1 : end + 3])
            and not (word != "less" and _counted_plural(doc, end + 1))  # "7.2% less fees" stays no change
        ):
            return None  # "a yield of 7.2% less fees", "40 cents more per barrel": no comparison made
        return _COMPARATIVES[word]
    if doc[start].lower_ in LEVEL_WORDS and not _by_between(doc, start, tables):
        return None  # "dropped prices below $500", "rose from 5% to 7%"; not "rose by between 3% and 5%"
    for distance, token in enumerate(reversed(doc[max(0, start - _VERB_REACH) : start])):
        word = token.lower_
        if word in tables.changes_by and percent and distance and _object_noun(doc[start - 1]):
            return tables.changes_by[
                word
            ]  # "raised its dividend 8%" (a share: "raised a combined $9,000" is not)
        if word in _LEVEL_BEFORE or word in _CLAUSE_BREAKS or token.is_punct or word in tables.changes_by:
            return None  # "raised $5m" is no change: "raised" changes only with "by"
        if word == "of":  # "an increase of 5%", "the largest rise, of $181,400"
            if _an_average(doc, token.i):  # "cut weight by an average of 13%", "rose an average of 6%"
                if doc[token.i - 3].lower_ == "by":
                    return _verb_before(doc, token.i - 3, _BY_REACH, tables)
                return _change_word(doc[token.i - 3], tables)
            before = _skip_comma(doc, token.i - 1)
            return _change_word(doc[before], tables) if before >= 0 else None
        if word == "by":  # "fell by 3%", "raised rates by 0.25 points" (a change only with "by")
            return _verb_before(doc, token.i, _BY_REACH, tables)
        if word in _PARTICLES:  # "wiping out $40 billion"
            return _change_word(doc[token.i - 1], tables) if token.i > 0 else None
        if word in {"up", "down"} and (distance or (token.i > 0 and doc[token.i - 1].lower_ in _PHRASAL_UP)):
            return None  # "racked up $247 million"; "the start-up raised $5m"
        if (found := _change_word(token, tables)) is not None:
            return found
    return None


#: Nouns of "by an average of", "rose an average of": the change's size follows them.
_BY_NOUNS = frozenset({"average", "total", "median"})


def _an_average(doc: Doc, of: int) -> bool:
    """Whether "of" at ``of`` closes "an average of" or "a total of" after a word (read by the caller)."""
    return of >= 3 and doc[of - 1].lower_ in _BY_NOUNS and doc[of - 2].lower_ in {"a", "an"}


def _by_between(doc: Doc, start: int, tables: FactTables) -> bool:
    """A range that is a change's size: "climb by between 3% and 5%", "rose between 2 and 3 pct"."""
    return (
        start > 0
        and doc[start].lower_ == "between"
        and (doc[start - 1].lower_ == "by" or _change_word(doc[start - 1], tables) is not None)
    )


def _counted_plural(doc: Doc, index: int) -> bool:
    """A plural noun right after "more"/"fewer": "7 percent more pupils" compares counts (a change)."""
    if index >= len(doc):
        return False
    word = doc[index]
    plural = word.lower_.endswith("s") and not word.is_stop
    return word.is_alpha and word.is_lower and len(word) > 3 and plural


def _object_noun(token: Token) -> bool:
    """A lower-case content word right before a number: the object of "raised its dividend 8%"."""
    return token.is_alpha and token.is_lower and not token.is_stop and token.lower_ not in _DETERMINERS


def _change_noun_after(doc: Doc, start: int, end: int, tables: FactTables) -> Change | None:
    """A change noun within two words after, an article within two words before.

    "a 12.5 per cent tax cut", "a revised 0.9 percent decline".
    """
    if not any(t.lower_ in _DETERMINERS for t in doc[max(0, start - 2) : start]):
        return None
    for token in doc[end : end + 2]:
        if not token.is_alpha or token.lower_ in _PREPOSITIONS:
            return None  # "a further £8m in add-ons": the noun is elsewhere
        if (found := _change_word(token, tables)) is not None:
            return found
    return None


#: Words that end the look for a change noun after a number: "£8m in add-ons", "5% of gains".
_PREPOSITIONS = frozenset({"in", "of", "for", "on", "at", "to", "from", "with", "by", "into"})


def _verb_before(doc: Doc, index: int, reach: int, tables: FactTables) -> Change | None:
    for token in reversed(doc[max(0, index - reach) : index]):
        if token.lower_ in _CLAUSE_BREAKS or token.is_punct:
            return None
        if (found := _change_word(token, tables) or tables.changes_by.get(token.lower_)) is not None:
            return found
    return None


def _skip_comma(doc: Doc, index: int) -> int:
    return index - 1 if index >= 0 and doc[index].text == "," else index


def _change_word(token: Token, tables: FactTables) -> Change | None:
    return tables.changes.get(token.lower_)


def _share_of(doc: Doc, end: int) -> str | None:
    """The noun after "of" that a share or sum is of: "30% of voters", "5% of the vote"."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    index = end + 1
    while index < len(doc) and doc[index].lower_ in _DETERMINERS:
        index += 1
    if index < len(doc) and doc[index].is_alpha and doc[index].is_lower and not doc[index].is_stop:
        return doc[index].text
    return None
