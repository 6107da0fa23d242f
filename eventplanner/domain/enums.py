"""The fixed vocabularies of the product, named as coordinators name them."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar


class EventKind(StrEnum):
    TRADE_FAIR = "trade_fair"
    LAUNCH = "launch"
    INNOVATION_DAY = "innovation_day"
    COURSE = "course"
    SEMINAR = "seminar"
    WORKSHOP = "workshop"
    WEBINAR = "webinar"
    NETWORK_MEETING = "network_meeting"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class EventStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value


class BusyStatus(StrEnum):
    """How a calendar shows the time (Outlook's X-MICROSOFT-CDO-BUSYSTATUS)."""

    FREE = "free"
    TENTATIVE = "tentative"
    BUSY = "busy"
    OUT_OF_OFFICE = "out_of_office"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class OrganisationType(StrEnum):
    MEMBER_COMPANY = "member_company"
    PARTNER = "partner"
    UNIVERSITY_OR_INSTITUTE = "university_or_institute"
    PUBLIC_SECTOR = "public_sector"
    TRADE_FAIR_ORGANISER = "trade_fair_organiser"
    FUNDER = "funder"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class ActorType(StrEnum):
    """Whom an event reached, as funders count it (an organisation's actor type)."""

    INDUSTRY = "industry"
    ACADEMIA = "academia"
    RESEARCH_INSTITUTE = "research_institute"
    PUBLIC_SECTOR = "public_sector"
    CIVIL_SOCIETY = "civil_society"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class CompanySize(StrEnum):
    """A company's size as funders count it (the EU's SME definition)."""

    SME = "sme"
    LARGE = "large"

    @property
    def label(self) -> str:
        return "SME" if self is CompanySize.SME else "large"


# A coordinator at a fair is away from the desk all day; a webinar or network meeting is
# ordinary busy time; nothing is "free" by default because these are all real commitments.
_DEFAULT_BUSY: dict[EventKind, BusyStatus] = {
    EventKind.TRADE_FAIR: BusyStatus.OUT_OF_OFFICE,
    EventKind.INNOVATION_DAY: BusyStatus.BUSY,
}


def default_busy_status(kind: EventKind) -> BusyStatus:
    """The busy status an event of this kind gets unless the coordinator chooses another."""
    return _DEFAULT_BUSY.get(kind, BusyStatus.BUSY)


E = TypeVar("E", bound=StrEnum)


def parse_enum(enum: type[E], text: str, field: str) -> E:
    """Read an enum value from user text (``trade fair``, ``trade-fair`` or ``trade_fair``)."""
    from eventplanner.domain.errors import ValidationError

    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return enum(key)
    except ValueError:
        choices = ", ".join(member.value.replace("_", " ") for member in enum)
        raise ValidationError(field, f"unknown value {text!r}; choose one of: {choices}") from None
