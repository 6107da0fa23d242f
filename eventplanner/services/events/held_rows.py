"""Rows held across an overwrite (``snapshot_overwrite``): rows of a table left as it is that
name rows written anew (the sessions a registration chose), taken out before those are
cleared and put back after, naming them by their ids now."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from eventplanner.services.events import owned
from eventplanner.services.events.owned import copied_tables
from eventplanner.services.events.owned_table import OwnedTable, RowValues
from eventplanner.services.events.snapshots import CHUNK, read_owned


@dataclass(frozen=True, slots=True)
class Held:
    """Rows of a table left as it is that name rows written anew (the sessions a
    registration chose): taken out before those are cleared, put back after."""

    table: OwnedTable
    rows: tuple[RowValues, ...]


def hold(session: Session, ids: Sequence[int], restored: Sequence[OwnedTable]) -> list[Held]:
    """The rows of the tables left as they are (their owners not restored) that name a
    restored table, deleted now so that clearing and writing those anew leaves them be."""
    chosen = {t.name for t in restored}
    wanted = [
        t for t in copied_tables()
        if t.name not in chosen and t.parent not in chosen
        and any(other in chosen for _, other in t.references)
    ]  # fmt: skip
    if not wanted:
        return []
    for table in wanted:  # taken out and put back whole: nothing may hang on its rows
        if any(t.parent == table.name or table.name in {o for _, o in t.references}
               for t in owned.OWNED_TABLES):  # fmt: skip
            raise ValueError(f"{table.name} cannot be held across writing what it names")
    read = read_owned(session, ids, {t.name for t in wanted})
    held = []
    for table in wanted:
        found = tuple(dict(row) for rows in read[table.name].values() for row in rows)
        # Every row of their owners was read: those owners' rows all go, a chunk at a time.
        owners = sorted({row[table.link] for row in found})
        link = table.table.c[table.link]
        for start in range(0, len(owners), CHUNK):
            session.execute(delete(table.table).where(link.in_(owners[start : start + CHUNK])))
        held.append(Held(table, found))
    return held


def hold_again(
    session: Session, held: Sequence[Held], written: Mapping[str, Mapping[Any, Any]]
) -> None:
    """Put the held rows back, naming the rows written anew by their ids now; one naming a
    row no longer there (a session added since and so not put back) stays out."""
    for hold in held:
        again = []
        for row in hold.rows:
            named = [(c, o) for c, o in hold.table.references if row[c] is not None]
            if any(row[c] not in written.get(o, {}) for c, o in named):
                continue
            again.append({**row, **{c: written[o][row[c]] for c, o in named}})
        if again:
            session.execute(insert(hold.table.table), again)
