"""Swedish public holidays and their eves, from the ``holidays`` package.

Planners in Sweden treat the eves (midsommarafton, julafton, nyårsafton) as days off too, so
the de facto holidays count alongside the public ones. Sundays are not listed.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

_SATURDAY = 5


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


@lru_cache(maxsize=64)
def swedish_days_off(year: int) -> dict[date, tuple[str, bool]]:
    """The days off of ``year``: each with its Swedish name, and whether it is an eve
    (midsommarafton, julafton, nyårsafton: days off in practice, not by law)."""
    import holidays as _holidays

    eves = _holidays.country_holidays(
        "SE", years=year, include_sundays=False, categories=("de_facto",), language="sv"
    )
    return {
        day: (name, day in eves and "från kl." not in eves[day])
        for day, name in swedish_holidays(year).items()
    }


@lru_cache(maxsize=64)
def swedish_bridge_days(year: int) -> dict[date, str]:
    """The bridge days (klämdagar) of ``year`` with their Swedish names: the whole days of
    the package's OPTIONAL category for Sweden. In holidays 0.88-0.109 that is the Friday
    after Kristi himmelsfärdsdag only (its half days, "från kl. 14.00", are working days,
    and Påskafton and Pingstafton fall on Saturdays anyway)."""
    import holidays as _holidays

    optional = _holidays.country_holidays(
        "SE", years=year, include_sundays=False, categories=("optional",), language="sv"
    )
    return {
        day: name
        for day, name in optional.items()
        if "från kl." not in name and day.weekday() < _SATURDAY
    }
