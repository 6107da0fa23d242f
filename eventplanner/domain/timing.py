"""When an event happens: a timed span in an IANA zone, or whole days."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.timezones import (
    DEFAULT_TIME_ZONE,
    day_bounds,
    ensure_aware,
    to_utc,
    zone,
)


@dataclass(frozen=True, slots=True)
class TimedSpan:
    """A start and an end instant, shown in ``time_zone`` (the event's own zone)."""

    start: datetime
    end: datetime
    time_zone: str = DEFAULT_TIME_ZONE
    # The same two instants in UTC when they were at hand (read from the database): sorting
    # and window checks then need no zone conversion. Not part of equality or the repr.
    _utc: tuple[datetime, datetime] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    all_day = False

    def __post_init__(self) -> None:
        ensure_aware(self.start, "start")
        ensure_aware(self.end, "end")
        tz = zone(self.time_zone)
        # Keep both ends in the event's zone so that what is shown is what was meant.
        object.__setattr__(self, "start", self.start.astimezone(tz))
        object.__setattr__(self, "end", self.end.astimezone(tz))

    @classmethod
    def trusted(
        cls,
        start: datetime,
        end: datetime,
        time_zone: str,
        utc: tuple[datetime, datetime] | None = None,
    ) -> TimedSpan:
        """A span from values already checked (read back from the database), unchecked.

        ``start`` and ``end`` must be aware and already in ``time_zone``; ``utc``, when
        given, the same instants in UTC. Reading a month of events builds thousands of
        these; the checks would be a third of the time.
        """
        span = object.__new__(cls)
        _put_start(span, start)
        _put_end(span, end)
        _put_zone(span, time_zone)
        _put_utc(span, utc)
        return span

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def utc_bounds(self) -> tuple[datetime, datetime]:
        if self._utc is None:
            object.__setattr__(self, "_utc", (to_utc(self.start), to_utc(self.end)))
            assert self._utc is not None
        return self._utc

    @property
    def utc_start(self) -> datetime:
        """The start in UTC: sorting by it never needs a zone lookup per comparison."""
        return self.utc_bounds()[0]

    def shifted(self, delta: timedelta) -> TimedSpan:
        """Moved by ``delta`` of wall-clock time (a 09:00 start stays 09:00 across DST)."""
        tz = zone(self.time_zone)
        start = (self.start.replace(tzinfo=None) + delta).replace(tzinfo=tz)
        return replace(self, start=start, end=start + self.duration)

    def moved_to(self, day: date) -> TimedSpan:
        """The same wall-clock time on another day."""
        return self.shifted(timedelta(days=(day - self.start.date()).days))

    @property
    def first_day(self) -> date:
        return self.start.date()


# The slots' own setters (a frozen dataclass's __setattr__ refuses; these are for trusted()).
_put_start, _put_end, _put_zone, _put_utc = (
    vars(TimedSpan)[name].__set__ for name in ("start", "end", "time_zone", "_utc")
)


@dataclass(frozen=True, slots=True)
class AllDaySpan:
    """Whole days, ``first_day`` to ``last_day`` inclusive (a fair 12-14 March)."""

    first_day: date
    last_day: date
    time_zone: str = DEFAULT_TIME_ZONE

    all_day = True

    def __post_init__(self) -> None:
        for name in ("first_day", "last_day"):
            if isinstance(getattr(self, name), datetime):
                raise ValidationError(name, "an all-day event takes dates, not times")
        zone(self.time_zone)

    @classmethod
    def trusted(cls, first_day: date, last_day: date, time_zone: str) -> AllDaySpan:
        """Days already checked (read back from the database), unchecked."""
        span = object.__new__(cls)
        object.__setattr__(span, "first_day", first_day)
        object.__setattr__(span, "last_day", last_day)
        object.__setattr__(span, "time_zone", time_zone)
        return span

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @property
    def duration(self) -> timedelta:
        return timedelta(days=self.days)

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """The days as instants in the event's zone: used for ordering and clash checks."""
        return day_bounds(self.first_day, self.last_day, self.time_zone)

    @property
    def utc_start(self) -> datetime:
        return self.utc_bounds()[0]

    def shifted(self, delta: timedelta) -> AllDaySpan:
        days = timedelta(days=delta.days)
        return replace(self, first_day=self.first_day + days, last_day=self.last_day + days)

    def moved_to(self, day: date) -> AllDaySpan:
        return self.shifted(timedelta(days=(day - self.first_day).days))


Timing = TimedSpan | AllDaySpan
