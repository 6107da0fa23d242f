"""What a feed must satisfy before it is saved, and the name of the file it publishes.

Rules that need the database (a unique name, projects and venues that exist) live in the
feed service; these need only the feed.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.feeds import Feed
from eventplanner.domain.languages import LANGUAGES

MAX_NAME = 200
MAX_DESCRIPTION = 10_000
MAX_PREFIX = 60
MAX_FILE_STEM = 120
"""OneDrive and SharePoint refuse paths past 400 characters; leave the folder room."""

# Characters Windows, OneDrive and SharePoint refuse in file names.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}


def file_name_for(name: str) -> str:
    """The .ics file a feed called ``name`` publishes: its name, made safe on every system.

    "Mässor 2027" gives "Mässor 2027.ics"; characters Windows or OneDrive refuse become "-";
    "" when nothing usable is left (a name of only such characters).
    """
    text = unicodedata.normalize("NFC", name).strip()
    text = _UNSAFE.sub("-", text)
    text = re.sub(r"\s+", " ", text)
    text = text[:MAX_FILE_STEM].strip().rstrip(". ")  # Windows drops trailing dots and spaces
    text = text.lstrip(".")  # a leading dot hides the file on macOS and Linux
    if not text.strip("- "):
        return ""
    if text.split(".")[0].upper() in _RESERVED:
        text = f"{text} (feed)"
    return f"{text}.ics"


def _line_problems(field: str, value: str, limit: int, *, required: bool) -> list[ValidationError]:
    if required and not value.strip():
        return [ValidationError(field, "must not be empty")]
    if len(value) > limit:
        return [ValidationError(field, f"is {len(value)} characters long; at most {limit}")]
    if any(ch in value for ch in "\r\n\x00"):
        return [ValidationError(field, "must be a single line")]
    return []


def feed_problems(feed: Feed) -> list[ValidationError]:
    """Everything wrong with ``feed`` on its own, each naming its field."""
    problems = _line_problems("name", feed.name, MAX_NAME, required=True)
    if not problems and not file_name_for(feed.name):
        problems.append(
            ValidationError("name", f"{feed.name!r} leaves nothing to name the feed's file by")
        )
    problems += _line_problems("calendar_name", feed.calendar_name, MAX_NAME, required=False)
    if len(feed.description) > MAX_DESCRIPTION:
        problems.append(
            ValidationError(
                "description",
                f"is {len(feed.description)} characters long; at most {MAX_DESCRIPTION}",
            )
        )
    problems += _line_problems(
        "cancelled_prefix", feed.cancelled_prefix, MAX_PREFIX, required=feed.include_cancelled
    )
    if feed.first_day and feed.last_day and feed.last_day < feed.first_day:
        problems.append(
            ValidationError(
                "last_day",
                f"{feed.last_day.isoformat()} is before the first day {feed.first_day.isoformat()}",
            )
        )
    if feed.where.exclude_event_ids:
        problems.append(
            ValidationError("where", "a feed chooses events by filter, not by leaving ids out")
        )
    if feed.language not in LANGUAGES:
        problems.append(
            ValidationError(
                "language",
                f'{feed.language!r} is no language; "" (automatic), "sv" or "en"',
            )
        )
    problems += programme_problems(feed)
    if feed.tasks.wanted and feed.programme.wanted:
        problems.append(
            ValidationError("tasks", "a deadline feed publishes tasks only, not a programme")
        )
    if feed.folder.strip():
        folder = Path(feed.folder.strip()).expanduser()
        if not folder.is_absolute():
            problems.append(
                ValidationError("folder", f"{feed.folder!r} is not a full path to a folder")
            )
    return problems


def programme_problems(feed: Feed) -> list[ValidationError]:
    """A stage or breaks only with sessions: they choose among the sessions published."""
    programme = feed.programme
    problems = _line_problems("stage", programme.stage, MAX_NAME, required=False)
    if not programme.sessions and programme.stage.strip():
        problems.append(
            ValidationError("stage", "a stage chooses among sessions; publish the sessions too")
        )
    if not programme.sessions and programme.breaks:
        problems.append(ValidationError("breaks", "breaks are sessions; publish the sessions too"))
    return problems
