"""Text hygiene for the model, with offsets that stay true to the original field.

Real articles carry non-breaking spaces, curly quotes, zero-width characters and stray markup.
The model sees a normalised copy; :class:`NormalisedText` maps every normalised offset back to
the original string, so mentions are always reported against what the producer sent.
"""

import html
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"
)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SINGLE_CHAR_MAP = {
    **dict.fromkeys(_SPACES, " "),
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
}
_CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\n\t\r\v\f")

_CHARS = f"{re.escape(''.join(_SINGLE_CHAR_MAP))}{re.escape(_ZERO_WIDTH)}{re.escape(_CONTROL)}"
#: The pattern opens with one class of every first character ("<", "&" and the characters to map),
#: so that re skips to them; the branch after it is chosen by that character (the three never share
#: one). Written as an alternation of the three, re would try it at every character.
_CHANGES = re.compile(
    rf"[<&{_CHARS}]"
    r"(?:(?<=<)(?:!--.*?-->|/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>)"  # HTML comments, tags
    r"|(?<=&)(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});"  # character references
    rf"|(?<=[{_CHARS}]))",  # a character to map or drop
    re.DOTALL,
)


def _replacement(token: str) -> str:
    if len(token) == 1:
        if token in _ZERO_WIDTH:
            return ""
        return _SINGLE_CHAR_MAP.get(token, " ")
    if token.startswith("&"):
        decoded = html.unescape(token)
        if decoded == token or len(decoded) != 1:
            return token
        return _SINGLE_CHAR_MAP.get(decoded, "" if decoded in _ZERO_WIDTH else decoded)
    return " "  # markup becomes one space so words on either side stay apart


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A normalised string and the way back to the original.

    ``breaks`` holds ``(normalised_start, original_start, is_replacement)`` for each segment, in order.
    """

    original: str
    text: str
    breaks: tuple[tuple[int, int, bool], ...]

    def original_offset(self, index: int) -> int:
        """Original offset of normalised offset ``index`` (start side)."""
        if not self.breaks:
            return index
        seg = bisect_right(self.breaks, (index, len(self.original) + 1, True)) - 1
        norm_start, orig_start, replaced = self.breaks[seg]
        return orig_start if replaced else orig_start + (index - norm_start)

    def blanked(self, spans: Iterable[tuple[int, int]]) -> "NormalisedText":
        """A copy with ``spans`` of ``text`` blanked, so that offsets stay the same.

        A blank is spaces ending in a line break: NER then reads what follows as a fresh start, as
        it would without the boilerplate (a long run of bare spaces makes it miss the next name).
        """
        chars = list(self.text)
        for start, end in spans:
            stop = min(end, len(chars))
            for index in range(max(start, 0), stop):
                chars[index] = "\n" if chars[index] == "\n" or index == stop - 1 else " "
        return NormalisedText(self.original, "".join(chars), self.breaks)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised ``[start, end)``, covering whole replacements."""
        if not self.breaks:
            return start, end
        orig_start = self.original_offset(start)
        if end <= start:
            return orig_start, orig_start
        last = end - 1
        seg = bisect_right(self.breaks, (last, len(self.original) + 1, True)) - 1
        norm_start, seg_orig, replaced = self.breaks[seg]
        if replaced:
            following = self.breaks[seg + 1][1] if seg + 1 < len(self.breaks) else len(self.original)
            return orig_start, following
        return orig_start, seg_orig + (last - norm_start) + 1


def normalise(original: str) -> NormalisedText:
    """Normalise ``original`` for NER; identity (no breaks) when nothing needs changing."""
    pieces: list[str] = []
    breaks: list[tuple[int, int, bool]] = []
    norm_pos = 0
    orig_pos = 0
    for match in _CHANGES.finditer(original):
        token = match.group()
        replacement = _replacement(token)
        if replacement == token:
            continue
        start = match.start()
        if start > orig_pos:
            breaks.append((norm_pos, orig_pos, False))
            pieces.append(original[orig_pos:start])
            norm_pos += start - orig_pos
        if replacement:
            breaks.append((norm_pos, start, True))
            pieces.append(replacement)
            norm_pos += len(replacement)
        orig_pos = match.end()
    if orig_pos == 0:  # nothing changed (a change always moves orig_pos past it)
        return NormalisedText(original, original, ())
    if orig_pos < len(original):
        breaks.append((norm_pos, orig_pos, False))
        pieces.append(original[orig_pos:])
    return NormalisedText(original, "".join(pieces), tuple(breaks))
