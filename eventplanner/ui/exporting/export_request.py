"""What an export from the window asks for, and the work that answers it (on worker threads).

Plain values and functions of a Workspace: no widgets, so the dialog and "Open in Outlook"
share them, and each runs through the Planner off the GUI thread.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from eventplanner.domain.errors import EventplannerError, PublishError
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.languages import chosen_language

if TYPE_CHECKING:  # the database layer loads when a database opens, not at start-up
    from eventplanner.ical import OutlookWarning
    from eventplanner.services.exporting.export import Selection
    from eventplanner.services.progress import Progress
    from eventplanner.services.workspace import Workspace


class Scope(Enum):
    SELECTED = "selected"
    VIEW = "view"
    PROJECT = "project"
    EVERYTHING = "everything"


@dataclass(frozen=True)
class ShownPeriod:
    """What the current view shows: its days and the filter bar's and sidebar's choices."""

    where: EventFilter
    first_day: date
    last_day: date


@dataclass(frozen=True)
class ExportRequest:
    scope: Scope
    event_ids: tuple[int, ...] = ()
    """SELECTED: the events (a series is written whole)."""
    shown: ShownPeriod | None = None
    """VIEW: the period and filters shown."""
    project_id: int | None = None
    """PROJECT: which one."""
    calendar_name: str = ""
    """X-WR-CALNAME; left out of a file of one selected event (OUTLOOK.md 2)."""
    include_cancelled: bool = False
    cancelled_prefix: str = "Cancelled: "
    include_notes: bool = False
    language: str = ""
    """The categories' language: "sv", "en", or "" told from the calendar name and prefix."""


@dataclass(frozen=True)
class Exported:
    """A calendar written as asked."""

    text: str
    events: int
    warnings: tuple[OutlookWarning, ...]


@dataclass(frozen=True)
class Written:
    """An export in its file."""

    path: Path
    events: int
    warnings: tuple[OutlookWarning, ...]


class ExportFileError(EventplannerError):
    """The file could not be written; the message names it and says why."""


def selection_of(request: ExportRequest) -> Selection:
    """The services' Selection for a request."""
    from eventplanner.services.exporting.export import Selection

    if request.scope is Scope.SELECTED:
        return Selection(event_ids=tuple(dict.fromkeys(request.event_ids)))
    if request.scope is Scope.VIEW:
        assert request.shown is not None
        shown = request.shown
        return Selection(shown.where, shown.first_day, shown.last_day)
    if request.scope is Scope.PROJECT:
        assert request.project_id is not None
        return Selection(EventFilter(project_ids=frozenset({request.project_id})))
    return Selection()


def export(
    workspace: Workspace,
    request: ExportRequest,
    *,
    stamp: datetime | None = None,
    progress: Progress | None = None,
) -> Exported:
    """The calendar the request asks for, as it would be written now; ``progress`` counts
    the events rendered, and its Cancel raises Cancelled."""
    from eventplanner.ical import CalendarInfo, ExportOptions

    options = ExportOptions(
        include_cancelled=request.include_cancelled,
        cancelled_prefix=request.cancelled_prefix,
        include_notes=request.include_notes,
        language=chosen_language(
            request.language,
            request.calendar_name,
            request.cancelled_prefix if request.include_cancelled else "",
        ),
    )
    name = request.calendar_name.strip() or None
    if request.scope is Scope.SELECTED and len(set(request.event_ids)) == 1:
        name = None  # one event: no calendar folder of its own (OUTLOOK.md 2)
    done = workspace.export.export(
        selection_of(request),
        CalendarInfo(name=name),
        options,
        stamp=stamp or datetime.now(UTC),
        progress=progress,
    )
    return Exported(done.text, done.events, done.warnings)


def warnings(workspace: Workspace, request: ExportRequest) -> tuple[OutlookWarning, ...]:
    """What Outlook will show differently from what was planned, event by event."""
    return export(workspace, request).warnings


def write(
    workspace: Workspace, request: ExportRequest, path: Path, *, progress: Progress | None = None
) -> Written:
    """Export into ``path`` whole or not at all (a temporary file, then one rename).

    A Cancel through ``progress`` raises Cancelled before anything is written."""
    done = export(workspace, request, progress=progress)
    write_file(path, done.text.encode("utf-8"))
    return Written(path, done.events, done.warnings)


def write_temporary(
    workspace: Workspace, request: ExportRequest, title: str, *, progress: Progress | None = None
) -> Written:
    """Export into a new file in the temporary folder, for the calendar app to open; as
    ``write``, a Cancel leaves nothing behind (not even the folder)."""
    done = export(workspace, request, progress=progress)
    folder = Path(tempfile.mkdtemp(prefix="eventplanner-"))
    path = folder / f"{safe_file_name(title)}.ics"
    write_file(path, done.text.encode("utf-8"))
    return Written(path, done.events, done.warnings)


def safe_file_name(title: str) -> str:
    """A file name from an event's title: no path separators or characters Windows refuses."""
    cleaned = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in title)
    cleaned = cleaned.strip(" .")[:80]
    return cleaned or "event"


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` at ``path`` in one step, or raise ExportFileError saying why."""
    from eventplanner.services.files import write_atomically

    if path.is_dir():
        raise ExportFileError(f"{path} is a folder; give the file a name")
    try:
        write_atomically(path, data, what=str(path), done="written")
    except PublishError as exc:
        raise ExportFileError(str(exc)) from exc
