"""What goes wrong reading an iCalendar file, said so that a person can find it."""

from __future__ import annotations

from dataclasses import dataclass

from eventplanner.domain.errors import EventplannerError


@dataclass(frozen=True, slots=True)
class Where:
    """A place in a file: a line, and the event it belongs to when there is one."""

    line: int | None = None
    uid: str | None = None
    summary: str | None = None

    def text(self) -> str:
        """``line 12`` or ``line 12, event 'Mässa' (UID abc@x)``."""
        parts: list[str] = []
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.summary or self.uid:
            event = "event"
            if self.summary:
                event += f" {_short(self.summary)!r}"
            if self.uid:
                event += f" (UID {_short(self.uid)})"
            parts.append(event)
        return ", ".join(parts)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ICalendarError(EventplannerError):
    """A file, or one event in it, that cannot be read; names the line and the event."""

    def __init__(self, message: str, where: Where | None = None) -> None:
        self.where = where or Where()
        self.reason = message
        place = self.where.text()
        super().__init__(f"{place}: {message}" if place else message)


@dataclass(frozen=True, slots=True)
class Problem:
    """One event left out of a reading (``skip_bad``), and why."""

    where: Where
    message: str

    def text(self) -> str:
        place = self.where.text()
        return f"{place}: {self.message}" if place else self.message
