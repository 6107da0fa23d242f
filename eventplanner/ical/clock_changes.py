"""Occurrences of a series whose wall-clock start names no instant, or two.

A series at 02:30 in Stockholm has an occurrence in the spring gap (02:30 does not exist on
the last Sunday of March) and one in the autumn overlap (02:30 happens twice). RFC 5545
3.3.5 says the first moves forward and the second is the first of the two, but readers do
not agree: Thunderbird's ical.js moves the first back and takes the later of the two, an
hour off each time. Written as a changed occurrence with an unambiguous start, every reader
puts such an occurrence where the domain does.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from eventplanner.domain.recurrence import is_occurrence, recurrence_ids
from eventplanner.domain.timezones import zone
from eventplanner.ical.vtimezone import transitions

HORIZON_YEARS = 20
"""Years from a series' first occurrence in which its clock-change occurrences are written
out; an endless series is read as RFC 5545 says after that."""
_FREE_HOURS = ("BYHOUR=", "BYMINUTE=", "BYSECOND=")


def unclear(wall: datetime, time_zone: str) -> bool:
    """Whether the naive wall-clock time ``wall`` is missing or repeated in ``time_zone``."""
    tz = zone(time_zone)
    first, second = wall.replace(tzinfo=tz, fold=0), wall.replace(tzinfo=tz, fold=1)
    return first.utcoffset() != second.utcoffset()


def clock_change_keys(rule: str, first: datetime, time_zone: str) -> list[datetime]:
    """The recurrence ids of the timed series (``rule`` from ``first``) whose wall-clock
    start is missing or repeated, within ``HORIZON_YEARS``, in order."""
    wall = first.astimezone(zone(time_zone)).replace(tzinfo=None)
    fixed_time = not any(part in rule for part in _FREE_HOURS)
    found: list[datetime] = []
    for year in range(wall.year, wall.year + HORIZON_YEARS):
        for change in transitions(time_zone, year):
            if fixed_time:
                # Every occurrence starts at the first one's clock time: look only at the
                # days the unclear hour touches.
                shift = abs(change.after - change.before)
                edge = (change.at + min(change.before, change.after)).replace(tzinfo=None)
                days = {edge.date(), (edge + shift).date()}
                candidates = [datetime.combine(day, wall.time()) for day in sorted(days)]
                keys = [
                    key
                    for key in candidates
                    if unclear(key, time_zone) and is_occurrence(rule, first, time_zone, key)
                ]
            else:
                around = timedelta(days=1)
                keys = [
                    key
                    for key in recurrence_ids(
                        rule, first, time_zone, after=change.at - around, before=change.at + around
                    )
                    if isinstance(key, datetime) and unclear(key, time_zone)
                ]
            found += [key for key in keys if key >= wall and key not in found]
    return found
