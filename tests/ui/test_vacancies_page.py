"""The Vacancies page: table, add/edit with validation, mark as filled after confirming."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from clinic_ambassadors.core.posts import Vacancy, VacancyStatus
from clinic_ambassadors.services import vacancies
from clinic_ambassadors.storage import audit
from clinic_ambassadors.ui import main_window
from clinic_ambassadors.ui.vacancies_page import VacanciesPage, VacancyTableModel
from tests.ui.conftest import close_window, open_window


@pytest.fixture
def page_and_window(qtbot, programme_path, monkeypatch):
    monkeypatch.setitem(main_window.PAGE_FACTORIES, "vacancies", VacanciesPage)
    window = open_window(qtbot, programme_path)
    page = window.show_page("vacancies")
    assert isinstance(page, VacanciesPage)
    qtbot.waitUntil(lambda: page.loaded_once, timeout=15000)
    yield page, window
    close_window(window)


def _titles(page: VacanciesPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_add_requires_title_then_saves(qtbot, page_and_window):
    page, window = page_and_window
    dialog = page.add()
    dialog.department.setText("Anmeldung")
    assert dialog.submit() is False
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Title is required."
    assert window.session.call(vacancies.list_vacancies) == []

    qtbot.keyClicks(dialog.title, "MFA in Teilzeit")
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        dialog.submit()
    qtbot.waitUntil(lambda: _titles(page) == ["MFA in Teilzeit"], timeout=15000)
    row = page.model.vacancy(0)
    assert (row.department, row.status, row.opened_on) == ("Anmeldung", VacancyStatus.OPEN,
                                                           date.today())
    assert page.model.index(0, VacancyTableModel.COL_STATUS).data() == "Open"
    assert [e.action for e in window.session.call(
        lambda pf: audit.events_for(pf.db, "vacancy"))] == ["create"]


def test_edit_changes_the_row(qtbot, page_and_window):
    page, window = page_and_window
    window.session.call(vacancies.save, window.actor, Vacancy(id="", title="Empfang"))
    page.reload()
    qtbot.waitUntil(lambda: _titles(page) == ["Empfang"], timeout=15000)
    page.table.selectRow(0)
    dialog = page.edit_selected()
    assert dialog.title.text() == "Empfang"
    dialog.title.setText("Empfang (Vollzeit)")
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        dialog.submit()
    qtbot.waitUntil(lambda: _titles(page) == ["Empfang (Vollzeit)"], timeout=15000)


def test_mark_filled_asks_first_and_stores_the_date(qtbot, page_and_window):
    page, window = page_and_window
    window.session.call(vacancies.save, window.actor,
                        Vacancy(id="", title="Pflege", opened_on=date(2025, 1, 6)))
    page.reload()
    qtbot.waitUntil(lambda: _titles(page) == ["Pflege"], timeout=15000)
    page.table.selectRow(0)
    changes = []
    window.changed.connect(changes.append)
    dialog = page.mark_filled_selected()
    dialog.reject()
    assert window.session.call(vacancies.list_vacancies)[0].status is VacancyStatus.OPEN

    dialog = page.mark_filled_selected()
    dialog.date.setDate(QDate(2025, 2, 14))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1
                    and page.model.vacancy(0).status is VacancyStatus.FILLED, timeout=15000)
    stored = window.session.call(vacancies.list_vacancies)[0]
    assert stored.filled_on == date(2025, 2, 14)
    assert page.model.index(0, VacancyTableModel.COL_STATUS).data() == "Filled"
    assert changes == ["vacancies"]
    page.table.selectRow(0)
    assert not page.filled_button.isEnabled()


def test_table_model_passes_modeltester(qtbot, qtmodeltester, page_and_window):
    page, window = page_and_window
    for t in ("B", "A", "C"):
        window.session.call(vacancies.save, window.actor, Vacancy(id="", title=t))
    page.reload()
    qtbot.waitUntil(lambda: _titles(page) == ["A", "B", "C"], timeout=15000)
    qtmodeltester.check(page.model)
