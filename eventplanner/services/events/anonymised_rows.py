"""Rows an undo puts back, as anonymising has left their people since.

An event's snapshot (taken on delete, split or import) holds its rows as they were: a
registration's needs, a role's note, a badge's name. A person anonymised after the snapshot
was taken must not get them back when the snapshot is written again (undo of a delete, of a
split, of an import): each row naming an anonymised person is written as anonymising would
have left it (``contact_links.CONTACT_LINKS``: blanked, renamed or left out), and a
programme release names them by the anonymous name. A person erased since is not there at
all, and what named them is left out or loses the link (``owned``'s ``made_good``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.persistence.schema import ContactRow, ReleaseRow
from eventplanner.services.events.contact_links import (
    CONTACT_LINKS,
    OnAnonymise,
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


def _anonymised(session: Session, contact_ids: set[int]) -> set[int]:
    ids = sorted(contact_ids)
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(
            session.scalars(
                select(ContactRow.id).where(
                    ContactRow.id.in_(chunk), ContactRow.anonymised_at.is_not(None)
                )
            )
        )
    return found


def as_anonymised(
    session: Session, table: str, wanted: Sequence[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    """The rows of ``table`` about to be written (with their event ids), each naming an
    anonymised person as anonymising leaves it; a row it deletes is left out."""
    if table == _RELEASES:
        return _releases(session, wanted)
    links = [
        link for link in CONTACT_LINKS
        if link.table.name == table and link.on_anonymise is not OnAnonymise.KEEP
    ]  # fmt: skip
    if not links or not wanted:
        return list(wanted)
    named = {v[link.column] for link in links for v, _ in wanted if v[link.column] is not None}
    gone = _anonymised(session, named) if named else set()
    if not gone:
        return list(wanted)
    result: list[tuple[RowValues, int]] = []
    for values, event_id in wanted:
        changed: RowValues | None = values
        for link in links:
            contact = values[link.column]
            if changed is None or contact not in gone:
                continue
            if link.on_anonymise is OnAnonymise.DELETE:
                changed = None
            elif link.on_anonymise is OnAnonymise.RENAME:
                changed = {**changed, link.blanked[0]: anonymous_name(contact)}
            else:
                changed = {**changed, **dict.fromkeys(link.blanked, "")}
        if changed is not None:
            result.append((changed, event_id))
    return result


def _releases(
    session: Session, wanted: Sequence[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    named: set[int] = set()
    for values, _ in wanted:
        named |= {int(k) for k in json.loads(values["content"]).get("contacts", {})}
    gone = _anonymised(session, named) if named else set()
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
