"""An initial and a surname is a person: "K. Evans" in a scorecard, "J. Smith" in a byline."""

import re

#: One dotted initial (not a run of them: "A. G. Edwards" is a firm's style), then a surname.
#: What may not stand before the initial is checked after it, so that re can skip to capitals.
#: A word that starts sentences is no surname: "posted on X. His ..." is a sentence's end.
INITIAL_NAME = re.compile(
    r"[A-Z](?<![\w.][A-Z])(?<![A-Z]\. [A-Z])\. ?"
    r"(?!(?:His|Her|Its|Their|The|This|That|These|Those|He|She|It|They|We|But|And|In|On|At)\b)"
    r"[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*)?"
)


def is_initial_name(span: str) -> bool:
    """Whether ``span`` is exactly an initial and a surname."""
    return INITIAL_NAME.fullmatch(span) is not None


def initial_names(text: str) -> list[tuple[int, int]]:
    """Bounds of every initial-and-surname in ``text``."""
    return [m.span() for m in INITIAL_NAME.finditer(text)]
