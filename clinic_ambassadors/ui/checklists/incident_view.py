"""Crisis mode: open and closed incidents, the crisis checklist against the clock,
held posts, timeline notes, and closing with a resolution (which resumes the posts)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.drafts import DraftState
from clinic_ambassadors.services import incidents
from clinic_ambassadors.services.incidents import IncidentView
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.checklists.incident_dialog import severity_label
from clinic_ambassadors.ui.checklists.panel import ChecklistPanel
from clinic_ambassadors.ui.checklists.texts import error_text, local_time
from clinic_ambassadors.ui.workflow_text import state_label

CLOCK_INTERVAL_MS = 60_000


class IncidentsView(QWidget):
    """List on the left; the selected incident on the right. A QTimer refreshes due times."""

    changed = Signal(str)

    def __init__(self, session: Session, actor: Actor, roles: Iterable[Any],
                 now: Callable[[], datetime] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsView")
        self.session, self.actor, self.roles = session, actor, list(roles)
        self._now = now or (lambda: datetime.now(UTC))
        self.current: IncidentView | None = None
        self.panel: ChecklistPanel | None = None

        self.list = QListWidget()
        self.list.setObjectName("incidentList")
        self.list.setAccessibleName(self.tr("Incidents"))
        self.list.setMinimumWidth(240)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(lambda cur, _p: self._select(cur))
        self.empty = QLabel(self.tr("No incidents so far. If something goes wrong on social "
                                    "media, use “Report an incident”."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("incidentsEmpty")

        self.header = QLabel()
        self.header.setObjectName("incidentHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.clock = QLabel()
        self.clock.setObjectName("incidentClock")
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("incidentTabs")
        self.checklist_box = QWidget()
        self.checklist_layout = QVBoxLayout(self.checklist_box)
        self.checklist_layout.setContentsMargins(0, 4, 0, 0)
        self.detail_tabs.addTab(self.checklist_box, self.tr("Crisis checklist"))

        timeline_box = QWidget()
        tl = QVBoxLayout(timeline_box)
        self.timeline = QListWidget()
        self.timeline.setObjectName("incidentTimeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("incidentNote")
        self.note.setAccessibleName(self.tr("New timeline note"))
        self.note.setPlaceholderText(self.tr("What happened, what was decided …"))
        self.add_note_button = QPushButton(self.tr("Add &note"))
        self.add_note_button.setObjectName("addIncidentNote")
        self.add_note_button.setAccessibleName(self.tr("Add note"))
        self.add_note_button.clicked.connect(self.add_note)
        self.note.returnPressed.connect(self.add_note)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.add_note_button)
        tl.addWidget(self.timeline, 1)
        tl.addLayout(row)
        self.detail_tabs.addTab(timeline_box, self.tr("Timeline"))

        held_box = QWidget()
        hl = QVBoxLayout(held_box)
        self.held = QListWidget()
        self.held.setObjectName("incidentHeldPosts")
        self.held.setAccessibleName(self.tr("Held posts"))
        hl.addWidget(self.held)
        self.detail_tabs.addTab(held_box, self.tr("Held posts"))

        self.resolution = QLineEdit()
        self.resolution.setObjectName("incidentResolution")
        self.resolution.setAccessibleName(self.tr("Resolution"))
        self.resolution.setPlaceholderText(self.tr("How was it resolved? (needed to close)"))
        self.close_button = QPushButton(self.tr("&Close incident"))
        self.close_button.setObjectName("closeIncidentButton")
        self.close_button.setAccessibleName(self.tr("Close incident"))
        self.close_button.clicked.connect(self.close_incident)
        self.message = QLabel()
        self.message.setObjectName("incidentMessage")
        self.message.setWordWrap(True)
        close_row = QHBoxLayout()
        close_row.addWidget(self.resolution, 1)
        close_row.addWidget(self.close_button)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        rl.addWidget(self.header)
        rl.addWidget(self.clock)
        rl.addWidget(self.detail_tabs, 1)
        rl.addLayout(close_row)
        rl.addWidget(self.message)
        self.right = right
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list)
        ll.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 720])
        lay = QVBoxLayout(self)
        lay.addWidget(split)

        self.timer = QTimer(self)
        self.timer.setObjectName("incidentClockTimer")
        self.timer.setInterval(CLOCK_INTERVAL_MS)
        self.timer.timeout.connect(self.tick_clock)
        self.timer.start()
        self.right.setVisible(False)
        self.reload()

    # --- list -------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        wanted = select or self.current_id()
        ops.run(self, self.session, incidents.incidents).success(
            lambda rows: self._show_list(rows, wanted))

    def _show_list(self, rows: list, wanted: str | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for rec in rows:
            state = self.tr("open") if rec.is_open else self.tr("closed")
            item = QListWidgetItem(f"{rec.title}\n{state} · {local_time(rec.started_at)}")
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            if rec.is_open:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not rows)
        ids = [r.id for r in rows]
        if wanted in ids:
            self.list.setCurrentRow(ids.index(wanted))
            self._select(self.list.currentItem(), force=True)
        elif rows:
            self.list.setCurrentRow(0)
        else:
            self.right.setVisible(False)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def show_incident(self, incident_id: str) -> None:
        self.reload(select=incident_id)

    def _select(self, item: QListWidgetItem | None, force: bool = False) -> None:
        if item is None:
            self.right.setVisible(False)
            return
        incident_id = item.data(Qt.ItemDataRole.UserRole)
        if not force and self.current is not None and self.current.incident.id == incident_id:
            return
        ops.run(self, self.session, incidents.incident_view, incident_id).success(self._show)

    # --- detail -----------------------------------------------------------------------
    def _show(self, view: IncidentView) -> None:
        same = self.current is not None and self.current.incident.id == view.incident.id
        self.current = view
        rec = view.incident
        self.right.setVisible(True)
        status = (self.tr("Open since {0}").format(local_time(rec.started_at)) if rec.is_open
                  else self.tr("Closed {0} – {1}").format(local_time(rec.closed_at),
                                                          _escape(rec.resolution)))
        self.header.setText(
            f"<span style='font-size:15px; font-weight:600'>{_escape(rec.title)}</span><br>"
            + self.tr("Severity: {0}").format(severity_label(rec.severity)) + " · " + status
            + (f"<br><span style='color:#555'>{_escape(rec.description)}</span>"
               if rec.description else ""))
        if same and self.panel is not None and self.panel.locked != (not rec.is_open):
            self.panel.locked = not rec.is_open  # closed while shown: the list freezes
            self.panel.reload()
        if view.checklist is not None and not (same and self.panel is not None):
            if self.panel is not None:
                self.panel.deleteLater()
            self.panel = ChecklistPanel(self.session, self.actor, self.roles,
                                        view.checklist.id, show_header=False, now=self._now,
                                        locked=not rec.is_open)
            self.panel.setObjectName("crisisChecklist")
            self.panel.changed.connect(lambda _i: self.tick_clock())
            self.panel.loaded.connect(lambda _v: self.tick_clock())
            self.checklist_layout.addWidget(self.panel)
        self.timeline.clear()
        for note in view.timeline:
            self.timeline.addItem(f"{local_time(note.at)} · {note.actor_name}: {note.text}")
        self.held.clear()
        for _draft_id, title, state, paused in view.paused:
            label = state_label(DraftState(state))
            self.held.addItem(self.tr("{0} – {1}, {2}").format(
                title, label, self.tr("held") if paused else self.tr("released")))
        if not view.paused:
            self.held.addItem(self.tr("This incident holds no posts."))
        writable = rec.is_open and not self.session.read_only
        for widget in (self.resolution, self.close_button):
            widget.setVisible(rec.is_open)
            widget.setEnabled(writable)
        self.tick_clock()

    def tick_clock(self) -> None:
        """Each minute: due times and overdue items against the current time."""
        if self.current is None:
            return
        if self.panel is not None:
            self.panel.refresh_clock()
        rec = self.current.incident
        if not rec.is_open:
            self.clock.setText("")
            return
        started = datetime.fromisoformat(rec.started_at)
        minutes = int((self._now() - started).total_seconds() // 60)
        late = len(self.panel.overdue_items()) if self.panel is not None else 0
        text = self.tr("Crisis mode: {0} h {1} min since the start.").format(minutes // 60,
                                                                            minutes % 60)
        if late:
            text += " " + self.tr("%n item(s) overdue.", "", late)
        self.clock.setText(text)
        self.clock.setStyleSheet("color: #b00020; font-weight: 600;" if late else
                                 "font-weight: 600;")

    def add_note(self) -> None:
        if self.current is None or not self.note.text().strip():
            return
        text = self.note.text()
        ops.run(self, self.session, incidents.add_note, self.actor, self.current.incident.id,
                text).success(lambda _n: (self.note.clear(), self.reload()))

    def close_incident(self) -> QMessageBox | None:
        """Close; with required crisis steps still open, ask first (they may matter later)."""
        if self.current is None:
            return None
        checklist = self.current.checklist
        open_items = checklist.missing() if checklist is not None else []
        if open_items and self.resolution.text().strip():
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Close incident"), self.tr(
                "%n required crisis step(s) are still open. Close the incident anyway? Held "
                "posts will be released.", "", len(open_items)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
            box.setObjectName("closeIncidentConfirm")
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.finished.connect(
                lambda r: self._do_close() if r == QMessageBox.StandardButton.Yes else None)
            box.open()
            return box
        self._do_close()
        return None

    def _do_close(self) -> None:
        if self.current is None:
            return
        incident_id = self.current.incident.id
        ops.run(self, self.session, incidents.close_incident, self.actor, incident_id,
                self.resolution.text()).success(self._closed).failure(
            lambda exc: self.message.setText(error_text(exc)))

    def _closed(self, resumed: list[str]) -> None:
        self.resolution.clear()
        self.message.setText(self.tr("Incident closed; %n held post(s) resumed.", "",
                                     len(resumed)))
        self.changed.emit("drafts")
        self.reload()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
