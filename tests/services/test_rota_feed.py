"""A person's rota as a feed (issue 15): their shifts as VEVENTs with the venue in
LOCATION and the stand's contact in DESCRIPTION, stable UIDs, SEQUENCE raised on a change,
published again when the shifts change; it passes ../shared/tools/ics-check."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.feeds import Feed, FeedProgramme
from eventplanner.domain.model import Contact, EventDraft, Venue
from eventplanner.domain.programme import Confirmation, PersonRole, RoleLink, Target
from eventplanner.domain.rota import Scope, Shift, ShiftEdit, ShiftKind
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.feeds.feed_changes import may_change
from eventplanner.services.workspace import Workspace
from tests.ical.factories import run_ics_check

STO = ZoneInfo("Europe/Stockholm")


def at(day: int, hour: int) -> datetime:
    return datetime(2027, 3, day, hour, tzinfo=STO)


def _events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_a_persons_rota_feed(workspace: Workspace, folder: Path) -> None:
    venue = workspace.venues.create(Venue(None, "Elmiamässan", "Elmiavägen 11", "Jönköping"))
    fair = workspace.events.create(
        EventDraft("Elmia Subcontractor", AllDaySpan(date(2027, 3, 9), date(2027, 3, 11),
                   "Europe/Stockholm"), kind=EventKind.TRADE_FAIR, venue_id=venue.id)
    ).event  # fmt: skip
    assert fair.id is not None
    ada = workspace.contacts.create(Contact(None, "Ada Lind")).id or 0
    lead = workspace.contacts.create(Contact(None, "Stina Berg", phone="070-123 45 67")).id or 0
    workspace.programme.add_role(
        RoleLink(None, lead, PersonRole.HOST, Target.EVENT, fair.id, Confirmation.CONFIRMED)
    )
    rota = workspace.rota
    mine = rota.add_shift(Shift(None, fair.id, ShiftKind.BUILD_UP, "Bygg", at(8, 8), at(8, 16)))
    other = rota.add_shift(Shift(None, fair.id, ShiftKind.OPEN_DAY, "", at(9, 9), at(9, 13)))
    rota.assign(mine.record.id or 0, ada)
    feed = workspace.feeds.create(
        Feed(None, "Adas pass", folder=str(folder),
             programme=FeedProgramme(rota_person_id=ada, rota_event_id=fair.id))
    )  # fmt: skip
    assert workspace.feeds.get(feed.id or 0).programme.rota_person_id == ada

    path = workspace.feeds.publish(feed.id or 0).path
    (entry,) = _events(path)
    assert str(entry["UID"]) == mine.record.uid
    assert str(entry["SUMMARY"]) == "Elmia Subcontractor: Bygg"
    assert str(entry["LOCATION"]) == "Elmiamässan, Elmiavägen 11, Jönköping"
    assert "Stina Berg, 070-123 45 67" in str(entry["DESCRIPTION"])
    assert entry["DTSTART"].dt == at(8, 8)
    assert int(entry["SEQUENCE"]) == 0
    text = path.read_text(encoding="utf-8")
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Stockholm" in text
    run_ics_check(path)

    # A change of her shift, and a shift more: published again by the one rule.
    edit = rota.edit_shifts(mine.record.id or 0, ShiftEdit(starts=time(7)), Scope.THIS)
    assigned = rota.assign(other.record.id or 0, ada)
    changes = edit.changes | assigned.changes
    assert may_change(feed, assigned.changes)
    report = workspace.feeds.publish_changed(changes)
    assert [p.feed.id for p in report.published] == [feed.id]
    events = {str(e["UID"]): e for e in _events(path)}
    assert set(events) == {mine.record.uid, other.record.uid}
    assert int(events[mine.record.uid]["SEQUENCE"]) == 1
    assert events[mine.record.uid]["DTSTART"].dt == at(8, 7)
    assert str(events[other.record.uid]["SUMMARY"]) == "Elmia Subcontractor: Open day"
    run_ics_check(path)

    # A feed of sessions is not a rota feed: a shift's change is not its business.
    plain = Feed(7, "Programme", programme=FeedProgramme(sessions=True), first_day=date(2030, 1, 1))
    assert not may_change(plain, ChangeSet.of(Kind.SHIFT, Action.CHANGED, [1]))


def test_a_rota_feed_names_a_contact_that_exists(workspace: Workspace) -> None:
    with pytest.raises(ValidationError, match="no contact with id 99"):
        workspace.feeds.create(Feed(None, "Ingen", programme=FeedProgramme(rota_person_id=99)))
    ada = workspace.contacts.create(Contact(None, "Ada Lind")).id
    with pytest.raises(ValidationError, match="shifts only"):
        workspace.feeds.create(
            Feed(None, "Blandat", programme=FeedProgramme(sessions=True, rota_person_id=ada))
        )


def test_a_moved_event_moves_the_shifts_in_the_feed_under_a_higher_sequence(
    workspace: Workspace, folder: Path
) -> None:
    fair = workspace.events.create(
        EventDraft("Elmia", AllDaySpan(date(2027, 3, 9), date(2027, 3, 9), "Europe/Stockholm"))
    ).event
    assert fair.id is not None
    ada = workspace.contacts.create(Contact(None, "Ada Lind")).id or 0
    shift = workspace.rota.add_shift(
        Shift(None, fair.id, ShiftKind.OPEN_DAY, "Pass", at(9, 9), at(9, 13))
    ).record
    workspace.rota.assign(shift.id or 0, ada)
    feed = workspace.feeds.create(
        Feed(None, "Ada", folder=str(folder), programme=FeedProgramme(rota_person_id=ada))
    )
    path = workspace.feeds.publish(feed.id or 0).path
    (before,) = _events(path)
    event = workspace.events.get(fair.id)
    moved = replace(
        event.draft(), timing=AllDaySpan(date(2027, 3, 16), date(2027, 3, 16), "Europe/Stockholm")
    )
    saved = workspace.events.update(fair.id, moved, expected_version=event.version)
    workspace.feeds.publish_changed(saved.changes)
    (after,) = _events(path)
    assert str(after["UID"]) == str(before["UID"])
    assert after["DTSTART"].dt == at(16, 9)
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])


def test_a_deleted_shift_undone_comes_back_in_the_feed_under_its_uid(
    workspace: Workspace, folder: Path
) -> None:
    """Undo of a shift's delete: the same UID back in the person's feed, a newer revision
    (SEQUENCE above the one it had), with its people and their reasons; a second delete and
    undo rises again. Outlook sees the same shift come back, no duplicate beside a
    cancelled one."""
    fair = workspace.events.create(
        EventDraft("Elmia", AllDaySpan(date(2027, 3, 9), date(2027, 3, 9), "Europe/Stockholm"))
    ).event
    assert fair.id is not None
    ada = workspace.contacts.create(Contact(None, "Ada Lind")).id or 0
    bo = workspace.contacts.create(Contact(None, "Bo Ek")).id or 0
    rota = workspace.rota
    shift = rota.add_shift(
        Shift(None, fair.id, ShiftKind.OPEN_DAY, "Pass", at(9, 9), at(9, 13), needed=1)
    ).record
    rota.assign(shift.id or 0, ada)
    rota.assign(shift.id or 0, bo, reason="Demo of the robot cell")
    shift = rota.edit_shifts(shift.id or 0, ShiftEdit(starts=time(8)), Scope.THIS).record[0]
    assert shift.sequence == 1
    feed = workspace.feeds.create(
        Feed(None, "Ada", folder=str(folder), programme=FeedProgramme(rota_person_id=ada))
    )
    path = workspace.feeds.publish(feed.id or 0).path
    (before,) = _events(path)

    deleted = rota.delete_shift(shift.id or 0)
    assert deleted.record.shift.uid == shift.uid
    assert [(p.contact_id, p.reason) for p in deleted.record.people] == [
        (ada, ""), (bo, "Demo of the robot cell"),
    ]  # fmt: skip
    workspace.feeds.publish_changed(deleted.changes)
    assert _events(path) == []

    restored = rota.restore_shift(deleted.record)
    back = restored.record
    assert (back.uid, back.start, back.sequence) == (shift.uid, at(9, 8), 2)
    assert restored.changes.ids(Kind.SHIFT, Action.CREATED) == {back.id}
    assert len(restored.changes.ids(Kind.SHIFT_PERSON, Action.CREATED)) == 2
    assert [(p.contact_id, p.reason) for p in rota.people(back.id or 0)] == [
        (ada, ""), (bo, "Demo of the robot cell"),
    ]  # fmt: skip
    workspace.feeds.publish_changed(restored.changes)
    (after,) = _events(path)
    assert str(after["UID"]) == str(before["UID"]) == shift.uid
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    run_ics_check(path)

    # The same UID cannot be made twice; nothing is changed by the refusal.
    with pytest.raises(ValidationError, match="another shift has the UID"):
        rota.restore_shift(deleted.record)
    assert len(rota.rota(fair.id).shifts) == 1

    again = rota.delete_shift(back.id or 0)
    assert rota.restore_shift(again.record).record.sequence == 3  # a newer revision again
