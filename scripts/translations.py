"""Keep the Qt translations in step with the code.

    python scripts/translations.py update    # pyside6-lupdate: refresh resources/translations/*.ts
    python scripts/translations.py release   # pyside6-lrelease: build the .qm files the app loads
    python scripts/translations.py missing   # list source strings without a German translation

lupdate only understands ``self.tr("...")`` and ``translate("Context", "...")`` with literals. Modules
such as ui/messages.py and ui/labels.py route literals through a small wrapper
(``def tr(text): return QCoreApplication.translate("Messages", text)``); lupdate files calls to a
wrapper named ``tr`` under an empty context (which nothing looks up at run time) and misses other
names entirely. ``update`` therefore also finds such wrappers and files their literals under the
wrapper's context, keeping the translations they already had.
"""

from __future__ import annotations

import ast
import copy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "clinic_ambassadors" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGS = ["de"]


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install the project with its dependencies first.")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in UI.rglob("*.py"))


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def f(text): return X.translate("Ctx", text)`` -> {"f": "Ctx"}."""
    found = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1 and node.body):
            continue
        ret = node.body[-1]
        call = ret.value if isinstance(ret, ast.Return) else None
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate" and len(call.args) >= 2
                and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == node.args.args[0].arg):
            found[node.name] = call.args[0].value
    return found


def wrapper_messages(files: list[str] | None = None) -> dict[str, list[str]]:
    """Literals passed to translate-wrappers, by context, in source order."""
    out: dict[str, list[str]] = {}
    for file in files or sources():
        tree = ast.parse(Path(file).read_text(encoding="utf-8"))
        names = _wrappers(tree)
        if not names:
            continue
        calls = sorted((node.lineno, node.col_offset, names[node.func.id], node.args[0].value)
                       for node in ast.walk(tree)
                       if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                       and node.func.id in names and node.args
                       and isinstance(node.args[0], ast.Constant)
                       and isinstance(node.args[0].value, str))
        for _line, _col, context, text in calls:
            texts = out.setdefault(context, [])
            if text not in texts:
                texts.append(text)
    return out


def _translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    if not ts.exists():
        return {}
    return {(c.findtext("name", ""), m.findtext("source", "")): m.find("translation")
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")
            if m.find("translation") is not None}


def _add_wrapper_messages(ts: Path, old: dict[tuple[str, str], ET.Element]) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    wrapped = wrapper_messages()
    all_wrapped = {t for texts in wrapped.values() for t in texts}
    for context in list(root.iter("context")):
        if context.findtext("name", "") == "":
            for message in list(context.iter("message")):
                if message.findtext("source", "") in all_wrapped:
                    context.remove(message)
            if context.find("message") is None:
                root.remove(context)
    contexts = {c.findtext("name", ""): c for c in root.iter("context")}
    for name, texts in sorted(wrapped.items()):
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        have = {m.findtext("source", "") for m in context.iter("message")}
        for text in texts:
            if text in have:
                continue
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            previous = old.get((name, text))  # Elements without children are falsy: no `or`
            if previous is None:
                previous = old.get(("", text))
            if previous is not None and previous.get("type") not in ("vanished", "obsolete"):
                message.append(copy.deepcopy(previous))
            else:
                ET.SubElement(message, "translation", type="unfinished")
    _carry_over_from_empty_context(root, old)
    root[:] = sorted(root, key=lambda c: c.findtext("name", ""))
    write_ts(root, ts)


def _carry_over_from_empty_context(root: ET.Element, old: dict[tuple[str, str], ET.Element]) -> None:
    """A string moved out of the empty context (e.g. to ``translate("Ctx", ...)``) keeps its German."""
    for context in root.iter("context"):
        if context.findtext("name", "") == "":
            continue
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            previous = old.get(("", message.findtext("source", "")))
            if previous is None or previous.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            # lupdate may already have guessed the same text, still marked unfinished.
            if not (tr.text or "").strip() and not len(tr) or tr.text == previous.text:
                message.remove(tr)
                message.append(copy.deepcopy(previous))


def write_ts(root: ET.Element, ts: Path) -> None:
    """Write a .ts the way lupdate does (declaration, DOCTYPE, 4-space indent)."""
    for element in root.iter():
        if len(element) == 0 and element.text is None and element.tag == "translation":
            element.text = ""
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    root.text = "\n"
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def update(ts_file: Path | None = None, lang: str = "de") -> Path:
    ts = ts_file or TS_DIR / f"clinic_ambassadors_{lang}.ts"
    ts.parent.mkdir(parents=True, exist_ok=True)
    old = _translations(ts)
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", lang, "-ts", str(ts)], check=True, capture_output=True)
    _add_wrapper_messages(ts, old)
    return ts


def release() -> None:
    """Build each .qm beside its .ts, written to a temporary file and renamed into place:
    a running app reads the .qm from disk and must never see it half written."""
    for lang in LANGS:
        ts = TS_DIR / f"clinic_ambassadors_{lang}.ts"
        qm = ts.with_suffix(".qm")
        tmp = qm.with_suffix(".qm.tmp")
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(tmp)],
                       check=True, capture_output=True)
        tmp.replace(qm)


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) pairs with no finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            tr = message.find("translation")
            forms = [] if tr is None else ([tr.text or ""] + [n.text or "" for n in tr.iter("numerusform")])
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            if not done or not any(f.strip() for f in forms):
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        print(update())
    elif command == "release":
        release()
    elif command == "missing":
        for lang in LANGS:
            for ctx, src in untranslated(TS_DIR / f"clinic_ambassadors_{lang}.ts"):
                print(f"{lang}\t{ctx}\t{src}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
