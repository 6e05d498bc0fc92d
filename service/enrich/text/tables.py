"""The text step's shipped data: the boilerplate patterns."""

from dataclasses import dataclass

from service.enrich.text.boilerplate import BoilerplateRules


@dataclass(frozen=True, slots=True)
class TextTables:
    """Everything the text step reads from package files."""

    boilerplate: BoilerplateRules

    @classmethod
    def load(cls) -> "TextTables":
        """Load the shipped tables (once per process)."""
        return cls(boilerplate=BoilerplateRules.load())
