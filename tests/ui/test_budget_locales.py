"""Budget amounts in English and Swedish: edited text reads back as the same amount (no
thousands separators to trip over), ``12,500`` typed in English is twelve thousand five
hundred, never 12.50, and amounts too large to keep are refused with a message."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.errors import ValidationError
from eventplanner.ui.budget.budget_model import BudgetColumn
from eventplanner.ui.budget.budget_texts import (
    amount_edit_text,
    amount_refusal,
    amount_text,
    typed_amount,
)
from eventplanner.ui.budget.budget_window import BudgetWindow
from eventplanner.ui.budget.line_dialog import BudgetLineDialog
from eventplanner.ui.planner import Planner
from tests.ui.test_budget_window import shown_budget, texts

D = Decimal
LOCALES = ("en_GB", "en_US", "sv_SE")


@pytest.fixture(params=LOCALES)
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    """The numbers of the language named, for the widgets made from here on."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield str(request.param)
    QLocale.setDefault(before)


@pytest.mark.parametrize("value", ["1234.50", "12500", "0.05", "9999999999.99"])
def test_the_edit_text_reads_back_as_the_same_amount(locale: str, value: str) -> None:
    text = amount_edit_text(D(value))
    assert QLocale().groupSeparator() not in text
    assert typed_amount(text, "planned") == D(value)


def test_shown_amounts_read_back_too(locale: str) -> None:
    assert typed_amount(amount_text(D("1234567.89")), "planned") == D("1234567.89")


def test_a_comma_is_read_as_the_language_writes_it(locale: str) -> None:
    english = locale.startswith("en")
    assert typed_amount("12,500", "planned") == (D("12500") if english else D("12.50"))
    assert typed_amount("1234.5", "planned") == D("1234.50")
    if english:
        assert typed_amount("1,234,567.25", "actual") == D("1234567.25")
        with pytest.raises(ValidationError) as unclear:
            typed_amount("1,23", "actual")
        assert amount_refusal(unclear.value, "1,23") == (
            "The actual amount “1,23” is unclear: type it without thousands separators, "
            "e.g. 12500.50."
        )
    else:
        assert typed_amount("1 234,50", "actual") == D("1234.50")


@pytest.mark.parametrize("typed", ["9" * 27, "1e30", "-1e30", "10000000000.01"])
def test_too_large_an_amount_is_refused_naming_it(locale: str, typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        typed_amount(typed, "planned")
    assert refused.value.field == "planned"
    assert amount_refusal(refused.value, typed) == (
        f"The planned amount “{typed}” is too large for one line."
    )


@pytest.fixture
def budget_window(qtbot: QtBot, locale: str, planner_on_sample: Planner) -> Iterator[BudgetWindow]:
    with shown_budget(qtbot, planner_on_sample) as made:
        yield made


def test_a_line_of_thousands_opens_ready_to_save_and_edits_in_place(
    qtbot: QtBot, locale: str, budget_window: BudgetWindow
) -> None:
    window = budget_window
    model = window.lines
    row = texts(window, BudgetColumn.CATEGORY).index("Stand fee")
    fee = model.index(row, BudgetColumn.PLANNED)
    line = window.budget.typed[row] if window.budget else None
    assert line is not None and line.planned >= 1000
    edit_text = fee.data(Qt.ItemDataRole.EditRole)
    assert typed_amount(edit_text, "planned") == line.planned
    # The dialog of the line opens with its amount as it is: ready to save.
    window.table.selectRow(row)
    with qtbot.waitSignal(window.dialog_opened) as opened:
        window.edit_button.click()
    dialog: BudgetLineDialog = opened.args[0]
    assert dialog.planned.text() == edit_text
    assert dialog.problems.isHidden()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.typed().planned == line.planned
    dialog.reject()
    # Too large: refused in place, said, nothing written.
    assert not model.setData(fee, "9" * 27)
    assert window.status.text() == f"The planned amount “{'9' * 27}” is too large for one line."
    assert model.index(row, BudgetColumn.PLANNED).data(Qt.ItemDataRole.EditRole) == edit_text
    # "12,500" is 12500 in English, 12.50 in Swedish.
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        assert model.setData(fee, "12,500")
    saved = window.budget.typed[row].planned if window.budget else None
    assert saved == (D("12500") if locale.startswith("en") else D("12.50"))


def test_refusals_in_swedish(swedish: object) -> None:
    example = amount_text(D("1234.50"))
    assert amount_refusal(ValidationError("planned", ""), "mycket") == (
        f"Det planerade beloppet ”mycket” är inget belopp (t.ex. {example})."
    )
    with pytest.raises(ValidationError) as refused:
        typed_amount("1e30", "actual")
    assert amount_refusal(refused.value, "1e30") == "Utfallet ”1e30” är för stort för en rad."
