"""An RRULE in words, for the preview: "every 2 weeks on Monday and Thursday, 8 times"."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, tzinfo

_DAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
_ORDER = list(_DAYS)
_NTH = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last", -2: "second last"}
_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_NTH_DAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _day_text(item: str) -> str:
    match = _NTH_DAY.match(item)
    if match is None:
        return item
    number, day = match.groups()
    if number is None:
        return _DAYS[day]
    return f"the {_NTH.get(int(number), number)} {_DAYS[day]}"


def _local(value: datetime | date, series_zone: tzinfo) -> datetime | date:
    """A time as the series' zone's wall clock shows it (a date stays a date)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(series_zone).replace(tzinfo=None)
    return value


def _shown(value: datetime | date) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if isinstance(value, datetime) else f"{value:%Y-%m-%d}"


def rule_in_words(
    rule: str,
    first: datetime | date,
    struck: list[datetime | date],
    series_zone: tzinfo,
    zone_name: str = "",
) -> str:
    """``rule`` (from DTSTART ``first``) in English words, with its end and the dates struck
    out (``struck``), all in the series' own zone (``series_zone``, named ``zone_name`` when
    given): one zone throughout, so its days and times are the ones the rule counts."""
    first = _local(first, series_zone)
    parts = dict(p.split("=", 1) for p in rule.upper().split(";") if "=" in p)
    freq = parts.get("FREQ", "")
    unit = _UNITS.get(freq, freq.lower())
    interval = int(parts.get("INTERVAL", "1") or 1)
    text = f"every {unit}" if interval == 1 else f"every {interval} {unit}s"
    day = first.date() if isinstance(first, datetime) else first
    byday = [d for d in parts.get("BYDAY", "").split(",") if d]
    if (
        freq in ("DAILY", "WEEKLY")
        and interval == 1
        and sorted(byday, key=_ORDER.index) == _ORDER[:5]
    ):
        text = "every weekday (Monday to Friday)"
    elif freq == "WEEKLY":
        days = sorted(byday, key=lambda d: _ORDER.index(d[-2:])) or [_ORDER[day.weekday()]]
        text += " on " + _and([_day_text(d) for d in days])
    elif freq in ("MONTHLY", "YEARLY"):
        months = [int(m) for m in parts.get("BYMONTH", "").split(",") if m]
        if freq == "YEARLY" and not months:
            months = [day.month]
        month_text = f" of {_and([_MONTHS[m - 1] for m in months])}" if months else ""
        if "BYMONTHDAY" in parts:
            numbers = parts["BYMONTHDAY"].split(",")
            if numbers == ["-1"]:
                text += " on the last day"
            else:
                text += " on day " + _and(["the last" if n == "-1" else n for n in numbers])
        elif byday:
            position = parts.get("BYSETPOS")
            named = _and([_day_text(d) for d in byday])
            text += f" on {named}" + (f" (position {position})" if position else "")
        else:
            text += f" on day {day.day}"
        text += month_text
    if isinstance(first, datetime):
        text += f" at {first:%H:%M}" + (f" ({zone_name})" if zone_name else "")
    if "COUNT" in parts:
        text += f", {parts['COUNT']} times"
    elif "UNTIL" in parts:
        until = parts["UNTIL"]
        if until.endswith("Z"):
            moment = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            text += f", until {moment.astimezone(series_zone):%Y-%m-%d}"
        else:
            text += f", until {until[:4]}-{until[4:6]}-{until[6:8]}"
    if struck:
        shown = sorted(_shown(_local(s, series_zone)) for s in struck)
        more = f" and {len(shown) - 3} more" if len(shown) > 3 else ""
        text += ", except " + ", ".join(shown[:3]) + more
    return text
