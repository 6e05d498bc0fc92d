"""Overlapping highlights over a text, nested into well-formed elements at exact offsets.

Spans in an event overlap freely: a fact contains an entity mention, a boilerplate line holds a
mention, a fact can cross a mention's edge. Markup must nest, so a highlight that crosses the end
of an enclosing one is closed there and opened again right after (it becomes two pieces that carry
the same description). Offsets are Python code points, as in the event, and the text between
boundaries is passed on unchanged: escaping is the template's job.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

#: ``b`` boilerplate, ``m`` entity mention, ``f`` fact. Spans starting together open in this
#: order (when they also end together): greyed lines outermost, facts innermost.
HighlightKind = Literal["b", "m", "f"]
_LAYER: dict[HighlightKind, int] = {"b": 0, "m": 1, "f": 2}


@dataclass(frozen=True, slots=True)
class Highlight:
    """One span to mark: ``text[start:end]``, and what the page says about it.

    ``ref`` is the entity id of a mention, or the fact's number; ``label`` the entity type;
    ``tip`` a one-line description shown on hover.
    """

    kind: HighlightKind
    start: int
    end: int
    ref: str = ""
    label: str = ""
    tip: str = ""


@dataclass(frozen=True, slots=True)
class Token:
    """A run of plain ``text``, the opening of a highlight piece (``opens``), or a closing (neither)."""

    text: str | None = None
    opens: Highlight | None = None


CLOSE = Token()


def interleave(text: str, highlights: Iterable[Highlight]) -> list[Token]:
    """``text`` as plain runs and properly nested open/close tokens; empty or out-of-range spans are skipped.

    Joining the plain runs gives back ``text`` exactly; the runs inside a highlight's pieces join to
    ``text[start:end]``.
    """
    ordered = sorted(
        (h for h in highlights if 0 <= h.start < h.end <= len(text)),
        key=lambda h: (h.start, -h.end, _LAYER[h.kind]),
    )
    boundaries = sorted({0, len(text)} | {h.start for h in ordered} | {h.end for h in ordered})
    tokens: list[Token] = []
    stack: list[Highlight] = []
    waiting = iter(ordered)
    upcoming = next(waiting, None)
    position = 0
    for point in boundaries:
        if point > position:
            tokens.append(Token(text=text[position:point]))
            position = point
        ending = next((depth for depth, h in enumerate(stack) if h.end == point), None)
        if ending is not None:
            carried = sorted((h for h in stack[ending:] if h.end != point), key=lambda h: -h.end)
            tokens.extend(CLOSE for _ in stack[ending:])
            del stack[ending:]
            for highlight in carried:
                stack.append(highlight)
                tokens.append(Token(opens=highlight))
        while upcoming is not None and upcoming.start == point:
            stack.append(upcoming)
            tokens.append(Token(opens=upcoming))
            upcoming = next(waiting, None)
    return tokens
