"""The programme's words in the window's language: kinds, roles, confirmations."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme import (
    Confirmation,
    OrganisationRole,
    PersonRole,
    Phase,
    PhaseKind,
    ProgrammeEvent,
    Session,
    SessionKind,
    within_event_problems,
)
from eventplanner.domain.timezones import zone
from eventplanner.ui.text import days_text
from eventplanner.ui.wording import filled

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


def phase_kind_label(kind: PhaseKind) -> str:
    labels = {
        PhaseKind.BUILD_UP: translate("programme", "build-up"),
        PhaseKind.OPEN_DAY: translate("programme", "open day"),
        PhaseKind.REHEARSAL: translate("programme", "rehearsal"),
        PhaseKind.DINNER: translate("programme", "dinner"),
        PhaseKind.TEAR_DOWN: translate("programme", "tear-down"),
        PhaseKind.OTHER: translate("programme", "other"),
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


def session_problem_text(problem: ValidationError, record: Session, event: ProgrammeEvent) -> str:
    """A problem the domain's rules find with a session (``session_problems``), in the
    window's language for those met while typing or dragging (no title, an end before the
    start, outside the event's days); any other as the rules word it."""
    tz = zone(event.time_zone)
    start, end = record.start.astimezone(tz), record.end.astimezone(tz)
    if problem.field == "title" and not record.title.strip():
        return translate("programme", "Give the session a title.")
    worded = _span_text(problem, start, end)
    if worded is not None:
        return worded
    if problem.field in ("start", "end") and within_event_problems(start, end, event, ""):
        return filled(translate("programme", "It lies outside the days of “%1” (%2)."),
                      event.title, days_text(event.first_day, event.last_day))  # fmt: skip
    return problem.message


def phase_problem_text(problem: ValidationError, phase: Phase, event: ProgrammeEvent) -> str:
    """A problem the rules find with a phase (``phase_problems``): an end before or at the
    start in the window's language; any other as the rules word it."""
    tz = zone(event.time_zone)
    worded = _span_text(problem, phase.start.astimezone(tz), phase.end.astimezone(tz))
    return problem.message if worded is None else worded


def _span_text(problem: ValidationError, start: datetime, end: datetime) -> str | None:
    """An end before or at the start, worded; None for any other problem."""
    shown = "%H:%M" if start.date() == end.date() else "%Y-%m-%d %H:%M"
    if problem.field == "end" and end < start:
        return filled(translate("programme", "It ends (%1) before it starts (%2)."),
                      end.strftime(shown), start.strftime(shown))  # fmt: skip
    if problem.field == "end" and end == start:
        return translate("programme", "It ends when it starts: give it a length.")
    return None
