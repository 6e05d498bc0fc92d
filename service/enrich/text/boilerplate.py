"""News boilerplate: the text around the story that NER should not read.

Credits ("Image source: AP"), share and comment widgets ("Source link", "Leave a comment"), bylines
and datelines come from the patterns in ``service/data/boilerplate.tsv``; the headline repeated as
the first body line is found by comparing it with the title. Names inside a credit, byline or
dateline are still reported as mentions (:attr:`Boilerplate.names`), typed by the pattern.

Why not a library: trafilatura, jusText and boilerpy3 remove boilerplate from an HTML page by its
markup and link density. The service receives plain title and body text and must keep character
offsets into those fields, which these libraries neither take nor return.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from service.enrich.datafiles import data_text, text_rows

#: Named-group prefix -> OntoNotes label of the name the group captures.
GROUP_LABELS = {"person": "PERSON", "org": "ORG", "place": "GPE"}
HEADLINE_REPEAT = "headline"
#: A group holding a wire's credit line ("Reporting by Ann Lee in Oslo and Bo Chan; Editing by Cy Roe"):
#: each person in it, and each place after "in", is a name (:func:`_credited`).
CREDITS = "credits"
_CREDITED = re.compile(
    r"(?:\bby |, |; | and | & )(?P<person>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}?)"
    r"(?: in (?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}?))?(?=[,;)]|\s*$| and | & )"
)


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """One boilerplate stretch of a normalised field, with the names it carries."""

    kind: str
    start: int
    end: int
    names: tuple[tuple[int, int, str], ...] = ()

    def shifted(self, offset: int) -> "Boilerplate":
        """The same stretch ``offset`` characters further on."""
        names = tuple((s + offset, e + offset, label) for s, e, label in self.names)
        return Boilerplate(self.kind, self.start + offset, self.end + offset, names)


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    """Compiled boilerplate patterns, as ``(kind, regex)``."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def load(cls) -> "BoilerplateRules":
        """Compile the shipped ``boilerplate.tsv``."""
        return cls.parse(data_text("boilerplate.tsv"))

    @classmethod
    def parse(cls, source: str) -> "BoilerplateRules":
        """Compile ``kind<TAB>regex`` rows (:mod:`service.enrich.datafiles` says what a row is)."""
        patterns = []
        for kind, *regex in text_rows(source):
            patterns.append((kind, re.compile("\t".join(regex), re.MULTILINE)))
        return cls(tuple(patterns))

    def find(self, text: str, title: str = "") -> list[Boilerplate]:
        """Boilerplate in body ``text``, in text order, overlaps merged into the earlier one."""
        found = [_headline_repeat(text, title)] if title.strip() else []
        for kind, pattern in self.patterns:
            for match in pattern.finditer(text):
                if match.end() > match.start():
                    found.append(Boilerplate(kind, match.start(), match.end(), _names(match)))
        return _without_overlaps(b for b in found if b is not None)


def _headline_repeat(text: str, title: str) -> Boilerplate | None:
    """The first non-blank body line when it repeats the title exactly (after outer whitespace)."""
    stripped = text.lstrip()
    start = len(text) - len(stripped)
    line = stripped.split("\n", 1)[0].rstrip()
    if line and line == title.strip():
        return Boilerplate(HEADLINE_REPEAT, start, start + len(line))
    return None


def _names(match: re.Match[str]) -> tuple[tuple[int, int, str], ...]:
    names = []
    for group, value in match.groupdict().items():
        if value and group == CREDITS:
            names += _credited(value, match.start(group))
        elif value:
            label = GROUP_LABELS[group.rstrip("0123456789")]
            names.append((match.start(group), match.end(group), label))
    return tuple(sorted(names))


def _credited(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The people and places of a credit line, at ``offset`` + their offsets in ``line``."""
    names = []
    for match in _CREDITED.finditer(line):
        names.append((offset + match.start("person"), offset + match.end("person"), "PERSON"))
        if match.group("place"):
            names.append((offset + match.start("place"), offset + match.end("place"), "GPE"))
    return names


def _without_overlaps(found: Iterable[Boilerplate]) -> list[Boilerplate]:
    kept: list[Boilerplate] = []
    for item in sorted(found, key=lambda b: (b.start, -b.end)):
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept
