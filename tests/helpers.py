"""Shared test helpers: people reach "active" the only way the app allows (onboarding, gate)."""

from __future__ import annotations

from datetime import date

from clinic_ambassadors.core.ambassadors import Ambassador, AmbassadorStatus, Consent, ConsentKind
from clinic_ambassadors.core.programme import Profile
from clinic_ambassadors.services.demo import onboard
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile

SIGNED = date(2025, 1, 15)


def with_consents(amb: Ambassador) -> Ambassador:
    """The two written consents onboarding asks for, where the record has none yet."""
    have = {c.kind for c in amb.consents}
    extra = tuple(Consent(kind, "2025-1", SIGNED) for kind in ConsentKind if kind not in have)
    return amb.with_changes(consents=amb.consents + extra)


def active(pf: ProgrammeFile, manager: Actor, amb: Ambassador,
           profile: Profile | None = None) -> Ambassador:
    """Save ``amb`` and take it through onboarding to "active" (or "paused" if asked)."""
    status = amb.status if amb.status is AmbassadorStatus.PAUSED else AmbassadorStatus.ACTIVE
    return onboard(pf, manager, with_consents(amb).with_changes(status=status), profile)
