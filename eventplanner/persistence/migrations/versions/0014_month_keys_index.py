"""SQLite: a narrow covering index of the month's single events by row version, and an
index of the series without end

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

A window reads its month again after every change, and most of its events are as they were.
This index holds, in the month index's order, what tells which single events a month holds
and whether each is one already read (id, UID and row version), with the columns a window's
kind, status, venue and project choices look at: a fifth of the month index's width, so the
month's thousand rows are a few pages. Only the rows not read before are then read whole
(through the month index of 0003, or by id). SQLite's alone, like 0003's.

The series without end are looked for at every read too: by the window index of 0001 that
meant walking every series (a third of a millisecond of a month); by the series' end first,
they are an index range away.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Frozen copies of persistence.schema.MONTH_KEYS_INDEX and ENDLESS_INDEX and their columns
# as of this revision.
_INDEXES = {
    "ix_events_month_keys_sqlite": (
        "is_recurring, starts_at, ends_at, all_day, uid, version, kind, status, venue_id, "
        "project_id"
    ),
    "ix_events_endless_sqlite": "is_recurring, series_ends_at, starts_at",
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, columns in _INDEXES.items():
            op.execute(f"CREATE INDEX {name} ON events ({columns})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _INDEXES:
            op.execute(f"DROP INDEX {name}")
