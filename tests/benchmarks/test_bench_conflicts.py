"""The conflicts of a year in the 100,000-event database (issue 14: the Conflicts view for
a year, at most a second), against the floor of reading that year's occurrences."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from benchdata import BuiltDatabase, measure, report

from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.services.workspace import Workspace

GOAL_MS = 1000.0

pytestmark = pytest.mark.timeout(1800)


def test_conflicts_of_a_year(big_database: BuiltDatabase, big_workspace: Workspace) -> None:
    window = TimeWindow.days(date(2024, 1, 1), date(2024, 12, 31), "Europe/Stockholm")
    service = big_workspace.conflicts
    found = service.conflicts(window)
    where = EventFilter(include_cancelled=False)
    occurrences = big_workspace.queries.occurrences(window, where)
    kinds = Counter(c.kind.value for c in found)
    service_ms = measure(lambda: service.conflicts(window), repeats=5, warmup=1)
    floor_ms = measure(lambda: big_workspace.queries.occurrences(window, where), repeats=5)
    print(
        f"\nCONFLICTS of 2024 in {big_database.events:,} events: {len(occurrences):,} "
        f"occurrences, {len(found):,} conflicts ({dict(sorted(kinds.items()))})"
    )
    report(
        "ConflictService.conflicts(year)",
        service_ms,
        floor=("EventQueries.occurrences(year), the occurrences it checks", floor_ms),
        goal_ms=GOAL_MS,
    )
