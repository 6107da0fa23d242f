from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.ui.views.agenda_model import (
    IS_HEADING_ROLE,
    OCCURRENCE_ROLE,
    AgendaModel,
    Column,
    Grouping,
)
from tests.ui.helpers import all_day, at, timed

FAIR = all_day("Automationsmässan", date(2027, 3, 16), date(2027, 3, 18), event_id=2)
SEMINAR = timed("Stål och digitalisering", at(2027, 3, 10, 13), at(2027, 3, 10, 16), event_id=1)
VALLEY = timed("Nodmöte Silicon Valley", at(2027, 3, 23, 17), at(2027, 3, 23, 18),
               zone="America/Los_Angeles", kind=EventKind.NETWORK_MEETING, event_id=3)  # fmt: skip
CANCELLED = timed("Inställd kurs", at(2027, 3, 24, 9), at(2027, 3, 24, 12),
                  status=EventStatus.CANCELLED, kind=EventKind.COURSE, event_id=4)  # fmt: skip


def make(qtmodeltester, occurrences=(FAIR, SEMINAR, VALLEY, CANCELLED)) -> AgendaModel:  # type: ignore[no-untyped-def]
    model = AgendaModel()
    model.set_occurrences(list(occurrences), "Europe/Stockholm")
    qtmodeltester.check(model)
    return model


def column_text(model: AgendaModel, column: Column) -> list[str]:
    return [model.index(r, column).data() or "" for r in range(model.rowCount())]


def test_rows_are_grouped_under_iso_weeks(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = make(qtmodeltester)
    headings = [r for r in range(model.rowCount()) if model.index(r, 0).data(IS_HEADING_ROLE)]
    assert len(headings) == 3  # weeks 10, 11 and 12
    assert model.index(0, Column.DATE).data().startswith("Week 10 · 8 Mar–14 Mar 2027")
    assert "1 event" in model.index(0, 0).data()
    assert model.index(1, Column.TITLE).data() == "Stål och digitalisering"
    assert model.index(1, Column.WEEK).data() == "10"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_times_in_the_display_zone_with_the_events_own(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = make(qtmodeltester)
    row = model.row_of(lambda o: o.uid == VALLEY.uid)
    assert model.index(row, Column.TIME).data() == "17:00–18:00 (09:00 Los Angeles)"
    fair = model.row_of(lambda o: o.uid == FAIR.uid)
    assert model.index(fair, Column.TIME).data() == "All day"
    assert model.index(fair, Column.DATE).data() == "Tue 16–Thu 18 Mar 2027"


def test_an_imported_time_with_seconds_shows_them(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Issue 12, 4: 09:15:45 is not shown as 09:15, as if it were that (`list` shows it)."""
    start, end = at(2027, 3, 12, 9, 15, 45), at(2027, 3, 12, 9, 45)
    meeting = timed("Möte från Exchange", start, end, event_id=5)
    pacific = timed("Möte i Seattle", start.replace(hour=18), end.replace(hour=18),
                    zone="America/Los_Angeles", event_id=6)  # fmt: skip
    model = make(qtmodeltester, (meeting, pacific))
    row = model.row_of(lambda o: o.uid == meeting.uid)
    assert model.index(row, Column.TIME).data() == "09:15:45–09:45"
    row = model.row_of(lambda o: o.uid == pacific.uid)
    assert model.index(row, Column.TIME).data() == "18:15:45–18:45 (09:15:45 Los Angeles)"


def test_cancelled_rows_are_struck_through(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = make(qtmodeltester)
    row = model.row_of(lambda o: o.status is EventStatus.CANCELLED)
    assert model.index(row, Column.TITLE).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(row, 0).data(OCCURRENCE_ROLE) is CANCELLED


def test_sorting_by_title_drops_the_headings(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = make(qtmodeltester)
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert column_text(model, Column.TITLE) == [
        "Automationsmässan", "Inställd kurs", "Nodmöte Silicon Valley", "Stål och digitalisering",
    ]  # fmt: skip
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    titles = [t for t in column_text(model, Column.TITLE) if t]
    assert titles[0] == "Inställd kurs"


def test_monthly_or_no_grouping(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = make(qtmodeltester)
    model.set_grouping(Grouping.MONTH)
    assert model.index(0, 0).data() == "March 2027 · 4 events"
    model.set_grouping(Grouping.NONE)
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_an_empty_agenda(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = make(qtmodeltester, ())
    assert model.rowCount() == 0


def test_texts_follow_the_occurrences_and_the_zone(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Texts are kept per occurrence shown; a retitled one, or another zone, shows anew."""
    from dataclasses import replace

    model = make(qtmodeltester)
    row = model.row_of(lambda o: o.uid == SEMINAR.uid)
    assert model.index(row, Column.TITLE).data() == "Stål och digitalisering"
    assert model.index(row, Column.TIME).data() == "13:00–16:00"
    renamed = replace(SEMINAR, title="Stål och AI")
    model.set_occurrences([FAIR, renamed, VALLEY, CANCELLED], "Europe/Stockholm")
    assert model.index(row, Column.TITLE).data() == "Stål och AI"
    model.set_occurrences([FAIR, renamed, VALLEY, CANCELLED], "Europe/London")
    qtmodeltester.check(model)
    row = model.row_of(lambda o: o.uid == SEMINAR.uid)
    assert model.index(row, Column.TIME).data().startswith("12:00–15:00")


def test_rows_given_in_start_order_come_out_as_when_sorted_here(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    given = sorted([FAIR, SEMINAR, VALLEY, CANCELLED], key=lambda o: o.sort_key)
    sorted_here = make(qtmodeltester, given)
    trusted = AgendaModel()
    trusted.set_occurrences(given, "Europe/Stockholm", in_start_order=True)
    qtmodeltester.check(trusted)
    assert column_text(trusted, Column.DATE) == column_text(sorted_here, Column.DATE)
    # Sorting by another column, or newest first, sorts them as always.
    trusted.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert trusted.index(1, Column.TITLE).data() == "Inställd kurs"
