"""Vacancies through the service: validation, audit log, marking as filled."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinic_ambassadors.core.errors import ValidationError
from clinic_ambassadors.core.posts import Vacancy, VacancyStatus
from clinic_ambassadors.services import vacancies
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import open_programme

ACTOR = Actor("p-1", "Mona Manager")


@pytest.fixture
def pf(tmp_path):
    pf = open_programme(tmp_path / "p.sqlite")
    yield pf
    pf.close()


def _problems(exc: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return exc.value.problems


def test_title_is_required_and_nothing_is_written(pf):
    with pytest.raises(ValidationError) as info:
        vacancies.save(pf, ACTOR, Vacancy(id="", title="   ", department="Anmeldung"))
    assert _problems(info) == [("title", "required")]
    assert vacancies.list_vacancies(pf) == []
    assert audit.events_for(pf.db, "vacancy") == []


def test_save_creates_then_updates_with_audit(pf):
    v = vacancies.save(pf, ACTOR, Vacancy(id="", title="  MFA (Teilzeit) ", department="Praxis",
                                          opened_on=date(2025, 3, 1)))
    assert v.id and v.title == "MFA (Teilzeit)" and v.status is VacancyStatus.OPEN
    vacancies.save(pf, ACTOR, Vacancy(id=v.id, title="MFA (Vollzeit)", department="Praxis",
                                      opened_on=date(2025, 3, 1)))
    assert [x.title for x in vacancies.list_vacancies(pf)] == ["MFA (Vollzeit)"]
    events = audit.events_for(pf.db, "vacancy", v.id)
    assert [e.action for e in events] == ["update", "create"]
    assert events[0].data["fields"] == ["title"]
    assert events[0].actor_id == ACTOR.id
    assert audit.verify_chain(pf.db) == []


def test_filled_needs_a_plausible_date(pf):
    opened = date(2025, 3, 1)
    v = vacancies.save(pf, ACTOR, Vacancy(id="", title="Pflegefachkraft", opened_on=opened))
    with pytest.raises(ValidationError) as info:
        vacancies.save(pf, ACTOR, Vacancy(id=v.id, title=v.title, opened_on=opened,
                                          status=VacancyStatus.FILLED))
    assert _problems(info) == [("filled_on", "required")]
    with pytest.raises(ValidationError) as info:
        vacancies.mark_filled(pf, ACTOR, v.id, opened - timedelta(days=1))
    assert _problems(info) == [("filled_on", "before_opened")]
    with pytest.raises(ValidationError) as info:
        vacancies.mark_filled(pf, ACTOR, v.id, date.today() + timedelta(days=3))
    assert _problems(info) == [("filled_on", "in_future")]
    assert vacancies.get(pf, v.id).status is VacancyStatus.OPEN


def test_mark_filled_sets_status_and_date_and_is_audited(pf):
    v = vacancies.save(pf, ACTOR, Vacancy(id="", title="Empfang", opened_on=date(2025, 1, 2)))
    vacancies.save(pf, ACTOR, Vacancy(id="", title="Azubi MFA"))
    done = vacancies.mark_filled(pf, ACTOR, v.id, date(2025, 4, 30))
    assert (done.status, done.filled_on) == (VacancyStatus.FILLED, date(2025, 4, 30))
    assert [x.title for x in vacancies.list_vacancies(pf, open_only=True)] == ["Azubi MFA"]
    last = audit.events_for(pf.db, "vacancy", v.id)[0]
    assert last.data["status"] == ["open", "filled"]


def test_reopening_drops_the_filled_date(pf):
    v = vacancies.save(pf, ACTOR, Vacancy(id="", title="Empfang"))
    filled = vacancies.mark_filled(pf, ACTOR, v.id, date.today())
    reopened = vacancies.save(pf, ACTOR, Vacancy(id=v.id, title="Empfang",
                                                 status=VacancyStatus.OPEN,
                                                 filled_on=filled.filled_on))
    assert reopened.filled_on is None
