"""What was typed for a stand's command, read into values: measures (a decimal point or
comma), amounts of SEK, whole numbers, times of day, organisations and contacts."""

from __future__ import annotations

from datetime import time
from decimal import Decimal, InvalidOperation

from eventplanner.cli import catalog_commands
from eventplanner.domain.errors import ValidationError
from eventplanner.services.workspace import Workspace


def measure(text: str | None, field: str, unit: str) -> float | None:
    """A measure as typed (12, 12.5, 12,5); '' for none."""
    if text is None or not text.strip():
        return None
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise ValidationError(
            field, f"{text!r} is not a number of {unit} (e.g. 12 or 12.5)"
        ) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValidationError(field, f"{text!r} is not a number of {unit} (e.g. 12 or 12.5)")
    return value


def fee(text: str | None) -> Decimal | None:
    if text is None or not text.strip():
        return None
    try:
        value = Decimal(text.strip().replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise ValidationError("--fee", f"{text!r} is not an amount of SEK (e.g. 15000)") from None
    if not value.is_finite():
        raise ValidationError("--fee", f"{text!r} is not an amount of SEK (e.g. 15000)")
    return value.quantize(Decimal("0.01"))


def count(text: str | None, field: str) -> int | None:
    if text is None:
        return None
    value = text.strip()
    if not (value.isascii() and value.lstrip("-").isdigit()) or len(value) > 9:
        raise ValidationError(field, f"{text!r} is not a whole number")
    return int(value)


def time_of_day(text: str | None) -> time | None:
    if text is None or not text.strip():
        return None
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("--time", f"{text!r} is not a time of day like 12:00") from None


def organisation(workspace: Workspace, ref: str | None) -> int | None:
    if ref is None or not ref.strip():
        return None
    ident: int = catalog_commands.find(workspace, "organisation", ref).id
    return ident


def contact(workspace: Workspace, ref: str | None) -> int | None:
    if ref is None or not ref.strip():
        return None
    ident: int = catalog_commands.find(workspace, "contact", ref).id
    return ident
