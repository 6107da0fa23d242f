"""ExportService: which events a selection picks, read in bulk, written once per revision."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import update

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.ical import CalendarInfo, ExportOptions
from eventplanner.ical.outlook_rules import rule_problem
from eventplanner.persistence.schema import VenueRow
from eventplanner.services.exporting import export as export_module
from eventplanner.services.exporting.export import Selection
from eventplanner.services.workspace import Workspace
from tests.ical.factories import run_ics_check
from tests.services.feed_world import World

TODAY = date(2026, 11, 18)
STAMP = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)


def _titles(workspace: Workspace, selection: Selection) -> list[str]:
    return [e.title for e in workspace.export.events(selection)]


@pytest.mark.database_copy("sample_year", TODAY)  # tests/copies.py
def test_bulk_loaded_events_equal_those_read_one_by_one(workspace: Workspace) -> None:
    loaded = workspace.export.events(Selection())
    assert len(loaded) == workspace.queries.count() > 50
    assert any(e.changes for e in loaded) and any(e.recurrence for e in loaded)
    for event in loaded:
        assert event == workspace.events.get(event.id)


def test_selected_events_are_picked_by_id_in_start_order(
    workspace: Workspace, world: World
) -> None:
    chosen = Selection(event_ids=(world.seminar_id, world.fair_id, world.fair_id))
    assert _titles(workspace, chosen) == [
        "Automationsmässan", "Spridningsseminarium: stål och digitalisering",
    ]  # fmt: skip
    # Chosen, and with a period: those of them with an occurrence in it.
    late = Selection(event_ids=(world.fair_id, world.course_id), first_day=date(2099, 1, 1))
    assert _titles(workspace, late) == []


def test_the_filter_picks_events_in_start_order(workspace: Workspace, world: World) -> None:
    everything = _titles(workspace, Selection())
    assert everything == [
        "Intraprenörskap", "Automationsmässan", "Spridningsseminarium: stål och digitalisering",
        "Nätverksträff i Eskilstuna", "Mikrofabrik: workshop",
    ]  # fmt: skip
    fairs = Selection(EventFilter(kinds=frozenset({EventKind.TRADE_FAIR})))
    assert _titles(workspace, fairs) == ["Automationsmässan"]
    tagged = Selection(EventFilter(tags=frozenset({"MÄSSA"})))  # tags match whatever the case
    assert _titles(workspace, tagged) == ["Automationsmässan"]
    in_project = Selection(EventFilter(project_ids=frozenset({world.project_id})))
    assert _titles(workspace, in_project) == ["Spridningsseminarium: stål och digitalisering"]
    words = Selection(EventFilter(text="spridning"))
    assert _titles(workspace, words) == ["Spridningsseminarium: stål och digitalisering"]
    no_cancelled = Selection(EventFilter(include_cancelled=False))
    assert "Nätverksträff i Eskilstuna" not in _titles(workspace, no_cancelled)
    cancelled = Selection(EventFilter(statuses=frozenset({EventStatus.CANCELLED})))
    assert _titles(workspace, cancelled) == ["Nätverksträff i Eskilstuna"]


def test_days_pick_events_with_an_occurrence_in_them(workspace: Workspace, world: World) -> None:
    march = Selection(first_day=date(2027, 3, 1), last_day=date(2027, 3, 31))
    # The course runs weekly from 1 February for eight weeks: into March, so it is in.
    assert _titles(workspace, march) == ["Intraprenörskap", "Automationsmässan"]
    assert _titles(workspace, Selection(first_day=date(2027, 5, 1))) == [
        "Nätverksträff i Eskilstuna", "Mikrofabrik: workshop",
    ]  # fmt: skip
    assert _titles(workspace, Selection(last_day=date(2027, 2, 28))) == ["Intraprenörskap"]
    assert _titles(workspace, Selection(first_day=date(2030, 1, 1))) == []


def test_after_one_change_only_that_event_is_written_again(
    workspace: Workspace, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[str] = []
    real = export_module.event_text

    def counting(event, place, options):  # type: ignore[no-untyped-def]
        written.append(event.title)
        return real(event, place, options)

    monkeypatch.setattr(export_module, "event_text", counting)
    first = workspace.export.render(Selection())
    assert len(written) == 5
    written.clear()
    assert workspace.export.render(Selection()) == first
    assert written == []

    seminar = workspace.events.get(world.seminar_id)
    workspace.events.update(
        seminar.id, replace(seminar.draft(), title="Stål i praktiken"),
        expected_version=seminar.version,
    )  # fmt: skip
    second = workspace.export.render(Selection())
    assert written == ["Stål i praktiken"]
    assert second.digest != first.digest
    # Other options are other texts: each kept apart, neither thrown away.
    written.clear()
    workspace.export.render(Selection(), ExportOptions(include_notes=True))
    assert len(written) == 5
    written.clear()
    workspace.export.render(Selection())
    assert written == []


def test_a_new_event_under_a_deleted_ones_id_is_written_as_itself(
    workspace: Workspace, world: World
) -> None:
    # SQLite gives the next event the id of the last one deleted, at row version 1.
    seminar = workspace.events.get(world.seminar_id)
    last = workspace.events.create(replace(seminar.draft(), title="Styrelsemöte")).event
    assert any("Styrelsemöte" in t.text for t in workspace.export.render(Selection()).texts)
    workspace.events.delete(last.id)
    made = workspace.events.create(replace(seminar.draft(), title="Nätverksträff")).event
    texts = [t.text for t in workspace.export.render(Selection()).texts]
    assert not any("Styrelsemöte" in t for t in texts)
    assert sum(f"UID:{made.uid}" in t and "Nätverksträff" in t for t in texts) == 1


def test_a_venue_change_rewrites_its_events_only(
    workspace: Workspace, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.export.render(Selection())
    written: list[str] = []
    real = export_module.event_text

    def counting(event, place, options):  # type: ignore[no-untyped-def]
        written.append(event.title)
        return real(event, place, options)

    monkeypatch.setattr(export_module, "event_text", counting)
    venue = workspace.venues.get(world.venue_id)
    workspace.venues.update(replace(venue, address="Mässgatan 1"))
    text = workspace.export.export(Selection(), CalendarInfo(name="Allt"), stamp=STAMP).text
    assert sorted(written) == ["Automationsmässan", "Spridningsseminarium: stål och digitalisering"]
    assert "Mässgatan 1" in Calendar.from_ical(text).to_ical().decode()


def test_a_venue_renamed_without_touching_its_events_rewrites_them_all_the_same(
    workspace: Workspace, world: World
) -> None:
    """A venue renamed by a writer that leaves its events' rows as they were (another
    program, say): their texts are dropped and made again, though their versions, and so
    the ids and versions a render reads, are what the last render saw."""
    info = CalendarInfo(name="Allt")
    workspace.export.export(Selection(), info, stamp=STAMP)
    with workspace.database.transaction() as session:
        session.execute(
            update(VenueRow).where(VenueRow.id == world.venue_id).values(name="Aros Kongress")
        )
    again = workspace.export.export(Selection(), info, stamp=STAMP).text
    fresh = export_module.ExportService(workspace.database)
    assert again == fresh.export(Selection(), info, stamp=STAMP).text
    assert "Aros Kongress" in again and "Västerås Kongress" not in again


def test_the_state_mark_notices_every_kind_of_change(workspace: Workspace, world: World) -> None:
    marks = [workspace.export.state_mark()]

    def changed() -> bool:
        marks.append(workspace.export.state_mark())
        return marks[-1] != marks[-2]

    assert not changed()
    workspace.events.cancel(world.seminar_id)
    assert changed()
    workspace.events.delete(world.other_project_event_id)
    assert changed()
    duplicate = workspace.events.duplicate(world.fair_id).event  # the freed id may come back
    assert changed()
    venue = workspace.venues.get(world.venue_id)
    workspace.venues.update(replace(venue, city="Västerås C"))
    assert changed()
    project = workspace.projects.get(world.project_id)
    workspace.projects.update(replace(project, name="Stål 2.0"))
    assert changed()
    assert duplicate.id is not None


@pytest.mark.database_copy("sample_year", TODAY)  # tests/copies.py
def test_the_sample_year_exported_whole_passes_ics_check(
    workspace: Workspace, tmp_path: Path
) -> None:
    options = ExportOptions(include_cancelled=True, include_notes=True)
    done = workspace.export.export(
        Selection(), CalendarInfo(name="Klustret 2027"), options, stamp=STAMP
    )
    assert done.events == workspace.queries.count()
    # The sample's monthly "second Tuesday but not in July" series has no Outlook pattern
    # as it is stored; it is written in one (OUTLOOK.md 6), so nothing is left to warn of.
    assert not any("cannot show" in w.message for w in done.warnings)
    events = done.text[done.text.index("BEGIN:VEVENT") :]
    event_rules = re.findall(r"^RRULE:(.*)$", events.replace("\r\n", "\n"), re.MULTILINE)
    assert "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20280208T150000Z" in event_rules
    assert all(rule_problem(rule, date(2027, 1, 1)) is None for rule in event_rules)
    path = tmp_path / "klustret.ics"
    path.write_bytes(done.text.encode())
    run_ics_check(path)
    # The preview reads the file back: one row for each VEVENT of it.
    rows = workspace.export.preview(done.text, "America/Los_Angeles")
    assert len(rows) == len(Calendar.from_ical(done.text).walk("VEVENT"))


@pytest.mark.database_copy("sample_year", TODAY)  # tests/copies.py
def test_each_feed_of_the_sample_is_published_and_passes_ics_check(
    workspace: Workspace, tmp_path: Path
) -> None:
    feeds = workspace.feeds.list()
    assert [f.name for f in feeds] == [
        "Mässor 2027", "Personalkalender", "Spridningsseminarier", "Öppna evenemang",
    ]  # fmt: skip
    paths = []
    for feed in feeds:
        workspace.feeds.update(replace(feed, folder=str(tmp_path)), expected_version=feed.version)
    report = workspace.feeds.publish_due()
    assert report.failed == ()
    for done in report.published:
        assert done.events > 0, done.feed.name
        paths.append(done.path)
    assert len(paths) == 4
    run_ics_check(*paths)
    fairs = Calendar.from_ical((tmp_path / "Mässor 2027.ics").read_bytes()).walk("VEVENT")
    window = TimeWindow.days(date(2027, 1, 1), date(2027, 12, 31))
    expected = {
        o.uid
        for o in workspace.queries.occurrences(window)
        if o.kind is EventKind.TRADE_FAIR and o.status is not EventStatus.CANCELLED
    }
    assert {str(e["UID"]) for e in fairs} == expected


@pytest.mark.database_copy("sample_year", TODAY)  # tests/copies.py
def test_a_feed_written_in_swedish_names_its_kinds_in_swedish(
    workspace: Workspace, tmp_path: Path
) -> None:
    """OUTLOOK.md 8: CATEGORIES follow the language the feed is written in ("Mässor 2027",
    "Inställt: "): "Mässa", not "trade fair"; a feed written in English keeps English."""
    swedish = next(f for f in workspace.feeds.list() if f.name == "Mässor 2027")
    english = workspace.feeds.create(
        replace(swedish, id=None, name="Trade fairs", calendar_name="", description="", token="")
    )
    assert english.id is not None and swedish.id is not None
    fairs = workspace.feeds.render(swedish.id).body
    categories = re.findall(rb"\r\nCATEGORIES:([^,\r]*)", fairs)
    assert categories and set(categories) == {"Mässa".encode()}
    plain = workspace.feeds.render(english.id).body
    assert set(re.findall(rb"\r\nCATEGORIES:([^,\r]*)", plain)) == {b"trade fair"}
    path = tmp_path / "massor.ics"
    path.write_bytes(fairs)
    run_ics_check(path)
