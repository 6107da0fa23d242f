"""The live team view below the window: a write on one connection reaches a listener on
another (SQLite: two Database objects on one file; PostgreSQL: LISTEN/NOTIFY with the
change set), a rolled-back write tells nothing, and a stopped listener leaves nothing behind."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, delete, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft, Venue
from eventplanner.domain.programme import Session as ProgrammeSession
from eventplanner.domain.programme import Stage
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.tasks import TaskDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import notices
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import EventRow
from eventplanner.services.changes import Action, ChangeSet, EventTouch, Kind
from eventplanner.services.team.listener import ChangeListener
from eventplanner.services.team.notices import MAX_NOTICE_BYTES, SessionChanges, notice_text
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")
HEARD_WITHIN = 2.0  # seconds: the promise, as a timeout to wait with, never measured


def meeting(title: str = "Styrelsemöte", day: int = 14) -> EventDraft:
    start = datetime(2027, 4, day, 13, tzinfo=STO)
    return EventDraft(title=title, timing=TimedSpan(start, start + timedelta(hours=2)),
                      kind=EventKind.SEMINAR)  # fmt: skip


class Heard:
    """What a listener told, in order, taken with a timeout."""

    def __init__(self) -> None:
        self._queue: queue.Queue[ChangeSet] = queue.Queue()

    def __call__(self, changes: ChangeSet) -> None:
        self._queue.put(changes)

    def next(self) -> ChangeSet:
        return self._queue.get(timeout=HEARD_WITHIN)

    def nothing_more(self) -> bool:
        return self._queue.empty()


@pytest.fixture
def two_windows(database_url: URL) -> Iterator[tuple[Workspace, Workspace]]:
    """Two workspaces on one database, as two coordinators' windows (two processes)."""
    first = Workspace.open(database_url)
    second = Workspace(Database.open(database_url))
    yield first, second
    second.close()
    first.close()


@contextmanager
def listening(workspace: Workspace) -> Iterator[tuple[ChangeListener, Heard]]:
    heard = Heard()
    listener = ChangeListener(workspace.database, heard, poll_seconds=0.05)
    with listener:
        assert listener.wait_until_listening(10)
        yield listener, heard


def listener_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "change-listener"]


def wait_rounds(listener: ChangeListener, count: int) -> None:
    """Until the listener has looked ``count`` more times (polled, or waited for notices)."""
    target = listener.rounds + count
    done = threading.Event()
    while not done.wait(0.01):
        if listener.rounds >= target:
            done.set()


def test_a_write_in_one_window_reaches_the_other(
    two_windows: tuple[Workspace, Workspace],
) -> None:
    mine, theirs = two_windows
    with listening(mine) as (_listener, heard):
        saved = theirs.events.create(meeting()).event
        changes = heard.next()
    assert changes.ids(Kind.EVENT, Action.CREATED) == {saved.id}
    assert [t.uid for t in changes.events] == [saved.uid]
    assert not changes.everything


def test_a_rolled_back_write_tells_nothing(two_windows: tuple[Workspace, Workspace]) -> None:
    mine, theirs = two_windows
    with listening(mine) as (listener, heard):
        with pytest.raises(RuntimeError), theirs.database.transaction() as session:
            theirs_event = _event_row(session)
            session.flush()
            assert theirs_event.id is not None
            raise RuntimeError("changed my mind")
        wait_rounds(listener, 3)
        assert heard.nothing_more()
        venue = theirs.venues.create(Venue(None, "Aula Magna"))
        changes = heard.next()
        assert changes.everything or changes.ids(Kind.VENUE) == {venue.id}
        assert not changes.ids(Kind.EVENT)


def test_a_window_does_not_hear_its_own_writes(
    two_windows: tuple[Workspace, Workspace],
) -> None:
    """A notice names the Database that wrote it (PostgreSQL's payload, SQLite's table of
    notices): the window that wrote it reloaded already."""
    mine, theirs = two_windows
    with listening(mine) as (listener, heard):
        mine.events.create(meeting("Mitt eget"))
        theirs_venue = theirs.venues.create(Venue(None, "Kulturhuset"))
        changes = heard.next()  # the first one heard is theirs
        assert changes.ids(Kind.VENUE, Action.CREATED) == {theirs_venue.id}
        assert not changes.ids(Kind.EVENT)
        wait_rounds(listener, 2)
        assert heard.nothing_more()


def test_on_sqlite_a_write_that_left_no_notice_is_heard_as_everything(tmp_path: Path) -> None:
    """A write not made through the services (a repair by hand, a tool) moves the file's
    data version without a notice: it is heard, though not what it changed."""
    mine = Workspace.open(tmp_path / "planner.sqlite")
    try:
        with listening(mine) as (_listener, heard):
            bare = Database.open(tmp_path / "planner.sqlite")  # no announcer: no notice
            try:
                with bare.transaction() as session:
                    _event_row(session)
            finally:
                bare.close()
            assert heard.next().everything
    finally:
        mine.close()


def test_on_sqlite_a_listener_that_fell_behind_hears_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notices, "KEPT", 2)
    monkeypatch.setattr(notices, "_PRUNE_EVERY", 1)
    mine = Workspace.open(tmp_path / "planner.sqlite")
    theirs = Workspace.open(tmp_path / "planner.sqlite")
    held, entered = threading.Event(), threading.Event()
    heard = Heard()

    def slow(changes: ChangeSet) -> None:
        entered.set()
        held.wait(10)  # the listener's thread is busy with the first notice meanwhile
        heard(changes)

    try:
        with ChangeListener(mine.database, slow, poll_seconds=0.05) as listener:
            assert listener.wait_until_listening(10)
            theirs.venues.create(Venue(None, "Först"))
            assert entered.wait(10)
            for name in ("Två", "Tre", "Fyra", "Fem", "Sex"):
                theirs.venues.create(Venue(None, name))
            held.set()
            first, second = heard.next(), heard.next()
            assert first.ids(Kind.VENUE) and not first.everything
            assert second.everything  # the notices in between were forgotten
    finally:
        theirs.close()
        mine.close()


def test_a_stopped_listener_leaves_no_thread_and_no_connection(database_url: URL) -> None:
    workspace = Workspace.open(database_url)
    try:
        before = _listening_connections(database_url)
        with listening(workspace):
            assert len(listener_threads()) == 1
        assert listener_threads() == []
        _wait_for(lambda: _listening_connections(database_url) == before)
        assert workspace.database.engine.pool.checkedout() == 0
    finally:
        workspace.close()


def test_a_listener_stops_while_it_waits(database_url: URL) -> None:
    """Stopping needs no notice to come: the thread looks up at each round."""
    workspace = Workspace.open(database_url)
    try:
        listener = ChangeListener(workspace.database, Heard(), poll_seconds=0.05)
        listener.start()
        assert listener.wait_until_listening(10)
        listener.stop()
        listener.stop()  # twice is harmless
        assert listener_threads() == []
    finally:
        workspace.close()


# -- what a write says it changed (on every backend: the notice is made on SQLite too) -----


class Told(SessionChanges):
    """The notices a database's writes give, kept for the test."""

    def __init__(self) -> None:
        self.notices: list[ChangeSet] = []

    def notice(self, session: Session) -> str | None:
        made = super().notice(session)
        if made is not None:
            self.notices.append(ChangeSet.from_json(made))
        return made


@pytest.fixture
def told(workspace: Workspace) -> Told:
    spy = Told()
    workspace.database.announcer = spy
    return spy


def test_a_moved_event_names_itself_and_the_periods_before_and_after(
    workspace: Workspace, told: Told
) -> None:
    saved = workspace.events.create(meeting()).event
    [created] = told.notices
    assert created.ids(Kind.EVENT, Action.CREATED) == {saved.id}
    later = meeting(day=28)
    workspace.events.update(saved.id, later, expected_version=saved.version)
    moved = told.notices[-1]
    assert moved.ids(Kind.EVENT, Action.CHANGED) == {saved.id}
    [touch] = moved.events
    assert touch.uid == saved.uid
    assert moved.touches_period(_day(14), _day(15))
    assert moved.touches_period(_day(28), _day(29))
    assert not moved.touches_period(_day(20), _day(21))
    workspace.events.delete(saved.id)
    assert told.notices[-1].ids(Kind.EVENT, Action.DELETED) == {saved.id}
    assert not told.notices[-1].everything


def test_tasks_are_named_and_an_event_with_tasks_moves_and_goes_as_itself(
    workspace: Workspace, told: Told
) -> None:
    saved = workspace.events.create(meeting()).event
    task = workspace.tasks.add(TaskDraft("Kallelse", date(2027, 4, 1), event_id=saved.id)).task
    assert told.notices[-1].ids(Kind.TASK, Action.CREATED) == {task.id}
    workspace.tasks.mark_done(task.id)
    assert told.notices[-1].ids(Kind.TASK, Action.CHANGED) == {task.id}
    follows = workspace.tasks.add(TaskDraft("Protokoll", date(2027, 4, 20), event_id=saved.id))
    current = workspace.events.get(saved.id)
    workspace.events.update(saved.id, meeting(day=28), expected_version=current.version)
    assert told.notices[-1].ids(Kind.EVENT, Action.CHANGED) == {saved.id}
    assert told.notices[-1].ids(Kind.TASK, Action.CHANGED) == {follows.task.id}
    workspace.events.delete(saved.id)
    assert told.notices[-1].ids(Kind.EVENT, Action.DELETED) == {saved.id}
    assert not any(n.everything for n in told.notices)


def test_registrations_and_budget_lines_are_named_and_go_with_their_event(
    workspace: Workspace, told: Told
) -> None:
    from decimal import Decimal

    from eventplanner.domain.budget import BudgetCategory, BudgetLine
    from eventplanner.domain.model import Contact

    saved = workspace.events.create(meeting()).event
    person = workspace.contacts.create(Contact(None, "Anna Berg", "anna@example.se"))
    registered = workspace.registrations.register(saved.id, person.id or 0)
    [registration] = registered.changes.ids(Kind.REGISTRATION, Action.CREATED)
    # A registration names its event too: its counts show on the calendar.
    assert told.notices[-1].ids(Kind.REGISTRATION, Action.CREATED) == {registration}
    assert told.notices[-1].ids(Kind.EVENT, Action.CHANGED) == {saved.id}
    workspace.registrations.attend(saved.id, person.id or 0)
    assert told.notices[-1].ids(Kind.REGISTRATION, Action.CHANGED) == {registration}
    line = workspace.budget.add(
        BudgetLine(None, BudgetCategory.VENUE, Decimal("1200"), event_id=saved.id)
    ).record
    assert told.notices[-1].ids(Kind.BUDGET_LINE, Action.CREATED) == {line.id}
    assert not told.notices[-1].ids(Kind.EVENT)  # nothing of a budget is in a calendar
    workspace.events.delete(saved.id)
    assert told.notices[-1].ids(Kind.EVENT, Action.DELETED) == {saved.id}
    assert not any(n.everything for n in told.notices)


def test_a_series_touches_every_period(workspace: Workspace, told: Told) -> None:
    weekly = EventDraft(
        title="Veckomöte",
        timing=meeting().timing,
        recurrence=Recurrence("FREQ=WEEKLY;COUNT=5"),
    )
    saved = workspace.events.create(weekly).event
    changes = told.notices[-1]
    assert changes.ids(Kind.EVENT) == {saved.id}
    assert not changes.everything
    assert changes.touches_period(_day(1), _day(2))  # its periods are not worked out
    longer = EventDraft(
        title="Veckomöte", timing=meeting(day=15).timing, tags=("Styrelse",),
        recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"),
    )  # fmt: skip
    workspace.events.update(saved.id, longer, expected_version=saved.version)
    rewritten = told.notices[-1]  # its stored occurrences rewritten in bulk, a tag made
    assert not rewritten.everything
    assert rewritten.ids(Kind.EVENT, Action.CHANGED) == {saved.id}
    assert rewritten.ids(Kind.TAG, Action.CREATED)


def test_catalog_writes_name_their_kind(workspace: Workspace, told: Told) -> None:
    venue = workspace.venues.create(Venue(None, "Aula Magna"))
    assert venue.id is not None
    workspace.venues.update(Venue(venue.id, "Aula Magna 2", version=venue.version))
    workspace.venues.delete(venue.id)
    made, changed, gone = told.notices
    assert made.ids(Kind.VENUE, Action.CREATED) == {venue.id}
    assert changed.ids(Kind.VENUE, Action.CHANGED) == {venue.id}
    assert gone.ids(Kind.VENUE, Action.DELETED) == {venue.id}
    assert not made.touches(Kind.EVENT)


def test_events_made_in_bulk_are_named_by_what_the_insert_returned(
    workspace: Workspace, told: Told
) -> None:
    ids = workspace.events.create_many([meeting("Ett"), replace(meeting("Två"), tags=("Ny",))])
    made = told.notices[-1]
    assert not made.everything
    assert made.ids(Kind.EVENT, Action.CREATED) == set(ids)
    assert made.ids(Kind.TAG, Action.CREATED)
    assert made.touches_period(_day(1), _day(2))  # periods unknown: every period


def test_a_bulk_delete_of_events_is_a_change_of_everything(
    workspace: Workspace, told: Told
) -> None:
    workspace.events.create_many([meeting("Ett")])
    with workspace.database.transaction() as session:
        session.execute(delete(EventRow).where(EventRow.title == "Ett"))
    assert told.notices[-1].everything


def test_a_transaction_that_writes_nothing_tells_nothing(workspace: Workspace, told: Told) -> None:
    with workspace.database.transaction() as session:
        session.execute(text("SELECT 1"))
    assert told.notices == []


def test_a_notice_too_long_drops_its_periods_then_says_everything() -> None:
    many = ChangeSet.for_events(
        Action.CHANGED, [EventTouch(i, f"uid-{i}@example.se") for i in range(1, 200)]
    )
    assert ChangeSet.from_json(notice_text(many)) == many
    huge = ChangeSet.for_events(
        Action.CHANGED, [EventTouch(i, f"uid-{i}@example.se") for i in range(1, 2000)]
    )
    assert len(notice_text(huge).encode()) <= MAX_NOTICE_BYTES
    assert ChangeSet.from_json(notice_text(huge)).everything
    moved = ChangeSet.for_events(
        Action.CHANGED,
        [EventTouch(i, f"uid-{i}", (_period(i),)) for i in range(1, 120)],
    )
    trimmed = ChangeSet.from_json(notice_text(moved))
    assert len(moved.to_json().encode()) > MAX_NOTICE_BYTES
    assert trimmed.ids(Kind.EVENT) == moved.ids(Kind.EVENT) and not trimmed.everything
    assert all(t.periods == () for t in trimmed.events)


# -- helpers -------------------------------------------------------------------------------


def _day(day: int) -> datetime:
    return datetime(2027, 4, day, tzinfo=STO)


def _period(i: int):  # type: ignore[no-untyped-def]
    from eventplanner.services.changes import Period

    start = _day(1) + timedelta(hours=i)
    return Period(start, start + timedelta(hours=1))


def _event_row(session: Session):  # type: ignore[no-untyped-def]
    from tests.persistence.conftest import event_row

    row = event_row("Ångrat")
    session.add(row)
    return row


def _wait_for(condition: Callable[[], bool]) -> None:
    """The server ends a closed connection's backend a moment after the client closed it."""
    pause = threading.Event()
    for _ in range(500):
        if condition():
            return
        pause.wait(0.02)
    raise AssertionError("still not so after waiting")


def _listening_connections(url: URL) -> int:
    """PostgreSQL: the server's connections that LISTEN; SQLite: none to count (0)."""
    if url.get_backend_name() != "postgresql":
        return 0
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                        "current_database() AND query LIKE 'LISTEN%'"
                    )
                ).scalar_one()
            )
    finally:
        engine.dispose()


def test_a_notice_that_cannot_be_worked_out_says_everything_and_the_write_stands(
    workspace: Workspace, told: Told, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventplanner.services.team import notices as team_notices

    def broken(_row: object) -> tuple[()]:
        raise RuntimeError("a bug in the notices")

    monkeypatch.setattr(team_notices, "_periods", broken)
    saved = workspace.events.create(meeting()).event
    assert workspace.events.get(saved.id).title == saved.title
    assert told.notices[-1].everything


def test_programme_writes_name_their_kind_and_their_event(workspace: Workspace, told: Told) -> None:
    saved = workspace.events.create(meeting()).event
    stage = workspace.programme.add_stage(Stage(None, saved.id, "Aulan")).record
    start = saved.timing.utc_bounds()[0]
    session = workspace.programme.add_session(
        ProgrammeSession(None, saved.id, "Inledning", start, start + timedelta(minutes=20),
                         stage_id=stage.id)
    ).record  # fmt: skip
    made = told.notices[-1]
    assert made.ids(Kind.SESSION, Action.CREATED) == {session.id}
    # Its event named as changed, as the service's change set names it (a draft's write:
    # the event's row and SEQUENCE stay).
    assert made.ids(Kind.EVENT, Action.CHANGED) == {saved.id}
    assert made.touches_period(*saved.timing.utc_bounds())
    assert not made.everything
    copy = workspace.events.duplicate(saved.id).event  # the programme copied in bulk
    assert told.notices[-1].ids(Kind.EVENT, Action.CREATED) == {copy.id}
    assert not told.notices[-1].everything


def test_a_release_names_itself_and_its_event(workspace: Workspace, told: Told) -> None:
    saved = workspace.events.create(meeting()).event
    start = saved.timing.utc_bounds()[0]
    workspace.programme.add_session(
        ProgrammeSession(None, saved.id, "Inledning", start, start + timedelta(minutes=20))
    )
    released = workspace.releases.release(saved.id, "Final")
    notice = told.notices[-1]
    assert notice.ids(Kind.RELEASE, Action.CREATED) == {released.record.id}
    assert notice.ids(Kind.EVENT, Action.CHANGED) == {saved.id} and not notice.everything


def test_playbook_writes_name_the_playbook(workspace: Workspace, told: Told) -> None:
    """Its task templates are rewritten in bulk with each write: the playbook covers them,
    so a colleague's Playbooks window reads the playbooks again, not everything."""
    from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
    from eventplanner.domain.playbooks import Playbook, TaskTemplate

    rule = RelativeDeadline(2, Unit.WEEKS, Direction.BEFORE, DayOff.EARLIER)
    playbook = Playbook("Träff", (TaskTemplate("invite", "Invite", "Bjud in", rule),))
    made = workspace.playbooks.create(playbook).stored
    workspace.playbooks.edit("Träff", Playbook("Träff", playbook.templates * 1, language="sv"))
    workspace.playbooks.delete("Träff")
    created, changed, deleted = told.notices
    assert created.ids(Kind.PLAYBOOK, Action.CREATED) == {made.id}
    assert changed.ids(Kind.PLAYBOOK, Action.CHANGED) == {made.id}
    assert deleted.ids(Kind.PLAYBOOK, Action.DELETED) == {made.id}
    assert not any(n.everything or n.touches(Kind.EVENT) for n in told.notices)
