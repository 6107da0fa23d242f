"""Every real-world file in the shared test data imports, and each event lands where the
independent parsers agree it is (ics-check runs them: icalendar, libical, ical.js, vobject).

Per UID, every VEVENT's start and end as the largest group of parsers reads it (ics.py is
advisory, as in ics-check; a tie goes to the group holding icalendar) must be what the
imported event and its changed occurrences say; and the occurrences in ics-check's window
must be the ones icalendar + recurring-ical-events expand, where SOURCES.md notes ical.js
disagreeing (each case below says why ours is right).
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import Event
from eventplanner.domain.series import occurrence_timing
from eventplanner.domain.timing import AllDaySpan, Timing
from eventplanner.services.importing.service import ImportAction, ImportOptions
from eventplanner.services.workspace import Workspace
from tests.shared_tools import ICS_CHECK, TESTDATA_ICS

DATA = TESTDATA_ICS
FILES = sorted(DATA.glob("*.ics"))
PARSERS = ("icalendar", "libical", "ical.js", "vobject")

# Where icalendar + recurring-ical-events and ical.js expand differently, which is right.
OCCURRENCES_DIFFER = {
    # ical.js leaves the Europe/Berlin TZID (no VTIMEZONE) unresolved, so the UTC EXDATE
    # matches nothing there; in Berlin time it strikes out the 27th (SOURCES.md).
    "rie__issue_27_t1.ics",
    # ical.js does not match the date-time RECURRENCE-ID to the all-day occurrence and keeps
    # the 16th; the override moves it to the 17th, as recurring-ical-events reads it.
    "rie__issue_28_rrule_with_UTC_endinginZ.ics",
    # As rie__issue_27_t1: ical.js leaves Europe/Berlin (no VTIMEZONE) unresolved.
    "rie__subcomponents.ics",
    # Europe/Berlin is an IANA name: its own rules hold before the file's VTIMEZONE starts
    # (2018); ical.js uses offset 0 there.
    "rie__fablab_cottbus.ics",
}
# What the planner cannot hold, left out with a warning naming each date: RDATEs beside an
# endless RRULE (a series is one rule and its skipped dates).
LEFT_OUT = {
    "icaljs__recur_instances.ics": {
        "623c13c0-6c2b-45d6-a12b-c33ad61c4868 2012-11-10T18:00:00Z",
        "623c13c0-6c2b-45d6-a12b-c33ad61c4868 2012-11-30T18:00:00Z",
    },
}

_EXCHANGE = "040000008200E00074C5B7101A82E00800000000"
_BLACK = _EXCHANGE + "017E1BADC42ED601000000000000000010000000FBF1FBAE2E9FBC4D81F16854E2F4D51B"
_BLUE = _EXCHANGE + "C6B92310C52ED601000000000000000010000000605B5A30BB664D469D7A9A45CF7F2FB3"
# Where the parsers read a rule differently from what its writer meant, and ours follows the
# writer: Exchange ends an all-day series with UNTIL at the local midnight that begins its
# last day (20200916T230000Z is 17 September 00:00 in London); both parsers compare it with
# midnight UTC and lose that last day, which Outlook shows.
EXTRA = {
    "rie__issue_28_rrule_with_UTC_endinginZ.ics": {
        f"{_BLACK} 2020-09-17",
        f"{_BLUE} 2020-09-24",
    },
}


def _z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _canon(text: str | None) -> str | None:
    return text.replace(" floating", "Z") if text else text


def _reading(timing: Timing) -> tuple[str, str]:
    if isinstance(timing, AllDaySpan):
        return timing.first_day.isoformat(), (timing.last_day + timedelta(days=1)).isoformat()
    return _z(timing.start), _z(timing.end)


@pytest.fixture(scope="module")
def readings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """ics-check's JSON: every parser's reading of every file (run once for all)."""
    out = tmp_path_factory.mktemp("ics-check") / "readings.json"
    # Exit status 1 is expected: these files break Outlook's rules on purpose.
    done = subprocess.run(
        [str(ICS_CHECK), "--json", str(out), *map(str, FILES)],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert out.exists(), done.stderr[-2000:]
    found: dict[str, Any] = json.loads(out.read_text())
    return {Path(path).name: reading for path, reading in found.items()}


def _consensus(parsers: dict[str, Any]) -> dict[str, list[tuple[str, str | None]]]:
    per_uid: dict[str, dict[str, list[tuple[str, str | None]]]] = defaultdict(dict)
    for name in PARSERS:
        result = parsers.get(name, {})
        if result.get("error"):
            continue
        for item in result["events"]:
            per_uid[item["uid"]].setdefault(name, []).append(
                (_canon(item["start"]) or "", _canon(item["end"]))
            )
    agreed = {}
    for uid, views in per_uid.items():
        groups = Counter(tuple(sorted(v)) for v in views.values())
        best = max(groups.values())
        top = [view for view, n in groups.items() if n == best]
        favourite = tuple(sorted(views.get("icalendar", [])))
        agreed[uid] = list(favourite if favourite in top else top[0])
    return agreed


def _imported(workspace: Workspace) -> list[Event]:
    with workspace.database.reading() as session:
        from sqlalchemy import select

        from eventplanner.persistence.schema import EventRow

        ids = list(session.scalars(select(EventRow.id)))
    return [workspace.events.get(i) for i in ids]


def _ours(events: list[Event]) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for event in events:
        uid = "(no UID)" if event.uid.endswith("@import.eventplanner") else event.uid.split("#")[0]
        found[uid].append(_reading(event.timing))
        for change in event.changes:
            timing = change.timing or occurrence_timing(event.timing, change.recurrence_id)
            found[uid].append(_reading(timing))
    return found


def _occurrences(workspace: Workspace, window: list[str], uids: dict[int, str]) -> list[str]:
    low = datetime.fromisoformat(window[0][:-1])
    high = datetime.fromisoformat(window[1][:-1])
    around = TimeWindow(
        (low - timedelta(days=2)).replace(tzinfo=UTC),
        (high + timedelta(days=2)).replace(tzinfo=UTC),
    )
    found = []
    for occurrence in workspace.queries.occurrences(around):
        timing = occurrence.timing
        if isinstance(timing, AllDaySpan):
            at, text = (
                datetime.combine(timing.first_day, datetime.min.time()),
                str(timing.first_day),
            )
        else:
            at, text = timing.start.astimezone(UTC).replace(tzinfo=None), _z(timing.start)
        if low <= at < high:
            found.append(f"{uids[occurrence.event_id]} {text}")
    return sorted(found)


def _occ_key(text: str) -> str:
    return _canon(text) or ""


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_file_imports_where_the_parsers_agree(
    path: Path, readings: dict[str, Any], tmp_path: Path
) -> None:
    workspace = Workspace.open(tmp_path / "import.sqlite")
    try:
        plan = workspace.imports.plan(path.read_bytes(), options=ImportOptions(skip_bad=False))
        assert plan.count(ImportAction.SKIPPED) == 0
        workspace.imports.apply(plan)
        events = _imported(workspace)
        reading = readings[path.name]
        expected = _consensus(reading["parsers"])
        ours = _ours(events)
        assert set(ours) == set(expected)
        for uid, views in expected.items():
            mine = sorted(set(ours[uid]))
            starts = sorted({start for start, _ in views})
            assert sorted({start for start, _ in mine}) == starts, uid
            ends = {start: end for start, end in views if end and end != start}
            for start, end in mine:
                if start in ends:
                    assert end == ends[start], (uid, start)
        parsers = reading["parsers"]
        icalendar_occ = parsers["icalendar"].get("occ")
        icaljs_occ = parsers["ical.js"].get("occ")
        if icalendar_occ is None or icaljs_occ is None:
            return  # a parser that could not expand the file: nothing to compare with
        reference = sorted(map(_occ_key, icalendar_occ))
        other = sorted(map(_occ_key, icaljs_occ))
        assert (reference != other) == (path.name in OCCURRENCES_DIFFER)
        uids = {e.id: e.uid.split("#")[0] for e in events}
        mine_occ = _occurrences(workspace, reading["window"], uids)
        missing = set(reference) - set(mine_occ)
        assert missing == LEFT_OUT.get(path.name, set())
        assert sorted((set(reference) - missing) | EXTRA.get(path.name, set())) == mine_occ
        if missing:
            notes = " ".join(w for e in plan.events for w in e.warnings)
            assert "RDATE" in notes and "2012-11-10T10:00:00" in notes
    finally:
        workspace.close()


def test_the_files_are_the_ones_sources_md_lists() -> None:
    listed = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert FILES and all(f"| {path.name} |" in listed for path in FILES)


def test_a_date_is_a_date() -> None:  # the reading of all-day ends is exclusive, as parsers
    assert _reading(AllDaySpan(date(2027, 3, 12), date(2027, 3, 14))) == (
        "2027-03-12",
        "2027-03-15",
    )
