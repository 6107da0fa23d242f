"""The first dates of a series in plain words, expanded by the domain's own rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.recurrence import (
    RecurrenceId,
    normalize_rule,
    occurrence_start,
    recurrence_ids,
)
from eventplanner.domain.rules import parse
from eventplanner.domain.timezones import zone
from eventplanner.ical.recurrence_words import RuleWords
from eventplanner.ui.wording import filled

SHOWN = 5
_BOUNDED_LIMIT = 5000


# Every text is spelled out in a translate("RecurrenceEditor", "…") call: lupdate
# (tools/translations.py) collects only literal texts in calls named tr or translate.
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Preview:
    lines: tuple[str, ...] = ()
    """The next occurrences, one a line, then a line on how the series ends."""
    error: str | None = None
    """Why the rule cannot be read, in the domain's words."""
    skipped: tuple[str, ...] = ()
    """The skipped dates, in words."""


def day_words(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def occurrence_words(key: RecurrenceId, time_zone: str) -> str:
    """ "Mon 1 Mar 2027 at 09:00", or the day alone for an all-day series."""
    if not isinstance(key, datetime):
        return day_words(key)
    start = occurrence_start(key, time_zone)  # a time in a DST gap moves forward
    assert isinstance(start, datetime)
    return filled(
        translate("RecurrenceEditor", "%1 at %2"), day_words(start.date()), f"{start:%H:%M}"
    )


def preview_of(
    text: str,
    first: date | datetime,
    time_zone: str,
    exdates: tuple[RecurrenceId, ...] = (),
    shown: int = SHOWN,
) -> Preview:
    """The first ``shown`` occurrences of ``text`` from ``first`` (a wall-clock start or a day)."""
    if not text.strip():
        return Preview()
    all_day = not isinstance(first, datetime)
    skipped = tuple(occurrence_words(x, time_zone) for x in sorted(exdates, key=str))
    try:
        rule = normalize_rule(text, all_day=all_day, time_zone=time_zone)
        start = first.replace(tzinfo=zone(time_zone)) if isinstance(first, datetime) else first
        bounded = parse(rule).bounded
        limit = _BOUNDED_LIMIT if bounded else shown + len(exdates) + 1
        keys = [k for k in recurrence_ids(rule, start, time_zone, limit=limit) if k not in exdates]
    except ValidationError as exc:
        return Preview(error=exc.message, skipped=skipped)
    if not keys:
        return Preview(skipped=skipped)
    lines = [occurrence_words(key, time_zone) for key in keys[:shown]]
    if not bounded:
        lines.append(translate("RecurrenceEditor", "… and so on, without end"))
    elif len(keys) > shown:
        lines.append(
            filled(
                translate("RecurrenceEditor", "… %1 dates in all, the last on %2"),
                str(len(keys)),
                occurrence_words(keys[-1], time_zone),
            )
        )
    elif len(keys) == 1:
        lines.append(translate("RecurrenceEditor", "Only this date"))
    else:
        lines.append(filled(translate("RecurrenceEditor", "%1 dates in all"), str(len(keys))))
    return Preview(lines=tuple(lines), skipped=skipped)


def rule_words() -> RuleWords:
    """A series' pattern told in the window's language ("varje vecka på tisdag"), for the
    preview's Recurrence column: the iCalendar layer's words, translated."""
    locale = QLocale()
    long = QLocale.FormatType.LongFormat
    return RuleWords(
        every={
            "DAILY": translate("RecurrenceWords", "every day"),
            "WEEKLY": translate("RecurrenceWords", "every week"),
            "MONTHLY": translate("RecurrenceWords", "every month"),
            "YEARLY": translate("RecurrenceWords", "every year"),
        },
        every_n={
            "DAILY": translate("RecurrenceWords", "every %1 days"),
            "WEEKLY": translate("RecurrenceWords", "every %1 weeks"),
            "MONTHLY": translate("RecurrenceWords", "every %1 months"),
            "YEARLY": translate("RecurrenceWords", "every %1 years"),
        },
        every_other={
            "DAILY": translate("RecurrenceWords", "every other day"),
            "WEEKLY": translate("RecurrenceWords", "every other week"),
            "MONTHLY": translate("RecurrenceWords", "every other month"),
            "YEARLY": translate("RecurrenceWords", "every other year"),
        },
        weekdays=tuple(locale.dayName(day, long) for day in range(1, 8)),
        months=tuple(locale.monthName(month, long) for month in range(1, 13)),
        ordinals={
            1: translate("RecurrenceWords", "first"),
            2: translate("RecurrenceWords", "second"),
            3: translate("RecurrenceWords", "third"),
            4: translate("RecurrenceWords", "fourth"),
            5: translate("RecurrenceWords", "fifth"),
            -1: translate("RecurrenceWords", "last"),
            -2: translate("RecurrenceWords", "second last"),
        },
        weekday_nth=translate("RecurrenceWords", "the %1 %2", "an ordinal and a weekday"),
        weekdays_all=translate("RecurrenceWords", "every weekday (Monday to Friday)"),
        on=translate("RecurrenceWords", "%1 on %2", "a pattern and its days"),
        on_day=translate("RecurrenceWords", "%1 on day %2", "a pattern and a day of the month"),
        on_last_day=translate("RecurrenceWords", "%1 on the last day", "a monthly pattern"),
        last_day=translate("RecurrenceWords", "the last", "the last day of the month"),
        of_months=translate("RecurrenceWords", "%1 of %2", "a pattern and its months"),
        position=translate("RecurrenceWords", "%1 (position %2)"),
        at=translate("RecurrenceWords", "%1 at %2", "a pattern and its time"),
        in_zone=translate("RecurrenceWords", "%1 (%2)", "a time and the series' time zone"),
        times=translate("RecurrenceWords", "%1, %2 times"),
        until=translate("RecurrenceWords", "%1, until %2"),
        excepted=translate("RecurrenceWords", "%1, except %2"),
        more=translate("RecurrenceWords", "%1 and %2 more"),
        and_=translate("RecurrenceWords", "%1 and %2"),
    )
