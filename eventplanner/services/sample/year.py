"""The frame of the sample year: the window around ``today``, where events fall, the queue.

The sample runs from thirteen weeks before this week to sixty-five weeks after it. Status
follows the calendar the way a coordinator keeps it: past events are completed, the next two
months confirmed, the rest planned, and what lies beyond about nine months is still a draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Literal

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.model import EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, Timing
from eventplanner.services.sample.calendar import clear
from eventplanner.services.sample.catalog import OWN, SITE, Catalog

INNOVATION_WEEK = 4
OWN_BIG_WEEKS = frozenset({INNOVATION_WEEK, 11})
"""ISO weeks of the innovation days and the Västerås fair (see ``fairs_and_launches``)."""
AUTO: Literal["auto"] = "auto"

_REMINDERS: dict[EventKind, int] = {
    EventKind.TRADE_FAIR: 60,
    EventKind.WEBINAR: 15,
    EventKind.NETWORK_MEETING: 30,
    EventKind.INNOVATION_DAY: 15,
    EventKind.COURSE: 60,
    EventKind.SEMINAR: 60,
    EventKind.WORKSHOP: 60,
    EventKind.LAUNCH: 60,
    EventKind.OTHER: 30,
}
_ALL_DAY_REMINDER = 18 * 60
"""Outlook's own default for all-day events: 06:00 the day before."""
CLOSED_KINDS = frozenset({EventKind.WORKSHOP, EventKind.NETWORK_MEETING, EventKind.OTHER})
"""Kinds held by invitation (closed, as funders count them): expert workshops, the members'
meetings and the association's own; the seminars, courses, webinars, launches and fairs are
openly advertised (public)."""


class SampleYear:
    """The events of the sample placed around ``today``, queued as drafts; one use only."""

    def __init__(self, today: date, catalog: Catalog) -> None:
        self.today = today
        self.monday = today - timedelta(days=today.weekday())
        self.first = self.monday - timedelta(weeks=13)
        self.last = self.monday + timedelta(weeks=65, days=6)
        self.catalog = catalog
        self.drafts: list[EventDraft] = []
        self.changes: list[tuple[int, OccurrenceChange]] = []
        """Changed occurrences, by the index of their series in ``drafts``."""
        self.days: list[date] = []

    # -- where things fall ---------------------------------------------------------------------

    def status(self, first: date, last: date) -> EventStatus:
        """The status a coordinator would have given an event on these days by ``today``."""
        if last < self.today:
            return EventStatus.COMPLETED
        if first <= self.today + timedelta(weeks=8):
            return EventStatus.CONFIRMED
        if first <= self.today + timedelta(weeks=36):
            return EventStatus.PLANNED
        return EventStatus.DRAFT

    def yearly(
        self, week: int, weekday: int, span: Sequence[int] = (0,), *, since: date | None = None
    ) -> list[date]:
        """The day in ISO ``week`` on ``weekday`` of every year in the sample, clear of breaks.

        ``span`` lists the day offsets that must all be working days (build-up, tear-down).
        """
        since = since or self.first
        found: set[date] = set()
        for year in range(since.year - 1, self.last.year + 2):
            day = clear(date.fromisocalendar(year, week, weekday), span, +1)
            if since <= day + timedelta(days=min(span)) and day + timedelta(days=max(span)) <= (
                self.last
            ):
                found.add(day)
        return sorted(found)

    def week(self, week: int, weekday: int, span: Sequence[int] = (0,)) -> date:
        """``weekday`` in the week ``week`` weeks from this one, clear of breaks (away from now).

        Nothing else is put in the weeks of the innovation days and the Västerås fair.
        """
        day = self.monday + timedelta(weeks=week, days=weekday - 1)
        return clear(day, span, 1 if week >= 0 else -1, busy_weeks=OWN_BIG_WEEKS)

    def page(self, slug: str, day: date) -> str:
        """Our web page for an event of ``day``'s year."""
        return f"{SITE}/evenemang/{day.year}/{slug}"

    def add(
        self,
        title: str,
        timing: Timing,
        kind: EventKind,
        *,
        status: EventStatus | None = None,
        last_day: date | None = None,
        description: str = "",
        venue: str | None = None,
        online_url: str = "",
        project: str | None = None,
        organiser: str | None = OWN,
        tags: Sequence[str] = (),
        capacity: int | None = None,
        web_page: str = "",
        busy: BusyStatus | None = None,
        reminder: int | Literal["auto"] | None = AUTO,
        recurrence: str | None = None,
        notes: str = "",
        public: bool | None = None,
    ) -> int:
        """Queue one event; its status follows the calendar unless given, and it is public
        unless its kind is one of ``CLOSED_KINDS`` (or ``public`` says). Returns its index."""
        first, last = timing.first_day, last_day or _last_day(timing)
        self.days.extend((first, last))
        if status is None:
            status = self.status(first, last)
        if isinstance(reminder, str):
            reminder = _ALL_DAY_REMINDER if timing.all_day else _REMINDERS.get(kind)
        if status is EventStatus.DRAFT:
            # Not decided yet: keep the time only tentatively, and do not ring.
            busy = busy or BusyStatus.TENTATIVE
            reminder = None
        self.drafts.append(
            EventDraft(
                title=title,
                timing=timing,
                kind=kind,
                status=status,
                description=description,
                venue_id=self.catalog.venues[venue] if venue else None,
                online_url=online_url,
                project_id=self.catalog.projects[project] if project else None,
                organiser_id=self.catalog.organisations[organiser] if organiser else None,
                tags=tuple(tags),
                capacity=capacity,
                web_page=web_page,
                busy_status=busy,
                reminder_minutes=reminder,
                recurrence=Recurrence(recurrence) if recurrence else None,
                notes=notes,
                public=kind not in CLOSED_KINDS if public is None else public,
            )
        )
        return len(self.drafts) - 1


def _last_day(timing: Timing) -> date:
    if isinstance(timing, AllDaySpan):
        return timing.last_day
    return timing.end.date()
