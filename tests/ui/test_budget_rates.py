"""The rate of a budget line in English and Swedish: ``1,234`` typed in English is one
thousand two hundred and thirty-four SEK per unit, in Swedish 1.234; ``10,45`` in English
is refused as unclear, never read as 1045; what the dialog shows reads back as the same
rate; what cannot be read is refused naming what was typed, in the window's language."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.budget import BudgetCategory, BudgetLine
from eventplanner.domain.errors import ValidationError
from eventplanner.ui.budget.budget_texts import rate_edit_text, rate_refusal, typed_rate
from eventplanner.ui.budget.line_dialog import BudgetLineDialog

D = Decimal
LOCALES = ("en_GB", "en_US", "sv_SE")


@pytest.fixture(params=LOCALES)
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield str(request.param)
    QLocale.setDefault(before)


def _dollar_line(rate: Decimal | None = None) -> BudgetLine:
    return BudgetLine(
        7, BudgetCategory.SPEAKER_FEES, D("1500"), None, "Talare", "USD", rate, event_id=1
    )


def test_a_comma_in_a_rate_is_read_as_the_language_writes_it(locale: str) -> None:
    english = locale.startswith("en")
    assert typed_rate("1,234") == (D("1234") if english else D("1.234"))
    assert typed_rate("10.45") == D("10.45")
    if english:
        assert typed_rate("1,234.5") == D("1234.5")
        with pytest.raises(ValidationError) as unclear:
            typed_rate("10,45")
        assert unclear.value.field == "rate"
        assert rate_refusal(unclear.value, "10,45") == (
            "The rate “10,45” is unclear: type it without thousands separators, e.g. 10.45."
        )
    else:
        assert typed_rate("10,45") == D("10.45")
        assert typed_rate("1 234,5") == D("1234.5")


@pytest.mark.parametrize("stored", ["10.450000", "9", "0.0955", "12345.678901"])
def test_the_edit_text_reads_back_as_the_same_rate(locale: str, stored: str) -> None:
    text = rate_edit_text(D(stored))
    assert QLocale().groupSeparator() not in text
    assert typed_rate(text) == D(stored)


def test_the_dialog_reads_the_rate_in_the_window_language(qtbot: QtBot, locale: str) -> None:
    dialog = BudgetLineDialog(_dollar_line(D("10.450000")))
    qtbot.addWidget(dialog)
    english = locale.startswith("en")
    assert dialog.rate.text() == ("10.45" if english else "10,45")
    assert dialog.typed().rate == D("10.45")
    dialog.rate.setText("10.5" if english else "10,5")
    assert dialog.typed().rate == D("10.5")
    # Read as 1234 in English and 1.234 in Swedish: either way no believable dollar.
    dialog.rate.setText("1,234")
    with pytest.raises(ValidationError) as far_off:
        dialog.typed()
    shown = "1234.000000" if english else "1.234000"
    assert f"rate: {shown} SEK per 1 USD is far from" in str(far_off.value)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.rate.setText("tio")
    assert not save.isEnabled() and not dialog.problems.isHidden()
    example = "10.45" if english else "10,45"
    assert dialog.problems.text() == f"The rate “tio” is not a number (e.g. {example})."
    if english:
        dialog.rate.setText("10,45")
        assert dialog.problems.text() == (
            "The rate “10,45” is unclear: type it without thousands separators, e.g. 10.45."
        )
        assert not save.isEnabled()


def test_the_rate_refused_in_swedish(qtbot: QtBot, swedish: object) -> None:
    dialog = BudgetLineDialog(_dollar_line())
    qtbot.addWidget(dialog)
    assert dialog.rate.placeholderText().endswith("10,45")
    dialog.rate.setText("tio")
    assert dialog.problems.text() == "Kursen ”tio” är inget tal (t.ex. 10,45)."
    dialog.rate.setText("10,45")
    assert dialog.typed().rate == D("10.45")
    assert dialog.problems.isHidden()
