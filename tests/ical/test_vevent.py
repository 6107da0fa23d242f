"""One event's VEVENTs, property by property, as OUTLOOK.md asks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.model import Event, OccurrenceChange
from eventplanner.domain.timing import TimedSpan
from eventplanner.ical import (
    CalendarInfo,
    EventText,
    ExportOptions,
    Place,
    event_text,
    export_calendar,
)
from eventplanner.ical.reader import read_calendar
from eventplanner.ical.values import DAY_ZONE, DTSTAMP_MARK
from tests.ical.factories import at, days, make_event, properties, timed

_PLAIN = ExportOptions()
STAMP = datetime(2027, 1, 15, 9, 30, tzinfo=UTC)


def _text(event: Event, place: Place | None = None, options: ExportOptions = _PLAIN) -> str:
    found = event_text(event, place, options)
    assert isinstance(found, EventText)
    return found.text


def test_timed_event_in_local_time_with_its_zone() -> None:
    """OUTLOOK.md 3: timed events in local time with TZID, and the zone reported."""
    found = event_text(make_event(timing=timed("2027-03-12 09:00", "2027-03-12 11:30")), None)
    assert found is not None
    assert properties(found.text, "DTSTART") == ["DTSTART;TZID=Europe/Stockholm:20270312T090000"]
    assert properties(found.text, "DTEND") == ["DTEND;TZID=Europe/Stockholm:20270312T113000"]
    assert properties(found.text, "X-MICROSOFT-CDO-ALLDAYEVENT") == [
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"
    ]
    assert found.zones == frozenset({"Europe/Stockholm"})


def test_all_day_event_has_dates_an_exclusive_end_and_the_outlook_flag() -> None:
    """OUTLOOK.md 4: a fair 12–14 March is DTSTART 20270312, DTEND 20270315, all-day TRUE,
    and uses no TZID (so needs no VTIMEZONE)."""
    found = event_text(make_event(timing=days("2027-03-12", "2027-03-14")), None)
    assert found is not None
    assert properties(found.text, "DTSTART") == ["DTSTART;VALUE=DATE:20270312"]
    assert properties(found.text, "DTEND") == ["DTEND;VALUE=DATE:20270315"]
    assert "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE" in found.text
    assert found.zones == frozenset()


def test_all_day_event_keeps_its_own_zone_beside_its_floating_dates() -> None:
    """Days in Berlin stay floating dates (no TZID on a DATE, OUTLOOK.md 4), the zone in an
    X- property, and our reader places them in Berlin again, whatever zone it reads
    floating times in (the sample's study visit came back in Stockholm)."""
    trip = make_event(timing=days("2027-04-20", "2027-04-22", "Europe/Berlin"))
    found = event_text(trip, None)
    assert found is not None
    assert properties(found.text, "DTSTART") == ["DTSTART;VALUE=DATE:20270420"]
    assert properties(found.text, DAY_ZONE) == [f"{DAY_ZONE}:Europe/Berlin"]
    assert found.zones == frozenset()
    text = export_calendar([(trip, None)], CalendarInfo(name="Alla"), _PLAIN, stamp=STAMP)
    for floating in ("Europe/Stockholm", "America/New_York"):
        (record,) = read_calendar(text.encode(), floating_zone=floating).records
        assert record.timing == trip.timing, floating
        assert record.warnings == ()


def test_one_day_event_never_ends_where_it_starts() -> None:
    """OUTLOOK.md 4: never DTSTART = DTEND."""
    text = _text(make_event(timing=days("2027-06-06", "2027-06-06")))
    assert properties(text, "DTEND") == ["DTEND;VALUE=DATE:20270607"]


@pytest.mark.parametrize(
    ("busy", "cdo", "transp"),
    [(BusyStatus.FREE, "FREE", "TRANSPARENT"), (BusyStatus.TENTATIVE, "TENTATIVE", "OPAQUE"),
     (BusyStatus.BUSY, "BUSY", "OPAQUE"), (BusyStatus.OUT_OF_OFFICE, "OOF", "OPAQUE")],
)  # fmt: skip
def test_busy_status_for_outlook_and_transparency_for_the_others(
    busy: BusyStatus, cdo: str, transp: str
) -> None:
    """OUTLOOK.md 5: X-MICROSOFT-CDO-BUSYSTATUS and TRANSP, agreeing."""
    text = _text(make_event(busy=busy))
    assert properties(text, "X-MICROSOFT-CDO-BUSYSTATUS") == [f"X-MICROSOFT-CDO-BUSYSTATUS:{cdo}"]
    assert properties(text, "TRANSP") == [f"TRANSP:{transp}"]


@pytest.mark.parametrize(
    ("minutes", "trigger"),
    [(0, "PT0S"), (15, "-PT15M"), (60, "-PT1H"), (90, "-PT1H30M"), (1080, "-PT18H"),
     (1440, "-P1D"), (1500, "-P1DT1H"), (10080, "-P1W")],
)  # fmt: skip
def test_one_alarm_with_a_relative_trigger(minutes: int, trigger: str) -> None:
    """OUTLOOK.md 8: at most one VALARM, with a relative TRIGGER."""
    text = _text(make_event(reminder_minutes=minutes))
    assert text.count("BEGIN:VALARM") == 1
    assert properties(text, "TRIGGER") == [f"TRIGGER:{trigger}"]


def test_no_reminder_no_alarm() -> None:
    """OUTLOOK.md 8: no reminder set, no VALARM."""
    assert "VALARM" not in _text(make_event(reminder_minutes=None))


def test_categories_follow_the_language_of_the_calendar() -> None:
    """OUTLOOK.md 8: in a calendar written in Swedish the kind is a Swedish category (the
    import reads it back as the kind), and a tag naming it is not written twice."""
    event = make_event(kind=EventKind.TRADE_FAIR, tags=("mässa", "Delad monter"))
    text = _text(event, None, ExportOptions(language="sv"))
    assert properties(text, "CATEGORIES") == ["CATEGORIES:Mässa,Delad monter"]
    assert properties(_text(event, None), "CATEGORIES") == [
        "CATEGORIES:trade fair,mässa,Delad monter"
    ]


def test_categories_location_url_and_description() -> None:
    """OUTLOOK.md 8: CATEGORIES on one line from the kind and tags (each once); LOCATION the
    venue and address on one line; the online link in URL and DESCRIPTION."""
    event = make_event(
        kind=EventKind.TRADE_FAIR,
        tags=("mässa", "Mässa", " delad  monter "),
        description="Montern delas med medlemsföretag.",
        online_url="https://teams.example.se/m/42",
        web_page="https://kluster.example.se/fair",
    )
    text = _text(event, Place("Elmia", "Elmiavägen 15", "Jönköping", "Sverige"))
    assert properties(text, "CATEGORIES") == ["CATEGORIES:trade fair,mässa,delad monter"]
    assert properties(text, "LOCATION") == [
        "LOCATION:Elmia\\, Elmiavägen 15\\, Jönköping\\, Sverige"
    ]
    assert properties(text, "URL") == ["URL:https://teams.example.se/m/42"]
    assert properties(text, "DESCRIPTION") == [
        "DESCRIPTION:Montern delas med medlemsföretag.\\n\\nhttps://teams.example.se/m/42"
    ]


def test_url_falls_back_to_the_public_page_and_location_to_the_venue_name() -> None:
    """OUTLOOK.md 8: URL is the online link, else the event's web page; without a Place the
    venue's name still says where."""
    text = _text(make_event(web_page="https://kluster.example.se/x", venue_name="Expectrum"))
    assert properties(text, "URL") == ["URL:https://kluster.example.se/x"]
    assert properties(text, "LOCATION") == ["LOCATION:Expectrum"]


def test_private_notes_only_when_asked() -> None:
    """Issue 4 (feeds: include private notes or not): notes stay out by default."""
    event = make_event(description="Öppet för alla.", notes="Boka fika.")
    assert "Boka fika" not in _text(event)
    with_notes = _text(event, options=ExportOptions(include_notes=True))
    assert properties(with_notes, "DESCRIPTION") == ["DESCRIPTION:Öppet för alla.\\n\\nBoka fika."]


def test_identity_and_revision() -> None:
    """OUTLOOK.md 7: UID stable, SEQUENCE from the revision, DTSTAMP the mark calendar_text
    replaces, LAST-MODIFIED the change, CREATED; no ORGANIZER or ATTENDEE (8)."""
    text = _text(make_event(uid="abc@eventplanner", sequence=7))
    assert properties(text, "UID") == ["UID:abc@eventplanner"]
    assert properties(text, "SEQUENCE") == ["SEQUENCE:7"]
    assert properties(text, "DTSTAMP") == [f"DTSTAMP:{DTSTAMP_MARK}"]
    assert properties(text, "LAST-MODIFIED") == ["LAST-MODIFIED:20261201T140530Z"]
    assert properties(text, "CREATED") == ["CREATED:20261102T080000Z"]
    assert "ORGANIZER" not in text and "ATTENDEE" not in text


@pytest.mark.parametrize(
    ("status", "written"),
    [(EventStatus.DRAFT, "TENTATIVE"), (EventStatus.PLANNED, "TENTATIVE"),
     (EventStatus.CONFIRMED, "CONFIRMED"), (EventStatus.COMPLETED, "CONFIRMED")],
)  # fmt: skip
def test_status(status: EventStatus, written: str) -> None:
    """Brief: TENTATIVE for draft and planned, CONFIRMED for confirmed and completed."""
    assert properties(_text(make_event(status=status)), "STATUS") == [f"STATUS:{written}"]


def test_cancelled_event_left_out_unless_asked_then_prefixed() -> None:
    """OUTLOOK.md 5: a cancelled event is removed from feeds, or shown prefixed as
    cancelled (STATUS:CANCELLED, free, no reminder) when the user chooses."""
    event = make_event("Mingel", status=EventStatus.CANCELLED, reminder_minutes=15)
    assert event_text(event, None) is None
    text = _text(
        event, options=ExportOptions(include_cancelled=True, cancelled_prefix="Inställt: ")
    )
    assert properties(text, "SUMMARY") == ["SUMMARY:Inställt: Mingel"]
    assert properties(text, "STATUS") == ["STATUS:CANCELLED"]
    assert "TRANSP:TRANSPARENT" in text and "VALARM" not in text


def test_series_until_is_utc_and_exdates_match_the_start() -> None:
    """OUTLOOK.md 6: RRULE with UNTIL in UTC when DTSTART has a TZID; EXDATE with the same
    TZID and time as DTSTART."""
    event = make_event(
        timing=timed("2027-03-04 13:00", "2027-03-04 16:00"),
        rule="FREQ=WEEKLY;UNTIL=20270429",
        exdates=(datetime(2027, 4, 1, 13, 0),),
    )
    text = _text(event)
    assert properties(text, "RRULE") == ["RRULE:FREQ=WEEKLY;UNTIL=20270429T215959Z"]
    assert properties(text, "EXDATE") == ["EXDATE;TZID=Europe/Stockholm:20270401T130000"]


def test_all_day_series_until_and_exdates_are_dates() -> None:
    """OUTLOOK.md 6 (RFC 5545 3.3.10): an all-day series' UNTIL and EXDATE are dates."""
    first = days("2027-01-29", "2027-01-29")
    event = make_event(
        timing=first, rule="FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630",
        exdates=(days("2027-03-26", "2027-03-26").first_day,),
    )  # fmt: skip
    text = _text(event)
    assert properties(text, "RRULE") == ["RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630"]
    assert properties(text, "EXDATE") == ["EXDATE;VALUE=DATE:20270326"]


def test_changed_and_cancelled_occurrences() -> None:
    """OUTLOOK.md 6: a changed occurrence is its own VEVENT with the same UID and a
    RECURRENCE-ID; a cancelled one is an EXDATE, or with include_cancelled a prefixed,
    cancelled occurrence."""
    moved = timed("2027-03-10 13:00", "2027-03-10 16:00")
    event = make_event(
        "Kurs",
        timing=timed("2027-03-04 13:00", "2027-03-04 16:00"),
        rule="FREQ=WEEKLY;COUNT=6",
        changes=(
            OccurrenceChange(datetime(2027, 3, 11, 13, 0), timing=moved, title="Kurs (flyttad)"),
            OccurrenceChange(datetime(2027, 3, 18, 13, 0), cancelled=True),
        ),
    )
    text = _text(event)
    assert text.count("UID:event-1@eventplanner") == 2
    assert properties(text, "RECURRENCE-ID") == [
        "RECURRENCE-ID;TZID=Europe/Stockholm:20270311T130000"
    ]
    assert properties(text, "EXDATE") == ["EXDATE;TZID=Europe/Stockholm:20270318T130000"]
    assert "DTSTART;TZID=Europe/Stockholm:20270310T130000" in text
    assert "SUMMARY:Kurs (flyttad)" in text
    shown = _text(event, options=ExportOptions(include_cancelled=True))
    assert properties(shown, "EXDATE") == []
    assert (
        properties(shown, "RECURRENCE-ID")[1]
        == "RECURRENCE-ID;TZID=Europe/Stockholm:20270318T130000"
    )
    assert "SUMMARY:Cancelled: Kurs" in shown


def test_occurrence_cancelled_by_status_is_struck_out_too() -> None:
    """Brief: change.status == CANCELLED counts as a cancelled occurrence (EXDATE)."""
    event = make_event(
        timing=timed("2027-03-04 13:00", "2027-03-04 16:00"),
        rule="FREQ=WEEKLY;COUNT=3",
        changes=(OccurrenceChange(datetime(2027, 3, 11, 13, 0), status=EventStatus.CANCELLED),),
    )
    text = _text(event)
    assert properties(text, "EXDATE") == ["EXDATE;TZID=Europe/Stockholm:20270311T130000"]
    assert "RECURRENCE-ID" not in text


def test_second_time_of_an_autumn_night_is_written_in_utc() -> None:
    """OUTLOOK.md 3: a local time that happens twice names the first; an end in the second
    02:30 (after the clocks went back) is written in UTC, the one form that says it."""
    start = at("2027-10-31 01:30")
    end = datetime(2027, 10, 31, 1, 30, tzinfo=UTC)  # 02:30 CET, the second 02:30
    text = _text(make_event(timing=TimedSpan(start, end, "Europe/Stockholm")))
    assert properties(text, "DTSTART") == ["DTSTART;TZID=Europe/Stockholm:20271031T013000"]
    assert properties(text, "DTEND") == ["DTEND:20271031T013000Z"]


def test_text_depends_only_on_its_arguments() -> None:
    """Brief: event_text may be cached by (id, version, place, options): same in, same out."""
    event = make_event(reminder_minutes=15, tags=("a",))
    assert _text(event) == _text(replace(event))


def test_changed_occurrence_of_a_cancelled_series_is_prefixed_and_cancelled() -> None:
    """OUTLOOK.md 5: with include_cancelled a cancelled series shows every occurrence as
    cancelled; a retitled or re-statused occurrence used to lose the prefix and say
    CONFIRMED, looking as if it were still on."""
    event = make_event(
        "Inställd",
        rule="FREQ=DAILY;COUNT=3",
        status=EventStatus.CANCELLED,
        changes=(
            OccurrenceChange(datetime(2027, 3, 13, 9, 0), title="Andra"),
            OccurrenceChange(datetime(2027, 3, 14, 9, 0), status=EventStatus.CONFIRMED),
        ),
    )
    text = _text(event, options=ExportOptions(include_cancelled=True))
    assert properties(text, "SUMMARY") == [
        "SUMMARY:Cancelled: Inställd",
        "SUMMARY:Cancelled: Andra",
        "SUMMARY:Cancelled: Inställd",
    ]
    assert properties(text, "STATUS") == ["STATUS:CANCELLED"] * 3
    assert properties(text, "TRANSP") == ["TRANSP:TRANSPARENT"] * 3
