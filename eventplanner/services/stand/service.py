"""Running an event's stand at a fair: the stand itself, its co-exhibitors, the fair
organiser's deadlines, the people named for badges and the materials checklist.

Every write is one transaction and returns its change set (``Written.changes``, or the
``ChangeSet`` itself for a removal), naming the event as changed so its views refresh; the
event's own row (its SEQUENCE) is left alone: nothing here is in a calendar. A write to a
list of an event without a stand makes the stand first (an empty one: fill it in with
``save_stand``). Refused input raises ``ValidationError`` and changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.exhibitor_quotas import badge_problems
from eventplanner.domain.fair_deadline_moves import DeadlineStep
from eventplanner.domain.programme import raise_first
from eventplanner.domain.stand import (
    CoExhibitor,
    DatedItem,
    ExhibitorStaff,
    Stand,
    StandDeadline,
    StandMaterial,
    co_exhibitor_problems,
    dated_items,
    shares_total,
    staff_problems,
    stand_problems,
)
from eventplanner.domain.task_moves import TaskMove
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    CoExhibitorRow,
    ExhibitorStaffRow,
    StandDeadlineRow,
    StandMaterialRow,
    StandRow,
)
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events.task_moves import fair_deadline_dates
from eventplanner.services.programme.records import Written
from eventplanner.services.stand import reading
from eventplanner.services.stand import rows as lookup
from eventplanner.services.stand.deadline_tasks import (
    planned_moves,
    put_back_first,
    tasks_followed,
)
from eventplanner.services.stand.reading import StandView


class StandService:
    """Use cases on an event's stand. Every method is one transaction: all of it or none."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading ---------------------------------------------------------------------------

    def stand(self, event_id: int) -> StandView:
        """The event's stand and its lists (``stand`` None when it has none yet), and its
        open days from the event's phases."""
        with self._db.reading() as session:
            return reading.read_stand(session, lookup.event_row(session, event_id))

    def dated_items(self, event_id: int) -> tuple[DatedItem, ...]:
        """The stand's deadlines (its own and its co-exhibitors') as dated items in date
        order: what the tasks take in."""
        return dated_items(self.stand(event_id).deadlines)

    # -- the stand -------------------------------------------------------------------------

    @reported
    def save_stand(self, stand: Stand) -> Written[Stand]:
        """Make the event's stand (``stand.id`` None, and it has none) or change it (as
        loaded at ``stand.version``). Refused: an area below the co-exhibitors' shares."""
        with self._db.transaction() as session:
            event_row = lookup.event_row(session, stand.event_id, lock=True)
            found = lookup.stand_row(session, stand.event_id)
            if stand.id is None and found is not None:
                raise ValidationError("stand", f"{event_row.title!r} has a stand already")
            if stand.id is not None:
                row = lookup.get(session, StandRow, stand.id, "stand", stand.version)
                if row.event_id != stand.event_id:
                    raise ValidationError("stand", f"the stand is not {event_row.title!r}'s")
            shares = 0.0
            if found is not None:
                shares = shares_total(
                    reading.co_exhibitor(r)
                    for r in lookup.of_stand(session, CoExhibitorRow, found.id)
                )
            raise_first(stand_problems(stand, shares))
            if stand.organiser_id is not None:
                lookup.organisation(session, stand.organiser_id, "the fair organiser")
            if stand.lead_contact_id is not None:
                lookup.contact(session, stand.lead_contact_id, "the stand lead")
            values = {
                "event_id": stand.event_id, "organiser_id": stand.organiser_id,
                "hall": stand.hall.strip(), "booth": stand.booth.strip(), "area": stand.area,
                "stand_type": stand.stand_type.value, "lead_contact_id": stand.lead_contact_id,
                "notes": stand.notes,
            }  # fmt: skip
            if stand.id is None:
                row = StandRow(**values, version=1)
                session.add(row)
                action = Action.CREATED
            else:
                for name, value in values.items():
                    setattr(row, name, value)
                action = Action.CHANGED
            session.flush()
            return Written(
                reading.stand(row, reading.Names(session)),
                lookup.changes(Kind.STAND, action, row.id, event_row),
            )

    # -- co-exhibitors ---------------------------------------------------------------------

    @reported
    def add_co_exhibitor(self, event_id: int, exhibitor: CoExhibitor) -> Written[CoExhibitor]:
        """An organisation sharing the event's stand (once)."""
        with self._db.transaction() as session:
            event_row = lookup.event_row(session, event_id, lock=True)
            stand_row, made = lookup.stand_for_writing(session, event_id)
            exhibitor = replace(exhibitor, id=None, stand_id=stand_row.id)
            self._check_co_exhibitor(session, exhibitor, stand_row)
            row = CoExhibitorRow(**lookup.exhibitor_values(exhibitor), version=1)
            session.add(row)
            session.flush()
            changes = made | lookup.changes(Kind.CO_EXHIBITOR, Action.CREATED, row.id, event_row)
            return Written(reading.co_exhibitor(row, reading.Names(session)), changes)

    @reported
    def edit_co_exhibitor(self, exhibitor: CoExhibitor) -> Written[CoExhibitor]:
        """Save a co-exhibitor as ``exhibitor`` has it (loaded at its version)."""
        with self._db.transaction() as session:
            ident = lookup.saved_id(exhibitor.id, "co-exhibitor")
            row = lookup.get(session, CoExhibitorRow, ident, "co-exhibitor", exhibitor.version)
            stand_row = lookup.get(session, StandRow, row.stand_id, "stand")
            event_row = lookup.event_row(session, stand_row.event_id, lock=True)
            exhibitor = replace(exhibitor, stand_id=row.stand_id)
            self._check_co_exhibitor(session, exhibitor, stand_row)
            for name, value in lookup.exhibitor_values(exhibitor).items():
                setattr(row, name, value)
            session.flush()
            changes = lookup.changes(Kind.CO_EXHIBITOR, Action.CHANGED, row.id, event_row)
            return Written(reading.co_exhibitor(row, reading.Names(session)), changes)

    @reported
    def remove_co_exhibitor(self, exhibitor_id: int) -> ChangeSet:
        """Take a co-exhibitor off the stand, with its own deadlines and people."""
        with self._db.transaction() as session:
            row = lookup.get(session, CoExhibitorRow, exhibitor_id, "co-exhibitor")
            stand_row = lookup.get(session, StandRow, row.stand_id, "stand")
            event_row = lookup.event_row(session, stand_row.event_id, lock=True)
            changes = lookup.changes(Kind.CO_EXHIBITOR, Action.DELETED, exhibitor_id, event_row)
            owned: tuple[tuple[Any, Kind], ...] = (
                (StandDeadlineRow, Kind.STAND_DEADLINE),
                (ExhibitorStaffRow, Kind.EXHIBITOR_STAFF),
            )
            for model, kind in owned:
                theirs: list[Any] = list(
                    session.scalars(select(model).where(model.co_exhibitor_id == exhibitor_id))
                )
                changes |= ChangeSet.of(kind, Action.DELETED, [r.id for r in theirs])
                for other in theirs:
                    session.delete(other)
            session.flush()
            session.delete(row)
            session.flush()
            return changes

    def _check_co_exhibitor(
        self, session: OrmSession, exhibitor: CoExhibitor, stand_row: StandRow
    ) -> None:
        organisation = lookup.organisation(session, exhibitor.organisation_id, "the co-exhibitor")
        others = [
            reading.co_exhibitor(r) for r in lookup.of_stand(session, CoExhibitorRow, stand_row.id)
        ]
        raise_first(co_exhibitor_problems(exhibitor, organisation.name, stand_row.area, others))
        if any(o.organisation_id == exhibitor.organisation_id and o.id != exhibitor.id
               for o in others):  # fmt: skip
            raise ValidationError("organisation", f"{organisation.name!r} shares the stand already")
        if exhibitor.contact_id is not None:
            lookup.contact(session, exhibitor.contact_id, f"the co-exhibitor {organisation.name!r}")
        if exhibitor.id is not None:  # a quota made smaller than the badges named
            rows = lookup.of_stand(session, ExhibitorStaffRow, stand_row.id)
            staff = [reading.staff_member(r, {}) for r in rows]
            raise_first(badge_problems(exhibitor, organisation.name, staff))

    # -- deadlines -------------------------------------------------------------------------

    def planned_deadline_moves(
        self, event_id: int, steps: Sequence[DeadlineStep]
    ) -> list[TaskMove]:
        """The tasks that writing ``steps`` (deadlines added, changed or taken away, one
        after another: (as it was, as saved)) would move, from → to, by the rule the writes
        follow (``domain.fair_deadline_moves``); nothing is written."""
        with self._db.reading() as session:
            lookup.event_row(session, event_id)
            return planned_moves(session, event_id, steps)

    @reported
    def add_deadline(
        self, event_id: int, deadline: StandDeadline, *, tasks_back: Sequence[TaskMove] = ()
    ) -> Written[StandDeadline]:
        """A fair organiser's deadline for the stand, or for one of its co-exhibitors.
        ``tasks_back``, for an undo: the moves of the write undone, put back first."""
        with self._db.transaction() as session:
            event_row = lookup.event_row(session, event_id, lock=True)
            stand_row, made = lookup.stand_for_writing(session, event_id)
            deadline = replace(deadline, id=None, stand_id=stand_row.id)
            lookup.check_deadline(session, deadline)
            made |= put_back_first(session, tasks_back)
            was = fair_deadline_dates(session, event_id)
            row = StandDeadlineRow(**lookup.deadline_values(deadline), version=1)
            session.add(row)
            session.flush()
            changes = made | lookup.changes(Kind.STAND_DEADLINE, Action.CREATED, row.id, event_row)
            changes |= tasks_followed(session, event_id, was)
            return Written(reading.deadline(row), changes)

    @reported
    def edit_deadline(
        self, deadline: StandDeadline, *, tasks_back: Sequence[TaskMove] = ()
    ) -> Written[StandDeadline]:
        """Save a deadline as ``deadline`` has it (loaded at its version): done, say.
        ``tasks_back``, for an undo: the moves of the write undone, put back first."""
        with self._db.transaction() as session:
            ident = lookup.saved_id(deadline.id, "deadline")
            row = lookup.get(session, StandDeadlineRow, ident, "deadline", deadline.version)
            event_row = lookup.event_of_stand(session, row.stand_id)
            deadline = replace(deadline, stand_id=row.stand_id)
            lookup.check_deadline(session, deadline)
            back = put_back_first(session, tasks_back)
            was = fair_deadline_dates(session, event_row.id)
            for name, value in lookup.deadline_values(deadline).items():
                setattr(row, name, value)
            session.flush()
            changes = back | lookup.changes(Kind.STAND_DEADLINE, Action.CHANGED, row.id, event_row)
            changes |= tasks_followed(session, event_row.id, was)
            return Written(reading.deadline(row), changes)

    @reported
    def remove_deadline(
        self, deadline_id: int, *, tasks_back: Sequence[TaskMove] = ()
    ) -> ChangeSet:
        """Take a deadline away; the tasks counted from it count from the next of its kind,
        if there is one (else they stay where they are). ``tasks_back``, for an undo: the
        moves of the write undone, put back first."""
        with self._db.transaction() as session:
            row = lookup.get(session, StandDeadlineRow, deadline_id, "deadline")
            event_row = lookup.event_of_stand(session, row.stand_id)
            back = put_back_first(session, tasks_back)
            was = fair_deadline_dates(session, event_row.id)
            session.delete(row)
            session.flush()
            changes = lookup.changes(Kind.STAND_DEADLINE, Action.DELETED, deadline_id, event_row)
            return back | changes | tasks_followed(session, event_row.id, was)

    # -- people for badges -----------------------------------------------------------------

    @reported
    def add_staff(self, event_id: int, staff: ExhibitorStaff) -> Written[ExhibitorStaff]:
        """A person working the stand, for the badge list: a co-exhibitor's, or the
        cluster's (``co_exhibitor_id`` None)."""
        with self._db.transaction() as session:
            event_row = lookup.event_row(session, event_id, lock=True)
            stand_row, made = lookup.stand_for_writing(session, event_id)
            staff = replace(staff, id=None, stand_id=stand_row.id, name=staff.name.strip())
            raise_first(staff_problems(staff))
            lookup.co_exhibitor_of(session, staff.co_exhibitor_id, stand_row.id)
            if staff.contact_id is not None:
                lookup.contact(session, staff.contact_id, f"the person {staff.name!r}")
            if staff.co_exhibitor_id is not None and staff.badge:
                self._check_badge(session, staff)
            row = ExhibitorStaffRow(
                stand_id=staff.stand_id, co_exhibitor_id=staff.co_exhibitor_id,
                contact_id=staff.contact_id, name=staff.name, badge=staff.badge, version=1,
            )  # fmt: skip
            session.add(row)
            session.flush()
            view = reading.read_stand(session, event_row)
            saved = next(s for s in view.staff if s.id == row.id)
            changes = made | lookup.changes(Kind.EXHIBITOR_STAFF, Action.CREATED, row.id, event_row)
            return Written(saved, changes)

    def _check_badge(self, session: OrmSession, staff: ExhibitorStaff) -> None:
        """One more person with a badge fits the co-exhibitor's badge quota."""
        row = session.get(CoExhibitorRow, staff.co_exhibitor_id, with_for_update=True)
        assert row is not None  # (checked by lookup.co_exhibitor_of)
        exhibitor = reading.co_exhibitor(row, reading.Names(session))
        rows = lookup.of_stand(session, ExhibitorStaffRow, staff.stand_id)
        others = [reading.staff_member(r, {}) for r in rows]
        raise_first(badge_problems(exhibitor, exhibitor.organisation_name, others, staff))

    @reported
    def remove_staff(self, staff_id: int) -> ChangeSet:
        return self._remove(ExhibitorStaffRow, staff_id, "person", Kind.EXHIBITOR_STAFF)

    # -- materials -------------------------------------------------------------------------

    @reported
    def add_material(self, event_id: int, material: StandMaterial) -> Written[StandMaterial]:
        """An item on the stand's materials checklist."""
        with self._db.transaction() as session:
            event_row = lookup.event_row(session, event_id, lock=True)
            stand_row, made = lookup.stand_for_writing(session, event_id)
            material = replace(material, id=None, stand_id=stand_row.id)
            material = lookup.material_checked(session, material)
            row = StandMaterialRow(**lookup.material_values(material), version=1)
            session.add(row)
            session.flush()
            changes = made | lookup.changes(Kind.STAND_MATERIAL, Action.CREATED, row.id, event_row)
            return Written(reading.material(row, reading.Names(session)), changes)

    @reported
    def edit_material(self, material: StandMaterial) -> Written[StandMaterial]:
        """Save an item as ``material`` has it (loaded at its version): where it is now."""
        with self._db.transaction() as session:
            ident = lookup.saved_id(material.id, "item")
            row = lookup.get(session, StandMaterialRow, ident, "item", material.version)
            event_row = lookup.event_of_stand(session, row.stand_id)
            material = lookup.material_checked(session, replace(material, stand_id=row.stand_id))
            for name, value in lookup.material_values(material).items():
                setattr(row, name, value)
            session.flush()
            changes = lookup.changes(Kind.STAND_MATERIAL, Action.CHANGED, row.id, event_row)
            return Written(reading.material(row, reading.Names(session)), changes)

    @reported
    def remove_material(self, material_id: int) -> ChangeSet:
        return self._remove(StandMaterialRow, material_id, "item", Kind.STAND_MATERIAL)

    def _remove(self, model: type[Any], ident: int, noun: str, kind: Kind) -> ChangeSet:
        with self._db.transaction() as session:
            row = lookup.get(session, model, ident, noun)
            event_row = lookup.event_of_stand(session, row.stand_id)
            session.delete(row)
            session.flush()
            return lookup.changes(kind, Action.DELETED, ident, event_row)
