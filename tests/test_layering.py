"""core/, storage/ and services/ must not depend on Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "clinic_ambassadors"
QT_FREE = ("core", "storage", "services")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_imports_in_qt_free_layers():
    offenders = [
        str(p.relative_to(PACKAGE))
        for layer in QT_FREE
        for p in (PACKAGE / layer).rglob("*.py")
        if {"PySide6", "shiboken6"} & _imports(p)
    ]
    assert offenders == []


def test_importing_qt_free_layers_loads_no_qt():
    modules = [
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in QT_FREE
        for p in sorted((PACKAGE / layer).rglob("*.py"))
        if p.name != "__init__.py" or p.parent.name in QT_FREE
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
