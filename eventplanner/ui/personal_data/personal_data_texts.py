"""The personal-data window's words: each place a person is named, and a record of it as a
line ("Stålseminariet · attended · needs: vegan"), in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.personal_data.records import HeldRecord
from eventplanner.ui.participants.participants_model import status_text
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate


def section_text(section: str) -> str:
    """What a place a person can be named is called ("Registrations", "Roles in sessions")."""
    texts = {
        "registrations": translate("personal_data", "Registration"),
        "event_roles": translate("personal_data", "Role on an event"),
        "block_roles": translate("personal_data", "Role on a programme block"),
        "session_roles": translate("personal_data", "Role in a session"),
        "shifts": translate("personal_data", "Rota shift"),
        "skills": translate("personal_data", "Skill"),
        "availability": translate("personal_data", "Availability"),
        "stand_staff": translate("personal_data", "Stand badge"),
        "tasks_owned": translate("personal_data", "Task owned"),
        "stands_led": translate("personal_data", "Stand led"),
        "co_exhibitor_contact": translate("personal_data", "Co-exhibitor contact"),
        "materials_packed": translate("personal_data", "Stand material packed"),
        "materials_shipped": translate("personal_data", "Stand material shipped"),
        "materials_returned": translate("personal_data", "Stand material returned"),
        "people": translate("personal_data", "Person"),
    }
    return texts.get(section, section)


def held_text(record: HeldRecord) -> str:
    """What the record holds, in a line."""
    parts: list[str] = []
    if record.detail:
        parts.append(record.detail.replace("_", " "))
    value = record.value
    if record.section == "registrations":
        parts.append(status_text(RegistrationStatus(value("status"))))
        if value("needs"):
            parts.append(filled(translate("personal_data", "needs: %1"), value("needs")))
        if value("priority_reason"):
            parts.append(filled(translate("personal_data", "priority: %1"),
                                value("priority_reason")))  # fmt: skip
    keys = ("name",) if record.section == "stand_staff" else ()
    for key in (*keys, "role", "skill", "title", "item", "booth", "note", "reason"):
        shown = value(key)
        if shown:
            parts.append(str(shown).replace("_", " ") if key == "role" else str(shown))
    return " · ".join(parts)


def counts_text(counts: dict[str, int]) -> str:
    """ "2 × Registration, 1 × Role in a session" for a confirmation."""
    return "\n".join(
        filled(translate("personal_data", "%1 × %2"), n, section_text(section))
        for section, n in counts.items()
        if n
    )
