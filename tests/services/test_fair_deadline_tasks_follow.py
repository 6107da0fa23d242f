"""Tasks counted from a fair organiser's deadline follow it (issue 15): an edit of the
stand's deadline moves its open, unpinned tasks (and those counted from them) in the same
transaction, counted again by their rule; the change set names them; the edit back (undo)
takes them back; done and pinned ones, those of other kinds and a co-exhibitor's deadline
leave them be; a deadline taken away leaves them where they are."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.stand import DeadlineKind, StandDeadline
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.services.changes import Action, Kind
from eventplanner.services.workspace import Workspace
from tests.services.stand_world import Fair, make_fair

CATALOGUE = DeadlineKind.CATALOGUE_TEXT.value


def _from_deadline(text: str, kind: str = CATALOGUE) -> TaskRule:
    return TaskRule(AnchorKind.FAIR_DEADLINE, parse_relative(text), anchor_ref=kind)


def _catalogue(workspace: Workspace, fair: Fair) -> StandDeadline:
    return next(
        d
        for d in workspace.stand.stand(fair.event_id).deadlines
        if d.kind is DeadlineKind.CATALOGUE_TEXT and d.co_exhibitor_id is None
    )


def test_an_edited_deadline_moves_its_tasks_and_the_edit_back_takes_them_back(
    workspace: Workspace,
) -> None:
    fair = make_fair(workspace)  # the catalogue text is due Friday 15 January 2027
    tasks, event = workspace.tasks, fair.event_id
    text = tasks.add(TaskDraft("Katalogtext", event_id=event, rule=_from_deadline("2wd before")))
    assert text.task.due_date == date(2027, 1, 13)
    chained = tasks.add(
        TaskDraft("Bilder", event_id=event,
                  rule=TaskRule(AnchorKind.TASK, parse_relative("1w before"), text.task.id))
    ).task  # fmt: skip
    pinned = tasks.add(
        TaskDraft("Fast", event_id=event, rule=_from_deadline("1wd before"), pinned=True)
    ).task
    done = tasks.add(TaskDraft("Klar", event_id=event, rule=_from_deadline("3wd before"))).task
    tasks.mark_done(done.id)
    workspace.stand.add_deadline(
        event, StandDeadline(None, 0, DeadlineKind.ELECTRICITY_ORDER, date(2027, 2, 1))
    )
    other = tasks.add(
        TaskDraft("El", event_id=event, rule=_from_deadline("1wd after", "electricity_order"))
    ).task
    from_start = tasks.add(
        TaskDraft("Start", event_id=event,
                  rule=TaskRule(AnchorKind.EVENT_START, parse_relative("3wd before")))
    ).task  # fmt: skip

    catalogue = _catalogue(workspace, fair)
    written = workspace.stand.edit_deadline(replace(catalogue, due=date(2027, 1, 29)))
    assert written.changes.ids(Kind.TASK, Action.CHANGED) == {text.task.id, chained.id}
    assert written.changes.ids(Kind.STAND_DEADLINE, Action.CHANGED) == {catalogue.id}
    moved = tasks.get(text.task.id)
    assert (moved.due_date, moved.sequence) == (date(2027, 1, 27), text.task.sequence + 1)
    assert tasks.get(chained.id).due_date == date(2027, 1, 20)
    for kept in (pinned, done, other, from_start):
        assert tasks.get(kept.id).due_date == kept.due_date

    # A change that leaves the date where it is (ticked done) moves nothing.
    ticked = workspace.stand.edit_deadline(replace(written.record, done=True))
    assert not ticked.changes.ids(Kind.TASK)

    # The undo of the edit writes the deadline back: its tasks go back with it.
    back = workspace.stand.edit_deadline(replace(ticked.record, due=catalogue.due, done=False))
    assert back.changes.ids(Kind.TASK, Action.CHANGED) == {text.task.id, chained.id}
    assert tasks.get(text.task.id).due_date == date(2027, 1, 13)
    assert tasks.get(chained.id).due_date == chained.due_date


def test_the_earliest_deadline_of_its_kind_counts_added_or_removed(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    tasks, stand, event = workspace.tasks, workspace.stand, fair.event_id
    text = tasks.add(TaskDraft("Katalogtext", event_id=event, rule=_from_deadline("2wd before")))
    earlier = stand.add_deadline(
        event, StandDeadline(None, 0, DeadlineKind.CATALOGUE_TEXT, date(2027, 1, 8), "Utkast")
    )
    assert earlier.changes.ids(Kind.TASK, Action.CHANGED) == {text.task.id}
    # Two working days before Friday the 8th: the 6th is Trettondedag jul, so the 5th.
    assert tasks.get(text.task.id).due_date == date(2027, 1, 5)
    # A co-exhibitor's deadline of the kind is theirs, not the stand's: nothing moves.
    robotics = stand.stand(event).co_exhibitors[0]
    theirs = stand.add_deadline(
        event,
        StandDeadline(None, 0, DeadlineKind.CATALOGUE_TEXT, date(2027, 1, 4),
                      co_exhibitor_id=robotics.id),
    )  # fmt: skip
    assert not theirs.changes.ids(Kind.TASK)

    removed = stand.remove_deadline(earlier.record.id or 0)
    assert removed.ids(Kind.TASK, Action.CHANGED) == {text.task.id}
    assert tasks.get(text.task.id).due_date == date(2027, 1, 13)
    # The kind left without a deadline: its tasks stay where they are.
    gone = stand.remove_deadline(_catalogue(workspace, fair).id or 0)
    assert not gone.ids(Kind.TASK)
    assert tasks.get(text.task.id).due_date == date(2027, 1, 13)
