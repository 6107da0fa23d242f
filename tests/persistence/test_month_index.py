"""SQLite answers the month's single events from its covering indexes alone (migrations
0003 and 0014), and finds the series without end by the index of 0014.

A window first asks which single events it holds and in what state (the narrow index of
0014), then reads whole the rows not seen in that state before (the month index of 0003). If
either read comes to need a column its index lacks, SQLite quietly goes back to the table for
every row; these tests notice, by asking SQLite's own plan for the statements the query
service really runs, with the parameters it really gives the driver.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, inspect

from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.persistence.schema import ENDLESS_INDEX, MONTH_INDEX, MONTH_KEYS_INDEX
from eventplanner.services.events import month_keys
from eventplanner.services.events.window_statements import window_parameters, window_statements
from eventplanner.services.workspace import Workspace

MARCH = TimeWindow.days(date(2027, 3, 1), date(2027, 3, 31))


def _bound() -> dict[str, Any]:
    start, end = MARCH.start.astimezone(UTC), MARCH.end.astimezone(UTC)
    return window_parameters(start, end, timedelta(hours=26), 120)


def _plan(workspace: Workspace, statement: Any) -> list[str]:
    engine = workspace.database.engine
    ready = month_keys.driver_sql(statement, engine.dialect, _bound())
    assert ready is not None
    sql, values = ready
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", tuple(values))
        return [row[-1] for row in rows]


@pytest.fixture
def planner(tmp_path: Path) -> Any:
    workspace = Workspace.open(tmp_path / "planer.sqlite")
    start = datetime(2027, 3, 10, 9, tzinfo=UTC)
    workspace.events.create(
        EventDraft(title="Seminarium", timing=TimedSpan(start, start + timedelta(hours=2)))
    )
    yield workspace
    workspace.close()


@pytest.mark.parametrize(
    "where",
    [EventFilter(), EventFilter(include_cancelled=False)],
    ids=["everything", "cancelled hidden"],
)
def test_the_month_reads_single_events_from_the_covering_indexes(
    planner: Workspace, where: EventFilter
) -> None:
    statements = window_statements(where, "sqlite")
    keys = _plan(planner, statements.single_keys)
    assert any(f"USING COVERING INDEX {MONTH_KEYS_INDEX}" in step for step in keys), keys
    whole = _plan(planner, statements.singles)
    assert any(f"USING COVERING INDEX {MONTH_INDEX}" in step for step in whole), whole
    endless = _plan(planner, statements.endless_keys)
    assert any(f"USING INDEX {ENDLESS_INDEX} (is_recurring=? AND series_ends_at=?)" in step
               for step in endless), endless  # fmt: skip


def test_the_driver_is_given_what_sqlalchemy_would_give_it(planner: Workspace) -> None:
    engine = planner.database.engine
    statement = window_statements(EventFilter(), "sqlite").single_keys
    ran: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, sql: str, parameters: Any, *_: Any) -> None:
        ran.append((sql, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        with engine.connect() as connection:
            expected = connection.execute(statement, _bound()).all()
            got = month_keys.driver_rows(connection, statement, _bound())
    finally:
        event.remove(engine, "before_cursor_execute", record)
    ready = month_keys.driver_sql(statement, engine.dialect, _bound())
    assert ready is not None
    selects = [(sql, parameters) for sql, parameters in ran if sql.startswith("SELECT")]
    assert selects == [(ready[0], tuple(ready[1]))]  # instants as stored: microseconds too
    assert [tuple(r) for r in expected] == [tuple(r) for r in got] and len(got) == 1


def test_the_covering_indexes_are_sqlites_alone_and_come_and_go_with_their_migrations(
    planner: Workspace,
) -> None:
    engine = planner.database.engine

    def names() -> set[str]:
        return {i["name"] for i in inspect(engine).get_indexes("events")}

    ours = {MONTH_INDEX, MONTH_KEYS_INDEX, ENDLESS_INDEX}
    assert ours <= names()
    migrations.downgrade(engine, "0013")
    assert MONTH_INDEX in names() and not {MONTH_KEYS_INDEX, ENDLESS_INDEX} & names()
    migrations.downgrade(engine, "0002")
    assert not ours & names()
    migrations.upgrade(engine)
    assert ours <= names()
    # The models do not hold them, so comparing them with the database must not see them.
    assert not migrations.include_name(MONTH_INDEX, "index", None)
    assert not migrations.include_name(MONTH_KEYS_INDEX, "index", None)
    assert not migrations.include_name(ENDLESS_INDEX, "index", None)
