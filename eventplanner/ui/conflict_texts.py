"""How a conflict reads in the window: its kind, its severity and what it is about, in the
window's language (the services' messages are English sentences for the command line).

Shared by the Conflicts window and the event editor, which shows an event's conflicts as
the coordinator types.
"""

from __future__ import annotations

from collections.abc import Callable

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
    if kind in _PROGRAMME_WORDING and conflict.details:
        return _PROGRAMME_WORDING[kind](conflict.details)
    return conflict.message


def involved(conflict: Conflict) -> list[str]:
    """The titles of the events, or of the programme's sessions, a conflict involves."""
    if conflict.occurrences:
        return [o.title for o in conflict.occurrences]
    places = _TITLES.get(conflict.kind, ())
    details = conflict.details
    return list(dict.fromkeys(details[i] for i in places if i < len(details)))


_TITLES: dict[ConflictKind, tuple[int, ...]] = {
    ConflictKind.PERSON_DOUBLE_BOOKED: (1, 5),
    ConflictKind.ROLE_DECLINED: (2,),
    ConflictKind.OUTSIDE_AVAILABILITY: (2,),
    ConflictKind.STAGE_DOUBLE_BOOKED: (2, 4),
    ConflictKind.SESSION_OUTSIDE_EVENT: (0,),
}
"""Where each kind of the programme has its sessions' titles in its details."""


def role_label(role: str) -> str:
    """A person's role (as the domain names it, "stream operator") in the window's language."""
    return {
        "speaker": translate("conflicts", "speaker"),
        "moderator": translate("conflicts", "moderator"),
        "panellist": translate("conflicts", "panellist"),
        "host": translate("conflicts", "host"),
        "technician": translate("conflicts", "technician"),
        "stream operator": translate("conflicts", "stream operator"),
        "staff": translate("conflicts", "staff"),
        "guest of honour": translate("conflicts", "guest of honour"),
    }.get(role, role)


def _titled(title: str, place: str) -> str:
    if place:
        return filled(translate("conflicts", "“%1” (%2)"), title, place)
    return filled(translate("conflicts", "“%1”"), title)


def _person(d: tuple[str, ...]) -> str:
    name, title1, place1, span1, role1, title2, place2, span2, role2, minutes = d
    first = filled(translate("conflicts", "%1 %2 as %3"), _titled(title1, place1), span1,
                   role_label(role1))  # fmt: skip
    second = filled(translate("conflicts", "%1 %2 as %3"), _titled(title2, place2), span2,
                    role_label(role2))  # fmt: skip
    if minutes:
        return filled(
            translate("conflicts", "%1 is booked with less than %2 minutes between: %3 and %4."),
            name, minutes, first, second,
        )  # fmt: skip
    return filled(translate("conflicts", "%1 is booked twice at once: %2 and %3."), name,
                  first, second)  # fmt: skip


def _declined(d: tuple[str, ...]) -> str:
    name, role, title, place, span = d
    return filled(
        translate("conflicts", "%1 declined to be %2 of %3 %4, and is still booked."),
        name, role_label(role), _titled(title, place), span,
    )  # fmt: skip


def _availability(d: tuple[str, ...]) -> str:
    name, role, title, place, span, reason, detail = d
    booked = filled(translate("conflicts", "%1 is booked as %2 of %3 %4"), name,
                    role_label(role), _titled(title, place), span)  # fmt: skip
    if reason == "hours":
        return filled(translate("conflicts", "%1 outside the hours they can be there (%2)."),
                      booked, detail)  # fmt: skip
    if detail:
        return filled(translate("conflicts", "%1 when they cannot be there (%2)."), booked,
                      detail)  # fmt: skip
    return filled(translate("conflicts", "%1 when they cannot be there."), booked)


def _stage(d: tuple[str, ...]) -> str:
    stage, event, title1, span1, title2, span2 = d
    return filled(
        translate(
            "conflicts",
            "The stage “%1” of “%2” has two sessions at once: “%3” (%4) and “%5” (%6).",
        ),
        stage, event, title1, span1, title2, span2,
    )  # fmt: skip


def _outside(d: tuple[str, ...]) -> str:
    title, span, event, bounds, reason = d
    if reason == "hours":
        return filled(
            translate(
                "conflicts", "“%1” (%2) lies outside the opening hours of “%3” that day (%4)."
            ),
            title, span, event, bounds,
        )  # fmt: skip
    days = translate("conflicts", "“%1” (%2) lies outside the days of its event “%3” (%4).")
    return filled(days, title, span, event, bounds)


_PROGRAMME_WORDING: dict[ConflictKind, Callable[[tuple[str, ...]], str]] = {
    ConflictKind.PERSON_DOUBLE_BOOKED: _person,
    ConflictKind.ROLE_DECLINED: _declined,
    ConflictKind.OUTSIDE_AVAILABILITY: _availability,
    ConflictKind.STAGE_DOUBLE_BOOKED: _stage,
    ConflictKind.SESSION_OUTSIDE_EVENT: _outside,
}
