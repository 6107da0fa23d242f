"""Words of the month view: day headers, day numbers and the tooltip of an event."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from eventplanner.domain.clock import clock_text
from eventplanner.domain.enums import EventStatus
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan
from eventplanner.ui.labels import kind_label, status_label
from eventplanner.ui.wording import filled

# Every text is spelled out in a translate("MonthView", "…") call: lupdate
# (tools/translations.py) collects only literal texts in calls named tr or translate.
translate = QCoreApplication.translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_header(col: int) -> str:
    """The short name of the ``col``th day of an ISO week (0 is Monday)."""
    return QLocale().dayName(col + 1, QLocale.FormatType.ShortFormat)


def day_number_text(day: date, *, first_in_grid: bool = False) -> str:
    """The day's number; the first of a month (and the grid's first day) also names the month."""
    if day.day == 1 or first_in_grid:
        month = QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)
        return f"{day.day} {month}"
    return str(day.day)


def _day(day: date, *, year: bool = True) -> str:
    return QLocale().toString(_qdate(day), "ddd d MMM yyyy" if year else "ddd d MMM")


def _span(start: datetime, end: datetime) -> str:
    """A time span as a person reads it: one date when it stays within a day."""
    if end - timedelta(microseconds=1) < start or start.date() == end.date():
        return f"{_day(start.date())}, {clock_text(start)}–{clock_text(end)}"
    first, last = _day(start.date(), year=False), _day(end.date())
    return f"{first} {clock_text(start)} – {last} {clock_text(end)}"


def when_text(occurrence: Occurrence, display_zone: str) -> list[str]:
    """When it happens in the display zone, and in its own zone when that one differs."""
    timing = occurrence.timing
    if isinstance(timing, AllDaySpan):
        if timing.first_day == timing.last_day:
            days = _day(timing.first_day)
        else:
            days = f"{_day(timing.first_day, year=False)} – {_day(timing.last_day)}"
        return [filled(translate("MonthView", "%1, all day"), days)]
    tz = zone(display_zone)
    lines = [_span(timing.start.astimezone(tz), timing.end.astimezone(tz))]
    if timing.time_zone != display_zone:
        own = _span(timing.start, timing.end)
        lines.append(filled(translate("MonthView", "%1 in %2"), own, timing.time_zone))
    return lines


def tooltip_html(occurrence: Occurrence, display_zone: str, *, brief: bool = False) -> str:
    """Title, time, kind and status, venue: what a hover over a chip tells."""
    from html import escape  # at the first hover: its table of entities is not small

    title = f"<b>{escape(occurrence.title)}</b>"
    if occurrence.status is EventStatus.CANCELLED:
        title = f"<s>{title}</s>"
    when = when_text(occurrence, display_zone)
    if brief:
        return f"{title} <small>{escape(when[0])}</small>"
    lines = [title, *(escape(w) for w in when)]
    lines.append(escape(f"{kind_label(occurrence.kind)} · {status_label(occurrence.status)}"))
    if occurrence.venue_name:
        lines.append(escape(occurrence.venue_name))
    if occurrence.changed:
        differs = translate("MonthView", "Differs from its series")
        lines.append(f"<i>{escape(differs)}</i>")
    return "<br>".join(lines)


def deadlines_text(count: int) -> str:
    """What a day's deadline badge says when hovered."""
    if count == 1:
        return translate("MonthView", "One open task due this day")
    return filled(translate("MonthView", "%1 open tasks due this day"), count)


def more_text(hidden: int) -> str:
    """The label of a full day: how many of its events are not shown."""
    # One form for every count, in English and Swedish alike ("+1 more", "+1 till").
    return filled(translate("MonthView", "+%1 more"), str(hidden))
