"""The positions the practice wants to fill."""

from __future__ import annotations

import uuid
from datetime import date

from sqlite_utils import Database

from clinic_ambassadors.core.errors import NotFound
from clinic_ambassadors.core.posts import Vacancy, VacancyStatus
from clinic_ambassadors.storage.audit import now_iso


def _row(r: dict) -> Vacancy:
    return Vacancy(r["id"], r["title"], r["department"], VacancyStatus(r["status"]),
                   date.fromisoformat(r["opened_on"]) if r["opened_on"] else None,
                   date.fromisoformat(r["filled_on"]) if r["filled_on"] else None, r["notes"])


def all_vacancies(db: Database, open_only: bool = False) -> list[Vacancy]:
    where = " WHERE status = 'open'" if open_only else ""
    return [_row(r) for r in db.query(
        f"SELECT * FROM vacancies{where} ORDER BY status = 'open' DESC, title COLLATE NOCASE")]


def get(db: Database, vacancy_id: str) -> Vacancy:
    rows = list(db.query("SELECT * FROM vacancies WHERE id = ?", [vacancy_id]))
    if not rows:
        raise NotFound(entity="vacancy", id=vacancy_id)
    return _row(rows[0])


def save(db: Database, v: Vacancy) -> tuple[Vacancy, bool]:
    stamp = now_iso()
    vid = v.id or str(uuid.uuid4())
    exists = db.execute("SELECT 1 FROM vacancies WHERE id = ?", [vid]).fetchone() is not None
    values = [v.title.strip(), v.department.strip(), v.status.value,
              v.opened_on.isoformat() if v.opened_on else None,
              v.filled_on.isoformat() if v.filled_on else None, v.notes, stamp]
    if exists:
        db.execute("UPDATE vacancies SET title=?, department=?, status=?, opened_on=?, filled_on=?,"
                   " notes=?, updated_at=? WHERE id=?", values + [vid])
    else:
        db.execute("INSERT INTO vacancies (title, department, status, opened_on, filled_on, notes,"
                   " updated_at, id, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                   values + [vid, stamp])
    return get(db, vid), not exists
