"""Building the 100,000-event database through EventService.create_many, in chunks."""

from __future__ import annotations

import pytest
from benchdata import BuiltDatabase

# Benchmarks must not fail on a slow machine; the default test timeout is 300 s.
pytestmark = pytest.mark.timeout(1800)


def test_build_100k(big_database: BuiltDatabase) -> None:
    built = big_database
    per_row_ms = built.seconds * 1000 / built.events
    size_mb = built.path.stat().st_size / 1024 / 1024
    print(
        f"\nBUILD {built.events:,} events ({built.recurring:,} recurring, "
        f"{built.all_day:,} all-day) via EventService.create_many in chunks of 5,000:\n"
        f"  create_many total {built.seconds:.1f} s ({per_row_ms:.3f} ms an event); "
        f"drafts generated in {built.generate_seconds:.1f} s (not counted)\n"
        f"  database file {size_mb:.0f} MB\n"
        f"  peak RSS (ru_maxrss) {built.peak_rss_before_mb:.0f} MB before the build, "
        f"{built.peak_rss_after_mb:.0f} MB after "
        f"(+{built.peak_rss_after_mb - built.peak_rss_before_mb:.0f} MB)",
        flush=True,
    )
