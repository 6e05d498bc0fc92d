"""Nothing imports a name of the enrichment package through another module's re-export."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _defined(module: Path) -> set[str]:
    """Names a module defines itself (functions, classes, assignments), not the ones it imports."""
    names: set[str] = set()
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def test_enrich_names_are_imported_from_the_module_that_defines_them() -> None:
    sources = [
        p for d in ("service", "evaluation", "benchmarks", "tools", "tests") for p in (ROOT / d).rglob("*.py")
    ]
    wrong = []
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or node.module is None:
                continue
            if not node.module.startswith("service.enrich"):
                continue
            path = ROOT.joinpath(*node.module.split("."))
            module = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
            defined = _defined(module)
            for alias in node.names:
                submodule = (path / f"{alias.name}.py").exists() or (path / alias.name).is_dir()
                if alias.name not in defined and not submodule:
                    wrong.append(f"{source.relative_to(ROOT)}: {alias.name} from {node.module}")
    assert wrong == []
