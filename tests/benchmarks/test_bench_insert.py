"""Adding 10,000 events through the service layer against SQLAlchemy Core, same rows."""

from __future__ import annotations

import gc
import time
from pathlib import Path
from typing import Any

import pytest
from benchdata import DraftMaker, make_catalog, median, report
from sqlalchemy import insert, select

from eventplanner.domain.model import EventDraft
from eventplanner.persistence.schema import EventRow, TagRow, event_tags
from eventplanner.services.events import rows
from eventplanner.services.events.service import EventService, new_uid
from eventplanner.services.workspace import Workspace

EVENTS = 10_000
REPEATS = 3
GOAL_RATIO = 3.0

# Benchmarks must not fail on a slow machine; the default test timeout is 300 s.
pytestmark = pytest.mark.timeout(1800)


def _core_rows(drafts: list[EventDraft]) -> list[dict[str, Any]]:
    """The column values create_many stores, computed beforehand (not timed)."""
    now = rows.now_utc()
    values = []
    for draft in drafts:
        draft = EventService._checked(draft)
        rule = draft.recurrence.rule if draft.recurrence else None
        columns = rows.event_columns(draft, rule)
        columns["series_ends_at"] = (
            rows.series_end(draft.timing, rule, ()) if rule is not None else None
        )
        values.append(
            dict(columns, uid=new_uid(), sequence=0, version=1, created_at=now, modified_at=now)
        )
    return values


def test_insert_10k_service_vs_core(bench_dir: Path) -> None:
    tmp_path = bench_dir / "insert"
    tmp_path.mkdir()
    service_ms: list[float] = []
    core_ms: list[float] = []
    core_tags_ms: list[float] = []
    drafts: list[EventDraft] | None = None
    values: list[dict[str, Any]] = []
    for repeat in range(REPEATS):
        # The service: one create_many call (one transaction), into a fresh database.
        workspace = Workspace.open(tmp_path / f"service-{repeat}.sqlite")
        catalog = make_catalog(workspace)
        if drafts is None:
            drafts = DraftMaker(catalog, seed=7).drafts(EVENTS)
            values = _core_rows(drafts)
        gc.collect()
        started = time.perf_counter()
        ids = workspace.events.create_many(drafts)
        service_ms.append((time.perf_counter() - started) * 1000)
        assert len(ids) == EVENTS
        workspace.close()

        # The floor: Core executemany of the same event rows, one transaction.
        for with_tags, times in ((False, core_ms), (True, core_tags_ms)):
            workspace = Workspace.open(tmp_path / f"core-{repeat}-{with_tags}.sqlite")
            make_catalog(workspace)
            engine = workspace.database.engine
            tag_ids: dict[str, int] = {}
            if with_tags:
                with engine.connect() as connection:
                    tag_ids = dict(connection.execute(select(TagRow.name, TagRow.id)).all())
            gc.collect()
            started = time.perf_counter()
            with engine.begin() as connection:
                connection.execute(insert(EventRow), values)
                if with_tags:
                    # Core has no ids back from executemany: read them by UID, then link.
                    id_of = dict(connection.execute(select(EventRow.uid, EventRow.id)).all())
                    links = [
                        {"event_id": id_of[v["uid"]], "tag_id": tag_ids[name]}
                        for v, draft in zip(values, drafts, strict=True)
                        for name in dict.fromkeys(draft.tags)
                    ]
                    connection.execute(insert(event_tags), links)
            times.append((time.perf_counter() - started) * 1000)
            workspace.close()

    print(f"\nINSERT {EVENTS:,} events (fresh database each time, FTS triggers included):")
    report(
        "service EventService.create_many (events + tag links)",
        service_ms,
        floor=("Core insert(EventRow) executemany, events only", core_ms),
        goal_ratio=GOAL_RATIO,
        extra=f"{median(service_ms) / EVENTS:.3f} ms an event",
    )
    ratio_tags = median(service_ms) / median(core_tags_ms)
    print(
        f"    floor Core events + tag links: median {median(core_tags_ms):.2f} ms; "
        f"ratio {ratio_tags:.1f}×",
        flush=True,
    )
