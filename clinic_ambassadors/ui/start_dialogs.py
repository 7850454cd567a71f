"""First start: welcome, programme set-up, and choosing who you are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.programme import Profile, Role
from clinic_ambassadors.ui.labels import role_label
from clinic_ambassadors.ui.messages import problem_text


class WelcomeDialog(QDialog):
    """Three ways in: a new programme, an existing file, or the demo."""

    NEW, OPEN, DEMO = 1, 2, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Clinic Ambassadors"))
        self.choice = 0
        title = QLabel(self.tr("Welcome to Clinic Ambassadors"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        text = QLabel(self.tr(
            "Run your practice's ambassador programme: colleagues post about their work, a "
            "doctor reviews, a checker flags legal risk before anything goes out. Everything stays "
            "in one file on this computer."))
        text.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(text)
        for label, hint, value, name in (
            (self.tr("Start a new programme"), self.tr("Name your practice and yourself; two minutes."),
             self.NEW, "welcomeNew"),
            (self.tr("Open an existing file…"), self.tr("For example a file on the practice's network "
                                                         "drive."), self.OPEN, "welcomeOpen"),
            (self.tr("Try the demo programme"), self.tr("A made-up practice with ambassadors in every "
                                                         "stage; nothing you do there matters."),
             self.DEMO, "welcomeDemo"),
        ):
            button = QPushButton(f"{label}\n{hint}")
            button.setObjectName(name)
            button.setAccessibleName(label)
            button.setMinimumHeight(56)
            button.setStyleSheet("text-align: left; padding: 8px 12px;")
            button.clicked.connect(lambda _c=False, v=value: self._choose(v))
            lay.addWidget(button)
        cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel.rejected.connect(self.reject)
        lay.addWidget(cancel)
        self.setMinimumWidth(520)

    def _choose(self, value: int) -> None:
        self.choice = value
        self.accept()


class SetupDialog(QDialog):
    """The programme's name and the first profile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("New programme"))
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #a40000; font-weight: 600;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.clinic = QLineEdit()
        self.clinic.setObjectName("clinicEdit")
        self.clinic.setAccessibleName(self.tr("Name of the practice"))
        self.clinic.setPlaceholderText(self.tr("e.g. Hausarztpraxis Dr. Muster"))
        self.clinic.setMaxLength(200)
        self.your_name = QLineEdit()
        self.your_name.setObjectName("yourNameEdit")
        self.your_name.setAccessibleName(self.tr("Your name"))
        self.your_name.setMaxLength(200)
        self.roles: dict[Role, QCheckBox] = {}
        role_box = QHBoxLayout()
        for role in Role:
            cb = QCheckBox(role_label(role))
            cb.setObjectName(f"role_{role.value}")
            cb.setChecked(role == Role.MANAGER)
            self.roles[role] = cb
            role_box.addWidget(cb)
        self.pin = QLineEdit()
        self.pin.setObjectName("pinEdit")
        self.pin.setAccessibleName(self.tr("PIN (optional)"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("optional, 4–12 digits"))
        for edit in (self.clinic, self.your_name, self.pin):  # a fixed field clears the message
            edit.textChanged.connect(self._recheck)
        # Who reviews: a new programme always reviews, so the question comes now.
        self.review_me = QRadioButton(self.tr("I review drafts myself (I am a doctor or the "
                                              "medical lead)"))
        self.review_me.setObjectName("reviewMe")
        self.review_other = QRadioButton(self.tr("Another person reviews:"))
        self.review_other.setObjectName("reviewOther")
        self.review_later = QRadioButton(self.tr("I will add a reviewer later (drafts cannot be "
                                                 "submitted until then)"))
        self.review_later.setObjectName("reviewLater")
        self.reviewer_name = QLineEdit()
        self.reviewer_name.setObjectName("reviewerNameEdit")
        self.reviewer_name.setAccessibleName(self.tr("Name of the reviewer"))
        self.reviewer_name.setPlaceholderText(self.tr("e.g. Dr. med. Anna Weber"))
        self.reviewer_name.setMaxLength(200)
        self.review_other.setChecked(True)
        self.reviewer_name.textChanged.connect(self._recheck)
        for button in (self.review_me, self.review_other, self.review_later):
            button.toggled.connect(self._sync_review)
        self.roles[Role.REVIEWER].toggled.connect(self._sync_review_from_role)
        review_box = QGroupBox(self.tr("Who reviews drafts before they are posted? *"))
        review_box.setObjectName("reviewerBox")
        review_lay = QVBoxLayout(review_box)
        review_lay.addWidget(self.review_me)
        other_row = QHBoxLayout()
        other_row.addWidget(self.review_other)
        other_row.addWidget(self.reviewer_name, 1)
        review_lay.addLayout(other_row)
        review_lay.addWidget(self.review_later)
        hint = QLabel(self.tr("Review checks legal risk, not style; nobody approves their own "
                              "draft. You can change this later under Programme > Review policy."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        review_lay.addWidget(hint)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        form = QFormLayout()
        form.addRow(self.tr("Name of the &practice *"), self.clinic)
        form.addRow(self.tr("&Your name *"), self.your_name)
        form.addRow(self.tr("Your role(s) *"), role_box)
        form.addRow(self.tr("&PIN"), self.pin)
        form.addRow(self.tr("Language of posts"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create programme"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.error_label)
        lay.addLayout(form)
        lay.addWidget(review_box)
        lay.addWidget(buttons)
        self.setMinimumWidth(560)
        self._sync_review()

    def _sync_review_from_role(self, checked: bool) -> None:
        """Ticking the reviewer role means "I review"; unticking it takes that choice back."""
        if checked:
            self.review_me.setChecked(True)
        elif self.review_me.isChecked():
            self.review_other.setChecked(True)

    def _sync_review(self) -> None:
        self.reviewer_name.setEnabled(self.review_other.isChecked())
        if self.review_me.isChecked():
            self.roles[Role.REVIEWER].blockSignals(True)
            self.roles[Role.REVIEWER].setChecked(True)
            self.roles[Role.REVIEWER].blockSignals(False)
        self._recheck()

    def values(self) -> dict:
        roles = {r for r, cb in self.roles.items() if cb.isChecked()}
        if self.review_me.isChecked():
            roles.add(Role.REVIEWER)
        return {
            "clinic_name": self.clinic.text().strip(),
            "your_name": self.your_name.text().strip(),
            "roles": frozenset(roles),
            "pin": self.pin.text().strip(),
            "language": self.language.currentData(),
            "reviewer_name": self.reviewer_name.text().strip()
            if self.review_other.isChecked() else "",
        }

    def problems(self) -> list[tuple[str, str]]:
        v = self.values()
        out = []
        if not v["clinic_name"]:
            out.append(("clinic_name", "required"))
        if not v["your_name"]:
            out.append(("your_name", "required"))
        if not v["roles"]:
            out.append(("roles", "required"))
        if v["pin"] and (not v["pin"].isdigit() or not 4 <= len(v["pin"]) <= 12):
            out.append(("pin", "invalid_pin"))
        if self.review_other.isChecked() and not v["reviewer_name"]:
            out.append(("reviewer_name", "required"))
        return out

    def _recheck(self) -> None:
        if self.error_label.isVisible():
            problems = self.problems()
            self.error_label.setText("\n".join(problem_text(f, c) for f, c in problems))
            self.error_label.setVisible(bool(problems))

    def _check(self) -> None:
        problems = self.problems()
        if problems:
            self.error_label.setText("\n".join(problem_text(f, c) for f, c in problems))
            self.error_label.show()
            return
        self.accept()


class ProfileDialog(QDialog):
    """Who is using the app now; a PIN where the profile has one."""

    def __init__(self, profiles: list[Profile], last_id: str | None,
                 check_pin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Who are you?"))
        self._check_pin = check_pin
        self.list = QListWidget()
        self.list.setObjectName("profileList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Profiles"))
        for p in profiles:
            roles = ", ".join(role_label(r) for r in sorted(p.roles, key=lambda r: r.value))
            item = QListWidgetItem(f"{p.name}  –  {roles}" + ("  🔒" if p.has_pin else ""))
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.list.addItem(item)
            if p.id == last_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.pin = QLineEdit()
        self.pin.setObjectName("pinEdit")
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #a40000;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self._try())
        self.list.currentItemChanged.connect(lambda *_: self._sync())
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Choose your profile:")))
        lay.addWidget(self.list)
        self.pin_row = QWidget()
        pr = QFormLayout(self.pin_row)
        pr.setContentsMargins(0, 0, 0, 0)
        pr.addRow(self.tr("PIN"), self.pin)
        lay.addWidget(self.pin_row)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)
        self.setMinimumSize(560, 400)
        self._sync()

    def profile(self) -> Profile | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _sync(self) -> None:
        p = self.profile()
        self.pin_row.setVisible(bool(p and p.has_pin))
        self.error_label.clear()

    def _try(self) -> None:
        p = self.profile()
        if p is None:
            return
        if p.has_pin and not self._check_pin(p.id, self.pin.text()):
            self.error_label.setText(self.tr("The PIN is not right. Please try again."))
            self.pin.selectAll()
            self.pin.setFocus()
            return
        self.accept()
