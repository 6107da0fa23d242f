"""A closed database leaves nothing behind in memory: its engine, statement cache and session
classes go with it (a desktop session opens one database after another; the test suite
thousands)."""

from __future__ import annotations

import gc
import weakref

from sqlalchemy import select
from sqlalchemy.engine import URL

from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import EventRow


def test_a_closed_database_is_released(database_url: URL) -> None:
    db = Database.open(database_url)
    with db.transaction() as session:  # its listeners and statement cache in use
        session.scalars(select(EventRow)).all()
    del session
    released = weakref.ref(db)
    engine = weakref.ref(db.engine)
    db.close()
    del db
    gc.collect()
    assert released() is None
    assert engine() is None
