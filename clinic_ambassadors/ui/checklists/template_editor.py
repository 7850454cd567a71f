"""The Checklists tab: see every template version, copy one and edit it as TOML.

Edits are validated while typing (file and line of each problem); saving stores the
next version in the programme file. Running checklists keep the version they started with.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.checklists import TemplateError, load_templates, parse_template
from clinic_ambassadors.services import checklists
from clinic_ambassadors.services.checklists import TemplateVersion
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.checklists.texts import error_text, template_problem_text, ui_lang

NOTE_STYLE = ("background: #fff8e1; border: 1px solid #e6c66a; border-radius: 4px;"
              " padding: 8px; color: #4a3b00;")


class TemplatesTab(QWidget):
    changed = Signal(str)

    def __init__(self, session: Session, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesTab")
        self.session, self.actor = session, actor
        self.versions: list[TemplateVersion] = []
        self.editing = False
        self._pending_status = ""

        note = QLabel(self.tr("These checklists are a working aid, not legal advice. Adapt them "
                              "to your practice: copy a template, edit it and save; the change "
                              "becomes a new version. Checklists already running keep the "
                              "version they started with. If in doubt, have legal questions "
                              "checked by a lawyer."))
        note.setObjectName("templatesLegalNote")
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Checklist templates"))
        self.list.setMinimumWidth(200)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda cur, _p: self._select(cur))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("templateEditor")
        self.editor.setAccessibleName(self.tr("Template text (TOML)"))
        self.editor.setReadOnly(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.editor.setFont(mono)
        self.status = QLabel()
        self.status.setObjectName("templateStatus")
        self.status.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("templateProblems")
        self.problems.setAccessibleName(self.tr("Problems in the template"))
        self.problems.setMaximumHeight(110)
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.problems.setVisible(False)
        self.copy_button = QPushButton(self.tr("&Copy and edit"), self)
        self.copy_button.setObjectName("copyTemplateButton")
        self.save_button = QPushButton(self.tr("&Save as new version"), self)
        self.save_button.setObjectName("saveTemplateButton")
        self.cancel_button = QPushButton(self.tr("Cancel editing"), self)
        self.cancel_button.setObjectName("cancelTemplateButton")
        for b in (self.copy_button, self.save_button, self.cancel_button):
            b.setAccessibleName(b.text().replace("&", ""))
        self.copy_button.clicked.connect(self.start_edit)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(300)
        self._check_timer.timeout.connect(self.validate)
        self.editor.textChanged.connect(lambda: self.editing and self._check_timer.start())
        # Hidden before they go into a layout: a layout that measured them shown keeps their
        # width until the tab is first on screen, and held the Programme page ~800 px wide.
        # (The buttons have their parent already: shown without one they would be windows.)
        self._set_editing(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        rl.addWidget(self.editor, 1)
        rl.addWidget(self.status)
        rl.addWidget(self.problems)
        rl.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 700])
        self.load_errors = QLabel()
        self.load_errors.setObjectName("templateLoadErrors")
        self.load_errors.setWordWrap(True)
        self.load_errors.setStyleSheet("color: #b00020;")
        errors = load_templates().errors
        self.load_errors.setText("\n".join(template_problem_text(e) for e in errors))
        self.load_errors.setVisible(bool(errors))
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addWidget(self.load_errors)
        lay.addWidget(split, 1)
        self.reload()

    # --- list -------------------------------------------------------------------------
    def reload(self, select: tuple[str, int] | None = None) -> None:
        ops.run(self, self.session, checklists.template_versions).success(
            lambda rows: self._show_versions(rows, select))

    def _show_versions(self, rows: list[TemplateVersion], select: tuple[str, int] | None) -> None:
        self.versions = rows
        lang = ui_lang()
        self.list.blockSignals(True)
        self.list.clear()
        for v in rows:
            t = v.template
            source = self.tr("edited") if v.source == "edited" else self.tr("shipped")
            label = self.tr("{0}\nversion {1} · {2}").format(t.title(lang), t.version, source)
            if v.active:
                label += " · " + self.tr("in use")
                item_tip = self.tr("New checklists of this kind use this version.")
            else:
                item_tip = self.tr("Checklists started with this version keep using it.")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, t.key)
            item.setToolTip(item_tip)
            if v.active:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.blockSignals(False)
        keys = [v.template.key for v in rows]
        if select in keys:
            self.list.setCurrentRow(keys.index(select))
        elif rows:
            self.list.setCurrentRow(0)

    def current_key(self) -> tuple[str, int] | None:
        item = self.list.currentItem()
        return tuple(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None  # type: ignore[return-value]

    def _select(self, item: QListWidgetItem | None) -> None:
        if item is None or self.editing:
            return
        template_id, version = item.data(Qt.ItemDataRole.UserRole)
        ops.run(self, self.session, checklists.template_text, template_id, version).success(
            self._show_text)

    def _show_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        text = self.tr("Read-only view. Use “Copy and edit” to change it.")
        if self._pending_status:
            text = self._pending_status + " " + text
            self._pending_status = ""
        self.status.setText(text)
        self.status.setStyleSheet("color: #555;")

    # --- editing ----------------------------------------------------------------------
    def _set_editing(self, on: bool) -> None:
        self.editing = on
        self.editor.setReadOnly(not on)
        self.list.setEnabled(not on)
        writable = not self.session.read_only
        self.copy_button.setVisible(not on)
        self.copy_button.setEnabled(writable)
        self.save_button.setVisible(on)
        self.cancel_button.setVisible(on)
        if not on:
            self.problems.setVisible(False)

    def start_edit(self) -> None:
        if self.current_key() is None or self.session.read_only:
            return
        self._set_editing(True)
        self.editor.setFocus()
        self.validate()

    def cancel_edit(self) -> None:
        self._set_editing(False)
        self._select(self.list.currentItem())

    def source_name(self) -> str:
        key = self.current_key()
        return f"{key[0]}.toml" if key else "template.toml"

    def validate(self) -> bool:
        """Check the text now; show every problem with its line. True when valid."""
        self.problems.clear()
        try:
            template = parse_template(self.editor.toPlainText(), self.source_name())
        except TemplateError as exc:
            item = QListWidgetItem(template_problem_text(exc))
            item.setData(Qt.ItemDataRole.UserRole, exc.line)
            self.problems.addItem(item)
            self.problems.setVisible(True)
            self.status.setText(self.tr("The template has a problem and cannot be saved yet."))
            self.status.setStyleSheet("color: #b00020; font-weight: 600;")
            self.save_button.setEnabled(False)
            return False
        self.problems.setVisible(False)
        self.status.setText(self.tr("Valid: {0} items. Saving stores it as a new version.").format(
            len(template.items)))
        self.status.setStyleSheet("color: #1b5e20;")
        self.save_button.setEnabled(True)
        return True

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        line = item.data(Qt.ItemDataRole.UserRole)
        if not line:
            return
        block = self.editor.document().findBlockByLineNumber(int(line) - 1)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def save(self) -> None:
        if not self.validate():
            return
        self.save_button.setEnabled(False)
        ops.run(self, self.session, checklists.save_edited_template, self.actor,
                self.editor.toPlainText(), self.source_name()).success(self._saved).failure(
            self._refused)

    def _saved(self, template: object) -> None:
        self._set_editing(False)
        self._pending_status = self.tr("Saved as version {0}.").format(
            template.version)  # type: ignore[attr-defined]
        self.changed.emit("checklists")
        self.reload(select=template.key)  # type: ignore[attr-defined]

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(error_text(exc))
        self.status.setStyleSheet("color: #b00020; font-weight: 600;")
