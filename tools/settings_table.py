"""Write the README's settings table from :class:`service.settings.Settings`.

    .venv/bin/python -m tools.settings_table           # rewrite the table in README.md
    .venv/bin/python -m tools.settings_table --check   # exit 1 if README.md is out of date

The table sits between the two marker comments below; ``tests/unit/test_readme_settings.py`` fails
when it differs from what this prints, so a changed setting is a changed README.
"""

import argparse
import sys
import typing
from pathlib import Path
from typing import Any

from pydantic import AliasChoices, SecretStr
from pydantic.fields import FieldInfo

from service.settings import Settings

README = Path(__file__).resolve().parent.parent / "README.md"
START = "<!-- settings-table:start (python -m tools.settings_table) -->"
END = "<!-- settings-table:end -->"


def variables(name: str, field: FieldInfo) -> list[str]:
    """The environment variables a field is read from."""
    alias = field.validation_alias
    if isinstance(alias, AliasChoices):
        return [c for c in alias.choices if isinstance(c, str) and c.isupper()]
    prefix = str(Settings.model_config.get("env_prefix", ""))
    return [f"{prefix}{name}".upper()]


def default(field: FieldInfo) -> str:
    """The default as an operator would write it in the environment."""
    if field.default_factory is not None:
        doc = (field.default_factory.__doc__ or "computed").split(":")[0].strip()
        return doc.replace("``", "`")
    value: Any = field.default
    if isinstance(value, SecretStr):  # a default is documentation, not a secret
        value = value.get_secret_value()
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if value == "":
        return "empty"
    return f"`{value}`"


def meaning(field: FieldInfo) -> str:
    """The field's description, plus the allowed values of a ``Literal``."""
    text = (field.description or "").strip()
    if typing.get_origin(field.annotation) is typing.Literal:
        allowed = ", ".join(f"`{v}`" if v != "" else "empty" for v in typing.get_args(field.annotation))
        text = f"{text} One of {allowed}.".strip()
    return text.replace("|", "\\|")


def render() -> str:
    """The Markdown table, one row per setting, in the order ``Settings`` declares them."""
    rows = ["| variable | default | meaning |", "| --- | --- | --- |"]
    for name, field in Settings.model_fields.items():
        names = ", ".join(f"`{v}`" for v in variables(name, field))
        rows.append(f"| {names} | {default(field)} | {meaning(field)} |")
    return "\n".join(rows)


def with_table(readme: str) -> str:
    """``readme`` with the text between the markers replaced by :func:`render`."""
    before, start, rest = readme.partition(START)
    _, end, after = rest.partition(END)
    if not start or not end:
        raise ValueError(f"README.md has no {START} ... {END} block")
    return f"{before}{START}\n{render()}\n{END}{after}"


def main(argv: list[str] | None = None) -> int:
    """Rewrite the table, or with ``--check`` only report whether it is current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if README.md is out of date")
    args = parser.parse_args(argv)
    current = README.read_text(encoding="utf-8")
    wanted = with_table(current)
    if args.check:
        if wanted != current:
            print("README.md settings table is stale: run python -m tools.settings_table", file=sys.stderr)
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
