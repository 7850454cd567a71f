"""The roster: search, filter by status, add, edit, archive."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.ui.tables import record_table
from clinic_ambassadors.core.ambassadors import Ambassador, AmbassadorFilter, AmbassadorStatus
from clinic_ambassadors.services import ambassadors as service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.ambassador_dialog import AmbassadorDialog
from clinic_ambassadors.ui.ambassador_model import AmbassadorTableModel
from clinic_ambassadors.ui.labels import status_label


class AmbassadorsPage(QWidget):
    changed = Signal(str)

    def __init__(self, session: Session, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ambassadorsPage")
        self._session, self._actor = session, actor
        self.model = AmbassadorTableModel(session, self)

        title = QLabel(self.tr("Ambassadors"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setAccessibleName(self.tr("Search ambassadors"))
        self.search.setPlaceholderText(self.tr("Search name, department, e-mail … (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All except alumni"), "current")
        self.status_filter.addItem(self.tr("All"), "all")
        for st in AmbassadorStatus:
            self.status_filter.addItem(status_label(st), st.value)
        self.add_button = QPushButton(self.tr("&New ambassador"))
        self.add_button.setObjectName("addAmbassadorButton")
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editAmbassadorButton")
        self.archive_button = QPushButton(self.tr("&Archive (alumni)"))
        self.archive_button.setObjectName("archiveAmbassadorButton")
        self.archive_button.setToolTip(self.tr("Ambassadors are never deleted; archived ones keep "
                                               "their history and can be reactivated."))
        for b in (self.add_button, self.edit_button, self.archive_button):
            b.setAccessibleName(b.text().replace("&", ""))

        self.table = record_table(self.model, "ambassadorTable", self.tr("Ambassadors"),
                                  fit_contents=True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.status_filter, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.archive_button)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(top)
        lay.addWidget(self.table)
        lay.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.model.loaded.connect(self._update_count)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for key, slot in ((QKeySequence.StandardKey.Find, self.search.setFocus),
                          (QKeySequence.StandardKey.New, self.add)):
            shortcut = QShortcut(key, self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if session.read_only:
            for b in (self.add_button, self.edit_button, self.archive_button):
                b.setEnabled(False)
        self.apply_filter()

    def current_filter(self) -> AmbassadorFilter:
        value = self.status_filter.currentData()
        if value == "all":
            statuses: frozenset[AmbassadorStatus] = frozenset()
        elif value == "current":
            statuses = frozenset(s for s in AmbassadorStatus if s != AmbassadorStatus.ALUMNI)
        else:
            statuses = frozenset({AmbassadorStatus(value)})
        return AmbassadorFilter(self.search.text(), statuses)

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def reload(self) -> None:
        self.model.reload()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n ambassador(s)", "", self.model.total))

    def _update_buttons(self) -> None:
        has = self.selected() is not None and not self._session.read_only
        self.edit_button.setEnabled(has)
        self.archive_button.setEnabled(has)

    def selected(self) -> Ambassador | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.ambassador(rows[0].row()) if rows else None

    def add(self) -> AmbassadorDialog | None:
        if self._session.read_only:
            return None
        return self._open_dialog(None)

    def edit_selected(self) -> AmbassadorDialog | None:
        amb = self.selected()
        if amb is None or self._session.read_only:
            return None
        return self._open_dialog(amb)

    def _open_dialog(self, amb: Ambassador | None) -> AmbassadorDialog:
        dialog = AmbassadorDialog(self._session, self._actor, amb, self)
        dialog.saved.connect(lambda _a: (self.reload(), self.changed.emit("ambassadors")))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def archive_selected(self) -> QMessageBox | None:
        amb = self.selected()
        if amb is None or self._session.read_only:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Archive ambassador"),
                          self.tr("Move {0} to the alumni? Their posts and history stay; you can "
                                  "reactivate them later.").format(amb.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("archiveConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                ops.run(self, self._session, service.archive, self._actor, amb.id).success(
                    lambda _a: (self.reload(), self.changed.emit("ambassadors")))

        box.finished.connect(done)
        box.open()
        return box
