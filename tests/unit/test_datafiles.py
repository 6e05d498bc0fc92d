"""The one rule for rows and comments in the shipped data files."""

from importlib import resources

from service.enrich.datafiles import is_row, text_rows


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
