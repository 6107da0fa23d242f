"""A project's targets: add, edit, list, remove. Each write is one transaction and returns
its change set (``Kind.PROJECT_TARGET``); refused input raises ``ValidationError`` and
changes nothing."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ConflictError, NotFoundError
from eventplanner.domain.reports import ProjectTarget, TargetKind, checked_target
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import ProjectRow, ProjectTargetRow
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.programme.records import Written


def target_of(row: ProjectTargetRow) -> ProjectTarget:
    return ProjectTarget(
        row.id, row.project_id, row.name, TargetKind(row.kind), row.amount,
        None if row.event_kind is None else EventKind(row.event_kind),
        row.first_day, row.last_day, row.version,
    )  # fmt: skip


def targets_of(session: Session, project_id: int) -> tuple[ProjectTarget, ...]:
    """A project's targets in the order they were added."""
    rows = session.scalars(
        select(ProjectTargetRow)
        .where(ProjectTargetRow.project_id == project_id)
        .order_by(ProjectTargetRow.id)
    )
    return tuple(target_of(r) for r in rows)


def _values(target: ProjectTarget) -> dict[str, object]:
    return {
        "project_id": target.project_id,
        "name": target.name,
        "kind": target.kind.value,
        "amount": target.amount,
        "event_kind": None if target.event_kind is None else target.event_kind.value,
        "first_day": target.first_day,
        "last_day": target.last_day,
    }


class TargetService:
    """Use cases on projects' targets."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self, project_id: int) -> tuple[ProjectTarget, ...]:
        with self._db.reading() as session:
            _project(session, project_id)
            return targets_of(session, project_id)

    def get(self, target_id: int) -> ProjectTarget:
        with self._db.reading() as session:
            return target_of(_get(session, target_id))

    @reported
    def add(self, target: ProjectTarget) -> Written[ProjectTarget]:
        """A new target of ``target.project_id``."""
        target = checked_target(replace(target, id=None, version=0))
        with self._db.transaction() as session:
            _project(session, target.project_id)
            row = ProjectTargetRow(**_values(target), version=1)
            session.add(row)
            session.flush()
            changes = ChangeSet.of(Kind.PROJECT_TARGET, Action.CREATED, [row.id])
            return Written(target_of(row), changes)

    @reported
    def edit(self, target: ProjectTarget) -> Written[ProjectTarget]:
        """Save a target as given (read at its version); its project stays."""
        if target.id is None:
            raise NotFoundError("the target has not been saved yet")
        with self._db.transaction() as session:
            row = _get(session, target.id, target.version)
            target = checked_target(replace(target, project_id=row.project_id))
            for name, value in _values(target).items():
                setattr(row, name, value)
            session.flush()
            changes = ChangeSet.of(Kind.PROJECT_TARGET, Action.CHANGED, [row.id])
            return Written(target_of(row), changes)

    @reported
    def remove(self, target_id: int) -> ChangeSet:
        with self._db.transaction() as session:
            session.delete(_get(session, target_id))
            session.flush()
            return ChangeSet.of(Kind.PROJECT_TARGET, Action.DELETED, [target_id])


def _project(session: Session, project_id: int) -> ProjectRow:
    row = session.get(ProjectRow, project_id)
    if row is None:
        raise NotFoundError(f"there is no project with id {project_id} (it may have been deleted)")
    return row


def _get(session: Session, target_id: int, expected: int = 0) -> ProjectTargetRow:
    row = session.get(ProjectTargetRow, target_id)
    if row is None:
        raise NotFoundError(f"there is no target with id {target_id} (it may have been removed)")
    if expected and row.version != expected:
        raise ConflictError(
            "the target was changed by someone else since you opened it; nothing was saved. "
            "Reload it and make your change again."
        )
    return row
