"""Vacancies: the positions the practice wants to fill; add, edit, mark as filled."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.ui.tables import record_table
from clinic_ambassadors.core.errors import ValidationError
from clinic_ambassadors.core.posts import Vacancy, VacancyStatus
from clinic_ambassadors.services import vacancies as service
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.messages import error_text

Index = QModelIndex | QPersistentModelIndex
CHANGED_KEY = "vacancies"


def _t(text: str) -> str:
    return QCoreApplication.translate("VacancyProblems", text)


def _date_text(d: date | None) -> str:
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


def _to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class VacancyTableModel(QAbstractTableModel):
    COL_TITLE, COL_DEPARTMENT, COL_STATUS, COL_OPENED, COL_FILLED = range(5)
    VacancyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Vacancy] = []

    def set_rows(self, rows: list[Vacancy]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def vacancy(self, row: int) -> Vacancy | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Vacancy]:
        return list(self._rows)

    def status_text(self, status: VacancyStatus) -> str:
        return {VacancyStatus.OPEN: self.tr("Open"), VacancyStatus.FILLED: self.tr("Filled"),
                VacancyStatus.CANCELLED: self.tr("Cancelled")}[status]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Title"), self.tr("Department"), self.tr("Status"), self.tr("Opened"),
                 self.tr("Filled")]
        return names[section] if 0 <= section < 5 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        v = self.vacancy(index.row()) if index.isValid() else None
        if v is None:
            return None
        if role == self.VacancyRole:
            return v
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_TITLE:
            return v.notes or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [v.title, v.department, self.status_text(v.status), _date_text(v.opened_on),
                _date_text(v.filled_on)][index.column()]


def problem_text(field: str, code: str) -> str:
    labels = {"title": _t("Title"), "department": _t("Department"), "notes": _t("Notes"),
              "filled_on": _t("Filled on"), "opened_on": _t("Opened on")}
    label = labels.get(field, field)
    texts = {"required": _t("{0} is required."), "too_long": _t("{0} is too long."),
             "before_opened": _t("{0} cannot be before the date it was opened."),
             "in_future": _t("{0} cannot be in the future.")}
    return texts.get(code, _t("{0} is not valid.")).format(label)


def failure_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(problem_text(f, c) for f, c in exc.problems)
    return error_text(exc)


class _DateField(QWidget):
    """A date that may be empty: a check box to say whether there is one."""

    def __init__(self, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.enabled.setObjectName(f"{name}Set")
        self.enabled.setAccessibleName(label)
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(label)
        self.edit.setCalendarPopup(True)
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.enabled)
        lay.addWidget(self.edit, 1)
        self.setFocusProxy(self.enabled)

    def value(self) -> date | None:
        return _to_date(self.edit.date()) if self.enabled.isChecked() else None

    def set_value(self, d: date | None) -> None:
        self.enabled.setChecked(d is not None)
        if d is not None:
            self.edit.setDate(QDate(d.year, d.month, d.day))


class VacancyDialog(QDialog):
    """Add or edit one vacancy; problems are shown in the dialog and nothing is saved."""

    saved = Signal(object)

    def __init__(self, window: Any, vacancy: Vacancy | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vacancyDialog")
        self._window, self._vacancy = window, vacancy
        self.setWindowTitle(self.tr("New vacancy") if vacancy is None else self.tr("Edit vacancy"))
        self.setMinimumWidth(460)
        self.title = QLineEdit()
        self.title.setObjectName("vacancyTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Medical assistant (MFA), part-time"))
        self.department = QLineEdit()
        self.department.setObjectName("vacancyDepartment")
        self.department.setAccessibleName(self.tr("Department"))
        self.status = QComboBox()
        self.status.setObjectName("vacancyStatus")
        self.status.setAccessibleName(self.tr("Status"))
        labels = VacancyTableModel(self)
        for st in VacancyStatus:
            self.status.addItem(labels.status_text(st), st.value)
        self.opened = _DateField(self.tr("Opened on"), "vacancyOpened")
        self.filled = _DateField(self.tr("Filled on"), "vacancyFilled")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("vacancyNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.error_label = QLabel()
        self.error_label.setObjectName("vacancyError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Department:"), self.department)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Opened on:"), self.opened)
        form.addRow(self.tr("&Filled on:"), self.filled)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("vacancySaveButton")
        save.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("vacancyCancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)

        if vacancy is None:
            self.opened.set_value(date.today())
        else:
            self.title.setText(vacancy.title)
            self.department.setText(vacancy.department)
            self.status.setCurrentIndex(self.status.findData(vacancy.status.value))
            self.opened.set_value(vacancy.opened_on)
            self.filled.set_value(vacancy.filled_on)
            self.notes.setPlainText(vacancy.notes)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._status_changed()

    def _status_changed(self) -> None:
        """A filled date belongs to a filled vacancy only; choosing "filled" asks for it."""
        filled = self.status.currentData() == VacancyStatus.FILLED.value
        self.filled.setEnabled(filled)
        if filled and self.filled.value() is None:
            self.filled.set_value(date.today())

    def value(self) -> Vacancy:
        base = self._vacancy or Vacancy(id="", title="")
        return replace(base, title=self.title.text(), department=self.department.text(),
                       status=VacancyStatus(self.status.currentData()),
                       opened_on=self.opened.value(), filled_on=self.filled.value(),
                       notes=self.notes.toPlainText())

    def submit(self) -> bool:
        v = self.value()
        problems = service.validate_vacancy(replace(
            v, filled_on=v.filled_on if v.status is VacancyStatus.FILLED else None))
        if problems:
            self._show_problem("\n".join(problem_text(f, c) for f, c in problems))
            return False
        ops.run(self, self._window.session, service.save, self._window.actor, v).success(
            self._done).failure(lambda exc: self._show_problem(failure_text(exc)))
        return True

    def _done(self, stored: Vacancy) -> None:
        self.saved.emit(stored)
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class MarkFilledDialog(QDialog):
    """Asks for the date and confirms: marking as filled ends the search for this position."""

    confirmed = Signal(object)  # date

    def __init__(self, vacancy: Vacancy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markFilledDialog")
        self.setWindowTitle(self.tr("Mark as filled"))
        self.setMinimumWidth(440)
        question = QLabel(self.tr("Mark “{0}” as filled? It no longer appears among the open "
                                  "positions; applications and posts linked to it stay.")
                          .format(vacancy.title))
        question.setObjectName("markFilledQuestion")
        question.setWordWrap(True)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("filledOnDate")
        self.date.setAccessibleName(self.tr("Filled on"))
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        if vacancy.opened_on is not None:
            o = vacancy.opened_on
            self.date.setMinimumDate(QDate(o.year, o.month, o.day))
        form = QFormLayout()
        form.addRow(self.tr("&Filled on:"), self.date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Mark as &filled"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirmFilledButton")
        self.ok_button.setAccessibleName(self.tr("Mark as filled"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelFilledButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(question)
        lay.addLayout(form)
        lay.addWidget(self.buttons)

    def _confirm(self) -> None:
        self.confirmed.emit(_to_date(self.date.date()))
        self.accept()


class VacanciesPage(QWidget):
    """``VacanciesPage(window)``: window has .session, .actor and a .changed signal."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vacanciesPage")
        self._window = window
        self._session = window.session
        self.loaded_once = False
        self.model = VacancyTableModel(self)

        title = QLabel(self.tr("Vacancies"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("The positions you want to fill. Posts can be linked to a vacancy, "
                               "so the report shows where applications came from."))
        intro.setObjectName("vacanciesIntro")
        intro.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&New vacancy"))
        self.add_button.setObjectName("addVacancyButton")
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editVacancyButton")
        self.filled_button = QPushButton(self.tr("Mark as &filled…"))
        self.filled_button.setObjectName("markFilledButton")
        for b in (self.add_button, self.edit_button, self.filled_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        self.table = record_table(self.model, "vacancyTable", self.tr("Vacancies"),
                                  stretch=VacancyTableModel.COL_TITLE, fit_contents=True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.count_label = QLabel()
        self.count_label.setObjectName("vacancyCount")
        self.message = QLabel()
        self.message.setObjectName("vacancyMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.filled_button)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count_label)

        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.filled_button.clicked.connect(lambda: self.mark_filled_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.New, self, self.add,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        ops.run(self, self._session, service.list_vacancies).success(self._loaded)

    def _loaded(self, rows: list[Vacancy]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.loaded_once = True
        open_count = sum(1 for v in rows if v.status is VacancyStatus.OPEN)
        self.count_label.setText(self.tr("{0} open · {1} in total").format(open_count, len(rows)))
        if selected is not None:
            for i, v in enumerate(rows):
                if v.id == selected.id:
                    self.table.selectRow(i)

    def selected(self) -> Vacancy | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.vacancy(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        writable = not self._session.read_only
        v = self.selected()
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and v is not None)
        self.filled_button.setEnabled(writable and v is not None
                                      and v.status is VacancyStatus.OPEN)

    def add(self) -> VacancyDialog | None:
        return None if self._session.read_only else self._open(None)

    def edit_selected(self) -> VacancyDialog | None:
        v = self.selected()
        return None if v is None or self._session.read_only else self._open(v)

    def _open(self, v: Vacancy | None) -> VacancyDialog:
        dialog = VacancyDialog(self._window, v, self)
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved(self, v: Vacancy) -> None:
        self.message.hide()
        self._window.changed.emit(CHANGED_KEY)
        self.reload()

    def mark_filled_selected(self) -> MarkFilledDialog | None:
        v = self.selected()
        if v is None or self._session.read_only or v.status is not VacancyStatus.OPEN:
            return None
        dialog = MarkFilledDialog(v, self)
        dialog.confirmed.connect(lambda when: ops.run(
            self, self._session, service.mark_filled, self._window.actor, v.id, when)
            .success(self._saved).failure(self._failed))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(failure_text(exc))
        self.message.setStyleSheet("background: #fdecea; color: #8c1b1b; padding: 6px;")
        self.message.show()
