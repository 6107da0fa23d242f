"""What the event editor offers: the venues, projects, organisations and tags to choose
from, read off the GUI thread; its clash check, asked off the GUI thread too; and the
records it creates, each an undoable change like any other."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.model import EventDraft, Organisation, Project, Venue
from eventplanner.ui.events import undo
from eventplanner.ui.events.event_choices import EventChoices
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:  # the database layer loads when a database opens, not at start-up
    from eventplanner.services.workspace import Workspace


@dataclass(frozen=True)
class _Catalog:
    venues: list[Venue]
    projects: list[Project]
    organisations: list[Organisation]
    tags: list[str]


def _catalog(workspace: Workspace) -> _Catalog:
    return _Catalog(
        venues=workspace.venues.list(),
        projects=workspace.projects.list(),
        organisations=workspace.organisations.list(),
        tags=[t.name for t in workspace.tags.list()],
    )


def _catalog_of(kind: str) -> Callable[[Workspace], Any]:
    """The workspace's catalog of ``kind`` (read on the writing thread)."""
    return lambda workspace: getattr(workspace, f"{kind}s")


class EditorChoices(QObject):
    """Makes the ``EventChoices`` of each editor opened."""

    def __init__(
        self,
        planner: Planner,
        stack: QUndoStack,
        parent: QObject | None = None,
        display_zone: Callable[[], str] = lambda: "Europe/Stockholm",
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._stack = stack
        self._display_zone = display_zone

    def load(self, editing: int | None, loaded: Callable[[EventChoices], None]) -> None:
        """Read the catalogs off the GUI thread, then hand ``loaded`` what the editor of the
        event ``editing`` (None: a new one) offers."""
        self._planner.read(
            _catalog, lambda catalog: loaded(self._choices(catalog, editing)), key="editor"
        )

    def _choices(self, catalog: _Catalog, editing: int | None) -> EventChoices:
        planner = self._planner

        def clashes(draft: EventDraft, found: Callable[[Sequence[str]], None]) -> None:
            planner.read(
                lambda ws: [w.message for w in ws.events.clashes(draft, event_id=editing)],
                found,
                key="clashes",
                on_error=lambda _message: found(()),  # advice only: no answer, no warning
            )

        def conflicts(draft: EventDraft, found: Callable[[Sequence[Conflict]], None]) -> None:
            planner.read(
                lambda ws: ws.conflicts.of_draft(draft, event_id=editing),
                found,
                key="conflicts",
                on_error=lambda _message: found(()),  # advice only: no answer, no warning
            )

        def creator(kind: str, text: str, make: Callable[[str], Any]) -> Any:
            def create(
                name: str, made: Callable[[Any], None], refused: Callable[[str], None]
            ) -> None:
                record = make(name)
                command = undo.CreateRecord(
                    planner, filled(text, name.strip()), _catalog_of(kind), record
                )
                undo.save_then_push(
                    planner,
                    self._stack,
                    command,
                    on_saved=lambda: made(command.made),
                    on_refused=refused,
                )

            return create

        return EventChoices(
            venues=catalog.venues,
            projects=catalog.projects,
            organisations=catalog.organisations,
            tags=catalog.tags,
            create_venue=creator(
                "venue", self.tr("Create venue “%1”"), lambda name: Venue(None, name)
            ),
            create_project=creator(
                "project", self.tr("Create project “%1”"), lambda name: Project(None, name)
            ),
            create_organisation=creator(
                "organisation",
                self.tr("Create organisation “%1”"),
                lambda name: Organisation(None, name),
            ),
            check_clashes=clashes,
            check_conflicts=conflicts,
            display_zone=self._display_zone(),
        )
