"""Words of the year view: month titles, weekday initials, counts and a day's tooltip."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from eventplanner.domain.enums import EventStatus
from eventplanner.ui.labels import week_label
from eventplanner.ui.views.month_layout import Placed
from eventplanner.ui.views.month_text import more_text
from eventplanner.ui.views.year_layout import DaySummary, is_multi_day
from eventplanner.ui.wording import filled

TOOLTIP_EVENTS = 6
"""A day's tooltip lists this many events; a "+N more" line stands for the rest."""


# Every text is spelled out in a translate("YearView", "…") call: lupdate
# (tools/translations.py) collects only literal texts in calls named tr or translate.
translate = QCoreApplication.translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def month_title(month: int) -> str:
    """ "March" (1 is January), capitalised as a heading even where the language does not."""
    name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def weekday_initial(col: int) -> str:
    """The one-letter name of the ``col``th day of an ISO week (0 is Monday)."""
    return QLocale().standaloneDayName(col + 1, QLocale.FormatType.NarrowFormat)


def events_text(count: int) -> str:
    """ "12 events" (English and Swedish both have just the two forms)."""
    if count == 1:
        return translate("YearView", "1 event")
    return filled(translate("YearView", "%1 events"), str(count))


def span_text(first: date, last: date) -> str:
    """ "16–18 Mar", or "30 Mar – 2 Apr" across a month's end."""

    def show(day: date, pattern: str) -> str:
        return QLocale().toString(_qdate(day), pattern)

    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{show(last, 'd MMM')}"
    pattern = "d MMM" if first.year == last.year else "d MMM yyyy"
    return f"{show(first, pattern)} – {show(last, pattern)}"


def _row(item: Placed) -> str:
    occurrence = item.occurrence
    when = translate("YearView", "All day") if item.start is None else f"{item.start:%H:%M}"
    title = escape(occurrence.title)
    if is_multi_day(item):
        title += f" <small>({escape(span_text(item.first_day, item.last_day))})</small>"
    if occurrence.status is EventStatus.CANCELLED:
        title = f"<s>{title}</s>"
    return f"<tr><td style='padding-right: 8px'>{escape(when)}</td><td>{title}</td></tr>"


def day_tooltip(summary: DaySummary) -> str:
    """The day, its holiday, and its events as time and title: a few, then "+N more".

    Empty for an ordinary day with nothing on it.
    """
    if not summary.items and summary.holiday is None:
        return ""
    heading = QLocale().toString(_qdate(summary.day), "dddd d MMMM yyyy")
    week = week_label(summary.day.isocalendar().week)
    text = f"<b>{escape(heading[:1].upper() + heading[1:])}</b> · {escape(week)}"
    if summary.holiday is not None:
        text += f"<br><i>{escape(summary.holiday)}</i>"
    if summary.items:
        rows = "".join(_row(item) for item in summary.items[:TOOLTIP_EVENTS])
        hidden = summary.count - TOOLTIP_EVENTS
        if hidden > 0:
            rows += f"<tr><td></td><td><i>{escape(more_text(hidden))}</i></td></tr>"
        text += f"<table cellspacing='0' cellpadding='0'>{rows}</table>"
    return text
