r"""Reading the shipped data files in ``service/data/``: one rule for what a row and a comment are.

- A line that starts with ``#`` is a comment; a line that is empty or only whitespace is skipped.
- Every other line is a row of tab-separated fields, taken as written (no stripping).
- A row whose first field must start with ``#`` (the "number sign" of ``# 5``) is written with a
  backslash before it, ``\#``; the backslash is dropped.

Each capability's ``Tables.load()`` reads its files through :func:`data_rows`; nothing else in the
enrichment package opens a file.
"""

from collections.abc import Iterator
from importlib import resources

COMMENT = "#"
ESCAPED_COMMENT = "\\#"
#: The word lists more than one capability uses (the months), kept once.
SHARED_WORDS = "words.tsv"


def data_bytes(name: str) -> bytes:
    """The bytes of ``service/data/<name>`` (``name`` may hold ``/``)."""
    return resources.files("service.data").joinpath(name).read_bytes()


def data_text(name: str) -> str:
    """The text of the UTF-8 file ``service/data/<name>``."""
    return data_bytes(name).decode("utf-8")


def data_rows(name: str) -> Iterator[list[str]]:
    """Tab-separated fields of each row of the UTF-8 file ``service/data/<name>``."""
    return text_rows(data_text(name))


def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The ``kind<TAB>word`` rows of ``service/data/<name>``, as the words of each kind."""
    kinds: dict[str, set[str]] = {}
    for kind, word in data_rows(name):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def text_rows(text: str) -> Iterator[list[str]]:
    """Tab-separated fields of each row of ``text`` (see the module docstring)."""
    for line in text.splitlines():
        if is_row(line):
            yield unescaped(line).split("\t")


def is_row(line: str) -> bool:
    """Whether ``line`` is a row: neither blank nor a comment."""
    return bool(line.strip()) and not line.startswith(COMMENT)


def unescaped(line: str) -> str:
    r"""A row line without the backslash of a leading ``\#``."""
    return line[1:] if line.startswith(ESCAPED_COMMENT) else line
