"""Which tasks a write of a fair organiser's deadline will move, said before it is saved
(issue 15: the Stand window's question, `stand deadline … --dry-run`): the preview lists
exactly what the save then moves, from → to, for an edit, an addition, a removal and
several removals together; an undo given the save's moves puts the tasks back, also where
counting again alone would leave them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.stand import DeadlineKind, StandDeadline
from eventplanner.domain.task_moves import TaskMove
from eventplanner.domain.tasks import AnchorKind, Task, TaskDraft, TaskRule
from eventplanner.services.changes import Action, Kind
from eventplanner.services.workspace import Workspace
from tests.services.stand_world import Fair, make_fair

CATALOGUE = DeadlineKind.CATALOGUE_TEXT


def _from_deadline(text: str) -> TaskRule:
    return TaskRule(AnchorKind.FAIR_DEADLINE, parse_relative(text), anchor_ref=CATALOGUE.value)


def _catalogue(workspace: Workspace, fair: Fair, but: int | None = None) -> StandDeadline:
    return next(d for d in workspace.stand.stand(fair.event_id).deadlines
                if d.kind is CATALOGUE and d.co_exhibitor_id is None and d.id != but)  # fmt: skip


def _tasks(workspace: Workspace, fair: Fair) -> tuple[Task, Task, Task]:
    tasks, event = workspace.tasks, fair.event_id
    text = tasks.add(TaskDraft("Katalogtext", event_id=event, rule=_from_deadline("2wd before")))
    chained = tasks.add(
        TaskDraft("Bilder", event_id=event,
                  rule=TaskRule(AnchorKind.TASK, parse_relative("1w before"), text.task.id))
    ).task  # fmt: skip
    pinned = tasks.add(
        TaskDraft("Fast", event_id=event, rule=_from_deadline("1wd before"), pinned=True)
    ).task
    return text.task, chained, pinned


def _dates(workspace: Workspace, fair: Fair) -> dict[int, date]:
    return {t.id: t.due_date for t in workspace.tasks.list() if t.event_id == fair.event_id}


def _agrees(moves: list[TaskMove], before: dict[int, date], after: dict[int, date]) -> None:
    """The preview ``moves`` are exactly what happened between ``before`` and ``after``."""
    happened = {i: (before[i], after[i]) for i in after if before.get(i) != after[i]}
    assert {m.id: (m.before, m.after) for m in moves} == happened


def test_the_preview_of_an_edit_lists_what_the_save_moves(workspace: Workspace) -> None:
    fair = make_fair(workspace)  # the catalogue text is due Friday 15 January 2027
    text, chained, _pinned = _tasks(workspace, fair)
    catalogue = _catalogue(workspace, fair)
    later = replace(catalogue, due=date(2027, 1, 29))

    moves = workspace.stand.planned_deadline_moves(fair.event_id, [(catalogue, later)])

    assert [(m.id, m.title, m.before, m.after) for m in moves] == [
        # A week before the 13th is Trettondedag jul: the working day before it.
        (chained.id, "Bilder", date(2027, 1, 5), date(2027, 1, 20)),
        (text.id, "Katalogtext", date(2027, 1, 13), date(2027, 1, 27)),
    ]
    before = _dates(workspace, fair)
    written = workspace.stand.edit_deadline(later)
    _agrees(moves, before, _dates(workspace, fair))
    assert written.changes.ids(Kind.TASK, Action.CHANGED) == {m.id for m in moves}
    # Its title, notes or done move nothing, so nothing is read for them.
    assert (
        workspace.stand.planned_deadline_moves(
            fair.event_id, [(written.record, replace(written.record, title="Ny", done=True))]
        )
        == []
    )


def test_the_preview_of_an_addition_and_of_removals_together(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    text, _chained, _pinned = _tasks(workspace, fair)
    stand, event = workspace.stand, fair.event_id
    draft = StandDeadline(None, 0, CATALOGUE, date(2027, 1, 8), "Utkast")

    added_moves = stand.planned_deadline_moves(event, [(None, draft)])
    before = _dates(workspace, fair)
    earlier = stand.add_deadline(event, draft).record
    _agrees(added_moves, before, _dates(workspace, fair))
    assert {m.id for m in added_moves} >= {text.id}

    # Both taken away at once, the earliest first: the tasks go to the next one's day,
    # and there they stay (the kind is left with no deadline), step by step.
    first = _catalogue(workspace, fair, but=earlier.id)
    both: list[tuple[StandDeadline | None, None]] = [(earlier, None), (first, None)]
    removed_moves = stand.planned_deadline_moves(event, both)
    before = _dates(workspace, fair)
    for deadline, _none in both:
        assert deadline is not None and deadline.id is not None
        stand.remove_deadline(deadline.id)
    _agrees(removed_moves, before, _dates(workspace, fair))
    assert workspace.tasks.get(text.id).due_date == date(2027, 1, 13)


def test_an_undo_given_the_moves_puts_the_tasks_back(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    text, chained, _pinned = _tasks(workspace, fair)
    stand, event = workspace.stand, fair.event_id
    # The kind left without a deadline: the tasks stay on 13 January.
    stand.remove_deadline(_catalogue(workspace, fair).id or 0)
    was = _dates(workspace, fair)
    # A new catalogue deadline moves them; taking it away alone would leave them there.
    draft = StandDeadline(None, 0, CATALOGUE, date(2027, 2, 5))
    moves = stand.planned_deadline_moves(event, [(None, draft)])
    added = stand.add_deadline(event, draft)
    assert workspace.tasks.get(text.id).due_date == date(2027, 2, 3)
    assert {m.id for m in moves} == {text.id, chained.id}

    undone = stand.remove_deadline(added.record.id or 0, tasks_back=moves)

    assert _dates(workspace, fair) == was
    assert undone.ids(Kind.TASK, Action.CHANGED) == {text.id, chained.id}
    # The redo moves them again; an edit's undo with its moves takes them back too.
    again = stand.add_deadline(event, draft)
    edit = replace(again.record, due=date(2027, 2, 12))
    edit_moves = stand.planned_deadline_moves(event, [(again.record, edit)])
    stand.edit_deadline(edit)
    assert workspace.tasks.get(text.id).due_date == date(2027, 2, 10)
    stand.edit_deadline(replace(_catalogue(workspace, fair), due=again.record.due),
                        tasks_back=edit_moves)  # fmt: skip
    assert workspace.tasks.get(text.id).due_date == date(2027, 2, 3)
