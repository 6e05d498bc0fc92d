"""Dependency parses of only the sentences that hold a number.

The service runs NER alone on every article (``nlp.py``). The parser of ``en_core_web_sm`` listens
to the shared ``tok2vec`` (NER has its own), so parsing a sentence means running ``tok2vec``, then
``tagger`` and ``parser`` on a copy of that sentence: in inference the listeners read
``doc.tensor``, which ``tok2vec`` sets. The NER doc is never modified.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

#: Components run, in order, on each sentence copy.
PARSE_COMPONENTS = ("tok2vec", "tagger", "parser")
#: Sentences longer than this are cut into windows (the parser's cost grows with length).
MAX_SENTENCE_TOKENS = 120
_SENTENCE_END = frozenset({".", "!", "?"})


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """A parsed copy of ``doc[start:end]``; token ``i`` of :attr:`sent` is ``doc[start + i]``."""

    start: int
    end: int
    sent: Doc
    char_offset: int


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Cheap rule-based sentences: split after ``. ! ?`` (and closing quotes) and at blank lines."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for token in doc:
        end_here = token.is_space and "\n" in token.text
        if token.text in _SENTENCE_END:
            nxt = token.i + 1
            while nxt < len(doc) and doc[nxt].is_quote:
                nxt += 1
            following = doc[nxt] if nxt < len(doc) else None
            if following is None or following.is_space or following.text[:1].isupper():
                end_here = True
        if end_here or token.i + 1 - start >= MAX_SENTENCE_TOKENS:
            if token.i + 1 > start:
                bounds.append((start, token.i + 1))
            start = token.i + 1
    if start < len(doc):
        bounds.append((start, len(doc)))
    return [_trim(doc, s, e) for s, e in bounds if any(not t.is_space for t in doc[s:e])]


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return start, end


def parse_sentences(nlp: Language, doc: Doc, bounds: Sequence[tuple[int, int]]) -> list[ParsedSentence]:
    """Tag and parse copies of ``doc[start:end]`` for each of ``bounds``, in one batch."""
    copies = [doc[start:end].as_doc() for start, end in bounds]
    for name in PARSE_COMPONENTS:
        component: Any = nlp.get_pipe(name)  # spaCy types pipes as plain callables; these have .pipe
        copies = list(component.pipe(copies))
    return [
        ParsedSentence(start, end, sent, doc[start].idx)
        for (start, end), sent in zip(bounds, copies, strict=True)
    ]
