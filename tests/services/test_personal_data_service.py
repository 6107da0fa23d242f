"""Personal data on SQLite and PostgreSQL: everything held about a person found and
exported, anonymised (identity gone, registrations and counts kept) and erased (with the
first waiting moved up), each in one transaction and undone exactly."""

from __future__ import annotations

import json

import pytest

from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.feeds import Feed, FeedProgramme
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.changes import Kind
from eventplanner.services.personal_data.links import SECTIONS
from eventplanner.services.workspace import Workspace
from tests.services.personal_data_world import NOW, build_world, dump


def test_a_person_is_found_by_name_e_mail_or_organisation(workspace: Workspace) -> None:
    build_world(workspace)
    service = workspace.personal_data
    assert [p.contact.name for p in service.find("anna")] == ["Anna Berg"]
    assert [p.contact.name for p in service.find("DAVID@ABB")] == ["David Holm"]
    assert len(service.find("ABB Robotics")) == 4


def test_the_holdings_name_every_place_the_person_is_held(workspace: Workspace) -> None:
    world = build_world(workspace)
    held = workspace.personal_data.holdings(world.anna)
    assert held.name == "Anna Berg"
    assert dict(held.organisation or ())["name"] == "ABB Robotics"
    assert set(held.counts()) == set(SECTIONS)  # the world names her in every one
    registrations = held.of("registrations")
    assert [(r.event.title if r.event else "", r.value("status"), r.value("needs"))
            for r in registrations] == [
        ("Stålseminariet", "attended", "vegan"),
        ("Automation Expo", "registered", "wheelchair access"),
    ]  # fmt: skip
    assert held.of("session_roles")[0].detail == "Opening keynote"
    assert [r.name for r in held.releases] == ["First"]


def test_the_json_export_is_complete_with_stable_keys(workspace: Workspace) -> None:
    world = build_world(workspace)
    text = workspace.personal_data.export_json(world.anna, at=NOW)
    data = json.loads(text)
    assert list(data)[:4] == ["format", "exported_at", "person", "organisation"]
    assert set(SECTIONS) <= set(data)
    assert data["person"]["email"] == "anna.berg@abb.se"
    assert data["person"]["phone"] == "+46 70 123 45 67"
    assert data["exported_at"] == "2026-12-07T12:00:00+00:00"
    assert data["registrations"][0]["event"]["title"] == "Stålseminariet"
    assert data["skills"][0]["skill"] == "English"
    assert data["availability"][0]["note"] == "dentist"
    assert data["stand_staff"][0]["name"] == "Anna Berg"
    assert data["releases"][0]["name"] == "First"
    # Someone held nowhere else still gets every section, empty.
    david = workspace.personal_data.export(world.david, at=NOW)
    assert david["session_roles"] == [] and len(david["registrations"]) == 1


def test_anonymising_drops_the_identity_and_keeps_the_registrations(
    workspace: Workspace,
) -> None:
    world = build_world(workspace)
    service = workspace.personal_data
    done = service.anonymise([world.anna], at=NOW)
    held = service.holdings(world.anna)
    person = dict(held.person)
    assert person["name"] == f"Anonymised {world.anna}"
    assert (person["email"], person["phone"], person["title"]) == ("", "", "")
    assert person["anonymised_at"] == NOW.isoformat()
    assert person["organisation_id"] == world.abb
    assert [(r.value("status"), r.value("needs")) for r in held.of("registrations")] == [
        ("attended", ""), ("registered", ""),
    ]  # fmt: skip
    assert held.of("skills") == () and held.of("availability") == ()
    assert held.of("session_roles")[0].value("note") == ""
    assert held.of("stand_staff")[0].value("name") == f"Anonymised {world.anna}"
    assert held.of("tasks_owned")  # still hers, by the anonymous record
    assert "anna" not in json.dumps(service.export(world.anna)).casefold()
    assert done.changes.ids(Kind.CONTACT) == {world.anna}
    assert done.changes.ids(Kind.REGISTRATION)
    assert done.counts["people"] == 1


def test_erasing_deletes_the_person_and_moves_the_first_waiting_up(
    workspace: Workspace,
) -> None:
    world = build_world(workspace)
    deleted, cleared = workspace.personal_data.removal(world.anna)
    assert deleted["registrations"] == 2 and deleted["people"] == 1
    assert deleted["session_roles"] == 1 and "tasks_owned" not in deleted
    assert cleared == {
        "tasks_owned": 1,
        "stands_led": 1,
        "co_exhibitor_contact": 1,
        "materials_packed": 1,
        "materials_shipped": 1,
        "materials_returned": 1,
    }
    done = workspace.personal_data.erase([world.anna])
    with pytest.raises(NotFoundError):
        workspace.personal_data.holdings(world.anna)
    # Her seat on the past seminar went to Cecilia, who was waiting.
    assert [line.name for line in done.promoted] == ["Cecilia Lind"]
    assert done.mailto == "mailto:cecilia@abb.se"
    status = workspace.registrations.registration(world.past, world.cecilia).status
    assert status is RegistrationStatus.REGISTERED
    tables = dump(workspace)
    assert world.anna not in [row[0] for row in tables["contacts"]]
    assert [row[2] for row in tables["registrations"]] == [world.bo, world.cecilia, world.david]
    # The team's records stay, their link cleared; hers alone are gone.
    held = workspace.personal_data
    with workspace.database.reading() as session:
        from sqlalchemy import text

        assert session.execute(text("select lead_contact_id from stands")).all() == [(None,)]
        assert session.execute(text("select owner_contact_id from tasks")).all() == [(None,)]
        assert session.execute(
            text("select packer_id, shipper_id, returner_id from stand_materials")
        ).all() == [(None, None, None)]
    del held
    assert tables["exhibitor_staff"] == [] and tables["contact_skills"] == []
    assert tables["session_people"] == [] and tables["shift_people"] == []
    assert len(tables["tasks"]) == 1 and len(tables["stand_materials"]) == 1
    assert "Anna Berg" not in json.dumps(tables, default=str)
    assert done.changes.ids(Kind.CONTACT) == {world.anna}


@pytest.mark.parametrize("erase", [False, True], ids=["anonymise", "erase"])
def test_undo_puts_back_exactly_what_was_there(workspace: Workspace, erase: bool) -> None:
    world = build_world(workspace)
    before = dump(workspace)
    service = workspace.personal_data
    done = service.erase([world.anna]) if erase else service.anonymise([world.anna], at=NOW)
    assert dump(workspace) != before
    changes = service.undo(done)
    assert dump(workspace) == before
    assert changes.ids(Kind.CONTACT) == {world.anna}
    assert workspace.personal_data.holdings(world.anna).name == "Anna Berg"


def test_undo_refuses_when_something_was_changed_since(workspace: Workspace) -> None:
    world = build_world(workspace)
    done = workspace.personal_data.erase([world.anna])
    workspace.registrations.cancel(world.past, world.cecilia)  # moved up by the erase
    before = dump(workspace)
    with pytest.raises(ConflictError, match="changed since"):
        workspace.personal_data.undo(done)
    assert dump(workspace) == before


def test_undo_of_an_erase_never_overbooks(workspace: Workspace) -> None:
    world = build_world(workspace)
    workspace.registrations.cancel(world.past, world.cecilia)  # nobody waits now
    done = workspace.personal_data.erase([world.anna])
    workspace.registrations.register(world.past, world.david)  # takes her freed seat
    with pytest.raises(ConflictError, match="seats taken"):
        workspace.personal_data.undo(done)
    with pytest.raises(NotFoundError):
        workspace.personal_data.holdings(world.anna)


def test_erasing_a_person_a_feed_follows_is_refused(workspace: Workspace) -> None:
    world = build_world(workspace)
    workspace.feeds.create(Feed(None, "Annas pass", programme=FeedProgramme(person_id=world.anna)))
    before = dump(workspace)
    with pytest.raises(ValidationError, match="'Annas pass'"):
        workspace.personal_data.erase([world.anna])
    assert dump(workspace) == before
    assert workspace.personal_data.holdings(world.anna).feeds == ("Annas pass",)


def test_an_unknown_person_is_named(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="no person with id 999"):
        workspace.personal_data.anonymise([999])
