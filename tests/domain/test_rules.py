"""The recurrence-rule value: ``parse`` and ``str()`` undo each other, the app's rule texts
are written back byte for byte, and a parsed rule means to dateutil what its text does."""

from __future__ import annotations

import re
import types
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil import rrule as du
from hypothesis import given, settings
from hypothesis import strategies as st

from eventplanner.domain import recurrence
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.recurrence import MAX_OCCURRENCES, normalize_rule
from eventplanner.domain.rules import Frequency, RecurrenceRule, WeekdayNum, parse
from eventplanner.domain.timezones import YEARS

STOCKHOLM = "Europe/Stockholm"
GOLDEN = Path(__file__).parent.parent / "ical" / "golden"
_APP_FREQUENCIES = [Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY]


def _signed(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high) | st.integers(-high, -low)


def _values(numbers: st.SearchStrategy[int]) -> st.SearchStrategy[tuple[int, ...]]:
    return st.lists(numbers, max_size=3).map(tuple)


def _until(timed: bool | None, years: tuple[int, int]) -> st.SearchStrategy[date | datetime]:
    moments = st.datetimes(datetime(years[0], 1, 1), datetime(years[1], 12, 31)).map(
        lambda moment: moment.replace(microsecond=0)
    )
    days = st.dates(date(years[0], 1, 1), date(years[1], 12, 31))
    utc = moments.map(lambda moment: moment.replace(tzinfo=UTC))
    if timed is None:  # any kind RFC 5545 allows: a date, floating or UTC
        return days | moments | utc
    return utc if timed else days


@st.composite
def rules(
    draw: st.DrawFn,
    frequencies: list[Frequency] = list(Frequency),  # noqa: B006 - never changed
    *,
    timed: bool | None = None,
    years: tuple[int, int] = (1000, 9999),
    small: bool = False,
    leap_seconds: bool = True,
) -> RecurrenceRule:
    """Any rule ``parse`` reads; ``timed`` True/False: with the UNTIL a timed/all-day series
    of the app has (UTC, a date); ``small``: no BY parts that make dateutil walk for years;
    ``leap_seconds``: BYSECOND=60 too (RFC 5545 has it, dateutil refuses it)."""
    frequency = draw(st.sampled_from(frequencies))
    by_month = draw(_values(st.integers(1, 12)))
    in_month = frequency is Frequency.MONTHLY or (frequency is Frequency.YEARLY and by_month)
    most = 5 if in_month else 53
    nth = st.none() | _signed(1, most)
    by_day = draw(st.lists(st.builds(WeekdayNum, st.integers(0, 6), nth), max_size=3))
    end = draw(st.sampled_from(["none", "count", "until"]))
    return RecurrenceRule(
        frequency,
        interval=draw(st.none() | st.integers(1, 5 if small else 999)),
        by_day=tuple(by_day),
        by_month_day=draw(_values(_signed(1, 31))),
        by_month=by_month,
        by_set_pos=draw(_values(_signed(1, 366))) if not small else (),
        by_week_no=draw(_values(_signed(1, 53))) if not small else (),
        by_year_day=draw(_values(_signed(1, 366))) if not small else (),
        by_hour=draw(_values(st.integers(0, 23))),
        by_minute=draw(_values(st.integers(0, 59))),
        by_second=draw(_values(st.integers(0, 60 if leap_seconds else 59))) if not small else (),
        week_start=draw(st.none() | st.integers(0, 6)),
        count=draw(st.integers(1, MAX_OCCURRENCES)) if end == "count" else None,
        until=draw(_until(timed, years)) if end == "until" else None,
    )


@settings(max_examples=300, deadline=None)
@given(rules())
def test_a_written_rule_reads_back_as_the_same_rule(rule: RecurrenceRule) -> None:
    assert parse(str(rule)) == rule
    assert parse(f"RRULE:{str(rule).lower()}") == rule


def _as_the_app_wrote_it(text: str) -> str:
    """The canonical order the app wrote before the value existed (``normalize_rule`` of
    before): FREQ first, the other parts in alphabetical order, each value as given."""
    parts = dict(part.split("=", 1) for part in text.split(";"))
    return ";".join(f"{k}={parts[k]}" for k in ["FREQ", *sorted(k for k in parts if k != "FREQ")])


@settings(max_examples=200, deadline=None)
@given(st.data(), st.booleans())
def test_the_apps_rule_texts_are_written_back_byte_for_byte(
    data: st.DataObject, timed: bool
) -> None:
    """A rule as a coordinator, the editor or an imported file gives it (its parts in any
    order) is stored as the app stored it before: the value changes no stored text."""
    rule = data.draw(rules(_APP_FREQUENCIES, timed=timed, years=YEARS, leap_seconds=False))
    given_parts = data.draw(st.permutations([f"{k}={v}" for k, v in rule.parts().items()]))
    text = ";".join(given_parts)
    canonical = normalize_rule(text, all_day=not timed, time_zone=STOCKHOLM)
    assert canonical == _as_the_app_wrote_it(text) == str(rule)
    assert str(parse(canonical)) == canonical
    assert normalize_rule(canonical, all_day=not timed, time_zone=STOCKHOLM) == canonical


def _exported_rules() -> list[str]:
    """Every event's RRULE in the golden files (a VTIMEZONE's yearly pair is not a rule of
    the app's: vtimezone.py writes it in Outlook's own order)."""
    found = []
    for path in sorted(GOLDEN.glob("*.ics")):
        text = path.read_text(encoding="utf-8")
        for event in re.findall(r"BEGIN:VEVENT\r?\n(.*?)END:VEVENT", text, re.S):
            found += re.findall(r"^RRULE:(.*?)\r?$", event, re.M)
    return found


def test_the_golden_files_hold_event_rules() -> None:
    assert len(_exported_rules()) >= 2


@pytest.mark.parametrize(
    "text",
    [
        *_exported_rules(),
        "FREQ=WEEKLY;BYDAY=TH;COUNT=8",
        "FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,8,9,10,11,12;UNTIL=20271231T225959Z",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;INTERVAL=2;WKST=SU",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=3",
        "FREQ=DAILY;UNTIL=20270630",
        "FREQ=MONTHLY;BYMONTHDAY=-1;INTERVAL=3",
    ],
)
def test_exported_and_stored_rules_are_written_back_byte_for_byte(text: str) -> None:
    assert str(parse(text)) == text


def test_a_rule_is_read_into_its_parts() -> None:
    rule = parse("rrule:freq=monthly; byday=+2tu,-1fr;INTERVAL=02;UNTIL=20271231T170000Z")
    assert rule == RecurrenceRule(
        Frequency.MONTHLY,
        interval=2,
        by_day=(WeekdayNum(1, 2), WeekdayNum(4, -1)),
        until=datetime(2027, 12, 31, 17, tzinfo=UTC),
    )
    assert rule.bounded and rule.step == 2
    assert str(rule) == "FREQ=MONTHLY;BYDAY=2TU,-1FR;INTERVAL=2;UNTIL=20271231T170000Z"
    floating = parse("FREQ=DAILY;UNTIL=20271231T170000").until
    assert floating == datetime(2027, 12, 31, 17)
    assert parse("FREQ=DAILY;UNTIL=20271231").until == date(2027, 12, 31)
    assert parse("FREQ=YEARLY").step == 1 and not parse("FREQ=YEARLY").bounded


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("FREQ=WEEKLY;BYDAY=1XX", "BYDAY '1XX' is not a weekday"),
        ("FREQ=WEEKLY;BYDAY=+MO", "BYDAY '+MO' is not a weekday"),
        ("FREQ=MONTHLY;BYDAY=6MO", "BYDAY '6MO': a month has at most 5"),
        ("FREQ=WEEKLY;WKST=XX", "WKST 'XX' is not a weekday"),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH '13' is not a number 1 to 12"),
        ("FREQ=DAILY;UNTIL=2027-12-31", "UNTIL '2027-12-31' is not a date or date-time"),
        ("FREQ=DAILY;UNTIL=20270230", "UNTIL '20270230' is not a date or date-time"),
        ("FREQ=DAILY;COUNT=0", "COUNT must be 1 to"),
        ("FREQ=DAILY;INTERVAL=x", "INTERVAL must be a whole number"),
        ("FREQ=DAILY;COUNT=2;UNTIL=20270101", "COUNT or UNTIL, not both"),
        ("FREQ=DAILY;BYEASTER=1", "unknown rule part 'BYEASTER'"),
        ("FREQ=DAILY;FREQ=DAILY", "FREQ appears twice"),
        ("COUNT=2", "no FREQ"),
        ("FREQ=FORTNIGHTLY", "unknown frequency 'FORTNIGHTLY'"),
    ],
)
def test_a_wrong_part_is_named(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse(text)
    assert raised.value.field == "recurrence"
    assert message in raised.value.message


def test_the_planner_still_refuses_what_it_does_not_hold() -> None:
    assert parse("FREQ=HOURLY").frequency is Frequency.HOURLY  # RFC 5545 has it
    with pytest.raises(ValidationError, match="at most daily"):
        normalize_rule("FREQ=HOURLY", all_day=False, time_zone=STOCKHOLM)


# -- dateutil's meaning ---------------------------------------------------------------------

_FREQUENCY = {
    Frequency.YEARLY: du.YEARLY,
    Frequency.MONTHLY: du.MONTHLY,
    Frequency.WEEKLY: du.WEEKLY,
    Frequency.DAILY: du.DAILY,
    Frequency.HOURLY: du.HOURLY,
}


def _bounded(walk: du.rrule) -> du.rrule:
    """The walk the planner makes: ending after its last year (recurrence._WALK)."""
    walk._iter = types.MethodType(recurrence._WALK, walk)
    return walk


def _from_parts(rule: RecurrenceRule, start: datetime) -> du.rrule:
    """dateutil's rule built from the value's fields, never from text."""
    until = rule.until
    if until is not None and not isinstance(until, datetime):
        until = datetime(until.year, until.month, until.day)
    return du.rrule(
        _FREQUENCY[rule.frequency],
        dtstart=start,
        interval=rule.step,
        wkst=rule.week_start,
        count=rule.count,
        until=until,
        bysetpos=rule.by_set_pos or None,
        bymonth=rule.by_month or None,
        bymonthday=rule.by_month_day or None,
        byyearday=rule.by_year_day or None,
        byweekno=rule.by_week_no or None,
        byweekday=[du.weekday(d.weekday, d.nth) for d in rule.by_day] or None,
        byhour=rule.by_hour or None,
        byminute=rule.by_minute or None,
        bysecond=rule.by_second or None,
    )


def _first(walk: du.rrule, many: int) -> list[datetime]:
    return list(islice(_bounded(walk), many))


@settings(max_examples=150, deadline=None)
@given(
    rules([*_APP_FREQUENCIES, Frequency.HOURLY], years=(2027, 2040), small=True),
    st.datetimes(datetime(2027, 1, 1), datetime(2028, 12, 31)),
)
def test_a_parsed_rule_means_to_dateutil_what_its_text_does(
    rule: RecurrenceRule, start: datetime
) -> None:
    """A few hundred occurrences of the rule built from the value's parts are those of
    dateutil reading the text (as the planner expands it)."""
    start = start.replace(microsecond=0)
    if isinstance(rule.until, datetime) and rule.until.tzinfo is not None:
        start = start.replace(tzinfo=ZoneInfo(STOCKHOLM))  # a UTC UNTIL needs a zoned start
    try:
        expected = _first(du.rrulestr(str(rule), dtstart=start), 300)
    except ValueError as exc:  # dateutil refuses the text: it refuses the parts alike
        with pytest.raises(ValueError, match=re.escape(str(exc))):
            _first(_from_parts(rule, start), 300)
        return
    assert _first(_from_parts(rule, start), 300) == expected


def test_dateutil_reads_the_rules_own_text_as_the_app_wrote_it() -> None:
    text = "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630"
    start = datetime(2027, 1, 29)
    found = list(du.rrulestr(str(parse(text)), dtstart=start))
    assert found == list(du.rrulestr(text, dtstart=start))
    assert found[-1] == datetime(2027, 6, 25)
