"""A person's rota as a feed (issue 15): their shifts, of the events the feed's filter and
days pick (or of its one event), as entries of their own (``services.rota.feed``)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.feeds import Feed, FeedProgramme, PhaseChoice
from eventplanner.persistence.schema import ContactRow, EventRow
from eventplanner.services.feeds.feed_programme import FeedProgrammeRead
from eventplanner.services.rota.feed import rota_entries


def read_rota(session: Session, feed: Feed, picked: Sequence[int]) -> FeedProgrammeRead:
    """The shifts of the feed's person; no event of its own (``event_ids`` empty)."""
    choice = feed.programme
    assert choice.rota_person_id is not None
    events = [e for e in picked if choice.rota_event_id in (None, e)]
    entries = rota_entries(
        session, choice.rota_person_id, events, include_cancelled=feed.include_cancelled
    )
    return FeedProgrammeRead(tuple(entries), ())


def check(session: Session, choice: FeedProgramme) -> None:
    """A rota feed names a contact and, if one, an event that exist, and publishes the
    person's shifts alone (a person's feed of sessions is another feed)."""
    if choice.rota_person_id is None:
        if choice.rota_event_id is not None:
            raise ValidationError("event", "an event narrows a rota feed; give --rota CONTACT")
        return
    if session.get(ContactRow, choice.rota_person_id) is None:
        raise ValidationError("rota", f"there is no contact with id {choice.rota_person_id}")
    if choice.rota_event_id is not None and session.get(EventRow, choice.rota_event_id) is None:
        raise ValidationError("event", f"there is no event with id {choice.rota_event_id}")
    if choice.sessions or choice.phases is not PhaseChoice.NONE or choice.person_id is not None:
        raise ValidationError(
            "rota",
            "a rota feed publishes the person's shifts only; make another feed for sessions, "
            "phases or a person's programme",
        )
