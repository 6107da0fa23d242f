"""What Outlook cannot show, said before export (OUTLOOK.md 6, 3, 8)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from eventplanner.domain.model import OccurrenceChange
from eventplanner.ical import outlook_warnings
from eventplanner.ical.outlook_rules import rule_problem
from tests.ical.factories import make_event, timed

MONDAY = date(2027, 3, 1)


@pytest.mark.parametrize(
    "rule",
    ["FREQ=DAILY", "FREQ=DAILY;INTERVAL=3;COUNT=10", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
     "FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270601T000000Z",
     "FREQ=MONTHLY", "FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=MONTHLY;BYMONTHDAY=-1",
     "FREQ=MONTHLY;BYDAY=2TU", "FREQ=MONTHLY;BYDAY=-1FR",
     "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
     "FREQ=YEARLY", "FREQ=YEARLY;BYMONTH=3;BYDAY=2TU", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=12"],
)  # fmt: skip
def test_outlook_templates_pass(rule: str) -> None:
    """OUTLOOK.md 6: daily, weekly on days, monthly on a day or n-th weekday, yearly."""
    assert rule_problem(rule, MONDAY) is None


@pytest.mark.parametrize(
    ("rule", "says"),
    [("FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,8,9,10,11,12", "only in some months"),
     ("FREQ=MONTHLY;BYDAY=5MO", "first to the fourth"),
     ("FREQ=MONTHLY;BYDAY=1MO,3MO", "several weekdays"),
     ("FREQ=MONTHLY;BYMONTHDAY=1,15", "several days"),
     ("FREQ=MONTHLY;BYMONTHDAY=31", "last day"),
     ("FREQ=YEARLY;BYWEEKNO=12", "BYWEEKNO"),
     ("FREQ=YEARLY;BYMONTH=3,9", "several months"),
     ("FREQ=DAILY;BYDAY=MO,WE", "daily"),
     ("FREQ=WEEKLY;BYDAY=1MO", "weekly"),
     ("FREQ=WEEKLY;COUNT=1200", "999")],
)  # fmt: skip
def test_patterns_outside_outlooks_templates(rule: str, says: str) -> None:
    """OUTLOOK.md 6: other rules "gracefully fail"; the reason is given."""
    problem = rule_problem(rule, MONDAY)
    assert problem is not None and says in problem


def test_monthly_on_the_31st_by_its_start() -> None:
    """OUTLOOK.md 6: "the 31st" (from the start day) skips short months in the file, which
    Outlook fills with their last day instead."""
    assert "last day" in (rule_problem("FREQ=MONTHLY", date(2027, 1, 31)) or "")


def test_warning_names_the_event_and_what_outlook_shows() -> None:
    """Issue 4: reported before export, naming the event and what Outlook will show."""
    event = make_event(
        "Nätverksträff", timed("2027-01-12 16:00", "2027-01-12 18:00"),
        rule="FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,8,9,10,11,12",
    )  # fmt: skip
    (warning,) = outlook_warnings(event)
    assert warning.uid == event.uid and warning.title == "Nätverksträff"
    assert "Nätverksträff" in warning.message and "only its first occurrence" in warning.message


def test_plain_events_have_no_warnings() -> None:
    """Nothing to say about an event Outlook shows as planned."""
    assert outlook_warnings(make_event(rule="FREQ=WEEKLY;COUNT=4")) == ()
    assert outlook_warnings(make_event()) == ()


def test_zone_without_yearly_rules_is_reported() -> None:
    """OUTLOOK.md 3: a zone whose rules cannot be yearly-RRULE'd gets a warning."""
    event = make_event(timing=timed("2027-03-10 09:00", "2027-03-10 10:00", "Africa/Casablanca"))
    (warning,) = outlook_warnings(event)
    assert "Africa/Casablanca" in warning.message


def test_categories_past_outlooks_limit_are_reported() -> None:
    """OUTLOOK.md 8: Outlook cuts CATEGORIES at 255 characters."""
    tags = tuple(f"tagg nummer {n:02d} med ett långt namn" for n in range(12))
    (warning,) = outlook_warnings(make_event(tags=tags))
    assert "255" in warning.message and tags[-1] in warning.message


def test_occurrence_moved_onto_its_neighbour_is_reported() -> None:
    """OUTLOOK.md 6: occurrences must not overlap; one moved past the next is reported."""
    onto = timed("2027-03-11 14:00", "2027-03-11 17:00")
    event = make_event(
        "Kurs", timed("2027-03-04 13:00", "2027-03-04 16:00"), rule="FREQ=WEEKLY;COUNT=4",
        changes=(OccurrenceChange(datetime(2027, 3, 4, 13, 0), timing=onto),),
    )  # fmt: skip
    (warning,) = outlook_warnings(event)
    assert "2027-03-04 13:00" in warning.message and "2027-03-11 13:00" in warning.message
    harmless = timed("2027-03-05 13:00", "2027-03-05 16:00")
    fine = make_event(
        "Kurs", timed("2027-03-04 13:00", "2027-03-04 16:00"), rule="FREQ=WEEKLY;COUNT=4",
        changes=(OccurrenceChange(datetime(2027, 3, 4, 13, 0), timing=harmless),),
    )  # fmt: skip
    assert outlook_warnings(fine) == ()


@pytest.mark.parametrize(
    ("rule", "says"),
    [("FREQ=MONTHLY;BYDAY=MO,WE;BYSETPOS=2", "BYSETPOS"),
     ("FREQ=MONTHLY;BYDAY=MO,TU,WE;BYSETPOS=-1", "BYSETPOS"),
     ("FREQ=YEARLY;BYMONTHDAY=15", "without naming the month"),
     ("FREQ=YEARLY;BYDAY=1MO", "without naming the month"),
     ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "some years lack"),
     ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31", "never has"),
     ("FREQ=MONTHLY;BYMONTHDAY=-2", "day 2 from the end")],
)  # fmt: skip
def test_patterns_outlook_lacks_found_in_review(rule: str, says: str) -> None:
    """OUTLOOK.md 6: Outlook's "the n-th <day>" takes one weekday, any day, a weekday or a
    weekend day; a yearly rule without BYMONTH picks days in every month or in the whole
    year; 29 February is missing in most years; Outlook's only day from the end is the last.
    None of these were warned about."""
    problem = rule_problem(rule, MONDAY)
    assert problem is not None and says in problem


@pytest.mark.parametrize(
    "rule",
    ["FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1",
     "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=-1",
     "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31",
     "FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYMONTHDAY=-1", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"],
)  # fmt: skip
def test_outlook_templates_found_in_review_pass(rule: str) -> None:
    """OUTLOOK.md 6: the first weekend day, the last Monday or day, the last day of every
    third month, 31 March every year (March always has it) are Outlook patterns."""
    assert rule_problem(rule, MONDAY) is None


def test_yearly_series_begun_on_29_february_is_warned() -> None:
    """OUTLOOK.md 6: FREQ=YEARLY from 29 February skips three years in four in the file."""
    assert rule_problem("FREQ=YEARLY", date(2028, 2, 29)) is not None
    assert rule_problem("FREQ=YEARLY", date(2027, 1, 31)) is None
