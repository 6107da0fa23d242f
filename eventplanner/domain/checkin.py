"""Checking people in at the door: the text a badge's QR code holds, and finding the
registrations a few typed letters (or a scanned badge) name. Plain rules, no database.

A badge's QR code holds ``EP-P<person id>`` (say ``EP-P42``): the person, not one
registration's row, so the code survives an event's undo, duplicate and import (which may
give its registrations new ids) and one badge serves every event of a course series the
person registered for. A person is on an event once, so at one event's door the code finds
exactly one registration. A USB scanner acting as a keyboard types the code and Enter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from eventplanner.domain.registrations import RegistrationStatus

BADGE_PREFIX = "EP-P"
_BADGE = re.compile(r"^\s*EP-P(\d{1,12})\s*$", re.IGNORECASE)


def badge_code(contact_id: int) -> str:
    """The text of a person's badge QR code: ``EP-P<person id>``."""
    return f"{BADGE_PREFIX}{contact_id}"


def badge_person(text: str) -> int | None:
    """The person id a scanned badge code names (any case, spaces around it), else None."""
    found = _BADGE.match(text)
    return int(found.group(1)) if found else None


def folded(text: str) -> str:
    """Text as the search compares it: case folded, accents off ("Åsa" is found by "asa",
    "Jönsson" by "jons")."""
    if text.isascii():  # most e-mails and many names: nothing to take off
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class DoorRow:
    """A registration as the door sees it, with its search text folded beforehand."""

    registration_id: int
    contact_id: int
    name: str
    organisation: str
    email: str
    status: RegistrationStatus
    key: str
    """The name, e-mail and organisation, folded, one a line."""
    name_key: str

    @property
    def arrived(self) -> bool:
        return self.status is RegistrationStatus.ATTENDED


def door_row(
    registration_id: int,
    contact_id: int,
    name: str,
    organisation: str,
    email: str,
    status: RegistrationStatus,
    *,
    organisation_key: str | None = None,
) -> DoorRow:
    """A row with its search text folded; ``organisation_key`` the organisation's folded
    already (many people share one)."""
    name_key = folded(name)
    known = folded(organisation) if organisation_key is None else organisation_key
    key = f"{name_key}\n{folded(email)}\n{known}"
    return DoorRow(registration_id, contact_id, name, organisation, email, status, key,
                   name_key)  # fmt: skip


def matching(rows: Sequence[DoorRow], text: str) -> list[DoorRow]:
    """The rows ``text`` names, best first: a badge code its one person; else the rows
    holding every typed word in the name, e-mail or organisation, those whose name (or a
    word of it) starts with the first word before the others, each group in the list's
    order. Empty text: every row."""
    person = badge_person(text)
    if person is not None:
        return [r for r in rows if r.contact_id == person]
    words = folded(text).split()
    if not words:
        return list(rows)
    found = list(rows)
    for word in words:  # word by word: each pass looks only at those left
        found = [r for r in found if word in r.key]
    first = words[0]
    spaced = f" {first}"
    starting = [r for r in found if r.name_key.startswith(first) or spaced in r.name_key]
    if len(starting) == len(found):
        return found
    chosen = {id(r) for r in starting}
    return starting + [r for r in found if id(r) not in chosen]


def narrowed(before: str, after: str) -> bool:
    """Whether ``after`` can only name some of those ``before`` named (more letters typed
    at the end, no badge code): the search may then look only among those."""
    return (
        bool(before.strip())
        and after.startswith(before)
        and badge_person(after) is None
        and badge_person(before) is None
    )


def door_counts(rows: Sequence[DoorRow]) -> tuple[int, int]:
    """(arrived, expected): those attended, and those holding a seat (registered, attended
    or no-show); the waiting and the cancelled are not expected."""
    seated = {RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED,
              RegistrationStatus.NO_SHOW}  # fmt: skip
    return (sum(1 for r in rows if r.arrived), sum(1 for r in rows if r.status in seated))
