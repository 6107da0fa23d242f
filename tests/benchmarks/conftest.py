"""The 100,000-event database, built once per run through the service layer.

Benchmarks are not part of the default test run (pyproject's addopts ignore this folder);
run them by naming the folder:

    .venv/bin/python -m pytest tests/benchmarks -s -q -p no:cacheprovider

They print figures and ratios and assert nothing about time.
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchdata import BuiltDatabase, DraftMaker, make_catalog, peak_rss_mb

from eventplanner.services.workspace import Workspace

EVENTS = int(os.environ.get("EVENTPLANNER_BENCH_EVENTS", "100000"))
CHUNK = 5000


@pytest.fixture(scope="session")
def bench_dir() -> Iterator[Path]:
    """A temporary folder of this run's own, removed at the end.

    Not pytest's tmp_path: another pytest process started meanwhile prunes old basetemp
    folders, and would delete the 100,000-event database under a running benchmark.
    """
    with tempfile.TemporaryDirectory(prefix="eventplanner-bench-") as folder:
        yield Path(folder)


@pytest.fixture(scope="session")
def big_database(bench_dir: Path) -> Iterator[BuiltDatabase]:
    """A database of EVENTS events, made with EventService.create_many in chunks of CHUNK."""
    path = bench_dir / "planner-100k.sqlite"
    workspace = Workspace.open(path)
    try:
        catalog = make_catalog(workspace)
        maker = DraftMaker(catalog, seed=20240301)
        gc.collect()
        rss_before = peak_rss_mb()
        recurring = all_day = 0
        insert_seconds = generate_seconds = 0.0
        done = 0
        while done < EVENTS:
            started = time.perf_counter()
            drafts = maker.drafts(min(CHUNK, EVENTS - done))
            generate_seconds += time.perf_counter() - started
            recurring += sum(1 for d in drafts if d.recurrence is not None)
            all_day += sum(1 for d in drafts if d.timing.all_day)
            started = time.perf_counter()
            workspace.events.create_many(drafts)
            insert_seconds += time.perf_counter() - started
            done += len(drafts)
        built = BuiltDatabase(
            path=path,
            catalog=catalog,
            events=done,
            recurring=recurring,
            all_day=all_day,
            seconds=insert_seconds,
            generate_seconds=generate_seconds,
            peak_rss_before_mb=rss_before,
            peak_rss_after_mb=peak_rss_mb(),
        )
    finally:
        workspace.close()
    yield built


@pytest.fixture(scope="session")
def big_workspace(big_database: BuiltDatabase) -> Iterator[Workspace]:
    workspace = Workspace.open(big_database.path)
    yield workspace
    workspace.close()
