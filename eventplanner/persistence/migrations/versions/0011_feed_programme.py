"""Feeds publish programmes: a programme_json column, "{}" (none) for the feeds that exist

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

A feed may publish its events' sessions as entries of their own (all, or one stage's, with
or without breaks), their phases (the public ones, or all for the staff), or be a person's
feed: everything one contact is in. Kept as JSON, as the feed's filter is; feeds that exist
publish their events only, as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added in place, as 0006 added the language: the server default fills existing rows.
    op.add_column(
        "feeds",
        sa.Column("programme_json", sa.Text(), nullable=False, server_default="{}"),
    )


def downgrade() -> None:
    op.drop_column("feeds", "programme_json")
