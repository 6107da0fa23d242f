"""Undoing an import's update puts back what the import may have written; the budget lines
added since the import stay. An undone series split keeps what the split never wrote
(registrations and budget lines)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

from eventplanner.domain.budget import BudgetCategory, BudgetLine
from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series import split_draft
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from tests.services.stand_world import STO

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:seminar@test
DTSTAMP:20270101T000000Z
SEQUENCE:{sequence}
DTSTART:20270316T080000Z
DTEND:20270316T160000Z
SUMMARY:{title}
CATEGORIES:{tags}
END:VEVENT
END:VCALENDAR
"""


def _ics(sequence: int, title: str, tags: str) -> bytes:
    return ICS.format(sequence=sequence, title=title, tags=tags).encode()


def test_undoing_an_update_import_keeps_budget_lines(
    workspace: Workspace,
) -> None:
    (first,) = workspace.imports.apply_all((workspace.imports.plan(_ics(0, "Seminarium", "AI")),))
    (ident,) = first.created
    (update,) = workspace.imports.apply_all(
        (workspace.imports.plan(_ics(2, "Seminarium om AI", "Robotik")),)
    )
    assert update.updated == (ident,)
    line = BudgetLine(None, BudgetCategory.CATERING, Decimal("4321.50"), None, event_id=ident,
                      description="Lunch buffet")  # fmt: skip
    workspace.budget.add(line)

    workspace.imports.undo((update,))

    back = workspace.events.get(ident)
    assert back.title == "Seminarium" and back.tags == ("AI",)
    (kept,) = workspace.budget.event_budget(ident).lines
    assert kept.description == "Lunch buffet" and kept.planned == Decimal("4321.50")


def test_undoing_a_series_split_keeps_registrations_and_budget_lines(
    workspace: Workspace,
) -> None:
    start = datetime(2027, 3, 1, 18, tzinfo=STO)
    course = workspace.events.create(
        EventDraft("Kurs", TimedSpan(start, start + timedelta(hours=2), "Europe/Stockholm"),
                   capacity=24, recurrence=Recurrence("FREQ=WEEKLY;COUNT=6"))
    ).event  # fmt: skip
    whole = workspace.events.snapshot(course.id)
    split_at = datetime(2027, 3, 15, 18)
    draft = replace(split_draft(course, split_at), title="Del två")
    later = workspace.events.split_series(
        course.id, split_at, draft, expected_version=course.version
    ).later
    person = workspace.contacts.create(Contact(None, "Bo Ek", "bo.ek@mdu.se")).id or 0
    workspace.registrations.register(course.id, person)
    line = BudgetLine(None, BudgetCategory.VENUE, Decimal("1200"), None, event_id=course.id)
    workspace.budget.add(line)

    back = workspace.events.unsplit(whole, later.uid).event

    assert back.recurrence == course.recurrence
    assert workspace.registrations.registration(course.id, person).contact_id == person
    (kept,) = workspace.budget.event_budget(course.id).lines
    assert kept.planned == Decimal("1200")
