"""Which fields of an event differ between two versions of it: what an editor shows when
the event it edits was saved by someone else since it was opened."""

from __future__ import annotations

from collections.abc import Callable

from eventplanner.domain.model import Event

_FIELDS: dict[str, Callable[[Event], object]] = {
    "title": lambda e: e.title,
    "timing": lambda e: e.timing,
    "recurrence": lambda e: e.recurrence,
    "changes": lambda e: e.changes,
    "kind": lambda e: e.kind,
    "status": lambda e: e.status,
    "venue": lambda e: (e.venue_id, e.venue_name),
    "online_url": lambda e: e.online_url,
    "project": lambda e: (e.project_id, e.project_name),
    "organiser": lambda e: (e.organiser_id, e.organiser_name),
    "tags": lambda e: e.tags,
    "capacity": lambda e: e.capacity,
    "public": lambda e: e.public,
    "web_page": lambda e: e.web_page,
    "busy_status": lambda e: e.busy_status,
    "reminder_minutes": lambda e: e.reminder_minutes,
    "description": lambda e: e.description,
    "notes": lambda e: e.notes,
}
FIELDS = tuple(_FIELDS)
"""Every field compared, in the order the editor shows them."""


def changed_fields(before: Event, after: Event) -> tuple[str, ...]:
    """The names (of ``FIELDS``) of the fields whose value differs from ``before`` to
    ``after``, in the editor's order; the revision, SEQUENCE and stamps are not fields."""
    return tuple(name for name, value in _FIELDS.items() if value(before) != value(after))
