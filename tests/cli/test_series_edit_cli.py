"""``eventplanner edit`` of a whole series: moved, it keeps its skipped dates, cancelled and
moved sessions and its last session; a new rule that would lose some is refused (the exit
status of bad data) until --drop-exceptions."""

from __future__ import annotations

import json

import pytest


def _board_meetings(cli) -> None:  # type: ignore[no-untyped-def]
    """Tuesdays 10:00 from 2 March to 13 April 2027 (Stockholm changes clocks on 28 March):
    9 March skipped, 16 March cancelled, 30 March moved to 15:00."""
    for args in (
        ("add", "--title", "Styrelsemöte", "--start", "2027-03-02 10:00",
         "--end", "2027-03-02 11:00", "--repeat", "FREQ=WEEKLY;UNTIL=20270413T080000Z",
         "--except", "2027-03-09 10:00"),
        ("cancel", "1", "--occurrence", "2027-03-16 10:00"),
        ("edit", "1", "--occurrence", "2027-03-30 10:00", "--start", "2027-03-30 15:00",
         "--end", "2027-03-30 16:00"),
    ):  # fmt: skip
        status, _, err = cli(*args)
        assert status == 0, err


def _shown(cli) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    out = cli("list", "--from", "2027-03-01", "--to", "2027-04-30", "--format", "json")[1]
    return [(o["start"], o["status"]) for o in json.loads(out)]


def test_a_series_moved_from_10_to_13_keeps_its_cancelled_and_its_last_session(cli) -> None:  # type: ignore[no-untyped-def]
    _board_meetings(cli)
    status, out, err = cli("edit", "1", "--start", "2027-03-02 13:00", "--end", "2027-03-02 14:00")
    assert status == 0, err
    assert "Changed 'Styrelsemöte'" in out and err == ""
    assert _shown(cli) == [
        ("2027-03-02T13:00:00+01:00", "planned"),
        ("2027-03-16T13:00:00+01:00", "cancelled"),
        ("2027-03-23T13:00:00+01:00", "planned"),
        ("2027-03-30T15:00:00+02:00", "planned"),  # moved on its own: it stays at 15:00
        ("2027-04-06T13:00:00+02:00", "planned"),
        ("2027-04-13T13:00:00+02:00", "planned"),  # UNTIL moved with the series
    ]


def test_a_series_moved_to_another_zone_keeps_its_last_session(cli) -> None:  # type: ignore[no-untyped-def]
    _board_meetings(cli)
    # 10:00 in London, an hour later than in Stockholm: the UNTIL moves with it.
    status, _, err = cli(
        "edit", "1", "--tz", "Europe/London", "--start", "2027-03-02 10:00",
        "--end", "2027-03-02 11:00",
    )  # fmt: skip
    assert status == 0, err
    assert _shown(cli) == [
        ("2027-03-02T10:00:00+00:00", "planned"),
        ("2027-03-16T10:00:00+00:00", "cancelled"),
        ("2027-03-23T10:00:00+00:00", "planned"),
        ("2027-03-30T14:00:00+01:00", "planned"),  # moved on its own: the same 15:00 CEST
        ("2027-04-06T10:00:00+01:00", "planned"),
        ("2027-04-13T10:00:00+01:00", "planned"),  # the last session, not cut by the UNTIL
    ]


@pytest.mark.parametrize("how", ["--repeat", "--following"])
def test_a_rule_that_loses_exceptions_is_refused_until_drop_exceptions(cli, how: str) -> None:  # type: ignore[no-untyped-def]
    _board_meetings(cli)
    before = _shown(cli)
    every_third = ("--repeat", "FREQ=WEEKLY;INTERVAL=3;UNTIL=20270413T080000Z")
    edit = ("edit", "1", *every_third)
    if how == "--following":  # from the first occurrence on is the whole series too
        edit = (*edit, "--occurrence", "2027-03-02 10:00", "--following")
    status, out, err = cli(*edit)
    assert status == 1  # as every refused bad input
    assert "the cancelled 2027-03-16 10:00 and the moved 2027-03-30 10:00" in err
    assert "nothing was saved" in err and "--drop-exceptions" in err and out == ""
    assert _shown(cli) == before
    status, _, err = cli(*edit, "--drop-exceptions")
    assert status == 0, err
    if how == "--repeat":
        assert "Dropped the cancelled 2027-03-16 10:00 and the moved 2027-03-30 10:00" in err
    assert _shown(cli) == [
        ("2027-03-02T10:00:00+01:00", "planned"),
        ("2027-03-23T10:00:00+01:00", "planned"),
        ("2027-04-13T10:00:00+02:00", "planned"),
    ]
