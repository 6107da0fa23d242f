"""Subscribed read-only calendars: read when subscribed (refused whole when unreadable),
refreshed with the last good copy kept when a refresh fails, removed."""

from __future__ import annotations

import re
import socket
from datetime import date
from pathlib import Path

import pytest

from eventplanner.domain.conflicts import CalendarUnreadable, ConflictKind
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.filters import TimeWindow
from eventplanner.services.changes import Action, Kind
from eventplanner.services.conflicts.subscriptions import source_of
from eventplanner.services.workspace import Workspace
from tests.services.conflict_world import REGION_ICS


def region(folder: Path) -> Path:
    path = folder / "regionen.ics"
    path.write_text(REGION_ICS, encoding="utf-8")
    return path


def october() -> TimeWindow:
    return TimeWindow.days(date(2027, 10, 1), date(2027, 10, 31), "Europe/Stockholm")


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_file_is_read_when_subscribed_and_its_events_expanded(
    workspace: Workspace, tmp_path: Path
) -> None:
    made = workspace.subscriptions.subscribe(" Regionen ", str(region(tmp_path)))
    assert made.changes.ids(Kind.SUBSCRIPTION, Action.CREATED)
    (subscription,) = workspace.subscriptions.list()
    assert subscription.name == "Regionen" and subscription.event_count == 3
    assert subscription.refreshed_at is not None and subscription.failure == ""
    found = workspace.subscriptions.events(october())
    assert [(e.title, e.timing.start.strftime("%d %H:%M")) for e in found] == [
        ("Företagarfrukost", "07 08:00"),
        # the 14th struck out (EXDATE), the 21st moved to ten
        ("Företagarfrukost (flyttad)", "21 10:00"),
        ("Företagarfrukost", "28 08:00"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is no calendar", "not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:2027", "cut short"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n", "cannot be read"),
    ],
)
def test_a_malformed_file_is_refused_and_nothing_saved(
    workspace: Workspace, tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.ics"
    bad.write_bytes(content)
    with pytest.raises(CalendarUnreadable, match=message):
        workspace.subscriptions.subscribe("Trasig", str(bad))
    assert workspace.subscriptions.list() == []


def test_a_missing_file_an_unreachable_url_and_other_schemes_are_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(CalendarUnreadable, match=r"could not be read from .*missing\.ics"):
        workspace.subscriptions.subscribe("Borta", str(tmp_path / "missing.ics"))
    url = f"https://127.0.0.1:{closed_port()}/region.ics"
    with pytest.raises(CalendarUnreadable, match=f"could not be read from {re.escape(url)}"):
        workspace.subscriptions.subscribe("Nere", url)
    with pytest.raises(ValidationError, match="neither an https"):
        workspace.subscriptions.subscribe("Ftp", "ftp://example.org/region.ics")
    with pytest.raises(ValidationError, match="give the calendar a name"):
        workspace.subscriptions.subscribe("  ", str(region(tmp_path)))
    assert workspace.subscriptions.list() == []
    assert source_of("webcal://example.org/r.ics") == "https://example.org/r.ics"


def test_a_name_is_taken_once(workspace: Workspace, tmp_path: Path) -> None:
    workspace.subscriptions.subscribe("Regionen", str(region(tmp_path)))
    with pytest.raises(ValidationError, match="already subscribed"):
        workspace.subscriptions.subscribe("regionen", str(region(tmp_path)))


def test_a_failed_refresh_keeps_the_last_good_copy_and_says_why(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = region(tmp_path)
    workspace.subscriptions.subscribe("Regionen", str(path))
    path.write_text(REGION_ICS.replace("EXDATE;TZID=Europe/Stockholm:20271014T080000\n", ""),
                    encoding="utf-8")  # fmt: skip
    refreshed = workspace.subscriptions.refresh()
    assert refreshed.changes.ids(Kind.SUBSCRIPTION, Action.CHANGED)
    assert len(workspace.subscriptions.events(october())) == 4  # the new copy: the 14th too
    path.unlink()
    (failed,) = workspace.subscriptions.refresh("regionen").subscriptions
    assert "could not be read" in failed.failure and failed.failed_at is not None
    assert failed.refreshed_at is not None
    # Offline, the last good copy still finds the clashes.
    assert len(workspace.subscriptions.events(october())) == 4
    path.write_text("garbage", encoding="utf-8")
    (failed,) = workspace.subscriptions.refresh().subscriptions
    assert "not an iCalendar file" in failed.failure
    assert len(workspace.subscriptions.events(october())) == 4
    path.write_text(REGION_ICS, encoding="utf-8")
    (back,) = workspace.subscriptions.refresh().subscriptions
    assert back.failure == "" and back.failed_at is None
    assert len(workspace.subscriptions.events(october())) == 3


def test_removing_a_calendar_ends_its_clashes(workspace: Workspace, tmp_path: Path) -> None:
    from tests.services.conflict_world import at, timed

    workspace.events.create(timed("Frukost", at(2027, 10, 7, 8, 30), at(2027, 10, 7, 9)))
    workspace.subscriptions.subscribe("Regionen", str(region(tmp_path)))
    kinds = [c.kind for c in workspace.conflicts.conflicts(october())]
    assert kinds == [ConflictKind.SUBSCRIBED_CLASH]
    removed = workspace.subscriptions.remove("REGIONEN")
    assert removed.ids(Kind.SUBSCRIPTION, Action.DELETED)
    assert workspace.conflicts.conflicts(october()) == []
    with pytest.raises(NotFoundError, match="no subscribed calendar is called 'Regionen'"):
        workspace.subscriptions.remove("Regionen")


def test_all_day_events_of_a_calendar_in_another_zone_clash_by_their_dates(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A Los Angeles calendar's all-day events (weekdays) were compared in Los Angeles'
    zone: its Friday 28 September 2029 reached into a Stockholm Saturday the 29th."""
    from eventplanner.domain.model import EventDraft
    from eventplanner.domain.timing import AllDaySpan
    from tests.services.conflict_world import at, timed

    source = Path("/work/shared/testdata/ics/icaljs__day_long_recur_yearly.ics")
    workspace.subscriptions.subscribe("Kalifornien", str(source))
    workspace.events.create(EventDraft("Lördagsmässa", AllDaySpan(date(2029, 9, 29),
                                                                   date(2029, 9, 29))))  # fmt: skip
    workspace.events.create(EventDraft("Fredagsmässa", AllDaySpan(date(2029, 9, 21),
                                                                   date(2029, 9, 21))))  # fmt: skip
    # Timed: the Saturday on its own clock (Stockholm), though Friday still in Los Angeles.
    workspace.events.create(timed("Nattmöte", at(2029, 9, 29, 1), at(2029, 9, 29, 3)))
    # Friday 23:00 in Stockholm: Friday's all-day event, read on the timed event's clock.
    workspace.events.create(timed("Kvällsmöte", at(2029, 9, 28, 23), at(2029, 9, 28, 23, 30)))
    window = TimeWindow.days(date(2029, 9, 17), date(2029, 9, 30), "Europe/Stockholm")
    found = workspace.conflicts.conflicts(window)
    clashes = sorted(
        (c.occurrences[0].title, f"{c.outside[0].timing.first_day:%d}")  # type: ignore[union-attr]
        for c in found
        if c.kind is ConflictKind.SUBSCRIBED_CLASH
    )
    assert clashes == [("Fredagsmässa", "21"), ("Kvällsmöte", "28")]
