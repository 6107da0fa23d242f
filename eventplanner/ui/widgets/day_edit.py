"""A date field that takes a whole date typed in, ISO in every language.

QDateEdit reads typing section by section in its display format: "2027-02-01" typed into
"sön 2026-11-22" lands as parts in the wrong sections and gives a day nobody meant, without
a word. Here the first digit typed starts a whole date instead; Enter, Tab or leaving the
field reads it by the domain's rule (``read_typed_day``): a day it names is taken, anything
else (an ambiguous or unknown date) is refused, said beside the field, and the day before
is kept. The arrow keys, the wheel and the calendar popup work as before.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QDateEdit, QLineEdit, QToolTip, QWidget

from eventplanner.domain.typed_dates import TYPING, DayProblem, TypedDay, read_typed_day
from eventplanner.ui.qt_dates import qdate_of
from eventplanner.ui.wording import filled


class DayEdit(QDateEdit):
    """A QDateEdit that also reads a whole typed date (see the module)."""

    refused = Signal(str)
    """A typed date was not taken; the message says why (also shown as a tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typing: _TypedDate | None = None
        """The plain text field over the date while a whole date is typed (made on first use)."""
        self.refusal = ""
        """The last refusal's message, until the next date is taken."""

    # -- typing a whole date ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.typing is not None and self.typing.isVisible():
            self.typing.keyPressEvent(event)  # (keys sent to the field itself, as tests do)
            return
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.text().isdigit() and not self.isReadOnly():
            self._start_typing(event.text())
            return
        super().keyPressEvent(event)

    def _start_typing(self, first: str) -> None:
        if self.typing is None:
            self.typing = _TypedDate(self)
            self.typing.done.connect(self._typed)
        self.typing.setFont(self.lineEdit().font())
        self.typing.setGeometry(self.lineEdit().geometry())
        self.typing.setText(first)
        self.typing.show()  # the keys still come to the field, which hands them on

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.finish_typing()
        super().focusOutEvent(event)

    def finish_typing(self) -> None:
        """Read what was typed (Enter, Tab and leaving the field do this)."""
        if self.typing is not None and self.typing.isVisible():
            self.typing.finish(keep=True)

    def _typed(self, text: str | None) -> None:
        """The typed text, or None when Escape dropped it."""
        if text is None:
            return
        read = read_typed_day(text)
        day = read.day
        if day is not None and self.minimumDate() <= qdate_of(day) <= self.maximumDate():
            self.refusal = ""
            QToolTip.hideText()
            self.setDate(qdate_of(day))
            return
        self.refusal = self._refusal(read, text.strip())
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.refusal, self)
        self.refused.emit(self.refusal)

    def _refusal(self, read: TypedDay, typed: str) -> str:
        if read.problem is DayProblem.AMBIGUOUS:
            first, second = (
                QLocale().toString(qdate_of(d), "d MMMM yyyy") for d in read.readings[:2]
            )
            return filled(
                self.tr("“%3” could be %1 or %2: type the date year first, as 2027-02-01."),
                first,
                second,
                typed,
            )
        if read.problem is DayProblem.NO_SUCH_DAY:
            return self.tr("There is no such day. Type the date year first, as 2027-02-01.")
        if read.day is not None:
            return self.tr("That day is outside what this field can hold.")
        return self.tr("That is not a date. Type it year first, as 2027-02-01.")


class _TypedDate(QLineEdit):
    """The text of a whole date being typed, over the date field's own text."""

    done = Signal(object)  # the text (Enter, Tab, focus elsewhere), or None (Escape)

    def __init__(self, field: DayEdit) -> None:
        super().__init__(field)
        self.setFrame(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(TYPING.pattern), self))
        self.setAccessibleName(field.accessibleName())
        self.hide()

    def finish(self, *, keep: bool) -> None:
        if not self.isVisible():
            return
        text = self.text()
        self.hide()  # before anything else: hiding moves the focus, which finishes too
        self.done.emit(text if keep else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(keep=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(keep=False)
            return
        super().keyPressEvent(event)
