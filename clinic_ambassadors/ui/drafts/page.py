"""The Drafts page: filters, full-text search, list or board, and the way into the editor."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.ui.tables import record_table
from clinic_ambassadors.core.drafts import DraftState
from clinic_ambassadors.core.posts import CHANNEL_LIMITS, DraftFilter
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import draft_editor
from clinic_ambassadors.services import drafts as service
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.drafts.board import DraftBoard
from clinic_ambassadors.ui.drafts.editor import DraftEditor
from clinic_ambassadors.ui.drafts.fields import NewDraftDialog
from clinic_ambassadors.ui.drafts.model import DraftTableModel, channel_name
from clinic_ambassadors.ui.messages import error_text
from clinic_ambassadors.ui.workflow_text import state_label

if TYPE_CHECKING:
    from clinic_ambassadors.ui.main_window import MainWindow

WEEKS_BACK, WEEKS_AHEAD = 4, 12
#: Characters a filter shows at the least before it elides (the window stays usable at 900 px).
MIN_FILTER_CHARS = 9


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class DraftsPage(QWidget):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsPage")
        self.window_ = window
        self._session, self._actor, self._profile = window.session, window.actor, window.profile
        self._ambassadors: list[tuple[str, str, str | None]] = []
        self._active: frozenset[str] = frozenset()
        self.editors: dict[str, DraftEditor] = {}
        self.new_dialog: NewDraftDialog | None = None
        self.model = DraftTableModel(self._session, self)

        title = QLabel(self.tr("Drafts"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setObjectName("draftSearch")
        self.search.setAccessibleName(self.tr("Search drafts"))
        self.search.setPlaceholderText(self.tr("Search title and text … (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.ambassador_filter = self._combo("ambassadorFilter", self.tr("Filter by ambassador"),
                                             self.tr("All ambassadors"))
        self.channel_filter = self._combo("channelFilter", self.tr("Filter by channel"),
                                          self.tr("All channels"))
        for code in CHANNEL_LIMITS:
            self.channel_filter.addItem(channel_name(code), code)
        self.topic_filter = self._combo("topicFilter", self.tr("Filter by topic"),
                                        self.tr("All topics"))
        self.state_filter = self._combo("stateFilter", self.tr("Filter by state"),
                                        self.tr("All states"))
        for state in DraftState:
            self.state_filter.addItem(state_label(state), state.value)
        self.week_filter = self._combo("weekFilter", self.tr("Filter by planned week"),
                                       self.tr("Any week"))
        this_monday = monday(date.today())
        for i in range(-WEEKS_BACK, WEEKS_AHEAD + 1):
            start = this_monday + timedelta(weeks=i)
            end = start + timedelta(days=6)
            text = self.tr("Week {0} ({1} – {2})").format(
                start.isocalendar().week, start.strftime("%d.%m."), end.strftime("%d.%m."))
            if i == 0:
                text += " – " + self.tr("this week")
            self.week_filter.addItem(text, start.isoformat())
        for combo in (self.channel_filter, self.state_filter, self.week_filter):
            self._fit_popup(combo)

        self.new_button = QPushButton(self.tr("&New draft"))
        self.new_button.setObjectName("newDraftButton")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openDraftButton")
        for b in (self.new_button, self.open_button):
            b.setAccessibleName(b.text().replace("&", ""))

        self.table = record_table(
            self.model, "draftTable", self.tr("Drafts"), stretch=DraftTableModel.COL_TITLE,
            widths=((1, 150), (2, 140), (3, 150), (4, 120), (5, 90), (6, 70)))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.board = DraftBoard(self._session)
        self.board.open_requested.connect(self.open_draft)
        self.views = QTabWidget()
        self.views.setObjectName("draftViews")
        self.views.setAccessibleName(self.tr("List or board"))
        self.views.addTab(self.table, self.tr("&List"))
        self.views.addTab(self.board, self.tr("&Board"))
        self.views.currentChanged.connect(lambda _i: self.apply_filter())
        self.count_label = QLabel()
        self.count_label.setObjectName("draftCount")

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        filters = QHBoxLayout()
        for combo in (self.ambassador_filter, self.channel_filter, self.topic_filter,
                      self.state_filter, self.week_filter):
            filters.addWidget(combo, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addWidget(self.views, 1)
        lay.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.ambassador_filter, self.channel_filter, self.topic_filter,
                      self.state_filter, self.week_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.new_button.clicked.connect(self.new_draft)
        self.open_button.clicked.connect(self.open_selected)
        self.model.loaded.connect(self._update_count)
        # Page-local: Ctrl+N is also File > New programme in the main window; inside this
        # page it means "new draft" (see event()), elsewhere the menu keeps it.
        find = QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_button.setEnabled(not self._session.read_only)
        window.changed.connect(self._on_changed)
        self.load_choices()
        self.apply_filter()

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt API
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.New):
            event.accept()  # the key comes here as a key press instead of to the menu
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.New):
            self.new_draft()
            return
        super().keyPressEvent(event)

    def _combo(self, name: str, accessible: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.addItem(everything, None)
        # Narrow windows elide the chosen value instead of holding the window wide; the
        # open list still shows every entry in full (see _fit_popup).
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(MIN_FILTER_CHARS)
        return combo

    @staticmethod
    def _fit_popup(combo: QComboBox) -> None:
        view = combo.view()
        bar = view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(view.sizeHintForColumn(0) + bar)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- filters ---------------------------------------------------------------------
    def load_choices(self) -> None:
        ops.run(self, self._session, draft_editor.choices).success(self._set_choices)

    def _set_choices(self, choices: draft_editor.EditorChoices) -> None:
        self._ambassadors = list(choices.ambassadors)
        self._active = choices.active_ids
        self._refill(self.ambassador_filter, [(name, aid) for aid, name, _p in choices.ambassadors])
        self._refill(self.topic_filter, [(t, t) for t in choices.topics])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        DraftsPage._fit_popup(combo)

    def current_filter(self) -> DraftFilter:
        state = self.state_filter.currentData()
        week = self.week_filter.currentData()
        return DraftFilter(
            search=self.search.text(),
            states=frozenset({DraftState(state)}) if state else frozenset(),
            ambassador_id=self.ambassador_filter.currentData(),
            channel=self.channel_filter.currentData(),
            topic=self.topic_filter.currentData(),
            week_start=date.fromisoformat(week) if week else None)

    def apply_filter(self) -> None:
        flt = self.current_filter()
        self.model.set_filter(flt)
        if self.views.currentWidget() is self.board:
            self.board.set_filter(flt)

    def reload(self) -> None:
        self.load_choices()
        self.apply_filter()

    def _on_changed(self, what: str) -> None:
        if what in ("drafts", "ambassadors"):
            self.reload()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n draft(s)", "", self.model.total))

    # --- opening ---------------------------------------------------------------------
    def selected_id(self) -> str | None:
        if self.views.currentWidget() is self.board:
            return self.board.selected_id()
        rows = self.table.selectionModel().selectedRows()
        draft = self.model.draft(rows[0].row()) if rows else None
        return draft.id if draft else None

    def open_selected(self) -> DraftEditor | None:
        draft_id = self.selected_id()
        return self.open_draft(draft_id) if draft_id else None

    def open_draft(self, draft_id: str) -> DraftEditor:
        editor = self.editors.get(draft_id)
        if editor is None:
            editor = DraftEditor(self._session, self._actor, self._profile, draft_id, self)
            editor.changed.connect(self.window_.changed.emit)
            editor.destroyed.connect(lambda _o=None, d=draft_id: self.editors.pop(d, None))
            self.editors[draft_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def own_ambassador_id(self) -> str | None:
        for aid, _name, profile_id in self._ambassadors:
            if profile_id == self._profile.id:
                return aid
        return None

    def new_draft(self) -> NewDraftDialog | None:
        """Ask for title, ambassador and channels first; the draft is stored only on OK.

        Ambassadors write for themselves; the practice manager may pick any ambassador
        (preselected: their own, else the one filtered on).
        """
        if self._session.read_only:
            return None
        if self.new_dialog is not None:
            self.new_dialog.raise_()
            self.new_dialog.activateWindow()
            return self.new_dialog
        own = self.own_ambassador_id()
        active = [(aid, name) for aid, name, _p in self._ambassadors if aid in self._active]
        if self._profile.has(Role.MANAGER):
            choices = active
            default = own if own in self._active else self.ambassador_filter.currentData()
        else:
            choices = [(aid, name) for aid, name in active if aid == own]
            default = own
        if not choices:
            if own is not None and own not in self._active:
                text = self.tr("You can write drafts once you are an active ambassador: first "
                               "the onboarding (Programme > Onboarding), then the practice "
                               "manager sets you active.")
            elif self._profile.has(Role.MANAGER):
                text = self.tr("Nobody is an active ambassador yet. Add ambassadors on the "
                               "Ambassadors page and finish their onboarding first.")
            else:
                text = self.tr("Your profile is not linked to an ambassador. Ask the practice "
                               "manager to link it under Ambassadors.")
            self.count_label.setText(text)
            return None
        dialog = NewDraftDialog(choices, default, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._create)
        dialog.finished.connect(lambda _r: setattr(self, "new_dialog", None))
        self.new_dialog = dialog
        dialog.open()  # never exec(): nothing waits on it, offscreen scripts never hang
        return dialog

    def _create(self, ambassador_id: str, title: str, channels: tuple[str, ...]) -> None:
        dialog = self.new_dialog
        ops.run(self, self._session, service.create, self._actor, ambassador_id, title,
                channels=channels).success(self._created).failure(
            lambda exc: dialog.show_error(error_text(exc)) if dialog is not None else None)

    def _created(self, rec: Any) -> None:
        if self.new_dialog is not None:
            self.new_dialog.accept()
        self.window_.changed.emit("drafts")
        editor = self.open_draft(rec.id)
        editor.text_edit.setFocus()
