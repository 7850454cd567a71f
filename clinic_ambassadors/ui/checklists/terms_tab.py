"""The Checker terms tab: the clinic's own words the checker should flag (or block)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.checker import Severity
from clinic_ambassadors.services import checking
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.checklists.texts import error_text


class TermsTab(QWidget):
    changed = Signal(str)

    def __init__(self, session: Session, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("termsTab")
        self.session, self.actor = session, actor
        intro = QLabel(self.tr("Add words that matter in your practice, e.g. internal "
                               "project names, the name of a partner clinic or of a "
                               "competitor. “Block” stops submitting until a reviewer overrides "
                               "it with a reason; “Warn” and “Info” only point it out."))
        intro.setWordWrap(True)
        self.labels = {Severity.BLOCK: self.tr("Block"), Severity.WARN: self.tr("Warn"),
                       Severity.INFO: self.tr("Info")}
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("termsTable")
        self.table.setAccessibleName(self.tr("Clinic-specific checker terms"))
        self.table.setHorizontalHeaderLabels([self.tr("Term"), self.tr("Regular expression"),
                                              self.tr("Severity"), self.tr("Note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in (0, 1, 2):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.term = QLineEdit()
        self.term.setObjectName("termEdit")
        self.term.setAccessibleName(self.tr("Term"))
        self.term.setPlaceholderText(self.tr("Word or phrase"))
        self.regex = QCheckBox(self.tr("Regular expression"))
        self.regex.setObjectName("termRegex")
        self.regex.setAccessibleName(self.tr("Regular expression"))
        self.severity = QComboBox()
        self.severity.setObjectName("termSeverity")
        self.severity.setAccessibleName(self.tr("Severity"))
        for sev in (Severity.WARN, Severity.BLOCK, Severity.INFO):
            self.severity.addItem(self.labels[sev], sev.value)
        self.note = QLineEdit()
        self.note.setObjectName("termNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Why (shown with the finding)"))
        self.add_button = QPushButton(self.tr("&Add term"))
        self.add_button.setObjectName("addTermButton")
        self.add_button.setAccessibleName(self.tr("Add term"))
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.setObjectName("removeTermButton")
        self.remove_button.setAccessibleName(self.tr("Remove selected term"))
        self.message = QLabel()
        self.message.setObjectName("termsMessage")
        self.message.setWordWrap(True)
        self.add_button.clicked.connect(self.add)
        self.term.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        writable = not session.read_only
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable)
        row = QHBoxLayout()
        row.addWidget(self.term, 2)
        row.addWidget(self.regex)
        row.addWidget(self.severity)
        row.addWidget(self.note, 2)
        row.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        lay.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        ops.run(self, self.session, checking.clinic_terms).success(self._show)

    def _show(self, rows: list[dict]) -> None:
        self.table.setRowCount(len(rows))
        for r, term in enumerate(rows):
            cells = [term["term"], self.tr("yes") if term["is_regex"] else self.tr("no"),
                     self.labels.get(Severity(term["severity"]), term["severity"]), term["note"]]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, term["id"])
                self.table.setItem(r, c, item)

    def add(self) -> None:
        ops.run(self, self.session, checking.add_term, self.actor, self.term.text(),
                Severity(self.severity.currentData()), self.regex.isChecked(),
                self.note.text().strip()).success(self._added).failure(self._failed)

    def _added(self, _term_id: str) -> None:
        self.term.clear()
        self.note.clear()
        self.regex.setChecked(False)
        self.message.setText("")
        self.changed.emit("checker_terms")
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        code = getattr(exc, "problems", [("", "")])[0][1] if hasattr(exc, "problems") else ""
        if code == "invalid_pattern":
            self.message.setText(self.tr("The regular expression is not valid."))
        elif code == "required":
            self.message.setText(self.tr("Enter a term first."))
        else:
            self.message.setText(error_text(exc))
        self.message.setStyleSheet("color: #b00020;")

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        term_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        ops.run(self, self.session, checking.remove_term, self.actor, term_id).success(
            lambda _r: (self.changed.emit("checker_terms"), self.reload()))
