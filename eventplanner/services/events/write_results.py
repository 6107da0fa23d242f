"""What the writes that go through snapshots return (``Deleted``, ``EventWritten``,
``SplitWritten``), and the change set of events created, changed and deleted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from eventplanner.domain.model import Event, SplitResult, Warning
from eventplanner.services.changes import Action, ChangeSet, EventTouch
from eventplanner.services.events.snapshots import EventSnapshot


@dataclass(frozen=True, slots=True)
class Deleted:
    """Events deleted: each as it was (for undo), and the change set."""

    snapshots: tuple[EventSnapshot, ...]
    changes: ChangeSet

    @property
    def snapshot(self) -> EventSnapshot:
        (only,) = self.snapshots
        return only


@dataclass(frozen=True, slots=True)
class EventWritten:
    """An event restored, duplicated or put back as it was; with the change set."""

    event: Event
    changes: ChangeSet
    warnings: tuple[Warning, ...] = ()


@dataclass(frozen=True, slots=True)
class SplitWritten(SplitResult):
    """A split series (``SplitResult``) with the change set of the split."""

    changes: ChangeSet = field(default_factory=ChangeSet)


def event_changes(
    created: Iterable[EventTouch] = (),
    changed: Iterable[EventTouch] = (),
    deleted: Iterable[EventTouch] = (),
) -> ChangeSet:
    """One change set of events created, changed and deleted; an event named more than
    once (where it lay before, where it lies after) is one touch with every period."""

    def merged(touched: Iterable[EventTouch]) -> list[EventTouch]:
        by_id: dict[int, EventTouch] = {}
        for touch in touched:
            known = by_id.get(touch.id)
            if known is not None:
                added = tuple(p for p in touch.periods if p not in known.periods)
                touch = EventTouch(touch.id, touch.uid, known.periods + added)
            by_id[touch.id] = touch
        return list(by_id.values())

    return (
        ChangeSet.for_events(Action.CREATED, merged(created))
        | ChangeSet.for_events(Action.CHANGED, merged(changed))
        | ChangeSet.for_events(Action.DELETED, merged(deleted))
    )
