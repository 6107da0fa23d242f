"""How the window words tasks: their due dates, why a date was moved, their groups' headings
and their rules, in the window's language."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from eventplanner.domain.deadlines import Direction, Unit
from eventplanner.domain.tasks import AnchorKind, DueGroup, Task, TaskRule
from eventplanner.domain.working_days import OWN_DAY_OFF, SATURDAY, SUNDAY
from eventplanner.services.tasks.task_list import Grouping
from eventplanner.ui.text import day_text
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.tasks.task_rows import Section

translate = QCoreApplication.translate
_MOVED = re.compile(r"^(\d{4}-\d\d-\d\d) is (.+): moved to (\d{4}-\d\d-\d\d)$")


def short_day(day: date) -> str:
    """ "Tue 3 Mar 2027": a task's date in the list and in the previews."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def due_text(task: Task) -> str:
    """The date, its time if it has one, and a mark when a day off moved it."""
    text = short_day(task.due_date)
    if task.due_time is not None:
        text += " " + QLocale().toString(QTime(task.due_time.hour, task.due_time.minute),
                                         QLocale.FormatType.ShortFormat)  # fmt: skip
    if task.moved_reason:
        text += " *"
    return text


def day_off_words(why: str) -> str:
    """The domain's reason a day is off, in the window's language (a holiday's own
    Swedish name stays as it is)."""
    return {
        SATURDAY: translate("TaskTexts", "a Saturday"),
        SUNDAY: translate("TaskTexts", "a Sunday"),
        OWN_DAY_OFF: translate("TaskTexts", "one of the organisation's own days off"),
    }.get(why, why)


def moved_text(reason: str) -> str:
    """ "25 Dec 2026 is Juldagen: moved to 23 Dec 2026" from the domain's reason."""
    found = _MOVED.match(reason)
    if found is None:
        return reason
    before, why, after = found.groups()
    return filled(translate("TaskTexts", "%1 is %2: moved to %3"),
                  short_day(date.fromisoformat(before)), day_off_words(why),
                  short_day(date.fromisoformat(after)))  # fmt: skip


def rule_text(rule: TaskRule) -> str:
    """ "10 working days before the event's start"."""
    deadline = rule.deadline
    one = deadline.amount == 1
    units = {
        Unit.DAYS: translate("TaskTexts", "1 day") if one else translate("TaskTexts", "%1 days"),
        Unit.WEEKS: translate("TaskTexts", "1 week") if one else translate("TaskTexts", "%1 weeks"),
        Unit.WORKING_DAYS: translate("TaskTexts", "1 working day")
        if one
        else translate("TaskTexts", "%1 working days"),
    }
    anchors = {
        AnchorKind.EVENT_START: translate("TaskTexts", "the event's start"),
        AnchorKind.EVENT_END: translate("TaskTexts", "the event's end"),
        AnchorKind.PHASE: translate("TaskTexts", "a phase of the event"),
        AnchorKind.TASK: translate("TaskTexts", "another task"),
        AnchorKind.FAIR_DEADLINE: translate("TaskTexts", "the fair organiser's deadline"),
    }
    text = (
        translate("TaskTexts", "%1 before %2")
        if deadline.direction is Direction.BEFORE
        else translate("TaskTexts", "%1 after %2")
    )
    return filled(text, filled(units[deadline.unit], deadline.amount), anchors[rule.anchor])


def task_tooltip(task: Task) -> str:
    lines = [task.title, filled(translate("TaskTexts", "Due %1"), due_text(task).rstrip(" *"))]
    if task.rule is not None:
        lines.append(filled(translate("TaskTexts", "Counted: %1"), rule_text(task.rule)))
    if task.moved_reason:
        lines.append(filled(translate("TaskTexts", "Moved: %1"), moved_text(task.moved_reason)))
    if task.pinned:
        lines.append(translate("TaskTexts", "Pinned: stays when its event moves"))
    if task.done_at is not None:
        done = day_text(task.done_at.date())
        lines.append(
            filled(translate("TaskTexts", "Done %1 by %2"), done, task.done_by)
            if task.done_by
            else filled(translate("TaskTexts", "Done %1"), done)
        )
    if task.notes:
        lines.append(task.notes if len(task.notes) < 300 else task.notes[:300] + "…")
    return "\n".join(lines)


def group_title(by: Grouping, group: Section) -> str:
    """A heading: "Overdue", "This week"; an owner's name; an event's title."""
    if by is Grouping.DUE:
        return {
            DueGroup.OVERDUE.value: translate("TaskTexts", "Overdue"),
            DueGroup.TODAY.value: translate("TaskTexts", "Today"),
            DueGroup.THIS_WEEK.value: translate("TaskTexts", "This week"),
            DueGroup.LATER.value: translate("TaskTexts", "Later"),
            DueGroup.DONE.value: translate("TaskTexts", "Done"),
        }.get(group.key, group.title)
    if group.title:
        return group.title
    if by is Grouping.OWNER:
        return translate("TaskTexts", "No owner")
    return translate("TaskTexts", "No event")
