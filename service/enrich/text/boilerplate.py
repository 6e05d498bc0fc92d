"""News boilerplate: the text around the story that NER should not read.

Credits ("Image source: AP"), share and comment widgets ("Source link", "Leave a comment"), bylines
and datelines come from the patterns in ``service/data/boilerplate.tsv``; the headline repeated as
the first body line is found by comparing it with the title. Names inside a credit, byline or
dateline are still reported as mentions (:attr:`Boilerplate.names`), typed by the pattern; the
people named in a wire's credit clauses ("Reporting by ...; Editing by ...") are found inside
them, and so are the places where they sat ("in Lima"): names all the same, which the regions
step leaves out (:data:`CREDIT_KIND` spans), since where a reporter sat is not what a story is about.

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
#: Named-group prefix of a wire's credit clauses, whose people's names are found inside.
CREDITS = "credits"
#: A person's name in credit clauses: two to four capitalised words (name particles between them)
#: after "by", "from", a comma, "and" or "&", before " in <place>", " at <address>", punctuation,
#: "and" or the end. A place after "in" is :data:`_CREDIT_PLACE`'s; a lone word ("Bengaluru
#: newsroom") is left out.
_CREDIT_NAME = re.compile(
    r"(?:(?<=\bby )|(?<=\bfrom )|(?<=, )|(?<=\band )|(?<=& )|^)"
    r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|da|del|der|van|von|bin|al|ap|le|la)){1,3}"
    r"(?= in | at |[,;.)&]| and |$)"
)
#: A place after "in" in credit clauses: where a reporter sat ("Reporting by Ann Lee in Oslo").
_CREDIT_PLACE = re.compile(r"(?<= in )[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?=[,;.)&]| and |$)")
#: The boilerplate kind of bylines and credit lines, whose places the regions step does not count.
CREDIT_KIND = "byline"
HEADLINE_REPEAT = "headline"


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


#: A name ending in an initial ("Ann B."), whose period is its own.
_INITIAL_END = re.compile(r"(?:^|[ .])[A-Z]\.$")


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
        if not value:
            continue
        kind = group.rstrip("0123456789")
        if kind == CREDITS:
            at = match.start(group)
            names += [(at + m.start(), at + _name_end(m), "PERSON") for m in _CREDIT_NAME.finditer(value)]
            names += [(at + m.start(), at + _name_end(m), "GPE") for m in _CREDIT_PLACE.finditer(value)]
        else:
            names.append((match.start(group), match.end(group), GROUP_LABELS[kind]))
    return tuple(sorted(names))


def _name_end(match: re.Match[str]) -> int:
    """Where a credited name ends: a sentence's period after it is not part of it ("Ann Lee.")."""
    name = match.group()
    full_stop = name.endswith(".") and not _INITIAL_END.search(name)
    return match.end() - 1 if full_stop else match.end()


def _without_overlaps(found: Iterable[Boilerplate]) -> list[Boilerplate]:
    kept: list[Boilerplate] = []
    for item in sorted(found, key=lambda b: (b.start, -b.end)):
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept
