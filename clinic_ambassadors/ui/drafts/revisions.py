"""Every saved revision, a word-level diff between any two, and restoring an old one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.ui.timefmt import local_time
from clinic_ambassadors.core.posts import Revision
from clinic_ambassadors.core.textdiff import diff_html, word_diff


class RevisionsPanel(QWidget):
    """``restore_requested(number)`` asks the editor to bring a revision back as a new one."""

    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsPanel")
        self._revisions: list[Revision] = []
        self.list = QListWidget()
        self.list.setObjectName("revisionList")
        self.list.setAccessibleName(self.tr("Revisions"))
        self.list.setSpacing(2)
        self.list.setMaximumHeight(160)
        self.old_combo = QComboBox()
        self.old_combo.setObjectName("diffOldRevision")
        self.old_combo.setAccessibleName(self.tr("Compare from revision"))
        self.new_combo = QComboBox()
        self.new_combo.setObjectName("diffNewRevision")
        self.new_combo.setAccessibleName(self.tr("Compare to revision"))
        self.diff = QTextBrowser()
        self.diff.setObjectName("revisionDiff")
        self.diff.setAccessibleName(self.tr("Differences between the revisions"))
        self.restore_button = QPushButton(self.tr("&Restore as new revision"))
        self.restore_button.setObjectName("restoreRevisionButton")
        self.restore_button.setAccessibleName(self.tr("Restore as new revision"))
        self.restore_button.setToolTip(self.tr("The chosen revision comes back as a new one; "
                                               "nothing is overwritten."))
        self._can_restore = False

        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Compare")))
        compare.addWidget(self.old_combo, 1)
        compare.addWidget(QLabel(self.tr("with")))
        compare.addWidget(self.new_combo, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.restore_button)
        lay.addLayout(compare)
        lay.addWidget(self.diff, 3)
        legend = QLabel(self.tr("<span style='background:#d7f5dd'>added</span> &nbsp; "
                                "<span style='background:#fde0e0'><s>removed</s></span>"))
        legend.setObjectName("diffLegend")
        lay.addWidget(legend)

        self.old_combo.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.new_combo.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.list.currentRowChanged.connect(lambda _r: self._update_restore())
        self.restore_button.clicked.connect(self._restore)

    def set_revisions(self, revisions: Sequence[Revision], can_restore: bool) -> None:
        """Newest first, as the service returns them."""
        same = [r.number for r in revisions] == [r.number for r in self._revisions]
        self._revisions = list(revisions)
        self._can_restore = can_restore
        if not same:
            self.list.clear()
            for combo in (self.old_combo, self.new_combo):
                combo.blockSignals(True)
                combo.clear()
            for r in self._revisions:
                label = self.tr("Revision {0}").format(r.number)
                note = ""
                if r.note.startswith("restored:"):
                    note = " · " + self.tr("restored from {0}").format(r.note.split(":", 1)[1])
                item = QListWidgetItem(f"{label} · {local_time(r.saved_at)}{note}")
                item.setData(Qt.ItemDataRole.UserRole, r.number)
                self.list.addItem(item)
                self.old_combo.addItem(label, r.number)
                self.new_combo.addItem(label, r.number)
            if self._revisions:
                self.new_combo.setCurrentIndex(0)
                self.old_combo.setCurrentIndex(min(1, len(self._revisions) - 1))
                self.list.setCurrentRow(0)
            for combo in (self.old_combo, self.new_combo):
                combo.blockSignals(False)
        self.show_diff()
        self._update_restore()

    def compare(self, old: int, new: int) -> None:
        self.old_combo.setCurrentIndex(self.old_combo.findData(old))
        self.new_combo.setCurrentIndex(self.new_combo.findData(new))
        self.show_diff()

    def diff_source(self) -> str:
        return self._html

    _html = ""

    def show_diff(self) -> None:
        by_number = {r.number: r for r in self._revisions}
        old = by_number.get(self.old_combo.currentData())
        new = by_number.get(self.new_combo.currentData())
        if old is None or new is None:
            self._html = ""
            self.diff.setHtml("<p>" + self.tr("Only one revision so far.") + "</p>")
            return
        parts = []
        if old.title != new.title:
            parts.append("<p><b>" + self.tr("Title") + ":</b> " +
                         diff_html(word_diff(old.title, new.title)) + "</p>")
        parts.append(diff_html(word_diff(old.text, new.text)))
        self._html = "".join(parts)
        self.diff.setHtml(self._html)

    def _update_restore(self) -> None:
        item = self.list.currentItem()
        latest = self._revisions[0].number if self._revisions else None
        self.restore_button.setEnabled(self._can_restore and item is not None
                                       and item.data(Qt.ItemDataRole.UserRole) != latest)

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
