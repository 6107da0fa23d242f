"""How Outlook will read each VEVENT of an exported calendar, worked out from the text itself.

The preview parses the file back with icalendar and reads it with Outlook's rules, not ours:
local times are placed with the file's own VTIMEZONE reduced to its yearly RRULE pair, as
Outlook reduces it (OUTLOOK.md 3), so a wrong definition shows as a wrong hour here too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from dateutil import rrule as du

from eventplanner.domain.enums import BusyStatus
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.rules import parse
from eventplanner.domain.timezones import is_valid_zone, zone
from eventplanner.ical.outlook_rules import rule_problem
from eventplanner.ical.recurrence_words import RuleText

if TYPE_CHECKING:  # icalendar loads when a preview is made, not with the services
    from icalendar import Calendar, Component


@dataclass(frozen=True)
class PreviewRow:
    """One VEVENT as Outlook will show it to a reader in ``reader_zone``."""

    uid: str
    title: str
    all_day: bool
    start: datetime | date
    """Timed: the start in the reader's zone. All-day: the first day (the same everywhere)."""
    end: datetime | date
    """Timed: the end in the reader's zone. All-day: the last day, inclusive, as shown."""
    time_zone: str | None
    """The TZID the times are written in; None for all-day, UTC or floating times."""
    busy_status: BusyStatus
    reminder: timedelta | None
    """How long before the start Outlook reminds; None for no reminder."""
    recurrence: str
    """The series' pattern in words ("every week on Monday, 8 times"); "" for one event."""
    recurrence_id: datetime | date | None
    """For a changed occurrence: the original start it replaces (reader's zone)."""
    status: str
    """TENTATIVE, CONFIRMED or CANCELLED, as the file says."""
    location: str
    categories: tuple[str, ...]
    warnings: tuple[str, ...]
    rule: RuleText | None = None
    """What ``recurrence`` is made from, for words in another language (None: one event)."""
    written_apart: tuple[int, int] | None = None
    """For a series written one by one: which occurrence this is, of how many."""
    first_apart: bool = False
    """The first occurrence of a series written apart: it starts in an hour a clock change
    repeats or skips (its length, ``end - start``, is real time, as its DURATION)."""


_BUSY = {
    "FREE": BusyStatus.FREE,
    "TENTATIVE": BusyStatus.TENTATIVE,
    "BUSY": BusyStatus.BUSY,
    "OOF": BusyStatus.OUT_OF_OFFICE,
}


@dataclass(frozen=True)
class _Observance:
    start: datetime
    rule: str | None
    offset_to: timedelta
    daylight: bool


class _FileZone:
    """A VTIMEZONE as Outlook keeps it: the yearly STANDARD/DAYLIGHT pair, nothing else."""

    def __init__(self, tzid: str, component: Component) -> None:
        self.tzid = tzid
        self.problems: list[str] = []
        observances: list[_Observance] = []
        for sub in component.subcomponents:
            if sub.name not in ("STANDARD", "DAYLIGHT"):
                continue
            rule = sub.get("RRULE")
            if rule is None and sub.get("RDATE") is not None:
                self.problems.append(
                    f"the time zone {tzid} gives its clock changes as RDATE, which Outlook "
                    "ignores: it will show the times an hour off for part of the year"
                )
            observances.append(
                _Observance(
                    sub.get("DTSTART").dt.replace(tzinfo=None),
                    rule.to_ical().decode() if rule is not None else None,
                    sub.get("TZOFFSETTO").td,
                    sub.name == "DAYLIGHT",
                )
            )
        ruled = [o for o in observances if o.rule is not None]
        self.standard = next((o for o in ruled if not o.daylight), None)
        self.daylight = next((o for o in ruled if o.daylight), None)
        fixed = [o for o in observances if not o.daylight] or observances
        self.fixed = max(fixed, key=lambda o: o.start).offset_to if fixed else timedelta(0)

    def _change_in(self, observance: _Observance, year: int) -> datetime | None:
        assert observance.rule is not None
        rule = du.rrulestr(observance.rule, dtstart=observance.start)
        found: datetime | None = rule.after(datetime(year, 1, 1), inc=True)  # noqa: DTZ001
        return found if found is not None and found.year == year else None

    def offset(self, wall: datetime) -> timedelta:
        """The UTC offset Outlook gives the local time ``wall`` in this zone."""
        if self.standard is None or self.daylight is None:
            only = self.standard or self.daylight
            return only.offset_to if only is not None else self.fixed
        to_daylight = self._change_in(self.daylight, wall.year)
        to_standard = self._change_in(self.standard, wall.year)
        if to_daylight is None or to_standard is None:
            return self.standard.offset_to
        if to_daylight < to_standard:  # northern hemisphere: summer within the year
            summer = to_daylight <= wall < to_standard
        else:
            summer = not to_standard <= wall < to_daylight
        return self.daylight.offset_to if summer else self.standard.offset_to


class _Reader:
    def __init__(self, calendar: Calendar, reader_zone: str) -> None:
        self.reader = zone(reader_zone)
        self.name = reader_zone
        self.zones = {
            str(c.get("TZID")): _FileZone(str(c.get("TZID")), c) for c in calendar.walk("VTIMEZONE")
        }

    def moment(self, prop: Any, problems: list[str]) -> tuple[datetime | date, str | None]:
        """A DTSTART/DTEND/RECURRENCE-ID value as the reader sees it, and its TZID."""
        value = prop.dt
        if not isinstance(value, datetime):
            return value, None
        tzid = prop.params.get("TZID")
        wall = value.replace(tzinfo=None)
        if tzid is not None:
            return self.placed(wall, str(tzid), problems), str(tzid)
        if value.tzinfo is not None:
            return value.astimezone(self.reader), None
        problems.append("its time has no zone (floating): Outlook shows it in each reader's zone")
        return wall.replace(tzinfo=self.reader), None

    def placed(self, wall: datetime, tzid: str, problems: list[str]) -> datetime:
        found = self.zones.get(tzid)
        if found is not None:
            problems.extend(p for p in found.problems if p not in problems)
            return (wall - found.offset(wall)).replace(tzinfo=UTC).astimezone(self.reader)
        message = (
            f"it uses the time zone {tzid} without a VTIMEZONE for it: Outlook shifts it "
            "or refuses the file"
        )
        if message not in problems:
            problems.append(message)
        if is_valid_zone(tzid):
            return wall.replace(tzinfo=zone(tzid)).astimezone(self.reader)
        return wall.replace(tzinfo=UTC).astimezone(self.reader)


def _reminder(event: Component, start: datetime | date, end: datetime | date) -> timedelta | None:
    alarms = event.walk("VALARM")
    if not alarms:
        return None
    trigger = alarms[0].get("TRIGGER")
    if trigger is None:
        return None
    value = trigger.dt
    if isinstance(value, timedelta):
        if str(trigger.params.get("RELATED", "START")).upper() == "END":
            value += _as_moment(end) - _as_moment(start)
        return -value
    if isinstance(value, datetime):
        return _as_moment(start) - value.astimezone(UTC)
    return None


def _as_moment(value: datetime | date) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime(value.year, value.month, value.day, tzinfo=UTC)


def _exdates(event: Component) -> list[Any]:
    found = event.get("EXDATE")
    if found is None:
        return []
    lists = found if isinstance(found, list) else [found]
    return [item for entry in lists for item in entry.dts]


def _row(event: Any, reader: _Reader) -> PreviewRow:
    # Any: icalendar types each property as a union of all its value types.
    problems: list[str] = []
    start, tzid = reader.moment(event["DTSTART"], problems)
    all_day = not isinstance(start, datetime)
    end_prop = event.get("DTEND")
    if end_prop is not None:
        end, _ = reader.moment(end_prop, problems)
    elif event.get("DURATION") is not None:
        # Real time, as RFC 5545 3.3.6 says: an hour across a clock change is an hour.
        length = event["DURATION"].dt
        end = (
            (start.astimezone(UTC) + length).astimezone(reader.reader)
            if isinstance(start, datetime)
            else start + length
        )
    else:
        end = start + timedelta(days=1) if all_day else start
    if all_day:
        assert isinstance(start, date) and isinstance(end, date)
        if end <= start:
            problems.append("its end day is not after its start day: Outlook shows it short")
            end = start + timedelta(days=1)
        end = end - timedelta(days=1)  # DTEND is exclusive; the reader sees the last day
    status = str(event.get("STATUS", "")).upper()
    busy_text = str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper()
    transparent = str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT"
    busy = _BUSY.get(busy_text, BusyStatus.FREE if transparent else BusyStatus.BUSY)
    if status == "CANCELLED":
        busy = BusyStatus.FREE
        problems.append("it is cancelled: Outlook still shows it, as free time")
    if len(event.walk("VALARM")) > 1:
        problems.append("it has several reminders: Outlook keeps only the first")
    if event.get("ORGANIZER") is not None or event.get("ATTENDEE") is not None:
        problems.append("it names an organiser or attendees: Outlook makes it a meeting")
    words, described = "", None
    rule = event.get("RRULE")
    if rule is not None:
        rule_text = (rule[0] if isinstance(rule, list) else rule).to_ical().decode()
        own = event["DTSTART"].dt
        first_day = own.date() if isinstance(own, datetime) else own
        series_zone, zone_name = reader.reader, ""
        if tzid is not None and is_valid_zone(tzid):
            series_zone = zone(tzid)
            zone_name = "" if tzid == reader.name else tzid
        struck = [item.dt for item in _exdates(event)]
        problem: str | None
        try:
            value = parse(rule_text)
        except ValidationError as exc:
            words, problem = rule_text, f"its rule cannot be read ({exc.message})"
        else:
            described = RuleText(rule_text, own, tuple(struck), series_zone, zone_name)
            words = described.words()
            problem = rule_problem(value, first_day)
        if problem is not None:
            problems.append(
                f"Outlook cannot show this series: {problem}. It shows only the first "
                f"occurrence, {_when(start)}, and none of the others"
            )
    recurrence_id = None
    if event.get("RECURRENCE-ID") is not None:
        recurrence_id, _ = reader.moment(event["RECURRENCE-ID"], problems)
    found_categories: list[str] = []
    for entry in (
        event.get("CATEGORIES", [])
        if isinstance(event.get("CATEGORIES"), list)
        else [event.get("CATEGORIES")]
    ):
        if entry is not None:
            found_categories += [str(c) for c in entry.cats]
    return PreviewRow(
        uid=str(event.get("UID", "")),
        title=str(event.get("SUMMARY", "")),
        all_day=all_day,
        start=start,
        end=end,
        time_zone=tzid,
        busy_status=busy,
        reminder=_reminder(event, start, end),
        recurrence=words,
        recurrence_id=recurrence_id,
        status=status,
        location=str(event.get("LOCATION", "")),
        categories=tuple(found_categories),
        warnings=tuple(problems),
        rule=described,
    )


def preview(calendar: str, reader_zone: str) -> list[PreviewRow]:
    """How Outlook will read each VEVENT of an exported calendar: parse the text back
    (icalendar, with the file's own VTIMEZONEs as Outlook reduces them) and describe it, so
    the preview shows the file, not our intentions.

    Raises ValueError naming the problem when the text is not an iCalendar file, and a
    ValidationError when ``reader_zone`` is not a time zone.
    """
    zone(reader_zone)  # checked first: a wrong zone is the caller's mistake, not the file's
    try:
        from icalendar import Calendar

        parsed = Calendar.from_ical(calendar)
    except ValueError as exc:
        raise ValueError(f"the calendar cannot be read: {exc}") from None
    reader = _Reader(parsed, reader_zone)
    events = parsed.walk("VEVENT")
    return _one_by_one([_row(event, reader) for event in events], events)


def _when(value: datetime | date) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if isinstance(value, datetime) else f"{value:%Y-%m-%d}"


def _one_by_one(rows: list[PreviewRow], events: list[Component]) -> list[PreviewRow]:
    """Rows of a series written one by one (no Outlook pattern came near it: each occurrence
    a VEVENT RELATED-TO the series' UID) say so, and which of how many each is."""
    series = [str(e.get("RELATED-TO")) if e.get("RELATED-TO") is not None else None for e in events]
    sizes: dict[str, int] = {}
    for uid in series:
        if uid is not None:
            sizes[uid] = sizes.get(uid, 0) + 1
    masters = {row.uid for row in rows if row.recurrence and row.recurrence_id is None}
    seen: dict[str, int] = {}
    out: list[PreviewRow] = []
    for row, uid in zip(rows, series, strict=True):
        if uid is not None and row.uid.startswith(f"{uid}-"):
            seen[uid] = seen.get(uid, 0) + 1
            if uid in masters or sizes[uid] == 1:
                # Its times alone are ambiguous (02:30 is twice that night): say its length,
                # which the file's DURATION gives.
                words = (
                    f"the first occurrence of a series, written apart, {length_text(row)} "
                    "long: it starts in the hour a clock change repeats or skips, which "
                    "readers place differently; the series goes on from its second occurrence"
                )
                row = replace(row, recurrence=words, first_apart=True)
            else:
                words = (
                    f"occurrence {seen[uid]} of {sizes[uid]} of a series no Outlook pattern "
                    "comes near, written as separate events: Outlook shows each on its own"
                )
                row = replace(row, recurrence=words, written_apart=(seen[uid], sizes[uid]))
        out.append(row)
    return out


def length_parts(row: PreviewRow) -> tuple[int, int] | None:
    """A timed row's length in real time (across a clock change too, as its DURATION), as
    whole hours and the minutes left over; None for an all-day row."""
    start, end = row.start, row.end
    if not (isinstance(start, datetime) and isinstance(end, datetime)):
        return None
    minutes = int((end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    return hours, rest


def length_text(row: PreviewRow) -> str:
    """ "2 h", "1 h 30 min", "45 min": ``length_parts`` in words; "" for an all-day row."""
    parts = length_parts(row)
    if parts is None:
        return ""
    hours, rest = parts
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"
