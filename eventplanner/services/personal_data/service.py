"""Personal data (GDPR, issue 16): find a person across all events, show and export
everything held about them, anonymise or erase them, and the retention that anonymises
participants of past events.

Every write is one transaction, returns a ``Forgotten`` with its change set, and can be
undone (``undo``) as long as what it wrote was not changed since: the app keeps that on its
undo stack for the session, and nothing else keeps it, so an erasure cannot be undone once
the app is closed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.registrations import Registration, RegistrationSource, RegistrationStatus
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import SettingRow
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.personal_data import retention
from eventplanner.services.personal_data.forgetting import forget, unmark_erased
from eventplanner.services.personal_data.holdings import holdings_of
from eventplanner.services.personal_data.kept_rows import put_back
from eventplanner.services.personal_data.links import erase_effects
from eventplanner.services.personal_data.records import (
    Forgotten,
    PastEvent,
    PersonHoldings,
    RetentionPreview,
    RetentionSetting,
)
from eventplanner.services.registrations.people import PeopleDirectory
from eventplanner.services.registrations.records import Participant
from eventplanner.services.registrations.writing import check_not_overbooked, event_row

EXPORT_FORMAT = "eventplanner.personal-data/1"


def now_utc() -> datetime:
    return datetime.now(UTC)


class PersonalDataService:
    """Use cases on what is held about people. Every write is one transaction."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading ---------------------------------------------------------------------------

    def find(self, text: str) -> list[Participant]:
        """People whose name, e-mail or organisation contains ``text`` (any case), across
        all events, in Swedish alphabetical order (as ``participant list``)."""
        return PeopleDirectory(self._db).participants(text)

    def holdings(self, contact_id: int) -> PersonHoldings:
        """Everything held about the person; NotFoundError when there is none."""
        with self._db.reading() as session:
            return holdings_of(session, contact_id)

    def export(self, contact_id: int, *, at: datetime | None = None) -> dict[str, Any]:
        """Everything held about the person as JSON holds it, with stable keys: the
        person, their organisation, one list per place a person is named
        (``links.SECTIONS``, each present even when empty), the feeds that follow them and
        the releases naming them."""
        held = self.holdings(contact_id)
        return export_of(held, at or now_utc())

    def export_json(self, contact_id: int, *, at: datetime | None = None) -> str:
        return json.dumps(self.export(contact_id, at=at), ensure_ascii=False, indent=2) + "\n"

    # -- writing ---------------------------------------------------------------------------

    @reported
    def anonymise(self, contact_ids: Sequence[int], *, at: datetime | None = None) -> Forgotten:
        """Drop these people's identity (name, e-mail, phone, title, needs, notes about
        them, skills, availability), keeping their records, registrations and organisation
        so every count stays; marked anonymised at ``at`` (now)."""
        with self._db.transaction() as session:
            return forget(session, contact_ids, erase=False, now=at or now_utc())

    @reported
    def erase(self, contact_ids: Sequence[int]) -> Forgotten:
        """Delete these people and what exists only for them (registrations, roles, places
        on shifts, skills, availability, stand badges), clearing their name from the
        team's records (tasks, stands, materials); the first waiting moves up where a seat
        frees; their ids are kept (``erased_contacts``, nothing else of them), so an undo
        of an event's delete taken before leaves out what this deletes. ValidationError,
        erasing nothing, while a feed follows one of them."""
        with self._db.transaction() as session:
            return forget(session, contact_ids, erase=True, now=now_utc())

    def removal(self, contact_id: int) -> tuple[dict[str, int], dict[str, int]]:
        """What ``erase`` would delete (the person as "people" too) and the records it
        would take them off, counted by section (for the confirmation and a dry run)."""
        counts = self.holdings(contact_id).counts()
        counts["people"] = 1
        return erase_effects(counts)

    @reported
    def undo(self, forgotten: Forgotten) -> ChangeSet:
        """Put back exactly what the write changed and deleted (those it moved up from a
        waitlist wait again). ConflictError, changing nothing, when something it wrote was
        changed since, or a seat it gave back was taken meanwhile."""
        with self._db.transaction() as session:
            events = sorted(forgotten.seated_before)
            locked = {e: event_row(session, e, lock=True) for e in events}
            put_back(session, forgotten.kept)
            unmark_erased(session, forgotten)
            session.flush()
            session.expire_all()
            seated_again: dict[int, list[Registration]] = {}
            for values in forgotten.kept.deleted("registrations"):
                registration = _registration(values)
                if registration.seated:
                    seated_again.setdefault(registration.event_id, []).append(registration)
            for ident, again in seated_again.items():
                check_not_overbooked(
                    session, locked[ident], again, forgotten.seated_before.get(ident, 0)
                )
            return _inverse(forgotten.changes)

    # -- retention -------------------------------------------------------------------------

    def retention(self) -> RetentionSetting:
        with self._db.reading() as session:
            row = session.scalar(
                select(SettingRow).where(SettingRow.key == retention.RETENTION_MONTHS.key)
            )
            return RetentionSetting(
                retention.RETENTION_MONTHS.read(session),
                row.modified_at.date() if row is not None else None,
            )

    @reported
    def set_retention(self, months: int) -> ChangeSet:
        """Keep registrations' people ``months`` after their event (0: never by itself)."""
        retention.checked_months(months)
        with self._db.transaction() as session:
            row = session.scalars(
                select(SettingRow)
                .where(SettingRow.key == retention.RETENTION_MONTHS.key)
                .with_for_update()
            ).one_or_none()
            if row is None:
                row = SettingRow(
                    key=retention.RETENTION_MONTHS.key, value=json.dumps(months),
                    modified_at=now_utc(), version=1,
                )  # fmt: skip
                session.add(row)
            elif row.value == json.dumps(months):
                return ChangeSet()
            else:
                row.value, row.modified_at = json.dumps(months), now_utc()
            session.flush()
            return ChangeSet.of(Kind.SETTING, Action.CHANGED, [row.id])

    def retention_preview(self, months: int | None = None, *, at: datetime | None = None
                          ) -> RetentionPreview:  # fmt: skip
        """Who a retention run would anonymise (with ``months``, else the setting's)."""
        with self._db.reading() as session:
            wanted = retention.RETENTION_MONTHS.read(session) if months is None else months
            return retention.preview(session, wanted, at or now_utc())

    def past_events(self, *, at: datetime | None = None) -> tuple[PastEvent, ...]:
        """Events that have ended and still hold people not anonymised."""
        with self._db.reading() as session:
            return retention.past_events(session, at or now_utc())

    @reported
    def run_retention(
        self, months: int | None = None, *, at: datetime | None = None,
        previewed: RetentionPreview | None = None,
    ) -> Forgotten:  # fmt: skip
        """Anonymise, in one transaction, the people ``previewed`` named (its cut-off kept,
        a redo the same people again); ConflictError, nothing changed, when a preview at
        that cut-off names others now. Without ``previewed`` (the command line's run without
        a dry run first) the preview is made now, with ``months`` or the setting's.
        ValidationError when the retention is 0 (never) and no ``months`` is given."""
        moment = at or now_utc()
        with self._db.transaction() as session:
            if previewed is not None:
                wanted = previewed.months
            else:
                wanted = retention.RETENTION_MONTHS.read(session) if months is None else months
            if wanted <= 0:
                raise ValidationError(
                    "months", "no retention is set (0 months); give the months to keep"
                )
            if previewed is None:
                previewed = retention.preview(session, wanted, moment)
            people = retention.previewed_people(session, previewed)
            return forget(session, people, erase=False, now=moment)


def _registration(values: dict[str, Any]) -> Registration:
    return Registration(
        values["id"], values["event_id"], values["contact_id"],
        RegistrationStatus(values["status"]), values["registered_at"],
        RegistrationSource(values["source"]), (), values["priority"],
        values["priority_reason"], values["needs"], values["version"],
    )  # fmt: skip


def _inverse(changes: ChangeSet) -> ChangeSet:
    """What an undo changed: what was deleted is created again, what was changed changes."""
    return ChangeSet(
        created=changes.deleted, changed=changes.changed, events=changes.events,
        everything=changes.everything,
    )  # fmt: skip


def export_of(held: PersonHoldings, at: datetime) -> dict[str, Any]:
    """The export's JSON value (see ``PersonalDataService.export``)."""
    from eventplanner.services.personal_data.links import SECTIONS

    sections: dict[str, list[dict[str, Any]]] = {s: [] for s in dict.fromkeys(SECTIONS)}
    for record in held.records:
        entry: dict[str, Any] = dict(record.values)
        entry["event"] = None if record.event is None else {
            "id": record.event.id, "title": record.event.title,
            "starts_at": record.event.starts_at.astimezone(UTC).isoformat(),
            "ends_at": record.event.ends_at.astimezone(UTC).isoformat(),
        }  # fmt: skip
        entry["detail"] = record.detail
        sections[record.section].append(entry)
    return {
        "format": EXPORT_FORMAT,
        "exported_at": at.astimezone(UTC).isoformat(),
        "person": dict(held.person),
        "organisation": None if held.organisation is None else dict(held.organisation),
        **sections,
        "feeds": list(held.feeds),
        "releases": [
            {"event_id": r.event_id, "event": r.event_title, "number": r.number, "name": r.name}
            for r in held.releases
        ],
    }
