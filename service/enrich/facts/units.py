"""Units of measure: surface words, normalised names, dimensions and canonical values.

The conversions were computed once with pint (``tools/build_units.py``); the service reads the
generated table and never imports pint (its import and registry cost about 1.3 s).
"""

from dataclasses import dataclass
from importlib.resources import files

from service.schema.events import Dimension

#: Unit names that make a PERCENT fact.
PERCENT_UNITS = frozenset({"percent", "percentage point"})
#: Units of time: a number with one of these is a duration (or an age).
TIME_UNITS = frozenset(
    {"second", "millisecond", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
     "century"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """A unit's dimension and how to reach its dimension's canonical unit."""

    dimension: Dimension
    canonical_unit: str
    factor: float
    offset: float

    def canonical(self, value: float) -> float:
        """``value`` expressed in :attr:`canonical_unit`."""
        return value * self.factor + self.offset


def load_conversions() -> dict[str, UnitInfo]:
    """The generated ``unit_conversions.tsv``, keyed by unit name."""
    text = files("service").joinpath("data", "facts", "unit_conversions.tsv").read_text(encoding="utf-8")
    table: dict[str, UnitInfo] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, dimension, canonical, factor, offset = line.split("\t")
        table[name] = UnitInfo(Dimension(dimension), canonical, float(factor), float(offset))
    return table
