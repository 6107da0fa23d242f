"""What the playbooks' service returns: frozen values, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass

from eventplanner.domain.playbooks import PlannedTask, Playbook
from eventplanner.services.changes import ChangeSet


@dataclass(frozen=True, slots=True)
class StoredPlaybook:
    """A playbook as the service knows it: a shipped one (``built_in``: read-only, copy it
    to edit) or a coordinator's own (its id and row version)."""

    playbook: Playbook
    built_in: bool
    id: int | None = None
    version: int | None = None

    @property
    def name(self) -> str:
        return self.playbook.name


@dataclass(frozen=True, slots=True)
class PlaybookWritten:
    stored: StoredPlaybook
    changes: ChangeSet


@dataclass(frozen=True, slots=True)
class EventPlan:
    """A playbook planned for one event: every task, with the keys of those the event has
    from this playbook already (applying leaves them as they are)."""

    playbook: str
    event_id: int
    event_title: str
    tasks: tuple[PlannedTask, ...]
    existing: frozenset[str] = frozenset()

    @property
    def new_tasks(self) -> tuple[PlannedTask, ...]:
        return tuple(t for t in self.tasks if t.template.key not in self.existing)


@dataclass(frozen=True, slots=True)
class Applied:
    """What applying a playbook to an event made: the plan, the ids of the tasks created
    (in the plan's order of its new tasks), and the change set."""

    plan: EventPlan
    task_ids: tuple[int, ...]
    changes: ChangeSet
