"""Editing events: the event editor, its recurrence and timing fields, and undoable changes."""
