"""Render article views into one self-contained HTML page: inline CSS and script, no network.

Escaping: every value the template prints goes through :func:`exact_text` (the environment's
``finalize``): Jinja2's own escaping (``& < > " '``, right in text and in quoted attributes alike),
and a carriage return written as ``&#13;``, since a raw CR (or CRLF) would be turned into LF by every
HTML parser and the page's text would no longer be the article's text. The text sits in a ``div`` with
``white-space: pre-wrap`` (not a ``pre``, whose parser drops a leading newline). A Content Security
Policy allows only this page's own script (by hash) and inline styles, and no network at all.
"""

import base64
import hashlib
from collections.abc import Iterator, Sequence
from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from service.render.view import ArticleView

_CARRIAGE_RETURN = Markup("&#13;")


def exact_text(text: str) -> Markup:
    """``text`` escaped so that an HTML parser reads back exactly ``text`` (CR included)."""
    escaped = escape(text)
    return escaped.replace("\r", _CARRIAGE_RETURN) if "\r" in text else escaped


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
    return Environment(
        loader=PackageLoader("service.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )


def _finalize(value: object) -> object:
    """Escape strings here, before autoescape, so that a CR is kept; leave markup and numbers alone."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return exact_text(value)
    return value


@cache
def _script() -> str:
    script = files("service.render").joinpath("templates", "page.js").read_text(encoding="utf-8")
    if "</" in script or "<!--" in script:
        raise ValueError("page.js must not contain '</' or '<!--': it is inlined in a <script> element")
    return script
