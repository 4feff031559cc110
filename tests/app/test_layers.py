"""The screens never write SQL: they ask the services (the import-linter contracts in
pyproject.toml hold the layers; this holds what they cannot see inside a package)."""

from __future__ import annotations

import ast
from pathlib import Path

import coalition.ui

# What a screen may take from SQLAlchemy: a session to pass to a service, the error a
# failed transaction raises (to say it), and the parser of a database address.
ALLOWED = {
    "sqlalchemy.orm": {"Session"},
    "sqlalchemy.exc": {"SQLAlchemyError"},
    "sqlalchemy.engine": {"make_url"},
}


def _sqlalchemy_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [
                f"import {a.name}" for a in node.names if a.name.split(".")[0] == "sqlalchemy"
            ]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
            allowed = ALLOWED.get(node.module or "", set())
            found += [
                f"from {node.module} import {a.name}" for a in node.names if a.name not in allowed
            ]
    return found


def test_no_screen_builds_a_query() -> None:
    root = Path(coalition.ui.__file__).parent
    offenders = {
        str(path.relative_to(root)): imports
        for path in sorted(root.rglob("*.py"))
        if (imports := _sqlalchemy_imports(path))
    }
    assert offenders == {}


def test_the_check_would_see_a_screen_that_builds_a_query(tmp_path: Path) -> None:
    screen = tmp_path / "screen.py"
    screen.write_text("from sqlalchemy import select\nfrom sqlalchemy.orm import Session\n")
    assert _sqlalchemy_imports(screen) == ["from sqlalchemy import select"]
