"""An RRULE in words, for the preview: "every 2 weeks on Monday and Thursday, 8 times".

In English here (the command line's); the window tells it in its own language by handing
``rule_in_words`` the translated ``RuleWords`` (ui/widgets/recurrence_preview.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from eventplanner.domain.rules import WeekdayNum, parse
from eventplanner.domain.text import filled


@dataclass(frozen=True, slots=True)
class RuleWords:
    """The words a rule is told in; %1, %2 are filled with the parts they name."""

    every: Mapping[str, str]
    """By FREQ: "every week"."""
    every_n: Mapping[str, str]
    """By FREQ: "every %1 weeks"."""
    every_other: Mapping[str, str]
    """By FREQ, for an interval of 2 when the language says it so ("varannan vecka");
    empty: ``every_n``."""
    weekdays: Sequence[str]
    """Monday to Sunday."""
    months: Sequence[str]
    """January to December."""
    ordinals: Mapping[int, str]
    """1: "first" … 5, -1: "last", -2: "second last"."""
    weekday_nth: str = "the %1 %2"
    """An ordinal and a weekday: "the first Monday"."""
    weekdays_all: str = "every weekday (Monday to Friday)"
    on: str = "%1 on %2"
    on_day: str = "%1 on day %2"
    on_last_day: str = "%1 on the last day"
    last_day: str = "the last"
    of_months: str = "%1 of %2"
    position: str = "%1 (position %2)"
    at: str = "%1 at %2"
    in_zone: str = "%1 (%2)"
    """A time and the series' zone, named when it is not the reader's."""
    times: str = "%1, %2 times"
    until: str = "%1, until %2"
    excepted: str = "%1, except %2"
    more: str = "%1 and %2 more"
    and_: str = "%1 and %2"

    def listed(self, items: list[str]) -> str:
        """ "a, b and c"."""
        if len(items) == 1:
            return items[0]
        return filled(self.and_, ", ".join(items[:-1]), items[-1])


ENGLISH = RuleWords(
    every={"DAILY": "every day", "WEEKLY": "every week", "MONTHLY": "every month",
           "YEARLY": "every year"},
    every_n={"DAILY": "every %1 days", "WEEKLY": "every %1 weeks", "MONTHLY": "every %1 months",
             "YEARLY": "every %1 years"},
    every_other={},
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    ordinals={1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last",
              -2: "second last"},
)  # fmt: skip


def _day_text(item: WeekdayNum, words: RuleWords) -> str:
    weekday = words.weekdays[item.weekday]
    if item.nth is None:
        return weekday
    return filled(words.weekday_nth, words.ordinals.get(item.nth, str(item.nth)), weekday)


def _local(value: datetime | date, series_zone: tzinfo) -> datetime | date:
    """A time as the series' zone's wall clock shows it (a date stays a date)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(series_zone).replace(tzinfo=None)
    return value


def _shown(value: datetime | date) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if isinstance(value, datetime) else f"{value:%Y-%m-%d}"


def _every(freq: str, interval: int, words: RuleWords) -> str:
    if interval == 1:
        return words.every.get(freq, f"every {freq.lower()}")
    if interval == 2 and freq in words.every_other:
        return words.every_other[freq]
    return filled(words.every_n.get(freq, f"every %1 {freq.lower()}s"), interval)


def rule_in_words(
    rule: str,
    first: datetime | date,
    struck: Sequence[datetime | date],
    series_zone: tzinfo,
    words: RuleWords = ENGLISH,
    zone_name: str = "",
) -> str:
    """``rule`` (from DTSTART ``first``) in ``words``, with its end and the dates struck
    out (``struck``), all in the series' own zone (``series_zone``, named ``zone_name`` when
    given): one zone throughout, so its days and times are the ones the rule counts."""
    first = _local(first, series_zone)
    value = parse(rule)
    freq = value.frequency.value
    interval = value.step
    text = _every(freq, interval, words)
    day = first.date() if isinstance(first, datetime) else first
    byday = value.by_day
    if (
        freq in ("DAILY", "WEEKLY")
        and interval == 1
        and all(d.nth is None for d in byday)
        and sorted(d.weekday for d in byday) == list(range(5))
    ):
        text = words.weekdays_all
    elif freq == "WEEKLY":
        days = sorted(byday, key=lambda d: d.weekday) or [WeekdayNum(day.weekday())]
        text = filled(words.on, text, words.listed([_day_text(d, words) for d in days]))
    elif freq in ("MONTHLY", "YEARLY"):
        months = list(value.by_month)
        if freq == "YEARLY" and not months:
            months = [day.month]
        if value.by_month_day:
            numbers = value.by_month_day
            if numbers == (-1,):
                text = filled(words.on_last_day, text)
            else:
                named = [words.last_day if n == -1 else str(n) for n in numbers]
                text = filled(words.on_day, text, words.listed(named))
        elif byday:
            position = ",".join(str(p) for p in value.by_set_pos)
            text = filled(words.on, text, words.listed([_day_text(d, words) for d in byday]))
            if position:
                text = filled(words.position, text, position)
        else:
            text = filled(words.on_day, text, day.day)
        if months:
            in_months = words.listed([words.months[m - 1] for m in months])
            text = filled(words.of_months, text, in_months)
    if isinstance(first, datetime):
        text = filled(words.at, text, f"{first:%H:%M}")
        if zone_name:
            text = filled(words.in_zone, text, zone_name)
    until = value.until
    if value.count is not None:
        text = filled(words.times, text, value.count)
    elif isinstance(until, datetime) and until.tzinfo is not None:
        text = filled(words.until, text, f"{until.astimezone(series_zone):%Y-%m-%d}")
    elif until is not None:
        text = filled(words.until, text, f"{until:%Y-%m-%d}")
    if struck:
        shown = sorted(_shown(_local(s, series_zone)) for s in struck)
        listed = ", ".join(shown[:3])
        if len(shown) > 3:
            listed = filled(words.more, listed, len(shown) - 3)
        text = filled(words.excepted, text, listed)
    return text


@dataclass(frozen=True, slots=True)
class RuleText:
    """What a series' words are made from, kept with a preview row so that the window can
    tell them in its own language."""

    rule: str
    first: datetime | date
    struck: tuple[datetime | date, ...]
    series_zone: tzinfo
    zone_name: str = ""

    def words(self, words: RuleWords = ENGLISH) -> str:
        return rule_in_words(
            self.rule, self.first, self.struck, self.series_zone, words, self.zone_name
        )
