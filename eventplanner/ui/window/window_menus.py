"""The main window's menu bar and toolbar, laid out from its actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from eventplanner.ui.icons import icon
from eventplanner.ui.window.actions import Actions
from eventplanner.ui.window.undo_history import UndoHistory

# Spelled out in each call, so that pyside6-lupdate finds the texts (in the window's context).
translate = QCoreApplication.translate


def build_menus(
    window: QMainWindow, a: Actions, history: UndoHistory, recent: QMenu, languages: QMenu
) -> tuple[QAction, QAction]:
    """File, Edit, View, Manage, Help; returns the undo and redo actions."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([a.new_database, a.open_database, a.open_sample])
    file_menu.addMenu(recent)
    file_menu.addSeparator()
    file_menu.addActions([a.import_events, a.export, a.open_in_outlook])
    file_menu.addActions([a.print_programme, a.export_programme])
    file_menu.addSeparator()
    file_menu.addActions([a.manage_feeds, a.serve_feeds])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    undo, redo = history.undo_action, history.redo_action
    undo.setIcon(icon("undo"))
    redo.setIcon(icon("redo"))
    edit.addActions([undo, redo])
    edit.addSeparator()
    edit.addActions([a.new_event, a.edit_event, a.duplicate_event, a.cancel_event, a.delete_event])
    edit.addSeparator()
    edit.addAction(a.find)
    view = bar.addMenu(translate("MainWindow", "&View"))
    view.addActions([a.show_agenda, a.show_month, a.show_week, a.show_year])
    view.addSeparator()
    view.addActions([a.today, a.previous, a.following, a.go_to_date])
    view.addSeparator()
    view.addActions([a.show_conflicts, a.show_tasks, a.apply_playbook, a.show_playbooks])
    view.addActions([a.show_programme, a.release_programme, a.show_stand, a.show_rota,
                     a.show_participants, a.show_checkin, a.show_budget])  # fmt: skip
    view.addAction(a.show_reports)
    view.addSeparator()
    view.addAction(a.display_zone)
    view.addMenu(languages)
    manage = bar.addMenu(translate("MainWindow", "&Manage"))
    manage.addActions([a.manage_venues, a.manage_organisations, a.manage_contacts,
                       a.manage_projects, a.manage_tags])  # fmt: skip
    manage.addSeparator()
    manage.addActions([a.manage_feeds, a.manage_subscriptions])
    manage.addSeparator()
    manage.addAction(a.manage_working_days)
    manage.addAction(a.manage_personal_data)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(a.about)
    return undo, redo


def event_menu_actions(a: Actions) -> list[QAction]:
    """What a right-click on an event in the agenda, month or week offers."""
    return [a.edit_event, a.duplicate_event, a.cancel_event, a.delete_event,
            _separator(a.export), a.export_selected, a.open_in_outlook,
            _separator(a.show_programme), a.show_programme, a.release_programme,
            a.print_programme, a.apply_playbook, a.show_stand, a.show_rota,
            a.show_participants, a.show_checkin, a.show_budget]  # fmt: skip


def _separator(owner: QAction) -> QAction:
    made = QAction(owner.parent())
    made.setSeparator(True)
    return made


def build_toolbar(window: QMainWindow, a: Actions, undo: QAction, redo: QAction) -> QToolBar:
    bar = QToolBar(translate("MainWindow", "Main"), window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setIconSize(QSize(20, 20))
    layout = bar.layout()
    assert layout is not None  # a tool bar lays out its buttons itself
    layout.setSpacing(window.fontMetrics().averageCharWidth() // 2)
    bar.addAction(a.new_event)
    bar.addSeparator()
    bar.addActions([a.previous, a.today, a.following])
    bar.addSeparator()
    bar.addActions([a.show_agenda, a.show_month, a.show_week, a.show_year])
    bar.addSeparator()
    bar.addAction(a.show_tasks)
    bar.addSeparator()
    bar.addActions([undo, redo])
    window.addToolBar(bar)
    return bar
