"""What a coordinator does with playbooks: list and read them, make, change, copy and delete
their own, share them as files, and plan one for an event (``applying`` makes the tasks).

The shipped playbooks (``shipped``) are built in: read-only, always as this version ships
them, listed beside the coordinator's own; copying one (or importing a file) makes an
editable playbook of the team's. A name is one playbook's, whatever its case: a built-in's
name is not given to another, and a stored playbook of a name a later version ships (made
before it shipped) stands in its place.

Every write is one transaction and returns its change set.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.playbook_checks import checked
from eventplanner.domain.playbook_edits import free_name
from eventplanner.domain.playbook_files import dumps, loads
from eventplanner.domain.playbooks import (
    LANGUAGES,
    Playbook,
    TaskTemplate,
)
from eventplanner.domain.text import name_key, swedish_sort_key
from eventplanner.domain.working_days import WorkingCalendar
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import EventRow, PlaybookRow, PlaybookTaskRow
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.files import write_atomically
from eventplanner.services.playbooks.applying import plans_for, retag_tasks, write_tasks
from eventplanner.services.playbooks.facts import FairDeadlines, chunks
from eventplanner.services.playbooks.records import (
    Applied,
    EventPlan,
    PlaybookWritten,
    StoredPlaybook,
)
from eventplanner.services.playbooks.shipped import shipped_playbooks
from eventplanner.services.playbooks.stored import (
    playbook_of,
    playbook_values,
    task_values,
    tasks_of,
)
from eventplanner.services.tasks.fair_deadlines import fair_deadline_dates
from eventplanner.services.working_days.stored import stored_calendar

MAX_FILE_BYTES = 1_000_000
"""A playbook file is a few kilobytes; anything this large is not one."""


class PlaybookService:
    """Use cases on playbooks. Every write is one transaction: all of it or none."""

    def __init__(
        self,
        database: Database,
        *,
        calendar: WorkingCalendar | None = None,
        fair_deadlines: FairDeadlines = fair_deadline_dates,
    ) -> None:
        self._db = database
        self.calendar = calendar
        """The working days to count in; None counts in the database's own."""
        self._fair_deadlines = fair_deadlines

    def _counting(self, session: Session) -> WorkingCalendar:
        return self.calendar if self.calendar is not None else stored_calendar(session)

    # -- reading ---------------------------------------------------------------------------

    def list(self) -> list[StoredPlaybook]:
        """Every playbook, the built-in ones and the team's own, by name (Swedish order)."""
        with self._db.reading() as session:
            rows = list(session.scalars(select(PlaybookRow)))
            tasks: dict[int, list[PlaybookTaskRow]] = {r.id: [] for r in rows}
            for task in session.scalars(select(PlaybookTaskRow)):
                tasks[task.playbook_id].append(task)
            own = [_stored(r, tasks[r.id]) for r in rows]
        taken = {name_key(s.name) for s in own}
        built_in = [
            StoredPlaybook(p, built_in=True)
            for p in shipped_playbooks()
            if name_key(p.name) not in taken
        ]
        return sorted([*built_in, *own], key=lambda s: swedish_sort_key(s.name))

    def get(self, name: str) -> StoredPlaybook:
        """The playbook called ``name`` (any case); NotFoundError naming those there are."""
        with self._db.reading() as session:
            return self._find(session, name)

    def plan(self, name: str, event_id: int) -> EventPlan:
        """What applying the playbook to the event would make: every task's due day and
        why it moved, and which the event has from it already."""
        with self._db.reading() as session:
            playbook = self._find(session, name).playbook
            found = plans_for(
                session, playbook, [event_id], self._counting(session), self._fair_deadlines
            )
            return found[0][0]

    @reported
    def apply(self, name: str, event_id: int, *, language: str | None = None) -> Applied:
        """Make the event's tasks from the playbook, due as planned, each keeping its rule
        (it moves with the event) and its template; in ``language`` (en, sv; default the
        playbook's). Tasks the event has from it already stay as they are and are not made
        again (``Applied.plan.existing``); a task counted from one of them counts from it."""
        return self._applied(name, [event_id], language)[0]

    @reported
    def apply_to_events(
        self, name: str, event_ids: Sequence[int], *, language: str | None = None
    ) -> builtins.list[Applied]:
        """``apply`` to each of these events (once each, in the order given), in one
        transaction: a year of events at once."""
        return self._applied(name, event_ids, language)

    def _applied(
        self, name: str, event_ids: Sequence[int], language: str | None
    ) -> builtins.list[Applied]:
        if language is not None and language not in LANGUAGES:
            raise ValidationError("language", f"{language!r}: use one of {', '.join(LANGUAGES)}")
        with self._db.transaction() as session:
            playbook = self._find(session, name).playbook
            for part in chunks(list(dict.fromkeys(event_ids))):
                # One application at a time per event (PostgreSQL; SQLite has one writer):
                # none made twice.
                session.execute(select(EventRow.id).where(EventRow.id.in_(part)).with_for_update())
            plans = plans_for(
                session, playbook, event_ids, self._counting(session), self._fair_deadlines
            )
            ids = write_tasks(session, plans, language or playbook.language)
            return [
                Applied(found, tuple(made), ChangeSet.of(Kind.TASK, Action.CREATED, made))
                for (found, _there), made in zip(plans, ids, strict=True)
            ]

    @reported
    def create(self, playbook: Playbook) -> PlaybookWritten:
        """A new playbook of the team's; its name must be free (a built-in's is not)."""
        playbook = checked(playbook)
        with self._db.transaction() as session:
            self._name_free(session, playbook.name)
            return self._insert(session, playbook)

    @reported
    def copy(self, name: str, new_name: str) -> PlaybookWritten:
        """An editable copy of a playbook (a built-in one, or the team's) under ``new_name``."""
        with self._db.transaction() as session:
            source = self._find(session, name).playbook
            playbook = checked(replace(source, name=new_name))
            self._name_free(session, playbook.name)
            return self._insert(session, playbook)

    @reported
    def edit(self, name: str, playbook: Playbook, *, version: int | None = None) -> PlaybookWritten:
        """Save the team's playbook ``name`` as ``playbook`` has it (its name too), its
        templates replaced whole; ``version``: the row version it was read at (a change
        since is refused). Built-in playbooks are refused: copy one to edit it."""
        playbook = checked(playbook)
        with self._db.transaction() as session:
            row = self._own_row(session, name)
            if version is not None and row.version != version:
                raise ConflictError(
                    f"the playbook {row.name!r} was changed by someone else since it was read; "
                    "read it again and make the change anew"
                )
            retagged: builtins.list[int] = []
            if name_key(playbook.name) != row.name_key:
                self._name_free(session, playbook.name)
                keys = {t.key for t in (*playbook_of(row, tasks_of(session, row.id)).templates,
                                        *playbook.templates)}  # fmt: skip
                retagged = retag_tasks(session, row.name, playbook.name, sorted(keys))
            for column, value in playbook_values(playbook, _now()).items():
                setattr(row, column, value)
            session.execute(delete(PlaybookTaskRow).where(PlaybookTaskRow.playbook_id == row.id))
            _insert_tasks(session, row.id, playbook.templates)
            session.flush()
            stored = _stored(row, tasks_of(session, row.id))
            changes = ChangeSet.of(Kind.PLAYBOOK, Action.CHANGED, [row.id])
            if retagged:
                changes = changes | ChangeSet.of(Kind.TASK, Action.CHANGED, retagged)
            return PlaybookWritten(stored, changes)

    def rename(self, name: str, new_name: str, *, version: int | None = None) -> PlaybookWritten:
        """The team's playbook ``name`` called ``new_name`` (free, as any playbook's name);
        the tasks made from it are tagged with the new name, so applying it again still
        makes only what an event lacks. ``version`` as for ``edit``."""
        playbook = self.get(name).playbook
        return self.edit(name, replace(playbook, name=new_name), version=version)

    @reported
    def delete(self, name: str) -> ChangeSet:
        """Delete the team's playbook ``name``; tasks made from it stay, as they are."""
        with self._db.transaction() as session:
            row = self._own_row(session, name)
            ident = row.id
            session.execute(delete(PlaybookTaskRow).where(PlaybookTaskRow.playbook_id == ident))
            session.delete(row)
            session.flush()
            return ChangeSet.of(Kind.PLAYBOOK, Action.DELETED, [ident])

    def add_template(
        self, name: str, template: TaskTemplate, *, position: int | None = None
    ) -> PlaybookWritten:
        """Add a task template to the team's playbook, at ``position`` (0 first; default
        last)."""
        playbook = self.get(name).playbook
        templates = list(playbook.templates)
        templates.insert(len(templates) if position is None else position, template)
        return self.edit(name, replace(playbook, templates=tuple(templates)))

    def edit_template(self, name: str, key: str, template: TaskTemplate) -> PlaybookWritten:
        """Replace the template ``key`` (a new key must be free, and tasks counting from
        the old key must be changed first)."""
        playbook = self.get(name).playbook
        index = _template_index(playbook, key)
        templates = list(playbook.templates)
        templates[index] = template
        return self.edit(name, replace(playbook, templates=tuple(templates)))

    def remove_template(self, name: str, key: str) -> PlaybookWritten:
        """Take the template ``key`` out of the playbook (refused while another counts from
        it)."""
        playbook = self.get(name).playbook
        index = _template_index(playbook, key)
        templates = [t for i, t in enumerate(playbook.templates) if i != index]
        return self.edit(name, replace(playbook, templates=tuple(templates)))

    # -- files -----------------------------------------------------------------------------

    def export(self, name: str, path: Path) -> Path:
        """Write the playbook to ``path`` as a playbook file (in one step: a reader never
        sees half of it)."""
        playbook = self.get(name).playbook
        write_atomically(
            path, dumps(playbook).encode("utf-8"), what=f"the playbook {playbook.name!r}",
            done="exported",
        )  # fmt: skip
        return path

    @reported
    def import_file(
        self, path: Path, *, name: str | None = None, rename: bool = False
    ) -> PlaybookWritten:
        """The playbook file at ``path`` made one of the team's. A name already taken is
        refused, unless given another (``name``) or ``rename``: "Name (2)"."""
        playbook = read_playbook_file(path)
        if name is not None:
            playbook = checked(replace(playbook, name=name))
        with self._db.transaction() as session:
            if rename:
                playbook = replace(playbook, name=self._free_name(session, playbook.name))
            else:
                self._name_free(session, playbook.name, importing=True)
            return self._insert(session, playbook)

    # -- helpers ---------------------------------------------------------------------------

    def _insert(self, session: Session, playbook: Playbook) -> PlaybookWritten:
        now = _now()
        row = PlaybookRow(**playbook_values(playbook, now), created_at=now, version=1)
        session.add(row)
        session.flush()
        _insert_tasks(session, row.id, playbook.templates)
        stored = _stored(row, tasks_of(session, row.id))
        return PlaybookWritten(stored, ChangeSet.of(Kind.PLAYBOOK, Action.CREATED, [row.id]))

    def _find(self, session: Session, name: str) -> StoredPlaybook:
        row = _row(session, name)
        if row is not None:
            return _stored(row, tasks_of(session, row.id))
        built_in = _built_in(name)
        if built_in is not None:
            return StoredPlaybook(built_in, built_in=True)
        names = sorted({*_names(session), *(p.name for p in shipped_playbooks())},
                       key=swedish_sort_key)  # fmt: skip
        raise NotFoundError(
            f"no playbook is called {name.strip()!r}; there are: {', '.join(names)}"
        )

    def _own_row(self, session: Session, name: str) -> PlaybookRow:
        row = _row(session, name)
        if row is None:
            if _built_in(name) is not None:
                raise ValidationError(
                    "playbook",
                    f"{name.strip()!r} is a built-in playbook and cannot be changed; copy it "
                    "under a name of your own and change the copy",
                )
            self._find(session, name)  # raises, naming the playbooks there are
        assert row is not None
        return row

    def _name_free(self, session: Session, name: str, *, importing: bool = False) -> None:
        taken = _row(session, name) is not None or _built_in(name) is not None
        if taken:
            how = "; import it under another name (--name) or let it be renamed (--rename)"
            raise ValidationError(
                "name",
                f"a playbook called {name.strip()!r} exists already"
                + (how if importing else "; give this one another name"),
            )

    def _free_name(self, session: Session, name: str) -> str:
        taken = [*_names(session), *(p.name for p in shipped_playbooks())]
        return free_name(name, taken)


def read_playbook_file(path: Path) -> Playbook:
    """The playbook of a file, checked; a ValidationError naming the file when it cannot be
    read, and where in it when it is not a good playbook."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(str(path), "too large to be a playbook file")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ValidationError(str(path), "no such file") from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(str(path), "not a text file in UTF-8") from exc
    except OSError as exc:
        raise ValidationError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
    return loads(text, source=path.name)


def _now() -> datetime:
    return datetime.now(UTC)


def _row(session: Session, name: str) -> PlaybookRow | None:
    return session.scalars(
        select(PlaybookRow).where(PlaybookRow.name_key == name_key(name))
    ).one_or_none()


def _names(session: Session) -> list[str]:
    return list(session.scalars(select(PlaybookRow.name)))


def _built_in(name: str) -> Playbook | None:
    wanted = name_key(name)
    return next((p for p in shipped_playbooks() if name_key(p.name) == wanted), None)


def _stored(row: PlaybookRow, tasks: list[PlaybookTaskRow]) -> StoredPlaybook:
    return StoredPlaybook(playbook_of(row, tasks), built_in=False, id=row.id, version=row.version)


def _insert_tasks(session: Session, playbook_id: int, templates: tuple[TaskTemplate, ...]) -> None:
    if templates:
        session.execute(
            insert(PlaybookTaskRow),
            [task_values(playbook_id, i, t) for i, t in enumerate(templates)],
        )


def _template_index(playbook: Playbook, key: str) -> int:
    for index, template in enumerate(playbook.templates):
        if template.key == key.strip():
            return index
    raise NotFoundError(f"the playbook {playbook.name!r} has no task with the key {key!r}")
