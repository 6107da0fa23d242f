"""Instants go through UTCDateTime unchanged on every backend: aware in, the same instant out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text

from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import EventRow

STOCKHOLM = ZoneInfo("Europe/Stockholm")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")

INSTANTS = [
    pytest.param(datetime(2026, 3, 12, 9, 0, tzinfo=STOCKHOLM), id="stockholm-winter"),
    pytest.param(datetime(2026, 7, 1, 18, 30, tzinfo=STOCKHOLM), id="stockholm-summer"),
    # The hour before and after the clocks go forward in Stockholm (29 March 2026, 02:00).
    pytest.param(datetime(2026, 3, 29, 1, 59, 59, tzinfo=STOCKHOLM), id="stockholm-before-gap"),
    pytest.param(datetime(2026, 3, 29, 3, 0, tzinfo=STOCKHOLM), id="stockholm-after-gap"),
    # 02:30 on the night clocks go back happens twice; fold tells which one.
    pytest.param(datetime(2026, 10, 25, 2, 30, tzinfo=STOCKHOLM), id="stockholm-first-0230"),
    pytest.param(
        datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=STOCKHOLM), id="stockholm-second-0230"
    ),
    pytest.param(datetime(2026, 11, 1, 1, 30, tzinfo=LOS_ANGELES), id="los-angeles-first-0130"),
    pytest.param(
        datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=LOS_ANGELES), id="los-angeles-second-0130"
    ),
    pytest.param(datetime(2026, 3, 8, 3, 0, tzinfo=LOS_ANGELES), id="los-angeles-after-gap"),
    pytest.param(
        datetime(2026, 12, 31, 23, 59, 59, 999_999, tzinfo=timezone(timedelta(hours=-10))),
        id="fixed-offset-microseconds",
    ),
    pytest.param(datetime(2027, 1, 1, 0, 0, tzinfo=UTC), id="utc-new-year"),
]


def _set_session_zone(session: object, name: str, dialect: str) -> None:
    # On PostgreSQL the session's zone must make no difference; SQLite has none.
    if dialect == "postgresql":
        session.execute(text(f"SET LOCAL TIME ZONE '{name}'"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("instant", INSTANTS)
def test_an_instant_comes_back_aware_and_identical(
    database: Database, make_event_row: Callable[..., EventRow], instant: datetime
) -> None:
    with database.transaction() as session:
        _set_session_zone(session, "America/Los_Angeles", database.dialect)
        row = make_event_row("Mässa", starts_at=instant, series_ends_at=instant)
        session.add(row)
        session.flush()
        event_id = row.id

    with database.transaction() as session:
        _set_session_zone(session, "Asia/Tokyo", database.dialect)
        stored = session.execute(
            select(EventRow.starts_at, EventRow.ends_at, EventRow.series_ends_at).where(
                EventRow.id == event_id
            )
        ).one()
        raw = session.execute(
            text("SELECT starts_at FROM events WHERE id = :id"), {"id": event_id}
        ).scalar_one()

    utc = instant.astimezone(UTC)
    for value in stored:
        assert value.tzinfo is not None
        assert value.utcoffset() == timedelta(0)
    # Compared in UTC: Python's == across zones is always False for a wall-clock time that
    # happens twice (PEP 495), which would hide whether the right one of the two came back.
    assert stored.starts_at == utc
    assert stored.series_ends_at == utc
    assert stored.ends_at == utc + timedelta(hours=2)
    assert stored.starts_at.timestamp() == instant.timestamp()
    # What the database holds is the UTC wall clock, unambiguous to anyone reading it.
    raw_value = raw if isinstance(raw, datetime) else datetime.fromisoformat(raw)
    assert raw_value == instant.astimezone(UTC).replace(tzinfo=None)


def test_instants_compare_and_order_as_instants(
    database: Database, make_event_row: Callable[..., EventRow]
) -> None:
    # The two 02:30s of the autumn night are an hour apart and must sort that way.
    first = datetime(2026, 10, 25, 2, 30, tzinfo=STOCKHOLM)
    second = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=STOCKHOLM)
    in_los_angeles = datetime(2026, 10, 24, 17, 45, tzinfo=LOS_ANGELES)  # 00:45 UTC, between
    with database.transaction() as session:
        for title, instant in [("andra", second), ("första", first), ("LA", in_los_angeles)]:
            session.add(make_event_row(title, starts_at=instant))

    with database.transaction() as session:
        ordered = session.scalars(select(EventRow.title).order_by(EventRow.starts_at)).all()
        between = session.scalars(
            select(EventRow.title).where(
                EventRow.starts_at > datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
            )
        ).all()
    assert ordered == ["första", "LA", "andra"]
    assert between == ["andra"]  # 02:30 CET is 01:30 UTC; 02:30 CEST is 00:30 UTC


def test_a_naive_datetime_is_refused_and_nothing_saved(
    database: Database, make_event_row: Callable[..., EventRow]
) -> None:
    naive = datetime(2026, 3, 12, 9, 0)
    row = make_event_row("Kurs utan tidszon", starts_at=naive)
    with pytest.raises(sa_exc.StatementError) as refused, database.transaction() as session:
        session.add(row)
    assert isinstance(refused.value.orig, ValueError)
    assert "refuses a naive datetime" in str(refused.value)

    with pytest.raises(sa_exc.StatementError, match="naive"), database.transaction() as session:
        session.execute(select(EventRow.id).where(EventRow.starts_at < naive)).all()

    with database.transaction() as session:
        assert session.scalars(select(EventRow.id)).all() == []
