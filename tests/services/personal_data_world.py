"""A person named in every place a person can be (``links.CONTACT_LINKS``), beside others,
for the personal-data tests: registrations of a past and a future event, a role on the
event, a block and a session, a shift, skills, availability, a task, a stand they lead, a
co-exhibitor they are the contact of, a badge, materials, and a programme release."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, insert, select

from eventplanner.domain.model import Contact, EventDraft, Organisation
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence.schema import Base
from eventplanner.services.workspace import Workspace

PAST = datetime(2025, 3, 11, 12, 0, tzinfo=UTC)
FUTURE = datetime(2027, 4, 20, 11, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class World:
    past: int
    future: int
    anna: int
    """Named everywhere; registered for the past event (seated) and the future one."""
    bo: int
    """Seated on the past event, nothing else."""
    cecilia: int
    """Waiting for the past event."""
    david: int
    """Seated on the future event only."""
    abb: int
    session: int


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _insert(workspace: Workspace, table: str, **values: Any) -> int:
    with workspace.database.transaction() as session:
        result = session.execute(insert(_table(table)).values(**values))
        key = result.inserted_primary_key
        return int(key[0]) if key and key[0] is not None else 0


def build_world(workspace: Workspace) -> World:
    abb = workspace.organisations.create(
        Organisation(None, "ABB Robotics", org_number="5560297813")
    )
    past = workspace.events.create(
        EventDraft("Stålseminariet", TimedSpan(PAST, PAST + timedelta(hours=3)), capacity=2)
    ).event.id
    future = workspace.events.create(
        EventDraft("Automation Expo", TimedSpan(FUTURE, FUTURE + timedelta(hours=6)))
    ).event.id
    people = [
        workspace.contacts.create(
            Contact(None, name, email, "+46 70 123 45 67", abb.id, "Engineer")
        ).id
        or 0
        for name, email in (
            ("Anna Berg", "anna.berg@abb.se"),
            ("Bo Ek", "bo.ek@abb.se"),
            ("Cecilia Lind", "cecilia@abb.se"),
            ("David Holm", "david@abb.se"),
        )
    ]
    anna, bo, cecilia, david = people
    registrations = workspace.registrations
    registrations.register(past, anna, status=RegistrationStatus.ATTENDED, needs="vegan")
    registrations.register(past, bo)
    registrations.register(past, cecilia)  # waits: two seats, both taken
    registrations.register(future, anna, needs="wheelchair access")
    registrations.register(future, david)
    stage = _insert(workspace, "stages", event_id=future, name="Main stage", version=1)
    block = _insert(workspace, "blocks", event_id=future, stage_id=stage, title="Morning",
                    version=1)  # fmt: skip
    session = _insert(
        workspace, "sessions", event_id=future, uid="s1@ep", title="Opening keynote",
        kind="keynote", starts_at=FUTURE, ends_at=FUTURE + timedelta(hours=1), stage_id=stage,
        block_id=block, version=1,
    )  # fmt: skip
    _insert(workspace, "event_people", event_id=future, contact_id=anna, role="host",
            note="Anna brings her own laptop", version=1)  # fmt: skip
    _insert(workspace, "block_people", block_id=block, contact_id=anna, role="moderator",
            version=1)  # fmt: skip
    _insert(workspace, "session_people", session_id=session, contact_id=anna, role="speaker",
            note="prefers a headset", version=1)  # fmt: skip
    shift = _insert(
        workspace, "shifts", event_id=future, uid="sh1@ep", kind="build_up", title="",
        starts_at=FUTURE - timedelta(days=1), ends_at=FUTURE - timedelta(hours=20),
        created_at=NOW, modified_at=NOW, version=1,
    )  # fmt: skip
    _insert(workspace, "shift_people", shift_id=shift, contact_id=anna, reason="knows the hall",
            version=1)  # fmt: skip
    _insert(workspace, "contact_skills", contact_id=anna, skill_key="english", skill="English")
    _insert(
        workspace, "contact_availability", contact_id=anna, starts_at=FUTURE,
        ends_at=FUTURE + timedelta(hours=2), available=False, note="dentist", version=1,
    )  # fmt: skip
    _insert(workspace, "tasks", event_id=future, uid="t1@ep", title="Book the stand",
            owner_contact_id=anna, due_date=date(2027, 1, 20), created_at=NOW,
            modified_at=NOW, version=1)  # fmt: skip
    stand = _insert(workspace, "stands", event_id=future, lead_contact_id=anna, booth="B12",
                    version=1)  # fmt: skip
    _insert(workspace, "co_exhibitors", stand_id=stand, organisation_id=abb.id,
            contact_id=anna, version=1)  # fmt: skip
    _insert(workspace, "exhibitor_staff", stand_id=stand, contact_id=anna, name="Anna Berg",
            version=1)  # fmt: skip
    _insert(workspace, "stand_materials", stand_id=stand, item="Roll-up", packer_id=anna,
            shipper_id=anna, returner_id=anna, version=1)  # fmt: skip
    content = {"format": 1, "contacts": {str(anna): ["Anna Berg", "ABB Robotics"]}}
    _insert(workspace, "programme_releases", event_id=future, number=1, name="First",
            released_at=NOW,
            content=json.dumps(content, sort_keys=True, separators=(",", ":")))  # fmt: skip
    return World(past, future, anna, bo, cecilia, david, abb.id or 0, session)


def dump(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, without row versions (what an exact undo keeps equal)."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with workspace.database.reading() as session:
        for name, table in sorted(Base.metadata.tables.items()):
            if name in {"change_notices"}:
                continue
            columns = [c for c in table.columns if c.name != "version"]
            rows = session.execute(select(*columns).order_by(*table.primary_key.columns))
            found[name] = [tuple(r) for r in rows]
    return found
