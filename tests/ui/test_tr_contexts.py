"""PySide6's ``self.tr()`` looks strings up under the *runtime* class name, while lupdate
files them under the class that contains the call. A class that calls ``self.tr()`` and
is subclassed would show English in the German UI; such classes must use
``QCoreApplication.translate`` with a fixed context instead."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "clinic_ambassadors" / "ui"


def _calls_self_tr(node: ast.ClassDef) -> bool:
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
               and n.func.attr == "tr" and isinstance(n.func.value, ast.Name)
               and n.func.value.id == "self" for n in ast.walk(node))


def test_no_subclassed_class_calls_self_tr():
    uses_tr: dict[str, str] = {}
    subclasses: dict[str, list[str]] = defaultdict(list)
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            if _calls_self_tr(node):
                uses_tr[node.name] = path.name
            for base in node.bases:
                name = getattr(base, "id", None) or getattr(base, "attr", None)
                if name:
                    subclasses[name].append(node.name)
    offenders = {f"{uses_tr[c]}:{c}": subclasses[c] for c in uses_tr if subclasses.get(c)}
    assert offenders == {}


def test_every_tr_literal_reaches_the_translation_file():
    """lupdate misses some calls (e.g. a tr() inside an f-string); such text stays English."""
    import xml.etree.ElementTree as ET

    ts = UI.parents[1] / "resources" / "translations" / "clinic_ambassadors_de.ts"
    sources = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    missing = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr == "tr" and node.args:
                text = node.args[0]
            elif node.func.attr == "translate" and len(node.args) >= 2:
                text = node.args[1]
            else:
                continue
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                if text.value not in sources:
                    missing.append(f"{path.name}:{node.lineno}: {text.value[:60]}")
    assert missing == []
