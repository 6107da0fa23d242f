"""Every service over one open database, created together."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL

from eventplanner.domain.model import Contact, Organisation, Project, Tag, Venue
from eventplanner.persistence.database import Database, default_database_path
from eventplanner.services.catalog import service as catalog
from eventplanner.services.catalog.service import CatalogService
from eventplanner.services.conflicts.programme import ProgrammeConflicts
from eventplanner.services.conflicts.service import ConflictService
from eventplanner.services.conflicts.subscriptions import SubscriptionService
from eventplanner.services.events.queries import EventQueries
from eventplanner.services.events.service import EventService
from eventplanner.services.exporting.export import ExportService
from eventplanner.services.feeds.service import FeedService
from eventplanner.services.files import remove_stale_temporaries
from eventplanner.services.importing.service import ImportService
from eventplanner.services.programme.service import ProgrammeService
from eventplanner.services.team.notices import announce_changes


@dataclass
class Workspace:
    """The open planning database and what can be done with it."""

    database: Database
    events: EventService = field(init=False)
    queries: EventQueries = field(init=False)
    imports: ImportService = field(init=False)
    venues: CatalogService[Venue] = field(init=False)
    organisations: CatalogService[Organisation] = field(init=False)
    contacts: CatalogService[Contact] = field(init=False)
    projects: CatalogService[Project] = field(init=False)
    tags: CatalogService[Tag] = field(init=False)
    export: ExportService = field(init=False)
    feeds: FeedService = field(init=False)
    programme: ProgrammeService = field(init=False)
    subscriptions: SubscriptionService = field(init=False)
    conflicts: ConflictService = field(init=False)
    programme_conflicts: ProgrammeConflicts = field(init=False)

    def __post_init__(self) -> None:
        db = self.database
        announce_changes(db)  # other windows on the database hear what is written here
        self.events = EventService(db)
        self.queries = EventQueries(db)
        self.imports = ImportService(db)
        self.venues = catalog.venues(db)
        self.organisations = catalog.organisations(db)
        self.contacts = catalog.contacts(db)
        self.projects = catalog.projects(db)
        self.tags = catalog.tags(db)
        self.export = ExportService(db)
        self.feeds = FeedService(db, self.export)
        self.programme = ProgrammeService(db)
        self.subscriptions = SubscriptionService(db)
        self.conflicts = ConflictService(db, self.subscriptions)
        self.programme_conflicts = ProgrammeConflicts(db)
        self.conflicts.add_finder(self.programme_conflicts)

    @classmethod
    def open(cls, url: str | Path | URL | None = None, *, password: str | None = None) -> Workspace:
        """Open (and upgrade) the database at ``url``; the default file if None; and clear
        away what publications killed midway left in the feeds' folders."""
        workspace = cls(Database.open(url, password=password))
        workspace.remove_leftovers()
        return workspace

    def remove_leftovers(self) -> int:
        """Delete the temporary files that publishers which died (a killed process, a
        crash) left in the feeds' folders, where a sync client would spread them; returns
        how many."""
        targets = (self.feeds.file_path(feed) for feed in self.feeds.list())
        return sum(remove_stale_temporaries(target) for target in targets if target is not None)

    def close(self) -> None:
        self.database.close()


def sample_database_path() -> Path:
    """Where the sample planning year is kept: beside the default database."""
    return default_database_path().with_name("sample.sqlite")
