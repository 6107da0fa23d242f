"""The rota's words in the window's language: kinds of shift, scopes, warnings, times."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.rota import Scope, Shift, ShiftKind
from eventplanner.domain.rota_warnings import RotaWarning, WarningKind
from eventplanner.services.rota.records import Rota
from eventplanner.ui.text import days_text
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate


def shift_kind_label(kind: ShiftKind) -> str:
    labels = {
        ShiftKind.BUILD_UP: translate("rota", "Build-up"),
        ShiftKind.OPEN_DAY: translate("rota", "Open day"),
        ShiftKind.TEAR_DOWN: translate("rota", "Tear-down"),
        ShiftKind.OTHER: translate("rota", "Other"),
    }
    return labels[kind]


def scope_label(scope: Scope) -> str:
    labels = {
        Scope.THIS: translate("rota", "This shift"),
        Scope.FOLLOWING: translate("rota", "This and the following shifts of its slot"),
        Scope.ALL: translate("rota", "All shifts of its slot"),
    }
    return labels[scope]


def shift_title(shift: Shift) -> str:
    """Its own title, or its kind in the window's language."""
    return shift.title.strip() or shift_kind_label(shift.kind)


def day_text(day: date) -> str:
    """ "Tue 16 Mar 2027" in the window's language."""
    return days_text(day, day)


def day_tab_text(day: date, shifts: Sequence[Shift]) -> str:
    """A day's tab: "Mon 15 Mar 2027", with "· Build-up" on a day of build-up alone."""
    kinds = {s.kind for s in shifts}
    if len(kinds) == 1 and ShiftKind.OPEN_DAY not in kinds:
        return f"{day_text(day)} · {shift_kind_label(kinds.pop())}"
    return day_text(day)


def clock(at: datetime) -> str:
    return f"{at:%H:%M}"


def span_text(shift: Shift) -> str:
    """ "09:00–13:00", or with the end's day when it ends on another day."""
    end = shift.end.astimezone(shift.start.tzinfo)
    if end.date() == shift.start.date():
        return f"{clock(shift.start)}–{clock(end)}"
    return f"{clock(shift.start)}–{day_text(end.date())} {clock(end)}"


def warning_kind_label(kind: WarningKind) -> str:
    labels = {
        WarningKind.BELOW_NEED: translate("rota", "Below need"),
        WarningKind.DOUBLE_BOOKED: translate("rota", "Double-booked"),
        WarningKind.OVER_DAILY_MAXIMUM: translate("rota", "Over the daily maximum"),
        WarningKind.MISSING_SKILL: translate("rota", "Missing skill"),
    }
    return labels[kind]


def warning_text(warning: RotaWarning, rota: Rota) -> str:
    """The warning in the window's language, naming its shift and person."""
    shifts = [s for i in warning.shift_ids if (s := rota.shift(i)) is not None]
    first = shifts[0] if shifts else None
    title = shift_title(first) if first is not None else ""
    when = f"{day_text(first.start.date())} {span_text(first)}" if first is not None else ""
    name = next((p.contact_name for p in rota.people if p.contact_id == warning.contact_id), "")
    if warning.kind is WarningKind.BELOW_NEED and first is not None:
        have = len(rota.people_on(first.id))
        return filled(translate("rota", "“%1” (%2) has %3 of the %4 people it needs"),
                      title, when, have, first.needed)  # fmt: skip
    if warning.kind is WarningKind.DOUBLE_BOOKED:
        if len(shifts) > 1:
            return filled(translate("rota", "%1 is on “%2” and “%3” at once"),
                          name, title, shift_title(shifts[1]))  # fmt: skip
        return filled(translate("rota", "%1 is on “%2” (%3) and elsewhere at the same time"),
                      name, title, when)  # fmt: skip
    if warning.kind is WarningKind.OVER_DAILY_MAXIMUM and warning.day is not None:
        hours = sum(s.hours for s in shifts)
        return filled(translate("rota", "%1 is on %2 hours of shifts on %3, over the daily "
                                        "maximum of %4"),
                      name, _number(hours), day_text(warning.day),
                      _number(rota.daily_hours))  # fmt: skip
    if warning.kind is WarningKind.MISSING_SKILL and first is not None:
        skill = _skill_in(warning.note, first)
        return filled(translate("rota", "No one on “%1” (%2) has the skill “%3” it requires"),
                      title, when, skill)  # fmt: skip
    return warning.note


def _skill_in(note: str, shift: Shift) -> str:
    """The required skill a warning's note names (the shift's first one if none)."""
    for skill in shift.skills:
        if f"{skill!r}" in note:
            return skill
    return shift.skills[0] if shift.skills else ""


def _number(hours: float) -> str:
    return f"{hours:g}" if hours == int(hours) else f"{hours:.1f}"


def people_count_text(have: int, needed: int) -> str:
    return filled(translate("rota", "%1 of %2"), have, needed)
