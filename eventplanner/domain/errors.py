"""Errors that carry a message a coordinator can act on."""

from __future__ import annotations


class EventplannerError(Exception):
    """Base of every error the product reports to a person."""


class ValidationError(EventplannerError):
    """Input that cannot be saved; names the field that is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class UsedByFeedsError(ValidationError):
    """A venue, organisation, project or tag that feeds choose their events by: deleting it
    would change what those feeds publish, so it is refused, naming them."""

    def __init__(self, noun: str, name: str, feeds: tuple[str, ...]) -> None:
        quoted = [repr(f) for f in feeds]
        listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"
        which = "the feed" if len(feeds) == 1 else "the feeds"
        them = "it" if len(feeds) == 1 else "them"
        super().__init__(noun, f"{name!r} is chosen by {which} {listed}; change {them} first")
        self.name = name
        self.feeds = feeds


class NotFoundError(EventplannerError):
    """A reference to something that does not exist (or no longer exists)."""


class ConflictError(EventplannerError):
    """Someone else changed the same record since it was loaded."""


class DatabaseError(EventplannerError):
    """The database cannot be opened or written (locked, read-only, full disk, ...)."""


class PasswordNeededError(DatabaseError):
    """The database server wants a password that was not given (or refused the one given).

    ``target`` names the database without any password; ``refused`` says one was given.
    """

    def __init__(self, message: str, *, target: str, user: str, refused: bool) -> None:
        super().__init__(message)
        self.target = target
        self.user = user
        self.refused = refused


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer Eventplanner; it is left untouched."""


class PublishError(EventplannerError):
    """A feed's file could not be written (missing or read-only folder, full disk, ...).

    The previous file, if any, is left whole, and nothing is recorded as published.
    """
