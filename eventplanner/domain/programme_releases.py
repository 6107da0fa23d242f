"""Releases of a programme (issue 14): the programme is edited as a draft and released
under a name; each release says what changed since the one before (new, moved, changed and
cancelled sessions) and who is affected.

Plain values and rules: the services freeze a draft into ``ReleasedSession`` values, keep
them, and compare them here.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme import PersonRole, PhaseKind, SessionKind

MAX_RELEASE_NAME = 200
MAX_RELEASE_NOTE = 10_000

MOVED_WITH_EVENT = "Moved with the event"
"""The name of the release made when an event moves to other days: its latest release
moved along (``services.events.release_moves``). Kept in English, shown in the reader's
language (``release_title``)."""

NUMBERED_NAMES = ("Release {number}", "Version {number}")
"""The names the release dialog suggests, in English and Swedish: they only say the
release's number, so a title does not say it twice."""


class ReleasedPerson(NamedTuple):
    """A person on a released session: who, and in which role (a block's chair too)."""

    contact_id: int
    name: str
    role: PersonRole


@dataclass(frozen=True, slots=True)
class ReleasedSession:
    """A session as a release froze it."""

    uid: str
    title: str
    kind: SessionKind
    starts_at: datetime
    """Aware, in the event's zone."""
    ends_at: datetime
    stage_name: str = ""
    description: str = ""
    language: str = ""
    stream_url: str = ""
    people: tuple[ReleasedPerson, ...] = ()
    sequence: int = 0
    """The session's own SEQUENCE as released (0 when first released, raised with each
    released change)."""
    session_id: int | None = None
    """The draft's session it was (None when that was deleted since)."""
    recording_url: str = ""

    @property
    def contact_ids(self) -> frozenset[int]:
        return frozenset(p.contact_id for p in self.people)


@dataclass(frozen=True, slots=True)
class ReleasedPhase:
    """A phase (build-up, an open day, tear-down) as a release froze it."""

    uid: str
    kind: PhaseKind
    name: str
    starts_at: datetime
    ends_at: datetime
    public: bool
    sequence: int = 0
    phase_id: int | None = None

    @property
    def title(self) -> str:
        return self.name or self.kind.label


@dataclass(frozen=True, slots=True)
class Release:
    """One release of an event's programme: its number (1, 2, ...), name and note, when it
    was released, and the sessions and phases as they were."""

    id: int
    event_id: int
    number: int
    name: str
    note: str
    released_at: datetime
    """UTC."""
    sessions: tuple[ReleasedSession, ...] = ()
    phases: tuple[ReleasedPhase, ...] = ()
    time_zone: str = "UTC"
    """The event's zone when released: the sessions' times are said in it."""

    @property
    def label(self) -> str:
        """ "Release 2 'Final'" ("Release 2" when that is its name too), for messages."""
        number = self.number
        return release_title(self, f"Release {number}", lambda name: f"Release {number} {name!r}",
                             MOVED_WITH_EVENT)  # fmt: skip

    def session(self, uid: str) -> ReleasedSession | None:
        return next((s for s in self.sessions if s.uid == uid), None)


def release_title(
    release: Release, plain: str, named: Callable[[str], str], moved_name: str
) -> str:
    """A release's title in the reader's language: ``plain`` ("Release 2") when its name
    only says its number (as the release dialog suggests it in any language, or as
    ``plain`` says it), else ``named(name)`` ("Release 2 'Final'"), the name of a release
    made by moving its event said as ``moved_name``. One rule for the window and the
    e-mails, each giving its own words."""
    name = release.name.strip()
    numbered = {plain, *(n.format(number=release.number) for n in NUMBERED_NAMES)}
    if not name or name in numbered:
        return plain
    return named(moved_name if name == MOVED_WITH_EVENT else name)


class ChangeKind(enum.StrEnum):
    NEW = "new"
    MOVED = "moved"
    """Another time or another stage."""
    CHANGED = "changed"
    """The same time and stage; its title, people, description or links changed."""
    CANCELLED = "cancelled"


MOVES = frozenset({"time", "stage"})


@dataclass(frozen=True, slots=True)
class SessionChange:
    """What happened to one session between two releases (or a release and the draft)."""

    uid: str
    title: str
    change: ChangeKind
    before: ReleasedSession | None
    after: ReleasedSession | None
    what: frozenset[str] = frozenset()
    """What differs: "time", "stage", "title", "kind", "people", "description",
    "language", "stream" (empty for a new or cancelled session)."""

    @property
    def current(self) -> ReleasedSession:
        """The session as it is after the change (as it was, for a cancelled one)."""
        found = self.after or self.before
        assert found is not None
        return found

    @property
    def contact_ids(self) -> frozenset[int]:
        """Everyone on the session before or after: a person taken off is affected too."""
        ids: frozenset[int] = frozenset()
        for side in (self.before, self.after):
            if side is not None:
                ids |= side.contact_ids
        return ids


@dataclass(frozen=True, slots=True)
class PhaseChange:
    """What happened to one phase (its times, name, or whether it is public)."""

    uid: str
    title: str
    change: ChangeKind
    before: ReleasedPhase | None
    after: ReleasedPhase | None


@dataclass(frozen=True, slots=True)
class ProgrammeDiff:
    """The sessions that are new, moved, changed or cancelled, in time order."""

    changes: tuple[SessionChange, ...] = ()
    phase_changes: tuple[PhaseChange, ...] = ()

    def _of(self, kind: ChangeKind) -> tuple[SessionChange, ...]:
        return tuple(c for c in self.changes if c.change is kind)

    @property
    def new(self) -> tuple[SessionChange, ...]:
        return self._of(ChangeKind.NEW)

    @property
    def moved(self) -> tuple[SessionChange, ...]:
        return self._of(ChangeKind.MOVED)

    @property
    def changed(self) -> tuple[SessionChange, ...]:
        return self._of(ChangeKind.CHANGED)

    @property
    def cancelled(self) -> tuple[SessionChange, ...]:
        return self._of(ChangeKind.CANCELLED)

    @property
    def is_empty(self) -> bool:
        return not self.changes and not self.phase_changes

    def __len__(self) -> int:
        return len(self.changes) + len(self.phase_changes)

    def summary(self) -> str:
        """ "2 new, 1 moved, 1 cancelled" (what there is), or "no changes"."""
        parts = [f"{len(found)} {kind.value}" for kind in ChangeKind if (found := self._of(kind))]
        if self.phase_changes:
            count = len(self.phase_changes)
            parts.append(f"{count} phase{'s' * (count != 1)}")
        return ", ".join(parts) or "no changes"


def session_differences(before: ReleasedSession, after: ReleasedSession) -> frozenset[str]:
    """What differs between two versions of one session (see ``SessionChange.what``)."""
    what: set[str] = set()
    if (before.starts_at, before.ends_at) != (after.starts_at, after.ends_at):
        what.add("time")
    if before.stage_name != after.stage_name:
        what.add("stage")
    if before.title != after.title:
        what.add("title")
    if before.kind != after.kind:
        what.add("kind")
    if set(before.people) != set(after.people):
        what.add("people")
    if before.description != after.description:
        what.add("description")
    if before.language != after.language:
        what.add("language")
    if (before.stream_url, before.recording_url) != (after.stream_url, after.recording_url):
        what.add("stream")
    return frozenset(what)


def phase_differs(before: ReleasedPhase, after: ReleasedPhase) -> bool:
    return (before.kind, before.name, before.starts_at, before.ends_at, before.public) != (
        after.kind, after.name, after.starts_at, after.ends_at, after.public,
    )  # fmt: skip


def _session_order(change: SessionChange) -> tuple[datetime, datetime, str, str]:
    current = change.current
    return (current.starts_at, current.ends_at, current.title.casefold(), change.uid)


def diff_programmes(
    before: Release | None,
    after: Sequence[ReleasedSession],
    phases: Sequence[ReleasedPhase] | None = None,
) -> ProgrammeDiff:
    """What changed from the release ``before`` (None: nothing released yet, so every
    session is new) to the sessions ``after``; with ``phases``, the phases' changes too."""
    old = {s.uid: s for s in before.sessions} if before is not None else {}
    changes: list[SessionChange] = []
    for session in after:
        previous = old.pop(session.uid, None)
        if previous is None:
            changes.append(SessionChange(session.uid, session.title, ChangeKind.NEW, None,
                                         session))  # fmt: skip
            continue
        what = session_differences(previous, session)
        if what:
            kind = ChangeKind.MOVED if what & MOVES else ChangeKind.CHANGED
            changes.append(SessionChange(session.uid, session.title, kind, previous, session,
                                         what))  # fmt: skip
    for gone in old.values():
        changes.append(SessionChange(gone.uid, gone.title, ChangeKind.CANCELLED, gone, None))
    changes.sort(key=_session_order)
    phase_changes: list[PhaseChange] = []
    if phases is not None:
        old_phases = {p.uid: p for p in before.phases} if before is not None else {}
        for phase in phases:
            earlier = old_phases.pop(phase.uid, None)
            if earlier is None:
                phase_changes.append(PhaseChange(phase.uid, phase.title, ChangeKind.NEW, None,
                                                 phase))  # fmt: skip
            elif phase_differs(earlier, phase):
                kind = (
                    ChangeKind.MOVED
                    if (earlier.starts_at, earlier.ends_at) != (phase.starts_at, phase.ends_at)
                    else ChangeKind.CHANGED
                )
                phase_changes.append(PhaseChange(phase.uid, phase.title, kind, earlier, phase))
        for gone_phase in old_phases.values():
            phase_changes.append(PhaseChange(gone_phase.uid, gone_phase.title,
                                             ChangeKind.CANCELLED, gone_phase, None))  # fmt: skip
        phase_changes.sort(key=lambda c: ((c.after or c.before).starts_at, c.uid))  # type: ignore[union-attr]
    return ProgrammeDiff(tuple(changes), tuple(phase_changes))


@dataclass(frozen=True, slots=True)
class PersonChanges:
    """One person affected by a release: the changes of the sessions they are on (before
    or after, in any role)."""

    contact_id: int
    name: str
    email: str = ""
    language: str | None = None
    """A hint of the language to write to them in ("sv", "en"), from their sessions'
    languages when those agree; None when nothing says."""
    changes: tuple[SessionChange, ...] = field(default=())

    def roles_on(self, change: SessionChange) -> tuple[PersonRole, ...]:
        """Their roles on the session (after the change; before, if taken off it)."""
        found: list[PersonRole] = []
        for side in (change.after, change.before):
            if side is None:
                continue
            found += [p.role for p in side.people if p.contact_id == self.contact_id]
            if found:
                break
        return tuple(dict.fromkeys(found))

    def removed_from(self, change: SessionChange) -> bool:
        """Taken off a session that is still there."""
        return (
            change.after is not None
            and self.contact_id not in change.after.contact_ids
            and change.before is not None
            and self.contact_id in change.before.contact_ids
        )


_SWEDISH = frozenset({"sv", "sv-se", "sv-fi", "svenska", "swedish"})
_ENGLISH = frozenset({"en", "en-gb", "en-us", "engelska", "english"})


def language_hint(languages: Iterable[str]) -> str | None:
    """ "sv" or "en" when every session that says its language says the same one."""
    said: set[str] = set()
    for language in languages:
        key = language.strip().casefold().replace("_", "-")
        if not key:
            continue
        if key in _SWEDISH:
            said.add("sv")
        elif key in _ENGLISH:
            said.add("en")
        else:
            return None
    return said.pop() if len(said) == 1 else None


def affected_people(
    diff: ProgrammeDiff, emails: Mapping[int, str] | None = None
) -> tuple[PersonChanges, ...]:
    """Everyone on a changed session, before or after (a person taken off one too), with
    the changes that concern them in time order; sorted by name. ``emails`` gives their
    addresses by contact id."""
    names: dict[int, str] = {}
    theirs: dict[int, list[SessionChange]] = {}
    for change in diff.changes:
        for side in (change.after, change.before):  # the newer name first
            if side is None:
                continue
            for person in side.people:
                names.setdefault(person.contact_id, person.name)
        for contact_id in sorted(change.contact_ids):
            theirs.setdefault(contact_id, []).append(change)
    addresses = emails or {}
    found = [
        PersonChanges(
            contact_id,
            names[contact_id],
            addresses.get(contact_id, ""),
            language_hint(c.current.language for c in changes),
            tuple(changes),
        )
        for contact_id, changes in theirs.items()
    ]
    return tuple(sorted(found, key=lambda p: (p.name.casefold(), p.contact_id)))


def release_name_problems(name: str, note: str) -> list[ValidationError]:
    """A release needs a name on one line; its note has a limit."""
    problems: list[ValidationError] = []
    if not name.strip():
        problems.append(ValidationError("name", "the release needs a name (say 'Final')"))
    elif len(name) > MAX_RELEASE_NAME:
        problems.append(ValidationError(
            "name", f"the release's name is {len(name)} characters long; at most "
                    f"{MAX_RELEASE_NAME}"))  # fmt: skip
    elif any(ch in name for ch in "\r\n\x00"):
        problems.append(ValidationError("name", "the release's name must be a single line"))
    if len(note) > MAX_RELEASE_NOTE:
        message = f"the release's note is longer than {MAX_RELEASE_NOTE} characters"
        problems.append(ValidationError("note", message))
    return problems
