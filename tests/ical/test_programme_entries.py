"""A session or phase as a VEVENT of its own (ical.programme_entries), by OUTLOOK.md's rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import BusyStatus
from eventplanner.ical import CalendarInfo, EntryPerson, Place, ProgrammeEntry, calendar_text
from eventplanner.ical.lines import unfold
from eventplanner.ical.programme_entries import entry_text
from tests.ical.factories import run_ics_check

STO = ZoneInfo("Europe/Stockholm")
START = datetime(2027, 1, 19, 13, 0, tzinfo=STO)


def _entry(**changes: object) -> ProgrammeEntry:
    values: dict[str, object] = {
        "uid": "session-1@eventplanner", "related_uid": "event-1@eventplanner",
        "title": "Panel: AI i industrin", "start": START, "end": START + timedelta(hours=1),
        "time_zone": "Europe/Stockholm", "sequence": 4,
        "created": datetime(2026, 11, 1, tzinfo=UTC), "modified": datetime(2026, 11, 2, tzinfo=UTC),
        "event_title": "Innovationsdagarna", "stage": "Scen 1, studion",
        "place": Place("Västerås Kongress", "Kopparbergsvägen 10", "Västerås"),
        "stream_url": "https://live.example/scen-1",
        "people": (EntryPerson("Åsa Lindqvist", "moderator or chair", "RISE"),
                   EntryPerson("Henrik Åberg", "panellist")),
    }  # fmt: skip
    values.update(changes)
    return ProgrammeEntry(**values)  # type: ignore[arg-type]


def _lines(entry: ProgrammeEntry, language: str = "en") -> list[str]:
    return unfold(entry_text(entry, language=language).text).split("\r\n")


def test_a_session_entry() -> None:
    lines = _lines(_entry())
    assert "UID:session-1@eventplanner" in lines
    assert "SEQUENCE:4" in lines  # OUTLOOK.md 7: the event's, raised with every change
    assert "RELATED-TO:event-1@eventplanner" in lines
    assert "DTSTART;TZID=Europe/Stockholm:20270119T130000" in lines  # OUTLOOK.md 3
    # OUTLOOK.md 8: LOCATION "stage, venue" on one line, commas escaped; the link in URL.
    assert "LOCATION:Scen 1\\, studion\\, Västerås Kongress\\, Kopparbergsvägen 10" in lines
    assert "URL:https://live.example/scen-1" in lines
    (description,) = [line for line in lines if line.startswith("DESCRIPTION:")]
    assert "Moderator or chair: Åsa Lindqvist (RISE)" in description
    assert "Panellist: Henrik Åberg" in description
    assert "Stream: https://live.example/scen-1" in description
    # OUTLOOK.md 8: no ORGANIZER or ATTENDEE in a PUBLISH feed.
    assert not [line for line in lines if line.startswith(("ATTENDEE", "ORGANIZER"))]
    assert "X-MICROSOFT-CDO-BUSYSTATUS:BUSY" in lines


def test_in_swedish_and_a_break() -> None:
    lines = _lines(_entry(busy=BusyStatus.FREE, own_role="speaker"), language="sv")
    (description,) = [line for line in lines if line.startswith("DESCRIPTION:")]
    assert "Din roll: talare" in description and "Moderator: Åsa Lindqvist" in description
    assert "Sändning: https://live.example/scen-1" in description
    assert "TRANSP:TRANSPARENT" in lines  # OUTLOOK.md 5


def test_a_cancelled_events_entry_is_prefixed_and_free() -> None:
    lines = _lines(_entry(cancelled=True))
    assert "SUMMARY:Cancelled: Panel: AI i industrin" in lines
    assert "STATUS:CANCELLED" in lines and "X-MICROSOFT-CDO-BUSYSTATUS:FREE" in lines


def test_a_calendar_of_entries_passes_ics_check(tmp_path: Path) -> None:
    guest = _entry(uid="session-2@eventplanner", time_zone="America/Los_Angeles",
                   start=START + timedelta(hours=4), end=START + timedelta(hours=5),
                   stage="", place=None, stream_url="")  # fmt: skip
    texts = [entry_text(_entry()), entry_text(guest)]
    text = calendar_text(texts, CalendarInfo(name="Programmet"), stamp=datetime.now(UTC))
    assert "BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles" in text  # OUTLOOK.md 3
    path = tmp_path / "programmet.ics"
    path.write_bytes(text.encode())
    run_ics_check(path)
