from __future__ import annotations

from clinic_ambassadors.cli import main
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services import today
from clinic_ambassadors.storage.connection import open_programme


def test_demo_today_for_reviewer_and_manager(tmp_path):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--no-gui", "--db", str(path)]) == 0
    pf = open_programme(path)
    profiles = {p.name.split(" (")[0]: p for p in programme_service.profiles(pf)}
    reviewer = profiles["Dr. med. Stefan Albers"]
    s = today.summary(pf, reviewer.id)
    assert [d.title for d in s.waiting_for_me] == ["Wir suchen MFA (m/w/d) – Teilzeit möglich"]
    assert [d.title for d in s.coming_up] == ["Sommerfest-Rückblick"]
    assert s.in_review_total == 1
    nurse = profiles["Jonas Becker"]
    s = today.summary(pf, nurse.id)
    assert s.waiting_for_me == []
    assert [d.title for d in s.my_changes_requested] == ["Ein Tag in der Infusionsambulanz"]
    assert sum(s.by_status.values()) == 10
    manager = [p for p in profiles.values() if "Krüger" in p.name][0]
    assert [d.title for d in today.summary(pf, manager.id).my_in_review] == [
        "Wir suchen MFA (m/w/d) – Teilzeit möglich"]
    pf.close()


def test_today_shows_set_up_progress_and_crisis_mode(tmp_path):
    from clinic_ambassadors.core.programme import Role
    from clinic_ambassadors.services import incidents
    from clinic_ambassadors.storage.audit import Actor

    pf = open_programme(tmp_path / "new.sqlite")
    _, me = programme_service.set_up(pf, "Praxis Neu", "Mia", frozenset({Role.MANAGER}))
    s = today.summary(pf, me.id)
    done, total = s.road_map_done
    assert done == 0 and total > 5
    assert s.next_step["de"] and s.next_step["en"]
    assert s.open_incidents == []
    incidents.report_incident(pf, Actor(me.id, "Mia"), "Shitstorm auf Instagram")
    assert [t for t, _ in today.summary(pf, me.id).open_incidents] == ["Shitstorm auf Instagram"]
    pf.close()


def test_today_lists_drafts_flagged_by_a_withdrawn_consent(tmp_path):
    from dataclasses import replace
    from datetime import date

    from clinic_ambassadors.services import ambassadors as ambassador_service

    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--no-gui", "--db", str(path)]) == 0
    pf = open_programme(path)
    manager = [p for p in programme_service.profiles(pf) if "Krüger" in p.name][0]
    assert today.summary(pf, manager.id).flagged == []
    aylin = [a for a in ambassador_service.page(pf) if a.name == "Aylin Demir"][0]
    withdrawn = tuple(replace(c, withdrawn_on=date.today()) for c in aylin.consents)
    ambassador_service.save(pf, programme_service.Actor(manager.id, manager.name),
                            aylin.with_changes(consents=withdrawn))
    titles = {d.title for d in today.summary(pf, manager.id).flagged}
    assert "Mein erster Monat an der Anmeldung" in titles  # her open draft
    assert "Tag der offenen Tür" not in titles  # already published
    pf.close()
