"""A reusable checklist view: items with checkboxes, help and legal basis, who ticked when.

Used by the Programme page (road map, onboarding, crisis), the draft editor (author's
part) and the review queue (reviewer's part). Ticks go through ``services.checklists``
on the writer thread; every tick, untick and refusal ends up in the audit log there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.checklists import (
    Item,
    ItemState,
    Kind,
    Part,
    Role,
    due_at,
    history,
)
from clinic_ambassadors.services import checklists
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.checklists import ChecklistView
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.checklists.texts import local_time, role_label, show_error, ui_lang

OVERDUE_STYLE = "color: #b00020; font-weight: 600;"
MUTED_STYLE = "color: #555;"
MAX_MISSING_SHOWN = 5


def load_checklist(pf: Any, actor: Actor, instance_id: str | None, kind: Kind | None,
                   entity_id: str | None, create: bool) -> tuple[ChecklistView | None, dict]:
    """Runs on the writer: the instance (started if asked) and profile names for "who"."""
    if instance_id is not None:
        view = checklists.view(pf, instance_id)
    else:
        assert kind is not None
        view = checklists.view_for(pf, actor, kind, entity_id, create=create)
    names = {p.id: p.name for p in programme_service.profiles(pf)}
    return view, names


def _roles(roles: Iterable[Any]) -> frozenset[Role]:
    out = set()
    for role in roles or ():
        try:
            out.add(Role(getattr(role, "value", role)))
        except ValueError:
            continue
    return frozenset(out)


class ItemRow(QFrame):
    """One item: checkbox, text, who/when/note, due time, expandable help and history."""

    toggled = Signal(str, bool, str)  # item id, ticked, note

    def __init__(self, item: Item, current: ItemState, events: list, names: dict, lang: str,
                 may_tick: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"itemRow_{item.id}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        text = item.text(lang)
        self.check = QCheckBox()
        self.check.setObjectName(f"item_{item.id}")
        self.check.setAccessibleName(text)
        self.check.setChecked(current.ticked)
        self.check.setEnabled(may_tick)
        self.check.clicked.connect(self._clicked)
        who = self.tr("Ticked by: {0}").format(role_label(item.role))
        tip = [who]
        if item.help_text(lang):
            tip.append(item.help_text(lang))
        if item.basis_text(lang):
            tip.append(self.tr("Legal basis: {0}").format(item.basis_text(lang)))
        self.check.setToolTip("\n".join(tip) if may_tick else
                              self.tr("Only the role “{0}” can tick this item.").format(
                                  role_label(item.role)))

        self.label = QLabel(_escape(text) + " <span style='color:#b00020'>*</span>")
        self.label.setObjectName(f"itemText_{item.id}")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText if item.required else Qt.TextFormat.PlainText)
        if not item.required:
            self.label.setText(text)
        self.label.setToolTip("\n".join(tip))
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.meta = QLabel()
        self.meta.setObjectName(f"itemMeta_{item.id}")
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet(MUTED_STYLE)
        role_text = role_label(item.owner_role or item.role)
        parts = [self.tr("required") if item.required else self.tr("optional"), role_text]
        if current.ticked and current.at is not None:
            parts.append(self.tr("✓ {0}, {1}").format(names.get(current.by, current.by or "?"),
                                                      local_time(current.at)))
        if current.note:
            parts.append(self.tr("Note: {0}").format(current.note))
        self.meta.setText(" · ".join(parts))
        self.due = QLabel()
        self.due.setObjectName(f"itemDue_{item.id}")
        self.due.setVisible(False)

        self.more = QToolButton()
        self.more.setObjectName(f"itemDetails_{item.id}")
        self.more.setText(self.tr("Details"))
        self.more.setAccessibleName(self.tr("Details for: {0}").format(text))
        self.more.setCheckable(True)
        self.details = QWidget()
        self.details.setObjectName(f"itemDetailsBox_{item.id}")
        box = QVBoxLayout(self.details)
        box.setContentsMargins(0, 2, 0, 4)
        for value, fmt in ((item.help_text(lang), "{0}"),
                           (item.basis_text(lang), self.tr("Legal basis: {0}"))):
            if value:
                lab = QLabel(fmt.format(value))
                lab.setWordWrap(True)
                box.addWidget(lab)
        for event in events:
            verb = self.tr("ticked") if event.ticked else self.tr("unticked")
            line = self.tr("{0} {1} on {2}").format(names.get(event.actor_id, event.actor_id or "?"),
                                                    verb, local_time(event.at))
            if event.note:
                line += f" – {event.note}"
            lab = QLabel(line)
            lab.setWordWrap(True)
            lab.setStyleSheet(MUTED_STYLE)
            box.addWidget(lab)
        self.note = QLineEdit()
        self.note.setObjectName(f"itemNote_{item.id}")
        self.note.setAccessibleName(self.tr("Note for the next tick of: {0}").format(text))
        self.note.setPlaceholderText(self.tr("Note for the next tick or untick (optional)"))
        self.note.setEnabled(may_tick)
        box.addWidget(self.note)
        self.details.setVisible(False)
        self.more.toggled.connect(self.details.setVisible)

        grid = QGridLayout(self)
        grid.setContentsMargins(2, 4, 2, 4)
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.check, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.label, 0, 1)
        grid.addWidget(self.more, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.meta, 1, 1)
        grid.addWidget(self.due, 1, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.details, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._ticked = current.ticked

    def _clicked(self, checked: bool) -> None:
        self.check.setEnabled(False)  # until the writer answers
        self.toggled.emit(self.item.id, checked, self.note.text())

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


class ChecklistPanel(QWidget):
    """Shows one checklist instance: by ``instance_id``, or the latest of ``kind`` for
    ``entity_id`` (started on first look unless ``create=False``).

    ``part`` limits the pre-publication list to the author's or reviewer's part;
    ``extra_roles`` adds roles the caller knows (e.g. ``{"author"}`` in the editor).
    """

    changed = Signal(str)  # instance id, after a tick or untick was stored
    loaded = Signal(object)  # ChecklistView

    def __init__(self, session: Session, actor: Actor, roles: Iterable[Any],
                 instance_id: str | None = None, *, kind: Kind | str | None = None,
                 entity_id: str | None = None, part: Part | str | None = None,
                 create: bool = True, show_next: bool = False, show_header: bool = True,
                 extra_roles: Iterable[Any] = (), now: Callable[[], datetime] | None = None,
                 locked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.session, self.actor = session, actor
        self.roles = _roles(roles) | _roles(extra_roles)
        self.instance_id = instance_id
        self.kind = Kind(kind) if kind is not None else None
        self.entity_id, self.create, self.show_next = entity_id, create, show_next
        #: A record that is closed (an incident after its end) is shown, not changed.
        self.locked = locked
        self.part = Part(part) if part else None
        self.view: ChecklistView | None = None
        self.names: dict[str, str] = {}
        self.rows: dict[str, ItemRow] = {}
        self._now = now or (lambda: datetime.now(UTC))

        self.title = QLabel(self)  # parented: hiding it before layout must not make a window
        self.title.setObjectName("checklistTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title.setVisible(show_header)
        self.progress_label = QLabel(self)  # parented: hiding it before layout must not make a window
        self.progress_label.setObjectName("checklistProgressLabel")
        self.progress = QProgressBar(self)  # parented: hiding it before layout must not make a window
        self.progress.setObjectName("checklistProgress")
        self.progress.setAccessibleName(self.tr("Checklist progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.part_filter = QComboBox(self)  # parented: hiding it before layout must not make a window
        self.part_filter.setObjectName("checklistPartFilter")
        self.part_filter.setAccessibleName(self.tr("Show part of the checklist"))
        self.part_filter.addItem(self.tr("Whole checklist"), None)
        self.part_filter.addItem(self.tr("Author's part"), Part.AUTHOR.value)
        self.part_filter.addItem(self.tr("Reviewer's part"), Part.REVIEWER.value)
        self.part_filter.setCurrentIndex(self.part_filter.findData(
            self.part.value if self.part else None))
        self.part_filter.setVisible(False)
        self.part_filter.currentIndexChanged.connect(
            lambda _i: self.set_part(self.part_filter.currentData()))
        self.next_label = QLabel(self)  # parented: hiding it before layout must not make a window
        self.next_label.setObjectName("checklistNext")
        self.next_label.setWordWrap(True)
        self.next_label.setStyleSheet("background: #eef5ee; border: 1px solid #9cc59c;"
                                      " border-radius: 4px; padding: 8px;")
        self.next_label.setVisible(False)
        self.missing_label = QLabel(self)  # parented: hiding it before layout must not make a window
        self.missing_label.setObjectName("checklistMissing")
        self.missing_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        self.missing_label.setStyleSheet("color: #7a4b00;")
        self.missing_label.setVisible(False)
        self.note_label = QLabel(self)  # parented: hiding it before layout must not make a window
        self.note_label.setObjectName("checklistNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #555; font-style: italic;")

        self.body = QWidget()
        self.body.setObjectName("checklistBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("checklistScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)

        head = QHBoxLayout()
        head.addWidget(self.progress_label, 1)
        head.addWidget(self.part_filter)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addLayout(head)
        lay.addWidget(self.progress)
        lay.addWidget(self.next_label)
        lay.addWidget(self.missing_label)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.note_label)
        self.reload()

    # --- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        ops.run(self, self.session, load_checklist, self.actor, self.instance_id, self.kind,
                self.entity_id, self.create).success(self._loaded)

    def _loaded(self, result: tuple[ChecklistView | None, dict]) -> None:
        view, names = result
        self.names = names
        self.show_view(view)

    def show_view(self, view: ChecklistView | None) -> None:
        self.view = view
        if view is not None:
            self.instance_id = view.id
        self._render()
        self.loaded.emit(view)

    def set_part(self, part: Part | str | None) -> None:
        self.part = Part(part) if part else None
        index = self.part_filter.findData(self.part.value if self.part else None)
        if index != self.part_filter.currentIndex():
            self.part_filter.setCurrentIndex(index)
        self._render()

    def items(self) -> list[Item]:
        if self.view is None:
            return []
        return [i for i in self.view.template.road_map() if self.part is None or i.part == self.part]

    def missing_names(self) -> list[str]:
        """Texts of the open required items in view (the gate's list, as people read it)."""
        if self.view is None:
            return []
        return [i.text(ui_lang()) for i in self.view.missing(self.part)]

    # --- drawing ----------------------------------------------------------------------
    def _clear(self) -> None:
        while self.body_layout.count():
            child = self.body_layout.takeAt(0)
            if child.widget() is not None:
                child.widget().deleteLater()
        self.rows = {}

    def _render(self) -> None:
        self._clear()
        view = self.view
        if view is None:
            self.title.setText(self.tr("No checklist yet."))
            self.progress_label.setText("")
            self.progress.setValue(0)
            return
        lang = ui_lang()
        template = view.template
        self.title.setText(template.title(lang))
        self.part_filter.setVisible(template.kind is Kind.PRE_PUBLICATION)
        done, total = view.progress(self.part)
        req_done, req_total = (sum(1 for i in self.items() if i.required) - len(
            view.missing(self.part)), sum(1 for i in self.items() if i.required))
        self.progress_label.setText(self.tr("{0} of {1} done (required: {2} of {3})").format(
            done, total, req_done, req_total))
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setAccessibleDescription(self.progress_label.text())
        self.note_label.setText(template.note_text(lang))
        self.note_label.setVisible(bool(template.note_text(lang)))
        self._render_next(view, lang)
        missing = self.missing_names()
        self.missing_label.setVisible(bool(missing) and not self.show_next
                                      and template.kind is not Kind.CRISIS_RESPONSE)
        shown = missing[:MAX_MISSING_SHOWN]
        lines = [f"• {_escape(name)}" for name in shown]
        if len(missing) > len(shown):
            lines.append(self.tr("… and {0} more").format(len(missing) - len(shown)))
        self.missing_label.setText("<b>" + self.tr("Still open (required):") + "</b><br>"
                                   + "<br>".join(lines))

        states = view.states()
        groups: list[tuple[str, list[Item]]] = []
        for item in self.items():
            step = template.step(item.step) if item.step else None
            title = step.title(lang) if step else ""
            if not groups or groups[-1][0] != title:
                groups.append((title, []))
            groups[-1][1].append(item)
        read_only = self.session.read_only or self.locked
        for title, items in groups:
            container: QWidget
            if title:
                container = QGroupBox(title, self.body)
                step_done = sum(1 for i in items if states[i.id].ticked)
                container.setTitle(f"{title}  ({step_done}/{len(items)})")
                container.setObjectName(f"step_{items[0].step}")
            else:
                container = QWidget(self.body)
            box = QVBoxLayout(container)
            box.setContentsMargins(6, 6, 6, 6) if title else box.setContentsMargins(0, 0, 0, 0)
            for item in items:
                may = not read_only and (item.may_tick(self.roles) or item.role is Role.AUTHOR)
                row = ItemRow(item, states[item.id], history(view.events, item.id), self.names,
                              lang, may, container)
                row.toggled.connect(self._toggle)
                self.rows[item.id] = row
                box.addWidget(row)
            self.body_layout.addWidget(container)
        self.body_layout.addStretch(1)
        self.refresh_clock()

    def _render_next(self, view: ChecklistView, lang: str) -> None:
        nxt = view.next_open()
        if not self.show_next:
            self.next_label.setVisible(False)
            return
        self.next_label.setVisible(True)
        if nxt is None:
            self.next_label.setText(self.tr("All steps are done."))
            return
        step = view.template.step(nxt.step) if nxt.step else None
        owner = role_label(nxt.owner_role or nxt.role)
        self.next_label.setText(
            "<b>" + self.tr("Next step") + ":</b> " + _escape(nxt.text(lang)) + "<br>"
            + self.tr("Owner: {0}").format(owner)
            + (" · " + self.tr("Phase: {0}").format(_escape(step.title(lang))) if step else ""))

    def refresh_clock(self) -> None:
        """Due times against the clock (crisis lists): overdue items turn red."""
        if self.view is None:
            return
        started = self.view.started_at()
        now = self._now()
        for row in self.rows.values():
            row.show_due(due_at(row.item, started) if self.view.template.kind is
                         Kind.CRISIS_RESPONSE else None, now)

    def overdue_items(self) -> list[str]:
        return [i for i, row in self.rows.items() if row.due.property("overdue")]

    # --- ticking ----------------------------------------------------------------------
    def _toggle(self, item_id: str, ticked: bool, note: str) -> None:
        if self.instance_id is None:
            return
        ops.run(self, self.session, checklists.set_item, self.actor, sorted(self.roles),
                self.instance_id, item_id, ticked, note).success(self._stored).failure(
            self._refused)

    def _stored(self, view: ChecklistView) -> None:
        self.show_view(view)
        self.changed.emit(view.id)

    def _refused(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reload()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
