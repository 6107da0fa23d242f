"""Participants and registrations (issue 16): organisations' identity, public or closed
events, session capacity, and the registrations of people to events

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07

Organisations get their Swedish organisation number (unique, NNNNNN-NNNN), country, size
and actor type; contacts the key they are matched by (their e-mail in lower case); events
whether they are public or closed; sessions a capacity of their own. ``registrations``
(and the sessions each chose) hang on an event and are part of its snapshot
(``services.events.owned``). Columns are added in place: the server defaults fill the rows
that exist, on SQLite as on PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


_BATCH = 1000


def _email_key(email: str) -> str:
    # A frozen copy of domain.validation.email_key as of this revision. Computed here, not
    # with SQL lower(), which folds only ASCII on SQLite ("ÅSA@" would not match "åsa@").
    return email.strip().lower()


def _fill_email_keys(connection: sa.Connection) -> None:
    """Every contact's key, read and written a batch at a time (in id order)."""
    contacts = sa.table(
        "contacts", sa.column("id", sa.Integer), sa.column("email", sa.String),
        sa.column("email_key", sa.String),
    )  # fmt: skip
    update = (
        sa.update(contacts)
        .where(contacts.c.id == sa.bindparam("ident"))
        .values(email_key=sa.bindparam("key"))
    )
    last = 0
    while True:
        batch = connection.execute(
            sa.select(contacts.c.id, contacts.c.email)
            .where(contacts.c.id > last)
            .order_by(contacts.c.id)
            .limit(_BATCH)
        ).all()
        if not batch:
            return
        connection.execute(
            update, [{"ident": ident, "key": _email_key(email or "")} for ident, email in batch]
        )
        last = batch[-1][0]


def upgrade() -> None:
    op.add_column("organisations", sa.Column("org_number", sa.String(length=40), nullable=True))
    op.add_column(
        "organisations",
        sa.Column("country", sa.String(length=2), nullable=False, server_default="SE"),
    )
    op.add_column("organisations", sa.Column("size", sa.String(length=10), nullable=True))
    op.add_column("organisations", sa.Column("actor_type", sa.String(length=30), nullable=True))
    op.create_index(
        op.f("ix_organisations_org_number"), "organisations", ["org_number"], unique=True
    )
    op.add_column(
        "contacts",
        sa.Column("email_key", sa.String(length=320), nullable=False, server_default=""),
    )
    _fill_email_keys(op.get_bind())
    op.create_index(op.f("ix_contacts_email_key"), "contacts", ["email_key"], unique=False)
    op.add_column(
        "events", sa.Column("public", sa.Boolean(), nullable=False, server_default=sa.true())
    )
    op.add_column("sessions", sa.Column("capacity", sa.Integer(), nullable=True))
    op.create_table(
        "registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("priority_reason", sa.Text(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_registrations_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_registrations_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
        sa.UniqueConstraint("event_id", "contact_id", name=op.f("uq_registrations_event_id")),
    )
    op.create_index(
        "ix_registrations_event_status", "registrations", ["event_id", "status"], unique=False
    )
    op.create_index(
        "ix_registrations_contact", "registrations", ["contact_id", "event_id"], unique=False
    )
    op.create_table(
        "registration_sessions",
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_registration_sessions_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_registration_sessions_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "registration_id", "session_id", name=op.f("pk_registration_sessions")
        ),
    )
    op.create_index(
        op.f("ix_registration_sessions_session_id"),
        "registration_sessions",
        ["session_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_registration_sessions_session_id"), table_name="registration_sessions")
    op.drop_table("registration_sessions")
    op.drop_index("ix_registrations_contact", table_name="registrations")
    op.drop_index("ix_registrations_event_status", table_name="registrations")
    op.drop_table("registrations")
    # Dropped in place (as 0006), never by copying a table that other rows reference.
    op.drop_column("sessions", "capacity")
    op.drop_column("events", "public")
    op.drop_index(op.f("ix_contacts_email_key"), table_name="contacts")
    op.drop_column("contacts", "email_key")
    op.drop_index(op.f("ix_organisations_org_number"), table_name="organisations")
    for column in ("actor_type", "size", "country", "org_number"):
        op.drop_column("organisations", column)
