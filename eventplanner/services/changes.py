"""What a write changed: the records of each kind it created, changed or deleted.

Every write of the services answers with a ``ChangeSet``. The window reloads only what a
change set touches, the feeds to publish again are worked out from it
(``eventplanner.services.feeds``), and another coordinator's window hears of it (the live
team view). A change set is plain data: it can be merged with ``|``, written as JSON and read
back, and it says nothing about how the records look now (read them again for that).

Events are named by id and UID, with the periods they touched: where the event lay before
the write and where it lies after it, as UTC instants; an endless series touches up to
``None`` (the end of time).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime


class Kind(enum.StrEnum):
    """The kinds of record a change set names. Later capabilities add theirs here."""

    EVENT = "event"
    VENUE = "venue"
    ORGANISATION = "organisation"
    CONTACT = "contact"
    PROJECT = "project"
    TAG = "tag"
    FEED = "feed"
    # The programme (issue 14): each of these belongs to an event (availability to a
    # contact), and a write of one names its event as changed too.
    STAGE = "stage"
    BLOCK = "block"
    SESSION = "session"
    PHASE = "phase"
    EVENT_ROLE = "event_role"
    """A person's role on a whole event (its id among those)."""
    BLOCK_ROLE = "block_role"
    SESSION_ROLE = "session_role"
    ORGANISATION_ROLE = "organisation_role"
    AVAILABILITY = "availability"
    SUBSCRIPTION = "subscription"
    ACCEPTED_CONFLICT = "accepted-conflict"
    RELEASE = "release"
    """A release of an event's programme (a write of one names its event as changed)."""
    # The stand at a fair (issue 15): each belongs to an event through its stand, and a
    # write of one names its event as changed too.
    STAND = "stand"
    STAND_DEADLINE = "stand_deadline"
    CO_EXHIBITOR = "co_exhibitor"
    EXHIBITOR_STAFF = "exhibitor_staff"
    STAND_MATERIAL = "stand_material"
    # The staff rota (issue 15): a write of a shift or of a person on one names its event
    # as changed too; a contact's skills are a change of the contact.
    SHIFT = "shift"
    SHIFT_PERSON = "shift_person"
    """A person on a shift (its id among those)."""
    TASK = "task"
    """A task (issue 15): on an event or on none; a write of one does not change its event."""
    PLAYBOOK = "playbook"
    """A playbook of the team's (issue 15); the built-in ones are never written."""
    SETTING = "setting"
    """A setting of the database (whether bridge days are days off, issue 15)."""
    DAY_OFF = "day_off"
    """One of the organisation's own days off (issue 15)."""
    BUDGET_LINE = "budget_line"
    """A line of an event's or a project's budget (issue 16); a write of one does not
    change its event (nothing of a budget is in a calendar)."""
    REGISTRATION = "registration"
    """A person's registration for an event (issue 16): a write of one names its event as
    changed too (its counts show on the calendar)."""
    PROJECT_TARGET = "project_target"
    """A project's target for the funder's report (issue 16); no event changes with it."""


class Action(enum.StrEnum):
    CREATED = "created"
    CHANGED = "changed"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class Period:
    """An instant range an event covered (before a write) or covers (after it), in UTC;
    ``end`` None for a series that never ends."""

    start: datetime
    end: datetime | None

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.start < end and (self.end is None or start < self.end)


@dataclass(frozen=True, slots=True)
class EventTouch:
    """One event a write created, changed or deleted, and the periods it touched."""

    id: int
    uid: str
    periods: tuple[Period, ...] = ()


Records = Mapping[Kind, frozenset[int]]


def _merge(a: Records, b: Records) -> dict[Kind, frozenset[int]]:
    merged = dict(a)
    for kind, ids in b.items():
        merged[kind] = merged.get(kind, frozenset()) | ids
    return {k: v for k, v in merged.items() if v}


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """The records a write created, changed or deleted, by kind and id.

    ``everything`` stands for a change whose extent is unknown (a database replaced, a
    notice from elsewhere that could not be read): whoever holds anything reads it again.
    """

    created: Records = field(default_factory=dict)
    changed: Records = field(default_factory=dict)
    deleted: Records = field(default_factory=dict)
    events: tuple[EventTouch, ...] = ()
    everything: bool = False

    # -- making -------------------------------------------------------------------------

    @classmethod
    def of(
        cls,
        kind: Kind,
        action: Action,
        ids: Iterable[int],
        *,
        events: Iterable[EventTouch] = (),
    ) -> ChangeSet:
        """One kind and action: ``ChangeSet.of(Kind.VENUE, Action.CHANGED, [3])``."""
        records = {kind: frozenset(ids)}
        records = {k: v for k, v in records.items() if v}
        touched = tuple(events)
        if action is Action.CREATED:
            return cls(created=records, events=touched)
        if action is Action.CHANGED:
            return cls(changed=records, events=touched)
        return cls(deleted=records, events=touched)

    @classmethod
    def for_events(cls, action: Action, touches: Iterable[EventTouch]) -> ChangeSet:
        """Events created, changed or deleted, with the periods they touched."""
        touched = tuple(touches)
        return cls.of(Kind.EVENT, action, (t.id for t in touched), events=touched)

    @classmethod
    def all(cls) -> ChangeSet:
        """A change of unknown extent: read everything again."""
        return cls(everything=True)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        events: dict[int, EventTouch] = {t.id: t for t in self.events}
        for t in other.events:
            known = events.get(t.id)
            if known is None:
                events[t.id] = t
            else:
                periods = known.periods + tuple(p for p in t.periods if p not in known.periods)
                events[t.id] = EventTouch(t.id, t.uid, periods)
        return ChangeSet(
            created=_merge(self.created, other.created),
            changed=_merge(self.changed, other.changed),
            deleted=_merge(self.deleted, other.deleted),
            events=tuple(events.values()),
            everything=self.everything or other.everything,
        )

    # -- reading ------------------------------------------------------------------------

    def __bool__(self) -> bool:
        return self.everything or bool(self.created or self.changed or self.deleted)

    def ids(self, kind: Kind, *actions: Action) -> frozenset[int]:
        """The ids of ``kind`` the write touched (by every action unless some are named)."""
        chosen = actions or tuple(Action)
        found: frozenset[int] = frozenset()
        for action in chosen:
            found |= self._records(action).get(kind, frozenset())
        return found

    def touches(self, *kinds: Kind) -> bool:
        """Whether the write touched any record of these kinds (or everything)."""
        return self.everything or any(self.ids(kind) for kind in kinds)

    def touches_period(self, start: datetime, end: datetime) -> bool:
        """Whether an event the write touched lay, or lies, within [start, end); a change
        of everything, or of an event whose periods are unknown, touches every period."""
        if self.everything:
            return True
        for touch in self.events:
            if not touch.periods or any(p.overlaps(start, end) for p in touch.periods):
                return True
        return bool(self.ids(Kind.EVENT) - {t.id for t in self.events})

    def _records(self, action: Action) -> Records:
        if action is Action.CREATED:
            return self.created
        if action is Action.CHANGED:
            return self.changed
        return self.deleted

    # -- JSON (the live team view's notices) -------------------------------------------

    def to_json(self) -> str:
        def records(r: Records) -> dict[str, list[int]]:
            return {kind.value: sorted(ids) for kind, ids in sorted(r.items())}

        def instant(value: datetime | None) -> str | None:
            return None if value is None else value.astimezone(UTC).isoformat()

        return json.dumps(
            {
                "created": records(self.created),
                "changed": records(self.changed),
                "deleted": records(self.deleted),
                "events": [
                    [t.id, t.uid, [[instant(p.start), instant(p.end)] for p in t.periods]]
                    for t in self.events
                ],
                "everything": self.everything,
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> ChangeSet:
        """Read a change set back; anything unreadable reads as a change of everything."""
        try:
            data = json.loads(text)

            def records(r: Mapping[str, list[int]]) -> dict[Kind, frozenset[int]]:
                known = {k.value for k in Kind}
                return {Kind(k): frozenset(int(i) for i in v) for k, v in r.items() if k in known}

            def instant(value: str | None) -> datetime | None:
                return None if value is None else datetime.fromisoformat(value)

            events = tuple(
                EventTouch(
                    int(i),
                    str(uid),
                    tuple(Period(_required(instant(s)), instant(e)) for s, e in periods),
                )
                for i, uid, periods in data.get("events", [])
            )
            return cls(
                created=records(data.get("created", {})),
                changed=records(data.get("changed", {})),
                deleted=records(data.get("deleted", {})),
                events=events,
                everything=bool(data.get("everything", False)),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls.all()


def _required(value: datetime | None) -> datetime:
    if value is None:
        raise ValueError("a period needs its start")
    return value
