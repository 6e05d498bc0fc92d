"""Reading the shipped data files in ``service/data/``.

One rule for every tab-separated table: a line whose first character is ``#`` is a comment, a line
that is empty or only whitespace is skipped, every other line is a row of tab-separated fields.
"""

from collections.abc import Iterator
from importlib import resources


def data_text(name: str) -> str:
    """The UTF-8 text of ``service/data/<name>`` (``name`` may hold ``/``)."""
    return resources.files("service.data").joinpath(name).read_text(encoding="utf-8")


def data_rows(name: str) -> Iterator[list[str]]:
    """Tab-separated fields of each row of ``service/data/<name>`` (see the module docstring)."""
    return text_rows(data_text(name))


def text_rows(text: str) -> Iterator[list[str]]:
    """Tab-separated fields of each row of ``text``: comments and blank lines skipped."""
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")
