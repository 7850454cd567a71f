"""The main window: sidebar pages, File menu, status bar with the file in use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors import __version__
from clinic_ambassadors.core.programme import Profile, Programme
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage import backup
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.check import run_check
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.pages.ambassadors import AmbassadorsPage
from clinic_ambassadors.ui.pages.page_area import PageArea, PageStack
from clinic_ambassadors.ui.pages.placeholder import ComingPage
from clinic_ambassadors.ui.pages.today import TodayPage
from clinic_ambassadors.ui.settings import ui_settings

PageFactory = Callable[["MainWindow"], QWidget]
# Later areas register their pages here: key -> factory (replaces the "coming" page).
PAGE_FACTORIES: dict[str, PageFactory] = {}


def _register_pages() -> None:
    """Pages of later areas, imported lazily so the window starts fast."""
    from clinic_ambassadors.ui.reviews import ReviewsPage
    from clinic_ambassadors.ui.vacancies_page import VacanciesPage

    from clinic_ambassadors.ui.drafts import DraftsPage

    from clinic_ambassadors.ui.programme_page import ProgrammePage

    from clinic_ambassadors.ui.pages.calendar import CalendarPage

    PAGE_FACTORIES.setdefault("calendar", CalendarPage)
    PAGE_FACTORIES.setdefault("drafts", DraftsPage)
    PAGE_FACTORIES.setdefault("programme", ProgrammePage)
    PAGE_FACTORIES.setdefault("reviews", ReviewsPage)
    PAGE_FACTORIES.setdefault("vacancies", VacanciesPage)


class MainWindow(QMainWindow):
    """Holds one open session; the app controller swaps windows when files change."""

    request_new = Signal()
    request_open = Signal()
    request_demo = Signal()
    request_switch_profile = Signal()
    request_restore = Signal()
    changed = Signal(str)

    PAGE_KEYS = ["today", "ambassadors", "drafts", "reviews", "quickcheck", "calendar",
                 "vacancies", "reports", "programme"]

    def __init__(self, session: Session, programme: Programme, profile: Profile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session, self.programme, self.profile = session, programme, profile
        self.actor = Actor(profile.id, profile.name)
        self.setWindowTitle(self.tr("{0} – Clinic Ambassadors").format(programme.clinic_name))
        self.resize(1180, 760)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setMinimumWidth(160)
        self.stack = PageStack()
        self.stack.setObjectName("pageStack")
        self.pages: dict[str, QWidget] = {}
        for i, (key, label) in enumerate(self._page_labels()):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(self.tr("Ctrl+{0}").format(i + 1))
            self.sidebar.addItem(item)
            page = self._make_page(key)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.banner = QLabel(self)  # parented before setVisible, or it would pop up as a window
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.setStyleSheet("background: #fff3c4; color: #5c4400; padding: 8px;"
                                  " border-bottom: 1px solid #e0c060;")
        if session.read_only:
            self.banner.setText(self.tr("This file is open read-only: you can look at everything, "
                                        "but changes cannot be saved."))
        elif programme.is_demo:
            self.banner.setText(self.tr("This is the demo programme: try anything, it is not your "
                                        "real data. File > New programme starts your own."))
            self.banner.setStyleSheet("background: #e6f0ff; color: #123c69; padding: 8px;"
                                      " border-bottom: 1px solid #a8c4ea;")
        self.banner.setVisible(session.read_only or programme.is_demo)

        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        self.page_area = PageArea(self.stack)
        splitter.addWidget(self.page_area)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([200, 980])
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.banner)
        lay.addWidget(splitter)
        self.setCentralWidget(central)
        self._build_menu()

        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        mode = self.tr("read-only") if session.read_only else (
            self.tr("network share") if session.pf.on_network else "")
        self.file_label.setText(self.tr("File: {0}").format(str(session.path)) +
                                (f"  ({mode})" if mode else ""))
        self.key_notice = QLabel()
        self.key_notice.setObjectName("keyStoreNotice")
        self._show_key_store_notice()
        self.statusBar().addPermanentWidget(self.key_notice)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Signed in as {0}").format(profile.name)))
        self.statusBar().addWidget(self.file_label, 1)
        self.setStyleSheet("QLabel#pageTitle { font-size: 20px; font-weight: 600; margin: 4px 0 8px 0; }"
                           " QLabel#cardNumber { font-size: 26px; font-weight: 600; }"
                           " QListWidget#sidebar { font-size: 14px; }"
                           " QListWidget#sidebar::item { padding: 7px 8px; }")
        self.changed.connect(self._on_changed)
        self.sidebar.setCurrentRow(0)
        self._restore_geometry()

    def _show_key_store_notice(self) -> None:
        """Reviewers sign approvals with a key in the OS key store; say so when there is none."""
        from clinic_ambassadors.core.programme import Role
        from clinic_ambassadors.services import secrets

        state = secrets.status()
        if not self.profile.has(Role.REVIEWER) or state is secrets.KeyStoreStatus.SECURE:
            self.key_notice.hide()
            return
        self.key_notice.setText("⚠ " + self.tr("Approvals are not signed"))
        self.key_notice.setStyleSheet("color: #8a5a00;")
        self.key_notice.setToolTip(self.tr(
            "This computer has no secure key store (such as the Windows Credential Manager, "
            "macOS Keychain or GNOME Keyring), so your approvals are recorded without a digital "
            "signature. Nothing is stored in plain text instead. Install or unlock a key store to "
            "sign approvals."))
        self.key_notice.show()

    def _page_labels(self) -> list[tuple[str, str]]:
        return [("today", self.tr("Today")), ("ambassadors", self.tr("Ambassadors")),
                ("drafts", self.tr("Drafts")), ("reviews", self.tr("Reviews")),
                ("quickcheck", self.tr("Quick check")),
                ("calendar", self.tr("Calendar")), ("vacancies", self.tr("Vacancies")),
                ("reports", self.tr("Reports")), ("programme", self.tr("Programme"))]

    def _make_page(self, key: str) -> QWidget:
        _register_pages()
        if key in PAGE_FACTORIES:
            return PAGE_FACTORIES[key](self)
        if key == "quickcheck":
            from clinic_ambassadors.services.checking import clinic_rules
            from clinic_ambassadors.ui.checker.quick_check_page import QuickCheckPage

            return QuickCheckPage(lambda: self.session.call(clinic_rules))
        if key == "today":
            from clinic_ambassadors.core.programme import Role

            today = TodayPage(self.session, self.programme.clinic_name, self.profile.id,
                              is_manager=self.profile.has(Role.MANAGER))
            today.navigate.connect(self.follow_link)
            return today
        if key == "ambassadors":
            page = AmbassadorsPage(self.session, self.actor)
            page.changed.connect(self.changed)
            return page
        coming = {
            "drafts": self.tr("Drafts: write posts with a live compliance check, keep every "
                              "revision, and see all drafts as a list or a board by state."),
            "reviews": self.tr("Reviews: the reviewer's queue – approve, request changes or "
                               "reject, bound to the exact text that was reviewed."),
            "vacancies": self.tr("Vacancies: the positions you want to fill, applications and "
                                 "where they came from."),
            "reports": self.tr("Reports: a quarterly management report with applications, reach "
                               "and time spent, as PDF."),
            "programme": self.tr("Programme: the setup road map, checklists, review policy and "
                                 "clinic-specific checker rules."),
        }
        title = dict(self._page_labels())[key]
        text = coming[key] + "<br><br><i>" + self.tr("This page is coming in a later version.") + "</i>"
        return ComingPage(title, text, f"{key}Page")

    def show_page(self, key: str) -> QWidget:
        self.sidebar.setCurrentRow(self.PAGE_KEYS.index(key))
        return self.pages[key]

    def follow_link(self, target: str) -> QWidget | None:
        """Open what a Today row points at (see ``TodayPage`` for the targets)."""
        kind, _, arg = target.partition(":")
        if kind == "page" and arg in self.PAGE_KEYS:
            return self.show_page(arg)
        if kind in ("tab", "onboarding"):
            page = self.show_page("programme")
            tab = page.show_tab("onboarding" if kind == "onboarding" else arg)
            if kind == "onboarding":
                tab.show_ambassador(arg)
            return tab
        if kind == "draft":
            self.show_page("drafts")
            return self.open_draft(arg)
        if kind == "review":
            page = self.show_page("reviews")
            show = getattr(page, "show_draft", None)
            if show is not None:
                show(arg)
            return page
        if kind == "new-draft":
            page = self.show_page("drafts")
            return page.new_draft()
        return None

    def open_draft(self, draft_id: str) -> QWidget | None:
        """Open a draft's editor from any page; the Drafts page keeps one editor per draft."""
        drafts = self.pages.get("drafts")
        opener = getattr(drafts, "open_draft", None)
        return opener(draft_id) if opener is not None else None

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        actions = [
            (self.tr("&New programme…"), QKeySequence("Ctrl+Shift+N"), self.request_new.emit,
             "actionNew"),
            (self.tr("&Open…"), QKeySequence.StandardKey.Open, self.request_open.emit, "actionOpen"),
            (self.tr("Open &demo"), None, self.request_demo.emit, "actionDemo"),
            (self.tr("&Switch profile…"), QKeySequence("Ctrl+Shift+P"),
             self.request_switch_profile.emit, "actionSwitchProfile"),
            None,
            (self.tr("&Backup now"), QKeySequence("Ctrl+Shift+B"), self.backup_now, "actionBackup"),
            (self.tr("Res&tore backup…"), None, self.request_restore.emit, "actionRestore"),
            (self.tr("&Check database"), None, self.check_database, "actionCheck"),
            None,
            (self.tr("&Report an incident…"), QKeySequence("Ctrl+Shift+I"), self.report_incident,
             "actionReportIncident"),
            None,
            (self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "actionQuit"),
        ]
        for spec in actions:
            if spec is None:
                file_menu.addSeparator()
                continue
            text, shortcut, slot, name = spec
            action = QAction(text, self)
            action.setObjectName(name)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i, (key, label) in enumerate(self._page_labels()):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, k=key: self.show_page(k))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Clinic Ambassadors"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def report_incident(self) -> None:
        from clinic_ambassadors.ui.checklists.incident_dialog import report_incident

        report_incident(self)

    def backup_now(self) -> None:
        self.statusBar().showMessage(self.tr("Backing up…"))
        ops.run(self, self.session, backup.backup_now).success(
            lambda path: self.statusBar().showMessage(self.tr("Backup saved: {0}").format(path), 8000))

    def check_database(self) -> None:
        def show(report: dict) -> None:
            if report["ok"]:
                text = self.tr("The programme file is healthy. Schema version {0}, {1} ambassadors, "
                               "{2} audit events; the audit chain is intact.").format(
                    report["schema"]["version"], report["counts"].get("ambassadors", 0),
                    report["counts"].get("audit_log", 0))
            else:
                text = self.tr("Problems were found:") + "\n" + "\n".join(
                    f"• {p['code']}: {p['detail']}" for p in report["problems"])
            box = QMessageBox(QMessageBox.Icon.Information if report["ok"] else QMessageBox.Icon.Warning,
                              self.tr("Check database"), text, QMessageBox.StandardButton.Ok, self)
            box.setObjectName("checkResult")
            box.open()

        ops.run(self, self.session, run_check).success(show)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Clinic Ambassadors"),
                          self.tr("Clinic Ambassadors {0}\n\nRun an employee-ambassador programme in "
                                  "your practice: local, offline, one file. The checklists and "
                                  "checker rules are no legal advice.").format(__version__))

    def _on_changed(self, what: str) -> None:
        today = self.pages.get("today")
        if isinstance(today, TodayPage):
            today.reload()

    def _restore_geometry(self) -> None:
        geometry = ui_settings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        ui_settings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
