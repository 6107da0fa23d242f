"""The funder's report: a project's targets and the figures of a period, as plain values.

What is counted (``services.reports.figures`` reads it with a few SQL aggregates):

- **Events held**: the project's events (each occurrence of a series) that start in the
  period and are not cancelled; public (openly advertised) and closed apart. **Hours** are
  those of timed events; an all-day event (a fair) counts its days, not hours.
- **Participations**: registrations on those events; *registered* are those holding a seat
  (registered, attended, no-show), *attended* those marked attended.
- **Targets**: each counted over the report's period, or over its own where it has one
  (a day it leaves open is the report's).
- **A series**: each occurrence held is an event held (in the period of its own date), but
  its registrations, attendance, reach, programme and budget belong to the whole series:
  they count in the period that holds its **first held occurrence** only. So a report
  is deterministic and the yearly reports add up to the report over the whole run.
- **Held**: begun before the moment the report is made (``now``), neither cancelled nor a
  draft (the event's status, or an occurrence's own); a moved occurrence counts on the day
  it moved to.
- **Budget**: the costs and income of the events counted; the project's own lines (no event,
  no date) only in a report whose period covers the project's whole run (its start to its
  end, both set); otherwise they are left out and the report says so. Costs per participant
  follow the same costs.
- **SMEs** (a target): unique industry organisations of SME size among those who attended.
- **Reach**: unique people (by contact id) and unique organisations (by organisation number
  where set, else by the organisation's record) among those who **attended**; never by name
  or e-mail, so an anonymised person counts as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ValidationError

MAX_TARGET = 10_000_000
MAX_TARGET_NAME = 200


class TargetKind(StrEnum):
    """What a target counts."""

    EVENTS_HELD = "events_held"
    PUBLIC_EVENTS = "public_events"
    CLOSED_EVENTS = "closed_events"
    HOURS = "hours"
    REGISTRATIONS = "registrations"
    PARTICIPANTS = "participants"
    """Participations attended."""
    UNIQUE_PEOPLE = "unique_people"
    ORGANISATIONS = "organisations"
    COMPANIES = "companies"
    """Unique industry organisations reached."""
    SMES = "smes"
    """Unique industry organisations of SME size reached."""
    SESSIONS = "sessions"
    SPEAKERS = "speakers"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


BY_EVENT_KIND = frozenset(
    {
        TargetKind.EVENTS_HELD,
        TargetKind.PUBLIC_EVENTS,
        TargetKind.CLOSED_EVENTS,
        TargetKind.HOURS,
        TargetKind.REGISTRATIONS,
        TargetKind.PARTICIPANTS,
    }
)
"""The kinds a target may narrow to one kind of event ("10 seminars held")."""


@dataclass(frozen=True, slots=True)
class ProjectTarget:
    """A named target of a project: a number of something, of one kind of event or of all,
    within a period of its own or the project's."""

    id: int | None
    project_id: int
    name: str
    kind: TargetKind
    amount: int
    event_kind: EventKind | None = None
    first_day: date | None = None
    last_day: date | None = None
    version: int = 0


def target_problems(target: ProjectTarget) -> list[ValidationError]:
    """What is wrong with a target, each with the field it concerns."""
    problems: list[ValidationError] = []
    if not target.name.strip():
        problems.append(ValidationError("name", "a target needs a name"))
    elif len(target.name) > MAX_TARGET_NAME:
        problems.append(
            ValidationError("name", f"is {len(target.name)} characters; at most {MAX_TARGET_NAME}")
        )
    if not 0 < target.amount <= MAX_TARGET:
        problems.append(
            ValidationError("amount", f"{target.amount} is not a number between 1 and {MAX_TARGET}")
        )
    if target.event_kind is not None and target.kind not in BY_EVENT_KIND:
        problems.append(
            ValidationError(
                "event kind",
                f"a target of {target.kind.label} counts every kind of event; "
                "leave the event kind out",
            )
        )
    if target.first_day and target.last_day and target.last_day < target.first_day:
        problems.append(
            ValidationError("period", f"ends {target.last_day} before it starts {target.first_day}")
        )
    return problems


def checked_target(target: ProjectTarget) -> ProjectTarget:
    """The target with its name trimmed; raises the first problem found."""
    target = ProjectTarget(
        target.id, target.project_id, target.name.strip(), target.kind, target.amount,
        target.event_kind, target.first_day, target.last_day, target.version,
    )  # fmt: skip
    problems = target_problems(target)
    if problems:
        raise problems[0]
    return target


def check_period(first: date, last: date) -> None:
    if last < first:
        raise ValidationError("--to", f"the period ends {last} before it starts {first}")


# -- the figures ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KindLine:
    """Events of one kind held in the period, and their participations."""

    kind: str
    events: int
    public: int
    closed: int
    hours: Decimal
    days: int
    registered: int
    attended: int


@dataclass(frozen=True, slots=True)
class ReachLine:
    """Unique people and organisations reached with one value of a breakdown ("industry",
    "sme", "SE"); ``value`` is "" for people with no organisation or an unset value."""

    value: str
    people: int
    organisations: int


@dataclass(frozen=True, slots=True)
class BudgetFigures:
    """Planned and actual costs and income in SEK of the events counted (and of the
    project's own lines over its whole run), and costs per participant."""

    planned_costs: Decimal
    actual_costs: Decimal
    planned_income: Decimal
    actual_income: Decimal
    planned_per_participant: Decimal | None
    actual_per_participant: Decimal | None
    own_left_out: Decimal | None = None
    """The planned costs of the project's own lines when they are left out (the period does
    not cover the project's whole run); None when they are counted or there are none."""
    own_actual_left_out: Decimal | None = None
    """Their actual costs, likewise."""

    @property
    def planned_net(self) -> Decimal:
        return self.planned_income - self.planned_costs

    @property
    def actual_net(self) -> Decimal:
        return self.actual_income - self.actual_costs


@dataclass(frozen=True, slots=True)
class TargetProgress:
    target: ProjectTarget
    actual: Decimal

    @property
    def percent(self) -> int:
        """How far along, in whole per cent (may pass 100)."""
        return int(self.actual * 100 / self.target.amount) if self.target.amount else 0


@dataclass(frozen=True, slots=True)
class ProjectReport:
    """A project's report for a period: everything the funder's tables show."""

    project_id: int
    project_name: str
    funder: str
    first_day: date
    last_day: date
    kinds: tuple[KindLine, ...] = ()
    registrations: dict[str, int] = field(default_factory=dict)
    """Participations by registration status."""
    people_registered: int = 0
    people: int = 0
    organisations: int = 0
    by_actor: tuple[ReachLine, ...] = ()
    by_organisation_type: tuple[ReachLine, ...] = ()
    by_size: tuple[ReachLine, ...] = ()
    by_country: tuple[ReachLine, ...] = ()
    sessions: int = 0
    speakers: int = 0
    budget: BudgetFigures | None = None
    targets: tuple[TargetProgress, ...] = ()
    industry_smes: int = 0
    """Unique industry organisations of SME size attending (the SME target's figure)."""

    @property
    def events(self) -> int:
        return sum(k.events for k in self.kinds)

    @property
    def public_events(self) -> int:
        return sum(k.public for k in self.kinds)

    @property
    def closed_events(self) -> int:
        return sum(k.closed for k in self.kinds)

    @property
    def hours(self) -> Decimal:
        return sum((k.hours for k in self.kinds), Decimal(0))

    @property
    def registered(self) -> int:
        return sum(k.registered for k in self.kinds)

    @property
    def attended(self) -> int:
        return sum(k.attended for k in self.kinds)

    def reach(self, breakdown: str, value: str) -> ReachLine | None:
        lines = {
            "actor": self.by_actor, "organisation_type": self.by_organisation_type,
            "size": self.by_size, "country": self.by_country,
        }[breakdown]  # fmt: skip
        return next((line for line in lines if line.value == value), None)


@dataclass(frozen=True, slots=True)
class Behind:
    """The records behind a number: an event held, a person or an organisation."""

    id: int
    name: str
    detail: str
    """An event's date and kind; a person's organisation; an organisation's number."""
    event_id: int | None = None
    """The event to show in the calendar, for an event."""


INDUSTRY_SME = "industry_sme"
"""A question's breakdown for the industry organisations of SME size (the SME target)."""


@dataclass(frozen=True, slots=True)
class Question:
    """Which records a number counts: ``what`` is "events", "people" or "organisations";
    the others narrow it (None: all). ``status`` "attended" or "registered" (seated)."""

    what: str
    kind: str | None = None
    public: bool | None = None
    status: str = "attended"
    breakdown: str | None = None
    value: str | None = None


def target_actual(report: ProjectReport, target: ProjectTarget) -> Decimal:
    """What the report's figures give for a target (its kind of event only, when it has one)."""
    kinds = [k for k in report.kinds if target.event_kind is None or k.kind == target.event_kind]
    by_kind: dict[TargetKind, Decimal] = {
        TargetKind.EVENTS_HELD: Decimal(sum(k.events for k in kinds)),
        TargetKind.PUBLIC_EVENTS: Decimal(sum(k.public for k in kinds)),
        TargetKind.CLOSED_EVENTS: Decimal(sum(k.closed for k in kinds)),
        TargetKind.HOURS: sum((k.hours for k in kinds), Decimal(0)),
        TargetKind.REGISTRATIONS: Decimal(sum(k.registered for k in kinds)),
        TargetKind.PARTICIPANTS: Decimal(sum(k.attended for k in kinds)),
        TargetKind.UNIQUE_PEOPLE: Decimal(report.people),
        TargetKind.ORGANISATIONS: Decimal(report.organisations),
        TargetKind.SESSIONS: Decimal(report.sessions),
        TargetKind.SPEAKERS: Decimal(report.speakers),
    }
    if target.kind is TargetKind.COMPANIES:
        industry = report.reach("actor", "industry")
        return Decimal(industry.organisations if industry else 0)
    if target.kind is TargetKind.SMES:
        return Decimal(report.industry_smes)
    return by_kind[target.kind]
