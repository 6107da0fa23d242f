"""Add or change a typed budget line: category, description, planned and actual amounts,
currency and its rate to SEK, supplier and note. What is typed is checked as it is typed by
the domain's rules; Save stays off, with the reason shown, until the line can be saved."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.budget import (
    CURRENCIES,
    HOME_CURRENCY,
    TYPED_CATEGORIES,
    BudgetCategory,
    BudgetLine,
    checked,
)
from eventplanner.domain.errors import ValidationError
from eventplanner.ui.budget.budget_texts import (
    amount_edit_text,
    amount_refusal,
    category_label,
    rate_edit_text,
    rate_refusal,
    typed_amount,
    typed_rate,
)
from eventplanner.ui.widgets.notices import error_colour
from eventplanner.ui.wording import filled


class BudgetLineDialog(QDialog):
    """One line; ``line_saved`` gives the line as typed (the window writes it)."""

    line_saved = Signal(object)

    def __init__(self, line: BudgetLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._line = line
        if line.id is None:
            self.setWindowTitle(self.tr("Add a budget line"))
        else:
            self.setWindowTitle(self.tr("Change the budget line"))
        self.category = QComboBox()
        for category in TYPED_CATEGORIES:
            kind = self.tr("income") if category.is_income else self.tr("cost")
            self.category.addItem(f"{category_label(category)} ({kind})", category.value)
        self.category.setCurrentIndex(max(0, self.category.findData(line.category.value)))
        self.description = QLineEdit(line.description)
        self.planned = QLineEdit(amount_edit_text(line.planned) if line.id is not None else "")
        self.actual = QLineEdit(amount_edit_text(line.actual))
        self.actual.setPlaceholderText(self.tr("nothing spent or received yet"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems([HOME_CURRENCY, *sorted(CURRENCIES - {HOME_CURRENCY})])
        self.currency.setCurrentText(line.currency)
        self.rate = QLineEdit(rate_edit_text(line.rate))
        self.rate.setPlaceholderText(
            filled(self.tr("SEK per unit, e.g. %1"), rate_edit_text(Decimal("10.45")))
        )
        self.supplier = QLineEdit(line.supplier)
        self.note = QPlainTextEdit(line.note)
        self.note.setFixedHeight(60)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {error_colour().name()}")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Planned:"), self.planned)
        form.addRow(self.tr("&Actual:"), self.actual)
        form.addRow(self.tr("C&urrency:"), self.currency)
        form.addRow(self.tr("&Rate to SEK:"), self.rate)
        form.addRow(self.tr("&Supplier:"), self.supplier)
        form.addRow(self.tr("&Note:"), self.note)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.problems)
        box.addWidget(self.buttons)
        for edit in (self.description, self.planned, self.actual, self.rate, self.supplier):
            edit.textChanged.connect(self._check)
        self.currency.currentTextChanged.connect(self._check)
        self.category.currentIndexChanged.connect(self._check)
        self._check()

    def typed(self) -> BudgetLine:
        """The line as typed, checked; ValidationError naming the field otherwise."""
        if not self.planned.text().strip():
            raise ValidationError("planned", "")
        planned = typed_amount(self.planned.text(), "planned")
        actual_text = self.actual.text().strip()
        actual = typed_amount(actual_text, "actual") if actual_text else None
        rate_text = self.rate.text().strip()
        rate: Decimal | None = typed_rate(rate_text) if rate_text else None
        return checked(
            BudgetLine(
                self._line.id,
                BudgetCategory(self.category.currentData()),
                planned,
                actual,
                self.description.text(),
                self.currency.currentText(),
                rate,
                self.supplier.text(),
                self.note.toPlainText(),
                self._line.event_id,
                self._line.project_id,
                self._line.version,
            )
        )

    def _check(self) -> None:
        try:
            self.typed()
        except ValidationError as error:
            self.problems.setText(self._words(error))
            self.problems.show()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.problems.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _words(self, error: ValidationError) -> str:
        """The refusal in the window's language, naming the field."""
        field = error.field
        if field == "planned" and not self.planned.text().strip():
            return self.tr("Type the planned amount.")
        if field in ("planned", "actual"):
            text = (self.planned if field == "planned" else self.actual).text().strip()
            try:
                value = typed_amount(text, field)
            except ValidationError as refused:
                return amount_refusal(refused, text)
            if value < 0:
                return self.tr("Amounts are not negative: put income under an income category.")
            return self.tr("The amount is too large for one line.")
        if field == "currency":
            return filled(
                self.tr("“%1” is not a currency code known here (SEK, USD, EUR, …)."),
                self.currency.currentText().strip(),
            )
        if field == "rate":
            currency = self.currency.currentText().strip().upper()
            if not self.rate.text().strip():
                return filled(self.tr("Give the rate: how many SEK one %1 costs."), currency)
            if currency == HOME_CURRENCY:
                return self.tr("A line in SEK has no rate: leave the rate empty.")
            try:
                typed_rate(self.rate.text().strip())
            except ValidationError as refused:
                return rate_refusal(refused, self.rate.text().strip())
            return filled(
                self.tr("The rate “%1” SEK per %2 is not believable: give SEK per one %2."),
                self.rate.text().strip(),
                currency,
            )
        if field == "description":
            return self.tr("The description is longer than 200 characters.")
        if field == "supplier":
            return self.tr("The supplier is longer than 200 characters.")
        if field == "note":
            return self.tr("The note is longer than 4000 characters.")
        return error.message

    def _save(self) -> None:
        try:
            line = self.typed()
        except ValidationError:
            return
        self.line_saved.emit(line)
        self.accept()
