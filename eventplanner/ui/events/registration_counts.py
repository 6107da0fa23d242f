"""An event's registrations counted, as the window words them ("48 / 60, 5 waiting"), in
the window's language; the domain's ``Counts.text`` stays the command line's English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.registrations import Counts
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate


def counts_text(counts: Counts) -> str:
    """Seats taken of the capacity and how many wait: "48 / 60, 5 waiting"; "48" with no
    capacity; no waiting part when nobody waits."""
    taken = str(counts.seated)
    if counts.capacity is not None:
        taken = filled(translate("registrations", "%1 / %2"), taken, str(counts.capacity))
    if not counts.waiting:
        return taken
    return filled(translate("registrations", "%1, %2 waiting"), taken, str(counts.waiting))
