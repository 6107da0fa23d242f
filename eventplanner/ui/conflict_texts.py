"""How a conflict reads in the window: its kind, its severity and what it is about, in the
window's language (the services' messages are English sentences for the command line).

Shared by the Conflicts window and the event editor, which shows an event's conflicts as
the coordinator types.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.conflicts import Conflict, ConflictKind, Severity
from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.text import date_text, time_text
from eventplanner.ui.wording import filled

# Every text is spelled out in a translate("conflicts", "…") call: lupdate collects only
# literal texts in calls named tr or translate.
translate = QCoreApplication.translate


def kind_label(kind: ConflictKind) -> str:
    return {
        ConflictKind.PERSON_DOUBLE_BOOKED: translate("conflicts", "Person in two places"),
        ConflictKind.OUTSIDE_AVAILABILITY: translate("conflicts", "Outside availability"),
        ConflictKind.ROLE_DECLINED: translate("conflicts", "Role declined"),
        ConflictKind.STAGE_DOUBLE_BOOKED: translate("conflicts", "Stage double-booked"),
        ConflictKind.SESSION_OUTSIDE_EVENT: translate("conflicts", "Session outside its event"),
        ConflictKind.PUBLIC_HOLIDAY: translate("conflicts", "Public holiday"),
        ConflictKind.EVE: translate("conflicts", "Eve"),
        ConflictKind.BRIDGE_DAY: translate("conflicts", "Bridge day"),
        ConflictKind.VENUE_DOUBLE_BOOKED: translate("conflicts", "Venue double-booked"),
        ConflictKind.SUBSCRIBED_CLASH: translate("conflicts", "Subscribed calendar"),
    }[kind]


def severity_label(conflict: Conflict) -> str:
    """ "Hold", "Warn", or "Accepted" once accepted with a reason."""
    if conflict.accepted is not None:
        return translate("conflicts", "Accepted")
    if conflict.severity is Severity.HOLD:
        return translate("conflicts", "Hold")
    return translate("conflicts", "Warn")


def _what(occurrence: Occurrence) -> str:
    """ "“Automationsmässan” at Elmia", or the title alone."""
    if occurrence.venue_name:
        return filled(translate("conflicts", "“%1” at %2"), occurrence.title,
                      occurrence.venue_name)  # fmt: skip
    return filled(translate("conflicts", "“%1”"), occurrence.title)


def _when(occurrence: Occurrence, display_zone: str) -> str:
    timing = occurrence.timing
    return f"{date_text(timing, display_zone)}, {time_text(timing, display_zone)}"


def describe(conflict: Conflict, display_zone: str) -> str:
    """What the conflict is about, naming what and where, in the window's language."""
    kind = conflict.kind
    mine = conflict.occurrences
    if kind is ConflictKind.PUBLIC_HOLIDAY and mine:
        return filled(translate("conflicts", "%1 is on %2, a public holiday."), _what(mine[0]),
                      conflict.about)  # fmt: skip
    if kind is ConflictKind.EVE and mine:
        return filled(translate("conflicts", "%1 is on %2, an eve most take off."),
                      _what(mine[0]), conflict.about)  # fmt: skip
    if kind is ConflictKind.BRIDGE_DAY and mine:
        return filled(
            translate("conflicts", "%1 is on a bridge day between %2 and the weekend."),
            _what(mine[0]), conflict.about,
        )  # fmt: skip
    if kind is ConflictKind.VENUE_DOUBLE_BOOKED and len(mine) == 2:
        first, second = mine
        return filled(
            translate("conflicts", "%1 is booked twice: “%2” (%3) and “%4” (%5)."),
            first.venue_name or "", first.title, _when(first, display_zone), second.title,
            _when(second, display_zone),
        )  # fmt: skip
    if kind is ConflictKind.SUBSCRIBED_CLASH and mine and conflict.outside:
        other = conflict.outside[0]
        theirs = (
            filled(translate("conflicts", "“%1” at %2"), other.title, other.location)
            if other.location
            else filled(translate("conflicts", "“%1”"), other.title)
        )
        return filled(
            translate("conflicts", "%1 is at the same time as %2 (%3) in the calendar “%4”."),
            _what(mine[0]), theirs,
            f"{date_text(other.timing, display_zone)}, {time_text(other.timing, display_zone)}",
            other.calendar,
        )  # fmt: skip
    return conflict.message  # the kinds of the programme word their own, until they come
