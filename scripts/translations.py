"""Keep the Qt translations in step with the code.

    python scripts/translations.py update    # pyside6-lupdate: refresh resources/translations/*.ts
    python scripts/translations.py release   # pyside6-lrelease: build the .qm files the app loads
    python scripts/translations.py missing   # list source strings without a German translation
"""

from __future__ import annotations

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


def update(ts_file: Path | None = None, lang: str = "de") -> Path:
    ts = ts_file or TS_DIR / f"clinic_ambassadors_{lang}.ts"
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", lang, "-ts", str(ts)], check=True, capture_output=True)
    return ts


def release() -> None:
    for lang in LANGS:
        ts = TS_DIR / f"clinic_ambassadors_{lang}.ts"
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, capture_output=True)


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
