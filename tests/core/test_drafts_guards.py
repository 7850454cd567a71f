"""Guards: checklists, photo consent, block findings and their overrides, publication data."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from clinic_ambassadors.core.drafts import (
    Accepted,
    Action,
    ActionContext,
    Approval,
    ApprovalBasis,
    DraftSnapshot,
    DraftState,
    EventCode,
    PhotoConsentProblem,
    RefusalCode,
    Refused,
    ReviewPolicy,
    apply,
    readiness_problems,
)

AUTHOR, DOC = "amb", "doc"
AT = datetime(2025, 6, 2, 10, 0, tzinfo=UTC)
REQUIRED = ReviewPolicy.required([DOC])


def ctx(actor=AUTHOR, policy=REQUIRED, **kw) -> ActionContext:
    return ActionContext(actor, AT, policy, **kw)


def draft(state=DraftState.DRAFT, **kw) -> DraftSnapshot:
    return DraftSnapshot("d-9", AUTHOR, state=state, **kw)


def refused(outcome) -> Refused:
    assert isinstance(outcome, Refused), outcome
    return outcome


def accepted(outcome) -> Accepted:
    assert isinstance(outcome, Accepted), outcome
    return outcome


# --- submit ---------------------------------------------------------------------------


def test_submit_refused_with_missing_author_checklist_items() -> None:
    r = refused(apply(draft(missing_author_items=("no-patient", "hashtag")), Action.SUBMIT, ctx()))
    assert r.code is RefusalCode.CHECKLIST_INCOMPLETE
    assert r.details == {"part": "author", "items": ["no-patient", "hashtag"]}


def test_submit_ignores_the_reviewers_part_of_the_checklist() -> None:
    out = accepted(apply(draft(missing_reviewer_items=("hwg-ok",)), Action.SUBMIT, ctx()))
    assert out.draft.state is DraftState.IN_REVIEW


def test_submit_refused_for_a_person_without_photo_consent() -> None:
    problem = PhotoConsentProblem("img-1", "person-7", "withdrawn")
    r = refused(apply(draft(photo_consent_problems=(problem,)), Action.SUBMIT, ctx()))
    assert r.code is RefusalCode.MISSING_PHOTO_CONSENT
    assert r.details["problems"] == [
        {"image_id": "img-1", "person_id": "person-7", "kind": "withdrawn"}
    ]


def test_a_refusal_lists_every_other_problem_too() -> None:
    d = draft(
        missing_author_items=("a",),
        photo_consent_problems=(PhotoConsentProblem("i", "p"),),
        block_findings=("r1",),
    )
    r = refused(apply(d, Action.SUBMIT, ctx()))
    assert r.code is RefusalCode.CHECKLIST_INCOMPLETE
    assert [p["code"] for p in r.details["also"]] == ["missing_photo_consent", "block_findings"]
    assert [p.code for p in readiness_problems(d, reviewer_part=False)] == [
        RefusalCode.CHECKLIST_INCOMPLETE,
        RefusalCode.MISSING_PHOTO_CONSENT,
        RefusalCode.BLOCK_FINDINGS,
    ]


def test_submit_refused_on_block_findings_until_each_is_overridden() -> None:
    d = draft(block_findings=("hwg-before-after", "patient-name"))
    r = refused(apply(d, Action.SUBMIT, ctx()))
    assert r.code is RefusalCode.BLOCK_FINDINGS
    assert r.details["rule_ids"] == ["hwg-before-after", "patient-name"]

    one = accepted(
        apply(
            d,
            Action.OVERRIDE_BLOCK,
            ctx(
                DOC, override_rule_ids=("hwg-before-after",), override_reason="Umbau, kein Patient."
            ),
        )
    )
    r = refused(apply(one.draft, Action.SUBMIT, ctx()))
    assert r.details["rule_ids"] == ["patient-name"]
    assert r.details["overridden"] == ["hwg-before-after"]

    both = accepted(
        apply(
            one.draft,
            Action.OVERRIDE_BLOCK,
            ctx(DOC, override_reason="Name ist die Mitarbeiterin selbst, Einwilligung liegt vor."),
        )
    )
    assert both.events[0].summary is EventCode.BLOCK_OVERRIDDEN
    assert both.events[0].data["rule_ids"] == ["patient-name"]
    assert accepted(apply(both.draft, Action.SUBMIT, ctx())).draft.state is DraftState.IN_REVIEW


def test_override_needs_a_written_reason_and_a_reviewer_who_is_not_the_author() -> None:
    d = draft(block_findings=("r1",))
    assert (
        refused(apply(d, Action.OVERRIDE_BLOCK, ctx(DOC, override_reason=" "))).code
        is RefusalCode.OVERRIDE_REASON_REQUIRED
    )
    assert (
        refused(apply(d, Action.OVERRIDE_BLOCK, ctx("pm", override_reason="x"))).code
        is RefusalCode.NOT_A_REVIEWER
    )
    author_reviewer = ReviewPolicy.required([AUTHOR, DOC])
    assert (
        refused(
            apply(d, Action.OVERRIDE_BLOCK, ctx(AUTHOR, author_reviewer, override_reason="x"))
        ).code
        is RefusalCode.SELF_APPROVAL
    )
    assert (
        refused(
            apply(
                d, Action.OVERRIDE_BLOCK, ctx(DOC, override_rule_ids=("nope",), override_reason="x")
            )
        ).code
        is RefusalCode.OVERRIDE_NOT_NEEDED
    )
    assert (
        refused(apply(draft(), Action.OVERRIDE_BLOCK, ctx(DOC, override_reason="x"))).code
        is RefusalCode.OVERRIDE_NOT_NEEDED
    )


def test_override_is_bound_to_the_revision() -> None:
    d = draft(block_findings=("r1",))
    d = accepted(apply(d, Action.OVERRIDE_BLOCK, ctx(DOC, override_reason="ok"))).draft
    d = accepted(apply(d, Action.EDIT, ctx())).draft
    r = refused(apply(d, Action.SUBMIT, ctx()))
    assert r.code is RefusalCode.BLOCK_FINDINGS and r.details["rule_ids"] == ["r1"]


def test_policy_none_without_override_reviewers_means_the_author_must_fix_the_text() -> None:
    d = draft(block_findings=("r1",))
    policy = ReviewPolicy.none()
    assert (
        refused(apply(d, Action.OVERRIDE_BLOCK, ctx(DOC, policy, override_reason="x"))).code
        is RefusalCode.NOT_A_REVIEWER
    )
    with_override = ReviewPolicy.none([DOC])
    d = accepted(
        apply(d, Action.OVERRIDE_BLOCK, ctx(DOC, with_override, override_reason="x"))
    ).draft
    assert (
        accepted(apply(d, Action.SUBMIT, ctx(policy=with_override))).draft.state
        is DraftState.APPROVED
    )


# --- approve --------------------------------------------------------------------------


def test_approve_refused_while_the_reviewers_checklist_part_is_open() -> None:
    d = draft(DraftState.IN_REVIEW, missing_reviewer_items=("hwg-checked",))
    r = refused(apply(d, Action.APPROVE, ctx(DOC)))
    assert r.code is RefusalCode.CHECKLIST_INCOMPLETE
    assert r.details == {"part": "reviewer", "items": ["hwg-checked"]}


@pytest.mark.parametrize(
    ("facts", "code"),
    [
        ({"missing_author_items": ("a",)}, RefusalCode.CHECKLIST_INCOMPLETE),
        (
            {"photo_consent_problems": (PhotoConsentProblem("i", "p"),)},
            RefusalCode.MISSING_PHOTO_CONSENT,
        ),
        ({"block_findings": ("r1",)}, RefusalCode.BLOCK_FINDINGS),
    ],
)
def test_approve_rechecks_what_submit_checked(facts, code) -> None:
    """Facts can change while in review (an edit, a withdrawn consent)."""
    assert (
        refused(apply(draft(DraftState.IN_REVIEW, **facts), Action.APPROVE, ctx(DOC))).code is code
    )


def test_approve_can_override_open_blocks_with_a_reason_kept_on_the_decision() -> None:
    d = draft(DraftState.IN_REVIEW, block_findings=("hwg-1",))
    r = refused(apply(d, Action.APPROVE, ctx(DOC)))
    assert r.code is RefusalCode.BLOCK_FINDINGS and r.details["overridable"] is True
    out = accepted(
        apply(
            d,
            Action.APPROVE,
            ctx(DOC, override_reason="Fachinformation, keine Werbung.", decision_id="dec-1"),
        )
    )
    assert out.draft.state is DraftState.APPROVED
    decision = out.draft.decisions[-1]
    assert decision.block_override_reason == "Fachinformation, keine Werbung."
    override = out.draft.overrides[-1]
    assert override.rule_ids == ("hwg-1",) and override.decision_id == "dec-1"
    assert override.reviewer_id == DOC and override.revision == 1
    assert [e.summary for e in out.events] == [EventCode.BLOCK_OVERRIDDEN, EventCode.APPROVED]
    assert out.events[0].data["reason"] == "Fachinformation, keine Werbung."


# --- schedule, publish, pause ------------------------------------------------------------


def approved(**kw) -> DraftSnapshot:
    return draft(DraftState.APPROVED, approval=Approval(ApprovalBasis.REVIEW, 1, AT), **kw)


def test_schedule_needs_a_date_not_in_the_past() -> None:
    assert (
        refused(apply(approved(), Action.SCHEDULE, ctx())).code is RefusalCode.PLANNED_DATE_REQUIRED
    )
    r = refused(apply(approved(), Action.SCHEDULE, ctx(planned_date=date(2025, 5, 1))))
    assert r.code is RefusalCode.PLANNED_DATE_IN_PAST and r.details["planned_date"] == "2025-05-01"
    out = accepted(apply(approved(), Action.SCHEDULE, ctx(planned_date=date(2025, 6, 9))))
    assert out.draft.planned_date == date(2025, 6, 9)
    again = accepted(apply(out.draft, Action.SCHEDULE, ctx(planned_date=date(2025, 6, 10))))
    assert again.events[0].summary is EventCode.RESCHEDULED
    assert again.events[0].data == {"planned_date": "2025-06-10", "previous_date": "2025-06-09"}


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"network": "linkedin", "published_on": date(2025, 6, 2)}, RefusalCode.URL_REQUIRED),
        (
            {"url": "ftp://x.de/p", "network": "linkedin", "published_on": date(2025, 6, 2)},
            RefusalCode.INVALID_URL,
        ),
        (
            {"url": "linkedin.com/p/1", "network": "linkedin", "published_on": date(2025, 6, 2)},
            RefusalCode.INVALID_URL,
        ),
        ({"url": "https://x.de/p", "published_on": date(2025, 6, 2)}, RefusalCode.NETWORK_REQUIRED),
        ({"url": "https://x.de/p", "network": "linkedin"}, RefusalCode.PUBLISHED_ON_REQUIRED),
        (
            {"url": "https://x.de/p", "network": "linkedin", "published_on": date(2025, 6, 9)},
            RefusalCode.PUBLISHED_IN_FUTURE,
        ),
    ],
)
def test_publish_needs_url_network_and_date(kw, code) -> None:
    assert refused(apply(approved(), Action.PUBLISH, ctx(**kw))).code is code


def test_publish_records_the_publication() -> None:
    out = accepted(
        apply(
            approved(),
            Action.PUBLISH,
            ctx(
                url=" https://www.instagram.com/p/XYZ/ ",
                network="instagram",
                published_on=date(2025, 6, 1),
            ),
        )
    )
    pub = out.draft.publication
    assert (pub.network, pub.url, pub.published_on) == (
        "instagram",
        "https://www.instagram.com/p/XYZ/",
        date(2025, 6, 1),
    )
    assert out.events[0].data["url"] == "https://www.instagram.com/p/XYZ/"


def test_pause_keeps_the_schedule_and_blocks_publication_until_resumed() -> None:
    scheduled = accepted(
        apply(approved(), Action.SCHEDULE, ctx(planned_date=date(2025, 6, 5)))
    ).draft
    paused = accepted(apply(scheduled, Action.PAUSE, ctx("pm", actor_is_manager=True))).draft
    assert paused.paused and paused.state is DraftState.SCHEDULED
    assert paused.planned_date == date(2025, 6, 5)
    assert refused(apply(paused, Action.PAUSE, ctx())).code is RefusalCode.ALREADY_PAUSED
    publish = ctx(url="https://x.de/p", network="xing", published_on=date(2025, 6, 2))
    assert refused(apply(paused, Action.PUBLISH, publish)).code is RefusalCode.DRAFT_PAUSED
    resumed = accepted(apply(paused, Action.RESUME, ctx())).draft
    assert resumed == scheduled
    assert refused(apply(resumed, Action.RESUME, ctx())).code is RefusalCode.NOT_PAUSED
    assert accepted(apply(resumed, Action.PUBLISH, publish)).draft.state is DraftState.PUBLISHED


def test_unschedule_clears_pause_and_keeps_approval() -> None:
    scheduled = accepted(
        apply(approved(), Action.SCHEDULE, ctx(planned_date=date(2025, 6, 5)))
    ).draft
    paused = accepted(apply(scheduled, Action.PAUSE, ctx())).draft
    out = accepted(apply(paused, Action.UNSCHEDULE, ctx())).draft
    assert out.state is DraftState.APPROVED and not out.paused and out.approval is not None


def test_withdraw_keeps_who_why_and_from_where() -> None:
    out = accepted(
        apply(approved(), Action.WITHDRAW, ctx(reason="Kollegin hat Einwilligung zurückgezogen"))
    )
    w = out.draft.withdrawal
    assert (w.by, w.from_state, w.rejected) == (AUTHOR, DraftState.APPROVED, False)
    assert w.reason == "Kollegin hat Einwilligung zurückgezogen"


def test_refusals_have_a_default_english_text_and_json_friendly_details() -> None:
    import json

    r = refused(apply(draft(block_findings=("r1",)), Action.SUBMIT, ctx()))
    assert "block" in str(r).lower()
    json.dumps(dict(r.details))


def test_context_and_snapshot_reject_inconsistent_values() -> None:
    with pytest.raises(ValueError):
        ActionContext(AUTHOR, datetime(2025, 1, 1), REQUIRED)
    with pytest.raises(ValueError):
        DraftSnapshot("d", AUTHOR, DraftState.APPROVED, paused=True)
    with pytest.raises(ValueError):
        DraftSnapshot("d", AUTHOR, current_revision=0)
