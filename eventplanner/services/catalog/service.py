"""Venues, organisations, contacts, projects and tags: the things events refer to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, fields, replace
from datetime import timedelta
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from eventplanner.domain.enums import ActorType, CompanySize, OrganisationType
from eventplanner.domain.errors import (
    ConflictError,
    NotFoundError,
    UsedByFeedsError,
    ValidationError,
)
from eventplanner.domain.model import Contact, Organisation, Project, Tag, Venue
from eventplanner.domain.text import name_key, swedish_sort_key
from eventplanner.domain.validation import (
    contact_problems,
    organisation_problems,
    project_problems,
    raise_first,
    tag_problems,
    tidy_organisation,
    venue_problems,
)
from eventplanner.ical import Place
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    Base,
    BudgetLineRow,
    ContactRow,
    EventRow,
    OrganisationRow,
    ProjectRow,
    ProjectTargetRow,
    TagRow,
    VenueRow,
    event_tags,
)
from eventplanner.services.catalog.usage import (
    count_of,
    events_of_organisation,
    roles_of_contact,
)
from eventplanner.services.change_journal import committed
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.touches import touches
from eventplanner.services.feeds.feed_references import feeds_choosing

T = TypeVar("T", Venue, Organisation, Contact, Project, Tag)


class CatalogService(Generic[T]):
    """Create, read, update, delete and list one kind of record."""

    def __init__(
        self,
        database: Database,
        record: type[T],
        row: type[Base],
        noun: str,
        problems: Callable[[T], list[ValidationError]],
        *,
        column_names: dict[str, str] | None = None,
        references: dict[str, type[Base]] | None = None,
        usage: Callable[[Session, int], int] | None = None,
        usage_noun: str = "event",
        after_update: Callable[[Session, Any, Any], Iterable[int]] | None = None,
        unique_name: bool = False,
        chosen_by_feeds: bool = False,
        tidy: Callable[[T], T] | None = None,
        unique_fields: dict[str, str] | None = None,
    ) -> None:
        self._db = database
        self._record: type[T] = record
        self._row = row
        self.noun = noun
        self._problems: Callable[[T], list[ValidationError]] = problems
        self._columns = column_names or {}
        self._references = references or {}
        self._usage = usage
        self._usage_noun = usage_noun
        self._after_update = after_update
        self._unique_name = unique_name
        self._chosen_by_feeds = chosen_by_feeds
        self._tidy: Callable[[T], T] | None = tidy
        self._unique_fields = unique_fields or {}
        """Other fields each record has alone when given, with what to call them."""
        self.kind = Kind(noun)
        """The kind of record a change set names this service's records as."""

    def list(self, text: str = "") -> list[T]:
        """All records in Swedish alphabetical order; ``text`` narrows to names containing it."""
        with self._db.reading() as session:
            records = [self._to_record(r) for r in session.scalars(select(self._row))]
        # Filtered and sorted here, not in SQL: SQLite's lower() folds ASCII only ("ÅF" never
        # matches "åf") and neither database sorts Å, Ä, Ö after Z without a Swedish collation.
        wanted = text.strip().casefold()
        found = [r for r in records if wanted in r.name.casefold()] if wanted else records
        return sorted(found, key=lambda r: (swedish_sort_key(r.name), r.id or 0))

    def get(self, ident: int) -> T:
        with self._db.reading() as session:
            return self._to_record(self._get_row(session, ident))

    def find(self, name: str) -> T | None:
        """The record with exactly this name (case-insensitive), if there is one."""
        column = self._row.name  # type: ignore[attr-defined]
        wanted = name.strip()
        # Case is compared here, not with SQL lower(), which folds only ASCII on SQLite.
        statement = select(self._row).where(func.length(column) == len(wanted))
        with self._db.reading() as session:
            for row in session.scalars(statement.order_by(self._row.id)):  # type: ignore[attr-defined]
                if row.name.casefold() == wanted.casefold():  # type: ignore[attr-defined]
                    return self._to_record(row)
            return None

    def create(self, record: T) -> T:
        """Save a new record; its change set goes to the journal (``change_journal``),
        and ``changes_of`` says it again."""
        record = self._checked(record)
        with self._db.transaction() as session:
            self._check_references(session, record)
            self._check_unique(session, record)
            row = self._row(**self._values(record), version=1)
            session.add(row)
            self._flush_unique(session, record)
            made = self._to_record(row)
        committed(self.changes_of(made, Action.CREATED))
        return made

    def restore(self, record: T) -> T:
        """Bring back a deleted record under its own id (undo of a delete, redo of a create),
        so that what referred to it finds it again; ConflictError when the id or the name
        has been taken meanwhile."""
        ident = record.id
        if ident is None:
            raise ValidationError("id", f"a {self.noun} to restore needs its id")
        record = self._checked(record)
        with self._db.transaction() as session:
            if session.get(self._row, ident) is not None:
                raise ConflictError(
                    f"the {self.noun} {record.name!r} cannot be brought back: its place was "
                    "taken meanwhile"
                )
            self._check_references(session, record)
            self._check_unique(session, record)
            row = self._row(id=ident, **self._values(record), version=1)
            session.add(row)
            session.flush()
            restored = self._to_record(row)
        committed(self.changes_of(restored, Action.CREATED))
        return restored

    def update(self, record: T) -> T:
        """Save ``record`` (loaded at ``record.version``); ConflictError if changed meanwhile.

        Its change set goes to the journal (``change_journal``): the record, and the events
        whose calendar entries now read otherwise (a venue renamed, a tag renamed)."""
        ident = record.id
        if ident is None:
            raise ValidationError("id", f"a new {self.noun} must be created, not updated")
        record = self._checked(record)
        with self._db.transaction() as session:
            row = self._get_row(session, ident)
            if row.version != record.version:
                raise ConflictError(
                    f"the {self.noun} {row.name!r} was changed by someone else since you "
                    "opened it; nothing was saved. Reload it and make your change again."
                )
            self._check_references(session, record)
            self._check_unique(session, record)
            before = self._to_record(row)
            for key, value in self._values(record).items():
                setattr(row, key, value)
            self._flush_unique(session, record)
            events: Iterable[int] = ()
            if self._after_update is not None:
                events = self._after_update(session, row, before)
            session.flush()
            saved = self._to_record(row)
            changes = self.changes_of(saved, Action.CHANGED)
            changed = touches(session, events)
            if changed:
                changes = changes | ChangeSet.for_events(Action.CHANGED, changed)
        committed(changes)
        return saved

    def changes_of(self, record: T, action: Action) -> ChangeSet:
        """The change set of ``record`` (as saved) alone, created, changed or deleted."""
        return ChangeSet.of(self.kind, action, [record.id] if record.id is not None else [])

    def delete(self, ident: int) -> ChangeSet:
        """Delete a record no event uses and no feed chooses; otherwise a ValidationError
        says how many events use it, or a UsedByFeedsError names the feeds."""
        with self._db.transaction() as session:
            row = self._get_row(session, ident)
            used = self._usage(session, ident) if self._usage else 0
            if used:
                plural = "" if used == 1 else "s"
                raise ValidationError(
                    self.noun,
                    f"{row.name!r} is used by {used} {self._usage_noun}{plural}; "
                    "change those first",
                )
            feeds = feeds_choosing(session, self.noun, ident) if self._chosen_by_feeds else ()
            if feeds:
                raise UsedByFeedsError(self.noun, row.name, feeds)
            session.delete(row)
        return committed(ChangeSet.of(self.kind, Action.DELETED, [ident]))

    def usage(self, ident: int) -> int:
        """How many events use this record."""
        with self._db.reading() as session:
            self._get_row(session, ident)
            return self._usage(session, ident) if self._usage else 0

    # -- helpers ---------------------------------------------------------------------------

    def _checked(self, record: T) -> T:
        raise_first(self._problems(record))
        record = replace(record, name=record.name.strip())
        return self._tidy(record) if self._tidy is not None else record

    def _get_row(self, session: Session, ident: int) -> Any:
        row = session.get(self._row, ident)
        if row is None:
            raise NotFoundError(f"there is no {self.noun} with id {ident}")
        return row

    def _check_references(self, session: Session, record: T) -> None:
        for field, model in self._references.items():
            value = getattr(record, field)
            if value is not None and session.get(model, value) is None:
                raise ValidationError(field, f"there is no organisation with id {value}")

    def _check_unique(self, session: Session, record: T) -> None:
        """A clear message instead of the database's unique-constraint error."""
        row: Any = self._row
        for field, words in self._unique_fields.items():
            value = getattr(record, field)
            if not value:
                continue
            taken = select(row.name).where(getattr(row, field) == value)
            if record.id is not None:
                taken = taken.where(row.id != record.id)
            other = session.scalar(taken.limit(1))
            if other is not None:
                raise ValidationError(field, f"{other!r} already has the {words} {value}")
        if not self._unique_name:
            return
        statement = select(row.id, row.name)
        if record.id is not None:
            statement = statement.where(row.id != record.id)
        wanted = name_key(record.name)  # compared here: SQLite's lower() folds ASCII only
        for _ident, name in session.execute(statement):
            if name_key(str(name)) == wanted:
                raise ValidationError("name", f"there is already a {self.noun} called {name!r}")

    def _flush_unique(self, session: Session, record: T) -> None:
        """Flush; the same clear message when another writer took the name meanwhile."""
        try:
            session.flush()
        except IntegrityError as exc:
            if self._unique_fields and not self._unique_name:
                # Another writer took the number meanwhile: say so as the check above does.
                field, words = next(iter(self._unique_fields.items()))
                raise ValidationError(
                    field, f"another {self.noun} already has the {words} {getattr(record, field)}"
                ) from exc
            if not self._unique_name:
                raise
            raise ValidationError(
                "name", f"there is already a {self.noun} called {record.name!r}"
            ) from exc

    def _values(self, record: T) -> dict[str, Any]:
        values = asdict(record)
        values.pop("id")
        values.pop("version")
        for key, column in self._columns.items():
            values[column] = values.pop(key)
        if "org_number" in values:  # none is NULL, so that many may have none
            values["org_number"] = values["org_number"] or None
        return {k: (v.value if isinstance(v, StrEnum) else v) for k, v in values.items()}

    def _to_record(self, row: Any) -> T:
        values = {
            f.name: getattr(row, self._columns.get(f.name, f.name)) for f in fields(self._record)
        }
        for name, enum in _ENUMS.items():
            if values.get(name) is not None:
                values[name] = enum(values[name])
        if "org_number" in values:
            values["org_number"] = values["org_number"] or ""
        record: T = self._record(**values)
        return record


_ENUMS: dict[str, type[StrEnum]] = {
    "type": OrganisationType,
    "size": CompanySize,
    "actor_type": ActorType,
}


def venues(database: Database) -> CatalogService[Venue]:
    return CatalogService(
        database, Venue, VenueRow, "venue", venue_problems,
        usage=lambda s, i: count_of(s, EventRow.venue_id, i), unique_name=True,
        chosen_by_feeds=True, after_update=_relocate_events,
    )  # fmt: skip


def organisations(database: Database) -> CatalogService[Organisation]:
    return CatalogService(
        database, Organisation, OrganisationRow, "organisation", organisation_problems,
        usage=events_of_organisation,
        chosen_by_feeds=True, tidy=tidy_organisation,
        unique_fields={"org_number": "organisation number"},
    )  # fmt: skip


def contacts(database: Database) -> CatalogService[Contact]:
    return CatalogService(
        database, Contact, ContactRow, "contact", contact_problems,
        references={"organisation_id": OrganisationRow},
        usage=roles_of_contact, chosen_by_feeds=True,
    )  # fmt: skip


def projects(database: Database) -> CatalogService[Project]:
    return CatalogService(
        database, Project, ProjectRow, "project", project_problems,
        column_names={"start": "start_date", "end": "end_date"},
        references={"funder_id": OrganisationRow},
        usage=_project_usage, chosen_by_feeds=True,
    )  # fmt: skip


def _project_usage(session: Session, ident: int) -> int:
    """The events of a project; a project with budget lines of its own is refused first
    (deleting it would lose them, and undo would not bring them back)."""
    lines = count_of(session, BudgetLineRow.project_id, ident)
    if lines:
        plural = "" if lines == 1 else "s"
        raise ValidationError(
            "project",
            f"it has {lines} budget line{plural} of its own; remove them first "
            "(`eventplanner budget list --project`)",
        )
    targets = count_of(session, ProjectTargetRow.project_id, ident)
    if targets:
        plural = "" if targets == 1 else "s"
        raise ValidationError(
            "project",
            f"it has {targets} target{plural}; remove them first "
            "(`eventplanner report target list --project`)",
        )
    return count_of(session, EventRow.project_id, ident)


def tags(database: Database) -> CatalogService[Tag]:
    return CatalogService(
        database, Tag, TagRow, "tag", tag_problems,
        usage=lambda s, i: count_of(s, event_tags.c.tag_id, i), unique_name=True,
        after_update=_retag_events, chosen_by_feeds=True,
    )  # fmt: skip


def _retag_events(session: Session, tag: TagRow, _before: Tag) -> list[int]:
    """A renamed tag: its events show the new name, and calendars see the change; returns
    the events changed."""
    tagged = select(event_tags.c.event_id).where(event_tags.c.tag_id == tag.id)
    now = rows.now_utc()
    changed = []
    for event in session.scalars(select(EventRow).where(EventRow.id.in_(tagged))):
        names = rows.tag_names_text(t.name for t in event.tags)
        if names != event.tag_names:
            event.tag_names = names
            event.sequence += 1
            event.modified_at = now
            changed.append(event.id)
    return changed


def _relocate_events(session: Session, venue: VenueRow, before: Venue) -> list[int]:
    """A venue renamed or moved: the events whose LOCATION now reads otherwise are changes
    calendars must see (OUTLOOK.md 7), so their SEQUENCE and LAST-MODIFIED go up and the
    feeds that show them are published again; returns those events."""
    if _location(before) == _location(venue):
        return []  # its capacity or notes: nothing a calendar shows
    now = rows.now_utc()
    changed = []
    for event in session.scalars(select(EventRow).where(EventRow.venue_id == venue.id)):
        event.sequence += 1
        # LAST-MODIFIED is written in whole seconds: it must read later than it did.
        previous = event.modified_at.replace(microsecond=0)
        event.modified_at = max(now, previous + timedelta(seconds=1))
        changed.append(event.id)
    return changed


def _location(venue: Venue | VenueRow) -> str:
    return Place(venue.name, venue.address, venue.city, venue.country).line
