"""The database's settings and the organisation's own days off (issue 15)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-08

Which days are working days is the database's, shared by everyone on it: whether the bridge
days (klämdagar) count as days off is a row of ``settings`` (a key and its JSON value), and
the organisation's own days off (a staff day) are rows of ``own_days_off``, each day once.
A database without them counts by the law's calendar alone, as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settings")),
        sa.UniqueConstraint("key", name=op.f("uq_settings_key")),
    )
    op.create_table(
        "own_days_off",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_own_days_off")),
        sa.UniqueConstraint("day", name=op.f("uq_own_days_off_day")),
    )


def downgrade() -> None:
    op.drop_table("own_days_off")
    op.drop_table("settings")
