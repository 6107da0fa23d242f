"""Wall-clock times as people read them: hours and minutes, and the seconds when there are
any (an imported 09:15:45 is not shown as 09:15, as if it were that)."""

from __future__ import annotations

from datetime import datetime, time


def clock_text(moment: datetime | time) -> str:
    """``09:15``, or ``09:15:45`` when the time has seconds."""
    if moment.second:
        return f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    return f"{moment.hour:02d}:{moment.minute:02d}"
