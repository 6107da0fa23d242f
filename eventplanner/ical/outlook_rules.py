"""What Outlook makes of our values (OUTLOOK.md): busy status, status, categories, and the
recurrence patterns it can and cannot show, with the warnings a coordinator sees first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.model import OccurrenceChange
from eventplanner.domain.rules import Frequency, RecurrenceRule, parse

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


def rule_problem(rule: RecurrenceRule | str, first_day: date) -> str | None:
    """Why Outlook cannot show ``rule`` as written (None when it can): Outlook has daily,
    weekly-on-days, monthly on a day or the n-th weekday, and yearly patterns ([MS-OXCICAL]
    2.1.3.2.2); anything else it "gracefully fails" to import."""
    if isinstance(rule, str):
        rule = parse(rule)
    freq = rule.frequency
    extra = set(rule.parts()) - _ALWAYS
    days = {str(day) for day in rule.by_day}
    if rule.count is not None and rule.count > COUNT_LIMIT:
        return (
            f"it has {rule.count} occurrences and Outlook ends a series after at most {COUNT_LIMIT}"
        )
    for name in ("BYWEEKNO", "BYYEARDAY", "BYHOUR", "BYMINUTE", "BYSECOND"):
        if name in extra:
            return f"its rule uses {name}, which Outlook has no pattern for"
    if freq is Frequency.DAILY:
        if extra - {"BYDAY"} or (rule.by_day and days != _WEEKDAYS):
            return "it repeats daily on chosen days other than every weekday (Monday to Friday)"
        if rule.by_day and rule.step != 1:
            return "it repeats every few days on weekdays only"
        return None
    if freq is Frequency.WEEKLY:
        if extra - {"BYDAY"} or any(day.nth is not None for day in rule.by_day):
            return "it repeats weekly with a rule beyond weekdays, which Outlook cannot show"
        return None
    if freq not in (Frequency.MONTHLY, Frequency.YEARLY):
        return f"it repeats {freq.lower()}"
    if freq is Frequency.YEARLY:
        return _yearly_problem(rule, extra, first_day)
    return _monthly_problem(rule, extra, first_day)


def _yearly_problem(rule: RecurrenceRule, extra: set[str], first_day: date) -> str | None:
    if len(rule.by_month) > 1:
        return "it repeats in several months of the year"
    if not rule.by_month and (rule.by_month_day or rule.by_day):
        # Without BYMONTH these pick days in every month (BYMONTHDAY=15) or in the whole
        # year (BYDAY=1MO, the year's first Monday): no yearly pattern of Outlook's.
        return "it repeats yearly on days chosen without naming the month (BYMONTH)"
    day = rule.by_month_day[0] if rule.by_month_day else first_day.day
    number = rule.by_month[0] if rule.by_month else first_day.month
    if not rule.by_day and day > _SHORTEST_MONTH.get(number, 31) + (number == 2):
        return f"it repeats on day {day} of month {number}, which that month never has"
    if not rule.by_day and day > _SHORTEST_MONTH.get(number, 31):
        return (
            f"it repeats on day {day} of month {number}, which some years lack: the file "
            "skips those years, and Outlook shows it on the month's last day instead"
        )
    return _monthly_problem(rule, extra - {"BYMONTH"}, first_day, yearly=True)


def _monthly_problem(
    rule: RecurrenceRule, extra: set[str], first_day: date, *, yearly: bool = False
) -> str | None:
    byday, monthday, setpos = rule.by_day, rule.by_month_day, rule.by_set_pos
    if not yearly and "BYMONTH" in extra:
        # A monthly meeting that pauses in summer (BYMONTH=1,2,...,6,8,...): Outlook's
        # monthly patterns run through every month.
        return "it repeats monthly but only in some months (BYMONTH), which Outlook cannot show"
    if extra - {"BYDAY", "BYMONTHDAY", "BYSETPOS"} or (byday and monthday):
        return "it combines days of the month and weekdays in a way Outlook has no pattern for"
    if monthday:
        if len(monthday) > 1 or setpos:
            return "it repeats on several days of the month"
        day = monthday[0]
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
    if byday:
        if setpos:
            if (
                len(setpos) > 1
                or setpos[0] not in _OUTLOOK_NTH
                or {str(day) for day in byday} not in _SETPOS_DAYS
            ):
                return "it picks days by position (BYSETPOS) in a way Outlook cannot show"
            return None
        nth = byday[0].nth
        if len(byday) > 1 or nth is None:
            return "it repeats on several weekdays of the month"
        if nth not in _OUTLOOK_NTH:
            return (
                f"it repeats on weekday number {nth} of the month; Outlook "
                "knows only the first to the fourth and the last"
            )
        return None
    if first_day.day > 28 and rule.frequency is Frequency.MONTHLY:
        return (
            f"it repeats on day {first_day.day} of the month, which some months lack: the file "
            "skips those months, and Outlook shows it on their last day instead"
        )
    return None
