"""Clock times as shown: seconds only when there are any."""

from __future__ import annotations

from datetime import datetime, time

from eventplanner.domain.clock import clock_text


def test_seconds_are_shown_when_the_time_has_them() -> None:
    assert clock_text(time(9, 15)) == "09:15"
    assert clock_text(time(9, 15, 45)) == "09:15:45"
    assert clock_text(datetime(2027, 3, 12, 9, 15, 45)) == "09:15:45"
