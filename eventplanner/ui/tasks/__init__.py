"""The coordinator's to-do items (issue 15): the Tasks view, the task dialog, the status bar's
counts, the calendar's deadline badges, the reminder and the move's preview. Not the
background jobs of ``ui/jobs.py``."""
