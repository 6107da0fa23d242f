"""Preview in Outlook's eyes: the table of how Outlook reads each event of a file, for a reader
in a chosen zone; its model over the rows the iCalendar layer's preview parses back.
Each test ends settled: pytest-qt deletes the window before the fixtures end."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import BusyStatus, EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.ical import PreviewRow
from eventplanner.ui.preview.preview_dialog import PreviewDialog
from eventplanner.ui.preview.preview_model import ROW_ROLE, Column, PreviewModel
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import STO, settle


def row(**changes: object) -> PreviewRow:
    base: dict[str, object] = {
        "uid": "1@test", "title": "Automationsmässan", "all_day": True,
        "start": date(2027, 3, 16), "end": date(2027, 3, 18), "time_zone": None,
        "busy_status": BusyStatus.OUT_OF_OFFICE, "reminder": None, "recurrence": "",
        "recurrence_id": None, "status": "CONFIRMED", "location": "Elmia, Jönköping",
        "categories": ("Trade fair",), "warnings": (),
    }  # fmt: skip
    base.update(changes)
    return PreviewRow(**base)  # type: ignore[arg-type]


def test_the_preview_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PreviewModel()
    start = datetime(2027, 2, 1, 13, 0, tzinfo=STO)
    model.set_rows([
        row(),
        row(uid="2@test", title="Intraprenörskap", all_day=False, start=start,
            end=start + timedelta(hours=3), time_zone="Europe/Stockholm",
            busy_status=BusyStatus.BUSY, reminder=timedelta(hours=1),
            recurrence="every week on Monday, 8 times",
            warnings=("Outlook cannot show this series: it repeats on several days",)),
    ])  # fmt: skip
    qtmodeltester.check(model, force_py=True)

    def cell(r: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(r, column).data(role)

    assert cell(0, Column.SHOWN_AS) == "All day"
    assert cell(0, Column.START) == "Tue 16 Mar 2027"
    assert cell(0, Column.END) == "Thu 18 Mar 2027"
    assert cell(0, Column.BUSY) == "Out of office"
    assert cell(0, Column.REMINDER) == "No reminder"
    assert cell(0, Column.RECURRENCE) == "Once"
    assert cell(0, Column.TITLE, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(1, Column.SHOWN_AS) == "Timed"
    assert cell(1, Column.START) == "Mon 1 Feb 2027 13:00"
    assert cell(1, Column.END) == "16:00"
    assert cell(1, Column.REMINDER) == "1 hour before"
    assert cell(1, Column.RECURRENCE) == "every week on Monday, 8 times"
    assert "several days" in str(cell(1, Column.WARNINGS))
    assert isinstance(cell(1, Column.TITLE, Qt.ItemDataRole.BackgroundRole), QBrush)
    assert cell(1, Column.TITLE, ROW_ROLE).uid == "2@test"
    assert model.warned() == 1


def test_a_feed_preview_shows_its_events_in_the_readers_zone(
    qtbot: QtBot, window: MainWindow
) -> None:
    """OUTLOOK.md 3: a reader nine hours behind sees the same instant at another hour."""
    workspace = window._planner.workspace
    assert workspace is not None
    start = datetime(2027, 3, 16, 18, 0, tzinfo=STO)
    workspace.events.create(
        EventDraft("Kvällsseminarium om stål", TimedSpan(start, start + timedelta(hours=2),
                   "Europe/Stockholm"), kind=EventKind.SEMINAR, reminder_minutes=15)
    )  # fmt: skip
    workspace.events.create(
        EventDraft("Styrgrupp den 1:a och 15:e",
                   TimedSpan(start.replace(day=1, hour=9), start.replace(day=1, hour=10),
                             "Europe/Stockholm"),
                   kind=EventKind.SEMINAR,
                   recurrence=Recurrence("FREQ=MONTHLY;BYMONTHDAY=1,15"))
    )  # fmt: skip
    workspace.events.create(
        EventDraft("Seminariedag", AllDaySpan(date(2027, 3, 20), date(2027, 3, 20)),
                   kind=EventKind.SEMINAR)
    )  # fmt: skip
    feeds = window.feeds.show_feeds()
    assert feeds is not None
    settle(qtbot, window)
    qtbot.waitUntil(lambda: feeds.model.rowCount() > 0, timeout=20_000)
    # A feed of every seminar, so the three above are in it.
    qtbot.mouseClick(feeds.new_button, Qt.MouseButton.LeftButton)
    editor = feeds.editor
    assert editor is not None
    qtbot.keyClicks(editor.name, "All seminars")
    seminar = editor.kinds.action_for(EventKind.SEMINAR)
    assert seminar is not None
    seminar.trigger()
    editor.submit()
    qtbot.waitUntil(lambda: feeds.chosen() is not None
                    and feeds.chosen().name == "All seminars", timeout=20_000)  # fmt: skip

    qtbot.mouseClick(feeds.preview_button, Qt.MouseButton.LeftButton)
    dialog = feeds.preview_dialog
    assert isinstance(dialog, PreviewDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=20_000)
    assert dialog.reader_zone() == "Europe/Stockholm"

    def find(title: str) -> int:
        return next(r for r, p in enumerate(dialog.model.rows()) if p.title == title)

    evening = find("Kvällsseminarium om stål")
    assert dialog.model.index(evening, Column.START).data() == "Tue 16 Mar 2027 18:00"
    assert dialog.model.index(evening, Column.REMINDER).data() == "15 minutes before"
    day = find("Seminariedag")
    assert dialog.model.index(day, Column.SHOWN_AS).data() == "All day"
    series = find("Styrgrupp den 1:a och 15:e")
    assert "several days of the month" in dialog.model.index(series, Column.WARNINGS).data()
    assert "tinted" in dialog.summary.text()

    dialog.zone.set_time_zone("America/Los_Angeles")
    qtbot.waitUntil(
        lambda: (
            dialog.model.rowCount() > 0
            and dialog.model.index(find("Kvällsseminarium om stål"), Column.START).data()
            == "Tue 16 Mar 2027 10:00"
        ),
        timeout=20_000,
    )
    # All-day events are the same days everywhere.
    assert dialog.model.index(find("Seminariedag"), Column.START).data() == "Sat 20 Mar 2027"
    dialog.close()
    settle(qtbot, window)


def test_a_series_is_told_in_swedish_in_the_swedish_window(swedish, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The Recurrence column in the window's language ("varje vecka på tisdag"), not the
    iCalendar layer's English."""
    from zoneinfo import ZoneInfo

    from eventplanner.ical.recurrence_words import RuleText

    start = datetime(2027, 2, 2, 13, 0, tzinfo=STO)
    weekly = RuleText("FREQ=WEEKLY;BYDAY=TU;COUNT=8", start, (), ZoneInfo("Europe/Stockholm"))
    monthly = RuleText("FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO,-1FR", date(2027, 3, 1),
                       (date(2027, 5, 3),), ZoneInfo("Europe/Stockholm"))  # fmt: skip
    model = PreviewModel()
    model.set_rows([
        row(uid="1@test", all_day=False, start=start, end=start + timedelta(hours=2),
            recurrence=weekly.words(), rule=weekly),
        row(uid="2@test", recurrence=monthly.words(), rule=monthly),
    ])  # fmt: skip
    qtmodeltester.check(model, force_py=True)
    shown = [model.index(r, Column.RECURRENCE).data() for r in range(2)]
    assert shown == [
        "varje vecka på tisdag kl. 13:00, 8 gånger",
        "varannan månad på den första måndagen och den sista fredagen, utom 2027-05-03",
    ]
    assert weekly.words() == "every week on Tuesday at 13:00, 8 times"  # the command line's


def test_series_written_apart_are_explained_in_swedish_in_the_swedish_window(  # type: ignore[no-untyped-def]
    swedish, qtmodeltester
) -> None:
    """The preview's words for a series written one by one, and for a first occurrence
    written apart in the autumn's repeated hour (with its real length, as its DURATION),
    in the window's language, not the iCalendar layer's English."""
    first = datetime(2027, 10, 31, 2, 30, tzinfo=STO)  # the first 02:30, summer time
    end = datetime(2027, 10, 31, 3, 30, tzinfo=STO)
    model = PreviewModel()
    model.set_rows([
        row(uid="1@test-20271031T023000", all_day=False, start=first, end=end,
            recurrence="the first occurrence of a series, written apart, 2 h long: …",
            first_apart=True),
        row(uid="2@test-20270301T090000", recurrence="occurrence 2 of 5 of a series …",
            written_apart=(2, 5)),
    ])  # fmt: skip
    qtmodeltester.check(model, force_py=True)
    shown = [model.index(r, Column.RECURRENCE).data() for r in range(2)]
    assert shown[0].startswith("Den första förekomsten i en serie, skriven för sig, 2 h lång")
    assert shown[1].startswith("Förekomst 2 av 5 i en serie")
