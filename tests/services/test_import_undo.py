"""Several files imported as one (plan_all, apply_all) and an import taken back (undo):
the database afterwards is what it was before, row for row, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import text

from eventplanner.domain.feeds import Feed
from eventplanner.domain.filters import EventFilter
from eventplanner.services.exporting.export import Selection
from eventplanner.services.importing.service import (
    CHUNK,
    ImportAction,
    ImportCancelled,
    ImportOptions,
    ImportRefused,
)
from eventplanner.services.workspace import Workspace
from tests.icsfiles import calendar, event
from tests.recorded_progress import Recorded

_TABLES = {
    "events": "uid",
    "event_tags": "event_id, tag_id",
    "occurrence_changes": "event_id, recurrence_id",
    "series_occurrences": "event_id, recurrence_id",
    "tags": "name",
    "venues": "name",
}
# The row version rises with any write (an undo is one); a changed occurrence is written
# anew with its event, under an id of its own.
_SKIPPED = {("events", "version"), ("occurrence_changes", "id")}


def _dump(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import writes, but for what any write changes."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with workspace.database.reading() as session:
        for table, order in _TABLES.items():
            result = session.execute(text(f"SELECT * FROM {table} ORDER BY {order}"))
            columns = list(result.keys())
            kept = [i for i, name in enumerate(columns) if (table, name) not in _SKIPPED]
            found[table] = [tuple(row[i] for i in kept) for row in result]
    return found


FIRST = calendar(
    event("CATEGORIES:Seminarium,Robotik", "LOCATION:Expectrum", "SEQUENCE:1",
          uid="seminar@test", summary="Robotikseminarium"),
    event("RRULE:FREQ=WEEKLY;COUNT=4", uid="series@test", summary="Kursserie"),
    event(
        "RECURRENCE-ID;TZID=Europe/Stockholm:20270319T090000",
        "DTSTART;TZID=Europe/Stockholm:20270319T130000",
        "DTEND;TZID=Europe/Stockholm:20270319T140000",
        uid="series@test", summary="Kursserie (flyttad)",
    ),
)  # fmt: skip
NEWER = calendar(
    event("CATEGORIES:Workshop,Ny tagg", "LOCATION:Elmia", "SEQUENCE:2",
          uid="seminar@test", summary="Robotikworkshop"),
    event("RRULE:FREQ=WEEKLY;COUNT=6", "SEQUENCE:1", uid="series@test", summary="Längre kurs"),
    event("LOCATION:ELMIA", uid="fresh@test", summary="Nytt möte"),
)  # fmt: skip


def test_undo_deletes_what_was_made_and_puts_updated_events_back(workspace: Workspace) -> None:
    workspace.imports.apply(workspace.imports.plan(FIRST))
    before = _dump(workspace)
    plan = workspace.imports.plan(NEWER)
    assert plan.counts[ImportAction.UPDATED] == 2 and plan.counts[ImportAction.NEW] == 1
    assert plan.new_venues == ("Elmia",)  # one venue, however the events spell it
    result = workspace.imports.apply(plan)
    assert result.created_uids == ("fresh@test",)
    assert {e.uid for e in result.replaced} == {"seminar@test", "series@test"}
    assert len(result.made_venue_ids) == 1 and len(result.made_tag_ids) == 1
    assert workspace.events.get_by_uid("fresh@test").venue_name == "Elmia"
    assert workspace.events.get_by_uid("seminar@test").title == "Robotikworkshop"

    workspace.imports.undo([result])

    assert _dump(workspace) == before
    seminar = workspace.events.get_by_uid("seminar@test")
    assert (seminar.title, seminar.sequence, seminar.venue_name) == (
        "Robotikseminarium", 1, "Expectrum")  # fmt: skip
    series = workspace.events.get_by_uid("series@test")
    assert len(series.changes) == 1 and series.changes[0].title == "Kursserie (flyttad)"
    # As before the import, the newer file is newer than what is stored: it imports again.
    again = workspace.imports.plan(NEWER)
    assert again.counts == plan.counts
    workspace.imports.apply(again)
    assert workspace.events.get_by_uid("seminar@test").title == "Robotikworkshop"


def test_undo_keeps_a_venue_someone_has_used_or_changed_since(workspace: Workspace) -> None:
    made = workspace.imports.apply(
        workspace.imports.plan(calendar(event("LOCATION:Elmia"), event("LOCATION:Expectrum",
                                                                       uid="b@test")))
    )  # fmt: skip
    [elmia] = [v for v in workspace.venues.list() if v.name == "Elmia"]
    workspace.venues.update(replace(elmia, city="Jönköping"))
    other = workspace.events.get_by_uid("b@test")
    workspace.events.create(replace(other.draft(), title="Eget möte"))
    workspace.imports.undo([made])
    assert {v.name for v in workspace.venues.list()} == {"Elmia", "Expectrum"}
    assert workspace.queries.count() == 1  # only the event made by hand is left


def test_undo_keeps_a_venue_or_tag_a_feed_has_chosen_since(workspace: Workspace) -> None:
    made = workspace.imports.apply(
        workspace.imports.plan(calendar(event("LOCATION:Elmia", "CATEGORIES:Robotik")))
    )
    [elmia] = [v for v in workspace.venues.list() if v.name == "Elmia"]
    workspace.feeds.create(
        Feed(None, "Elmia", where=EventFilter(venue_ids=frozenset({elmia.id or 0})))
    )
    workspace.feeds.create(Feed(None, "Robotik", where=EventFilter(tags=frozenset({"Robotik"}))))
    workspace.imports.undo([made])
    assert [v.name for v in workspace.venues.list()] == ["Elmia"]
    assert [t.name for t in workspace.tags.list()] == ["Robotik"]
    assert workspace.queries.count() == 0


def test_undo_of_events_deleted_since_leaves_the_rest_to_do(workspace: Workspace) -> None:
    result = workspace.imports.apply(
        workspace.imports.plan(calendar(event(uid="a@test"), event(uid="b@test")))
    )
    gone = workspace.events.get_by_uid("a@test")
    workspace.events.delete(gone.id)
    workspace.imports.undo([result])
    assert workspace.queries.count() == 0


def test_several_files_write_each_event_once_in_its_newest_version(workspace: Workspace) -> None:
    older = calendar(event("SEQUENCE:1", summary="Gammal"), event(uid="only-here@test"))
    newer = calendar(event("SEQUENCE:3", "LOCATION:Elmia", summary="Ny"))
    plans = workspace.imports.plan_all([("gammal.ics", older), ("ny.ics", newer)])
    first, second = plans
    [superseded] = [e for e in first.events if e.uid == "a@test"]
    assert superseded.action is ImportAction.UNCHANGED
    assert "ny.ics, line 4" in superseded.reason
    assert second.events[0].action is ImportAction.NEW and second.new_venues == ("Elmia",)
    results = workspace.imports.apply_all(plans)
    assert [len(r.created) for r in results] == [1, 1]
    assert workspace.events.get_by_uid("a@test").title == "Ny"
    # The same files the other way round: the newer still wins, wherever it is.
    workspace.imports.undo(results)
    assert workspace.queries.count() == 0
    plans = workspace.imports.plan_all([("ny.ics", newer), ("gammal.ics", older)])
    assert plans[1].events[0].action is ImportAction.UNCHANGED
    workspace.imports.apply_all(plans)
    assert workspace.events.get_by_uid("a@test").title == "Ny"


def test_a_venue_only_unchanged_events_name_is_not_made(workspace: Workspace) -> None:
    workspace.imports.apply(workspace.imports.plan(calendar(event("SEQUENCE:2"))))
    plan = workspace.imports.plan(calendar(event("SEQUENCE:1", "LOCATION:Okänd plats")))
    assert plan.count(ImportAction.UNCHANGED) == 1 and plan.new_venues == ()
    workspace.imports.apply(plan)
    assert workspace.venues.list() == []


def test_a_refused_file_among_several_is_named_and_nothing_is_planned(
    workspace: Workspace,
) -> None:
    broken = calendar(event("DTSTART;TZID=Europe/Stockholm:20271340T090000", uid="bad@test"))
    with pytest.raises(ImportRefused) as refused:
        workspace.imports.plan_all([("bra.ics", calendar(event())), ("trasig.ics", broken)])
    assert refused.value.name == "trasig.ics"
    assert str(refused.value).startswith("trasig.ics: line ")
    assert "UID bad@test" in refused.value.reason


def test_cancelling_in_the_second_file_leaves_the_first_unwritten(workspace: Workspace) -> None:
    before = _dump(workspace)
    many = calendar(*(event(uid=f"m{i}@test") for i in range(CHUNK + 5)))
    plans = workspace.imports.plan_all([("en.ics", calendar(event())), ("många.ics", many)])
    # Cancelled after the first file and a chunk of the second.
    progress = Recorded(cancel_when=lambda seen: len(seen) >= 3)
    with pytest.raises(ImportCancelled):
        workspace.imports.apply_all(plans, progress=progress)
    total = CHUNK + 6
    assert progress.seen == [(0, total), (1, total), (CHUNK + 1, total)]
    assert _dump(workspace) == before


def test_a_file_imported_again_after_an_undo_exports_as_imported_the_second_time(
    workspace: Workspace,
) -> None:
    # Undo deletes the events an import made; SQLite gives the next ones the same ids (and
    # row version 1), so what export kept of the first import must not stand for them.
    floating = calendar(event("DTSTART:20270312T090000", "DTEND:20270312T100000"))
    first = workspace.imports.apply(
        workspace.imports.plan(floating, options=ImportOptions(floating_zone="Europe/Stockholm"))
    )
    assert "TZID=Europe/Stockholm" in workspace.export.render(Selection()).texts[0].text
    workspace.imports.undo([first])
    workspace.imports.apply(
        workspace.imports.plan(floating, options=ImportOptions(floating_zone="Europe/London"))
    )
    [text] = workspace.export.render(Selection()).texts
    assert "TZID=Europe/London" in text.text


def test_a_served_feed_follows_a_file_imported_again_after_an_undo(workspace: Workspace) -> None:
    # The same counts, highest id, row versions and time of change as after the first
    # import (the file's LAST-MODIFIED): only the deletion between tells them apart.
    feed = workspace.feeds.create(Feed(None, "Alla"))
    floating = calendar(
        event("DTSTART:20270312T090000", "DTEND:20270312T100000",
              "LAST-MODIFIED:20260101T120000Z", "CREATED:20260101T120000Z")
    )  # fmt: skip
    first = workspace.imports.apply(
        workspace.imports.plan(floating, options=ImportOptions(floating_zone="Europe/Stockholm"))
    )
    served = workspace.feeds.document(feed.token)
    assert served is not None and b"TZID=Europe/Stockholm:20270312T090000" in served.body
    workspace.imports.undo([first])
    workspace.imports.apply(
        workspace.imports.plan(floating, options=ImportOptions(floating_zone="Europe/London"))
    )
    served = workspace.feeds.document(feed.token)
    assert served is not None and b"TZID=Europe/London:20270312T090000" in served.body
