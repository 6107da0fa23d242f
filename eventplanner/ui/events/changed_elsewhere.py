"""An open editor hears that its event was saved by someone else since it was opened, and
says what changed, field by field, before anything is saved.

The editor keeps everything typed. Saving still meets the revision check of the services
(the guard), which refuses it; the notice says so ahead of time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from shiboken6 import isValid

from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.event_differences import changed_fields
from eventplanner.domain.model import Event
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.ui.labels import busy_label, kind_label, reminder_label, status_label
from eventplanner.ui.planner import Planner
from eventplanner.ui.text import date_text, time_text
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace
    from eventplanner.ui.events.event_dialog import EventDialog

_LONGEST_VALUE = 60


class ChangedElsewhere(QObject):
    """Watches, for as long as ``dialog`` lives, whether ``opened`` is saved elsewhere."""

    def __init__(
        self, planner: Planner, dialog: EventDialog, opened: Event, display_zone: str
    ) -> None:
        super().__init__(dialog)  # goes with the dialog, and its connection with it
        self._planner = planner
        self._dialog = dialog
        self._opened = opened
        self._zone = display_zone
        planner.changed_elsewhere.connect(self._heard)

    def _heard(self, changes: ChangeSet) -> None:
        if not (changes.everything or self._opened.id in changes.ids(Kind.EVENT)):
            return
        ident = self._opened.id

        def current(workspace: Workspace) -> Event | None:
            try:
                return workspace.events.get(ident)
            except NotFoundError:
                return None

        self._planner.read(current, self._read, key=f"changed-elsewhere-{ident}")

    def _read(self, now: Event | None) -> None:
        if not isValid(self._dialog):
            return  # closed meanwhile
        if now is not None and not changed_fields(self._opened, now):
            # Not this event after all (a change of everything, or its venue's), or only
            # its programme: saving meets no refusal for that (EditEvent), so no notice.
            return
        self._dialog.show_changed_elsewhere(self.notice(now))

    def notice(self, now: Event | None) -> str:
        """What the strip says: who changed what, from what to what, and what saving does."""
        if now is None:
            return self.tr(
                "This event was deleted by someone else since you opened it. Saving your "
                "changes will fail: copy what you need, then close the editor."
            )
        lines = [self.tr("This event was changed by someone else since you opened it:")]
        for name in changed_fields(self._opened, now):
            lines.append(f"• {self._difference(name, self._opened, now)}")
        lines.append(
            self.tr(
                "Your changes are kept here, but saving them will be refused: close the "
                "editor and open the event again to edit it as it is now."
            )
        )
        return "\n".join(lines)

    def _difference(self, name: str, before: Event, after: Event) -> str:
        label = self._label(name)
        old, new = self._value(name, before), self._value(name, after)
        if old is None or new is None:
            return filled(self.tr("%1 changed"), label)
        return filled(self.tr("%1: %2 → %3"), label, old, new)

    def _label(self, name: str) -> str:
        labels = {
            "title": self.tr("Title"),
            "timing": self.tr("When"),
            "recurrence": self.tr("Repeats"),
            "changes": self.tr("Changed occurrences"),
            "kind": self.tr("Kind"),
            "status": self.tr("Status"),
            "venue": self.tr("Venue"),
            "online_url": self.tr("Online meeting"),
            "project": self.tr("Project"),
            "organiser": self.tr("Organiser"),
            "tags": self.tr("Tags"),
            "capacity": self.tr("Capacity"),
            "public": self.tr("Public or closed"),
            "web_page": self.tr("Web page"),
            "busy_status": self.tr("Show as"),
            "reminder_minutes": self.tr("Reminder"),
            "description": self.tr("Description"),
            "notes": self.tr("Notes"),
        }
        return labels.get(name, name)

    def _value(self, name: str, event: Event) -> str | None:
        """The field's value as the strip shows it; None for one too long to show (the
        strip then says only that it changed)."""
        none = self.tr("(none)")
        if name == "timing":
            timing = event.timing
            return f"{date_text(timing, self._zone)} {time_text(timing, self._zone)}"
        if name in ("recurrence", "changes", "description", "notes"):
            return None
        values: dict[str, str] = {
            "title": event.title,
            "kind": kind_label(event.kind),
            "status": status_label(event.status),
            "venue": event.venue_name or none,
            "online_url": event.online_url or none,
            "project": event.project_name or none,
            "organiser": event.organiser_name or none,
            "tags": ", ".join(event.tags) or none,
            "capacity": none if event.capacity is None else str(event.capacity),
            "public": self.tr("public") if event.public else self.tr("closed"),
            "web_page": event.web_page or none,
            "busy_status": busy_label(event.busy_status),
            "reminder_minutes": reminder_label(event.reminder_minutes),
        }
        value = values.get(name)
        if value is not None and len(value) > _LONGEST_VALUE:
            return value[: _LONGEST_VALUE - 1] + "…"
        return value
