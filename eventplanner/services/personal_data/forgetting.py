"""Forgetting people inside the caller's transaction: anonymising them (their identity
dropped, their registrations and what reach counts kept) or erasing them (deleted with what
exists only for them), as ``links.CONTACT_LINKS`` declares for each place they are named.

Every row changed or deleted is kept before it is touched (``kept_rows.Keeper``), so the
undo puts back exactly what was there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.registrations import SEATED, RegistrationStatus, mailto
from eventplanner.persistence.schema import (
    ContactRow,
    ErasedContactRow,
    RegistrationRow,
    RegistrationSessionRow,
    ReleaseRow,
)
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events.anonymised_rows import renamed_release
from eventplanner.services.events.touches import touches
from eventplanner.services.personal_data.holdings import feeds_following, release_rows_naming
from eventplanner.services.personal_data.kept_rows import (
    Keeper,
    KeptRows,
    delete_rows,
    read_rows,
    table_named,
    update_rows,
)
from eventplanner.services.personal_data.links import (
    CONTACT_LINKS,
    REGISTRATIONS,
    ContactLink,
    OnAnonymise,
    OnErase,
    anonymous_name,
)
from eventplanner.services.personal_data.places import event_ids_of
from eventplanner.services.personal_data.records import Forgotten
from eventplanner.services.registrations.reading import counts_of, lines_of, records_of
from eventplanner.services.registrations.writing import event_row, promote

_SEATED = {s.value for s in SEATED}


def forget(
    session: Session, contact_ids: Sequence[int], *, erase: bool, now: datetime
) -> Forgotten:
    """Anonymise (or, with ``erase``, delete) these people, all or nothing."""
    wanted = sorted(set(contact_ids))
    contacts = read_rows(session, table_named("contacts"), ContactRow.id.in_(wanted))
    missing = sorted(set(wanted) - {c["id"] for c in contacts})
    if missing:
        raise NotFoundError(f"there is no person with id {missing[0]}")
    if erase:
        _refuse_followed(session, wanted, contacts)
    events = sorted(set(session.scalars(
        select(RegistrationRow.event_id).where(RegistrationRow.contact_id.in_(wanted))
    )))  # fmt: skip
    locked = {ident: event_row(session, ident, lock=True) for ident in events}
    seated_before = {k: v.seated for k, v in counts_of(session, events).items()}
    keeper = Keeper()
    counts: dict[str, int] = {}
    touched_events: set[int] = set(events)
    freed: set[int] = set()
    for link in CONTACT_LINKS:
        rows = read_rows(session, link.table, link.table.c[link.column].in_(wanted))
        if not rows:
            continue
        touched_events |= {e for e in event_ids_of(session, link.table.name, rows) if e}
        done = _erase(session, keeper, link, rows, freed) if erase else _anonymise(
            session, keeper, link, rows, now)  # fmt: skip
        if done:
            counts[link.section] = counts.get(link.section, 0) + done
    _rename_in_releases(session, keeper, wanted, erase)
    table = table_named("contacts")
    keeper.keep(table, contacts)
    marked: tuple[int, ...] = ()
    if erase:
        delete_rows(session, table, contacts)
        marked = _mark_erased(session, wanted, now)
    else:
        for contact in contacts:
            update_rows(session, table, [contact], {
                "name": anonymous_name(contact["id"]), "email": "", "email_key": "",
                "phone": "", "title": "", "anonymised_at": now,
            })  # fmt: skip
    counts["people"] = len(contacts)
    promoted = _promote(session, keeper, [locked[e] for e in sorted(freed)])
    kept = keeper.kept(session)
    lines = lines_of(session, records_of(session, promoted))
    return Forgotten(
        tuple(wanted), erase, counts, kept,
        _changes(session, kept, wanted, erase, touched_events),
        tuple(lines), mailto([line.email for line in lines]), seated_before, marked,
    )  # fmt: skip


def _mark_erased(session: Session, wanted: list[int], now: datetime) -> tuple[int, ...]:
    """Enter these people in ``erased_contacts`` (an id erased before and since given to
    another person is there already, and stays as it was): an undo of an event's delete
    taken before tells them from people deleted by hand. The ids entered."""
    there = set(session.scalars(
        select(ErasedContactRow.contact_id).where(ErasedContactRow.contact_id.in_(wanted))
    ))  # fmt: skip
    new = tuple(c for c in wanted if c not in there)
    if new:
        session.execute(
            insert(ErasedContactRow), [{"contact_id": c, "erased_at": now} for c in new]
        )
    return new


def unmark_erased(session: Session, forgotten: Forgotten) -> None:
    """Take the people an erasure entered out of ``erased_contacts`` (its undo)."""
    if forgotten.marked:
        session.execute(
            delete(ErasedContactRow).where(ErasedContactRow.contact_id.in_(forgotten.marked))
        )


def _refuse_followed(session: Session, wanted: list[int], contacts: list[dict[str, Any]]) -> None:
    for contact in contacts:
        feeds = feeds_following(session, contact["id"])
        if feeds:
            names = ", ".join(repr(f) for f in feeds)
            raise ValidationError(
                "person",
                f"{contact['name']!r} is followed by the feed{'s' if len(feeds) > 1 else ''} "
                f"{names}; delete or change those feeds first (nothing was erased)",
            )
    del wanted


def _erase(
    session: Session, keeper: Keeper, link: ContactLink, rows: list[dict[str, Any]],
    freed: set[int],
) -> int:  # fmt: skip
    keeper.keep(link.table, rows)
    if link.on_erase is OnErase.CLEAR:
        update_rows(session, link.table, rows, {link.column: None})
        return len(rows)
    if link is REGISTRATIONS:
        chosen = table_named("registration_sessions")
        picked = read_rows(
            session, chosen, RegistrationSessionRow.registration_id.in_([r["id"] for r in rows])
        )
        keeper.keep(chosen, picked)
        delete_rows(session, chosen, picked)
        freed |= {r["event_id"] for r in rows if r["status"] in _SEATED}
    delete_rows(session, link.table, rows)
    return len(rows)


def _anonymise(
    session: Session, keeper: Keeper, link: ContactLink, rows: list[dict[str, Any]],
    now: datetime,
) -> int:  # fmt: skip
    del now
    if link.on_anonymise is OnAnonymise.KEEP:
        return 0
    if link.on_anonymise is OnAnonymise.DELETE:
        keeper.keep(link.table, rows)
        delete_rows(session, link.table, rows)
        return len(rows)
    if link.on_anonymise is OnAnonymise.RENAME:
        keeper.keep(link.table, rows)
        for row in rows:
            update_rows(session, link.table, [row],
                        {link.blanked[0]: anonymous_name(row[link.column])})  # fmt: skip
        return len(rows)
    said = [r for r in rows if any(r[c] for c in link.blanked)]
    keeper.keep(link.table, said)
    update_rows(session, link.table, said, dict.fromkeys(link.blanked, ""))
    return len(said)


def _rename_in_releases(session: Session, keeper: Keeper, wanted: list[int], erase: bool) -> None:
    """A frozen release keeps the names of its people: the person's becomes the anonymous
    one (erased or anonymised alike), the rest of the release as it was."""
    del erase
    ids = release_rows_naming(session, wanted)
    if not ids:
        return
    table = table_named("programme_releases")
    rows = read_rows(session, table, ReleaseRow.id.in_(ids))
    keeper.keep(table, rows)
    for row in rows:
        update_rows(session, table, [row], {"content": renamed_release(row["content"], wanted)})


def _promote(session: Session, keeper: Keeper, events: list[Any]) -> list[RegistrationRow]:
    """Move up the first waiting of each event where a seat was freed, as a cancellation
    does (``registrations.writing.promote``)."""
    moved: list[RegistrationRow] = []
    table = table_named("registrations")
    for event in events:
        waiting = read_rows(
            session,
            table,
            (RegistrationRow.event_id == event.id)
            & (RegistrationRow.status == RegistrationStatus.WAITLISTED.value),
        )
        keeper.keep(table, waiting)
        session.expire_all()
        moved += promote(session, event)
    session.flush()
    return moved


def _changes(
    session: Session, kept: KeptRows, wanted: list[int], erase: bool, events: set[int]
) -> ChangeSet:
    action = Action.DELETED if erase else Action.CHANGED
    changes = ChangeSet.of(Kind.CONTACT, action, wanted)
    for link in CONTACT_LINKS:
        name = link.table.name
        if link.kind is Kind.CONTACT:
            continue
        key = link.table.primary_key.columns.keys()[0]
        deleted = {r[key] for r in kept.deleted(name)}
        changed = {r[key] for r in kept.changed(name)}
        changes |= ChangeSet.of(link.kind, Action.DELETED, deleted)
        changes |= ChangeSet.of(link.kind, Action.CHANGED, changed)
    releases = {r["id"] for r in kept.changed("programme_releases")}
    changes |= ChangeSet.of(Kind.RELEASE, Action.CHANGED, releases)
    releases_events = {r["event_id"] for r in kept.changed("programme_releases")}
    found = touches(session, events | releases_events)
    if found:
        changes |= ChangeSet.for_events(Action.CHANGED, found)
    return changes
