"""The service records themselves."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timing import TimedSpan


def test_a_trusted_occurrence_is_the_same_record_as_a_constructed_one() -> None:
    tz = ZoneInfo("Europe/Stockholm")
    timing = TimedSpan(datetime(2027, 2, 1, 13, tzinfo=tz), datetime(2027, 2, 1, 16, tzinfo=tz))
    values: dict[str, object] = {
        "event_id": 7,
        "uid": "kurs@eventplanner",
        "title": "Intraprenörskap",
        "kind": EventKind.COURSE,
        "status": EventStatus.CONFIRMED,
        "timing": timing,
        "venue_id": 3,
        "venue_name": "Västerås Science Park",
        "project_name": "Intraprenörskap 2027",
        "busy_status": BusyStatus.BUSY,
        "recurrence_id": timing.start,
        "changed": False,
        "tags": ("kurs", "SME"),
        "project_id": 2,
    }
    assert list(values) == [f.name for f in fields(Occurrence)]
    trusted = Occurrence.trusted(**values)  # type: ignore[arg-type]
    constructed = Occurrence(**values)  # type: ignore[arg-type]
    assert trusted == constructed
    assert hash(trusted) == hash(constructed)
    assert repr(trusted) == repr(constructed)
