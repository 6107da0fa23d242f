"""Feeds: named, saved filters kept in the database, rendered as calendars and published.

A feed is published two ways: as a file in a folder (``publish``, ``publish_changed``), which
Outlook subscribes to through OneDrive or SharePoint, and over HTTP (``document``, which the
feed server calls for every request). Both render through ``ExportService``, so both show
the same events the same way, and both see a change only once it is committed.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError, NotFoundError, PublishError, ValidationError
from eventplanner.domain.feed_rules import feed_problems, file_name_for
from eventplanner.domain.feeds import Feed, FeedDocument
from eventplanner.domain.languages import feed_language
from eventplanner.domain.text import swedish_sort_key
from eventplanner.domain.validation import raise_first
from eventplanner.ical import (
    CalendarInfo,
    CalendarLayout,
    ExportOptions,
    OutlookWarning,
    PreviewRow,
    entry_text,
)
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import ContactRow, EventRow, FeedRow, StageRow
from eventplanner.services.change_journal import committed
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.exporting.export import ExportService, Rendered, Selection, state_mark
from eventplanner.services.feeds import feed_programme, feed_references
from eventplanner.services.feeds.feed_changes import may_change
from eventplanner.services.feeds.feed_rows import feed_columns, feed_of
from eventplanner.services.feeds.feed_tasks import rendered_tasks, task_mark
from eventplanner.services.files import write_atomically
from eventplanner.services.progress import Progress

REFRESH = timedelta(hours=1)
"""How often subscribers are asked to look again (X-PUBLISHED-TTL, REFRESH-INTERVAL)."""
TOKEN_BYTES = 24
"""A token of 24 random bytes: 32 URL-safe characters, 192 bits, unguessable."""
_PLAUSIBLE_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
FEEDS_TABLE: Table = FeedRow.__table__  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Publication:
    """A feed written to its folder."""

    feed: Feed
    """The feed as it is now, ``published_at`` set."""
    path: Path
    events: int
    size: int
    """Bytes written."""
    first: bool = False
    """The feed's first publication (it had never been published before)."""


@dataclass(frozen=True, slots=True)
class PublishFailure:
    feed: Feed
    message: str


@dataclass(frozen=True, slots=True)
class PublishReport:
    """What ``publish_changed`` did: the feeds it wrote, and those it could not."""

    published: tuple[Publication, ...] = ()
    failed: tuple[PublishFailure, ...] = ()
    changes: ChangeSet = field(default_factory=ChangeSet)
    """The feeds written (their publication marks, ``published_at``)."""


@dataclass(frozen=True, slots=True)
class FeedPreview:
    """How Outlook will read a feed, event by event, and what it cannot show as planned."""

    feed: Feed
    rows: tuple[PreviewRow, ...]
    warnings: tuple[OutlookWarning, ...]


class _Served(NamedTuple):
    """The last document made for a feed, and what it was made from."""

    key: tuple[Any, ...]
    content: str
    stamp: datetime
    document: FeedDocument


class FeedService:
    """Use cases on feeds. Each call is one transaction; ``document`` may be called from many
    threads at once (the feed server's)."""

    def __init__(
        self, database: Database, export: ExportService, *, refresh: timedelta = REFRESH
    ) -> None:
        self._db = database
        self._export = export
        self._refresh = refresh
        self._served: dict[int, _Served] = {}
        self._render_lock = threading.Lock()

    # -- reading -----------------------------------------------------------------------------

    def list(self) -> list[Feed]:
        """Every feed, in Swedish alphabetical order of name."""
        with self._db.reading() as session:
            feeds = [feed_of(r) for r in session.scalars(select(FeedRow))]
        return sorted(feeds, key=lambda f: (swedish_sort_key(f.name), f.id or 0))

    def get(self, feed_id: int) -> Feed:
        with self._db.reading() as session:
            return feed_of(_row(session, feed_id))

    def get_by_name(self, name: str) -> Feed:
        """The feed called ``name`` (whatever its case); NotFoundError if there is none."""
        wanted = name.strip().casefold()
        for feed in self.list():
            if feed.name.casefold() == wanted:
                return feed
        raise NotFoundError(f"there is no feed called {name.strip()!r}")

    @staticmethod
    def file_name(feed: Feed) -> str:
        """The name of the file the feed publishes in its folder ("Mässor 2027.ics")."""
        return file_name_for(feed.name)

    def file_path(self, feed: Feed) -> Path | None:
        """Where the feed's file is published; None for a feed without a folder."""
        if not feed.folder.strip():
            return None
        return Path(feed.folder.strip()).expanduser() / self.file_name(feed)

    # -- writing -----------------------------------------------------------------------------

    def create(self, feed: Feed) -> Feed:
        """Save a new feed with a new token of its own (any token given is not used).

        This and the other writes tell their change set to ``change_journal``."""
        with self._db.transaction() as session:
            feed = self._checked(session, feed)
            self._stage_known(session, feed)
            now = rows.now_utc()
            row = FeedRow(
                **feed_columns(feed),
                token=new_token_text(),
                created_at=now,
                modified_at=now,
            )
            session.add(row)
            session.flush()
            made = feed_of(row)
        committed(_feed_changes(made, Action.CREATED))
        return made

    def update(self, feed: Feed, *, expected_version: int) -> Feed:
        """Save changes to a feed loaded at ``expected_version``; its token stays.

        Raises ConflictError, naming the feed, when someone else saved it in between.
        """
        if feed.id is None:
            raise ValidationError("id", "a new feed must be created, not updated")
        with self._db.transaction() as session:
            row = _locked(session, feed.id, expected_version)
            stored_stage = feed_of(row).programme.stage
            feed = self._checked(session, feed)
            if feed.programme.stage.strip().casefold() != stored_stage.strip().casefold():
                self._stage_known(session, feed)  # one chosen before stays while unchanged
            for name, value in feed_columns(feed).items():
                setattr(row, name, value)
            row.modified_at = rows.now_utc()
            session.flush()
            saved = feed_of(row)
        committed(_feed_changes(saved, Action.CHANGED))
        return saved

    def delete(self, feed_id: int, *, expected_version: int | None = None) -> ChangeSet:
        """Delete a feed; its URL stops working (a published file is left where it is)."""
        with self._db.transaction() as session:
            session.delete(_locked(session, feed_id, expected_version))
        self._served.pop(feed_id, None)
        return committed(ChangeSet.of(Kind.FEED, Action.DELETED, [feed_id]))

    def new_token(self, feed_id: int, *, expected_version: int | None = None) -> Feed:
        """Give the feed a new unguessable token; the old URL stops working at once."""
        with self._db.transaction() as session:
            row = _locked(session, feed_id, expected_version)
            row.token = new_token_text()
            row.modified_at = rows.now_utc()
            session.flush()
            renewed = feed_of(row)
        committed(_feed_changes(renewed, Action.CHANGED))
        return renewed

    # -- rendering ---------------------------------------------------------------------------

    def selection(self, feed: Feed) -> Selection:
        return Selection(feed.where, feed.first_day, feed.last_day)

    def options(self, feed: Feed) -> ExportOptions:
        return ExportOptions(
            include_cancelled=feed.include_cancelled,
            cancelled_prefix=feed.cancelled_prefix,
            include_notes=feed.include_notes,
            language=feed_language(feed),
        )

    def info(self, feed: Feed) -> CalendarInfo:
        return CalendarInfo(
            name=feed.shown_name, description=feed.description, refresh=self._refresh
        )

    def rendered(self, feed: Feed, *, progress: Progress | None = None) -> Rendered:
        """The feed's events as rendered, and what of their programme it publishes as
        entries of their own (``feed_programme``): sessions, phases, a person's part."""
        options = self.options(feed)
        if feed.tasks.wanted:  # a deadline feed: its tasks, no events
            with self._db.reading() as session:
                return rendered_tasks(session, feed.tasks, options.language)
        selection = self.selection(feed)
        if not feed.programme.wanted:
            if progress is None:
                return self._export.render(selection, options)
            return self._export.render(selection, options, progress=progress)
        picked = self._export.event_ids(selection)
        with self._db.reading() as session:
            found = feed_programme.read_programme(
                session,
                feed,
                picked,
                include_cancelled=feed.include_cancelled,
                language=options.language,
            )
        if found.event_ids is None:
            events = self._export.render(selection, options, progress=progress)
        elif found.event_ids:
            events = self._export.render(
                replace(selection, event_ids=found.event_ids), options, progress=progress
            )
        else:
            events = Rendered((), 0, "", (), CalendarLayout(()))
        texts = [
            entry_text(e, language=options.language, cancelled_prefix=feed.cancelled_prefix)
            for e in found.entries
        ]
        digest = hashlib.blake2b(events.digest.encode(), digest_size=16)
        for text in texts:
            digest.update(text.text.encode())
        everything = (*events.texts, *texts)
        return Rendered(
            texts=everything,
            events=events.events + len(texts),
            digest=digest.hexdigest(),
            warnings=events.warnings,
            layout=CalendarLayout(everything),
        )

    def render(self, feed_id: int) -> FeedDocument:
        """The feed's calendar as it would be served now."""
        with self._db.reading() as session:
            row = _row(session, feed_id)
            feed, published = feed_of(row), row.published_hash
            mark = self._mark(session, feed)
        return self._document(feed, published, mark)

    def document(self, token: str) -> FeedDocument | None:
        """The calendar of the feed with this token, None if no feed has it (the server's
        lookup). Cheap when nothing changed: one indexed read and one summary query."""
        if not _PLAUSIBLE_TOKEN.match(token):
            return None
        with self._db.reading() as session:
            row = session.scalars(select(FeedRow).where(FeedRow.token == token)).one_or_none()
            if row is None:
                return None
            feed, published = feed_of(row), row.published_hash
            mark = self._mark(session, feed)
        return self._document(feed, published, mark)

    def preview(self, feed_id: int, reader_zone: str) -> FeedPreview:
        """How Outlook in ``reader_zone`` will read each event of the feed."""
        feed = self.get(feed_id)
        rendered = self.rendered(feed)
        text = self._export.calendar(rendered, self.info(feed), stamp=_whole_seconds())
        rows_read = tuple(self._export.preview(text, reader_zone))
        return FeedPreview(feed, rows_read, rendered.warnings)

    # -- publishing --------------------------------------------------------------------------

    def publish(self, feed_id: int, *, progress: Progress | None = None) -> Publication:
        """Write the feed's file into its folder now, atomically.

        Raises ValidationError for a feed without a folder and PublishError when the folder
        is missing or read-only or the disk is full; nothing is recorded as published then.
        ``progress`` counts the events rendered anew; a Cancel raises Cancelled before
        anything is written, and the file published before stays as it was.
        """
        with self._db.reading() as session:
            row = _row(session, feed_id)
            feed, published = feed_of(row), row.published_hash
        if self.file_path(feed) is None:
            raise ValidationError(
                "folder", f"the feed {feed.name!r} has no folder to publish to; choose one first"
            )
        rendered = self.rendered(feed, progress=progress)
        return self._write(feed, published, rendered)

    def publish_due(self) -> PublishReport:
        """Publish every feed with a folder whose content changed since it was last
        published (or whose file is gone). A feed that fails does not stop the others."""
        return self.publish_changed(ChangeSet.all())

    def publish_changed(self, changes: ChangeSet) -> PublishReport:
        """After a write: publish the feeds ``changes`` may have changed (the rule of
        ``feed_changes.may_change``) whose content did change since they were last
        published (or whose file is gone); the others are not even rendered. A feed that
        fails does not stop the others. The app, the command line and the feed server
        decide what to publish here, and nowhere else."""
        if not changes:
            return PublishReport()
        with self._db.reading() as session:
            found = [(feed_of(r), r.published_hash) for r in session.scalars(select(FeedRow))]
        chosen = [(feed, previous) for feed, previous in found if may_change(feed, changes)]
        published: list[Publication] = []
        failed: list[PublishFailure] = []
        for feed, previous in sorted(chosen, key=lambda f: swedish_sort_key(f[0].name)):
            path = self.file_path(feed)
            if path is None:
                continue
            rendered = self.rendered(feed)
            if self._content(feed, rendered) == previous and path.exists():
                continue
            try:
                published.append(self._write(feed, previous, rendered))
            except PublishError as exc:
                failed.append(PublishFailure(feed, str(exc)))
        marks = ChangeSet.of(Kind.FEED, Action.CHANGED, [p.feed.id for p in published if p.feed.id])
        return PublishReport(tuple(published), tuple(failed), marks)

    # -- helpers -----------------------------------------------------------------------------

    def _checked(self, session: Session, feed: Feed) -> Feed:
        raise_first(feed_problems(feed))
        folder = feed.folder.strip()
        if folder:
            path = Path(folder).expanduser()
            if not path.is_dir():
                raise ValidationError("folder", f"{folder} is not a folder that exists")
            folder = str(path)
        feed = replace(feed, name=feed.name.strip(), folder=folder)
        where = feed_references.checked_filter(session, feed.where)
        person = feed.programme.person_id
        if person is not None and session.get(ContactRow, person) is None:
            raise ValidationError("person", f"there is no contact with id {person}")
        owner, event = feed.tasks.owner_id, feed.tasks.event_id
        if owner is not None and session.get(ContactRow, owner) is None:
            raise ValidationError("owner", f"there is no contact with id {owner}")
        if event is not None and session.get(EventRow, event) is None:
            raise ValidationError("event", f"there is no event with id {event}")
        others = [feed_of(r) for r in session.scalars(select(FeedRow).where(FeedRow.id != feed.id))]
        for other in others:
            if other.name.casefold() == feed.name.casefold():
                raise ValidationError("name", f"there is already a feed called {other.name!r}")
            same_file = self.file_name(other).casefold() == self.file_name(feed).casefold()
            if folder and other.folder == folder and same_file:
                raise ValidationError(
                    "name",
                    f"the feed {other.name!r} already publishes {self.file_name(other)!r} in "
                    f"{folder}; choose another name or folder",
                )
        return replace(feed, where=where)

    def _stage_known(self, session: Session, feed: Feed) -> None:
        """Refuse a stage no event the feed picks has (it would publish no session),
        naming it and the stages those events have."""
        wanted = feed.programme.stage.strip()
        if not feed.programme.sessions or not wanted:
            return
        picked = self._export.event_ids(self.selection(feed))
        names: dict[str, str] = {}
        for start in range(0, len(picked), 500):
            chunk = picked[start : start + 500]
            for name in session.scalars(
                select(StageRow.name).where(StageRow.event_id.in_(chunk)).distinct()
            ):
                names.setdefault(name.strip().casefold(), name.strip())
        if wanted.casefold() in names:
            return
        known = sorted(names.values(), key=swedish_sort_key)
        if not known:
            have = "the events the feed picks have no stages"
        else:
            shown = ", ".join(repr(n) for n in known[:20])
            more = f" and {len(known) - 20} more" if len(known) > 20 else ""
            have = f"the events the feed picks have the stages {shown}{more}"
        raise ValidationError("stage", f"no event the feed picks has a stage {wanted!r}; {have}")

    def _mark(self, session: Session, feed: Feed) -> tuple[Any, ...]:
        # Deletions too: an event deleted and another made under its id (SQLite) may leave
        # the counts, highest id and versions as they were.
        if feed.tasks.wanted:  # a deadline feed: the tasks' own summary too
            return (*state_mark(session), self._db.deletions, *task_mark(session))
        return (*state_mark(session), self._db.deletions)

    def _content(self, feed: Feed, rendered: Rendered) -> str:
        """A hash of everything the feed's file says but its DTSTAMP."""
        info = self.info(feed)
        text = f"{rendered.digest}|{info.name}|{info.description}|{info.refresh}"
        return hashlib.sha256(text.encode()).hexdigest()

    def _document(self, feed: Feed, published: str | None, mark: tuple[Any, ...]) -> FeedDocument:
        assert feed.id is not None
        key = (feed, published, mark)
        served = self._served.get(feed.id)
        if served is not None and served.key == key:
            return served.document
        with self._render_lock:
            served = self._served.get(feed.id)
            if served is not None and served.key == key:  # made while we waited
                return served.document
            rendered = self.rendered(feed)
            content = self._content(feed, rendered)
            stamp = _stamp(content, published, feed.published_at, served)
            body = self._export.calendar_data(rendered, self.info(feed), stamp=stamp)
            tag = hashlib.sha256(f"{content}|{stamp.isoformat()}".encode()).hexdigest()[:40]
            document = FeedDocument(body=body, etag=f'"{tag}"', last_modified=stamp)
            self._served[feed.id] = _Served(key, content, stamp, document)
            return document

    def _write(self, feed: Feed, previous: str | None, rendered: Rendered) -> Publication:
        assert feed.id is not None
        path = self.file_path(feed)
        assert path is not None
        content = self._content(feed, rendered)
        stamp = _whole_seconds()
        if feed.published_at is not None and content != previous:
            # Last-Modified must move forward whenever the content does.
            stamp = max(stamp, feed.published_at + timedelta(seconds=1))
        # Written in pieces: each event's text as kept, never joined into one copy.
        pieces = self._export.calendar_pieces(rendered, self.info(feed), stamp=stamp)
        write_atomically(path, pieces, what=f"The feed {feed.name!r}")
        with self._db.transaction() as session:
            # Not through the ORM: publishing is not an edit, and must not raise the version
            # someone editing the feed holds.
            table = FEEDS_TABLE
            session.connection().execute(
                update(table)
                .where(table.c.id == feed.id)
                .values(published_hash=content, published_at=stamp)
            )
        committed(_feed_changes(feed, Action.CHANGED))  # its publication marks
        return Publication(
            replace(feed, published_at=stamp),
            path,
            len(rendered.texts),
            pieces.size,
            first=feed.published_at is None,
        )


def _feed_changes(feed: Feed, action: Action) -> ChangeSet:
    return ChangeSet.of(Kind.FEED, action, [feed.id] if feed.id is not None else [])


def new_token_text() -> str:
    """A fresh feed token: random, URL-safe, never derived from anything guessable."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def _stamp(
    content: str, published: str | None, published_at: datetime | None, served: _Served | None
) -> datetime:
    """When the feed's content last changed, as DTSTAMP and Last-Modified say it.

    The published file's time when the content is what was published (so the file and the
    HTTP body are the same bytes); the time it was first served otherwise; never earlier
    than what was served before, so If-Modified-Since never hides a change.
    """
    if (
        content == published
        and published_at is not None
        and (served is None or served.stamp <= published_at)
    ):
        return published_at
    if served is not None and served.content == content:
        return served.stamp
    now = _whole_seconds()
    return now if served is None else max(now, served.stamp + timedelta(seconds=1))


def _whole_seconds() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _row(session: Session, feed_id: int, *, lock: bool = False) -> FeedRow:
    row = session.get(FeedRow, feed_id, with_for_update=lock or None)
    if row is None:
        raise NotFoundError(f"feed {feed_id} does not exist (it may have been deleted)")
    return row


def _locked(session: Session, feed_id: int, expected: int | None) -> FeedRow:
    row = _row(session, feed_id, lock=True)
    if expected is not None and row.version != expected:
        raise ConflictError(
            f"the feed {row.name!r} was changed by someone else since you opened it; nothing "
            "was saved. Reload it and make your change again."
        )
    return row
