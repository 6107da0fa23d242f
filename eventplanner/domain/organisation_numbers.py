"""Swedish organisation numbers (organisationsnummer) and country codes.

An organisation number is ten digits, written NNNNNN-NNNN, the last a Luhn check digit over
the nine before it. It is also met with twelve digits (the tax agency's form, "16" before the
ten) and without the hyphen; all are read to the one form NNNNNN-NNNN, so that reach counts
an organisation once whatever way it was typed. An organisation in another country has its
own registry's identifier, kept as given (trimmed).
"""

from __future__ import annotations

import re

from eventplanner.domain.errors import ValidationError

_SEPARATORS = re.compile(r"[\s\-+]")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def luhn_digit(digits: str) -> int:
    """The Luhn check digit of ``digits`` (weights 2, 1, 2, … from the left for nine digits)."""
    total = 0
    for place, char in enumerate(reversed(digits)):
        value = int(char) * (2 if place % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def org_number(text: str, field: str = "org-number") -> str:
    """``text`` as NNNNNN-NNNN; "" for none. A ValidationError names what is wrong: not ten
    digits (or twelve starting 16), or a check digit that does not match."""
    given = text.strip()
    if not given:
        return ""
    digits = _SEPARATORS.sub("", given)
    if not digits.isdigit() or not digits.isascii():
        raise ValidationError(
            field, f"{given!r} is not an organisation number; write ten digits as NNNNNN-NNNN"
        )
    if len(digits) == 12:
        if not digits.startswith("16"):
            raise ValidationError(
                field, f"{given!r}: a twelve-digit organisation number starts with 16"
            )
        digits = digits[2:]
    if len(digits) != 10:
        raise ValidationError(
            field,
            f"{given!r} has {len(digits)} digits; an organisation number has ten (NNNNNN-NNNN)",
        )
    expected = luhn_digit(digits[:9])
    if int(digits[9]) != expected:
        raise ValidationError(
            field,
            f"{given!r}: the check digit is {digits[9]}, but the nine digits before it give "
            f"{expected}; check the number for a typing error",
        )
    return f"{digits[:6]}-{digits[6:]}"


MAX_IDENTIFIER = 40
"""The longest identifier of an organisation outside Sweden (a VAT or registry number)."""


def identifier(text: str, country: str, field: str = "org-number") -> str:
    """An organisation's identifier in ``country``: a Swedish organisation number checked
    and written NNNNNN-NNNN (``org_number``) when the country is SE or not a country code
    (Sweden is the default); for another country the identifier as given, trimmed (its
    registry's or VAT number, whatever its form), at most ``MAX_IDENTIFIER`` characters."""
    try:
        code = country_code(country)
    except ValidationError:
        code = "SE"
    if code == "SE":
        return org_number(text, field)
    given = " ".join(text.split())
    if len(given) > MAX_IDENTIFIER:
        raise ValidationError(
            field,
            f"{given[:20]!r}… is {len(given)} characters long; an organisation's identifier "
            f"has at most {MAX_IDENTIFIER}",
        )
    return given


def country_code(text: str, field: str = "country") -> str:
    """``text`` as an upper-case ISO 3166-1 alpha-2 code (``se`` → ``SE``)."""
    code = text.strip().upper()
    if not _COUNTRY.match(code):
        raise ValidationError(
            field, f"{text!r} is not a country code; give its two letters (SE, NO, US)"
        )
    return code
