"""Undoable changes to a programme's sessions (QUndoCommand), written by ProgrammeService on
the planner's writing thread, as the event commands are (``ui/events/undo``).

Each step reads the session's current version before it writes, so an undo after another
change (a drag, then a keyboard move) still finds it; the first save of an edit made in the
editor checks the version the editor loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.programme import (
    Block,
    Confirmation,
    OrganisationLink,
    PersonRole,
    RoleLink,
    Session,
    Target,
)
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.programme_texts import organisation_role_label
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Person:
    """A person as the editor lists them on a session."""

    contact_id: int
    role: PersonRole
    confirmation: Confirmation = Confirmation.ASKED
    name: str = ""


def people_of(links: Sequence[RoleLink]) -> tuple[Person, ...]:
    return tuple(Person(p.contact_id, p.role, p.confirmation, p.contact_name) for p in links)


def set_people(workspace: Workspace, session_id: int, people: Sequence[Person]) -> None:
    """Give the session exactly ``people``: roles kept (by person and role), changed,
    added and removed."""
    service = workspace.programme
    current = service.programme(service.session(session_id).event_id).people_on(
        Target.SESSION, session_id
    )
    wanted = {(p.contact_id, p.role): p for p in people}
    gone = [link.id for link in current if (link.contact_id, link.role) not in wanted]
    if gone:
        service.remove_roles(Target.SESSION, [i for i in gone if i is not None])
    kept = {(link.contact_id, link.role): link for link in current}
    for key, person in wanted.items():
        link = kept.get(key)
        if link is None:
            service.add_role(RoleLink(None, person.contact_id, person.role, Target.SESSION,
                                      session_id, person.confirmation))  # fmt: skip
        elif link.confirmation is not person.confirmation:
            service.edit_role(replace(link, confirmation=person.confirmation))


class EditSessions(EventCommand):
    """Sessions changed (moved, resized, shifted or edited); undo puts them back. With
    ``people`` (before, after) the one session's people change too."""

    def __init__(
        self,
        planner: Planner,
        text: str,
        changes: Sequence[tuple[Session, Session]],
        people: tuple[Sequence[Person], Sequence[Person]] | None = None,
        *,
        check_version: bool = False,
    ) -> None:
        super().__init__(planner, text, self.forward, self.backward)
        self.changes = list(changes)
        self._people = people
        self._check = check_version

    def _save_sessions(self, workspace: Workspace, records: Sequence[Session],
               people: Sequence[Person] | None) -> list[Session]:  # fmt: skip
        service = workspace.programme
        saved = []
        for record in records:
            assert record.id is not None
            version = record.version if self._check else service.session(record.id).version
            saved.append(service.edit_session(replace(record, version=version)).record)
            if people is not None:
                set_people(workspace, record.id, people)
        self._check = False
        return saved

    def forward(self, workspace: Workspace) -> list[Session]:
        people = None if self._people is None else self._people[1]
        return self._save_sessions(workspace, [after for _before, after in self.changes], people)

    def backward(self, workspace: Workspace) -> list[Session]:
        people = None if self._people is None else self._people[0]
        return self._save_sessions(workspace, [before for before, _after in self.changes], people)


class AddSessions(EventCommand):
    """New sessions (one, or a break copied to every stage or day); undo deletes them,
    redo makes them again."""

    def __init__(
        self, planner: Planner, text: str, records: Sequence[Session],
        people: Sequence[Person] = (),
    ) -> None:  # fmt: skip
        super().__init__(planner, text, self.forward, self.backward)
        self._records = list(records)
        self._people = list(people)
        self.made: list[int] = []

    def forward(self, workspace: Workspace) -> list[Session]:
        saved = []
        for record in self._records:
            links = [RoleLink(None, p.contact_id, p.role, Target.SESSION, 0, p.confirmation)
                     for p in self._people]  # fmt: skip
            saved.append(workspace.programme.add_session(replace(record, id=None), links).record)
        self.made = [s.id for s in saved if s.id is not None]
        return saved

    def backward(self, workspace: Workspace) -> None:
        for ident in self.made:
            workspace.programme.delete_session(ident)


class DeleteSessions(EventCommand):
    """Sessions deleted with the people on them; undo makes them again with the same UIDs
    (so calendars subscribed to the programme see the same sessions) and the same people,
    roles, confirmations and notes."""

    def __init__(
        self,
        planner: Planner,
        text: str,
        deleted: Sequence[tuple[Session, Sequence[RoleLink]]],
    ) -> None:
        super().__init__(planner, text, self.forward, self.backward)
        self._deleted = [(record, list(links)) for record, links in deleted]
        self.ids = [record.id for record, _links in self._deleted]
        """The sessions' ids as they are now (new ones after each undo)."""

    def forward(self, workspace: Workspace) -> None:
        for ident in self.ids:
            if ident is not None:
                workspace.programme.delete_session(ident)

    def backward(self, workspace: Workspace) -> list[Session]:
        made = []
        for record, links in self._deleted:
            people = [replace(link, id=None, target_id=0, version=0) for link in links]
            made.append(workspace.programme.add_session(replace(record, id=None), people,
                                                        keep_uid=True).record)  # fmt: skip
        self.ids = [s.id for s in made]
        return made


class MoveBlock(EventCommand):
    """A block with its sessions moved to another start (another day, say); undo moves it
    back."""

    def __init__(self, planner: Planner, block: Block, before: datetime, after: datetime) -> None:
        text = filled(translate("programme", "Move the block “%1”"), block.title)
        super().__init__(planner, text, self.forward, self.backward)
        assert block.id is not None
        self._block = block.id
        self._before = before
        self._after = after

    def forward(self, workspace: Workspace) -> Block:
        return workspace.programme.move_block(self._block, self._after).record

    def backward(self, workspace: Workspace) -> Block:
        return workspace.programme.move_block(self._block, self._before).record


def _stored(workspace: Workspace, link: OrganisationLink) -> OrganisationLink:
    """The organisation's role as stored now, found by what it is (the event, the
    organisation, the role: each is there once), not by its id, which an undo renews."""
    for found in workspace.programme.programme(link.event_id).organisations:
        if (found.organisation_id, found.role) == (link.organisation_id, link.role):
            return found
    raise NotFoundError(
        filled(translate("programme", "%1 is no longer %2 of this event."),
               link.organisation_name, organisation_role_label(link.role))
    )  # fmt: skip


class AddOrganisationRole(EventCommand):
    """An organisation given a role on the event; undo takes it away, redo gives it again."""

    def __init__(self, planner: Planner, link: OrganisationLink) -> None:
        text = filled(translate("programme", "Add %1 as %2"), link.organisation_name,
                      organisation_role_label(link.role))  # fmt: skip
        super().__init__(planner, text, self.forward, self.backward)
        self._link = link

    def forward(self, workspace: Workspace) -> OrganisationLink:
        return workspace.programme.add_organisation_role(replace(self._link, id=None)).record

    def backward(self, workspace: Workspace) -> None:
        stored = _stored(workspace, self._link)
        workspace.programme.remove_organisation_roles([stored.id or 0])


class EditOrganisationRole(EventCommand):
    """An organisation's role or note changed; undo puts the old ones back. The first save
    checks the version the editor loaded."""

    def __init__(self, planner: Planner, before: OrganisationLink, after: OrganisationLink) -> None:
        text = filled(translate("programme", "Change the role of %1"), after.organisation_name)
        super().__init__(planner, text, self.forward, self.backward)
        self._before = before
        self._after = after
        self._first = True

    def _save(self, workspace: Workspace, old: OrganisationLink,
              new: OrganisationLink) -> OrganisationLink:  # fmt: skip
        stored = old if self._first else _stored(workspace, old)
        self._first = False
        changed = replace(stored, role=new.role, note=new.note)
        return workspace.programme.edit_organisation_role(changed).record

    def forward(self, workspace: Workspace) -> OrganisationLink:
        return self._save(workspace, self._before, self._after)

    def backward(self, workspace: Workspace) -> OrganisationLink:
        return self._save(workspace, self._after, self._before)


class RemoveOrganisationRoles(EventCommand):
    """Organisations' roles taken away, in one step; undo gives them back (the same
    organisations, roles and notes)."""

    def __init__(self, planner: Planner, links: Sequence[OrganisationLink]) -> None:
        if len(links) == 1:
            first = links[0]
            text = filled(translate("programme", "Remove %1 as %2"), first.organisation_name,
                          organisation_role_label(first.role))  # fmt: skip
        else:
            text = filled(translate("programme", "Remove %1 organisations' roles"),
                          str(len(links)))  # fmt: skip
        super().__init__(planner, text, self.forward, self.backward)
        self._links = list(links)

    def forward(self, workspace: Workspace) -> None:
        stored = [_stored(workspace, link) for link in self._links]
        workspace.programme.remove_organisation_roles([link.id or 0 for link in stored])

    def backward(self, workspace: Workspace) -> list[OrganisationLink]:
        service = workspace.programme
        return [service.add_organisation_role(replace(link, id=None)).record
                for link in self._links]  # fmt: skip


class MakeBlock(EventCommand):
    """A new block on a session's stage, that session in it (the others join it in the
    session editor); undo deletes the block, its session staying, redo makes it again."""

    def __init__(self, planner: Planner, title: str, record: Session) -> None:
        text = filled(translate("programme", "Make the block “%1”"), title)
        super().__init__(planner, text, self.forward, self.backward)
        assert record.id is not None and record.stage_id is not None
        self._title = title
        self._session = record.id
        self._event = record.event_id
        self._stage = record.stage_id
        self.made: int | None = None

    def forward(self, workspace: Workspace) -> Block:
        service = workspace.programme
        block = service.add_block(Block(None, self._event, self._stage, self._title)).record
        self.made = block.id
        member = service.session(self._session)
        service.edit_session(replace(member, block_id=block.id))
        return block

    def backward(self, workspace: Workspace) -> None:
        if self.made is not None:
            workspace.programme.delete_block(self.made)  # its session stays, in no block


def move_text(record: Session) -> str:
    return filled(translate("programme", "Move “%1”"), record.title)


def resize_text(record: Session) -> str:
    return filled(translate("programme", "Change the length of “%1”"), record.title)


def edit_text(record: Session) -> str:
    return filled(translate("programme", "Edit “%1”"), record.title)


def delete_text(records: Sequence[Session]) -> str:
    if len(records) == 1:
        return filled(translate("programme", "Delete “%1”"), records[0].title)
    return filled(translate("programme", "Delete %1 sessions"), str(len(records)))


def add_text(record: Session) -> str:
    return filled(translate("programme", "Add “%1”"), record.title)
