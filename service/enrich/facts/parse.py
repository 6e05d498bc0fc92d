"""Dependency parses of only the stretches of text that hold a number.

The service runs NER alone on every article (``nlp.py``). The parser of ``en_core_web_sm`` listens
to the shared ``tok2vec`` (NER has its own), so parsing means running ``tok2vec``, then ``tagger``
and ``parser`` on a copy of the text: in inference the listeners read ``doc.tensor``, which
``tok2vec`` sets. Copies hold one sentence each, cut to a window around its numbers, and carry
the NER doc's entities; the NER doc itself is never modified. Sentences are found with a regular
expression over the text, not by walking tokens: that keeps the cost off number-free text.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from service.enrich.text.article import AnalysedArticle

#: Components run, in order, on each copy.
PARSE_COMPONENTS = ("tok2vec", "tagger", "parser")
#: Tokens kept before the first and after the last number of a sentence (the parser's cost grows
#: with length; what a number counts and its predicate sit close to it).
WINDOW_BEFORE = 12
WINDOW_AFTER = 12
#: A sentence ends after . ! ? (and closing quotes/brackets) before a capital letter, or at a line
#: break. Not before a digit: "Wyo. 789", "No. 10" (news style spells out a sentence's first number).
_BOUNDARY = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z])|\n\s*""")


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """A parsed copy of ``doc[start:end]``; token ``i`` of :attr:`sent` is ``doc[start + i]``."""

    start: int
    end: int
    sent: Doc
    text: str
    char_offset: int


def windows(doc: Doc, text: str, numbers: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token bounds of the sentences holding ``numbers`` (sorted token bounds), cut to windows.

    ``text`` is ``doc.text``. Numbers of one sentence share one window.
    """
    ends = [m.end() for m in _BOUNDARY.finditer(text)]
    starts: list[int] = doc.to_array("IDX").tolist()
    found: list[tuple[int, int, int]] = []
    for index, number_end in numbers:
        sentence = bisect_right(ends, starts[index])
        first = bisect_left(starts, ends[sentence - 1]) if sentence else 0
        last = bisect_left(starts, ends[sentence]) if sentence < len(ends) else len(doc)
        low = max(first, index - WINDOW_BEFORE)
        high = max(min(last, number_end + WINDOW_AFTER), number_end)
        if found and found[-1][0] == sentence:
            low, high = found[-1][1], max(found[-1][2], high)
            found.pop()
        found.append((sentence, low, high))
    return [_trim(doc, low, high) for _, low, high in found]


def token_at(starts: Sequence[int], char: int) -> int:
    """Index of the token holding character ``char``, given every token's start offset."""
    return bisect_right(starts, char) - 1


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return start, end


def parse_windows(
    nlp: Language, articles: Sequence[AnalysedArticle], bounds: Sequence[Sequence[tuple[int, int]]]
) -> list[list[ParsedSentence]]:
    """Tag and parse copies of ``articles[i].doc[start:end]`` for each of ``bounds[i]``, in one batch.

    Several articles in one call share the per-call cost of each component.
    """
    copies = []
    docs = [article.doc for article in articles]
    for article, spans in zip(articles, bounds, strict=True):
        doc, ents = article.doc, article.ents
        ent_starts = [ent.start for ent in ents]
        for start, end in spans:
            first = bisect_left(ent_starts, start)
            inside = [e for e in ents[first : bisect_left(ent_starts, end)] if e.end <= end]
            copies.append(_copy(doc[start:end], inside))
    for name in PARSE_COMPONENTS if copies else ():
        component: Any = nlp.get_pipe(name)  # spaCy types pipes as plain callables; these have .pipe
        copies = list(component.pipe(copies, batch_size=256))
    parsed: list[list[ParsedSentence]] = []
    at = 0
    for doc, spans in zip(docs, bounds, strict=True):
        own = copies[at : at + len(spans)]
        at += len(spans)
        parsed.append(
            [
                ParsedSentence(s, e, sent, sent.text, doc[s].idx)
                for (s, e), sent in zip(spans, own, strict=True)
            ]
        )
    return parsed


def _copy(span: Span, ents: list[Span]) -> Doc:
    """A new doc with the span's words, spacing and its entities ``ents`` (cheaper than ``Span.as_doc``)."""
    words = [t.text for t in span]
    spaces = [bool(t.whitespace_) for t in span]
    if spaces:
        spaces[-1] = False
    copy = Doc(span.doc.vocab, words=words, spaces=spaces)
    copy.ents = [Span(copy, ent.start - span.start, ent.end - span.start, ent.label_) for ent in ents]
    return copy
