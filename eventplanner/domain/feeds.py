"""Feeds: named, saved choices of events, published as iCalendar calendars.

Plain values shared by the feed service (which stores and renders them), the feed server
(which answers HTTP requests for them) and the window (which edits them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from eventplanner.domain.filters import EventFilter

DEFAULT_PORT = 8765
"""The feed server's port on this computer, for the window's "Serve feeds" and for
``eventplanner serve`` alike: fixed, so that the links Outlook subscribed to keep working
from one start to the next, whichever of the two serves them."""


@dataclass(frozen=True)
class Feed:
    """A named filter published as one calendar ("Trade fairs 2027", "Staff calendar")."""

    id: int | None
    name: str
    calendar_name: str = ""
    """X-WR-CALNAME, the folder name Outlook shows; the feed's name when empty."""
    description: str = ""
    """X-WR-CALDESC."""
    where: EventFilter = field(default_factory=EventFilter)
    first_day: date | None = None
    """Only events with an occurrence on or after this day (None: no lower bound)."""
    last_day: date | None = None
    """Only events with an occurrence on or before this day (None: no upper bound)."""
    include_cancelled: bool = False
    """Cancelled events stay in, their titles prefixed with ``cancelled_prefix``."""
    cancelled_prefix: str = "Cancelled: "
    include_notes: bool = False
    """The events' private notes are appended to the published description."""
    folder: str = ""
    """Where the feed's file is published (a OneDrive or SharePoint folder, say); "" for none."""
    token: str = ""
    """The unguessable part of the feed's URL on the feed server; a new one revokes the old."""
    published_at: datetime | None = None
    """When the file in ``folder`` was last written (UTC), None if never."""
    language: str = ""
    """The language of what the calendar adds by itself (the kinds as categories): "sv"
    Swedish, "en" English, "" automatic (told from the feed's own texts)."""
    version: int = 0

    @property
    def shown_name(self) -> str:
        return self.calendar_name.strip() or self.name


@dataclass(frozen=True)
class FeedDocument:
    """A feed rendered for publishing: the bytes of the .ics and what HTTP caching needs."""

    body: bytes
    etag: str
    """A strong entity tag for ``body``, quoted as HTTP wants it ('"…"')."""
    last_modified: datetime
    """When the content last changed (UTC, whole seconds)."""
