"""The period shown when an SQLite file was last closed, kept for the next start: read back
only while the file is exactly as it was then."""

from __future__ import annotations

import io
import os
import pickle
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import EventDraft
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.events import last_view
from eventplanner.services.events.facets import FacetedOccurrences, Facets
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")
MARCH = TimeWindow.days(date(2027, 3, 1), date(2027, 3, 31))
WHERE = EventFilter(kinds=frozenset({EventKind.SEMINAR, EventKind.TRADE_FAIR}))


def seminar(day: int, title: str = "Seminarium: vätgas") -> EventDraft:
    start = datetime(2027, 3, day, 9, tzinfo=STO)
    return EventDraft(title, TimedSpan(start, start + timedelta(hours=2)))


def planned(path: Path) -> FacetedOccurrences:
    """A file with a seminar series (one struck out) and a two-day fair, closed; what March
    shows of it under WHERE."""
    workspace = Workspace.open(path)
    try:
        series = seminar(2)
        workspace.events.create(
            EventDraft(
                series.title,
                series.timing,
                kind=EventKind.SEMINAR,
                recurrence=Recurrence("FREQ=WEEKLY;COUNT=6", (datetime(2027, 3, 9, 9),)),
            )
        )
        fair = EventDraft(
            "Automationsmässan",
            AllDaySpan(date(2027, 3, 17), date(2027, 3, 18), "Europe/Stockholm"),
            kind=EventKind.TRADE_FAIR,
            status=EventStatus.CONFIRMED,
            tags=("mässa", "robotik"),
        )
        workspace.events.create(fair)
        shown = workspace.queries.faceted(MARCH, WHERE)
    finally:
        workspace.close()
    assert len(shown.occurrences) == 5  # 2, 16, 23 and 30 March, and the fair
    return shown


def test_what_was_kept_comes_back_equal_while_the_file_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "planering.sqlite"
    shown = planned(path)
    kept_in = tmp_path / "cache"
    assert last_view.keep(kept_in, str(path), MARCH, WHERE, shown)
    view = last_view.read(kept_in, str(tmp_path / "." / "planering.sqlite"))
    assert view is not None
    assert view.shown == shown
    assert [o.timing for o in view.shown.occurrences] == [o.timing for o in shown.occurrences]
    assert view.answers(MARCH, WHERE)
    assert not view.answers(MARCH, EventFilter())
    assert not view.answers(TimeWindow.days(date(2027, 4, 1), date(2027, 4, 30)), WHERE)
    assert oct((kept_in / last_view.FILE_NAME).stat().st_mode & 0o777) == "0o600"
    # Opening the file to read it again (as the window does after the kept view) and
    # closing it changes nothing: the next start may show it again.
    workspace = Workspace.open(path)
    assert workspace.queries.faceted(MARCH, WHERE) == shown
    workspace.close()
    assert last_view.read(kept_in, str(path)) is not None


def test_a_change_by_anyone_since_makes_it_unread(tmp_path: Path) -> None:
    path = tmp_path / "planering.sqlite"
    shown = planned(path)
    kept_in = tmp_path / "cache"
    assert last_view.keep(kept_in, str(path), MARCH, WHERE, shown)
    workspace = Workspace.open(path)
    workspace.events.create(seminar(25, "Frukostseminarium"))
    # While the other program has it open, its change is in the write-ahead log...
    assert last_view.read(kept_in, str(path)) is None
    workspace.close()
    # ...and once it has closed, in the file.
    assert last_view.read(kept_in, str(path)) is None


def test_nothing_is_kept_of_a_file_another_program_is_changing(tmp_path: Path) -> None:
    path = tmp_path / "planering.sqlite"
    shown = planned(path)
    kept_in = tmp_path / "cache"
    assert last_view.keep(kept_in, str(path), MARCH, WHERE, shown)
    other = Workspace.open(path)
    try:
        other.events.create(seminar(26))
        assert not last_view.keep(kept_in, str(path), MARCH, WHERE, shown)
        assert not (kept_in / last_view.FILE_NAME).exists()  # nor what was kept before
    finally:
        other.close()


def test_a_replaced_file_is_another_database(tmp_path: Path) -> None:
    path = tmp_path / "planering.sqlite"
    shown = planned(path)
    kept_in = tmp_path / "cache"
    assert last_view.keep(kept_in, str(path), MARCH, WHERE, shown)
    copy = tmp_path / "kopia.sqlite"
    copy.write_bytes(path.read_bytes())
    os.utime(copy, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns))
    copy.replace(path)  # the same bytes and times, but another file
    assert last_view.read(kept_in, str(path)) is None
    assert last_view.read(kept_in, str(copy)) is None  # kept for another path


@pytest.mark.parametrize(
    "target", ["postgresql://planner@server/planning", "sqlite:///planering.sqlite"]
)
def test_only_a_file_path_is_kept(tmp_path: Path, target: str) -> None:
    shown = FacetedOccurrences([], Facets(), 0)
    assert not last_view.keep(tmp_path, target, MARCH, WHERE, shown)
    assert last_view.read(tmp_path, target) is None


@pytest.mark.parametrize("target", [None, ""])
def test_no_target_is_the_default_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str | None
) -> None:
    path = tmp_path / "data" / "eventplanner.sqlite"
    path.parent.mkdir()
    monkeypatch.setattr(last_view, "default_database_path", lambda: path)
    shown = planned(path)
    kept_in = tmp_path / "cache"
    assert last_view.keep(kept_in, target, MARCH, WHERE, shown)
    view = last_view.read(kept_in, str(path))
    assert view is not None
    assert view.shown == shown
    assert last_view.read(kept_in, target) is not None


def test_a_damaged_or_planted_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "planering.sqlite"
    shown = planned(path)
    kept_in = tmp_path / "cache"
    assert last_view.keep(kept_in, str(path), MARCH, WHERE, shown)
    kept = kept_in / last_view.FILE_NAME
    kept.write_bytes(kept.read_bytes()[:-40])
    assert last_view.read(kept_in, str(path)) is None

    marker = tmp_path / "ran"

    class Planted:
        def __reduce__(self) -> tuple[object, ...]:
            return (os.system, (f"touch {marker}",))

    kept.write_bytes(pickle.dumps(Planted()))
    assert last_view.read(kept_in, str(path)) is None
    assert not marker.exists()


def test_what_another_version_kept_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "planering.sqlite"
    shown = planned(path)
    kept_in = tmp_path / "cache"
    stamp = last_view.stamp_of(path.resolve())
    assert stamp is not None
    older = last_view.LastView(str(path.resolve()), stamp, MARCH, WHERE, shown, version="0.0.1")
    buffer = io.BytesIO()
    last_view._Pickler(buffer, protocol=5).dump(older)
    kept_in.mkdir()
    (kept_in / last_view.FILE_NAME).write_bytes(buffer.getvalue())
    assert last_view.read(kept_in, str(path)) is None
    assert last_view.keep(kept_in, str(path), MARCH, WHERE, shown)
    assert last_view.read(kept_in, str(path)) is not None
