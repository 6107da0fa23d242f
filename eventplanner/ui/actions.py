"""Every command of the window as a QAction, with its shortcut, made in one place."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from eventplanner.ui.icons import icon
from eventplanner.ui.navigation import ViewKind


@dataclass
class Actions:
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
    about: QAction
    views: QActionGroup
    step_tips: dict[ViewKind, tuple[str, str]] = field(default_factory=dict)
    """Per view, what Previous and Next say they do."""

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


def make_actions(owner: QObject) -> Actions:
    def action(
        text: str,
        shortcut: QKeySequence | str | None = None,
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

    tr = owner.tr
    views = QActionGroup(owner)
    show_agenda = action(
        tr("&Agenda"),
        "Ctrl+1",
        "agenda",
        tr("A list of what is coming, week by week"),
    )
    show_month = action(
        tr("&Month"),
        "Ctrl+2",
        "month",
        tr("The month as a calendar grid"),
    )
    show_week = action(
        tr("&Week"),
        "Ctrl+3",
        "week",
        tr("The week as a time grid"),
    )
    show_year = action(
        tr("&Year"),
        "Ctrl+4",
        "year",
        tr("The months of the year at a glance: busy seasons and multi-day events"),
    )
    for view_action in (show_agenda, show_month, show_week, show_year):
        view_action.setCheckable(True)
        views.addAction(view_action)
    return Actions(
        new_database=action(
            tr("&New database…"), None, "new-database", tr("Start an empty planning file")
        ),
        open_database=action(tr("&Open database…"), QKeySequence.StandardKey.Open, "open-database"),
        open_sample=action(
            tr("Open the &sample database"),
            None,
            "sample-database",
            tr("A year and a half of example events to try things on"),
        ),
        quit=action(tr("&Quit"), QKeySequence.StandardKey.Quit),
        new_event=action(
            tr("&New event…"),
            QKeySequence.StandardKey.New,
            "new-event",
            tr("Plan a new event"),
        ),
        edit_event=action(tr("&Edit event…"), "Ctrl+E", "edit"),
        duplicate_event=action(tr("D&uplicate event…"), "Ctrl+D", "duplicate"),
        cancel_event=action(tr("&Cancel event"), None, "cancel-event"),
        delete_event=action(tr("De&lete event"), QKeySequence.StandardKey.Delete, "delete"),
        find=action(tr("&Find"), QKeySequence.StandardKey.Find, "search"),
        today=action(tr("&Today"), "T", "today", tr("Go to today (T)")),
        previous=action(tr("&Previous"), "PgUp", "previous", tr("Back a month (Page Up)")),
        following=action(tr("&Next"), "PgDown", "next", tr("On a month (Page Down)")),
        go_to_date=action(tr("&Go to date…"), "Ctrl+G"),
        show_agenda=show_agenda,
        show_month=show_month,
        show_week=show_week,
        show_year=show_year,
        manage_venues=action(tr("&Venues…"), None, "venues"),
        manage_organisations=action(tr("&Organisations…"), None, "organisations"),
        manage_contacts=action(tr("&Contacts…"), None, "contacts"),
        manage_projects=action(tr("&Projects…"), None, "projects"),
        manage_tags=action(tr("&Tags…"), None, "tags"),
        display_zone=action(tr("Display &time zone…"), None, "time-zone"),
        about=action(tr("&About Eventplanner"), None, "about"),
        views=views,
        step_tips={
            ViewKind.MONTH: (tr("Back a month (Page Up)"), tr("On a month (Page Down)")),
            ViewKind.WEEK: (tr("Back a week (Page Up)"), tr("On a week (Page Down)")),
            ViewKind.YEAR: (tr("Back a year (Page Up)"), tr("On a year (Page Down)")),
        },
    )
