"""The working-days setting as stored, read inside a transaction: the calendar every task
computation on a database counts in (``stored_calendar``).

A setting is declared once here with its key, type and default (``Setting``); a database
without the row has the default, and a value of another type (written by a later version,
say) is read as the default too, so an older Eventplanner still counts by the law.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.working_days import OwnDayOff, WorkingCalendar
from eventplanner.persistence.schema import OwnDayOffRow, SettingRow

T = TypeVar("T", bool, int, str)

_CACHED = "working_calendar"
"""Where a transaction keeps the calendar it read (``Session.info``): a move of a year of
events reads it once."""

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """A setting of the database: its key, its type and its value when none is stored."""

    key: str
    kind: type[T]
    default: T

    def read(self, session: Session) -> T:
        text = session.scalar(select(SettingRow.value).where(SettingRow.key == self.key))
        if text is None:
            return self.default
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if type(value) is not self.kind:
            _log.warning("The setting %s holds %r, not a %s: its default is used",
                         self.key, text, self.kind.__name__)  # fmt: skip
            return self.default
        return value


BRIDGE_DAYS_OFF = Setting("working_days.bridge_days_off", bool, False)
"""Whether the bridge days (klämdagar) are days off; the law's calendar says no."""


def stored_days_off(session: Session) -> list[OwnDayOff]:
    """The organisation's own days off in date order."""
    found = session.execute(select(OwnDayOffRow.day, OwnDayOffRow.name).order_by(OwnDayOffRow.day))
    return [OwnDayOff(day, name) for day, name in found]


def stored_calendar(session: Session) -> WorkingCalendar:
    """The calendar the database counts working days in (read once a transaction)."""
    known = session.info.get(_CACHED)
    if isinstance(known, WorkingCalendar):
        return known
    made = WorkingCalendar.of(BRIDGE_DAYS_OFF.read(session), stored_days_off(session))
    session.info[_CACHED] = made
    return made


def forget_calendar(session: Session) -> None:
    """The transaction wrote the setting: the next read reads it again."""
    session.info.pop(_CACHED, None)
