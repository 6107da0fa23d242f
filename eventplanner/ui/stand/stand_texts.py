"""The stand's words in the window's language: stand types, deadline kinds, the
co-exhibitors' states, where an item is, and the numbers shown in its tables."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from eventplanner.domain.stand import DeadlineKind, ExhibitorState, MaterialState, StandType
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate


def stand_type_label(kind: StandType) -> str:
    labels = {
        StandType.OWN: translate("stand", "own stand"),
        StandType.SHARED: translate("stand", "shared stand"),
    }
    return labels[kind]


def deadline_kind_label(kind: DeadlineKind) -> str:
    labels = {
        DeadlineKind.REGISTRATION: translate("stand", "registration"),
        DeadlineKind.CATALOGUE_TEXT: translate("stand", "catalogue text"),
        DeadlineKind.ELECTRICITY_ORDER: translate("stand", "electricity order"),
        DeadlineKind.FURNITURE_ORDER: translate("stand", "furniture order"),
        DeadlineKind.BUILD_UP_SLOT: translate("stand", "build-up slot"),
        DeadlineKind.BADGE_REQUESTS: translate("stand", "badge requests"),
        DeadlineKind.OTHER: translate("stand", "other"),
    }
    return labels[kind]


def exhibitor_state_label(state: ExhibitorState) -> str:
    labels = {
        ExhibitorState.ASKED: translate("stand", "asked"),
        ExhibitorState.CONFIRMED: translate("stand", "confirmed"),
        ExhibitorState.APPROVED: translate("stand", "approved by the fair"),
    }
    return labels[state]


def material_state_label(state: MaterialState) -> str:
    labels = {
        MaterialState.AT_OFFICE: translate("stand", "at the office"),
        MaterialState.PACKED: translate("stand", "packed"),
        MaterialState.SHIPPED: translate("stand", "shipped"),
        MaterialState.AT_STAND: translate("stand", "at the stand"),
        MaterialState.RETURNED: translate("stand", "returned"),
        MaterialState.LOST: translate("stand", "lost"),
    }
    return labels[state]


def number_text(value: float | None) -> str:
    """A measure in the window's language (12,5 in Swedish), no trailing zeros."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "g", 6)


def sek_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    shown = QLocale().toString(float(value), "f", 0 if value == value.to_integral() else 2)
    return filled(translate("stand", "%1 SEK"), shown)


def read_number(text: str) -> float | None:
    """A measure as typed (12, 12.5, 12,5); None for nothing typed; ValueError for text
    that is no number."""
    typed = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not typed:
        return None
    value = float(typed)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value
