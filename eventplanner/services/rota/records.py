"""What the rota's service returns: frozen values, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from eventplanner.domain.exhibitor_quotas import StaffQuota
from eventplanner.domain.programme import ProgrammeEvent
from eventplanner.domain.rota import Shift, ShiftPerson
from eventplanner.domain.rota_warnings import CoverageDay, RotaWarning
from eventplanner.services.changes import ChangeSet

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Written(Generic[T]):
    """What was saved, and the change set of the write."""

    record: T
    changes: ChangeSet


@dataclass(frozen=True, slots=True)
class DeletedShift:
    """A shift as it was when deleted, with the people who were on it: what an undo
    gives ``RotaService.restore_shift`` to make it again under the same UID."""

    shift: Shift
    people: tuple[ShiftPerson, ...]


@dataclass(frozen=True, slots=True)
class Rota:
    """An event's rota as stored: shifts in time order, the people on them, what it warns
    of, and its coverage grid per day."""

    event: ProgrammeEvent
    event_uid: str
    location: str
    """Where its shifts are (``feed.shift_location``)."""
    shifts: tuple[Shift, ...]
    people: tuple[ShiftPerson, ...]
    warnings: tuple[RotaWarning, ...]
    coverage: tuple[CoverageDay, ...]
    daily_hours: float
    quotas: tuple[StaffQuota, ...] = ()
    """The co-exhibitors' staff quotas on the event's stand (how many of each one's
    people may be on it at once), for a window to ask for a reason as the service will."""

    def people_on(self, shift_id: int | None) -> tuple[ShiftPerson, ...]:
        return tuple(p for p in self.people if p.shift_id == shift_id)

    def shift(self, shift_id: int) -> Shift | None:
        return next((s for s in self.shifts if s.id == shift_id), None)

    def warnings_of(self, shift_id: int | None) -> tuple[RotaWarning, ...]:
        return tuple(w for w in self.warnings if shift_id in w.shift_ids)


@dataclass(frozen=True, slots=True)
class EditPreview:
    """How many shifts an edit with a scope would change, and which (before it does)."""

    shift_ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.shift_ids)
