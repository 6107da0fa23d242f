"""Revision 0012 keeps releases of programmes. Feeds published every programme before it,
so an upgraded database's events with sessions or phases get a first release of them as
they stood, and its subscribers keep what they had; a downgrade drops the table."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import inspect
from sqlalchemy.engine import URL

from eventplanner.domain.model import Contact, EventDraft, Organisation
from eventplanner.domain.programme import (
    PersonRole,
    Phase,
    PhaseKind,
    RoleLink,
    Session,
    Stage,
    Target,
)
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")


def test_programmes_published_before_upgrade_to_a_first_release(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        start = datetime(2027, 1, 19, 9, tzinfo=STO)
        days = workspace.events.create(
            EventDraft("Innovationsdagar", TimedSpan(start, start + timedelta(hours=8)))
        ).event
        empty = workspace.events.create(
            EventDraft("Möte", TimedSpan(start, start + timedelta(hours=1)))
        ).event
        rise = workspace.organisations.create(Organisation(None, "RISE"))
        ada = workspace.contacts.create(Contact(None, "Ada Lind", organisation_id=rise.id))
        aulan = workspace.programme.add_stage(Stage(None, days.id, "Aulan")).record
        workspace.programme.add_session(
            Session(None, days.id, "Öppning", start, start + timedelta(minutes=30),
                    stage_id=aulan.id),
            [RoleLink(None, ada.id or 0, PersonRole.SPEAKER, Target.SESSION, 0)],
        )  # fmt: skip
        workspace.programme.add_phase(
            Phase(None, days.id, PhaseKind.BUILD_UP, start - timedelta(hours=3), start)
        )
        draft = workspace.programme.programme(days.id)
        migrations.downgrade(workspace.database.engine, "0011")
        assert "programme_releases" not in inspect(workspace.database.engine).get_table_names()
        migrations.upgrade(workspace.database.engine)
        (first,) = workspace.releases.releases(days.id)
        assert (first.number, first.name) == (1, "Published before releases")
        assert [(s.title, s.stage_name, s.sequence) for s in first.sessions] == [
            ("Öppning", "Aulan", 0)
        ]
        assert [(p.name, p.role) for p in first.sessions[0].people] == [
            ("Ada Lind", PersonRole.SPEAKER)
        ]
        assert [p.kind for p in first.phases] == [PhaseKind.BUILD_UP]
        assert workspace.releases.releases(empty.id) == ()
        assert workspace.releases.pending(days.id).diff.is_empty  # the draft as released
        released = workspace.releases.released_programme(days.id)
        assert released is not None and released.sessions[0].uid == draft.sessions[0].uid
    finally:
        workspace.close()
