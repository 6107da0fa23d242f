"""The application's dialogs: the event editor, and small questions (go to date, zone, ...).

A dialog receives plain data (for the event editor ``EventChoices`` and an ``EventDraft``)
and callbacks from the main window; it never opens a database. Import each dialog from its
own module (``eventplanner.ui.dialogs.event_dialog``) so the first window need not load it.
"""
