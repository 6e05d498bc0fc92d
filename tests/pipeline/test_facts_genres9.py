"""Kinds the eighth unseen set showed (local news, courts, sports agate, business briefs, wire
copy): the wire scale "bln", ...

The sentences are invented for these tests in the style of local papers and wire copy and run the
real model.
"""

import pytest

from pipeline.conftest import FactsOf, only


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Machine tool orders rose 2.1 pct to Y=640.5 bln in May, the ministry said.", 640_500_000_000),
        ("Some 8.7 bln shares changed hands on the exchange on Thursday.", 8_700_000_000),
        ("The utility will spend 1.3 bln euros on its grid next year.", 1_300_000_000),
    ],
)
def test_wire_scale_bln(facts_of: FactsOf, body: str, value: float) -> None:
    """Wire copy writes billions "bln", as it writes millions "mln"."""
    only(facts_of(body), value)
