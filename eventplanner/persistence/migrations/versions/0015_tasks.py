"""Tasks: deadlines with an owner, on an event or on none, and deadline feeds

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

A task hangs on an event (``services.events.owned`` declares it: it goes with the event when
deleted, comes back with an undo, is copied by a duplicate) or on none. A task worked out
from a relative rule keeps the rule (anchor, amount, unit, direction, day off), so that it
moves with the event. ``feeds.tasks_json`` makes a feed a deadline feed (an owner's or an
event's tasks as all-day entries).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("owner_contact_id", sa.Integer(), nullable=True),
        sa.Column("owner_role", sa.String(length=40), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by", sa.String(length=200), nullable=False),
        sa.Column("anchor_kind", sa.String(length=20), nullable=True),
        sa.Column("anchor_phase_id", sa.Integer(), nullable=True),
        sa.Column("anchor_task_id", sa.Integer(), nullable=True),
        sa.Column("anchor_ref", sa.String(length=200), nullable=True),
        sa.Column("amount", sa.Integer(), nullable=True),
        sa.Column("unit", sa.String(length=20), nullable=True),
        sa.Column("direction", sa.String(length=10), nullable=True),
        sa.Column("day_off", sa.String(length=10), nullable=True),
        sa.Column("moved_reason", sa.Text(), nullable=True),
        sa.Column("template_key", sa.String(length=200), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_tasks_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["owner_contact_id"],
            ["contacts.id"],
            name=op.f("fk_tasks_owner_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["anchor_phase_id"],
            ["phases.id"],
            name=op.f("fk_tasks_anchor_phase_id_phases"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["anchor_task_id"],
            ["tasks.id"],
            name=op.f("fk_tasks_anchor_task_id_tasks"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
        sa.UniqueConstraint("uid", name=op.f("uq_tasks_uid")),
    )
    op.create_index("ix_tasks_due", "tasks", ["due_date", "id"])
    op.create_index("ix_tasks_owner_due", "tasks", ["owner_contact_id", "due_date"])
    op.create_index("ix_tasks_event_due", "tasks", ["event_id", "due_date"])
    op.create_index("ix_tasks_anchor_task", "tasks", ["anchor_task_id"])
    op.create_index("ix_tasks_anchor_phase", "tasks", ["anchor_phase_id"])
    # Added in place, as 0011 added the programme: the server default fills existing rows.
    op.add_column("feeds", sa.Column("tasks_json", sa.Text(), nullable=False, server_default="{}"))


def downgrade() -> None:
    op.drop_column("feeds", "tasks_json")
    for name in (
        "ix_tasks_anchor_phase",
        "ix_tasks_anchor_task",
        "ix_tasks_event_due",
        "ix_tasks_owner_due",
        "ix_tasks_due",
    ):
        op.drop_index(name, table_name="tasks")
    op.drop_table("tasks")
