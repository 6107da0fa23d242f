"""Every command of the window as a QAction, with its shortcut, made in one place."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from eventplanner.ui.navigation import ViewKind


def _standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


def _year_icon() -> QIcon:
    """Twelve small months, four by three (no standard icon says "year")."""
    icon = QIcon()
    palette = QApplication.palette()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        frame = QRectF(0.5 * unit, 2 * unit, 15 * unit, 12 * unit)
        painter.setPen(palette.color(palette.ColorRole.WindowText))
        painter.setBrush(palette.color(palette.ColorRole.Base))
        painter.drawRoundedRect(frame, unit, unit)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.color(palette.ColorRole.WindowText)))
        for row in range(3):
            for col in range(4):
                cell = QRectF((2 + col * 3.25) * unit, (4 + row * 3.25) * unit, 2.5 * unit,
                              2.5 * unit)  # fmt: skip
                painter.drawRect(cell)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


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
        icon: QIcon | None = None,
        tip: str = "",
    ) -> QAction:
        made = QAction(text, owner)
        if shortcut is not None:
            made.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            made.setIcon(icon)
        if tip:
            made.setToolTip(tip)
            made.setStatusTip(tip)
        return made

    tr = owner.tr
    sp = QStyle.StandardPixmap
    views = QActionGroup(owner)
    show_agenda = action(
        tr("&Agenda"),
        "Ctrl+1",
        _standard(sp.SP_FileDialogDetailedView),
        tr("A list of what is coming, week by week"),
    )
    show_month = action(
        tr("&Month"),
        "Ctrl+2",
        _standard(sp.SP_FileDialogListView),
        tr("The month as a calendar grid"),
    )
    show_week = action(
        tr("&Week"),
        "Ctrl+3",
        _standard(sp.SP_FileDialogContentsView),
        tr("The week as a time grid"),
    )
    show_year = action(
        tr("&Year"),
        "Ctrl+4",
        _year_icon(),
        tr("The months of the year at a glance: busy seasons and multi-day events"),
    )
    for view_action in (show_agenda, show_month, show_week, show_year):
        view_action.setCheckable(True)
        views.addAction(view_action)
    return Actions(
        new_database=action(tr("&New database…"), None, None, tr("Start an empty planning file")),
        open_database=action(
            tr("&Open database…"), QKeySequence.StandardKey.Open, _standard(sp.SP_DialogOpenButton)
        ),
        open_sample=action(
            tr("Open the &sample database"),
            None,
            None,
            tr("A year and a half of example events to try things on"),
        ),
        quit=action(tr("&Quit"), QKeySequence.StandardKey.Quit),
        new_event=action(
            tr("&New event…"),
            QKeySequence.StandardKey.New,
            _standard(sp.SP_FileIcon),
            tr("Plan a new event"),
        ),
        edit_event=action(tr("&Edit event…"), "Ctrl+E"),
        duplicate_event=action(tr("D&uplicate event…"), "Ctrl+D"),
        cancel_event=action(tr("&Cancel event")),
        delete_event=action(tr("De&lete event"), QKeySequence.StandardKey.Delete),
        find=action(tr("&Find"), QKeySequence.StandardKey.Find),
        today=action(tr("&Today"), "T", _standard(sp.SP_DialogResetButton), tr("Go to today (T)")),
        previous=action(
            tr("&Previous"), "PgUp", _standard(sp.SP_ArrowBack), tr("Back a month (Page Up)")
        ),
        following=action(
            tr("&Next"), "PgDown", _standard(sp.SP_ArrowForward), tr("On a month (Page Down)")
        ),
        go_to_date=action(tr("&Go to date…"), "Ctrl+G"),
        show_agenda=show_agenda,
        show_month=show_month,
        show_week=show_week,
        show_year=show_year,
        manage_venues=action(tr("&Venues…")),
        manage_organisations=action(tr("&Organisations…")),
        manage_contacts=action(tr("&Contacts…")),
        manage_projects=action(tr("&Projects…")),
        manage_tags=action(tr("&Tags…")),
        display_zone=action(tr("Display &time zone…")),
        about=action(tr("&About Eventplanner")),
        views=views,
        step_tips={
            ViewKind.MONTH: (tr("Back a month (Page Up)"), tr("On a month (Page Down)")),
            ViewKind.WEEK: (tr("Back a week (Page Up)"), tr("On a week (Page Down)")),
            ViewKind.YEAR: (tr("Back a year (Page Up)"), tr("On a year (Page Down)")),
        },
    )
