"""Words shown for the domain's values. Every string goes through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus, OrganisationType
from eventplanner.ui.wording import filled

# Every text is spelled out in a translate("labels", "…") call of its own: lupdate
# (tools/translations.py) collects only literal texts in calls named tr or translate.
translate = QCoreApplication.translate


def kind_label(kind: EventKind) -> str:
    return {
        EventKind.TRADE_FAIR: translate("labels", "Trade fair"),
        EventKind.LAUNCH: translate("labels", "Launch"),
        EventKind.INNOVATION_DAY: translate("labels", "Innovation day"),
        EventKind.COURSE: translate("labels", "Course"),
        EventKind.SEMINAR: translate("labels", "Seminar"),
        EventKind.WORKSHOP: translate("labels", "Workshop"),
        EventKind.WEBINAR: translate("labels", "Webinar"),
        EventKind.NETWORK_MEETING: translate("labels", "Network meeting"),
        EventKind.OTHER: translate("labels", "Other"),
    }[kind]


def status_label(status: EventStatus) -> str:
    return {
        EventStatus.DRAFT: translate("labels", "Draft"),
        EventStatus.PLANNED: translate("labels", "Planned"),
        EventStatus.CONFIRMED: translate("labels", "Confirmed"),
        EventStatus.COMPLETED: translate("labels", "Completed"),
        EventStatus.CANCELLED: translate("labels", "Cancelled"),
    }[status]


def busy_label(busy: BusyStatus) -> str:
    return {
        BusyStatus.FREE: translate("labels", "Free"),
        BusyStatus.TENTATIVE: translate("labels", "Tentative"),
        BusyStatus.BUSY: translate("labels", "Busy"),
        BusyStatus.OUT_OF_OFFICE: translate("labels", "Out of office"),
    }[busy]


def organisation_type_label(value: OrganisationType) -> str:
    return {
        OrganisationType.MEMBER_COMPANY: translate("labels", "Member company"),
        OrganisationType.PARTNER: translate("labels", "Partner"),
        OrganisationType.UNIVERSITY_OR_INSTITUTE: translate("labels", "University or institute"),
        OrganisationType.PUBLIC_SECTOR: translate("labels", "Public sector"),
        OrganisationType.TRADE_FAIR_ORGANISER: translate("labels", "Trade-fair organiser"),
        OrganisationType.FUNDER: translate("labels", "Funder"),
        OrganisationType.OTHER: translate("labels", "Other", "an organisation type"),
    }[value]


def week_label(week: int) -> str:
    """ISO week as Swedish planners say it ("v. 12")."""
    return filled(translate("labels", "w. %1"), str(week))


REMINDER_CHOICES: tuple[int | None, ...] = (None, 0, 5, 15, 30, 60, 120, 1440, 10080)
"""The reminders the event dialog offers, in minutes before the start (None: no reminder)."""


def reminder_label(minutes: int | None) -> str:
    """ "15 minutes before", "1 day before"; "No reminder" for None."""
    fixed = {
        None: translate("labels", "No reminder"),
        0: translate("labels", "At the start"),
        1: translate("labels", "1 minute before"),
        60: translate("labels", "1 hour before"),
        1440: translate("labels", "1 day before"),
        10080: translate("labels", "1 week before"),
    }
    if minutes in fixed:
        return fixed[minutes]
    assert minutes is not None
    for size, unit in (
        (10080, translate("labels", "%1 weeks before")),
        (1440, translate("labels", "%1 days before")),
        (60, translate("labels", "%1 hours before")),
    ):
        if minutes % size == 0:
            return filled(unit, str(minutes // size))
    return filled(translate("labels", "%1 minutes before"), str(minutes))
