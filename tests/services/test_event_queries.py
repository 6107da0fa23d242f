"""EventQueries on every backend: windows with series expanded, filters, text, upcoming."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from eventplanner.domain.enums import EventKind, EventStatus, OrganisationType
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import (
    EventDraft,
    OccurrenceChange,
    Organisation,
    Project,
    Venue,
)
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.persistence.schema import EventRow
from eventplanner.services.events import month_keys
from eventplanner.services.events.queries import find_occurrences
from eventplanner.services.workspace import Workspace

STOCKHOLM = "Europe/Stockholm"
LOS_ANGELES = "America/Los_Angeles"
STO = ZoneInfo(STOCKHOLM)
LA = ZoneInfo(LOS_ANGELES)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def span(day: date, start: int, end: int, tz: ZoneInfo = STO) -> TimedSpan:
    return TimedSpan(
        datetime(day.year, day.month, day.day, start, tzinfo=tz),
        datetime(day.year, day.month, day.day, end, tzinfo=tz),
        str(tz),
    )


def event(title: str, timing: TimedSpan | AllDaySpan, **changes: object) -> EventDraft:
    return replace(EventDraft(title=title, timing=timing), **changes)  # type: ignore[arg-type]


MARCH = TimeWindow.days(date(2027, 3, 1), date(2027, 3, 31))
APRIL = TimeWindow.days(date(2027, 4, 1), date(2027, 4, 30))
COURSE = event(
    "Intraprenörskap",
    span(date(2027, 3, 1), 18, 20),
    kind=EventKind.COURSE,
    recurrence=Recurrence("FREQ=WEEKLY;COUNT=8", (datetime(2027, 3, 15, 18),)),
)


def starts(found: list[Occurrence]) -> list[datetime | date]:
    return [
        o.timing.start if isinstance(o.timing, TimedSpan) else o.timing.first_day for o in found
    ]


def titles(found: list[Occurrence]) -> list[str]:
    return [o.title for o in found]


# -- windows and series ---------------------------------------------------------------------


def test_a_month_with_a_series_expanded_and_an_exdate_removed(workspace: Workspace) -> None:
    series = workspace.events.create(COURSE).event
    found = workspace.queries.occurrences(MARCH)
    assert starts(found) == [at(2027, 3, d, 18) for d in (1, 8, 22, 29)]
    assert [o.recurrence_id for o in found] == [datetime(2027, 3, d, 18) for d in (1, 8, 22, 29)]
    assert {o.uid for o in found} == {series.uid}
    assert {o.event_id for o in found} == {series.id}
    assert all(not o.changed and o.kind is EventKind.COURSE for o in found)
    # The 29th is after the change to summer time, and still 18:00 local.
    assert found[-1].timing.start.utcoffset() == timedelta(hours=2)  # type: ignore[union-attr]
    assert starts(workspace.queries.occurrences(APRIL)) == [at(2027, 4, d, 18) for d in (5, 12, 19)]


def test_single_and_series_occurrences_come_in_start_order(workspace: Workspace) -> None:
    workspace.events.create(COURSE)
    workspace.events.create(event("Nätverksträff", span(date(2027, 3, 8), 8, 10)))
    workspace.events.create(event("Kvällsseminarium", span(date(2027, 3, 22), 19, 21)))
    workspace.events.create(
        event("Mässa", AllDaySpan(date(2027, 3, 16), date(2027, 3, 18)), kind=EventKind.TRADE_FAIR)
    )
    found = workspace.queries.occurrences(MARCH)
    assert titles(found) == [
        "Intraprenörskap",
        "Nätverksträff",
        "Intraprenörskap",
        "Mässa",
        "Intraprenörskap",
        "Kvällsseminarium",
        "Intraprenörskap",
    ]
    assert [o.recurrence_id is None for o in found] == [
        False, True, False, True, False, True, False
    ]  # fmt: skip
    assert len(workspace.queries.occurrences(MARCH, limit=3)) == 3


def test_window_edges_are_start_inclusive_and_end_exclusive(workspace: Workspace) -> None:
    workspace.events.create(event("Slutar när fönstret börjar", span(date(2027, 2, 28), 22, 23)))
    workspace.events.create(
        event("Slutar vid midnatt", TimedSpan(at(2027, 2, 28, 23), at(2027, 3, 1, 0)))
    )
    workspace.events.create(event("Börjar vid midnatt", span(date(2027, 3, 1), 0, 1)))
    workspace.events.create(
        event("Över gränsen", TimedSpan(at(2027, 3, 31, 23), at(2027, 4, 1, 1)))
    )
    workspace.events.create(
        event("Börjar när fönstret slutar", TimedSpan(at(2027, 4, 1, 0), at(2027, 4, 1, 2)))
    )
    assert titles(workspace.queries.occurrences(MARCH)) == ["Börjar vid midnatt", "Över gränsen"]


def test_a_long_event_that_began_before_the_window(workspace: Workspace) -> None:
    workspace.events.create(
        event("Uppbyggnad och mässa", TimedSpan(at(2027, 2, 1, 8), at(2027, 3, 3, 18)))
    )
    workspace.events.create(event("Kort", span(date(2027, 2, 20), 8, 9)))
    assert titles(workspace.queries.occurrences(MARCH)) == ["Uppbyggnad och mässa"]


def test_an_endless_series_reaches_far_into_the_future(workspace: Workspace) -> None:
    workspace.events.create(
        event(
            "Nätverksfrukost",
            span(date(2027, 1, 5), 7, 9),
            recurrence=Recurrence("FREQ=MONTHLY;BYDAY=1TU"),
        )
    )
    found = workspace.queries.occurrences(TimeWindow.days(date(2031, 6, 1), date(2031, 6, 30)))
    assert starts(found) == [at(2031, 6, 3, 7)]


def test_a_series_occurrence_in_the_dst_gap_is_shown_an_hour_later(workspace: Workspace) -> None:
    workspace.events.create(
        event(
            "Nattlig driftkontroll",
            TimedSpan(at(2027, 3, 26, 2, 30), at(2027, 3, 26, 3)),
            recurrence=Recurrence("FREQ=DAILY;COUNT=4"),
        )
    )
    found = workspace.queries.occurrences(MARCH)
    assert [o.recurrence_id for o in found] == [
        datetime(2027, 3, d, 2, 30) for d in (26, 27, 28, 29)
    ]
    gap = found[2]
    assert gap.timing.start == at(2027, 3, 28, 3, 30)  # type: ignore[union-attr]
    assert gap.timing.utc_bounds() == (
        datetime(2027, 3, 28, 1, 30, tzinfo=UTC),
        datetime(2027, 3, 28, 2, 0, tzinfo=UTC),
    )


def test_an_all_day_series(workspace: Workspace) -> None:
    workspace.events.create(
        event(
            "Byggdag",
            AllDaySpan(date(2027, 2, 26), date(2027, 2, 27)),
            recurrence=Recurrence("FREQ=MONTHLY;COUNT=3"),
        )
    )
    found = workspace.queries.occurrences(MARCH)
    assert [o.timing for o in found] == [AllDaySpan(date(2027, 3, 26), date(2027, 3, 27))]
    assert [o.recurrence_id for o in found] == [date(2027, 3, 26)]
    feb_to_mar = TimeWindow.days(date(2027, 2, 27), date(2027, 3, 1))
    assert [o.recurrence_id for o in workspace.queries.occurrences(feb_to_mar)] == [
        date(2027, 2, 26)
    ]


# -- changed occurrences --------------------------------------------------------------------


def test_a_moved_occurrence_appears_at_its_new_time_only(workspace: Workspace) -> None:
    series = workspace.events.create(COURSE).event
    workspace.events.change_occurrence(
        series.id,
        OccurrenceChange(datetime(2027, 3, 8, 18), timing=span(date(2027, 3, 10), 17, 19)),
    )
    found = workspace.queries.occurrences(MARCH)
    assert starts(found) == [at(2027, 3, d, h) for d, h in ((1, 18), (10, 17), (22, 18), (29, 18))]
    moved = found[1]
    assert moved.changed
    assert moved.recurrence_id == datetime(2027, 3, 8, 18)
    assert moved.timing.end == at(2027, 3, 10, 19)  # type: ignore[union-attr]
    week_of_the_8th = TimeWindow.days(date(2027, 3, 8), date(2027, 3, 9))
    assert workspace.queries.occurrences(week_of_the_8th) == []


def test_an_occurrence_moved_out_of_the_month_leaves_it(workspace: Workspace) -> None:
    series = workspace.events.create(COURSE).event
    workspace.events.change_occurrence(
        series.id,
        OccurrenceChange(datetime(2027, 3, 29, 18), timing=span(date(2027, 4, 2), 9, 11)),
    )
    assert starts(workspace.queries.occurrences(MARCH)) == [at(2027, 3, d, 18) for d in (1, 8, 22)]
    april = workspace.queries.occurrences(APRIL)
    assert starts(april) == [at(2027, 4, 2, 9)] + [at(2027, 4, d, 18) for d in (5, 12, 19)]
    assert april[0].recurrence_id == datetime(2027, 3, 29, 18)


def test_the_last_occurrence_moved_later_still_shows(workspace: Workspace) -> None:
    series = workspace.events.create(COURSE).event
    workspace.events.change_occurrence(
        series.id,
        OccurrenceChange(datetime(2027, 4, 19, 18), timing=span(date(2027, 6, 14), 18, 20)),
    )
    june = workspace.queries.occurrences(TimeWindow.days(date(2027, 6, 1), date(2027, 6, 30)))
    assert starts(june) == [at(2027, 6, 14, 18)]
    assert workspace.queries.span() == (
        datetime(2027, 3, 1, 17, tzinfo=UTC),
        datetime(2027, 6, 14, 18, tzinfo=UTC),
    )


def test_the_first_occurrence_moved_earlier_still_shows(workspace: Workspace) -> None:
    series = workspace.events.create(COURSE).event
    workspace.events.change_occurrence(
        series.id,
        OccurrenceChange(datetime(2027, 3, 1, 18), timing=span(date(2027, 2, 15), 18, 20)),
    )
    mid_february = TimeWindow.days(date(2027, 2, 8), date(2027, 2, 21))
    found = workspace.queries.occurrences(mid_february)
    assert starts(found) == [at(2027, 2, 15, 18)]
    assert found[0].recurrence_id == datetime(2027, 3, 1, 18)
    assert starts(workspace.queries.occurrences(MARCH)) == [at(2027, 3, d, 18) for d in (8, 22, 29)]


def test_cancelled_occurrences_show_as_cancelled_or_not_at_all(workspace: Workspace) -> None:
    series = workspace.events.create(COURSE).event
    workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 22, 18), cancelled=True)
    )
    found = workspace.queries.occurrences(MARCH)
    assert [o.status for o in found] == [
        EventStatus.PLANNED, EventStatus.PLANNED, EventStatus.CANCELLED, EventStatus.PLANNED
    ]  # fmt: skip
    assert found[2].timing.start == at(2027, 3, 22, 18)  # type: ignore[union-attr]
    shown = workspace.queries.occurrences(MARCH, EventFilter(include_cancelled=False))
    assert starts(shown) == [at(2027, 3, d, 18) for d in (1, 8, 29)]


def test_a_cancelled_event_shows_as_cancelled_or_not_at_all(workspace: Workspace) -> None:
    seminar = workspace.events.create(event("Seminarium", span(date(2027, 3, 3), 9, 10))).event
    series = workspace.events.create(COURSE).event
    workspace.events.cancel(seminar.id)
    workspace.events.cancel(series.id)
    found = workspace.queries.occurrences(MARCH)
    assert len(found) == 5
    assert {o.status for o in found} == {EventStatus.CANCELLED}
    assert workspace.queries.occurrences(MARCH, EventFilter(include_cancelled=False)) == []


def test_a_retitled_occurrence_with_its_own_status(workspace: Workspace) -> None:
    series = workspace.events.create(COURSE).event
    workspace.events.change_occurrence(
        series.id,
        OccurrenceChange(
            datetime(2027, 3, 8, 18), title="Gästföreläsning", status=EventStatus.CONFIRMED
        ),
    )
    found = workspace.queries.occurrences(MARCH)
    assert titles(found) == ["Intraprenörskap", "Gästföreläsning"] + ["Intraprenörskap"] * 2
    assert found[1].status is EventStatus.CONFIRMED
    assert found[1].changed
    assert [o.status for o in found].count(EventStatus.PLANNED) == 3


# -- filters --------------------------------------------------------------------------------


@pytest.fixture
def year(workspace: Workspace) -> dict[str, int]:
    """A small planning spring: references, tags, kinds and statuses to filter on."""
    aros = workspace.venues.create(Venue(None, "Aros Congress Center", city="Västerås"))
    kista = workspace.venues.create(Venue(None, "Kistamässan", city="Stockholm"))
    mdu = workspace.organisations.create(
        Organisation(None, "Mälardalens universitet", OrganisationType.UNIVERSITY_OR_INSTITUTE)
    )
    cluster = workspace.organisations.create(Organisation(None, "Automationsklustret"))
    steel = workspace.projects.create(Project(None, "Stålets digitala lyft"))
    nodes = workspace.projects.create(Project(None, "Affärsnoder"))
    ws = workspace.events
    ids = {
        "fair": ws.create(
            event(
                "Automationsmässan",
                AllDaySpan(date(2027, 3, 16), date(2027, 3, 18)),
                kind=EventKind.TRADE_FAIR,
                status=EventStatus.CONFIRMED,
                venue_id=kista.id,
                organiser_id=cluster.id,
                tags=("Mässa", "Automation"),
                description="Vår monter delas med medlemsföretagen.",
            )
        ).event.id,
        "seminar": ws.create(
            event(
                "Stål och digitalisering",
                span(date(2027, 3, 10), 13, 16),
                kind=EventKind.SEMINAR,
                venue_id=aros.id,
                organiser_id=mdu.id,
                project_id=steel.id,
                tags=("Forskning",),
                description="Resultat för kommun, skolor och fack i Västerås.",
            )
        ).event.id,
        "workshop": ws.create(
            event(
                "Verkstad: digital och datadriven produktion",
                span(date(2027, 3, 24), 9, 12),
                kind=EventKind.WORKSHOP,
                status=EventStatus.DRAFT,
                venue_id=aros.id,
                organiser_id=mdu.id,
                project_id=steel.id,
                tags=("Forskning", "Stål"),
            )
        ).event.id,
        "webinar": ws.create(
            event(
                "Silicon Valley-nod: öppet möte",
                span(date(2027, 3, 11), 8, 9, LA),
                kind=EventKind.WEBINAR,
                project_id=nodes.id,
                organiser_id=cluster.id,
                online_url="https://teams.example.se/nod",
            )
        ).event.id,
        "course": ws.create(replace(COURSE, venue_id=aros.id, tags=("Utbildning",))).event.id,
    }
    ids.update(aros=aros.id, kista=kista.id, mdu=mdu.id, cluster=cluster.id)  # type: ignore[dict-item]
    ids.update(steel=steel.id, nodes=nodes.id)  # type: ignore[dict-item]
    return ids


def event_titles(workspace: Workspace, where: EventFilter) -> list[str]:
    return sorted(set(titles(workspace.queries.occurrences(MARCH, where))))


def test_filter_by_kind(workspace: Workspace, year: dict[str, int]) -> None:
    kinds = frozenset({EventKind.SEMINAR, EventKind.WORKSHOP})
    assert event_titles(workspace, EventFilter(kinds=kinds)) == [
        "Stål och digitalisering",
        "Verkstad: digital och datadriven produktion",
    ]
    found = workspace.queries.occurrences(MARCH, EventFilter(kinds=frozenset({EventKind.COURSE})))
    assert len(found) == 4


def test_filter_by_status(workspace: Workspace, year: dict[str, int]) -> None:
    assert event_titles(workspace, EventFilter(statuses=frozenset({EventStatus.DRAFT}))) == [
        "Verkstad: digital och datadriven produktion"
    ]
    assert event_titles(
        workspace, EventFilter(statuses=frozenset({EventStatus.CONFIRMED, EventStatus.DRAFT}))
    ) == ["Automationsmässan", "Verkstad: digital och datadriven produktion"]


def test_filter_by_project(workspace: Workspace, year: dict[str, int]) -> None:
    found = workspace.queries.occurrences(
        MARCH, EventFilter(project_ids=frozenset({year["steel"]}))
    )
    assert sorted(titles(found)) == [
        "Stål och digitalisering",
        "Verkstad: digital och datadriven produktion",
    ]
    assert {o.project_name for o in found} == {"Stålets digitala lyft"}
    both = EventFilter(project_ids=frozenset({year["steel"], year["nodes"]}))
    assert len(event_titles(workspace, both)) == 3


def test_filter_by_venue(workspace: Workspace, year: dict[str, int]) -> None:
    found = workspace.queries.occurrences(MARCH, EventFilter(venue_ids=frozenset({year["aros"]})))
    assert sorted(set(titles(found))) == [
        "Intraprenörskap",
        "Stål och digitalisering",
        "Verkstad: digital och datadriven produktion",
    ]
    assert {o.venue_name for o in found} == {"Aros Congress Center"}
    assert event_titles(workspace, EventFilter(venue_ids=frozenset({year["kista"]}))) == [
        "Automationsmässan"
    ]


def test_filter_by_organiser(workspace: Workspace, year: dict[str, int]) -> None:
    assert event_titles(workspace, EventFilter(organiser_ids=frozenset({year["cluster"]}))) == [
        "Automationsmässan",
        "Silicon Valley-nod: öppet möte",
    ]


def test_filter_by_tag(workspace: Workspace, year: dict[str, int]) -> None:
    assert event_titles(workspace, EventFilter(tags=frozenset({"Forskning"}))) == [
        "Stål och digitalisering",
        "Verkstad: digital och datadriven produktion",
    ]
    assert event_titles(workspace, EventFilter(tags=frozenset({"Mässa", "Utbildning"}))) == [
        "Automationsmässan",
        "Intraprenörskap",
    ]
    found = workspace.queries.occurrences(MARCH, EventFilter(tags=frozenset({"Stål"})))
    assert [o.tags for o in found] == [("Forskning", "Stål")]
    assert event_titles(workspace, EventFilter(tags=frozenset({"Finns inte"}))) == []


def test_filters_combine(workspace: Workspace, year: dict[str, int]) -> None:
    where = EventFilter(
        venue_ids=frozenset({year["aros"]}),
        tags=frozenset({"Forskning"}),
        statuses=frozenset({EventStatus.PLANNED}),
    )
    assert event_titles(workspace, where) == ["Stål och digitalisering"]
    where = EventFilter(
        venue_ids=frozenset({year["aros"]}), exclude_event_ids=frozenset({year["course"]})
    )
    assert event_titles(workspace, where) == [
        "Stål och digitalisering",
        "Verkstad: digital och datadriven produktion",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mäss", ["Automationsmässan"]),
        ("MÄSS", ["Automationsmässan"]),
        ("Mässan", ["Automationsmässan"]),
        ("automation", ["Automationsmässan"]),
        ("monter", ["Automationsmässan"]),  # in the description
        ("västerås", ["Stål och digitalisering"]),  # in the description, any case
        ("VÄSTERÅS", ["Stål och digitalisering"]),
        ("stål", ["Stål och digitalisering"]),
        ("STÅL digital", ["Stål och digitalisering"]),  # every word must appear
        ("digital", ["Stål och digitalisering", "Verkstad: digital och datadriven produktion"]),
        ("digital produktion", ["Verkstad: digital och datadriven produktion"]),
        ("stål fika", []),
        ("öppet", ["Silicon Valley-nod: öppet möte"]),
        ("möte", ["Silicon Valley-nod: öppet möte"]),
        ("nod:", ["Silicon Valley-nod: öppet möte"]),  # punctuation is ignored
        ("öp", ["Silicon Valley-nod: öppet möte"]),  # shorter than a trigram
        ("ll", ["Silicon Valley-nod: öppet möte"]),
        ("öp MÖTE", ["Silicon Valley-nod: öppet möte"]),
        ("ör", ["Automationsmässan", "Intraprenörskap", "Stål och digitalisering"]),
        ("intra", ["Intraprenörskap"]),
        ("100%", []),
        ("_", []),
    ],
)
def test_text_search_is_a_case_insensitive_substring_search(
    workspace: Workspace, year: dict[str, int], text: str, expected: list[str]
) -> None:
    assert event_titles(workspace, EventFilter(text=text)) == expected


def test_blank_text_filters_nothing(workspace: Workspace, year: dict[str, int]) -> None:
    assert len(event_titles(workspace, EventFilter(text="  "))) == 5
    assert len(event_titles(workspace, EventFilter(text="?!"))) == 5


def test_text_search_follows_changes(workspace: Workspace, year: dict[str, int]) -> None:
    fair = workspace.events.get(year["fair"])
    workspace.events.update(
        fair.id, replace(fair.draft(), title="Elmia Automation"), expected_version=fair.version
    )
    assert event_titles(workspace, EventFilter(text="mäss")) == []
    assert event_titles(workspace, EventFilter(text="elmia")) == ["Elmia Automation"]
    workspace.events.delete(fair.id)
    assert event_titles(workspace, EventFilter(text="elmia")) == []


def test_a_window_read_again_shows_every_change_since(
    workspace: Workspace, year: dict[str, int]
) -> None:
    # Occurrences are kept between reads by their rows' values or states (queries, and
    # month_keys on SQLite): a change to the event, its series or a venue's name must show.
    before = workspace.queries.occurrences(MARCH)
    assert workspace.queries.occurrences(MARCH) == before
    fair = workspace.events.get(year["fair"])
    workspace.events.update(
        fair.id, replace(fair.draft(), title="Elmia Automation"), expected_version=fair.version
    )
    course = next(o for o in before if o.title == "Intraprenörskap")
    series = workspace.events.get(course.event_id)
    workspace.events.update(
        series.id, replace(series.draft(), title="Intraprenörskap II"),
        expected_version=series.version,
    )  # fmt: skip
    aros = workspace.venues.get(year["aros"])
    workspace.venues.update(replace(aros, name="Aros Congress"))
    after = workspace.queries.occurrences(MARCH)
    assert len(after) == len(before)
    assert "Automationsmässan" not in titles(after)
    assert "Elmia Automation" in titles(after)
    assert "Intraprenörskap" not in titles(after)
    assert titles(after).count("Intraprenörskap II") == titles(before).count("Intraprenörskap")
    assert "Aros Congress Center" not in {o.venue_name for o in after}
    assert "Aros Congress" in {o.venue_name for o in after}


def test_a_new_event_on_a_deleted_events_id_is_read_as_itself(workspace: Workspace) -> None:
    # SQLite gives a new row the highest id plus one: the new event may have the deleted
    # one's id and row version, and must not be taken for it (services/events/month_keys).
    workspace.events.create(event("Styrgrupp", span(date(2027, 3, 2), 9, 10)))
    gone = workspace.events.create(event("Frukostseminarium", span(date(2027, 3, 3), 8, 9))).event
    assert "Frukostseminarium" in titles(workspace.queries.occurrences(MARCH))
    workspace.events.delete(gone.id)
    made = workspace.events.create(event("Nätverksträff", span(date(2027, 3, 3), 8, 9))).event
    assert (made.version, made.timing) == (gone.version, gone.timing)
    found = workspace.queries.occurrences(MARCH)
    assert titles(found) == ["Styrgrupp", "Nätverksträff"]
    assert found[1].uid == made.uid and found[1].event_id == made.id


def test_a_tag_renamed_and_a_project_renamed_show_in_a_window_read_again(
    workspace: Workspace, year: dict[str, int]
) -> None:
    before = workspace.queries.occurrences(MARCH)
    for old, new in (("Forskning", "Forskare"), ("Utbildning", "Utbildningar")):
        tagged = [o.event_id for o in before if old in o.tags]
        assert tagged  # a single event, then a series
        tag = workspace.tags.find(old)
        assert tag is not None
        workspace.tags.update(replace(tag, name=new))
        after = workspace.queries.occurrences(MARCH)
        assert [o.event_id for o in after if new in o.tags] == tagged
        assert not any(old in o.tags for o in after)
    project = workspace.projects.get(year["steel"])
    workspace.projects.update(replace(project, name="Stållyftet"))
    after = workspace.queries.occurrences(MARCH)
    assert "Stållyftet" in {o.project_name for o in after}
    assert project.name not in {o.project_name for o in after}


def test_a_read_in_a_write_that_rolls_back_is_not_kept(
    workspace: Workspace, year: dict[str, int]
) -> None:
    # A writing transaction sees its own rows, which may never be committed: what it reads
    # must not stand for the row version a later write gives them.
    fair = year["fair"]

    def retitle(title: str) -> Any:  # one write, raising the row version as every write does
        return (
            update(EventRow)
            .where(EventRow.id == fair)
            .values(title=title, version=EventRow.version + 1)
        )

    with pytest.raises(RuntimeError), workspace.database.transaction() as session:
        session.execute(retitle("Utkast"))
        assert "Utkast" in titles(find_occurrences(session, MARCH, EventFilter()))
        raise RuntimeError("rolled back")
    with workspace.database.transaction() as session:
        session.execute(retitle("Elmia Automation"))  # the same row version as the draft's
    with workspace.database.transaction() as session:  # a write reads a window too (clashes)
        written = titles(find_occurrences(session, MARCH, EventFilter()))
    assert "Elmia Automation" in written and "Utkast" not in written
    found = titles(workspace.queries.occurrences(MARCH))
    assert "Elmia Automation" in found and "Utkast" not in found


def test_rows_read_whole_by_id_or_with_the_window_give_the_same_month(
    workspace: Workspace, year: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Few rows not seen before are read by id, many with the window's own statement.
    workspace.events.create(COURSE)
    by_id = workspace.queries.occurrences(MARCH)
    month_keys.forget_all()
    monkeypatch.setattr(month_keys, "_BY_ID_AT_MOST", 0)
    assert workspace.queries.occurrences(MARCH) == by_id
    assert workspace.queries.occurrences(APRIL) == workspace.queries.occurrences(APRIL)


# -- search and upcoming --------------------------------------------------------------------


def test_search_lists_each_event_once_in_start_order(
    workspace: Workspace, year: dict[str, int]
) -> None:
    found = workspace.queries.search("digital")
    assert titles(found) == [
        "Stål och digitalisering",
        "Verkstad: digital och datadriven produktion",
    ]
    assert [o.event_id for o in found] == [year["seminar"], year["workshop"]]
    series = workspace.queries.search("Intraprenörskap")
    assert len(series) == 1
    assert series[0].timing.start == at(2027, 3, 1, 18)  # type: ignore[union-attr]
    assert titles(workspace.queries.search("mäss")) == ["Automationsmässan"]
    assert workspace.queries.search("mäss")[0].tags == ("Automation", "Mässa")
    assert workspace.queries.search("") == []
    assert workspace.queries.search("ingenting sådant") == []
    assert len(workspace.queries.search("digital", limit=1)) == 1


def test_upcoming_leaves_out_the_past_and_the_cancelled(
    workspace: Workspace, year: dict[str, int]
) -> None:
    now = at(2027, 3, 15, 12)
    found = workspace.queries.upcoming(now=now)
    assert titles(found)[:3] == [
        "Automationsmässan",
        "Intraprenörskap",
        "Verkstad: digital och datadriven produktion",
    ]
    assert all(o.timing.utc_bounds()[0] >= now for o in found)
    # The course goes on until 19 April with 15 March struck out.
    course_starts = [o.timing.start for o in found if o.title == "Intraprenörskap"]  # type: ignore[union-attr]
    assert course_starts == [at(2027, 3, 22, 18), at(2027, 3, 29, 18)] + [
        at(2027, 4, d, 18) for d in (5, 12, 19)
    ]
    workspace.events.cancel(year["workshop"])
    assert "Verkstad: digital och datadriven produktion" not in titles(
        workspace.queries.upcoming(now=now)
    )
    assert len(workspace.queries.upcoming(now=now, limit=2)) == 2
    assert titles(workspace.queries.upcoming(now=now, days=2)) == ["Automationsmässan"]
    assert workspace.queries.upcoming(now=at(2028, 1, 1)) == []


def test_upcoming_from_the_real_clock(workspace: Workspace) -> None:
    soon = datetime.now(UTC) + timedelta(days=3)
    workspace.events.create(event("Snart", TimedSpan(soon, soon + timedelta(hours=1))))
    past = datetime.now(UTC) - timedelta(days=3)
    workspace.events.create(event("Förr", TimedSpan(past, past + timedelta(hours=1))))
    assert titles(workspace.queries.upcoming()) == ["Snart"]


# -- zones ----------------------------------------------------------------------------------


def test_an_all_day_event_keeps_its_dates_in_another_display_zone(workspace: Workspace) -> None:
    workspace.events.create(
        event("Innovationsdag", AllDaySpan(date(2027, 1, 20), date(2027, 1, 20)))
    )
    for tz in (STOCKHOLM, LOS_ANGELES, "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago"):
        on_the_day = TimeWindow.days(date(2027, 1, 20), date(2027, 1, 20), tz)
        assert titles(workspace.queries.occurrences(on_the_day)) == ["Innovationsdag"], tz
        day_before = TimeWindow.days(date(2027, 1, 19), date(2027, 1, 19), tz)
        assert workspace.queries.occurrences(day_before) == [], tz
        day_after = TimeWindow.days(date(2027, 1, 21), date(2027, 1, 21), tz)
        assert workspace.queries.occurrences(day_after) == [], tz


def test_an_all_day_event_in_los_angeles_seen_from_stockholm(workspace: Workspace) -> None:
    workspace.events.create(
        event("Affärsnod: demodag", AllDaySpan(date(2027, 3, 31), date(2027, 4, 1), LOS_ANGELES))
    )
    found = workspace.queries.occurrences(MARCH)
    assert [o.timing for o in found] == [
        AllDaySpan(date(2027, 3, 31), date(2027, 4, 1), LOS_ANGELES)
    ]
    assert titles(workspace.queries.occurrences(APRIL)) == ["Affärsnod: demodag"]
    may = TimeWindow.days(date(2027, 4, 2), date(2027, 5, 31))
    assert workspace.queries.occurrences(may) == []


def test_a_timed_event_is_placed_by_its_instant(workspace: Workspace) -> None:
    # 17:00 on 31 March in Los Angeles is 02:00 on 1 April in Stockholm.
    workspace.events.create(event("Samtal med Kalifornien", span(date(2027, 3, 31), 17, 18, LA)))
    assert workspace.queries.occurrences(MARCH) == []
    found = workspace.queries.occurrences(APRIL)
    assert titles(found) == ["Samtal med Kalifornien"]
    assert found[0].timing.time_zone == LOS_ANGELES
    la_march = TimeWindow.days(date(2027, 3, 1), date(2027, 3, 31), LOS_ANGELES)
    assert titles(workspace.queries.occurrences(la_march)) == ["Samtal med Kalifornien"]


def test_windows_refuse_naive_times() -> None:
    with pytest.raises(ValidationError) as caught:
        TimeWindow(datetime(2027, 3, 1), at(2027, 4, 1))
    assert caught.value.field == "from"
    with pytest.raises(ValidationError) as caught:
        TimeWindow(at(2027, 3, 1), datetime(2027, 4, 1))
    assert caught.value.field == "to"


def test_count_and_span(workspace: Workspace) -> None:
    assert workspace.queries.count() == 0
    assert workspace.queries.span() is None
    workspace.events.create(event("Första", span(date(2027, 2, 1), 9, 10)))
    workspace.events.create(COURSE)
    assert workspace.queries.count() == 2
    assert workspace.queries.span() == (
        datetime(2027, 2, 1, 8, tzinfo=UTC),
        datetime(2027, 4, 19, 18, tzinfo=UTC),
    )


def test_search_gives_the_same_answer_for_rare_and_common_words(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventplanner.services.events import queries as queries_module

    for day in range(1, 9):
        title = "Mässa i Västerås" if day % 2 else "Seminarium om stål"
        workspace.events.create(
            EventDraft(title, TimedSpan(datetime(2027, 3, day, 9, tzinfo=ZoneInfo(
                "Europe/Stockholm")), datetime(2027, 3, day, 11, tzinfo=ZoneInfo(
                "Europe/Stockholm"))))
        )  # fmt: skip
    sparse = [(o.title, o.timing) for o in workspace.queries.search("MÄSSA", limit=3)]
    monkeypatch.setattr(queries_module, "_DENSE_MATCHES", 1)  # walk in start order instead
    monkeypatch.setattr(queries_module, "_WALK_BATCH", 2)
    dense = [(o.title, o.timing) for o in workspace.queries.search("MÄSSA", limit=3)]
    assert sparse == dense
    assert [t.start.day for _, t in dense] == [1, 3, 5]  # type: ignore[union-attr]


def test_only_cancelled_chosen_while_cancelled_are_hidden_shows_nothing(
    workspace: Workspace,
) -> None:
    # The filter bar allows it: Statuses → Cancelled, "Show cancelled" unticked.
    seminar = workspace.events.create(event("Seminarium", span(date(2027, 3, 3), 9, 10))).event
    workspace.events.create(event("Mingel", span(date(2027, 3, 4), 9, 10)))
    workspace.events.create(COURSE)
    workspace.events.cancel(seminar.id)
    where = EventFilter(statuses=frozenset({EventStatus.CANCELLED}), include_cancelled=False)
    assert workspace.queries.occurrences(MARCH, where) == []


def test_occurrences_at_the_same_instant_with_the_same_title_keep_their_order(
    workspace: Workspace,
) -> None:
    # Ties on (start, title): events that are not series, then series that end, then
    # endless series, each in the order read.
    ending = workspace.events.create(COURSE).event
    endless = workspace.events.create(replace(COURSE, recurrence=Recurrence("FREQ=WEEKLY"))).event
    single = workspace.events.create(event("Intraprenörskap", span(date(2027, 3, 8), 18, 20))).event
    found = [o for o in workspace.queries.occurrences(MARCH) if starts([o]) == [at(2027, 3, 8, 18)]]
    assert [o.event_id for o in found] == [single.id, ending.id, endless.id]
