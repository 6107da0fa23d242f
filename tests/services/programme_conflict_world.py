"""A database seeded with 50 known conflicts of the programme's kinds, ten of each (people in
two places at once, outside their availability, in a role they declined; two sessions on
one stage; a session outside its event's days or opening hours), and bookings that look like
conflicts but are none (a changeover or a journey of exactly the margin, a host speaking at
their own event, a chair speaking in their own block, a declined role at the same time as
another, a cancelled event, back to back on one stage, inside the opening hours)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update

from eventplanner.domain.conflicts import ConflictKind
from eventplanner.domain.enums import EventStatus
from eventplanner.domain.model import Contact, EventDraft, Venue
from eventplanner.domain.programme import (
    Availability,
    Block,
    Confirmation,
    PersonRole,
    Phase,
    PhaseKind,
    RoleLink,
    Session,
    Stage,
    Target,
)
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence.schema import SessionRow
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")
WEEKS = 10
FIRST_MONDAY = date(2027, 9, 6)
PERIOD = (date(2027, 9, 1), date(2027, 11, 30))


@dataclass(frozen=True)
class Seeded:
    """The known conflicts: (kind, the day, the people's names, the sessions' titles) each."""

    expected: list[tuple[ConflictKind, date, tuple[str, ...], tuple[str, ...]]]


def seed(workspace: Workspace) -> Seeded:
    aros = _id(workspace.venues.create(Venue(None, "Aros Congress Center", city="Västerås")).id)
    elmia = _id(workspace.venues.create(Venue(None, "Elmia", city="Jönköping")).id)
    kista = _id(workspace.venues.create(Venue(None, "Kistamässan", city="Stockholm")).id)
    expected: list[tuple[ConflictKind, date, tuple[str, ...], tuple[str, ...]]] = []
    for week in range(WEEKS):
        expected += _week(workspace, week, aros, elmia, kista)
    return Seeded(expected)


def _id(value: int | None) -> int:
    assert value is not None
    return value


def _week(
    ws: Workspace, week: int, aros: int, elmia: int, kista: int
) -> list[tuple[ConflictKind, date, tuple[str, ...], tuple[str, ...]]]:
    monday = FIRST_MONDAY + timedelta(weeks=week)
    tuesday = monday + timedelta(days=1)

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=STO)

    def event(title: str, start: datetime, end: datetime, venue: int, **fields: object) -> int:
        draft = EventDraft(title=title, timing=TimedSpan(start, end, "Europe/Stockholm"),
                           venue_id=venue, **fields)  # type: ignore[arg-type]  # fmt: skip
        return _id(ws.events.create(draft).event.id)

    def person(name: str) -> int:
        return _id(ws.contacts.create(Contact(None, f"{name} {week + 1}")).id)

    def stage(event_id: int, name: str) -> int:
        return _id(ws.programme.add_stage(Stage(None, event_id, name)).record.id)

    def session(event_id: int, title: str, start: datetime, end: datetime, stage_id: int | None,
                *people: tuple[int, PersonRole] | tuple[int, PersonRole, Confirmation],
                block: int | None = None) -> str:  # fmt: skip
        links = [RoleLink(None, p[0], p[1], Target.SESSION, 0,
                          p[2] if len(p) == 3 else Confirmation.CONFIRMED)
                 for p in people]  # fmt: skip
        record = Session(None, event_id, f"{title} v{week + 1}", start, end, stage_id=stage_id,
                         block_id=block)  # fmt: skip
        ws.programme.add_session(record, links)
        return record.title

    days = f"v{week + 1}"
    fair = event(f"Innovationsdagar {days}", at(monday, 8), at(tuesday, 18), aros)
    big, small = stage(fair, "Stora salen"), stage(fair, "Lilla salen")
    ws.programme.add_phase(Phase(None, fair, PhaseKind.OPEN_DAY, at(monday, 9), at(monday, 17)))
    expo = event(f"Mässdag {days}", at(monday, 8), at(monday, 18), elmia)
    hall = stage(expo, "Hall A")
    meet = event(f"Kistaträff {days}", at(tuesday, 9), at(tuesday, 12), kista)
    gone = event(f"Inställd träff {days}", at(monday, 10), at(monday, 12), kista,
                 status=EventStatus.CANCELLED)  # fmt: skip
    speaker = PersonRole.SPEAKER
    found: list[tuple[ConflictKind, date, tuple[str, ...], tuple[str, ...]]] = []

    # A person in two places at once, by the week: the same time on two stages, a changeover
    # shorter than the margin, a journey shorter than the margin, a whole event's role
    # against a session of another event, a block's chair speaking elsewhere.
    anna = person("Anna")
    case = week % 5
    if case == 0:
        a = session(fair, "Öppning", at(monday, 10), at(monday, 11), big, (anna, speaker))
        b = session(fair, "Panel", at(monday, 10, 30), at(monday, 11, 30), small, (anna, speaker))
        found.append((ConflictKind.PERSON_DOUBLE_BOOKED, monday, (anna,), (a, b)))  # type: ignore[arg-type]
    elif case == 1:
        a = session(fair, "Öppning", at(monday, 10), at(monday, 11), big, (anna, speaker))
        b = session(fair, "Panel", at(monday, 11, 5), at(monday, 12), small, (anna, speaker))
        found.append((ConflictKind.PERSON_DOUBLE_BOOKED, monday, (anna,), (a, b)))  # type: ignore[arg-type]
    elif case == 2:
        a = session(fair, "Öppning", at(monday, 10), at(monday, 11), big, (anna, speaker))
        b = session(expo, "Mässtal", at(monday, 11, 30), at(monday, 12), hall, (anna, speaker))
        found.append((ConflictKind.PERSON_DOUBLE_BOOKED, monday, (anna,), (a, b)))  # type: ignore[arg-type]
    elif case == 3:
        ws.programme.add_role(RoleLink(None, anna, PersonRole.HOST, Target.EVENT, meet))
        a = session(fair, "Öppning", at(tuesday, 10), at(tuesday, 11), big, (anna, speaker))
        found.append((ConflictKind.PERSON_DOUBLE_BOOKED, tuesday, (anna,), (a,)))  # type: ignore[arg-type]
    else:
        block = _id(ws.programme.add_block(Block(None, fair, big, f"Block {days}")).record.id)
        own = session(
            fair,
            "Blockets första",
            at(tuesday, 13),
            at(tuesday, 14),
            big,
            (anna, speaker),
            block=block,
        )  # a chair speaking in their own block
        a = session(fair, "Blockets andra", at(tuesday, 14), at(tuesday, 15), big, block=block)
        ws.programme.add_role(RoleLink(None, anna, PersonRole.MODERATOR, Target.BLOCK, block))
        b = session(fair, "Sidospår", at(tuesday, 14, 30), at(tuesday, 15, 30), small,
                    (anna, speaker))  # fmt: skip
        found.append((ConflictKind.PERSON_DOUBLE_BOOKED, tuesday, (anna,), (own, a, b)))  # type: ignore[arg-type]
    # None: a changeover of exactly the margin, a journey of exactly the margin, a session
    # of a cancelled event at the same time, a host speaking at their own event.
    bo = person("Bo")
    session(fair, "Eftermiddagspass", at(monday, 15), at(monday, 15, 50), big, (bo, speaker))
    session(fair, "Sent pass", at(monday, 16), at(monday, 16, 50), small, (bo, speaker))
    session(expo, "Kvällspass", at(monday, 17, 50), at(monday, 18), hall, (bo, speaker))
    session(gone, "Inställt pass", at(monday, 15), at(monday, 16), None, (bo, speaker))
    eva = person("Eva")
    ws.programme.add_role(RoleLink(None, eva, PersonRole.HOST, Target.EVENT, fair))
    session(fair, "Värdens tal", at(monday, 12, 30), at(monday, 13), None, (eva, speaker))

    # A role declined, while the person is still booked in it; at the same time as another
    # of theirs: no double booking (they will not be there).
    cia = person("Cia")
    a = session(fair, "Avböjt", at(tuesday, 10), at(tuesday, 11), small,
                (cia, PersonRole.MODERATOR, Confirmation.DECLINED))  # fmt: skip
    session(fair, "Samtidigt", at(tuesday, 10), at(tuesday, 11), None, (cia, speaker))
    found.append((ConflictKind.ROLE_DECLINED, tuesday, (cia,), (a,)))  # type: ignore[arg-type]

    # Outside availability: when they cannot be there (even weeks), or on a day they gave
    # hours for, outside them (odd weeks); inside their hours: none.
    dag = person("Dag")
    if week % 2 == 0:
        ws.programme.add_availability(Availability(None, dag, at(monday, 13), at(monday, 17),
                                                   available=False, note="tandläkare"))  # fmt: skip
    else:
        ws.programme.add_availability(Availability(None, dag, at(monday, 9), at(monday, 12)))
    session(fair, "Inom tiden", at(monday, 9), at(monday, 10), None, (dag, speaker))
    a = session(fair, "Utom tiden", at(monday, 14), at(monday, 15), None, (dag, speaker))
    found.append((ConflictKind.OUTSIDE_AVAILABILITY, monday, (dag,), (a,)))  # type: ignore[arg-type]

    # Two sessions on one stage at once; back to back: none.
    a = session(expo, "Utställartal", at(monday, 14), at(monday, 15), hall)
    b = session(expo, "Prisutdelning", at(monday, 14, 30), at(monday, 15, 30), hall)
    session(expo, "Avslutning", at(monday, 15, 30), at(monday, 16), hall)
    found.append((ConflictKind.STAGE_DOUBLE_BOOKED, monday, (), (a, b)))

    # A session outside the open day's opening hours (even weeks), or outside its event's
    # days once the event was shortened (odd weeks); within the hours, and on a day without
    # opening hours: none.
    session(fair, "Mitt på dagen", at(monday, 12), at(monday, 12, 30), None)
    session(fair, "Tisdagskväll", at(tuesday, 17), at(tuesday, 18), None)
    if week % 2 == 0:
        a = session(fair, "Före öppning", at(monday, 8), at(monday, 8, 45), None)
        found.append((ConflictKind.SESSION_OUTSIDE_EVENT, monday, (), (a,)))
    else:
        a = session(meet, "Eftersnack", at(tuesday, 11), at(tuesday, 11, 30), None)
        wednesday = tuesday + timedelta(days=1)
        with ws.database.transaction() as db:  # moved by hand: a database edited elsewhere
            db.execute(update(SessionRow).where(SessionRow.title == a).values(
                starts_at=at(wednesday, 10), ends_at=at(wednesday, 11)))  # fmt: skip
        found.append((ConflictKind.SESSION_OUTSIDE_EVENT, wednesday, (), (a,)))
    names = {anna: f"Anna {week + 1}", cia: f"Cia {week + 1}", dag: f"Dag {week + 1}"}
    return [(kind, day, tuple(names[p] for p in who), tuple(sorted(what)))  # type: ignore[index]
            for kind, day, who, what in found]  # fmt: skip
