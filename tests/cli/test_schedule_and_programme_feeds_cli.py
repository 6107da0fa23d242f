"""`eventplanner feed add … --sessions [--stage NAME] [--breaks]`, `--phases`, `--person`,
and `eventplanner programme EVENT --frab FILE.xml|FILE.json` (issue 14)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import icalendar
import pytest

from tests.cli.runner import ok
from tests.ical.factories import run_ics_check


@pytest.fixture
def days(cli) -> str:
    """Two days on two stages, a speaker from an organisation, a lunch and a build-up."""
    ok(cli, "venue", "add", "--name", "Västerås Kongress", "--city", "Västerås")
    ok(cli, "add", "--title", "Innovationsdagar", "--kind", "innovation day", "--venue",
       "Västerås Kongress", "--start", "2027-01-19 09:00", "--end", "2027-01-20 17:00")  # fmt: skip
    ok(cli, "stage", "add", "Innovationsdagar", "Aulan")
    ok(cli, "stage", "add", "1", "Digital", "--digital", "--stream", "https://stream.example/d")
    ok(cli, "organisation", "add", "--name", "RISE")
    ok(cli, "contact", "add", "--name", "Ada Lind", "--organisation", "RISE")
    ok(cli, "session", "add", "1", "--title", "Öppning", "--stage", "Aulan", "--kind",
       "keynote", "--start", "2027-01-19 09:00", "--end", "2027-01-19 09:30",
       "--speaker", "Ada Lind")  # fmt: skip
    ok(cli, "session", "add", "1", "--title", "Digitalt pass", "--stage", "Digital",
       "--start", "2027-01-19 10:00", "--end", "2027-01-19 10:45")  # fmt: skip
    ok(cli, "session", "add", "1", "--title", "Lunch", "--kind", "lunch",
       "--start", "2027-01-19 12:00", "--end", "2027-01-19 13:00")  # fmt: skip
    ok(cli, "phase", "add", "1", "--kind", "build-up", "--start", "2027-01-18 07:00",
       "--end", "2027-01-18 18:00")  # fmt: skip
    ok(cli, "programme", "1", "--release", "Första")  # feeds and schedules publish releases
    return "Innovationsdagar"


def _events(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def test_feed_add_sessions_of_one_stage(cli, days: str, tmp_path: Path) -> None:
    out = ok(cli, "feed", "add", "--name", "Aulan", "--sessions", "--stage", "Aulan",
             "--folder", str(tmp_path))  # fmt: skip
    assert "Published it to" in out
    shown = ok(cli, "feed", "show", "Aulan")
    assert "Programme:      the sessions on the stage 'Aulan'" in shown
    record = json.loads(ok(cli, "feed", "show", "Aulan", "--format", "json"))
    assert record["sessions"] is True and record["stage"] == "Aulan"
    path = tmp_path / "Aulan.ics"
    found = _events(path)
    assert set(found) == {"Innovationsdagar", "Öppning"}
    opening = found["Öppning"]
    assert str(opening["LOCATION"]) == "Aulan, Västerås Kongress"  # the city said already
    assert str(opening["RELATED-TO"]) == str(found["Innovationsdagar"]["UID"])
    assert "Ada Lind (RISE)" in str(opening["DESCRIPTION"])
    assert "ATTENDEE" not in path.read_text(encoding="utf-8")  # OUTLOOK.md 8
    run_ics_check(path)
    # Every stage, with breaks: edit replaces the choices given.
    ok(cli, "feed", "edit", "Aulan", "--stage", "", "--breaks", "yes")
    assert set(_events(path)) == {"Innovationsdagar", "Öppning", "Digitalt pass", "Lunch"}
    assert str(_events(path)["Digitalt pass"]["URL"]) == "https://stream.example/d"


def test_a_session_moved_on_the_command_line_is_republished(cli, days: str, tmp_path: Path) -> None:
    ok(cli, "feed", "add", "--name", "Programmet", "--sessions", "--folder", str(tmp_path))
    path = tmp_path / "Programmet.ics"
    before = _events(path)["Öppning"]
    out = ok(cli, "session", "edit", "Öppning", "--start", "2027-01-19 09:15",
             "--end", "2027-01-19 09:45")  # fmt: skip
    # A draft's edit: the feed publishes the release, which is as it was.
    assert "Republished" not in out and _events(path)["Öppning"] == before
    out = ok(cli, "programme", "1", "--release", "Andra")
    assert "Republished the feed 'Programmet'" in out
    after = _events(path)["Öppning"]
    assert after["UID"] == before["UID"]  # OUTLOOK.md 7
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])


def test_feed_of_an_unknown_stage_is_refused(cli, days: str, tmp_path: Path) -> None:
    """`--stage Nope` was accepted and the feed published no session at all."""
    status, _, err = cli("feed", "add", "--name", "Nej", "--sessions", "--stage", "Nope")
    assert status == 1
    assert "no event the feed picks has a stage 'Nope'" in err
    assert "the stages 'Aulan', 'Digital'" in err
    assert "Nej" not in ok(cli, "feed", "list")
    ok(cli, "feed", "add", "--name", "Aulan", "--sessions", "--stage", " aulan ")
    status, _, err = cli("feed", "edit", "Aulan", "--stage", "Nope")
    assert status == 1 and "a stage 'Nope'" in err
    assert json.loads(ok(cli, "feed", "show", "Aulan", "--format", "json"))["stage"] == "aulan"


def test_phases_and_a_persons_feed(cli, days: str, tmp_path: Path) -> None:
    ok(cli, "feed", "add", "--name", "Personal", "--phases", "--folder", str(tmp_path))
    assert "Innovationsdagar: build-up" in _events(tmp_path / "Personal.ics")
    ok(cli, "feed", "add", "--name", "Publikt", "--phases", "public", "--folder", str(tmp_path))
    assert set(_events(tmp_path / "Publikt.ics")) == {"Innovationsdagar"}
    ok(cli, "feed", "add", "--name", "Ada", "--person", "Ada Lind", "--folder", str(tmp_path))
    assert set(_events(tmp_path / "Ada.ics")) == {"Öppning"}
    assert "everything Ada Lind is in" in ok(cli, "feed", "show", "Ada")
    status, _, err = cli("feed", "add", "--name", "Fel", "--stage", "Aulan")
    assert status == 1 and "publish the sessions too" in err


def test_programme_frab_xml_and_json(cli, days: str, tmp_path: Path) -> None:
    out = ok(cli, "programme", days, "--frab", str(tmp_path / "schedule.xml"))
    assert "(2 sessions)" in out
    root = ElementTree.parse(tmp_path / "schedule.xml").getroot()
    titles = [e.findtext("title") for e in root.iter("event")]
    assert titles == ["Öppning", "Digitalt pass"]  # the lunch left out
    ok(cli, "programme", "1", "--frab", str(tmp_path / "schedule.json"))
    data = json.loads((tmp_path / "schedule.json").read_text(encoding="utf-8"))
    (day, _) = data["schedule"]["conference"]["days"]
    assert [i["title"] for i in day["rooms"]["Aulan"]] == ["Öppning"]
    assert day["rooms"]["Aulan"][0]["persons"][0]["name"] == "Ada Lind"
    status, _, err = cli("programme", "1", "--frab", str(tmp_path / "schedule.txt"))
    assert status == 1 and "must end in .xml or .json" in err


def test_programme_frab_shows_the_release_or_the_draft(cli, days: str, tmp_path: Path) -> None:
    ok(cli, "session", "add", "1", "--title", "Avslutning", "--stage", "Aulan",
       "--start", "2027-01-20 16:00", "--end", "2027-01-20 16:30")  # fmt: skip
    target = tmp_path / "schedule.xml"

    def titles() -> list[str | None]:
        return [e.findtext("title") for e in ElementTree.parse(target).getroot().iter("event")]

    ok(cli, "programme", days, "--frab", str(target))
    assert titles() == ["Öppning", "Digitalt pass"]  # the release, not the draft
    ok(cli, "programme", days, "--frab", str(target), "--draft")
    assert titles() == ["Öppning", "Digitalt pass", "Avslutning"]
    ok(cli, "add", "--title", "Seminarium", "--start", "2027-02-01 13:00",
       "--end", "2027-02-01 16:00")  # fmt: skip
    status, _, err = cli("programme", "Seminarium", "--frab", str(tmp_path / "s.xml"))
    assert status == 1 and "'Seminarium' has not been released yet" in err
    assert "use its draft" in err and not (tmp_path / "s.xml").exists()
