"""Reading releases from the database: an event's releases and its latest, the latest of
many events at once (for feeds), and the draft frozen as a release would keep it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.programme import ProgrammeEvent
from eventplanner.domain.programme_releases import (
    ProgrammeDiff,
    Release,
    ReleasedPhase,
    ReleasedSession,
)
from eventplanner.domain.release_content import (
    ContactCard,
    Frozen,
    loads,
    release_of,
    released_phases,
    released_sessions,
)
from eventplanner.persistence.schema import ContactRow, EventRow, OrganisationRow, ReleaseRow
from eventplanner.services.programme.records import Programme
from eventplanner.services.programme.service import read_programme


def get_event_row(session: OrmSession, event_id: int, *, lock: bool = False) -> EventRow:
    """The event's row (locked for the write with ``lock``); NotFoundError if gone."""
    row = session.get(EventRow, event_id, with_for_update=lock or None)
    if row is None:
        raise NotFoundError(f"there is no event with id {event_id} (it may have been deleted)")
    return row


def get_release_row(session: OrmSession, release_id: int) -> ReleaseRow:
    """A release's row; NotFoundError if there is none with that id."""
    row = session.get(ReleaseRow, release_id)
    if row is None:
        raise NotFoundError(f"there is no release with id {release_id}")
    return row


def release_rows(session: OrmSession, event_id: int) -> list[ReleaseRow]:
    """The event's releases' rows, oldest first."""
    return list(
        session.scalars(
            select(ReleaseRow).where(ReleaseRow.event_id == event_id).order_by(ReleaseRow.number)
        )
    )


def latest_row(session: OrmSession, event_id: int) -> ReleaseRow | None:
    """The event's latest release's row, or None before the first."""
    return session.scalars(
        select(ReleaseRow)
        .where(ReleaseRow.event_id == event_id)
        .order_by(ReleaseRow.number.desc())
        .limit(1)
    ).first()


def latest_rows(session: OrmSession, event_ids: Iterable[int]) -> dict[int, ReleaseRow]:
    """The latest release of each of these events that has one (in bulk, for feeds)."""
    wanted = sorted(set(event_ids))
    found: dict[int, ReleaseRow] = {}
    for begin in range(0, len(wanted), 500):
        chunk = wanted[begin : begin + 500]
        newest = (
            select(ReleaseRow.event_id, func.max(ReleaseRow.number).label("number"))
            .where(ReleaseRow.event_id.in_(chunk))
            .group_by(ReleaseRow.event_id)
            .subquery()
        )
        query = select(ReleaseRow).join(
            newest,
            (newest.c.event_id == ReleaseRow.event_id) & (newest.c.number == ReleaseRow.number),
        )
        found.update((r.event_id, r) for r in session.scalars(query))
    return found


def release_value(row: ReleaseRow, event_uid: str) -> Release:
    """A release's row as the domain's ``Release``."""
    frozen = loads(row.content, row.event_id)
    return release_of(row.id, row.event_id, row.number, row.name, row.note, row.released_at,
                      frozen, event_uid)  # fmt: skip


def contact_cards(session: OrmSession, contact_ids: Iterable[int]) -> dict[int, ContactCard]:
    """The names and organisations of these contacts, as a release keeps them."""
    wanted = sorted(set(contact_ids))
    if not wanted:
        return {}
    query = (
        select(ContactRow.id, ContactRow.name, OrganisationRow.name)
        .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
        .where(ContactRow.id.in_(wanted))
    )
    return {ident: ContactCard(name, org or "") for ident, name, org in session.execute(query)}


def frozen_of(programme: Programme, contacts: Mapping[int, ContactCard]) -> Frozen:
    """The draft ``programme`` as a release would keep it (no SEQUENCEs yet)."""
    return Frozen(
        programme.event.time_zone, programme.stages, programme.blocks, programme.sessions,
        programme.phases, programme.people, programme.organisations, dict(contacts),
    )  # fmt: skip


def released_programme(frozen: Frozen, event: ProgrammeEvent, event_uid: str) -> Programme:
    """A released programme as ``Programme``, of ``event`` as it is now (its title and
    days), for printing and schedule files."""
    return Programme(event, event_uid, frozen.stages, frozen.blocks, frozen.sessions,
                     frozen.phases, frozen.people, frozen.organisations)  # fmt: skip


def frozen_draft(session: OrmSession, event_row: EventRow) -> Frozen:
    """The event's draft as a release would keep it (no SEQUENCEs yet)."""
    programme = read_programme(session, event_row.id)
    cards = contact_cards(session, (p.contact_id for p in programme.people))
    return frozen_of(programme, cards)


def draft_values(
    session: OrmSession, event_row: EventRow
) -> tuple[tuple[ReleasedSession, ...], tuple[ReleasedPhase, ...]]:
    """The draft's sessions and phases as a diff compares them."""
    frozen = frozen_draft(session, event_row)
    return released_sessions(frozen), released_phases(frozen, event_row.uid)


def contacts_of(diff: ProgrammeDiff) -> set[int]:
    """Everyone on a changed session, before or after."""
    found: set[int] = set()
    for change in diff.changes:
        found |= change.contact_ids
    return found


def contact_emails(session: OrmSession, contact_ids: Iterable[int]) -> dict[int, str]:
    """The e-mail addresses of these contacts ("" for none)."""
    wanted = sorted(set(contact_ids))
    if not wanted:
        return {}
    query = select(ContactRow.id, ContactRow.email).where(ContactRow.id.in_(wanted))
    return {row.id: row.email for row in session.execute(query)}
