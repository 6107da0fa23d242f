"""Rows an undo puts back, as anonymising or erasing has left their people since.

An event's snapshot (taken on delete, split or import) holds its rows as they were: a
registration's needs, a role's note, a badge's name. A person anonymised or erased after
the snapshot was taken must not get them back when the snapshot is written again (undo of a
delete, of a split, of an import): each row naming an anonymised person is written as
anonymising would have left it (``contact_links.CONTACT_LINKS``: blanked, renamed or left
out), each row naming an erased one as erasing would have (left out, or the link cleared),
and a programme release names either by the anonymous name.

An erased person is told from one deleted by hand by ``erased_contacts`` (their id, kept by
the erasure): a badge of a person deleted by hand comes back unlinked with the name typed on
it (``owned``'s ``made_good``), one of a person erased does not come back, as erasing
deletes it. An id erased and since given to another person (SQLite may reuse the highest)
is that person's: only ids no contact has count as erased.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.persistence.schema import ContactRow, ErasedContactRow, ReleaseRow
from eventplanner.services.events.contact_links import (
    CONTACT_LINKS,
    OnAnonymise,
    OnErase,
    anonymous_name,
)

RowValues = dict[str, Any]

_RELEASES = ReleaseRow.__tablename__


def renamed_release(content: str, contact_ids: Iterable[int]) -> str:
    """A release's frozen content with these people's names the anonymous ones (the rest
    as it was)."""
    data = json.loads(content)
    cards = data.get("contacts", {})
    for contact in contact_ids:
        card = cards.get(str(contact))
        if card is not None:
            cards[str(contact)] = [anonymous_name(contact), card[1]]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _chunks(ids: set[int]) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        yield ordered[start : start + 500]


def _anonymised(session: Session, contact_ids: set[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(contact_ids):
        found.update(
            session.scalars(
                select(ContactRow.id).where(
                    ContactRow.id.in_(chunk), ContactRow.anonymised_at.is_not(None)
                )
            )
        )
    return found


def _erased(session: Session, contact_ids: set[int]) -> set[int]:
    """Those of ``contact_ids`` erased, and not since given to another person."""
    found: set[int] = set()
    for chunk in _chunks(contact_ids):
        found.update(
            session.scalars(
                select(ErasedContactRow.contact_id).where(
                    ErasedContactRow.contact_id.in_(chunk),
                    ~select(ContactRow.id)
                    .where(ContactRow.id == ErasedContactRow.contact_id)
                    .exists(),
                )
            )
        )
    return found


def as_forgotten(
    session: Session, table: str, wanted: Sequence[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    """The rows of ``table`` about to be written (with their event ids), each naming an
    anonymised person as anonymising leaves it and each naming an erased person as erasing
    leaves it; a row either deletes is left out. Called before ``made_good``, which clears
    the links to people no longer there (an erased person among them)."""
    if table == _RELEASES:
        return _releases(session, wanted)
    links = [link for link in CONTACT_LINKS if link.table.name == table]
    if not links or not wanted:
        return list(wanted)
    named = {v[link.column] for link in links for v, _ in wanted if v[link.column] is not None}
    if not named:
        return list(wanted)
    erased = _erased(session, named)
    anonymised = _anonymised(session, named - erased)
    if not erased and not anonymised:
        return list(wanted)
    result: list[tuple[RowValues, int]] = []
    for values, event_id in wanted:
        changed: RowValues | None = values
        for link in links:
            contact = values[link.column]
            if changed is None:
                break
            if contact in erased:
                changed = _erased_row(changed, link.column, link.on_erase)
            elif contact in anonymised:
                changed = _anonymised_row(changed, contact, link.on_anonymise, link.blanked)
        if changed is not None:
            result.append((changed, event_id))
    return result


def _erased_row(values: RowValues, column: str, on_erase: OnErase) -> RowValues | None:
    if on_erase is OnErase.DELETE:
        return None
    return {**values, column: None}


def _anonymised_row(
    values: RowValues, contact: int, on_anonymise: OnAnonymise, blanked: tuple[str, ...]
) -> RowValues | None:
    if on_anonymise is OnAnonymise.KEEP:
        return values
    if on_anonymise is OnAnonymise.DELETE:
        return None
    if on_anonymise is OnAnonymise.RENAME:
        return {**values, blanked[0]: anonymous_name(contact)}
    return {**values, **dict.fromkeys(blanked, "")}


def _releases(
    session: Session, wanted: Sequence[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    """Releases naming a person anonymised or erased since name them by the anonymous name
    (as both do to a release stored when they happen)."""
    named: set[int] = set()
    for values, _ in wanted:
        named |= {int(k) for k in json.loads(values["content"]).get("contacts", {})}
    if not named:
        return list(wanted)
    erased = _erased(session, named)
    gone = erased | _anonymised(session, named - erased)
    if not gone:
        return list(wanted)
    result = []
    for values, event_id in wanted:
        cards = json.loads(values["content"]).get("contacts", {})
        mine = sorted(c for c in gone if str(c) in cards)
        if mine:
            values = {**values, "content": renamed_release(values["content"], mine)}
        result.append((values, event_id))
    return result
