"""Small dialogs for workflow steps that need input: schedule date, override reason, withdraw."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.ui.workflow_text import refusal_text


class _InputDialog(QDialog):
    def __init__(self, name: str, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.lay = QVBoxLayout(self)
        self.lay.addWidget(self.intro)

    def finish_layout(self) -> None:
        self.lay.addWidget(self.message)
        self.lay.addWidget(self.buttons)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class OverrideDialog(_InputDialog):
    """A reviewer lets block findings pass; the written reason goes into the audit log."""

    def __init__(self, rules: Sequence[tuple[str, str]], on_ok: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        names = "".join(f"<li><b>{html.escape(rid)}</b> – {html.escape(title)}</li>"
                        for rid, title in rules)
        super().__init__("overrideDialog", self.tr("Override block finding"),
                         self.tr("You let these block findings pass for this revision:") +
                         f"<ul>{names}</ul>" +
                         self.tr("Say why (e.g. a quoted study, not a promise of healing). The "
                                 "reason is kept in the audit log."), parent)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setAccessibleName(self.tr("Reason for the override"))
        self.reason.setTabChangesFocus(True)
        self.lay.addWidget(self.reason)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Override"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("overrideOk")
        self._on_ok = on_ok
        self.buttons.accepted.connect(self._accept)

    def _accept(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.show_message(refusal_text("override_reason_required"))
            self.reason.setFocus()
            return
        self._on_ok(reason)


class ScheduleDialog(_InputDialog):
    def __init__(self, planned: date | None, on_ok: Callable[[date], None],
                 parent: QWidget | None = None) -> None:
        super().__init__("scheduleDialog", self.tr("Schedule"),
                         self.tr("On which day will the post go out?"), parent)
        start = planned or date.today()
        self.date = QDateEdit(QDate(start.year, start.month, start.day))
        self.date.setObjectName("scheduleDate")
        self.date.setAccessibleName(self.tr("Planned date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.lay.addWidget(self.date)
        self.finish_layout()
        self._on_ok = on_ok
        self.buttons.accepted.connect(self._accept)

    def _accept(self) -> None:
        qd = self.date.date()
        self._on_ok(date(qd.year(), qd.month(), qd.day()))


class WithdrawDialog(_InputDialog):
    def __init__(self, on_ok: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__("withdrawDialog", self.tr("Withdraw draft"),
                         self.tr("The draft will not be published. It stays in the file with "
                                 "its history. A reason is optional."), parent)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("withdrawReason")
        self.reason.setAccessibleName(self.tr("Reason for withdrawing"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(100)
        self.lay.addWidget(self.reason)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Withdraw"))
        self._on_ok = on_ok
        self.buttons.accepted.connect(lambda: self._on_ok(self.reason.toPlainText().strip()))
