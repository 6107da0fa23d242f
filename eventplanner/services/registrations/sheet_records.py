"""What importing a spreadsheet of registrations returns: its preview (each person's line,
the problems, the counts) and what an import wrote, for its undo. Frozen values."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Contact
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.sheet_rows import RowProblem, SheetPerson
from eventplanner.services.changes import ChangeSet
from eventplanner.services.registrations.records import RegistrationWrite


class SheetRefused(ValidationError):
    """A list that cannot be imported: every problem, each naming its row and column."""

    def __init__(self, name: str, problems: Sequence[RowProblem]) -> None:
        shown = "\n".join(p.text for p in problems[:20])
        more = f"\n… and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(
            "file", f"{name} was not imported (nothing changed):\n{shown}{more}"
        )  # fmt: skip
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class ImportLine:
    """What the import does with one person of the file."""

    person: SheetPerson
    known: bool
    """Matched by e-mail to a person already known."""
    status: RegistrationStatus | None
    """Registered or waitlisted; None for one already on the event (left as they are)."""


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing a list would do (or did): each person's line, the file's problems
    (nothing is imported while there are any) and the counts."""

    event_id: int
    event_title: str
    lines: tuple[ImportLine, ...]
    merged: tuple[SheetPerson, ...]
    new_organisations: tuple[str, ...]
    problems: tuple[RowProblem, ...]

    def _count(self, test: Callable[[ImportLine], bool]) -> int:
        return sum(1 for line in self.lines if test(line))

    @property
    def new_people(self) -> int:
        return self._count(lambda line: not line.known)

    @property
    def matched_people(self) -> int:
        return self._count(lambda line: line.known)

    @property
    def registered(self) -> int:
        return self._count(lambda line: line.status is RegistrationStatus.REGISTERED)

    @property
    def waitlisted(self) -> int:
        return self._count(lambda line: line.status is RegistrationStatus.WAITLISTED)

    @property
    def already(self) -> int:
        return self._count(lambda line: line.status is None)

    @property
    def summary(self) -> str:
        """ "12 new people, 3 matched, 1 duplicate merged, 2 to the waitlist"."""
        parts = [f"{self.new_people} new people", f"{self.matched_people} matched"]
        if self.merged:
            parts.append(f"{len(self.merged)} duplicate{'s' if len(self.merged) > 1 else ''}"
                         " merged")  # fmt: skip
        if self.already:
            parts.append(f"{self.already} already on the list")
        parts.append(f"{self.waitlisted} to the waitlist")
        return ", ".join(parts)

    @property
    def actor_note(self) -> str:
        """That the new organisations have no actor type yet ("" when none is made): the
        funder's report counts reach by it."""
        made = len(self.new_organisations)
        if not made:
            return ""
        lack = "1 new organisation lacks" if made == 1 else f"{made} new organisations lack"
        return f"{lack} an actor type (set it in the organisation editor for the funder's report)"


@dataclass(frozen=True, slots=True)
class ImportWrite:
    """What an import wrote: its preview, the registrations (as a write that
    ``RegistrationService.undo``'s rule takes back), and the people and organisations it
    made (taken away by the undo unless used since)."""

    preview: ImportPreview
    registrations: RegistrationWrite
    made_people: tuple[Contact, ...]
    made_organisations: tuple[tuple[int, int], ...]
    """Each organisation made: its id and version."""
    changes: ChangeSet
    organisation_keys: tuple[str, ...] = ()
    """The key each organisation made was made under (by number or name), for a redo."""
