"""The conflicts of a year in the 100,000-event database (issue 14: the Conflicts view for
a year, at most a second), against the floor of reading that year's occurrences."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from benchdata import BuiltDatabase, measure, report

from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.services.events.window_statements import LONGEST
from eventplanner.services.workspace import Workspace

GOAL_MS = 1000.0

pytestmark = pytest.mark.timeout(1800)


def test_conflicts_of_a_year(big_database: BuiltDatabase, big_workspace: Workspace) -> None:
    window = TimeWindow.days(date(2024, 1, 1), date(2024, 12, 31), "Europe/Stockholm")
    service = big_workspace.conflicts
    found = service.conflicts(window)
    where = EventFilter(include_cancelled=False)
    occurrences = big_workspace.queries.occurrences(window, where)
    kinds = Counter(c.kind.value for c in found)
    service_ms = measure(lambda: service.conflicts(window), repeats=5, warmup=1)
    floor_ms = measure(lambda: big_workspace.queries.occurrences(window, where), repeats=5)
    print(
        f"\nCONFLICTS of 2024 in {big_database.events:,} events: {len(occurrences):,} "
        f"occurrences, {len(found):,} conflicts ({dict(sorted(kinds.items()))})"
    )
    report(
        "ConflictService.conflicts(year)",
        service_ms,
        floor=("EventQueries.occurrences(year), the occurrences it checks", floor_ms),
        goal_ms=GOAL_MS,
    )


# -- the programme's conflicts ------------------------------------------------------------

SESSIONS = 200_000
LINKS = 50_000
PEOPLE = 5_000
PER_EVENT = 10


@pytest.fixture(scope="module")
def programme(big_workspace: Workspace) -> list[int]:
    """200,000 sessions (ten a stage on 20,000 single timed events, one after another),
    5,000 people and 50,000 of their roles on sessions, written with Core inserts; the
    sessions' ids with people on them returned."""
    import random

    from sqlalchemy import insert, select

    from eventplanner.persistence.schema import (
        ContactRow,
        EventRow,
        SessionPersonRow,
        SessionRow,
        StageRow,
    )

    chance = random.Random(20261207)
    with big_workspace.database.transaction() as db:
        events = db.execute(
            select(EventRow.id, EventRow.starts_at, EventRow.ends_at)
            .where(EventRow.is_recurring.is_(False), EventRow.all_day.is_(False))
            .order_by(EventRow.id)
            .limit(SESSIONS // PER_EVENT)
        ).all()
        db.execute(insert(StageRow), [
            {"event_id": e.id, "name": "Stora salen", "digital": False, "stream_url": "",
             "recording_url": "", "position": 0, "version": 1} for e in events
        ])  # fmt: skip
        stages = dict(db.execute(select(StageRow.event_id, StageRow.id)).all())
        rows = []
        for e in events:
            step = (e.ends_at - e.starts_at) / PER_EVENT
            for n in range(PER_EVENT):
                rows.append({
                    "event_id": e.id, "uid": f"bench-session-{e.id}-{n}", "title": f"Pass {n}",
                    "kind": "talk", "starts_at": e.starts_at + step * n,
                    "ends_at": e.starts_at + step * (n + 1), "stage_id": stages[e.id],
                    "block_id": None, "description": "", "language": "", "version": 1,
                })  # fmt: skip
        for chunk in range(0, len(rows), 20_000):
            db.execute(insert(SessionRow), rows[chunk : chunk + 20_000])
        db.execute(insert(ContactRow), [
            {"name": f"Talare {n}", "email": "", "phone": "", "organisation_id": None,
             "title": "", "version": 1} for n in range(PEOPLE)
        ])  # fmt: skip
        people = list(db.scalars(select(ContactRow.id)))
        session_ids = list(db.scalars(select(SessionRow.id)))
        chosen = chance.sample(session_ids, LINKS)
        db.execute(insert(SessionPersonRow), [
            {"session_id": s, "contact_id": chance.choice(people), "role": "speaker",
             "confirmation": "confirmed", "note": "", "version": 1} for s in chosen
        ])  # fmt: skip
    return chosen


def test_a_session_s_person_conflicts(big_workspace: Workspace, programme: list[int]) -> None:
    from datetime import timedelta

    from sqlalchemy import select

    from eventplanner.persistence.schema import SessionPersonRow, SessionRow

    finder = big_workspace.programme_conflicts
    drafts = [big_workspace.programme.session(ident) for ident in programme[:50]]
    found = sum(len(finder.conflicts_for_session(d)) for d in drafts)
    index = iter(range(10**9))

    def check() -> None:
        finder.conflicts_for_session(drafts[next(index) % len(drafts)])

    people = {}
    with big_workspace.database.reading() as db:
        for d in drafts:
            people[d.id] = list(db.scalars(
                select(SessionPersonRow.contact_id).where(SessionPersonRow.session_id == d.id)
            ))  # fmt: skip
    floor_index = iter(range(10**9))
    margin = finder.margins.widest
    with big_workspace.database.reading() as db:
        reach = timedelta(minutes=db.execute(LONGEST).scalar() or 0) + timedelta(days=2)

    def floor() -> None:
        d = drafts[next(floor_index) % len(drafts)]
        with big_workspace.database.reading() as db:
            db.execute(
                select(SessionRow.id, SessionRow.starts_at, SessionRow.ends_at,
                       SessionRow.stage_id, SessionPersonRow.contact_id)
                .join(SessionPersonRow, SessionPersonRow.session_id == SessionRow.id)
                .where(SessionPersonRow.contact_id.in_(people[d.id]),
                       SessionRow.starts_at < d.end + margin,
                       SessionRow.starts_at > d.start - margin - reach,
                       SessionRow.ends_at > d.start - margin)
            ).all()  # fmt: skip

    times = measure(check, repeats=50, warmup=5)
    floor_ms = measure(floor, repeats=50, warmup=5)
    print(f"\nPROGRAMME: {SESSIONS:,} sessions, {LINKS:,} roles of {PEOPLE:,} people; "
          f"{found} conflicts of 50 sessions")  # fmt: skip
    report("ProgrammeConflicts.conflicts_for_session(one session)", times,
           floor=("the same indexed Core select of its people's sessions", floor_ms),
           goal_ms=20.0)  # fmt: skip


def test_the_full_check_over_1000_sessions(big_workspace: Workspace, programme: list[int]) -> None:
    from datetime import timedelta

    from sqlalchemy import select

    from eventplanner.persistence.schema import SessionRow

    with big_workspace.database.reading() as db:
        starts = list(db.scalars(select(SessionRow.starts_at).order_by(SessionRow.starts_at)))
    middle = len(starts) // 2
    window = TimeWindow(starts[middle], starts[middle + 1000], "Europe/Stockholm")
    finder = big_workspace.programme_conflicts
    with big_workspace.database.reading() as db:
        reach = timedelta(minutes=db.execute(LONGEST).scalar() or 0) + timedelta(days=2)

    def check() -> int:
        with big_workspace.database.reading() as db:
            return len(finder.of_period(db, window))

    def floor() -> None:
        with big_workspace.database.reading() as db:
            db.execute(
                select(SessionRow.id, SessionRow.starts_at, SessionRow.ends_at,
                       SessionRow.stage_id, SessionRow.event_id)
                .where(SessionRow.starts_at > window.start - reach,
                       SessionRow.starts_at < window.end, SessionRow.ends_at > window.start)
            ).all()  # fmt: skip

    found = check()
    times = measure(check, repeats=9)
    floor_ms = measure(floor, repeats=9)
    print(f"\nFULL CHECK of 1,000 sessions ({window.start:%Y-%m-%d %H:%M} to "
          f"{window.end:%Y-%m-%d %H:%M}): {found} conflicts")  # fmt: skip
    report(
        "ProgrammeConflicts.of_period(1,000 sessions and their events)",
        times,
        floor=("reading those sessions (Core select)", floor_ms),
        goal_ms=200.0,
    )


def test_conflicts_of_a_year_with_a_programme(
    big_database: BuiltDatabase, big_workspace: Workspace, programme: list[int]
) -> None:
    test_conflicts_of_a_year(big_database, big_workspace)
