"""Feeds that publish the programme (issue 14): sessions as VEVENTs of their own, per event
or per stage, breaks optional; phases for the staff or only the open days in public; a
person's feed. The rules cited are ../shared/OUTLOOK.md's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.feeds import Feed, FeedProgramme, PhaseChoice
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.programme import Phase, PhaseKind, Target
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.feeds.feed_changes import may_change
from eventplanner.services.programme.records import Programme
from eventplanner.services.sample import SampleSummary
from eventplanner.services.workspace import Workspace
from tests.ical.factories import run_ics_check

TODAY = date(2026, 11, 18)
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py


@pytest.fixture
def sample(made: object) -> SampleSummary:
    """What building the sample year this test's database is a copy of made."""
    assert isinstance(made, SampleSummary)
    return made


def _programme(workspace: Workspace, summary: SampleSummary, kind: EventKind) -> Programme:
    window = TimeWindow.days(summary.first_day, summary.last_day)
    found = workspace.queries.occurrences(window, EventFilter(kinds=frozenset({kind})))
    programmes = [
        workspace.programme.programme(i) for i in dict.fromkeys(o.event_id for o in found)
    ]
    return next(p for p in programmes if p.sessions or p.phases)


def _feed(workspace: Workspace, folder: Path, name: str, programme: FeedProgramme,
          kind: EventKind) -> Feed:  # fmt: skip
    return workspace.feeds.create(
        Feed(None, name, where=EventFilter(kinds=frozenset({kind})), folder=str(folder),
             programme=programme)
    )  # fmt: skip


def _published(workspace: Workspace, feed: Feed) -> tuple[Path, list[icalendar.Event]]:
    done = workspace.feeds.publish(feed.id or 0)
    calendar = icalendar.Calendar.from_ical(done.path.read_bytes())
    return done.path, list(calendar.walk("VEVENT"))


def _by_uid(events: list[icalendar.Event]) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in events}


def test_sessions_are_entries_of_their_own(
    workspace: Workspace, sample: SampleSummary, tmp_path: Path
) -> None:
    days = _programme(workspace, sample, EventKind.INNOVATION_DAY)
    event = workspace.events.get(days.event.id)
    venue = workspace.venues.list()[0]
    workspace.events.update(
        event.id or 0, replace(event.draft(), venue_id=venue.id), expected_version=event.version
    )
    feed = _feed(workspace, tmp_path, "Innovationsdagarna, programmet",
                 FeedProgramme(sessions=True), EventKind.INNOVATION_DAY)  # fmt: skip
    path, events = _published(workspace, feed)
    found = _by_uid(events)
    talks = [s for s in days.sessions if not s.kind.is_pause]
    assert {s.uid for s in talks} <= set(found)
    # Breaks and lunches only when asked.
    assert not {s.uid for s in days.sessions if s.kind.is_pause} & set(found)
    for session in talks:
        entry = found[session.uid]
        # RELATED-TO names the event the session is part of.
        assert str(entry["RELATED-TO"]) == days.event_uid
        stage = days.stage(session.stage_id)
        assert stage is not None
        # OUTLOOK.md 8: LOCATION is the place on one line, "stage, venue".
        assert str(entry["LOCATION"]).startswith(f"{stage.name}, {venue.name}")
        # OUTLOOK.md 8: the online link in URL and DESCRIPTION.
        if stage.stream_url:
            assert str(entry["URL"]) == stage.stream_url
            assert stage.stream_url in str(entry["DESCRIPTION"])
        for person in days.people_on(Target.SESSION, session.id or 0):
            assert person.contact_name in str(entry["DESCRIPTION"])
    # OUTLOOK.md 8: no ORGANIZER or ATTENDEE in PUBLISH feeds (they would become recipients).
    text = path.read_text(encoding="utf-8")
    assert "ATTENDEE" not in text and "ORGANIZER" not in text
    run_ics_check(path)


def test_speakers_are_named_with_their_organisations(
    workspace: Workspace, sample: SampleSummary, tmp_path: Path
) -> None:
    days = _programme(workspace, sample, EventKind.INNOVATION_DAY)
    feed = _feed(workspace, tmp_path, "Programmet", FeedProgramme(sessions=True),
                 EventKind.INNOVATION_DAY)  # fmt: skip
    _, events = _published(workspace, feed)
    found = _by_uid(events)
    named = 0
    for link in days.people:
        if link.target is not Target.SESSION:
            continue
        contact = workspace.contacts.get(link.contact_id)
        if contact.organisation_id is None:
            continue
        organisation = workspace.organisations.get(contact.organisation_id).name
        session = next(s for s in days.sessions if s.id == link.target_id)
        assert f"{contact.name} ({organisation})" in str(found[session.uid]["DESCRIPTION"])
        named += 1
    assert named


def test_a_moved_session_keeps_its_uid_and_raises_its_sequence(
    workspace: Workspace, sample: SampleSummary, tmp_path: Path
) -> None:
    days = _programme(workspace, sample, EventKind.INNOVATION_DAY)
    feed = _feed(workspace, tmp_path, "Programmet", FeedProgramme(sessions=True),
                 EventKind.INNOVATION_DAY)  # fmt: skip
    _, before = _published(workspace, feed)
    session = next(s for s in days.sessions if not s.kind.is_pause)
    moved = replace(session, start=session.start + timedelta(minutes=15),
                    end=session.end + timedelta(minutes=15))  # fmt: skip
    edited = workspace.programme.edit_session(moved)
    # A draft's edit: the feed may change, but it publishes the release, which did not.
    assert may_change(feed, edited.changes)
    assert workspace.feeds.publish_changed(edited.changes).published == ()
    written = workspace.releases.release(days.event.id, "Flyttad")
    # The release is a change the feed follows (feed_changes.may_change).
    assert may_change(feed, written.changes)
    report = workspace.feeds.publish_changed(written.changes)
    assert [p.feed.id for p in report.published] == [feed.id]
    calendar = icalendar.Calendar.from_ical(report.published[0].path.read_bytes())
    after = _by_uid(list(calendar.walk("VEVENT")))
    old = _by_uid(before)[session.uid]
    new = after[session.uid]  # OUTLOOK.md 7: the UID stays forever
    assert new["DTSTART"].dt == old["DTSTART"].dt + timedelta(minutes=15)
    assert int(new["SEQUENCE"]) > int(old["SEQUENCE"])  # OUTLOOK.md 7: SEQUENCE raised
    assert set(after) == set(_by_uid(before))


def test_one_stage_and_breaks(workspace: Workspace, sample: SampleSummary, tmp_path: Path) -> None:
    days = _programme(workspace, sample, EventKind.INNOVATION_DAY)
    digital = next(s for s in days.stages if s.digital)
    feed = _feed(workspace, tmp_path, "Digital scen",
                 FeedProgramme(sessions=True, stage=digital.name.upper(), breaks=True),
                 EventKind.INNOVATION_DAY)  # fmt: skip
    path, events = _published(workspace, feed)
    sessions = {str(e["UID"]) for e in events if "RELATED-TO" in e}
    assert sessions == {s.uid for s in days.sessions if s.stage_id == digital.id}
    choice = FeedProgramme(sessions=True, breaks=True)
    everything = _feed(workspace, tmp_path, "Allt med pauser", choice, EventKind.INNOVATION_DAY)
    _, events = _published(workspace, everything)
    assert {s.uid for s in days.sessions} <= set(_by_uid(events))
    pause = next(s for s in days.sessions if s.kind.is_pause)
    # A break blocks no one's time (OUTLOOK.md 5).
    assert str(_by_uid(events)[pause.uid]["TRANSP"]) == "TRANSPARENT"
    run_ics_check(path)


def test_phases_for_the_staff_and_open_days_in_public(
    workspace: Workspace, sample: SampleSummary, tmp_path: Path
) -> None:
    fair = _programme(workspace, sample, EventKind.TRADE_FAIR)
    assert {p.kind for p in fair.phases} >= {PhaseKind.BUILD_UP, PhaseKind.OPEN_DAY}
    staff = _feed(workspace, tmp_path, "Personalen", FeedProgramme(phases=PhaseChoice.ALL),
                  EventKind.TRADE_FAIR)  # fmt: skip
    public = _feed(workspace, tmp_path, "Allmänheten", FeedProgramme(phases=PhaseChoice.PUBLIC),
                   EventKind.TRADE_FAIR)  # fmt: skip
    staff_path, staff_events = _published(workspace, staff)
    _, public_events = _published(workspace, public)

    def phases(events: list[icalendar.Event]) -> list[str]:
        return [str(e["SUMMARY"]) for e in events if str(e["UID"]).startswith("phase-")]

    def titled(public_only: bool) -> list[str]:
        return sorted(f"{fair.event.title}: {p.title}" for p in fair.phases
                      if p.is_public or not public_only)  # fmt: skip

    assert sorted(phases(staff_events)) == titled(False)
    assert sorted(phases(public_events)) == titled(True) != titled(False)
    # A feed in Swedish names the phases in Swedish (those without a name of their own).
    swedish = workspace.feeds.create(
        Feed(None, "Mässbygge", where=staff.where, folder=str(tmp_path), language="sv",
             programme=FeedProgramme(phases=PhaseChoice.ALL))
    )  # fmt: skip
    first = min(fair.phases, key=lambda p: p.start)
    workspace.programme.add_phase(
        Phase(None, fair.event.id, PhaseKind.REHEARSAL, first.start - timedelta(days=1),
              first.end - timedelta(days=1))
    )  # fmt: skip
    _, swedish_events = _published(workspace, swedish)
    assert f"{fair.event.title}: repetition" not in phases(swedish_events)  # a draft's
    workspace.releases.release(fair.event.id, "Med repetition")
    _, swedish_events = _published(workspace, swedish)
    assert f"{fair.event.title}: repetition" in phases(swedish_events)
    run_ics_check(staff_path)


def test_a_persons_feed(workspace: Workspace, sample: SampleSummary, tmp_path: Path) -> None:
    days = _programme(workspace, sample, EventKind.INNOVATION_DAY)
    link = next(p for p in days.people if p.target is Target.SESSION)
    feed = workspace.feeds.create(
        Feed(None, "Min kalender", folder=str(tmp_path),
             programme=FeedProgramme(person_id=link.contact_id))
    )  # fmt: skip
    path, events = _published(workspace, feed)
    itinerary = workspace.programme.itinerary(link.contact_id)
    uids = set(_by_uid(events))
    sessions = {e.target_id for e in itinerary if e.target is Target.SESSION}
    for session in days.sessions:
        assert (session.uid in uids) == (session.id in sessions)
    events_with_role = {e.event_uid for e in itinerary if e.target is Target.EVENT}
    assert events_with_role <= uids
    assert "Din roll: " in str(_by_uid(events)[next(iter(
        s.uid for s in days.sessions if s.id in sessions))]["DESCRIPTION"])  # fmt: skip
    run_ics_check(path)
    # Renaming the person changes what the feed says: it may change.
    assert may_change(feed, ChangeSet.of(Kind.CONTACT, Action.CHANGED, [link.contact_id]))
    plain = replace(feed, programme=FeedProgramme(), id=None)
    assert not may_change(plain, ChangeSet.of(Kind.CONTACT, Action.CHANGED, [link.contact_id]))


def test_the_programme_choice_is_kept_and_checked(
    workspace: Workspace, sample: SampleSummary, tmp_path: Path
) -> None:
    choice = FeedProgramme(
        sessions=True, stage="Scen 1, studion", breaks=True, phases=PhaseChoice.PUBLIC
    )
    made = workspace.feeds.create(Feed(None, "Scen 1", programme=choice))
    assert workspace.feeds.get(made.id or 0).programme == choice
    changed = workspace.feeds.update(
        replace(made, programme=FeedProgramme()), expected_version=made.version
    )
    assert workspace.feeds.get(changed.id or 0).programme == FeedProgramme()
    from eventplanner.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="publish the sessions too"):
        workspace.feeds.create(Feed(None, "Utan", programme=FeedProgramme(stage="Scen 1")))
    with pytest.raises(ValidationError, match="no contact with id 999"):
        workspace.feeds.create(Feed(None, "Ingen", programme=FeedProgramme(person_id=999)))
    nope = FeedProgramme(sessions=True, stage="Scen 9")
    with pytest.raises(ValidationError, match="no event the feed picks has a stage 'Scen 9'"):
        workspace.feeds.create(Feed(None, "Nio", programme=nope))
    with pytest.raises(ValidationError, match="'Scen 1, studion'"):
        workspace.feeds.update(replace(changed, programme=nope), expected_version=changed.version)
    assert "Nio" not in [f.name for f in workspace.feeds.list()]
    assert workspace.feeds.get(changed.id or 0).programme == FeedProgramme()


@pytest.mark.database_copy("empty")
def test_a_contact_a_persons_feed_follows_is_not_deleted(workspace: Workspace) -> None:
    from eventplanner.domain.errors import UsedByFeedsError
    from eventplanner.domain.model import Contact

    contact = workspace.contacts.create(Contact(None, "Åsa Lindqvist"))
    workspace.feeds.create(Feed(None, "Åsas kalender",
                                programme=FeedProgramme(person_id=contact.id)))  # fmt: skip
    with pytest.raises(UsedByFeedsError, match="Åsas kalender"):
        workspace.contacts.delete(contact.id or 0)
    other = workspace.contacts.create(Contact(None, "Henrik Åberg"))
    workspace.contacts.delete(other.id or 0)  # one no feed follows goes
