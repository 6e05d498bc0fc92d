"""``python -m evaluation``: targets and missing data (the scoring itself: tests/pipeline)."""

from pathlib import Path

import pytest

from evaluation.cli import expand_targets, main
from evaluation.dev import DevSet, missing_files


def test_all_is_the_three_dev_groups_and_own_is_the_three_own_sets() -> None:
    assert expand_targets(["all"]) == ["geo", "ner", "quantities"]
    assert expand_targets(["own", "geo", "facts"]) == ["geo", "entities", "facts", "regions"]


def test_an_unknown_target_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["geography"])
    assert exit_info.value.code == 2


def test_missing_dev_files_are_named_before_any_model_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ner", "--dev", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "score.py" in err
    assert "conll2003dev_inputs.jsonl" in err
    assert missing_files(tmp_path, [DevSet("geo", "lgl")]) == [
        tmp_path / "score.py",
        tmp_path / "geo" / "lgl_inputs.jsonl",
        tmp_path / "geo" / "lgl_gold.jsonl",
    ]
