"""How times, dates and spans read in the window, in the coordinator's display zone."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from eventplanner.domain.clock import clock_text
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, Timing
from eventplanner.ui.wording import filled

# Every text is spelled out in a translate("text", "…") call: lupdate
# (tools/translations.py) collects only literal texts in calls named tr or translate.
translate = QCoreApplication.translate


def local_start(timing: Timing, display_zone: str) -> datetime | date:
    if isinstance(timing, AllDaySpan):
        return timing.first_day
    return timing.start.astimezone(zone(display_zone))


def first_day(timing: Timing, display_zone: str) -> date:
    value = local_start(timing, display_zone)
    return value.date() if isinstance(value, datetime) else value


def day_text(day: date, *, long: bool = False) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def day_month_text(day: date) -> str:
    """ "12 Feb": a day as an undo command or a title names it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def date_text(timing: Timing, display_zone: str) -> str:
    """ "Tue 16 Mar 2027", or "16–18 Mar 2027" for several days."""
    return days_text(*shown_days(timing, display_zone))


def shown_days(timing: Timing, display_zone: str) -> tuple[date, date]:
    """The first and last day a timing is shown on in ``display_zone`` (an end at midnight
    does not reach into that day)."""
    if isinstance(timing, AllDaySpan):
        return timing.first_day, timing.last_day
    tz = zone(display_zone)
    first = timing.start.astimezone(tz).date()
    end = timing.end.astimezone(tz)
    last = end.date()
    if end.time() == datetime.min.time() and last > first:
        last = date.fromordinal(last.toordinal() - 1)
    return first, last


def days_text(first: date, last: date) -> str:
    """ "Tue 16 Mar 2027", "Tue 10–Thu 12 Nov 2027": the days from ``first`` to ``last``."""
    locale = QLocale()

    def show(day: date, pattern: str) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), pattern)

    if last == first:
        return show(first, "ddd d MMM yyyy")
    if (first.year, first.month) == (last.year, last.month):
        return f"{show(first, 'ddd d')}–{show(last, 'ddd d MMM yyyy')}"  # Tue 10–Thu 12 Nov
    if first.year == last.year:
        return f"{show(first, 'ddd d MMM')} – {show(last, 'ddd d MMM yyyy')}"
    return f"{show(first, 'ddd d MMM yyyy')} – {show(last, 'ddd d MMM yyyy')}"


def time_text(timing: Timing, display_zone: str) -> str:
    """ "09:00–12:00", "All day", and the event's own local time when its zone differs."""
    if isinstance(timing, AllDaySpan):
        return translate("text", "All day")
    tz = zone(display_zone)
    start, end = timing.start.astimezone(tz), timing.end.astimezone(tz)
    text = f"{clock_text(start)}–{clock_text(end)}"  # an imported 09:15:45 keeps its seconds
    if timing.time_zone != display_zone:
        city = timing.time_zone.rsplit("/", 1)[-1].replace("_", " ")
        text += f" ({clock_text(timing.start)} {city})"
    return text


def iso_week(timing: Timing, display_zone: str) -> int:
    return first_day(timing, display_zone).isocalendar().week


def tooltip(occurrence: Occurrence, display_zone: str) -> str:
    lines = [
        occurrence.title,
        f"{date_text(occurrence.timing, display_zone)}, "
        f"{time_text(occurrence.timing, display_zone)}",
    ]
    if occurrence.venue_name:
        lines.append(occurrence.venue_name)
    return "\n".join(lines)


def month_text(day: date) -> str:
    """ "March 2027"."""
    return QLocale().toString(QDate(day.year, day.month, 1), "MMMM yyyy")


def week_text(day: date) -> str:
    """ "Week 12 · 22–28 Mar 2027": the ISO week Swedish planners count, with its days."""
    iso = day.isocalendar()
    monday = date.fromisocalendar(iso.year, iso.week, 1)
    sunday = date.fromisocalendar(iso.year, iso.week, 7)
    locale = QLocale()
    first = locale.toString(QDate(monday.year, monday.month, monday.day), "d MMM")
    last = locale.toString(QDate(sunday.year, sunday.month, sunday.day), "d MMM yyyy")
    return filled(translate("text", "Week %1 · %2–%3"), str(iso.week), first, last)
