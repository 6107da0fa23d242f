"""SQLite answers the month's single events from its covering index alone (migration 0003).

If the month query comes to read a column the index lacks, SQLite quietly goes back to the
table for every row; this test notices, by asking SQLite's own plan for the statement the
query service really runs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, inspect

from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.persistence.schema import MONTH_INDEX
from eventplanner.services.workspace import Workspace


def _plan_of_single_events_query(workspace: Workspace) -> list[str]:
    engine = workspace.database.engine
    ran: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        ran.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        workspace.queries.occurrences(TimeWindow.days(date(2027, 3, 1), date(2027, 3, 31)))
    finally:
        event.remove(engine, "before_cursor_execute", record)
    [(statement, parameters)] = [
        (s, p) for s, p in ran if "events.is_recurring IS 0" in s and "tag_names" in s
    ]
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        return [row[-1] for row in rows]


def test_the_month_reads_single_events_from_the_covering_index(tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path / "planer.sqlite")
    try:
        start = datetime(2027, 3, 10, 9, tzinfo=UTC)
        workspace.events.create(
            EventDraft(title="Seminarium", timing=TimedSpan(start, start + timedelta(hours=2)))
        )
        plan = _plan_of_single_events_query(workspace)
    finally:
        workspace.close()
    assert any(f"USING COVERING INDEX {MONTH_INDEX}" in step for step in plan), plan


def test_the_covering_index_is_sqlites_alone_and_comes_and_goes_with_0003(
    tmp_path: Path,
) -> None:
    workspace = Workspace.open(tmp_path / "planer.sqlite")
    engine = workspace.database.engine
    try:
        names = {i["name"] for i in inspect(engine).get_indexes("events")}
        assert MONTH_INDEX in names
        migrations.downgrade(engine, "0002")
        names = {i["name"] for i in inspect(engine).get_indexes("events")}
        assert MONTH_INDEX not in names
        migrations.upgrade(engine)
        assert MONTH_INDEX in {i["name"] for i in inspect(engine).get_indexes("events")}
    finally:
        workspace.close()
    # The models do not hold it, so comparing them with the database must not see it.
    assert not migrations.include_name(MONTH_INDEX, "index", None)
