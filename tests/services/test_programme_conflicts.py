"""The programme's conflicts: a seeded database gives exactly its 50 known conflicts (ten of
each kind) and no other; a session being edited gets its own; the sample year has none."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import select

from eventplanner.domain.conflicts import DEFAULT_SEVERITY, ConflictKind
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.programme import Confirmation, PersonRole, RoleLink, Session, Target
from eventplanner.domain.programme_conflicts import Margins
from eventplanner.persistence.schema import ContactRow, SessionRow
from eventplanner.services.sample import SampleSummary
from eventplanner.services.workspace import Workspace
from tests.services.programme_conflict_world import PERIOD, STO, Seeded
from tests.services.test_sample import TODAY

PROGRAMME_KINDS = {
    ConflictKind.PERSON_DOUBLE_BOOKED, ConflictKind.OUTSIDE_AVAILABILITY,
    ConflictKind.ROLE_DECLINED, ConflictKind.STAGE_DOUBLE_BOOKED,
    ConflictKind.SESSION_OUTSIDE_EVENT,
}  # fmt: skip


pytestmark = pytest.mark.database_copy("programme_conflicts")  # seeded once a run: copies.py


@pytest.fixture
def seeded(made: object) -> Seeded:
    """The known conflicts of the seeded world this test's database is a copy of."""
    assert isinstance(made, Seeded)
    return made


def period() -> TimeWindow:
    return TimeWindow.days(*PERIOD, "Europe/Stockholm")


def _described(workspace: Workspace, conflicts: list) -> list[tuple]:  # type: ignore[type-arg]
    with workspace.database.reading() as db:
        titles = {r.id: r.title for r in db.execute(select(SessionRow.id, SessionRow.title))}
        names = {r.id: r.name for r in db.execute(select(ContactRow.id, ContactRow.name))}
    return sorted(
        (c.kind, c.start.date(), tuple(names[p] for p in c.people),
         tuple(sorted(titles[s] for s in c.sessions)))
        for c in conflicts
    )  # fmt: skip


def test_the_seeded_database_gives_exactly_its_50_known_conflicts(
    workspace: Workspace, seeded: Seeded
) -> None:
    found = workspace.conflicts.conflicts(period())
    assert _described(workspace, found) == sorted(seeded.expected)
    assert len(found) == 50
    assert Counter(c.kind for c in found) == dict.fromkeys(PROGRAMME_KINDS, 10)
    assert len({c.key for c in found}) == 50
    for conflict in found:
        assert conflict.severity is DEFAULT_SEVERITY[conflict.kind]
        assert conflict.start < conflict.end
        assert conflict.holds
        assert conflict.message


def test_messages_name_who_what_and_where(workspace: Workspace, seeded: Seeded) -> None:
    messages = {c.key: c.message for c in workspace.conflicts.conflicts(period())}
    text = "\n".join(messages.values())
    assert ("Anna 1 is booked twice at the same time: 'Öppning v1' (Stora salen, Aros Congress "
            "Center) 2027-09-06 10:00–11:00 as speaker and 'Panel v1' (Lilla salen, Aros "
            "Congress Center) 2027-09-06 10:30–11:30 as speaker") in text  # fmt: skip
    assert "Anna 3 is booked twice with less than 60 minutes between" in text
    assert "Anna 2 is booked twice with less than 10 minutes between" in text
    assert "Cia 1 declined to be moderator of 'Avböjt v1'" in text
    assert "Dag 1 is booked as speaker of 'Utom tiden v1' " in text
    assert "when they cannot be there (tandläkare)" in text
    assert "outside the hours they can be there (2027-09-13 09:00–12:00)" in text
    assert "The stage 'Hall A' of 'Mässdag v1' has two sessions at once" in text
    assert (
        "outside the opening hours of 'Innovationsdagar v1' that day (2027-09-06 09:00–17:00)"
        in text
    )
    assert "'Eftersnack v2' (2027-09-15 10:00–11:00) lies outside the days of its event" in text


def test_an_acceptance_holds_for_a_person_conflict(workspace: Workspace, seeded: Seeded) -> None:
    first = next(c for c in workspace.conflicts.conflicts(period())
                 if c.kind is ConflictKind.PERSON_DOUBLE_BOOKED)  # fmt: skip
    workspace.conflicts.accept(first.key, "Anna talar i båda, inspelat", window=period())
    again = {c.key: c for c in workspace.conflicts.conflicts(period())}
    assert again[first.key].accepted is not None and not again[first.key].holds


def test_wider_margins_find_more(workspace: Workspace, seeded: Seeded) -> None:
    workspace.programme_conflicts.margins = Margins(changeover=11, travel=61)
    found = workspace.conflicts.conflicts(period())
    # Bo's changeover and journey of exactly the margins now fall short, every week.
    assert len(found) == 50 + 2 * 10


def _saved(workspace: Workspace, title: str) -> Session:
    with workspace.database.reading() as db:
        ident = db.scalar(select(SessionRow.id).where(SessionRow.title == title))
    assert ident is not None
    return workspace.programme.session(ident)


def test_a_session_being_edited_gets_its_own_conflicts(
    workspace: Workspace, seeded: Seeded
) -> None:
    panel = _saved(workspace, "Panel v1")
    kinds = Counter(c.kind for c in workspace.programme_conflicts.conflicts_for_session(panel))
    assert kinds == {ConflictKind.PERSON_DOUBLE_BOOKED: 1}
    # Moved to after the opening (and the changeover): none.
    later = replace(panel, start=datetime(2027, 9, 6, 11, 10, tzinfo=STO),
                    end=datetime(2027, 9, 6, 12, tzinfo=STO))  # fmt: skip
    assert workspace.programme_conflicts.conflicts_for_session(later) == []
    # Onto the stage of Öppning at once, and before the opening hours.
    early = replace(panel, stage_id=_saved(workspace, "Öppning v1").stage_id,
                    start=datetime(2027, 9, 6, 8, 30, tzinfo=STO),
                    end=datetime(2027, 9, 6, 10, 30, tzinfo=STO))  # fmt: skip
    found = workspace.programme_conflicts.conflicts_for_session(early)
    kinds = Counter(c.kind for c in found)
    assert kinds == {
        ConflictKind.PERSON_DOUBLE_BOOKED: 1,
        ConflictKind.STAGE_DOUBLE_BOOKED: 1,
        ConflictKind.SESSION_OUTSIDE_EVENT: 1,
    }
    # The stage's other session in its event's zone, with its event's title.
    (stage,) = [c for c in found if c.kind is ConflictKind.STAGE_DOUBLE_BOOKED]
    assert "'Öppning v1' (2027-09-06 10:00–11:00)" in stage.message
    assert "of 'Innovationsdagar v1'" in stage.message


def test_a_new_session_with_people_given(workspace: Workspace, seeded: Seeded) -> None:
    opening = _saved(workspace, "Öppning v1")
    with workspace.database.reading() as db:
        anna = db.scalar(select(ContactRow.id).where(ContactRow.name == "Anna 1"))
        dag = db.scalar(select(ContactRow.id).where(ContactRow.name == "Dag 1"))
    assert anna is not None and dag is not None
    draft = Session(None, opening.event_id, "Ny", datetime(2027, 9, 6, 14, 30, tzinfo=STO),
                    datetime(2027, 9, 6, 15, 30, tzinfo=STO))  # fmt: skip
    people = [RoleLink(None, dag, PersonRole.SPEAKER, Target.SESSION, 0),
              RoleLink(None, anna, PersonRole.MODERATOR, Target.SESSION, 0,
                       Confirmation.DECLINED)]  # fmt: skip
    found = workspace.programme_conflicts.conflicts_for_session(draft, people)
    assert Counter(c.kind for c in found) == {
        ConflictKind.PERSON_DOUBLE_BOOKED: 1,  # Dag's "Utom tiden" 14–15
        ConflictKind.OUTSIDE_AVAILABILITY: 1,  # Dag's dentist
        ConflictKind.ROLE_DECLINED: 1,
    }
    assert all(c.sessions[-1] == -1 or -1 in c.sessions for c in found)


@pytest.mark.database_copy("sample_year", TODAY)
def test_the_sample_year_has_none_of_the_programme_kinds(
    workspace: Workspace, made: object
) -> None:
    summary = made
    assert isinstance(summary, SampleSummary)
    everything = TimeWindow.days(summary.first_day, summary.last_day, "Europe/Stockholm")
    with workspace.database.reading() as db:
        assert db.scalar(select(SessionRow.id).limit(1)) is not None  # it has a programme
        found = workspace.programme_conflicts.of_period(db, everything)
    assert found == []
