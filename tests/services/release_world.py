"""A small programme to release: two days, two stages, two people on two sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.programme import PersonRole, RoleLink, Session, Stage, Target
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 1, day, hour, minute, tzinfo=STO)


@dataclass(frozen=True)
class Days:
    event_id: int
    aulan: int
    scen_b: int
    ada: int
    bo: int
    intro: Session
    panel: Session


def on(contact: int, role: PersonRole = PersonRole.SPEAKER) -> RoleLink:
    return RoleLink(None, contact, role, Target.SESSION, 0)


@pytest.fixture
def days(workspace: Workspace) -> Days:
    event = workspace.events.create(
        EventDraft("Innovationsdagar", TimedSpan(at(19, 9), at(20, 17)))
    ).event
    programme = workspace.programme
    aulan = programme.add_stage(Stage(None, event.id, "Aulan")).record
    scen_b = programme.add_stage(Stage(None, event.id, "Scen B")).record
    ada = workspace.contacts.create(Contact(None, "Ada Lind", email="ada@example.se"))
    bo = workspace.contacts.create(Contact(None, "Bo Ek"))
    assert aulan.id and scen_b.id and ada.id and bo.id
    intro = programme.add_session(
        Session(None, event.id, "Välkommen", at(19, 9), at(19, 9, 30), stage_id=aulan.id),
        [on(ada.id)],
    ).record
    panel = programme.add_session(
        Session(None, event.id, "Panel", at(19, 10), at(19, 11), stage_id=aulan.id),
        [on(bo.id, PersonRole.MODERATOR), on(ada.id, PersonRole.PANELLIST)],
    ).record
    return Days(event.id, aulan.id, scen_b.id, ada.id, bo.id, intro, panel)
