"""Text preparation: what the model reads, with offsets that lead back to the producer's fields.

- :mod:`.normalise`: offset-keeping normalisation (spaces, quotes, markup, zero-width characters);
- :mod:`.boilerplate`: credits, widgets, bylines, datelines and the repeated headline, blanked;
- :mod:`.headlines`: headline-cased stretches, where a capital letter says little;
- :mod:`.article`: :class:`~service.enrich.text.article.ArticleText` (the joined, normalised title
  and body) and :class:`~service.enrich.text.article.AnalysedArticle` (it plus the spaCy ``Doc``),
  the document every other capability reads;
- :mod:`.tables`: :class:`~service.enrich.text.tables.TextTables`, the shipped patterns.
"""

from service.enrich.text.article import ArticleText
from service.enrich.text.tables import TextTables
from service.schema.article import Article


def extract_text(article: Article, tables: TextTables) -> ArticleText:
    """The model's view of ``article``: normalised title and body, boilerplate blanked, joined."""
    return ArticleText.of(article, tables.boilerplate)
