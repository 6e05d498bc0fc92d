"""Where the labelled data lives, relative to this checkout."""

from pathlib import Path

#: The repository checkout this package runs from.
REPO_ROOT = Path(__file__).resolve().parent.parent
#: The team's shared data beside the checkout (read in place, never copied into the project).
SHARED = REPO_ROOT.parent / "shared"
#: The dev sets with gold and the official scorer ``score.py``.
DEV_DIR = SHARED / "dev"
#: The team's example article with its gold (``.gold.json`` beside it).
EXAMPLE_ARTICLE = SHARED / "corpus" / "jalalabad-prison-break.txt"
#: The project's own labelled sets.
TEST_DATA = REPO_ROOT / "tests" / "data"
