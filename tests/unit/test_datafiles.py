"""The one rule for rows and comments in the shipped data files."""

from importlib import resources

from service.enrich.datafiles import is_row, text_rows
from service.enrich.entities.words import EntityWords
from service.enrich.facts.tables import FactTables
from service.enrich.shared_words import SharedWords


def test_comments_and_blank_lines_are_skipped_and_fields_kept_as_written() -> None:
    text = "# a comment\n#\n\n   \nkind\tword \t\n\\#\tnumber sign\n#no space is a comment too\n"
    assert list(text_rows(text)) == [["kind", "word ", ""], ["#", "number sign"]]


def test_no_shipped_row_starts_with_a_backslash_it_does_not_mean() -> None:
    """A leading backslash only escapes "#": anything else would be read as data by mistake."""
    data = resources.files("service.data")
    files = [f for f in data.iterdir() if f.name.endswith((".tsv", ".txt"))]
    files += [f for f in data.joinpath("facts").iterdir() if f.name.endswith((".tsv", ".txt"))]
    assert len(files) >= 12
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            if is_row(line) and line.startswith("\\"):
                assert line.startswith("\\#"), (file.name, line)


def test_months_come_from_the_one_shared_list() -> None:
    """The months live in words.tsv only; entities and facts read the list they are given."""
    shared = SharedWords.load()
    invented = SharedWords(**{**_fields(shared), "months": frozenset({"Brumaire"})})
    words, facts = EntityWords.load(invented), FactTables.load(invented)
    assert "Brumaire" in words.stop and "November" not in words.stop
    assert "brumaire" in facts.months and "november" not in facts.months
    facts = FactTables.load(shared)
    assert shared.months <= EntityWords.load(shared).stop
    assert "november" in facts.months and "nov." in facts.months
    assert "may" not in facts.months  # "400 may have died": also a word


def _fields(shared: SharedWords) -> dict[str, frozenset[str]]:
    return {name: getattr(shared, name) for name in SharedWords.__dataclass_fields__}
