"""Render article views into one self-contained HTML page: inline CSS and script, no network.

Escaping: every value the template prints goes through :func:`exact_text` (the environment's
``finalize``): Jinja2's own escaping (``& < > " '``, right in text and in quoted attributes alike),
and a carriage return written as ``&#13;``, since a raw CR (or CRLF) would be turned into LF by every
HTML parser and the page's text would no longer be the article's text. The highlighted text is the
one place markup is built in Python (:func:`marked_up`, the template's ``marked`` filter): one
template call per text run made a 1,000-article page five times slower; it escapes every text run
and attribute value with the same :func:`exact_text`. The text sits in a ``div`` with
``white-space: pre-wrap`` (not a ``pre``, whose parser drops a leading newline). A Content Security
Policy allows only this page's own script (by hash) and inline styles, and no network at all.
"""

import base64
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from service.render.spans import Highlight, Token
from service.render.view import ArticleView

_CARRIAGE_RETURN = Markup("&#13;")


def exact_text(text: str) -> Markup:
    """``text`` escaped so that an HTML parser reads back exactly ``text`` (CR included)."""
    escaped = escape(text)
    return escaped.replace("\r", _CARRIAGE_RETURN) if "\r" in text else escaped


def marked_up(tokens: Iterable[Token]) -> Markup:
    """Highlighted text as ``span`` elements: ``m`` mention, ``f`` fact, ``b`` boilerplate."""
    parts: list[str] = []
    for token in tokens:
        if token.text is not None:
            parts.append(exact_text(token.text))
        elif token.opens is None:
            parts.append("</span>")
        else:
            parts.append(_opening(token.opens))
    return Markup("".join(parts))  # noqa: S704 - every text run and attribute value is escaped above


def _opening(highlight: Highlight) -> str:
    offset = f'data-o="{highlight.start}"'
    if highlight.kind == "m":
        entity, label = exact_text(highlight.ref), exact_text(highlight.label)
        return f'<span class="m" data-e="{entity}" data-t="{label}" {offset} tabindex="0">'
    tip = exact_text(highlight.tip)
    if highlight.kind == "f":
        return f'<span class="f" data-f="{exact_text(highlight.ref)}" {offset} title="{tip}" tabindex="0">'
    return f'<span class="b" {offset} title="{tip}">'


def render_page(articles: Sequence[ArticleView]) -> Iterator[str]:
    """The page for ``articles`` (an index at the top when there is more than one), in chunks."""
    script = _script()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    if len(articles) == 1:
        page_title = articles[0].title or articles[0].id
    else:
        page_title = f"{len(articles)} enriched articles"
    template = _environment().get_template("page.html.j2")
    stream = template.stream(
        articles=articles,
        page_title=page_title,
        types=sorted({t for article in articles for t in article.types}),
        script=Markup(script),  # noqa: S704 - this package's own fixed script, never article data
        script_hash=f"sha256-{digest}",
    )
    stream.enable_buffering(size=64)
    return iter(stream)


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("service.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    environment.filters["marked"] = marked_up
    return environment


def _finalize(value: object) -> object:
    """Escape strings holding a CR here (autoescape then leaves the markup alone); the rest as usual."""
    if isinstance(value, str) and "\r" in value and not isinstance(value, Markup):
        return exact_text(value)
    return value


@cache
def _script() -> str:
    script = files("service.render").joinpath("templates", "page.js").read_text(encoding="utf-8")
    if "</" in script or "<!--" in script:
        raise ValueError("page.js must not contain '</' or '<!--': it is inlined in a <script> element")
    return script
