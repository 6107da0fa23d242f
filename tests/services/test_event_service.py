"""EventService on every backend: round trips, revisions, conflicts, series and their changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus, OrganisationType
from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import (
    Event,
    EventDraft,
    OccurrenceChange,
    Organisation,
    Project,
    Venue,
)
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series_edits import ExceptionsLostError
from eventplanner.domain.timezones import localize
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.persistence.schema import EventRow, OccurrenceChangeRow, TagRow, event_tags
from eventplanner.services.workspace import Workspace

STOCKHOLM = "Europe/Stockholm"
LOS_ANGELES = "America/Los_Angeles"
STO = ZoneInfo(STOCKHOLM)
LA = ZoneInfo(LOS_ANGELES)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def seminar(**changes: object) -> EventDraft:
    draft = EventDraft(
        title="Stål och digitalisering: lärdomar för Västerås",
        timing=TimedSpan(at(2027, 4, 14, 13), at(2027, 4, 14, 16)),
        kind=EventKind.SEMINAR,
        description="Forskningsresultat om digitalisering i stålindustrin.",
        tags=("Forskning", "Stål"),
        capacity=60,
        online_url="https://teams.example.se/stal",
        web_page="https://www.example.se/stal",
        reminder_minutes=30,
        notes="Beställ fika till 60 personer.",
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def course(**changes: object) -> EventDraft:
    draft = EventDraft(
        title="Intraprenörskap",
        timing=TimedSpan(at(2027, 3, 1, 18), at(2027, 3, 1, 20)),
        kind=EventKind.COURSE,
        recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"),
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def count(workspace: Workspace, table: object) -> int:
    with workspace.database.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)  # type: ignore[arg-type]


def counts(workspace: Workspace) -> tuple[int, ...]:
    return tuple(count(workspace, t) for t in (EventRow, TagRow, event_tags, OccurrenceChangeRow))


def utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


# -- round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "time_zone"),
    [
        # The spring-forward day in Stockholm: just before and just after the gap.
        (datetime(2027, 3, 28, 1, 0), datetime(2027, 3, 28, 3, 30), STOCKHOLM),
        (datetime(2027, 3, 28, 3, 0), datetime(2027, 3, 28, 5, 0), STOCKHOLM),
        # The fall-back day: 02:30 happens twice; the stated rule takes the first.
        (datetime(2027, 10, 31, 2, 30), datetime(2027, 10, 31, 4, 0), STOCKHOLM),
        # Los Angeles changes two weeks earlier than Stockholm, and a week later in autumn.
        (datetime(2027, 3, 14, 3, 0), datetime(2027, 3, 14, 4, 0), LOS_ANGELES),
        (datetime(2027, 3, 14, 1, 0), datetime(2027, 3, 14, 3, 30), LOS_ANGELES),
        (datetime(2027, 11, 7, 1, 30), datetime(2027, 11, 7, 2, 30), LOS_ANGELES),
        # An evening in LA is the next morning in Stockholm.
        (datetime(2027, 6, 1, 17, 0), datetime(2027, 6, 1, 19, 0), LOS_ANGELES),
    ],
)
def test_timed_events_come_back_with_identical_instants_and_zone(
    workspace: Workspace, start: datetime, end: datetime, time_zone: str
) -> None:
    timing = TimedSpan(
        localize(start, time_zone, field="start"), localize(end, time_zone, field="end"), time_zone
    )
    created = workspace.events.create(seminar(timing=timing)).event
    loaded = workspace.events.get(created.id)
    for event in (created, loaded):
        assert isinstance(event.timing, TimedSpan)
        assert event.timing.time_zone == time_zone
        assert utc(event.timing.start) == utc(timing.start)
        assert utc(event.timing.end) == utc(timing.end)
        assert event.timing.start.utcoffset() == timing.start.utcoffset()
        assert event.timing.end.utcoffset() == timing.end.utcoffset()
        assert event.timing.start.replace(tzinfo=None) == start
        assert event.timing.end.replace(tzinfo=None) == end
        assert event.timing.start.tzinfo == ZoneInfo(time_zone)
    assert loaded == created


def test_the_second_of_two_ambiguous_times_survives_a_round_trip(workspace: Workspace) -> None:
    # A caller may choose the later 02:30 (winter time) with fold=1; it must not become the first.
    start = datetime(2027, 10, 31, 2, 30, fold=1, tzinfo=STO)
    timing = TimedSpan(start, at(2027, 10, 31, 4))
    event = workspace.events.get(workspace.events.create(seminar(timing=timing)).event.id)
    assert utc(event.timing.start) == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)  # type: ignore[union-attr]
    assert event.timing.start.utcoffset() == timedelta(hours=1)  # type: ignore[union-attr]


def test_a_time_in_the_gap_is_rejected_not_moved(workspace: Workspace) -> None:
    timing = TimedSpan(at(2027, 3, 28, 2, 30), at(2027, 3, 28, 4))
    with pytest.raises(ValidationError) as caught:
        workspace.events.create(seminar(timing=timing))
    assert caught.value.field == "start"
    assert count(workspace, EventRow) == 0


@pytest.mark.parametrize("time_zone", [STOCKHOLM, LOS_ANGELES])
def test_all_day_events_stay_dates(workspace: Workspace, time_zone: str) -> None:
    timing = AllDaySpan(date(2027, 3, 26), date(2027, 3, 28), time_zone)  # over the DST change
    created = workspace.events.create(seminar(title="Elmia Automation", timing=timing)).event
    loaded = workspace.events.get(created.id)
    assert isinstance(loaded.timing, AllDaySpan)
    assert loaded.timing == timing
    assert type(loaded.timing.first_day) is date
    assert type(loaded.timing.last_day) is date
    assert loaded.timing.time_zone == time_zone


def test_every_field_round_trips(workspace: Workspace) -> None:
    venue = workspace.venues.create(Venue(None, "Västerås Kongress", city="Västerås"))
    funder = workspace.organisations.create(Organisation(None, "Vinnova", OrganisationType.FUNDER))
    organiser = workspace.organisations.create(
        Organisation(None, "Mälardalens universitet", OrganisationType.UNIVERSITY_OR_INSTITUTE)
    )
    project = workspace.projects.create(Project(None, "Stålets digitala lyft", funder.id))
    draft = seminar(
        venue_id=venue.id,
        project_id=project.id,
        organiser_id=organiser.id,
        busy_status=BusyStatus.TENTATIVE,
        status=EventStatus.CONFIRMED,
    )
    before = datetime.now(UTC)
    event = workspace.events.get(workspace.events.create(draft).event.id)
    after = datetime.now(UTC)
    assert event.draft() == draft
    assert (event.venue_name, event.project_name, event.organiser_name) == (
        "Västerås Kongress",
        "Stålets digitala lyft",
        "Mälardalens universitet",
    )
    assert event.busy_status is BusyStatus.TENTATIVE
    assert not event.busy_status_is_default
    assert event.uid.endswith("@eventplanner")
    assert (event.sequence, event.version) == (0, 1)
    assert before - timedelta(seconds=1) <= event.created_at <= after + timedelta(seconds=1)
    assert event.created_at == event.modified_at
    assert event.created_at.tzinfo is not None
    assert workspace.events.get_by_uid(event.uid) == event


def test_busy_status_defaults_by_kind(workspace: Workspace) -> None:
    fair = workspace.events.create(
        seminar(kind=EventKind.TRADE_FAIR, timing=AllDaySpan(date(2027, 9, 14), date(2027, 9, 16)))
    ).event
    assert fair.busy_status is BusyStatus.OUT_OF_OFFICE
    assert fair.busy_status_is_default
    assert fair.draft().busy_status is None
    webinar = workspace.events.create(seminar(kind=EventKind.WEBINAR)).event
    assert webinar.busy_status is BusyStatus.BUSY


def test_title_is_stripped_and_uids_are_unique(workspace: Workspace) -> None:
    one = workspace.events.create(seminar(title="  Nätverksträff  ")).event
    two = workspace.events.create(seminar(title="Nätverksträff")).event
    assert one.title == two.title == "Nätverksträff"
    assert one.uid != two.uid
    assert one.id != two.id


def test_get_of_a_missing_event(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="event 4711 does not exist"):
        workspace.events.get(4711)
    with pytest.raises(NotFoundError, match="no-such-uid"):
        workspace.events.get_by_uid("no-such-uid")


# -- tags -----------------------------------------------------------------------------------


def test_tags_are_deduplicated_stripped_and_shared(workspace: Workspace) -> None:
    one = workspace.events.create(seminar(tags=("Stål", " Västerås ", "Stål", "Öppet"))).event
    assert one.tags == ("Stål", "Västerås", "Öppet")  # in order, each once
    two = workspace.events.create(seminar(tags=("Västerås", "Mässa"))).event
    assert two.tags == ("Mässa", "Västerås")
    assert sorted(t.name for t in workspace.tags.list()) == ["Mässa", "Stål", "Västerås", "Öppet"]
    västerås = workspace.tags.find("västerås")
    assert västerås is not None
    assert workspace.tags.usage(västerås.id) == 2  # type: ignore[arg-type]


def test_changing_tags(workspace: Workspace) -> None:
    event = workspace.events.create(seminar(tags=("Stål", "Forskning"))).event
    saved = workspace.events.update(
        event.id, replace(event.draft(), tags=("Forskning", "Skola")), expected_version=1
    ).event
    assert saved.tags == ("Forskning", "Skola")
    assert workspace.events.get(event.id).tags == ("Forskning", "Skola")
    assert saved.sequence == 1  # tags are published as CATEGORIES
    cleared = workspace.events.update(
        event.id, replace(saved.draft(), tags=()), expected_version=saved.version
    ).event
    assert cleared.tags == ()
    assert count(workspace, event_tags) == 0


# -- update: SEQUENCE and version -----------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"title": "Stål och digitalisering (ny titel)"},
        {"timing": TimedSpan(at(2027, 4, 14, 14), at(2027, 4, 14, 17))},
        {"description": "Ny beskrivning."},
        {"status": EventStatus.CONFIRMED},
        {"kind": EventKind.WORKSHOP},
        {"online_url": "https://zoom.example.se/x"},
        {"reminder_minutes": 60},
        {"busy_status": BusyStatus.FREE},
        {"recurrence": Recurrence("FREQ=WEEKLY;COUNT=2")},
    ],
)
def test_calendar_relevant_changes_raise_sequence(
    workspace: Workspace, change: dict[str, object]
) -> None:
    event = workspace.events.create(seminar()).event
    saved = workspace.events.update(
        event.id,
        replace(event.draft(), **change),
        expected_version=event.version,  # type: ignore[arg-type]
    ).event
    assert saved.sequence == event.sequence + 1
    assert saved.version > event.version
    assert saved.modified_at >= event.modified_at
    assert saved.uid == event.uid
    assert saved.created_at == event.created_at
    assert workspace.events.get(event.id) == saved


@pytest.mark.parametrize(
    "change",
    [{"notes": "Nya interna anteckningar."}, {"capacity": 120}, {"capacity": None}, {}],
)
def test_private_changes_keep_sequence_but_raise_version(
    workspace: Workspace, change: dict[str, object]
) -> None:
    event = workspace.events.create(seminar()).event
    saved = workspace.events.update(
        event.id,
        replace(event.draft(), **change),
        expected_version=event.version,  # type: ignore[arg-type]
    ).event
    assert saved.sequence == event.sequence
    assert saved.version > event.version
    for name, value in change.items():
        assert getattr(saved, name) == value


def test_moving_to_another_project_or_organiser_keeps_sequence(workspace: Workspace) -> None:
    project = workspace.projects.create(Project(None, "Mikrofabriker"))
    organiser = workspace.organisations.create(Organisation(None, "Robotdalen"))
    event = workspace.events.create(seminar()).event
    saved = workspace.events.update(
        event.id,
        replace(event.draft(), project_id=project.id, organiser_id=organiser.id),
        expected_version=event.version,
    ).event
    assert (saved.project_name, saved.organiser_name) == ("Mikrofabriker", "Robotdalen")
    assert saved.sequence == event.sequence
    assert saved.version > event.version


def test_sequence_keeps_rising_with_each_calendar_change(workspace: Workspace) -> None:
    event = workspace.events.create(seminar()).event
    for n in range(1, 4):
        before = event
        event = workspace.events.update(
            event.id,
            replace(event.draft(), title=f"Seminarium {n}"),
            expected_version=event.version,
        ).event
        assert event.sequence == n
        assert event.version > before.version


def test_update_of_a_missing_event(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        workspace.events.update(99, seminar(), expected_version=1)


# -- optimistic concurrency -----------------------------------------------------------------


def test_the_second_of_two_saves_from_the_same_load_is_refused(workspace: Workspace) -> None:
    event = workspace.events.create(seminar(title="Rapportlansering: Industriteknik 2027")).event
    mine = workspace.events.get(event.id)
    theirs = workspace.events.get(event.id)

    first = workspace.events.update(
        mine.id, replace(mine.draft(), description="Min ändring."), expected_version=mine.version
    ).event
    assert first.version > mine.version

    with pytest.raises(ConflictError) as caught:
        workspace.events.update(
            theirs.id,
            replace(theirs.draft(), capacity=999, notes="Deras ändring."),
            expected_version=theirs.version,
        )
    assert "Rapportlansering: Industriteknik 2027" in str(caught.value)
    assert "nothing was saved" in str(caught.value)

    stored = workspace.events.get(event.id)
    assert stored == first
    assert stored.description == "Min ändring."
    assert stored.capacity == 60
    assert stored.notes == "Beställ fika till 60 personer."


def test_a_change_slipping_in_after_the_version_check_is_still_refused(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another writer saves between our version check and our write (possible on PostgreSQL,
    # where a transaction does not lock the row when it reads it): the version counter in the
    # UPDATE's WHERE clause still refuses the stale save.
    event = workspace.events.create(seminar()).event
    service = workspace.events
    check = service._check_references

    def sneak_in(session: object, draft: EventDraft, cache: bool = False) -> None:
        session.execute(  # type: ignore[attr-defined]
            update(EventRow)
            .where(EventRow.id == event.id)
            .values(version=EventRow.version + 1, title="Ändrad av någon annan")
            .execution_options(synchronize_session=False)  # as if from another process
        )
        check(session, draft, cache)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "_check_references", sneak_in)
    with pytest.raises(ConflictError):
        service.update(event.id, seminar(capacity=5), expected_version=event.version)
    monkeypatch.undo()
    assert service.get(event.id) == event  # the sneaked change rolled back with ours


def test_cancel_and_delete_check_the_version_when_given(workspace: Workspace) -> None:
    event = workspace.events.create(seminar()).event
    workspace.events.update(event.id, seminar(notes="x"), expected_version=event.version)
    with pytest.raises(ConflictError, match="Stål och digitalisering"):
        workspace.events.cancel(event.id, expected_version=event.version)
    with pytest.raises(ConflictError):
        workspace.events.delete(event.id, expected_version=event.version)
    assert workspace.events.get(event.id).status is EventStatus.PLANNED


# -- validation changes nothing -------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "  "}, "title"),
        ({"timing": TimedSpan(at(2027, 4, 14, 16), at(2027, 4, 14, 13))}, "end"),
        ({"capacity": -1}, "capacity"),
        ({"web_page": "www.example.se"}, "web_page"),
        ({"recurrence": Recurrence("FREQ=HOURLY")}, "recurrence"),
        ({"venue_id": 404}, "venue"),
        ({"project_id": 404}, "project"),
        ({"organiser_id": 404}, "organiser"),
    ],
)
def test_a_failed_create_saves_nothing(
    workspace: Workspace, change: dict[str, object], field: str
) -> None:
    workspace.events.create(seminar(tags=("Stål",)))
    before = counts(workspace)
    with pytest.raises(ValidationError) as caught:
        workspace.events.create(seminar(tags=("Ny etikett", "Stål"), **change))
    assert caught.value.field == field
    assert counts(workspace) == before
    assert workspace.tags.find("Ny etikett") is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": ""}, "title"),
        ({"timing": TimedSpan(at(2027, 4, 14, 13), at(2027, 4, 14, 13))}, "end"),
        ({"capacity": -3}, "capacity"),
        ({"venue_id": 404}, "venue"),
        ({"project_id": 404}, "project"),
        ({"organiser_id": 404}, "organiser"),
    ],
)
def test_a_failed_update_changes_nothing(
    workspace: Workspace, change: dict[str, object], field: str
) -> None:
    event = workspace.events.create(seminar()).event
    before = counts(workspace)
    with pytest.raises(ValidationError) as caught:
        workspace.events.update(
            event.id,
            replace(event.draft(), tags=("Helt ny",), notes="ändrad", **change),  # type: ignore[arg-type]
            expected_version=event.version,
        )
    assert caught.value.field == field
    assert workspace.events.get(event.id) == event
    assert counts(workspace) == before


def test_missing_references_name_the_field_and_the_id(workspace: Workspace) -> None:
    for draft, field, noun in [
        (seminar(venue_id=77), "venue", "venue"),
        (seminar(project_id=78), "project", "project"),
        (seminar(organiser_id=79), "organiser", "organisation"),
    ]:
        with pytest.raises(ValidationError) as caught:
            workspace.events.create(draft)
        assert caught.value.field == field
        assert noun in caught.value.message
        ident = draft.venue_id or draft.project_id or draft.organiser_id
        assert str(ident) in caught.value.message


def test_a_deleted_venue_cannot_be_referred_to(workspace: Workspace) -> None:
    venue = workspace.venues.create(Venue(None, "Aros Congress Center"))
    workspace.venues.delete(venue.id)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        workspace.events.create(seminar(venue_id=venue.id))
    assert caught.value.field == "venue"


# -- duplicate, cancel, delete --------------------------------------------------------------


def test_duplicate_gets_a_new_uid_and_starts_afresh(workspace: Workspace) -> None:
    original = workspace.events.create(seminar()).event
    original = workspace.events.update(
        original.id, replace(original.draft(), title="Omdöpt"), expected_version=1
    ).event
    copy = workspace.events.duplicate(original.id).event
    assert copy.id != original.id
    assert copy.uid != original.uid
    assert copy.draft() == original.draft()
    assert (copy.sequence, copy.version) == (0, 1)
    assert workspace.events.get(original.id) == original


def test_duplicate_to_another_day_keeps_local_time_across_dst(workspace: Workspace) -> None:
    original = workspace.events.create(
        seminar(timing=TimedSpan(at(2027, 3, 22, 9), at(2027, 3, 22, 11, 30)))
    ).event
    copy = workspace.events.duplicate(original.id, to_day=date(2027, 4, 5)).event
    assert isinstance(copy.timing, TimedSpan)
    assert copy.timing.start == at(2027, 4, 5, 9)
    assert copy.timing.end == at(2027, 4, 5, 11, 30)
    assert copy.timing.start.utcoffset() == timedelta(hours=2)
    assert utc(copy.timing.start) == datetime(2027, 4, 5, 7, tzinfo=UTC)
    assert copy.title == original.title
    assert copy.tags == original.tags


def test_duplicate_of_a_los_angeles_event(workspace: Workspace) -> None:
    timing = TimedSpan(
        datetime(2027, 3, 10, 10, tzinfo=LA), datetime(2027, 3, 10, 11, tzinfo=LA), LOS_ANGELES
    )
    original = workspace.events.create(seminar(timing=timing)).event
    copy = workspace.events.duplicate(original.id, to_day=date(2027, 3, 17)).event
    assert copy.timing.time_zone == LOS_ANGELES
    assert copy.timing.start == datetime(2027, 3, 17, 10, tzinfo=LA)  # type: ignore[union-attr]
    assert utc(copy.timing.start) == datetime(2027, 3, 17, 17, tzinfo=UTC)  # type: ignore[union-attr]


def test_duplicate_of_an_all_day_fair(workspace: Workspace) -> None:
    fair = workspace.events.create(
        seminar(kind=EventKind.TRADE_FAIR, timing=AllDaySpan(date(2027, 9, 14), date(2027, 9, 16)))
    ).event
    copy = workspace.events.duplicate(fair.id, to_day=date(2028, 9, 12)).event
    assert copy.timing == AllDaySpan(date(2028, 9, 12), date(2028, 9, 14))


def test_duplicate_into_the_spring_forward_gap_is_refused(workspace: Workspace) -> None:
    original = workspace.events.create(
        seminar(timing=TimedSpan(at(2027, 3, 21, 2, 30), at(2027, 3, 21, 4, 30)))
    ).event
    with pytest.raises(ValidationError) as caught:
        workspace.events.duplicate(original.id, to_day=date(2027, 3, 28))
    assert caught.value.field == "start"
    assert count(workspace, EventRow) == 1


def test_a_series_copied_a_week_on_across_the_autumn_change_keeps_its_last_session(
    workspace: Workspace,
) -> None:
    # Mondays 18:00 until 25 October in summer time (16:00 UTC); clocks go back on the 31st.
    original = workspace.events.create(
        course(
            timing=TimedSpan(at(2027, 10, 4, 18), at(2027, 10, 4, 20)),
            recurrence=Recurrence("FREQ=WEEKLY;UNTIL=20271025T160000Z"),
        )
    ).event
    copy = workspace.events.duplicate(original.id, to_day=date(2027, 10, 11)).event
    assert copy.recurrence == Recurrence("FREQ=WEEKLY;UNTIL=20271101T170000Z")
    autumn = TimeWindow.days(date(2027, 10, 1), date(2027, 11, 30), STOCKHOLM)
    starts = [
        o.timing.start for o in workspace.queries.occurrences(autumn) if o.event_id == copy.id
    ]
    assert starts == [at(2027, 10, 11, 18), at(2027, 10, 18, 18), at(2027, 10, 25, 18),
                      at(2027, 11, 1, 18)]  # fmt: skip


def test_duplicate_of_a_series_drops_exdates_only_when_moved(workspace: Workspace) -> None:
    series = workspace.events.create(
        course(recurrence=Recurrence("FREQ=WEEKLY;COUNT=8", (datetime(2027, 3, 15, 18),)))
    ).event
    same = workspace.events.duplicate(series.id).event
    assert same.recurrence == series.recurrence
    moved = workspace.events.duplicate(series.id, to_day=date(2027, 9, 6)).event
    assert moved.recurrence == Recurrence("FREQ=WEEKLY;COUNT=8")
    assert moved.timing.start == at(2027, 9, 6, 18)  # type: ignore[union-attr]


def test_duplicate_of_a_missing_event(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        workspace.events.duplicate(12345)


def test_cancel_marks_cancelled_and_raises_sequence(workspace: Workspace) -> None:
    event = workspace.events.create(seminar()).event
    cancelled = workspace.events.cancel(event.id, expected_version=event.version).event
    assert cancelled.status is EventStatus.CANCELLED
    assert cancelled.sequence == event.sequence + 1
    assert cancelled.version > event.version
    assert workspace.events.get(event.id) == cancelled
    # Cancelling again changes nothing.
    again = workspace.events.cancel(event.id)
    assert again.event == cancelled
    assert not again.changes


def test_delete_removes_the_event_its_tag_links_and_changes(workspace: Workspace) -> None:
    keep = workspace.events.create(seminar(tags=("Stål",))).event
    series = workspace.events.create(course(tags=("Stål", "Kurs"))).event
    workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 8, 18), title="Extrapass")
    )
    workspace.events.delete(series.id)
    with pytest.raises(NotFoundError):
        workspace.events.get(series.id)
    assert count(workspace, OccurrenceChangeRow) == 0
    assert count(workspace, event_tags) == 1
    assert workspace.events.get(keep.id) == keep
    kurs = workspace.tags.find("Kurs")
    assert kurs is not None  # the tag stays, unused
    assert workspace.tags.usage(kurs.id) == 0  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        workspace.events.delete(series.id)


# -- series and their occurrences -----------------------------------------------------------


def march(workspace: Workspace) -> list[Occurrence]:
    window = TimeWindow.days(date(2027, 3, 1), date(2027, 3, 31))
    return workspace.queries.occurrences(window)


def test_a_series_round_trips_with_canonical_rule_and_sorted_exdates(workspace: Workspace) -> None:
    draft = course(
        recurrence=Recurrence(
            "rrule:count=8;freq=weekly",
            (datetime(2027, 3, 22, 18), datetime(2027, 3, 8, 18), datetime(2027, 3, 22, 18)),
        )
    )
    event = workspace.events.get(workspace.events.create(draft).event.id)
    assert event.recurrence == Recurrence(
        "FREQ=WEEKLY;COUNT=8", (datetime(2027, 3, 8, 18), datetime(2027, 3, 22, 18))
    )
    assert event.is_recurring


def test_an_all_day_series_round_trips(workspace: Workspace) -> None:
    draft = course(
        timing=AllDaySpan(date(2027, 1, 14), date(2027, 1, 14)),
        recurrence=Recurrence("FREQ=MONTHLY;UNTIL=20270630T120000Z", (date(2027, 2, 14),)),
    )
    event = workspace.events.get(workspace.events.create(draft).event.id)
    assert event.recurrence == Recurrence("FREQ=MONTHLY;UNTIL=20270630", (date(2027, 2, 14),))
    assert event.timing == draft.timing


def test_move_an_occurrence(workspace: Workspace) -> None:
    series = workspace.events.create(course()).event
    moved_to = TimedSpan(at(2027, 3, 10, 17), at(2027, 3, 10, 19))
    saved = workspace.events.change_occurrence(
        series.id,
        OccurrenceChange(datetime(2027, 3, 8, 18), timing=moved_to),
        expected_version=series.version,
    ).event
    assert saved.sequence == series.sequence + 1
    assert saved.version > series.version
    (change,) = saved.changes
    assert change.recurrence_id == datetime(2027, 3, 8, 18)
    assert change.timing == moved_to
    assert not change.cancelled
    assert workspace.events.get(series.id) == saved

    found = {o.recurrence_id: o for o in march(workspace)}
    assert found[datetime(2027, 3, 8, 18)].timing == moved_to
    assert found[datetime(2027, 3, 8, 18)].changed
    assert [o.timing.start.day for o in march(workspace)] == [1, 10, 15, 22, 29]  # type: ignore[union-attr]


def test_move_an_occurrence_given_in_another_zone(workspace: Workspace) -> None:
    series = workspace.events.create(course()).event
    elsewhere = TimedSpan(
        datetime(2027, 3, 8, 9, tzinfo=LA), datetime(2027, 3, 8, 11, tzinfo=LA), LOS_ANGELES
    )
    saved = workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 8, 18), timing=elsewhere)
    ).event
    (change,) = saved.changes
    assert change.timing is not None
    assert change.timing.time_zone == STOCKHOLM  # an occurrence keeps its series' zone
    assert change.timing.start == at(2027, 3, 8, 18)  # type: ignore[union-attr]


def test_retitle_and_cancel_occurrences(workspace: Workspace) -> None:
    series = workspace.events.create(course()).event
    workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 15, 18), title="Gästföreläsning")
    )
    saved = workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 22, 18), cancelled=True)
    ).event
    assert saved.sequence == 2
    assert [c.recurrence_id for c in saved.changes] == [
        datetime(2027, 3, 15, 18),
        datetime(2027, 3, 22, 18),
    ]
    found = {o.recurrence_id: o for o in march(workspace)}
    assert found[datetime(2027, 3, 15, 18)].title == "Gästföreläsning"
    assert found[datetime(2027, 3, 15, 18)].status is EventStatus.PLANNED
    assert found[datetime(2027, 3, 22, 18)].status is EventStatus.CANCELLED
    assert found[datetime(2027, 3, 22, 18)].title == "Intraprenörskap"


def test_changing_an_occurrence_again_replaces_the_change(workspace: Workspace) -> None:
    series = workspace.events.create(course()).event
    key = datetime(2027, 3, 15, 18)
    workspace.events.change_occurrence(series.id, OccurrenceChange(key, title="Första"))
    saved = workspace.events.change_occurrence(
        series.id, OccurrenceChange(key, title="Andra")
    ).event
    assert [(c.recurrence_id, c.title) for c in saved.changes] == [(key, "Andra")]
    assert count(workspace, OccurrenceChangeRow) == 1


def test_restore_an_occurrence(workspace: Workspace) -> None:
    series = workspace.events.create(course()).event
    key = datetime(2027, 3, 15, 18)
    changed = workspace.events.change_occurrence(
        series.id,
        OccurrenceChange(key, timing=TimedSpan(at(2027, 3, 16, 18), at(2027, 3, 16, 20))),
    ).event
    restored = workspace.events.restore_occurrence(
        series.id, key, expected_version=changed.version
    ).event
    assert restored.changes == ()
    assert restored.sequence == changed.sequence + 1
    assert count(workspace, OccurrenceChangeRow) == 0
    found = {o.recurrence_id: o for o in march(workspace)}
    assert found[key].timing.start == at(2027, 3, 15, 18)  # type: ignore[union-attr]
    assert not found[key].changed
    # Restoring an occurrence that was never changed changes nothing.
    again = workspace.events.restore_occurrence(series.id, key)
    assert again.event == restored
    assert not again.changes


@pytest.mark.parametrize(
    ("key", "field"),
    [
        (datetime(2027, 3, 9, 18), "recurrence_id"),  # a Tuesday
        (datetime(2027, 3, 8, 17), "recurrence_id"),  # the wrong hour
        (datetime(2027, 5, 3, 18) + timedelta(days=7), "recurrence_id"),  # the ninth of eight
        (date(2027, 3, 8), "recurrence_id"),  # a date on a timed series
    ],
)
def test_changing_something_that_is_not_an_occurrence(
    workspace: Workspace, key: date | datetime, field: str
) -> None:
    series = workspace.events.create(course()).event
    with pytest.raises(ValidationError) as caught:
        workspace.events.change_occurrence(series.id, OccurrenceChange(key, title="X"))
    assert caught.value.field == field
    assert "Intraprenörskap" in caught.value.message
    assert workspace.events.get(series.id) == series


def test_an_exdate_cannot_be_changed(workspace: Workspace) -> None:
    key = datetime(2027, 3, 8, 18)
    series = workspace.events.create(course(recurrence=Recurrence("FREQ=WEEKLY", (key,)))).event
    with pytest.raises(ValidationError) as caught:
        workspace.events.change_occurrence(series.id, OccurrenceChange(key, cancelled=True))
    assert caught.value.field == "recurrence_id"


def test_a_single_event_has_no_occurrences_to_change(workspace: Workspace) -> None:
    event = workspace.events.create(seminar()).event
    with pytest.raises(ValidationError) as caught:
        workspace.events.change_occurrence(
            event.id, OccurrenceChange(datetime(2027, 4, 14, 13), title="X")
        )
    assert caught.value.field == "recurrence_id"
    assert "not a series" in caught.value.message


def test_an_occurrence_keeps_its_series_all_day_setting(workspace: Workspace) -> None:
    series = workspace.events.create(course()).event
    change = OccurrenceChange(
        datetime(2027, 3, 8, 18), timing=AllDaySpan(date(2027, 3, 8), date(2027, 3, 8))
    )
    with pytest.raises(ValidationError) as caught:
        workspace.events.change_occurrence(series.id, change)
    assert caught.value.field == "timing"


def test_an_invalid_occurrence_change_saves_nothing(workspace: Workspace) -> None:
    series = workspace.events.create(course()).event
    backwards = TimedSpan(at(2027, 3, 8, 20), at(2027, 3, 8, 18))
    with pytest.raises(ValidationError) as caught:
        workspace.events.change_occurrence(
            series.id, OccurrenceChange(datetime(2027, 3, 8, 18), timing=backwards)
        )
    assert caught.value.field == "end"
    with pytest.raises(ValidationError) as caught:
        workspace.events.change_occurrence(
            series.id, OccurrenceChange(datetime(2027, 3, 8, 18), title="")
        )
    assert caught.value.field == "title"
    assert workspace.events.get(series.id) == series


def test_changes_survive_an_update_that_keeps_the_occurrence(workspace: Workspace) -> None:
    series = workspace.events.create(course()).event
    key = datetime(2027, 3, 15, 18)
    series = workspace.events.change_occurrence(
        series.id, OccurrenceChange(key, title="Gästföreläsning")
    ).event
    saved = workspace.events.update(
        series.id,
        replace(series.draft(), description="Ny text", notes="anteckning"),
        expected_version=series.version,
    ).event
    assert [c.title for c in saved.changes] == ["Gästföreläsning"]
    longer = workspace.events.update(
        series.id,
        replace(saved.draft(), recurrence=Recurrence("FREQ=WEEKLY;COUNT=12")),
        expected_version=saved.version,
    ).event
    assert [c.title for c in longer.changes] == ["Gästföreläsning"]


def test_changes_a_new_rule_no_longer_has_are_named_and_dropped_only_when_agreed(
    workspace: Workspace,
) -> None:
    series = workspace.events.create(course()).event
    series = workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 8, 18), title="Gästföreläsning")
    ).event
    moved = workspace.events.update(
        series.id,
        replace(series.draft(), timing=TimedSpan(at(2027, 3, 2, 18), at(2027, 3, 2, 20))),
        expected_version=series.version,
    ).event
    # Moved a day, the guest lecture moves with its session (domain.series_edits).
    assert [(c.recurrence_id, c.title) for c in moved.changes] == [
        (datetime(2027, 3, 9, 18), "Gästföreläsning")
    ]
    every_other = replace(moved.draft(), recurrence=Recurrence("FREQ=WEEKLY;COUNT=4;INTERVAL=2"))
    with pytest.raises(ExceptionsLostError) as refused:
        workspace.events.update(series.id, every_other, expected_version=moved.version)
    assert refused.value.edit.lost_changes == moved.changes
    assert "the changed 2027-03-09 18:00" in str(refused.value)
    assert workspace.events.get(series.id) == moved  # nothing was saved
    fewer = workspace.events.update(
        series.id, every_other, expected_version=moved.version, drop_exceptions=True
    ).event
    assert fewer.changes == ()
    assert count(workspace, OccurrenceChangeRow) == 0
    single = workspace.events.update(
        series.id, replace(fewer.draft(), recurrence=None), expected_version=fewer.version
    ).event
    assert single.recurrence is None
    assert not single.is_recurring


# -- create_many ----------------------------------------------------------------------------


def test_create_many_saves_everything_in_order(workspace: Workspace) -> None:
    venue = workspace.venues.create(Venue(None, "Mässhallen"))
    drafts = [
        seminar(title=f"Seminarium {n}", tags=("Serie", f"Nr {n}"), venue_id=venue.id)
        for n in range(5)
    ] + [course(tags=("Serie",))]
    ids = workspace.events.create_many(drafts)
    assert len(ids) == len(set(ids)) == 6
    events = [workspace.events.get(i) for i in ids]
    assert [e.title for e in events] == [d.title for d in drafts]
    assert [e.draft() for e in events] == [replace(d, tags=tuple(sorted(d.tags))) for d in drafts]
    assert len({e.uid for e in events}) == 6
    assert all((e.sequence, e.version) == (0, 1) for e in events)
    serie = workspace.tags.find("Serie")
    assert serie is not None
    assert workspace.tags.usage(serie.id) == 6  # type: ignore[arg-type]
    assert workspace.venues.usage(venue.id) == 5  # type: ignore[arg-type]


def test_create_many_with_nothing(workspace: Workspace) -> None:
    assert workspace.events.create_many([]) == []


def test_create_many_is_all_or_nothing(workspace: Workspace) -> None:
    workspace.events.create(seminar())
    before = counts(workspace)
    with pytest.raises(ValidationError) as caught:
        workspace.events.create_many([seminar(tags=("Ny",)), seminar(title="")])
    assert caught.value.field == "title"
    with pytest.raises(ValidationError) as caught:
        workspace.events.create_many([seminar(tags=("Ny",)), seminar(venue_id=31)])
    assert caught.value.field == "venue"
    assert counts(workspace) == before


def test_create_many_series_are_found_like_created_ones(workspace: Workspace) -> None:
    (many,) = workspace.events.create_many([course(title="Massvis")])
    one = workspace.events.create(course(title="Enskilt")).event
    assert workspace.events.get(many).recurrence == one.recurrence
    found = march(workspace)
    assert [o.start.day for o in (x.timing for x in found if x.title == "Massvis")] == [  # type: ignore[union-attr]
        1,
        8,
        15,
        22,
        29,
    ]
    assert len([o for o in found if o.title == "Enskilt"]) == 5
    span = workspace.queries.span()
    assert span is not None
    assert span[1] == datetime(2027, 4, 19, 18, tzinfo=UTC)  # 8th occurrence, 20:00 CEST


def test_events_are_plain_records(workspace: Workspace) -> None:
    event = workspace.events.create(seminar()).event
    assert type(event) is Event
    with pytest.raises(AttributeError):
        event.title = "x"  # type: ignore[misc]
    # No session is open any more, yet everything is readable.
    assert event.tags == ("Forskning", "Stål")
    assert event.draft().tags == ("Forskning", "Stål")


def test_occurrences_of_an_all_day_series_are_named_by_date(workspace: Workspace) -> None:
    series = workspace.events.create(
        course(
            title="Styrgruppsdag",
            timing=AllDaySpan(date(2027, 1, 14), date(2027, 1, 14)),
            recurrence=Recurrence("FREQ=MONTHLY;COUNT=6"),
        )
    ).event
    workspace.events.change_occurrence(
        series.id,
        OccurrenceChange(
            date(2027, 3, 14), timing=AllDaySpan(date(2027, 3, 16), date(2027, 3, 16))
        ),
    )
    saved = workspace.events.change_occurrence(
        series.id, OccurrenceChange(date(2027, 4, 14), cancelled=True)
    ).event
    assert [c.recurrence_id for c in saved.changes] == [date(2027, 3, 14), date(2027, 4, 14)]
    (moved,) = march(workspace)
    assert moved.timing == AllDaySpan(date(2027, 3, 16), date(2027, 3, 16))
    assert moved.recurrence_id == date(2027, 3, 14)
    april = workspace.queries.occurrences(TimeWindow.days(date(2027, 4, 1), date(2027, 4, 30)))
    assert [(o.timing.first_day, o.status) for o in april] == [  # type: ignore[union-attr]
        (date(2027, 4, 14), EventStatus.CANCELLED)
    ]
    with pytest.raises(ValidationError) as caught:
        workspace.events.change_occurrence(
            series.id, OccurrenceChange(datetime(2027, 5, 14, 0, 0), title="X")
        )
    assert caught.value.field == "recurrence_id"


def test_restoring_a_moved_last_occurrence_shrinks_the_series_again(workspace: Workspace) -> None:
    series = workspace.events.create(course()).event
    last = datetime(2027, 4, 19, 18)
    workspace.events.change_occurrence(
        series.id,
        OccurrenceChange(last, timing=TimedSpan(at(2027, 6, 14, 18), at(2027, 6, 14, 20))),
    )
    assert workspace.queries.span() == (
        datetime(2027, 3, 1, 17, tzinfo=UTC),
        datetime(2027, 6, 14, 18, tzinfo=UTC),
    )
    workspace.events.restore_occurrence(series.id, last)
    assert workspace.queries.span() == (
        datetime(2027, 3, 1, 17, tzinfo=UTC),
        datetime(2027, 4, 19, 18, tzinfo=UTC),
    )
    june = workspace.queries.occurrences(TimeWindow.days(date(2027, 6, 1), date(2027, 6, 30)))
    assert june == []


def test_tags_match_whatever_their_case(workspace: Workspace) -> None:
    first = workspace.events.create(seminar(tags=("Mässa",))).event
    second = workspace.events.create(seminar(tags=("mässa", "MÄSSA", "Stål"))).event
    assert first.tags == ("Mässa",)
    assert second.tags == ("Mässa", "Stål")
    assert count(workspace, TagRow) == 2


def test_duplicating_a_series_moves_its_end_with_it(workspace: Workspace) -> None:
    until = course(recurrence=Recurrence("FREQ=WEEKLY;UNTIL=20270419"))
    original = workspace.events.create(until).event
    copy = workspace.events.duplicate(original.id, to_day=date(2027, 9, 6)).event
    assert copy.recurrence is not None
    # Eight Mondays from 6 September, ending on the Monday the old end moved to.
    window = TimeWindow.days(date(2027, 9, 1), date(2027, 12, 31), STOCKHOLM)
    found = [o for o in workspace.queries.occurrences(window) if o.event_id == copy.id]
    assert len(found) == 8
    assert found[-1].timing.start == at(2027, 10, 25, 18)


def test_a_deleted_event_comes_back_whole_with_its_uid(workspace: Workspace) -> None:
    created = workspace.events.create(course(tags=("Kurs",))).event
    changed = workspace.events.change_occurrence(
        created.id, OccurrenceChange(datetime(2027, 3, 8, 18), cancelled=True)
    ).event
    deleted = workspace.events.delete(changed.id).snapshot
    back = workspace.events.restore(deleted).event
    assert back.uid == changed.uid and back.id == changed.id
    assert back.title == changed.title and back.tags == ("Kurs",)
    assert back.changes == changed.changes
    assert back.timing == changed.timing and back.recurrence == changed.recurrence
    assert back.sequence == changed.sequence + 1
    with pytest.raises(ValidationError, match="exists already"):
        workspace.events.restore(deleted)


def stored_occurrences(workspace: Workspace, event_id: int) -> list[str]:
    from eventplanner.persistence.schema import SeriesOccurrenceRow

    with workspace.database.reading() as session:
        return list(
            session.scalars(
                select(SeriesOccurrenceRow.recurrence_id)
                .where(SeriesOccurrenceRow.event_id == event_id)
                .order_by(SeriesOccurrenceRow.recurrence_id)
            )
        )


def test_a_series_that_ends_keeps_its_occurrences_ready_for_reading(workspace: Workspace) -> None:
    series = workspace.events.create(course(recurrence=Recurrence("FREQ=WEEKLY;COUNT=3"))).event
    assert stored_occurrences(workspace, series.id) == [
        "2027-03-01T18:00:00", "2027-03-08T18:00:00", "2027-03-15T18:00:00",
    ]  # fmt: skip
    skip = Recurrence("FREQ=WEEKLY;COUNT=3", exdates=(datetime(2027, 3, 8, 18),))
    updated = workspace.events.update(
        series.id, replace(series.draft(), recurrence=skip), expected_version=series.version
    ).event
    assert stored_occurrences(workspace, series.id) == [
        "2027-03-01T18:00:00",
        "2027-03-15T18:00:00",
    ]
    endless = workspace.events.update(
        series.id, replace(updated.draft(), recurrence=Recurrence("FREQ=WEEKLY")),
        expected_version=updated.version,
    ).event  # fmt: skip
    assert stored_occurrences(workspace, series.id) == []  # endless: expanded when read
    gone = workspace.events.update(
        series.id, replace(endless.draft(), recurrence=skip), expected_version=endless.version
    ).event
    deleted = workspace.events.delete(gone.id).snapshot
    back = workspace.events.restore(deleted).event
    assert len(stored_occurrences(workspace, back.id)) == 2
    workspace.events.delete(back.id)
    assert stored_occurrences(workspace, back.id) == []


def test_version_by_uid_names_the_row_and_its_revision(workspace: Workspace) -> None:
    saved = workspace.events.create(
        EventDraft("Mässa", AllDaySpan(date(2027, 3, 16), date(2027, 3, 18)), tags=("Mässor",))
    ).event
    assert workspace.events.version_by_uid(saved.uid) == (saved.id, saved.version)
    moved = replace(saved.draft(), timing=AllDaySpan(date(2027, 3, 23), date(2027, 3, 25)))
    after = workspace.events.update(saved.id, moved, expected_version=saved.version).event
    assert workspace.events.version_by_uid(saved.uid) == (saved.id, after.version)
    assert after.version == saved.version + 1
    assert workspace.events.get(saved.id).tags == ("Mässor",)  # a move leaves its tags
    retagged = replace(moved, tags=("Mässor", "Export"))
    workspace.events.update(saved.id, retagged, expected_version=after.version)
    assert set(workspace.events.get(saved.id).tags) == {"Mässor", "Export"}
    with pytest.raises(NotFoundError):
        workspace.events.version_by_uid("no-such@uid")
