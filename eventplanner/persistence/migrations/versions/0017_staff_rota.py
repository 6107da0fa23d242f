"""The staff rota: an event's shifts, the people on them, and contacts' skills

Revision ID: 0017
Revises: 0014
Create Date: 2026-12-07

Shifts hang on an event (deleted with it, part of its snapshot: ``services.events.owned``);
their instants are UTC as a session's are. A shift's required skills are a text list (one a
line); a contact's skills a table of their own, compared by ``skill_key`` (case and spaces
folded).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("needed", sa.Integer(), nullable=False),
        sa.Column("skills", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_shifts_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shifts")),
        sa.UniqueConstraint("uid", name=op.f("uq_shifts_uid")),
    )
    op.create_index("ix_shifts_event_starts", "shifts", ["event_id", "starts_at"])
    op.create_index("ix_shifts_starts_ends", "shifts", ["starts_at", "ends_at"])
    op.create_table(
        "shift_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"],
            ["shifts.id"],
            name=op.f("fk_shift_people_shift_id_shifts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_shift_people_contact_id_contacts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift_people")),
        sa.UniqueConstraint("shift_id", "contact_id", name=op.f("uq_shift_people_shift_id")),
    )
    op.create_index("ix_shift_people_shift_id", "shift_people", ["shift_id"])
    op.create_index("ix_shift_people_contact", "shift_people", ["contact_id", "shift_id"])
    op.create_table(
        "contact_skills",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("skill_key", sa.String(length=100), nullable=False),
        sa.Column("skill", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_skills_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", "skill_key", name=op.f("pk_contact_skills")),
    )


def downgrade() -> None:
    op.drop_table("contact_skills")
    op.drop_index("ix_shift_people_contact", table_name="shift_people")
    op.drop_index("ix_shift_people_shift_id", table_name="shift_people")
    op.drop_table("shift_people")
    op.drop_index("ix_shifts_starts_ends", table_name="shifts")
    op.drop_index("ix_shifts_event_starts", table_name="shifts")
    op.drop_table("shifts")
