"""An event's programme: its stages, blocks, sessions and phases, the people and
organisations with a role in it, and when people can or cannot be there (issue 14).

Plain values and the rules they must keep; the services store them and check what needs
the database (that a stage or a person exists) with the helpers here, so every message is
worded in one place: what is wrong, and where.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.timezones import (
    day_start,
    ensure_aware,
    exists,
    is_valid_zone,
    shift_forward_if_missing,
    year_problem,
    zone,
)
from eventplanner.domain.timing import AllDaySpan, Timing

MAX_NAME = 200
MAX_TEXT = 100_000
MAX_NOTE = 10_000
MAX_LANGUAGE = 35  # a BCP 47 tag ("sv", "en-US") or a plain name ("svenska")


# -- vocabularies --------------------------------------------------------------------------


class SessionKind(StrEnum):
    KEYNOTE = "keynote"
    TALK = "talk"
    PANEL = "panel"
    WORKSHOP = "workshop"
    BREAK = "break"
    LUNCH = "lunch"
    NETWORKING = "networking"
    EXHIBITION = "exhibition"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value

    @property
    def is_pause(self) -> bool:
        """A break or lunch: shaded across every stage, optional in feeds."""
        return self in (SessionKind.BREAK, SessionKind.LUNCH)


class PersonRole(StrEnum):
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    """Moderator, or chair of a block."""
    PANELLIST = "panellist"
    HOST = "host"
    TECHNICIAN = "technician"
    STREAM_OPERATOR = "stream_operator"
    STAFF = "staff"
    GUEST_OF_HONOUR = "guest_of_honour"

    @property
    def label(self) -> str:
        return (
            "moderator or chair" if self is PersonRole.MODERATOR else self.value.replace("_", " ")
        )


class OrganisationRole(StrEnum):
    ORGANISER = "organiser"
    CO_ORGANISER = "co_organiser"
    PARTNER = "partner"
    SPONSOR = "sponsor"
    FUNDER = "funder"
    FAIR_ORGANISER = "fair_organiser"

    @property
    def label(self) -> str:
        return self.value.replace("_", "-" if self is OrganisationRole.CO_ORGANISER else " ")


class Confirmation(StrEnum):
    ASKED = "asked"
    CONFIRMED = "confirmed"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return self.value


class PhaseKind(StrEnum):
    BUILD_UP = "build_up"
    OPEN_DAY = "open_day"
    REHEARSAL = "rehearsal"
    DINNER = "dinner"
    TEAR_DOWN = "tear_down"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", "-" if self in _HYPHENED else " ")

    @property
    def public_by_default(self) -> bool:
        """Open days are public; build-up, tear-down and the rest are for the staff."""
        return self is PhaseKind.OPEN_DAY


_HYPHENED = (PhaseKind.BUILD_UP, PhaseKind.TEAR_DOWN)

_ALIASES: dict[str, str] = {
    "chair": "moderator",
    "moderator_or_chair": "moderator",
    "panelist": "panellist",
    "coorganiser": "co_organiser",
    "co_organizer": "co_organiser",
    "organizer": "organiser",
    "fair_organizer": "fair_organiser",
    "buildup": "build_up",
    "teardown": "tear_down",
    "open": "open_day",
}


E = TypeVar("E", bound=StrEnum)


def parse_choice(enum: type[E], text: str, field: str) -> E:
    """A vocabulary's value from what a person typed ("guest of honour", "co-organiser",
    "chair" for moderator); a clear message naming the field and the choices otherwise."""
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    key = _ALIASES.get(key, key)
    try:
        return enum(key)
    except ValueError:
        choices = ", ".join(getattr(m, "label", m.value) for m in enum)
        raise ValidationError(field, f"unknown value {text!r}; choose one of: {choices}") from None


# -- records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProgrammeEvent:
    """What the programme's rules need of its event: which it is and when."""

    id: int
    title: str
    timing: Timing
    is_recurring: bool = False

    @property
    def time_zone(self) -> str:
        return self.timing.time_zone

    @property
    def first_day(self) -> date:
        if isinstance(self.timing, AllDaySpan):
            return self.timing.first_day
        return self.timing.start.date()

    @property
    def last_day(self) -> date:
        if isinstance(self.timing, AllDaySpan):
            return self.timing.last_day
        end = self.timing.end
        # An event ending at midnight ends on the day before.
        last = end.date() if end.time() != end.time().min else end.date() - timedelta(days=1)
        return max(last, self.first_day)

    def days_bounds(self) -> tuple[datetime, datetime]:
        """The event's days, from the start of the first to the end of the last, in its zone."""
        return (
            day_start(self.first_day, self.time_zone),
            day_start(self.last_day + timedelta(days=1), self.time_zone),
        )

    def days_text(self) -> str:
        if self.first_day == self.last_day:
            return self.first_day.isoformat()
        return f"{self.first_day.isoformat()} to {self.last_day.isoformat()}"


@dataclass(frozen=True, slots=True)
class Stage:
    """A room of the event at its venue, or a digital stage, with its stream and recording."""

    id: int | None
    event_id: int
    name: str
    digital: bool = False
    stream_url: str = ""
    recording_url: str = ""
    position: int = 0
    """The order of the stages' columns in the timetable."""
    version: int = 0


@dataclass(frozen=True, slots=True)
class Block:
    """A chaired group of sessions on one stage, which moves as one."""

    id: int | None
    event_id: int
    stage_id: int
    title: str
    description: str = ""
    version: int = 0


@dataclass(frozen=True, slots=True)
class Session:
    """One item of the programme: a keynote, a talk, a panel, a break."""

    id: int | None
    event_id: int
    title: str
    start: datetime
    """Aware; the services return it in the event's zone."""
    end: datetime
    kind: SessionKind = SessionKind.TALK
    stage_id: int | None = None
    block_id: int | None = None
    description: str = ""
    language: str = ""
    uid: str = ""
    """Stable iCalendar UID (kept when the session moves); given when it is first saved."""
    version: int = 0
    capacity: int | None = None
    """Its seats for the registrations that choose it; None: no limit of its own."""

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Phase:
    """A part of an event with its own times: build-up, an open day, tear-down."""

    id: int | None
    event_id: int
    kind: PhaseKind
    start: datetime
    end: datetime
    name: str = ""
    public: bool | None = None
    """Shown in public feeds; None: as the kind has it (open days public, others staff)."""
    version: int = 0

    @property
    def is_public(self) -> bool:
        return self.kind.public_by_default if self.public is None else self.public

    @property
    def title(self) -> str:
        return self.name or self.kind.label


class Target(StrEnum):
    """What a person has a role on."""

    EVENT = "event"
    BLOCK = "block"
    SESSION = "session"


@dataclass(frozen=True, slots=True)
class RoleLink:
    """A contact with a role on an event, a block or a session."""

    id: int | None
    contact_id: int
    role: PersonRole
    target: Target
    target_id: int
    confirmation: Confirmation = Confirmation.ASKED
    note: str = ""
    contact_name: str = ""
    """Filled in when read back."""
    version: int = 0


@dataclass(frozen=True, slots=True)
class OrganisationLink:
    """An organisation with a role on an event (organiser, partner, sponsor, ...)."""

    id: int | None
    event_id: int
    organisation_id: int
    role: OrganisationRole
    note: str = ""
    organisation_name: str = ""
    version: int = 0


@dataclass(frozen=True, slots=True)
class Availability:
    """When a contact can, or cannot, be there."""

    id: int | None
    contact_id: int
    start: datetime
    end: datetime
    available: bool = True
    note: str = ""
    version: int = 0


# -- rules ---------------------------------------------------------------------------------


def _where(kind: str, name: str) -> str:
    return f"{kind} {name!r}" if name.strip() else kind


def _name_problems(field: str, value: str, what: str) -> list[ValidationError]:
    if not value.strip():
        return [ValidationError(field, f"{what} must not be empty")]
    if len(value) > MAX_NAME:
        return [
            ValidationError(field, f"{what} is {len(value)} characters long; at most {MAX_NAME}")
        ]
    if any(ch in value for ch in "\r\n\x00"):
        return [ValidationError(field, f"{what} must be a single line")]
    return []


def _url_problems(field: str, value: str, where: str) -> list[ValidationError]:
    if value and not (value.startswith(("https://", "http://")) and " " not in value.strip()):
        return [ValidationError(field, f"{value!r} of {where} is not a web address (https://...)")]
    return []


def _local(moment: datetime, time_zone: str) -> str:
    return moment.astimezone(zone(time_zone)).strftime("%Y-%m-%d %H:%M")


def span_problems(
    start: datetime, end: datetime, where: str, time_zone: str | None = None
) -> list[ValidationError]:
    """The start and end of something: aware, existing wall-clock times, end after start."""
    try:
        ensure_aware(start, "start")
        ensure_aware(end, "end")
    except ValidationError as exc:
        return [ValidationError(exc.field, f"{exc.message} ({where})")]
    for field, moment in (("start", start), ("end", end)):
        problem = year_problem(moment, field)
        if problem is not None:
            return [ValidationError(field, f"{problem.message} ({where})")]
    if time_zone is not None and is_valid_zone(time_zone):
        for field, moment in (("start", start), ("end", end)):
            if not exists(moment.astimezone(zone(time_zone))):
                return [ValidationError(field, f"{_local(moment, time_zone)} does not exist "
                                               f"in {time_zone} ({where})")]  # fmt: skip
    if end <= start:
        shown = time_zone or "UTC"
        return [
            ValidationError(
                "end",
                f"{where} ends ({_local(end, shown)}) before it starts ({_local(start, shown)})"
                if end < start
                else f"{where} ends when it starts ({_local(start, shown)}); it needs a length",
            )
        ]
    return []


def within_event_problems(
    start: datetime, end: datetime, event: ProgrammeEvent, where: str
) -> list[ValidationError]:
    """Something of the programme must lie within its event's days (all-day events: its
    dates in the event's zone)."""
    first, after = event.days_bounds()
    if start < first or end > after:
        field = "start" if start < first or start >= after else "end"
        return [
            ValidationError(
                field,
                f"{where} ({_local(start, event.time_zone)} to {_local(end, event.time_zone)}) "
                f"lies outside the days of its event {event.title!r} ({event.days_text()})",
            )
        ]
    return []


def _programme_allowed(event: ProgrammeEvent, what: str) -> list[ValidationError]:
    if event.is_recurring:
        return [
            ValidationError(
                "event",
                f"{event.title!r} is a series; {what} belongs to a single event "
                "(give the occurrence an event of its own first)",
            )
        ]
    return []


def stage_problems(stage: Stage, event: ProgrammeEvent) -> list[ValidationError]:
    where = _where("the stage", stage.name)
    problems = _programme_allowed(event, "a stage")
    problems += _name_problems("name", stage.name, "the stage's name")
    problems += _url_problems("stream_url", stage.stream_url, where)
    problems += _url_problems("recording_url", stage.recording_url, where)
    return problems


def block_problems(block: Block, event: ProgrammeEvent) -> list[ValidationError]:
    problems = _programme_allowed(event, "a block")
    problems += _name_problems("title", block.title, "the block's title")
    if len(block.description) > MAX_TEXT:
        problems.append(ValidationError("description", f"is longer than {MAX_TEXT} characters"))
    return problems


def session_problems(session: Session, event: ProgrammeEvent) -> list[ValidationError]:
    """Everything wrong with a session that is known without the database."""
    where = _where("the session", session.title)
    problems = _programme_allowed(event, "a session")
    problems += _name_problems("title", session.title, "the session's title")
    if len(session.description) > MAX_TEXT:
        problems.append(
            ValidationError("description", f"of {where} is longer than {MAX_TEXT} characters")
        )
    if len(session.language) > MAX_LANGUAGE or any(c in session.language for c in "\r\n"):
        problems.append(
            ValidationError("language", f"{session.language!r} of {where} is no language")
        )
    if session.capacity is not None and not 0 <= session.capacity <= 10_000_000:
        problems.append(
            ValidationError("capacity", f"{session.capacity} seats for {where}; give 0 or more")
        )
    timing = span_problems(session.start, session.end, where, event.time_zone)
    problems += timing or within_event_problems(session.start, session.end, event, where)
    return problems


def phase_problems(phase: Phase, event: ProgrammeEvent) -> list[ValidationError]:
    where = _where(f"the {phase.kind.label} phase", phase.name)
    problems = _programme_allowed(event, "a phase")
    if phase.name:
        problems += _name_problems("name", phase.name, "the phase's name")
    problems += span_problems(phase.start, phase.end, where, event.time_zone)
    return problems


def note_problems(note: str, where: str) -> list[ValidationError]:
    if len(note) > MAX_NOTE:
        return [ValidationError("note", f"of {where} is longer than {MAX_NOTE} characters")]
    return []


def availability_problems(
    availability: Availability, contact: str, time_zone: str | None = None
) -> list[ValidationError]:
    """A period a person can or cannot be there; its times worded in ``time_zone`` (the
    zone they were typed in) when given, else in UTC."""
    where = f"the availability of {contact!r}"
    return span_problems(availability.start, availability.end, where, time_zone) + note_problems(
        availability.note, where
    )


def stage_reference_problems(
    stage_id: int | None, stage: Stage | None, event: ProgrammeEvent, where: str
) -> list[ValidationError]:
    """A stage named by ``where`` must exist and be one of ``event``'s own."""
    if stage_id is None:
        return []
    if stage is None:
        return [ValidationError("stage", f"there is no stage with id {stage_id} (for {where})")]
    if stage.event_id != event.id:
        return [
            ValidationError(
                "stage",
                f"the stage {stage.name!r} belongs to another event, not to {event.title!r} "
                f"(for {where})",
            )
        ]
    return []


def block_reference_problems(
    block_id: int | None, block: Block | None, event: ProgrammeEvent, stage_id: int | None,
    where: str,
) -> list[ValidationError]:  # fmt: skip
    """A block named by a session must exist, be its event's, and be on the session's stage."""
    if block_id is None:
        return []
    if block is None:
        return [ValidationError("block", f"there is no block with id {block_id} (for {where})")]
    if block.event_id != event.id:
        return [
            ValidationError(
                "block",
                f"the block {block.title!r} belongs to another event, not to {event.title!r} "
                f"(for {where})",
            )
        ]
    if stage_id is not None and stage_id != block.stage_id:
        return [
            ValidationError(
                "stage", f"{where} is in the block {block.title!r}, which is on another stage"
            )
        ]
    return []


def unknown_problem(noun: str, ident: int, where: str) -> ValidationError:
    """A person, an organisation or a record that does not exist."""
    return ValidationError(noun, f"there is no {noun} with id {ident} (for {where})")


def raise_first(problems: Iterable[ValidationError]) -> None:
    for problem in problems:
        raise problem


# -- moving --------------------------------------------------------------------------------


def shifted(moment: datetime, days: int, time_zone: str) -> datetime:
    """``moment`` moved by whole days at the same wall-clock time in ``time_zone`` (09:00
    stays 09:00 across a change of daylight saving)."""
    tz = zone(time_zone)
    local = moment.astimezone(tz).replace(tzinfo=None) + timedelta(days=days)
    return shift_forward_if_missing(local.replace(tzinfo=tz))


def moved_by(moment: datetime, delta: timedelta, time_zone: str) -> datetime:
    """``moment`` moved by ``delta`` of wall-clock time in ``time_zone``."""
    tz = zone(time_zone)
    local = moment.astimezone(tz).replace(tzinfo=None) + delta
    return shift_forward_if_missing(local.replace(tzinfo=tz))
