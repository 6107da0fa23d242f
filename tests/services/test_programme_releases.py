"""Releasing a programme on every backend: the draft against the latest release, holding
conflicts refusing a release, one release per transaction with its change set, each
session's own SEQUENCE, the e-mails to the people affected."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.programme import PersonRole, Session, Stage
from eventplanner.domain.programme_releases import ChangeKind
from eventplanner.services.change_journal import recording
from eventplanner.services.changes import Action, Kind
from eventplanner.services.importing.service import ImportAction
from eventplanner.services.programme.release_emails import eml_bytes
from eventplanner.services.programme.releases import ReleaseHeldError
from eventplanner.services.workspace import Workspace
from tests.icsfiles import calendar, event
from tests.services.release_world import STO, Days, at, on
from tests.services.release_world import days as days  # the fixture


def test_nothing_released_yet_everything_is_new(workspace: Workspace, days: Days) -> None:
    releases = workspace.releases
    assert releases.latest(days.event_id) is None and releases.releases(days.event_id) == ()
    plan = releases.pending(days.event_id)
    assert plan.latest is None and plan.next_number == 1 and plan.holding == ()
    assert [c.title for c in plan.diff.new] == ["Välkommen", "Panel"]
    assert [p.name for p in plan.people] == ["Ada Lind", "Bo Ek"]
    assert plan.people[0].email == "ada@example.se" and plan.can_release


def test_releasing_freezes_the_draft_in_one_write_with_its_change_set(
    workspace: Workspace, days: Days
) -> None:
    before = workspace.events.get(days.event_id)
    with recording() as journal:
        written = workspace.releases.release(days.event_id, "  Första  ", "Preliminärt")
    release = written.record
    assert (release.number, release.name, release.note) == (1, "Första", "Preliminärt")
    assert release.released_at.tzinfo is not None
    assert [(s.title, s.stage_name, s.sequence) for s in release.sessions] == [
        ("Välkommen", "Aulan", 0), ("Panel", "Aulan", 0),
    ]  # fmt: skip
    panel = release.sessions[1]
    assert {(p.name, p.role) for p in panel.people} == {
        ("Bo Ek", PersonRole.MODERATOR), ("Ada Lind", PersonRole.PANELLIST),
    }  # fmt: skip
    assert written.changes.ids(Kind.RELEASE, Action.CREATED) == {release.id}
    assert written.changes.ids(Kind.EVENT, Action.CHANGED) == {days.event_id}
    assert journal.changes == written.changes
    assert workspace.releases.latest(days.event_id) == release
    assert workspace.releases.get(release.id) == release
    # The event itself is as it was: a release publishes its programme, not a new event.
    after = workspace.events.get(days.event_id)
    assert (after.sequence, after.version) == (before.sequence, before.version)
    assert workspace.releases.pending(days.event_id).diff.is_empty


def test_a_release_needs_a_name_and_a_change(workspace: Workspace, days: Days) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        workspace.releases.release(days.event_id, "   ")
    assert workspace.releases.releases(days.event_id) == ()
    workspace.releases.release(days.event_id, "Final")
    with (
        recording() as journal,
        pytest.raises(ValidationError, match="nothing changed since Release 1 'Final'"),
    ):
        workspace.releases.release(days.event_id, "Final 2")
    assert not journal.changes
    assert len(workspace.releases.releases(days.event_id)) == 1


def test_sequence_rises_per_released_change_of_each_session(
    workspace: Workspace, days: Days
) -> None:
    releases, programme = workspace.releases, workspace.programme
    releases.release(days.event_id, "1")
    moved = programme.edit_session(
        Session(days.panel.id, days.event_id, "Panel", at(19, 11), at(19, 12),
                stage_id=days.scen_b, uid=days.panel.uid, version=days.panel.version)
    ).record  # fmt: skip
    programme.edit_session(
        Session(moved.id, days.event_id, "Panel", at(19, 13), at(19, 14),
                stage_id=days.scen_b, uid=moved.uid, version=moved.version)
    )  # fmt: skip
    plan = releases.pending(days.event_id)
    (change,) = plan.diff.changes
    assert change.change is ChangeKind.MOVED and change.what == {"time", "stage"}
    assert {p.name for p in plan.people} == {"Ada Lind", "Bo Ek"}
    second = releases.release(days.event_id, "2").record
    # Two draft edits, one released change: raised once.
    assert {s.title: s.sequence for s in second.sessions} == {"Välkommen": 0, "Panel": 1}
    # Cancelled in release 3, back (an undone delete keeps its UID) in release 4: raised.
    assert days.intro.id is not None
    programme.delete_session(days.intro.id)
    third = releases.release(days.event_id, "3").record
    assert [s.title for s in third.sessions] == ["Panel"]
    history = releases.history(third.id)
    assert [c.change for c in history.diff.changes] == [ChangeKind.CANCELLED]
    programme.add_session(days.intro, [on(days.ada)], keep_uid=True)
    fourth = releases.release(days.event_id, "4").record
    assert {s.title: s.sequence for s in fourth.sessions} == {"Välkommen": 1, "Panel": 1}
    assert [r.number for r in releases.releases(days.event_id)] == [1, 2, 3, 4]


def test_holding_conflicts_refuse_a_release_until_accepted(
    workspace: Workspace, days: Days
) -> None:
    # A second session on Aulan at the panel's time: the stage is double-booked (hold).
    workspace.programme.add_session(
        Session(None, days.event_id, "Workshop", at(19, 10, 30), at(19, 11, 30),
                stage_id=days.aulan)
    )  # fmt: skip
    plan = workspace.releases.pending(days.event_id)
    assert len(plan.holding) == 1 and not plan.can_release
    (conflict,) = plan.holding
    with recording() as journal, pytest.raises(ReleaseHeldError) as caught:
        workspace.releases.release(days.event_id, "Final")
    assert not journal.changes and workspace.releases.releases(days.event_id) == ()
    message = str(caught.value)
    assert conflict.key in message and "Aulan" in message and "accept" in message
    assert caught.value.conflicts == plan.holding
    workspace.conflicts.accept(conflict.key, "the workshop shares the room on purpose")
    assert workspace.releases.pending(days.event_id).holding == ()
    assert workspace.releases.release(days.event_id, "Final").record.number == 1


def _parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


@pytest.mark.parametrize("language", ["en", "sv"])
def test_emails_to_the_people_a_release_affects(
    workspace: Workspace, days: Days, tmp_path: Path, language: str
) -> None:
    releases, programme = workspace.releases, workspace.programme
    releases.release(days.event_id, "Preliminary")
    programme.edit_session(
        Session(days.panel.id, days.event_id, "Panel", at(19, 11), at(19, 12),
                stage_id=days.scen_b, uid=days.panel.uid, version=days.panel.version)
    )  # fmt: skip
    assert days.intro.id is not None
    programme.delete_session(days.intro.id)
    final = releases.release(days.event_id, "Final", "Fika at 15:00.").record
    emails = releases.emails(days.event_id, final.id, language)
    assert [e.to for e in emails] == [("Ada Lind", "ada@example.se"), ("Bo Ek", "")]
    ada = emails[0]
    lines = ada.body.splitlines()
    if language == "en":
        assert ada.subject == "Programme changes: Innovationsdagar (Release 2 'Final')"
        assert "Times are in Europe/Stockholm." in lines
        assert "Moved: Tue 19 Jan 10:00–11:00 → 11:00–12:00, Aulan → Scen B" in lines
        assert "  Panel (you: panellist)" in lines
        assert "Cancelled: Tue 19 Jan 09:00–09:30, Aulan" in lines
    else:
        assert ada.subject == "Ändrat i programmet: Innovationsdagar (Version 2 ”Final”)"
        assert "Tiderna gäller i Europe/Stockholm." in lines
        assert "Flyttad: tis 19 jan 10:00–11:00 → 11:00–12:00, Aulan → Scen B" in lines
        assert "  Panel (du: paneldeltagare)" in lines
        assert "Inställd: tis 19 jan 09:00–09:30, Aulan" in lines
    assert "Fika at 15:00." in lines
    parsed = _parsed(eml_bytes(ada))
    assert parsed["X-Unsent"] == "1"
    assert parsed["Subject"] == ada.subject
    assert parsed["To"].addresses[0].addr_spec == "ada@example.se"
    body = parsed.get_body(("plain",))
    assert body is not None and body.get_content().splitlines() == lines
    written = releases.write_emails(days.event_id, final.id, language, tmp_path)
    assert [p.name for p in written] == ["01 Ada Lind.eml", "02 Bo Ek.eml"]
    bo = _parsed(written[1].read_bytes())
    # No address known: no To, for the coordinator to fill in Outlook.
    assert bo["To"] is None and bo["X-Unsent"] == "1"
    bo_body = bo.get_body(("plain",))
    assert bo_body is not None and "moderator" in bo_body.get_content()
    assert bo_body.get_content().splitlines()[0] in ("Hello Bo Ek,", "Hej Bo Ek!")


def test_emails_in_an_unknown_language_are_refused(workspace: Workspace, days: Days) -> None:
    release = workspace.releases.release(days.event_id, "Final").record
    with pytest.raises(ValidationError, match="'de' is no language"):
        workspace.releases.emails(days.event_id, release.id, "de")


def test_the_released_programme_is_kept_whole(workspace: Workspace, days: Days) -> None:
    assert workspace.releases.released_programme(days.event_id) is None
    workspace.releases.release(days.event_id, "Final")
    draft = workspace.programme.programme(days.event_id)
    released = workspace.releases.released_programme(days.event_id)
    assert released is not None
    assert released.sessions == tuple(
        s.__class__(**{**{f: getattr(s, f) for f in s.__slots__}, "version": 0})  # type: ignore[attr-defined]
        for s in draft.sessions
    )
    assert [s.name for s in released.stages] == ["Aulan", "Scen B"]
    assert {(p.contact_name, p.role) for p in released.people} == {
        (p.contact_name, p.role) for p in draft.people
    }
    # A draft edit later leaves what was released alone.
    workspace.programme.add_session(
        Session(None, days.event_id, "Fika", at(19, 15), at(19, 15, 30), stage_id=days.aulan)
    )
    again = workspace.releases.released_programme(days.event_id)
    assert again is not None and len(again.sessions) == 2
    assert timedelta(0) < released.sessions[0].duration


def test_an_event_editor_opened_before_a_timetable_edit_still_saves(
    workspace: Workspace, days: Days
) -> None:
    opened = workspace.events.get(days.event_id)
    workspace.programme.add_session(
        Session(None, days.event_id, "Fika", at(19, 15), at(19, 15, 30), stage_id=days.aulan)
    )
    saved = workspace.events.update(
        days.event_id,
        replace(opened.draft(), title="Innovationsdagarna"),
        expected_version=opened.version,
    )
    assert saved.event.title == "Innovationsdagarna"


def test_releases_go_and_come_back_with_their_event(workspace: Workspace, days: Days) -> None:
    releases = workspace.releases
    releases.release(days.event_id, "1")
    workspace.programme.add_session(
        Session(None, days.event_id, "Fika", at(19, 15), at(19, 15, 30), stage_id=days.aulan)
    )
    releases.release(days.event_id, "2")
    kept = releases.releases(days.event_id)
    deleted = workspace.events.delete(days.event_id)
    with pytest.raises(NotFoundError):
        releases.releases(days.event_id)
    workspace.events.restore(deleted.snapshot)
    assert releases.releases(days.event_id) == kept


def test_a_duplicate_starts_as_an_unreleased_draft(workspace: Workspace, days: Days) -> None:
    workspace.releases.release(days.event_id, "Final")
    copy = workspace.events.duplicate(days.event_id, to_day=date(2027, 3, 2)).event
    # Its sessions have UIDs of their own, which no release of the original knows.
    assert workspace.releases.releases(copy.id) == ()
    plan = workspace.releases.pending(copy.id)
    assert [c.change for c in plan.diff.changes] == [ChangeKind.NEW, ChangeKind.NEW]
    assert len(workspace.releases.releases(days.event_id)) == 1


def test_an_import_updating_the_event_keeps_its_releases(workspace: Workspace) -> None:
    first = calendar(event("LAST-MODIFIED:20270101T000000Z", summary="Seminarium"))
    workspace.imports.apply(workspace.imports.plan(first))
    seminar = workspace.events.get_by_uid("a@test")
    stage = workspace.programme.add_stage(Stage(None, seminar.id, "Sal 1")).record
    start = datetime(2027, 3, 12, 9, 15, tzinfo=STO)
    workspace.programme.add_session(
        Session(None, seminar.id, "Inledning", start, start + timedelta(minutes=30),
                stage_id=stage.id)
    )  # fmt: skip
    kept = workspace.releases.release(seminar.id, "Final").record
    later = calendar(event("LAST-MODIFIED:20270201T000000Z", summary="Seminariet"))
    plan = workspace.imports.plan(later)
    assert plan.count(ImportAction.UPDATED) == 1
    workspace.imports.apply(plan)
    assert workspace.events.get(seminar.id).title == "Seminariet"
    assert workspace.releases.releases(seminar.id) == (kept,)
