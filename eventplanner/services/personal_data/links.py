"""Every place a person (a contact) is named, with what anonymising and erasing them does
there: declared in ``events.contact_links`` (an undo of an event's delete applies the same
rules to what it puts back), and here the export's sections and what an erasure deletes.
"""

from __future__ import annotations

from eventplanner.services.events.contact_links import (
    CONTACT_LINKS,
    REGISTRATIONS,
    ContactLink,
    OnAnonymise,
    OnErase,
    anonymous_name,
)

__all__ = [
    "CONTACT_LINKS", "ERASED_SECTIONS", "REGISTRATIONS", "SECTIONS", "ContactLink",
    "OnAnonymise", "OnErase", "anonymous_name", "erase_effects",
]  # fmt: skip

SECTIONS: tuple[str, ...] = tuple(link.section for link in CONTACT_LINKS)

ERASED_SECTIONS: frozenset[str] = frozenset(
    link.section for link in CONTACT_LINKS if link.on_erase is OnErase.DELETE
)
"""The places whose records an erasure deletes; in the others it takes the person off."""


def erase_effects(counts: dict[str, int]) -> tuple[dict[str, int], dict[str, int]]:
    """What an erasure of a person holding ``counts`` (by section) deletes (the person
    too, as "people"), and the records it takes them off, which stay."""
    deleted = {k: n for k, n in counts.items() if k in ERASED_SECTIONS or k == "people"}
    cleared = {k: n for k, n in counts.items() if k not in deleted}
    return deleted, cleared
