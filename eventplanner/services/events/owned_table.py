"""One table of records that belong to an event, and how its rows travel with the event
(``OwnedTable``); ``owned.OWNED_TABLES`` declares every such table.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from eventplanner.domain.model import Event
from eventplanner.services.changes import Kind


class Ownership(enum.Enum):
    COPIED = "copied"
    """Travels with the event: kept in the snapshot, put back and copied with it."""
    DERIVED = "derived"
    """Worked out from the event: rebuilt, never kept."""


@dataclass(frozen=True, slots=True)
class Shift:
    """Where a copy of an event lies from its original: ``days`` on (0: the same days), at
    the same wall-clock times in ``time_zone`` (the event's)."""

    days: int = 0
    time_zone: str = "UTC"

    @property
    def moved(self) -> bool:
        return self.days != 0


Values = tuple[tuple[str, Any], ...]
"""One stored row: (column, value) in the table's column order."""
RowValues = dict[str, Any]
Rebuild = Callable[[Session, Sequence[Event]], None]
MadeGood = Callable[[Session, list[tuple[RowValues, int]]], list[tuple[RowValues, int]]]


def _as_it_is(values: RowValues, _shift: Shift) -> RowValues | None:
    return values


def _goes_along(values: RowValues, _later: Event) -> RowValues | None:
    return values


@dataclass(frozen=True, slots=True)
class OwnedTable:
    """One table of records that belong to an event (see ``owned``)."""

    table: Table
    link: str
    """The column naming the owner: an event's id, or the id of a row of ``parent``."""
    ownership: Ownership
    parent: str = "events"
    """The table ``link`` refers to: ``events``, or an owned table listed before this one."""
    in_calendar: bool = False
    """Written whole from what an iCalendar file carries of the event (its categories, its
    changed occurrences): an import's update replaces these rows; others it leaves alone."""
    follows_edit: bool = False
    """Rewritten by an edit or split of a series itself (its tasks, counted from its
    days): with the ``in_calendar`` ones, what undoing that edit puts back; others (its
    registrations, its budget) it leaves alone."""
    shifted: Callable[[RowValues, Shift], RowValues | None] = _as_it_is
    """A row of a copy of the event that lies ``Shift`` from it; None leaves it behind."""
    split: Callable[[RowValues, Event], RowValues | None] = _goes_along
    """A row the later part of a split series (the ``Event`` given, new) gets; None: it
    stays with the earlier part only."""
    rebuild: Rebuild | None = None
    """Derived tables: write the rows of these events (their old rows are gone)."""
    made_good: MadeGood | None = None
    """Rows about to be written back ``(values, event id)``, their references to records
    the event does not own made good (one deleted meanwhile): those to write."""
    references: tuple[tuple[str, str], ...] = ()
    """Other columns that name a row of an owned table listed before this one (a session's
    stage and block): ``(column, table)``, given the copy's ids when written."""
    self_references: tuple[str, ...] = ()
    """Columns that name another row of this same table (a task counted from another):
    given the copy's ids once every row is written."""
    moves: Kind | None = None
    """Rows with times of their own (``starts_at``, ``ends_at``: a programme's sessions and
    phases) that move with the event when it moves to other days, keeping their identity;
    the kind of record they are, for the change set."""

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def own_id(self) -> str | None:
        """A single-column key of its own (kept on restore if free), or None."""
        keys = [c.name for c in self.table.primary_key.columns]
        return keys[0] if len(keys) == 1 and keys[0] != self.link else None
