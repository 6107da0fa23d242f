"""The sessions-by-time index holds each session's event, stage and block too; a stage's
sessions are indexed by time

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-07

The Conflicts view reads a year of the programme: tens of thousands of sessions, of which
it needs first only when each is, on which stage, of which event and in which block, to
find the few that can be in a conflict. With those beside the start, end and id in the
index, the sessions of a period are read from the index alone instead of looking up every
row of the table (most of the view's reading). The index keeps its name and its leading
columns, so the person-conflict query uses it as before.

Two sessions on one stage at once are then found from each session of the period by the
stage's sessions that start within it: ``ix_sessions_stage_starts`` (stage, start, end)
answers that from the index alone, and stands in for ``ix_sessions_stage_id`` (the
stage's foreign key alone), which it begins with.
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_NAME = "ix_sessions_starts_ends"
_STAGE = "ix_sessions_stage_starts"
_STAGE_BEFORE = "ix_sessions_stage_id"


def upgrade() -> None:
    op.drop_index(_NAME, table_name="sessions")
    op.create_index(
        _NAME,
        "sessions",
        ["starts_at", "ends_at", "id", "event_id", "stage_id", "block_id"],
        unique=False,
    )
    op.drop_index(_STAGE_BEFORE, table_name="sessions")
    op.create_index(_STAGE, "sessions", ["stage_id", "starts_at", "ends_at"], unique=False)


def downgrade() -> None:
    op.drop_index(_STAGE, table_name="sessions")
    op.create_index(_STAGE_BEFORE, "sessions", ["stage_id"], unique=False)
    op.drop_index(_NAME, table_name="sessions")
    op.create_index(_NAME, "sessions", ["starts_at", "ends_at", "id"], unique=False)
