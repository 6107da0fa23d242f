"""The planner keeps the periods it read: a load is answered from memory, a save or another
database empties what is kept, a read begun before a save is never kept after it, and the
periods beside the shown one are read (and prepared) ahead. Every answer is held against
what the services say when asked directly."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.events.facets import FacetedOccurrences
from eventplanner.services.workspace import Workspace
from eventplanner.ui import period_reads
from eventplanner.ui.jobs import JobRunner
from eventplanner.ui.period_reads import Ahead
from eventplanner.ui.planner import Planner
from tests.ui.helpers import at

ZONE = "Europe/Stockholm"
NOVEMBER = TimeWindow.days(date(2026, 10, 26), date(2026, 12, 6), ZONE)  # a month grid
DECEMBER = TimeWindow.days(date(2026, 11, 30), date(2027, 1, 3), ZONE)
OCTOBER = TimeWindow.days(date(2026, 9, 28), date(2026, 11, 1), ZONE)
ZEBRA = EventDraft(
    "Zebrafinkar i produktionen",
    TimedSpan(at(2026, 11, 18, 9), at(2026, 11, 18, 11)),
    kind=EventKind.SEMINAR,
)


class Reads:
    """Counts (and can hold back) the planner's reads of periods."""

    def __init__(self, workspace: Workspace) -> None:
        self.periods: list[TimeWindow] = []
        self.texts = 0
        self.hold: threading.Event | None = None
        queries = workspace.queries
        period, with_texts = queries.period, queries.with_texts

        def read(window: TimeWindow, where: EventFilter, *, texts: bool = False) -> Any:
            found = period(window, where, texts=texts)
            self.periods.append(window)
            if self.hold is not None:
                self.hold.wait(10)  # read, but answered only once let go
            return found

        def read_texts(found: Any) -> Any:
            self.texts += 1
            return with_texts(found)

        queries.period = read  # type: ignore[method-assign]
        queries.with_texts = read_texts  # type: ignore[method-assign]


def _planner(qtbot, path: Path, *, ahead: bool = False) -> Planner:  # type: ignore[no-untyped-def]
    made = Planner(JobRunner(workers=2), JobRunner(workers=1),
                   ahead=JobRunner(workers=1) if ahead else None)  # fmt: skip
    with qtbot.waitSignal(made.opened, timeout=20_000):
        made.open(str(path))
    return made


@pytest.fixture
def planner(qtbot, planner_file: Path) -> Iterator[Planner]:  # type: ignore[no-untyped-def]
    made = _planner(qtbot, planner_file)
    yield made
    _settle(qtbot, made)
    made.shutdown()


def _settle(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not planner.busy and not planner.reading_ahead, timeout=20_000)


def _load(qtbot, planner: Planner, window: TimeWindow, where: EventFilter = EventFilter(),  # type: ignore[no-untyped-def]
          ahead: tuple[Ahead, ...] = ()) -> FacetedOccurrences:  # fmt: skip
    answers: list[FacetedOccurrences] = []
    planner.load(window, where, answers.append, key="view", ahead=ahead)
    qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
    return answers[-1]


def _asked(planner: Planner, window: TimeWindow, where: EventFilter) -> FacetedOccurrences:
    workspace = planner.workspace
    assert workspace is not None
    return workspace.queries.faceted(window, where)


def _reads(planner: Planner) -> Reads:
    assert planner.workspace is not None
    return Reads(planner.workspace)


def test_a_period_read_once_answers_again_from_memory(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    reads = _reads(planner)
    first = _load(qtbot, planner, NOVEMBER)
    assert first == _asked(planner, NOVEMBER, EventFilter()) and first.occurrences
    assert _load(qtbot, planner, NOVEMBER) == first
    assert reads.periods == [NOVEMBER]
    # The words of a search are looked for in the texts, read once for the period.
    for text in ("mäss", "MÄSSA", "e", "in dig", "ingenting sådant"):
        where = EventFilter(text=text)
        assert _load(qtbot, planner, NOVEMBER, where) == _asked(planner, NOVEMBER, where), text
    assert reads.periods == [NOVEMBER] and reads.texts == 1
    # The sidebar's choices too; another kind is another period.
    project = next(v.key for v in first.facets.projects if v.key is not None)
    where = EventFilter(text="e", project_ids=frozenset({int(project)}))
    assert _load(qtbot, planner, NOVEMBER, where) == _asked(planner, NOVEMBER, where)
    courses = EventFilter(kinds=frozenset({EventKind.COURSE}))
    assert _load(qtbot, planner, NOVEMBER, courses) == _asked(planner, NOVEMBER, courses)
    assert reads.periods == [NOVEMBER, NOVEMBER]


def test_a_save_empties_what_is_kept(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    reads = _reads(planner)
    search = EventFilter(text="zebrafink")
    assert _load(qtbot, planner, NOVEMBER, search).occurrences == []
    with qtbot.waitSignal(planner.changed, timeout=20_000):
        planner.change(lambda w: w.events.create(ZEBRA))
    assert len(planner.cache) == 0
    shown = _load(qtbot, planner, NOVEMBER, search)
    assert [o.title for o in shown.occurrences] == [ZEBRA.title]
    assert len(reads.periods) == 2


def test_a_read_begun_before_a_save_is_not_kept_after_it(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    reads = _reads(planner)
    reads.hold = threading.Event()
    stale: list[FacetedOccurrences] = []
    planner.load(NOVEMBER, EventFilter(), stale.append, key="old")  # read, then held
    qtbot.waitUntil(lambda: len(reads.periods) == 1, timeout=20_000)
    with qtbot.waitSignal(planner.changed, timeout=20_000):
        planner.change(lambda w: w.events.create(ZEBRA))
    reads.hold.set()
    qtbot.waitUntil(lambda: bool(stale), timeout=20_000)
    assert ZEBRA.title not in [o.title for o in stale[0].occurrences]  # read before the save
    reads.hold = None
    shown = _load(qtbot, planner, NOVEMBER)
    assert ZEBRA.title in [o.title for o in shown.occurrences]
    assert shown == _asked(planner, NOVEMBER, EventFilter())
    assert len(reads.periods) == 2


def test_only_the_newest_load_of_a_key_answers(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    _load(qtbot, planner, NOVEMBER)  # kept: its next load is answered from memory
    answers: list[tuple[str, FacetedOccurrences]] = []
    planner.load(DECEMBER, EventFilter(), lambda f: answers.append(("read", f)), key="view")
    planner.load(NOVEMBER, EventFilter(), lambda f: answers.append(("kept", f)), key="view")
    qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
    _settle(qtbot, planner)
    qtbot.wait(20)
    assert [name for name, _ in answers] == ["kept"]
    assert planner.cache.get(DECEMBER, EventFilter()) is not None  # read, kept, not shown


def test_another_database_starts_with_nothing_kept(qtbot, planner: Planner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert _load(qtbot, planner, NOVEMBER).occurrences
    other = tmp_path / "tom.sqlite"
    Workspace.open(other).close()
    with qtbot.waitSignal(planner.opened, timeout=20_000):
        planner.open(str(other))
    assert len(planner.cache) == 0
    assert _load(qtbot, planner, NOVEMBER).occurrences == []


def test_a_period_kept_long_is_shown_then_read_again(qtbot, planner: Planner, planner_file: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:  # fmt: skip
    _load(qtbot, planner, NOVEMBER)
    # Another computer saves an event in the period; this window knows nothing of it.
    elsewhere = Workspace.open(planner_file)
    elsewhere.events.create(ZEBRA)
    elsewhere.close()
    monkeypatch.setattr(period_reads, "REREAD_AFTER_S", 0.0)
    answers: list[FacetedOccurrences] = []
    planner.load(NOVEMBER, EventFilter(), answers.append, key="view")
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=20_000)
    titles = [[o.title for o in a.occurrences] for a in answers]
    assert ZEBRA.title not in titles[0] and ZEBRA.title in titles[1]
    assert answers[1] == _asked(planner, NOVEMBER, EventFilter())
    # Read again and found the same: nothing more is shown.
    again: list[FacetedOccurrences] = []
    planner.load(NOVEMBER, EventFilter(), again.append, key="view")
    _settle(qtbot, planner)
    qtbot.wait(20)
    assert again == [answers[1]]


def test_the_periods_beside_are_read_and_prepared_ahead(qtbot, planner_file: Path) -> None:  # type: ignore[no-untyped-def]
    planner = _planner(qtbot, planner_file, ahead=True)
    reads = _reads(planner)
    prepared: list[FacetedOccurrences] = []
    ahead = (Ahead(DECEMBER, prepared.append), Ahead(OCTOBER))
    _load(qtbot, planner, NOVEMBER, ahead=ahead)
    qtbot.waitUntil(lambda: bool(prepared) and not planner.reading_ahead, timeout=20_000)
    assert prepared == [_asked(planner, DECEMBER, EventFilter())]
    assert reads.periods == [NOVEMBER, DECEMBER, OCTOBER] and reads.texts == 1
    assert not planner.busy  # reading ahead is not work anyone waits for
    assert _load(qtbot, planner, DECEMBER) == prepared[0]
    assert _load(qtbot, planner, OCTOBER, EventFilter(text="e")) == _asked(
        planner, OCTOBER, EventFilter(text="e")
    )
    assert reads.periods == [NOVEMBER, DECEMBER, OCTOBER]
    _settle(qtbot, planner)
    planner.shutdown()


def test_reading_ahead_is_dropped_once_the_window_moves_on(qtbot, planner_file: Path) -> None:  # type: ignore[no-untyped-def]
    planner = _planner(qtbot, planner_file, ahead=True)
    reads = _reads(planner)
    prepared: list[FacetedOccurrences] = []
    _load(qtbot, planner, NOVEMBER, ahead=(Ahead(DECEMBER, prepared.append),))
    _load(qtbot, planner, OCTOBER)  # before the moment for reading ahead has come
    qtbot.wait(period_reads.READ_AHEAD_AFTER_MS * 2)
    _settle(qtbot, planner)
    assert DECEMBER not in reads.periods and prepared == []
    # A save while reading ahead: nothing read before it is kept.
    saved: list[Callable[[], None]] = []
    reads.hold = threading.Event()
    _load(qtbot, planner, NOVEMBER, ahead=(Ahead(DECEMBER, prepared.append),))
    qtbot.waitUntil(lambda: DECEMBER in reads.periods, timeout=20_000)
    with qtbot.waitSignal(planner.changed, timeout=20_000):
        planner.change(lambda w: w.events.create(ZEBRA), lambda _r: saved.append(lambda: None))
    reads.hold.set()
    _settle(qtbot, planner)
    qtbot.wait(20)
    assert saved and prepared == [] and planner.cache.get(DECEMBER, EventFilter()) is None
    planner.shutdown()


def test_the_feeds_folders_are_tidied_behind_the_first_reads_ahead(
    qtbot, planner_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Tidying loads the feeds' and the export's modules: the first answer does not wait for
    # it, nor do the reads ahead (it runs behind them on their thread).
    read_when_tidied: list[list[TimeWindow]] = []
    reads: list[Reads] = []
    tidy = Workspace.remove_leftovers

    def tidied(workspace: Workspace) -> int:
        read_when_tidied.append(list(reads[0].periods) if reads else [])
        return tidy(workspace)

    monkeypatch.setattr(Workspace, "remove_leftovers", tidied)
    planner = _planner(qtbot, planner_file, ahead=True)
    assert read_when_tidied == []
    reads.append(_reads(planner))
    _load(qtbot, planner, NOVEMBER, ahead=(Ahead(DECEMBER),))
    qtbot.waitUntil(lambda: bool(read_when_tidied), timeout=20_000)
    assert read_when_tidied == [[NOVEMBER, DECEMBER]]
    _settle(qtbot, planner)
    planner.shutdown()
    # Without a thread to read ahead, as part of opening.
    planner = _planner(qtbot, planner_file)
    assert len(read_when_tidied) == 2
    planner.shutdown()
