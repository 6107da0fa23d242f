"""What an import from the window asks for, and the work that answers it (on worker threads).

Like ``export_request``: plain values and functions of a Workspace, no widgets. The files
are read once, by the first preview, and kept: a changed option plans again what was read,
and Import writes exactly what was previewed, whatever happens to the files meanwhile.
An import's progress and Cancel go through a ``JobProgress`` (``ui.jobs``), as other long
jobs' do.

Loaded with the import dialog, never before the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from eventplanner.domain.errors import ConflictError
from eventplanner.ical.reader_errors import ICalendarError
from eventplanner.ical.reader_lines import read_file
from eventplanner.services.importing.import_plan import (
    ImportAction,
    ImportCancelled,
    ImportOptions,
    ImportPlan,
    ImportRefused,
    ImportResult,
)

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace


@dataclass(frozen=True)
class ImportFile:
    """An .ics file to import, with its bytes once they have been read."""

    path: Path
    data: bytes | None = None

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Refusal:
    """A file that cannot be imported; nothing of any file is written."""

    file: str
    message: str
    """The reader's words: the line and the event, and what is wrong there."""
    readable: bool = True
    """False when the file could not be read at all (gone, no permission)."""


@dataclass(frozen=True)
class ImportPreview:
    """The files, the options they were planned with, and the plans (one per file) or
    why the files cannot be imported."""

    files: tuple[ImportFile, ...]
    options: ImportOptions
    plans: tuple[ImportPlan, ...] = ()
    refusal: Refusal | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.files)

    def count(self, action: ImportAction) -> int:
        return sum(plan.count(action) for plan in self.plans)

    @property
    def writes(self) -> int:
        """Events importing would write (new and updated)."""
        return sum(plan.writes for plan in self.plans)

    @property
    def ready(self) -> bool:
        """Whether Import would write something."""
        return self.refusal is None and self.writes > 0


def preview(
    workspace: Workspace, files: tuple[ImportFile, ...], options: ImportOptions
) -> ImportPreview:
    """Read the files not yet read, and plan all of them together (on a worker thread)."""
    read: list[ImportFile] = []
    for file in files:
        if file.data is None:
            try:
                file = replace(file, data=read_file(file.path))
            except OSError as exc:
                refusal = Refusal(file.name, exc.strerror or str(exc), readable=False)
                return ImportPreview(files, options, refusal=refusal)
            except ICalendarError as exc:  # too large: refused before it is read whole
                refusal = Refusal(file.name, str(exc), readable=False)
                return ImportPreview(files, options, refusal=refusal)
        read.append(file)
    named = [(f.name, f.data or b"") for f in read]
    try:
        plans = workspace.imports.plan_all(named, options=options)
    except ImportRefused as exc:
        return ImportPreview(tuple(read), options, refusal=Refusal(exc.name, exc.reason))
    return ImportPreview(tuple(read), options, plans)


@dataclass(frozen=True)
class Applied:
    """How an import ended: written (``results``), cancelled, or refused as stale."""

    results: tuple[ImportResult, ...] = ()
    cancelled: bool = False
    stale: str = ""
    """Why the preview no longer holds (the database changed since): a ConflictError."""

    @property
    def written(self) -> int:
        return sum(len(r.created) + len(r.updated) for r in self.results)


def apply(workspace: Workspace, write: Callable[[Workspace], object]) -> Applied:
    """Write the previewed import (on the writing thread): ``write`` is the first step of the
    import's undo command (``ImportEvents.apply``)."""
    try:
        results = write(workspace)
    except ImportCancelled:
        return Applied(cancelled=True)
    except ConflictError as exc:
        return Applied(stale=str(exc))
    assert isinstance(results, tuple)
    return Applied(results)
