"""The staff rota's service: shifts made from a template, scoped edits that say how many
they change first, assignments (beyond the need only with a reason), skills, warnings, and
the rota travelling with its event (duplicate, delete and undo, move)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.model import Contact, EventDraft, Venue
from eventplanner.domain.programme import (
    Confirmation,
    PersonRole,
    RoleLink,
    Session,
    Target,
)
from eventplanner.domain.rota import (
    ExtraDay,
    Hours,
    RotaTemplate,
    Scope,
    Shift,
    ShiftEdit,
    ShiftKind,
)
from eventplanner.domain.rota_warnings import Coverage, WarningKind
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.changes import Action, Kind
from eventplanner.services.workspace import Workspace
from tests.icsfiles import calendar, event

STO = ZoneInfo("Europe/Stockholm")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 3, day, hour, minute, tzinfo=STO)


def _fair(workspace: Workspace) -> int:
    venue = workspace.venues.create(Venue(None, "Elmiamässan", "Elmiavägen 11", "Jönköping"))
    made = workspace.events.create(
        EventDraft(
            "Underleverantörsmässan",
            AllDaySpan(date(2027, 3, 9), date(2027, 3, 11), "Europe/Stockholm"),
            kind=EventKind.TRADE_FAIR,
            venue_id=venue.id,
        )
    ).event
    assert made.id is not None
    return made.id


TEMPLATE = RotaTemplate(
    first_day=date(2027, 3, 9),
    days=3,
    shifts_per_day=2,
    people=2,
    hours=Hours(time(9), time(17)),
    build_up=ExtraDay(date(2027, 3, 8), Hours(time(8), time(16)), 3),
    tear_down=ExtraDay(date(2027, 3, 11), Hours(time(17), time(20)), 2),
)


def _people(workspace: Workspace, *names: str) -> list[int]:
    made = [workspace.contacts.create(Contact(None, name)).id for name in names]
    return [m for m in made if m is not None]


def test_a_rota_from_a_template_warns_of_every_shift_below_its_need(workspace: Workspace) -> None:
    fair = _fair(workspace)
    written = workspace.rota.add_from_template(fair, TEMPLATE)
    assert len(written.record) == 8
    assert written.changes.ids(Kind.SHIFT, Action.CREATED) == {s.id for s in written.record}
    assert written.changes.ids(Kind.EVENT, Action.CHANGED) == {fair}
    rota = workspace.rota.rota(fair)
    assert [s.kind for s in rota.shifts][:2] == [ShiftKind.BUILD_UP, ShiftKind.OPEN_DAY]
    assert [w.kind for w in rota.warnings] == [WarningKind.BELOW_NEED] * 8
    assert rota.location == "Elmiamässan, Elmiavägen 11, Jönköping"
    assert [d.day for d in rota.coverage] == [date(2027, 3, d) for d in (8, 9, 10, 11)]
    assert all(c is None or c.coverage is Coverage.UNDER for c in rota.coverage[1].cells[0])


def test_assigning_beyond_the_need_asks_for_a_reason(workspace: Workspace) -> None:
    fair = _fair(workspace)
    shift = workspace.rota.add_shift(
        Shift(None, fair, ShiftKind.OPEN_DAY, "Morgon", at(9, 9), at(9, 13), needed=1)
    ).record
    ada, bo = _people(workspace, "Ada Lind", "Bo Ek")
    first = workspace.rota.assign(shift.id or 0, ada)
    assert first.changes.ids(Kind.SHIFT_PERSON, Action.CREATED) == {first.record.id}
    with pytest.raises(ValidationError, match="already has the 1 person it needs; give a reason"):
        workspace.rota.assign(shift.id or 0, bo)
    assert len(workspace.rota.people(shift.id or 0)) == 1  # nothing changed
    second = workspace.rota.assign(shift.id or 0, bo, reason="Demo of the robot cell")
    assert second.record.reason == "Demo of the robot cell"
    with pytest.raises(ValidationError, match="already on"):
        workspace.rota.assign(shift.id or 0, bo, reason="again")
    workspace.rota.unassign(shift.id or 0, bo)
    with pytest.raises(ValidationError, match="is not on"):
        workspace.rota.unassign(shift.id or 0, bo)
    with pytest.raises(NotFoundError):
        workspace.rota.assign(999, ada)


def test_an_edit_of_following_shifts_says_how_many_first(workspace: Workspace) -> None:
    fair = _fair(workspace)
    shifts = workspace.rota.add_from_template(fair, TEMPLATE).record
    mornings = [s for s in shifts if s.title.endswith("shift 1")]
    preview = workspace.rota.edit_preview(mornings[1].id or 0, Scope.FOLLOWING)
    assert preview.count == 2
    assert workspace.rota.edit_preview(mornings[1].id or 0, Scope.ALL).count == 3
    assert workspace.rota.edit_preview(mornings[1].id or 0, Scope.THIS).count == 1
    edited = workspace.rota.edit_shifts(
        mornings[1].id or 0, ShiftEdit(starts=time(8, 30), needed=3), Scope.FOLLOWING
    )
    assert [s.id for s in edited.record] == list(preview.shift_ids)
    assert [(s.start, s.needed, s.sequence) for s in edited.record] == [
        (at(10, 8, 30), 3, 1),
        (at(11, 8, 30), 3, 1),
    ]
    assert workspace.rota.shift(mornings[0].id or 0).start == at(9, 9)
    with pytest.raises(ValidationError, match="nothing to change"):
        workspace.rota.edit_shifts(mornings[0].id or 0, ShiftEdit())


def test_warnings_a_person_in_two_shifts_a_session_at_once_too_long_a_day_a_skill(
    workspace: Workspace,
) -> None:
    fair = _fair(workspace)
    rota = workspace.rota
    early = rota.add_shift(
        Shift(None, fair, ShiftKind.OPEN_DAY, "Tidig", at(9, 7), at(9, 13), 1, ("German",))
    ).record
    late = rota.add_shift(Shift(None, fair, ShiftKind.OPEN_DAY, "Sen", at(9, 12), at(9, 18), 1))
    ada, bo = _people(workspace, "Ada Lind", "Bo Ek")
    rota.assign(early.id or 0, ada)
    rota.assign(late.record.id or 0, ada)
    talk = workspace.programme.add_session(
        Session(None, fair, "Robotdemo", at(9, 10), at(9, 11)),
        [RoleLink(None, ada, PersonRole.SPEAKER, Target.SESSION, 0, Confirmation.CONFIRMED)],
    )
    assert talk.record.id is not None
    found = {(w.kind, w.shift_ids) for w in rota.rota(fair).warnings}
    assert (WarningKind.DOUBLE_BOOKED, (early.id, late.record.id)) in found
    assert (WarningKind.DOUBLE_BOOKED, (early.id,)) in found  # and the session
    assert (WarningKind.OVER_DAILY_MAXIMUM, (early.id, late.record.id)) in found
    assert (WarningKind.MISSING_SKILL, (early.id,)) in found
    rota.add_skill(ada, " german ")
    assert rota.skills(ada) == ("german",)
    kinds = {w.kind for w in rota.rota(fair, daily_hours=12).warnings}
    assert WarningKind.MISSING_SKILL not in kinds
    assert WarningKind.OVER_DAILY_MAXIMUM not in kinds
    rota.remove_skill(ada, "German")
    assert rota.skills(ada) == ()
    assert bo


def test_duplicating_copies_the_rota_shifted_and_undoing_a_delete_restores_it(
    workspace: Workspace,
) -> None:
    fair = _fair(workspace)
    shift = workspace.rota.add_shift(
        Shift(None, fair, ShiftKind.OPEN_DAY, "Morgon", at(9, 9), at(9, 13), 2, ("English",))
    ).record
    (ada,) = _people(workspace, "Ada Lind")
    workspace.rota.assign(shift.id or 0, ada)

    copy = workspace.events.duplicate(fair, to_day=date(2027, 3, 30)).event
    assert copy.id is not None
    copied = workspace.rota.rota(copy.id)
    # Summer time began meanwhile: the same wall-clock times.
    assert [(s.start, s.end, s.skills) for s in copied.shifts] == [
        (at(30, 9), at(30, 13), ("English",))
    ]
    assert copied.shifts[0].uid != shift.uid
    assert [p.contact_id for p in copied.people] == [ada]

    deleted = workspace.events.delete(fair)
    with pytest.raises(NotFoundError):
        workspace.rota.shift(shift.id or 0)
    workspace.events.restore(deleted.snapshot)
    back = workspace.rota.rota(fair)
    assert [(s.id, s.uid, s.start) for s in back.shifts] == [(shift.id, shift.uid, shift.start)]
    assert [p.contact_id for p in back.people] == [ada]


def test_moving_the_event_moves_its_shifts_and_undo_moves_them_back(
    workspace: Workspace,
) -> None:
    fair = _fair(workspace)
    shift = workspace.rota.add_shift(
        Shift(None, fair, ShiftKind.OPEN_DAY, "Morgon", at(9, 9), at(9, 13))
    ).record
    before = workspace.events.get(fair)
    moved = replace(
        before.draft(),
        timing=AllDaySpan(date(2027, 3, 30), date(2027, 4, 1), "Europe/Stockholm"),
    )
    saved = workspace.events.update(fair, moved, expected_version=before.version)
    assert saved.changes.ids(Kind.SHIFT, Action.CHANGED) == {shift.id}
    after = workspace.rota.shift(shift.id or 0)
    assert (after.start, after.end, after.uid) == (at(30, 9), at(30, 13), shift.uid)
    again = workspace.events.get(fair)
    workspace.events.update(fair, before.draft(), expected_version=again.version)
    assert workspace.rota.shift(shift.id or 0).start == at(9, 9)


def test_bad_shifts_are_refused_with_what_is_wrong(workspace: Workspace) -> None:
    fair = _fair(workspace)
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        workspace.rota.add_shift(Shift(None, fair, ShiftKind.OTHER, "", at(9, 13), at(9, 9)))
    with pytest.raises(ValidationError, match="needs 0 people"):
        workspace.rota.add_shift(Shift(None, fair, ShiftKind.OTHER, "", at(9, 9), at(9, 13), 0))
    with pytest.raises(NotFoundError):
        workspace.rota.add_shift(Shift(None, 999, ShiftKind.OTHER, "", at(9, 9), at(9, 13)))
    assert workspace.rota.rota(fair).shifts == ()


def test_a_person_on_a_shift_is_not_deleted_from_the_contacts(workspace: Workspace) -> None:
    fair = _fair(workspace)
    shift = workspace.rota.add_shift(
        Shift(None, fair, ShiftKind.OPEN_DAY, "Morgon", at(9, 9), at(9, 13))
    ).record
    (ada,) = _people(workspace, "Ada Lind")
    workspace.rota.assign(shift.id or 0, ada)
    with pytest.raises(ValidationError, match="is used by 1 event"):
        workspace.contacts.delete(ada)
    workspace.rota.unassign(shift.id or 0, ada)
    workspace.rota.add_skill(ada, "Tyska")
    workspace.contacts.delete(ada)  # their skills go with them


def test_an_import_that_updates_and_moves_the_event_keeps_its_shifts_moved(
    workspace: Workspace,
) -> None:
    workspace.imports.apply(workspace.imports.plan(calendar(event("SEQUENCE:1"))))
    made = workspace.events.get_by_uid("a@test")
    shift = workspace.rota.add_shift(
        Shift(None, made.id or 0, ShiftKind.OPEN_DAY, "Värd", at(12, 8, 30), at(12, 10))
    ).record
    two_weeks_later = calendar(
        event(
            "SEQUENCE:5",
            "DTSTART;TZID=Europe/Stockholm:20270326T090000",
            "DTEND;TZID=Europe/Stockholm:20270326T100000",
        )
    )
    workspace.imports.apply(workspace.imports.plan(two_weeks_later))
    moved = workspace.rota.shift(shift.id or 0)
    assert (moved.start, moved.end, moved.uid) == (at(26, 8, 30), at(26, 10), shift.uid)


def test_a_person_at_another_event_or_on_its_rota_at_once_is_warned_of(
    workspace: Workspace,
) -> None:
    fair = _fair(workspace)
    other = workspace.events.create(
        EventDraft("Frukostseminarium", AllDaySpan(date(2027, 3, 9), date(2027, 3, 9),
                   "Europe/Stockholm"))
    ).event.id or 0  # fmt: skip
    ada, bo = _people(workspace, "Ada Lind", "Bo Ek")
    workspace.programme.add_role(
        RoleLink(None, ada, PersonRole.HOST, Target.EVENT, other, Confirmation.CONFIRMED)
    )
    here = workspace.rota.add_shift(
        Shift(None, fair, ShiftKind.OPEN_DAY, "Morgon", at(9, 9), at(9, 13))
    ).record
    there = workspace.rota.add_shift(
        Shift(None, other, ShiftKind.OPEN_DAY, "Entré", at(9, 8), at(9, 10))
    ).record
    workspace.rota.assign(here.id or 0, ada)
    workspace.rota.assign(here.id or 0, bo, reason="Två behövs")
    workspace.rota.assign(there.id or 0, bo)
    warned = [w for w in workspace.rota.rota(fair).warnings if w.kind is WarningKind.DOUBLE_BOOKED]
    assert {(w.contact_id, w.shift_ids) for w in warned} == {(ada, (here.id,)), (bo, (here.id,))}
    assert any("Frukostseminarium" in w.note for w in warned if w.contact_id == ada)
    assert any("'Entré'" in w.note for w in warned if w.contact_id == bo)


def test_a_deleted_shift_is_not_made_again_without_its_people(workspace: Workspace) -> None:
    """Undo of a delete whose person has left the contacts meanwhile is refused, saying
    who, and makes nothing."""
    fair = _fair(workspace)
    shift = workspace.rota.add_shift(
        Shift(None, fair, ShiftKind.OPEN_DAY, "Morgon", at(9, 9), at(9, 13))
    ).record
    (ada,) = _people(workspace, "Ada Lind")
    workspace.rota.assign(shift.id or 0, ada)
    deleted = workspace.rota.delete_shift(shift.id or 0).record
    workspace.contacts.delete(ada)
    with pytest.raises(ValidationError, match="Ada Lind was on 'Morgon' but is no longer"):
        workspace.rota.restore_shift(deleted)
    assert workspace.rota.rota(fair).shifts == ()


def test_a_co_exhibitor_s_people_beyond_its_staff_quota_at_once_take_a_reason(
    workspace: Workspace,
) -> None:
    """Robotik may have 2 people on the stand at once: a third at once asks for a reason
    (as a shift beyond its need) and is refused without one; at another time, or the
    cluster's own people, need none. Its people are those who work for it and those named
    for it on the badge list."""
    from eventplanner.domain.model import Organisation
    from eventplanner.domain.stand import CoExhibitor, ExhibitorStaff

    fair = _fair(workspace)
    robotics = workspace.organisations.create(Organisation(None, "Robotik i Norr AB"))
    assert robotics.id is not None
    ada, bo, cai, dan = (
        workspace.contacts.create(Contact(None, name, organisation_id=org)).id or 0
        for name, org in (("Ada Lind", robotics.id), ("Bo Ek", robotics.id),
                          ("Cai Berg", None), ("Dan Ek", None))
    )  # fmt: skip
    exhibitor = workspace.stand.add_co_exhibitor(
        fair, CoExhibitor(None, 0, robotics.id, staff_quota=2, badge_quota=4)
    ).record
    workspace.stand.add_staff(fair, ExhibitorStaff(None, 0, "Cai Berg", exhibitor.id, cai))
    rota = workspace.rota
    morning, midday, afternoon = (
        rota.add_shift(Shift(None, fair, ShiftKind.OPEN_DAY, title, at(9, start), at(9, end),
                             needed=3)).record.id or 0
        for title, start, end in (("Morgon", 9, 13), ("Mitt", 12, 15), ("Kväll", 14, 17))
    )  # fmt: skip
    assert [q.contact_ids for q in rota.rota(fair).quotas] == [frozenset({ada, bo, cai})]
    rota.assign(morning, ada)
    rota.assign(morning, bo)
    with pytest.raises(ValidationError, match=(
        "reason: 'Robotik i Norr AB' may have 2 people on the stand at once \\(its staff "
        "quota\\) and would have 3 with Cai Berg on 'Mitt'; give a reason to put Cai Berg on "
        "it as well"
    )):  # fmt: skip
        rota.assign(midday, cai)
    assert rota.people(midday) == ()  # nothing changed
    rota.assign(afternoon, cai)  # after the morning: two at once at most
    rota.assign(midday, dan)  # the cluster's own
    rota.assign(afternoon, ada)  # on the morning too, but with Cai only at 14
    with pytest.raises(ValidationError, match="would have 3 with Bo Ek on 'Kväll'"):
        rota.assign(afternoon, bo)
    rota.assign(midday, cai, reason="Demo of the robot cell at noon")
    assert {p.contact_id for p in rota.people(midday)} == {cai, dan}
