"""Feeds choose the language of their categories: a language column, automatic ("") for all

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

A feed writes each event's kind as a category in its calendar's language. Until now that
language was only told from the feed's texts; a coordinator may now set it to Swedish
("sv") or English ("en"). Feeds that exist keep being told from their texts ("").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added in place (never by copying the table, which other rows reference); the server
    # default fills the rows that exist, on SQLite as on PostgreSQL.
    op.add_column(
        "feeds",
        sa.Column("language", sa.String(length=2), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_column("feeds", "language")
