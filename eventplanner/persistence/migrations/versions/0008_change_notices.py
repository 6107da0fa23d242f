"""The live team view on SQLite: a table of the last writes' change sets

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

SQLite has no notices: a window learns that another one wrote to the file from ``PRAGMA
data_version``, and reads what that write changed, and whose it was, here. (Numbered 0008,
not 0007, as another change of the same issue takes 0007: whichever is merged second
revises the other.)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_notices")),
    )


def downgrade() -> None:
    op.drop_table("change_notices")
