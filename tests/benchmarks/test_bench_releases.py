"""Releasing a large programme: 500 sessions on 6 stages over 3 days, each with a speaker,
after ten earlier releases (each retitling one session). Measured: what the Release dialog
reads (``pending``: the draft frozen and compared with the latest release, its holding
conflicts found), a feed's read of the released programme (``read_programme``) and a
release's history, each against the floor of reading the draft programme itself
(``ProgrammeService.programme``). Ratios printed; nothing asserted on time.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from benchdata import measure, report

from eventplanner.domain.enums import EventKind
from eventplanner.domain.feeds import Feed, FeedProgramme
from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.programme import PersonRole, RoleLink, Session, Stage, Target
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.feeds.feed_programme import read_programme
from eventplanner.services.workspace import Workspace

FIRST = date(2027, 1, 26)
SESSIONS, STAGES, DAYS, RELEASES = 500, 6, 3, 10

pytestmark = pytest.mark.timeout(1800)


def _build(path: Path) -> tuple[Workspace, int, list[Session]]:
    workspace = Workspace.open(path)
    timing = AllDaySpan(FIRST, FIRST + timedelta(days=DAYS - 1), "Europe/Stockholm")
    event = workspace.events.create(
        EventDraft("Innovationsdagarna (benchmark)", timing, EventKind.INNOVATION_DAY)
    ).event
    service = workspace.programme
    stages = [service.add_stage(Stage(None, event.id, f"Scen {n + 1}", position=n)).record
              for n in range(STAGES)]  # fmt: skip
    tz = zone("Europe/Stockholm")
    per_column = -(-SESSIONS // (STAGES * DAYS))
    made: list[Session] = []
    for day in range(DAYS):
        for stage in stages:
            for n in range(per_column):
                if len(made) == SESSIONS:
                    break
                # One speaker per session, each their own: no one in two places at once.
                speaker = workspace.contacts.create(Contact(None, f"Talare {len(made) + 1}"))
                start = datetime(2027, 1, 26 + day, 8, 0, tzinfo=tz) + timedelta(minutes=20 * n)
                made.append(service.add_session(
                    Session(None, event.id, f"Session {len(made) + 1}", start,
                            start + timedelta(minutes=20), stage_id=stage.id),
                    [RoleLink(None, speaker.id or 0, PersonRole.SPEAKER, Target.SESSION, 0)],
                ).record)  # fmt: skip
    return workspace, event.id, made


def test_bench_releases(tmp_path: Path) -> None:
    workspace, event_id, sessions = _build(tmp_path / "releases.sqlite")
    try:
        for n in range(RELEASES):  # each release retitles one session
            changed = sessions[n]
            workspace.programme.edit_session(
                Session(changed.id, event_id, f"{changed.title}, ny titel", changed.start,
                        changed.end, stage_id=changed.stage_id, uid=changed.uid,
                        version=changed.version)
            )  # fmt: skip
            workspace.releases.release(event_id, f"Release {n + 1}")
        feed = Feed(None, "Programmet", programme=FeedProgramme(sessions=True))
        floor_ms = measure(lambda: workspace.programme.programme(event_id), repeats=7)
        pending_ms = measure(lambda: workspace.releases.pending(event_id), repeats=7)

        def feed_read() -> None:
            with workspace.database.reading() as session:
                read_programme(session, feed, [event_id], include_cancelled=False)

        feed_ms = measure(feed_read, repeats=7)
        history_ms = measure(
            lambda: workspace.releases.history(workspace.releases.latest(event_id).id),  # type: ignore[union-attr]
            repeats=7,
        )
    finally:
        workspace.close()
    print(f"\nRELEASES {SESSIONS} sessions with a speaker each on {STAGES} stages, "
          f"{RELEASES} releases before")  # fmt: skip
    floor = ("reading the draft programme (ProgrammeService.programme)", floor_ms)
    report("pending (the Release dialog's read, with its holding conflicts)", pending_ms,
           floor=floor)  # fmt: skip
    report("a feed's read of the latest release", feed_ms, floor=floor)
    report("a release's history (its diff and the people affected)", history_ms, floor=floor)
