"""A feed published again after a change is the same, byte for byte, as one written from
scratch: the kept event texts and their layout (only the changed events made and put in
anew) never show anything a full rebuild would not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.feeds import Feed
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import Event, OccurrenceChange
from eventplanner.domain.timing import TimedSpan
from eventplanner.ical import calendar_text
from eventplanner.services.exporting.export import ExportService, Selection
from eventplanner.services.workspace import Workspace
from tests.ical.factories import run_ics_check

TODAY = date(2026, 11, 18)
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py


def _rebuilt(workspace: Workspace, feed_id: int, stamp: datetime | None = None) -> bytes:
    """The feed as a fresh service (nothing kept) writes it, as text, stamped ``stamp`` (by
    default the time it was last published)."""
    feeds = workspace.feeds
    feed = feeds.get(feed_id)
    stamp = stamp or feed.published_at
    assert stamp is not None
    fresh = ExportService(workspace.database)
    rendered = fresh.render(feeds.selection(feed), feeds.options(feed))
    return calendar_text(rendered.texts, feeds.info(feed), stamp=stamp).encode()


def _series_occurrence(workspace: Workspace, nth: int) -> tuple[int, OccurrenceChange]:
    """A moved-by-a-day occurrence of one of the sample's series (another for each ``nth``)."""
    window = TimeWindow.days(date(2027, 1, 1), date(2027, 12, 31))
    found = [o for o in workspace.queries.occurrences(window) if o.recurrence_id is not None]
    occurrence = found[(nth * 7) % len(found)]
    assert occurrence.recurrence_id is not None
    moved = _later(occurrence.timing, days=1)
    return occurrence.event_id, OccurrenceChange(occurrence.recurrence_id, title="Flyttat",
                                                 timing=moved)  # fmt: skip


@pytest.fixture
def published(workspace: Workspace, tmp_path: Path) -> tuple[Workspace, list[Feed]]:
    """The sample year, and two feeds of all of it in a folder: one leaving cancelled
    events out, one showing them with a prefix and the notes; both published once."""
    plain = workspace.feeds.create(Feed(id=None, name="Allt", folder=str(tmp_path)))
    shown = workspace.feeds.create(
        Feed(id=None, name="Allt med inställda", folder=str(tmp_path), include_cancelled=True,
             include_notes=True)
    )  # fmt: skip
    feeds = [plain, shown]
    for feed in feeds:
        assert feed.id is not None
        workspace.feeds.publish(feed.id)
    return workspace, feeds


def _edit_title(workspace: Workspace, n: int) -> None:
    ids = workspace.export.event_ids(Selection())
    event = workspace.events.get(ids[(n * 5) % len(ids)])
    workspace.events.update(
        event.id, replace(event.draft(), title=f"{event.title}, ändrad"),
        expected_version=event.version,
    )  # fmt: skip


def _move(workspace: Workspace, n: int) -> None:
    ids = workspace.export.event_ids(Selection())
    event = workspace.events.get(ids[(n * 11) % len(ids)])
    moved = replace(event.draft(), timing=_later(event.timing, days=40))
    workspace.events.update(event.id, moved, expected_version=event.version)


def _later(timing, *, days: int):  # type: ignore[no-untyped-def]
    if hasattr(timing, "start"):
        return replace(timing, start=timing.start + timedelta(days=days),
                       end=timing.end + timedelta(days=days))  # fmt: skip
    return replace(timing, first_day=timing.first_day + timedelta(days=days),
                   last_day=timing.last_day + timedelta(days=days))  # fmt: skip


def _delete(workspace: Workspace, n: int) -> None:
    ids = workspace.export.event_ids(Selection())
    workspace.events.delete(ids[(n * 3) % len(ids)])


def _create(workspace: Workspace, n: int) -> None:
    ids = workspace.export.event_ids(Selection())
    model = workspace.events.get(ids[n % len(ids)])
    workspace.events.create(replace(model.draft(), title=f"Ny träff {n}"))


def _cancel(workspace: Workspace, n: int) -> None:
    ids = workspace.export.event_ids(
        Selection(where=replace(Selection().where, include_cancelled=False))
    )
    workspace.events.cancel(ids[(n * 13) % len(ids)])  # fmt: skip


def _change_occurrence(workspace: Workspace, n: int) -> None:
    event_id, change = _series_occurrence(workspace, n)
    workspace.events.change_occurrence(event_id, change)


def _rename_venue(workspace: Workspace, n: int) -> None:
    venue = workspace.venues.list()[n % len(workspace.venues.list())]
    workspace.venues.update(replace(venue, name=f"{venue.name} {n}", address="Mässgatan 1"))


def _rename_tag(workspace: Workspace, n: int) -> None:
    tag = workspace.tags.list()[n % len(workspace.tags.list())]
    workspace.tags.update(replace(tag, name=f"{tag.name}-{n}"))


def _switch_language(workspace: Workspace, n: int) -> None:
    for feed in workspace.feeds.list():
        language = ("sv", "en", "")[n % 3]
        workspace.feeds.update(replace(feed, language=language), expected_version=feed.version)


CHANGES: list[Callable[[Workspace, int], None]] = [
    _edit_title, _move, _delete, _create, _cancel, _change_occurrence, _rename_venue,
    _rename_tag, _switch_language,
]  # fmt: skip


@pytest.mark.parametrize("change", CHANGES, ids=lambda c: c.__name__.strip("_"))
def test_after_each_kind_of_change_the_feed_is_what_a_full_rebuild_writes(
    published: tuple[Workspace, list[Feed]], change: Callable[[Workspace, int], None]
) -> None:
    workspace, feeds = published
    paths = []
    for n in range(3):  # again and again: each publication builds on the one before
        change(workspace, n)
        for feed in feeds:
            assert feed.id is not None
            done = workspace.feeds.publish(feed.id)
            written = done.path.read_bytes()
            assert written == _rebuilt(workspace, feed.id), (change.__name__, n, feed.name)
            assert done.size == len(written)
            # The feed server's body, made the same way.
            served = workspace.feeds.render(feed.id)
            assert served.body == _rebuilt(workspace, feed.id, served.last_modified)
            paths.append(done.path)
    run_ics_check(*sorted(set(paths)))


def test_many_changes_in_a_row_and_a_second_feed_rendered_between_them(
    published: tuple[Workspace, list[Feed]],
) -> None:
    """Two feeds under the same options share the kept texts: an event made anew for one
    must also reach the other, which did not see it change."""
    workspace, feeds = published
    twin = workspace.feeds.create(replace(feeds[0], id=None, name="Tvilling", token=""))
    assert twin.id is not None and feeds[0].id is not None
    workspace.feeds.publish(twin.id)
    for n in range(12):
        CHANGES[n % len(CHANGES)](workspace, n)
        workspace.feeds.publish(feeds[0].id)  # makes the changed texts ...
        if n % 3 == 2:  # ... which the twin, published now and then, must show too
            done = workspace.feeds.publish(twin.id)
            assert done.path.read_bytes() == _rebuilt(workspace, twin.id), n
    cancelled = [
        e for e in workspace.export.events(Selection()) if e.status is EventStatus.CANCELLED
    ]
    assert cancelled  # the feeds saw events leave them, not only change


def _published_as_rebuilt(workspace: Workspace, feeds: list[Feed], step: str) -> list[bytes]:
    """Publish every feed (and render its HTTP body): each the same bytes as a fresh
    service writes; the files written, feed by feed."""
    files = []
    for feed in feeds:
        assert feed.id is not None
        done = workspace.feeds.publish(feed.id)
        written = done.path.read_bytes()
        assert written == _rebuilt(workspace, feed.id), (step, feed.name)
        assert done.size == len(written), (step, feed.name)
        served = workspace.feeds.render(feed.id)
        assert served.body == _rebuilt(workspace, feed.id, served.last_modified), step
        files.append(written)
    return files


def _timed_single(workspace: Workspace) -> Event:
    """A timed event, not of a series, that every feed shows."""
    return next(
        e
        for e in workspace.export.events(Selection())
        if isinstance(e.timing, TimedSpan) and e.recurrence is None
        and e.status is not EventStatus.CANCELLED
    )  # fmt: skip


NEW_ZONE = "America/New_York"
"""A zone none of the sample's events uses."""


def test_several_changes_in_one_publication_and_a_zone_that_comes_and_goes(
    published: tuple[Workspace, list[Feed]],
) -> None:
    """What is put in place after several changes at once (a delete, two new events, an
    occurrence and a whole series changed, an edit) and with a time zone newly needed, then
    no longer needed, is what a full rebuild writes, VTIMEZONEs included."""
    workspace, feeds = published
    paths = {workspace.feeds.file_path(f) for f in feeds}
    _change_occurrence(workspace, 4)
    _delete(workspace, 1)
    _create(workspace, 2)
    _create(workspace, 3)
    series = next(e for e in workspace.export.events(Selection()) if e.recurrence is not None)
    workspace.events.update(
        series.id, replace(series.draft(), title=f"{series.title} (hela serien)"),
        expected_version=series.version,
    )  # fmt: skip
    _edit_title(workspace, 5)
    zone_head = f"BEGIN:VTIMEZONE\r\nTZID:{NEW_ZONE}\r\n".encode()
    assert not any(zone_head in f for f in _published_as_rebuilt(workspace, feeds, "several"))

    # An event moved into a zone no other uses: its VTIMEZONE comes with it ...
    event = _timed_single(workspace)
    assert isinstance(event.timing, TimedSpan)
    abroad = TimedSpan(event.timing.start, event.timing.end, NEW_ZONE)
    saved = workspace.events.update(
        event.id, replace(event.draft(), timing=abroad), expected_version=event.version
    ).event
    assert all(zone_head in f for f in _published_as_rebuilt(workspace, feeds, "zone needed"))
    # ... and goes when it moves back,
    home = replace(abroad, time_zone=event.timing.time_zone)
    saved = workspace.events.update(
        event.id, replace(saved.draft(), timing=home), expected_version=saved.version
    ).event
    assert not any(zone_head in f for f in _published_as_rebuilt(workspace, feeds, "zone gone"))
    # ... or when it is deleted.
    workspace.events.update(
        event.id, replace(saved.draft(), timing=abroad), expected_version=saved.version
    )
    assert all(zone_head in f for f in _published_as_rebuilt(workspace, feeds, "zone again"))
    workspace.events.delete(event.id)
    assert not any(zone_head in f for f in _published_as_rebuilt(workspace, feeds, "deleted"))
    run_ics_check(*sorted(p for p in paths if p is not None))
