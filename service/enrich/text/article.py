"""One article prepared for the extractors: normalised fields joined into one spaCy text.

The title and the body go through the model as one text (title, a line with a full stop, body) so that NER
sees the headline's context and a batch holds one item per article. :meth:`ArticleText.locate`
turns a span of that joined text back into ``(field, start, end)`` of the original field.
Boilerplate in the body is blanked with spaces before NER, so offsets do not move.
"""

from dataclasses import dataclass, field
from typing import TypeVar

from spacy.attrs import ORTH
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from service.enrich.text.boilerplate import HEADLINE_REPEAT, Boilerplate, BoilerplateRules
from service.enrich.text.normalise import NormalisedText, normalise
from service.schema.article import Article
from service.schema.events import Mention, Span, TextField

SpanT = TypeVar("SpanT", bound=Span)

#: Between title and body: the line with a full stop ends the headline as a sentence, so that NER
#: does not run its last name on into the body's first word.
FIELD_SEPARATOR = "\n.\n"


@dataclass(frozen=True, slots=True)
class ArticleText:
    """The model's view of an article: normalised title and body (boilerplate blanked), joined.

    ``boilerplate`` is in joined-text offsets; ``raw_text`` is ``text`` before blanking (the same
    length), to read the names inside credits and datelines.
    """

    article: Article
    title: NormalisedText
    body: NormalisedText
    text: str
    boilerplate: tuple[Boilerplate, ...] = ()
    raw_text: str = ""
    body_offset: int = field(init=False)

    def __post_init__(self) -> None:
        if not self.raw_text:
            object.__setattr__(self, "raw_text", self.text)
        object.__setattr__(
            self, "body_offset", len(self.title.text) + len(FIELD_SEPARATOR) if self.title.text else 0
        )

    @classmethod
    def of(cls, article: Article, rules: BoilerplateRules | None = None) -> "ArticleText":
        """Normalise the title and body, blank the body's boilerplate (with ``rules``), join them."""
        title, body = normalise(article.title), normalise(article.body)
        found = rules.find(body.text, title.text) if rules else []
        blanked = body.blanked((b.start, b.end) for b in found)
        head = f"{title.text}{FIELD_SEPARATOR}" if title.text else ""
        boilerplate = tuple(b.shifted(len(head)) for b in found)
        return cls(
            article=article,
            title=title,
            body=blanked,
            text=head + blanked.text,
            boilerplate=boilerplate,
            raw_text=head + body.text,
        )

    @property
    def headline_copy(self) -> int | None:
        """How far the headline repeated in the body is from the title (joined text), if it is."""
        start = next((b.start for b in self.boilerplate if b.kind == HEADLINE_REPEAT), None)
        if start is None:
            return None
        return start - (len(self.title.text) - len(self.title.text.lstrip()))

    def boilerplate_spans(self) -> list[Span]:
        """The boilerplate as spans of the original body."""
        spans = (self.span(b.start, b.end) for b in self.boilerplate)
        return [s for s in spans if s is not None]

    def spans_of_kind(self, kind: str) -> list[Span]:
        """The boilerplate of one kind (``"byline"``, ``"dateline"``, ...) as spans of the original fields."""
        spans = (self.span(b.start, b.end) for b in self.boilerplate if b.kind == kind)
        return [s for s in spans if s is not None]

    def locate(self, start: int, end: int) -> tuple[TextField, int, int] | None:
        """Original ``(field, start, end)`` of joined-text ``[start, end)``; None if it straddles fields."""
        if self.title.text and end <= len(self.title.text):
            return ("title", *self.title.original_span(start, end))
        if start >= self.body_offset:
            return ("body", *self.body.original_span(start - self.body_offset, end - self.body_offset))
        return None

    def span(self, start: int, end: int) -> Span | None:
        """A :class:`Span` with the original text for joined-text ``[start, end)``."""
        return self._spanned(start, end, Span)

    def mention(self, start: int, end: int) -> Mention | None:
        """As :meth:`span`, built as a :class:`Mention` at once (each pydantic model costs a validation)."""
        return self._spanned(start, end, Mention)

    def _spanned(self, start: int, end: int, kind: type[SpanT]) -> SpanT | None:
        located = self.locate(start, end)
        if located is None:
            return None
        field_name, orig_start, orig_end = located
        source = self.article.title if field_name == "title" else self.article.body
        return kind(text=source[orig_start:orig_end], field=field_name, start=orig_start, end=orig_end)


@dataclass(frozen=True, slots=True)
class AnalysedArticle:
    """An article with its spaCy ``Doc`` over :attr:`ArticleText.text`.

    ``words`` (each token's text), ``lowercase_words`` (the tokens written all in lower case) and
    ``ents`` (the model's entities) are read once here: the scans that look at every token read
    these instead of building a spaCy ``Token`` object per look, and ``Doc.ents`` walks the whole
    doc on every call.
    """

    source: ArticleText
    doc: Doc
    words: tuple[str, ...] = field(init=False)
    lowercase_words: frozenset[str] = field(init=False)
    ents: tuple[DocSpan, ...] = field(init=False)

    def __post_init__(self) -> None:
        strings = self.doc.vocab.strings
        words = tuple(strings[key] for key in self.doc.to_array(ORTH).tolist())
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "lowercase_words", frozenset(filter(str.islower, words)))
        object.__setattr__(self, "ents", self.doc.ents)
