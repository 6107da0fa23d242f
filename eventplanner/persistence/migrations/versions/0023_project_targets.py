"""A project's targets for the funder's report (issue 16)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07

``project_targets`` hang on a project (not on an event: no snapshot holds them). Written on
its own branch beside 0022 (contacts' anonymised_at), re-chained after it at merge.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("event_kind", sa.String(length=40), nullable=True),
        sa.Column("first_day", sa.Date(), nullable=True),
        sa.Column("last_day", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_project_targets_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_targets")),
    )
    op.create_index(
        op.f("ix_project_targets_project_id"), "project_targets", ["project_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_project_targets_project_id"), table_name="project_targets")
    op.drop_table("project_targets")
