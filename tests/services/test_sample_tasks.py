"""The sample year's tasks (issue 15): every event of a kind a shipped playbook suits has
its tasks, in Swedish, owned by the team; before the sample's today most are done and some
are overdue; after it all are open; and each task follows its event's playbook."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.filters import TimeWindow
from eventplanner.services.playbooks.shipped import shipped_playbooks
from eventplanner.services.sample import SampleSummary
from eventplanner.services.sample.tasks import OVERDUE_WINDOW, PARTS
from eventplanner.services.tasks.service import TaskFilter
from eventplanner.services.workspace import Workspace

TODAY = date(2026, 11, 18)
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py


def test_every_event_with_a_playbook_has_its_tasks_and_an_autumn_of_work(
    workspace: Workspace, made: object
) -> None:
    summary = made
    assert isinstance(summary, SampleSummary)
    tasks = workspace.tasks.list()
    assert summary.tasks == len(tasks) > 100
    books = {p.event_kind: p for p in shipped_playbooks()}
    window = TimeWindow.days(summary.first_day, summary.last_day)
    event_ids = dict.fromkeys(o.event_id for o in workspace.queries.occurrences(window))
    per_event = Counter(t.event_id for t in tasks)
    for ident in event_ids:
        event = workspace.events.get(ident)
        book = None if event.title.startswith(PARTS) else books.get(event.kind)
        assert per_event[ident] == (len(book.templates) if book else 0), event.title
    assert {workspace.events.get(i).kind for i in per_event} >= {
        EventKind.TRADE_FAIR, EventKind.LAUNCH, EventKind.INNOVATION_DAY, EventKind.COURSE,
        EventKind.SEMINAR,
    }  # fmt: skip

    before = [t for t in tasks if t.due_date < TODAY]
    after = [t for t in tasks if t.due_date >= TODAY]
    assert before and after
    assert not any(t.done for t in after)
    overdue = [t for t in before if not t.done]
    assert 0 < len(overdue) < len(before) / 3
    assert all(t.done_by for t in before if t.done)
    recent = TODAY - timedelta(days=2)
    assert all(not t.done for t in before if t.due_date >= recent)
    # Older work was done long ago: only the last weeks' is left overdue.
    assert all(t.due_date >= TODAY - OVERDUE_WINDOW for t in overdue)

    assert all(t.owner_name for t in tasks)
    stand = [t for t in tasks if t.owner_role and t.owner_role.value == "stand lead"]
    assert stand and {t.owner_name for t in stand} == {"Märta Håkansson"}
    titles = {t.title for t in tasks}
    assert "Beställ utställarkort" in titles and "Order exhibitor badges" not in titles
    listed = workspace.tasks.list(TaskFilter(overdue_on=TODAY))
    assert {t.id for t in listed} == {t.id for t in overdue}
