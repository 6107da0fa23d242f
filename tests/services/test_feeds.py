"""FeedService on every backend: feeds saved and checked, tokens, documents, files published."""

from __future__ import annotations

import errno
import itertools
import os
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import event as sa_event
from sqlalchemy import update

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.errors import (
    ConflictError,
    DatabaseError,
    NotFoundError,
    PublishError,
    ValidationError,
)
from eventplanner.domain.feeds import Feed
from eventplanner.domain.filters import EventFilter
from eventplanner.persistence import temporaries
from eventplanner.persistence.schema import FeedRow
from eventplanner.services import files
from eventplanner.services.events.facets import NOT_SET
from eventplanner.services.workspace import Workspace
from tests.ical.factories import run_ics_check
from tests.services.feed_world import World


def _summaries(body: bytes) -> list[str]:
    calendar = Calendar.from_ical(body)
    return sorted(str(c["SUMMARY"]) for c in calendar.walk("VEVENT"))


def _fairs(world: World, **changes: object) -> Feed:
    feed = Feed(
        id=None,
        name="Mässor 2027",
        where=EventFilter(kinds=frozenset({EventKind.TRADE_FAIR})),
        first_day=date(2027, 1, 1),
        last_day=date(2027, 12, 31),
    )
    return replace(feed, **changes)  # type: ignore[arg-type]


# -- keeping feeds --------------------------------------------------------------------------


def test_a_feed_round_trips_every_field(workspace: Workspace, world: World, folder: Path) -> None:
    where = EventFilter(
        text="stål",
        kinds=frozenset({EventKind.SEMINAR, EventKind.WORKSHOP}),
        statuses=frozenset({EventStatus.PLANNED}),
        project_ids=frozenset({world.project_id, NOT_SET}),
        venue_ids=frozenset({world.venue_id}),
        tags=frozenset({"FORSKNING"}),
        include_cancelled=False,
    )
    made = workspace.feeds.create(
        Feed(
            id=None, name="  Spridningsseminarier ", calendar_name="Stål – spridning",
            description="Seminarier för kommuner, skolor och fack.", where=where,
            first_day=date(2027, 1, 1), last_day=date(2027, 6, 30), include_cancelled=True,
            cancelled_prefix="Inställt: ", include_notes=True, folder=str(folder),
        )
    )  # fmt: skip
    assert made.id is not None and made.version == 1
    assert made.name == "Spridningsseminarier"
    forskning = workspace.tags.find("forskning")
    assert forskning is not None
    # The tag named is kept by its id: a rename keeps it chosen.
    assert made.where == replace(where, tags=frozenset(), tag_ids=frozenset({forskning.id}))
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", made.token)
    assert made.published_at is None
    assert workspace.feeds.get(made.id) == made
    assert workspace.feeds.get_by_name("SPRIDNINGSSEMINARIER") == made


def test_feeds_are_listed_in_swedish_order(workspace: Workspace) -> None:
    for name in ("Öppna evenemang", "Personalkalender", "Ändrade möten", "Mässor 2027"):
        workspace.feeds.create(Feed(id=None, name=name))
    names = [f.name for f in workspace.feeds.list()]
    assert names == ["Mässor 2027", "Personalkalender", "Ändrade möten", "Öppna evenemang"]


def test_update_keeps_the_token_and_refuses_a_stale_version(
    workspace: Workspace, world: World
) -> None:
    feed = workspace.feeds.create(_fairs(world))
    saved = workspace.feeds.update(
        replace(feed, calendar_name="Våra mässor", token="ignored"),
        expected_version=feed.version,
    )
    assert saved.calendar_name == "Våra mässor" and saved.token == feed.token
    assert saved.version == feed.version + 1
    with pytest.raises(ConflictError, match="Mässor 2027"):
        workspace.feeds.update(replace(feed, description="x"), expected_version=feed.version)
    assert workspace.feeds.get(feed.id or 0).description == ""


def test_delete_and_then_it_is_gone(workspace: Workspace, world: World) -> None:
    feed = workspace.feeds.create(_fairs(world))
    assert feed.id is not None
    workspace.feeds.delete(feed.id, expected_version=feed.version)
    with pytest.raises(NotFoundError):
        workspace.feeds.get(feed.id)
    assert workspace.feeds.document(feed.token) is None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"name": "  "}, "name", "must not be empty"),
        ({"name": "???"}, "name", "nothing to name the feed's file"),
        ({"name": "Mässor\n2027"}, "name", "single line"),
        ({"last_day": date(2026, 12, 31)}, "last_day", "before the first day"),
        ({"folder": "relative/folder"}, "folder", "not a full path"),
        ({"folder": "/no/such/folder/anywhere"}, "folder", "not a folder that exists"),
        ({"where": EventFilter(project_ids=frozenset({999}))}, "projects", "no project"),
        ({"where": EventFilter(venue_ids=frozenset({999}))}, "venues", "no venue"),
        ({"where": EventFilter(organiser_ids=frozenset({999}))}, "organisers", "no organisation"),
        ({"where": EventFilter(tags=frozenset({"okänd"}))}, "tags", "no tag called 'okänd'"),
        ({"include_cancelled": True, "cancelled_prefix": ""}, "cancelled_prefix", "empty"),
    ],
)
def test_a_wrong_feed_is_refused_naming_the_field(
    workspace: Workspace, world: World, changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        workspace.feeds.create(_fairs(world, **changes))
    assert refused.value.field == field
    assert words in refused.value.message
    assert workspace.feeds.list() == []


def test_names_and_files_are_unique(workspace: Workspace, world: World, folder: Path) -> None:
    workspace.feeds.create(_fairs(world, folder=str(folder)))
    with pytest.raises(ValidationError, match="already a feed called 'Mässor 2027'"):
        workspace.feeds.create(_fairs(world, name="MÄSSOR 2027"))
    # "Mässor/2027" and "Mässor:2027" both publish "Mässor-2027.ics".
    workspace.feeds.create(_fairs(world, name="Mässor/2027", folder=str(folder)))
    with pytest.raises(ValidationError, match=r"already publishes 'Mässor-2027\.ics'"):
        workspace.feeds.create(_fairs(world, name="Mässor:2027", folder=str(folder)))
    # Elsewhere the same file name is fine.
    other = folder / "annan"
    other.mkdir()
    workspace.feeds.create(_fairs(world, name="Mässor:2027", folder=str(other)))
    assert len(workspace.feeds.list()) == 3


def test_a_damaged_stored_filter_is_reported_naming_the_feed(
    workspace: Workspace, world: World
) -> None:
    feed = workspace.feeds.create(_fairs(world))
    with workspace.database.transaction() as session:
        session.execute(update(FeedRow).values(filter_json='{"kinds": ["mässa"]}'))
    with pytest.raises(DatabaseError, match="filter of the feed 'Mässor 2027' is damaged"):
        workspace.feeds.get(feed.id or 0)


# -- tokens and documents -----------------------------------------------------------------------


def test_document_serves_the_feeds_events_as_a_calendar(workspace: Workspace, world: World) -> None:
    feed = workspace.feeds.create(_fairs(world))
    document = workspace.feeds.document(feed.token)
    assert document is not None
    assert _summaries(document.body) == ["Automationsmässan"]
    text = document.body.decode()
    assert "X-WR-CALNAME:Mässor 2027\r\n" in text
    assert "X-PUBLISHED-TTL:PT1H\r\n" in text
    assert re.fullmatch(r'"[0-9a-f]{40}"', document.etag)
    assert document.last_modified.microsecond == 0
    assert f"DTSTAMP:{document.last_modified:%Y%m%dT%H%M%SZ}" in text


def test_unknown_and_malformed_tokens_get_nothing(workspace: Workspace, world: World) -> None:
    feed = workspace.feeds.create(_fairs(world))
    for token in ("", "x", feed.token[:-1] + ("A" if feed.token[-1] != "A" else "B"),
                  "../" + feed.token, feed.token + "\r\nX: y", "a" * 300):  # fmt: skip
        assert workspace.feeds.document(token) is None


def test_a_new_token_revokes_the_old_one(workspace: Workspace, world: World) -> None:
    feed = workspace.feeds.create(_fairs(world))
    renewed = workspace.feeds.new_token(feed.id or 0)
    assert renewed.token != feed.token
    assert workspace.feeds.document(feed.token) is None
    assert workspace.feeds.document(renewed.token) is not None


def test_an_unchanged_feed_is_answered_from_memory_with_two_small_queries(
    workspace: Workspace, world: World
) -> None:
    feed = workspace.feeds.create(_fairs(world))
    first = workspace.feeds.document(feed.token)
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    engine = workspace.database.engine
    sa_event.listen(engine, "before_cursor_execute", record)
    try:
        again = workspace.feeds.document(feed.token)
    finally:
        sa_event.remove(engine, "before_cursor_execute", record)
    assert again is first
    queries = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(queries) == 2, statements


def test_a_change_gives_a_new_body_etag_and_later_date(workspace: Workspace, world: World) -> None:
    feed = workspace.feeds.create(_fairs(world))
    before = workspace.feeds.document(feed.token)
    assert before is not None
    fair = workspace.events.get(world.fair_id)
    draft = replace(fair.draft(), title="Automationsmässan 2027")
    workspace.events.update(fair.id, draft, expected_version=fair.version)
    after = workspace.feeds.document(feed.token)
    assert after is not None
    assert _summaries(after.body) == ["Automationsmässan 2027"]
    assert after.etag != before.etag
    assert after.last_modified > before.last_modified
    # A change elsewhere (an event the feed does not show) keeps the same document.
    seminar = workspace.events.get(world.seminar_id)
    workspace.events.update(
        seminar.id, replace(seminar.draft(), title="Nytt namn"), expected_version=seminar.version
    )
    same = workspace.feeds.document(feed.token)
    assert same is not None
    assert (same.body, same.etag, same.last_modified) == (
        after.body, after.etag, after.last_modified
    )  # fmt: skip


def test_a_renamed_venue_reaches_its_events_location(workspace: Workspace, world: World) -> None:
    feed = workspace.feeds.create(_fairs(world))
    venue = workspace.venues.get(world.venue_id)
    workspace.venues.update(replace(venue, name="Aros Congress Center"))
    document = workspace.feeds.document(feed.token)
    assert document is not None
    [fair] = Calendar.from_ical(document.body).walk("VEVENT")
    assert str(fair["LOCATION"]).startswith("Aros Congress Center")


def test_cancelled_events_and_notes_follow_the_feeds_options(
    workspace: Workspace, world: World
) -> None:
    everything = workspace.feeds.create(Feed(id=None, name="Personalkalender"))
    staff = workspace.feeds.create(
        Feed(id=None, name="Allt", include_cancelled=True, cancelled_prefix="Inställt: ",
             include_notes=True)
    )  # fmt: skip
    plain = workspace.feeds.render(everything.id or 0).body
    full = workspace.feeds.render(staff.id or 0).body
    assert "Nätverksträff i Eskilstuna" not in _summaries(plain)
    assert "Inställt: Nätverksträff i Eskilstuna" in _summaries(full)
    assert "Robotcell Väst" not in plain.decode()
    assert "Robotcell Väst" in Calendar.from_ical(full).to_ical().decode()


def test_a_period_keeps_a_series_whole(workspace: Workspace, world: World) -> None:
    # Only the course's third week lies in the period; the whole series is published.
    feed = workspace.feeds.create(
        Feed(id=None, name="Kurser", where=EventFilter(kinds=frozenset({EventKind.COURSE})),
             first_day=date(2027, 2, 14), last_day=date(2027, 2, 16))
    )  # fmt: skip
    body = workspace.feeds.render(feed.id or 0).body
    events = Calendar.from_ical(body).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Intraprenörskap", "Intraprenörskap"]
    assert "COUNT=8" in body.decode()
    assert any("RECURRENCE-ID" in e for e in events)


# -- publishing ---------------------------------------------------------------------------------


def test_publish_writes_the_file_atomically_and_records_it(
    workspace: Workspace, world: World, folder: Path
) -> None:
    feed = workspace.feeds.create(_fairs(world, folder=str(folder)))
    done = workspace.feeds.publish(feed.id or 0)
    assert done.path == folder / "Mässor 2027.ics" == workspace.feeds.file_path(feed)
    assert done.events == 1 and done.size == done.path.stat().st_size
    assert done.feed.published_at is not None
    stored = workspace.feeds.get(feed.id or 0)
    assert stored.published_at == done.feed.published_at
    assert stored.version == feed.version  # publishing is not an edit
    assert sorted(p.name for p in folder.iterdir()) == ["Mässor 2027.ics"]
    # The HTTP document of unchanged content is the published file, byte for byte.
    document = workspace.feeds.document(feed.token)
    assert document is not None
    assert document.body == done.path.read_bytes()
    assert document.last_modified == done.feed.published_at
    run_ics_check(done.path)


def test_a_swedish_named_feed_set_to_english_writes_english_categories(
    workspace: Workspace, world: World, folder: Path
) -> None:
    """The language chosen wins over the one the feed's name says ("Mässor 2027"): the
    kinds are English categories in the published file and the served document alike;
    set back to automatic, they are Swedish again."""
    feed = workspace.feeds.create(_fairs(world, folder=str(folder), language="en"))
    assert feed.language == "en" and workspace.feeds.get(feed.id or 0).language == "en"
    done = workspace.feeds.publish(feed.id or 0)
    body = done.path.read_bytes()
    assert set(re.findall(rb"\r\nCATEGORIES:([^,\r]*)", body)) == {b"trade fair"}
    document = workspace.feeds.document(feed.token)
    assert document is not None and document.body == body
    run_ics_check(done.path)

    automatic = workspace.feeds.update(replace(feed, language=""), expected_version=feed.version)
    assert automatic.language == ""
    swedish = workspace.feeds.render(feed.id or 0).body
    assert set(re.findall(rb"\r\nCATEGORIES:([^,\r]*)", swedish)) == {"Mässa".encode()}


def test_an_unknown_language_is_refused_and_nothing_is_saved(
    workspace: Workspace, world: World
) -> None:
    with pytest.raises(ValidationError, match="language"):
        workspace.feeds.create(_fairs(world, language="de"))
    assert workspace.feeds.list() == []


def test_publish_without_a_folder_is_refused(workspace: Workspace, world: World) -> None:
    feed = workspace.feeds.create(_fairs(world))
    with pytest.raises(ValidationError, match="no folder to publish to"):
        workspace.feeds.publish(feed.id or 0)


def _published_state(workspace: Workspace, feed: Feed) -> object:
    return workspace.feeds.get(feed.id or 0).published_at


def test_a_vanished_folder_fails_clearly_and_records_nothing(
    workspace: Workspace, world: World, folder: Path
) -> None:
    feed = workspace.feeds.create(_fairs(world, folder=str(folder)))
    folder.rmdir()
    with pytest.raises(PublishError, match="does not exist") as failed:
        workspace.feeds.publish(feed.id or 0)
    assert "Mässor 2027" in str(failed.value)
    assert _published_state(workspace, feed) is None


@pytest.mark.parametrize(
    ("where", "code", "words"),
    [("mkstemp", errno.EROFS, "read-only"), ("mkstemp", errno.EACCES, "read-only"),
     ("fsync", errno.ENOSPC, "is full")],
)  # fmt: skip
def test_a_read_only_folder_or_full_disk_leaves_the_old_file_whole(
    workspace: Workspace, world: World, folder: Path, monkeypatch: pytest.MonkeyPatch,
    where: str, code: int, words: str,
) -> None:  # fmt: skip
    feed = workspace.feeds.create(_fairs(world, folder=str(folder)))
    first = workspace.feeds.publish(feed.id or 0)
    old = first.path.read_bytes()
    fair = workspace.events.get(world.fair_id)
    workspace.events.update(
        fair.id, replace(fair.draft(), title="Ny titel"), expected_version=fair.version
    )

    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    target = temporaries.tempfile if where == "mkstemp" else files.os
    monkeypatch.setattr(target, where, fail)
    with pytest.raises(PublishError, match=words):
        workspace.feeds.publish(feed.id or 0)
    monkeypatch.undo()
    assert first.path.read_bytes() == old
    assert sorted(p.name for p in folder.iterdir()) == ["Mässor 2027.ics"]  # no temporary
    assert _published_state(workspace, feed) == first.feed.published_at


def test_publish_due_writes_only_feeds_whose_content_changed(
    workspace: Workspace, world: World, folder: Path
) -> None:
    fairs = workspace.feeds.create(_fairs(world, folder=str(folder)))
    seminars = workspace.feeds.create(
        Feed(id=None, name="Seminarier", folder=str(folder),
             where=EventFilter(kinds=frozenset({EventKind.SEMINAR})))
    )  # fmt: skip
    workspace.feeds.create(Feed(id=None, name="Bara på webben"))  # no folder: never written
    first = workspace.feeds.publish_due()
    assert sorted(p.feed.name for p in first.published) == ["Mässor 2027", "Seminarier"]
    assert all(p.first for p in first.published)  # the window says "Published", not "again"
    assert workspace.feeds.publish_due().published == ()  # nothing changed since

    seminar = workspace.events.get(world.seminar_id)
    workspace.events.update(
        seminar.id, replace(seminar.draft(), title="Seminarium om stål"),
        expected_version=seminar.version,
    )  # fmt: skip
    again = workspace.feeds.publish_due()
    assert [p.feed.name for p in again.published] == ["Seminarier"]
    assert not again.published[0].first
    assert _summaries((folder / "Seminarier.ics").read_bytes()) == ["Seminarium om stål"]
    assert workspace.feeds.get(fairs.id or 0).published_at == first.published[0].feed.published_at
    # A file deleted from the folder is written again.
    (folder / "Seminarier.ics").unlink()
    assert [p.feed.name for p in workspace.feeds.publish_due().published] == ["Seminarier"]
    assert seminars.id is not None


def test_one_failing_feed_does_not_stop_the_others(
    workspace: Workspace, world: World, folder: Path
) -> None:
    gone = folder / "borta"
    gone.mkdir()
    workspace.feeds.create(_fairs(world, folder=str(gone)))
    workspace.feeds.create(Feed(id=None, name="Allt", folder=str(folder)))
    gone.rmdir()
    report = workspace.feeds.publish_due()
    assert [p.feed.name for p in report.published] == ["Allt"]
    [failure] = report.failed
    assert failure.feed.name == "Mässor 2027" and "does not exist" in failure.message


def test_last_modified_moves_forward_with_every_published_change(
    workspace: Workspace, world: World, folder: Path
) -> None:
    feed = workspace.feeds.create(_fairs(world, folder=str(folder)))
    stamps = []
    fair = workspace.events.get(world.fair_id)
    for title in ("Mässa 1", "Mässa 2", "Mässa 3"):
        fair = workspace.events.update(
            fair.id, replace(fair.draft(), title=title), expected_version=fair.version
        ).event
        stamps.append(workspace.feeds.publish(feed.id or 0).feed.published_at)
    assert stamps == sorted(set(stamps)), "the same second twice, or backwards"
    assert all(b - a >= timedelta(seconds=1) for a, b in itertools.pairwise(stamps))


def test_stale_temporaries_of_dead_writers_are_cleared(tmp_path: Path) -> None:
    target = tmp_path / "Mässor 2027.ics"
    old = tmp_path / ".Mässor 2027.ics.abc123.tmp"
    fresh = tmp_path / ".Mässor 2027.ics.def456.tmp"  # perhaps another writer's, at work
    other = tmp_path / ".Seminarier.ics.xyz.tmp"
    for path in (old, fresh, other):
        path.write_bytes(b"BEGIN:VCALENDAR\r\n")
    hour_ago = old.stat().st_mtime - 2 * files.STALE_TEMPORARY_SECONDS
    os.utime(old, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    files.write_atomically(target, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", what="The feed")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, fresh.name, other.name]
    )
