"""The Tasks view's rows as read (issue 15): every task once, with all a keystroke in the
filter box needs made beforehand, on the reading thread: each task's search key (title,
owner and event, case folded) and, under each heading of the three groupings, its tasks in
date order. A keystroke then only tests ``word in key`` over ints (``task_list``); nothing
is grouped, sorted or worded again on the GUI thread.

A task is an int, its *slot* in ``TaskRows.tasks``. A read puts the tasks in their slots in
date order; after a write the rows are ``amended`` rather than read again: the tasks it
changed keep their slots, new ones are added at the end, deleted ones leave their slot
empty, and only the headings they leave or join are made again. A tick done of one task
among 50,000 then costs a few of those headings' tuples, not the 0.2-0.6 s of making every
row (and the 2.5-3 s it took to read them as ORM objects).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from eventplanner.domain.tasks import DueGroup, Task, due_group, in_order
from eventplanner.domain.text import swedish_sort_key
from eventplanner.services.tasks.counts import TaskCounts


@dataclass(frozen=True, slots=True)
class Section:
    """A heading of the Tasks view and the slots of its tasks (in date order)."""

    key: str
    """A ``DueGroup`` value, an owner's or an event's id as text ("" for none)."""
    title: str
    """What the heading shows (an owner's name, an event's title; "" for none)."""
    rows: tuple[int, ...]
    """Every task under it."""
    open_rows: tuple[int, ...]
    """Those not done (what is shown while Show done is off)."""


@dataclass(frozen=True, slots=True)
class TaskRows:
    """Every task as the Tasks view reads it, seen from ``today``."""

    today: date
    tasks: tuple[Task | None, ...] = ()
    """Each task at its slot: in date order as read; one added since at the end, one
    deleted since leaves None."""
    keys: tuple[str, ...] = ()
    """Each task's ``search_key``, at its slot."""
    by_due: tuple[Section, ...] = ()
    by_owner: tuple[Section, ...] = ()
    by_event: tuple[Section, ...] = ()
    counts: TaskCounts = field(default_factory=TaskCounts)
    positions: dict[int, int] = field(default_factory=dict)
    """Each task's slot, by id."""

    def task(self, slot: int) -> Task:
        """The task at ``slot`` (one a section lists)."""
        found = self.tasks[slot]
        if found is None:
            raise LookupError(f"slot {slot} holds a task deleted since the read")
        return found

    def listed(self) -> list[Task]:
        """Every task there is, in date order."""
        return sorted((task for task in self.tasks if task is not None), key=order_of)


def search_key(task: Task) -> str:
    """What the filter's words are looked for in: title, owner and event, case folded."""
    return f"{task.title}\n{task.owner_name}\n{task.event_title}".casefold()


def order_of(task: Task) -> tuple[date, time, int]:
    """Where a task comes in date order (``in_order``)."""
    return task.due_date, task.due_time or time.max, task.id


def task_rows(tasks: Iterable[Task], today: date, *, in_date_order: bool = False) -> TaskRows:
    """``tasks`` made into the view's rows, seen from ``today``: by due group (overdue,
    today, this week, later, done; every one, empty or not), by owner and by event (names in
    Swedish order, those without last). ``in_date_order``: they come so already (as the
    database sorted them), and are not sorted again."""
    ordered = tuple(tasks) if in_date_order else tuple(in_order(tasks))
    sunday = today + timedelta(days=6 - today.weekday())
    due: dict[DueGroup, tuple[list[int], list[int]]] = {g: ([], []) for g in DueGroup}
    overdue, on_today, this_week = (due[g][0] for g in (DueGroup.OVERDUE, DueGroup.TODAY,
                                                        DueGroup.THIS_WEEK))  # fmt: skip
    later, done = due[DueGroup.LATER][0], due[DueGroup.DONE][0]
    owners: dict[int | None, tuple[str, list[int], list[int]]] = {}
    events: dict[int | None, tuple[str, list[int], list[int]]] = {}
    for at, task in enumerate(ordered):  # one pass: a task's groups as ``due_group`` says
        day = task.due_date
        is_open = task.done_at is None
        if not is_open:
            done.append(at)
        elif day < today:
            overdue.append(at)
        elif day == today:
            on_today.append(at)
        elif day <= sunday:
            this_week.append(at)
        else:
            later.append(at)
        for found, ident, name in ((owners, task.owner_contact_id, task.owner_name),
                                   (events, task.event_id, task.event_title)):  # fmt: skip
            lists = found.get(ident)
            if lists is None:
                lists = found[ident] = (name, [], [])
            lists[1].append(at)
            if is_open:
                lists[2].append(at)
    for group, (rows, open_rows) in due.items():
        if group is not DueGroup.DONE:
            open_rows.extend(rows)
    by_due = tuple(Section(g.value, g.value, tuple(r), tuple(o)) for g, (r, o) in due.items())
    return TaskRows(
        today=today,
        tasks=ordered,
        keys=tuple(search_key(task) for task in ordered),
        by_due=by_due,
        by_owner=_named_sections(owners),
        by_event=_named_sections(events),
        counts=_counts(by_due, len(ordered)),
        positions={task.id: at for at, task in enumerate(ordered)},
    )


def amended(rows: TaskRows, changed: Iterable[Task], gone: Iterable[int] = ()) -> TaskRows:
    """``rows`` with the ``changed`` tasks put in (a new one added, another in its own
    slot) and the tasks ``gone`` (by id) taken out. Every other task keeps its slot and
    every heading none of them leaves or joins stays as it was: the same rows as a fresh
    read of the same tasks, listed the same (``TaskRows.listed``, the sections by task)."""
    tasks = list(rows.tasks)
    keys = list(rows.keys)
    positions = dict(rows.positions)
    before: dict[int, Task] = {}
    """The task each slot amended held before (none for a new one)."""
    after: dict[int, Task] = {}
    """The task each slot amended holds now (none for one gone)."""
    for ident in gone:
        slot = positions.pop(ident, None)
        if slot is not None:
            before[slot] = rows.task(slot)
            tasks[slot], keys[slot] = None, ""
    for task in changed:
        slot = positions.get(task.id)
        if slot is None:
            slot = positions[task.id] = len(tasks)
            tasks.append(task)
            keys.append(search_key(task))
        elif tasks[slot] == task:
            continue
        else:
            before.setdefault(slot, rows.task(slot))
            tasks[slot], keys[slot] = task, search_key(task)
        after[slot] = task
    if not before and not after:
        return rows
    if len(tasks) > 2 * len(positions) + 1000:  # mostly empty slots: made anew, compact
        return task_rows((task for task in tasks if task is not None), rows.today)

    def place(slot: int) -> tuple[date, time, int]:
        found = tasks[slot]
        assert found is not None
        return order_of(found)

    def due(task: Task) -> tuple[str, str]:
        group = due_group(task, rows.today).value
        return group, group

    def owner(task: Task) -> tuple[str, str]:
        return _key(task.owner_contact_id), task.owner_name

    def event(task: Task) -> tuple[str, str]:
        return _key(task.event_id), task.event_title

    change = _Change(before, after, place)
    by_due = change.sections(rows.by_due, due, keep_empty=True)
    return TaskRows(
        today=rows.today,
        tasks=tuple(tasks),
        keys=tuple(keys),
        by_due=by_due,
        by_owner=change.sections(rows.by_owner, owner),
        by_event=change.sections(rows.by_event, event),
        counts=_counts(by_due, len(positions)),
        positions=positions,
    )


@dataclass(frozen=True, slots=True)
class _Change:
    """The slots an amendment changed, to put them under the headings of a grouping."""

    before: dict[int, Task]
    after: dict[int, Task]
    place: Callable[[int], tuple[date, time, int]]

    def sections(
        self,
        sections: tuple[Section, ...],
        heading: Callable[[Task], tuple[str, str]],
        *,
        keep_empty: bool = False,
    ) -> tuple[Section, ...]:
        """``sections`` (of the grouping whose ``heading`` of a task is its section's key
        and title) with the changed slots taken out of the sections they were in and put
        into those they are in now; a section left empty goes unless ``keep_empty``."""
        leaving: dict[str, set[int]] = {}
        joining: dict[str, list[int]] = {}
        titles: dict[str, str] = {}
        for slot, new in self.after.items():
            key, titles[key] = heading(new)
            old = self.before.get(slot)
            if old is not None and heading(old)[0] == key and _same_place(old, new):
                continue  # the same slot in the same place: its section's rows stay
            joining.setdefault(key, []).append(slot)
            if old is not None:
                leaving.setdefault(heading(old)[0], set()).add(slot)
        for slot, old in self.before.items():
            if slot not in self.after:
                leaving.setdefault(heading(old)[0], set()).add(slot)
        index = {section.key: n for n, section in enumerate(sections)}
        made = list(sections)
        reorder = False
        for key in leaving.keys() | joining.keys() | titles.keys():
            at = index.get(key)
            section = made[at] if at is not None else Section(key, titles[key], (), ())
            if key not in leaving and key not in joining and titles[key] == section.title:
                continue  # its tasks changed in place: the same section
            rows, open_rows = self._moved(section, leaving.get(key, set()), joining.get(key, []))
            title = titles.get(key, section.title)
            reorder = reorder or title != section.title or at is None
            replaced = Section(key, title, rows, open_rows)
            if at is None:
                index[key] = len(made)
                made.append(replaced)
            else:
                made[at] = replaced
        if keep_empty:
            return tuple(made)
        kept = [section for section in made if section.rows]
        return tuple(sorted(kept, key=_section_order) if reorder else kept)

    def _moved(
        self, section: Section, leaving: set[int], joining: list[int]
    ) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The section's rows and open rows without ``leaving``, with ``joining``, each
        in date order."""
        rows, open_rows = section.rows, section.open_rows
        if leaving:
            rows = tuple(slot for slot in rows if slot not in leaving)
            open_rows = tuple(slot for slot in open_rows if slot not in leaving)
        if joining:
            rows = self._joined(rows, joining)
            opened = [slot for slot in joining if self.after[slot].done_at is None]
            open_rows = self._joined(open_rows, opened) if opened else open_rows
        return rows, open_rows

    def _joined(self, rows: tuple[int, ...], joining: list[int]) -> tuple[int, ...]:
        if len(joining) > 32:  # many: one sort of the nearly sorted whole
            return tuple(sorted((*rows, *joining), key=self.place))
        joined = list(rows)
        for slot in joining:
            bisect.insort(joined, slot, key=self.place)
        return tuple(joined)


def _same_place(old: Task, new: Task) -> bool:
    """Whether ``new`` comes where ``old`` came, in date order and open or done."""
    return order_of(old) == order_of(new) and (old.done_at is None) == (new.done_at is None)


def _key(ident: int | None) -> str:
    return "" if ident is None else str(ident)


def _section_order(section: Section) -> tuple[bool, str, int]:
    """Names in Swedish order, the section of none last, equal names by id."""
    return section.key == "", swedish_sort_key(section.title), int(section.key or 0)


def _named_sections(
    found: dict[int | None, tuple[str, list[int], list[int]]],
) -> tuple[Section, ...]:
    made = [Section(_key(ident), name, tuple(rows), tuple(open_rows))
            for ident, (name, rows, open_rows) in found.items()]  # fmt: skip
    return tuple(sorted(made, key=_section_order))


def _counts(by_due: Sequence[Section], total: int) -> TaskCounts:
    sizes = {section.key: len(section.rows) for section in by_due}
    done = sizes[DueGroup.DONE.value]
    return TaskCounts(
        open=total - done,
        overdue=sizes[DueGroup.OVERDUE.value],
        today=sizes[DueGroup.TODAY.value],
        this_week=sizes[DueGroup.THIS_WEEK.value],
        done=done,
    )
