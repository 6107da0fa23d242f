"""The playbooks' service: built-in and own playbooks, edits, files, and applying one to an
event (tasks with their rule and template, moving with the event, never made twice)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.model import Event, EventDraft
from eventplanner.domain.playbook_files import PlaybookFileError, dumps
from eventplanner.domain.playbooks import Anchor, Playbook, TaskTemplate
from eventplanner.domain.programme import Phase, PhaseKind
from eventplanner.domain.tasks import AnchorKind, OwnerRole, Task, TaskDraft
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.change_journal import recording
from eventplanner.services.changes import Action, Kind
from eventplanner.services.playbooks.shipped import shipped_playbooks
from eventplanner.services.tasks.service import TaskFilter
from eventplanner.services.workspace import Workspace

FAIR = "Trade fair with a shared stand"
ZONE = "Europe/Stockholm"


def weeks(n: int, direction: Direction = Direction.BEFORE) -> RelativeDeadline:
    return RelativeDeadline(n, Unit.WEEKS, direction, DayOff.EARLIER)


def small(name: str = "Nätverksträff") -> Playbook:
    return Playbook(
        name,
        (
            TaskTemplate("invitations", "Send invitations", "Skicka inbjudningar", weeks(4)),
            TaskTemplate(
                "reminder",
                "Remind",
                "Påminn",
                RelativeDeadline(10, Unit.WORKING_DAYS, Direction.AFTER, DayOff.LATER),
                anchor=Anchor(AnchorKind.TASK, "invitations"),
                owner_role=OwnerRole.COMMUNICATIONS,
            ),
            TaskTemplate(
                "rigging",
                "Rig the room",
                "Rigga lokalen",
                RelativeDeadline(1, Unit.WORKING_DAYS, Direction.BEFORE, DayOff.EARLIER),
                anchor=Anchor(AnchorKind.PHASE, "build-up"),
            ),
        ),
        event_kind=EventKind.NETWORK_MEETING,
    )


def fair(workspace: Workspace, first: date = date(2027, 3, 9)) -> Event:
    last = date(first.year, first.month, first.day + 2)
    return workspace.events.create(
        EventDraft("Underhållsmässan", AllDaySpan(first, last, ZONE), kind=EventKind.TRADE_FAIR)
    ).event


def test_the_built_in_playbooks_are_listed_and_read_only(workspace: Workspace) -> None:
    listed = workspace.playbooks.list()
    assert {s.name for s in listed} == {p.name for p in shipped_playbooks()}
    assert all(s.built_in and s.id is None for s in listed)
    assert workspace.playbooks.get(FAIR.upper()).playbook.name == FAIR
    with pytest.raises(ValidationError, match="built-in playbook and cannot be changed; copy"):
        workspace.playbooks.delete(FAIR)
    with pytest.raises(ValidationError, match="built-in"):
        workspace.playbooks.edit(FAIR, small(FAIR))
    with pytest.raises(NotFoundError, match="no playbook is called 'Kräftskiva'; there are: "):
        workspace.playbooks.get("Kräftskiva")


def test_a_copy_of_a_built_in_one_is_the_teams_to_edit(workspace: Workspace) -> None:
    with recording() as journal:
        copied = workspace.playbooks.copy(FAIR, "Vår mässa")
    assert journal.changes == copied.changes
    assert copied.changes.ids(Kind.PLAYBOOK, Action.CREATED) == {copied.stored.id}
    original = workspace.playbooks.get(FAIR).playbook
    assert copied.stored.playbook == replace(original, name="Vår mässa")
    playbook = copied.stored.playbook
    shorter = replace(playbook, templates=playbook.templates[:3])
    edited = workspace.playbooks.edit("vår mässa", shorter, version=copied.stored.version)
    assert edited.stored.version == 2
    assert workspace.playbooks.get("Vår mässa").playbook == shorter
    with pytest.raises(ConflictError, match="changed by someone else"):
        workspace.playbooks.edit("Vår mässa", playbook, version=1)
    names = [s.name for s in workspace.playbooks.list()]
    assert "Vår mässa" in names and FAIR in names
    assert workspace.playbooks.delete("Vår mässa").ids(Kind.PLAYBOOK, Action.DELETED)
    with pytest.raises(NotFoundError):
        workspace.playbooks.get("Vår mässa")


def test_names_are_one_playbooks_whatever_their_case(workspace: Workspace) -> None:
    workspace.playbooks.create(small())
    with pytest.raises(ValidationError, match="exists already"):
        workspace.playbooks.create(small(" NÄTVERKSTRÄFF "))
    with pytest.raises(ValidationError, match="exists already"):
        workspace.playbooks.create(small(FAIR.lower()))
    with pytest.raises(ValidationError, match="exists already"):
        workspace.playbooks.copy(FAIR, "nätverksträff")


def test_templates_are_added_changed_and_removed_checked_whole(workspace: Workspace) -> None:
    workspace.playbooks.create(small())
    extra = TaskTemplate("thanks", "Thank", "Tacka", weeks(1, Direction.AFTER),
                         anchor=Anchor(AnchorKind.EVENT_END))  # fmt: skip
    added = workspace.playbooks.add_template("Nätverksträff", extra, position=0)
    assert [t.key for t in added.stored.playbook.templates][:2] == ["thanks", "invitations"]
    changed = workspace.playbooks.edit_template(
        "Nätverksträff", "thanks", replace(extra, title_sv="Tacka alla")
    )
    assert changed.stored.playbook.templates[0].title_sv == "Tacka alla"
    with pytest.raises(ValidationError, match="no task has the key 'invitations'"):
        workspace.playbooks.remove_template("Nätverksträff", "invitations")
    circle = replace(extra, anchor=Anchor(AnchorKind.TASK, "reminder"))
    with pytest.raises(ValidationError, match="circle"):
        workspace.playbooks.edit_template(
            "Nätverksträff", "invitations", replace(circle, key="invitations")
        )
    removed = workspace.playbooks.remove_template("Nätverksträff", "reminder")
    assert [t.key for t in removed.stored.playbook.templates] == [
        "thanks",
        "invitations",
        "rigging",
    ]
    with pytest.raises(NotFoundError, match="no task with the key 'nothing'"):
        workspace.playbooks.remove_template("Nätverksträff", "nothing")


def test_export_and_import_share_a_playbook(workspace: Workspace, tmp_path: Path) -> None:
    path = workspace.playbooks.export(FAIR, tmp_path / "mässa.json")
    assert json.loads(path.read_text("utf-8"))["format"] == "eventplanner-playbook"
    with pytest.raises(ValidationError, match="exists already; import it under another name"):
        workspace.playbooks.import_file(path)
    renamed = workspace.playbooks.import_file(path, rename=True)
    assert renamed.stored.name == f"{FAIR} (2)" and not renamed.stored.built_in
    again = workspace.playbooks.import_file(path, rename=True)
    assert again.stored.name == f"{FAIR} (3)"
    named = workspace.playbooks.import_file(path, name="Elmia")
    assert named.stored.playbook == replace(shipped_playbooks()[-1], name="Elmia")


def test_a_bad_file_changes_nothing_and_says_where(workspace: Workspace, tmp_path: Path) -> None:
    data = json.loads(dumps(small()))
    data["tasks"][1]["due"]["direction"] = "sideways"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(PlaybookFileError) as caught:
        workspace.playbooks.import_file(bad)
    assert caught.value.field == "tasks[1] ('reminder').due.direction"
    with pytest.raises(ValidationError, match="no such file"):
        workspace.playbooks.import_file(tmp_path / "missing.json")
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ValidationError, match="UTF-8"):
        workspace.playbooks.import_file(binary)
    assert all(s.built_in for s in workspace.playbooks.list())


def test_applying_makes_the_tasks_with_their_rules(workspace: Workspace) -> None:
    event = fair(workspace)
    workspace.programme.add_phase(
        Phase(None, event.id, PhaseKind.BUILD_UP,
              datetime(2027, 3, 8, 7, tzinfo=UTC), datetime(2027, 3, 8, 16, tzinfo=UTC))
    )  # fmt: skip
    workspace.playbooks.create(small())
    with recording() as journal:
        applied = workspace.playbooks.apply("Nätverksträff", event.id, language="sv")
    assert journal.changes == applied.changes
    assert applied.changes.ids(Kind.TASK, Action.CREATED) == set(applied.task_ids)
    tasks = {t.template_key: t for t in workspace.tasks.list(TaskFilter(event_id=event.id))}
    invitations = tasks["nätverksträff/invitations"]
    reminder = tasks["nätverksträff/reminder"]
    rigging = tasks["nätverksträff/rigging"]
    assert invitations.title == "Skicka inbjudningar"
    assert invitations.due_date == date(2027, 2, 9)
    assert reminder.rule is not None and reminder.rule.anchor is AnchorKind.TASK
    assert reminder.rule.anchor_id == invitations.id
    assert reminder.due_date == date(2027, 2, 23)
    assert reminder.owner_role is OwnerRole.COMMUNICATIONS
    assert rigging.rule is not None and rigging.rule.anchor is AnchorKind.PHASE
    assert rigging.due_date == date(2027, 3, 5)  # a working day before Monday's build-up

    again = workspace.playbooks.apply("Nätverksträff", event.id)
    assert again.task_ids == () and not again.changes
    assert again.plan.existing == {"invitations", "reminder", "rigging"}
    assert len(workspace.tasks.list(TaskFilter(event_id=event.id))) == 3


def test_applied_tasks_move_with_the_event(workspace: Workspace) -> None:
    event = fair(workspace)
    workspace.playbooks.create(small())
    workspace.playbooks.apply("Nätverksträff", event.id)
    current = workspace.events.get(event.id)
    draft = replace(current.draft(), timing=AllDaySpan(date(2027, 3, 16), date(2027, 3, 18), ZONE))
    workspace.events.update(event.id, draft, expected_version=current.version)
    days = {t.template_key: t.due_date for t in workspace.tasks.list(TaskFilter(event_id=event.id))}
    # No phase: rigging was counted from the event's start, and moves with it.
    assert days == {
        "nätverksträff/invitations": date(2027, 2, 16),
        "nätverksträff/reminder": date(2027, 3, 2),
        "nätverksträff/rigging": date(2027, 3, 15),
    }
    plan = workspace.playbooks.plan("Nätverksträff", event.id)
    assert {t.template.key: t.due.day for t in plan.tasks} == {
        k.split("/")[1]: d for k, d in days.items()
    }


def test_a_playbook_grown_since_adds_only_its_new_tasks(workspace: Workspace) -> None:
    event = fair(workspace)
    playbook = small()
    workspace.playbooks.create(replace(playbook, templates=playbook.templates[:1]))
    first = workspace.playbooks.apply("Nätverksträff", event.id)
    task = workspace.tasks.get(first.task_ids[0])
    workspace.tasks.edit(
        task.id,
        replace(_draft_of(task), due_date=date(2027, 2, 1), rule=None),
        expected_version=task.version,
    )
    workspace.playbooks.edit("Nätverksträff", playbook)
    second = workspace.playbooks.apply("Nätverksträff", event.id)
    assert len(second.task_ids) == 2
    reminder = next(t for t in second.plan.new_tasks if t.template.key == "reminder")
    assert reminder.anchor_day == date(2027, 2, 1)  # from the task as it stands
    assert reminder.note == ""


def test_a_missing_fair_deadline_is_counted_from_the_event_and_said(workspace: Workspace) -> None:
    event = fair(workspace)
    applied = workspace.playbooks.apply(FAIR, event.id)
    assert len(applied.task_ids) == len(shipped_playbooks()[-1].templates)
    badges = next(t for t in applied.plan.tasks if t.template.key == "badges")
    assert "deadline 'badge_requests' is not known" in badges.note
    task = next(
        t for t in workspace.tasks.list(TaskFilter(event_id=event.id))
        if t.template_key and t.template_key.endswith("/badges")
    )  # fmt: skip
    assert task.due_date == badges.due.day == date(2027, 2, 16)
    assert task.rule is not None and task.rule.anchor is AnchorKind.EVENT_START
    assert "is not known" in task.notes


def test_applying_to_no_event_or_in_an_unknown_language_is_refused(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="no event has the id 999"):
        workspace.playbooks.apply(FAIR, 999)
    event = fair(workspace)
    with pytest.raises(ValidationError, match="language"):
        workspace.playbooks.apply(FAIR, event.id, language="de")
    assert workspace.tasks.list(TaskFilter(event_id=event.id)) == []


def _draft_of(task: Task) -> TaskDraft:
    return TaskDraft(task.title, task.due_date, task.event_id, task.notes,
                     owner_role=task.owner_role, rule=task.rule,
                     template_key=task.template_key)  # fmt: skip


def test_many_events_at_once_each_once(workspace: Workspace) -> None:
    first, second = fair(workspace), fair(workspace, date(2027, 4, 6))
    workspace.playbooks.create(small())
    workspace.playbooks.apply("Nätverksträff", second.id)
    with recording() as journal:
        applied = workspace.playbooks.apply_to_events(
            "Nätverksträff", [second.id, first.id, second.id]
        )
    assert [a.plan.event_id for a in applied] == [second.id, first.id]
    assert [len(a.task_ids) for a in applied] == [0, 3]
    assert journal.changes.ids(Kind.TASK, Action.CREATED) == set(applied[1].task_ids)
    reminder = workspace.tasks.get(applied[1].task_ids[1])
    assert reminder.rule is not None and reminder.rule.anchor_id == applied[1].task_ids[0]
    with pytest.raises(NotFoundError, match="no event has the id 77"):
        workspace.playbooks.apply_to_events("Nätverksträff", [first.id, 77])
    assert len(workspace.tasks.list(TaskFilter(event_id=first.id))) == 3
