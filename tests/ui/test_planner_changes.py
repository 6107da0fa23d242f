"""The planner announces what its saves changed, and forgets only the periods they touched:
a save in November leaves October and December kept; a renamed venue (its name is shown in
every period) or a refused save forgets them all; a feed saved forgets none."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from eventplanner.domain.enums import EventKind
from eventplanner.domain.feeds import Feed
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events.facets import FacetedOccurrences
from eventplanner.services.workspace import Workspace
from eventplanner.ui.events import undo
from eventplanner.ui.planner import Planner
from tests.ui.helpers import at, opened_planner

ZONE = "Europe/Stockholm"
OCTOBER = TimeWindow.days(date(2026, 9, 28), date(2026, 11, 1), ZONE)
NOVEMBER = TimeWindow.days(date(2026, 10, 26), date(2026, 12, 6), ZONE)
DECEMBER = TimeWindow.days(date(2026, 11, 30), date(2027, 1, 3), ZONE)
JANUARY = TimeWindow.days(date(2027, 1, 4), date(2027, 2, 7), ZONE)
MONTHS = (OCTOBER, NOVEMBER, DECEMBER, JANUARY)
ZEBRA = EventDraft(
    "Zebrafinkar i produktionen",
    TimedSpan(at(2026, 11, 18, 9), at(2026, 11, 18, 11)),
    kind=EventKind.SEMINAR,
)


@pytest.fixture
def planner(qtbot, planner_file: Path) -> Iterator[Planner]:  # type: ignore[no-untyped-def]
    with opened_planner(qtbot, planner_file) as made:
        yield made


class Reads:
    """The periods the planner read from the database (not from memory)."""

    def __init__(self, workspace: Workspace) -> None:
        self.periods: list[TimeWindow] = []
        queries = workspace.queries
        period = queries.period

        def read(window: TimeWindow, where: EventFilter, *, texts: bool = False) -> object:
            self.periods.append(window)
            return period(window, where, texts=texts)

        queries.period = read  # type: ignore[method-assign,assignment]


def _reads(planner: Planner) -> Reads:
    assert planner.workspace is not None
    return Reads(planner.workspace)


def _load(qtbot, planner: Planner, window: TimeWindow) -> FacetedOccurrences:  # type: ignore[no-untyped-def]
    answers: list[FacetedOccurrences] = []
    planner.load(window, EventFilter(), answers.append, key="view")
    qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
    return answers[-1]


def _kept(planner: Planner) -> set[TimeWindow]:
    return {w for w in MONTHS if planner.cache.get(w, EventFilter()) is not None}


def _change(qtbot, planner: Planner, work: Callable[[Workspace], object]) -> ChangeSet:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(planner.changed, timeout=20_000) as signal:
        planner.change(work)
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    changes = signal.args[0]
    assert isinstance(changes, ChangeSet)
    return changes


def _load_all(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    for window in MONTHS:
        _load(qtbot, planner, window)
    assert _kept(planner) == set(MONTHS)


def test_a_save_forgets_only_the_periods_it_touched(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    _load_all(qtbot, planner)
    reads = _reads(planner)
    changes = _change(qtbot, planner, lambda w: w.events.create(ZEBRA))
    (made,) = changes.ids(Kind.EVENT, Action.CREATED)
    assert not changes.everything
    # ZEBRA's day, 18 November, lies in the November month grid alone.
    assert _kept(planner) == {OCTOBER, DECEMBER, JANUARY}
    for window in MONTHS:
        _load(qtbot, planner, window)
    assert reads.periods == [NOVEMBER]
    assert ZEBRA.title in [o.title for o in _load(qtbot, planner, NOVEMBER).occurrences]
    # Moved to January: where it was and where it is are forgotten.
    _load_all(qtbot, planner)
    assert planner.workspace is not None
    event = planner.workspace.events.get(made)
    january = TimedSpan(at(2027, 1, 20, 9), at(2027, 1, 20, 11))
    _change(
        qtbot,
        planner,
        lambda w: w.events.update(
            made, replace(event.draft(), timing=january), expected_version=event.version
        ),
    )
    assert _kept(planner) == {OCTOBER, DECEMBER}


def test_a_renamed_venue_forgets_every_period(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    _load_all(qtbot, planner)
    assert planner.workspace is not None
    venue = planner.workspace.venues.list()[0]
    changes = _change(qtbot, planner, lambda w: w.venues.update(replace(venue, name="Nytt namn")))
    assert changes.ids(Kind.VENUE, Action.CHANGED) == {venue.id}
    assert _kept(planner) == set()


def test_a_saved_feed_forgets_no_period(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    _load_all(qtbot, planner)
    changes = _change(qtbot, planner, lambda w: w.feeds.create(Feed(None, "Zebrafinkar")))
    assert changes.touches(Kind.FEED) and not changes.touches(Kind.EVENT)
    assert _kept(planner) == set(MONTHS)


def test_a_refused_save_is_announced_as_everything(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    _load_all(qtbot, planner)
    refused: list[str] = []
    with qtbot.waitSignal(planner.changed, timeout=20_000) as signal:
        planner.change(lambda w: w.events.create(replace(ZEBRA, title="")), None, refused.append)
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    assert refused
    assert signal.args[0] == ChangeSet.all()
    assert _kept(planner) == set()


def test_an_edit_and_its_undo_announce_the_event_where_it_was_and_is(
    qtbot, planner: Planner
) -> None:  # type: ignore[no-untyped-def]
    assert planner.workspace is not None
    event = planner.workspace.events.create(ZEBRA).event
    january = TimedSpan(at(2027, 1, 20, 9), at(2027, 1, 20, 11))
    stack = QUndoStack()
    announced: list[ChangeSet] = []
    planner.changed.connect(announced.append)
    stack.push(undo.EditEvent(planner, event, replace(event.draft(), timing=january)))
    qtbot.waitUntil(lambda: len(announced) == 1 and not planner.busy, timeout=20_000)
    _load_all(qtbot, planner)
    stack.undo()
    qtbot.waitUntil(lambda: len(announced) == 2 and not planner.busy, timeout=20_000)
    for changes in announced:
        assert changes.ids(Kind.EVENT, Action.CHANGED) == {event.id}
        assert not changes.everything
    assert _kept(planner) == {OCTOBER, DECEMBER}
