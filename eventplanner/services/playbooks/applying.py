"""Applying a playbook to an event: a task for each template the event does not have yet,
due as planned, keeping its relative rule so it moves with the event
(``services.events.task_moves``), and its template (``template_key``: the playbook's name
key and the template's key), by which a second application knows what is there already.

A template counted from an anchor the event lacks (a phase, a fair deadline not entered)
keeps the rule it was counted by, from the event's start or end, and says so in its notes.
The rows go in with one Core insert (and one update linking the tasks counted from other
tasks to them): an event's forty tasks cost little more than the rows themselves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.playbooks import PlannedTask, Playbook, plan
from eventplanner.domain.tasks import AnchorKind, TaskRule, checked_title
from eventplanner.domain.text import name_key
from eventplanner.domain.working_days import WorkingCalendar
from eventplanner.persistence.schema import TaskRow
from eventplanner.services.events.rows import new_uid, now_utc
from eventplanner.services.playbooks.facts import FairDeadlines, chunks, events_facts
from eventplanner.services.playbooks.records import EventPlan
from eventplanner.services.tasks.records import rule_columns

_KEY_WIDTH = 200
"""``tasks.template_key``'s width."""


def template_tag(playbook: str, key: str) -> str:
    """What a task made from the template ``key`` of ``playbook`` keeps in ``template_key``:
    "trade fair with a shared stand/badges" (a long name by its hash)."""
    prefix = name_key(playbook)
    if len(prefix) + 1 + len(key) > _KEY_WIDTH:
        prefix = hashlib.sha256(prefix.encode()).hexdigest()[:32]
    return f"{prefix}/{key}"


def _prefix(playbook: str) -> str:
    return template_tag(playbook, "")


Existing = dict[str, tuple[int, date]]
"""The tasks an event has from a playbook: their id and due day by template key."""


def _hashed(playbook: str, keys: Iterable[str]) -> dict[str, str]:
    """The keys whose tags are the long name's hash (not under ``_prefix``), by tag."""
    prefix = _prefix(playbook)
    tags = {template_tag(playbook, k): k for k in keys}
    return {tag: k for tag, k in tags.items() if not tag.startswith(prefix)}


def existing_tasks(
    session: Session, playbook: str, event_ids: Sequence[int], keys: Iterable[str] = ()
) -> dict[int, Existing]:
    """The tasks each event has from ``playbook``, by event id (an event with none: {});
    ``keys``: its templates' (a long name tags some by its hash)."""
    prefix = _prefix(playbook)
    hashed = _hashed(playbook, keys)
    chosen = TaskRow.template_key.startswith(prefix, autoescape=True)
    if hashed:
        chosen = or_(chosen, TaskRow.template_key.in_(hashed))
    found: dict[int, Existing] = {ident: {} for ident in event_ids}
    for part in chunks(list(found)):
        rows = session.execute(
            select(TaskRow.event_id, TaskRow.id, TaskRow.template_key, TaskRow.due_date).where(
                TaskRow.event_id.in_(part), chosen
            )
        )
        for event_id, ident, tag, day in rows:
            if event_id is not None:  # always: chosen by it
                key = hashed.get(str(tag)) or str(tag)[len(prefix) :]
                found[event_id][key] = (ident, day)
    return found


def retag_tasks(session: Session, old: str, new: str, keys: Sequence[str]) -> list[int]:
    """The tasks made from the playbook called ``old`` tagged as made from ``new`` (a
    rename): applied again under its new name, it still knows what each event has. Their
    ids (none when the names differ only in case)."""
    prefix, moved = _prefix(old), {}
    if prefix == _prefix(new):
        return []
    table = TaskRow.__table__
    rows = session.execute(
        select(TaskRow.id, TaskRow.template_key).where(
            TaskRow.template_key.startswith(prefix, autoescape=True)
        )
    )
    for ident, tag in rows:
        key = str(tag)[len(prefix) :]
        if "/" not in key:  # not another playbook's whose name begins like this one's
            moved[ident] = template_tag(new, key)
    # A long name's tag may be its hash: found by each template's own.
    hashed = _hashed(old, keys)
    if hashed:
        for ident, tag in session.execute(
            select(TaskRow.id, TaskRow.template_key).where(TaskRow.template_key.in_(hashed))
        ):
            moved[ident] = template_tag(new, hashed[str(tag)])
    if moved:
        session.connection().execute(
            update(table)  # type: ignore[arg-type]
            .where(table.c.id == bindparam("b_id"))
            .values(template_key=bindparam("b_tag")),
            [{"b_id": ident, "b_tag": tag} for ident, tag in moved.items()],
        )
    return sorted(moved)


def plans_for(
    session: Session,
    playbook: Playbook,
    event_ids: Sequence[int],
    calendar: WorkingCalendar,
    fair_deadlines: FairDeadlines,
) -> list[tuple[EventPlan, Existing]]:
    """The playbook planned for each event (in the order given, once each), with the tasks
    each has from it already (counted from as they stand, and not made again)."""
    facts = events_facts(session, event_ids, fair_deadlines)
    keys = {t.key for t in playbook.templates}
    existing = existing_tasks(session, playbook.name, list(facts), keys)
    plans = []
    for ident, (title, event) in facts.items():
        # Only its templates' (a longer name may begin like this one's, "a/b" and "a").
        there = {key: found for key, found in existing[ident].items() if key in keys}
        known = {key: day for key, (_task, day) in there.items()}
        planned = plan(playbook, event, calendar, known=known)
        plans.append(
            (EventPlan(playbook.name, ident, title, tuple(planned), frozenset(known)), there)
        )
    return plans


def write_tasks(
    session: Session, plans: Sequence[tuple[EventPlan, Existing]], language: str
) -> list[list[int]]:
    """Make the tasks of each plan its event has not got; their ids, plan by plan, in the
    order of each plan's ``new_tasks``."""
    making = _Rows(language)
    values = [making.values(task, found) for found, _there in plans for task in found.new_tasks]
    if not values:
        return [[] for _ in plans]
    # One executemany, then the ids read back by event and template (RETURNING in order
    # would make SQLite insert row by row).
    table = TaskRow.__table__
    connection = session.connection()
    connection.execute(insert(table), values)  # type: ignore[arg-type]
    playbook = plans[0][0].playbook
    keys = {task.template.key for found, _there in plans for task in found.tasks}
    made = existing_tasks(session, playbook, [found.event_id for found, _there in plans], keys)
    ids: list[list[int]] = []
    links: list[dict[str, int]] = []
    for found, _there in plans:
        by_key = {key: ident for key, (ident, _day) in made[found.event_id].items()}
        ids.append([by_key[task.template.key] for task in found.new_tasks])
        links += [
            {"b_id": by_key[task.template.key], "b_anchor": by_key[task.counted_from.ref]}
            for task in found.new_tasks
            if task.counted_from.kind is AnchorKind.TASK
        ]
    if links:
        connection.execute(
            update(table)  # type: ignore[arg-type]
            .where(table.c.id == bindparam("b_id"))
            .values(anchor_task_id=bindparam("b_anchor")),
            links,
        )
    return ids


class _Rows:
    """The rows of one application: what a template's tasks share is worked out once
    (title, notes, owner, template key; the rule's columns once per rule and anchor)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.now = now_utc()
        self._shared: dict[tuple[str, str], dict[str, Any]] = {}
        self._rules: dict[tuple[Any, ...], dict[str, Any]] = {}

    def values(self, task: PlannedTask, event: EventPlan) -> dict[str, Any]:
        template = task.template
        shared = self._shared.get((event.playbook, template.key))
        if shared is None:
            shared = self._shared[(event.playbook, template.key)] = {
                "title": checked_title(template.title(self.language)),
                "notes": template.description(self.language), "owner_contact_id": None,
                "owner_role": template.owner_role.value, "due_time": None, "pinned": False,
                "done_at": None, "done_by": "", "sequence": 0, "created_at": self.now,
                "modified_at": self.now, "version": 1,
                "template_key": template_tag(event.playbook, template.key),
            }  # fmt: skip
        anchor = task.counted_from
        deadline = task.rule or template.rule
        key = (anchor, deadline, task.phase_id)
        columns = self._rules.get(key)
        if columns is None:
            rule = TaskRule(
                anchor.kind,
                deadline,
                anchor_id=task.phase_id if anchor.kind is AnchorKind.PHASE else None,
                anchor_ref=anchor.ref if anchor.kind is AnchorKind.FAIR_DEADLINE else None,
            )
            columns = self._rules[key] = rule_columns(rule)
        row = {**shared, **columns, "uid": new_uid(), "event_id": event.event_id,
               "due_date": task.due.day, "moved_reason": task.due.reason}  # fmt: skip
        if task.note:
            row["notes"] = "\n\n".join(n for n in (shared["notes"], _note(task)) if n)
        return row


def _note(task: PlannedTask) -> str:
    return f"{task.note[0].upper()}{task.note[1:]}." if task.note else ""
