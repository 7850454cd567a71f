"""Drafts: content, revisions, review decisions and the workflow snapshot."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from clinic_ambassadors.core.drafts import (
    Approval,
    ApprovalBasis,
    BlockOverride,
    Decision,
    DraftSnapshot,
    DraftState,
    Publication,
    ReviewDecision,
    Withdrawal,
)
from clinic_ambassadors.core.errors import NotFound
from clinic_ambassadors.core.posts import DraftFilter, DraftRecord, Revision
from clinic_ambassadors.storage.audit import now_iso


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


# --- records ---------------------------------------------------------------------
_SELECT = (
    "SELECT d.*, a.name AS author_name,"
    " json_extract(d.workflow, '$.approval.basis') AS approval_basis FROM drafts d"
    " LEFT JOIN ambassadors a ON a.id = d.ambassador_id"
)


def _record(r: dict[str, Any]) -> DraftRecord:
    return DraftRecord(
        id=r["id"], ambassador_id=r["ambassador_id"], author_profile_id=r["author_profile_id"],
        title=r["title"], text=r["text"], state=DraftState(r["state"]),
        current_revision=int(r["current_revision"]), topic=r["topic"],
        channels=tuple(json.loads(r["channels"] or "[]")), vacancy_id=r["vacancy_id"],
        planned_date=_d(r["planned_date"]), paused=bool(r["paused"]),
        author_name=r.get("author_name") or "", created_at=r["created_at"],
        updated_at=r["updated_at"], approval_basis=r.get("approval_basis"),
    )


def fts_query(text: str) -> str:
    """Each word as a quoted prefix term, so user input can never be FTS syntax."""
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"*' for w in words)


def _where(flt: DraftFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.search.strip() and fts_query(flt.search):
        clauses.append("d.rowid IN (SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH ?)")
        params.append(fts_query(flt.search))
    if flt.states:
        clauses.append("d.state IN (%s)" % ",".join("?" * len(flt.states)))
        params += sorted(s.value for s in flt.states)
    if flt.ambassador_id:
        clauses.append("d.ambassador_id = ?")
        params.append(flt.ambassador_id)
    if flt.channel:
        clauses.append("EXISTS (SELECT 1 FROM json_each(d.channels) WHERE value = ?)")
        params.append(flt.channel)
    if flt.topic:
        clauses.append("d.topic = ?")
        params.append(flt.topic)
    if flt.week_start:
        clauses.append("d.planned_date >= ? AND d.planned_date < ?")
        params += [flt.week_start.isoformat(), (flt.week_start + timedelta(days=7)).isoformat()]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count(db: Database, flt: DraftFilter | None = None) -> int:
    where, params = _where(flt or DraftFilter())
    return int(db.execute(f"SELECT count(*) FROM drafts d{where}", params).fetchone()[0])


def page(db: Database, flt: DraftFilter | None = None, offset: int = 0,
         limit: int = 200) -> list[DraftRecord]:
    where, params = _where(flt or DraftFilter())
    sql = (f"{_SELECT}{where} ORDER BY d.updated_at DESC, d.id LIMIT ? OFFSET ?")
    return [_record(r) for r in db.query(sql, params + [limit, offset])]


def get(db: Database, draft_id: str) -> DraftRecord:
    rows = list(db.query(f"{_SELECT} WHERE d.id = ?", [draft_id]))
    if not rows:
        raise NotFound(entity="draft", id=draft_id)
    return _record(rows[0])


def topics(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT DISTINCT topic FROM drafts WHERE topic != '' ORDER BY topic COLLATE NOCASE")]


def insert(db: Database, rec: DraftRecord, saved_by: str | None) -> None:
    stamp = now_iso()
    db.execute(
        "INSERT INTO drafts (id, ambassador_id, author_profile_id, title, text, topic, channels,"
        " vacancy_id, planned_date, state, current_revision, paused, workflow, created_at,"
        " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [rec.id, rec.ambassador_id, rec.author_profile_id, rec.title, rec.text, rec.topic,
         json.dumps(list(rec.channels)), rec.vacancy_id,
         rec.planned_date.isoformat() if rec.planned_date else None, rec.state.value,
         rec.current_revision, int(rec.paused), "{}", stamp, stamp],
    )
    add_revision(db, rec.id, rec.current_revision, rec.title, rec.text, saved_by)


def update_content(db: Database, rec: DraftRecord) -> None:
    db.execute(
        "UPDATE drafts SET title = ?, text = ?, topic = ?, channels = ?, vacancy_id = ?,"
        " updated_at = ? WHERE id = ?",
        [rec.title, rec.text, rec.topic, json.dumps(list(rec.channels)), rec.vacancy_id,
         now_iso(), rec.id],
    )


def set_planned_date(db: Database, draft_id: str, planned: date | None) -> None:
    db.execute("UPDATE drafts SET planned_date = ?, updated_at = ? WHERE id = ?",
               [planned.isoformat() if planned else None, now_iso(), draft_id])


# --- revisions -------------------------------------------------------------------
def add_revision(db: Database, draft_id: str, number: int, title: str, text: str,
                 saved_by: str | None, note: str = "") -> None:
    db.execute(
        "INSERT INTO draft_revisions (id, draft_id, number, title, text, saved_by, saved_at, note)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [str(uuid.uuid4()), draft_id, number, title, text, saved_by, now_iso(), note],
    )


def revisions(db: Database, draft_id: str) -> list[Revision]:
    return [
        Revision(r["number"], r["title"], r["text"], r["saved_by"], r["saved_at"], r["note"])
        for r in db.query("SELECT * FROM draft_revisions WHERE draft_id = ? ORDER BY number DESC",
                          [draft_id])
    ]


def revision(db: Database, draft_id: str, number: int) -> Revision:
    rows = list(db.query("SELECT * FROM draft_revisions WHERE draft_id = ? AND number = ?",
                         [draft_id, number]))
    if not rows:
        raise NotFound(entity="revision", id=f"{draft_id}#{number}")
    r = rows[0]
    return Revision(r["number"], r["title"], r["text"], r["saved_by"], r["saved_at"], r["note"])


# --- workflow snapshot -------------------------------------------------------------
def decisions(db: Database, draft_id: str) -> tuple[ReviewDecision, ...]:
    return tuple(
        ReviewDecision(r["id"], r["reviewer_id"], Decision(r["decision"]), r["comment"],
                       _dt(r["at"]), int(r["revision"]), int(r["step"]),
                       r["block_override_reason"])
        for r in db.query("SELECT * FROM review_decisions WHERE draft_id = ? ORDER BY seq",
                          [draft_id])
    )


def load_snapshot(db: Database, draft_id: str) -> DraftSnapshot:
    rows = list(db.query("SELECT * FROM drafts WHERE id = ?", [draft_id]))
    if not rows:
        raise NotFound(entity="draft", id=draft_id)
    r = rows[0]
    wf = json.loads(r["workflow"] or "{}")
    approval = wf.get("approval")
    publication = wf.get("publication")
    withdrawal = wf.get("withdrawal")
    return DraftSnapshot(
        id=r["id"],
        author_id=r["author_profile_id"],
        state=DraftState(r["state"]),
        current_revision=int(r["current_revision"]),
        planned_date=_d(r["planned_date"]),
        paused=bool(r["paused"]),
        decisions=decisions(db, draft_id),
        overrides=tuple(
            BlockOverride(tuple(o["rule_ids"]), o["reviewer_id"], o["reason"], int(o["revision"]),
                          _dt(o["at"]), o.get("decision_id"))
            for o in wf.get("overrides", [])
        ),
        approval=Approval(ApprovalBasis(approval["basis"]), int(approval["revision"]),
                          _dt(approval["at"])) if approval else None,
        publication=Publication(publication["network"], publication["url"],
                                date.fromisoformat(publication["published_on"]))
        if publication else None,
        withdrawal=Withdrawal(withdrawal["by"], withdrawal["reason"], _dt(withdrawal["at"]),
                              DraftState(withdrawal["from_state"]), bool(withdrawal["rejected"]))
        if withdrawal else None,
    )


def save_snapshot(db: Database, snap: DraftSnapshot) -> None:
    wf: dict[str, Any] = {
        "overrides": [
            {"rule_ids": list(o.rule_ids), "reviewer_id": o.reviewer_id, "reason": o.reason,
             "revision": o.revision, "at": o.at.isoformat(), "decision_id": o.decision_id}
            for o in snap.overrides
        ],
    }
    if snap.approval:
        wf["approval"] = {"basis": snap.approval.basis.value, "revision": snap.approval.revision,
                          "at": snap.approval.at.isoformat()}
    if snap.publication:
        wf["publication"] = {"network": snap.publication.network, "url": snap.publication.url,
                             "published_on": snap.publication.published_on.isoformat()}
    if snap.withdrawal:
        w = snap.withdrawal
        wf["withdrawal"] = {"by": w.by, "reason": w.reason, "at": w.at.isoformat(),
                            "from_state": w.from_state.value, "rejected": w.rejected}
    db.execute(
        "UPDATE drafts SET state = ?, current_revision = ?, paused = ?, planned_date = ?,"
        " workflow = ?, updated_at = ? WHERE id = ?",
        [snap.state.value, snap.current_revision, int(snap.paused),
         snap.planned_date.isoformat() if snap.planned_date else None,
         json.dumps(wf, ensure_ascii=False), now_iso(), snap.id],
    )
    stored = {r[0] for r in db.execute("SELECT id FROM review_decisions WHERE draft_id = ?",
                                        [snap.id])}
    seq = len(stored)
    for d in snap.decisions:
        if d.id in stored:
            continue
        seq += 1
        db.execute(
            "INSERT INTO review_decisions (id, draft_id, seq, reviewer_id, decision, comment, at,"
            " revision, step, block_override_reason) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [d.id, snap.id, seq, d.reviewer_id, d.decision.value, d.comment, d.at.isoformat(),
             d.revision, d.step, d.block_override_reason],
        )
