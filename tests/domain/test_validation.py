"""Validation names the field that is wrong, for events and the records they refer to."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.enums import EventKind, OrganisationType
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import (
    Contact,
    EventDraft,
    OccurrenceChange,
    Organisation,
    Project,
    Tag,
    Venue,
)
from eventplanner.domain.recurrence import Recurrence, recurrence_ids
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.domain.validation import (
    contact_problems,
    event_problems,
    occurrence_change_problems,
    organisation_problems,
    project_problems,
    raise_first,
    tag_problems,
    venue_problems,
)

STO = ZoneInfo("Europe/Stockholm")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


SEMINAR = EventDraft(
    title="Digitalisering i stålindustrin",
    timing=TimedSpan(at(2027, 4, 14, 13), at(2027, 4, 14, 16)),
    kind=EventKind.SEMINAR,
    online_url="https://teams.microsoft.com/l/meetup-join/abc",
    web_page="https://www.example.se/seminarium?id=12",
    capacity=80,
    reminder_minutes=30,
    tags=("Stål", "Forskning"),
)
COURSE = EventDraft(
    title="Intraprenörskap, tillfälle",
    timing=TimedSpan(at(2027, 3, 1, 9), at(2027, 3, 1, 12)),
    kind=EventKind.COURSE,
    recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"),
)


def fields(problems: list[ValidationError]) -> list[str]:
    return [p.field for p in problems]


def test_a_good_event_and_a_good_series_have_no_problems() -> None:
    assert event_problems(SEMINAR) == []
    assert event_problems(COURSE) == []
    fair = EventDraft("Automationsmässan", AllDaySpan(date(2027, 9, 14), date(2027, 9, 16)))
    assert event_problems(fair) == []


@pytest.mark.parametrize("title", ["", "   ", "\t"])
def test_empty_title(title: str) -> None:
    problems = event_problems(replace(SEMINAR, title=title))
    assert fields(problems) == ["title"]
    assert problems[0].message == "must not be empty"


def test_title_too_long_or_on_several_lines() -> None:
    assert fields(event_problems(replace(SEMINAR, title="Å" * 201))) == ["title"]
    assert event_problems(replace(SEMINAR, title="Å" * 200)) == []
    problems = event_problems(replace(SEMINAR, title="Första raden\nandra raden"))
    assert fields(problems) == ["title"]
    assert "single line" in problems[0].message


def test_end_before_start() -> None:
    timing = TimedSpan(at(2027, 4, 14, 16), at(2027, 4, 14, 13))
    problems = event_problems(replace(SEMINAR, timing=timing))
    assert fields(problems) == ["end"]
    assert "after the start" in problems[0].message


def test_end_equal_to_start() -> None:
    timing = TimedSpan(at(2027, 4, 14, 13), at(2027, 4, 14, 13))
    assert fields(event_problems(replace(SEMINAR, timing=timing))) == ["end"]


def test_all_day_last_day_before_first_day() -> None:
    timing = AllDaySpan(date(2027, 9, 16), date(2027, 9, 14))
    problems = event_problems(replace(SEMINAR, timing=timing))
    assert fields(problems) == ["end"]


def test_a_one_day_all_day_event_is_fine() -> None:
    timing = AllDaySpan(date(2027, 9, 16), date(2027, 9, 16))
    assert event_problems(replace(SEMINAR, timing=timing)) == []


def test_an_event_longer_than_a_year() -> None:
    timing = AllDaySpan(date(2027, 1, 1), date(2028, 1, 2))
    assert fields(event_problems(replace(SEMINAR, timing=timing))) == ["end"]


def test_a_year_out_of_range() -> None:
    timing = TimedSpan(at(1850, 4, 14, 13), at(1850, 4, 14, 16))
    problems = event_problems(replace(SEMINAR, timing=timing))
    assert fields(problems) == ["start"]
    assert "1850" in problems[0].message


def test_skipped_dates_and_changed_occurrences_out_of_range_are_refused_by_their_year() -> None:
    far = replace(COURSE, recurrence=Recurrence("FREQ=WEEKLY", (datetime(9998, 3, 1, 9),)))
    problems = event_problems(far)
    assert fields(problems) == ["exdates"]
    assert problems[0].message == "the year 9998 is out of range (1900-2200)"
    change = OccurrenceChange(recurrence_id=date(1, 1, 1), title="x")
    assert [p.message for p in occurrence_change_problems(change)] == [
        "the year 1 is out of range (1900-2200)"
    ]


@pytest.mark.parametrize(
    ("capacity", "ok"), [(-1, False), (0, True), (10_000_000, True), (10_000_001, False)]
)
def test_capacity(capacity: int, ok: bool) -> None:
    problems = event_problems(replace(SEMINAR, capacity=capacity))
    assert fields(problems) == ([] if ok else ["capacity"])


def test_negative_capacity_message() -> None:
    (problem,) = event_problems(replace(SEMINAR, capacity=-5))
    assert problem.field == "capacity"
    assert "from 0 upwards" in problem.message


@pytest.mark.parametrize("minutes", [-1, 4 * 7 * 24 * 60 + 1])
def test_reminder_out_of_range(minutes: int) -> None:
    assert fields(event_problems(replace(SEMINAR, reminder_minutes=minutes))) == ["reminder"]


@pytest.mark.parametrize(
    "url",
    [
        "www.example.se",
        "ftp://example.se/fil",
        "https://",
        "https:// example.se",
        "javascript:alert(1)",
        "mailto:info@example.se",
        "http//example.se",
    ],
)
@pytest.mark.parametrize("field", ["online_url", "web_page"])
def test_bad_web_addresses(url: str, field: str) -> None:
    problems = event_problems(replace(SEMINAR, **{field: url}))
    assert fields(problems) == [field]
    assert url in problems[0].message


@pytest.mark.parametrize(
    "url", ["", "https://vasteras.se", "http://example.se/a?b=c#d", "HTTPS://EXAMPLE.SE/Å"]
)
def test_good_web_addresses(url: str) -> None:
    assert event_problems(replace(SEMINAR, online_url=url, web_page=url)) == []


def test_bad_tag() -> None:
    assert fields(event_problems(replace(SEMINAR, tags=("Stål", "  ")))) == ["tags"]
    assert fields(event_problems(replace(SEMINAR, tags=("x" * 61,)))) == ["tags"]


def test_every_problem_is_reported_with_its_field() -> None:
    draft = replace(SEMINAR, title="", capacity=-1, online_url="teams", web_page="www.example.se")
    assert fields(event_problems(draft)) == ["title", "capacity", "online_url", "web_page"]
    with pytest.raises(ValidationError) as caught:
        raise_first(event_problems(draft))
    assert caught.value.field == "title"


def test_description_and_notes_length() -> None:
    long_text = "å" * 100_001
    assert fields(event_problems(replace(SEMINAR, description=long_text))) == ["description"]
    assert fields(event_problems(replace(SEMINAR, notes=long_text))) == ["notes"]


# -- series ---------------------------------------------------------------------------------


def test_invalid_rule_is_named_on_recurrence() -> None:
    problems = event_problems(replace(COURSE, recurrence=Recurrence("FREQ=HOURLY")))
    assert fields(problems) == ["recurrence"]


def test_a_rule_without_any_occurrence() -> None:
    # The rule ends before the series would start.
    problems = event_problems(replace(COURSE, recurrence=Recurrence("FREQ=WEEKLY;UNTIL=20270101")))
    assert fields(problems) == ["recurrence"]
    assert "no occurrence" in problems[0].message


@pytest.mark.parametrize(
    ("rule", "last"),
    [("FREQ=YEARLY;INTERVAL=999;COUNT=3", "the 2nd of its 3 occurrences"),
     ("FREQ=YEARLY;INTERVAL=100;COUNT=5", "the 3rd of its 5 occurrences"),
     ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=50", "the 43rd of its 50 occurrences")],
)  # fmt: skip
def test_a_count_reaching_past_the_last_year_is_refused(rule: str, last: str) -> None:
    """Issue 12, 5: no date past 2200. The planner walks no further, so it kept one
    occurrence of "every 999 years, 3 times" while the file said COUNT=3, and every
    calendar showed the years 3026 and 4025."""
    problems = event_problems(replace(COURSE, recurrence=Recurrence(rule)))
    assert fields(problems) == ["recurrence"]
    assert f"{last} would fall after 2200" in problems[0].message


@pytest.mark.parametrize(
    "rule",
    ["FREQ=DAILY;COUNT=5000", "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5000",
     "FREQ=DAILY;BYDAY=MO;COUNT=5000", "FREQ=DAILY;INTERVAL=7;BYDAY=MO,TU;COUNT=1000",
     "FREQ=WEEKLY;INTERVAL=2;COUNT=4400",
     "FREQ=DAILY;INTERVAL=999;COUNT=100", "FREQ=WEEKLY;INTERVAL=9;COUNT=1000"],
)  # fmt: skip
def test_a_daily_or_weekly_count_is_judged_as_its_walk_would(rule: str) -> None:
    """Daily and weekly counts are judged without a walk where they surely end in time;
    the judgement is the walk's."""
    count = int(rule.rpartition("COUNT=")[2])
    walked = len(list(recurrence_ids(rule, COURSE.timing.start, "Europe/Stockholm", limit=count)))
    problems = event_problems(replace(COURSE, recurrence=Recurrence(rule)))
    assert (walked == count) == (problems == [])


def test_daily_series_of_a_two_hour_event_is_fine() -> None:
    assert event_problems(replace(COURSE, recurrence=Recurrence("FREQ=DAILY;COUNT=5"))) == []


def test_daily_series_of_an_event_longer_than_a_day_would_overlap() -> None:
    timing = TimedSpan(at(2027, 3, 1, 9), at(2027, 3, 2, 12))
    problems = event_problems(
        replace(COURSE, timing=timing, recurrence=Recurrence("FREQ=DAILY;COUNT=5"))
    )
    assert fields(problems) == ["recurrence"]
    assert "overlap" in problems[0].message


def test_daily_series_of_a_multi_day_all_day_event_would_overlap() -> None:
    timing = AllDaySpan(date(2027, 3, 1), date(2027, 3, 2))
    problems = event_problems(
        replace(COURSE, timing=timing, recurrence=Recurrence("FREQ=DAILY;COUNT=3"))
    )
    assert fields(problems) == ["recurrence"]
    assert "overlap" in problems[0].message


def test_weekly_pattern_whose_later_gap_is_too_short_would_overlap() -> None:
    # Monday and Friday: four days from Monday to Friday, but only three back to Monday.
    timing = TimedSpan(at(2027, 3, 1, 9), at(2027, 3, 4, 21))  # 3.5 days
    problems = event_problems(
        replace(COURSE, timing=timing, recurrence=Recurrence("FREQ=WEEKLY;BYDAY=MO,FR"))
    )
    assert fields(problems) == ["recurrence"]


def test_weekly_pattern_with_room_between_occurrences_is_fine() -> None:
    timing = TimedSpan(at(2027, 3, 1, 9), at(2027, 3, 3, 17))  # 2 days 8 hours
    draft = replace(COURSE, timing=timing, recurrence=Recurrence("FREQ=WEEKLY;BYDAY=MO,FR"))
    assert event_problems(draft) == []


def test_an_exdate_that_is_an_occurrence_is_fine() -> None:
    recurrence = Recurrence("FREQ=WEEKLY;COUNT=8", (datetime(2027, 3, 15, 9),))
    assert event_problems(replace(COURSE, recurrence=recurrence)) == []


@pytest.mark.parametrize(
    "exdate",
    [
        datetime(2027, 3, 15, 10),  # the right day, the wrong time
        datetime(2027, 3, 16, 9),  # a Tuesday
        datetime(2027, 4, 26, 9),  # the ninth of eight
        date(2027, 3, 15),  # a date on a timed series
    ],
)
def test_an_exdate_that_is_not_an_occurrence(exdate: date | datetime) -> None:
    recurrence = Recurrence("FREQ=WEEKLY;COUNT=8", (exdate,))
    problems = event_problems(replace(COURSE, recurrence=recurrence))
    assert fields(problems) == ["exdates"]
    assert "not an occurrence" in problems[0].message


def test_exdates_of_an_all_day_series_are_dates() -> None:
    timing = AllDaySpan(date(2027, 1, 12), date(2027, 1, 12))
    good = Recurrence("FREQ=MONTHLY;COUNT=5", (date(2027, 3, 12),))
    bad = Recurrence("FREQ=MONTHLY;COUNT=5", (date(2027, 3, 13),))
    assert event_problems(replace(COURSE, timing=timing, recurrence=good)) == []
    assert fields(event_problems(replace(COURSE, timing=timing, recurrence=bad))) == ["exdates"]


def test_occurrence_change_problems() -> None:
    key = datetime(2027, 3, 8, 9)
    assert occurrence_change_problems(OccurrenceChange(key, title="Flyttat pass")) == []
    assert fields(occurrence_change_problems(OccurrenceChange(key, title=" "))) == ["title"]
    backwards = TimedSpan(at(2027, 3, 9, 12), at(2027, 3, 9, 9))
    assert fields(occurrence_change_problems(OccurrenceChange(key, timing=backwards))) == ["end"]


# -- companions -----------------------------------------------------------------------------


def test_venue_problems() -> None:
    assert venue_problems(Venue(None, "Västerås Kongress", time_zone="Europe/Stockholm")) == []
    assert fields(venue_problems(Venue(None, ""))) == ["name"]
    assert fields(venue_problems(Venue(None, "Plug and Play", time_zone="Silicon/Valley"))) == [
        "time_zone"
    ]
    assert fields(venue_problems(Venue(None, "Aros", capacity=-10))) == ["capacity"]


def test_organisation_problems() -> None:
    good = Organisation(None, "Mälardalens universitet", OrganisationType.UNIVERSITY_OR_INSTITUTE)
    assert organisation_problems(good) == []
    assert fields(organisation_problems(Organisation(None, " "))) == ["name"]
    assert fields(organisation_problems(Organisation(None, "ABB", web_page="abb.se"))) == [
        "web_page"
    ]


@pytest.mark.parametrize(
    "email", ["anna", "anna@", "@example.se", "anna@example", "anna svensson@example.se"]
)
def test_bad_email(email: str) -> None:
    problems = contact_problems(Contact(None, "Anna Svensson", email=email))
    assert fields(problems) == ["email"]
    assert email in problems[0].message


def test_good_contact() -> None:
    assert contact_problems(Contact(None, "Åsa Öberg", email="asa.oberg@företag.se")) == []
    assert contact_problems(Contact(None, "Åsa Öberg")) == []
    assert fields(contact_problems(Contact(None, ""))) == ["name"]


def test_project_problems() -> None:
    good = Project(None, "Stål och digitalisering", start=date(2026, 1, 1), end=date(2028, 12, 31))
    assert project_problems(good) == []
    backwards = replace(good, end=date(2025, 12, 31))
    assert fields(project_problems(backwards)) == ["end"]
    assert fields(project_problems(replace(good, name=""))) == ["name"]


def test_tag_problems() -> None:
    assert tag_problems(Tag(None, "Mässa")) == []
    assert fields(tag_problems(Tag(None, ""))) == ["name"]
    assert fields(tag_problems(Tag(None, "t" * 61))) == ["name"]


def test_raise_first_does_nothing_without_problems() -> None:
    raise_first([])
    raise_first(iter(()))


def test_validation_error_message_names_the_field() -> None:
    error = ValidationError("capacity", "must be a number from 0 upwards")
    assert str(error) == "capacity: must be a number from 0 upwards"
    assert (error.field, error.message) == ("capacity", "must be a number from 0 upwards")


def test_reminders_from_zero_to_four_weeks_are_fine() -> None:
    for minutes in (0, 12 * 60, int(timedelta(weeks=4) / timedelta(minutes=1))):
        assert event_problems(replace(SEMINAR, reminder_minutes=minutes)) == []


def test_timed_event_in_the_spring_forward_gap_is_rejected() -> None:
    # 02:30 on 28 March 2027 does not exist in Stockholm; saving it would move it silently.
    timing = TimedSpan(at(2027, 3, 28, 2, 30), at(2027, 3, 28, 4))
    problems = event_problems(replace(SEMINAR, timing=timing))
    assert fields(problems) == ["start"]
    assert "does not exist" in problems[0].message
    la = ZoneInfo("America/Los_Angeles")
    timing = TimedSpan(
        datetime(2027, 3, 14, 1, tzinfo=la),
        datetime(2027, 3, 14, 2, 30, tzinfo=la),
        "America/Los_Angeles",
    )
    assert fields(event_problems(replace(SEMINAR, timing=timing))) == ["end"]


def test_an_event_at_the_ambiguous_autumn_time_is_accepted() -> None:
    timing = TimedSpan(at(2027, 10, 31, 2, 30), at(2027, 10, 31, 4))
    assert event_problems(replace(SEMINAR, timing=timing)) == []


def test_a_series_must_start_on_one_of_its_own_days() -> None:
    # 2027-03-01 is a Monday; a rule for Tuesdays would leave the start undefined (RFC 5545).
    draft = replace(SEMINAR, timing=TimedSpan(at(2027, 3, 1, 13), at(2027, 3, 1, 15)),
                    recurrence=Recurrence("FREQ=WEEKLY;BYDAY=TU;COUNT=4"))  # fmt: skip
    problems = event_problems(draft)
    assert fields(problems) == ["start"]
    assert "start on the first occurrence (Tue 2027-03-02)" in problems[0].message
