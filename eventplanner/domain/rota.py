"""An event's staff rota (issue 15): its shifts, the people on them, and a rota made from a
template of a few inputs.

Plain values and the rules they keep; the warnings while planning and the coverage grid are
in ``rota_warnings``. Times are aware, in the event's zone (stored as UTC instants beside
it, as a session's).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme import (
    MAX_NAME,
    MAX_NOTE,
    ProgrammeEvent,
    parse_choice,
    shifted,
    span_problems,
)
from eventplanner.domain.timezones import localize, zone

MAX_NEEDED = 500
MAX_SKILL = 100
MAX_SHIFTS_PER_DAY = 3
MAX_OPEN_DAYS = 31


class ShiftKind(StrEnum):
    BUILD_UP = "build_up"
    OPEN_DAY = "open_day"
    TEAR_DOWN = "tear_down"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"build_up": "build-up", "tear_down": "tear-down"}.get(
            self.value, self.value.replace("_", " ")
        )


def parse_kind(text: str) -> ShiftKind:
    """A shift's kind from what a person typed ("build-up", "open day", "teardown")."""
    return parse_choice(ShiftKind, text, "kind")


class Scope(StrEnum):
    """Which shifts an edit changes: this one, this and the following ones of its slot, or
    every one of its slot (the same kind at the same times of day)."""

    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"


def skill_key(skill: str) -> str:
    """A skill compared whatever its case and spaces ("Demo  operator" is "demo operator")."""
    return " ".join(skill.split()).casefold()


def clean_skills(skills: Iterable[str]) -> tuple[str, ...]:
    """Skills trimmed, empty ones dropped, each once (the first spelling kept)."""
    kept: dict[str, str] = {}
    for skill in skills:
        shown = " ".join(skill.split())
        if shown:
            kept.setdefault(skill_key(shown), shown)
    return tuple(kept.values())


@dataclass(frozen=True, slots=True)
class Shift:
    """A shift of an event's rota: when, how many people it needs, and which skills."""

    id: int | None
    event_id: int
    kind: ShiftKind
    title: str
    start: datetime
    end: datetime
    needed: int = 1
    skills: tuple[str, ...] = ()
    notes: str = ""
    uid: str = ""
    sequence: int = 0
    version: int = 0

    @property
    def shown_title(self) -> str:
        return self.title.strip() or self.kind.label.capitalize()

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


@dataclass(frozen=True, slots=True)
class ShiftPerson:
    """A contact on a shift; ``reason`` why, when they fill it beyond its need."""

    id: int | None
    shift_id: int
    contact_id: int
    contact_name: str = ""
    reason: str = ""
    version: int = 0


def shift_problems(shift: Shift, event: ProgrammeEvent) -> list[ValidationError]:
    """Everything wrong with a shift that is known without the database."""
    where = f"the shift {shift.shown_title!r}"
    problems: list[ValidationError] = []
    if event.is_recurring:
        problems.append(
            ValidationError(
                "event",
                f"{event.title!r} is a series; a rota belongs to a single event "
                "(give the occurrence an event of its own first)",
            )
        )
    if len(shift.title) > MAX_NAME or any(c in shift.title for c in "\r\n\x00"):
        problems.append(ValidationError("title", f"{where}: a title is one line of at most "
                                                 f"{MAX_NAME} characters"))  # fmt: skip
    if not 1 <= shift.needed <= MAX_NEEDED:
        problems.append(ValidationError(
            "needed", f"{where} needs {shift.needed} people; give a number from 1 to {MAX_NEEDED}"
        ))  # fmt: skip
    for skill in shift.skills:
        if len(skill) > MAX_SKILL or any(c in skill for c in "\r\n\x00"):
            problems.append(ValidationError(
                "skill", f"{skill[:40]!r} of {where} is not a skill (one line, at most "
                         f"{MAX_SKILL} characters)"))  # fmt: skip
    if len(shift.notes) > MAX_NOTE:
        problems.append(ValidationError("notes", f"of {where} are longer than {MAX_NOTE} "
                                                 "characters"))  # fmt: skip
    problems += span_problems(shift.start, shift.end, where, event.time_zone)
    return problems


def skill_problems(skill: str) -> list[ValidationError]:
    shown = " ".join(skill.split())
    if not shown:
        return [ValidationError("skill", "a skill must not be empty")]
    if len(shown) > MAX_SKILL or "\x00" in shown:
        return [ValidationError("skill", f"{shown[:40]!r} is not a skill (at most {MAX_SKILL} "
                                         "characters)")]  # fmt: skip
    return []


# -- the same slot: what "following" and "all" change -------------------------------------


def _times_of_day(shift: Shift, time_zone: str) -> tuple[ShiftKind, time, time]:
    tz = zone(time_zone)
    return shift.kind, shift.start.astimezone(tz).time(), shift.end.astimezone(tz).time()


def in_scope(
    chosen: Shift, shifts: Sequence[Shift], scope: Scope, time_zone: str
) -> tuple[Shift, ...]:
    """The shifts an edit of ``chosen`` with ``scope`` changes: it alone; or those of its
    slot (the same kind at the same times of day) from it on, or all of them; in time order."""
    if scope is Scope.THIS:
        return (chosen,)
    slot = _times_of_day(chosen, time_zone)
    same = [s for s in shifts if _times_of_day(s, time_zone) == slot]
    if scope is Scope.FOLLOWING:
        same = [s for s in same if s.start >= chosen.start]
    if chosen.id not in {s.id for s in same}:
        same.append(chosen)
    return tuple(sorted(same, key=lambda s: (s.start, s.id or 0)))


@dataclass(frozen=True, slots=True)
class ShiftEdit:
    """What an edit changes (None: kept); times of day move each shift on its own day."""

    kind: ShiftKind | None = None
    title: str | None = None
    needed: int | None = None
    skills: tuple[str, ...] | None = None
    notes: str | None = None
    starts: time | None = None
    ends: time | None = None

    @property
    def empty(self) -> bool:
        return self == ShiftEdit()


def edited(shift: Shift, edit: ShiftEdit, time_zone: str) -> Shift:
    """``shift`` with ``edit`` applied (a time of day on the shift's own local day; the
    other end stays; an end given at or before the start reads as the next day's, as a
    night shift). A new start at or after the end kept is refused: give the end too."""
    tz = zone(time_zone)
    start, end = shift.start, shift.end
    day = start.astimezone(tz).date()
    if edit.starts is not None:
        start = localize(datetime.combine(day, edit.starts), time_zone, field="start")
    if edit.ends is not None or edit.starts is not None:
        ends = edit.ends if edit.ends is not None else end.astimezone(tz).time()
        end = localize(datetime.combine(day, ends), time_zone, field="end")
        if end <= start and edit.ends is None:
            raise ValidationError(
                "start",
                f"{shift.shown_title!r} would start at {edit.starts:%H:%M}, at or after its "
                f"end ({ends:%H:%M}); give its new end too",
            )
        if end <= start:
            end = shifted(end, 1, time_zone)
    return replace(
        shift,
        kind=edit.kind if edit.kind is not None else shift.kind,
        title=edit.title.strip() if edit.title is not None else shift.title,
        needed=edit.needed if edit.needed is not None else shift.needed,
        skills=clean_skills(edit.skills) if edit.skills is not None else shift.skills,
        notes=edit.notes if edit.notes is not None else shift.notes,
        start=start,
        end=end,
    )


# -- the template ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hours:
    """A span of a day's wall-clock time ("09:00-17:00")."""

    opens: time
    closes: time


@dataclass(frozen=True, slots=True)
class ExtraDay:
    """A build-up or tear-down: its day, hours and people."""

    day: date
    hours: Hours
    people: int


@dataclass(frozen=True, slots=True)
class RotaTemplate:
    """A rota in ten inputs or fewer: the open days (first, how many, the day's opening
    hours, split evenly into 1–3 shifts or given as times) with the people each shift
    needs, and a build-up and a tear-down."""

    first_day: date
    days: int
    shifts_per_day: int
    people: int
    hours: Hours | None = None
    """Opening hours split evenly; None when ``times`` gives each shift's."""
    times: tuple[Hours, ...] = ()
    build_up: ExtraDay | None = None
    tear_down: ExtraDay | None = None


def parse_hours(text: str, field: str) -> Hours:
    """ "09:00-17:00" (or with an en dash) as hours; a clear message otherwise."""
    parts = text.replace("–", "-").split("-")
    try:
        if len(parts) != 2:
            raise ValueError
        opens, closes = (time.fromisoformat(p.strip()) for p in parts)
    except ValueError:
        raise ValidationError(field, f"{text!r} is not hours like 09:00-17:00") from None
    if closes <= opens:
        raise ValidationError(field, f"{text!r} closes before it opens")
    return Hours(opens, closes)


def template_problems(template: RotaTemplate) -> list[ValidationError]:
    problems: list[ValidationError] = []
    if not 1 <= template.days <= MAX_OPEN_DAYS:
        problems.append(ValidationError("days", f"{template.days} open days; give 1 to "
                                                f"{MAX_OPEN_DAYS}"))  # fmt: skip
    if not 1 <= template.shifts_per_day <= MAX_SHIFTS_PER_DAY:
        problems.append(ValidationError(
            "shifts-per-day", f"{template.shifts_per_day} shifts a day; give 1 to "
                              f"{MAX_SHIFTS_PER_DAY}"))  # fmt: skip
    counts = [("people", template.people)]
    counts += [("build-up", template.build_up.people)] if template.build_up else []
    counts += [("tear-down", template.tear_down.people)] if template.tear_down else []
    for field, people in counts:
        if not 1 <= people <= MAX_NEEDED:
            problems.append(ValidationError(field, f"{people} people; give 1 to {MAX_NEEDED}"))
    if template.times:
        if len(template.times) != template.shifts_per_day:
            problems.append(ValidationError(
                "times", f"{len(template.times)} shift times given for "
                         f"{template.shifts_per_day} shifts a day"))  # fmt: skip
    elif template.hours is None:
        problems.append(ValidationError("hours", "give the open days' hours (09:00-17:00)"))
    for field, extra in (("build-up", template.build_up), ("tear-down", template.tear_down)):
        if extra is not None and extra.hours.closes <= extra.hours.opens:
            problems.append(ValidationError(field, "closes before it opens"))
    return problems


def _split(hours: Hours, parts: int) -> tuple[Hours, ...]:
    """Opening hours split evenly into ``parts`` shifts, to the minute (the last closes)."""
    opens = hours.opens.hour * 60 + hours.opens.minute
    closes = hours.closes.hour * 60 + hours.closes.minute
    step = (closes - opens) / parts
    bounds = [opens + round(step * n) for n in range(parts)] + [closes]
    return tuple(Hours(time(a // 60, a % 60), time(b // 60, b % 60)) for a, b in pairwise(bounds))


def from_template(template: RotaTemplate, event_id: int, time_zone: str) -> tuple[Shift, ...]:
    """The shifts of ``template``: build-up, each open day's shifts, tear-down, in time
    order (titles "Build-up", "Open day 1, shift 2", "Tear-down")."""
    problems = template_problems(template)
    if problems:
        raise problems[0]
    slots = template.times or _split(template.hours or Hours(time(9), time(17)),
                                     template.shifts_per_day)  # fmt: skip

    def made(kind: ShiftKind, title: str, day: date, hours: Hours, people: int) -> Shift:
        start = localize(datetime.combine(day, hours.opens), time_zone, field="start")
        end = localize(datetime.combine(day, hours.closes), time_zone, field="end")
        return Shift(None, event_id, kind, title, start, end, people)

    shifts: list[Shift] = []
    if template.build_up is not None:
        b = template.build_up
        shifts.append(made(ShiftKind.BUILD_UP, "Build-up", b.day, b.hours, b.people))
    for n in range(template.days):
        day = template.first_day + timedelta(days=n)
        for k, hours in enumerate(slots, 1):
            title = f"Open day {n + 1}" + (f", shift {k}" if len(slots) > 1 else "")
            shifts.append(made(ShiftKind.OPEN_DAY, title, day, hours, template.people))
    if template.tear_down is not None:
        t = template.tear_down
        shifts.append(made(ShiftKind.TEAR_DOWN, "Tear-down", t.day, t.hours, t.people))
    return tuple(sorted(shifts, key=lambda s: s.start))
