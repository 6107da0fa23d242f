"""The event dialog, driven as a person would: typing, picking, pressing Save."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.domain.model import EventDraft, Organisation, Project, Venue
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.ui.events.event_dialog import EventChoices, EventDialog
from tests.ui.helpers import close_unasked

# The offscreen platform cannot raise windows, grab the keyboard for a popup or resize a
# window to its size hints; it says so as warnings. Anything else Qt warns about still fails.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")

STOCKHOLM = "Europe/Stockholm"
LOS_ANGELES = "America/Los_Angeles"
STO = ZoneInfo(STOCKHOLM)
LA = ZoneInfo(LOS_ANGELES)

AROS = Venue(1, "Aros Congress Center", city="Västerås")
PLUG_AND_PLAY = Venue(2, "Plug and Play Tech Center", city="Sunnyvale", time_zone=LOS_ANGELES)
MICROFACTORIES = Project(1, "Microfactories")
MDU = Organisation(1, "Mälardalen University")
ABB = Organisation(2, "ABB Robotics")


def make_choices(**overrides: object) -> EventChoices:
    choices = EventChoices(
        venues=[AROS, PLUG_AND_PLAY],
        projects=[MICROFACTORIES],
        organisations=[MDU, ABB],
        tags=["fair", "industry", "launch", "members"],
    )
    return replace(choices, **overrides)


@pytest.fixture
def open_dialog(qtbot: QtBot) -> Callable[..., EventDialog]:
    def opener(
        draft: EventDraft | None = None, choices: EventChoices | None = None, **kwargs: object
    ) -> EventDialog:
        kwargs.setdefault("default_day", date(2027, 3, 9))
        dialog = EventDialog(choices or make_choices(), draft, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog, before_close_func=close_unasked)
        dialog.show()
        qtbot.waitExposed(dialog)
        # Shortcuts such as Ctrl+Enter work in the active window only.
        dialog.windowHandle().requestActivate()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
        return dialog

    return opener


def type_into(qtbot: QtBot, edit: QWidget, text: str) -> None:
    """Replace what an edit shows by typing, as a person would."""
    edit.setFocus()
    if isinstance(edit, QDateTimeEdit):
        edit.setSelectedSection(edit.sectionAt(0))
        edit.lineEdit().selectAll()
    elif isinstance(edit, QAbstractSpinBox):
        edit.selectAll()
    else:
        edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def set_time(qtbot: QtBot, edit: QDateTimeEdit, text: str) -> None:
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, text)


def set_date(edit: QDateTimeEdit, day: date) -> None:
    # What picking a day in the calendar popup does.
    edit.setDate(day)


def pick_zone(qtbot: QtBot, dialog: EventDialog, search: str) -> None:
    line = dialog.form.zone.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, search)
    popup = dialog.form.zone.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def wait_for_problem(qtbot: QtBot, dialog: EventDialog, field: str) -> str:
    qtbot.waitUntil(lambda: dialog.form.problem_shown(field) != "")
    return dialog.form.problem_shown(field)


def wait_until_valid(qtbot: QtBot, dialog: EventDialog) -> None:
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() and not dialog.problems())


def full_draft() -> EventDraft:
    return EventDraft(
        title="Industrial technology report launch",
        timing=TimedSpan(
            datetime(2027, 3, 9, 10, 0, tzinfo=STO), datetime(2027, 3, 9, 12, 30, tzinfo=STO)
        ),
        kind=EventKind.LAUNCH,
        status=EventStatus.CONFIRMED,
        description="Panel with leaders from industry, academia and government.\nStreamed.",
        venue_id=AROS.id,
        online_url="https://example.org/live",
        project_id=MICROFACTORIES.id,
        organiser_id=MDU.id,
        tags=("launch", "industry"),
        capacity=120,
        web_page="https://example.org/report",
        busy_status=BusyStatus.TENTATIVE,
        reminder_minutes=45,  # not one of the offered choices: kept as it is
        recurrence=Recurrence(
            "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T225959Z",
            exdates=(datetime(2027, 5, 11, 10, 0),),
        ),
        notes="Book the moderator",
    )


# -- building a draft --------------------------------------------------------------------------


def test_typed_title_and_times_give_an_aware_draft_in_the_chosen_zone(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()
    form = dialog.form
    assert dialog.windowTitle() == "New event"
    qtbot.keyClicks(form.title_edit, "Silicon Valley node meeting")
    set_time(qtbot, form.timing.start_time, "14:30")
    assert form.timing.end_time.time().toString("HH:mm") == "15:30"  # the end followed
    set_time(qtbot, form.timing.end_time, "16:00")
    pick_zone(qtbot, dialog, "los_ang")
    assert form.zone.currentText() == "America/Los_Angeles (UTC-08:00)"
    wait_until_valid(qtbot, dialog)

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    draft = dialog.draft()
    assert draft.title == "Silicon Valley node meeting"
    assert draft.timing == TimedSpan(
        datetime(2027, 3, 9, 14, 30, tzinfo=LA), datetime(2027, 3, 9, 16, 0, tzinfo=LA), LOS_ANGELES
    )
    assert draft.timing.start.utcoffset() is not None
    assert draft.recurrence is None
    # The coordinator also sees the time at home.
    assert form.timing.home_time.text() == (
        "Tue 9 Mar 23:30 – Wed 10 Mar 01:00 in Europe/Stockholm"
    )


def test_moving_the_start_moves_the_end_and_keeps_the_length(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()
    timing = dialog.form.timing
    set_time(qtbot, timing.end_time, "12:00")  # 09:00-12:00
    set_date(timing.start_date, date(2027, 4, 20))
    set_time(qtbot, timing.start_time, "13:00")
    assert timing.wall_end() == datetime(2027, 4, 20, 16, 0)


def test_an_all_day_fair_12_to_14_march_gives_inclusive_days(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()
    form = dialog.form
    qtbot.keyClicks(form.title_edit, "Elmia Subcontractor")
    form.timing.all_day.setFocus()
    qtbot.keyClick(form.timing.all_day, Qt.Key.Key_Space)
    assert form.timing.all_day.isChecked()
    assert form.timing.start_time.isHidden()
    assert form.timing.end_time.isHidden()
    assert form.timing.start_label.text() == "First d&ay:"
    assert form.timing.end_label.text() == "&Last day:"
    set_date(form.timing.start_date, date(2027, 3, 12))
    set_date(form.timing.end_date, date(2027, 3, 14))
    wait_until_valid(qtbot, dialog)
    assert dialog.draft().timing == AllDaySpan(date(2027, 3, 12), date(2027, 3, 14), STOCKHOLM)


# -- inline validation -------------------------------------------------------------------------


def test_an_end_before_the_start_is_shown_beside_end_and_save_is_disabled(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(dialog.form.title_edit, "Workshop")
    wait_until_valid(qtbot, dialog)
    set_time(qtbot, dialog.form.timing.end_time, "08:00")
    assert wait_for_problem(qtbot, dialog, "end") == "The end must be after the start"
    assert not dialog.ok_button.isEnabled()
    assert dialog.form.problem_shown("start") == ""
    assert dialog.summary.text() == "Fix the marked field to save."
    with pytest.raises(ValidationError):
        dialog.draft()
    # Ctrl+Enter does not save either; it takes the person to the problem.
    qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.result() == 0

    set_time(qtbot, dialog.form.timing.end_time, "11:00")
    wait_until_valid(qtbot, dialog)
    assert dialog.form.problem_shown("end") == ""


def test_a_local_time_that_does_not_exist_is_flagged(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(dialog.form.title_edit, "Night shift visit")
    set_date(dialog.form.timing.start_date, date(2027, 3, 28))
    set_time(qtbot, dialog.form.timing.start_time, "02:30")
    message = wait_for_problem(qtbot, dialog, "start")
    assert "2027-03-28 02:30 does not exist in Europe/Stockholm" in message
    assert not dialog.ok_button.isEnabled()


def test_an_unknown_time_zone_is_flagged_beside_the_zone(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(dialog.form.title_edit, "Call")
    line = dialog.form.zone.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "Mars/Olympus")
    assert "Unknown time zone 'Mars/Olympus'" in wait_for_problem(qtbot, dialog, "time_zone")
    assert not dialog.ok_button.isEnabled()


def test_a_new_dialog_asks_for_a_title_without_shouting(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()
    assert not dialog.ok_button.isEnabled()
    assert dialog.form.problem_shown("title") == ""  # no red before anything was typed
    assert dialog.summary.text() == "Give the event a title to save it."
    qtbot.keyClicks(dialog.form.title_edit, "x")
    dialog.form.title_edit.clear()
    assert wait_for_problem(qtbot, dialog, "title") == "Must not be empty"


def test_a_bad_web_address_is_shown_on_the_details_tab(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog(full_draft())
    type_into(qtbot, dialog.form.web_page, "example.org")
    assert "is not a web address" in wait_for_problem(qtbot, dialog, "web_page")
    assert not dialog.form.tabIcon(2).isNull()  # the Details tab is marked
    assert dialog.form.tabIcon(0).isNull()


# -- recurrence --------------------------------------------------------------------------------


def test_weekly_on_monday_and_wednesday(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog(default_day=date(2027, 3, 1))  # a Monday
    qtbot.keyClicks(dialog.form.title_edit, "Intrapreneurship course")
    editor = dialog.form.recurrence
    dialog.form.setCurrentIndex(1)
    editor.frequency.setFocus()
    editor.frequency.setCurrentIndex(editor.frequency.findText("Weekly"))
    editor.frequency.activated.emit(editor.frequency.currentIndex())
    assert editor.weekday_boxes[0].isChecked()  # the start's own weekday
    qtbot.mouseClick(editor.weekday_boxes[2], Qt.MouseButton.LeftButton)
    assert editor.rule_edit.text() == "FREQ=WEEKLY;BYDAY=MO,WE"
    assert editor.preview_lines()[:5] == [
        "Mon 1 Mar 2027 at 09:00",
        "Wed 3 Mar 2027 at 09:00",
        "Mon 8 Mar 2027 at 09:00",
        "Wed 10 Mar 2027 at 09:00",
        "Mon 15 Mar 2027 at 09:00",
    ]
    wait_until_valid(qtbot, dialog)
    recurrence = dialog.draft().recurrence
    assert recurrence == Recurrence("FREQ=WEEKLY;BYDAY=MO,WE")


def test_monthly_on_the_second_tuesday(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()  # Tuesday 9 March 2027: the second Tuesday
    qtbot.keyClicks(dialog.form.title_edit, "Network breakfast")
    editor = dialog.form.recurrence
    editor.frequency.setCurrentIndex(editor.frequency.findText("Monthly"))
    editor.frequency.activated.emit(editor.frequency.currentIndex())
    labels = [editor.monthly.itemText(i) for i in range(editor.monthly.count())]
    assert labels == ["on day 9", "on the second Tuesday"]
    editor.monthly.setCurrentIndex(1)
    editor.monthly.activated.emit(1)
    editor.end.setCurrentIndex(2)
    editor.end.activated.emit(2)
    type_into(qtbot, editor.count, "4")
    assert editor.rule_edit.text() == "FREQ=MONTHLY;BYDAY=2TU;COUNT=4"
    assert editor.preview_lines() == [
        "Tue 9 Mar 2027 at 09:00",
        "Tue 13 Apr 2027 at 09:00",
        "Tue 11 May 2027 at 09:00",
        "Tue 8 Jun 2027 at 09:00",
        "4 dates in all",
    ]
    wait_until_valid(qtbot, dialog)
    assert dialog.draft().recurrence == Recurrence("FREQ=MONTHLY;BYDAY=2TU;COUNT=4")


def test_a_rule_typed_as_text_drives_the_controls_and_an_invalid_one_is_explained(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(dialog.form.title_edit, "Seminar series")
    editor = dialog.form.recurrence
    qtbot.keyClicks(editor.rule_edit, "FREQ=WEEKLY;BYDAY=TU;INTERVAL=2")
    assert editor.frequency.currentText() == "Weekly"
    assert editor.interval.value() == 2
    assert [box.isChecked() for box in editor.weekday_boxes] == [0, 1, 0, 0, 0, 0, 0]
    wait_until_valid(qtbot, dialog)

    type_into(qtbot, editor.rule_edit, "FREQ=FORTNIGHTLY")
    assert editor.frequency.currentText() == "Custom rule (see RRULE below)"
    message = wait_for_problem(qtbot, dialog, "recurrence")
    assert message == "Unknown frequency 'FORTNIGHTLY'"
    qtbot.waitUntil(lambda: not dialog.ok_button.isEnabled())
    assert not dialog.form.tabIcon(1).isNull()


def test_a_start_off_the_rule_is_shown_at_the_start(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()  # a Tuesday
    qtbot.keyClicks(dialog.form.title_edit, "Course")
    type_into(qtbot, dialog.form.recurrence.rule_edit, "FREQ=WEEKLY;BYDAY=MO")
    assert "is not one of the days the rule repeats on" in wait_for_problem(qtbot, dialog, "start")


# -- editing an existing event -----------------------------------------------------------------


def test_editing_an_existing_draft_round_trips_every_field(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    draft = full_draft()
    dialog = open_dialog(draft)
    assert dialog.windowTitle() == "Edit event – Industrial technology report launch"
    wait_until_valid(qtbot, dialog)
    assert dialog.draft() == draft
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(
            dialog.form.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert dialog.draft() == draft


@pytest.mark.parametrize(
    "draft",
    [
        EventDraft("Elmia", AllDaySpan(date(2027, 3, 12), date(2027, 3, 14), STOCKHOLM)),
        EventDraft(
            "Sunnyvale demo",
            TimedSpan(
                datetime(2027, 6, 1, 9, tzinfo=LA), datetime(2027, 6, 1, 11, tzinfo=LA), LOS_ANGELES
            ),
            busy_status=BusyStatus.FREE,
            capacity=0,
            reminder_minutes=0,
        ),
        EventDraft(
            "Yearly fair",
            AllDaySpan(date(2027, 10, 5), date(2027, 10, 7), STOCKHOLM),
            kind=EventKind.TRADE_FAIR,
            recurrence=Recurrence("FREQ=YEARLY;COUNT=3", exdates=(date(2028, 10, 5),)),
        ),
    ],
    ids=["all-day", "los-angeles", "yearly-with-skipped"],
)
def test_other_drafts_round_trip_too(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog], draft: EventDraft
) -> None:
    dialog = open_dialog(draft)
    wait_until_valid(qtbot, dialog)
    assert dialog.draft() == draft


def test_moving_a_series_moves_its_skipped_dates(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog(full_draft())
    set_time(qtbot, dialog.form.timing.start_time, "11:00")
    wait_until_valid(qtbot, dialog)
    recurrence = dialog.draft().recurrence
    assert recurrence is not None
    assert recurrence.exdates == (datetime(2027, 5, 11, 11, 0),)


def test_a_changed_kind_names_its_default_busy_status(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()
    busy = dialog.form.busy
    assert busy.itemText(0) == "Default for the kind (Busy)"
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findText("Trade fair"))
    assert busy.itemText(0) == "Default for the kind (Out of office)"


# -- venues, projects, organisers --------------------------------------------------------------


def test_a_venue_in_los_angeles_moves_a_new_event_to_its_zone(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(dialog.form.title_edit, "Node visit")
    combo = dialog.form.venue.combo
    combo.setCurrentIndex(combo.findText("Plug and Play Tech Center"))
    assert dialog.form.zone.time_zone() == LOS_ANGELES
    wait_until_valid(qtbot, dialog)
    draft = dialog.draft()
    assert draft.venue_id == PLUG_AND_PLAY.id
    assert draft.timing.time_zone == LOS_ANGELES
    assert draft.timing.start == datetime(2027, 3, 9, 9, 0, tzinfo=LA)  # the wall clock stays


def test_a_venue_does_not_move_an_existing_event_or_a_chosen_zone(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog(full_draft())
    combo = dialog.form.venue.combo
    combo.setCurrentIndex(combo.findText("Plug and Play Tech Center"))
    assert dialog.form.zone.time_zone() == STOCKHOLM

    fresh = open_dialog()
    pick_zone(qtbot, fresh, "Helsinki")
    combo = fresh.form.venue.combo
    combo.setCurrentIndex(combo.findText("Plug and Play Tech Center"))
    assert fresh.form.zone.time_zone() == "Europe/Helsinki"


def test_typing_a_new_venue_name_and_choosing_create_calls_create_venue(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    created: list[str] = []

    def create_venue(name: str, made: Callable[[Venue], None], _refused: object) -> None:
        created.append(name)
        made(Venue(7, name, time_zone="Europe/Oslo"))

    dialog = open_dialog(choices=make_choices(create_venue=create_venue))
    qtbot.keyClicks(dialog.form.title_edit, "Nordic meetup")
    picker = dialog.form.venue
    type_into(qtbot, picker.combo.lineEdit(), "Oslo Spektrum")
    assert picker.create_button.isVisible()
    assert picker.create_button.text() == "Create “Oslo Spektrum”"
    message = wait_for_problem(qtbot, dialog, "venue")
    assert message == "No venue is called “Oslo Spektrum”: pick one from the list, or create it"
    assert not dialog.ok_button.isEnabled()

    qtbot.mouseClick(picker.create_button, Qt.MouseButton.LeftButton)
    assert created == ["Oslo Spektrum"]
    assert not picker.create_button.isVisible()
    assert dialog.form.zone.time_zone() == "Europe/Oslo"  # a new event follows its venue
    wait_until_valid(qtbot, dialog)
    assert dialog.draft().venue_id == 7


def test_a_refused_creation_is_shown_beside_the_picker(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    def create_project(name: str, _made: object, refused: Callable[[str], None]) -> None:
        refused(f"there is already a project called {name!r}")

    dialog = open_dialog(full_draft(), choices=make_choices(create_project=create_project))
    type_into(qtbot, dialog.form.project.combo.lineEdit(), "Microfactories 2")
    qtbot.mouseClick(dialog.form.project.create_button, Qt.MouseButton.LeftButton)
    assert "There is already a project called" in dialog.form.problem_shown("project")
    assert not dialog.ok_button.isEnabled()


def test_a_picker_matches_names_whatever_the_case_and_offers_none(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog(full_draft())
    picker = dialog.form.organiser
    type_into(qtbot, picker.combo.lineEdit(), "abb robotics")
    assert picker.current_id() == ABB.id
    assert not picker.create_button.isVisible()  # no create callback, and nothing to create
    picker.combo.setCurrentIndex(0)
    wait_until_valid(qtbot, dialog)
    assert dialog.draft().organiser_id is None


def test_tags_complete_from_the_known_ones(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog()
    tags = dialog.form.tags
    tags.setFocus()
    qtbot.keyClicks(tags, "fair, ind")
    popup = tags._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.text() == "fair, industry, "
    assert tags.tags() == ("fair", "industry")


# -- warnings and refusals ---------------------------------------------------------------------


def test_venue_clashes_are_shown_but_saving_is_still_possible(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    asked: list[EventDraft] = []

    def check(draft: EventDraft, found: Callable[[list[str]], None]) -> None:
        asked.append(draft)
        if draft.venue_id == AROS.id:
            found(["Aros Congress Center is also booked for 'Board meeting' on 2027-03-09"])
        else:
            found([])

    dialog = open_dialog(choices=make_choices(check_clashes=check))
    qtbot.keyClicks(dialog.form.title_edit, "Launch")
    combo = dialog.form.venue.combo
    combo.setCurrentIndex(combo.findText("Aros Congress Center"))
    qtbot.waitUntil(lambda: dialog.clash_banner.text() != "")
    assert "also booked for 'Board meeting'" in dialog.clash_banner.text()
    assert dialog.ok_button.isEnabled()
    assert asked[-1].venue_id == AROS.id

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog.clash_banner.text() == "")


def _skipping_july(end: str) -> EventDraft:
    """A monthly network meeting, every second Tuesday but in July, ending as ``end`` says."""
    start = datetime(2027, 1, 12, 16, 0, tzinfo=STO)
    rule = "FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,8,9,10,11,12" + end
    return EventDraft(
        "Nätverksträff",
        TimedSpan(start, start.replace(hour=18), "Europe/Stockholm"),
        recurrence=Recurrence(rule),
    )


def test_an_endless_series_outlook_cannot_show_is_warned_about_at_save(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    """OUTLOOK.md 6: an endless rule outside Outlook's patterns ("skip July") cannot be
    written in a shape Outlook shows; Save says so once, and saving again saves it."""
    draft = _skipping_july("")
    dialog = open_dialog(draft)
    wait_until_valid(qtbot, dialog)
    assert dialog.outlook_banner.text() == ""
    with qtbot.assertNotEmitted(dialog.submitted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "only its first occurrence" in dialog.outlook_banner.text()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_a_bounded_series_outside_outlooks_patterns_saves_without_a_warning(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    """OUTLOOK.md 6: with an end the series is written in a pattern Outlook shows."""
    draft = _skipping_july(";COUNT=10")
    dialog = open_dialog(draft)
    wait_until_valid(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.outlook_banner.text() == ""


def test_an_imported_time_with_seconds_is_shown_with_them(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    """Issue 12, 4: an imported 09:15:45 is not shown as 09:15 (the seconds, kept unseen,
    would go on under a time typed in later); saved unchanged, it stays 09:15:45."""
    start = datetime(2027, 3, 12, 9, 15, 45, tzinfo=LA)
    draft = EventDraft("Möte i Seattle", TimedSpan(start, start.replace(minute=45), LOS_ANGELES))
    dialog = open_dialog(draft)
    timing = dialog.form.timing
    assert (timing.start_time.text(), timing.end_time.text()) == ("09:15:45", "09:45:45")
    assert timing.home_time.text().startswith("Fri 12 Mar 18:15:45–18:45:45 in ")
    wait_until_valid(qtbot, dialog)
    with qtbot.waitSignal(dialog.submitted) as submitted:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert submitted.args[0].timing == draft.timing


def test_times_without_seconds_show_hours_and_minutes(
    open_dialog: Callable[..., EventDialog],
) -> None:
    dialog = open_dialog(full_draft())
    timing = dialog.form.timing
    assert len(timing.start_time.text()) == len(timing.end_time.text()) == len("09:00")


def test_show_error_keeps_the_dialog_open_with_the_input(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    draft = full_draft()
    dialog = open_dialog(draft)
    type_into(qtbot, dialog.form.title_edit, "Launch, moved")
    wait_until_valid(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    # The service refused: someone else changed the event meanwhile.
    message = str(ConflictError("'Launch' was changed by someone else since you opened it"))
    dialog.show_error(None, message)
    assert dialog.isVisible()
    assert dialog.error_banner.text() == message
    assert dialog.form.title_edit.text() == "Launch, moved"
    assert dialog.draft() == replace(draft, title="Launch, moved")
    assert dialog.ok_button.isEnabled()  # trying again is allowed

    # A refusal about one field is shown beside it, and blocks until that field changes.
    dialog.show_error("venue_id", "there is no venue with id 1")
    assert dialog.form.problem_shown("venue") == "There is no venue with id 1"
    assert not dialog.ok_button.isEnabled()
    dialog.form.venue.combo.setCurrentIndex(0)
    wait_until_valid(qtbot, dialog)


def test_a_caller_that_saves_in_the_background_keeps_the_dialog_open_until_saved(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog(full_draft())
    dialog.set_waits_for_save(True)
    with qtbot.waitSignal(dialog.submitted) as submitted:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert submitted.args == [full_draft()]
    assert dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    assert dialog.summary.text() == "Saving…"
    dialog.show_error("title", "is taken")
    assert dialog.form.problem_shown("title") == "Is taken"
    assert dialog.isVisible()
    type_into(qtbot, dialog.form.title_edit, "Another title")
    wait_until_valid(qtbot, dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted):
        dialog.mark_saved()


def test_ctrl_enter_saves_even_from_the_description(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog(full_draft())
    dialog.form.setCurrentIndex(2)
    dialog.form.description.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(
            dialog.form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert dialog.draft().description == full_draft().description  # no new line typed


def test_escape_cancels(qtbot: QtBot, open_dialog: Callable[..., EventDialog]) -> None:
    dialog = open_dialog(full_draft())
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_Escape)


def test_every_field_is_reachable_with_tab(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog(full_draft())
    form = dialog.form
    seen: list[QWidget] = []
    widget = form.title_edit
    for _ in range(60):
        seen.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.isVisible() or widget.focusPolicy() & Qt.FocusPolicy.TabFocus == 0:
            widget = widget.nextInFocusChain()
        if widget is form.title_edit:
            break
    names = [
        form.kind, form.status, form.timing.all_day, form.timing.start_date,
        form.timing.start_time, form.timing.end_date, form.timing.end_time, form.zone,
        form.venue.combo, form.online_url, form.organiser.combo, form.project.combo, form.tags,
        dialog.ok_button,
    ]  # fmt: skip
    positions = [seen.index(w) for w in names]
    assert positions == sorted(positions)  # in the order they are shown
