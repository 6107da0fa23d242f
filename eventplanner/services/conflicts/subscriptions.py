"""Subscribed read-only calendars: the region's other events, by https URL or file.

A calendar is read when it is subscribed to (one that cannot be read is refused, and
nothing is saved) and again at each refresh. The last copy read well is kept in the
database, so conflicts are found offline too; a refresh that fails keeps it and records
why. Reading a calendar (the network, a file) happens outside any transaction:
``fetch_all`` reads, ``store`` writes what was read (the window runs the first on a reading
thread and the second on its writing one); ``refresh`` does both.
"""

from __future__ import annotations

import builtins
import hashlib
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from eventplanner.domain.conflicts import CalendarUnreadable, OutsideEvent, Subscription
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.text import quoted
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import SubscriptionRow
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.conflicts.outside import outside_events, read_copy

TIMEOUT_SECONDS = 20.0
MAX_BYTES = 20 * 1024 * 1024
"""A calendar larger than this is refused: the region's events fit in far less."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """What one refresh read: the copy, or why there is none."""

    id: int
    name: str
    content: bytes | None
    event_count: int = 0
    failure: str = ""


@dataclass(frozen=True, slots=True)
class Refreshed:
    """The subscriptions after a refresh, and what the refresh changed."""

    subscriptions: tuple[Subscription, ...]
    changes: ChangeSet


def source_of(text: str) -> str:
    """A subscription's source as kept: an https URL (webcal:// read as https://) or a
    file's absolute path. Anything else is refused."""
    source = text.strip()
    if not source:
        raise ValidationError("source", "give an https URL or a file")
    lowered = source.lower()
    if lowered.startswith("webcal://"):
        return "https://" + source[len("webcal://") :]
    if lowered.startswith("https://"):
        return source
    if "://" in source:
        raise ValidationError(
            "source", f"{quoted(source, 80)} is neither an https (or webcal) URL nor a file"
        )
    return str(Path(source).expanduser().resolve())


def fetch(name: str, source: str) -> bytes:
    """The bytes of a calendar; ``CalendarUnreadable`` saying why when they cannot be read."""
    if source.lower().startswith("https://"):
        request = urllib.request.Request(source, headers={"User-Agent": "Eventplanner"})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:
                data: bytes = answer.read(MAX_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise CalendarUnreadable(
                f"the calendar {name!r} could not be read from {source}: the server answered "
                f"{exc.code} {exc.reason}"
            ) from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise CalendarUnreadable(
                f"the calendar {name!r} could not be read from {source}: {reason}"
            ) from None
    else:
        try:
            with Path(source).open("rb") as file:
                data = file.read(MAX_BYTES + 1)
        except OSError as exc:
            raise CalendarUnreadable(
                f"the calendar {name!r} could not be read from {source}: {exc.strerror or exc}"
            ) from None
    if len(data) > MAX_BYTES:
        raise CalendarUnreadable(
            f"the calendar {name!r} at {source} is larger than {MAX_BYTES // 2**20} MB"
        )
    return data


def _checked(name: str, data: bytes) -> int:
    """How many events ``data`` holds; ``CalendarUnreadable`` when it is not a calendar."""
    text = data.strip().upper()
    if text.startswith(b"\xef\xbb\xbf"):  # a byte order mark
        text = text[3:]
    if not text.startswith(b"BEGIN:VCALENDAR"):
        raise CalendarUnreadable(f"the calendar {name!r} is not an iCalendar file")
    if not text.endswith(b"END:VCALENDAR"):
        # A download cut short would otherwise replace the last good copy with a part of it.
        raise CalendarUnreadable(f"the calendar {name!r} is cut short (no END:VCALENDAR)")
    return len(read_copy(name, data).records)


class SubscriptionService:
    """Subscribed read-only calendars: subscribe, list, refresh, remove, and their events."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def list(self) -> builtins.list[Subscription]:
        with self._db.reading() as session:
            rows = session.scalars(select(SubscriptionRow).order_by(SubscriptionRow.name))
            return [_record(row) for row in rows]

    def find(self, name: str) -> Subscription:
        """The subscription called ``name`` (case and spaces aside); NotFoundError if none."""
        wanted = name.strip().casefold()
        for subscription in self.list():
            if subscription.name.casefold() == wanted:
                return subscription
        raise NotFoundError(f"no subscribed calendar is called {name!r}")

    @reported
    def subscribe(self, name: str, source: str) -> Refreshed:
        """Subscribe to the calendar at ``source`` (an https URL or a file) as ``name``.

        It is read now: one that cannot be read, or is not iCalendar, is refused with
        ``CalendarUnreadable`` and nothing is saved; a name taken is a ValidationError.
        """
        name = name.strip()
        if not name:
            raise ValidationError("name", "give the calendar a name")
        if len(name) > 200:
            raise ValidationError("name", "at most 200 characters")
        kept = source_of(source)
        if any(s.name.casefold() == name.casefold() for s in self.list()):
            raise ValidationError("name", f"a calendar called {name!r} is already subscribed")
        data = fetch(name, kept)
        count = _checked(name, data)
        now = datetime.now(UTC)
        try:
            with self._db.transaction() as session:
                row = SubscriptionRow(
                    name=name, source=kept, content=data,
                    content_hash=hashlib.sha256(data).hexdigest(), event_count=count,
                    refreshed_at=now, failed_at=None, failure="", created_at=now,
                )  # fmt: skip
                session.add(row)
                session.flush()
                made = _record(row)
        except IntegrityError:
            raise ValidationError(
                "name", f"a calendar called {name!r} is already subscribed"
            ) from None
        return Refreshed((made,), ChangeSet.of(Kind.SUBSCRIPTION, Action.CREATED, [made.id]))

    @reported
    def remove(self, name: str) -> ChangeSet:
        """Stop subscribing to the calendar ``name`` (its copy goes with it)."""
        found = self.find(name)
        with self._db.transaction() as session:
            row = session.get(SubscriptionRow, found.id)
            if row is None:
                raise NotFoundError(f"no subscribed calendar is called {name!r}")
            session.delete(row)
        return ChangeSet.of(Kind.SUBSCRIPTION, Action.DELETED, [found.id])

    def fetch_all(self, name: str | None = None) -> tuple[Fetched, ...]:
        """Read the calendar ``name`` (None: every one) anew, writing nothing; each
        answer holds its copy, or why it could not be read."""
        chosen = [self.find(name)] if name is not None else self.list()
        answers: builtins.list[Fetched] = []
        for subscription in chosen:
            try:
                data = fetch(subscription.name, subscription.source)
                count = _checked(subscription.name, data)
            except CalendarUnreadable as exc:
                answers.append(Fetched(subscription.id, subscription.name, None, failure=str(exc)))
            else:
                answers.append(Fetched(subscription.id, subscription.name, data, count))
        return tuple(answers)

    @reported
    def store(self, fetched: tuple[Fetched, ...]) -> Refreshed:
        """Keep what ``fetch_all`` read: a new copy replaces the last good one; a failure
        is recorded beside it and leaves it. Subscriptions removed meanwhile are passed by."""
        now = datetime.now(UTC)
        changed: builtins.list[int] = []
        with self._db.transaction() as session:
            for answer in fetched:
                row = session.get(SubscriptionRow, answer.id)
                if row is None:
                    continue
                if answer.content is None:
                    row.failed_at, row.failure = now, answer.failure
                else:
                    row.content = answer.content
                    row.content_hash = hashlib.sha256(answer.content).hexdigest()
                    row.event_count = answer.event_count
                    row.refreshed_at, row.failed_at, row.failure = now, None, ""
                changed.append(row.id)
            session.flush()
            rows = session.scalars(
                select(SubscriptionRow).where(SubscriptionRow.id.in_(changed))
            ).all()
            records = tuple(sorted((_record(r) for r in rows), key=lambda s: s.name))
        return Refreshed(records, ChangeSet.of(Kind.SUBSCRIPTION, Action.CHANGED, changed))

    def refresh(self, name: str | None = None) -> Refreshed:
        """Read the calendar ``name`` (None: every one) anew and keep what was read; see
        ``fetch_all`` and ``store``."""
        return self.store(self.fetch_all(name))

    def events(self, window: TimeWindow) -> builtins.list[OutsideEvent]:
        """Every subscribed calendar's events that overlap ``window``, from the last good
        copies; a copy that can no longer be read is passed by."""
        with self._db.reading() as session:
            copies = session.execute(
                select(SubscriptionRow.name, SubscriptionRow.content).where(
                    SubscriptionRow.content.is_not(None)
                )
            ).all()
        found: builtins.list[OutsideEvent] = []
        for name, content in copies:
            try:
                read = read_copy(str(name), bytes(content or b""))
            except CalendarUnreadable:
                continue
            found.extend(outside_events(str(name), read, window))
        return found


def _record(row: SubscriptionRow) -> Subscription:
    return Subscription(
        row.id, row.name, row.source, row.event_count, row.refreshed_at, row.failed_at,
        row.failure,
    )  # fmt: skip
