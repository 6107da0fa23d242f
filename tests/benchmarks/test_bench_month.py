"""The events of one month, series expanded, from the 100,000-event database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from benchdata import MONTH_FIRST, MONTH_LAST, BuiltDatabase, measure, report
from sqlalchemy import func, select

from eventplanner.domain.filters import TimeWindow
from eventplanner.persistence.schema import EventRow
from eventplanner.services.workspace import Workspace

GOAL_MS = 30.0
GOAL_RATIO = 2.0

# Benchmarks must not fail on a slow machine; the default test timeout is 300 s.
pytestmark = pytest.mark.timeout(1800)


def test_month_occurrences(big_database: BuiltDatabase, big_workspace: Workspace) -> None:
    window = TimeWindow.days(MONTH_FIRST, MONTH_LAST, "Europe/Stockholm")
    queries = big_workspace.queries
    found = queries.occurrences(window)
    from_series = sum(1 for o in found if o.recurrence_id is not None)

    engine = big_workspace.database.engine
    with engine.connect() as connection:
        longest = connection.scalar(select(func.max(EventRow.duration_minutes))) or 0
    floor_statement = select(
        EventRow.id, EventRow.uid, EventRow.title, EventRow.kind, EventRow.status,
        EventRow.all_day, EventRow.time_zone, EventRow.starts_at, EventRow.ends_at,
    ).where(
        EventRow.is_recurring.is_(False),
        EventRow.starts_at >= window.start - timedelta(minutes=longest),
        EventRow.starts_at < window.end,
        EventRow.ends_at > window.start,
    )  # fmt: skip

    def floor() -> int:
        with engine.connect() as connection:
            return len(connection.execute(floor_statement).all())

    floor_rows = floor()
    service_ms = measure(lambda: queries.occurrences(window), repeats=15, warmup=2)
    floor_ms = measure(floor, repeats=15, warmup=2)
    print(
        f"\nMONTH {MONTH_FIRST:%B %Y} of {big_database.events:,} events: "
        f"{len(found)} occurrences ({from_series} from series); the floor reads "
        f"{floor_rows} single-event rows"
    )
    report(
        "EventQueries.occurrences(month)",
        service_ms,
        floor=("Core select of the month's non-recurring rows (bounded index range)", floor_ms),
        goal_ms=GOAL_MS,
        goal_ratio=GOAL_RATIO,
    )
