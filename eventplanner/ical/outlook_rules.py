"""What Outlook makes of our values (OUTLOOK.md): busy status, status, categories, and the
recurrence patterns it can and cannot show, with the warnings a coordinator sees first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.model import OccurrenceChange

BUSY: dict[BusyStatus, tuple[str, str]] = {
    BusyStatus.FREE: ("FREE", "TRANSPARENT"),
    BusyStatus.TENTATIVE: ("TENTATIVE", "OPAQUE"),
    BusyStatus.BUSY: ("BUSY", "OPAQUE"),
    BusyStatus.OUT_OF_OFFICE: ("OOF", "OPAQUE"),
}
"""X-MICROSOFT-CDO-BUSYSTATUS and TRANSP for each busy status (OUTLOOK.md 5)."""

STATUS: dict[EventStatus, str] = {
    EventStatus.DRAFT: "TENTATIVE",
    EventStatus.PLANNED: "TENTATIVE",
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.COMPLETED: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
}

CATEGORIES_LIMIT = 255
"""Outlook cuts the CATEGORIES line at 255 characters (OUTLOOK.md 8)."""
COUNT_LIMIT = 999
"""Outlook's "end after" holds at most 999 occurrences."""

_PLAIN_DAYS = re.compile(r"^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$")
_NTH_DAY = re.compile(r"^([+-]?\d{1,2})(MO|TU|WE|TH|FR|SA|SU)$")
_WEEKDAYS = {"MO", "TU", "WE", "TH", "FR"}
_ALWAYS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}
_OUTLOOK_NTH = {1, 2, 3, 4, -1}  # first .. fourth, and last
# "The second <day>" in Outlook: a weekday, any day, a weekday (Mon-Fri) or a weekend day.
_SETPOS_DAYS = [
    *({d} for d in ("MO", "TU", "WE", "TH", "FR", "SA", "SU")),
    {"MO", "TU", "WE", "TH", "FR", "SA", "SU"},
    _WEEKDAYS,
    {"SA", "SU"},
]
_SHORTEST_MONTH = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}


@dataclass(frozen=True)
class OutlookWarning:
    """Something Outlook will show differently from what was planned."""

    uid: str
    title: str
    message: str
    """Names the event and says what Outlook will show instead."""


def is_cancelled(change: OccurrenceChange) -> bool:
    """A cancelled occurrence: struck out, or kept with the cancelled status."""
    return change.cancelled or change.status is EventStatus.CANCELLED


KIND_CATEGORIES: dict[str, dict[EventKind, str]] = {
    "sv": {
        EventKind.TRADE_FAIR: "Mässa",
        EventKind.LAUNCH: "Lansering",
        EventKind.INNOVATION_DAY: "Innovationsdag",
        EventKind.COURSE: "Kurs",
        EventKind.SEMINAR: "Seminarium",
        EventKind.WORKSHOP: "Workshop",
        EventKind.WEBINAR: "Webbinarium",
        EventKind.NETWORK_MEETING: "Nätverksträff",
        EventKind.OTHER: "Övrigt",
    },
}
"""Each kind's category in a calendar written in another language than English (the
import reads these names back as the kinds)."""


def categories(
    kind: EventKind, tags: Iterable[str], language: str = "en"
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The kind's name in ``language`` and the tags as Outlook keeps them (trimmed, each once
    regardless of case, within 255 characters), and those that did not fit."""
    kept: list[str] = []
    seen: set[str] = set()
    dropped: list[str] = []
    length = -1  # no comma before the first
    label = KIND_CATEGORIES.get(language, {}).get(kind, kind.label)
    for name in (label, *tags):
        name = " ".join(name.split())
        if not name or name.casefold() in seen:
            continue
        if length + 1 + len(name) > CATEGORIES_LIMIT:
            dropped.append(name)
            continue
        seen.add(name.casefold())
        kept.append(name)
        length += 1 + len(name)
    return tuple(kept), tuple(dropped)


def rule_problem(rule: str, first_day: date) -> str | None:
    """Why Outlook cannot show ``rule`` as written (None when it can): Outlook has daily,
    weekly-on-days, monthly on a day or the n-th weekday, and yearly patterns ([MS-OXCICAL]
    2.1.3.2.2); anything else it "gracefully fails" to import."""
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    freq = parts.get("FREQ", "")
    extra = set(parts) - _ALWAYS
    byday = parts.get("BYDAY")
    count = parts.get("COUNT")
    if count is not None and count.isdigit() and int(count) > COUNT_LIMIT:
        return f"it has {count} occurrences and Outlook ends a series after at most {COUNT_LIMIT}"
    for name in ("BYWEEKNO", "BYYEARDAY", "BYHOUR", "BYMINUTE", "BYSECOND"):
        if name in parts:
            return f"its rule uses {name}, which Outlook has no pattern for"
    if freq == "DAILY":
        if extra - {"BYDAY"} or (byday is not None and set(byday.split(",")) != _WEEKDAYS):
            return "it repeats daily on chosen days other than every weekday (Monday to Friday)"
        if byday is not None and parts.get("INTERVAL", "1") != "1":
            return "it repeats every few days on weekdays only"
        return None
    if freq == "WEEKLY":
        if extra - {"BYDAY"} or (byday is not None and not _PLAIN_DAYS.match(byday)):
            return "it repeats weekly with a rule beyond weekdays, which Outlook cannot show"
        return None
    if freq not in ("MONTHLY", "YEARLY"):
        return f"it repeats {freq.lower() or 'in no known way'}"
    if freq == "YEARLY":
        return _yearly_problem(parts, extra, first_day)
    return _monthly_problem(parts, extra, first_day)


def _yearly_problem(parts: dict[str, str], extra: set[str], first_day: date) -> str | None:
    month = parts.get("BYMONTH")
    if month is not None and "," in month:
        return "it repeats in several months of the year"
    if month is None and ("BYMONTHDAY" in parts or "BYDAY" in parts):
        # Without BYMONTH these pick days in every month (BYMONTHDAY=15) or in the whole
        # year (BYDAY=1MO, the year's first Monday): no yearly pattern of Outlook's.
        return "it repeats yearly on days chosen without naming the month (BYMONTH)"
    day = int(parts.get("BYMONTHDAY", first_day.day))
    number = int(month) if month is not None else first_day.month
    if "BYDAY" not in parts and day > _SHORTEST_MONTH.get(number, 31) + (number == 2):
        return f"it repeats on day {day} of month {number}, which that month never has"
    if "BYDAY" not in parts and day > _SHORTEST_MONTH.get(number, 31):
        return (
            f"it repeats on day {day} of month {number}, which some years lack: the file "
            "skips those years, and Outlook shows it on the month's last day instead"
        )
    return _monthly_problem(parts, extra - {"BYMONTH"}, first_day, yearly=True)


def _monthly_problem(
    parts: dict[str, str], extra: set[str], first_day: date, *, yearly: bool = False
) -> str | None:
    byday, monthday, setpos = parts.get("BYDAY"), parts.get("BYMONTHDAY"), parts.get("BYSETPOS")
    if not yearly and "BYMONTH" in extra:
        # A monthly meeting that pauses in summer (BYMONTH=1,2,...,6,8,...): Outlook's
        # monthly patterns run through every month.
        return "it repeats monthly but only in some months (BYMONTH), which Outlook cannot show"
    if extra - {"BYDAY", "BYMONTHDAY", "BYSETPOS"} or (byday and monthday):
        return "it combines days of the month and weekdays in a way Outlook has no pattern for"
    if monthday is not None:
        if "," in monthday or setpos is not None:
            return "it repeats on several days of the month"
        day = int(monthday)
        if day < -1:
            return (
                f"it repeats on day {-day} from the end of the month; Outlook knows only the "
                "last day"
            )
        if day != -1 and not yearly and not 1 <= day <= 28:
            return (
                f"it repeats on day {day} of the month, which some months lack: the file skips "
                "those months, and Outlook shows it on their last day instead"
            )
        return None
    if byday is not None:
        if setpos is not None:
            if (
                "," in setpos
                or int(setpos) not in _OUTLOOK_NTH
                or set(byday.split(",")) not in _SETPOS_DAYS
            ):
                return "it picks days by position (BYSETPOS) in a way Outlook cannot show"
            return None
        match = _NTH_DAY.match(byday)
        if match is None:
            return "it repeats on several weekdays of the month"
        if int(match.group(1)) not in _OUTLOOK_NTH:
            return (
                f"it repeats on weekday number {int(match.group(1))} of the month; Outlook "
                "knows only the first to the fourth and the last"
            )
        return None
    if first_day.day > 28 and parts.get("FREQ") == "MONTHLY":
        return (
            f"it repeats on day {first_day.day} of the month, which some months lack: the file "
            "skips those months, and Outlook shows it on their last day instead"
        )
    return None
