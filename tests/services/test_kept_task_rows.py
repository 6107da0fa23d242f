"""What the Tasks view shows between reads (``KeptRows``, issue 15), without a window: a
tick shows at once, stays shown over a read that comes back before its write is heard, and
gives way to the read once the write is; the changes heard add up until a read answers
them; a refused write (heard as everything) lets the ticks go."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from eventplanner.domain.tasks import Task
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.tasks.kept_rows import KeptRows, ticked
from eventplanner.services.tasks.task_rows import TaskRows, task_rows

TODAY = date(2027, 3, 10)
WRITTEN = datetime(2027, 3, 10, 9, 30, tzinfo=UTC)

LATE = Task(1, "1@t", "Beställ el", date(2027, 3, 1), version=3, sequence=2)
LATER = Task(2, "2@t", "Rapport", date(2027, 4, 1))


def read(*tasks: Task) -> TaskRows:
    return task_rows(tasks, TODAY)


def shown_task(rows: TaskRows | None, ident: int) -> Task:
    assert rows is not None
    return rows.task(rows.positions[ident])


def changed(*ids: int) -> ChangeSet:
    return ChangeSet.of(Kind.TASK, Action.CHANGED, ids)


def test_a_tick_is_the_task_as_its_write_leaves_it() -> None:
    done = ticked(LATE, WRITTEN)
    assert done == replace(LATE, done_at=WRITTEN, version=4)
    assert ticked(done) == replace(LATE, done_by="", version=5, sequence=3)  # open again


def test_a_tick_shows_at_once_and_gives_way_to_its_write_once_heard() -> None:
    kept = KeptRows()
    assert kept.ticked_here(LATE) is None  # nothing read yet: nothing to show it in
    kept = KeptRows()
    first = read(LATE, LATER)
    assert kept.answered(first) is first and kept.shown is first
    shown = kept.ticked_here(LATE)
    assert shown is not None and shown is kept.shown and kept.read is first
    assert shown_task(shown, 1).done and shown.counts.done == 1 and not shown_task(first, 1).done
    assert shown_task(kept.answered(read(LATE, LATER)), 1).done  # an older read: still ticked
    written = replace(ticked(LATE), done_at=WRITTEN)
    assert kept.heard(changed(1)) == changed(1)
    again = read(written, LATER)
    assert kept.answered(again) is again  # the read has the write: the tick is let go
    assert shown_task(kept.shown, 1).done_at == WRITTEN


def test_changes_heard_add_up_until_a_read_answers_them() -> None:
    kept = KeptRows()
    kept.answered(read(LATE, LATER))
    kept.heard(changed(1))
    events = ChangeSet.of(Kind.EVENT, Action.DELETED, [7])
    assert kept.heard(events) == changed(1) | events
    kept.answered(read(LATER))
    assert kept.heard(changed(2)) == changed(2)


def test_ticked_twice_shows_the_last_until_both_writes_are_heard() -> None:
    kept = KeptRows()
    kept.answered(read(LATE, LATER))
    done = shown_task(kept.ticked_here(LATE), 1)
    assert not shown_task(kept.ticked_here(done), 1).done  # opened again before any write
    kept.heard(changed(1))  # the tick is written
    assert not shown_task(kept.answered(read(ticked(LATE), LATER)), 1).done
    kept.heard(changed(1))  # the opening again too
    assert kept.answered(read(LATE, LATER)).counts.done == 0 and kept.shown is not None


def test_a_refused_write_lets_the_ticks_go() -> None:
    kept = KeptRows()
    first = read(LATE, LATER)
    kept.answered(first)
    kept.ticked_here(LATE)
    assert kept.heard(ChangeSet.all()).everything
    again = read(LATE, LATER)
    assert kept.answered(again) is again and not shown_task(again, 1).done
