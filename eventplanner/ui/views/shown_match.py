"""Which occurrence a view shows for one found elsewhere (a search across all dates)."""

from __future__ import annotations

from collections.abc import Iterable

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.text import first_day


def matching(
    shown: Iterable[Occurrence], wanted: Occurrence, display_zone: str
) -> Occurrence | None:
    """The same occurrence; else the event's occurrence on the same day (a search names a
    series by its first occurrence, without the key the views give it); else None."""
    candidates = [o for o in shown if o.event_id == wanted.event_id]
    for found in candidates:
        if found.recurrence_id == wanted.recurrence_id:
            return found
    day = first_day(wanted.timing, display_zone)
    return next((o for o in candidates if first_day(o.timing, display_zone) == day), None)
