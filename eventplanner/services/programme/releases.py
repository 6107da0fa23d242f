"""Releasing an event's programme (issue 14): the programme's tables are the draft; a
release freezes it under a name and a number, and feeds, printed programmes and schedule
files publish the latest release.

Each release says what changed since the one before (``domain.programme_releases``) and
who is affected, with an e-mail for each of them (``release_emails``). Conflicts of
severity ``HOLD`` hold a release until resolved or accepted with a reason: the conflicts'
service sits above this one, so the workspace hands in ``holding``, a function giving an
event's holding conflicts.

A session's SEQUENCE is its own: 0 when first released, raised by one in each release that
changes it (moved, retitled, other people...), and raised when it comes back after being
cancelled. A cancelled session is left out of what is published (OUTLOOK.md 5: a
STATUS:CANCELLED entry in a PUBLISH feed only turns free and stays visible).

An event moved to other days takes its draft along and releases its latest release again,
moved the same way ("Moved with the event", ``services.events.release_moves``, in the
move's own transaction): the draft against it still shows only the draft's own changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.errors import EventplannerError, NotFoundError, ValidationError
from eventplanner.domain.programme import raise_first
from eventplanner.domain.programme_releases import (
    PersonChanges,
    ProgrammeDiff,
    Release,
    affected_people,
    diff_programmes,
    release_name_problems,
)
from eventplanner.domain.release_content import (
    dumps,
    loads,
    release_of,
    released_phases,
    released_sessions,
    with_sequences,
)
from eventplanner.domain.release_sequences import phase_release_sequences, release_sequences
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import ReleaseRow
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.touches import touch_of
from eventplanner.services.files import write_atomically
from eventplanner.services.programme import release_reads as reads
from eventplanner.services.programme.records import Programme, Written
from eventplanner.services.programme.release_emails import (
    PersonEmail,
    checked_language,
    eml_bytes,
    eml_file_name,
    person_email,
)
from eventplanner.services.programme.service import programme_event, read_programme

HoldingFinder = Callable[[int], tuple[Conflict, ...]]
"""An event's id → its conflicts that hold a release (``services.conflicts.holding``)."""


class ReleaseHeldError(EventplannerError):
    """Conflicts of severity hold, not accepted, stand on the programme: nothing released."""

    def __init__(self, label: str, conflicts: Sequence[Conflict]) -> None:
        self.conflicts = tuple(conflicts)
        count = len(self.conflicts)
        lines = [
            f"{label} is held by {count} conflict{'s' * (count != 1)}; nothing was released. "
            "Resolve each, or accept it with a reason (the Conflicts window, or "
            "`eventplanner conflicts accept KEY --reason TEXT`):"
        ]
        lines += [f"  {c.key}: {c.message}" for c in self.conflicts]
        super().__init__("\n".join(lines))


class NotReleasedError(ValidationError):
    """An event whose programme was never released publishes none; its draft is printed or
    exported only when asked for."""

    def __init__(self, title: str) -> None:
        super().__init__(
            "programme",
            f"the programme of {title!r} has not been released yet, so there is nothing to "
            "publish: release it first, or use its draft",
        )


@dataclass(frozen=True, slots=True)
class ReleasePlan:
    """The draft against the latest release: what would be released now."""

    event_id: int
    diff: ProgrammeDiff
    people: tuple[PersonChanges, ...]
    holding: tuple[Conflict, ...]
    """Unaccepted conflicts of severity hold on the programme: while any stand, no release."""
    next_number: int
    latest: Release | None

    @property
    def can_release(self) -> bool:
        return not self.holding and not self.diff.is_empty


@dataclass(frozen=True, slots=True)
class ReleaseHistory:
    """One release with what changed since the release before it, and who is affected."""

    release: Release
    diff: ProgrammeDiff
    people: tuple[PersonChanges, ...]


class ReleaseService:
    """An event's releases: reading them, the pending changes, releasing, the e-mails."""

    def __init__(self, database: Database, holding: HoldingFinder) -> None:
        self._db = database
        self._holding = holding

    # -- reading ---------------------------------------------------------------------------

    def releases(self, event_id: int) -> tuple[Release, ...]:
        """The event's releases, oldest first."""
        with self._db.reading() as session:
            event_row = reads.get_event_row(session, event_id)
            return tuple(
                reads.release_value(r, event_row.uid) for r in reads.release_rows(session, event_id)
            )

    def latest(self, event_id: int) -> Release | None:
        """The event's latest release (what is published), or None before the first."""
        with self._db.reading() as session:
            event_row = reads.get_event_row(session, event_id)
            row = reads.latest_row(session, event_id)
            return reads.release_value(row, event_row.uid) if row is not None else None

    def get(self, release_id: int) -> Release:
        with self._db.reading() as session:
            row = reads.get_release_row(session, release_id)
            return reads.release_value(row, reads.get_event_row(session, row.event_id).uid)

    def released_programme(self, event_id: int) -> Programme | None:
        """The programme as last released (for print and schedule files), of the event as
        it is now; None when it was never released."""
        with self._db.reading() as session:
            event_row = reads.get_event_row(session, event_id)
            row = reads.latest_row(session, event_id)
            if row is None:
                return None
            frozen = loads(row.content, event_id)
            return reads.released_programme(frozen, programme_event(event_row), event_row.uid)

    def publishable(self, event_id: int, *, draft: bool = False) -> Programme:
        """What print and schedule files show: the latest release, or with ``draft`` the
        draft; ``NotReleasedError`` when never released and the draft was not asked for."""
        if draft:
            with self._db.reading() as session:
                return read_programme(session, event_id)
        released = self.released_programme(event_id)
        if released is None:
            with self._db.reading() as session:
                raise NotReleasedError(reads.get_event_row(session, event_id).title)
        return released

    def history(self, release_id: int) -> ReleaseHistory:
        """A release with what changed since the release before it and who is affected."""
        with self._db.reading() as session:
            row = reads.get_release_row(session, release_id)
            event_row = reads.get_event_row(session, row.event_id)
            earlier = session.scalars(
                select(ReleaseRow)
                .where(ReleaseRow.event_id == row.event_id, ReleaseRow.number < row.number)
                .order_by(ReleaseRow.number.desc())
                .limit(1)
            ).first()
            release = reads.release_value(row, event_row.uid)
            before = reads.release_value(earlier, event_row.uid) if earlier is not None else None
            diff = diff_programmes(before, release.sessions, release.phases)
            people = affected_people(diff, reads.contact_emails(session, reads.contacts_of(diff)))
            return ReleaseHistory(release, diff, people)

    def pending(self, event_id: int) -> ReleasePlan:
        """The draft against the latest release: the changes, who they affect, and the
        conflicts that hold a release."""
        holding = self._holding(event_id)
        with self._db.reading() as session:
            event_row = reads.get_event_row(session, event_id)
            found = reads.latest_row(session, event_id)
            latest = reads.release_value(found, event_row.uid) if found is not None else None
            sessions, phases = reads.draft_values(session, event_row)
            diff = diff_programmes(latest, sessions, phases)
            people = affected_people(diff, reads.contact_emails(session, reads.contacts_of(diff)))
        number = latest.number + 1 if latest is not None else 1
        return ReleasePlan(event_id, diff, people, holding, number, latest)

    # -- releasing -------------------------------------------------------------------------

    @reported
    def release(self, event_id: int, name: str, note: str = "") -> Written[Release]:
        """Release the draft programme as ``name`` (with ``note``), in one transaction.
        Refused with ``ReleaseHeldError`` while a conflict holds it, and with a
        ``ValidationError`` for an empty name or when nothing changed since the latest."""
        name, note = name.strip(), note.strip()
        raise_first(release_name_problems(name, note))
        with self._db.transaction() as session:
            # Locked as every programme write locks it: no edit slips in between the
            # conflicts read below and the copy taken of the draft.
            event_row = reads.get_event_row(session, event_id, lock=True)
            earlier = [
                reads.release_value(r, event_row.uid) for r in reads.release_rows(session, event_id)
            ]
            latest = earlier[-1] if earlier else None
            number = latest.number + 1 if latest is not None else 1
            holding = self._holding(event_id)
            if holding:
                raise ReleaseHeldError(f"Release {number} {name!r} of {event_row.title!r}",
                                       holding)  # fmt: skip
            frozen = reads.frozen_draft(session, event_row)
            sessions = released_sessions(frozen)
            phases = released_phases(frozen, event_row.uid)
            diff = diff_programmes(latest, sessions, phases)
            if diff.is_empty:
                raise ValidationError(
                    "programme",
                    f"nothing changed since {latest.label}; nothing was released"
                    if latest is not None
                    else f"{event_row.title!r} has no sessions or phases to release",
                )
            frozen = with_sequences(
                frozen,
                release_sequences(sessions, earlier),
                phase_release_sequences(phases, earlier),
            )
            row = ReleaseRow(
                event_id=event_id, number=number, name=name, note=note,
                released_at=rows.now_utc(), content=dumps(frozen),
            )  # fmt: skip
            session.add(row)
            session.flush()
            release = release_of(row.id, event_id, number, name, note, row.released_at, frozen,
                                 event_row.uid)  # fmt: skip
            changes = ChangeSet.of(Kind.RELEASE, Action.CREATED, [row.id]) | ChangeSet.for_events(
                Action.CHANGED, [touch_of(event_row)]
            )
            return Written(release, changes)

    # -- e-mails ---------------------------------------------------------------------------

    def emails(self, event_id: int, release_id: int, language: str) -> tuple[PersonEmail, ...]:
        """An e-mail for each person the release affects (its changes since the release
        before it), in ``language`` ("en" or "sv"), sorted by name."""
        chosen = checked_language(language)
        history = self.history(release_id)
        if history.release.event_id != event_id:
            raise NotFoundError(f"release {release_id} is not one of event {event_id}'s")
        with self._db.reading() as session:
            title = reads.get_event_row(session, event_id).title
        return tuple(person_email(p, history.release, title, chosen) for p in history.people)

    def write_emails(
        self, event_id: int, release_id: int, language: str, folder: Path
    ) -> tuple[Path, ...]:
        """The release's e-mails as ``.eml`` files in ``folder`` (Outlook opens each as a
        draft to send); the files written."""
        if not folder.is_dir():
            raise ValidationError("folder", f"{folder} is not a folder that exists")
        written = []
        for number, email in enumerate(self.emails(event_id, release_id, language), start=1):
            path = folder / eml_file_name(email, number)
            write_atomically(
                path, eml_bytes(email), what=f"the e-mail to {email.to[0]}", done="saved"
            )
            written.append(path)
        return tuple(written)
