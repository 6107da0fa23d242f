"""Rules an event and its companions must satisfy before they are saved.

Each check returns the problems it finds, each naming its field, so that a dialog can show
all of them beside their fields; services raise the first one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import pairwise

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import (
    Contact,
    EventDraft,
    OccurrenceChange,
    Organisation,
    Project,
    Tag,
    Venue,
)
from eventplanner.domain.organisation_numbers import country_code, identifier
from eventplanner.domain.recurrence import (
    MAX_OCCURRENCES,
    normalize_rule,
    occurrences_among,
    recurrence_ids,
)
from eventplanner.domain.rules import Frequency, RecurrenceRule, parse
from eventplanner.domain.timezones import (
    YEARS,
    exists,
    is_valid_zone,
    missing_time_message,
    year_problem,
)
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing

MAX_TITLE = 200
MAX_TEXT = 100_000
MAX_EVENT_LENGTH = timedelta(days=366)
MAX_REMINDER_MINUTES = 4 * 7 * 24 * 60
MAX_CAPACITY = 10_000_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^(https?)://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def _name_problems(field: str, value: str, limit: int = MAX_TITLE) -> list[ValidationError]:
    if not value.strip():
        return [ValidationError(field, "must not be empty")]
    if len(value) > limit:
        return [ValidationError(field, f"is {len(value)} characters long; at most {limit}")]
    if any(ch in value for ch in "\r\n\x00"):
        return [ValidationError(field, "must be a single line")]
    return []


def _url_problems(field: str, value: str) -> list[ValidationError]:
    if value and not _URL.match(value):
        return [ValidationError(field, f"{value!r} is not a web address (https://...)")]
    return []


def timing_problems(timing: Timing) -> list[ValidationError]:
    if not is_valid_zone(timing.time_zone):
        return [ValidationError("time_zone", f"unknown time zone {timing.time_zone!r}")]
    ends = (
        (("start", timing.start), ("end", timing.end))
        if isinstance(timing, TimedSpan)
        else (("start", timing.first_day), ("end", timing.last_day))
    )
    for name, value in ends:  # first: out-of-range years overflow any time arithmetic
        problem = year_problem(value, name)
        if problem is not None:
            return [problem]
    if isinstance(timing, TimedSpan):
        # A wall-clock time inside the spring-forward gap would be stored moved: reject it.
        for name, moment in ends:
            assert isinstance(moment, datetime)
            if not exists(moment):
                return [ValidationError(name, missing_time_message(moment, timing.time_zone))]
        if timing.end <= timing.start:
            return [ValidationError("end", "the end must be after the start")]
    elif timing.last_day < timing.first_day:
        return [ValidationError("end", "the last day must not be before the first day")]
    if timing.duration > MAX_EVENT_LENGTH:
        return [ValidationError("end", "an event may last at most a year")]
    return []


def event_problems(draft: EventDraft) -> list[ValidationError]:
    """Everything wrong with a draft that can be known without the database."""
    problems = _name_problems("title", draft.title)
    problems += timing_problems(draft.timing)
    if len(draft.description) > MAX_TEXT:
        problems.append(ValidationError("description", f"is longer than {MAX_TEXT} characters"))
    if len(draft.notes) > MAX_TEXT:
        problems.append(ValidationError("notes", f"is longer than {MAX_TEXT} characters"))
    if draft.capacity is not None and not 0 <= draft.capacity <= MAX_CAPACITY:
        problems.append(
            ValidationError("capacity", "must be a number from 0 upwards")
            if draft.capacity < 0
            else ValidationError("capacity", f"must be at most {MAX_CAPACITY:,}")
        )
    if draft.reminder_minutes is not None and not (
        0 <= draft.reminder_minutes <= MAX_REMINDER_MINUTES
    ):
        problems.append(
            ValidationError("reminder", "must be from 0 minutes to four weeks before the start")
        )
    problems += _url_problems("online_url", draft.online_url)
    problems += _url_problems("web_page", draft.web_page)
    for tag in draft.tags:
        problems += _name_problems("tags", tag, limit=60)
    if draft.recurrence is not None and not problems:
        problems += recurrence_problems(draft)
    return problems


def recurrence_problems(draft: EventDraft) -> list[ValidationError]:
    assert draft.recurrence is not None
    timing = draft.timing
    try:
        rule = normalize_rule(
            draft.recurrence.rule, all_day=timing.all_day, time_zone=timing.time_zone
        )
    except ValidationError as exc:
        return [exc]
    first = timing.start if isinstance(timing, TimedSpan) else timing.first_day
    value = parse(rule)
    if value.until is not None:
        # COUNT is capped when it is read; an end date can hide as many occurrences.
        occurrences = sum(
            1 for _ in recurrence_ids(rule, first, timing.time_zone, limit=MAX_OCCURRENCES + 1)
        )
        if occurrences > MAX_OCCURRENCES:
            return [
                ValidationError(
                    "recurrence",
                    f"the series would have more than {MAX_OCCURRENCES} occurrences; end it sooner",
                )
            ]
    count = value.count
    if count is not None:
        # No walk goes past the last year: occurrences there would be in the file's COUNT
        # (every calendar shows them) and nowhere in the planner.
        found = (
            count
            if _ends_in_time(value, first.year)
            else sum(1 for _ in recurrence_ids(rule, first, timing.time_zone, limit=count))
        )
        if 0 < found < count:
            return [
                ValidationError(
                    "recurrence",
                    f"the {_ordinal(found + 1)} of its {count} occurrences would fall after "
                    f"{YEARS[1]}; give it fewer (COUNT={found} ends within {YEARS[1]})",
                )
            ]
    opening = next(recurrence_ids(rule, first, timing.time_zone, limit=1), None)
    if opening is None:
        return [ValidationError("recurrence", "the rule gives no occurrence at all")]
    start_key = first.replace(tzinfo=None) if isinstance(first, datetime) else first
    if opening != start_key:
        # RFC 5545 leaves a start outside the rule undefined; Outlook and Google disagree.
        return [
            ValidationError(
                "start",
                f"the start ({start_key:%a %Y-%m-%d}) is not one of the days the rule repeats "
                f"on; start on the first occurrence ({opening:%a %Y-%m-%d}) instead",
            )
        ]
    if isinstance(timing, AllDaySpan) and timing.days > 1 and value.frequency is Frequency.DAILY:
        # Daily repeats of a multi-day event would overlap, which Outlook refuses.
        return [ValidationError("recurrence", "occurrences of a multi-day event would overlap")]
    ids = list(recurrence_ids(rule, first, timing.time_zone, limit=16))
    if len(ids) >= 2:
        gap = min(_gap(a, b) for a, b in pairwise(ids))
        if gap < timing.duration:
            return [ValidationError("recurrence", "occurrences would overlap each other")]
    problems: list[ValidationError] = []
    exdates = draft.recurrence.exdates
    occurring = occurrences_among(rule, first, timing.time_zone, exdates)
    for exdate in exdates:
        problem = year_problem(exdate, "exdates")
        if problem is not None:
            problems.append(problem)
        elif exdate not in occurring:
            problems.append(
                ValidationError("exdates", f"{exdate} is not an occurrence of this series")
            )
    return problems


def _gap(a: object, b: object) -> timedelta:
    return b - a  # type: ignore[operator, no-any-return]


def occurrence_change_problems(change: OccurrenceChange) -> list[ValidationError]:
    problems: list[ValidationError] = []
    problem = year_problem(change.recurrence_id, "recurrence_id")
    if problem is not None:
        return [problem]
    if change.title is not None:
        problems += _name_problems("title", change.title)
    if change.timing is not None:
        problems += timing_problems(change.timing)
    return problems


def venue_problems(venue: Venue) -> list[ValidationError]:
    problems = _name_problems("name", venue.name)
    if not is_valid_zone(venue.time_zone):
        problems.append(ValidationError("time_zone", f"unknown time zone {venue.time_zone!r}"))
    if venue.capacity is not None and not 0 <= venue.capacity <= MAX_CAPACITY:
        problems.append(ValidationError("capacity", f"must be a number from 0 to {MAX_CAPACITY:,}"))
    return problems


def organisation_problems(organisation: Organisation) -> list[ValidationError]:
    problems = _name_problems("name", organisation.name) + _url_problems(
        "web_page", organisation.web_page
    )
    try:
        identifier(organisation.org_number, organisation.country, "org_number")
    except ValidationError as problem:
        problems.append(problem)
    try:
        if organisation.country.strip():  # none given (one made by an import): no problem
            country_code(organisation.country, "country")
    except ValidationError as problem:
        problems.append(problem)
    return problems


def tidy_organisation(organisation: Organisation) -> Organisation:
    """``organisation`` with its number as NNNNNN-NNNN (a Swedish one; another country's
    identifier trimmed) and its country code in capitals, "" for none given
    (check ``organisation_problems`` first)."""
    return replace(
        organisation,
        org_number=identifier(organisation.org_number, organisation.country),
        country=country_code(organisation.country) if organisation.country.strip() else "",
    )


def email_key(email: str) -> str:
    """An e-mail address as people are matched by it: trimmed, lower case ("" for none)."""
    return email.strip().lower()


def contact_problems(contact: Contact) -> list[ValidationError]:
    problems = _name_problems("name", contact.name)
    if contact.email and not _EMAIL.match(contact.email.strip()):
        problems.append(ValidationError("email", f"{contact.email!r} is not an email address"))
    return problems


def project_problems(project: Project) -> list[ValidationError]:
    problems = _name_problems("name", project.name)
    if project.start and project.end and project.end < project.start:
        problems.append(ValidationError("end", "the project must not end before it starts"))
    return problems


def tag_problems(tag: Tag) -> list[ValidationError]:
    return _name_problems("name", tag.name, limit=60)


def raise_first(problems: Iterable[ValidationError]) -> None:
    """Raise the first problem, if any."""
    for problem in problems:
        raise problem


__all__ = [
    "MAX_OCCURRENCES",
    "contact_problems",
    "email_key",
    "event_problems",
    "organisation_problems",
    "project_problems",
    "raise_first",
    "tag_problems",
    "tidy_organisation",
    "venue_problems",
]


def _ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _ends_in_time(rule: RecurrenceRule, first_year: int) -> bool:
    """Whether a daily or weekly rule's COUNT occurrences surely end before the last
    year, without walking them: a step of INTERVAL days (no BY part) or of INTERVAL weeks
    (or days, with BYDAY: seven steps meet every weekday) holds at least one occurrence.
    Other rules may skip months or years (the 31st, 29 February): they are walked."""
    assert rule.count is not None
    if set(rule.parts()) - {"FREQ", "COUNT", "INTERVAL", "WKST", "BYDAY"}:
        return False
    if rule.frequency is Frequency.WEEKLY or (rule.frequency is Frequency.DAILY and rule.by_day):
        days = 7
    elif rule.frequency is Frequency.DAILY:
        days = 1
    else:
        return False
    span = rule.count * rule.step * days
    return first_year + span // 365 + 1 < YEARS[1]
