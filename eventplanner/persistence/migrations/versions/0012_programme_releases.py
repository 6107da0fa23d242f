"""Releases of a programme: a frozen copy of an event's programme under a name and number

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

The programme's tables become the draft; what feeds, printed programmes and schedule files
publish is the event's latest release, kept whole as JSON in ``content`` (written and read
by ``services.programme.releases``) and never changed once written. A release goes with its
event when the event is deleted (``services.events.owned`` declares it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme_releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_programme_releases_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_releases")),
    )
    op.create_index(
        "ix_programme_releases_event_number",
        "programme_releases",
        ["event_id", "number"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("ix_programme_releases_event_number", table_name="programme_releases")
    op.drop_table("programme_releases")
