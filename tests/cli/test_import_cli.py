"""`eventplanner import`: the plan printed, --dry-run, and one-line refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.icsfiles import calendar, event

FAIR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:fair@test\r\n"
    "SUMMARY:Automationsmässan\r\nCATEGORIES:Mässa\r\nDTSTART;VALUE=DATE:20270316\r\n"
    "DTEND;VALUE=DATE:20270319\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:talk@test\r\n"
    "SUMMARY:Seminarium om robotik\r\nDTSTART:20270312T080000Z\r\nDTEND:20270312T090000Z\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_dry_run_prints_the_plan_and_writes_nothing(cli, tmp_path: Path) -> None:
    path = tmp_path / "fair.ics"
    path.write_text(FAIR, encoding="utf-8")
    status, out, err = cli("import", str(path), "--dry-run", "--kind", "seminar")
    assert status == 0, err
    assert f"{path}: 2 new, 0 updated, 0 unchanged, 0 skipped" in out
    assert "2027-03-16–2027-03-18 v.11" in out and "Automationsmässan  (trade fair)" in out
    assert "2027-03-12 09:00–10:00 v.10" in out and "(seminar)" in out
    assert "Dry run: nothing was written." in out
    assert cli("list", "--all")[1].count("Automationsmässan") == 0


def test_import_writes_then_finds_everything_unchanged(cli, tmp_path: Path) -> None:
    path = tmp_path / "fair.ics"
    path.write_text(FAIR, encoding="utf-8")
    status, out, err = cli("import", str(path))
    assert status == 0, err
    assert "imported 2 new and 0 updated events" in out
    assert "Automationsmässan" in cli("list", "--from", "2027-03-01", "--to", "2027-03-31")[1]
    status, out, _ = cli("import", str(path))
    assert "0 new, 0 updated, 2 unchanged, 0 skipped" in out
    assert "imported 0 new and 0 updated events" in out


def test_refusals_are_one_line_naming_file_and_line(cli, tmp_path: Path) -> None:
    good = tmp_path / "good.ics"
    good.write_text(FAIR, encoding="utf-8")
    bad = tmp_path / "bad.ics"
    bad.write_text(FAIR.replace("20270312T080000Z", "20270332T080000Z"), encoding="utf-8")
    status, out, err = cli("import", str(good), str(bad))
    assert status == 1
    assert err.count("\n") == 1
    event = "event 'Seminarium om robotik' (UID talk@test)"
    assert f"{bad}: line 11, {event}: DTSTART (line 14)" in err
    assert "nothing was imported" in err
    assert "Automationsmässan" not in cli("list", "--all")[1]  # the good file waited too
    status, out, err = cli("import", str(good), str(bad), "--skip-bad")
    assert status == 0 and "1 new, 0 updated, 0 unchanged, 1 skipped" in out
    status, _, err = cli("import", str(tmp_path / "missing.ics"))
    assert status == 1 and "missing.ics cannot be read" in err


SECONDS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:sec@test\r\n"
    "SUMMARY:Exakt\r\nDTSTART;TZID=Europe/Stockholm:20270312T091545\r\n"
    "DTEND;TZID=Europe/Stockholm:20270312T101530\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
    "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:sec@test\r\n"
    "RECURRENCE-ID;TZID=Europe/Stockholm:20270319T091545\r\nSUMMARY:Flyttad\r\n"
    "DTSTART;TZID=Europe/Stockholm:20270319T111512\r\n"
    "DTEND;TZID=Europe/Stockholm:20270319T121500\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_seconds_are_kept_on_import_in_list_show_json_and_export(cli, tmp_path: Path) -> None:
    path = tmp_path / "seconds.ics"
    path.write_text(SECONDS, encoding="utf-8")
    status, out, err = cli("import", str(path))
    assert status == 0, err
    assert "2027-03-12 09:15:45–10:15:30 v.10" in out  # the preview
    status, out, _ = cli("list", "--from", "2027-03-01", "--to", "2027-03-31")
    assert "09:15:45–10:15:30" in out and "11:15:12–12:15" in out
    status, out, _ = cli("list", "--from", "2027-03-01", "--to", "2027-03-31", "--format", "json")
    starts = [(o["start"], o["end"]) for o in json.loads(out)]
    assert ("2027-03-12T09:15:45+01:00", "2027-03-12T10:15:30+01:00") in starts
    assert ("2027-03-19T11:15:12+01:00", "2027-03-19T12:15:00+01:00") in starts
    status, out, _ = cli("show", "1")
    assert "Fri 2027-03-12, 09:15:45–10:15:30" in out
    assert "2027-03-19T09:15:45 changed: Flyttad, 2027-03-19T11:15:12+01:00" in out
    target = tmp_path / "out.ics"
    assert cli("export", "--output", str(target))[0] == 0
    text = target.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Stockholm:20270312T091545" in text
    assert "DTEND;TZID=Europe/Stockholm:20270312T101530" in text
    assert "RECURRENCE-ID;TZID=Europe/Stockholm:20270319T091545" in text
    assert "DTSTART;TZID=Europe/Stockholm:20270319T111512" in text


def _meetings(*locations: str) -> str:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:m{n}@test\r\nSUMMARY:Möte {n}\r\nLOCATION:{location}\r\n"
        f"DTSTART:20270312T{8 + n:02d}0000Z\r\nDTEND:20270312T{8 + n:02d}3000Z\r\nEND:VEVENT\r\n"
        for n, location in enumerate(locations)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n{events}END:VCALENDAR\r\n"


def test_a_location_goes_to_an_existing_venue_with_venue(cli, tmp_path: Path) -> None:
    assert cli("venue", "add", "--name", "Kongresshallen")[0] == 0
    path = tmp_path / "meetings.ics"
    path.write_text(
        _meetings("Sal 1\\, plan 4", "sal 1\\, plan 4 ", "Room 2", "room 2;", "bo@example.com"),
        encoding="utf-8",
    )
    status, out, err = cli("import", str(path), "--dry-run")
    assert status == 0, err
    assert "  new venues: Sal 1, plan 4, Room 2\n" in out
    assert "'bo@example.com' is an e-mail address, not a venue" in out
    status, out, err = cli("import", str(path), "--venue", "Sal 1, plan 4=Kongresshallen")
    assert status == 0, err
    assert "  new venues: Room 2\n" in out
    assert "LOCATION 'Sal 1, plan 4' goes to the venue Kongresshallen" in out
    assert "1 venues made" in out
    listed = cli("list", "--from", "2027-03-12", "--to", "2027-03-12", "--format", "json")[1]
    assert [o["venue"] for o in json.loads(listed)] == [
        "Kongresshallen", "Kongresshallen", "Room 2", "Room 2", None,
    ]  # fmt: skip
    status, _, err = cli("import", str(path), "--venue", "Sal 1")
    assert status == 1 and "is not LOCATION=VENUE" in err
    status, _, err = cli("import", str(path), "--venue", "Sal 1=Nowhere")
    assert status == 1 and "there is no venue called 'Nowhere'" in err


_NINES = "9" * 4300
HOSTILE = {
    "ten thousand nested BEGIN lines": (
        ("BEGIN:X",) * 10_000 + ("END:X",) * 10_000, "nested more than 16 components deep"),
    "the year 0001": (("DTSTART;VALUE=DATE:00010101", "DTEND;VALUE=DATE:00010102"),
                      "DTSTART (line 7): the year 1 is out of range (1900-2200)"),
    "the year 9999": (("DTSTART:99991231T230000Z", "DTEND:99991231T233000Z"),
                      "DTSTART (line 7): the year 9999 is out of range (1900-2200)"),
    "a 4,300-digit DURATION": (("-DTEND", f"DURATION:PT{_NINES}S"),
                               "DURATION (line 8): 'PT999"),
    "a COUNT of 10^12": (("RRULE:FREQ=DAILY;COUNT=1000000000000",), "COUNT must be 1 to 5000"),
    "an INTERVAL of 10^12": (("RRULE:FREQ=DAILY;INTERVAL=1000000000000",),
                             "INTERVAL must be a whole number from 1 to 999"),
    "BYDAY=99MO": (("RRULE:FREQ=MONTHLY;BYDAY=99MO",), "a month has at most 5 of each weekday"),
    "an UNTIL in 9999": (("RRULE:FREQ=WEEKLY;UNTIL=99991231T000000Z",),
                         "the year 9999 is out of range"),
}  # fmt: skip


@pytest.mark.parametrize(("lines", "message"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_malformed_value_is_refused_as_bad_data_with_its_line(
    cli, tmp_path: Path, lines: tuple[str, ...], message: str
) -> None:
    path = tmp_path / "hostile.ics"
    path.write_bytes(calendar(event(*lines)))
    status, _, err = cli("import", str(path))
    assert status == 1, err
    assert message in err and "nothing was imported" in err
    assert err.count("\n") == 1 and len(err) < 400  # the value is quoted short
    assert "unexpected error" not in err


def test_a_4300_digit_trigger_leaves_out_the_reminder_with_a_warning(cli, tmp_path: Path) -> None:
    path = tmp_path / "hostile.ics"
    path.write_bytes(calendar(event(f"BEGIN:VALARM\nTRIGGER:-PT{_NINES}9M\nEND:VALARM")))
    status, out, err = cli("import", str(path))
    assert status == 0, err
    assert "TRIGGER (line 10): '-PT999" in out and "far too long a duration" in out
    assert "imported 1 new" in out


def test_a_2_gb_file_is_refused_by_its_size_without_being_read(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.ics"
    with huge.open("wb") as stream:
        stream.truncate(2 * 1024**3)  # sparse: two gigabytes of nothing, on no disk

    def read_whole(path: Path) -> bytes:
        raise AssertionError(f"{path} was read whole")

    monkeypatch.setattr(Path, "read_bytes", read_whole)
    status, _, err = cli("import", str(huge))
    assert status == 1, err
    assert f"{huge}: the file is 2048 MB or more; at most 256 MB can be imported" in err
