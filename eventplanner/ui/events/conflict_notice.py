"""The event editor's word on conflicts as the coordinator types: the event on a public
holiday, an eve or a bridge day, or at the same time as an event of a subscribed calendar.
Advice only: it never stops a save (a venue booked twice has a banner of its own)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from eventplanner.domain.conflicts import Conflict, ConflictKind
from eventplanner.domain.model import EventDraft
from eventplanner.ui.conflict_texts import describe
from eventplanner.ui.events.event_choices import CheckConflicts
from eventplanner.ui.widgets.notices import Banner

SHOWN_AT_MOST = 5


class ConflictNotice(Banner):
    """A warning strip listing a draft's conflicts, asked for in the background."""

    def __init__(
        self, check: CheckConflicts | None, display_zone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("warning", parent)
        self._check = check
        self._zone = display_zone
        self._key: object = None
        self.conflicts: tuple[Conflict, ...] = ()

    def check(self, draft: EventDraft | None) -> None:
        """Ask about ``draft`` (None while it is not valid: what is shown stays)."""
        if self._check is None or draft is None:
            return
        key = (draft.title, draft.timing, draft.venue_id, draft.recurrence, draft.status)
        if key == self._key:
            return
        self._key = key
        self._check(draft, lambda found: self._found(key, found))

    def _found(self, key: object, found: Sequence[Conflict]) -> None:
        if not isValid(self) or key != self._key:
            return  # closed meanwhile, or an older question's answer
        shown = tuple(c for c in found if c.kind is not ConflictKind.VENUE_DOUBLE_BOOKED)
        self.conflicts = shown
        if not shown:
            self.show_message(None)
            return
        lines = [self.tr("Conflicts (you can still save):")]
        lines += [f"• {describe(c, self._zone)}" for c in shown[:SHOWN_AT_MOST]]
        if len(shown) > SHOWN_AT_MOST:
            lines.append(self.tr("• and %n more", "", len(shown) - SHOWN_AT_MOST))
        self.show_message("\n".join(lines))
