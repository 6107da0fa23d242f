"""Playbooks: a coordinator's own lists of task templates (issue 15)

Revision ID: 0018
Revises: 0015
Create Date: 2026-12-07

The playbooks shipped with Eventplanner are read from the package, not stored; a copy a
coordinator makes to edit, or one imported from a file, is stored here, its templates in
``playbook_tasks`` (going with it when it is deleted). A playbook's name is unique whatever
its case (``name_key``, as venues' and tags').
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "playbooks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("event_kind", sa.String(length=40), nullable=True),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("description_sv", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_playbooks")),
    )
    op.create_index(op.f("ix_playbooks_name_key"), "playbooks", ["name_key"], unique=True)
    op.create_table(
        "playbook_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("playbook_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("title_en", sa.String(length=200), nullable=False),
        sa.Column("title_sv", sa.String(length=200), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("description_sv", sa.Text(), nullable=False),
        sa.Column("owner_role", sa.String(length=40), nullable=False),
        sa.Column("anchor_kind", sa.String(length=20), nullable=False),
        sa.Column("anchor_ref", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("day_off", sa.String(length=10), nullable=False),
        sa.Column("fallback_amount", sa.Integer(), nullable=True),
        sa.Column("fallback_unit", sa.String(length=20), nullable=True),
        sa.Column("fallback_direction", sa.String(length=10), nullable=True),
        sa.Column("fallback_day_off", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(
            ["playbook_id"],
            ["playbooks.id"],
            name=op.f("fk_playbook_tasks_playbook_id_playbooks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_playbook_tasks")),
        sa.UniqueConstraint("playbook_id", "key", name=op.f("uq_playbook_tasks_playbook_id")),
    )
    op.create_index(
        "ix_playbook_tasks_playbook_position", "playbook_tasks", ["playbook_id", "position"]
    )


def downgrade() -> None:
    op.drop_index("ix_playbook_tasks_playbook_position", table_name="playbook_tasks")
    op.drop_table("playbook_tasks")
    op.drop_index(op.f("ix_playbooks_name_key"), table_name="playbooks")
    op.drop_table("playbooks")
