"""The event-level conflict rules without a database: days off, bridge days, the days an
occurrence covers, overlaps, keys."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from eventplanner.domain.conflicts import (
    DEFAULT_SEVERITY,
    EVENT_LEVEL_KINDS,
    ConflictKind,
    DayOff,
    OutsideEvent,
    Severity,
    bridge_days,
    conflict_key,
    day_conflicts,
    local_days,
    overlap,
    subscribed_conflicts,
    venue_conflicts,
)
from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.holidays import swedish_days_off
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing

STO = ZoneInfo("Europe/Stockholm")


def days_off(year: int) -> dict[date, DayOff]:
    return {d: DayOff(d, name, eve) for d, (name, eve) in swedish_days_off(year).items()}


def made(title: str, timing: Timing, *, ident: int = 1, venue: int | None = None,
         status: EventStatus = EventStatus.PLANNED) -> Occurrence:  # fmt: skip
    return Occurrence(ident, f"uid-{ident}", title, EventKind.SEMINAR, status, timing, venue,
                      "Aulan" if venue else None, None, BusyStatus.BUSY)  # fmt: skip


def span(day: date, start: int, end: int, zone: str = "Europe/Stockholm") -> TimedSpan:
    tz = ZoneInfo(zone)
    first = datetime(day.year, day.month, day.day, start, tzinfo=tz)
    return TimedSpan(first, first + timedelta(hours=end - start), zone)


def test_every_kind_has_a_severity_and_the_event_level_ones_are_named() -> None:
    assert set(DEFAULT_SEVERITY) == set(ConflictKind)
    assert DEFAULT_SEVERITY[ConflictKind.PUBLIC_HOLIDAY] is Severity.WARN
    assert DEFAULT_SEVERITY[ConflictKind.PERSON_DOUBLE_BOOKED] is Severity.HOLD
    assert len(EVENT_LEVEL_KINDS) == 5


def test_the_eves_are_days_off_and_told_apart() -> None:
    off = days_off(2027)
    assert off[date(2027, 6, 25)] == DayOff(date(2027, 6, 25), "Midsommarafton", True)
    assert off[date(2027, 12, 24)].eve and off[date(2027, 12, 31)].eve
    assert not off[date(2027, 6, 6)].eve  # Nationaldagen


def test_bridge_days_lie_between_a_holiday_and_a_weekend() -> None:
    found = bridge_days(days_off(2027), date(2027, 1, 1), date(2027, 12, 31))
    assert list(found) == [date(2027, 5, 7)]  # the Friday after Kristi himmelsfärdsdag
    assert found[date(2027, 5, 7)].name == "Kristi himmelsfärdsdag"
    # 2026: Trettondedag jul on a Tuesday makes Monday 5 January one too.
    assert date(2026, 1, 5) in bridge_days(days_off(2026), date(2026, 1, 1), date(2026, 1, 31))


def test_an_occurrence_covers_the_days_of_its_own_clock() -> None:
    evening = TimedSpan(datetime(2027, 6, 5, 20, tzinfo=STO), datetime(2027, 6, 6, tzinfo=STO))
    assert list(local_days(evening)) == [date(2027, 6, 5)]  # ending at midnight
    overnight = span(date(2027, 6, 5), 22, 26)
    assert list(local_days(overnight)) == [date(2027, 6, 5), date(2027, 6, 6)]
    fair = AllDaySpan(date(2027, 3, 25), date(2027, 3, 27))
    assert len(list(local_days(fair))) == 3


def test_day_conflicts_one_a_day_and_never_for_a_cancelled_event() -> None:
    off = days_off(2027)
    bridges = bridge_days(off, date(2027, 1, 1), date(2027, 12, 31))
    fair = made("Påskmässan", AllDaySpan(date(2027, 3, 25), date(2027, 3, 29)))
    cancelled = made("Inställd", span(date(2027, 1, 6), 10, 12), ident=2,
                     status=EventStatus.CANCELLED)  # fmt: skip
    found = day_conflicts([fair, cancelled], off, bridges, date(2027, 1, 1), date(2027, 12, 31))
    assert [(c.kind, c.start.date(), c.about) for c in found] == [
        (ConflictKind.PUBLIC_HOLIDAY, date(2027, 3, 26), "Långfredagen"),
        (ConflictKind.PUBLIC_HOLIDAY, date(2027, 3, 28), "Påskdagen"),
        (ConflictKind.PUBLIC_HOLIDAY, date(2027, 3, 29), "Annandag påsk"),
    ]


def test_venue_conflicts_need_one_venue_and_a_shared_moment() -> None:
    day = date(2027, 4, 20)
    found = venue_conflicts([
        made("A", span(day, 10, 12), ident=1, venue=1),
        made("B", span(day, 12, 14), ident=2, venue=1),  # back to back
        made("C", span(day, 11, 13), ident=3, venue=2),  # another venue
        made("D", span(day, 13, 15), ident=4, venue=1),  # meets B
    ])  # fmt: skip
    assert [[o.title for o in c.occurrences] for c in found] == [["B", "D"]]
    assert found[0].start == datetime(2027, 4, 20, 13, tzinfo=STO)
    assert found[0].end == datetime(2027, 4, 20, 14, tzinfo=STO)


def test_subscribed_conflicts_find_long_events_that_began_earlier() -> None:
    days = AllDaySpan(date(2027, 9, 1), date(2027, 9, 7))
    week = OutsideEvent("Regionen", "r-1", "Mässveckan", "", days)
    short = OutsideEvent("Regionen", "r-2", "Frukost", "", span(date(2027, 9, 6), 8, 9))
    mine = made("Möte", span(date(2027, 9, 6), 8, 10))
    found = subscribed_conflicts([mine], [short, week])
    assert sorted(c.outside[0].title for c in found) == ["Frukost", "Mässveckan"]


def test_keys_are_stable_and_tell_conflicts_apart() -> None:
    key = conflict_key(ConflictKind.EVE, "uid-1", "2027-06-25")
    assert key == conflict_key(ConflictKind.EVE, "2027-06-25", "uid-1")
    assert key != conflict_key(ConflictKind.PUBLIC_HOLIDAY, "uid-1", "2027-06-25")
    assert len(key) == 12


def test_all_day_spans_meet_by_their_dates_whatever_their_zones() -> None:
    """Two all-day spans by their dates; one against a timed event by the days on the timed
    event's clock (a Los Angeles Friday reached into a Stockholm Saturday before)."""
    friday_la = AllDaySpan(date(2029, 9, 28), date(2029, 9, 28), "America/Los_Angeles")
    saturday = AllDaySpan(date(2029, 9, 29), date(2029, 9, 29))
    assert overlap(saturday, friday_la) is None and overlap(friday_la, saturday) is None
    week = AllDaySpan(date(2029, 9, 24), date(2029, 9, 28))
    shared = overlap(week, friday_la)
    assert shared == (datetime(2029, 9, 28, tzinfo=STO), datetime(2029, 9, 29, tzinfo=STO))
    night = span(date(2029, 9, 29), 1, 3)  # Friday afternoon in Los Angeles
    assert overlap(night, friday_la) is None and overlap(friday_la, night) is None
    evening = span(date(2029, 9, 28), 23, 24)
    assert overlap(evening, friday_la) == (evening.start, evening.end)
    la_night = span(date(2029, 9, 28), 20, 22, "America/Los_Angeles")  # Saturday in Sweden
    assert overlap(la_night, saturday) is None
    assert overlap(la_night, friday_la) is not None
    found = subscribed_conflicts(
        [made("Natt", night), made("Lördag", saturday, ident=2), made("Kväll", evening, ident=3)],
        [OutsideEvent("Kalifornien", "la-1", "Day Long Event", "", friday_la)],
    )
    assert [c.occurrences[0].title for c in found] == ["Kväll"]
