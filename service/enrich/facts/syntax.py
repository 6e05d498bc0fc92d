"""What a number counts and what happened to it, read from the dependency parse.

Given the tokens of a numeral in a parsed sentence, :func:`read_number` finds the counted noun
(``nummod`` head, or the object of "of" in "300 of the prisoners"), the predicate that governs it
(subject/object of a verb, through prepositions and ``xcomp``/``conj`` chains), the count type
from the predicate's words, whether the number is the size of a change, and whether the clause
denies it ("nothing involving hundreds").
"""

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from service.enrich.facts.tables import Change, FactTables

#: Dependencies by which a numeral modifies the noun it counts.
_COUNTING_DEPS = frozenset({"nummod", "quantmod", "amod", "compound", "nmod"})
#: Dependencies by which a noun phrase is an argument of its predicate.
_ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "agent", "csubj", "npadvmod", "pobj", "appos"}
)
#: Prepositions that make a number a subset of the previous one ("among them 10 children").
_SUBSET_PREPS = frozenset({"among", "including", "includes", "included"})
#: Prepositions that give the level reached, not the size of a change ("rose to 5%").
_LEVEL_PREPS = frozenset({"to", "from", "at", "in", "of", "on", "for", "with"})
#: Verbs that carry no event of their own; the count type comes from their complement.
_LIGHT_VERBS = frozenset(
    {"be", "is", "are", "was", "were", "been", "being", "'s", "’s", "have", "has", "had", "do", "did",
     "try", "tried", "tries", "remain", "remained", "remains", "stay", "stayed", "become", "became",
     "say", "said", "says", "report", "reported", "include", "included", "includes", "get", "got",
     "begin", "began", "start", "started", "continue", "continued", "leave", "left", "leaving", "leaves"}
)  # fmt: skip
#: Prepositions by which a total is given after its verb ("the toll rose to 40", "stood at 12"); not
#: "33 hostages exchanged for 1,900 prisoners", where the subject is another group.
_TOLL_PREPS = frozenset({"to", "at", "by"})
#: Verbs whose object names the event a number of people took part in ("joined the march"), or
#: what they went without ("lost power").
_JOINING = frozenset(
    {"join", "joined", "joining", "joins", "stage", "staged", "staging", "hold", "held", "holding",
     "attend", "attended", "attending", "lose", "lost", "losing", "loses"}
)  # fmt: skip
#: Verbs left out of the ``what`` text.
_AUXILIARIES = frozenset(
    {"be", "is", "are", "was", "were", "been", "being", "'s", "’s", "have", "has", "had", "do", "did",
     "say", "said", "says", "get", "got"}
)  # fmt: skip
#: Words whose presence on the path from a number to its clause means the text denies it.
_NEGATORS = frozenset({"nothing", "none", "never", "neither", "nor", "no"})
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "parataxis", "xcomp"})


@dataclass(frozen=True, slots=True)
class Reading:
    """What the parse says about one number."""

    noun: Token | None
    noun_phrase: str | None
    predicate: str | None
    count_type: str | None
    change: Change | None
    denied: bool
    subset: bool


def head_token(sent: Doc, start: int, end: int) -> Token:
    """The numeral's syntactic head: the token of ``[start, end)`` whose head lies outside it."""
    for token in sent[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            return token
    return sent[end - 1]


def counted_noun(head: Token, end: int) -> Token | None:
    """The noun a numeral counts: its ``nummod`` head after it, else the object of its "of"."""
    parent = head.head
    if head.dep_ in _COUNTING_DEPS and parent.i >= end and _is_nominal(parent):
        return parent
    if head.dep_ == "nsubj" and parent.dep_ == "amod" and parent.head.i > parent.i:
        return parent.head  # "some 300 escaped jihadists": the parser hangs the number on "escaped"
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and _is_nominal(c)]
            if objects:
                return objects[0]
    return None


def read_number(sent: Doc, start: int, end: int, tables: FactTables, phrase_start: int) -> Reading:
    """Read counted noun, predicate, count type and change for the numeral ``sent[start:end]``.

    ``phrase_start`` is where its qualifier begins ("no fewer than"), whose words deny nothing.
    """
    head = head_token(sent, start, end)
    noun = counted_noun(head, end)
    anchor = noun if noun is not None and noun.i > head.i else head
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lower_ in _BOUND_NOUNS:
        anchor = anchor.head.head  # "wounded upwards of 150": the bound stands for the number
    verb, preps, subset = _governor(anchor, head)
    direct, chain = _predicate_words(verb) if verb is not None else ([], [])
    if verb is not None and verb.dep_ == "amod" and noun is not None and verb.head == noun:
        direct, chain = [verb], []
    if not preps and _argument_of(anchor, verb) in {"dobj", "dative"}:
        chain = []  # "forced 200,000 from their homes and killed 14": the object's verb alone
    modifiers = [m for m in _modifiers(noun) if not start <= m.i < end] if noun is not None else []
    described = [  # "112 wounded", "41 people dead"
        c
        for t in (head, noun)
        if t is not None
        for c in t.children
        if c.dep_ in {"acl", "amod"} and c.i > t.i
    ]
    if noun is None and head.dep_ == "nummod" and head.head.i > head.i and head.head.tag_ in {"JJ", "VBN"}:
        described.append(head.head)  # "among the 32 dead", "the 12 injured": an adjective as the noun
    clauses = [
        w for c in (noun or head).children if c.dep_ == "acl" and c.i > c.head.i for w in _completed(c)
    ]
    count_type = None
    if not preps or preps[0].lower_ in {
        "by",
        "among",
        "including",
        "as",
    }:  # "as" is often a misparsed "as"-clause
        count_type = _count_type(direct, tables) or _count_type(chain, tables)
        if verb is not None and any(c.dep_ == "neg" for c in verb.children):
            count_type = None  # "three other men were not arrested"
    if count_type is None:
        count_type = _count_type([*modifiers, *described, *([noun] if noun is not None else [])], tables)
    if count_type is None and noun is not None:  # "left 12,000 households without water"
        count_type = _count_type(_gone_without(noun), tables)
    if count_type is None:
        count_type = _count_type(clauses, tables)  # "34 people reported missing"
    if (
        count_type is None
        and verb is not None
        and preps
        and preps[0].lower_ == "to"
        and preps[0].head == verb
    ):
        supplied = next((c for c in verb.children if c.dep_ == "dobj"), None)  # "cut power to 25,000 homes"
        count_type = _count_type([verb, supplied], tables) if supplied is not None else None
    if count_type is None and noun is not None:  # "left 500 cars and 80 buses stranded": shared
        conjoined = [j for j in noun.children if j.dep_ == "conj"]
        shared = [c for j in conjoined for c in j.children if c.dep_ == "acl" and c.i > j.i]
        count_type = _count_type(shared, tables)
    if count_type is None:
        of_noun = (
            preps[0].head
            if preps and preps[0].lower_ == "of" and preps[0].head.tag_.startswith("NN")
            else None
        )
        count_type = _count_type([of_noun], tables) if of_noun is not None else None  # "deaths of 40"
    if count_type is None and verb is not None and _toll_level(preps, verb, tables):
        # "the death toll rose to 40", "the number who died rose to 212"; "bringing the toll to 40"
        subject = _subject(verb)
        total = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subject is not None and total is not None and total.lower_ not in _TOTAL_NOUNS:
            total = None  # "the couple opened Dead Sea Spa at 12 Mill St": only a toll object names the count
        if subject is not None or total is not None:
            # "officials revised the death toll down to 1,480": the object names it
            named = (_count_type(list(w.subtree)[:12], tables) for w in (subject, total) if w is not None)
            count_type = next((t for t in named if t is not None), None)
        elif verb.dep_ == "acl" and preps[0].lower_ == "to":
            count_type = _count_type(direct, tables)  # "bringing the number rescued to 356"
    if count_type is None and verb is not None and noun is None and _argument_of(anchor, verb) == "dobj":
        count_type = _passed_total(verb, tables)  # "the toll could top 200", "has passed 120 million"
    if count_type is None and verb is not None and preps and _toll_level(preps, verb, tables):
        subject = _subject(verb)
        if subject is not None and subject.lower_ == "toll" and not list(subject.lefts)[1:]:
            count_type = "KILL"  # "the toll rose to 45": a toll named by no type word is of the dead
    if count_type is None and noun is not None and verb is not None:
        count_type = _pulled_out(noun, verb)  # "pulled 14 survivors from the rubble"
    if count_type is None and verb is None and anchor.head.tag_ in {"NNP", "NNPS"}:
        count_type = tables.count_types.get(anchor.head.lower_)  # title case: "Crash Kills 23"
    predicate_words = sorted([*direct, *chain], key=lambda t: t.i)
    if noun is None and described:
        modifiers = described
    return Reading(
        noun=noun,
        noun_phrase=_phrase([*modifiers, noun]) if noun is not None or modifiers else None,
        predicate=_predicate_text(predicate_words) or None,
        count_type=count_type,
        change=_change(head, noun, verb, preps, tables),
        denied=_denied(anchor, range(phrase_start, end)),
        subset=subset,
    )


#: Nouns that restate a total: "from an earlier figure of 1,612", "down from a peak of 900,000".
_TOTAL_NOUNS = frozenset(
    {"figure", "total", "tally", "toll", "peak", "estimate", "count", "high", "level", "number"}
)


def _toll_level(preps: list[Token], verb: Token, tables: FactTables) -> bool:
    """Whether the prepositions crossed give a total's level after its verb.

    "rose to 40", "stood at 12"; the earlier level of a move "to 131 from 97" or "rose from 40
    to 52" (only after a change verb or beside "to": "the toll includes victims from 3 regions"
    is no level); and through a noun restating it: "revised ... from an earlier figure of 1,612".
    """
    if not preps:
        return False
    if preps[0].lower_ in _TOLL_PREPS:
        return True
    if preps[0].lower_ == "from" and preps[0].head == verb:
        return verb.lower_ in tables.changes or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children
        )
    return (
        len(preps) > 1
        and preps[0].lower_ == "of"
        and preps[0].head.lower_ in _TOTAL_NOUNS
        and preps[1].lower_ in {"from", "to", "at"}
    )


#: Verbs of passing a mark whose object is a total's new level: "the toll could top 200".
_PASSING_VERBS = frozenset(
    {"top", "tops", "topped", "pass", "passes", "passed", "exceed", "exceeds", "exceeded", "surpass",
     "surpasses", "surpassed", "cross", "crosses", "crossed", "hit", "hits", "reach", "reaches", "reached"}
)  # fmt: skip


def _passed_total(verb: Token, tables: FactTables) -> str | None:
    """The count type of a total that passes a mark: the words from the total noun to the verb name it.

    Fixes count types of tolls and totals given as the object of a verb of passing in disaster
    and migration copy: "the number of people forced to flee ... has passed 120 million"
    (DISPLACE), "the number of dead could top 350" (KILL), "the toll could top 200" (KILL: a bare
    "toll" is of the dead). The words are read, not the parse (which often makes the total the
    object of a verb of saying, or "forced" the subject); the nearest total noun at most 14 words
    before the verb, with no punctuation between.
    """
    if verb.lower_ not in _PASSING_VERBS:
        return None
    sent = verb.doc
    for index in range(verb.i - 1, max(-1, verb.i - 15), -1):
        token = sent[index]
        if token.is_punct:
            return None
        if token.lower_ in _TOTAL_NOUNS:
            named = _count_type(list(sent[index : verb.i]), tables)
            if (
                named is None
                and token.lower_ == "toll"
                and (index == 0 or sent[index - 1].lower_ in {"the", "its"})
            ):
                return "KILL"  # "the toll", not "the economic toll"
            return named
    return None


#: Verbs of getting people out, with "from": "pulled 14 survivors from the rubble".
_PULLED = frozenset({"pull", "pulls", "pulled", "pulling", "dug", "plucked", "winched", "freed"})
#: Nouns of people that a rescue brings out (not products pulled from shelves).
_RESCUED = frozenset({"survivors", "people", "residents", "children", "miners", "workers", "passengers"})


def _pulled_out(noun: Token, verb: Token) -> str | None:
    """RESCUE for people pulled or dug out "from" somewhere: "pulled 14 survivors from the rubble".

    Fixes the count type of rescue copy, where "pulled" names no type alone ("pulled 200 products
    from shelves"): only with a people noun as the object and "from" on the verb.
    """
    if verb.lower_ not in _PULLED or noun.lower_ not in _RESCUED or noun.head != verb:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in {"from", "out"} for c in verb.children):
        return None
    return "RESCUE"


#: Words of a bound that the parser makes the head of "of" and the number: "upwards of 150".
_BOUND_NOUNS = frozenset({"upwards", "upward"})


def _gone_without(noun: Token) -> list[Token]:
    """What the counted noun went without or is in: "households without water", "people in need"."""
    return [
        word
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ in {"without", "in"} and child.i > noun.i
        for word in (child, *(c for c in child.children if c.dep_ == "pobj"))
    ]


def _is_nominal(token: Token) -> bool:
    return token.tag_.startswith("NN") or (token.tag_ in {"$", "PRP"} and token.lower_ not in {"it"})


def _governor(anchor: Token, number: Token) -> tuple[Token | None, list[Token], bool]:
    """The verb (or event noun) governing ``anchor``, the prepositions crossed, and subset-ness."""
    token = anchor
    preps: list[Token] = []
    for _ in range(8):
        dep = token.dep_
        parent = token.head
        if dep == "ROOT" or parent.i == token.i:
            return (token if token.pos_ == "VERB" or token.tag_.startswith("VB") else None), preps, False
        if dep == "pobj" and parent.dep_ in {"prep", "agent"}:  # "dropped by a third" is parsed as an agent
            preps.append(parent)
            if parent.lower_ in _SUBSET_PREPS:
                return None, preps, True
            if parent.lower_ == "of" and parent.head == number:
                preps.pop()
                token = number  # "10 of the prisoners": the number is the argument
                continue
            if parent.lower_ == "of" and (parent.head.like_num or parent.head.tag_.startswith("VB")):
                return None, preps, False  # "of the 1,793 prisoners, 430 ...": a total, not the subset
            token = parent.head
            if token.tag_.startswith("VB") or token.lower_ in {"up", "down"}:
                return token, preps, False
            continue
        if dep in {"conj", "appos", "compound", "nummod", "quantmod", "amod", "nmod", "prep"}:
            if dep == "prep" and parent.lower_ in _SUBSET_PREPS:
                return None, preps, True
            token = parent
            continue
        if dep in _ARGUMENT_DEPS or dep in {"acl", "relcl", "advcl", "ccomp", "xcomp", "advmod"}:
            if dep == "nsubj" and parent.tag_ == "JJ":
                return parent, preps, False  # a small clause: "left 41 people dead"
            if parent.dep_ in {"aux", "auxpass"} and parent.head.tag_.startswith("VB"):
                return parent.head, preps, False  # a subject hung on the auxiliary: "41 are missing"
            if parent.tag_.startswith("VB") or parent.lower_ in {"up", "down"}:
                return parent, preps, False
            token = parent
            continue
        return (parent if parent.tag_.startswith("VB") else None), preps, False
    return None, preps, False


def _argument_of(anchor: Token, verb: Token | None) -> str | None:
    """The dependency by which ``anchor`` (or a conjunct it belongs to) hangs on ``verb``."""
    token = anchor
    for _ in range(4):
        if verb is None or token.head.i == token.i:
            return None
        if token.head == verb:
            return token.dep_
        if token.dep_ not in {"conj", "appos", "compound", "nummod", "quantmod", "amod"}:
            return None
        token = token.head
    return None


def _predicate_words(verb: Token) -> tuple[list[Token], list[Token]]:
    """The verb with what completes it (particle, complement), then its ``xcomp``/``conj`` verbs.

    Verbs with their own subject start another clause and are left out.
    """
    direct = _completed(verb)
    chain: list[Token] = []
    queue = [verb]
    while queue and len(chain) < 8:
        current = queue.pop()
        for child in current.children:
            if (
                child.dep_ in {"xcomp", "conj"}
                and child.tag_.startswith("VB")
                and child.i > current.i
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
            ):
                chain.extend(_completed(child))
                queue.append(child)
    return direct, sorted(chain, key=lambda t: t.i)


def _completed(verb: Token) -> list[Token]:
    """``verb`` with its particle and complement ("left dead", "were at large")."""
    words = [verb]
    for child in verb.children:
        if child.dep_ in {"prt", "acomp", "oprd"} or (child.dep_ == "xcomp" and child.tag_ == "JJ"):
            words.append(child)
        elif child.dep_ == "advmod" and child.lower_ == "out" and child.i == verb.i + 1:
            words.append(child)  # "walked out", which the parser often reads as an adverb
        elif child.dep_ == "prep" and child.lower_ in {"from", "out"} and child.i > verb.i:
            words.append(child)  # "forced from their homes", "driven out"
        elif child.dep_ == "dobj":  # "forced 200,000 people from their homes"
            words.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ in {"from", "out"})
            if verb.lower_ in _JOINING and not child.like_num:
                words.append(child)  # "joined the march": the count type pairs verb and event
        elif child.dep_ == "prep" and child.lower_ == "as" and child.i == verb.i + 1:
            words.extend(
                c for c in child.children if c.dep_ in {"pcomp", "pobj"} and c.is_alpha
            )  # "as missing"
        elif child.dep_ == "prep" and verb.lower_ in _LIGHT_VERBS and child.i > verb.i:
            phrase = child.doc[child.i : min(child.right_edge.i + 1, child.i + 4)]
            words.extend(t for t in phrase if t.is_alpha)  # "at large", "among those evacuated"
    return sorted(words, key=lambda t: t.i)


def _predicate_text(words: list[Token]) -> str:
    kept = [w for w in words if w.lower_ not in _AUXILIARIES]
    return " ".join(w.lower_ for w in kept)


def _modifiers(noun: Token) -> list[Token]:
    """Adjectives, compounds and participles right of the determiner, in text order."""
    return [c for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod"} and not c.like_num]


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _phrase(tokens: list[Token | None]) -> str:
    return " ".join(t.text for t in sorted((t for t in tokens if t is not None), key=lambda t: t.i))


def _count_type(words: list[Token], tables: FactTables) -> str | None:
    """The last count type named among ``words`` ("tried to escape and been recaptured": ARREST)."""
    found = None
    texts = [w.lower_ for w in words]
    for index, text in enumerate(texts):
        pair = f"{text} {texts[index + 1]}" if index + 1 < len(texts) else ""
        found = tables.count_types.get(pair) or tables.count_types.get(text) or found
    return found


def change_before(sent: Doc, phrase_start: int, tables: FactTables) -> Change | None:
    """The change a verb right before a number's phrase names ("shrank 2.1%", "lost about $3m").

    Word order decides where the parser errs: it sometimes hangs "Ireland's shrank 2.1%" on an
    earlier verb of the sentence. Nouns ("after the fall 30 ..."), comparatives ("higher") and
    particles ("piled up $90m") are left to the parse, and so are levels: "dropped below
    $8,500", "grew from 40 to 55".
    """
    if phrase_start == 0 or sent[phrase_start].lower_ in LEVEL_WORDS:
        return None
    before = sent[phrase_start - 1]
    if before.tag_.startswith(("NN", "JJR", "RBR", "RP")):
        return None
    return tables.changes.get(before.lower_)


#: First words of a number's phrase that after a change verb make it a level, not the change's size.
LEVEL_WORDS = frozenset({"below", "above", "under", "beneath", "past", "beyond", "from", "to", "between"})


#: Comparatives right after a number that compare it with another count: "312 fewer than".
_COMPARED_COUNTS: dict[str, Change] = {"fewer": "decrease", "more": "increase"}


def _compared_count(head: Token) -> Change | None:
    """The change of a bare count right before "fewer than"/"more than" (the parser's noun varies)."""
    doc, after = head.doc, head.i + 1
    if after + 1 >= len(doc) or doc[after + 1].lower_ != "than":
        return None
    return _COMPARED_COUNTS.get(doc[after].lower_)


def _change(
    head: Token, noun: Token | None, verb: Token | None, preps: list[Token], tables: FactTables
) -> Change | None:
    """``increase``/``decrease`` when the number is the size of a change, else None."""
    if (
        verb is not None
        and verb.lower_ in {"up", "down"}
        and verb.i + 1 < len(verb.doc)
        and verb.nbor().lower_ == "to"
    ):
        verb = None  # "up to 5,000" is a qualifier, not a rise
    if noun is not None and noun.lower_ == "times" and noun.i == head.i + 1:
        return None  # a multiple or a number of occasions: "climbed to 5,800, roughly four times
        # last year's total", "rates rose three times last year" (not the size of a rise)
    compared = _compared_count(head)
    if compared is not None:
        return compared  # "40 fewer than it may employ", "312 fewer than a year ago"
    if preps and preps[0].lower_ in _LEVEL_PREPS:
        if preps[0].lower_ == "of" and preps[0].head.lower_ in tables.changes:
            return tables.changes[preps[0].head.lower_]  # "an increase of 5%"
        return None
    for token in (head, noun):
        if (
            token is not None
            and token.head.lower_ in tables.changes
            and token.head.i > token.i
            and token.dep_ in _COUNTING_DEPS
            and token.head.tag_.startswith("NN")
        ):
            return tables.changes[token.head.lower_]  # "a 5% rise"
    anchor = noun if noun is not None and noun.i > head.i and noun.head.head != head else head
    adjective = anchor.head
    if anchor.dep_ == "npadvmod" and adjective.lower_ in _DIMENSIONS:
        return None  # "the line, 225 miles long, will cut ...": a size, which the parser may tag RB
    if anchor.dep_ == "npadvmod" and adjective != verb and adjective.tag_ in {"JJ", "JJR", "RB", "RBR"}:
        if adjective.lower_ in tables.changes:
            return tables.changes[adjective.lower_]  # "0.4% higher", "4.21 points lower"
        if adjective.tag_.startswith("JJ"):
            return None  # "0.3 degrees short of the record"; "rose 2 feet overnight" goes on
    by_verb = bool(preps) and preps[0].lower_ == "by" and preps[0].head == verb
    if verb is None or _precipitation(verb) or _of_precipitation(noun):
        return None
    measured = noun is None or noun.lower_ in tables.units or noun.lower_ in tables.currencies
    by_change = tables.changes_by.get(verb.lower_) if by_verb and measured else None
    direction = tables.changes.get(verb.lower_) or by_change  # "raised by one parent": an agent
    if direction is None and by_verb and measured:  # not an agent: "shut down by 30 protesters"
        # "the toll was revised up by 14", "estimates were marked down by 3%": the particle says which way
        turned = next(
            (c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ in _TURNS), None
        )
        direction = _TURNS[turned] if turned is not None else None
    if direction is None or (preps and not by_verb):
        return None
    if preps or anchor.dep_ in {"dobj", "npadvmod", "advmod", "attr"} or verb.lower_ in {"up", "down"}:
        return direction
    return None


#: Particles that give a "by" verb its direction: "revised up by 14", "marked down by 3%".
_TURNS: dict[str, Change] = {
    "up": "increase",
    "down": "decrease",
    "upward": "increase",
    "downward": "decrease",
}

#: Words a measure sizes ("225 miles long", "4 km away"), never a change whatever the verb.
_DIMENSIONS = frozenset({"long", "tall", "wide", "deep", "high", "thick", "across", "away", "apart", "old"})

#: Subjects of "fell" that make it weather, not a drop: "40mm of rain fell in a day".
_PRECIPITATION = frozenset({"rain", "snow", "hail", "sleet", "snowfall"})
_FALL = frozenset({"fell", "fall", "falls", "fallen", "falling"})


def _precipitation(verb: Token) -> bool:
    """Whether ``verb`` is rain or snow falling, which changes nothing ("2 inches of snow fell")."""
    return verb.lower_ in _FALL and any(
        c.dep_ == "nsubj" and any(t.lower_ in _PRECIPITATION for t in c.subtree) for c in verb.children
    )


def _of_precipitation(noun: Token | None) -> bool:
    """A depth of rain or snow that a storm "dropped" or "dumped" ("3 feet of snow"): weather, no fall.

    The parser's counted noun is the "of" object ("snow") or the unit with it ("feet of snow").
    """
    if noun is None:
        return False
    if noun.lower_ in _PRECIPITATION:
        return True
    return noun.lower_ in _DEPTH_UNITS and any(
        t.lower_ in _PRECIPITATION for c in noun.children if c.lower_ == "of" for t in c.subtree
    )


#: Units a depth of rain or snow is measured in.
_DEPTH_UNITS = frozenset(
    {"inch", "inches", "foot", "feet", "mm", "millimetres", "millimeters", "cm", "centimetres", "centimeters"}
)


def _denied(anchor: Token, own: range) -> bool:
    """Whether a negator sits on the path from ``anchor`` up to its clause head (outside ``own``).

    A "not" on the verb of which the number is the subject denies what they did, not the count:
    "300,000 premises still cannot get fast broadband".
    """
    token = anchor
    subject = False
    for _ in range(8):
        if token.lower_ in _NEGATORS or any(
            c.i not in own and ((c.dep_ == "neg" and not subject) or (c.dep_ == "det" and c.lower_ == "no"))
            for c in token.children
        ):
            return True
        if token.dep_ in _CLAUSE_DEPS or token.head.i == token.i:
            governor = token.head if token.dep_ == "advcl" else token
            return any(c.lower_ in _NEGATORS and c.i not in own for c in governor.children)
        subject = token.dep_ in {"nsubj", "nsubjpass"}
        token = token.head
    return False
