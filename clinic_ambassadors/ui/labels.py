"""Translated names for the domain's enum values, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinic_ambassadors.core.ambassadors import AmbassadorStatus, JobRole, Network
from clinic_ambassadors.core.programme import Role


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: AmbassadorStatus) -> str:
    return {
        AmbassadorStatus.CANDIDATE: _t("Candidate"),
        AmbassadorStatus.ONBOARDING: _t("Onboarding"),
        AmbassadorStatus.ACTIVE: _t("Active"),
        AmbassadorStatus.PAUSED: _t("Paused"),
        AmbassadorStatus.ALUMNI: _t("Alumni"),
    }[status]


def job_role_label(role: JobRole) -> str:
    return {
        JobRole.DOCTOR: _t("Doctor"),
        JobRole.NURSE: _t("Nurse"),
        JobRole.MFA: _t("Medical assistant (MFA)"),
        JobRole.THERAPIST: _t("Therapist"),
        JobRole.ADMIN: _t("Administration"),
        JobRole.MANAGER: _t("Practice management"),
        JobRole.TRAINEE: _t("Trainee"),
        JobRole.OTHER: _t("Other"),
    }[role]


def network_label(network: Network) -> str:
    return {
        Network.LINKEDIN: "LinkedIn",
        Network.INSTAGRAM: "Instagram",
        Network.FACEBOOK: "Facebook",
        Network.X: "X",
        Network.XING: "XING",
        Network.TIKTOK: "TikTok",
        Network.OTHER: _t("Other"),
    }[network]


def role_label(role: Role) -> str:
    return {
        Role.MANAGER: _t("Practice manager"),
        Role.REVIEWER: _t("Reviewer (doctor)"),
        Role.AMBASSADOR: _t("Ambassador"),
    }[role]
