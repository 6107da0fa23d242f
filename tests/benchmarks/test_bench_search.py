"""Title and text search in the 100,000-event database."""

from __future__ import annotations

import sqlite3

import pytest
from benchdata import (
    COMMON_WORD,
    MONTH_FIRST,
    MONTH_LAST,
    RARE_WORD,
    VERY_COMMON_WORD,
    BuiltDatabase,
    measure,
    report,
)

from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.services.workspace import Workspace

GOAL_MS = 50.0

# Benchmarks must not fail on a slow machine; the default test timeout is 300 s.
pytestmark = pytest.mark.timeout(1800)


@pytest.mark.parametrize("word", [RARE_WORD, COMMON_WORD, VERY_COMMON_WORD])
def test_search(big_database: BuiltDatabase, big_workspace: Workspace, word: str) -> None:
    queries = big_workspace.queries
    raw = sqlite3.connect(big_database.path)
    match = f'"{word}"'

    def floor() -> int:
        return len(raw.execute(
            "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", (match,)
        ).fetchall())  # fmt: skip

    try:
        matching = floor()
        floor_ms = measure(floor, repeats=9, warmup=1)
    finally:
        raw.close()
    found = queries.search(word)
    search_ms = measure(lambda: queries.search(word), repeats=9, warmup=1)

    window = TimeWindow.days(MONTH_FIRST, MONTH_LAST, "Europe/Stockholm")
    where = EventFilter(text=word)
    in_month = queries.occurrences(window, where)
    filter_ms = measure(lambda: queries.occurrences(window, where), repeats=9, warmup=1)

    print(
        f"\nSEARCH {word!r}: {matching:,} of {big_database.events:,} events match; "
        f"search() returns {len(found)} (limit 100); {len(in_month)} occurrences in "
        f"{MONTH_FIRST:%B %Y}"
    )
    fts = ("raw FTS5 MATCH via sqlite3 (all matching rowids)", floor_ms)
    report("EventQueries.search(word)", search_ms, floor=fts, goal_ms=GOAL_MS)
    report(
        "EventQueries.occurrences(month, EventFilter(text=word))",
        filter_ms, floor=fts, goal_ms=GOAL_MS,
    )  # fmt: skip
