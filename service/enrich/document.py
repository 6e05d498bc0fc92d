"""One article prepared for the extractors: normalised fields joined into one spaCy text.

The title and the body go through the model as one text (title, blank line, body) so that NER
sees the headline's context and a batch holds one item per article. :meth:`ArticleText.locate`
turns a span of that joined text back into ``(field, start, end)`` of the original field.
"""

from dataclasses import dataclass, field

from spacy.tokens import Doc

from service.enrich.text import NormalisedText, normalise
from service.schema.article import Article
from service.schema.events import Span, TextField

FIELD_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class ArticleText:
    """The model's view of an article: normalised title and body, joined."""

    article: Article
    title: NormalisedText
    body: NormalisedText
    text: str
    body_offset: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "body_offset", len(self.title.text) + len(FIELD_SEPARATOR) if self.title.text else 0
        )

    @classmethod
    def of(cls, article: Article) -> "ArticleText":
        """Normalise and join the article's title and body."""
        title, body = normalise(article.title), normalise(article.body)
        text = f"{title.text}{FIELD_SEPARATOR}{body.text}" if title.text else body.text
        return cls(article=article, title=title, body=body, text=text)

    def locate(self, start: int, end: int) -> tuple[TextField, int, int] | None:
        """Original ``(field, start, end)`` of joined-text ``[start, end)``; None if it straddles fields."""
        if self.title.text and end <= len(self.title.text):
            return ("title", *self.title.original_span(start, end))
        if start >= self.body_offset:
            return ("body", *self.body.original_span(start - self.body_offset, end - self.body_offset))
        return None

    def span(self, start: int, end: int) -> Span | None:
        """A :class:`Span` with the original text for joined-text ``[start, end)``."""
        located = self.locate(start, end)
        if located is None:
            return None
        field_name, orig_start, orig_end = located
        source = self.article.title if field_name == "title" else self.article.body
        return Span(text=source[orig_start:orig_end], field=field_name, start=orig_start, end=orig_end)


@dataclass(frozen=True, slots=True)
class AnalysedArticle:
    """An article with its spaCy ``Doc`` over :attr:`ArticleText.text`."""

    source: ArticleText
    doc: Doc
