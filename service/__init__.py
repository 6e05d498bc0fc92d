"""article-enricher: news articles in, entity/fact/region events out."""

__version__ = "0.1.0"
