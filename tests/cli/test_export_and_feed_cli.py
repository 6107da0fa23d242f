"""`eventplanner export` and `eventplanner feed ...`, driven as a person would from a shell."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy.engine import URL

from eventplanner.cli import main
from tests.ical.factories import run_ics_check


@pytest.fixture
def cli(database_url: URL, capsysbinary: pytest.CaptureFixture[bytes],
        monkeypatch: pytest.MonkeyPatch):  # fmt: skip
    """Run ``eventplanner ARGS``; returns (status, stdout bytes, stderr text)."""
    monkeypatch.delenv("EVENTPLANNER_DATABASE_URL", raising=False)
    monkeypatch.setenv("EVENTPLANNER_TIME_ZONE", "Europe/Stockholm")
    target = database_url.render_as_string(hide_password=False)

    def run(*args: str) -> tuple[int, bytes, str]:
        status = main(["--database", target, *args])
        captured = capsysbinary.readouterr()
        return status, captured.out, captured.err.decode()

    return run


def _plan(cli) -> None:
    assert cli("venue", "add", "--name", "Västerås Kongress", "--city", "Västerås")[0] == 0
    assert cli("project", "add", "--name", "Stålprojektet")[0] == 0
    for args in (
        ("--title", "Automationsmässan", "--kind", "trade fair", "--all-day",
         "--start", "2027-03-16", "--end", "2027-03-18", "--venue", "Västerås Kongress",
         "--tag", "mässa"),
        ("--title", "Spridningsseminarium", "--kind", "seminar", "--project", "Stålprojektet",
         "--start", "2027-04-14 13:00", "--end", "2027-04-14 16:00"),
        ("--title", "Intraprenörskap", "--kind", "course", "--start", "2027-02-01 13:00",
         "--end", "2027-02-01 16:00", "--repeat", "FREQ=WEEKLY;COUNT=8"),
    ):  # fmt: skip
        status, _, err = cli("add", *args)
        assert status == 0, err


def _summaries(body: bytes) -> list[str]:
    return sorted(str(e["SUMMARY"]) for e in Calendar.from_ical(body).walk("VEVENT"))


def test_export_to_stdout_keeps_crlf_and_filters_like_list(cli) -> None:
    _plan(cli)
    status, out, err = cli("export", "--kind", "trade fair")
    assert status == 0, err
    assert out.startswith(b"BEGIN:VCALENDAR\r\n") and out.endswith(b"END:VCALENDAR\r\n")
    assert b"\r\n" in out and b"\n" not in out.replace(b"\r\n", b"")
    assert _summaries(out) == ["Automationsmässan"]
    assert b"X-WR-CALNAME" not in out  # one event: no calendar folder (OUTLOOK.md 2)
    status, out, _ = cli("export", "--from", "2027-04-01", "--to", "2027-04-30")
    assert _summaries(out) == ["Spridningsseminarium"]
    assert b"X-WR-CALNAME:Eventplanner\r\n" not in out


def test_export_to_a_file_passes_ics_check(cli, tmp_path: Path) -> None:
    _plan(cli)
    target = tmp_path / "klustret.ics"
    status, out, err = cli("export", "--output", str(target), "--calendar-name", "Klustret")
    assert status == 0, err
    assert out == b""
    assert "Exported 3 events to" in err
    body = target.read_bytes()
    assert b"X-WR-CALNAME:Klustret\r\n" in body
    assert _summaries(body) == ["Automationsmässan", "Intraprenörskap", "Spridningsseminarium"]
    run_ics_check(target)


def test_export_preview_says_how_outlook_reads_it(cli) -> None:
    _plan(cli)
    status, out, err = cli("export", "--preview", "--zone", "America/Los_Angeles")
    assert status == 0, err
    text = out.decode()
    assert "reader in America/Los_Angeles" in text
    # 13:00 in Stockholm on 1 February is 04:00 in California.
    assert "Mon 2027-02-01 04:00–07:00 " in text and "Intraprenörskap" in text
    assert "Tue 2027-03-16 – Thu 2027-03-18, all day" in text
    assert "BEGIN:VCALENDAR" not in text


def test_export_mistakes_name_the_option_and_write_nothing(cli, tmp_path: Path) -> None:
    _plan(cli)
    status, _, err = cli("export", "--from", "2027-05-01", "--to", "2027-04-01")
    assert status == 1 and "--to" in err
    status, _, err = cli("export", "--output", str(tmp_path / "saknas" / "x.ics"))
    assert status == 1 and "does not exist" in err
    status, _, err = cli("export", "--kind", "mässa")
    assert status == 1 and "kind" in err
    assert not (tmp_path / "saknas").exists()


def test_feed_add_show_list_edit_delete(cli, tmp_path: Path) -> None:
    _plan(cli)
    status, out, err = cli(
        "feed", "add", "--name", "Mässor 2027", "--kind", "trade fair", "--from", "2027-01-01",
        "--to", "2027-12-31", "--folder", str(tmp_path), "--description", "Våra mässor",
    )  # fmt: skip
    assert status == 0, err
    assert "Added the feed 'Mässor 2027'" in out.decode()
    published = tmp_path / "Mässor 2027.ics"
    assert _summaries(published.read_bytes()) == ["Automationsmässan"]

    status, out, _ = cli("feed", "show", "mässor 2027", "--format", "json")
    record = json.loads(out)
    assert record["kinds"] == ["trade_fair"] and record["file"] == str(published)
    assert record["url_path"].startswith("/feeds/") and record["published_at"]
    status, out, _ = cli("feed", "show", "Mässor 2027")
    assert "Subscribe from web" in out.decode()

    status, out, err = cli("feed", "edit", "Mässor 2027", "--kind", "trade fair",
                           "--kind", "seminar", "--name", "Mässor och seminarier")  # fmt: skip
    assert status == 0, err
    assert "Republished the feed 'Mässor och seminarier'" in out.decode()
    assert _summaries((tmp_path / "Mässor och seminarier.ics").read_bytes()) == [
        "Automationsmässan", "Spridningsseminarium",
    ]  # fmt: skip

    status, out, _ = cli("feed", "list", "--format", "json")
    assert [f["name"] for f in json.loads(out)] == ["Mässor och seminarier"]
    status, out, err = cli("feed", "delete", "Mässor och seminarier", "--yes")
    assert status == 0, err
    assert json.loads(cli("feed", "list", "--format", "json")[1]) == []


def test_changing_events_republishes_the_feeds_they_touch(cli, tmp_path: Path) -> None:
    _plan(cli)
    cli("feed", "add", "--name", "Mässor", "--kind", "trade fair", "--folder", str(tmp_path))
    cli("feed", "add", "--name", "Kurser", "--kind", "course", "--folder", str(tmp_path))
    status, out, err = cli("edit", "1", "--title", "Automationsmässan 2027")
    assert status == 0, err
    said = out.decode()
    assert "Republished the feed 'Mässor'" in said and "Kurser" not in said
    assert _summaries((tmp_path / "Mässor.ics").read_bytes()) == ["Automationsmässan 2027"]

    status, out, _ = cli("cancel", "3", "--occurrence", "2027-02-08 13:00")
    assert "Republished the feed 'Kurser'" in out.decode()
    assert b"EXDATE" in (tmp_path / "Kurser.ics").read_bytes()
    status, out, _ = cli("duplicate", "1", "--to", "2028-03-14")
    assert "Republished the feed 'Mässor'" in out.decode()
    status, out, _ = cli("delete", "1", "--yes")
    assert "Republished the feed 'Mässor'" in out.decode()
    assert _summaries((tmp_path / "Mässor.ics").read_bytes()) == ["Automationsmässan 2027"]
    run_ics_check(tmp_path / "Mässor.ics", tmp_path / "Kurser.ics")


def test_feed_publish_new_token_and_preview(cli, tmp_path: Path) -> None:
    _plan(cli)
    cli("feed", "add", "--name", "Allt")
    cli("feed", "add", "--name", "Mässor", "--kind", "trade fair", "--folder", str(tmp_path))
    status, _, err = cli("feed", "publish")
    assert status == 1 and "--all" in err
    status, out, err = cli("feed", "publish", "--all")
    assert status == 0, err
    said = out.decode()
    assert "Skipped 'Allt': it has no folder" in said
    assert "Published 'Mässor' (1 event) to" in said

    old = json.loads(cli("feed", "show", "Allt", "--format", "json")[1])["url_path"]
    status, out, _ = cli("feed", "new-token", "Allt")
    new = json.loads(cli("feed", "show", "Allt", "--format", "json")[1])["url_path"]
    assert new != old and new in out.decode() and "old URL stops working" in out.decode()

    status, out, err = cli("feed", "preview", "Allt", "--zone", "Asia/Tokyo")
    assert status == 0, err
    assert "reader in Asia/Tokyo" in out.decode() and "Spridningsseminarium" in out.decode()


def test_feed_mistakes_name_the_field(cli, tmp_path: Path) -> None:
    _plan(cli)
    status, _, err = cli("feed", "add", "--name", "X", "--project", "Okänt projekt")
    assert status == 1 and "no project called 'Okänt projekt'" in err
    status, _, err = cli("feed", "add", "--name", "X", "--tag", "okänd")
    assert status == 1 and "tags: there is no tag called 'okänd'" in err
    status, _, err = cli("feed", "add", "--name", "X", "--from", "2027-05-01", "--to", "2027-01-01")
    assert status == 1 and "last_day" in err
    status, _, err = cli("feed", "add", "--name", "X", "--folder", str(tmp_path / "nej"))
    assert status == 1 and "folder" in err
    status, _, err = cli("feed", "show", "Finns inte")
    assert status == 1 and "no feed called 'Finns inte'" in err
    assert json.loads(cli("feed", "list", "--format", "json")[1]) == []


def test_a_feed_chosen_by_tag_name_follows_a_renamed_tag(cli, tmp_path: Path) -> None:
    _plan(cli)
    status, _, err = cli("feed", "add", "--name", "Mässor", "--tag", "Mässa",
                         "--folder", str(tmp_path))  # fmt: skip
    assert status == 0, err
    status, out, err = cli("tag", "edit", "mässa", "--name", "Mässor och utställningar")
    assert status == 0, err
    record = json.loads(cli("feed", "show", "Mässor", "--format", "json")[1])
    assert record["tags"] == ["Mässor och utställningar"]  # the tag's name now
    assert "tags Mässor och utställningar" in cli("feed", "list")[1].decode()
    assert "Republished the feed 'Mässor'" in out.decode()
    assert _summaries((tmp_path / "Mässor.ics").read_bytes()) == ["Automationsmässan"]
    # `feed edit --tag` still takes names.
    cli("tag", "add", "--name", "Hösten")
    status, _, err = cli("feed", "edit", "Mässor", "--tag", "hösten")
    assert status == 0, err
    assert json.loads(cli("feed", "show", "Mässor", "--format", "json")[1])["tags"] == ["Hösten"]


def test_deleting_what_a_feed_chooses_is_refused_naming_it(cli) -> None:
    _plan(cli)
    cli("venue", "add", "--name", "Kulturhuset")
    assert cli("feed", "add", "--name", "Kulturhuset", "--venue", "Kulturhuset")[0] == 0
    status, _, err = cli("venue", "delete", "Kulturhuset")
    assert status == 1
    assert "'Kulturhuset' is chosen by the feed 'Kulturhuset'; change it first" in err
    assert [v["name"] for v in json.loads(cli("venue", "list", "--format", "json")[1])] == [
        "Kulturhuset", "Västerås Kongress",
    ]  # fmt: skip


def test_a_venue_edited_republishes_its_feeds_with_sequence_raised(cli, tmp_path: Path) -> None:
    """OUTLOOK.md 7: SEQUENCE increases with every change that matters to a calendar."""
    _plan(cli)
    cli("feed", "add", "--name", "Västerås", "--venue", "Västerås Kongress",
        "--folder", str(tmp_path))  # fmt: skip
    published = tmp_path / "Västerås.ics"
    [before] = Calendar.from_ical(published.read_bytes()).walk("VEVENT")
    status, out, err = cli("venue", "edit", "Västerås Kongress", "--name", "Aros Congress")
    assert status == 0, err
    assert "Republished the feed 'Västerås'" in out.decode()
    [after] = Calendar.from_ical(published.read_bytes()).walk("VEVENT")
    assert str(after["LOCATION"]).startswith("Aros Congress")
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    run_ics_check(published)


def test_export_cancelled_prefix_like_feeds(cli, tmp_path: Path) -> None:
    """`export --include-cancelled --cancelled-prefix TEXT` titles cancelled events as feeds
    do; a Swedish prefix or calendar name gives the kinds Swedish categories (OUTLOOK.md 8)."""
    _plan(cli)
    listed = json.loads(cli("list", "--format", "json")[1])
    ident = next(row["uid"] for row in listed if row["title"] == "Spridningsseminarium")
    status, _, err = cli("cancel", str(ident))
    assert status == 0, err
    target = tmp_path / "inställt.ics"
    status, _, err = cli("export", "--include-cancelled", "--cancelled-prefix", "Inställt: ",
                         "--output", str(target))  # fmt: skip
    assert status == 0, err
    body = target.read_bytes()
    assert "Inställt: Spridningsseminarium" in _summaries(body)
    assert b"CATEGORIES:Seminarium\r\n" in body
    assert "CATEGORIES:Mässa\r\n".encode() in body  # the tag "mässa" is the kind's own name
    run_ics_check(target)
    status, out, _ = cli("export", "--include-cancelled")
    assert "Cancelled: Spridningsseminarium" in _summaries(out) and b"CATEGORIES:seminar" in out
    status, _, err = cli("export", "--cancelled-prefix", "Inställt: ")
    assert status == 1 and "--cancelled-prefix" in err and "--include-cancelled" in err
    status, _, err = cli("export", "--include-cancelled", "--cancelled-prefix", "x" * 61)
    assert status == 1 and "at most 60" in err


def _categories(body: bytes) -> set[bytes]:
    """The first category of each event: its kind, in the calendar's language."""
    return set(re.findall(rb"\r\nCATEGORIES:([^,\r]*)", body))


def test_feed_language_is_chosen_shown_and_changed(cli, tmp_path: Path) -> None:
    """`feed add/edit --language auto|sv|en`: a Swedish-named feed set to English writes
    English categories; `show` and `list --format json` give the setting as typed."""
    _plan(cli)
    status, _, err = cli("feed", "add", "--name", "Mässor 2027", "--kind", "trade fair",
                         "--folder", str(tmp_path), "--language", "en")  # fmt: skip
    assert status == 0, err
    published = tmp_path / "Mässor 2027.ics"
    assert _categories(published.read_bytes()) == {b"trade fair"}
    run_ics_check(published)
    record = json.loads(cli("feed", "show", "Mässor 2027", "--format", "json")[1])
    assert record["language"] == "en"
    assert "Categories in:  English" in cli("feed", "show", "Mässor 2027")[1].decode()

    status, _, err = cli("feed", "edit", "Mässor 2027", "--description", "Alla mässor")
    assert status == 0, err  # an edit without --language keeps it
    assert json.loads(cli("feed", "list", "--format", "json")[1])[0]["language"] == "en"

    status, _, err = cli("feed", "edit", "Mässor 2027", "--language", "auto")
    assert status == 0, err
    assert _categories(published.read_bytes()) == {"Mässa".encode()}
    assert json.loads(cli("feed", "list", "--format", "json")[1])[0]["language"] == "auto"
    shown = cli("feed", "show", "Mässor 2027")[1].decode()
    assert "Categories in:  automatic, from the feed's name and texts: now Swedish" in shown

    cli("feed", "add", "--name", "Trade fairs", "--kind", "trade fair", "--language", "sv")
    record = json.loads(cli("feed", "show", "Trade fairs", "--format", "json")[1])
    assert record["language"] == "sv"
    added = json.loads(cli("feed", "show", "Mässor 2027", "--format", "json")[1])
    assert added["language"] == "auto"


def test_export_language_overrides_the_guess(cli, tmp_path: Path) -> None:
    _plan(cli)
    target = tmp_path / "mässor.ics"
    status, _, err = cli("export", "--kind", "trade fair", "--kind", "seminar",
                         "--calendar-name", "Mässor 2027", "--language", "en",
                         "--output", str(target))  # fmt: skip
    assert status == 0, err
    assert _categories(target.read_bytes()) == {b"trade fair", b"seminar"}
    run_ics_check(target)
    status, out, _ = cli(
        "export", "--kind", "seminar", "--calendar-name", "Staff", "--language", "sv"
    )
    assert _categories(out) == {b"Seminarium"}
    status, out, _ = cli(
        "export", "--kind", "seminar", "--calendar-name", "Mässor", "--language", "auto"
    )
    assert _categories(out) == {b"Seminarium"}  # auto: told from the calendar name
    status, out, _ = cli("export", "--kind", "seminar", "--calendar-name", "Mässor")
    assert _categories(out) == {b"Seminarium"}  # auto is the default


@pytest.mark.parametrize(
    "args",
    [("export", "--language", "de"), ("feed", "add", "--name", "X", "--language", "swedish"),
     ("feed", "edit", "X", "--language", "")],
)  # fmt: skip
def test_an_unknown_language_is_a_usage_error(
    cli, capsysbinary: pytest.CaptureFixture[bytes], args: tuple[str, ...]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli(*args)
    assert exit_info.value.code == 2
    said = capsysbinary.readouterr().err.decode()
    assert "--language: invalid choice" in said and "'auto', 'sv', 'en'" in said
    assert json.loads(cli("feed", "list", "--format", "json")[1]) == []
