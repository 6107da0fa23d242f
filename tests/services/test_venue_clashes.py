"""A venue booked by two overlapping events gives a warning, never an error."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.model import EventDraft, OccurrenceChange, Venue
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.events.clashes import describe
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")
LA = ZoneInfo("America/Los_Angeles")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


@pytest.fixture
def aros(workspace: Workspace) -> int:
    venue = workspace.venues.create(Venue(None, "Aros Congress Center", city="Västerås"))
    assert venue.id is not None
    return venue.id


@pytest.fixture
def kista(workspace: Workspace) -> int:
    venue = workspace.venues.create(Venue(None, "Kistamässan", city="Stockholm"))
    assert venue.id is not None
    return venue.id


def booking(title: str, start: datetime, end: datetime, venue: int | None) -> EventDraft:
    return EventDraft(title=title, timing=TimedSpan(start, end), venue_id=venue)


def test_overlapping_events_at_the_same_venue_warn_naming_the_other(
    workspace: Workspace, aros: int
) -> None:
    first = workspace.events.create(
        booking("Rapportlansering", at(2027, 4, 14, 10), at(2027, 4, 14, 12), aros)
    )
    assert first.warnings == ()
    second = workspace.events.create(
        booking("Nätverksträff", at(2027, 4, 14, 11), at(2027, 4, 14, 13), aros)
    )
    (warning,) = second.warnings
    assert warning.field == "venue"
    assert "Rapportlansering" in warning.message
    assert "Aros Congress Center" in warning.message
    assert "2027-04-14 10:00–12:00" in warning.message
    # The warning did not stop the save.
    assert workspace.events.get(second.event.id).title == "Nätverksträff"


def test_the_warning_comes_back_on_update_and_names_each_other_event(
    workspace: Workspace, aros: int
) -> None:
    workspace.events.create(booking("Lansering", at(2027, 4, 14, 9), at(2027, 4, 14, 11), aros))
    workspace.events.create(booking("Panel", at(2027, 4, 14, 13), at(2027, 4, 14, 15), aros))
    mine = workspace.events.create(
        booking("Lunchseminarium", at(2027, 4, 14, 11), at(2027, 4, 14, 13), aros)
    ).event
    longer = workspace.events.update(
        mine.id,
        replace(mine.draft(), timing=TimedSpan(at(2027, 4, 14, 10), at(2027, 4, 14, 14))),
        expected_version=mine.version,
    )
    messages = " | ".join(w.message for w in longer.warnings)
    assert len(longer.warnings) == 2
    assert "'Lansering'" in messages
    assert "'Panel'" in messages


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (at(2027, 4, 14, 12), at(2027, 4, 14, 14)),  # starts when the other ends
        (at(2027, 4, 14, 8), at(2027, 4, 14, 10)),  # ends when the other starts
        (at(2027, 4, 15, 10), at(2027, 4, 15, 12)),  # another day
    ],
)
def test_events_that_do_not_overlap_do_not_warn(
    workspace: Workspace, aros: int, start: datetime, end: datetime
) -> None:
    workspace.events.create(booking("Lansering", at(2027, 4, 14, 10), at(2027, 4, 14, 12), aros))
    assert workspace.events.create(booking("Annat", start, end, aros)).warnings == ()


def test_other_venues_and_no_venue_do_not_warn(workspace: Workspace, aros: int, kista: int) -> None:
    workspace.events.create(booking("Lansering", at(2027, 4, 14, 10), at(2027, 4, 14, 12), aros))
    assert (
        workspace.events.create(
            booking("I Kista", at(2027, 4, 14, 10), at(2027, 4, 14, 12), kista)
        ).warnings
        == ()
    )
    assert (
        workspace.events.create(
            booking("Digitalt", at(2027, 4, 14, 10), at(2027, 4, 14, 12), None)
        ).warnings
        == ()
    )


def test_cancelled_events_do_not_warn(workspace: Workspace, aros: int) -> None:
    other = workspace.events.create(
        booking("Inställd lansering", at(2027, 4, 14, 10), at(2027, 4, 14, 12), aros)
    ).event
    workspace.events.cancel(other.id)
    assert (
        workspace.events.create(
            booking("Ny bokning", at(2027, 4, 14, 10), at(2027, 4, 14, 12), aros)
        ).warnings
        == ()
    )
    # And a cancelled event itself is not warned about the booking that replaced it.
    cancelled = replace(
        booking("Också inställd", at(2027, 4, 14, 10), at(2027, 4, 14, 12), aros),
        status=EventStatus.CANCELLED,
    )
    assert workspace.events.create(cancelled).warnings == ()


def test_an_event_seen_in_another_zone_clashes_by_its_instant(
    workspace: Workspace, aros: int
) -> None:
    workspace.events.create(booking("Lansering", at(2027, 4, 14, 17), at(2027, 4, 14, 19), aros))
    # 09:00 in Los Angeles is 18:00 in Stockholm.
    call = EventDraft(
        "Samtal med Silicon Valley",
        TimedSpan(
            datetime(2027, 4, 14, 9, tzinfo=LA),
            datetime(2027, 4, 14, 10, tzinfo=LA),
            "America/Los_Angeles",
        ),
        venue_id=aros,
    )
    (warning,) = workspace.events.create(call).warnings
    assert "Lansering" in warning.message


def test_an_all_day_fair_clashes_with_a_timed_event_on_one_of_its_days(
    workspace: Workspace, kista: int
) -> None:
    workspace.events.create(
        EventDraft(
            "Automationsmässan",
            AllDaySpan(date(2027, 9, 14), date(2027, 9, 16)),
            venue_id=kista,
        )
    )
    (warning,) = workspace.events.create(
        booking("Kundmöte", at(2027, 9, 16, 15), at(2027, 9, 16, 16), kista)
    ).warnings
    assert "'Automationsmässan' on 2027-09-14 to 2027-09-16" in warning.message
    assert (
        workspace.events.create(
            booking("Dagen efter", at(2027, 9, 17, 9), at(2027, 9, 17, 10), kista)
        ).warnings
        == ()
    )


def test_a_series_warns_about_a_clash_with_a_later_occurrence(
    workspace: Workspace, aros: int
) -> None:
    workspace.events.create(booking("Styrelsemöte", at(2027, 5, 10, 17), at(2027, 5, 10, 19), aros))
    series = EventDraft(
        "Intraprenörskap",
        TimedSpan(at(2027, 3, 1, 18), at(2027, 3, 1, 20)),
        venue_id=aros,
        recurrence=Recurrence("FREQ=WEEKLY"),
    )
    (warning,) = workspace.events.create(series).warnings
    assert "Styrelsemöte" in warning.message
    # A single event landing on an occurrence of the series is warned too.
    (warning,) = workspace.events.create(
        booking("Extra kvällsmöte", at(2027, 3, 22, 19), at(2027, 3, 22, 21), aros)
    ).warnings
    assert "'Intraprenörskap' on 2027-03-22 18:00–20:00" in warning.message


def test_a_struck_out_or_cancelled_occurrence_does_not_warn(
    workspace: Workspace, aros: int
) -> None:
    series = workspace.events.create(
        EventDraft(
            "Intraprenörskap",
            TimedSpan(at(2027, 3, 1, 18), at(2027, 3, 1, 20)),
            venue_id=aros,
            recurrence=Recurrence("FREQ=WEEKLY;COUNT=8", (datetime(2027, 3, 15, 18),)),
        )
    ).event
    workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 22, 18), cancelled=True)
    )
    for day in (15, 22):
        result = workspace.events.create(
            booking("Ledig kväll", at(2027, 3, day, 18), at(2027, 3, day, 20), aros)
        )
        assert result.warnings == (), day
    (warning,) = workspace.events.create(
        booking("Krock", at(2027, 3, 29, 18), at(2027, 3, 29, 20), aros)
    ).warnings
    assert "Intraprenörskap" in warning.message


def test_moving_an_occurrence_onto_another_booking_warns(workspace: Workspace, aros: int) -> None:
    workspace.events.create(booking("Lansering", at(2027, 3, 10, 17), at(2027, 3, 10, 19), aros))
    series = workspace.events.create(
        EventDraft(
            "Intraprenörskap",
            TimedSpan(at(2027, 3, 1, 18), at(2027, 3, 1, 20)),
            venue_id=aros,
            recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"),
        )
    ).event
    result = workspace.events.change_occurrence(
        series.id,
        OccurrenceChange(
            datetime(2027, 3, 8, 18), timing=TimedSpan(at(2027, 3, 10, 18), at(2027, 3, 10, 20))
        ),
    )
    (warning,) = result.warnings
    assert "Lansering" in warning.message


def test_describe_timings() -> None:
    assert describe(TimedSpan(at(2027, 4, 14, 10), at(2027, 4, 14, 12))) == "2027-04-14 10:00–12:00"
    assert (
        describe(TimedSpan(at(2027, 4, 14, 22), at(2027, 4, 15, 2)))
        == "2027-04-14 22:00 to 2027-04-15 02:00"
    )
    assert describe(AllDaySpan(date(2027, 4, 14), date(2027, 4, 14))) == "2027-04-14 (all day)"
    assert describe(AllDaySpan(date(2027, 4, 14), date(2027, 4, 16))) == "2027-04-14 to 2027-04-16"


def test_clashes_are_shown_before_saving_and_ignore_the_event_itself(
    workspace: Workspace, aros: int
) -> None:
    saved = workspace.events.create(
        booking("Rapportlansering", at(2027, 4, 14, 10), at(2027, 4, 14, 12), aros)
    ).event
    before = workspace.queries.count()
    draft = booking("Nätverksträff", at(2027, 4, 14, 11), at(2027, 4, 14, 13), aros)
    (warning,) = workspace.events.clashes(draft)
    assert "Rapportlansering" in warning.message
    assert workspace.queries.count() == before  # nothing was saved
    # Editing the launch itself does not clash with its own old time.
    assert workspace.events.clashes(saved.draft(), event_id=saved.id) == ()
    # A weekly series is checked occurrence by occurrence.
    series = replace(
        booking("Kurs", at(2027, 3, 31, 11), at(2027, 3, 31, 12), aros),
        recurrence=Recurrence("FREQ=WEEKLY;COUNT=4"),
    )
    assert len(workspace.events.clashes(series)) == 1
    assert workspace.events.clashes(replace(series, recurrence=Recurrence(
        "FREQ=WEEKLY;COUNT=4", exdates=(datetime(2027, 4, 14, 11),)))) == ()  # fmt: skip
