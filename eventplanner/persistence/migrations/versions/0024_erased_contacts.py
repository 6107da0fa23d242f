"""Contacts erased (issue 16, personal data): the ids of people erased, and when

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07

An erasure deletes the person; ``erased_contacts`` keeps their id (which says nothing of
them, and no foreign key: the contact is gone) so that an event's delete taken before the
erasure, when undone, leaves out what erasing would have and names them in a release by the
anonymous name, where a contact deleted by hand keeps a badge named as it was. The
erasure's undo removes the row. Written on its own branch after 0023 (project targets): the
lead re-chains (renumbers) this when merging.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erased_contacts",
        sa.Column("contact_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_erased_contacts")),
    )


def downgrade() -> None:
    op.drop_table("erased_contacts")
