"""End to end on a fresh file: File > New, a reviewer, an ambassador, onboarding, a draft
that waits in the reviewer's queue and is approved only by the reviewer (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clinic_ambassadors.core.ambassadors import AmbassadorStatus
from clinic_ambassadors.core.checklists import Kind
from clinic_ambassadors.core.drafts import Action, DraftState, ReviewMode
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import checklists, drafts, onboarding
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.drafts import AuthorNotActive
from clinic_ambassadors.services.onboarding import ActivationRefused
from clinic_ambassadors.services.review_policy import review_policy
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui.app import AppController
from clinic_ambassadors.ui.messages import error_text
from clinic_ambassadors.ui.start_dialogs import SetupDialog

CLEAN = "Heute war unser Teamfrühstück in der Praxis – schön war's!"


def _today_text(qtbot, window, *needles: str) -> str:
    today = window.pages["today"]
    today.reload()
    qtbot.waitUntil(lambda: all(n in today.attention.text() for n in needles), timeout=15000)
    return today.attention.text()


def test_from_file_new_to_a_draft_only_the_reviewer_approves(qtbot, tmp_path):
    path = tmp_path / "praxis.sqlite"
    controller = AppController()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        dialog.clinic.setText("Praxis am Markt")
        dialog.your_name.setText("Miriam Manager")
        dialog.review_other.setChecked(True)
        dialog.reviewer_name.setText("Dr. Rita Review")
        dialog._check()

    QTimer.singleShot(0, fill)
    assert controller.new_programme(path)
    window = controller.window
    qtbot.addWidget(window)
    session, manager = window.session, window.actor

    # the review is on from the start, with the reviewer named at set-up
    policy = session.call(review_policy)
    reviewer = next(p for p in session.call(programme_service.profiles)
                    if p.name == "Dr. Rita Review")
    assert policy.mode is ReviewMode.REQUIRED and reviewer.has(Role.REVIEWER)

    # Today guides: the reviewer is done, the ambassador is next and its link opens the page
    text = _today_text(qtbot, window, "First steps")
    assert "<b><a href='page:ambassadors'>" in text
    page = window.follow_link("page:ambassadors")
    assert window.stack.currentWidget() is page

    # the new ambassador, with both consents recorded once, in the dialog
    dialog = page.add()
    dialog.name.setText("Anna Autorin")
    assert dialog.status.currentData() == AmbassadorStatus.ONBOARDING.value
    for consent in (dialog.participation, dialog.photo):
        consent.signed.setChecked(True)
        consent.version.setText("2025-1")
    dialog.give_profile.setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: len(session.call(ambassador_service.page)) == 1, timeout=15000)
    anna = session.call(ambassador_service.page)[0]
    author_profile = next(p for p in session.call(programme_service.profiles)
                          if p.id == anna.profile_id)
    author = Actor(author_profile.id, author_profile.name)

    # the consents ticked their onboarding items; the rest is open and listed on Today
    missing, _ = session.call(lambda pf: onboarding.missing_onboarding(pf.db, anna.id))
    assert "agreement_signed" not in missing and "photo_consent" not in missing and missing
    _today_text(qtbot, window, "In onboarding (1)", f"onboarding:{anna.id}")
    tab = window.follow_link(f"onboarding:{anna.id}")
    qtbot.waitUntil(lambda: tab.current_id() == anna.id, timeout=15000)

    # bypasses are refused with a clear message: a draft before activation, activating oneself
    with pytest.raises(AuthorNotActive) as refused:
        session.call(drafts.create, author, anna.id, "Zu früh", CLEAN)
    assert "not active" in error_text(refused.value)
    with pytest.raises(ActivationRefused) as refused_self:
        session.call(ambassador_service.save, author,
                     anna.with_changes(status=AmbassadorStatus.ACTIVE))
    assert "practice manager" in error_text(refused_self.value)

    # the open items are ticked, and the manager sets Anna active through the gate
    view = session.call(checklists.view_for, manager, Kind.AMBASSADOR_ONBOARDING, anna.id)
    # Anna ticks her own items, the manager the rest
    for item in view.missing():
        mine = item.may_tick(frozenset({Role.AMBASSADOR})) and not item.may_tick(
            frozenset({Role.MANAGER}))
        who, roles = ((author, frozenset({Role.AMBASSADOR})) if mine
                      else (manager, frozenset({Role.MANAGER})))
        session.call(checklists.tick_item, who, roles, view.id, item.id)
    session.call(ambassador_service.save, manager,
                 session.call(ambassador_service.get, anna.id).with_changes(
                     status=AmbassadorStatus.ACTIVE))

    # the first draft, submitted: it waits for the reviewer, and only she approves it
    rec = session.call(drafts.create, author, anna.id, "Teamfrühstück", CLEAN)
    session.call(drafts.act, author, rec.id, Action.SUBMIT)
    assert session.call(drafts.get, rec.id).state is DraftState.IN_REVIEW
    queue = session.call(drafts.review_queue, reviewer.id)
    assert [e.draft.id for e in queue] == [rec.id]
    for not_reviewer in (author, manager):
        with pytest.raises(Exception) as denied:
            session.call(drafts.act, not_reviewer, rec.id, Action.APPROVE)
        assert error_text(denied.value)
    assert session.call(drafts.get, rec.id).state is DraftState.IN_REVIEW
    session.call(drafts.act, Actor(reviewer.id, reviewer.name), rec.id, Action.APPROVE)
    approved = session.call(drafts.get, rec.id)
    assert approved.state is DraftState.APPROVED and not approved.approved_without_review

    # the guide is gone once the first draft exists
    today = window.pages["today"]
    today.reload()
    qtbot.waitUntil(lambda: "First steps" not in today.attention.text(), timeout=15000)
    assert today.summary is not None and today.summary.guide == ()
    assert f"draft:{rec.id}" not in today.attention.text()  # approved: nothing waits on it
    controller.shutdown()


def test_today_lists_an_ambassadors_own_open_onboarding_items_and_rows_open_them(qtbot, tmp_path):
    from clinic_ambassadors.core.ambassadors import Ambassador
    from tests.ui.conftest import close_window, open_window

    path = tmp_path / "p.sqlite"
    from clinic_ambassadors.services.session import Session

    session = Session.open(path)
    _, me = session.call(programme_service.set_up, "Praxis", "Mia Manager",
                         frozenset({Role.MANAGER}), reviewer_name="Dr. Rita Review")
    nina = session.call(programme_service.add_profile, Actor(me.id, me.name), "Nina Neu",
                        frozenset({Role.AMBASSADOR}))
    session.call(ambassador_service.save, Actor(me.id, me.name),
                 Ambassador(id="amb-n", name="Nina Neu", profile_id=nina.id,
                            status=AmbassadorStatus.ONBOARDING))
    session.close()
    window = open_window(qtbot, path, "Nina Neu")
    today = window.pages["today"]
    qtbot.waitUntil(lambda: today.summary is not None, timeout=15000)
    text = today.attention.text()
    assert "Nothing needs you today" not in text
    assert "Your onboarding:" in text and text.count("href='onboarding:amb-n'") >= 3
    assert "First steps" not in text  # the guide is the manager's
    tab = window.follow_link("onboarding:amb-n")
    assert window.stack.currentWidget() is window.pages["programme"]
    qtbot.waitUntil(lambda: tab.current_id() == "amb-n", timeout=15000)
    close_window(window)


def test_file_restore_refuses_a_folder_and_asks_before_a_demo_replaces_a_real_programme(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from clinic_ambassadors.cli import main
    from clinic_ambassadors.storage.connection import open_programme

    real = tmp_path / "praxis.sqlite"
    pf = open_programme(real)
    programme_service.set_up(pf, "Praxis", "Mia", frozenset({Role.MANAGER}),
                             reviewer_name="Dr. Rita Review")
    pf.close()
    demo = tmp_path / "demo.sqlite"
    assert main(["demo", "--no-gui", "--db", str(demo)]) == 0
    controller = AppController()
    monkeypatch.setattr(AppController, "choose_profile",
                        lambda self, session, parent, *a, **k: session.call(
                            programme_service.profiles)[0])
    assert controller.open_path(real)
    qtbot.addWidget(controller.window)
    warned, asked = [], []
    monkeypatch.setattr(AppController, "_warn",
                        lambda self, parent, exc, text="": warned.append(error_text(exc)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path), ""))
    assert not controller.restore_backup(None)
    assert "folder" in warned[0]

    def no(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo), ""))
    monkeypatch.setattr(QMessageBox, "question", no)
    assert not controller.restore_backup(None)
    assert "backup of the demo programme" in asked[0] and "real" in asked[0]
    controller.shutdown()
    pf = open_programme(real)
    assert programme_service.get(pf).clinic_name == "Praxis"  # nothing was replaced
    pf.close()
