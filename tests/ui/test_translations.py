"""The German translation stays complete, built and usable.

A developer who adds a UI string without translating it, or forgets to rebuild the .qm,
gets a failing test that names the strings (fix: scripts/translations.py update/release).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from clinic_ambassadors.core.ambassadors import AmbassadorStatus
from clinic_ambassadors.resource_files import resource_path
from clinic_ambassadors.ui import labels, messages
from clinic_ambassadors.ui.i18n import install_translator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "clinic_ambassadors_de.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{\d*\}|%n|%L?\d+")


def _tool_module():
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  ROOT / "scripts" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _qt_tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing; install the project's dependencies")
    return found


def _messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translated forms) for every message in a .ts."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            tr = message.find("translation")
            forms = [] if tr is None else (
                [n.text or "" for n in tr.iter("numerusform")] or [tr.text or ""])
            out.append((name, message.findtext("source", ""), forms))
    return out


def test_every_ui_string_has_a_german_translation(tmp_path):
    tool = _tool_module()
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    tool.update(ts_file=copy)  # pyside6-lupdate over clinic_ambassadors/ui/**/*.py into the copy
    missing = tool.untranslated(copy)
    assert not missing, (
        f"{len(missing)} UI string(s) have no finished German translation; run "
        "`python scripts/translations.py update`, translate them in "
        f"{TS.relative_to(ROOT)}, then `... release`:\n"
        + "\n".join(f"  [{ctx}] {src!r}" for ctx, src in missing))
    # The committed .ts is exactly what update produces: nothing stale, nothing unextracted.
    assert {(c, s) for c, s, _ in _messages(copy)} == {(c, s) for c, s, _ in _messages(TS)}, \
        "the committed .ts is out of date; run `python scripts/translations.py update`"


def test_no_string_lands_in_the_empty_context():
    """Nothing translates with context "" at run time, so such strings would stay English."""
    stray = [src for ctx, src, _ in _messages(TS) if ctx == ""]
    assert not stray, f"strings without a context (use self.tr or a translate wrapper): {stray}"


def test_committed_qm_matches_the_ts(tmp_path):
    built = tmp_path / QM.name
    subprocess.run([_qt_tool("pyside6-lrelease"), str(TS), "-qm", str(built)],
                   check=True, capture_output=True)
    assert QM.exists(), "no .qm; run `python scripts/translations.py release`"
    if built.read_bytes() == QM.read_bytes():
        return
    committed, fresh = QTranslator(), QTranslator()
    assert committed.load(str(QM)) and fresh.load(str(built))
    stale = [(ctx, src) for ctx, src, _ in _messages(TS)
             if committed.translate(ctx, src, None, 2) != fresh.translate(ctx, src, None, 2)]
    assert not stale, f"the .qm is older than the .ts; run `... release`: {stale}"


@pytest.mark.parametrize(("context", "source", "forms"), _messages(TS),
                         ids=lambda v: v if isinstance(v, str) else None)
def test_translation_keeps_placeholders_and_markup(context, source, forms):
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    for form in forms:
        assert sorted(set(PLACEHOLDER.findall(form))) == wanted, (context, source, form)
        assert sorted(re.findall(r"</?\w+>", form)) == sorted(re.findall(r"</?\w+>", source))
        assert source.count("&") - 2 * source.count("&&") <= 1
        if "&" in source.replace("&&", ""):
            assert "&" in form.replace("&&", ""), f"accelerator lost: {source!r} -> {form!r}"


def _mnemonic(text: str) -> str | None:
    hit = re.search(r"&([^&\s])", text.replace("&&", ""))
    return hit.group(1).lower() if hit else None


def test_accelerators_are_unique_per_dialog_and_page():
    """Form labels and buttons of one dialog or page share a context; menus are checked live."""
    clashes = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == "MainWindow":
            continue
        keys: dict[str, list[str]] = {}
        for message in context.iter("message"):
            form = message.findtext("translation") or ""
            hit = re.search(r"&([^&\s])", form.replace("&&", ""))
            if hit:
                keys.setdefault(hit.group(1).lower(), []).append(form)
        dupes = {k: v for k, v in keys.items() if len(v) > 1}
        if dupes:
            clashes[context.findtext("name")] = dupes
    assert not clashes, clashes


def test_app_loader_gives_german_text(qapp):
    assert resource_path("translations", "clinic_ambassadors_de.qm").exists()
    try:
        assert install_translator(qapp, "de") == "de"
        translate = QCoreApplication.translate
        assert translate("MainWindow", "&File") == "&Datei"
        assert translate("MainWindow", "Drafts") == "Entwürfe"
        assert translate("AmbassadorsPage", "%n ambassador(s)", "", 1) == "1 Botschafter/in"
        assert translate("AmbassadorsPage", "%n ambassador(s)", "", 4) == "4 Botschafter:innen"
        assert translate("MainWindow", "Backup saved: {0}").format("x.zip") == \
            "Sicherung gespeichert: x.zip"
        # Wrapper modules (messages.py, labels.py) translate under their own context.
        assert labels.status_label(AmbassadorStatus.PAUSED) == "Pausiert"
        assert messages.problem_text("email", "required") == "E-Mail ist ein Pflichtfeld."
    finally:
        assert install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_german_menus_have_unique_accelerators(qapp, qtbot, programme_path):
    from tests.ui.conftest import close_window, open_window

    install_translator(qapp, "de")
    try:
        window = open_window(qtbot, programme_path)
        bar = window.menuBar()
        groups = {"menu bar": [a.text() for a in bar.actions()]}
        for action in bar.actions():
            if action.menu():
                groups[action.text()] = [a.text() for a in action.menu().actions()
                                         if not a.isSeparator()]
        close_window(window)
    finally:
        install_translator(qapp, "en")
    assert "&Datei" in groups["menu bar"]
    for name, texts in groups.items():
        keys = [k for k in map(_mnemonic, texts) if k]
        assert len(keys) == len(set(keys)), (name, texts)


def test_update_keeps_german_when_a_string_leaves_the_empty_context(tmp_path, monkeypatch):
    """Moving a literal from a bare ``tr`` parameter to translate("Ctx", ...) must not lose its German."""
    tool = _tool_module()
    ui = tmp_path / "ui"
    ui.mkdir()
    (ui / "panel.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def line(name):\n"
        "    return QCoreApplication.translate('Panel', '{0}: consent on file').format(name)\n",
        encoding="utf-8")
    monkeypatch.setattr(tool, "UI", ui)
    ts = tmp_path / "x_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n'
                  "<context><name></name><message><source>{0}: consent on file</source>"
                  "<translation>{0}: Einwilligung liegt vor</translation></message></context>\n</TS>\n",
                  encoding="utf-8")
    tool.update(ts_file=ts)
    assert tool.untranslated(ts) == []
    assert [(c, s, f) for c, s, f in _messages(ts)] == [
        ("Panel", "{0}: consent on file", ["{0}: Einwilligung liegt vor"])]
