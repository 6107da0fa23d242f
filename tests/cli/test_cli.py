"""The command line, driven as a person would from a shell (in-process for speed)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from eventplanner.cli import main
from eventplanner.persistence import migrations


def _add_course(cli) -> None:
    assert cli("venue", "add", "--name", "Västerås Kongress", "--city", "Västerås")[0] == 0
    status, out, err = cli(
        "add", "--title", "Intraprenörskap", "--kind", "course",
        "--start", "2027-03-01 13:00", "--end", "2027-03-01 16:00",
        "--repeat", "FREQ=WEEKLY;COUNT=8", "--venue", "Västerås Kongress", "--tag", "kurs",
    )  # fmt: skip
    assert status == 0, err
    assert "Added 'Intraprenörskap' (id 1" in out


def test_add_list_json_gives_each_occurrence_with_offsets(cli) -> None:
    _add_course(cli)
    status, out, _ = cli("list", "--from", "2027-03-01", "--to", "2027-04-30", "--format", "json")
    assert status == 0
    occurrences = json.loads(out)
    assert len(occurrences) == 8
    first, after_dst = occurrences[0], occurrences[4]
    assert first["start"] == "2027-03-01T13:00:00+01:00"
    assert first["end"] == "2027-03-01T16:00:00+01:00"
    # Summer time from 28 March: the course stays at 13:00 local, now +02:00.
    assert after_dst["start"] == "2027-03-29T13:00:00+02:00"
    assert {o["uid"] for o in occurrences} == {first["uid"]}
    assert first["kind"] == "course" and first["status"] == "planned"
    assert first["venue"] == "Västerås Kongress" and first["tags"] == ["kurs"]


def test_all_day_events_are_listed_as_dates(cli) -> None:
    status, _, err = cli(
        "add", "--title", "Automationsmässan", "--all-day", "--start", "2027-03-12",
        "--end", "2027-03-14", "--kind", "trade fair",
    )  # fmt: skip
    assert status == 0, err
    out = cli("list", "--from", "2027-03-01", "--to", "2027-03-31", "--format", "json")[1]
    [fair] = json.loads(out)
    assert (fair["start"], fair["end"], fair["all_day"]) == ("2027-03-12", "2027-03-14", True)
    assert fair["busy_status"] == "out_of_office"  # the default for a trade fair


def test_table_shows_iso_week_and_other_zone_local_time(cli) -> None:
    cli("venue", "add", "--name", "Plug and Play", "--time-zone", "America/Los_Angeles")
    status, _, err = cli(
        "add", "--title", "Nodmöte Silicon Valley", "--start", "2027-03-16 09:00",
        "--venue", "Plug and Play",
    )  # fmt: skip
    assert status == 0, err
    out = cli("list", "--from", "2027-03-15", "--to", "2027-03-21")[1]
    # 09:00 in California is 17:00 in Stockholm that week (the US changed clocks already).
    assert "17:00–18:00 (09:00 Los Angeles)" in out
    assert "v11" in out
    assert "1 occurrence; times in Europe/Stockholm" in out


def test_csv_has_a_header_and_a_row_per_occurrence(cli) -> None:
    _add_course(cli)
    out = cli("list", "--from", "2027-03-01", "--to", "2027-03-14", "--format", "csv")[1]
    lines = out.strip().splitlines()
    assert lines[0].startswith("uid,event_id,title,kind,status,all_day,start,end")
    assert len(lines) == 3


def test_cancel_and_move_one_occurrence(cli) -> None:
    _add_course(cli)
    assert cli("cancel", "1", "--occurrence", "2027-03-08 13:00")[0] == 0
    status, _, err = cli(
        "edit", "1", "--occurrence", "2027-03-15 13:00", "--start", "2027-03-16 10:00",
        "--title", "Intraprenörskap (flyttad)",
    )  # fmt: skip
    assert status == 0, err
    out = cli("list", "--from", "2027-03-01", "--to", "2027-03-21", "--format", "json")[1]
    found = {(o["title"], o["start"], o["status"]) for o in json.loads(out)}
    assert ("Intraprenörskap", "2027-03-08T13:00:00+01:00", "cancelled") in found
    assert ("Intraprenörskap (flyttad)", "2027-03-16T10:00:00+01:00", "planned") in found
    assert not any(start.startswith("2027-03-15") for _, start, _ in found)
    assert (
        cli("list", "--from", "2027-03-01", "--to", "2027-03-21", "--no-cancelled")[1].count(
            "cancelled"
        )
        == 0
    )


def test_edit_changes_only_what_is_given(cli) -> None:
    _add_course(cli)
    status, _, err = cli("edit", "1", "--title", "Intraprenörskap VT27", "--capacity", "25")
    assert status == 0, err
    shown = json.loads(cli("show", "1", "--format", "json")[1])
    assert shown["title"] == "Intraprenörskap VT27"
    assert shown["capacity"] == 25
    assert shown["start"] == "2027-03-01T13:00:00+01:00"
    assert shown["recurrence"] == "FREQ=WEEKLY;COUNT=8"
    assert shown["venue"] == "Västerås Kongress"
    assert shown["sequence"] == 1


def test_show_by_uid_and_text(cli) -> None:
    _add_course(cli)
    uid = json.loads(cli("show", "1", "--format", "json")[1])["uid"]
    status, out, _ = cli("show", uid)
    assert status == 0
    assert out.startswith("Intraprenörskap\n")
    assert "Repeats:     FREQ=WEEKLY;COUNT=8" in out


def test_show_says_the_reminder_in_weeks_days_or_hours(cli) -> None:
    """A week's reminder reads "1 week before", as in the window, not "10080 min before"."""
    _add_course(cli)
    for given, said in (("7d", "1 week before"), ("2w", "2 weeks before"), ("2d", "2 days before"),
                        ("90", "90 minutes before"), ("2h", "2 hours before"),
                        ("0", "at the start")):  # fmt: skip
        assert cli("edit", "1", "--reminder", given)[0] == 0
        out = cli("show", "1")[1]
        assert f"Reminder:    {said}\n" in out, out


def test_filters(cli) -> None:
    _add_course(cli)
    cli("add", "--title", "Seminarium stål", "--kind", "seminar", "--start", "2027-03-02 09:00")

    def titles(*extra: str) -> set[str]:
        out = cli("list", "--from", "2027-03-01", "--to", "2027-03-07", "--format", "json", *extra)
        return {o["title"] for o in json.loads(out[1])}

    assert titles() == {"Intraprenörskap", "Seminarium stål"}
    assert titles("--kind", "seminar") == {"Seminarium stål"}
    assert titles("--search", "STÅL") == {"Seminarium stål"}
    assert titles("--tag", "kurs") == {"Intraprenörskap"}
    assert titles("--venue", "Västerås Kongress") == {"Intraprenörskap"}
    assert titles("--status", "planned", "--kind", "course") == {"Intraprenörskap"}


def test_cancel_and_delete_whole_event(cli) -> None:
    _add_course(cli)
    assert cli("cancel", "1")[0] == 0
    assert json.loads(cli("show", "1", "--format", "json")[1])["status"] == "cancelled"
    assert cli("delete", "1", "--yes")[0] == 0
    status, _, err = cli("show", "1")
    assert status == 1
    assert "does not exist" in err


def test_duplicate_to_another_day_keeps_local_time(cli) -> None:
    cli("add", "--title", "Lansering", "--start", "2027-03-25 10:00", "--end", "2027-03-25 12:00")
    status, _, err = cli("duplicate", "1", "--to", "2027-04-01")
    assert status == 0, err
    shown = json.loads(cli("show", "2", "--format", "json")[1])
    assert shown["start"] == "2027-04-01T10:00:00+02:00"
    assert shown["end"] == "2027-04-01T12:00:00+02:00"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "--title", "", "--start", "2027-03-01 10:00"], "title: must not be empty"),
        (["add", "--title", "x", "--start", "2027-03-28 02:30"],
         "does not exist in Europe/Stockholm"),
        (["add", "--title", "x", "--start", "2027-03-01 12:00", "--end", "2027-03-01 11:00"],
         "end: the end must be after the start"),
        (["add", "--title", "x", "--start", "2027-03-01 12:00", "--tz", "Mars/Olympus"],
         "unknown time zone 'Mars/Olympus'"),
        (["add", "--title", "x", "--start", "2027-03-01 12:00", "--repeat", "FREQ=OFTEN"],
         "recurrence:"),
        (["add", "--title", "x", "--start", "2027-03-01 12:00", "--capacity", "-3"],
         "capacity: must be a number from 0 upwards"),
        (["add", "--title", "x", "--start", "2027-03-01 12:00", "--venue", "Nowhere"],
         "there is no venue called 'Nowhere'"),
        (["add", "--title", "x", "--start", "den 1 mars"], "is not a date and time"),
        (["add", "--title", "x", "--start", "2027-03-01"], "has no time of day"),
        (["add", "--title", "x", "--start", "2027-03-01 12:00", "--kind", "party"],
         "kind: unknown value 'party'"),
        (["show", "4711"], "event 4711 does not exist"),
        (["list", "--from", "2027-03-10", "--to", "2027-03-01"], "must not be before"),
        (["delete", "1"], "does not exist"),
    ],
)  # fmt: skip
def test_user_errors_give_one_line_and_change_nothing(cli, args, message) -> None:
    before = cli("list", "--all", "--format", "json")[1]
    status, _, err = cli(*args)
    assert status == 1
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert cli("list", "--all", "--format", "json")[1] == before


def test_venue_in_use_cannot_be_deleted(cli) -> None:
    _add_course(cli)
    status, _, err = cli("venue", "delete", "Västerås Kongress")
    assert status == 1
    assert "is used by 1 event" in err
    assert "Västerås Kongress" in cli("venue", "list")[1]


def test_catalog_commands(cli) -> None:
    assert cli("organisation", "add", "--name", "Vinnova", "--type", "funder")[0] == 0
    status, _, err = cli(
        "project", "add", "--name", "Stålets digitalisering", "--funder", "Vinnova",
        "--start", "2027-01-01", "--end", "2028-06-30",
    )  # fmt: skip
    assert status == 0, err
    [project] = json.loads(cli("project", "list", "--format", "json")[1])
    assert project["name"] == "Stålets digitalisering" and project["end"] == "2028-06-30"
    assert cli("project", "edit", "Stålets digitalisering", "--end", "2028-12-31")[0] == 0
    assert json.loads(cli("project", "list", "--format", "json")[1])[0]["end"] == "2028-12-31"
    status, _, err = cli("organisation", "add", "--name", "X", "--type", "alien")
    assert status == 1 and "type: unknown value 'alien'" in err


def test_db_info_backup_and_upgrade(cli, database_url: URL, tmp_path: Path) -> None:
    _add_course(cli)
    status, out, _ = cli("db", "info")
    assert status == 0 and "Events:    1" in out
    assert "already at schema" in cli("db", "upgrade")[1]
    if database_url.get_backend_name() == "sqlite":
        target = tmp_path / "copy.sqlite"
        assert cli("db", "backup", str(target))[0] == 0
        copy = main(["--database", str(target), "list", "--all", "--format", "json"])
        assert copy == 0
    else:
        status, _, err = cli("db", "backup")
        assert status == 1 and "pg_dump" in err


def test_help_everywhere() -> None:
    for args in (["--help"], ["list", "--help"], ["add", "--help"], ["db", "backup", "--help"],
                 ["venue", "add", "--help"]):  # fmt: skip
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == 0


def test_console_entry_point_and_module_run(tmp_path: Path) -> None:
    """`python -m eventplanner` works as a separate process, and a bad database is one line."""
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_bytes(b"this is not SQLite at all" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "eventplanner", "--database", str(not_a_database), "list"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "not an Eventplanner database" in result.stderr
    assert "Traceback" not in result.stderr
    assert not_a_database.read_bytes() == b"this is not SQLite at all" * 100


def test_sample_replace_keeps_what_the_file_held(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "planering.sqlite"
    assert main(["--database", str(target), "add", "--title", "Min egen plan",
                 "--start", "2027-05-04 10:00"]) == 0  # fmt: skip
    assert main(["--database", str(target), "sample"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["--database", str(target), "sample", "--replace"]) == 0
    said = capsys.readouterr().out
    # The summary names what the sample holds, the fairs' stands, shifts and tasks too.
    assert re.search(r"\d+ programme sessions \(see `eventplanner session list`\), [1-9]\d* "
                     r"shared stands at the trade fairs \(see `eventplanner stand show`\) "
                     r"with [1-9]\d* shifts in their rotas \(see `eventplanner shift list`\), "
                     r"[1-9]\d* tasks from the playbooks \(see `eventplanner task list`\), "
                     r"[1-9]\d* budget lines .*, [1-9]\d* registrations of [1-9]\d* "
                     r"participants \(see `eventplanner registration list EVENT`\)", said), (
                         said)  # fmt: skip
    [kept] = tmp_path.glob("planering.replaced-*.sqlite")
    assert main(["--database", str(kept), "list", "--all", "--format", "json"]) == 0
    assert "Min egen plan" in capsys.readouterr().out


def test_db_upgrade_of_a_new_file_says_it_made_the_tables(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--database", str(tmp_path / "ny.sqlite"), "db", "upgrade"]) == 0
    assert f"Created the tables of schema {migrations.head()}" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "--title", "x", "--start", "0001-01-01 00:00"], "the year 1 is out of range"),
        (["add", "--title", "x", "--start", "9999-12-31 23:30"], "the year 9999 is out of range"),
        (["venue", "add", "--name", "V", "--capacity", "99999999999999999999"],
         "capacity: must be a number from 0 to"),
        (["add", "--title", "x", "--start", "2027-03-10 10:00", "--repeat",
          "FREQ=DAILY;UNTIL=21991231"], "more than 5000 occurrences"),
        (["add", "--title", "x", "--start", "2027-03-10 10:00", "--repeat",
          "FREQ=DAILY;UNTIL=99991231"], "UNTIL '99991231': the year 9999 is out of range"),
        (["add", "--title", "x", "--start", "9999-12-31 23:00+00:00"],
         "start: the year 9999 is out of range"),
        (["add", "--title", "x", "--start", "2027-03-10 10:00", "--repeat", "FREQ=DAILY",
          "--except", "9999-01-01 10:00"], "--except: the year 9999 is out of range"),
        (["list", "--from", "0001-01-01", "--to", "0001-01-02"], "--from: the year 1 is out"),
        (["list", "--from", "2027-01-01", "--to", "9999-12-31"], "--to: the year 9999 is out"),
        (["export", "--from", "0001-01-01"], "--from: the year 1 is out of range"),
        (["show", "1" * 40], f"no event has the id or UID '{'1' * 40}'"),
        (["delete", "2147483648", "--yes"], "no event has the id or UID '2147483648'"),
        (["venue", "edit", "1" * 40, "--name", "V"], f"there is no venue called '{'1' * 40}'"),
        (["feed", "show", "1" * 40], f"there is no feed called '{'1' * 40}'"),
        (["feed", "delete", "2147483648"], "there is no feed called '2147483648'"),
        (["add", "--title", "x", "--start", "2027-03-10 10:00", "--repeat",
          "FREQ=MONTHLY;BYDAY=99MO"], "BYDAY '99MO': a month has at most 5 of each weekday"),
        (["add", "--title", "x", "--start", "2027-03-10 10:00", "--repeat",
          "FREQ=DAILY;COUNT=1000000000000"], "COUNT must be 1 to 5000"),
        (["add", "--title", "x", "--start", "2027-03-10 10:00", "--repeat",
          "FREQ=DAILY;COUNT=" + "9" * 4301], "COUNT must be 1 to 5000"),
        (["add", "--title", "x", "--start", "2027-03-10 10:00", "--repeat",
          "FREQ=DAILY;INTERVAL=99999999999"], "INTERVAL must be a whole number from 1 to 999"),
    ],
)  # fmt: skip
def test_absurd_values_are_named_not_crashes(cli, args, message) -> None:  # type: ignore[no-untyped-def]
    status, _, err = cli(*args)
    assert status == 1, err
    assert message in err
    assert err.count("\n") == 1 and "unexpected error" not in err


def test_status_and_tag_filters_apply_to_each_occurrence(cli) -> None:  # type: ignore[no-untyped-def]
    _add_course(cli)
    assert cli("cancel", "1", "--occurrence", "2027-03-08 13:00")[0] == 0

    def starts(*extra: str) -> list[str]:
        out = cli("list", "--from", "2027-03-01", "--to", "2027-03-21", "--format", "json", *extra)
        return [o["start"][:10] for o in json.loads(out[1])]

    assert starts("--status", "cancelled") == ["2027-03-08"]
    assert starts("--status", "planned") == ["2027-03-01", "2027-03-15"]
    assert starts("--tag", "KURS") == ["2027-03-01", "2027-03-08", "2027-03-15"]


def test_edit_an_occurrence_and_all_following(cli) -> None:  # type: ignore[no-untyped-def]
    _add_course(cli)
    assert cli("cancel", "1", "--occurrence", "2027-03-22 13:00")[0] == 0
    status, out, err = cli(
        "edit", "1", "--occurrence", "2027-03-15 13:00", "--following",
        "--title", "Intraprenörskap del 2", "--start", "2027-03-15 14:00", "--except",
        "2027-04-05 14:00",
    )  # fmt: skip
    assert status == 0, err
    assert "Changed 'Intraprenörskap del 2' from 2027-03-15 13:00 on (id 2" in out
    assert "'Intraprenörskap' (id 1) now ends before it" in out
    listed = cli("list", "--from", "2027-03-01", "--to", "2027-04-30", "--format", "json")[1]
    found = [(o["title"], o["start"], o["status"]) for o in json.loads(listed)]
    assert found == [
        ("Intraprenörskap", "2027-03-01T13:00:00+01:00", "planned"),
        ("Intraprenörskap", "2027-03-08T13:00:00+01:00", "planned"),
        ("Intraprenörskap del 2", "2027-03-15T14:00:00+01:00", "planned"),
        # The cancelled one went along, an hour later like the rest.
        ("Intraprenörskap del 2", "2027-03-22T14:00:00+01:00", "cancelled"),
        ("Intraprenörskap del 2", "2027-03-29T14:00:00+02:00", "planned"),
        ("Intraprenörskap del 2", "2027-04-12T14:00:00+02:00", "planned"),
        ("Intraprenörskap del 2", "2027-04-19T14:00:00+02:00", "planned"),
    ]
    old = json.loads(cli("show", "1", "--format", "json")[1])
    new = json.loads(cli("show", "2", "--format", "json")[1])
    assert old["recurrence"] == "FREQ=WEEKLY;UNTIL=20270308T120000Z"
    assert new["recurrence"] == "FREQ=WEEKLY;COUNT=6"
    assert new["uid"] != old["uid"]
    assert new["venue"] == "Västerås Kongress" and new["tags"] == ["kurs"]


def test_following_needs_an_occurrence_of_the_series(cli) -> None:  # type: ignore[no-untyped-def]
    _add_course(cli)
    status, _, err = cli("edit", "1", "--following", "--title", "x")
    assert status == 1 and "--following" in err and "--occurrence" in err
    status, _, err = cli("edit", "1", "--occurrence", "2027-03-16 13:00", "--following")
    assert status == 1 and "is not an occurrence of 'Intraprenörskap'" in err
    assert "Intraprenörskap del" not in cli("list", "--from", "2027-03-01", "--to", "2027-04-30")[1]
    # From the first occurrence on is the whole series: no new one.
    status, out, err = cli("edit", "1", "--occurrence", "2027-03-01 13:00", "--following",
                           "--title", "Intraprenörskap VT27")  # fmt: skip
    assert status == 0, err
    assert "Changed 'Intraprenörskap VT27' (id 1" in out
    assert json.loads(cli("show", "1", "--format", "json")[1])["recurrence"] == (
        "FREQ=WEEKLY;COUNT=8"
    )


def test_an_endless_series_outlook_cannot_show_is_warned_about_when_saved(cli) -> None:  # type: ignore[no-untyped-def]
    """OUTLOOK.md 6, as the editor warns at Save: an endless "skip July" rule reaches feeds
    as it is, and Outlook shows only its first occurrence; with an end it is rewritten."""
    skip_july = "FREQ=MONTHLY;BYMONTHDAY=15;BYMONTH=1,2,3,4,5,6,8,9,10,11,12"
    status, _, err = cli("add", "--title", "Nätverksträff", "--start", "2027-01-15 16:00",
                         "--repeat", skip_july)  # fmt: skip
    assert status == 0, err
    assert err.startswith("warning: “Nätverksträff” is a series without end that Outlook")
    assert "only its first occurrence" in err
    status, out, err = cli("add", "--title", "Styrelsemöte", "--start", "2027-01-15 16:00",
                           "--repeat", skip_july + ";COUNT=11")  # fmt: skip
    assert status == 0 and err == ""
    ident = out.split("(id ")[1].split(",")[0]
    status, _, err = cli("edit", ident, "--repeat", skip_july)
    assert status == 0 and "“Styrelsemöte” is a series without end that Outlook" in err
