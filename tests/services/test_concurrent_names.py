"""Twenty writers making the same tag and venue at once, in different cases, make one of each.

Each writer has a Database of its own (its own connections, as another program would), and
all start together: no duplicate rows, no raw duplicate-key errors.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.engine import URL

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import EventDraft, Venue
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace

WRITERS = 20
TAGS = ("Robotics", "robotics ", "ROBOTICS", " Robotics")
VENUES = ("Kongresshallen", "kongresshallen", "KONGRESSHALLEN ")


def _draft(n: int) -> EventDraft:
    start = datetime(2027, 3, 1, 9, 0, tzinfo=UTC) + timedelta(days=n)
    return EventDraft(
        title=f"Robotseminarium {n}",
        timing=TimedSpan(start, start + timedelta(hours=2)),
        tags=(TAGS[n % len(TAGS)], f"Dag {n}"),
    )


@pytest.mark.timeout(240)
def test_twenty_writers_make_one_tag_and_one_venue(database_url: URL) -> None:
    Workspace.open(database_url).close()  # made and upgraded once, before the race
    workspaces = [Workspace.open(database_url) for _ in range(WRITERS)]
    start = threading.Barrier(WRITERS, timeout=60)
    failures: list[BaseException] = []
    refused: list[ValidationError] = []
    made_venues: list[int] = []
    lock = threading.Lock()

    def write(n: int) -> None:
        workspace = workspaces[n]
        try:
            start.wait()
            workspace.events.create(_draft(n))
            try:
                venue = workspace.venues.create(Venue(None, VENUES[n % len(VENUES)]))
                with lock:
                    made_venues.append(venue.id or 0)
            except ValidationError as exc:
                with lock:
                    refused.append(exc)
        except BaseException as exc:
            with lock:
                failures.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=200)
        assert not any(t.is_alive() for t in threads)
        assert failures == []
        workspace = workspaces[0]
        robotics = [t.name for t in workspace.tags.list() if t.name.casefold() == "robotics"]
        assert len(robotics) == 1, robotics
        assert len(workspace.venues.list()) == 1
        assert len(made_venues) == 1
        assert len(refused) == WRITERS - 1
        assert all("already a venue" in str(exc) for exc in refused)
        events = workspace.queries.search("Robotseminarium")
        assert len(events) == WRITERS
        assert all(robotics[0] in o.tags for o in events)
    finally:
        for each in workspaces:
            each.close()
