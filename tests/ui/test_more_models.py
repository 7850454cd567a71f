"""The remaining item models pass Qt's model tester; flagged drafts are marked in the list."""

from __future__ import annotations

from datetime import date

from clinic_ambassadors.core.ambassadors import ConsentKind
from clinic_ambassadors.core.checker import Checker, load_rules
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import drafts
from clinic_ambassadors.ui.checker.findings_list import FindingsModel
from clinic_ambassadors.ui.drafts.model import DraftTableModel
from clinic_ambassadors.ui.reviews.loading import load_queue
from clinic_ambassadors.ui.reviews.queue_model import OverviewModel, QueueModel
from tests.ui.test_drafts_page import build_world, seed_drafts


def test_review_models_pass_the_model_tester(qtbot, qtmodeltester, tmp_path):
    w = build_world(tmp_path / "p.sqlite")
    seed_drafts(w)
    entries = w["session"].call(load_queue, None)
    assert entries
    for model in (QueueModel(), OverviewModel()):
        model.set_entries(entries)
        qtmodeltester.check(model)
        assert model.rowCount() == len(entries)
    w["session"].close()


def test_findings_model_passes_the_model_tester(qtmodeltester):
    findings = Checker(load_rules()).check(
        "Unsere Behandlung wirkt garantiert schmerzfrei! Frau Müller war begeistert.")
    assert findings
    model = FindingsModel()
    model.set_findings(findings)
    qtmodeltester.check(model)
    assert model.rowCount() == len(findings)


def test_drafts_of_someone_who_withdrew_consent_are_marked(qtbot, tmp_path):
    w = build_world(tmp_path / "p.sqlite")
    s = w["session"]
    rec = s.call(drafts.create, w["a"], "amb-1", "Sommerfest", "Grillen im Hof")
    amb = s.call(ambassador_service.get, "amb-1")
    withdrawn = tuple(c if c.kind != ConsentKind.PHOTO else c.__class__(
        c.kind, c.version, c.signed_on, date.today()) for c in amb.consents)
    s.call(ambassador_service.save, w["m"], amb.with_changes(consents=withdrawn))
    model = DraftTableModel(s)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 0).data().startswith("⚠"),
                    timeout=15000)
    assert "withdrew" in model.index(0, 0).data(3)  # tooltip
    assert model.draft(0).id == rec.id
    s.close()
