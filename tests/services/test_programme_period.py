"""The programme's conflicts of a period, narrowed down kind by kind with a query each, are
exactly those the rules find over every session and role of the period
(``programme_reference``): on random programmes with every kind in them, some sessions
outside their events, blocks, whole-event roles, declined roles, availability, all-day and
cancelled events, digital stages, and for periods from a day to a year and several margins."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from eventplanner.domain.conflicts import Conflict, ConflictKind
from eventplanner.domain.enums import EventStatus
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import Contact, EventDraft, Venue
from eventplanner.domain.programme_conflicts import Margins
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.persistence.schema import (
    AvailabilityRow,
    BlockPersonRow,
    BlockRow,
    EventPersonRow,
    EventRow,
    PhaseRow,
    SessionPersonRow,
    SessionRow,
    StageRow,
)
from eventplanner.services.workspace import Workspace
from tests.services.programme_reference import every_conflict

FIRST = datetime(2027, 3, 1, tzinfo=UTC)
ZONES = ("Europe/Stockholm", "Europe/London", "America/New_York")
ANSWERS = ("confirmed", "asked", "declined")


def _random_programme(workspace: Workspace, seed: int) -> None:
    """Events over two months, their stages, blocks and sessions (some outside the event),
    open days, and people on sessions, blocks and events, with availability."""
    chance = random.Random(seed)
    venues = [
        workspace.venues.create(Venue(None, name, city=city)).id
        for name, city in (("Aros", "Västerås"), ("Elmia", "Jönköping"), ("Kista", "Stockholm"))
    ]
    events: list[int] = []
    for n in range(40):
        day = FIRST + timedelta(days=chance.randrange(60))
        zone = chance.choice(ZONES)
        timing: Timing
        if chance.random() < 0.2:
            timing = AllDaySpan(day.date(), day.date() + timedelta(days=chance.randrange(3)), zone)
        else:
            start = day.replace(hour=chance.randrange(6, 12))
            timing = TimedSpan(start, start + timedelta(hours=chance.randrange(2, 40)), zone)
        status = EventStatus.CANCELLED if chance.random() < 0.1 else EventStatus.CONFIRMED
        draft = EventDraft(title=f"Evenemang {n}", timing=timing, status=status,
                           venue_id=chance.choice([*venues, None]))  # fmt: skip
        made = workspace.events.create(draft).event.id
        assert made is not None
        events.append(made)
    people = [workspace.contacts.create(Contact(None, f"Person {n}")).id for n in range(60)]
    # A few people in much, most in a little: a margin's worth between two of few bookings.
    weights = [1 / (n + 1) for n in range(len(people))]
    with workspace.database.transaction() as db:
        times = {r.id: r for r in db.execute(select(EventRow.id, EventRow.starts_at,
                                                    EventRow.ends_at))}  # fmt: skip
        stages: dict[int, list[int]] = {e: [] for e in events}
        blocks: dict[int, list[int]] = {}
        for event in events:
            for n in range(chance.randrange(3)):
                stage = db.execute(insert(StageRow).values(
                    event_id=event, name=f"Sal {n}", digital=chance.random() < 0.2,
                    stream_url="", recording_url="", position=n, version=1,
                )).inserted_primary_key[0]  # fmt: skip
                stages[event].append(stage)
                blocks[stage] = [db.execute(insert(BlockRow).values(
                    event_id=event, stage_id=stage, title=f"Block {stage}", description="",
                    version=1,
                )).inserted_primary_key[0]] if chance.random() < 0.4 else []  # fmt: skip
            if chance.random() < 0.3:
                opens = times[event].starts_at + timedelta(hours=1)
                db.execute(insert(PhaseRow).values(
                    event_id=event, kind="open_day", name="Öppet", starts_at=opens,
                    ends_at=opens + timedelta(hours=chance.randrange(1, 8)), public=None,
                    version=1,
                ))  # fmt: skip
        sessions: list[int] = []
        for n in range(400):
            event = chance.choice(events)
            minutes = int((times[event].ends_at - times[event].starts_at).total_seconds() // 60)
            start = times[event].starts_at + timedelta(
                minutes=chance.randrange(-120, minutes + 60, 5)
            )
            stage = chance.choice([*stages[event], None])
            block = chance.choice([*blocks.get(stage, []), None]) if stage else None
            sessions.append(db.execute(insert(SessionRow).values(
                event_id=event, uid=f"pass-{seed}-{n}", title=f"Pass {n}", kind="talk",
                starts_at=start, ends_at=start + timedelta(minutes=chance.choice(
                    (0, 15, 30, 45, 60, 90, 180))),
                stage_id=stage, block_id=block, description="", language="", version=1,
            )).inserted_primary_key[0])  # fmt: skip
        db.execute(insert(SessionPersonRow), [
            {"session_id": chance.choice(sessions),
             "contact_id": chance.choices(people, weights)[0],
             "role": chance.choice(("speaker", "moderator", "panellist")),
             "confirmation": chance.choices(ANSWERS, (6, 2, 1))[0], "note": "", "version": 1}
            for _ in range(400)
        ])  # fmt: skip
        chaired = [b for here in blocks.values() for b in here]
        db.execute(insert(BlockPersonRow), [
            {"block_id": b, "contact_id": chance.choice(people), "role": "moderator",
             "confirmation": chance.choices(ANSWERS, (6, 2, 1))[0], "note": "", "version": 1}
            for b in chaired
        ]) if chaired else None  # fmt: skip
        db.execute(insert(EventPersonRow), [
            {"event_id": chance.choice(events), "contact_id": chance.choice(people),
             "role": chance.choice(("host", "staff")),
             "confirmation": chance.choices(ANSWERS, (6, 2, 1))[0], "note": "", "version": 1}
            for _ in range(20)
        ])  # fmt: skip
        for _ in range(20):
            start = FIRST + timedelta(days=chance.randrange(60), hours=chance.randrange(20))
            db.execute(insert(AvailabilityRow).values(
                contact_id=chance.choice(people), starts_at=start,
                ends_at=start + timedelta(hours=chance.randrange(1, 30)),
                available=chance.random() < 0.5, note="tandläkare", version=1,
            ))  # fmt: skip


def _shown(found: list[Conflict]) -> list[tuple[object, ...]]:
    return sorted(
        (c.kind, c.key, c.start, str(c.start.tzinfo), c.end, c.sessions, c.people, c.note,
         c.details)
        for c in found
    )  # fmt: skip


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_period_s_conflicts_are_those_the_rules_find_over_everything(
    workspace: Workspace, seed: int
) -> None:
    _random_programme(workspace, seed)
    kinds: Counter[ConflictKind] = Counter()
    for margins in (Margins(), Margins(0, 0), Margins(30, 120)):
        finder = workspace.programme_conflicts
        finder.margins = margins
        for first, days in ((date(2027, 1, 1), 365), (date(2027, 3, 20), 30),
                            (date(2027, 3, 10), 7), (date(2027, 4, 1), 1)):  # fmt: skip
            window = TimeWindow.days(first, first + timedelta(days=days - 1), "Europe/Stockholm")
            with workspace.database.reading() as db:
                found = finder.of_period(db, window)
                assert _shown(found) == _shown(every_conflict(db, window, margins))
            kinds.update(c.kind for c in found)
    assert set(kinds) == {
        ConflictKind.PERSON_DOUBLE_BOOKED, ConflictKind.OUTSIDE_AVAILABILITY,
        ConflictKind.ROLE_DECLINED, ConflictKind.STAGE_DOUBLE_BOOKED,
        ConflictKind.SESSION_OUTSIDE_EVENT,
    }  # fmt: skip
