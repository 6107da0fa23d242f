"""Budget lines of events and projects (issue 16)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07

A line belongs to an event (part of its snapshot, ``services.events.owned``) or to a project
with no event. Amounts are minor units (öre, cents) of the line's currency, with its rate to
SEK. Co-exhibitors' shares are not stored: they are worked out from the stand when read. The
lead re-chains this after the registrations' 0020 when merging.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "budget_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("planned_minor", sa.BigInteger(), nullable=False),
        sa.Column("actual_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.Numeric(precision=14, scale=6), nullable=True),
        sa.Column("supplier", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_budget_lines_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_budget_lines_project_id_projects"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_lines")),
    )
    op.create_index(op.f("ix_budget_lines_event_id"), "budget_lines", ["event_id"], unique=False)
    op.create_index(
        op.f("ix_budget_lines_project_id"), "budget_lines", ["project_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_budget_lines_project_id"), table_name="budget_lines")
    op.drop_index(op.f("ix_budget_lines_event_id"), table_name="budget_lines")
    op.drop_table("budget_lines")
