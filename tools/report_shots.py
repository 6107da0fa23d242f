"""The Reports view's screenshots (``tools/screenshots.py --reports``): the steel project's
report with people registered for its seminars and workshops held so far (the sample's own
registrations come with the sample's participants; these stand in for them here).

reports.png is View → Reports… on the steel project, the seminars' attendance clicked (the
people behind it listed beside); report_page.png the first page of its PDF, drawn by the
painting code that writes the PDF, in Swedish."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import ActorType, CompanySize, OrganisationType
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.workspace import Workspace

STEEL = "Stålindustrins digitalisering"
_ACTORS = {
    OrganisationType.MEMBER_COMPANY: ActorType.INDUSTRY,
    OrganisationType.PARTNER: ActorType.INDUSTRY,
    OrganisationType.UNIVERSITY_OR_INSTITUTE: ActorType.ACADEMIA,
    OrganisationType.PUBLIC_SECTOR: ActorType.PUBLIC_SECTOR,
    OrganisationType.FUNDER: ActorType.PUBLIC_SECTOR,
    OrganisationType.OTHER: ActorType.CIVIL_SOCIETY,
}


def steel_project(workspace: Workspace) -> int:
    return next(p.id or 0 for p in workspace.projects.list() if p.name.startswith(STEEL))


def with_report_registrations(workspace: Workspace) -> int:
    """The sample's organisations given actor types and sizes, and its people registered
    for the steel project's events held so far (most attended); returns the project's id."""
    chance = random.Random(16)
    for index, organisation in enumerate(workspace.organisations.list()):
        actor = _ACTORS.get(organisation.type, ActorType.OTHER)
        size = None
        if actor is ActorType.INDUSTRY:
            size = CompanySize.SME if index % 3 else CompanySize.LARGE
        workspace.organisations.update(replace(organisation, actor_type=actor, size=size))
    project = steel_project(workspace)
    today = datetime.now(ZoneInfo("Europe/Stockholm")).date()
    held = {o.event_id for o in workspace.queries.occurrences(
        TimeWindow.days(today - timedelta(days=400), today),
        EventFilter(project_ids=frozenset({project})),
    )}  # fmt: skip
    people = [c.id or 0 for c in workspace.contacts.list()]
    statuses = [RegistrationStatus.ATTENDED] * 5 + [RegistrationStatus.NO_SHOW]
    for event_id in sorted(held):
        for contact in chance.sample(people, min(len(people), chance.randint(8, 16))):
            workspace.registrations.register(event_id, contact, status=chance.choice(statuses))
    return project


def report_shots(window, later, project: int, out: Path) -> None:  # type: ignore[no-untyped-def]
    shown = []

    def open_reports() -> None:
        made = window.commands.show_reports()
        made.resize(1240, 820)
        made.choose_project(project)
        shown.append(made)

    def click_attended() -> None:
        made = shown[0]
        model = made.models["events"]
        row = next((r for r in range(model.rowCount()) if model.index(r, 0).data() == "Seminar"),
                   0)  # fmt: skip
        made.views["events"].clicked.emit(model.index(row, 6))

    def page() -> None:
        from eventplanner.printing.report import report_page_image

        report = shown[0].report
        today = date.today()  # noqa: DTZ011 - the sample is built around the local today
        report_page_image(report, "sv", today, 1, dpi=110).save(str(out / "report_page.png"))

    later(open_reports)
    later(click_attended)
    later(lambda: shown[0].grab().save(str(out / "reports.png")))
    later(page)
