"""When a VEVENT happens: DTSTART with DTEND or DURATION (or neither), in the zone its
TZID names, as a TimedSpan or an AllDaySpan (RFC 5545 3.6.1, OUTLOOK.md 4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from eventplanner.domain.moves import SHORTEST
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.ical.reader_lines import Component, Line
from eventplanner.ical.reader_values import (
    ValueProblem,
    parse_duration,
    parse_moment,
    unescape_text,
)
from eventplanner.ical.reader_zones import ZoneBook, ZoneProblem, iana_name
from eventplanner.ical.values import DAY_ZONE


class TimingProblem(ValueError):
    """The event cannot be placed; the message names the property and its line."""


@dataclass(frozen=True, slots=True)
class Placed:
    """A DATE or DATE-TIME property read: a date, or an aware instant with the IANA zone
    the file meant it in."""

    value: date | datetime
    zone: str | None
    """None for dates and for UTC (``Z``) times, which name no zone of their own."""
    note: str | None = None


class Placer:
    """Reads the times of one file: its zones, X-WR-TIMEZONE and the caller's zone."""

    def __init__(self, zones: ZoneBook, floating_zone: str) -> None:
        self.zones = zones
        self.floating_zone = floating_zone

    def place(self, line: Line) -> Placed:
        """The property's value; raises TimingProblem naming it and its line."""
        try:
            date_only = (line.param("VALUE") or "").upper() == "DATE"
            text = line.value.strip()
            if date_only and len(text) > 8 and "T" in text.upper():
                date_only = False  # VALUE=DATE with a time after it: the time says more
            moment = parse_moment(text, date_only=date_only)
        except ValueProblem as exc:
            raise TimingProblem(f"{line.name} (line {line.number}): {exc}") from None
        if moment.is_date:
            return Placed(moment.value, None)
        naive = moment.value
        assert isinstance(naive, datetime)
        if moment.utc:
            return Placed(naive.replace(tzinfo=UTC), None)
        tzid = line.param("TZID")
        if tzid:
            try:
                found = self.zones.resolve(tzid, naive.year)
            except ZoneProblem as exc:
                raise TimingProblem(f"{line.name} (line {line.number}): {exc}") from None
            return Placed(naive.replace(tzinfo=found.tz), found.name, found.note)
        return Placed(naive.replace(tzinfo=zone(self.floating_zone)), self.floating_zone)

    def timing(self, event: Component, *, all_day_marker: bool, recurring: bool) -> tuple[
        Timing, list[str]
    ]:  # fmt: skip
        """The event's timing and what was assumed to get it.

        ``all_day_marker``: Outlook's X-MICROSOFT-CDO-ALLDAYEVENT:TRUE, which turns
        midnight-to-midnight times into days. ``recurring``: a series in UTC keeps UTC as
        its zone, so that its occurrences fall where the rule puts them.
        """
        start_line = event.first("DTSTART")
        if start_line is None:
            raise TimingProblem("the event has no DTSTART (no start)")
        notes: list[str] = []
        start = self.place(start_line)
        if start.note:
            notes.append(start.note)
        end_line = event.first("DTEND")
        duration_line = event.first("DURATION")
        end: Placed | None = self.place(end_line) if end_line is not None else None
        if end is not None and end.note and end.note not in notes:
            notes.append(end.note)
        duration = None
        if end is None and duration_line is not None:
            try:
                duration = parse_duration(duration_line.value)
            except ValueProblem as exc:
                raise TimingProblem(f"DURATION (line {duration_line.number}): {exc}") from None
        if isinstance(start.value, datetime) and all_day_marker:
            days = _midnight_days(start, end, duration)
            if days is not None:
                return days, notes
        if not isinstance(start.value, datetime):
            zone_name = self._day_zone(event, notes)
            return self._days(start.value, zone_name, end, duration, notes), notes
        zone_name = start.zone or ("UTC" if recurring else self.floating_zone)
        return self._timed(start.value, zone_name, end, duration, notes), notes

    def _day_zone(self, event: Component, notes: list[str]) -> str:
        """The zone of an event's days: its own (DAY_ZONE, our export's), else the file's."""
        line = event.first(DAY_ZONE)
        if line is None or not line.value.strip():
            return self.floating_zone
        named = iana_name(unescape_text(line.value))
        if named is None:
            notes.append(
                f"{DAY_ZONE} (line {line.number}) {line.value.strip()!r} is no known time "
                f"zone; the days were read in {self.floating_zone}"
            )
            return self.floating_zone
        return named

    def _days(
        self,
        first: date,
        zone_name: str,
        end: Placed | None,
        duration: timedelta | None,
        notes: list[str],
    ) -> AllDaySpan:
        last = first
        if end is not None:
            end_day = end.value.date() if isinstance(end.value, datetime) else end.value
            # DTEND is exclusive (OUTLOOK.md 4); a DTEND equal to DTSTART means one day.
            if end_day <= first:
                if end_day < first:
                    raise TimingProblem(f"the event ends ({end_day}) before it starts ({first})")
                notes.append("DTEND equals DTSTART; read as one whole day")
            else:
                last = end_day - timedelta(days=1)
        elif duration is not None:
            if duration < timedelta(0):
                raise TimingProblem("the DURATION is negative")
            last = first + timedelta(days=max(1, duration.days) - 1)
        return AllDaySpan(first, last, zone_name)

    def _timed(
        self,
        start: datetime,
        zone_name: str,
        end: Placed | None,
        duration: timedelta | None,
        notes: list[str],
    ) -> TimedSpan:
        if end is not None:
            finish = end.value
            if not isinstance(finish, datetime):
                finish = datetime.combine(finish, start.timetz())
                notes.append("DTEND is a date while DTSTART has a time; read at the same time")
        elif duration is not None:
            finish = _after(start, duration)
        else:
            finish = start
        if finish < start:
            raise TimingProblem(
                f"the event ends ({finish:%Y-%m-%d %H:%M %Z}) before it starts "
                f"({start:%Y-%m-%d %H:%M %Z})"
            )
        if finish == start:
            # RFC 5545 lets an event take no time; the planner's shortest event is what a
            # drag in the week view makes.
            finish = start + SHORTEST
            notes.append(
                f"the event takes no time (no end, or its end is its start); it was given "
                f"{int(SHORTEST.total_seconds() // 60)} minutes"
            )
        return TimedSpan(start, finish, zone_name)


def _after(start: datetime, duration: timedelta) -> datetime:
    """RFC 5545 3.3.6: days are calendar days (the same wall-clock time), the rest exact."""
    days = timedelta(days=duration.days) if duration >= timedelta(0) else timedelta(0)
    rest = duration - days
    wall = (start.replace(tzinfo=None) + days).replace(tzinfo=start.tzinfo)
    return (wall.astimezone(UTC) + rest).astimezone(start.tzinfo)


def _midnight_days(start: Placed, end: Placed | None, duration: timedelta | None) -> Timing | None:
    """Outlook's all-day event written with times: midnight to midnight in its zone."""
    assert isinstance(start.value, datetime)
    first = start.value
    if end is not None and isinstance(end.value, datetime):
        finish = end.value.astimezone(first.tzinfo)
    elif duration is not None:
        finish = _after(first, duration)
    else:
        finish = first + timedelta(days=1)
    if (first.hour, first.minute, finish.hour, finish.minute) != (0, 0, 0, 0) or finish <= first:
        return None
    last = finish.date() - timedelta(days=1)
    return AllDaySpan(first.date(), max(first.date(), last), start.zone or "UTC")
