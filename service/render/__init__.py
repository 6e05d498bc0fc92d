"""``article-enricher show``: an enriched article as one self-contained HTML page.

Why Jinja2 with autoescape and not the standard library: the article text is untrusted, and with
autoescape on, every value the template prints is escaped unless it is explicitly marked safe, so
forgetting to escape is not possible; with ``string``/``html.escape`` each of the page's many
interpolations would have to remember to. Here nothing built from an article or event is ever
marked safe: the highlighted text reaches the template as plain strings and element descriptions
(:mod:`service.render.spans`), and only two fixed strings of this package are (the inline script
and the character reference that keeps a carriage return in the text). Jinja2 is already installed
as a dependency of spaCy, so it adds no weight.

Modules: ``spans`` nests overlapping highlights over exact offsets; ``view`` turns one event
(a JSON mapping, so events of any 1.x schema render and unknown fields show up) into what the page
shows; ``page`` renders the page; ``source`` gets events from event files or by enriching articles.
"""
