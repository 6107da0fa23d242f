"""Playbooks: a kind of event's checklist, each task due relative to the event.

A ``Playbook`` is a named list of ``TaskTemplate``s. Each template is due a
``RelativeDeadline`` (``domain.deadlines``) before or after its ``Anchor``: the event's first
or last day, the first day of one of its phases (by name or kind), a deadline of the fair
organiser (by kind), or another template's due day ("two weeks after the invitations went
out"). ``plan`` works out every template's due day for one event, anchors first, and says
why a day was moved (a non-working day, an anchor the event lacks).

Titles and descriptions come in English and Swedish (at least one title each); the
playbook's ``language`` is the one its tasks are written in when applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from eventplanner.domain.deadlines import (
    DayOff,
    Direction,
    DueDate,
    RelativeDeadline,
    Unit,
    due_date,
)
from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.tasks import AnchorKind, OwnerRole
from eventplanner.domain.working_days import WorkingCalendar

LANGUAGES = ("en", "sv")
"""The languages a playbook's texts come in: the product's two."""

MAX_NAME = 200
MAX_TITLE = 200
MAX_KEY = 60
MAX_TEMPLATES = 200


def anchor_label(kind: AnchorKind) -> str:
    return kind.value.replace("_", " ")


def needs_ref(kind: AnchorKind) -> bool:
    """A phase (its name or kind), a fair deadline (its kind) or a task (its key)."""
    return kind in (AnchorKind.PHASE, AnchorKind.FAIR_DEADLINE, AnchorKind.TASK)


def may_be_missing(kind: AnchorKind) -> bool:
    """An event may lack the phase or the fair's deadline (not entered yet)."""
    return kind in (AnchorKind.PHASE, AnchorKind.FAIR_DEADLINE)


@dataclass(frozen=True, slots=True)
class Anchor:
    kind: AnchorKind
    ref: str = ""
    """The phase's name or kind, the fair deadline's kind, or the template's key."""

    def __str__(self) -> str:
        if self.kind is AnchorKind.TASK:
            return f"task {self.ref!r}"
        if needs_ref(self.kind):
            return f"{anchor_label(self.kind)} {self.ref!r}"
        return anchor_label(self.kind)


EVENT_START = Anchor(AnchorKind.EVENT_START)
EVENT_END = Anchor(AnchorKind.EVENT_END)


@dataclass(frozen=True, slots=True)
class TaskTemplate:
    key: str
    """Unique within its playbook; what another template's anchor and an applied task name."""
    title_en: str
    title_sv: str
    rule: RelativeDeadline
    anchor: Anchor = EVENT_START
    owner_role: OwnerRole = OwnerRole.COORDINATOR
    description_en: str = ""
    description_sv: str = ""
    fallback: RelativeDeadline | None = None
    """For an anchor an event may lack: counted instead from the event's first day (before)
    or its last (after). Without one, the rule itself is counted so."""

    def title(self, language: str) -> str:
        """The title in ``language``, else in the other one."""
        first, other = (
            (self.title_sv, self.title_en) if language == "sv" else (self.title_en, self.title_sv)
        )
        return first or other

    def description(self, language: str) -> str:
        if language == "sv":
            return self.description_sv or self.description_en
        return self.description_en or self.description_sv


@dataclass(frozen=True, slots=True)
class Playbook:
    name: str
    templates: tuple[TaskTemplate, ...]
    event_kind: EventKind | None = None
    """The kind of event it suits (None: any)."""
    description_en: str = ""
    description_sv: str = ""
    language: str = "en"

    def template(self, key: str) -> TaskTemplate | None:
        return next((t for t in self.templates if t.key == key), None)

    def description(self, language: str) -> str:
        if language == "sv":
            return self.description_sv or self.description_en
        return self.description_en or self.description_sv


# -- the event a playbook is planned for -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class PhaseFact:
    name: str
    kind: str
    """The phase's kind (``domain.programme.PhaseKind`` value: build_up, open_day)."""
    first_day: date
    id: int | None = None
    """The stored phase's id (what a task made from the plan counts from)."""


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What a plan counts from: the event's days in its own zone, its phases, and the fair
    organiser's deadlines by kind."""

    first_day: date
    last_day: date
    phases: tuple[PhaseFact, ...] = ()
    fair_deadlines: Mapping[str, date] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PlannedTask:
    template: TaskTemplate
    due: DueDate
    anchor_day: date
    """The day the deadline was counted from."""
    note: str = ""
    """Why the anchor is not the template's (an anchor the event lacks), else ""."""
    counted_from: Anchor = EVENT_START
    """The anchor it was counted from: the template's, or the event's start or end in place
    of one the event lacks."""
    rule: RelativeDeadline | None = None
    """The rule it was counted by (the template's, or its fallback); None: the template's."""
    phase_id: int | None = None
    """The phase counted from, when a stored one (``PhaseFact.id``)."""

    @property
    def reasons(self) -> tuple[str, ...]:
        """Every reason the day is not simply the rule from the anchor."""
        return tuple(r for r in (self.note, self.due.reason) if r)


def same_key(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def phase_named(phases: Iterable[PhaseFact], ref: str) -> PhaseFact | None:
    """The earliest phase named ``ref``, else of that kind ("build-up", "build_up" and
    "Build-up" all name the kind)."""
    ordered = sorted(phases, key=lambda p: p.first_day)
    wanted = ref.strip().casefold()
    named = [p for p in ordered if p.name.strip().casefold() == wanted]
    if named:
        return named[0]
    of_kind = [p for p in ordered if p.kind == _kind_key(ref)]
    return of_kind[0] if of_kind else None


def _kind_key(text: str) -> str:
    return text.strip().casefold().replace("-", "_").replace(" ", "_")


def fair_deadline_day(deadlines: Mapping[str, date], ref: str) -> date | None:
    """The fair organiser's deadline of kind ``ref`` ("catalogue text", "catalogue_text")."""
    wanted = _kind_key(ref)
    return next((day for kind, day in deadlines.items() if _kind_key(kind) == wanted), None)


def describe_rule(rule: RelativeDeadline) -> str:
    """ "10 working days before" and the like."""
    unit = {Unit.DAYS: "day", Unit.WEEKS: "week", Unit.WORKING_DAYS: "working day"}[rule.unit]
    plural = "s" if rule.amount != 1 else ""
    return f"{rule.amount} {unit}{plural} {rule.direction.value}"


def describe_deadline(template: TaskTemplate) -> str:
    """ "10 working days before phase 'build-up' (else 6 weeks before event start)"."""
    text = f"{describe_rule(template.rule)} {template.anchor}"
    if template.rule.day_off is not DayOff.KEEP and template.rule.unit is not Unit.WORKING_DAYS:
        text += f"; a day off moves it {template.rule.day_off.value}"
    if template.fallback is not None:
        fallback = template.fallback
        end = "start" if fallback.direction is Direction.BEFORE else "end"
        text += f" (else {describe_rule(fallback)} event {end})"
    return text


def in_anchor_order(templates: Sequence[TaskTemplate]) -> Iterator[TaskTemplate]:
    """The templates with each after the one it counts from, otherwise in their order
    (the playbook must have no cycle: ``playbook_problems``)."""
    done: set[str] = set()
    waiting = list(templates)
    while waiting:
        left: list[TaskTemplate] = []
        for template in waiting:
            anchor = template.anchor
            if anchor.kind is AnchorKind.TASK and anchor.ref.casefold() not in done:
                left.append(template)
                continue
            done.add(template.key.casefold())
            yield template
        if len(left) == len(waiting):
            raise ValidationError("anchor", "the tasks count from each other in a circle")
        waiting = left


# -- planning ----------------------------------------------------------------------------


def plan(
    playbook: Playbook,
    facts: EventFacts,
    calendar: WorkingCalendar,
    *,
    known: Mapping[str, date] | None = None,
) -> list[PlannedTask]:
    """Every template's due day for the event ``facts`` describes, in anchor order (a task
    after the one it counts from), with why a day was moved. ``known``: due days of
    templates already planned (by key; tasks already made), counted from as they are."""
    given = {k.casefold(): day for k, day in (known or {}).items()}
    planned: list[PlannedTask] = []
    days: dict[str, date] = {}
    for template in in_anchor_order(playbook.templates):
        task = _planned(template, facts, calendar, days, given)
        key = template.key.casefold()
        days[key] = given.get(key, task.due.day)
        planned.append(task)
    return planned


@lru_cache(maxsize=8192)
def _due(anchor: date, rule: RelativeDeadline, calendar: WorkingCalendar) -> DueDate:
    """``due_date``, kept: a year of events counts the same rules from the same days."""
    return due_date(anchor, rule, calendar)


def _planned(
    template: TaskTemplate,
    facts: EventFacts,
    calendar: WorkingCalendar,
    days: Mapping[str, date],
    given: Mapping[str, date],
) -> PlannedTask:
    anchor, rule = template.anchor, template.rule

    def counted(day: date, note: str = "", used: Anchor = anchor, by: RelativeDeadline = rule,
                phase: int | None = None) -> PlannedTask:  # fmt: skip
        return PlannedTask(template, _due(day, by, calendar), day, note, used, by, phase)

    if anchor.kind is AnchorKind.EVENT_START:
        return counted(facts.first_day)
    if anchor.kind is AnchorKind.EVENT_END:
        return counted(facts.last_day)
    if anchor.kind is AnchorKind.TASK:
        key = anchor.ref.casefold()
        return counted(given.get(key, days[key]))
    if anchor.kind is AnchorKind.PHASE:
        phase = phase_named(facts.phases, anchor.ref)
        if phase is not None:
            return counted(phase.first_day, phase=phase.id)
        missing = f"the event has no phase {anchor.ref!r}"
    else:
        found = fair_deadline_day(facts.fair_deadlines, anchor.ref)
        if found is not None:
            return counted(found)
        missing = f"the fair organiser's deadline {anchor.ref!r} is not known"
    by = template.fallback or rule
    if by.direction is Direction.AFTER:
        return counted(facts.last_day, f"{missing}: counted from the event's end", EVENT_END, by)
    return counted(facts.first_day, f"{missing}: counted from the event's start", EVENT_START, by)
