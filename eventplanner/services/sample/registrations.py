"""Who registered for the sample's events: for each event a plan (its audience, how many
came forward, how they came), turned into registrations the way the waitlist's rules
(``domain.registrations``) would have left them.

First come, first served: those who came forward take the seats in the order they
registered (the event's and, at the innovation days, each chosen session's), the rest
wait, one of them raised on the list with a reason. A few cancelled (their seats went to
others); at a held event most of those with a seat attended and some did not show up; an
event called off has every registration cancelled. The innovation days' guests choose
sessions of its programme, whose workshops have a few seats each (the most wanted ends
full, with guests waiting for it). Deterministic: a fixed seed per
event; written with bulk inserts.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.enums import ActorType, CompanySize, EventKind, EventStatus
from eventplanner.domain.model import EventDraft
from eventplanner.domain.programme import SessionKind
from eventplanner.domain.registrations import RegistrationSource, RegistrationStatus
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.persistence.schema import RegistrationRow, RegistrationSessionRow, SessionRow
from eventplanner.services.sample.people import SEED, Person

Audience = Callable[[Person], bool]
FORM, TYPED = RegistrationSource.FORM_IMPORT, RegistrationSource.TYPED
COPIED = RegistrationSource.COPIED


def _everyone(_p: Person) -> bool:
    return True


def _industry(p: Person) -> bool:
    return p.actor is ActorType.INDUSTRY


def _sme(p: Person) -> bool:
    return p.size is CompanySize.SME


def _public(p: Person) -> bool:
    return p.actor is ActorType.PUBLIC_SECTOR


def _school(p: Person) -> bool:
    return p.organisation in {"wenstromska", "rudbeck", "hallsta", "teknikcollege", "teknikens"}


def _civil(p: Person) -> bool:
    return p.actor is ActorType.CIVIL_SOCIETY


def _research(p: Person) -> bool:
    return p.actor in {ActorType.ACADEMIA, ActorType.RESEARCH_INSTITUTE}


def _north(p: Person) -> bool:
    return p.organisation in {"ssc", "skelleftea", "northvolt", "oulu", "arbetsformedlingen"}


def _abroad(p: Person) -> bool:
    return p.country == "US"


@dataclass(frozen=True, slots=True)
class _Plan:
    title: str
    """The start of the event's title."""
    wanted: int
    """How many came forward (seated, waiting and cancelled together)."""
    audience: Audience = _everyone
    source: RegistrationSource = FORM
    sessions: bool = False
    """Whether they choose sessions of the programme."""


_PLANS: Sequence[_Plan] = (
    _Plan("Industrimässan Stockholm", 34, _industry),
    _Plan("Underleverantörsmässan på Elmia", 22, _sme),
    _Plan("Automationsmässan Västerås", 46, _industry),
    _Plan("Automationsmässan Göteborg", 14, _industry, TYPED),
    _Plan("Innovationsdagarna Västerås", 118, sessions=True),
    _Plan("Webbinarium för medlemmar: förhandstitt", 41, _industry),
    _Plan("Lansering: Industriteknik i Sverige", 88),
    _Plan("Seminarium: vad betyder Industriteknik", 27, _public),
    _Plan("Intraprenörskap för SMF", 25, _sme, TYPED),
    _Plan("Kurs: Robotsäkerhet", 19, _sme),
    _Plan("Kurs: PLC-programmering", 16, _sme),
    _Plan("Kurs: Lean för mikrofabriker", 5, _sme, TYPED),
    _Plan("Kurs: Introduktion till OPC UA", 9, _industry),
    _Plan("Seminarium: Digitalisering i stålindustrin", 66, _public),
    _Plan("Workshop: Datadrivet underhåll", 28, _industry, TYPED),
    _Plan("Studiebesök: sensorsystemet", 11, _industry, TYPED),
    _Plan("Seminarium för gymnasiet", 78, _school),
    _Plan("Workshop: Kompetensbehov", 36, _school, TYPED),
    _Plan("Seminarium med IF Metall", 64, _civil),
    _Plan("Workshop: Kommunens roll", 17, _public, TYPED),
    _Plan("Seminarium för företag: så lyckades", 58, _industry),
    _Plan("Lunchwebbinarium: första resultaten", 73, _research),
    _Plan("Workshop: Interoperabilitet i praktiken", 23, _industry, TYPED),
    _Plan("Workshop: Visualisering av produktionsdata", 21, _industry, TYPED),
    _Plan("Invigning av mikrofabriken", 57),
    _Plan("Workshop: Mikrofabriker", 12, _north, TYPED),
    _Plan("Nätverksträff för medlemmar", 26, _industry, COPIED),
    _Plan("Nätverksträff i Skellefteå: batteriindustrin", 19, _north, TYPED),
    _Plan("Frukostträff i Palo Alto", 14, _abroad, TYPED),
    _Plan("Nätverksträff i Skellefteå: kompetensförsörjning", 13, _north, COPIED),
    _Plan("Mingel i Palo Alto", 18, _abroad, TYPED),
    _Plan("Webbinarium: NIS2", 87, _industry),
    _Plan("Webbinarium: så söker du", 52),
    _Plan("Webbinarium: vägen in på den amerikanska", 36, _industry),
    _Plan("Föreningsstämma", 31, _industry, COPIED),
    _Plan("Julmingel för medlemmar", 36, _industry, TYPED),
)
_PRIMARY = 0.8
"""Of those who came forward, the share from the event's audience; the rest from anyone."""
CANCEL_EVERY = 14
"""One registration in this many (from ten up) was cancelled."""
FULL_WORKSHOP_SEATS = 24
"""The seats of each of the innovation days' workshops: the most wanted ends full."""
WORKSHOP_SHARE = 0.22
"""Of the innovation days' guests who choose sessions, the share that wants each workshop:
a few more than its seats."""
_REASONS = (
    "Pilotföretag i stålprojektet: Lena Åkesson bad om en plats",
    "Fick ingen plats förra gången",
    "Talar på nästa träff; vill höra upplägget",
    "Ny medlem: verksamhetsledaren bad oss prioritera",
)


@dataclass(frozen=True, slots=True)
class Registrations:
    """What :func:`add_registrations` made."""

    registrations: int
    chosen_sessions: int


def add_registrations(session: Session, drafts: Sequence[EventDraft], ids: Sequence[int],
                      people: Sequence[Person], today: date) -> Registrations:  # fmt: skip
    """Register the sample's people for its events as ``_PLANS`` says."""
    rows: list[dict[str, object]] = []
    chosen: list[tuple[int, int, tuple[int, ...]]] = []
    for plan in _PLANS:
        # Every year's event of the plan within the sample, but none still a draft.
        for draft, event_id in zip(drafts, ids, strict=True):
            if not draft.title.startswith(plan.title) or draft.status is EventStatus.DRAFT:
                continue
            seats = _workshop_seats(session, event_id) if plan.sessions else {}
            for row, sessions in _event(plan, draft, event_id, people, seats, today):
                rows.append(row)
                if sessions:
                    chosen.append((event_id, int(str(row["contact_id"])), sessions))
    session.execute(insert(RegistrationRow), rows)
    if not chosen:
        return Registrations(len(rows), 0)
    events = {e for e, _c, _s in chosen}
    made = {
        (e, c): i
        for i, e, c in session.execute(
            select(RegistrationRow.id, RegistrationRow.event_id, RegistrationRow.contact_id)
            .where(RegistrationRow.event_id.in_(events))
        )
    }  # fmt: skip
    links = [{"registration_id": made[(e, c)], "session_id": s}
             for e, c, sessions in chosen for s in sessions]  # fmt: skip
    session.execute(insert(RegistrationSessionRow), links)
    return Registrations(len(rows), len(links))


def _workshop_seats(session: Session, event_id: int) -> dict[int, int | None]:
    """The programme's sessions one may choose, by id, with their seats; the workshops get
    ``FULL_WORKSHOP_SEATS`` (written to them here)."""
    found = session.execute(
        select(SessionRow.id, SessionRow.kind)
        .where(SessionRow.event_id == event_id)
        .order_by(SessionRow.starts_at, SessionRow.id)
    ).all()
    open_to = {SessionKind.LUNCH.value, SessionKind.EXHIBITION.value, SessionKind.BREAK.value}
    seats: dict[int, int | None] = {
        i: FULL_WORKSHOP_SEATS if k == SessionKind.WORKSHOP.value else None
        for i, k in found
        if k not in open_to
    }
    capped = [{"b_id": i, "b_seats": n} for i, n in seats.items() if n is not None]
    if capped:
        table = SessionRow.__table__
        session.connection().execute(
            update(table)  # type: ignore[arg-type]
            .where(table.c.id == bindparam("b_id"))
            .values(capacity=bindparam("b_seats")),
            capped,
        )
    return seats


def _event(plan: _Plan, draft: EventDraft, event_id: int, people: Sequence[Person],
           seats: dict[int, int | None], today: date
           ) -> list[tuple[dict[str, object], tuple[int, ...]]]:  # fmt: skip
    chance = random.Random(f"{SEED}:{draft.title}")
    who = _came_forward(plan, people, chance)
    first = _first_day(draft)
    close = min(first, today) - timedelta(days=1)
    held = draft.status is EventStatus.COMPLETED
    called_off = draft.status is EventStatus.CANCELLED
    in_person = draft.venue_id is not None
    cancels = len(who) // CANCEL_EVERY if len(who) >= 10 else 0
    cancelled = set(chance.sample(range(len(who)), cancels))
    no_show_share = 0.3 if draft.kind is EventKind.WEBINAR else 0.09
    capacity = draft.capacity
    taken = 0
    session_taken = dict.fromkeys(seats, 0)
    made: list[tuple[dict[str, object], tuple[int, ...]]] = []
    waiting = 0
    for index, person in enumerate(who):
        at = datetime.combine(close - timedelta(days=(len(who) - index) * 40 // len(who)),
                              time(7 + index % 10, (index * 17) % 60), tzinfo=UTC)  # fmt: skip
        sessions = _choose(chance, seats) if seats and chance.random() < 0.85 else ()
        status = _status(
            index in cancelled or called_off,
            capacity is None or taken < capacity,
            all(seats[s] is None or session_taken[s] < (seats[s] or 0) for s in sessions),
            held and chance.random() < no_show_share,
            held,
        )
        if status in {RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED,
                      RegistrationStatus.NO_SHOW}:  # fmt: skip
            taken += 1
            for s in sessions:
                session_taken[s] += 1
        priority, reason = 0, ""
        if status is RegistrationStatus.WAITLISTED:
            waiting += 1
            if waiting == 3:
                priority, reason = 10, _REASONS[len(made) % len(_REASONS)]
        made.append((
            {"event_id": event_id, "contact_id": person.id, "status": status.value,
             "source": plan.source.value, "registered_at": at, "priority": priority,
             "priority_reason": reason, "needs": person.needs if in_person else "",
             "modified_at": at, "version": 1},
            sessions,
        ))  # fmt: skip
    return made


def _status(cancelled: bool, event_room: bool, session_room: bool, no_show: bool,
            held: bool) -> RegistrationStatus:  # fmt: skip
    if cancelled:
        return RegistrationStatus.CANCELLED
    if not (event_room and session_room):
        return RegistrationStatus.WAITLISTED
    if held:
        return RegistrationStatus.NO_SHOW if no_show else RegistrationStatus.ATTENDED
    return RegistrationStatus.REGISTERED


def _came_forward(plan: _Plan, people: Sequence[Person], chance: random.Random) -> list[Person]:
    """``plan.wanted`` people, most from its audience, in the order they registered."""
    primary = [p for p in people if plan.audience(p)]
    others = [p for p in people if not plan.audience(p)]
    chance.shuffle(primary)
    chance.shuffle(others)
    share = min(len(primary), round(plan.wanted * _PRIMARY))
    who = primary[:share] + others[: plan.wanted - share]
    who += primary[share : share + plan.wanted - len(who)]
    chance.shuffle(who)
    return who


def _choose(chance: random.Random, seats: dict[int, int | None]) -> tuple[int, ...]:
    """Two to four sessions; the workshops are the ones most want."""
    workshops = [s for s, n in seats.items() if n is not None]
    talks = [s for s, n in seats.items() if n is None]
    picked = {s for s in workshops if chance.random() < WORKSHOP_SHARE}
    more = max(1, chance.randint(2, 4) - len(picked))
    picked.update(chance.sample(talks, min(len(talks), more)))
    return tuple(sorted(picked))


def _first_day(draft: EventDraft) -> date:
    timing = draft.timing
    if isinstance(timing, AllDaySpan):
        return timing.first_day
    assert isinstance(timing, TimedSpan)
    return timing.start.date()


__all__ = ["Registrations", "add_registrations"]
