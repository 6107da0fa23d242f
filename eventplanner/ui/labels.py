"""Words shown for the domain's values. Every string goes through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus, OrganisationType


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def kind_label(kind: EventKind) -> str:
    return {
        EventKind.TRADE_FAIR: _tr("Trade fair"),
        EventKind.LAUNCH: _tr("Launch"),
        EventKind.INNOVATION_DAY: _tr("Innovation day"),
        EventKind.COURSE: _tr("Course"),
        EventKind.SEMINAR: _tr("Seminar"),
        EventKind.WORKSHOP: _tr("Workshop"),
        EventKind.WEBINAR: _tr("Webinar"),
        EventKind.NETWORK_MEETING: _tr("Network meeting"),
        EventKind.OTHER: _tr("Other"),
    }[kind]


def status_label(status: EventStatus) -> str:
    return {
        EventStatus.DRAFT: _tr("Draft"),
        EventStatus.PLANNED: _tr("Planned"),
        EventStatus.CONFIRMED: _tr("Confirmed"),
        EventStatus.COMPLETED: _tr("Completed"),
        EventStatus.CANCELLED: _tr("Cancelled"),
    }[status]


def busy_label(busy: BusyStatus) -> str:
    return {
        BusyStatus.FREE: _tr("Free"),
        BusyStatus.TENTATIVE: _tr("Tentative"),
        BusyStatus.BUSY: _tr("Busy"),
        BusyStatus.OUT_OF_OFFICE: _tr("Out of office"),
    }[busy]


def organisation_type_label(value: OrganisationType) -> str:
    return {
        OrganisationType.MEMBER_COMPANY: _tr("Member company"),
        OrganisationType.PARTNER: _tr("Partner"),
        OrganisationType.UNIVERSITY_OR_INSTITUTE: _tr("University or institute"),
        OrganisationType.PUBLIC_SECTOR: _tr("Public sector"),
        OrganisationType.TRADE_FAIR_ORGANISER: _tr("Trade-fair organiser"),
        OrganisationType.FUNDER: _tr("Funder"),
        OrganisationType.OTHER: _tr("Other"),
    }[value]


def week_label(week: int) -> str:
    """ISO week as Swedish planners say it ("v. 12")."""
    return _tr("w. %1").replace("%1", str(week))


REMINDER_CHOICES: tuple[int | None, ...] = (None, 0, 5, 15, 30, 60, 120, 1440, 10080)
"""The reminders the event dialog offers, in minutes before the start (None: no reminder)."""


def reminder_label(minutes: int | None) -> str:
    """ "15 minutes before", "1 day before"; "No reminder" for None."""
    fixed = {
        None: _tr("No reminder"),
        0: _tr("At the start"),
        1: _tr("1 minute before"),
        60: _tr("1 hour before"),
        1440: _tr("1 day before"),
        10080: _tr("1 week before"),
    }
    if minutes in fixed:
        return fixed[minutes]
    assert minutes is not None
    for size, unit in ((10080, _tr("%1 weeks before")), (1440, _tr("%1 days before")),
                       (60, _tr("%1 hours before"))):  # fmt: skip
        if minutes % size == 0:
            return unit.replace("%1", str(minutes // size))
    return _tr("%1 minutes before").replace("%1", str(minutes))
