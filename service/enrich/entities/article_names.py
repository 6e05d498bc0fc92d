"""What one article's names allow, worked out once and shared by the mention and grouping steps.

The acronym an article defines right after a name ("Zambezi River Authority (ZRA)") and the short
forms a full name allows later (a surname, a team's short name) are asked for by the mention step
(to find more mentions) and again by grouping (to join them): each answer is computed once here.
"""

from dataclasses import dataclass, field

from service.enrich.entities.acronyms import defined_after
from service.enrich.entities.short_forms import short_forms
from service.enrich.entities.words import EntityWords


@dataclass(slots=True)
class ArticleNames:
    """Acronym definitions and short forms in one article's raw joined text, each worked out once."""

    raw: str
    words: EntityWords
    _acronyms: dict[tuple[int, str], tuple[int, int] | None] = field(default_factory=dict)
    _short_forms: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def acronym_after(self, end: int, name: str) -> tuple[int, int] | None:
        """Bounds of the acronym defined in parentheses right after ``name`` (ending at ``end``)."""
        key = (end, name)
        if key not in self._acronyms:
            self._acronyms[key] = defined_after(self.raw, end, name)
        return self._acronyms[key]

    def short_forms(self, form: str, label: str) -> list[str]:
        """The later short mentions the full name ``form`` of type ``label`` allows (do not modify)."""
        key = (form, label)
        if key not in self._short_forms:
            self._short_forms[key] = short_forms(form, label, self.words)
        return self._short_forms[key]
