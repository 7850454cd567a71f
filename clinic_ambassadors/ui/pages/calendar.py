"""The Calendar page: a month of planned and published posts, by state, with .ics export."""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.ui.tables import record_table
from clinic_ambassadors.core.calendar import PLANNED_STATES, PUBLISHED_STATES, add_months
from clinic_ambassadors.core.drafts import DraftState
from clinic_ambassadors.services import calendar as service
from clinic_ambassadors.services import calendar_export
from clinic_ambassadors.services.calendar import MonthView
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.pages.calendar_grid import MonthGrid
from clinic_ambassadors.ui.pages.calendar_models import (
    PAUSED_MARK,
    PUBLISHED_MARK,
    STATE_COLOURS,
    AgendaModel,
    MonthModel,
    entry_line,
    state_colour,
)
from clinic_ambassadors.ui.workflow_text import state_label, ui_language

if TYPE_CHECKING:
    from clinic_ambassadors.ui.main_window import MainWindow

#: The legend in workflow order; withdrawn drafts are never on the calendar.
LEGEND_STATES = [s for s in DraftState if s in PLANNED_STATES | PUBLISHED_STATES]


class CalendarPage(QWidget):
    """``loaded`` after each month arrives from the writer thread."""

    loaded = Signal()

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.window_ = window
        self._session = window.session
        self._generation = 0
        self.first = date.today().replace(day=1)
        self.selected_day = date.today()
        self.month_view: MonthView | None = None
        self.export_dialog: QFileDialog | None = None
        self.model = MonthModel(self)
        self.agenda_model = AgendaModel(self)

        title = QLabel(self.tr("Calendar"))
        title.setObjectName("pageTitle")
        self.prev_button = self._arrow("previousMonthButton", Qt.ArrowType.LeftArrow,
                                       self.tr("Previous month"),
                                       self.tr("Previous month (Page Up)"))
        self.today_button = self._button("todayButton", self.tr("&Today"),
                                         self.tr("Today"), self.tr("Back to today (Ctrl+T)"))
        self.next_button = self._arrow("nextMonthButton", Qt.ArrowType.RightArrow,
                                       self.tr("Next month"), self.tr("Next month (Page Down)"))
        self.month_label = QLabel()
        self.month_label.setObjectName("calendarMonth")
        self.month_label.setStyleSheet("font-size: 16px; font-weight: 600; padding: 0 6px;")
        self.ambassador_filter = QComboBox()
        self.ambassador_filter.setObjectName("calendarAmbassadorFilter")
        self.ambassador_filter.setAccessibleName(self.tr("Filter by ambassador"))
        self.ambassador_filter.setToolTip(self.tr("Filter by ambassador"))
        self.ambassador_filter.addItem(self.tr("All ambassadors"), None)
        self.ambassador_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ambassador_filter.setMinimumContentsLength(12)
        self.export_button = self._button(
            "exportCalendarButton", self.tr("E&xport calendar…"), self.tr("Export calendar"),
            self.tr("Save planned and published posts as a calendar file (.ics) for Outlook, "
                    "Thunderbird or your phone: title, ambassador, channels and state, no post "
                    "text. With an ambassador chosen, only their posts."))

        self.summary = QLabel()
        self.summary.setObjectName("calendarSummary")
        self.summary.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("calendarNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setVisible(False)
        self.legend = QLabel(self._legend_html())
        self.legend.setObjectName("calendarLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Colours by state"))

        self.grid = MonthGrid(self.model)
        self.grid.setAccessibleName(self.tr("Month"))
        self.agenda = record_table(
            self.agenda_model, "calendarAgenda", self.tr("Posts this month"),
            stretch=AgendaModel.COL_TITLE,
            widths=((AgendaModel.COL_DATE, 110), (AgendaModel.COL_AMBASSADOR, 180),
                    (AgendaModel.COL_STATE, 160)))
        self.views = QTabWidget()
        self.views.setObjectName("calendarViews")
        self.views.setAccessibleName(self.tr("Month or list"))
        self.views.addTab(self.grid, self.tr("&Month"))
        self.views.addTab(self.agenda, self.tr("&List"))
        self.day_menu: QMenu | None = None

        bar = QHBoxLayout()
        for widget in (self.prev_button, self.today_button, self.next_button, self.month_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.ambassador_filter, 1)
        bar.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(bar)
        lay.addWidget(self.summary)
        lay.addWidget(self.notice)
        lay.addWidget(self.views, 1)
        lay.addWidget(self.legend)

        self.prev_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.today_button.clicked.connect(self.go_today)
        self.export_button.clicked.connect(self.export_calendar)
        self.ambassador_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.grid.open_requested.connect(self.open_draft)
        self.grid.day_chosen.connect(self.choose_from_day)
        self.grid.step_days.connect(
            lambda n: self.select_day(self.selected_day + timedelta(days=n)))
        self.grid.today_requested.connect(self.go_today)
        self.grid.clicked.connect(self._grid_clicked)
        # activated: a double-click or Enter (a single click where the platform opens on one)
        self.agenda.activated.connect(lambda index: self._open_agenda_row(index.row()))
        self.agenda.selectionModel().currentRowChanged.connect(self._agenda_row_changed)
        for keys, slot in ((QKeySequence(Qt.Key.Key_PageUp), lambda: self.step_month(-1)),
                           (QKeySequence(Qt.Key.Key_PageDown), lambda: self.step_month(1)),
                           (QKeySequence("Ctrl+T"), self.go_today)):
            shortcut = QShortcut(keys, self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.changed.connect(self._on_changed)
        self._show_month_name()
        self.load_ambassadors()
        self.reload()

    def _button(self, name: str, text: str, accessible: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(tip)
        return button

    def _arrow(self, name: str, arrow: Qt.ArrowType, accessible: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setArrowType(arrow)
        button.setAccessibleName(accessible)
        button.setToolTip(tip)
        return button

    def _legend_html(self) -> str:
        chips = [f"<span style='color:{STATE_COLOURS[s]}'>■</span>&nbsp;"
                 + html.escape(state_label(s)) for s in LEGEND_STATES]
        published = self.tr("published")
        held = self.tr("held because of an incident")
        marks = f"{PUBLISHED_MARK} {published}, {PAUSED_MARK} {held}"
        return " &nbsp; ".join(chips) + " &nbsp; · &nbsp;" + html.escape(marks)

    # --- loading -----------------------------------------------------------------------
    def load_ambassadors(self) -> None:
        ops.run(self, self._session, service.ambassadors).success(self._set_ambassadors)

    def _set_ambassadors(self, people: list[tuple[str, str]]) -> None:
        combo = self.ambassador_filter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for aid, name in people:
            combo.addItem(name, aid)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)
        if combo.currentData() != current:
            self.reload()  # the chosen ambassador is gone from the roster

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        ops.run(self, self._session, service.month, self.first,
                self.ambassador_filter.currentData()).success(
            lambda view: self._show(generation, view))

    def _show(self, generation: int, view: MonthView) -> None:
        if generation != self._generation:
            return  # the person moved on to another month meanwhile
        self.month_view = view
        self.model.set_month(view.first, view.entries)
        self.agenda_model.set_entries(view.in_month)
        self._show_summary(view)
        self.grid.select_day(self.selected_day)
        self._sync_agenda(self.selected_day)
        self.loaded.emit()

    def _month_name(self, first: date) -> str:
        return QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")

    def _show_month_name(self) -> None:
        self.month_label.setText(self._month_name(self.first))
        self.grid.setAccessibleDescription(self._month_name(self.first))

    def _show_summary(self, view: MonthView) -> None:
        month = self._month_name(view.first)
        entries = view.in_month
        who = self.ambassador_filter.currentText() if self.ambassador_filter.currentData() else ""
        if not entries:
            text = (self.tr("Nothing planned or published for {0} in {1}.").format(who, month)
                    if who else self.tr("Nothing planned or published in {0}.").format(month))
            text += " " + self.tr("Drafts appear here once they have a planned date (in the "
                                  "editor) or are published.")
            self.summary.setText(text)
            self.summary.setStyleSheet("color: #5c6470; font-style: italic;")
            return
        published = sum(1 for e in entries if e.state in PUBLISHED_STATES)
        self.summary.setText(self.tr("{0}: {1} planned, {2} published.").format(
            month, len(entries) - published, published))
        self.summary.setStyleSheet("")

    def _on_changed(self, what: str) -> None:
        if what in ("drafts", "ambassadors"):
            self.load_ambassadors()
            self.reload()

    # --- navigation ----------------------------------------------------------------------
    def show_month(self, first: date) -> None:
        first = first.replace(day=1)
        if first != self.first:
            self.first = first
            self.model.set_month(first)  # the days at once; their drafts follow from the disk
            self.agenda_model.set_entries(())
            self._show_month_name()
        self.reload()

    def step_month(self, months: int) -> None:
        target = add_months(self.first, months)
        day = min(self.selected_day.day, (add_months(target, 1) - timedelta(days=1)).day)
        self.selected_day = target.replace(day=day)
        self.show_month(target)

    def go_today(self) -> None:
        self.selected_day = date.today()
        self.show_month(self.selected_day)
        self.grid.select_day(self.selected_day)
        self.grid.setFocus()

    def select_day(self, day: date) -> None:
        """Arrow keys: crossing into another month turns the page."""
        self.selected_day = day
        if (day.year, day.month) != (self.first.year, self.first.month):
            self.show_month(day)
        self.grid.select_day(day)
        self._sync_agenda(day)

    def _grid_clicked(self, index) -> None:  # type: ignore[no-untyped-def]
        day = self.model.day_at(index)
        if day is not None:
            self.selected_day = day
            self._sync_agenda(day)

    def _sync_agenda(self, day: date) -> None:
        rows = self.agenda_model.rows_on(day)
        selection = self.agenda.selectionModel()
        selection.blockSignals(True)
        if rows:
            self.agenda.selectRow(rows[0])
            self.agenda.scrollTo(self.agenda_model.index(rows[0], 0))
        else:
            self.agenda.clearSelection()
        selection.blockSignals(False)
        self.agenda.viewport().update()

    def choose_from_day(self, day: date) -> QMenu:
        """A day with several drafts: a small menu to pick the one to open."""
        if self.day_menu is not None:
            self.day_menu.close()
        menu = QMenu(self)
        menu.setObjectName("calendarDayMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for entry in self.model.entries_on(day):
            pixmap = QPixmap(12, 12)
            pixmap.fill(state_colour(entry.state))
            action = menu.addAction(QIcon(pixmap), entry_line(entry).replace("&", "&&"))
            action.triggered.connect(lambda _c=False, d=entry.draft_id: self.open_draft(d))
        menu.destroyed.connect(lambda _o=None: setattr(self, "day_menu", None))
        self.day_menu = menu
        rect = self.grid.visualRect(self.model.index_of(day))
        menu.popup(self.grid.viewport().mapToGlobal(rect.center()))
        return menu

    def _agenda_row_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        entry = self.agenda_model.entry(current.row())
        if entry is not None:
            self.selected_day = entry.day
            self.grid.select_day(entry.day)

    # --- opening and exporting -----------------------------------------------------------
    def _open_agenda_row(self, row: int) -> None:
        entry = self.agenda_model.entry(row)
        if entry is not None:
            self.open_draft(entry.draft_id)

    def open_draft(self, draft_id: str) -> QWidget | None:
        """The same editor window the Drafts page opens (one per draft)."""
        return self.window_.open_draft(draft_id)

    def export_calendar(self) -> QFileDialog:
        if self.export_dialog is not None:
            self.export_dialog.raise_()
            return self.export_dialog
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Export calendar"),
                             str(Path(folder or Path.home()) / "clinic-ambassadors.ics"),
                             self.tr("Calendar files (*.ics);;All files (*)"))
        dialog.setObjectName("exportCalendarDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("ics")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)) if name else None)
        dialog.finished.connect(lambda _r: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()  # never exec(): nothing waits on it
        return dialog

    def export_to(self, path: Path) -> None:
        self._set_notice("")
        ops.run(self, self._session, calendar_export.export_ics, path, ui_language(),
                self.ambassador_filter.currentData()).success(
            lambda n: self._set_notice(self.tr("%n post(s) saved to the calendar file {0}.", "", n)
                                       .format(str(path)))).failure(
            lambda exc: self._set_notice(self.tr("The calendar could not be saved to {0}: {1}")
                                         .format(str(path), exc.data.get("reason", str(exc))
                                                 if hasattr(exc, "data") else str(exc)),
                                         error=True))

    def _set_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #a40000;" if error else "color: #1e5e2a;")
        self.notice.setVisible(bool(text))
