"""Every service over one open database, each made (and its modules loaded) when first used.

Opening a database and reading a month needs the database layer and ``EventQueries`` only:
the editing, catalog, import, export and feed services (and what they load: the iCalendar
writer and reader, the import plans) are made the first time someone asks for them, so the
window's first answer from the database does not wait for them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.engine import URL

from eventplanner.persistence.database import Database, default_database_path
from eventplanner.services.events.queries import EventQueries
from eventplanner.services.files import remove_stale_temporaries
from eventplanner.services.team.notices import announce_changes

if TYPE_CHECKING:
    from eventplanner.domain.model import Contact, Organisation, Project, Tag, Venue
    from eventplanner.services.budget.service import BudgetService
    from eventplanner.services.catalog.service import CatalogService
    from eventplanner.services.conflicts.programme import ProgrammeConflicts
    from eventplanner.services.conflicts.service import ConflictService
    from eventplanner.services.conflicts.subscriptions import SubscriptionService
    from eventplanner.services.events.service import EventService
    from eventplanner.services.exporting.export import ExportService
    from eventplanner.services.feeds.service import FeedService
    from eventplanner.services.importing.service import ImportService
    from eventplanner.services.personal_data.service import PersonalDataService
    from eventplanner.services.playbooks.service import PlaybookService
    from eventplanner.services.programme.releases import ReleaseService
    from eventplanner.services.programme.service import ProgrammeService
    from eventplanner.services.registrations.people import PeopleDirectory
    from eventplanner.services.registrations.service import RegistrationService
    from eventplanner.services.registrations.sheet_export import RegistrationLists
    from eventplanner.services.registrations.sheet_import import RegistrationImports
    from eventplanner.services.reports.service import ReportService
    from eventplanner.services.reports.targets import TargetService
    from eventplanner.services.rota.service import RotaService
    from eventplanner.services.stand.service import StandService
    from eventplanner.services.tasks.service import TaskService
    from eventplanner.services.working_days.service import WorkingDaysService

S = TypeVar("S")


class Workspace:
    """The open planning database and what can be done with it."""

    def __init__(self, database: Database) -> None:
        self.database = database
        announce_changes(database)  # other windows on the database hear what is written here
        self.queries = EventQueries(database)
        self._made: dict[str, Any] = {}
        # Any thread may ask first (the window's reader, writer and reading-ahead threads):
        # each service is made once. Reentrant: the feeds' service asks for the export's.
        self._making = threading.RLock()

    def __repr__(self) -> str:
        return f"Workspace({self.database.display_name!r})"

    def _service(self, name: str, make: Callable[[Database], S]) -> S:
        made = self._made.get(name)
        if made is None:
            with self._making:
                made = self._made.get(name)
                if made is None:
                    made = self._made[name] = make(self.database)
        return made

    @property
    def events(self) -> EventService:
        from eventplanner.services.events.service import EventService

        return self._service("events", EventService)

    @property
    def imports(self) -> ImportService:
        from eventplanner.services.importing.service import ImportService

        return self._service("imports", ImportService)

    @property
    def venues(self) -> CatalogService[Venue]:
        from eventplanner.services.catalog import service as catalog

        return self._service("venues", catalog.venues)

    @property
    def organisations(self) -> CatalogService[Organisation]:
        from eventplanner.services.catalog import service as catalog

        return self._service("organisations", catalog.organisations)

    @property
    def contacts(self) -> CatalogService[Contact]:
        from eventplanner.services.catalog import service as catalog

        return self._service("contacts", catalog.contacts)

    @property
    def projects(self) -> CatalogService[Project]:
        from eventplanner.services.catalog import service as catalog

        return self._service("projects", catalog.projects)

    @property
    def tags(self) -> CatalogService[Tag]:
        from eventplanner.services.catalog import service as catalog

        return self._service("tags", catalog.tags)

    @property
    def registrations(self) -> RegistrationService:
        from eventplanner.services.catalog.usage import contact_in_use
        from eventplanner.services.registrations.service import RegistrationService

        return self._service(
            "registrations", lambda database: RegistrationService(database, contact_in_use)
        )

    @property
    def registration_imports(self) -> RegistrationImports:
        """Registrations from spreadsheets (CSV, XLSX): previewed, imported, undone."""
        from eventplanner.services.catalog.usage import contacts_in_use, organisation_in_use
        from eventplanner.services.registrations.sheet_import import RegistrationImports

        return self._service(
            "registration_imports",
            lambda database: RegistrationImports(database, contacts_in_use, organisation_in_use),
        )

    @property
    def registration_lists(self) -> RegistrationLists:
        """Participant lists to CSV or XLSX files, and their e-mail addresses."""
        from eventplanner.services.registrations.sheet_export import RegistrationLists

        return self._service("registration_lists", RegistrationLists)

    @property
    def people(self) -> PeopleDirectory:
        """People as participants: found by e-mail or name, listed across events."""
        from eventplanner.services.registrations.people import PeopleDirectory

        return self._service("people", PeopleDirectory)

    @property
    def personal_data(self) -> PersonalDataService:
        """What is held about a person: its export, anonymising, erasing, retention."""
        from eventplanner.services.personal_data.service import PersonalDataService

        return self._service("personal_data", PersonalDataService)

    @property
    def export(self) -> ExportService:
        from eventplanner.services.exporting.export import ExportService

        return self._service("export", ExportService)

    @property
    def feeds(self) -> FeedService:
        from eventplanner.services.feeds.service import FeedService

        return self._service("feeds", lambda db: FeedService(db, self.export))

    @property
    def programme(self) -> ProgrammeService:
        from eventplanner.services.programme.service import ProgrammeService

        return self._service("programme", ProgrammeService)

    @property
    def stand(self) -> StandService:
        """An event's stand at a fair: co-exhibitors, deadlines, badges, materials."""
        from eventplanner.services.stand.service import StandService

        return self._service("stand", StandService)

    @property
    def budget(self) -> BudgetService:
        """Events' and projects' budgets: lines, co-exhibitors' shares, totals (issue 16)."""
        from eventplanner.services.budget.service import BudgetService

        return self._service("budget", BudgetService)

    @property
    def reports(self) -> ReportService:
        """The funder's report of a project for a period (issue 16)."""
        from eventplanner.services.reports.service import ReportService

        return self._service("reports", ReportService)

    @property
    def targets(self) -> TargetService:
        """Projects' targets for the funder's report (issue 16)."""
        from eventplanner.services.reports.targets import TargetService

        return self._service("targets", TargetService)

    @property
    def rota(self) -> RotaService:
        """Events' staff rotas: shifts, the people on them, people's skills."""
        from eventplanner.services.rota.service import RotaService

        return self._service("rota", RotaService)

    @property
    def releases(self) -> ReleaseService:
        """An event's programme releases; a release is held by the conflicts' service's
        holding conflicts."""
        from eventplanner.services.conflicts.holding import holding_finder
        from eventplanner.services.programme.releases import ReleaseService

        return self._service(
            "releases", lambda db: ReleaseService(db, holding_finder(db, lambda: self.conflicts))
        )

    @property
    def tasks(self) -> TaskService:
        """Tasks and their deadlines (issue 15)."""
        from eventplanner.services.tasks.service import TaskService

        return self._service("tasks", TaskService)

    @property
    def working_days(self) -> WorkingDaysService:
        """The database's working days: bridge days off or not, its own days off."""
        from eventplanner.services.working_days.service import WorkingDaysService

        return self._service("working_days", WorkingDaysService)

    @property
    def playbooks(self) -> PlaybookService:
        """Playbooks, built in and the team's, and applying one to an event (issue 15)."""
        from eventplanner.services.playbooks.service import PlaybookService

        return self._service("playbooks", PlaybookService)

    @property
    def subscriptions(self) -> SubscriptionService:
        from eventplanner.services.conflicts.subscriptions import SubscriptionService

        return self._service("subscriptions", SubscriptionService)

    @property
    def conflicts(self) -> ConflictService:

        return self._service("conflicts", self._make_conflicts)

    @property
    def programme_conflicts(self) -> ProgrammeConflicts:
        from eventplanner.services.conflicts.programme import ProgrammeConflicts

        return self._service("programme_conflicts", ProgrammeConflicts)

    def _make_conflicts(self, database: Database) -> ConflictService:
        from eventplanner.services.conflicts.service import ConflictService

        made = ConflictService(database, self.subscriptions)
        made.add_finder(self.programme_conflicts)
        return made

    @classmethod
    def open(
        cls,
        url: str | Path | URL | None = None,
        *,
        password: str | None = None,
        tidy: bool = True,
    ) -> Workspace:
        """Open (and upgrade) the database at ``url``; the default file if None; and with
        ``tidy`` clear away what publications killed midway left in the feeds' folders
        (without it, call ``remove_leftovers`` soon after: the window does so once it has
        shown the database's first answer)."""
        workspace = cls(Database.open(url, password=password))
        if tidy:
            try:
                workspace.remove_leftovers()
            except BaseException:
                workspace.close()
                raise
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
