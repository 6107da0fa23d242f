"""Feeds: named, saved choices of events, published as iCalendar calendars.

Plain values shared by the feed service (which stores and renders them), the feed server
(which answers HTTP requests for them) and the window (which edits them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from eventplanner.domain.filters import EventFilter

DEFAULT_PORT = 8765
"""The feed server's port on this computer, for the window's "Serve feeds" and for
``eventplanner serve`` alike: fixed, so that the links Outlook subscribed to keep working
from one start to the next, whichever of the two serves them."""


class PhaseChoice(StrEnum):
    """Which phases of its events a feed publishes as entries of their own."""

    NONE = "none"
    PUBLIC = "public"
    """Only the public ones (open days): what a public feed shows."""
    ALL = "all"
    """Build-up and tear-down too: a staff feed."""


@dataclass(frozen=True)
class FeedProgramme:
    """The programme a feed publishes besides its events (issue 14): the events' sessions
    (all, or one stage's; breaks and lunches only when asked), their phases, or everything
    one person is in."""

    sessions: bool = False
    stage: str = ""
    """Only the sessions on the stage of this name (any event's); "" every stage."""
    breaks: bool = False
    phases: PhaseChoice = PhaseChoice.NONE
    person_id: int | None = None
    """A person's feed: the events, blocks and sessions this contact has a role in, in any
    role, across every event (the feed's filter and days narrow them further)."""

    @property
    def wanted(self) -> bool:
        return self.sessions or self.phases is not PhaseChoice.NONE or self.person_id is not None


@dataclass(frozen=True)
class FeedTasks:
    """A deadline feed (issue 15): the open tasks of one person, or of one event (or those
    of the person on the event), as all-day entries; the feed then publishes no events."""

    owner_id: int | None = None
    event_id: int | None = None

    @property
    def wanted(self) -> bool:
        return self.owner_id is not None or self.event_id is not None


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
    programme: FeedProgramme = field(default_factory=FeedProgramme)
    """What of the events' programmes the feed publishes as entries of their own."""
    tasks: FeedTasks = field(default_factory=FeedTasks)
    """A deadline feed's choice of tasks; none for a feed of events."""
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
