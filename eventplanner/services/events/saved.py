"""What saving an event answers: the event, its warnings, and the change set of the save."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventplanner.domain.model import SaveResult
from eventplanner.services.changes import ChangeSet


@dataclass(frozen=True, slots=True)
class Saved(SaveResult):
    """A ``SaveResult`` with what the save changed (the domain's result knows no change
    sets: they belong to the services)."""

    changes: ChangeSet = field(default_factory=ChangeSet)
