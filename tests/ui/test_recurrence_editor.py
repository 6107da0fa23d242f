"""The recurrence editor: simple choices and RRULE text in step, and the preview in words."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from eventplanner.domain.recurrence import Recurrence
from eventplanner.ui.events.recurrence_editor import RecurrenceEditor
from eventplanner.ui.events.recurrence_form import (
    EndBy,
    Frequency,
    MonthlyBy,
    RepeatForm,
    form_of_rule,
    monthly_choices,
    rebased,
    rule_text,
    until_day,
)
from eventplanner.ui.events.recurrence_preview import preview_of

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")

STOCKHOLM = "Europe/Stockholm"
SECOND_TUESDAY = date(2027, 3, 9)
LAST_FRIDAY = date(2027, 3, 26)


# -- the form and its rule text (no widgets) ---------------------------------------------------


@pytest.mark.parametrize(
    ("form", "rule"),
    [
        (RepeatForm(), ""),
        (RepeatForm(Frequency.DAILY), "FREQ=DAILY"),
        (RepeatForm(Frequency.DAILY, interval=3), "FREQ=DAILY;INTERVAL=3"),
        (RepeatForm(Frequency.WEEKLY, weekdays=frozenset({2, 0})), "FREQ=WEEKLY;BYDAY=MO,WE"),
        (RepeatForm(Frequency.WEEKLY), "FREQ=WEEKLY;BYDAY=TU"),  # no day chosen: the start's
        (RepeatForm(Frequency.MONTHLY), "FREQ=MONTHLY"),
        (RepeatForm(Frequency.MONTHLY, monthly=MonthlyBy.NTH_WEEKDAY), "FREQ=MONTHLY;BYDAY=2TU"),
        (
            RepeatForm(Frequency.YEARLY, end=EndBy.COUNT, count=5, interval=2),
            "FREQ=YEARLY;COUNT=5;INTERVAL=2",
        ),
        (
            RepeatForm(
                Frequency.WEEKLY, weekdays=frozenset({1}), end=EndBy.UNTIL, until=date(2027, 6, 1)
            ),
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270601",
        ),
    ],
)
def test_a_form_gives_its_rule_and_reads_back(form: RepeatForm, rule: str) -> None:
    assert rule_text(form, SECOND_TUESDAY) == rule
    back = form_of_rule(rule, SECOND_TUESDAY, STOCKHOLM)
    assert back is not None
    assert rule_text(back, SECOND_TUESDAY) == rule


def test_the_last_weekday_of_the_month() -> None:
    assert monthly_choices(LAST_FRIDAY) == [
        MonthlyBy.DATE,
        MonthlyBy.NTH_WEEKDAY,
        MonthlyBy.LAST_WEEKDAY,
    ]
    assert monthly_choices(date(2027, 3, 30)) == [MonthlyBy.DATE, MonthlyBy.LAST_WEEKDAY]
    form = RepeatForm(Frequency.MONTHLY, monthly=MonthlyBy.LAST_WEEKDAY)
    assert rule_text(form, LAST_FRIDAY) == "FREQ=MONTHLY;BYDAY=-1FR"
    assert form_of_rule("FREQ=MONTHLY;BYDAY=-1FR", LAST_FRIDAY, STOCKHOLM) == form


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=MONTHLY;BYDAY=3TU",  # not what the start (second Tuesday) is
        "FREQ=MONTHLY;BYDAY=1MO,-1FR",
        "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR",
        "FREQ=WEEKLY;WKST=SU;INTERVAL=2",
        "FREQ=YEARLY;BYMONTH=6",
        "FREQ=HOURLY",
        "FREQ=WEEKLY;COUNT=2;UNTIL=20270601",
        "nonsense",
    ],
)
def test_rules_the_simple_choices_cannot_say_are_custom(rule: str) -> None:
    assert form_of_rule(rule, SECOND_TUESDAY, STOCKHOLM) is None


def test_a_utc_until_is_read_as_the_event_zones_day() -> None:
    # 22:59:59 UTC on 31 December is 23:59:59 in Stockholm: still the 31st there.
    assert until_day("20271231T225959Z", STOCKHOLM) == date(2027, 12, 31)
    assert until_day("20271231T235959Z", STOCKHOLM) == date(2028, 1, 1)
    assert until_day("20271231", STOCKHOLM) == date(2027, 12, 31)
    assert until_day("2027-12-31", STOCKHOLM) is None


def test_a_rebased_form_follows_the_start() -> None:
    lone = RepeatForm(Frequency.WEEKLY, weekdays=frozenset({1}))
    assert rebased(lone, SECOND_TUESDAY, date(2027, 3, 11)).weekdays == {3}
    two = RepeatForm(Frequency.WEEKLY, weekdays=frozenset({1, 3}))
    assert rebased(two, SECOND_TUESDAY, date(2027, 3, 11)) == two
    nth = RepeatForm(Frequency.MONTHLY, monthly=MonthlyBy.NTH_WEEKDAY)
    assert rebased(nth, SECOND_TUESDAY, date(2027, 3, 30)).monthly is MonthlyBy.LAST_WEEKDAY
    last = RepeatForm(Frequency.MONTHLY, monthly=MonthlyBy.LAST_WEEKDAY)
    assert rebased(last, LAST_FRIDAY, SECOND_TUESDAY).monthly is MonthlyBy.NTH_WEEKDAY


def test_the_preview_follows_the_clocks_and_skips_struck_dates() -> None:
    # A daily 02:30 series meets the spring-forward night: that occurrence is at 03:30.
    preview = preview_of(
        "FREQ=DAILY;COUNT=4",
        datetime(2027, 3, 27, 2, 30),
        STOCKHOLM,
        exdates=(datetime(2027, 3, 29, 2, 30),),
    )
    assert preview.lines == (
        "Sat 27 Mar 2027 at 02:30",
        "Sun 28 Mar 2027 at 03:30",
        "Tue 30 Mar 2027 at 02:30",
        "3 dates in all",
    )
    assert preview.skipped == ("Mon 29 Mar 2027 at 02:30",)
    assert preview.error is None


def test_the_preview_explains_a_bad_rule() -> None:
    preview = preview_of("FREQ=WEEKLY;COUNT=0", SECOND_TUESDAY, STOCKHOLM)
    assert preview.lines == ()
    assert preview.error == "COUNT must be 1 to 5000"


# -- the widget --------------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot: QtBot) -> RecurrenceEditor:
    widget = RecurrenceEditor()
    qtbot.addWidget(widget)
    widget.set_start(datetime(2027, 3, 9, 18, 0), STOCKHOLM)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pick(combo: object, text: str) -> None:
    """Choose an entry as a person does (``activated`` is only sent for a person's choice)."""
    index = combo.findText(text)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]
    combo.activated.emit(index)  # type: ignore[attr-defined]


def test_it_starts_as_does_not_repeat(editor: RecurrenceEditor) -> None:
    assert editor.frequency.currentText() == "Does not repeat"
    assert editor.recurrence() is None
    assert editor.preview_lines() == []
    assert not editor.interval.isVisible()
    assert not editor.until.isVisible()


def test_a_loaded_rule_is_kept_word_for_word_until_edited(
    qtbot: QtBot, editor: RecurrenceEditor
) -> None:
    loaded = Recurrence("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270601T215959Z", (datetime(2027, 3, 16, 18),))
    editor.set_recurrence(loaded)
    assert editor.recurrence() == loaded
    assert editor.frequency.currentText() == "Weekly"
    assert editor.end.currentText() == "On a date"
    assert editor.until.date().toPython() == date(2027, 6, 1)
    assert editor.skipped.text() == "Tue 16 Mar 2027 at 18:00"
    assert editor.preview_lines()[:2] == ["Tue 9 Mar 2027 at 18:00", "Tue 23 Mar 2027 at 18:00"]

    with qtbot.waitSignal(editor.changed):
        editor.interval.setValue(2)
    assert editor.rule_text() == "FREQ=WEEKLY;BYDAY=TU;INTERVAL=2;UNTIL=20270601"

    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(editor.restore_skipped, Qt.MouseButton.LeftButton)
    recurrence = editor.recurrence()
    assert recurrence is not None
    assert recurrence.exdates == ()


def test_a_custom_rule_shows_as_custom_and_keeps_its_text(editor: RecurrenceEditor) -> None:
    rule = "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
    editor.set_recurrence(Recurrence(rule))
    assert editor.frequency.currentText() == "Custom rule (see RRULE below)"
    assert editor.rule_edit.text() == rule
    assert editor.preview_lines()[0] == "Wed 31 Mar 2027 at 18:00"  # the last weekday of March


def test_moving_the_start_keeps_second_tuesday_meaning_the_start(
    editor: RecurrenceEditor,
) -> None:
    pick(editor.frequency, "Monthly")
    pick(editor.monthly, "on the second Tuesday")
    assert editor.rule_text() == "FREQ=MONTHLY;BYDAY=2TU"
    editor.set_start(datetime(2027, 3, 16, 18, 0), STOCKHOLM)
    assert editor.rule_text() == "FREQ=MONTHLY;BYDAY=3TU"
    assert editor.monthly.currentText() == "on the third Tuesday"
    editor.set_start(datetime(2027, 3, 30, 18, 0), STOCKHOLM)  # the fifth: only "last" fits
    assert editor.rule_text() == "FREQ=MONTHLY;BYDAY=-1TU"


def test_ends_on_a_date_or_after_a_number_of_times(editor: RecurrenceEditor) -> None:
    pick(editor.frequency, "Daily")
    assert editor.preview_lines()[-1] == "… and so on, without end"
    pick(editor.end, "On a date")
    assert editor.until.isVisible()
    assert editor.rule_text() == "FREQ=DAILY;UNTIL=20270608"  # three months on, by default
    editor.until.setDate(date(2027, 3, 12))
    assert editor.rule_text() == "FREQ=DAILY;UNTIL=20270312"
    assert editor.preview_lines() == [
        "Tue 9 Mar 2027 at 18:00",
        "Wed 10 Mar 2027 at 18:00",
        "Thu 11 Mar 2027 at 18:00",
        "Fri 12 Mar 2027 at 18:00",
        "4 dates in all",
    ]
    pick(editor.end, "After a number of times")
    editor.count.setValue(1)
    assert editor.rule_text() == "FREQ=DAILY;COUNT=1"
    assert editor.preview_lines() == ["Tue 9 Mar 2027 at 18:00", "Only this date"]
    pick(editor.frequency, "Does not repeat")
    assert editor.recurrence() is None


def test_an_all_day_series_previews_days(editor: RecurrenceEditor) -> None:
    editor.set_start(date(2027, 1, 20), STOCKHOLM)
    pick(editor.frequency, "Yearly")
    assert editor.rule_text() == "FREQ=YEARLY"
    assert editor.preview_lines()[:2] == ["Wed 20 Jan 2027", "Thu 20 Jan 2028"]


def test_an_invalid_rule_is_explained_under_the_text(
    qtbot: QtBot, editor: RecurrenceEditor
) -> None:
    editor.rule_edit.setFocus()
    qtbot.keyClicks(editor.rule_edit, "FREQ=WEEKLY;BYDAY=XX")
    assert editor.error.isVisible()
    assert editor.error.text() == "BYDAY 'XX' is not a weekday (MO, 1TU, -1FR, ...)"
    assert editor.preview_lines() == []
