"""How the rows of the tables an event owns go to a copy of the event (``OwnedTable.shifted``:
a duplicate, on its days or others) and to the later part of a split series
(``OwnedTable.split``); ``owned.OWNED_TABLES`` names each table's rules.
"""

from __future__ import annotations

from datetime import timedelta

from eventplanner.domain.model import Event
from eventplanner.domain.programme import shifted as shifted_in_zone
from eventplanner.services.events import rows
from eventplanner.services.events.owned_table import RowValues, Shift


def changes_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    # As a copy's draft leaves its skipped dates behind (``EventService.duplicate``): a
    # series copied to other days starts afresh, its exceptions belonged to the old dates.
    return None if shift.moved else values


def times_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """A phase of a copy: the same wall-clock times on the copy's days."""
    if not shift.moved:
        return values
    return {
        **values,
        "starts_at": shifted_in_zone(values["starts_at"], shift.days, shift.time_zone),
        "ends_at": shifted_in_zone(values["ends_at"], shift.days, shift.time_zone),
    }


def session_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """A session of a copy: shifted with it, under a UID of its own (a calendar must not
    take it for the original's)."""
    moved = times_shifted(values, shift)
    assert moved is not None
    return {**moved, "uid": rows.new_uid()}


def unsplit(_values: RowValues, _at: Event) -> RowValues | None:
    """Written by the domain's split rule from the event itself (tags from the draft,
    changed occurrences from ``domain.series.split_series``): not copied again."""
    return None


def stays(_values: RowValues, _at: Event) -> RowValues | None:
    """A series has no programme (``domain.programme``): nothing of it goes to a split."""
    return None


def unreleased(_values: RowValues, _shift: Shift) -> RowValues | None:
    """A copy of an event starts as an unreleased draft: its sessions have UIDs of their
    own, which no release of the original knows."""
    return None


def deadline_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """A fair's deadline of a copy on other days (next year's fair): as many days on as
    the copy is, and open again."""
    if not shift.moved:
        return values
    return {**values, "due_date": values["due_date"] + timedelta(days=shift.days), "done": False}


def exhibitor_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """A co-exhibitor of a copy on other days is to be asked again: a fair organiser's
    approval is for one fair."""
    return {**values, "state": "asked"} if shift.moved else values


def material_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """The materials of a copy on other days start at the office: the list is what goes
    to the next fair, not where last year's things ended up."""
    return {**values, "state": "at_office"} if shift.moved else values


def task_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """A task of a copy: open, unpinned, a UID of its own, its date as many days on as the
    copy lies from the original (those counted from the event are counted again after)."""
    return {
        **values,
        "uid": rows.new_uid(),
        "due_date": values["due_date"] + timedelta(days=shift.days),
        "done_at": None,
        "done_by": "",
        "pinned": False,
        "sequence": 0,
        "version": 1,
    }


def budget_line_copied(values: RowValues, _shift: Shift) -> RowValues | None:
    """A line of a copy of the event: what was planned, nothing spent or received yet."""
    return {**values, "actual_minor": None, "version": 1}


def not_copied(_values: RowValues, _shift: Shift) -> RowValues | None:
    """A duplicate is a new occasion: people register for it afresh, so a copy of an event
    (on its days or others) starts with no registrations."""
    return None
