"""Every contact's skills in one read, for the rota window's list of people."""

from __future__ import annotations

from eventplanner.domain.model import Contact
from eventplanner.services.workspace import Workspace


def test_every_contact_s_skills_in_one_read(workspace: Workspace) -> None:
    anna = workspace.contacts.create(Contact(None, "Anna")).id or 0
    bo = workspace.contacts.create(Contact(None, "Bo")).id or 0
    workspace.contacts.create(Contact(None, "Cecilia"))
    workspace.rota.add_skill(anna, "tyska")
    workspace.rota.add_skill(anna, "Demo  operator")
    workspace.rota.add_skill(bo, "engelska")
    assert workspace.rota.all_skills() == {anna: ("Demo operator", "tyska"), bo: ("engelska",)}
    workspace.rota.remove_skill(anna, "TYSKA")
    assert workspace.rota.all_skills()[anna] == ("Demo operator",)
