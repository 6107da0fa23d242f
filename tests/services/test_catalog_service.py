"""Venues, organisations, contacts, projects and tags on every backend."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.enums import OrganisationType
from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.model import Contact, EventDraft, Organisation, Project, Tag, Venue
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")


def an_event(title: str = "Seminarium", **refs: object) -> EventDraft:
    timing = TimedSpan(datetime(2027, 4, 14, 13, tzinfo=STO), datetime(2027, 4, 14, 15, tzinfo=STO))
    return replace(EventDraft(title, timing), **refs)  # type: ignore[arg-type]


# -- venues ---------------------------------------------------------------------------------


def test_venue_create_get_update_delete(workspace: Workspace) -> None:
    venue = workspace.venues.create(
        Venue(
            None,
            "  Plug and Play Tech Center  ",
            address="440 N Wolfe Rd",
            city="Sunnyvale",
            country="USA",
            time_zone="America/Los_Angeles",
            capacity=300,
            notes="Affärsnoden i Silicon Valley",
        )
    )
    assert venue.id is not None
    assert venue.name == "Plug and Play Tech Center"
    assert venue.version == 1
    assert workspace.venues.get(venue.id) == venue

    changed = workspace.venues.update(replace(venue, capacity=250, city="Sunnyvale, CA"))
    assert changed.capacity == 250
    assert changed.city == "Sunnyvale, CA"
    assert changed.version == 2
    assert workspace.venues.get(venue.id) == changed

    workspace.venues.delete(venue.id)
    with pytest.raises(NotFoundError, match=f"no venue with id {venue.id}"):
        workspace.venues.get(venue.id)
    with pytest.raises(NotFoundError):
        workspace.venues.delete(venue.id)


def test_venue_validation_names_the_field_and_saves_nothing(workspace: Workspace) -> None:
    for bad, field in [
        (Venue(None, " "), "name"),
        (Venue(None, "Aros", time_zone="Västerås/Centrum"), "time_zone"),
        (Venue(None, "Aros", capacity=-1), "capacity"),
    ]:
        with pytest.raises(ValidationError) as caught:
            workspace.venues.create(bad)
        assert caught.value.field == field
    assert workspace.venues.list() == []


def test_a_failed_update_changes_nothing(workspace: Workspace) -> None:
    venue = workspace.venues.create(Venue(None, "Aros Congress Center", capacity=1200))
    with pytest.raises(ValidationError) as caught:
        workspace.venues.update(replace(venue, name="", capacity=5))
    assert caught.value.field == "name"
    assert workspace.venues.get(venue.id) == venue  # type: ignore[arg-type]


def test_update_needs_an_id_and_an_existing_record(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.venues.update(Venue(None, "Ny"))
    assert caught.value.field == "id"
    with pytest.raises(NotFoundError):
        workspace.venues.update(Venue(404, "Finns inte", version=1))


def test_list_is_by_name_and_filters_on_any_case(workspace: Workspace) -> None:
    for name in ("Västerås Kongress", "aros Congress Center", "Kistamässan", "Mälarenergi Arena"):
        workspace.venues.create(Venue(None, name))
    assert [v.name for v in workspace.venues.list()] == [
        "aros Congress Center",
        "Kistamässan",
        "Mälarenergi Arena",
        "Västerås Kongress",
    ]
    assert [v.name for v in workspace.venues.list("MÄSS")] == ["Kistamässan"]
    assert [v.name for v in workspace.venues.list("  congress ")] == ["aros Congress Center"]
    assert [v.name for v in workspace.venues.list("väst")] == ["Västerås Kongress"]
    assert [v.name for v in workspace.venues.list("ar")] == [
        "aros Congress Center",
        "Mälarenergi Arena",
    ]
    assert workspace.venues.list("Skellefteå") == []
    assert len(workspace.venues.list("   ")) == 4


def test_list_and_find_fold_swedish_capitals(workspace: Workspace) -> None:
    workspace.organisations.create(Organisation(None, "ÅF Industri"))
    workspace.organisations.create(Organisation(None, "ÖSTERGÅRDS MEKANISKA"))
    assert [o.name for o in workspace.organisations.list("åf")] == ["ÅF Industri"]
    assert [o.name for o in workspace.organisations.list("östergård")] == ["ÖSTERGÅRDS MEKANISKA"]
    found = workspace.organisations.find("åf industri")
    assert found is not None and found.name == "ÅF Industri"
    found = workspace.organisations.find("Östergårds mekaniska")
    assert found is not None and found.name == "ÖSTERGÅRDS MEKANISKA"


def test_find_by_exact_name_in_any_case(workspace: Workspace) -> None:
    venue = workspace.venues.create(Venue(None, "Kistamässan"))
    assert workspace.venues.find("kistamässan") == venue
    assert workspace.venues.find(" KISTAMÄSSAN ") == venue
    assert workspace.venues.find("Kista") is None


def test_venue_update_conflict(workspace: Workspace) -> None:
    venue = workspace.venues.create(Venue(None, "Aros Congress Center"))
    mine = workspace.venues.get(venue.id)  # type: ignore[arg-type]
    theirs = workspace.venues.get(venue.id)  # type: ignore[arg-type]
    saved = workspace.venues.update(replace(mine, capacity=1200))
    with pytest.raises(ConflictError) as caught:
        workspace.venues.update(replace(theirs, notes="Deras anteckning"))
    assert "Aros Congress Center" in str(caught.value)
    assert "venue" in str(caught.value)
    assert workspace.venues.get(venue.id) == saved  # type: ignore[arg-type]
    assert saved.notes == ""


def test_venue_in_use_cannot_be_deleted(workspace: Workspace) -> None:
    venue = workspace.venues.create(Venue(None, "Aros Congress Center"))
    assert workspace.venues.usage(venue.id) == 0  # type: ignore[arg-type]
    workspace.events.create(an_event("Lansering", venue_id=venue.id))
    assert workspace.venues.usage(venue.id) == 1  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        workspace.venues.delete(venue.id)  # type: ignore[arg-type]
    assert caught.value.field == "venue"
    assert caught.value.message == "'Aros Congress Center' is used by 1 event; change those first"
    workspace.events.create(an_event("Panel", venue_id=venue.id))
    with pytest.raises(ValidationError, match="is used by 2 events"):
        workspace.venues.delete(venue.id)  # type: ignore[arg-type]
    assert workspace.venues.get(venue.id) == venue  # type: ignore[arg-type]


def test_a_venue_is_free_to_delete_once_its_events_are_gone(workspace: Workspace) -> None:
    venue = workspace.venues.create(Venue(None, "Aros Congress Center"))
    event = workspace.events.create(an_event(venue_id=venue.id)).event
    workspace.events.update(event.id, replace(event.draft(), venue_id=None), expected_version=1)
    assert workspace.venues.usage(venue.id) == 0  # type: ignore[arg-type]
    workspace.venues.delete(venue.id)  # type: ignore[arg-type]
    assert workspace.venues.list() == []


def test_usage_of_a_missing_record(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        workspace.venues.usage(99)


# -- organisations --------------------------------------------------------------------------


def test_organisation_round_trip_with_type(workspace: Workspace) -> None:
    org = workspace.organisations.create(
        Organisation(
            None,
            "Svenska Mässan",
            OrganisationType.TRADE_FAIR_ORGANISER,
            "https://svenskamassan.se",
        )
    )
    loaded = workspace.organisations.get(org.id)  # type: ignore[arg-type]
    assert loaded == org
    assert loaded.type is OrganisationType.TRADE_FAIR_ORGANISER
    changed = workspace.organisations.update(replace(loaded, type=OrganisationType.PARTNER))
    assert workspace.organisations.get(org.id).type is OrganisationType.PARTNER  # type: ignore[arg-type]
    assert changed.version == 2


def test_organisation_validation(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.organisations.create(Organisation(None, "ABB", web_page="abb.se"))
    assert caught.value.field == "web_page"
    assert workspace.organisations.list() == []


def test_an_organiser_in_use_cannot_be_deleted(workspace: Workspace) -> None:
    org = workspace.organisations.create(Organisation(None, "Robotdalen"))
    workspace.events.create(an_event(organiser_id=org.id))
    assert workspace.organisations.usage(org.id) == 1  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        workspace.organisations.delete(org.id)  # type: ignore[arg-type]
    assert caught.value.field == "organisation"
    assert "'Robotdalen' is used by 1 event" in caught.value.message


def test_deleting_a_funder_or_employer_clears_the_references(workspace: Workspace) -> None:
    vinnova = workspace.organisations.create(Organisation(None, "Vinnova", OrganisationType.FUNDER))
    project = workspace.projects.create(Project(None, "Mikrofabriker", funder_id=vinnova.id))
    contact = workspace.contacts.create(
        Contact(None, "Karin Öhman", organisation_id=vinnova.id, title="Handläggare")
    )
    workspace.organisations.delete(vinnova.id)  # type: ignore[arg-type]
    assert workspace.projects.get(project.id).funder_id is None  # type: ignore[arg-type]
    assert workspace.contacts.get(contact.id).organisation_id is None  # type: ignore[arg-type]


# -- contacts -------------------------------------------------------------------------------


def test_contact_round_trip(workspace: Workspace) -> None:
    org = workspace.organisations.create(
        Organisation(None, "Mälardalens universitet", OrganisationType.UNIVERSITY_OR_INSTITUTE)
    )
    contact = workspace.contacts.create(
        Contact(
            None,
            "Åsa Öberg",
            email="asa.oberg@example.se",
            phone="+46 21 10 13 00",
            organisation_id=org.id,
            title="Forskare",
        )
    )
    assert workspace.contacts.get(contact.id) == contact  # type: ignore[arg-type]
    moved = workspace.contacts.update(replace(contact, organisation_id=None, title="Konsult"))
    assert workspace.contacts.get(contact.id) == moved  # type: ignore[arg-type]
    assert moved.organisation_id is None
    assert workspace.contacts.usage(contact.id) == 0  # type: ignore[arg-type]
    workspace.contacts.delete(contact.id)  # type: ignore[arg-type]
    assert workspace.contacts.list() == []


def test_contact_validation_and_references(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.contacts.create(Contact(None, "Anna Svensson", email="anna.svensson@"))
    assert caught.value.field == "email"
    with pytest.raises(ValidationError) as caught:
        workspace.contacts.create(Contact(None, "Anna Svensson", organisation_id=999))
    assert caught.value.field == "organisation_id"
    assert "999" in caught.value.message
    assert workspace.contacts.list() == []
    contact = workspace.contacts.create(Contact(None, "Anna Svensson"))
    with pytest.raises(ValidationError) as caught:
        workspace.contacts.update(replace(contact, organisation_id=998))
    assert caught.value.field == "organisation_id"
    assert workspace.contacts.get(contact.id) == contact  # type: ignore[arg-type]


def test_contact_update_conflict(workspace: Workspace) -> None:
    contact = workspace.contacts.create(Contact(None, "Per Lindqvist"))
    workspace.contacts.update(replace(contact, phone="070-123 45 67"))
    with pytest.raises(ConflictError, match="Per Lindqvist"):
        workspace.contacts.update(replace(contact, email="per@example.se"))
    assert workspace.contacts.get(contact.id).email == ""  # type: ignore[arg-type]


# -- projects -------------------------------------------------------------------------------


def test_project_round_trip(workspace: Workspace) -> None:
    funder = workspace.organisations.create(Organisation(None, "Vinnova", OrganisationType.FUNDER))
    project = workspace.projects.create(
        Project(
            None,
            "Digitalisering i stålindustrin",
            funder_id=funder.id,
            start=date(2026, 9, 1),
            end=date(2028, 8, 31),
            description="Forskningsresultat ut till kommun, skolor, fack och företag.",
        )
    )
    loaded = workspace.projects.get(project.id)  # type: ignore[arg-type]
    assert loaded == project
    assert (loaded.start, loaded.end) == (date(2026, 9, 1), date(2028, 8, 31))
    assert type(loaded.start) is date
    extended = workspace.projects.update(replace(loaded, end=date(2029, 6, 30)))
    assert workspace.projects.get(project.id).end == date(2029, 6, 30)  # type: ignore[arg-type]
    assert extended.version == 2


def test_project_validation_and_references(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.projects.create(
            Project(None, "Baklänges", start=date(2027, 1, 1), end=date(2026, 1, 1))
        )
    assert caught.value.field == "end"
    with pytest.raises(ValidationError) as caught:
        workspace.projects.create(Project(None, "Utan finansiär", funder_id=4242))
    assert caught.value.field == "funder_id"
    assert workspace.projects.list() == []


def test_a_project_in_use_cannot_be_deleted(workspace: Workspace) -> None:
    project = workspace.projects.create(Project(None, "Interoperabilitet"))
    for n in range(3):
        workspace.events.create(an_event(f"Workshop {n}", project_id=project.id))
    assert workspace.projects.usage(project.id) == 3  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        workspace.projects.delete(project.id)  # type: ignore[arg-type]
    assert caught.value.field == "project"
    assert caught.value.message == "'Interoperabilitet' is used by 3 events; change those first"


# -- tags -----------------------------------------------------------------------------------


def test_tag_create_rename_delete(workspace: Workspace) -> None:
    tag = workspace.tags.create(Tag(None, " Mässa "))
    assert tag.name == "Mässa"
    renamed = workspace.tags.update(replace(tag, name="Mässor"))
    assert workspace.tags.get(tag.id).name == "Mässor"  # type: ignore[arg-type]
    assert renamed.version == 2
    workspace.tags.delete(tag.id)  # type: ignore[arg-type]
    assert workspace.tags.list() == []


def test_a_renamed_tag_shows_on_its_events(workspace: Workspace) -> None:
    event = workspace.events.create(an_event(tags=("Stal",))).event
    tag = workspace.tags.find("stal")
    assert tag is not None
    workspace.tags.update(replace(tag, name="Stål"))
    assert workspace.events.get(event.id).tags == ("Stål",)


def test_a_tag_name_is_taken_only_once(workspace: Workspace) -> None:
    workspace.tags.create(Tag(None, "Mässa"))
    other = workspace.tags.create(Tag(None, "Forskning"))
    with pytest.raises(ValidationError) as caught:
        workspace.tags.create(Tag(None, "Mässa"))
    assert caught.value.field == "name"
    assert "Mässa" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        workspace.tags.update(replace(other, name="Mässa"))
    assert caught.value.field == "name"
    assert [t.name for t in workspace.tags.list()] == ["Forskning", "Mässa"]
    # Saving a tag under its own name is no clash.
    assert workspace.tags.update(other).name == "Forskning"


def test_a_tag_in_use_cannot_be_deleted(workspace: Workspace) -> None:
    workspace.events.create(an_event("Ett", tags=("Forskning", "Stål")))
    workspace.events.create(an_event("Två", tags=("Forskning",)))
    forskning = workspace.tags.find("Forskning")
    stal = workspace.tags.find("Stål")
    assert forskning is not None and stal is not None
    assert workspace.tags.usage(forskning.id) == 2  # type: ignore[arg-type]
    assert workspace.tags.usage(stal.id) == 1  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        workspace.tags.delete(forskning.id)  # type: ignore[arg-type]
    assert caught.value.field == "tag"
    assert caught.value.message == "'Forskning' is used by 2 events; change those first"
    assert workspace.tags.get(forskning.id) == forskning  # type: ignore[arg-type]


def test_tag_validation(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.tags.create(Tag(None, "x" * 61))
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        workspace.tags.create(Tag(None, ""))
    assert caught.value.field == "name"


def test_catalogs_are_independent(workspace: Workspace) -> None:
    workspace.venues.create(Venue(None, "Skellefteå Kraft Arena"))
    workspace.organisations.create(Organisation(None, "Skellefteå kommun"))
    assert [v.name for v in workspace.venues.list("skellefteå")] == ["Skellefteå Kraft Arena"]
    assert [o.name for o in workspace.organisations.list("skellefteå")] == ["Skellefteå kommun"]
    assert workspace.projects.list("skellefteå") == []
    assert workspace.contacts.list() == []


def test_renaming_a_tag_is_a_change_calendars_must_see(workspace: Workspace) -> None:
    event = workspace.events.create(an_event(tags=("Stal", "Forskning"))).event
    tag = workspace.tags.find("Stal")
    assert tag is not None
    workspace.tags.update(replace(tag, name="Stål"))
    after = workspace.events.get(event.id)
    assert after.tags == ("Forskning", "Stål")
    assert after.sequence == event.sequence + 1
