"""The programme's words in the window's language: kinds, roles, confirmations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.programme import Confirmation, OrganisationRole, PersonRole, SessionKind

translate = QCoreApplication.translate


def session_kind_label(kind: SessionKind) -> str:
    labels = {
        SessionKind.KEYNOTE: translate("programme", "keynote"),
        SessionKind.TALK: translate("programme", "talk"),
        SessionKind.PANEL: translate("programme", "panel"),
        SessionKind.WORKSHOP: translate("programme", "workshop"),
        SessionKind.BREAK: translate("programme", "break"),
        SessionKind.LUNCH: translate("programme", "lunch"),
        SessionKind.NETWORKING: translate("programme", "networking"),
        SessionKind.EXHIBITION: translate("programme", "exhibition"),
        SessionKind.OTHER: translate("programme", "other"),
    }
    return labels[kind]


def role_label(role: PersonRole) -> str:
    labels = {
        PersonRole.SPEAKER: translate("programme", "speaker"),
        PersonRole.MODERATOR: translate("programme", "moderator or chair"),
        PersonRole.PANELLIST: translate("programme", "panellist"),
        PersonRole.HOST: translate("programme", "host"),
        PersonRole.TECHNICIAN: translate("programme", "technician"),
        PersonRole.STREAM_OPERATOR: translate("programme", "stream operator"),
        PersonRole.STAFF: translate("programme", "staff"),
        PersonRole.GUEST_OF_HONOUR: translate("programme", "guest of honour"),
    }
    return labels[role]


def organisation_role_label(role: OrganisationRole) -> str:
    labels = {
        OrganisationRole.ORGANISER: translate("programme", "organiser"),
        OrganisationRole.CO_ORGANISER: translate("programme", "co-organiser"),
        OrganisationRole.PARTNER: translate("programme", "partner"),
        OrganisationRole.SPONSOR: translate("programme", "sponsor"),
        OrganisationRole.FUNDER: translate("programme", "funder"),
        OrganisationRole.FAIR_ORGANISER: translate("programme", "fair organiser"),
    }
    return labels[role]


def confirmation_label(confirmation: Confirmation) -> str:
    labels = {
        Confirmation.ASKED: translate("programme", "asked"),
        Confirmation.CONFIRMED: translate("programme", "confirmed"),
        Confirmation.DECLINED: translate("programme", "declined"),
    }
    return labels[confirmation]


def people_text(names_roles: list[tuple[str, PersonRole]]) -> str:
    """ "Åsa Lindqvist (moderator or chair), Henrik Åberg": speakers plain, others named."""
    parts = []
    for name, role in names_roles:
        parts.append(name if role is PersonRole.SPEAKER else f"{name} ({role_label(role)})")
    return ", ".join(parts)
