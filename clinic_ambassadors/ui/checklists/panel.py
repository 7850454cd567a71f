"""A reusable checklist view: items with checkboxes, help and legal basis, who ticked when.

Used by the Programme page (road map, onboarding, crisis), the draft editor (author's
part) and the review queue (reviewer's part). Ticks go through ``services.checklists``
on the writer thread; every tick, untick and refusal ends up in the audit log there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.checklists import (
    Item,
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
from clinic_ambassadors.ui.checklists.item_row import ItemRow, _escape
from clinic_ambassadors.ui.checklists.steady import SteadyRows
from clinic_ambassadors.ui.checklists.texts import role_label, show_error, ui_lang

MAX_MISSING_SHOWN = 3
#: Open items in the "still open" box are shortened to this many characters when several
#: are listed (the full texts are in its tooltip and in the list below).
MISSING_CHARS = 56


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
        outer = QVBoxLayout(self.body)
        outer.setContentsMargins(0, 0, 4, 0)
        self.items_box = QWidget(self.body)
        self.items_box.setObjectName("checklistItems")
        self.body_layout = QVBoxLayout(self.items_box)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(2)
        outer.addWidget(self.items_box)
        outer.addWidget(self.note_label)  # scrolls with the items: they get the room
        outer.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("checklistScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMinimumHeight(120)
        self.scroll.setWidget(self.body)
        self._groups: list[tuple[QGroupBox, str, list[Item]]] = []

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
        lay.addWidget(self.scroll, 1)
        #: Holds the clicked row in place while text above the list changes (see steady).
        self.steady = SteadyRows(self, lay, self.scroll)
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
        previous = self.view
        self.view = view
        if view is not None:
            self.instance_id = view.id
        if (previous is not None and view is not None and previous.id == view.id
                and self.rows and list(self.rows) == [i.id for i in self.items()]):
            self._update()  # same list: rows stay, so do focus and scroll position
        else:
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
        self._groups = []

    def _render(self) -> None:
        """Builds the rows anew; keeps the scroll position and the focused item's widget."""
        focus_id, focus_part = self._focused()
        scroll_value = self.scroll.verticalScrollBar().value()
        self.steady.release()  # other rows: nothing to hold
        self._clear()
        view = self.view
        if view is None:
            self.title.setText(self.tr("No checklist yet."))
            self.progress_label.setText("")
            self.progress.setValue(0)
            self.missing_label.setVisible(False)
            return
        lang = ui_lang()
        template = view.template
        groups: list[tuple[str, list[Item]]] = []
        for item in self.items():
            step = template.step(item.step) if item.step else None
            title = step.title(lang) if step else ""
            if not groups or groups[-1][0] != title:
                groups.append((title, []))
            groups[-1][1].append(item)
        states = view.states()
        chain: list[QWidget] = []
        for title, items in groups:
            container: QWidget
            if title:
                container = QGroupBox(title, self.items_box)
                container.setObjectName(f"step_{items[0].step}")
                self._groups.append((container, title, items))
            else:
                container = QWidget(self.items_box)
            box = QVBoxLayout(container)
            box.setSpacing(0)
            box.setContentsMargins(6, 6, 6, 6) if title else box.setContentsMargins(0, 0, 0, 0)
            for item in items:
                row = ItemRow(item, states[item.id], history(view.events, item.id), self.names,
                              lang, self._may_tick(item), container,
                              view.contradicted(item.id), me=self.actor.name)
                row.toggled.connect(self._toggle)
                self.rows[item.id] = row
                box.addWidget(row)
                chain.extend(row.focus_chain())
            self.body_layout.addWidget(container)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)  # item by item, top to bottom
        self._update_header()
        self.refresh_clock()
        self._restore(focus_id, focus_part, scroll_value)

    def _update(self) -> None:
        """After a tick: the same rows show the new state."""
        view = self.view
        assert view is not None
        states = view.states()
        for item_id, row in self.rows.items():
            row.set_state(states[item_id], history(view.events, item_id), self.names,
                          self._may_tick(row.item), view.contradicted(item_id))
        self._update_header()
        self.refresh_clock()

    def _may_tick(self, item: Item) -> bool:
        read_only = self.session.read_only or self.locked
        return not read_only and (item.may_tick(self.roles) or item.role is Role.AUTHOR)

    def _update_header(self) -> None:
        view = self.view
        assert view is not None
        lang = ui_lang()
        template = view.template
        self.title.setText(template.title(lang))
        self.part_filter.setVisible(template.kind is Kind.PRE_PUBLICATION)
        done, total = view.progress(self.part)
        missing_items = view.missing(self.part)
        req_total = sum(1 for i in self.items() if i.required)
        self.progress_label.setText(self.tr("{0} of {1} done (required: {2} of {3})").format(
            done, total, req_total - len(missing_items), req_total))
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setAccessibleDescription(self.progress_label.text())
        self.note_label.setText(template.note_text(lang))
        self.note_label.setVisible(bool(template.note_text(lang)))
        self._render_next(view, lang)
        states = view.states()
        for box, title, items in self._groups:
            step_done = sum(1 for i in items if states[i.id].ticked)
            box.setTitle(f"{title}  ({step_done}/{len(items)})")
        missing = self.missing_names()
        # Hidden as soon as nothing required is open; shown again on an untick.
        self.missing_label.setVisible(bool(missing) and not self.show_next
                                      and template.kind is not Kind.CRISIS_RESPONSE)
        shown = missing[:MAX_MISSING_SHOWN]
        lines = [f"• {_escape(_shorten(name) if len(missing) > 1 else name)}" for name in shown]
        if len(missing) > len(shown):
            lines.append(self.tr("… and {0} more").format(len(missing) - len(shown)))
        self.missing_label.setText("<b>" + self.tr("Still open (required):") + "</b><br>"
                                   + "<br>".join(lines))
        self.missing_label.setToolTip("\n".join(f"• {name}" for name in missing))

    def _focused(self) -> tuple[str | None, int]:
        """Which item's widget has focus (and which of its widgets), to put it back."""
        focus = QApplication.focusWidget()
        for item_id, row in self.rows.items():
            chain = row.focus_chain()
            if focus in chain:
                return item_id, chain.index(focus)
        return None, 0

    def _restore(self, focus_id: str | None, focus_part: int, scroll_value: int) -> None:
        bar = self.scroll.verticalScrollBar()
        bar.setValue(scroll_value)
        if scroll_value:  # the new rows are laid out later: set it again once they are
            QTimer.singleShot(0, self, lambda: bar.setValue(scroll_value))
        if focus_id is not None and focus_id in self.rows:
            target = self.rows[focus_id].focus_chain()[focus_part]
            if not target.isVisibleTo(self):
                target = self.rows[focus_id].check
            target.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.steady.hold()
        ops.run(self, self.session, checklists.set_item, self.actor, sorted(self.roles),
                self.instance_id, item_id, ticked, note).success(self._stored).failure(
            self._refused)

    def _stored(self, view: ChecklistView) -> None:
        self.show_view(view)
        self.steady.keep()
        self.changed.emit(view.id)

    def _refused(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reload()


def _shorten(text: str, limit: int = MISSING_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"

