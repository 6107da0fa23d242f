"""The fair organiser's deadlines of an event's stand by kind: what a playbook's tasks
counted from "the catalogue text's deadline" are counted from (kept with the tasks' moves,
``services.events.task_moves``, which count those tasks again when a deadline changes)."""

from __future__ import annotations

from eventplanner.services.events.task_moves import fair_deadline_dates as fair_deadline_dates
