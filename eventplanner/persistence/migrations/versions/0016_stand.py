"""The stand at a fair: the stand, its fair organiser's deadlines, co-exhibitors, the staff
named for badges and the materials shipped to it

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-07

Every table here hangs on an event through its stand (one per event) and is part of its
snapshot (``services.events.owned``). The lead renumbers the chain when merging after the
tasks' 0015.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("organiser_id", sa.Integer(), nullable=True),
        sa.Column("hall", sa.String(length=200), nullable=False),
        sa.Column("booth", sa.String(length=200), nullable=False),
        sa.Column("area", sa.Float(), nullable=True),
        sa.Column("stand_type", sa.String(length=20), nullable=False),
        sa.Column("lead_contact_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_stands_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["lead_contact_id"],
            ["contacts.id"],
            name=op.f("fk_stands_lead_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organiser_id"],
            ["organisations.id"],
            name=op.f("fk_stands_organiser_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stands")),
        sa.UniqueConstraint("event_id", name=op.f("uq_stands_event_id")),
    )
    op.create_index(op.f("ix_stands_lead_contact_id"), "stands", ["lead_contact_id"], unique=False)
    op.create_index(op.f("ix_stands_organiser_id"), "stands", ["organiser_id"], unique=False)
    op.create_table(
        "co_exhibitors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stand_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("area", sa.Float(), nullable=True),
        sa.Column("fee", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("staff_quota", sa.Integer(), nullable=False),
        sa.Column("badge_quota", sa.Integer(), nullable=False),
        sa.Column("brings", sa.Text(), nullable=False),
        sa.Column("power_kw", sa.Float(), nullable=True),
        sa.Column("floor_m2", sa.Float(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_co_exhibitors_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_co_exhibitors_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["stand_id"],
            ["stands.id"],
            name=op.f("fk_co_exhibitors_stand_id_stands"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_co_exhibitors")),
    )
    op.create_index(
        op.f("ix_co_exhibitors_contact_id"), "co_exhibitors", ["contact_id"], unique=False
    )
    op.create_index(
        op.f("ix_co_exhibitors_organisation_id"), "co_exhibitors", ["organisation_id"], unique=False
    )
    op.create_index(
        "ix_co_exhibitors_stand_organisation",
        "co_exhibitors",
        ["stand_id", "organisation_id"],
        unique=True,
    )
    op.create_table(
        "stand_materials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stand_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("packer_id", sa.Integer(), nullable=True),
        sa.Column("shipper_id", sa.Integer(), nullable=True),
        sa.Column("returner_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["packer_id"],
            ["contacts.id"],
            name=op.f("fk_stand_materials_packer_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["returner_id"],
            ["contacts.id"],
            name=op.f("fk_stand_materials_returner_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["shipper_id"],
            ["contacts.id"],
            name=op.f("fk_stand_materials_shipper_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["stand_id"],
            ["stands.id"],
            name=op.f("fk_stand_materials_stand_id_stands"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stand_materials")),
    )
    op.create_index(
        op.f("ix_stand_materials_packer_id"), "stand_materials", ["packer_id"], unique=False
    )
    op.create_index(
        op.f("ix_stand_materials_returner_id"), "stand_materials", ["returner_id"], unique=False
    )
    op.create_index(
        op.f("ix_stand_materials_shipper_id"), "stand_materials", ["shipper_id"], unique=False
    )
    op.create_index(
        op.f("ix_stand_materials_stand_id"), "stand_materials", ["stand_id"], unique=False
    )
    op.create_table(
        "exhibitor_staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stand_id", sa.Integer(), nullable=False),
        sa.Column("co_exhibitor_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("badge", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["co_exhibitor_id"],
            ["co_exhibitors.id"],
            name=op.f("fk_exhibitor_staff_co_exhibitor_id_co_exhibitors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_exhibitor_staff_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["stand_id"],
            ["stands.id"],
            name=op.f("fk_exhibitor_staff_stand_id_stands"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exhibitor_staff")),
    )
    op.create_index(
        op.f("ix_exhibitor_staff_co_exhibitor_id"),
        "exhibitor_staff",
        ["co_exhibitor_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_exhibitor_staff_contact_id"), "exhibitor_staff", ["contact_id"], unique=False
    )
    op.create_index(
        op.f("ix_exhibitor_staff_stand_id"), "exhibitor_staff", ["stand_id"], unique=False
    )
    op.create_table(
        "stand_deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stand_id", sa.Integer(), nullable=False),
        sa.Column("co_exhibitor_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["co_exhibitor_id"],
            ["co_exhibitors.id"],
            name=op.f("fk_stand_deadlines_co_exhibitor_id_co_exhibitors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stand_id"],
            ["stands.id"],
            name=op.f("fk_stand_deadlines_stand_id_stands"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stand_deadlines")),
    )
    op.create_index(
        op.f("ix_stand_deadlines_co_exhibitor_id"),
        "stand_deadlines",
        ["co_exhibitor_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_stand_deadlines_stand_id"), "stand_deadlines", ["stand_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_stand_deadlines_stand_id"), table_name="stand_deadlines")
    op.drop_index(op.f("ix_stand_deadlines_co_exhibitor_id"), table_name="stand_deadlines")
    op.drop_table("stand_deadlines")
    op.drop_index(op.f("ix_exhibitor_staff_stand_id"), table_name="exhibitor_staff")
    op.drop_index(op.f("ix_exhibitor_staff_contact_id"), table_name="exhibitor_staff")
    op.drop_index(op.f("ix_exhibitor_staff_co_exhibitor_id"), table_name="exhibitor_staff")
    op.drop_table("exhibitor_staff")
    op.drop_index(op.f("ix_stand_materials_stand_id"), table_name="stand_materials")
    op.drop_index(op.f("ix_stand_materials_shipper_id"), table_name="stand_materials")
    op.drop_index(op.f("ix_stand_materials_returner_id"), table_name="stand_materials")
    op.drop_index(op.f("ix_stand_materials_packer_id"), table_name="stand_materials")
    op.drop_table("stand_materials")
    op.drop_index("ix_co_exhibitors_stand_organisation", table_name="co_exhibitors")
    op.drop_index(op.f("ix_co_exhibitors_organisation_id"), table_name="co_exhibitors")
    op.drop_index(op.f("ix_co_exhibitors_contact_id"), table_name="co_exhibitors")
    op.drop_table("co_exhibitors")
    op.drop_index(op.f("ix_stands_organiser_id"), table_name="stands")
    op.drop_index(op.f("ix_stands_lead_contact_id"), table_name="stands")
    op.drop_table("stands")
