"""`eventplanner import`: the plan printed, --dry-run, and one-line refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from eventplanner.cli import main
from tests.icsfiles import calendar, event

FAIR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:fair@test\r\n"
    "SUMMARY:Automationsmässan\r\nCATEGORIES:Mässa\r\nDTSTART;VALUE=DATE:20270316\r\n"
    "DTEND;VALUE=DATE:20270319\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:talk@test\r\n"
    "SUMMARY:Seminarium om robotik\r\nDTSTART:20270312T080000Z\r\nDTEND:20270312T090000Z\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def cli(database_url: URL, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("EVENTPLANNER_DATABASE_URL", raising=False)
    monkeypatch.setenv("EVENTPLANNER_TIME_ZONE", "Europe/Stockholm")
    target = database_url.render_as_string(hide_password=False)

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["--database", target, *args])
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return run


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
