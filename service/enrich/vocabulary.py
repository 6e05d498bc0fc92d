"""Keeping the spaCy vocabulary to a budget, so that a long-running worker's memory stays flat.

spaCy keeps a lexeme and its strings for every word type it has ever tokenised. News never runs
out of new types (names, numbers, URLs, typos): measured, about 420 bytes a string, so a worker
grows by about 100 MB for every 250,000 new strings and is eventually killed at its memory limit.
Inside :meth:`spacy.language.Language.memory_zone` what a batch adds is freed when the batch ends,
but every batch then makes the lexemes of its uncommon words again (about 5 % of NER's time when
every batch runs in a zone, measured on 400 news stories).

So the vocabulary grows freely until it holds ``budget`` strings more than the model shipped
with (by then the feed's common words are in it, kept for good) and every later batch runs in a
zone. Nothing made in a zone may outlive it: the pipeline turns docs into plain events inside the
block, and :class:`VocabularyBudget` lets one batch at a time in.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language


class VocabularyBudget:
    """Lets ``nlp``'s string store grow by ``budget`` strings, then frees each batch's new words."""

    def __init__(self, nlp: Language, budget: int) -> None:
        if budget < 0:
            raise ValueError(f"vocabulary budget must be >= 0, got {budget}")
        self._nlp = nlp
        self._limit = len(nlp.vocab.strings) + budget
        self._lock = threading.Lock()  # memory zones must not overlap

    @property
    def spent(self) -> bool:
        """Whether the vocabulary has reached its budget (every batch now runs in a memory zone)."""
        return len(self._nlp.vocab.strings) >= self._limit

    @contextmanager
    def batch(self) -> Iterator[None]:
        """The block one batch is processed in; no spaCy object made inside may be used after it."""
        with self._lock:
            if not self.spent:
                yield
                return
            with self._nlp.memory_zone():
                yield
