"""Event snapshots on every backend: delete then undo gives back the same event, whole; a
duplicate is a new event (new UID) with a copy of everything the first one owns; an import
and its undo, a split and its undo put back what the snapshot holds; and a table a later
issue adds joins all of that by one declaration."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, insert, select
from sqlalchemy.engine import make_url

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import Contact, EventDraft, OccurrenceChange, Organisation
from eventplanner.domain.programme import (
    Block,
    Confirmation,
    OrganisationLink,
    OrganisationRole,
    PersonRole,
    Phase,
    PhaseKind,
    RoleLink,
    Session,
    SessionKind,
    Stage,
    Target,
)
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series import split_draft
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.ical.values import ExportOptions
from eventplanner.ical.vevent import event_text
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import Base
from eventplanner.services.changes import Action, Kind
from eventplanner.services.events import owned
from eventplanner.services.events.owned_table import OwnedTable, Ownership
from eventplanner.services.events.rows import event_columns
from eventplanner.services.events.snapshots import EventSnapshot
from eventplanner.services.workspace import Workspace

STOCKHOLM = "Europe/Stockholm"
STO = ZoneInfo(STOCKHOLM)
TAGS = ("Kurs", "Stål", "Forskning", "Mässa", "Västerås")
SPRING = TimeWindow.days(date(2027, 1, 1), date(2027, 12, 31), STOCKHOLM)
EXAMPLES = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


# -- generated events with children ---------------------------------------------------------


@st.composite
def events(draw: st.DrawFn) -> tuple[EventDraft, tuple[OccurrenceChange, ...]]:
    """An event, single or a weekly series with skipped dates and changed occurrences
    (cancelled, retitled, moved a day on), with tags."""
    day = draw(st.integers(0, 120))
    first = date(2027, 1, 4) + timedelta(days=day)
    hour = draw(st.integers(8, 18))
    tags = tuple(draw(st.lists(st.sampled_from(TAGS), max_size=3, unique=True)))
    all_day = draw(st.booleans())
    timing = (
        AllDaySpan(first, first, STOCKHOLM)
        if all_day
        else TimedSpan(
            at(first.year, first.month, first.day, hour),
            at(first.year, first.month, first.day, hour + 2),
        )
    )
    draft = EventDraft(
        title=draw(st.sampled_from(("Styrgrupp", "Intraprenörskap", "Mässa i Jönköping"))),
        timing=timing,
        kind=draw(st.sampled_from(list(EventKind))),
        status=draw(st.sampled_from((EventStatus.PLANNED, EventStatus.CONFIRMED))),
        description=draw(st.sampled_from(("", "Fika kl 10.", "Rum B2"))),
        tags=tags,
        notes=draw(st.sampled_from(("", "Boka lokal."))),
    )
    if not draw(st.booleans()):
        return draft, ()
    count = draw(st.integers(2, 6))
    keys = [
        (first + timedelta(weeks=n))
        if all_day
        else datetime.combine(first + timedelta(weeks=n), datetime.min.time()).replace(hour=hour)
        for n in range(count)
    ]
    picked = draw(st.lists(st.integers(1, count - 1), unique=True, max_size=count - 1))
    half = draw(st.integers(0, len(picked)))
    skipped = tuple(keys[n] for n in picked[:half])
    changes: list[OccurrenceChange] = []
    for n in picked[half:]:
        what = draw(st.sampled_from(("cancelled", "title", "moved")))
        key = keys[n]
        if what == "cancelled":
            changes.append(OccurrenceChange(key, cancelled=True))
        elif what == "title":
            changes.append(OccurrenceChange(key, title="Gästföreläsning"))
        elif isinstance(key, datetime):
            moved = key.replace(tzinfo=STO) + timedelta(days=1)
            changes.append(
                OccurrenceChange(key, timing=TimedSpan(moved, moved + timedelta(hours=2)))
            )
        else:
            day_on = key + timedelta(days=1)
            changes.append(OccurrenceChange(key, timing=AllDaySpan(day_on, day_on, STOCKHOLM)))
    recurrence = Recurrence(f"FREQ=WEEKLY;COUNT={count}", skipped)
    return replace(draft, recurrence=recurrence), tuple(changes)


def stored(workspace: Workspace, made: tuple[EventDraft, tuple[OccurrenceChange, ...]]) -> int:
    draft, changes = made
    event = workspace.events.create(draft).event
    for change in changes:
        event = workspace.events.change_occurrence(event.id, change).event
    if event.recurrence is None:
        with_programme(workspace, event.id, draft)
    return event.id


def with_programme(workspace: Workspace, event_id: int, draft: EventDraft) -> None:
    """A single event's programme: a stage, a chaired block with a session and its
    speaker, a build-up phase, a host and a sponsor."""
    programme = workspace.programme
    timing = draft.timing
    day = timing.first_day if isinstance(timing, AllDaySpan) else timing.start.date()
    start = timing.start if isinstance(timing, TimedSpan) else at(day.year, day.month, day.day, 10)
    ada = workspace.contacts.create(Contact(None, "Ada Lind")).id
    sponsor = workspace.organisations.create(Organisation(None, "Vinnova")).id
    assert ada is not None and sponsor is not None
    stage = programme.add_stage(Stage(None, event_id, "Aulan", stream_url="https://s.example/a"))
    assert stage.record.id is not None
    block = programme.add_block(Block(None, event_id, stage.record.id, "Pass 1")).record
    assert block.id is not None
    programme.add_role(RoleLink(None, ada, PersonRole.MODERATOR, Target.BLOCK, block.id))
    programme.add_session(
        Session(None, event_id, "Keynote", start, start + timedelta(minutes=30),
                SessionKind.KEYNOTE, block_id=block.id),
        [RoleLink(None, ada, PersonRole.SPEAKER, Target.SESSION, 0, Confirmation.CONFIRMED)],
    )  # fmt: skip
    programme.add_phase(Phase(None, event_id, PhaseKind.BUILD_UP, start - timedelta(days=1), start))
    programme.add_role(RoleLink(None, ada, PersonRole.HOST, Target.EVENT, event_id))
    programme.add_organisation_role(
        OrganisationLink(None, event_id, sponsor, OrganisationRole.SPONSOR)
    )


def published(snapshot: EventSnapshot) -> str:
    """What a feed publishes of the event (its VEVENTs, cancelled ones included)."""
    text = event_text(snapshot.event, None, ExportOptions(include_cancelled=True))
    assert text is not None
    return text.text


def shown(workspace: Workspace, event_id: int) -> list[tuple[str, object, object, bool]]:
    return [
        (o.title, o.timing, o.status, o.changed)
        for o in workspace.queries.occurrences(SPRING)
        if o.event_id == event_id
    ]


def without_keys(snapshot: EventSnapshot) -> dict[str, list[dict[str, object]]]:
    """The owned rows with their own ids, their event's id, the ids of other owned rows
    and sessions' UIDs (a copy has its own) left out."""
    keys = ("id", "event_id", "uid", "stage_id", "block_id", "session_id")
    return {
        rows.table: sorted(
            ({k: v for k, v in row if k not in keys} for row in rows.rows),
            key=repr,
        )
        for rows in snapshot.owned
    }


# -- delete and undo ------------------------------------------------------------------------


@EXAMPLES
@given(made=events())
def test_delete_then_undo_gives_back_an_equal_snapshot(
    workspace: Workspace, made: tuple[EventDraft, tuple[OccurrenceChange, ...]]
) -> None:
    ident = stored(workspace, made)
    before = workspace.events.snapshot(ident)
    occurrences = shown(workspace, ident)

    deleted = workspace.events.delete(ident, expected_version=before.version)
    assert deleted.snapshot == before
    assert deleted.changes.ids(Kind.EVENT, Action.DELETED) == {ident}
    assert shown(workspace, ident) == []

    back = workspace.events.restore(deleted.snapshot)
    after = workspace.events.snapshot(back.event.id)
    assert after.content() == before.content()  # the id, UID, every field and owned row
    assert (after.id, after.uid) == (before.id, before.uid)
    assert after.sequence == before.sequence + 1  # Outlook takes it over the one removed
    assert after.version == before.version + 1
    assert after.event.created_at == before.event.created_at
    assert back.changes.ids(Kind.EVENT, Action.CREATED) == {ident}
    newer = replace(before.event, sequence=after.sequence, modified_at=after.event.modified_at)
    assert published(after) == published(replace(before, event=newer))
    assert shown(workspace, ident) == occurrences


@EXAMPLES
@given(made=events())
def test_a_duplicate_has_a_new_uid_and_a_copy_of_every_child(
    workspace: Workspace, made: tuple[EventDraft, tuple[OccurrenceChange, ...]]
) -> None:
    ident = stored(workspace, made)
    original = workspace.events.snapshot(ident)
    copy = workspace.events.duplicate(ident)
    duplicate = workspace.events.snapshot(copy.event.id)
    assert duplicate.id != original.id and duplicate.uid != original.uid
    # Made as version 1; a series whose changed occurrences move its end has that end
    # worked out again once they are copied, a write that raises the version too.
    row = duplicate.values()
    first_end = event_columns(duplicate.event.draft(), row["rrule"])["series_ends_at"]
    worked_out_again = row["series_ends_at"] != first_end
    assert (duplicate.sequence, duplicate.version) == (0, 2 if worked_out_again else 1)
    assert copy.changes.ids(Kind.EVENT, Action.CREATED) == {duplicate.id}
    assert duplicate.event.draft() == original.event.draft()
    assert duplicate.event.changes == original.event.changes
    assert without_keys(duplicate) == without_keys(original)
    for table, key in (("occurrence_changes", "id"), ("sessions", "id"), ("sessions", "uid"),
                       ("stages", "id"), ("session_people", "id")):  # fmt: skip
        mine = {dict(r)[key] for r in original.rows_of(table)}
        assert not mine & {dict(r)[key] for r in duplicate.rows_of(table)}
    assert len(duplicate.rows_of("sessions")) == (0 if original.event.recurrence else 1)
    assert [o[:3] for o in shown(workspace, duplicate.id)] == [
        o[:3] for o in shown(workspace, ident)
    ]
    assert workspace.events.snapshot(ident) == original  # the original is untouched


def test_a_deleted_tag_comes_back_with_the_event(workspace: Workspace) -> None:
    event = workspace.events.create(
        EventDraft("Styrgrupp", TimedSpan(at(2027, 3, 2, 9), at(2027, 3, 2, 10)),
                   tags=("Stål", "Kurs"))
    ).event  # fmt: skip
    deleted = workspace.events.delete(event.id).snapshot
    kurs = workspace.tags.find("Kurs")
    assert kurs is not None and kurs.id is not None
    workspace.tags.delete(kurs.id)
    back = workspace.events.restore(deleted).event
    assert back.tags == ("Kurs", "Stål")
    assert workspace.events.snapshot(back.id).event.tags == ("Kurs", "Stål")


def test_tag_names_made_anew_raise_the_row_version(workspace: Workspace) -> None:
    """A restored event whose tag was renamed meanwhile gets its copy of the tag names made
    anew: that change of what a window shows raises the row's version too (the month read
    keeps each event's occurrence by its row version)."""
    event = workspace.events.create(
        EventDraft("Styrgrupp", TimedSpan(at(2027, 3, 2, 9), at(2027, 3, 2, 10)),
                   tags=("Stål",))
    ).event  # fmt: skip
    as_was = workspace.events.delete(event.id).snapshot
    back = workspace.events.restore(as_was).event
    assert workspace.events.snapshot(back.id).version == as_was.version + 1
    again = workspace.events.delete(back.id).snapshot
    stal = workspace.tags.find("Stål")
    assert stal is not None
    workspace.tags.update(replace(stal, name="Stålindustri"))
    back = workspace.events.restore(again).event
    assert back.tags == ("Stålindustri",)
    restored = workspace.events.snapshot(back.id)
    assert restored.values()["tag_names"] == "Stålindustri"
    assert restored.version == again.version + 2
    assert [o.tags for o in workspace.queries.occurrences(SPRING) if o.event_id == back.id] == [
        ("Stålindustri",)
    ]


def test_a_series_end_worked_out_again_raises_the_row_version(workspace: Workspace) -> None:
    """A copied series whose moved occurrence ends after its last one: its end is worked
    out again once the changes are copied, and that write raises the row's version."""
    series = workspace.events.create(
        EventDraft(
            "Intraprenörskap",
            TimedSpan(at(2027, 3, 1, 18), at(2027, 3, 1, 20)),
            recurrence=Recurrence("FREQ=WEEKLY;COUNT=3"),
        )
    ).event
    later = TimedSpan(at(2027, 3, 20, 18), at(2027, 3, 20, 20))
    series = workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 15, 18), timing=later)
    ).event
    copied = workspace.events.duplicate(series.id).event
    stored = workspace.events.snapshot(copied.id)
    assert stored.values()["series_ends_at"] == later.utc_bounds()[1]
    assert stored.version == 2  # made as version 1, then its end worked out again
    plain = workspace.events.create(
        EventDraft(
            "Styrgrupp",
            TimedSpan(at(2027, 3, 1, 9), at(2027, 3, 1, 10)),
            recurrence=Recurrence("FREQ=WEEKLY;COUNT=3"),
        )
    ).event
    assert workspace.events.snapshot(workspace.events.duplicate(plain.id).event.id).version == 1


def test_a_copy_moved_to_other_days_leaves_the_series_exceptions_behind(
    workspace: Workspace,
) -> None:
    series = workspace.events.create(
        EventDraft(
            "Intraprenörskap",
            TimedSpan(at(2027, 3, 1, 18), at(2027, 3, 1, 20)),
            tags=("Kurs",),
            recurrence=Recurrence("FREQ=WEEKLY;COUNT=4", (datetime(2027, 3, 8, 18),)),
        )
    ).event
    series = workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 15, 18), title="Gäst")
    ).event
    moved = workspace.events.duplicate(series.id, to_day=date(2027, 9, 6)).event
    assert moved.recurrence == Recurrence("FREQ=WEEKLY;COUNT=4")
    assert moved.changes == () and moved.tags == ("Kurs",)
    here = workspace.events.duplicate(series.id, to_day=date(2027, 3, 1)).event
    assert here.recurrence == series.recurrence and here.changes == series.changes


# -- split, import ---------------------------------------------------------------------------


def test_split_and_its_undo_go_through_snapshots(workspace: Workspace) -> None:
    series = workspace.events.create(
        EventDraft(
            "Intraprenörskap",
            TimedSpan(at(2027, 3, 1, 18), at(2027, 3, 1, 20)),
            tags=("Kurs",),
            recurrence=Recurrence("FREQ=WEEKLY;COUNT=6"),
        )
    ).event
    for change in (
        OccurrenceChange(datetime(2027, 3, 8, 18), title="Gäst"),
        OccurrenceChange(datetime(2027, 3, 29, 18), cancelled=True),
    ):
        series = workspace.events.change_occurrence(series.id, change).event
    whole = workspace.events.snapshot(series.id)
    key = datetime(2027, 3, 22, 18)
    result = workspace.events.split_series(
        series.id, key, split_draft(series, key), expected_version=series.version
    )
    assert result.earlier is not None
    assert result.changes.ids(Kind.EVENT, Action.CREATED) == {result.later.id}
    assert result.changes.ids(Kind.EVENT, Action.CHANGED) == {series.id}
    assert [c.recurrence_id for c in result.later.changes] == [datetime(2027, 3, 29, 18)]
    back = workspace.events.unsplit(whole, result.later.uid)
    assert back.changes.ids(Kind.EVENT, Action.DELETED) == {result.later.id}
    again = workspace.events.snapshot(series.id)
    assert again.content() == whole.content()
    assert again.sequence > result.earlier.sequence


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:styrgrupp@test
DTSTAMP:20270101T000000Z
SEQUENCE:{sequence}
DTSTART:20270302T080000Z
DTEND:20270302T090000Z
SUMMARY:{title}
CATEGORIES:{tags}
END:VEVENT
END:VCALENDAR
"""


def test_an_import_and_its_undo_put_back_the_snapshot(workspace: Workspace) -> None:
    first = ICS.format(sequence=0, title="Styrgrupp", tags="Stål,Kurs").encode()
    (result,) = workspace.imports.apply_all((workspace.imports.plan(first),))
    (ident,) = result.created
    assert result.changes.ids(Kind.EVENT, Action.CREATED) == {ident}
    before = workspace.events.snapshot(ident)
    newer = ICS.format(sequence=3, title="Styrgrupp (ny tid)", tags="Bygg").encode()
    (update,) = workspace.imports.apply_all((workspace.imports.plan(newer),))
    assert update.updated == (ident,) and update.replaced == (before,)
    assert update.changes.ids(Kind.EVENT, Action.CHANGED) == {ident}
    assert workspace.events.get(ident).tags == ("Bygg",)
    undone = workspace.imports.undo([update])
    assert undone.ids(Kind.EVENT, Action.CHANGED) == {ident}
    after = workspace.events.snapshot(ident)
    # As it was, revision included, so importing the file again finds it older.
    assert (after.content(), after.sequence) == (before.content(), before.sequence)
    assert after.event.modified_at == before.event.modified_at
    gone = workspace.imports.undo([result])
    assert gone.ids(Kind.EVENT, Action.DELETED) == {ident}


# -- a later table joins by one declaration ------------------------------------------------

_LATER = MetaData()
Base.metadata.tables["events"].to_metadata(_LATER)  # what the foreign keys refer to
SESSIONS = Table(
    "talks",
    _LATER,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE")),
    Column("title", String(200)),
    Column("day_offset", Integer),
)
SPEAKERS = Table(
    "talk_speakers",
    _LATER,
    Column("id", Integer, primary_key=True),
    Column("session_id", Integer, ForeignKey("talks.id", ondelete="CASCADE")),
    Column("name", String(200)),
)


@pytest.fixture
def later_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    """A SQLite planner with two tables a later issue might add (talks on an event,
    speakers on a talk), declared in OWNED_TABLES as that issue would."""
    database = Database.open(make_url(f"sqlite:///{tmp_path / 'later.sqlite'}"))
    with database.engine.begin() as connection:
        _LATER.create_all(connection, tables=[SESSIONS, SPEAKERS])
    declared = (
        *owned.OWNED_TABLES,
        OwnedTable(SESSIONS, "event_id", Ownership.COPIED),
        OwnedTable(SPEAKERS, "session_id", Ownership.COPIED, parent="talks"),
    )
    # Every module reads the declaration through ``owned``: declared there, it is declared.
    monkeypatch.setattr(owned, "OWNED_TABLES", declared)
    yield Workspace(database)
    database.close()


def _later_rows(workspace: Workspace) -> list[tuple[object, ...]]:
    with workspace.database.reading() as session:
        query = (
            select(SESSIONS.c.event_id, SESSIONS.c.id, SESSIONS.c.title, SPEAKERS.c.id,
                   SPEAKERS.c.name)
            .join(SPEAKERS, SPEAKERS.c.session_id == SESSIONS.c.id)
            .order_by(SESSIONS.c.id, SPEAKERS.c.id)
        )  # fmt: skip
        return [tuple(r) for r in session.execute(query)]


def test_a_later_table_travels_with_its_event(later_tables: Workspace) -> None:
    workspace = later_tables
    fair = workspace.events.create(
        EventDraft("Elmia Subcontractor", AllDaySpan(date(2027, 11, 9), date(2027, 11, 12)),
                   recurrence=Recurrence("FREQ=YEARLY;COUNT=3"))
    ).event  # fmt: skip
    with workspace.database.transaction() as session:
        session.execute(insert(SESSIONS), [{"id": 7, "event_id": fair.id, "title": "Öppning",
                                            "day_offset": 0}])  # fmt: skip
        session.execute(insert(SPEAKERS), [{"id": 3, "session_id": 7, "name": "Anna"},
                                           {"id": 4, "session_id": 7, "name": "Bo"}])  # fmt: skip
    rows = [(fair.id, 7, "Öppning", 3, "Anna"), (fair.id, 7, "Öppning", 4, "Bo")]
    assert _later_rows(workspace) == rows

    deleted = workspace.events.delete(fair.id).snapshot
    counts = {o.table: len(o.rows) for o in deleted.owned}
    assert (counts["event_tags"], counts["talks"], counts["talk_speakers"]) == (0, 1, 2)
    assert sum(counts.values()) == 3
    assert _later_rows(workspace) == []
    workspace.events.restore(deleted)
    assert _later_rows(workspace) == rows  # with their ids

    copy = workspace.events.duplicate(fair.id).event
    copied = [r for r in _later_rows(workspace) if r[0] == copy.id]
    assert [(r[2], r[4]) for r in copied] == [("Öppning", "Anna"), ("Öppning", "Bo")]
    assert copied[0][1] != 7 and {r[3] for r in copied}.isdisjoint({3, 4})

    # A split series' later part carries them on (the default rule); undo takes them back.
    whole = workspace.events.snapshot(fair.id)
    key = date(2028, 11, 9)
    result = workspace.events.split_series(fair.id, key, split_draft(whole.event, key))
    later = [r for r in _later_rows(workspace) if r[0] == result.later.id]
    assert [(r[2], r[4]) for r in later] == [("Öppning", "Anna"), ("Öppning", "Bo")]
    workspace.events.unsplit(whole, result.later.uid)
    assert [r for r in _later_rows(workspace) if r[0] not in (fair.id, copy.id)] == []
    assert [r for r in _later_rows(workspace) if r[0] == fair.id] == rows
