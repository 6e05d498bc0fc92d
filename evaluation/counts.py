"""Hit, extra and miss counts of one metric, printed as the official scorer prints its rows."""

from dataclasses import dataclass


@dataclass
class Counts:
    """True positives, false positives and false negatives of one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def row(self, name: str) -> str:
        """One printed line: P, R, F1 and the counts."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<24} {p:7.4f} {r:7.4f} {f1:7.4f} {self.tp:5d} {self.fp:5d} {self.fn:5d}"
