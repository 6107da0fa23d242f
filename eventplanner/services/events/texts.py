"""The searchable text of events, read for a window's events at once: a search looks for its
words there (``domain.text``), in Python, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.text import searchable
from eventplanner.persistence.schema import EventRow

_CHUNK = 5000  # bound ids per statement: SQLite allows 32,766, and a long list costs to build


def read_texts(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """``domain.text.searchable`` of each event in ``ids``, by id."""
    texts: dict[int, str] = {}
    statement = select(EventRow.id, EventRow.title, EventRow.description)
    connection = session.connection()
    wanted = sorted(ids)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for ident, title, description in connection.execute(
            statement.where(EventRow.id.in_(chunk))
        ):
            texts[ident] = searchable(title, description)
    return texts
