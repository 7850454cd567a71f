"""The People & profiles tab: who may use this programme file, with which roles and PIN,
and which ambassador a profile belongs to. Only practice managers change profiles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from clinic_ambassadors.core.errors import ValidationError
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import profiles as service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.labels import role_label
from clinic_ambassadors.ui.messages import error_text

ROLE_ORDER = (Role.MANAGER, Role.REVIEWER, Role.AMBASSADOR)


def _pin_ok(pin: str) -> bool:
    return pin.isdigit() and 4 <= len(pin) <= 12


def _dialog_tr(text: str) -> str:
    """Fixed context: PySide's self.tr() looks up the subclass's name, not this base class."""
    return QCoreApplication.translate("_Dialog", text)


class _Dialog(QDialog):
    """Shared parts: an error line, OK/Cancel and showing service refusals."""

    saved = Signal(object)

    def __init__(self, session: Session, actor: Actor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._session, self._actor = session, actor
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a40000; font-weight: 600;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("dialogButtons")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(text)
        self.error_label.show()

    def refusal_text(self, exc: BaseException) -> str:
        code = getattr(exc, "code", None)
        if code == "last_manager":
            return _dialog_tr("This is the programme's only practice manager. Give another "
                           "profile the manager role first, then remove it here.")
        if code == "not_a_manager":
            return _dialog_tr("Only a practice manager may change profiles.")
        if code == "already_linked":
            return _dialog_tr("This ambassador already has a profile.")
        if isinstance(exc, ValidationError) and ("roles", "ambassador_role_needed") in exc.problems:
            return _dialog_tr("Only a profile with the ambassador role can be linked to an "
                           "ambassador.")
        return error_text(exc)

    def run(self, fn: Any, *args: Any) -> None:
        self.buttons.setEnabled(False)
        ops.run(self, self._session, fn, self._actor, *args).success(self._done).failure(
            lambda exc: self.show_error(self.refusal_text(exc)))

    def _done(self, result: object) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()


class _RolesMixin:
    def _make_roles(self, dialog: QDialog, checked: frozenset[Role]) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)  # stacked: the German role names are long
        lay.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[Role, QCheckBox] = {}
        for role in ROLE_ORDER:
            check = QCheckBox(role_label(role))
            check.setObjectName(f"role_{role.value}")
            check.setAccessibleName(role_label(role))
            check.setChecked(role in checked)
            self.role_checks[role] = check
            lay.addWidget(check)
        return box

    def roles(self) -> frozenset[Role]:
        return frozenset(r for r, c in self.role_checks.items() if c.isChecked())


class AddProfileDialog(_RolesMixin, _Dialog):
    def __init__(self, session: Session, actor: Actor, ambassadors: list,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, actor, parent)
        self.setObjectName("addProfileDialog")
        self.setWindowTitle(self.tr("Add profile"))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.name.setObjectName("profileNameEdit")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(200)
        roles_box = self._make_roles(self, frozenset({Role.REVIEWER}))
        self.pin = QLineEdit()
        self.pin.setObjectName("pinEdit")
        self.pin.setAccessibleName(self.tr("PIN (optional)"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("optional, 4–12 digits"))
        self.link = QComboBox()
        self.link.setObjectName("linkAmbassadorCombo")
        self.link.setAccessibleName(self.tr("Link to ambassador"))
        self.link.addItem(self.tr("(none)"), None)
        for amb in ambassadors:
            self.link.addItem(amb.name, amb.id)
        self.link.currentIndexChanged.connect(self._link_changed)
        self.role_checks[Role.AMBASSADOR].toggled.connect(lambda _on: self._sync())
        form = QFormLayout()
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("Roles *"), roles_box)
        form.addRow(self.tr("&PIN"), self.pin)
        form.addRow(self.tr("&Link to ambassador"), self.link)
        hint = QLabel(self.tr("Ambassadors need a profile to write drafts and to tick their own "
                              "onboarding items. Reviewers need one to review drafts."))
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.error_label)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.buttons)
        self._sync()
        self.name.setFocus()

    def _link_changed(self, _index: int) -> None:
        if self.link.currentData() is not None:
            self.role_checks[Role.AMBASSADOR].setChecked(True)
            if not self.name.text().strip():
                self.name.setText(self.link.currentText())

    def _sync(self) -> None:
        on = self.role_checks[Role.AMBASSADOR].isChecked()
        self.link.setEnabled(on and self.link.count() > 1)
        if not on:
            self.link.setCurrentIndex(0)

    def problems(self) -> list[str]:
        out = []
        if not self.name.text().strip():
            out.append(self.tr("Name is required."))
        if not self.roles():
            out.append(self.tr("Choose at least one role."))
        pin = self.pin.text().strip()
        if pin and not _pin_ok(pin):
            out.append(self.tr("The PIN must be 4 to 12 digits."))
        return out

    def submit(self) -> None:
        problems = self.problems()
        if problems:
            self.show_error("\n".join(problems))
            return
        self.run(service.add_profile, self.name.text().strip(), self.roles(),
                 self.pin.text().strip(), self.link.currentData())


def _save_roles_and_link(pf: Any, actor: Actor, profile_id: str, roles: frozenset[Role],
                         link_changed: bool, ambassador_id: str | None) -> object:
    """Roles first (it may drop a link), then the chosen link if it changed."""
    prof = service.set_roles(pf, actor, profile_id, roles)
    if link_changed and Role.AMBASSADOR in roles:
        service.link_ambassador(pf, actor, profile_id, ambassador_id)
    return prof


class EditRolesDialog(_RolesMixin, _Dialog):
    def __init__(self, session: Session, actor: Actor, row: service.ProfileRow,
                 ambassadors: list, parent: QWidget | None = None) -> None:
        super().__init__(session, actor, parent)
        self.setObjectName("editRolesDialog")
        self.row = row
        self.setWindowTitle(self.tr("Roles of {0}").format(row.profile.name))
        self.setMinimumWidth(520)
        roles_box = self._make_roles(self, row.profile.roles)
        self.link = QComboBox()
        self.link.setObjectName("linkAmbassadorCombo")
        self.link.setAccessibleName(self.tr("Link to ambassador"))
        self.link.addItem(self.tr("(none)"), None)
        if row.ambassador_id:
            self.link.addItem(row.ambassador_name or "", row.ambassador_id)
        for amb in ambassadors:
            self.link.addItem(amb.name, amb.id)
        self.link.setCurrentIndex(max(0, self.link.findData(row.ambassador_id))
                                  if row.ambassador_id else 0)
        self.role_checks[Role.AMBASSADOR].toggled.connect(
            lambda on: self.link.setEnabled(on))
        self.link.setEnabled(row.profile.has(Role.AMBASSADOR))
        form = QFormLayout()
        form.addRow(self.tr("Roles *"), roles_box)
        form.addRow(self.tr("&Link to ambassador"), self.link)
        lay = QVBoxLayout(self)
        lay.addWidget(self.error_label)
        lay.addWidget(QLabel(self.tr("One person can hold several roles. The programme always "
                                     "keeps at least one practice manager.")))
        lay.addLayout(form)
        lay.addWidget(self.buttons)

    def submit(self) -> None:
        roles = self.roles()
        if not roles:
            self.show_error(self.tr("Choose at least one role."))
            return
        chosen = self.link.currentData()
        self.run(_save_roles_and_link, self.row.profile.id, roles,
                 chosen != self.row.ambassador_id, chosen)


class PinDialog(_Dialog):
    def __init__(self, session: Session, actor: Actor, row: service.ProfileRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, actor, parent)
        self.setObjectName("pinDialog")
        self.row = row
        self.setWindowTitle(self.tr("PIN of {0}").format(row.profile.name))
        self.pin = QLineEdit()
        self.pin.setObjectName("pinEdit")
        self.pin.setAccessibleName(self.tr("New PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("4–12 digits"))
        self.repeat = QLineEdit()
        self.repeat.setObjectName("pinRepeatEdit")
        self.repeat.setAccessibleName(self.tr("Repeat the PIN"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.clear_button = self.buttons.addButton(self.tr("&Clear PIN"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.clear_button.setObjectName("clearPinButton")
        self.clear_button.setAccessibleName(self.tr("Clear PIN"))
        self.clear_button.setEnabled(row.profile.has_pin)
        self.clear_button.clicked.connect(lambda: self.run(service.set_pin, row.profile.id, ""))
        form = QFormLayout()
        form.addRow(self.tr("&New PIN"), self.pin)
        form.addRow(self.tr("&Repeat"), self.repeat)
        state = (self.tr("This profile has a PIN.") if row.profile.has_pin
                 else self.tr("This profile has no PIN."))
        lay = QVBoxLayout(self)
        lay.addWidget(self.error_label)
        lay.addWidget(QLabel(state))
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.pin.setFocus()

    def submit(self) -> None:
        pin = self.pin.text().strip()
        if not _pin_ok(pin):
            self.show_error(self.tr("The PIN must be 4 to 12 digits."))
            return
        if pin != self.repeat.text().strip():
            self.show_error(self.tr("The two PINs are not the same."))
            return
        self.run(service.set_pin, self.row.profile.id, pin)


def _load(pf: Any) -> tuple[list, list]:
    return service.list_profiles_with_links(pf), service.unlinked_ambassadors(pf)


class ProfilesTab(QWidget):
    changed = Signal(str)

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilesTab")
        self.window_ = window
        self.session: Session = window.session
        self.actor: Actor = window.actor
        self.is_manager = window.profile.has(Role.MANAGER)
        self.editable = self.is_manager and not self.session.read_only
        self.rows: list[service.ProfileRow] = []
        self.unlinked: list = []

        intro = QLabel(self.tr("Everyone who uses this programme file chooses their profile at "
                               "start. Reviewers need a profile to review drafts; ambassadors "
                               "need one to write drafts and tick their onboarding items."))
        intro.setWordWrap(True)
        self.note = QLabel(self.tr("Only a practice manager can add profiles or change roles "
                                   "and PINs.") if not self.is_manager else
                           self.tr("This file is open read-only; profiles cannot be changed."))
        self.note.setObjectName("profilesReadOnlyNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6d4c00;")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("profilesTable")
        self.table.setAccessibleName(self.tr("Profiles"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Roles"), self.tr("PIN"),
                                              self.tr("Linked ambassador")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_roles())
        self.add_button = QPushButton(self.tr("&Add profile…"))
        self.roles_button = QPushButton(self.tr("&Edit roles…"))
        self.pin_button = QPushButton(self.tr("Set/clear &PIN…"))
        for button, name, acc, slot in (
                (self.add_button, "addProfileButton", self.tr("Add profile"), self.add_profile),
                (self.roles_button, "editRolesButton", self.tr("Edit roles"), self.edit_roles),
                (self.pin_button, "setPinButton", self.tr("Set or clear PIN"), self.set_pin)):
            button.setObjectName(name)
            button.setAccessibleName(acc)
            button.clicked.connect(slot)
        self.message = QLabel()
        self.message.setObjectName("profilesMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.roles_button, self.pin_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        if not self.editable:
            lay.addWidget(self.note)
        else:
            self.note.hide()
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        self.add_button.setEnabled(self.editable)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        ops.run(self, self.session, _load).success(self._show)

    def _show(self, loaded: tuple[list, list]) -> None:
        selected = self.selected()
        self.rows, self.unlinked = loaded
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            p = row.profile
            roles = ", ".join(role_label(r) for r in ROLE_ORDER if p.has(r))
            cells = (p.name, roles, self.tr("yes") if p.has_pin else self.tr("no"),
                     row.ambassador_name or "–")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(i, col, item)
            if selected and p.id == selected.profile.id:
                self.table.selectRow(i)
        self._update_buttons()

    def selected(self) -> service.ProfileRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        has = self.editable and self.selected() is not None
        self.roles_button.setEnabled(has)
        self.pin_button.setEnabled(has)

    def _open(self, dialog: _Dialog, done: str) -> _Dialog:
        dialog.saved.connect(lambda _r: self._saved(done))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved(self, text: str) -> None:
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(text)
        self.reload()
        self.changed.emit("profiles")
        if hasattr(self.window_, "changed"):
            self.window_.changed.emit("profiles")

    def add_profile(self) -> AddProfileDialog | None:
        if not self.editable:
            return None
        return self._open(AddProfileDialog(self.session, self.actor, self.unlinked, self),
                          self.tr("Profile added."))

    def edit_roles(self) -> EditRolesDialog | None:
        row = self.selected()
        if row is None or not self.editable:
            return None
        return self._open(EditRolesDialog(self.session, self.actor, row, self.unlinked, self),
                          self.tr("Roles saved."))

    def set_pin(self) -> PinDialog | None:
        row = self.selected()
        if row is None or not self.editable:
            return None
        return self._open(PinDialog(self.session, self.actor, row, self), self.tr("PIN saved."))
