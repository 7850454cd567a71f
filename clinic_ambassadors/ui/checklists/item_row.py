"""One checklist item: checkbox, text, who ticked it when, help and legal basis, a note."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.checklists import Contradiction, Item, ItemState
from clinic_ambassadors.ui.checklists.texts import local_time, records_say_text, role_label

OVERDUE_STYLE = "color: #b00020; font-weight: 600;"
MUTED_STYLE = "color: #555;"
RECORDS_STYLE = ("color: #8c1b1b; background: #fdecea; border: 1px solid #f5c2c0;"
                 " border-radius: 3px; padding: 2px 4px;")


class ItemRow(QFrame):
    """One item: checkbox, text, who/when/note, due time, expandable help and history.

    The row is updated in place after a tick (:meth:`set_state`), so keyboard focus and
    the scroll position survive; only a different list of items builds new rows.
    """

    toggled = Signal(str, bool, str)  # item id, ticked, note

    def __init__(self, item: Item, current: ItemState, events: list, names: dict, lang: str,
                 may_tick: bool, parent: QWidget | None = None,
                 contradicted: Sequence[Contradiction] = (), me: str = "") -> None:
        super().__init__(parent)
        self.item = item
        self.lang = lang
        #: Who ticks here (the panel's user): the room a tick of theirs needs is kept free.
        self.me = me
        self.setObjectName(f"itemRow_{item.id}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        text = item.text(lang)
        self.check = QCheckBox(self)
        self.check.setObjectName(f"item_{item.id}")
        self.check.setAccessibleName(text)
        self.check.clicked.connect(self._clicked)
        tip = [self.tr("Ticked by: {0}").format(role_label(item.role))]
        if item.help_text(lang):
            tip.append(item.help_text(lang))
        if item.basis_text(lang):
            tip.append(self.tr("Legal basis: {0}").format(item.basis_text(lang)))
        self._tip = "\n".join(tip)

        self.label = QLabel(self)
        self.label.setObjectName(f"itemText_{item.id}")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if item.required:
            self.label.setTextFormat(Qt.TextFormat.RichText)
            self.label.setText(_escape(text) + " <span style='color:#b00020'>*</span>")
        else:
            self.label.setTextFormat(Qt.TextFormat.PlainText)
            self.label.setText(text)
        self.label.setToolTip(self._tip)
        self.label.setBuddy(self.check)
        self.label.setSizePolicy(_wrapping_policy())
        self.meta = QLabel(self)
        self.meta.setObjectName(f"itemMeta_{item.id}")
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet(MUTED_STYLE)
        self.meta.setSizePolicy(_wrapping_policy())
        #: Never shown: measures the who/when line a tick adds, see :meth:`_fit_meta`.
        self._ruler = QLabel(self)  # parented: hiding it before layout must not make a window
        self._ruler.setWordWrap(True)
        self._ruler.setVisible(False)
        self.due = QLabel(self)  # parented: hiding it before layout must not make a window
        self.due.setObjectName(f"itemDue_{item.id}")
        self.due.setVisible(False)
        #: What the file's own records say against this item (hidden while they agree).
        self.records = QLabel(self)  # parented: hiding it before layout must not make a window
        self.records.setObjectName(f"itemRecords_{item.id}")
        self.records.setWordWrap(True)
        self.records.setStyleSheet(RECORDS_STYLE)
        self.records.setSizePolicy(_wrapping_policy())
        self.records.setVisible(False)

        self.more = QToolButton(self)
        self.more.setObjectName(f"itemDetails_{item.id}")
        self.more.setText(self.tr("Details"))
        self.more.setAccessibleName(self.tr("Details for: {0}").format(text))
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.details = QWidget(self)  # parented: hidden before layout must not make a window
        self.details.setObjectName(f"itemDetailsBox_{item.id}")
        self.details_layout = QVBoxLayout(self.details)
        self.details_layout.setContentsMargins(0, 2, 0, 4)
        self.details_layout.setSpacing(2)
        for value, fmt in ((item.help_text(lang), "{0}"),
                           (item.basis_text(lang), self.tr("Legal basis: {0}"))):
            if value:
                lab = QLabel(fmt.format(value), self.details)
                lab.setWordWrap(True)
                self.details_layout.addWidget(lab)
        self.note = QLineEdit(self.details)
        self.note.setObjectName(f"itemNote_{item.id}")
        self.note.setAccessibleName(self.tr("Note for the next tick of: {0}").format(text))
        self.note.setPlaceholderText(self.tr("Note for the next tick or untick (optional)"))
        self.details_layout.addWidget(self.note)
        self._history: list[QLabel] = []
        self.details.setVisible(False)
        self.more.toggled.connect(self.details.setVisible)

        text_col = QVBoxLayout()
        text_col.setSpacing(1)
        text_col.addWidget(self.label)
        text_col.addWidget(self.meta)
        text_col.addWidget(self.records)
        text_col.addWidget(self.details)
        side = QVBoxLayout()
        side.setSpacing(1)
        side.addWidget(self.more, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.due, 0, Qt.AlignmentFlag.AlignRight)
        side.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 3, 2, 3)
        row.setSpacing(8)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text_col, 1)
        row.addLayout(side)
        self._pending = False
        self._ticked = current.ticked
        self.set_state(current, events, names, may_tick, contradicted)

    def set_state(self, current: ItemState, events: list, names: dict, may_tick: bool,
                  contradicted: Sequence[Contradiction] = ()) -> None:
        """Shows the stored state; the widgets stay, so focus stays where it was."""
        changed = current.ticked != self._ticked
        self._pending = False
        self._ticked = current.ticked
        self.check.blockSignals(True)
        self.check.setChecked(current.ticked)
        self.check.blockSignals(False)
        self.check.setEnabled(may_tick)
        self.note.setEnabled(may_tick)
        if changed:
            self.note.clear()
        self.check.setToolTip(self._tip if may_tick else self.tr(
            "Only the role “{0}” can tick this item.").format(role_label(self.item.role)))
        self._show_records(contradicted)
        parts = [self.tr("required") if self.item.required else self.tr("optional"),
                 role_label(self.item.owner_role or self.item.role)]
        if current.ticked and current.at is not None:
            parts.append(self.tr("✓ {0}, {1}").format(names.get(current.by, current.by or "?"),
                                                      local_time(current.at)))
        if current.note:
            parts.append(self.tr("Note: {0}").format(current.note))
        self.meta.setText(" · ".join(parts))
        if not current.ticked and may_tick:
            parts.append(self.tr("✓ {0}, {1}").format(self.me or "?", local_time(datetime.now())))
        self._ruler.setText(" · ".join(parts))
        self._fit_meta()
        for lab in self._history:
            self.details_layout.removeWidget(lab)
            lab.deleteLater()
        self._history = []
        for event in events:
            verb = self.tr("ticked") if event.ticked else self.tr("unticked")
            line = self.tr("{0} {1} on {2}").format(names.get(event.actor_id, event.actor_id or "?"),
                                                    verb, local_time(event.at))
            if event.note:
                line += f" – {event.note}"
            lab = QLabel(line, self.details)
            lab.setWordWrap(True)
            lab.setStyleSheet(MUTED_STYLE)
            self.details_layout.insertWidget(self.details_layout.indexOf(self.note), lab)
            self._history.append(lab)

    def _show_records(self, contradicted: Sequence[Contradiction]) -> None:
        """Shown before a tick (which is refused while it stands) and after one, should the
        records change later (a consent withdrawn): the person sees it where they tick."""
        text = records_say_text([c.record for c in contradicted]) if contradicted else ""
        self.records.setText(text)
        self.records.setVisible(bool(text))
        self.check.setAccessibleDescription(text)
        if text:
            self.check.setToolTip(text + "\n\n" + self.check.toolTip())

    def _clicked(self, checked: bool) -> None:
        if self._pending:  # the writer has not answered the last click yet
            self.check.blockSignals(True)
            self.check.setChecked(not checked)
            self.check.blockSignals(False)
            return
        self._pending = True  # stays enabled: disabling would throw keyboard focus away
        self.toggled.emit(self.item.id, checked, self.note.text())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_meta()

    def _fit_meta(self) -> None:
        """Keeps room for the "✓ who, when" a tick adds: a row that got taller on a tick
        (its line wrapping in a narrow column) would push the rows below it away from
        under the mouse between two quick clicks."""
        width = self.meta.width()
        if width > 0:
            self.meta.setMinimumHeight(self._ruler.heightForWidth(width))

    def focus_chain(self) -> list[QWidget]:
        return [self.check, self.more, self.note]

    def show_due(self, due: datetime | None, now: datetime) -> None:
        if due is None:
            self.due.setVisible(False)
            return
        self.due.setVisible(True)
        if not self._ticked and due < now:
            self.due.setText(self.tr("overdue since {0}").format(local_time(due)))
            self.due.setStyleSheet(OVERDUE_STYLE)
            self.due.setProperty("overdue", True)
        else:
            self.due.setText(self.tr("due {0}").format(local_time(due)))
            self.due.setStyleSheet(MUTED_STYLE)
            self.due.setProperty("overdue", False)


def _wrapping_policy() -> QSizePolicy:
    """Wide, as tall as the wrapped text: a plain setSizePolicy would drop the
    height-for-width flag of a word-wrapped label and leave empty lines around it."""
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    return policy


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
