"""The sample planning year: a realistic cluster year to try Eventplanner on.

Everything is placed relative to ``today`` so that the sample always looks current: it runs
from about three months before to fifteen months after. Yearly events keep their season
(innovation days in ISO week 4, the Västerås fair in week 11, ...) and their weekday; a date
that lands on a Swedish public holiday, in the Christmas break or in the industry's summer
weeks moves a week away (later for what lies ahead, earlier for what is past). Status follows
the calendar the way a coordinator keeps it: past events are completed, the next two months
confirmed, the rest planned, and what lies beyond about nine months is still a draft.

The data is this package's on purpose: a catalogue of the product's world, kept in one place.
``calendar`` knows the working days, ``catalog`` the organisations, contacts, venues and
projects, ``year`` the window and the queue of events, and ``fairs_and_launches``,
``courses_and_projects`` and ``meetings`` the events themselves, ``programme`` the
programmes of the innovation days, the report launch, the Västerås fair and the seminars,
``stands`` the trade fairs' shared stands, ``rotas`` their staff rotas, ``tasks`` every
event's tasks from the playbook of its kind, ``budgets`` the budgets of a few events,
``people`` the participants and their organisations (each with its identity for reach
counts) and ``registrations`` who registered for which event (waitlists, no-shows and all).
Building is deterministic for a given ``today`` (only the iCalendar UIDs are random).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.timezones import zone
from eventplanner.services.sample.budgets import add_budgets
from eventplanner.services.sample.calendar import STOCKHOLM
from eventplanner.services.sample.catalog import create_catalog
from eventplanner.services.sample.courses_and_projects import (
    CANCELLED_SESSION,
    COURSE_SERIES_TITLE,
    COURSE_SESSIONS,
    MOVED_SESSION,
    add_courses,
    add_dissemination,
    add_other_projects,
)
from eventplanner.services.sample.fairs_and_launches import (
    add_fairs,
    add_innovation_days,
    add_launch,
)
from eventplanner.services.sample.feeds import add_feeds
from eventplanner.services.sample.meetings import (
    NETWORK_SERIES_TITLE,
    add_association,
    add_networks,
    add_webinars,
)
from eventplanner.services.sample.people import add_people
from eventplanner.services.sample.programme import add_programmes
from eventplanner.services.sample.registrations import add_registrations
from eventplanner.services.sample.rotas import add_rotas
from eventplanner.services.sample.stands import add_stands
from eventplanner.services.sample.targets import add_targets
from eventplanner.services.sample.tasks import add_tasks
from eventplanner.services.sample.year import SampleYear
from eventplanner.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class SampleSummary:
    """What :func:`build_sample` created."""

    events: int
    """Events as stored: a series counts once."""
    series: int
    changed_occurrences: int
    venues: int
    organisations: int
    contacts: int
    projects: int
    tags: int
    first_day: date
    last_day: date
    feeds: int = 0
    sessions: int = 0
    """Sessions of the programmes (the innovation days', the report launch's)."""
    tasks: int = 0
    """Tasks from the playbooks of the events' kinds (issue 15)."""
    stands: int = 0
    """The trade fairs' shared stands."""
    shifts: int = 0
    """Shifts of the trade fairs' rotas."""
    budget_lines: int = 0
    """Budget lines of the fairs, a seminar, a mingle and the steel project (issue 16)."""
    participants: int = 0
    """The people made to register for the events (among ``contacts``; issue 16)."""
    registrations: int = 0
    """Registrations of the participants on the events, every status (issue 16)."""
    targets: int = 0
    """The steel project's targets for its funder's report (issue 16)."""


def build_sample(workspace: Workspace, *, today: date | None = None) -> SampleSummary:
    """Fill an empty database with a sample planning year placed around ``today``.

    Raises ValidationError (field ``database``) if the database already holds anything, so
    that a coordinator's own planning is never mixed with sample data.
    """
    if today is None:
        today = datetime.now(zone(STOCKHOLM)).date()
    _refuse_unless_empty(workspace)
    catalog = create_catalog(workspace, today)
    sample = SampleYear(today, catalog)
    # The order is the order the events are stored in (and so their ids).
    for add in (
        add_fairs,
        add_innovation_days,
        add_launch,
        add_courses,
        add_dissemination,
        add_other_projects,
        add_networks,
        add_webinars,
        add_association,
    ):
        add(sample)
    ids = workspace.events.create_many(sample.drafts)
    for index, change in sample.changes:
        workspace.events.change_occurrence(ids[index], change)
    sessions = add_programmes(workspace, sample.drafts, ids, catalog)
    tasks = add_tasks(workspace, sample.drafts, ids, today)
    stands = add_stands(workspace, sample.drafts, ids, catalog, today)
    shifts = add_rotas(workspace, sample.drafts, ids, today)
    budget_lines = add_budgets(workspace, sample.drafts, ids, catalog, today)
    targets = add_targets(workspace, catalog)
    feeds = add_feeds(workspace, catalog, today)
    with workspace.database.transaction() as session:
        people, new_organisations = add_people(session, catalog)
        registered = add_registrations(session, sample.drafts, ids, people, today)
    return SampleSummary(
        events=len(ids),
        series=sum(1 for d in sample.drafts if d.recurrence is not None),
        changed_occurrences=len(sample.changes),
        venues=len(catalog.venues),
        organisations=len(catalog.organisations) + new_organisations,
        contacts=catalog.contacts + len(people),
        projects=len(catalog.projects),
        tags=len(workspace.tags.list()),
        first_day=min(sample.days),
        last_day=max(sample.days),
        feeds=feeds,
        sessions=sessions,
        tasks=tasks,
        stands=stands,
        shifts=shifts,
        budget_lines=budget_lines,
        participants=len(people),
        registrations=registered.registrations,
        targets=targets,
    )


def _refuse_unless_empty(workspace: Workspace) -> None:
    events = workspace.queries.count()
    if events:
        plural = "" if events == 1 else "s"
        raise ValidationError(
            "database",
            f"already holds {events} event{plural}; the sample year is only built into an "
            "empty database (open a new file for it)",
        )
    for noun, service in (
        ("venues", workspace.venues),
        ("organisations", workspace.organisations),
        ("contacts", workspace.contacts),
        ("projects", workspace.projects),
        ("tags", workspace.tags),
        ("feeds", workspace.feeds),
    ):
        if service.list():
            raise ValidationError(
                "database",
                f"already holds {noun}; the sample year is only built into an empty database "
                "(open a new file for it)",
            )


__all__ = [
    "CANCELLED_SESSION",
    "COURSE_SERIES_TITLE",
    "COURSE_SESSIONS",
    "MOVED_SESSION",
    "NETWORK_SERIES_TITLE",
    "SampleSummary",
    "build_sample",
]
