"""Use cases for vacancies: list, save with validation, mark as filled; all audited."""

from __future__ import annotations

import uuid
from dataclasses import fields, replace
from datetime import date

from clinic_ambassadors.core.errors import ValidationError
from clinic_ambassadors.core.posts import Vacancy, VacancyStatus
from clinic_ambassadors.services.writes import reading, transaction
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import vacancies as store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile

ENTITY = "vacancy"
MAX_TITLE = 200
MAX_DEPARTMENT = 200
MAX_NOTES = 5000


def list_vacancies(pf: ProgrammeFile, open_only: bool = False) -> list[Vacancy]:
    """Open ones first, then by title."""
    return reading(pf, lambda db: store.all_vacancies(db, open_only))


def get(pf: ProgrammeFile, vacancy_id: str) -> Vacancy:
    return reading(pf, lambda db: store.get(db, vacancy_id))


def validate_vacancy(v: Vacancy) -> list[tuple[str, str]]:
    """(field, code) pairs; empty when the vacancy can be stored."""
    problems: list[tuple[str, str]] = []
    if not v.title.strip():
        problems.append(("title", "required"))
    elif len(v.title) > MAX_TITLE:
        problems.append(("title", "too_long"))
    if len(v.department) > MAX_DEPARTMENT:
        problems.append(("department", "too_long"))
    if len(v.notes) > MAX_NOTES:
        problems.append(("notes", "too_long"))
    if v.status is VacancyStatus.FILLED and v.filled_on is None:
        problems.append(("filled_on", "required"))
    if v.filled_on is not None and v.opened_on is not None and v.filled_on < v.opened_on:
        problems.append(("filled_on", "before_opened"))
    if v.filled_on is not None and v.filled_on > date.today():
        problems.append(("filled_on", "in_future"))
    return problems


def _changed(old: Vacancy | None, new: Vacancy) -> list[str]:
    if old is None:
        return []
    return [f.name for f in fields(Vacancy)
            if f.name != "id" and getattr(old, f.name) != getattr(new, f.name)]


def save(pf: ProgrammeFile, actor: Actor, vacancy: Vacancy) -> Vacancy:
    """Validate, then write the vacancy and its audit event in one transaction.

    A vacancy that is not filled keeps no filled date, so figures never count it twice.
    """
    if vacancy.status is not VacancyStatus.FILLED and vacancy.filled_on is not None:
        vacancy = replace(vacancy, filled_on=None)
    problems = validate_vacancy(vacancy)
    if problems:
        raise ValidationError(problems)
    vacancy = replace(vacancy, id=vacancy.id or str(uuid.uuid4()), title=vacancy.title.strip(),
                      department=vacancy.department.strip())
    with transaction(pf) as db:
        try:
            old: Vacancy | None = store.get(db, vacancy.id)
        except Exception:
            old = None
        stored, is_new = store.save(db, vacancy)
        if is_new:
            audit.record(db, actor, ENTITY, stored.id, "create", stored.title,
                         {"status": stored.status.value, "department": stored.department})
        else:
            data: dict[str, object] = {"fields": _changed(old, stored)}
            if old is not None and old.status != stored.status:
                data["status"] = [old.status.value, stored.status.value]
            audit.record(db, actor, ENTITY, stored.id, "update", stored.title, data)
    return stored


def mark_filled(pf: ProgrammeFile, actor: Actor, vacancy_id: str, filled_on: date) -> Vacancy:
    """The position is taken: status filled, with the date it was filled."""
    current = get(pf, vacancy_id)
    return save(pf, actor, replace(current, status=VacancyStatus.FILLED, filled_on=filled_on))
