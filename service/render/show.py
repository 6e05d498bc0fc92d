"""The ``show`` command: events in, one HTML page out (a file, standard output, or a browser)."""

import os
import sys
import tempfile
import webbrowser
from collections.abc import Iterable
from pathlib import Path

from service.render.page import render_page
from service.render.source import Sourced, enrich_articles, read_events
from service.render.view import ArticleView, EventShapeError, article_view
from service.schema.errors import ArticleError, ErrorCode, ErrorStage


def show(
    paths: list[str], *, events: bool, out: str | None, open_page: bool
) -> list[tuple[str, ArticleError]]:
    """Write the page of ``paths`` to ``out`` (stdout when None, a temporary file with ``open_page``).

    Returns the inputs that could not be shown, with why. Raises
    :class:`~service.io.files.InputFileError` for a path that cannot be read at all.
    """
    views, rejected = collect_views(read_events(paths) if events else enrich_articles(paths))
    if out is None and open_page:
        handle, out = tempfile.mkstemp(prefix="article-enricher-", suffix=".html")
        os.close(handle)
    if out is None:
        sys.stdout.buffer.writelines(chunk.encode("utf-8", "replace") for chunk in render_page(views))
        sys.stdout.flush()
    else:
        with Path(out).open("w", encoding="utf-8", errors="replace") as page:
            page.writelines(render_page(views))
    if open_page and out is not None:
        print(f"article-enricher: wrote {out}", file=sys.stderr)
        webbrowser.open(Path(out).resolve().as_uri())
    return rejected


def collect_views(sourced: Iterable[Sourced]) -> tuple[list[ArticleView], list[tuple[str, ArticleError]]]:
    """The views of the good events (anchors ``a1``, ``a2``, ... in order) and the rejected inputs."""
    views: list[ArticleView] = []
    rejected: list[tuple[str, ArticleError]] = []
    for origin, data in sourced:
        if isinstance(data, ArticleError):
            rejected.append((origin, data))
            continue
        try:
            views.append(article_view(data, f"a{len(views) + 1}"))
        except EventShapeError as exc:
            rejected.append(
                (
                    origin,
                    ArticleError(code=ErrorCode.INVALID_ARTICLE, message=str(exc), stage=ErrorStage.DECODE),
                )
            )
    return views, rejected
