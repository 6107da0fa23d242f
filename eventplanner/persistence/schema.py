"""The tables, as typed SQLAlchemy 2 models.

Instants are UTC (``UTCDateTime``) with the event's IANA zone beside them; all-day events also
keep their dates. ``version`` columns are SQLAlchemy version counters, so a save based on a
stale read fails instead of overwriting someone else's change.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    mapped_column,
    relationship,
    validates,
)

from eventplanner.domain.text import name_key
from eventplanner.persistence.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _name_key_default(context: DefaultExecutionContext) -> str:
    """A Core insert that gives only the name gets its key too."""
    parameters: dict[str, Any] = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return name_key(str(parameters["name"]))


class _UniqueName:
    """A name unique whatever its case or surrounding spaces (``domain.text.name_key``)."""

    # A unique index, not a constraint: migration 0005 adds it to SQLite tables in place.
    name_key: Mapped[str] = mapped_column(
        String(200), unique=True, index=True, default=_name_key_default
    )

    @validates("name")
    def _keep_key(self, _field: str, name: str) -> str:
        self.name_key = name_key(name)
        return name


class _Versioned:
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


class OrganisationRow(_Versioned, Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(40))
    web_page: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Issue 16: its identity for reach counts. A Swedish number as NNNNNN-NNNN, another
    # country's identifier as given (up to 40 characters), NULL for none (so that many
    # organisations may have none); the country as ISO 3166-1 alpha-2.
    org_number: Mapped[str | None] = mapped_column(String(40), unique=True, index=True)
    country: Mapped[str] = mapped_column(String(2), default="SE")
    size: Mapped[str | None] = mapped_column(String(10))
    actor_type: Mapped[str | None] = mapped_column(String(30))


class VenueRow(_UniqueName, _Versioned, Base):
    __tablename__ = "venues"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(200), default="")
    time_zone: Mapped[str] = mapped_column(String(64))
    capacity: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


def _email_key_default(context: DefaultExecutionContext) -> str:
    """A Core insert that gives only the e-mail gets its key too."""
    parameters: dict[str, Any] = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return str(parameters.get("email") or "").strip().lower()


class ContactRow(_Versioned, Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    # The e-mail trimmed and in lower case: people are matched by it (a registration typed
    # in, a form imported). Indexed, not unique: two records may share an address until a
    # coordinator merges them.
    email_key: Mapped[str] = mapped_column(String(320), index=True, default=_email_key_default)
    # When the person's identity was dropped (``services.personal_data``): the record and
    # its registrations stay for the reach counts; NULL for a person not anonymised.
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @validates("email")
    def _keep_email_key(self, _field: str, email: str) -> str:
        self.email_key = email.strip().lower()
        return email


class ErasedContactRow(Base):
    """A person erased (``services.personal_data``): their id alone, which says nothing of
    them, so an undo of an event's delete taken before the erasure leaves out what erasing
    would have (a badge with their name, their name in a release), where a person deleted by
    hand leaves a badge named as it was. Written by the erasure, removed by its undo."""

    __tablename__ = "erased_contacts"
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    erased_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ProjectRow(_Versioned, Base):
    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    funder_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")


class TagRow(_UniqueName, _Versioned, Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


event_tags = Table(
    "event_tags",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class EventRow(_Versioned, Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    all_day: Mapped[bool] = mapped_column(Boolean)
    time_zone: Mapped[str] = mapped_column(String(64))
    # For timed events the instants themselves; for all-day events the days as instants in
    # the event's zone (for ordering and overlap queries); the dates below are the truth.
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_day: Mapped[date | None] = mapped_column(Date)
    last_day: Mapped[date | None] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column(Integer, index=True)
    is_recurring: Mapped[bool] = mapped_column(Boolean)
    rrule: Mapped[str | None] = mapped_column(String(500))
    exdates: Mapped[str] = mapped_column(Text, default="")
    # End of the last occurrence (changed ones included); NULL for a series without end.
    series_ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id"), index=True)
    online_url: Mapped[str] = mapped_column(Text, default="")
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    organiser_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    capacity: Mapped[int | None] = mapped_column(Integer)
    # Openly advertised, or closed (by invitation): funders count them apart (issue 16).
    public: Mapped[bool] = mapped_column(Boolean, default=True)
    web_page: Mapped[str] = mapped_column(Text, default="")
    busy_status: Mapped[str | None] = mapped_column(String(20))
    reminder_minutes: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime)

    tags: Mapped[list[TagRow]] = relationship(secondary=event_tags, lazy="selectin")
    changes: Mapped[list[OccurrenceChangeRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )

    # The tag names again, one per line, so a month's events are read without a join; the
    # event_tags links stay the truth and are what filters use.
    tag_names: Mapped[str] = mapped_column(Text, default="")

    # Covers the time-window query: single events by start (and end), series by start and
    # series end, all answered from the index without touching the table. On SQLite,
    # MONTH_INDEX (made by migration 0003, not a model) also holds every column a month
    # reads, so single events come from the index alone.
    __table_args__ = (
        Index("ix_events_window", "is_recurring", "starts_at", "ends_at", "series_ends_at"),
        # Events in start order: a search for a very common word walks them from the first;
        # with the row version, a feed learns which of its events changed from the index alone.
        Index("ix_events_starts_at", "starts_at", "id", "version"),
    )


MONTH_INDEX = "ix_events_month_sqlite"
"""SQLite's covering index for the month query (see migration 0003); not in the models."""

MONTH_KEYS_INDEX = "ix_events_month_keys_sqlite"
"""SQLite's narrow covering index of the month's single events by row version (migration
0014; not in the models): which rows a month holds, and whether each is one already read."""

ENDLESS_INDEX = "ix_events_endless_sqlite"
"""SQLite's index of series by their end, then start (migration 0014; not in the models): the
series without end, which every window looks for."""


class OccurrenceChangeRow(Base):
    """One occurrence of a series made different (moved, retitled, cancelled)."""

    __tablename__ = "occurrence_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    recurrence_id: Mapped[str] = mapped_column(String(32))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(20))
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_day: Mapped[date | None] = mapped_column(Date)
    last_day: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("event_id", "recurrence_id"),)


class SeriesOccurrenceRow(Base):
    """One occurrence of a series that ends, worked out when the series was saved.

    A month's occurrences are then read with an index range scan instead of expanding every
    series with dateutil at each read. Struck-out dates are left out; changed occurrences are
    kept here (their change is applied when read). Endless series are expanded when read.
    """

    __tablename__ = "series_occurrences"
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    recurrence_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_series_occurrences_starts_at", "starts_at", "ends_at"),)


class FeedRow(_Versioned, Base):
    """A feed: a named, saved filter published as one calendar (see domain.feeds.Feed)."""

    __tablename__ = "feeds"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    calendar_name: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # The EventFilter as JSON text (kinds, statuses, project/venue/organiser ids, tags, text,
    # include_cancelled): a filter grows fields more often than the schema should.
    filter_json: Mapped[str] = mapped_column(Text, default="{}")
    first_day: Mapped[date | None] = mapped_column(Date)
    last_day: Mapped[date | None] = mapped_column(Date)
    include_cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled_prefix: Mapped[str] = mapped_column(String(100), default="Cancelled: ")
    include_notes: Mapped[bool] = mapped_column(Boolean, default=False)
    folder: Mapped[str] = mapped_column(Text, default="")
    # The categories' language: "sv", "en", or "" automatic (told from the feed's texts).
    language: Mapped[str] = mapped_column(String(2), default="")
    # What of the programme it publishes besides its events (domain.feeds.FeedProgramme) as
    # JSON: sessions, stage, breaks, phases, person_id; "{}" for none.
    programme_json: Mapped[str] = mapped_column(Text, default="{}")
    # A deadline feed (issue 15, domain.feeds.FeedTasks) as JSON: owner_id or event_id; "{}"
    # for a feed of events.
    tasks_json: Mapped[str] = mapped_column(Text, default="{}")
    token: Mapped[str] = mapped_column(String(64), unique=True)
    # What was last written to the folder: the content's hash and when it was written. A
    # publication is not an edit of the feed, so these are set without raising ``version``.
    published_hash: Mapped[str | None] = mapped_column(String(64))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ChangeNoticeRow(Base):
    """What a write to an SQLite file changed, for the other windows on the file to read
    (the live team view; PostgreSQL sends it as a NOTICE instead, and this stays empty).

    One row per write transaction, in commit order: ``origin`` names the Database that
    wrote it, ``changes`` is its change set as JSON ("" when it changed nothing a window
    shows). Only the newest are kept (see ``persistence.notices``).
    """

    __tablename__ = "change_notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(32))
    changes: Mapped[str] = mapped_column(Text)


# -- the programme (issue 14): every table here hangs on an event and is part of its
# snapshot (services.events.owned), except a contact's availability.


class StageRow(_Versioned, Base):
    """A room of an event at its venue, or a digital stage."""

    __tablename__ = "stages"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    digital: Mapped[bool] = mapped_column(Boolean, default=False)
    stream_url: Mapped[str] = mapped_column(Text, default="")
    recording_url: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class BlockRow(_Versioned, Base):
    """A chaired group of sessions on one stage."""

    __tablename__ = "blocks"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class SessionRow(_Versioned, Base):
    """One item of an event's programme; instants in UTC, shown in the event's zone."""

    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id"))
    block_id: Mapped[int | None] = mapped_column(ForeignKey("blocks.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(35), default="")
    # Its seats for registrations that choose it (issue 16); NULL for no limit of its own.
    capacity: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        # An event's programme in time order.
        Index("ix_sessions_event_starts", "event_id", "starts_at"),
        # Sessions by time, whatever their event: the person-conflict query's other half;
        # with their event, stage and block, a period's sessions come from the index alone
        # (the conflicts of a year, services/conflicts/programme_period.py).
        Index(
            "ix_sessions_starts_ends",
            "starts_at",
            "ends_at",
            "id",
            "event_id",
            "stage_id",
            "block_id",
        ),
        # A stage's sessions by time: the other sessions on a session's stage at once (the
        # conflicts of a period and of a session being edited); it stands in for the index
        # the stage's foreign key had (migration 0013).
        Index("ix_sessions_stage_starts", "stage_id", "starts_at", "ends_at"),
    )


class PhaseRow(_Versioned, Base):
    """A part of an event with its own times (build-up, open day, tear-down)."""

    __tablename__ = "phases"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # NULL: as the kind has it (open days public, the others for the staff).
    public: Mapped[bool | None] = mapped_column(Boolean)


class _PersonRole(_Versioned):
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    role: Mapped[str] = mapped_column(String(40))
    confirmation: Mapped[str] = mapped_column(String(20), default="asked")
    note: Mapped[str] = mapped_column(Text, default="")


class EventPersonRow(_PersonRole, Base):
    """A contact with a role on a whole event (host, staff, guest of honour)."""

    __tablename__ = "event_people"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)

    __table_args__ = (Index("ix_event_people_contact", "contact_id", "event_id"),)


class BlockPersonRow(_PersonRole, Base):
    """A contact with a role on a block (its chair)."""

    __tablename__ = "block_people"
    id: Mapped[int] = mapped_column(primary_key=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("blocks.id", ondelete="CASCADE"), index=True)

    __table_args__ = (Index("ix_block_people_contact", "contact_id", "block_id"),)


class SessionPersonRow(_PersonRole, Base):
    """A contact with a role on a session (speaker, moderator, panellist, technician)."""

    __tablename__ = "session_people"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )

    # A person's sessions: contact → session ids from the index alone, then each session's
    # times by its key (the person-conflict query).
    __table_args__ = (Index("ix_session_people_contact", "contact_id", "session_id"),)


class EventOrganisationRow(_Versioned, Base):
    """An organisation with a role on an event (organiser, partner, sponsor, funder)."""

    __tablename__ = "event_organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")


class AvailabilityRow(_Versioned, Base):
    """When a contact can, or cannot, be there."""

    __tablename__ = "contact_availability"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    available: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_contact_availability_contact", "contact_id", "starts_at"),)


class ReleaseRow(Base):
    """A release of an event's programme: a frozen copy under a name and a number
    (``services.programme.releases`` writes and reads ``content``, JSON). Never changed
    once written, so no row version."""

    __tablename__ = "programme_releases"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    released_at: Mapped[datetime] = mapped_column(UTCDateTime)
    content: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        # The releases of an event in order; its latest is the last by this index.
        Index("ix_programme_releases_event_number", "event_id", "number", unique=True),
    )


# -- conflicts: subscribed read-only calendars and accepted conflicts.


class SubscriptionRow(_Versioned, Base):
    """A read-only calendar the coordinator subscribes to (the region's other events), by
    https URL or file path, with the last copy read well (kept for offline work: a refresh
    that fails leaves it, and says why in ``failure``)."""

    __tablename__ = "subscriptions"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    source: Mapped[str] = mapped_column(Text)
    # The last good copy, as read: None until one was read.
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    refreshed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The last refresh that failed (when, and why); cleared by one that works.
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failure: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AcceptedConflictRow(Base):
    """A conflict accepted with a reason (it then holds no release), by its key."""

    __tablename__ = "accepted_conflicts"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text, default="")
    """What the conflict said when accepted, for the list of accepted ones."""
    reason: Mapped[str] = mapped_column(Text)
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime)


# -- the stand at a fair (issue 15): every table here hangs on an event through its stand
# and is part of its snapshot (services.events.owned). People named by a contact keep
# their row when the contact is deleted (the link is cleared); an organisation in use by a
# stand cannot be deleted (services.catalog counts it).


class StandRow(_Versioned, Base):
    """An event's stand at a fair: one per event."""

    __tablename__ = "stands"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), unique=True)
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    hall: Mapped[str] = mapped_column(String(200), default="")
    booth: Mapped[str] = mapped_column(String(200), default="")
    area: Mapped[float | None] = mapped_column(Float)
    stand_type: Mapped[str] = mapped_column(String(20), default="shared")
    lead_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class CoExhibitorRow(_Versioned, Base):
    """A member company sharing a stand: a share of its area or a fixed fee."""

    __tablename__ = "co_exhibitors"
    id: Mapped[int] = mapped_column(primary_key=True)
    stand_id: Mapped[int] = mapped_column(ForeignKey("stands.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    area: Mapped[float | None] = mapped_column(Float)
    fee: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    staff_quota: Mapped[int] = mapped_column(Integer, default=0)
    badge_quota: Mapped[int] = mapped_column(Integer, default=0)
    brings: Mapped[str] = mapped_column(Text, default="")
    power_kw: Mapped[float | None] = mapped_column(Float)
    floor_m2: Mapped[float | None] = mapped_column(Float)
    state: Mapped[str] = mapped_column(String(20), default="asked")
    notes: Mapped[str] = mapped_column(Text, default="")

    # An organisation shares a stand once (``exhibitor remove EVENT ORGANISATION``).
    __table_args__ = (
        Index("ix_co_exhibitors_stand_organisation", "stand_id", "organisation_id", unique=True),
    )


class StandDeadlineRow(_Versioned, Base):
    """A fair organiser's deadline for the stand, or for one co-exhibitor."""

    __tablename__ = "stand_deadlines"
    id: Mapped[int] = mapped_column(primary_key=True)
    stand_id: Mapped[int] = mapped_column(ForeignKey("stands.id", ondelete="CASCADE"), index=True)
    co_exhibitor_id: Mapped[int | None] = mapped_column(
        ForeignKey("co_exhibitors.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date] = mapped_column(Date)
    due_time: Mapped[time | None] = mapped_column(Time)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class ExhibitorStaffRow(_Versioned, Base):
    """A person on the stand, named for a badge: a co-exhibitor's, or the cluster's."""

    __tablename__ = "exhibitor_staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    stand_id: Mapped[int] = mapped_column(ForeignKey("stands.id", ondelete="CASCADE"), index=True)
    co_exhibitor_id: Mapped[int | None] = mapped_column(
        ForeignKey("co_exhibitors.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    badge: Mapped[bool] = mapped_column(Boolean, default=True)


class StandMaterialRow(_Versioned, Base):
    """An item on a stand's materials checklist and where it is."""

    __tablename__ = "stand_materials"
    id: Mapped[int] = mapped_column(primary_key=True)
    stand_id: Mapped[int] = mapped_column(ForeignKey("stands.id", ondelete="CASCADE"), index=True)
    item: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    packer_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    shipper_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    returner_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    state: Mapped[str] = mapped_column(String(20), default="at_office")
    notes: Mapped[str] = mapped_column(Text, default="")


# -- the staff rota (issue 15): shifts hang on an event and are part of its snapshot
# (services.events.owned); a contact's skills belong to the contact.


class ShiftRow(_Versioned, Base):
    """A shift of an event's staff rota; instants in UTC, shown in the event's zone (as a
    session's). ``skills`` holds the required skills one per line; ``sequence`` rises with
    each change a person's rota feed shows."""

    __tablename__ = "shifts"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    needed: Mapped[int] = mapped_column(Integer, default=1)
    skills: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        # An event's rota in time order; and shifts by time, whatever their event (a
        # person's other shifts at once).
        Index("ix_shifts_event_starts", "event_id", "starts_at"),
        Index("ix_shifts_starts_ends", "starts_at", "ends_at"),
    )


class ShiftPersonRow(_Versioned, Base):
    """A contact on a shift; ``reason`` says why when they fill it beyond its need."""

    __tablename__ = "shift_people"
    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("shift_id", "contact_id"),
        Index("ix_shift_people_contact", "contact_id", "shift_id"),
    )


class ContactSkillRow(Base):
    """A skill a contact has ("English", "demo operator"), as typed; ``skill_key`` folds
    case and spaces so the rota's skill warnings compare by it."""

    __tablename__ = "contact_skills"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    skill_key: Mapped[str] = mapped_column(String(100), primary_key=True)
    skill: Mapped[str] = mapped_column(String(100))


# -- tasks (issue 15): a deadline with an owner, on an event (part of its snapshot) or on none.


class TaskRow(_Versioned, Base):
    """A task: its due date, and the relative rule it was worked out from when it has one
    (``domain.tasks.TaskRule``: an anchor, an amount in days, weeks or working days, before
    or after, and where a non-working day sends it); ``moved_reason`` says why the date was
    moved off the day the rule gave. ``sequence`` rises when the date or title changes (the
    deadline feed's SEQUENCE)."""

    __tablename__ = "tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    owner_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    owner_role: Mapped[str | None] = mapped_column(String(40))
    due_date: Mapped[date] = mapped_column(Date)
    due_time: Mapped[time | None] = mapped_column(Time)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by: Mapped[str] = mapped_column(String(200), default="")
    # The relative rule (all NULL for a task with a date of its own).
    anchor_kind: Mapped[str | None] = mapped_column(String(20))
    anchor_phase_id: Mapped[int | None] = mapped_column(
        ForeignKey("phases.id", ondelete="SET NULL")
    )
    anchor_task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))
    anchor_ref: Mapped[str | None] = mapped_column(String(200))
    """A fair organiser's deadline, by its kind (the stand's earliest of it)."""
    amount: Mapped[int | None] = mapped_column(Integer)
    unit: Mapped[str | None] = mapped_column(String(20))
    direction: Mapped[str | None] = mapped_column(String(10))
    day_off: Mapped[str | None] = mapped_column(String(10))
    moved_reason: Mapped[str | None] = mapped_column(Text)
    template_key: Mapped[str | None] = mapped_column(String(200))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        # The Tasks view: by date; an owner's and an event's tasks by date.
        Index("ix_tasks_due", "due_date", "id"),
        Index("ix_tasks_owner_due", "owner_contact_id", "due_date"),
        Index("ix_tasks_event_due", "event_id", "due_date"),
        Index("ix_tasks_anchor_task", "anchor_task_id"),
        Index("ix_tasks_anchor_phase", "anchor_phase_id"),
    )


# -- playbooks (issue 15): a coordinator's own checklists; the shipped ones are read from the
# package (resources/playbooks) and copied here to be edited.


class PlaybookRow(_UniqueName, _Versioned, Base):
    """A named list of task templates for a kind of event (``domain.playbooks``)."""

    __tablename__ = "playbooks"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    event_kind: Mapped[str | None] = mapped_column(String(40))
    description_en: Mapped[str] = mapped_column(Text, default="")
    description_sv: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="en")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PlaybookTaskRow(Base):
    """One task template of a playbook, in its place; written with its playbook, whose
    version guards them both."""

    __tablename__ = "playbook_tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    playbook_id: Mapped[int] = mapped_column(ForeignKey("playbooks.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(60))
    title_en: Mapped[str] = mapped_column(String(200), default="")
    title_sv: Mapped[str] = mapped_column(String(200), default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    description_sv: Mapped[str] = mapped_column(Text, default="")
    owner_role: Mapped[str] = mapped_column(String(40))
    anchor_kind: Mapped[str] = mapped_column(String(20))
    anchor_ref: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(10))
    day_off: Mapped[str] = mapped_column(String(10))
    # The rule counted from the event instead when the anchor is missing; NULL for none.
    fallback_amount: Mapped[int | None] = mapped_column(Integer)
    fallback_unit: Mapped[str | None] = mapped_column(String(20))
    fallback_direction: Mapped[str | None] = mapped_column(String(10))
    fallback_day_off: Mapped[str | None] = mapped_column(String(10))

    __table_args__ = (
        # A playbook's templates in order, and each key once in it.
        Index("ix_playbook_tasks_playbook_position", "playbook_id", "position"),
        UniqueConstraint("playbook_id", "key"),
    )


# -- the database's own settings (issue 15): what everyone on it shares, so kept in it (a team
# on PostgreSQL counts the same working days), not in each person's QSettings.


class SettingRow(_Versioned, Base):
    """One setting of the database, by its key (``services.working_days.settings``
    declares each with its type and default), its value as JSON."""

    __tablename__ = "settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[str] = mapped_column(Text)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OwnDayOffRow(_Versioned, Base):
    """One of the organisation's own days off (a staff day), each day once, with its name:
    deadlines counted in working days skip it."""

    __tablename__ = "own_days_off"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime)


# -- budget (issue 16): an event's lines (part of its snapshot) or a project's own.


class BudgetLineRow(_Versioned, Base):
    """A line of an event's budget (``event_id``) or of a project's own (``project_id``,
    no event; ``domain.budget.BudgetLine``). Amounts in minor units (öre, cents) of the
    line's currency, never floats; ``rate`` SEK per unit, NULL for SEK. Co-exhibitor shares
    are not stored: they are worked out from the stand when read."""

    __tablename__ = "budget_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    # A project with lines of its own is not deleted (``services.catalog``): nothing cascades.
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    category: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200), default="")
    planned_minor: Mapped[int] = mapped_column(BigInteger)
    actual_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="SEK")
    rate: Mapped[Decimal | None] = mapped_column(Numeric(14, 6))
    supplier: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


# -- registrations (issue 16): a person on an event, part of its snapshot
# (services.events.owned); the person is a contact, one record across events.


class RegistrationRow(_Versioned, Base):
    """A person registered for an event: its status, how and when it came, its place on
    the waitlist (priority, then ``registered_at``) and private needs."""

    __tablename__ = "registrations"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    status: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20), default="typed_in")
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    priority_reason: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        # A person once on an event; an event's list by status (the counts in one query).
        UniqueConstraint("event_id", "contact_id"),
        Index("ix_registrations_event_status", "event_id", "status"),
        Index("ix_registrations_contact", "contact_id", "event_id"),
    )


class RegistrationSessionRow(Base):
    """A session of the event's programme a registration chose."""

    __tablename__ = "registration_sessions"
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), primary_key=True
    )
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True, index=True
    )


# -- the funder's report (issue 16): a project's targets. They hang on the project, not on an
# event, so no event's snapshot holds them; a project with targets is not deleted
# (``services.catalog`` refuses it first).


class ProjectTargetRow(_Versioned, Base):
    """A project's target (``domain.reports.ProjectTarget``): a number of something, of one
    kind of event or of all, within a period of its own (NULL days: the report's)."""

    __tablename__ = "project_targets"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    amount: Mapped[int] = mapped_column(Integer)
    event_kind: Mapped[str | None] = mapped_column(String(40))
    first_day: Mapped[date | None] = mapped_column(Date)
    last_day: Mapped[date | None] = mapped_column(Date)
