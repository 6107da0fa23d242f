"""Every command of the window as a QAction, with its shortcut, made in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from eventplanner.ui.icons import icon
from eventplanner.ui.window.navigation import ViewKind

# Every text is spelled out in a translate("Actions", "…") call: lupdate
# (tools/translations.py) collects only literal texts in calls named tr or translate.
translate = QCoreApplication.translate


class Actions:
    """The window's actions: one set per window, never compared nor printed.

    A plain class, not a dataclass: the ``__init__`` a dataclass writes for 39 fields is
    compiled as the window's modules load, before the first paint (0.7 ms here); this one
    checks that every action is given, and no other."""

    new_database: QAction
    open_database: QAction
    open_sample: QAction
    quit: QAction
    new_event: QAction
    edit_event: QAction
    duplicate_event: QAction
    cancel_event: QAction
    delete_event: QAction
    find: QAction
    today: QAction
    previous: QAction
    following: QAction
    go_to_date: QAction
    show_agenda: QAction
    show_month: QAction
    show_week: QAction
    show_year: QAction
    manage_venues: QAction
    manage_organisations: QAction
    manage_contacts: QAction
    manage_projects: QAction
    manage_tags: QAction
    display_zone: QAction
    import_events: QAction
    export: QAction
    export_selected: QAction
    export_programme: QAction
    open_in_outlook: QAction
    print_programme: QAction
    manage_feeds: QAction
    serve_feeds: QAction
    show_conflicts: QAction
    show_tasks: QAction
    apply_playbook: QAction
    show_playbooks: QAction
    show_programme: QAction
    release_programme: QAction
    show_stand: QAction
    show_rota: QAction
    show_budget: QAction
    show_participants: QAction
    show_checkin: QAction
    show_reports: QAction
    manage_subscriptions: QAction
    manage_working_days: QAction
    manage_personal_data: QAction
    about: QAction
    views: QActionGroup
    step_tips: dict[ViewKind, tuple[str, str]]
    """Per view, what Previous and Next say they do."""

    def __init__(
        self,
        *,
        views: QActionGroup,
        step_tips: dict[ViewKind, tuple[str, str]],
        **actions: QAction,
    ) -> None:
        if actions.keys() != _ACTION_NAMES:
            raise TypeError(f"actions missing {sorted(_ACTION_NAMES - actions.keys())}, "
                            f"not known {sorted(actions.keys() - _ACTION_NAMES)}")  # fmt: skip
        self.__dict__.update(actions)
        self.views = views
        self.step_tips = step_tips

    def view_actions(self) -> dict[ViewKind, QAction]:
        """The action that shows each view."""
        return {
            ViewKind.AGENDA: self.show_agenda,
            ViewKind.MONTH: self.show_month,
            ViewKind.WEEK: self.show_week,
            ViewKind.YEAR: self.show_year,
        }

    def show_steps_of(self, view: ViewKind) -> None:
        """Let Previous and Next tell how far they go in ``view`` (a week, a month, a year)."""
        back, on = self.step_tips.get(view, self.step_tips[ViewKind.MONTH])
        for made, tip in ((self.previous, back), (self.following, on)):
            made.setToolTip(tip)
            made.setStatusTip(tip)


_ACTION_NAMES = frozenset(
    name for name, kind in Actions.__annotations__.items() if kind == "QAction"
)
"""Every action of ``Actions`` (its fields of type QAction)."""


def make_actions(owner: QObject) -> Actions:
    def action(
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        drawing: str | None = None,
        tip: str = "",
    ) -> QAction:
        made = QAction(text, owner)
        if shortcut is not None:
            made.setShortcut(QKeySequence(shortcut))
        if drawing is not None:
            made.setIcon(icon(drawing))
        if tip:
            made.setToolTip(tip)
            made.setStatusTip(tip)
        return made

    views = QActionGroup(owner)
    show_agenda = action(
        translate("Actions", "&Agenda"),
        "Ctrl+1",
        "agenda",
        translate("Actions", "A list of what is coming, week by week"),
    )
    show_month = action(
        translate("Actions", "&Month"),
        "Ctrl+2",
        "month",
        translate("Actions", "The month as a calendar grid"),
    )
    show_week = action(
        translate("Actions", "&Week"),
        "Ctrl+3",
        "week",
        translate("Actions", "The week as a time grid"),
    )
    show_year = action(
        translate("Actions", "&Year"),
        "Ctrl+4",
        "year",
        translate(
            "Actions", "The months of the year at a glance: busy seasons and multi-day events"
        ),
    )
    serve_feeds = action(
        translate("Actions", "&Serve feeds"),
        None,
        "serve",
        translate("Actions", "Serve the feeds on this computer, for Outlook to subscribe to"),
    )
    serve_feeds.setCheckable(True)
    for view_action in (show_agenda, show_month, show_week, show_year):
        view_action.setCheckable(True)
        views.addAction(view_action)
    return Actions(
        new_database=action(
            translate("Actions", "&New database…"),
            None,
            "new-database",
            translate("Actions", "Start an empty planning file"),
        ),
        open_database=action(
            translate("Actions", "&Open database…"), QKeySequence.StandardKey.Open, "open-database"
        ),
        open_sample=action(
            translate("Actions", "Open the &sample database"),
            None,
            "sample-database",
            translate("Actions", "A year and a half of example events to try things on"),
        ),
        quit=action(translate("Actions", "&Quit"), QKeySequence.StandardKey.Quit),
        new_event=action(
            translate("Actions", "&New event…"),
            QKeySequence.StandardKey.New,
            "new-event",
            translate("Actions", "Plan a new event"),
        ),
        edit_event=action(translate("Actions", "&Edit event…"), "Ctrl+E", "edit"),
        duplicate_event=action(translate("Actions", "D&uplicate event…"), "Ctrl+D", "duplicate"),
        cancel_event=action(translate("Actions", "&Cancel event"), None, "cancel-event"),
        delete_event=action(
            translate("Actions", "De&lete event"), QKeySequence.StandardKey.Delete, "delete"
        ),
        find=action(translate("Actions", "&Find"), QKeySequence.StandardKey.Find, "search"),
        today=action(
            translate("Actions", "&Today"), "T", "today", translate("Actions", "Go to today (T)")
        ),
        previous=action(
            translate("Actions", "&Previous"),
            "PgUp",
            "previous",
            translate("Actions", "Back a month (Page Up)"),
        ),
        following=action(
            translate("Actions", "&Next"),
            "PgDown",
            "next",
            translate("Actions", "On a month (Page Down)"),
        ),
        go_to_date=action(translate("Actions", "&Go to date…"), "Ctrl+G"),
        show_agenda=show_agenda,
        show_month=show_month,
        show_week=show_week,
        show_year=show_year,
        manage_venues=action(translate("Actions", "&Venues…"), None, "venues"),
        manage_organisations=action(translate("Actions", "&Organisations…"), None, "organisations"),
        manage_contacts=action(translate("Actions", "&Contacts…"), None, "contacts"),
        manage_projects=action(translate("Actions", "&Projects…"), None, "projects"),
        manage_tags=action(translate("Actions", "&Tags…"), None, "tags"),
        display_zone=action(translate("Actions", "Display &time zone…"), None, "time-zone"),
        import_events=action(
            translate("Actions", "&Import…"),
            "Ctrl+Shift+I",
            "import",
            translate("Actions", "Read events from .ics files (Outlook, Google, Apple, others)"),
        ),
        export=action(
            translate("Actions", "&Export…"),
            "Ctrl+Shift+E",
            "export",
            translate("Actions", "Write events to an .ics file for Outlook"),
        ),
        export_selected=action(translate("Actions", "Export selected…"), None, "export"),
        export_programme=action(
            translate("Actions", "Export &programme…"),
            None,
            None,
            translate("Actions", "The selected event's programme for conference apps (frab)"),
        ),
        open_in_outlook=action(
            translate("Actions", "Open in &Outlook"),
            None,
            "open-outlook",
            translate("Actions", "Open the selected event in the calendar application"),
        ),
        print_programme=action(
            translate("Actions", "&Print programme…"),
            QKeySequence.StandardKey.Print,
            None,
            translate("Actions", "The selected event's programme, run sheet or door sheet"),
        ),
        manage_feeds=action(
            translate("Actions", "&Feeds…"),
            None,
            "feeds",
            translate("Actions", "Calendars others subscribe to from Outlook"),
        ),
        serve_feeds=serve_feeds,
        show_conflicts=action(
            translate("Actions", "&Conflicts…"),
            "Ctrl+Shift+K",
            "warning",
            translate("Actions", "Holidays, double bookings and clashes in a period"),
        ),
        show_tasks=action(
            translate("Actions", "Tas&ks…"),
            "Ctrl+Shift+T",
            "tasks",
            translate("Actions", "Your to-do items: overdue, today, this week, later"),
        ),
        apply_playbook=action(
            translate("Actions", "Apply play&book…"),
            None,
            None,
            translate("Actions", "Make the selected event's tasks from a playbook"),
        ),
        show_reports=action(
            translate("Actions", "Rep&orts…"),
            None,
            None,
            translate("Actions", "A project's report to its funder: what it held, whom it reached"),
        ),
        show_playbooks=action(
            translate("Actions", "E&dit playbooks…"),
            None,
            None,
            translate("Actions", "The playbooks' tasks and deadlines; share them as files"),
        ),
        show_programme=action(
            translate("Actions", "&Programme…"),
            "Ctrl+Shift+P",
            None,
            translate("Actions", "The selected event's timetable, sessions and people"),
        ),
        release_programme=action(
            translate("Actions", "&Release programme…"),
            None,
            None,
            translate("Actions", "Release the selected event's draft programme to subscribers"),
        ),
        show_stand=action(
            translate("Actions", "&Stand…"),
            None,
            None,
            translate(
                "Actions", "The selected fair's stand: co-exhibitors, deadlines, badges, materials"
            ),
        ),
        show_rota=action(
            translate("Actions", "R&ota…"),
            None,
            None,
            translate("Actions", "The selected event's staff rota: shifts, people and coverage"),
        ),
        show_budget=action(
            translate("Actions", "&Budget…"),
            None,
            None,
            translate(
                "Actions", "The selected event's budget: costs and income, planned and actual"
            ),
        ),
        show_participants=action(
            translate("Actions", "Part&icipants…"),
            None,
            None,
            translate(
                "Actions", "Who registered for the selected event, its waitlist and attendance"
            ),
        ),
        show_checkin=action(
            translate("Actions", "C&heck-in…"),
            None,
            None,
            translate(
                "Actions", "The selected event's door: find people as you type, mark them arrived"
            ),
        ),
        manage_subscriptions=action(
            translate("Actions", "&Subscribed calendars…"),
            None,
            None,
            translate("Actions", "Others' calendars your events are checked against"),
        ),
        manage_personal_data=action(
            translate("Actions", "&Personal data…"),
            None,
            None,
            translate(
                "Actions",
                "Find a person across all events: export, anonymise or erase what is held",
            ),
        ),
        manage_working_days=action(
            translate("Actions", "&Working days…"),
            None,
            None,
            translate(
                "Actions", "The days deadlines count as working days: bridge days, own days off"
            ),
        ),
        about=action(translate("Actions", "&About Eventplanner"), None, "about"),
        views=views,
        step_tips={
            ViewKind.MONTH: (
                translate("Actions", "Back a month (Page Up)"),
                translate("Actions", "On a month (Page Down)"),
            ),
            ViewKind.WEEK: (
                translate("Actions", "Back a week (Page Up)"),
                translate("Actions", "On a week (Page Down)"),
            ),
            ViewKind.YEAR: (
                translate("Actions", "Back a year (Page Up)"),
                translate("Actions", "On a year (Page Down)"),
            ),
        },
    )
