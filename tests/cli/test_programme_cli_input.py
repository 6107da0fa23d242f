"""Bad input to the programme's commands found by trying them by hand: each refused with
the option named, a status of 1, and the database as it was."""

from __future__ import annotations

import pytest

from tests.cli.runner import ok


@pytest.fixture
def days(cli) -> str:
    ok(cli, "add", "--title", "Innovationsdagar", "--kind", "innovation day",
       "--start", "2027-01-19 09:00", "--end", "2027-01-21 17:00")  # fmt: skip
    ok(cli, "stage", "add", "Innovationsdagar", "Aulan")
    return "Innovationsdagar"


@pytest.mark.parametrize("offset", ["+09:99", "+0160", "-00:60"])
def test_an_offset_with_sixty_minutes_or_more_is_no_time(cli, days: str, offset: str) -> None:
    before = ok(cli, "session", "list", days, "--format", "json")
    start = f"2027-01-19T10:00{offset}"
    status, out, err = cli("session", "add", days, "--title", "Keynote",
                           "--start", start, "--end", "2027-01-19 11:00")  # fmt: skip
    assert (status, out) == (1, "")
    assert f"--start: '2027-01-19T10:00{offset}' has an offset with" in err
    assert ok(cli, "session", "list", days, "--format", "json") == before


def test_a_right_offset_is_still_taken(cli, days: str) -> None:
    ok(cli, "session", "add", days, "--title", "Keynote",
       "--start", "2027-01-19T09:00+00:00", "--end", "2027-01-19 11:00")  # fmt: skip
    assert "10:00–11:00  Keynote" in ok(cli, "session", "list", days)


@pytest.mark.parametrize(
    "command",
    [("session", "list", "Innovationsdagar"), ("list", "--all"), ("show", "1")],
)
@pytest.mark.parametrize("name", ["Mars/Olympus", ""])
def test_an_unknown_tz_is_named_as_the_option(
    cli, days: str, command: tuple[str, ...], name: str
) -> None:
    status, out, err = cli(*command, "--tz", name)
    assert (status, out) == (1, "")
    assert f"--tz: unknown time zone {name!r}" in err


def test_an_unknown_zone_in_the_environment_is_named_as_the_variable(
    cli, days: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTPLANNER_TIME_ZONE", "Mars/Olympus")
    status, _, err = cli("list", "--all")
    assert status == 1
    assert "EVENTPLANNER_TIME_ZONE: unknown time zone 'Mars/Olympus'" in err


def test_add_with_an_unknown_tz_names_the_option_and_adds_nothing(cli, days: str) -> None:
    before = ok(cli, "list", "--all", "--format", "json")
    status, _, err = cli("add", "--title", "Möte", "--start", "2027-02-01 09:00",
                         "--tz", "Europe/Västerås")  # fmt: skip
    assert status == 1 and "--tz: unknown time zone 'Europe/Västerås'" in err
    assert ok(cli, "list", "--all", "--format", "json") == before
