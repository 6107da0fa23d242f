"""The budget's words in the window's language: categories, amounts and where a
co-exhibitor's share comes from."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from eventplanner.domain.budget import (
    AmbiguousAmountError,
    AmountTooLargeError,
    BudgetCategory,
    BudgetLine,
    ShareBasis,
    parse_amount,
    parse_rate,
)
from eventplanner.domain.errors import ValidationError
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate


def category_label(category: BudgetCategory) -> str:
    labels = {
        BudgetCategory.VENUE: translate("budget", "Venue"),
        BudgetCategory.CATERING: translate("budget", "Catering"),
        BudgetCategory.STAND_FEE: translate("budget", "Stand fee"),
        BudgetCategory.TRAVEL: translate("budget", "Travel"),
        BudgetCategory.MARKETING: translate("budget", "Marketing"),
        BudgetCategory.SPEAKER_FEES: translate("budget", "Speaker fees"),
        BudgetCategory.TECHNOLOGY: translate("budget", "Technology"),
        BudgetCategory.OTHER_COSTS: translate("budget", "Other costs"),
        BudgetCategory.SPONSORSHIP: translate("budget", "Sponsorship"),
        BudgetCategory.PARTICIPANT_FEES: translate("budget", "Participant fees"),
        BudgetCategory.GRANTS: translate("budget", "Grants"),
        BudgetCategory.CO_EXHIBITOR_SHARES: translate("budget", "Co-exhibitor shares"),
    }
    return labels[category]


def amount_text(value: Decimal | None) -> str:
    """An amount to the öre in the window's language (12 500,00 in Swedish); "" for none."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", 2)


def amount_edit_text(value: Decimal | None) -> str:
    """An amount to be edited: the window's decimal point, no group separators (12500,00
    in Swedish, 12500.00 in English), so it reads back as typed; "" for none."""
    if value is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", 2)


def typed_amount(text: str, field: str) -> Decimal:
    """An amount typed in the window's language (its decimal point and thousands
    separator: ``12,500`` is 12500 in English, 12.50 in Swedish); ValidationError naming
    ``field`` otherwise (``amount_refusal`` words it)."""
    locale = QLocale()
    return parse_amount(
        text, field, decimal_point=locale.decimalPoint(), group_separator=locale.groupSeparator()
    )


def typed_rate(text: str) -> Decimal:
    """A rate (SEK per unit) typed in the window's language, read as ``typed_amount`` reads
    amounts: ``1,234`` is 1234 in English and 1.234 in Swedish; ``10,45`` in English is
    refused as unclear (``rate_refusal`` words it), never read as 1045."""
    locale = QLocale()
    return parse_rate(
        text, decimal_point=locale.decimalPoint(), group_separator=locale.groupSeparator()
    )


def rate_edit_text(rate: Decimal | None) -> str:
    """A rate to be edited: the window's decimal point, no group separators, at least two
    decimals and no trailing zeros beyond them (10,45 in Swedish); "" for none."""
    if rate is None:
        return ""
    value = rate.normalize()
    if value.as_tuple().exponent > -2:  # type: ignore[operator]
        value = value.quantize(Decimal("0.01"))
    return format(value, "f").replace(".", QLocale().decimalPoint())


def rate_refusal(error: ValidationError, text: str) -> str:
    """Why what was typed as a rate cannot be read, naming it: unclear grouping, or no
    number (a rate read but not believable is the dialog's to word)."""
    example = rate_edit_text(Decimal("10.45"))
    if isinstance(error, AmbiguousAmountError):
        why = translate(
            "budget",
            "The rate “%1” is unclear: type it without thousands separators, e.g. %2.",
        )
    else:
        why = translate("budget", "The rate “%1” is not a number (e.g. %2).")
    return filled(why, text, example)


def line_title(line: BudgetLine) -> str:
    """What a line is called: its description, a co-exhibitor's line in the window's
    language."""
    if line.share is not None:
        return filled(translate("budget", "Co-exhibitor share: %1"), line.share.company)
    return line.description or category_label(line.category)


def share_explanation(line: BudgetLine) -> str:
    """Where a derived line's amounts come from, for its tooltip and the window's note."""
    share = line.share
    if share is None:
        return ""
    if share.basis is ShareBasis.FEE:
        why = translate("budget", "%1's fixed fee, from the stand.")
        text = filled(why, share.company)
    elif share.basis is ShareBasis.AREA:
        why = translate("budget", "%1's %2 m² of the stand's %3 m², as a share of the stand fee.")
        text = filled(
            why,
            share.company,
            QLocale().toString(float(share.area or 0), "g", 6),
            QLocale().toString(float(share.stand_area or 0), "g", 6),
        )
    else:
        why = translate(
            "budget",
            "%1 has a share of the area, but the budget has no stand fee (or the stand no "
            "area) yet: add a stand fee line.",
        )
        text = filled(why, share.company)
    if not share.confirmed:
        text += " " + translate(
            "budget", "Not confirmed yet: counted as planned income only, not as actual."
        )
    elif line.actual is None:
        text += " " + translate(
            "budget",
            "No actual stand fee yet: counted as planned income only until the stand is invoiced.",
        )
    return text


def amount_refusal(error: ValidationError, text: str) -> str:
    """Why what was typed as the planned or actual amount (``error.field``) is refused,
    naming it: no amount, too large, or unclear grouping."""
    planned = error.field == "planned"
    if isinstance(error, AmountTooLargeError):
        if planned:
            why = translate("budget", "The planned amount “%1” is too large for one line.")
        else:
            why = translate("budget", "The actual amount “%1” is too large for one line.")
        return filled(why, text)
    if isinstance(error, AmbiguousAmountError):
        if planned:
            why = translate(
                "budget",
                "The planned amount “%1” is unclear: type it without thousands separators, "
                "e.g. %2.",
            )
        else:
            why = translate(
                "budget",
                "The actual amount “%1” is unclear: type it without thousands separators, e.g. %2.",
            )
        return filled(why, text, amount_edit_text(Decimal("12500.50")))
    if planned:
        why = translate("budget", "The planned amount “%1” is not an amount (e.g. %2).")
    else:
        why = translate("budget", "The actual amount “%1” is not an amount (e.g. %2).")
    return filled(why, text, amount_text(Decimal("1234.50")))
