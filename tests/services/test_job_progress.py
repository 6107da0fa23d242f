"""Long jobs report progress and can be cancelled (services/progress.py): rendering an export
reports each event made anew and reaches its total; a Cancel part-way raises Cancelled, and
a cancelled publish leaves the published file, and what the database says of it, as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from eventplanner.domain.feeds import Feed
from eventplanner.ical import CalendarInfo
from eventplanner.services import progress as progress_module
from eventplanner.services.exporting.export import Selection
from eventplanner.services.importing.import_plan import ImportCancelled
from eventplanner.services.progress import CHECK_EVERY, Cancelled, Steps, stop_if_cancelled
from eventplanner.services.workspace import Workspace
from tests.recorded_progress import Recorded

TODAY = date(2026, 11, 18)
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py
STAMP = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)


@pytest.fixture
def sampled(workspace: Workspace) -> Workspace:
    """A copy of the sample year (``pytestmark``), opened."""
    assert workspace.queries.count() > CHECK_EVERY  # a cancel is noticed part-way through
    return workspace


# -- the steps -------------------------------------------------------------------------------


def test_steps_report_each_step_and_ask_for_cancel_every_so_often() -> None:
    asked: list[int] = []

    class Counting(Recorded):
        def cancelled(self) -> bool:
            asked.append(self.seen[-1][0])
            return False

    progress = Counting()
    steps = Steps(progress, CHECK_EVERY * 2 + 1)
    for _ in range(CHECK_EVERY * 2 + 1):
        steps.step()
    steps.end()
    total = CHECK_EVERY * 2 + 1
    assert progress.seen == [(done, total) for done in range(total + 1)]
    assert asked == [
        0,
        CHECK_EVERY,
        CHECK_EVERY * 2,
        total,
    ]  # at the first, every so often, at the end


def test_steps_without_a_progress_do_nothing_and_nothing_to_do_still_ends() -> None:
    quiet = Steps(None, 3)
    quiet.step()
    quiet.end()
    nothing = Recorded()
    Steps(nothing, 0).end()
    assert nothing.seen == [(0, 0)]
    stop_if_cancelled(None)
    with pytest.raises(Cancelled):
        Steps(Recorded(cancel_when=lambda _seen: True), 0).end()


def test_a_cancelled_import_is_a_cancelled_job() -> None:
    assert issubclass(ImportCancelled, Cancelled)


# -- exporting -------------------------------------------------------------------------------


def test_rendering_reports_every_event_made_anew_and_reaches_the_total(sampled: Workspace) -> None:
    events = len(sampled.export.event_ids(Selection()))
    progress = Recorded()
    rendered = sampled.export.render(Selection(), progress=progress)
    assert rendered.events == events
    assert progress.seen[0] == (0, events) and progress.seen[-1] == (events, events)
    assert [done for done, _ in progress.seen] == list(range(events + 1))
    # Nothing changed since: nothing to make anew, and the job ends at once, whole.
    again = Recorded()
    assert sampled.export.render(Selection(), progress=again) == rendered
    assert again.seen == [(0, 0)]


def test_a_cancel_part_way_stops_the_export_and_what_was_made_stays_good(
    sampled: Workspace,
) -> None:
    info = CalendarInfo(name="Klustret")
    progress = Recorded(cancel_when=lambda seen: seen[-1][0] >= 1)  # after the first event
    with pytest.raises(Cancelled):
        sampled.export.export(Selection(), info, stamp=STAMP, progress=progress)
    done, total = progress.seen[-1]
    assert done == CHECK_EVERY < total  # noticed at the next question, not at the end
    # The texts made before the Cancel are kept, and are those made from scratch.
    after = sampled.export.export(Selection(), info, stamp=STAMP)
    sampled.export.forget()
    assert sampled.export.export(Selection(), info, stamp=STAMP) == after


def test_a_cancel_at_the_first_report_stops_before_any_event_is_made(sampled: Workspace) -> None:
    progress = Recorded(cancel_when=lambda _seen: True)
    with pytest.raises(Cancelled):
        sampled.export.render(Selection(), progress=progress)
    assert progress.seen == [(0, sampled.queries.count())]


def test_a_cancel_after_the_last_event_still_cancels(
    sampled: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress_module, "CHECK_EVERY", 10_000)  # asked at the first and last
    progress = Recorded(cancel_when=lambda seen: seen[-1][0] == seen[-1][1] > 0)
    with pytest.raises(Cancelled):
        sampled.export.render(Selection(), progress=progress)
    assert progress.seen[-1][0] == progress.seen[-1][1] == sampled.queries.count()


# -- publishing ------------------------------------------------------------------------------


def _everything(workspace: Workspace, folder: Path) -> Feed:
    return workspace.feeds.create(Feed(id=None, name="Allt", folder=str(folder)))


def test_a_cancelled_first_publish_writes_no_file(sampled: Workspace, folder: Path) -> None:
    feed = _everything(sampled, folder)
    progress = Recorded(cancel_when=lambda seen: seen[-1][0] >= 1)
    with pytest.raises(Cancelled):
        sampled.feeds.publish(feed.id or 0, progress=progress)
    assert list(folder.iterdir()) == []
    assert sampled.feeds.get(feed.id or 0).published_at is None


def test_a_cancelled_publish_leaves_the_published_file_as_it_was(
    sampled: Workspace, folder: Path
) -> None:
    feed = _everything(sampled, folder)
    first = sampled.feeds.publish(feed.id or 0)
    before = first.path.read_bytes()
    event = sampled.events.get(sampled.export.event_ids(Selection())[0])
    sampled.events.update(
        event.id, replace(event.draft(), title="Ny titel"), expected_version=event.version
    )
    sampled.export.forget()  # every event is made anew: a long job to cancel part-way
    progress = Recorded(cancel_when=lambda seen: seen[-1][0] >= 1)
    with pytest.raises(Cancelled):
        sampled.feeds.publish(feed.id or 0, progress=progress)
    assert progress.seen[-1][0] < progress.seen[-1][1]
    assert first.path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["Allt.ics"]  # no temporary left
    assert sampled.feeds.get(feed.id or 0).published_at == first.feed.published_at

    told = Recorded()
    again = sampled.feeds.publish(feed.id or 0, progress=told)
    total = told.seen[0][1]  # those made before the Cancel were kept: the rest are made
    assert total == progress.seen[-1][1] - CHECK_EVERY and told.seen[-1] == (total, total)
    assert b"Ny titel" in again.path.read_bytes()
