"""`eventplanner workdays`: Swedish working days from the command line, with no database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventplanner.cli import main
from tests.cli.runner import Cli, ok


@pytest.fixture
def workdays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Cli]:
    """``eventplanner --database NOWHERE workdays ARGS``; the database is never made."""
    nowhere = tmp_path / "never-opened.sqlite"
    monkeypatch.delenv("EVENTPLANNER_DATABASE_URL", raising=False)

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["--database", str(nowhere), "workdays", *args])
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    yield run
    assert not nowhere.exists()


def test_add_names_the_days_off_it_skipped(workdays: Cli) -> None:
    assert ok(workdays, "add", "2026-12-23", "4").splitlines() == [
        "2027-01-04 Mon: 4 working days after 2026-12-23",
        "skipped:",
        "  2026-12-24 Thu  Julafton",
        "  2026-12-25 Fri  Juldagen",
        "  2026-12-26 Sat  Annandag jul",
        "  2026-12-31 Thu  Nyårsafton",
        "  2027-01-01 Fri  Nyårsdagen",
        "  and 3 weekend days",
    ]


def test_add_counts_back_and_over_easter(workdays: Cli) -> None:
    out = ok(workdays, "add", "2026-04-07", "-1")
    assert out.splitlines()[0] == "2026-04-02 Thu: 1 working day before 2026-04-07"
    assert "Långfredagen" in out
    assert "Annandag påsk" in out
    assert ok(workdays, "add", "2026-03-04", "1").splitlines() == [
        "2026-03-05 Thu: 1 working day after 2026-03-04",
        "skipped: none",
    ]


def test_bridge_days_and_own_days_off(workdays: Cli) -> None:
    assert ok(workdays, "add", "2026-05-13", "1").startswith("2026-05-15 Fri")
    out = ok(workdays, "add", "2026-05-13", "1", "--bridge-days")
    assert out.startswith("2026-05-18 Mon")
    assert "2026-05-15 Fri  Klämdag" in out
    out = ok(
        workdays, "add", "2026-03-06", "1", "--day-off", "2026-03-09", "--day-off", "2026-03-10"
    )
    assert out.startswith("2026-03-11 Wed")
    assert "2026-03-10 Tue  own day off" in out


def test_add_as_json(workdays: Cli) -> None:
    record = json.loads(ok(workdays, "add", "2026-06-01", "10", "--format", "json"))
    assert record == {
        "from": "2026-06-01",
        "working_days": 10,
        "date": "2026-06-15",
        "weekday": "Mon",
        "skipped": [
            {"date": "2026-06-06", "weekday": "Sat", "reason": "Nationaldagen"},
            {"date": "2026-06-07", "weekday": "Sun", "reason": "Sunday"},
            {"date": "2026-06-13", "weekday": "Sat", "reason": "Saturday"},
            {"date": "2026-06-14", "weekday": "Sun", "reason": "Sunday"},
        ],
    }


def test_between(workdays: Cli) -> None:
    out = ok(workdays, "between", "2026-12-23", "2027-01-04")
    assert out.splitlines()[0] == "4 working days after 2026-12-23 up to and including 2027-01-04"
    record = json.loads(ok(workdays, "between", "2027-01-04", "2026-12-23", "--format", "json"))
    assert record["working_days"] == -4
    assert [d["reason"] for d in record["days_off"]][:2] == ["Julafton", "Juldagen"]


def test_list_the_weekdays_off_of_a_leap_year(workdays: Cli) -> None:
    assert ok(workdays, "list", "2028").splitlines() == [
        "2028-01-06 Thu  Trettondedag jul",
        "2028-04-14 Fri  Långfredagen",
        "2028-04-17 Mon  Annandag påsk",
        "2028-05-01 Mon  Första maj",
        "2028-05-25 Thu  Kristi himmelsfärdsdag",
        "2028-06-06 Tue  Nationaldagen",
        "2028-06-23 Fri  Midsommarafton",
        "2028-12-25 Mon  Juldagen",
        "2028-12-26 Tue  Annandag jul",
        "2028: 251 working days",
    ]
    record = json.loads(ok(workdays, "list", "2028", "--bridge-days", "--format", "json"))
    assert record["working_days"] == 250
    assert {"date": "2028-05-26", "weekday": "Fri", "reason": "Klämdag"} in record["weekdays_off"]


def test_due_moves_a_date_off_a_day_off_and_says_why(workdays: Cli) -> None:
    assert ok(workdays, "due", "2026-06-26", "1w before").splitlines() == [
        "2026-06-18 Thu: 1 week before 2026-06-26",
        "2026-06-19 is Midsommarafton: moved to 2026-06-18",
    ]
    record = json.loads(
        ok(workdays, "due", "2026-06-26", "7 days before", "--move", "later", "--format", "json")
    )
    assert record["date"] == "2026-06-22"
    assert record["moved_from"] == "2026-06-19"
    record = json.loads(
        ok(workdays, "due", "2026-06-26", "7d before", "--move", "keep", "--format", "json")
    )
    assert (record["date"], record["reason"]) == ("2026-06-19", None)
    assert ok(workdays, "due", "2026-06-26", "10wd before").startswith(
        "2026-06-11 Thu: 10 working days before"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "2026-02-30", "1"), "DATE: '2026-02-30' is not a real date"),
        (("add", "1 June", "1"), "DATE: '1 June' is not a date like 2027-03-12"),
        (("add", "2026-06-01", "ten"), "N: 'ten' is not a whole number of working days"),
        (("add", "2026-06-01", "2501"), "at most 2500"),
        (("add", "2200-12-20", "20"), "1900-2200"),
        (("add", "2026-06-01", "1", "--day-off", "june"), "--day-off: 'june' is not a date"),
        (("between", "2026-06-01", "2026-13-01"), "TO: '2026-13-01' is not a real date"),
        (("list", "20x"), "YEAR: '20x' is not a year like 2027"),
        (("list", "1900"), "YEAR: the year 1900 is out of range"),
        (("due", "2026-06-26", "1 fortnight before"), "'fortnight' is not a unit"),
        (("due", "2026-06-26", "-3d before"), "the amount -3 is negative"),
    ],
)
def test_bad_input_is_named(workdays: Cli, args: tuple[str, ...], message: str) -> None:
    status, out, err = workdays(*args)
    assert status == 1
    assert out == ""
    assert message in err
