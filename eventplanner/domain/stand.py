"""A fair's stand: the booth, the fair organiser's deadlines, the co-exhibitors sharing it,
the staff names for badges and the materials shipped to it; and the rules of each.

Plain values and checks; ``services.stand`` stores them. A refusal is a ``ValidationError``
naming what is wrong and where.

**Shares of the area.** The co-exhibitors' shares of the stand's area (m²) may add up to the
stand's area, never more: a share that would make them exceed it is refused, and so is a
stand made smaller than its shares. The cluster's own part is what is left; a refusal says
how much that is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme import Phase, PhaseKind
from eventplanner.domain.timezones import zone

MAX_AREA = 10_000.0
"""m²: more than any hall's stand; a typo (a booth number in the area) is caught."""
MAX_POWER = 1_000.0
"""kW a co-exhibitor can ask for (a robot cell takes tens)."""
MAX_QUOTA = 1_000
MAX_FEE = Decimal("100000000")
MAX_QUANTITY = 100_000
MAX_TEXT = 200
MAX_NOTE = 4_000


class StandType(StrEnum):
    OWN = "own"
    SHARED = "shared"

    @property
    def label(self) -> str:
        return self.value


class DeadlineKind(StrEnum):
    """The fair organiser's deadlines, as an exhibitor manual lists them."""

    REGISTRATION = "registration"
    CATALOGUE_TEXT = "catalogue_text"
    ELECTRICITY_ORDER = "electricity_order"
    FURNITURE_ORDER = "furniture_order"
    BUILD_UP_SLOT = "build_up_slot"
    BADGE_REQUESTS = "badge_requests"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").replace("build up", "build-up")


class ExhibitorState(StrEnum):
    ASKED = "asked"
    CONFIRMED = "confirmed"
    APPROVED = "approved"
    """Approved by the fair organiser."""

    @property
    def label(self) -> str:
        return self.value


class MaterialState(StrEnum):
    """Where an item is now."""

    AT_OFFICE = "at_office"
    PACKED = "packed"
    SHIPPED = "shipped"
    AT_STAND = "at_stand"
    RETURNED = "returned"
    LOST = "lost"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


@dataclass(frozen=True, slots=True)
class Stand:
    """An event's stand at a fair (one per event)."""

    id: int | None
    event_id: int
    organiser_id: int | None = None
    """The fair organiser (an organisation)."""
    hall: str = ""
    booth: str = ""
    area: float | None = None
    """m²; None: not known yet."""
    stand_type: StandType = StandType.SHARED
    lead_contact_id: int | None = None
    notes: str = ""
    version: int = 0
    organiser_name: str = ""
    lead_name: str = ""


@dataclass(frozen=True, slots=True)
class StandDeadline:
    """A dated item from the fair organiser's exhibitor manual, the stand's or a
    co-exhibitor's own (``co_exhibitor_id``)."""

    id: int | None
    stand_id: int
    kind: DeadlineKind
    due: date
    title: str = ""
    due_time: time | None = None
    done: bool = False
    notes: str = ""
    co_exhibitor_id: int | None = None
    version: int = 0

    @property
    def name(self) -> str:
        return self.title or self.kind.label.capitalize()


@dataclass(frozen=True, slots=True)
class CoExhibitor:
    """A member company sharing the stand under the cluster: a share of the area (m²) or a
    fixed fee (SEK), never both."""

    id: int | None
    stand_id: int
    organisation_id: int
    contact_id: int | None = None
    area: float | None = None
    fee: Decimal | None = None
    staff_quota: int = 0
    badge_quota: int = 0
    brings: str = ""
    power_kw: float | None = None
    floor_m2: float | None = None
    state: ExhibitorState = ExhibitorState.ASKED
    notes: str = ""
    version: int = 0
    organisation_name: str = ""
    contact_name: str = ""
    contact_email: str = ""


@dataclass(frozen=True, slots=True)
class ExhibitorStaff:
    """A person working the stand, named for a badge: a co-exhibitor's or the cluster's
    (``co_exhibitor_id`` None)."""

    id: int | None
    stand_id: int
    name: str
    co_exhibitor_id: int | None = None
    contact_id: int | None = None
    badge: bool = True
    version: int = 0
    company: str = ""


@dataclass(frozen=True, slots=True)
class StandMaterial:
    """An item on the stand's checklist, who packs, ships and brings it back, and where
    it is."""

    id: int | None
    stand_id: int
    item: str
    quantity: int = 1
    packer_id: int | None = None
    shipper_id: int | None = None
    returner_id: int | None = None
    state: MaterialState = MaterialState.AT_OFFICE
    notes: str = ""
    version: int = 0
    packer_name: str = ""
    shipper_name: str = ""
    returner_name: str = ""


@dataclass(frozen=True, slots=True)
class OpenDay:
    """A day the stand is open, with its hours in the event's zone (from its phases)."""

    day: date
    opens: datetime
    closes: datetime
    name: str = ""


@dataclass(frozen=True, slots=True)
class DatedItem:
    """A deadline as a dated item: what becomes a task (the tasks' seam)."""

    due: date
    due_time: time | None
    title: str
    done: bool
    deadline_id: int
    co_exhibitor_id: int | None = None


# -- reading ------------------------------------------------------------------------------


def open_days(phases: Iterable[Phase], time_zone: str) -> tuple[OpenDay, ...]:
    """The open-day phases as days with their hours in ``time_zone``, in time order (the
    stand's opening hours are read from the programme, never stored twice)."""
    tz = zone(time_zone)
    days = [
        OpenDay(p.start.astimezone(tz).date(), p.start.astimezone(tz), p.end.astimezone(tz),
                p.name)
        for p in phases
        if p.kind is PhaseKind.OPEN_DAY
    ]  # fmt: skip
    return tuple(sorted(days, key=lambda d: (d.opens, d.closes)))


def dated_items(deadlines: Iterable[StandDeadline]) -> tuple[DatedItem, ...]:
    """The deadlines as dated items in date order (no time first on its day)."""
    items = [
        DatedItem(d.due, d.due_time, d.name, d.done, d.id, d.co_exhibitor_id)
        for d in deadlines
        if d.id is not None
    ]
    return tuple(sorted(items, key=lambda i: (i.due, i.due_time or time.min, i.deadline_id)))


def shares_total(exhibitors: Iterable[CoExhibitor]) -> float:
    return sum(e.area or 0.0 for e in exhibitors)


# -- checks -------------------------------------------------------------------------------


def _text_problems(
    value: str, field: str, where: str, limit: int = MAX_TEXT
) -> list[ValidationError]:
    if len(value) > limit:
        return [ValidationError(field, f"of {where} is longer than {limit} characters")]
    return []


def _measure_problems(
    value: float | None, field: str, unit: str, limit: float, where: str
) -> list[ValidationError]:
    if value is None:
        return []
    if value != value or value <= 0:  # NaN, zero, negative
        return [ValidationError(field, f"of {where} must be more than 0 {unit} (not {value:g})")]
    if value > limit:
        return [ValidationError(field, f"of {where} is {value:g} {unit}; at most {limit:g}")]
    return []


def stand_problems(stand: Stand, shares: float = 0.0) -> list[ValidationError]:
    """The stand's own fields; ``shares``: the co-exhibitors' area, which it must hold."""
    where = "the stand"
    problems = _measure_problems(stand.area, "area", "m²", MAX_AREA, where)
    problems += _text_problems(stand.hall, "hall", where)
    problems += _text_problems(stand.booth, "booth", where)
    problems += _text_problems(stand.notes, "notes", where, MAX_NOTE)
    if not problems and stand.area is not None and shares > stand.area:
        problems.append(
            ValidationError(
                "area",
                f"the stand cannot be {stand.area:g} m²: its co-exhibitors' shares add up to "
                f"{shares:g} m²; make their shares smaller first",
            )
        )
    return problems


def co_exhibitor_problems(
    exhibitor: CoExhibitor, name: str, stand_area: float | None, others: Sequence[CoExhibitor]
) -> list[ValidationError]:
    """A co-exhibitor ``name`` on a stand of ``stand_area`` m² beside ``others``."""
    where = f"the co-exhibitor {name!r}"
    problems: list[ValidationError] = []
    if exhibitor.area is not None and exhibitor.fee is not None:
        problems.append(
            ValidationError("area", f"{where} has a share of the area or a fixed fee, not both")
        )
    problems += _measure_problems(exhibitor.area, "area", "m²", MAX_AREA, where)
    problems += _measure_problems(exhibitor.power_kw, "power", "kW", MAX_POWER, where)
    problems += _measure_problems(exhibitor.floor_m2, "floor", "m²", MAX_AREA, where)
    fee = exhibitor.fee
    if fee is not None and (not fee.is_finite() or fee < 0 or fee > MAX_FEE):
        problems.append(
            ValidationError("fee", f"of {where} must be 0 to {MAX_FEE} SEK (not {fee})")
        )
    for field, value in (("staff", exhibitor.staff_quota), ("badges", exhibitor.badge_quota)):
        if not 0 <= value <= MAX_QUOTA:
            problems.append(
                ValidationError(field, f"of {where} must be 0 to {MAX_QUOTA} (not {value})")
            )
    problems += _text_problems(exhibitor.brings, "brings", where, MAX_NOTE)
    problems += _text_problems(exhibitor.notes, "notes", where, MAX_NOTE)
    if not problems and exhibitor.area is not None and stand_area is not None:
        taken = shares_total(o for o in others if o.id != exhibitor.id)
        if taken + exhibitor.area > stand_area:
            left = max(stand_area - taken, 0.0)
            problems.append(
                ValidationError(
                    "area",
                    f"{where} cannot have {exhibitor.area:g} m²: the stand is {stand_area:g} m² "
                    f"and the other co-exhibitors have {taken:g} m², so {left:g} m² is left",
                )
            )
    return problems


def deadline_problems(deadline: StandDeadline) -> list[ValidationError]:
    where = f"the deadline {deadline.name!r}"
    problems = _text_problems(deadline.title, "title", where)
    problems += _text_problems(deadline.notes, "notes", where, MAX_NOTE)
    return problems


def staff_problems(staff: ExhibitorStaff) -> list[ValidationError]:
    if not staff.name.strip():
        return [ValidationError("name", "a person on the stand needs a name (for the badge)")]
    return _text_problems(staff.name, "name", f"the person {staff.name!r}")


def material_problems(material: StandMaterial) -> list[ValidationError]:
    if not material.item.strip():
        return [ValidationError("item", "an item on the materials list needs a name")]
    where = f"the item {material.item!r}"
    problems = _text_problems(material.item, "item", where)
    if not 1 <= material.quantity <= MAX_QUANTITY:
        problems.append(
            ValidationError(
                "quantity", f"of {where} must be 1 to {MAX_QUANTITY} (not {material.quantity})"
            )
        )
    problems += _text_problems(material.notes, "notes", where, MAX_NOTE)
    return problems
