"""The list of findings next to the editor, with a details pane that explains each one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.checker import Finding, Severity
from clinic_ambassadors.ui.checker.texts import (
    content_lang,
    counts_text,
    finding_html,
    finding_title,
    severity_icon,
    severity_label,
    tooltip_html,
)

FindingRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractListModel):
    """One row per finding: severity icon, title and the passage it is about."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._icons = {s: severity_icon(s) for s in Severity}

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        finding = self.finding(index.row()) if index.isValid() else None
        if finding is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            excerpt = finding.excerpt if len(finding.excerpt) <= 60 else finding.excerpt[:59] + "…"
            left, right = ("„", "“") if content_lang() == "de" else ("“", "”")
            return f"{finding_title(finding)}\n{left}{excerpt}{right}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[finding.severity]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html([finding])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{severity_label(finding.severity)}: {finding_title(finding)}: {finding.excerpt}"
        if role == FindingRole:
            return finding
        return None


class FindingsList(QWidget):
    """Counts, the list and the explanation of the current finding.

    ``activated(finding)`` fires on click or Enter: the owner selects the passage.
    """

    activated = Signal(object)
    current_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsList")
        self.model = FindingsModel(self)
        self._checking = False

        self.header = QLabel()
        self.header.setObjectName("findingsHeader")
        self.header.setAccessibleName(self.tr("Findings summary"))
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: 600; padding: 2px 0 4px 0;")

        self.view = QListView()
        self.view.setObjectName("findingsView")
        self.view.setAccessibleName(self.tr("Findings"))
        self.view.setAccessibleDescription(self.tr("Enter selects the passage in the text."))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setIconSize(QSize(14, 14))
        self.view.setSpacing(2)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.clicked.connect(self._on_clicked)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.installEventFilter(self)

        self.empty = QLabel()
        self.empty.setObjectName("findingsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet("color: #555555; padding: 8px 2px;")
        self.empty.setText(self.empty_text())

        self.stack = QStackedWidget()
        self.stack.setObjectName("findingsStack")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        self.details = QTextBrowser()
        self.details.setObjectName("findingDetails")
        self.details.setAccessibleName(self.tr("Explanation of the finding"))
        self.details.setOpenExternalLinks(False)
        self.details.setPlaceholderText(self.tr("Choose a finding to see why it matters and "
                                                "what to do instead."))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("findingsSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 300])

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.header)
        lay.addWidget(self.splitter, 1)
        self.set_findings([])

    def empty_text(self) -> str:
        return self.tr("No findings. The checker looks for legal risk, not style: your voice "
                       "is yours.")

    # --- public --------------------------------------------------------------------------
    def set_findings(self, findings: Sequence[Finding]) -> None:
        previous = self.current_finding()
        self.model.set_findings(findings)
        has = bool(findings)
        self.stack.setCurrentWidget(self.view if has else self.empty)
        self.details.setVisible(has)
        self._update_header()
        row = 0
        if previous is not None:  # keep the reader's place when the list is refreshed
            for i, f in enumerate(findings):
                if f.rule_id == previous.rule_id and f.excerpt == previous.excerpt:
                    row = i
                    break
        if has:
            self.view.setCurrentIndex(self.model.index(row, 0))
        else:
            self.details.clear()

    def findings(self) -> list[Finding]:
        return self.model.findings()

    def set_checking(self, checking: bool) -> None:
        """Show that a check is running (the list shows the previous result meanwhile)."""
        if checking != self._checking:
            self._checking = checking
            self._update_header()

    def current_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        return self.model.finding(index.row()) if index.isValid() else None

    def set_current_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def header_text(self) -> str:
        return self.header.text()

    # --- events --------------------------------------------------------------------------
    def _update_header(self) -> None:
        text = counts_text(self.model.findings())
        if self._checking:
            text += " · " + self.tr("checking…")
        self.header.setText(text)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = self.model.finding(current.row()) if current.isValid() else None
        if finding is None:
            self.details.clear()
        else:
            self.details.setHtml(finding_html(finding))
        self.current_changed.emit(finding)

    def _on_clicked(self, index: QModelIndex) -> None:
        finding = self.model.finding(index.row())
        if finding is not None:
            self.activated.emit(finding)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            finding = self.current_finding()
            if finding is not None:
                self.activated.emit(finding)
                return True
        return super().eventFilter(watched, event)
