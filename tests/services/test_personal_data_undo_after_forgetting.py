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
    """The erasure is kept (``erased_contacts``), so the undo tells the erased person from
    one deleted by hand (whose badge keeps its name, ``test_stand_snapshots``): what
    erasing deletes stays out (their badge with its copy of the name), what it takes them
    off comes back without them, and the release names them by the anonymous name."""
    world = build_world(workspace)
    deleted = workspace.events.delete(world.future)
    workspace.personal_data.erase([world.anna])
    workspace.events.restore(deleted.snapshot)

    texts = _texts(workspace)
    for said in ("wheelchair", "laptop", "headset", "knows the hall", "Anna Berg"):
        assert said not in texts
    with workspace.database.reading() as session:
        for name in ("registrations", "event_people", "session_people", "shift_people"):
            table = Base.metadata.tables[name]
            assert not session.execute(
                select(table).where(table.c.contact_id == world.anna)
            ).first()
        staff = Base.metadata.tables["exhibitor_staff"]
        assert session.execute(select(staff.c.name, staff.c.contact_id)).all() == []
        releases = Base.metadata.tables["programme_releases"]
        (content,) = session.scalars(select(releases.c.content)).all()
        assert json.loads(content)["contacts"] == {
            str(world.anna): [f"Anonymised {world.anna}", "ABB Robotics"]
        }
        materials = Base.metadata.tables["stand_materials"]
        links = materials.c.packer_id, materials.c.shipper_id, materials.c.returner_id
        assert session.execute(select(materials.c.item, *links)).all() == [
            ("Roll-up", None, None, None)
        ]
    # The other people of the event come back as they were.
    david = workspace.personal_data.holdings(world.david)
    assert [r.value("event_id") for r in david.of("registrations")] == [world.future]
    assert workspace.stand.stand(world.future).stand is not None


def test_an_erasure_undone_leaves_no_mark_and_the_delete_brings_all_back(
    workspace: Workspace,
) -> None:
    world = build_world(workspace)
    deleted = workspace.events.delete(world.future)
    erased = workspace.personal_data.erase([world.anna])
    erased_contacts = Base.metadata.tables["erased_contacts"]
    with workspace.database.reading() as session:
        assert session.scalars(select(erased_contacts.c.contact_id)).all() == [world.anna]
    workspace.personal_data.undo(erased)
    with workspace.database.reading() as session:
        assert session.scalars(select(erased_contacts.c.contact_id)).all() == []
    workspace.events.restore(deleted.snapshot)

    held = workspace.personal_data.holdings(world.anna)
    assert [r.value("name") for r in held.of("stand_staff")] == ["Anna Berg"]
    assert "wheelchair access" in [r.value("needs") for r in held.of("registrations")]
    assert [r.name for r in held.releases] == ["First"]
    assert "Anna Berg" in _texts(workspace)


def test_anonymising_keeps_no_mark_of_an_erasure(workspace: Workspace) -> None:
    world = build_world(workspace)
    workspace.personal_data.anonymise([world.anna], at=NOW)
    with workspace.database.reading() as session:
        table = Base.metadata.tables["erased_contacts"]
        assert session.execute(select(table)).all() == []


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
