"""A fair's stand travels with its event: a duplicate copies it whole with its deadlines as
many days on as the copy, delete → undo brings it all back with its ids, an import's
update of the event leaves it alone; and a co-exhibitor whose organisation was deleted
meanwhile stays behind with what is its own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from eventplanner.domain.model import EventDraft
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series import split_draft
from eventplanner.domain.stand import (
    DeadlineKind,
    ExhibitorState,
    MaterialState,
    Stand,
    StandMaterial,
)
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.stand.reading import StandView
from eventplanner.services.workspace import Workspace
from tests.services.stand_world import STO, make_fair


def _content(view: StandView) -> tuple[Any, ...]:
    """What a stand holds, its ids and the event aside."""
    assert view.stand is not None
    s = view.stand
    return (
        (s.organiser_id, s.hall, s.booth, s.area, s.stand_type, s.lead_contact_id, s.notes),
        [(e.organisation_name, e.contact_id, e.area, e.fee, e.staff_quota, e.badge_quota,
          e.brings, e.power_kw, e.floor_m2, e.state) for e in view.co_exhibitors],
        [(d.kind, d.title, d.due_time, d.done, d.notes,
          view.exhibitor(d.co_exhibitor_id).organisation_name  # type: ignore[union-attr]
          if d.co_exhibitor_id else None) for d in view.deadlines],
        [(m.name, m.company, m.contact_id, m.badge) for m in view.staff],
        [(m.item, m.quantity, m.packer_id, m.state, m.notes) for m in view.materials],
    )  # fmt: skip


def test_a_duplicated_fair_copies_its_stand_with_shifted_deadlines(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    original = workspace.stand.stand(fair.event_id)
    workspace.stand.edit_deadline(replace(original.deadlines[0], done=True))
    robotics = original.co_exhibitors[0]
    workspace.stand.edit_co_exhibitor(replace(robotics, state=ExhibitorState.APPROVED))
    original = workspace.stand.stand(fair.event_id)
    copy = workspace.events.duplicate(fair.event_id, to_day=date(2028, 3, 14)).event
    copied = workspace.stand.stand(copy.id)
    assert copied.stand is not None and original.stand is not None
    assert copied.stand.id != original.stand.id
    days = (date(2028, 3, 14) - date(2027, 3, 16)).days
    assert [d.due for d in copied.deadlines] == [
        d.due + timedelta(days=days) for d in original.deadlines
    ]
    # Next year's fair starts afresh: deadlines open, co-exhibitors to be asked again,
    # materials at the office; the rest is the same.
    assert [d.done for d in copied.deadlines] == [False, False]
    assert [e.state for e in copied.co_exhibitors] == [ExhibitorState.ASKED] * 2
    assert [m.state for m in copied.materials] == [MaterialState.AT_OFFICE] * 2
    stand, exhibitors, deadlines, staff, materials = _content(original)
    assert _content(copied) == (
        stand,
        [(*e[:-1], ExhibitorState.ASKED) for e in exhibitors],
        [(*d[:3], False, *d[4:]) for d in deadlines],
        staff,
        [(*m[:3], MaterialState.AT_OFFICE, *m[4:]) for m in materials],
    )
    # The co-exhibitor's own deadline names the copy's co-exhibitor, not the original's.
    own = [d for d in copied.deadlines if d.kind is DeadlineKind.ELECTRICITY_ORDER]
    assert own[0].co_exhibitor_id in {e.id for e in copied.co_exhibitors}
    assert own[0].co_exhibitor_id not in {e.id for e in original.co_exhibitors}
    # A copy on the same days is the same, deadlines and states included.
    here = workspace.events.duplicate(fair.event_id).event
    assert _content(workspace.stand.stand(here.id)) == _content(original)
    # The original is untouched.
    assert workspace.stand.stand(fair.event_id) == original


def test_delete_then_undo_restores_the_stand_whole(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    before = workspace.stand.stand(fair.event_id)
    deleted = workspace.events.delete(fair.event_id)
    back = workspace.events.restore(deleted.snapshot).event
    assert back.id == fair.event_id
    after = workspace.stand.stand(back.id)
    assert after.stand is not None and before.stand is not None
    # Every row back with its id (they were free), its content and its version.
    assert after == before


def test_undo_after_the_co_exhibitors_organisation_went(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    deleted = workspace.events.delete(fair.event_id)
    workspace.organisations.delete(fair.robotics_id)  # no longer in use once the fair went
    workspace.contacts.delete(fair.bo_id)
    back = workspace.events.restore(deleted.snapshot).event
    view = workspace.stand.stand(back.id)
    assert [e.organisation_name for e in view.co_exhibitors] == ["Stålverket AB"]
    # Robotik's own deadline and person stayed behind with it; Bo's links are cleared.
    assert [d.kind for d in view.deadlines] == [DeadlineKind.CATALOGUE_TEXT]
    assert [(s.name, s.contact_id) for s in view.staff] == [("Bo Ek", None)]
    assert view.stand is not None and view.stand.lead_contact_id is None
    assert view.materials[0].packer_id is None


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:elmia@test
DTSTAMP:20270101T000000Z
SEQUENCE:{sequence}
DTSTART:20270316T080000Z
DTEND:20270316T160000Z
SUMMARY:{title}
END:VEVENT
END:VCALENDAR
"""


def test_an_imported_update_keeps_the_stand(workspace: Workspace) -> None:
    first = ICS.format(sequence=0, title="Elmia").encode()
    (result,) = workspace.imports.apply_all((workspace.imports.plan(first),))
    (ident,) = result.created
    workspace.stand.save_stand(Stand(None, ident, hall="B", area=30.0))
    workspace.stand.add_material(ident, StandMaterial(None, 0, "Roll-up"))
    before = workspace.stand.stand(ident)
    newer = ICS.format(sequence=2, title="Elmia Subcontractor").encode()
    (update,) = workspace.imports.apply_all((workspace.imports.plan(newer),))
    assert update.updated == (ident,)
    after = workspace.stand.stand(ident)
    assert after.event_title == "Elmia Subcontractor"
    assert (after.stand, after.materials) == (before.stand, before.materials)


def test_a_split_series_keeps_its_stand_on_the_earlier_part(workspace: Workspace) -> None:
    start = datetime(2027, 3, 1, 9, tzinfo=STO)
    series = workspace.events.create(
        EventDraft("Mässveckor", TimedSpan(start, start + timedelta(hours=8)),
                   recurrence=Recurrence("FREQ=WEEKLY;COUNT=4"))
    ).event  # fmt: skip
    workspace.stand.save_stand(Stand(None, series.id, hall="C", area=20.0))
    workspace.stand.add_material(series.id, StandMaterial(None, 0, "Roll-up"))
    before = workspace.stand.stand(series.id)
    key = datetime(2027, 3, 15, 9)
    result = workspace.events.split_series(
        series.id, key, split_draft(series, key), expected_version=series.version
    )
    assert workspace.stand.stand(series.id) == before
    assert workspace.stand.stand(result.later.id).stand is None
