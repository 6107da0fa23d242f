"""The Reports view's words, every one through Qt's translation (the PDF and the workbook
carry their own, in the language chosen for them: ``services.reports.words``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.enums import ActorType, CompanySize, EventKind, OrganisationType
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.reports import ProjectTarget, TargetKind
from eventplanner.ui.labels import kind_label, organisation_type_label

translate = QCoreApplication.translate


def figure_names() -> dict[str, str]:
    """The summary's rows, by key."""
    return {
        "events": translate("Reports", "Events held"),
        "public": translate("Reports", "Public events"),
        "closed": translate("Reports", "Closed events"),
        "hours": translate("Reports", "Hours"),
        "seats": translate("Reports", "Registrations (seats taken)"),
        "attended": translate("Reports", "Participations attended"),
        "people_registered": translate("Reports", "Unique people registered"),
        "people": translate("Reports", "Unique people reached"),
        "organisations": translate("Reports", "Unique organisations reached"),
        "sessions": translate("Reports", "Sessions"),
        "speakers": translate("Reports", "Speakers"),
    }


def section_titles() -> dict[str, str]:
    return {
        "summary": translate("Reports", "Summary"),
        "events": translate("Reports", "Events by kind"),
        "registrations": translate("Reports", "Registrations by status"),
        "actor": translate("Reports", "Reach by actor type"),
        "organisation_type": translate("Reports", "Reach by organisation type"),
        "size": translate("Reports", "Reach by company size"),
        "country": translate("Reports", "Reach by country"),
        "budget": translate("Reports", "Budget (SEK)"),
        "targets": translate("Reports", "Targets"),
    }


def breakdown_heads() -> dict[str, str]:
    return {
        "actor": translate("Reports", "Actor type"),
        "organisation_type": translate("Reports", "Organisation type"),
        "size": translate("Reports", "Size"),
        "country": translate("Reports", "Country"),
    }


def actor_label(value: ActorType) -> str:
    return {
        ActorType.INDUSTRY: translate("Reports", "Industry"),
        ActorType.ACADEMIA: translate("Reports", "Academia"),
        ActorType.RESEARCH_INSTITUTE: translate("Reports", "Research institute"),
        ActorType.PUBLIC_SECTOR: translate("Reports", "Public sector"),
        ActorType.CIVIL_SOCIETY: translate("Reports", "Civil society"),
        ActorType.OTHER: translate("Reports", "Other", "an actor type"),
    }[value]


def size_label(value: CompanySize) -> str:
    return {
        CompanySize.SME: translate("Reports", "SME"),
        CompanySize.LARGE: translate("Reports", "Large company"),
    }[value]


def status_label(value: RegistrationStatus) -> str:
    return {
        RegistrationStatus.REGISTERED: translate("Reports", "Registered"),
        RegistrationStatus.WAITLISTED: translate("Reports", "Waitlisted"),
        RegistrationStatus.CANCELLED: translate("Reports", "Cancelled"),
        RegistrationStatus.ATTENDED: translate("Reports", "Attended"),
        RegistrationStatus.NO_SHOW: translate("Reports", "No-show"),
    }[value]


def target_kind_label(value: TargetKind) -> str:
    return {
        TargetKind.EVENTS_HELD: translate("Reports", "Events held"),
        TargetKind.PUBLIC_EVENTS: translate("Reports", "Public events"),
        TargetKind.CLOSED_EVENTS: translate("Reports", "Closed events"),
        TargetKind.HOURS: translate("Reports", "Hours"),
        TargetKind.REGISTRATIONS: translate("Reports", "Registrations"),
        TargetKind.PARTICIPANTS: translate("Reports", "Participants (attended)"),
        TargetKind.UNIQUE_PEOPLE: translate("Reports", "Unique people"),
        TargetKind.ORGANISATIONS: translate("Reports", "Organisations reached"),
        TargetKind.COMPANIES: translate("Reports", "Companies reached"),
        TargetKind.SMES: translate("Reports", "SMEs reached"),
        TargetKind.SESSIONS: translate("Reports", "Sessions"),
        TargetKind.SPEAKERS: translate("Reports", "Speakers"),
    }[value]


def target_what(target: ProjectTarget) -> str:
    """ "Events held (Seminar)"."""
    what = target_kind_label(target.kind)
    if target.event_kind is not None:
        what = f"{what} ({kind_label(target.event_kind)})"
    return what


def value_label(breakdown: str, value: str) -> str:
    """A breakdown's value as shown ("Industry", "SME", "SE"); "" as "(none given)"."""
    if not value:
        return translate("Reports", "(none given)")
    try:
        if breakdown == "actor":
            return actor_label(ActorType(value))
        if breakdown == "size":
            return size_label(CompanySize(value))
        if breakdown == "organisation_type":
            return organisation_type_label(OrganisationType(value))
        if breakdown == "kind":
            return kind_label(EventKind(value))
    except ValueError:
        pass
    return value
