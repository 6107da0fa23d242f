"""The open planning database as the window sees it: opened, queried and changed off the
GUI thread, with every change announced (a ChangeSet) so each view reloads what it touches.

No widgets here, and no SQLAlchemy: only the services, through a JobRunner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from eventplanner.domain.errors import EventplannerError, PasswordNeededError
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.services.events import last_view
from eventplanner.services.events.facets import FacetedOccurrences, Facets
from eventplanner.ui.jobs import JobRunner
from eventplanner.ui.live import LiveUpdates
from eventplanner.ui.period_cache import PeriodCache
from eventplanner.ui.period_reads import Ahead, PeriodReads
from eventplanner.ui.settings import password_in, without_password
from eventplanner.ui.wording import filled

if TYPE_CHECKING:  # the database layer loads when a database opens, not at start-up
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.feeds.service import PublishReport
    from eventplanner.services.workspace import Workspace

T = TypeVar("T")
_Load = tuple[TimeWindow, EventFilter]
"""A load of the window's: its period and its filter."""
Opener = Callable[[str | None, str | None], "Workspace"]
"""Opens (target, password): the password when one was asked for, else None."""


def describe(error: Exception) -> str:
    """What to tell a person: our own errors carry a sentence; anything else is a bug."""
    if isinstance(error, EventplannerError):
        return str(error)
    return filled(
        QCoreApplication.translate("Planner", "Unexpected error (%1: %2)"),
        type(error).__name__,
        str(error),
    )


class Planner(QObject):
    """Opens a database and runs queries and changes on it in the background.

    Periods it has read are kept (see ``PeriodCache``) until a change touches them or another
    database is opened; after a period is shown, the periods beside it, and its events'
    text for the search, are read ahead on a thread of their own.
    """

    opening = Signal(str)
    opened = Signal(str)  # the database's display name
    # Before the database has opened, the period the window asked for was read from the
    # file (``look_first``): asked for again, it is shown.
    looked = Signal()
    open_failed = Signal(str, str)  # what was asked for, why it failed
    # The server wants a password: what was asked for, and whether one given was refused.
    password_needed = Signal(str, bool)
    # Something was saved, here or (the live team view) elsewhere: a ChangeSet saying what.
    # Views reload what it touches.
    changed = Signal(object)
    # Another window (or the command line) saved something: the ChangeSet, also sent as
    # ``changed``. An open editor says so when its event is among what changed.
    changed_elsewhere = Signal(object)
    failed = Signal(str)  # a change was refused; the message says why
    busy_changed = Signal()  # work started or ended in the background: see .busy
    feeds_published = Signal(object)  # a PublishReport: feeds rewritten after a change
    publishing_failed = Signal(str)  # the feeds could not be looked at after a change

    def __init__(
        self,
        reader: JobRunner,
        writer: JobRunner,
        opener: Opener | None = None,
        *,
        ahead: JobRunner | None = None,
        live: bool = False,
        kept_in: Path | None = None,
    ) -> None:
        """``writer`` must have one worker: changes (and their undo) happen in order.
        ``ahead`` reads ahead (one worker is plenty); without it nothing is read ahead,
        though what was read is still kept. ``live``: what others save to the open
        database is heard, and shown, as it is saved (the live team view). ``kept_in``: the
        folder where the period shown last is kept for the next start (see ``show_kept``);
        None keeps none."""
        super().__init__()
        self._kept_in = kept_in
        self._kept: last_view.LastView | None = None
        # The window's load made before any database had opened, that nothing kept answered,
        # and what a first look at the file (``look_first``) read for it.
        self._unanswered: _Load | None = None
        self._looked: tuple[TimeWindow, EventFilter, FacetedOccurrences] | None = None
        self._looking: list[Callable[[], None]] | None = None  # opens waiting for that look
        self._runner = reader
        self._writer = writer
        self._ahead = ahead
        reader.busy_changed.connect(self._busy)
        writer.busy_changed.connect(self._busy)
        self._opener = opener or _open_workspace
        self._workspace: Workspace | None = None
        self._target: str | None = None
        # Passwords asked for in this run, by database: never written anywhere.
        self._passwords: dict[str, str] = {}
        self._periods = PeriodReads(
            reader,
            ahead,
            on_busy=self._busy,
            on_failed=lambda error: self.failed.emit(describe(error)),
            owner=self,
        )
        self.live = LiveUpdates(self) if live else None
        if self.live is not None:
            self.live.heard.connect(self._heard)

    @property
    def workspace(self) -> Workspace | None:
        return self._workspace

    @property
    def read_only(self) -> bool:
        """The open database can only be read (its folder or file is write-protected)."""
        return self._workspace is not None and self._workspace.database.read_only

    @property
    def target(self) -> str | None:
        """What was opened: a file path or a database URL."""
        return self._target

    @property
    def busy(self) -> bool:
        """Work someone waits for is running (reading ahead is not such work)."""
        return self._runner.busy or self._writer.busy or self._periods.waiting > 0

    @property
    def reading_ahead(self) -> bool:
        return self._ahead is not None and self._ahead.busy

    @property
    def cache(self) -> PeriodCache:
        """The periods read lately (for tests and benchmarks to look into)."""
        return self._periods.cache

    def _busy(self) -> None:
        self.busy_changed.emit()

    def show_kept(self, target: str | None) -> None:
        """Until ``target`` has opened, answer the window's first load from what was kept
        of it at the last close (``shutdown(keep=...)``), if the file is as it was then
        and the load asks for the same period and filter: its events show in the first
        frame instead of after the database layer has loaded."""
        if self._kept_in is not None:
            self._kept = last_view.read(self._kept_in, target)

    def open(self, target: str | None, password: str | None = None) -> None:
        """Open (and upgrade) a database in the background; ``opened`` or ``open_failed``,
        or ``password_needed`` when the server wants a password libpq did not find (open
        again with it: it is then remembered until the app ends, and never saved).

        What publications killed midway left in the feeds' folders is cleared away on the
        reading-ahead thread once the window has shown the database's first answer (it
        loads the feeds' and the export's modules: the answer would wait for them);
        without such a thread, as part of opening.

        While a first look (``look_first``) is reading, the database opens after it."""
        self.opening.emit(target or "")
        if self._looking is not None:
            self._looking.append(lambda: self._open(target, password))
        else:
            self._open(target, password)

    def look_first(self, target: str | None) -> None:
        """Before ``target`` opens, read the period the window asked for (and nothing kept
        answered) from the SQLite file it names with the standard library (``first_look``),
        on a reading thread; keep it and say so (``looked``: the window asks again and is
        answered from it). At a first start the period's events show before SQLAlchemy has
        loaded; ``open`` waits for this read, so the two do not share Python's lock. Nothing
        for a database URL, or once a database has opened or the window asked for another
        period meanwhile."""
        unanswered, self._unanswered = self._unanswered, None
        path = last_view.sqlite_file(target) if self._workspace is None else None
        if unanswered is None or path is None or self._looking is not None:
            return
        window, where = unanswered
        self._looking = []

        def look() -> FacetedOccurrences | None:
            from eventplanner.services.events import first_look  # on the reading thread

            return first_look.faceted(path, window, where)

        def looked(found: FacetedOccurrences | None) -> None:
            if found is not None and self._workspace is None and self._unanswered is None:
                self._looked = (window, where, found)
                self.looked.emit()
            waiting, self._looking = self._looking or [], None
            for then in waiting:
                then()

        self._runner.run(look, looked, lambda _error: looked(None))

    def _open(self, target: str | None, password: str | None) -> None:
        key = without_password(target or "")
        if password is None:
            password = self._passwords.get(key)

        def done(workspace: Workspace) -> None:
            if self.live is not None:
                self.live.stop()
            if self._workspace is not None:
                self._workspace.close()
            self._kept = self._looked = self._unanswered = None
            self._periods.forget()
            self._workspace = workspace
            if self._ahead is not None:
                self._periods.when_idle(lambda: self._tidy(workspace))
            if self.live is not None:
                self.live.follow(workspace)
            self._target = target
            given = password if password is not None else password_in(target or "")
            if given is not None:
                self._passwords[key] = given
            self.opened.emit(workspace.database.display_name)

        def failed(error: Exception) -> None:
            self._kept = self._looked = self._unanswered = None
            if isinstance(error, PasswordNeededError):
                self._passwords.pop(key, None)
                self.password_needed.emit(target or "", error.refused)
                return
            self.open_failed.emit(target or "", describe(error))

        def opened() -> Workspace:
            workspace = self._opener(target, password)
            if self._ahead is None:  # nothing reads ahead, to tidy up behind: now then
                try:
                    workspace.remove_leftovers()
                except BaseException:
                    workspace.close()
                    raise
            return workspace

        self._runner.run(opened, done, failed, key="open")

    def _tidy(self, workspace: Workspace) -> None:
        """On the reading-ahead thread: not once the database is closed meanwhile."""
        if self._workspace is workspace:
            workspace.remove_leftovers()

    def run_outside(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """File work outside the open database (making the sample): on the writing thread."""
        self._writer.run(work, on_done, on_error)

    def load(
        self,
        window: TimeWindow,
        where: EventFilter,
        on_done: Callable[[FacetedOccurrences], None],
        *,
        key: str,
        ahead: Sequence[Ahead] = (),
    ) -> None:
        """The occurrences in ``window``, with the sidebar's counts; only the newest
        request of ``key`` answers. A period kept from before answers at once (from the
        event loop); a moment after one is shown, the ``ahead`` periods are read ahead."""
        workspace = self._workspace
        if workspace is None:
            shown = self._shown_before_open(window, where)
            self._unanswered = (window, where) if shown is None else None
            on_done(FacetedOccurrences([], Facets(), 0) if shown is None else shown)
            return
        self._periods.load(workspace, window, where, on_done, key=key, ahead=ahead)

    def _shown_before_open(
        self, window: TimeWindow, where: EventFilter
    ) -> FacetedOccurrences | None:
        """What was kept at the last close, or read by the first look, for this period."""
        kept, looked = self._kept, self._looked
        if kept is not None and kept.answers(window, where):
            return kept.shown
        if looked is not None and looked[:2] == (window, where):
            return looked[2]
        return None

    def read(
        self,
        work: Callable[[Workspace], T],
        on_done: Callable[[T], None],
        *,
        key: str | None = None,
        after_changes: bool = False,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Any other question for the services, answered in the background.

        ``after_changes`` queues it behind the changes still being saved, so what comes back
        (an event about to be edited, with its version) includes them. A failure goes to
        ``on_error`` when given, else ``failed`` is emitted.
        """
        workspace = self._workspace
        if workspace is None:
            return
        runner = self._writer if after_changes else self._runner

        def refused(error: Exception) -> None:
            (on_error or self.failed.emit)(describe(error))

        runner.run(lambda: work(workspace), on_done, refused, key=key)

    def change(
        self,
        work: Callable[[Workspace], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Save something in the background; then ``changed`` is emitted with the change
        set of what ``work`` saved (see ``written_changes``), or ``failed`` and ``changed``
        with everything (what is shown may be stale).

        After it, on the same thread, the feeds that change set may touch are published
        again (``FeedService.publish_changed``; ``feeds_published`` says which were written
        and which could not be)."""
        workspace = self._workspace
        if workspace is None:
            return
        # Changes are recorded from the first change on (not loaded before the first frame).
        from eventplanner.services.change_journal import recording, written_changes
        from eventplanner.services.changes import ChangeSet

        saved: list[ChangeSet] = []  # what the work saved, for the publishing after it

        def write() -> tuple[T, ChangeSet]:
            with recording() as journal:
                try:
                    result = work(workspace)
                except BaseException:
                    saved.append(ChangeSet.all())  # a part of it may have been saved
                    raise
            changes = written_changes(result, journal.changes)
            saved.append(changes)
            return result, changes

        def done(written: tuple[T, ChangeSet]) -> None:
            result, changes = written
            self._periods.forget(changes)
            if on_done is not None:
                on_done(result)
            self.changed.emit(changes)

        def refused(error: Exception) -> None:
            self._periods.forget()  # a part of it may have been saved
            message = describe(error)
            if on_error is not None:
                on_error(message)
            else:
                self.failed.emit(message)
            self.changed.emit(ChangeSet.all())  # what is shown may be stale: show what is saved

        self._writer.run(write, done, refused)
        self._publish_changed(workspace, saved)

    def _publish_changed(self, workspace: Workspace, saved: list[ChangeSet]) -> None:
        def published(report: PublishReport) -> None:
            if report.published or report.failed:
                self.feeds_published.emit(report)

        def refused(error: Exception) -> None:
            # The change itself was saved: this is no refusal of it, only of the feeds.
            self.publishing_failed.emit(describe(error))

        from eventplanner.services.changes import ChangeSet

        def publish() -> PublishReport:
            # Runs after the change on the same (single) writing thread: ``saved`` is set.
            return workspace.feeds.publish_changed(saved[0] if saved else ChangeSet.all())

        self._writer.run(publish, published, refused)

    def refresh(self) -> None:
        """Someone else changed the database (a save of ours was refused because of it):
        forget what was kept and have every view read again."""
        from eventplanner.services.changes import ChangeSet

        self._periods.forget()
        self.changed.emit(ChangeSet.all())

    def _heard(self, changes: ChangeSet) -> None:
        """Someone else saved something: every view shows it, keeping what is selected
        (the views keep a selection by the event's identity across a reload)."""
        if self._workspace is None:
            return  # heard just before the database was closed
        self._periods.forget(changes)
        self.changed_elsewhere.emit(changes)
        self.changed.emit(changes)

    def shutdown(self, keep: tuple[TimeWindow, EventFilter] | None = None) -> None:
        """Before the app quits: finish every queued save, drop pending reads, close; and
        with ``keep`` (the period and filter the window will ask for first at the next
        start) keep what it shows of an SQLite file for then (see ``show_kept``)."""
        if self._ahead is not None:
            self._ahead.shutdown(finish_queued=False)
        self._runner.shutdown(finish_queued=False)
        self._writer.shutdown(finish_queued=True)
        shown = self._shown_at_next_start(keep)
        target = self._target
        self.close()
        if shown is not None and keep is not None and self._kept_in is not None:
            last_view.keep(self._kept_in, target, *keep, shown)

    def _shown_at_next_start(
        self, keep: tuple[TimeWindow, EventFilter] | None
    ) -> FacetedOccurrences | None:
        workspace = self._workspace
        if keep is None or self._kept_in is None or workspace is None:
            return None
        if last_view.sqlite_file(self._target) is None:
            return None
        try:
            return workspace.queries.faceted(*keep)
        except EventplannerError:  # nothing kept: the next start waits for the database
            return None

    def close(self) -> None:
        if self.live is not None:
            self.live.stop()
        self._periods.forget()
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None


def _open_workspace(target: str | None, password: str | None) -> Workspace:
    """Workspace.open, imported on the worker thread that opens the first database: the
    window paints before SQLAlchemy and Alembic have loaded. The feeds' folders are tidied
    by the planner (``Planner.open``): not before the window's first answer."""
    from eventplanner.services.workspace import Workspace

    return Workspace.open(target, password=password, tidy=False)
