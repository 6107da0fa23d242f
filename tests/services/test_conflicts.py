"""The conflicts of a period: a seeded database gives exactly its known conflicts; an event
being edited gets its own; accepting one with a reason is kept, and the conflict stops
holding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventplanner.domain.conflicts import DEFAULT_SEVERITY, ConflictKind, Severity
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import EventDraft
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.changes import Action, Kind
from eventplanner.services.workspace import Workspace
from tests.services.conflict_world import YEAR, Seeded, at, seed, timed


@pytest.fixture
def seeded(workspace: Workspace, tmp_path: Path) -> Seeded:
    return seed(workspace, tmp_path)


def year() -> TimeWindow:
    return TimeWindow.days(*YEAR, "Europe/Stockholm")


def test_the_seeded_database_gives_exactly_its_known_conflicts(
    workspace: Workspace, seeded: Seeded
) -> None:
    found = workspace.conflicts.conflicts(year())
    listed = [
        (c.kind, tuple(sorted(o.title for o in c.occurrences)), c.start.date()) for c in found
    ]
    assert listed == list(seeded.expected)
    for conflict in found:
        assert conflict.severity is DEFAULT_SEVERITY[conflict.kind]
        assert conflict.accepted is None
        assert conflict.start < conflict.end
        for occurrence in conflict.occurrences:
            assert occurrence.title in conflict.message
    assert len({c.key for c in found}) == len(found)
    # Every event-level kind is there.
    assert {c.kind for c in found} == {
        ConflictKind.PUBLIC_HOLIDAY, ConflictKind.EVE, ConflictKind.BRIDGE_DAY,
        ConflictKind.VENUE_DOUBLE_BOOKED, ConflictKind.SUBSCRIBED_CLASH,
    }  # fmt: skip


def test_messages_name_what_and_where(workspace: Workspace, seeded: Seeded) -> None:
    messages: dict[ConflictKind, str] = {}
    for conflict in workspace.conflicts.conflicts(year()):
        messages.setdefault(conflict.kind, conflict.message)  # the first of each kind
    assert messages[ConflictKind.EVE] == (
        "'Midsommarmingel' is on Midsommarafton (2027-06-25), an eve most take off"
    )
    assert "Workshop om AI' at Kistamässan" in messages[ConflictKind.BRIDGE_DAY]
    assert "Kristi himmelsfärdsdag" in messages[ConflictKind.BRIDGE_DAY]
    clash = messages[ConflictKind.SUBSCRIBED_CLASH]
    assert "'Höstkonferens' at Elmia" in clash
    assert "'Regionala tillväxtdagen' at Umeå Folkets Hus" in clash
    assert "'Regionens evenemang'" in clash


def test_a_shorter_period_gives_only_its_own(workspace: Workspace, seeded: Seeded) -> None:
    april = TimeWindow.days(date(2027, 3, 27), date(2027, 4, 30), "Europe/Stockholm")
    found = workspace.conflicts.conflicts(april)
    assert [(c.kind, c.start.date()) for c in found] == [
        (ConflictKind.PUBLIC_HOLIDAY, date(2027, 3, 28)),
        (ConflictKind.PUBLIC_HOLIDAY, date(2027, 3, 29)),
        (ConflictKind.VENUE_DOUBLE_BOOKED, date(2027, 4, 14)),
    ]


def test_accepting_with_a_reason_is_kept_and_stops_holding(
    workspace: Workspace, seeded: Seeded
) -> None:
    found = workspace.conflicts.conflicts(year())
    venue = next(c for c in found if c.kind is ConflictKind.VENUE_DOUBLE_BOOKED)
    assert venue.severity is Severity.HOLD and venue.holds
    changes = workspace.conflicts.accept(venue.key, "  Two rooms at Aros, booked apart ")
    assert changes.touches(Kind.ACCEPTED_CONFLICT)
    again = {c.key: c for c in workspace.conflicts.conflicts(year())}
    accepted = again[venue.key].accepted
    assert accepted is not None and accepted.reason == "Two rooms at Aros, booked apart"
    assert not again[venue.key].holds
    assert [(a.key, kind) for a, kind, _text in workspace.conflicts.accepted()] == [
        (venue.key, ConflictKind.VENUE_DOUBLE_BOOKED)
    ]
    withdrawn = workspace.conflicts.withdraw(venue.key)
    assert withdrawn.ids(Kind.ACCEPTED_CONFLICT, Action.DELETED)
    assert workspace.conflicts.conflicts(year())[1].holds


def test_accepting_needs_a_reason_and_a_known_conflict(
    workspace: Workspace, seeded: Seeded
) -> None:
    key = workspace.conflicts.conflicts(year())[0].key
    with pytest.raises(ValidationError, match="reason"):
        workspace.conflicts.accept(key, "   ")
    with pytest.raises(NotFoundError, match="no conflict has the key 'nonsense'"):
        workspace.conflicts.accept("nonsense", "because")
    assert workspace.conflicts.accepted() == []


def test_a_moved_event_is_another_conflict(workspace: Workspace, seeded: Seeded) -> None:
    before = {c.key for c in workspace.conflicts.conflicts(year())}
    ident = seeded.ids["Nätverksträff"]
    event = workspace.events.get(ident)
    moved = timed("Nätverksträff", at(2027, 6, 6, 10), at(2027, 6, 6, 12), event.venue_id)
    workspace.events.update(ident, moved, expected_version=event.version)
    after = workspace.conflicts.conflicts(year())
    holiday = [c for c in after if c.occurrences[0].event_id == ident]
    assert [c.message.split(" is on ")[1] for c in holiday] == [
        "Nationaldagen (2027-06-06), a public holiday"
    ]
    assert holiday[0].key not in before


def test_an_event_being_edited_gets_its_conflicts_before_it_is_saved(
    workspace: Workspace, seeded: Seeded
) -> None:
    aros = workspace.events.get(seeded.ids["Rapportlansering"]).venue_id
    draft = timed("Ny lansering", at(2027, 4, 14, 11, 30), at(2027, 4, 14, 12, 30), aros)
    found = workspace.conflicts.of_draft(draft)
    assert sorted((c.kind, sorted(o.title for o in c.occurrences)) for c in found) == [
        (ConflictKind.VENUE_DOUBLE_BOOKED, ["Ny lansering", "Rapportlansering"]),
        (ConflictKind.VENUE_DOUBLE_BOOKED, ["Ny lansering", "Styrelsemöte"]),
    ]
    # The event itself, edited, is not its own conflict; its others are.
    ident = seeded.ids["Rapportlansering"]
    edited = timed("Rapportlansering", at(2027, 4, 14, 9), at(2027, 4, 14, 11, 30), aros)
    found = workspace.conflicts.of_draft(edited, event_id=ident)
    assert [sorted(o.title for o in c.occurrences) for c in found] == [
        ["Rapportlansering", "Styrelsemöte"]
    ]
    # Its days and the subscribed calendar, as it is typed.
    holiday = EventDraft("Julmarknad", AllDaySpan(date(2027, 12, 24), date(2027, 12, 26)))
    assert [c.kind for c in workspace.conflicts.of_draft(holiday)] == [
        ConflictKind.EVE, ConflictKind.PUBLIC_HOLIDAY, ConflictKind.PUBLIC_HOLIDAY
    ]  # fmt: skip
    breakfast = timed("Frukost", at(2027, 11, 4, 8, 30), at(2027, 11, 4, 9, 30))
    assert [c.kind for c in workspace.conflicts.of_draft(breakfast)] == [
        ConflictKind.SUBSCRIBED_CLASH
    ]


def test_a_series_being_edited_is_checked_occurrence_by_occurrence(
    workspace: Workspace, seeded: Seeded
) -> None:
    series = timed("Veckomöte", at(2027, 4, 29, 9), at(2027, 4, 29, 10),
                   recurrence=Recurrence("FREQ=WEEKLY;COUNT=3"))  # fmt: skip
    found = workspace.conflicts.of_draft(series)
    assert [(c.kind, c.start.date()) for c in found] == [
        (ConflictKind.PUBLIC_HOLIDAY, date(2027, 5, 6)),  # Kristi himmelsfärdsdag
    ]
    ascension = at(2027, 5, 6, 9).replace(tzinfo=None)
    rule = Recurrence("FREQ=WEEKLY;COUNT=3", exdates=(ascension,))
    struck = timed("Veckomöte", at(2027, 4, 29, 9), at(2027, 4, 29, 10), recurrence=rule)
    assert workspace.conflicts.of_draft(struck) == []


def test_a_database_without_events_has_no_conflicts(workspace: Workspace) -> None:
    assert workspace.conflicts.conflicts(year()) == []


@pytest.mark.database_copy("sample_year", date(2026, 11, 18))  # tests/copies.py
def test_the_sample_year_has_no_conflicts(workspace: Workspace, made: object) -> None:
    from eventplanner.services.sample import SampleSummary

    summary = made
    assert isinstance(summary, SampleSummary)
    everything = TimeWindow.days(summary.first_day, summary.last_day, "Europe/Stockholm")
    assert workspace.conflicts.conflicts(everything) == []
