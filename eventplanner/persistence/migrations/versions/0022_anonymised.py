"""Contacts anonymised (issue 16, personal data): when a person's identity was dropped

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07

A person anonymised keeps their record (so their registrations, organisation and the reach
counts stay) with name, e-mail, phone and title cleared and ``anonymised_at`` set (UTC);
NULL for everyone else. Written on a parallel branch as 0022 after the budget's 0021: the
lead re-chains (renumbers) this when merging.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contacts", sa.Column("anonymised_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # Not a batch (which on SQLite copies the table and drops the old one: refused while
    # registrations and roles point at contacts); SQLite drops a plain column in place.
    op.drop_column("contacts", "anonymised_at")
