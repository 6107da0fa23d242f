"""The shared stand at each of the sample's trade fairs: the booth, three member companies
sharing it (a share of the area or a fee, what they bring), the fair organiser's deadlines
from the exhibitor manual, the people named for badges and the materials checklist.

Deadlines are counted back from the fair's first day; those long past are done, those of
the last week before the sample's ``today`` are still open (overdue), the rest lie ahead.
Where the materials are follows the fair: at the office before it, shipped in its last
week, back at the office after it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.stand import (
    CoExhibitor,
    DeadlineKind,
    ExhibitorStaff,
    ExhibitorState,
    MaterialState,
    Stand,
    StandDeadline,
    StandMaterial,
    StandType,
)
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.sample.catalog import Catalog
from eventplanner.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class _Sharer:
    organisation: str
    """The catalogue's key of the member company."""
    area: float | None = None
    fee: int | None = None
    staff: int = 2
    badges: int = 2
    brings: str = ""
    power_kw: float | None = None
    floor_m2: float | None = None
    contact: str = ""
    people: tuple[str, ...] = ()
    own_deadline: str = ""
    """A deadline of its own (a risk assessment of a demo with power), if any."""


@dataclass(frozen=True, slots=True)
class _Stand:
    title: str
    """The fair's title without the year."""
    organiser: str
    hall: str
    booth: str
    area: float
    sharers: tuple[_Sharer, _Sharer, _Sharer]


_ROBOT = _Sharer("abb", area=15, staff=3, badges=4, contact="Henrik Åberg",
                 brings="Robotcell med samarbetande robot och visionsdemo", power_kw=16,
                 floor_m2=9, people=("Henrik Åberg", "Sara Lind"),
                 own_deadline="Riskbedömning av robotcellen")  # fmt: skip
_PLC = _Sharer("kopingsautomation", area=9, brings="PLC-rigg för utbildning", power_kw=3.5,
               floor_m2=4, people=("Johan Ek",))  # fmt: skip
_CELL = _Sharer("robotcell", fee=12000, staff=1, badges=2,
                brings="Broschyrer och en demoskärm", people=("Karin Nord",))  # fmt: skip
_WORKSHOP = _Sharer("mekaniska", area=12, staff=2, badges=3,
                    brings="Bearbetade detaljer och en mätstation", power_kw=2,
                    floor_m2=3, people=("Ola Berg",))  # fmt: skip
_STEEL = _Sharer("bergslagen", fee=15000, brings="Provbitar av specialstål",
                 people=("Eva Stål",))  # fmt: skip
_GRID = _Sharer("hitachi", area=14, staff=3, badges=3, brings="Transformatormodell och skärmar",
                power_kw=4, floor_m2=6, people=("Mikael Ström",))  # fmt: skip
_RAIL = _Sharer("alstom", area=12, brings="Simulator för tågstyrning", power_kw=6,
                floor_m2=5, people=("Anna Spår",),
                own_deadline="Riskbedömning av simulatorn")  # fmt: skip

_STANDS: Sequence[_Stand] = (
    _Stand("Automationsmässan Västerås", "vasterasmassan", "Hall A", "A:12", 60,
           (_ROBOT, _PLC, _CELL)),
    _Stand("Automationsmässan Göteborg", "svenskamassan", "Hall B", "B04:21", 48,
           (_PLC, _WORKSHOP, _CELL)),
    _Stand("Industrimässan Stockholm", "stockholmsmassan", "Hall C", "C21:30", 80,
           (_ROBOT, _GRID, _RAIL)),
    _Stand("Underleverantörsmässan på Elmia", "elmia", "Hall D", "D:410", 54,
           (_WORKSHOP, _STEEL, _CELL)),
)  # fmt: skip

_DEADLINES: Sequence[tuple[DeadlineKind, int]] = (
    (DeadlineKind.REGISTRATION, 180),
    (DeadlineKind.CATALOGUE_TEXT, 56),
    (DeadlineKind.BUILD_UP_SLOT, 42),
    (DeadlineKind.ELECTRICITY_ORDER, 35),
    (DeadlineKind.FURNITURE_ORDER, 28),
    (DeadlineKind.BADGE_REQUESTS, 14),
)
"""The fair organiser's deadlines: days before the fair's first day."""

_OUR_PEOPLE = ("Märta Håkansson", "Jörgen Öberg")
_LEAD = "Märta Håkansson"
_MATERIALS: Sequence[tuple[str, int, str, str, str]] = (
    ("Roll-up med klustrets logga", 3, "Jörgen Öberg", "Jörgen Öberg", "Märta Håkansson"),
    ("Skärm 65 tum med stativ", 2, "Jörgen Öberg", "Jörgen Öberg", "Jörgen Öberg"),
    ("Broschyrer: medlemsfoldern", 400, "Björn Sjöström", "", ""),
    ("Demokit: transportband och sensorer", 1, "Märta Håkansson", "Märta Håkansson",
     "Märta Håkansson"),
)  # fmt: skip
"""(item, quantity, who packs, ships, brings back)."""


def add_stands(
    workspace: Workspace, drafts: Sequence[EventDraft], ids: Sequence[int], catalog: Catalog,
    today: date,
) -> int:  # fmt: skip
    """Give every trade fair of the sample its shared stand; returns how many."""
    people = {c.name: c.id or 0 for c in workspace.contacts.list()}
    made = 0
    for draft, ident in zip(drafts, ids, strict=True):
        found = next((s for s in _STANDS if draft.title.startswith(s.title)), None)
        if draft.kind is not EventKind.TRADE_FAIR or found is None:
            continue  # build-up and tear-down are events of their own, without a stand
        assert isinstance(draft.timing, AllDaySpan)
        _stand(workspace, ident, found, draft.timing, catalog.organisations, people, today)
        made += 1
    return made


def _stand(
    workspace: Workspace, event_id: int, plan: _Stand, timing: AllDaySpan,
    organisations: Mapping[str, int], people: Mapping[str, int], today: date,
) -> None:  # fmt: skip
    service = workspace.stand
    opening, closing = timing.first_day, timing.last_day
    service.save_stand(Stand(None, event_id, organisations[plan.organiser], plan.hall,
                             plan.booth, plan.area, StandType.SHARED,
                             people[_LEAD]))  # fmt: skip
    for kind, days in _DEADLINES:
        due = opening - timedelta(days=days)
        service.add_deadline(event_id, StandDeadline(None, 0, kind, due,
                                                     done=_done(due, today)))  # fmt: skip
    for name in _OUR_PEOPLE:
        service.add_staff(event_id, ExhibitorStaff(None, 0, name, contact_id=people[name]))
    for order, sharer in enumerate(plan.sharers):
        state = _state(opening, today, order)
        exhibitor = service.add_co_exhibitor(event_id, CoExhibitor(
            None, 0, organisations[sharer.organisation],
            people[sharer.contact] if sharer.contact else None, sharer.area,
            None if sharer.fee is None else Decimal(sharer.fee), sharer.staff, sharer.badges,
            sharer.brings, sharer.power_kw, sharer.floor_m2, state,
        )).record  # fmt: skip
        for name in sharer.people:
            service.add_staff(event_id, ExhibitorStaff(
                None, 0, name, exhibitor.id, people.get(name),
            ))  # fmt: skip
        if sharer.own_deadline:
            due = opening - timedelta(days=21)
            service.add_deadline(event_id, StandDeadline(
                None, 0, DeadlineKind.OTHER, due, sharer.own_deadline,
                done=_done(due, today), co_exhibitor_id=exhibitor.id,
            ))  # fmt: skip
    where = _where(opening, closing, today)
    for item, quantity, packs, ships, back in _MATERIALS:
        service.add_material(event_id, StandMaterial(
            None, 0, item, quantity, people.get(packs), people.get(ships), people.get(back),
            where,
        ))  # fmt: skip


def _done(due: date, today: date) -> bool:
    """Long past is done; the last week's are still open (overdue)."""
    return due < today - timedelta(days=7)


def _state(opening: date, today: date, order: int) -> ExhibitorState:
    """Approved by the fair for a fair past or near; further off, the third still asked."""
    if opening <= today + timedelta(weeks=12):
        return ExhibitorState.APPROVED
    return ExhibitorState.ASKED if order == 2 else ExhibitorState.CONFIRMED


def _where(opening: date, closing: date, today: date) -> MaterialState:
    if closing < today:
        return MaterialState.RETURNED
    if opening - timedelta(days=7) <= today:
        return MaterialState.SHIPPED
    if opening - timedelta(days=21) <= today:
        return MaterialState.PACKED
    return MaterialState.AT_OFFICE
