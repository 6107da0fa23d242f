"""Swedish public holidays and their eves, from the ``holidays`` package.

Planners in Sweden treat the eves (midsommarafton, julafton, nyårsafton) as days off too, so
the de facto holidays count alongside the public ones. Sundays are not listed.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache


@lru_cache(maxsize=64)
def swedish_holidays(year: int) -> dict[date, str]:
    """Every public and de facto holiday of ``year``, with its Swedish name."""
    import holidays as _holidays  # 50 ms to import: loaded when first asked, not at start-up

    found = _holidays.country_holidays(
        "SE",
        years=year,
        include_sundays=False,
        categories=("public", "de_facto"),
        language="sv",
    )
    return {day: name for day, name in found.items() if "från kl." not in name}


def is_holiday(day: date) -> bool:
    return day in swedish_holidays(day.year)
