"""The budget's words in the window's language: categories, amounts and where a
co-exhibitor's share comes from."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from eventplanner.domain.budget import BudgetCategory, BudgetLine, ShareBasis
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


def amount_refusal(field: str, text: str) -> str:
    """What typed as the planned or actual amount is no amount: said so, naming it."""
    if field == "planned":
        why = translate("budget", "The planned amount “%1” is not an amount (e.g. 1 234,50).")
    else:
        why = translate("budget", "The actual amount “%1” is not an amount (e.g. 1 234,50).")
    return filled(why, text)
