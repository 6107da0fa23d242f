"""How a release reads in the window: the kinds of change, what changed, a session's slot
before and after (in the event's zone), a release's name and when it was made, and the
programme window's status line. The e-mails' own words are the services' (in the e-mail's
language, apart from the window's)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from eventplanner.domain.programme_releases import (
    MOVED_WITH_EVENT,
    ChangeKind,
    Release,
    ReleasedSession,
)
from eventplanner.domain.programme_releases import release_title as titled
from eventplanner.domain.timezones import zone
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate


def change_kind_label(kind: ChangeKind) -> str:
    """ "New", "Moved", "Changed", "Cancelled": a group of the release's changes."""
    return {
        ChangeKind.NEW: translate("releases", "New"),
        ChangeKind.MOVED: translate("releases", "Moved"),
        ChangeKind.CHANGED: translate("releases", "Changed"),
        ChangeKind.CANCELLED: translate("releases", "Cancelled"),
    }[kind]


_WHAT_ORDER = ("time", "stage", "title", "kind", "people", "description", "language", "stream")


def what_label(what: str) -> str:
    """One thing a change touched, as the window names it (an unknown one as it is)."""
    labels = {
        "time": translate("releases", "time"),
        "stage": translate("releases", "stage"),
        "title": translate("releases", "title"),
        "kind": translate("releases", "kind"),
        "people": translate("releases", "people"),
        "description": translate("releases", "description"),
        "language": translate("releases", "language"),
        "stream": translate("releases", "stream link"),
    }
    return labels.get(what, what)


def whats_text(whats: frozenset[str]) -> str:
    """ "time, stage, people": what a change touched, in a steady order."""
    ordered = [w for w in _WHAT_ORDER if w in whats] + sorted(whats.difference(_WHAT_ORDER))
    return ", ".join(what_label(w) for w in ordered)


def _day(moment: datetime) -> str:
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM")


def slot_text(session: ReleasedSession | None, time_zone: str) -> str:
    """ "Tue 3 Feb 10:00–10:30, Scen 1": when and where, on the event's clock."""
    if session is None:
        return ""
    tz = zone(time_zone)
    start, end = session.starts_at.astimezone(tz), session.ends_at.astimezone(tz)
    when = f"{_day(start)} {start:%H:%M}–{end:%H:%M}"
    if end.date() != start.date():
        when = f"{_day(start)} {start:%H:%M} – {_day(end)} {end:%H:%M}"
    return f"{when}, {session.stage_name}" if session.stage_name else when


def release_name(release: Release) -> str:
    """The release's name as given; the one made by moving its event in the window's
    language."""
    if release.name.strip() == MOVED_WITH_EVENT:
        return translate("releases", "Moved with the event")
    return release.name


def release_title(release: Release) -> str:
    """ "Release 2 “Final”", or "Release 2" when that is its name too (the e-mails' rule:
    ``domain.programme_releases.release_title``)."""
    number = release.number
    return titled(
        release,
        filled(translate("releases", "Release %1"), number),
        lambda name: filled(translate("releases", "Release %1 “%2”"), number, name),
        translate("releases", "Moved with the event"),
    )


def released_at_text(release: Release, time_zone: str) -> str:
    """ "5 Dec 14:02" (this year), "5 Dec 2025 14:02" (another), on ``time_zone``'s clock."""
    moment = release.released_at.astimezone(zone(time_zone))
    now = datetime.now(zone(time_zone))
    pattern = "d MMM" if moment.year == now.year else "d MMM yyyy"
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), pattern)
    return f"{day} {moment:%H:%M}"


def changes_count_text(count: int) -> str:
    if count == 1:
        return translate("releases", "1 change")
    return filled(translate("releases", "%1 changes"), count)


def status_text(latest: Release | None, changes: int, holding: int, time_zone: str) -> str:
    """The programme window's status line: "Draft — 4 changes since Release 2 “Final”
    (5 Dec 14:02)", "Not released yet", and how many conflicts hold the release."""
    if latest is None:
        text = translate("releases", "Not released yet: subscribers and print see no sessions")
    elif changes == 0:
        text = filled(translate("releases", "Released — no changes since %1 (%2)"),
                      release_title(latest), released_at_text(latest, time_zone))  # fmt: skip
    else:
        text = filled(translate("releases", "Draft — %1 since %2 (%3)"),
                      changes_count_text(changes), release_title(latest),
                      released_at_text(latest, time_zone))  # fmt: skip
    if holding == 1:
        text += " · " + translate("releases", "1 conflict holds the release")
    elif holding > 1:
        text += " · " + filled(translate("releases", "%1 conflicts hold the release"), holding)
    return text
