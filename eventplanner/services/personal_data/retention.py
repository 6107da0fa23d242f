"""Retention: registrations anonymised N months after their event.

The setting is the team's, so it is kept in the database (``settings``, as the working
days are), not in each coordinator's QSettings: everyone on a shared database keeps data
for the same time. 0 (the default) means never by itself: a run is asked for, from the app
or the command line, and previewed first.

**Who.** A person is anonymised by a run only when every one of their registrations is of
an event that ended before the cut-off (now minus N months): someone who also registered
for a future or recent event keeps their identity until that one is past too. People who
are working contacts as well (a role in a programme, a shift, a task, a stand) are left
alone: they are not only participants, and are anonymised by hand if at all. A series
without end never ends, so its registrations are never past.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.domain.text import swedish_sort_key
from eventplanner.persistence.schema import ContactRow, EventRow, RegistrationRow
from eventplanner.services.personal_data.links import CONTACT_LINKS, REGISTRATIONS
from eventplanner.services.personal_data.records import PastEvent, RetentionPreview
from eventplanner.services.working_days.stored import Setting

RETENTION_MONTHS = Setting("personal_data.retention_months", int, 0)
"""Months after its event a registration's person is anonymised; 0 for never."""

MAX_MONTHS = 600


def checked_months(months: int) -> int:
    if not 0 <= months <= MAX_MONTHS:
        raise ValidationError(
            "months", f"the retention is 0 (never) to {MAX_MONTHS} months, not {months}"
        )
    return months


def cutoff_of(now: datetime, months: int) -> datetime:
    """Registrations of events that ended before this are past the retention."""
    cutoff: datetime = now - relativedelta(months=months)
    return cutoff


@dataclass(frozen=True, slots=True)
class _Held:
    contact_id: int
    name: str
    event_id: int
    title: str
    ended: datetime | None
    """None for a series without end."""


def _registrations(session: Session) -> list[_Held]:
    statement = (
        select(RegistrationRow.contact_id, ContactRow.name, EventRow.id, EventRow.title,
               EventRow.ends_at, EventRow.is_recurring, EventRow.series_ends_at)
        .join(ContactRow, ContactRow.id == RegistrationRow.contact_id)
        .join(EventRow, EventRow.id == RegistrationRow.event_id)
        .where(ContactRow.anonymised_at.is_(None))
    )  # fmt: skip
    return [
        _Held(contact, name, event, title, (series_end if recurring else ends))
        for contact, name, event, title, ends, recurring, series_end in session.execute(statement)
    ]


def _working_contacts(session: Session, contact_ids: set[int]) -> set[int]:
    """Those of these people named anywhere but in a registration."""
    found: set[int] = set()
    for link in CONTACT_LINKS:
        if link is REGISTRATIONS or not contact_ids:
            continue
        column = link.table.c[link.column]
        found |= set(session.scalars(select(column).where(column.in_(contact_ids)).distinct()))
    return found


def past_events(session: Session, now: datetime) -> tuple[PastEvent, ...]:
    """Events that have ended and still hold registrations of people not anonymised,
    the longest ended first."""
    people: dict[int, set[int]] = defaultdict(set)
    about: dict[int, tuple[str, datetime]] = {}
    for held in _registrations(session):
        if held.ended is not None and held.ended < now:
            people[held.event_id].add(held.contact_id)
            about[held.event_id] = (held.title, held.ended)
    return tuple(
        sorted(
            (PastEvent(e, about[e][0], about[e][1], len(p)) for e, p in people.items()),
            key=lambda p: (p.ended, p.id),
        )
    )


def preview(session: Session, months: int, now: datetime) -> RetentionPreview:
    """Who a run with this retention would anonymise now, and the events they came to."""
    return preview_at(session, checked_months(months), cutoff_of(now, months))


def previewed_people(session: Session, previewed: RetentionPreview) -> list[int]:
    """The people ``previewed`` named, when a preview at its cut-off names the same ones
    now; ConflictError when it does not (someone registered, was anonymised or got a role
    since): a run anonymises no one the coordinator was not shown."""
    wanted = sorted(c for c, _ in previewed.people)
    now = preview_at(session, previewed.months, previewed.cutoff)
    if sorted(c for c, _ in now.people) != wanted:
        raise ConflictError(
            "the list of people to anonymise changed since the preview; preview again "
            "(nothing was anonymised)"
        )
    return wanted


def preview_at(session: Session, months: int, cutoff: datetime) -> RetentionPreview:
    """Who a run with this retention anonymises when its cut-off is ``cutoff``."""
    by_person: dict[int, list[_Held]] = defaultdict(list)
    for held in _registrations(session):
        by_person[held.contact_id].append(held)

    def past(h: _Held) -> bool:
        return h.ended is not None and h.ended < cutoff

    all_past = {c for c, found in by_person.items() if all(past(h) for h in found)}
    working = _working_contacts(session, all_past)
    chosen = sorted(all_past - working)
    in_past = {c for c, found in by_person.items() if any(past(h) for h in found)}
    events: dict[int, PastEvent] = {}
    registrations = 0
    for contact in chosen:
        for held in by_person[contact]:
            registrations += 1
            assert held.ended is not None
            known = events.get(held.event_id)
            count = 1 if known is None else known.people + 1
            events[held.event_id] = PastEvent(held.event_id, held.title, held.ended, count)
    names = sorted(
        ((c, by_person[c][0].name) for c in chosen), key=lambda p: (swedish_sort_key(p[1]), p[0])
    )
    return RetentionPreview(
        months, cutoff, tuple(names), registrations,
        tuple(sorted(events.values(), key=lambda e: (e.ended, e.id))),
        kept_back=len(in_past - set(chosen)),
    )  # fmt: skip
