"""What the parts of a recurrence rule may hold (RFC 5545 3.3.10), checked as the rule is
read."""

from __future__ import annotations

import re

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.text import quoted

# RFC 5545 3.3.10: the numbers each BY part may hold, and whether they may count from the
# end (-1 the last). Checked here, so that no rule reaches dateutil that it would stumble on
# (BYDAY=99MO was an IndexError) or walk for nothing (BYMONTH=13).
NUMBERED_PARTS = {
    "BYSECOND": (0, 60, False),
    "BYMINUTE": (0, 59, False),
    "BYHOUR": (0, 23, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYMONTH": (1, 12, False),
    "BYSETPOS": (1, 366, True),
}
_BYDAY_ITEM = re.compile(r"([+-]?)([0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)")


def whole_number(text: str, low: int, high: int) -> int | None:
    """``text`` as a number from ``low`` to ``high``, or None: never int() of a thousand
    digits (Python refuses more than 4,300 with an error of its own)."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(high)):
        return None
    number = int(text)
    return number if low <= number <= high else None


def check_numbers(name: str, value: str) -> None:
    low, high, from_end = NUMBERED_PARTS[name]
    for item in value.split(","):
        negative = item[:1] == "-" and from_end
        digits = item[1:] if negative or (item[:1] == "+" and from_end) else item
        if whole_number(digits, low, high) is None or (negative and digits == "0"):
            span = f"{low} to {high}" + (f" (or -{high} to -1 from the end)" if from_end else "")
            raise ValidationError("recurrence", f"{name} {quoted(item)} is not a number {span}")


def check_days(parts: dict[str, str]) -> None:
    """BYDAY: weekdays, each perhaps with which one (1MO, -1FR): at most the 53rd of a
    year, the 5th of a month."""
    in_month = parts["FREQ"] == "MONTHLY" or (parts["FREQ"] == "YEARLY" and "BYMONTH" in parts)
    most = 5 if in_month else 53
    for item in parts["BYDAY"].split(","):
        found = _BYDAY_ITEM.fullmatch(item) if len(item) <= 5 else None
        if found is None:
            raise ValidationError(
                "recurrence", f"BYDAY {quoted(item)} is not a weekday (MO, 1TU, -1FR, ...)"
            )
        number = found.group(2)
        if number is not None and whole_number(number, 1, most) is None:
            period = "month" if in_month else "year"
            raise ValidationError(
                "recurrence",
                f"BYDAY {quoted(item)}: a {period} has at most {most} of each weekday",
            )
