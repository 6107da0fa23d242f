"""Undoing an import's update puts back what the import may have written; the budget lines
and registrations (with the sessions they chose) added since the import stay. An undone
series split keeps what the split never wrote (registrations and budget lines)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

from eventplanner.domain.budget import BudgetCategory, BudgetLine
from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.programme import Session
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.registrations import RegistrationStatus
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


def test_undoing_an_update_import_keeps_registrations_and_their_sessions(
    workspace: Workspace,
) -> None:
    (first,) = workspace.imports.apply_all((workspace.imports.plan(_ics(0, "Seminarium", "AI")),))
    (ident,) = first.created
    start = workspace.events.get(ident).timing.start  # type: ignore[union-attr]
    talk, panel = (
        workspace.programme.add_session(
            Session(None, ident, title, start + timedelta(hours=h), start + timedelta(hours=h + 1),
                    capacity=seats)
        ).record.id or 0
        for title, h, seats in (("Föredrag", 0, 1), ("Panel", 2, None))
    )  # fmt: skip
    people = [
        workspace.contacts.create(Contact(None, name, f"{name.split()[0].lower()}@mdu.se")).id or 0
        for name in ("Bo Ek", "Eva Lund", "Ali Berg", "Siv Ås")
    ]
    workspace.registrations.register(ident, people[0], session_ids=(talk, panel))
    (update,) = workspace.imports.apply_all(
        (workspace.imports.plan(_ics(2, "Seminarium om AI", "Robotik")),)
    )
    assert update.updated == (ident,)
    # Since the import: one more on both sessions (the talk full: waiting), one on the
    # panel alone, one on the event as a whole, and the first one's needs written.
    workspace.registrations.register(ident, people[1], session_ids=(talk, panel))
    workspace.registrations.register(ident, people[2], session_ids=(panel,))
    workspace.registrations.register(ident, people[3], needs="Vegetarisk kost")
    workspace.registrations.set_needs(ident, people[0], "Glutenfri kost")
    before = workspace.registrations.registrations(ident)

    workspace.imports.undo((update,))

    assert workspace.events.get(ident).title == "Seminarium"
    after = workspace.registrations.registrations(ident)
    assert sorted((x.registration.contact_id, x.registration.status,
                   x.registration.session_ids, x.registration.needs) for x in after.lines) == [
        (people[0], RegistrationStatus.REGISTERED, (talk, panel), "Glutenfri kost"),
        (people[1], RegistrationStatus.WAITLISTED, (talk, panel), ""),
        (people[2], RegistrationStatus.REGISTERED, (panel,), ""),
        (people[3], RegistrationStatus.REGISTERED, (), "Vegetarisk kost"),
    ]  # fmt: skip
    assert after.counts == before.counts
    # The sessions are the same rows, their seats as they were.
    programme = {s.id: s for s in workspace.programme.programme(ident).sessions}
    assert set(programme) == {talk, panel} and programme[talk].capacity == 1


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
