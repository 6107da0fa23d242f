"""An event deleted, then a person anonymised or erased, then the delete undone: what the
event's snapshot held about the person stays forgotten (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

from sqlalchemy import select

from eventplanner.persistence.schema import Base
from eventplanner.services.workspace import Workspace
from tests.services.personal_data_world import NOW, build_world

_TEXTS = {
    "registrations": ("needs", "priority_reason"),
    "event_people": ("note",),
    "session_people": ("note",),
    "shift_people": ("reason",),
    "exhibitor_staff": ("name",),
    "programme_releases": ("content",),
}


def _texts(workspace: Workspace) -> str:
    """Every free text of the places a person is named, as one string."""
    found: list[str] = []
    with workspace.database.reading() as session:
        for name, columns in _TEXTS.items():
            table = Base.metadata.tables[name]
            for row in session.execute(select(*(table.c[c] for c in columns))):
                found += [str(v) for v in row if v is not None]
    return json.dumps(found, ensure_ascii=False)


def test_anonymising_then_undoing_a_delete_brings_back_no_personal_text(
    workspace: Workspace,
) -> None:
    world = build_world(workspace)
    deleted = workspace.events.delete(world.future)
    workspace.personal_data.anonymise([world.anna], at=NOW)
    workspace.events.restore(deleted.snapshot)

    held = workspace.personal_data.holdings(world.anna)
    registrations = [(r.value("event_id"), r.value("needs")) for r in held.of("registrations")]
    assert sorted(registrations) == sorted([(world.past, ""), (world.future, "")])
    assert [r.value("note") for r in held.of("event_roles")] == [""]
    assert [r.value("note") for r in held.of("session_roles")] == [""]
    assert [r.value("reason") for r in held.of("shifts")] == [""]
    assert [r.value("name") for r in held.of("stand_staff")] == [f"Anonymised {world.anna}"]
    texts = _texts(workspace)
    for said in ("wheelchair", "laptop", "headset", "knows the hall", "Anna Berg"):
        assert said not in texts
    # What the reach counts need came back: the registration, the roles, the shift.
    assert len(held.of("session_roles")) == 1 and held.of("tasks_owned")


def test_erasing_then_undoing_a_delete_brings_back_none_of_their_records_or_notes(
    workspace: Workspace,
) -> None:
    """Not covered yet: a stand badge's copy of the name comes back unlinked and a
    release's copy as it was, as after a contact deleted by hand (an erased contact leaves
    no trace to tell the two apart)."""
    world = build_world(workspace)
    deleted = workspace.events.delete(world.future)
    workspace.personal_data.erase([world.anna])
    workspace.events.restore(deleted.snapshot)

    texts = _texts(workspace)
    for said in ("wheelchair", "laptop", "headset", "knows the hall"):
        assert said not in texts
    with workspace.database.reading() as session:
        for name in ("registrations", "event_people", "session_people", "shift_people"):
            table = Base.metadata.tables[name]
            assert not session.execute(
                select(table).where(table.c.contact_id == world.anna)
            ).first()
    # The other people of the event come back as they were.
    david = workspace.personal_data.holdings(world.david)
    assert [r.value("event_id") for r in david.of("registrations")] == [world.future]


def test_undoing_a_delete_keeps_what_others_said(workspace: Workspace) -> None:
    world = build_world(workspace)
    deleted = workspace.events.delete(world.future)
    workspace.personal_data.anonymise([world.bo], at=NOW)
    workspace.events.restore(deleted.snapshot)

    held = workspace.personal_data.holdings(world.anna)
    assert "wheelchair access" in [r.value("needs") for r in held.of("registrations")]
    assert [r.value("name") for r in held.of("stand_staff")] == ["Anna Berg"]


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:seminar@test
DTSTAMP:20270101T000000Z
SEQUENCE:{sequence}
DTSTART:20270420T110000Z
DTEND:20270420T140000Z
SUMMARY:{title}
END:VEVENT
END:VCALENDAR
"""


def test_anonymising_then_undoing_an_import_brings_back_no_role_note(
    workspace: Workspace,
) -> None:
    world = build_world(workspace)
    first = ICS.format(sequence=0, title="AI-seminarium").encode()
    (created,) = workspace.imports.apply_all((workspace.imports.plan(first),))
    (ident,) = created.created
    table = Base.metadata.tables["event_people"]
    with workspace.database.transaction() as session:
        session.execute(table.insert().values(
            event_id=ident, contact_id=world.bo, role="host", note="Bo is hard of hearing",
            version=1,
        ))  # fmt: skip
    newer = ICS.format(sequence=3, title="AI-seminarium (ny sal)").encode()
    (update,) = workspace.imports.apply_all((workspace.imports.plan(newer),))
    workspace.personal_data.anonymise([world.bo], at=NOW)
    workspace.imports.undo((update,))

    assert workspace.events.get(ident).title == "AI-seminarium"
    held = workspace.personal_data.holdings(world.bo)
    assert [(r.value("event_id"), r.value("note")) for r in held.of("event_roles")] == [(ident, "")]
