"""The working-days setting of a database: read it, switch the bridge days, add (or rename)
and remove the organisation's own days off. Every write is one transaction and returns its
change set (``Kind.SETTING``, ``Kind.DAY_OFF``).

A change counts in every deadline counted after it: tasks already counted keep their dates
until they are counted again (their event moves, or ``TaskService.recount`` is asked for,
with its preview), so nothing moves behind anyone's back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.working_days import OwnDayOff, WorkingCalendar, checked_day_off
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import OwnDayOffRow, SettingRow
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.working_days.stored import (
    BRIDGE_DAYS_OFF,
    Setting,
    forget_calendar,
    stored_calendar,
    stored_days_off,
)


@dataclass(frozen=True, slots=True)
class WorkingDays:
    """The database's working-days setting."""

    bridge_days_off: bool = False
    days_off: tuple[OwnDayOff, ...] = ()
    """The organisation's own days off, in date order."""

    @property
    def calendar(self) -> WorkingCalendar:
        return WorkingCalendar.of(self.bridge_days_off, self.days_off)


@dataclass(frozen=True, slots=True)
class WorkingDaysWritten:
    """The setting as written, and what the write changed."""

    settings: WorkingDays
    changes: ChangeSet


class WorkingDaysService:
    """Use cases on the working-days setting; each call is one transaction."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self) -> WorkingDays:
        with self._db.reading() as session:
            return _read(session)

    def calendar(self) -> WorkingCalendar:
        """The calendar the database counts working days in."""
        with self._db.reading() as session:
            return stored_calendar(session)

    @reported
    def change(
        self,
        *,
        bridge_days_off: bool | None = None,
        add: Sequence[OwnDayOff] = (),
        remove: Sequence[date] = (),
    ) -> WorkingDaysWritten:
        """Switch the bridge days (None: as they are), add own days off (a day that is one
        already is renamed) and remove others, all or nothing. ValidationError naming a day
        removed that is not one, or one both added and removed; nothing is saved then."""
        adding = [checked_day_off(d) for d in add]
        days = [d.day for d in adding]
        twice = next((d for d in days if days.count(d) > 1), None)
        if twice is not None:
            raise ValidationError("day off", f"{twice} is added twice; give each day once")
        both = next((d for d in days if d in remove), None)
        if both is not None:
            raise ValidationError("day off", f"{both} is both added and removed; give one")
        with self._db.transaction() as session:
            changes = ChangeSet()
            if bridge_days_off is not None:
                changes |= _write(session, BRIDGE_DAYS_OFF, bridge_days_off)
            for day in dict.fromkeys(remove):
                changes |= _removed(session, day)
            for day_off in adding:
                changes |= _added(session, day_off)
            session.flush()
            forget_calendar(session)
            return WorkingDaysWritten(_read(session), changes)

    def set_bridge_days_off(self, on: bool) -> WorkingDaysWritten:
        return self.change(bridge_days_off=on)

    def add_day_off(self, day_off: OwnDayOff) -> WorkingDaysWritten:
        return self.change(add=[day_off])

    def remove_day_off(self, day: date) -> WorkingDaysWritten:
        return self.change(remove=[day])


def now_utc() -> datetime:
    return datetime.now(UTC)


def _read(session: Session) -> WorkingDays:
    return WorkingDays(BRIDGE_DAYS_OFF.read(session), tuple(stored_days_off(session)))


def _write(session: Session, setting: Setting[bool], value: bool) -> ChangeSet:
    if setting.read(session) == value:
        return ChangeSet()
    text = json.dumps(value)
    row = session.scalars(
        select(SettingRow).where(SettingRow.key == setting.key).with_for_update()
    ).one_or_none()
    if row is None:
        row = SettingRow(key=setting.key, value=text, modified_at=now_utc(), version=1)
        session.add(row)
    else:
        row.value = text
        row.modified_at = now_utc()
    session.flush()
    return ChangeSet.of(Kind.SETTING, Action.CHANGED, [row.id])


def _day_row(session: Session, day: date) -> OwnDayOffRow | None:
    statement = select(OwnDayOffRow).where(OwnDayOffRow.day == day).with_for_update()
    return session.scalars(statement).one_or_none()


def _removed(session: Session, day: date) -> ChangeSet:
    row = _day_row(session, day)
    if row is None:
        raise ValidationError(
            "day off", f"{day} is not one of the organisation's own days off; nothing was changed"
        )
    ident = row.id
    session.delete(row)
    session.flush()
    return ChangeSet.of(Kind.DAY_OFF, Action.DELETED, [ident])


def _added(session: Session, day_off: OwnDayOff) -> ChangeSet:
    row = _day_row(session, day_off.day)
    if row is None:
        row = OwnDayOffRow(day=day_off.day, name=day_off.name, modified_at=now_utc(), version=1)
        session.add(row)
        session.flush()
        return ChangeSet.of(Kind.DAY_OFF, Action.CREATED, [row.id])
    if row.name == day_off.name:
        return ChangeSet()
    row.name = day_off.name
    row.modified_at = now_utc()
    session.flush()
    return ChangeSet.of(Kind.DAY_OFF, Action.CHANGED, [row.id])
