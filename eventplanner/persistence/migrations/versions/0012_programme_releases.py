"""Releases of a programme: a frozen copy of an event's programme under a name and number

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

The programme's tables become the draft; what feeds, printed programmes and schedule files
publish is the event's latest release, kept whole as JSON in ``content`` (written and read
by ``services.programme.releases``) and never changed once written. A release goes with its
event when the event is deleted (``services.events.owned`` declares it).

Feeds published every programme before this revision, so each event with sessions or phases
gets a first release of them as they stand ("Published before releases"): its subscribers'
calendars keep the sessions they have, under the same SEQUENCE (a release's own, 0, plus
the event's), until the coordinator releases again. Written here in the JSON format 1 of
``domain.release_content`` (then ``services.programme.release_content``) as it is today,
not through it, so the step stays as it was when that module changes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme_releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_programme_releases_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_releases")),
    )
    op.create_index(
        "ix_programme_releases_event_number",
        "programme_releases",
        ["event_id", "number"],
        unique=True,
    )
    _release_what_was_published()


_FIRST_NAME = "Published before releases"
_FIRST_NOTE = "The programme as feeds published it before releases came (made on upgrade)."


def _instant(value: datetime | str) -> str:
    """A stored instant (UTC; SQLite gives it back as text) in ISO 8601 with its offset."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return moment.isoformat()


def _rows(connection: sa.Connection, query: str) -> list[Any]:
    return list(connection.execute(sa.text(query)))


def _release_what_was_published() -> None:
    connection = op.get_bind()
    by_event: dict[int, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for r in _rows(connection, "SELECT id, event_id, name, digital, stream_url, recording_url, "
                   "position FROM stages ORDER BY position, id"):  # fmt: skip
        by_event[r.event_id]["stages"].append(
            [r.id, r.name, bool(r.digital), r.stream_url, r.recording_url, r.position]
        )
    for r in _rows(connection, "SELECT id, event_id, stage_id, title, description FROM blocks "
                   "ORDER BY id"):  # fmt: skip
        by_event[r.event_id]["blocks"].append([r.id, r.stage_id, r.title, r.description])
    session_events: dict[int, int] = {}
    for r in _rows(connection, "SELECT id, event_id, uid, title, starts_at, ends_at, kind, "
                   "stage_id, block_id, description, language FROM sessions "
                   "ORDER BY starts_at, id"):  # fmt: skip
        session_events[r.id] = r.event_id
        by_event[r.event_id]["sessions"].append(
            [r.id, r.uid, r.title, _instant(r.starts_at), _instant(r.ends_at), r.kind,
             r.stage_id, r.block_id, r.description, r.language]
        )  # fmt: skip
    for r in _rows(connection, "SELECT id, event_id, kind, name, starts_at, ends_at, public "
                   "FROM phases ORDER BY starts_at, id"):  # fmt: skip
        public = None if r.public is None else bool(r.public)
        by_event[r.event_id]["phases"].append(
            [r.id, r.kind, r.name, _instant(r.starts_at), _instant(r.ends_at), public]
        )
    wanted = {e for e, parts in by_event.items() if parts["sessions"] or parts["phases"]}
    if not wanted:
        return
    block_events = {r.id: r.event_id for r in _rows(connection, "SELECT id, event_id FROM blocks")}
    people_of = (
        ("event", "SELECT id, event_id AS target_id, contact_id, role, confirmation, note "
                  "FROM event_people ORDER BY id", None),
        ("block", "SELECT id, block_id AS target_id, contact_id, role, confirmation, note "
                  "FROM block_people ORDER BY id", block_events),
        ("session", "SELECT id, session_id AS target_id, contact_id, role, confirmation, note "
                    "FROM session_people ORDER BY id", session_events),
    )  # fmt: skip
    for target, query, events_of in people_of:
        for r in _rows(connection, query):
            event_id = r.target_id if events_of is None else events_of.get(r.target_id)
            if event_id in wanted:
                by_event[event_id]["people"].append(
                    [r.id, r.contact_id, r.role, target, r.target_id, r.confirmation, r.note]
                )
    for r in _rows(connection, "SELECT l.id, l.event_id, l.organisation_id, l.role, l.note, "
                   "o.name FROM event_organisations l JOIN organisations o "
                   "ON o.id = l.organisation_id ORDER BY l.id"):  # fmt: skip
        if r.event_id in wanted:
            by_event[r.event_id]["organisations"].append(
                [r.id, r.organisation_id, r.role, r.note, r.name]
            )
    contacts = _rows(connection, "SELECT c.id, c.name, o.name AS organisation FROM contacts c "
                     "LEFT JOIN organisations o ON o.id = c.organisation_id")  # fmt: skip
    cards = {r.id: [r.name, r.organisation or ""] for r in contacts}
    zones = {r.id: r.time_zone for r in _rows(connection, "SELECT id, time_zone FROM events")}
    now = datetime.now(UTC).replace(tzinfo=None)
    releases = sa.table(
        "programme_releases",
        sa.column("event_id", sa.Integer()), sa.column("number", sa.Integer()),
        sa.column("name", sa.String()), sa.column("note", sa.Text()),
        sa.column("released_at", sa.DateTime()), sa.column("content", sa.Text()),
    )  # fmt: skip
    made = []
    for event_id in sorted(wanted):
        parts = by_event[event_id]
        people = parts["people"]
        content = {
            "format": 1,
            "time_zone": zones[event_id],
            "stages": parts["stages"],
            "blocks": parts["blocks"],
            "sessions": parts["sessions"],
            "phases": parts["phases"],
            "people": people,
            "organisations": parts["organisations"],
            "contacts": {str(p[1]): cards[p[1]] for p in people if p[1] in cards},
            "session_sequences": {},
            "phase_sequences": {},
        }
        made.append({
            "event_id": event_id, "number": 1, "name": _FIRST_NAME, "note": _FIRST_NOTE,
            "released_at": now,
            "content": json.dumps(content, ensure_ascii=False, separators=(",", ":"),
                                  sort_keys=True),
        })  # fmt: skip
    op.bulk_insert(releases, made)


def downgrade() -> None:
    op.drop_index("ix_programme_releases_event_number", table_name="programme_releases")
    op.drop_table("programme_releases")
