"""An event's published programme moves with it: when the event moves to other days (and
its draft sessions and phases with it, ``owned_moves.move_with_event``), its latest release is
released again, moved exactly as the draft was, as a new release ("Moved with the event").

Releases are history and never change; the new one is the latest moved, not the draft,
so nothing the coordinator has not released is published, and the draft against it still
shows only the draft's own changes. Its sessions' and phases' SEQUENCEs rise as a release
raises those it moves. Undoing the move (the old event written back) moves it back the
same way, as one more release.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.programme_releases import MOVED_WITH_EVENT
from eventplanner.domain.release_content import (
    dumps,
    loads,
    moved,
    release_of,
    released_phases,
    released_sessions,
    with_sequences,
)
from eventplanner.domain.release_sequences import phase_release_sequences, release_sequences
from eventplanner.persistence.schema import EventRow, ReleaseRow
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.owned_table import Shift


def release_moved(session: Session, event_id: int, shift: Shift) -> ChangeSet:
    """When the event has a release and moved (``shift``), store its latest release moved
    by ``shift`` as its next one; the release made, as a change set (empty otherwise)."""
    if not shift.moved:
        return ChangeSet()
    latest = session.scalars(
        select(ReleaseRow)
        .where(ReleaseRow.event_id == event_id)
        .order_by(ReleaseRow.number.desc())
        .limit(1)
    ).first()
    if latest is None:
        return ChangeSet()
    published = loads(latest.content, event_id)
    if not published.sessions and not published.phases:
        return ChangeSet()  # nothing published has a time to move
    event_uid = session.scalars(select(EventRow.uid).where(EventRow.id == event_id)).one()
    before = release_of(latest.id, event_id, latest.number, latest.name, latest.note,
                        latest.released_at, published, event_uid)  # fmt: skip
    frozen = moved(published, shift.days, shift.time_zone)
    # Every session and phase of the latest release is in this one too: their SEQUENCEs
    # follow from the latest alone (one more for each that moved).
    frozen = with_sequences(
        frozen,
        release_sequences(released_sessions(frozen), [before]),
        phase_release_sequences(released_phases(frozen, event_uid), [before]),
    )
    row = ReleaseRow(
        event_id=event_id, number=latest.number + 1, name=MOVED_WITH_EVENT, note="",
        released_at=rows.now_utc(), content=dumps(frozen),
    )  # fmt: skip
    session.add(row)
    session.flush()
    return ChangeSet.of(Kind.RELEASE, Action.CREATED, [row.id])
