"""Conflicts in a period, for an event being edited, and conflicts accepted with a reason.

The event-level kinds come from the events of the period (series expanded): an event on
a Swedish public holiday, an eve or a bridge day, two events at one venue at once, and an
event at the same time as one of a subscribed calendar. The kinds that need the
programme's sessions and people plug in beside them (``_finders``), each a function of the
open session and the period.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventplanner.domain import conflicts as rules
from eventplanner.domain.conflicts import Acceptance, Conflict, ConflictKind, DayOff
from eventplanner.domain.enums import EventStatus, default_busy_status
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.holidays import swedish_days_off
from eventplanner.domain.model import EventDraft
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.recurrence import normalize_rule, occurrences
from eventplanner.domain.series import first_of, occurrence_timing
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, Timing
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import AcceptedConflictRow, EventRow, VenueRow
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.conflicts.subscriptions import SubscriptionService
from eventplanner.services.events.queries import find_occurrences

MAX_REASON = 2000
_DRAFT_HORIZON = timedelta(days=730)
"""How far ahead a series being edited is checked: two years of occurrences."""
_DRAFT_ID = -1
"""The id an event not saved yet goes by in its own conflicts."""

Finder = Callable[[Session, TimeWindow], list[Conflict]]


class ConflictService:
    """Every conflict of a period; those of an event as it is being edited; acceptances."""

    def __init__(self, database: Database, subscriptions: SubscriptionService) -> None:
        self._db = database
        self._subscriptions = subscriptions
        self._finders: list[Finder] = []

    def add_finder(self, finder: Finder) -> None:
        """Find the conflicts of another capability too (the programme's sessions and
        people): ``finder(session, window)`` gives those of the period."""
        self._finders.append(finder)

    def conflicts(self, window: TimeWindow) -> list[Conflict]:
        """Every conflict in ``window``, by date and kind, accepted ones marked."""
        outside = self._subscriptions.events(window)
        with self._db.reading() as session:
            found = find_occurrences(session, window, EventFilter(include_cancelled=False))
            listed = _event_conflicts(found, outside, window)
            for finder in self._finders:
                listed.extend(finder(session, window))
            accepted = _acceptances(session, {c.key for c in listed})
        return _marked(listed, accepted)

    def of_draft(
        self, draft: EventDraft, *, event_id: int | None = None, venue_name: str | None = None
    ) -> list[Conflict]:
        """The event-level conflicts of an event as it is being edited (``event_id`` the
        event it was, None for a new one), before it is saved: its days off, its venue
        booked by another event, and subscribed calendars' events at the same time.
        A series is checked for two years from its first occurrence."""
        if draft.status is EventStatus.CANCELLED:
            return []
        mine = _draft_timings(draft)
        if not mine:
            return []
        starts = [t.utc_bounds()[0] for t in mine]
        ends = [t.utc_bounds()[1] for t in mine]
        window = TimeWindow(min(starts), max(ends), draft.timing.time_zone)
        outside = self._subscriptions.events(window)
        with self._db.reading() as session:
            if draft.venue_id is not None and venue_name is None:
                venue = session.get(VenueRow, draft.venue_id)
                venue_name = venue.name if venue is not None else None
            others: list[Occurrence] = []
            if draft.venue_id is not None:
                exclude = frozenset({event_id}) if event_id is not None else frozenset()
                where = EventFilter(venue_ids=frozenset({draft.venue_id}),
                                    include_cancelled=False, exclude_event_ids=exclude)  # fmt: skip
                others = find_occurrences(session, window, where)
            ident = event_id if event_id is not None else _DRAFT_ID
            uid = session.scalar(select(EventRow.uid).where(EventRow.id == ident))
            # Under the saved event's UID, the keys are those of its conflicts once saved:
            # an acceptance shows in the editor too.
            uid = uid or f"new-event-{ident}"
            own = [_draft_occurrence(draft, ident, uid, venue_name, t, draft.recurrence is not None)
                   for t in mine]  # fmt: skip
            found = _event_conflicts([*own, *others], outside, window, only=ident)
            accepted = _acceptances(session, {c.key for c in found})
        return _marked(found, accepted)

    def accept(self, key: str, reason: str, *, window: TimeWindow | None = None) -> ChangeSet:
        """Accept the conflict ``key`` with ``reason``: it then holds nothing, and is listed
        as accepted. The conflict must be one found in ``window`` (default: every event's
        period, series two years ahead); NotFoundError otherwise."""
        return self.accept_all([key], reason, window=window)

    @reported
    def accept_all(
        self, keys: Sequence[str], reason: str, *, window: TimeWindow | None = None
    ) -> ChangeSet:
        """Accept every conflict of ``keys`` with ``reason``, in one transaction: all of
        them, or (a key no conflict in ``window`` has) none."""
        reason = reason.strip()
        if not reason:
            raise ValidationError("reason", "say why the conflict is accepted")
        if len(reason) > MAX_REASON:
            raise ValidationError("reason", f"at most {MAX_REASON} characters")
        wanted = list(dict.fromkeys(k.strip().lower() for k in keys))
        if not wanted:
            raise ValidationError("key", "name a conflict to accept")
        found = {c.key: c for c in self.conflicts(window or self._everything())}
        for key in wanted:
            if key not in found:
                raise NotFoundError(f"no conflict has the key {key!r}")
        created: list[int] = []
        changed: list[int] = []
        with self._db.transaction() as session:
            for key in wanted:
                row = session.scalar(
                    select(AcceptedConflictRow).where(AcceptedConflictRow.key == key)
                )
                made = row is None
                if row is None:
                    row = AcceptedConflictRow(key=key, kind=found[key].kind.value)
                    session.add(row)
                row.message, row.reason = found[key].message, reason
                row.accepted_at = datetime.now(UTC)
                session.flush()
                (created if made else changed).append(row.id)
        return ChangeSet.of(Kind.ACCEPTED_CONFLICT, Action.CREATED, created) | ChangeSet.of(
            Kind.ACCEPTED_CONFLICT, Action.CHANGED, changed
        )

    @reported
    def withdraw(self, key: str) -> ChangeSet:
        """Take an acceptance back: the conflict holds again."""
        wanted = key.strip().lower()
        with self._db.transaction() as session:
            row = session.scalar(
                select(AcceptedConflictRow).where(AcceptedConflictRow.key == wanted)
            )
            if row is None:
                raise NotFoundError(f"no accepted conflict has the key {key!r}")
            ident = row.id
            session.delete(row)
        return ChangeSet.of(Kind.ACCEPTED_CONFLICT, Action.DELETED, [ident])

    def accepted(self) -> list[tuple[Acceptance, ConflictKind, str]]:
        """Every acceptance, with the kind and message of its conflict when accepted."""
        with self._db.reading() as session:
            rows = session.scalars(
                select(AcceptedConflictRow).order_by(AcceptedConflictRow.accepted_at)
            ).all()
            return [
                (Acceptance(r.key, r.reason, r.accepted_at), ConflictKind(r.kind), r.message)
                for r in rows
            ]

    def _everything(self) -> TimeWindow:
        with self._db.reading() as session:
            first, last, last_series = session.execute(
                select(
                    func.min(EventRow.starts_at),
                    func.max(EventRow.ends_at),
                    func.max(EventRow.series_ends_at),
                )
            ).one()
        now = datetime.now(UTC)
        if first is None:
            return TimeWindow(now, now + timedelta(days=1))
        ends = [e for e in (last, last_series, now + _DRAFT_HORIZON) if e is not None]
        return TimeWindow(first - timedelta(days=1), max(ends) + timedelta(days=1))


def _event_conflicts(
    found: Sequence[Occurrence],
    outside: Sequence[rules.OutsideEvent],
    window: TimeWindow,
    *,
    only: int | None = None,
) -> list[Conflict]:
    """The event-level conflicts of ``found`` in ``window`` (with ``only``: those that
    involve that event)."""
    first, last = _days_of(window)
    days_off = _days_off(first - timedelta(days=1), last + timedelta(days=1))
    bridges = rules.bridge_days(days_off, first, last)
    mine = [o for o in found if only is None or o.event_id == only]
    listed = rules.day_conflicts(mine, days_off, bridges, first, last)
    listed += rules.venue_conflicts(found)
    listed += rules.subscribed_conflicts(mine, outside)
    if only is not None:
        listed = [c for c in listed if any(o.event_id == only for o in c.occurrences)]
    start, end = window.start, window.end  # (a year has thousands: no call for each)
    return [c for c in listed if c.start < end and c.end > start]


def _days_of(window: TimeWindow) -> tuple[date, date]:
    """The days ``window`` touches, on any clock (a day's events are checked in their own
    zone, and each conflict then held to the window)."""
    first = (window.start - timedelta(hours=14)).astimezone(UTC).date()
    last = (window.end + timedelta(hours=14)).astimezone(UTC).date()
    return first, last


def _days_off(first: date, last: date) -> dict[date, DayOff]:
    days: dict[date, DayOff] = {}
    for year in range(first.year, last.year + 1):
        for day, (name, eve) in swedish_days_off(year).items():
            if first <= day <= last:
                days[day] = DayOff(day, name, eve)
    return days


def _acceptances(session: Session, keys: Iterable[str]) -> dict[str, Acceptance]:
    """The acceptances of ``keys``: all of them read in one go (there are few; the keys of
    a year's conflicts may be thousands)."""
    wanted = set(keys)
    return {
        row.key: Acceptance(row.key, row.reason, row.accepted_at)
        for row in session.scalars(select(AcceptedConflictRow))
        if row.key in wanted
    }


def _marked(found: list[Conflict], accepted: dict[str, Acceptance]) -> list[Conflict]:
    marked = [replace(c, accepted=accepted[c.key]) if c.key in accepted else c for c in found]
    return rules.in_order(marked)


def _draft_timings(draft: EventDraft) -> list[Timing]:
    timing = draft.timing
    if draft.recurrence is None:
        return [timing]
    rule = normalize_rule(draft.recurrence.rule, all_day=timing.all_day,
                          time_zone=timing.time_zone)  # fmt: skip
    start = timing.utc_bounds()[0]
    before: datetime | date = (start + _DRAFT_HORIZON).astimezone(zone(timing.time_zone))
    if isinstance(timing, AllDaySpan):
        before = before.date() if isinstance(before, datetime) else before
    struck = set(draft.recurrence.exdates)
    return [
        occurrence_timing(timing, key)
        for key, _start in occurrences(rule, first_of(timing), timing.time_zone, before=before)
        if key not in struck
    ]


def _draft_occurrence(
    draft: EventDraft,
    ident: int,
    uid: str,
    venue_name: str | None,
    timing: Timing,
    series: bool,
) -> Occurrence:
    key = None
    if series:
        key = (
            timing.first_day
            if isinstance(timing, AllDaySpan)
            else timing.start.replace(tzinfo=None)
        )
    return Occurrence(
        event_id=ident, uid=uid, title=draft.title, kind=draft.kind,
        status=draft.status, timing=timing, venue_id=draft.venue_id, venue_name=venue_name,
        project_name=None, busy_status=draft.busy_status or default_busy_status(draft.kind),
        recurrence_id=key,
    )  # fmt: skip
