"""People and organisations as participants: an organisation's number is stored in one
form and once, with a clear message for a second; people are matched by e-mail in any
case, or by name; the list shows each person's organisation and registrations."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventplanner.domain.enums import ActorType, CompanySize, OrganisationType
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Contact, Organisation
from eventplanner.services.workspace import Workspace
from tests.services.registration_world import make_seminar


def test_an_organisations_identity_is_kept_in_one_form(workspace: Workspace) -> None:
    volvo = workspace.organisations.create(
        Organisation(None, "Volvo Construction Equipment", OrganisationType.MEMBER_COMPANY,
                     org_number="16 5560125790", country="se", size=CompanySize.LARGE,
                     actor_type=ActorType.INDUSTRY)
    )  # fmt: skip
    assert (volvo.org_number, volvo.country) == ("556012-5790", "SE")
    again = workspace.organisations.get(volvo.id or 0)
    assert (again.size, again.actor_type) == (CompanySize.LARGE, ActorType.INDUSTRY)
    with pytest.raises(ValidationError, match="'Volvo Construction Equipment' already has the "
                       "organisation number 556012-5790"):  # fmt: skip
        workspace.organisations.create(Organisation(None, "Volvo CE", org_number="5560125790"))
    with pytest.raises(ValidationError, match="check digit") as wrong:
        workspace.organisations.update(replace(again, org_number="556012-5791"))
    assert wrong.value.field == "org_number"
    # Many organisations have no number (abroad, or not yet known).
    for name in ("Stanford Research Park", "Robotdalen"):
        made = workspace.organisations.create(Organisation(None, name, country="US"))
        assert made.org_number == ""
    saved = workspace.organisations.update(replace(again, actor_type=None, size=None))
    assert (saved.org_number, saved.actor_type, saved.size) == ("556012-5790", None, None)


def test_an_organisation_abroad_keeps_its_own_identifier(workspace: Workspace) -> None:
    equinor = workspace.organisations.create(
        Organisation(None, "Equinor", org_number=" NO 923 609 016 MVA ", country="NO")
    )
    assert (equinor.org_number, equinor.country) == ("NO 923 609 016 MVA", "NO")
    vat = "NL" + "1" * 30 + "B01"  # longer than a Swedish number's column was
    assert workspace.organisations.create(
        Organisation(None, "Brainport", org_number=vat, country="NL")
    ).org_number == vat  # fmt: skip
    with pytest.raises(ValidationError, match="'Equinor' already has the organisation number"):
        workspace.organisations.create(
            Organisation(None, "Equinor ASA", org_number="NO 923 609 016 MVA", country="NO")
        )


def test_people_are_matched_by_email_in_any_case_or_by_name(workspace: Workspace) -> None:
    seminar = make_seminar(workspace)
    found = workspace.people.matching("  ANNA.BERG@abb.SE ")
    assert [p.name for p in found] == ["Anna Berg"]
    assert [p.id for p in workspace.people.matching("bo ek")] == [seminar.people[1]]
    workspace.contacts.create(Contact(None, "Bo Ek", "bo@ek.se"))
    assert len(workspace.people.matching("Bo Ek")) == 2
    assert workspace.people.matching("nobody@nowhere.se") == ()
    edited = workspace.contacts.get(seminar.people[0])
    workspace.contacts.update(replace(edited, email="Anna@ABB.se"))
    assert [p.id for p in workspace.people.matching("anna@abb.se")] == [seminar.people[0]]


def test_participants_list_with_organisation_and_registrations(workspace: Workspace) -> None:
    seminar = make_seminar(workspace)
    workspace.registrations.register(seminar.event_id, seminar.people[0])
    listed = workspace.people.participants()
    assert [(p.contact.name, p.organisation, p.registrations) for p in listed][:2] == [
        ("Anna Berg", "ABB Robotics", 1), ("Bo Ek", "ABB Robotics", 0),
    ]  # fmt: skip
    assert [p.contact.name for p in workspace.people.participants("ri.se")] == ["Cecilia Lind"]
