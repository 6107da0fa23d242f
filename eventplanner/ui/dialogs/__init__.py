"""Small questions every part of the window may ask: go to a date, the display zone, discard
the edits. A capability's own dialogs live in its package (the event editor in
``eventplanner.ui.events``, the import dialog in ``eventplanner.ui.importing``, ...).
"""
