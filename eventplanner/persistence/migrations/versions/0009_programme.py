"""The programme: stages, blocks, sessions, phases, people's and organisations' roles, and
contacts' availability (issue 14)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

Every table but availability hangs on an event (``services.events.owned`` declares them),
and goes with it when it is deleted. ``ix_session_people_contact`` and
``ix_sessions_starts_ends`` serve the person-conflict query: a contact's sessions from the
first, their times by key, and the sessions of a period from the second.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _person_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("confirmation", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _contact_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["contact_id"], ["contacts.id"], name=op.f(f"fk_{table}_contact_id_contacts")
    )


def _event_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["event_id"], ["events.id"], name=op.f(f"fk_{table}_event_id_events"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("digital", sa.Boolean(), nullable=False),
        sa.Column("stream_url", sa.Text(), nullable=False),
        sa.Column("recording_url", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _event_key("stages"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stages")),
    )
    op.create_index(op.f("ix_stages_event_id"), "stages", ["event_id"], unique=False)

    op.create_table(
        "blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _event_key("blocks"),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stages.id"], name=op.f("fk_blocks_stage_id_stages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blocks")),
    )
    op.create_index(op.f("ix_blocks_event_id"), "blocks", ["event_id"], unique=False)
    op.create_index(op.f("ix_blocks_stage_id"), "blocks", ["stage_id"], unique=False)

    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=True),
        sa.Column("block_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _event_key("sessions"),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stages.id"], name=op.f("fk_sessions_stage_id_stages")
        ),
        sa.ForeignKeyConstraint(
            ["block_id"], ["blocks.id"], name=op.f("fk_sessions_block_id_blocks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
        sa.UniqueConstraint("uid", name=op.f("uq_sessions_uid")),
    )
    op.create_index("ix_sessions_event_starts", "sessions", ["event_id", "starts_at"])
    op.create_index("ix_sessions_starts_ends", "sessions", ["starts_at", "ends_at", "id"])
    op.create_index(op.f("ix_sessions_stage_id"), "sessions", ["stage_id"], unique=False)
    op.create_index(op.f("ix_sessions_block_id"), "sessions", ["block_id"], unique=False)

    op.create_table(
        "phases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        _event_key("phases"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phases")),
    )
    op.create_index(op.f("ix_phases_event_id"), "phases", ["event_id"], unique=False)

    op.create_table(
        "event_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        *_person_columns(),
        _event_key("event_people"),
        _contact_key("event_people"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_people")),
    )
    op.create_index(op.f("ix_event_people_event_id"), "event_people", ["event_id"])
    op.create_index("ix_event_people_contact", "event_people", ["contact_id", "event_id"])

    op.create_table(
        "block_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("block_id", sa.Integer(), nullable=False),
        *_person_columns(),
        sa.ForeignKeyConstraint(
            ["block_id"],
            ["blocks.id"],
            name=op.f("fk_block_people_block_id_blocks"),
            ondelete="CASCADE",
        ),
        _contact_key("block_people"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_block_people")),
    )
    op.create_index(op.f("ix_block_people_block_id"), "block_people", ["block_id"])
    op.create_index("ix_block_people_contact", "block_people", ["contact_id", "block_id"])

    op.create_table(
        "session_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        *_person_columns(),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_people_session_id_sessions"),
            ondelete="CASCADE",
        ),
        _contact_key("session_people"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_people")),
    )
    op.create_index(op.f("ix_session_people_session_id"), "session_people", ["session_id"])
    op.create_index("ix_session_people_contact", "session_people", ["contact_id", "session_id"])

    op.create_table(
        "event_organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _event_key("event_organisations"),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_event_organisations_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_organisations")),
    )
    op.create_index(op.f("ix_event_organisations_event_id"), "event_organisations", ["event_id"])
    op.create_index(
        op.f("ix_event_organisations_organisation_id"), "event_organisations", ["organisation_id"]
    )

    op.create_table(
        "contact_availability",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("available", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_availability_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_availability")),
    )
    op.create_index(
        "ix_contact_availability_contact", "contact_availability", ["contact_id", "starts_at"]
    )


def downgrade() -> None:
    for table in (
        "contact_availability", "event_organisations", "session_people", "block_people",
        "event_people", "phases", "sessions", "blocks", "stages",
    ):  # fmt: skip
        op.drop_table(table)
