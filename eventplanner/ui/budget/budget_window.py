"""An event's budget: its lines in a table (typed ones edited in place or in a dialog, the
co-exhibitors' shares read-only and explained), the totals in SEK below, planned against
actual. Every change goes through the undo stack and is written by the budget's service off
the GUI thread; the budget is read again after each write that touches it (a line, the
stand, a co-exhibitor, the event)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.budget import BudgetCategory, BudgetLine, BudgetTotals
from eventplanner.ui.budget.budget_model import LINE_ROLE, BudgetColumn, BudgetLineModel
from eventplanner.ui.budget.budget_texts import amount_text, share_explanation
from eventplanner.ui.budget.budget_undo import LineChange
from eventplanner.ui.budget.line_dialog import BudgetLineDialog
from eventplanner.ui.events.undo import save_then_push
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.notices import error_colour, quiet
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.budget.service import EventBudget
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.workspace import Workspace


def _read(event_id: int) -> Any:
    def read(workspace: Workspace) -> EventBudget:
        return workspace.budget.event_budget(event_id)

    return read


class BudgetWindow(QWidget):
    """The budget of one event."""

    loaded = Signal()
    """The budget was read (again) and is shown."""
    dialog_opened = Signal(object)
    """A line's editor just opened (for tests)."""

    def __init__(
        self,
        planner: Planner,
        undo_stack: QUndoStack,
        event_id: int,
        *,
        actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._planner = planner
        self._stack = undo_stack
        self._event_id = event_id
        self.budget: EventBudget | None = None
        self._dialog: BudgetLineDialog | None = None
        self.setWindowTitle(self.tr("Budget"))
        self.addActions(list(actions))

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.lines = BudgetLineModel(self)
        self.lines.line_edited.connect(self._edited_in_place)
        self.lines.refused.connect(self._refused)
        self.table = QTableView()
        self.table.setModel(self.lines)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BudgetColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.add_button = QPushButton(self.tr("&Add line…"))
        self.add_button.clicked.connect(self.add_line)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        remove_key = QAction(self)
        remove_key.setShortcut(QKeySequence.StandardKey.Delete)
        remove_key.triggered.connect(self.remove_selected)
        self.table.addAction(remove_key)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.note = QLabel()
        self.note.setWordWrap(True)
        quiet(self.note)
        self.totals = _TotalsGrid()
        self.status = QLabel()
        self.status.setWordWrap(True)

        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addLayout(buttons)
        box.addWidget(self.table, 1)
        box.addWidget(self.note)
        box.addWidget(self.totals)
        box.addWidget(self.status)
        self.resize(980, 560)
        self._selection_changed()
        planner.changed.connect(self._changed)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._planner.read(_read(self._event_id), self._loaded, key=f"budget-{id(self)}",
                           after_changes=True, on_error=self._gone)  # fmt: skip

    def _changed(self, changes: ChangeSet) -> None:
        from eventplanner.services.changes import Kind

        watched = (Kind.BUDGET_LINE, Kind.STAND, Kind.CO_EXHIBITOR, Kind.ORGANISATION)
        if changes.touches(*watched) or self._event_id in changes.ids(Kind.EVENT):
            self.reload()

    def _gone(self, message: str) -> None:
        self.budget = None
        self.lines.set_lines(())
        self.status.setText(message)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setEnabled(False)

    def _loaded(self, budget: EventBudget) -> None:
        selected = self.selected()
        self.budget = budget
        self.setWindowTitle(filled(self.tr("Budget: %1"), budget.event_title))
        self.heading.setText(budget.event_title)
        self.lines.set_lines(budget.lines)
        if selected is not None and selected.id is not None:
            for row, line in enumerate(budget.lines):
                if line.id == selected.id and not line.derived:
                    self.table.selectRow(row)
        self.add_button.setEnabled(True)
        self._selection_changed()
        derived = budget.derived
        if derived:
            self.note.setText(
                self.tr(
                    "Lines in italics are the co-exhibitors' shares of the stand: worked out "
                    "from the stand (fixed fees, or shares of the area of the stand fee) each "
                    "time the budget is shown, never typed. Change them in the Stand window."
                )
            )
        elif not budget.lines:
            self.note.setText(self.tr("No lines yet: add the first with Add line…"))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self.totals.show_totals(budget.totals)
        self.totals.show_per_participant(budget)
        self.loaded.emit()

    # -- choosing --------------------------------------------------------------------------

    def selected(self) -> BudgetLine | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        line = rows[0].data(LINE_ROLE)
        return line if isinstance(line, BudgetLine) else None

    def _selection_changed(self, *_args: object) -> None:
        line = self.selected()
        typed = line is not None and not line.derived
        self.edit_button.setEnabled(typed)
        self.remove_button.setEnabled(typed)
        if line is not None and line.derived:
            self._say(share_explanation(line))

    # -- writing ---------------------------------------------------------------------------

    def add_line(self) -> None:
        if self.budget is None:
            return
        blank = BudgetLine(None, BudgetCategory.VENUE, Decimal("0.00"), event_id=self._event_id)
        self._open(blank)

    def edit_selected(self) -> None:
        line = self.selected()
        if line is None:
            return
        if line.derived:
            self._say(share_explanation(line))
            return
        self._open(line)

    def remove_selected(self) -> None:
        line = self.selected()
        if line is None or line.derived:
            return
        self._push(LineChange(self._planner, line, None))

    def _open(self, line: BudgetLine) -> None:
        if self._dialog is not None:
            self._dialog.close()
        dialog = BudgetLineDialog(line, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        before = None if line.id is None else line
        dialog.line_saved.connect(
            lambda after: self._push(LineChange(self._planner, before, after))
        )
        dialog.destroyed.connect(lambda *_: setattr(self, "_dialog", None))
        self._dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _edited_in_place(self, before: BudgetLine, after: BudgetLine) -> None:
        self._push(LineChange(self._planner, before, after))

    def _say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _push(self, command: LineChange) -> None:
        self._say("")
        save_then_push(self._planner, self._stack, command, on_refused=self._refused)

    def _refused(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet(f"color: {error_colour().name()}")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dialog is not None:
            self._dialog.close()
        super().closeEvent(event)


class _TotalsGrid(QWidget):
    """Costs, income and net in SEK, planned and actual, and actual less planned."""

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 0)
        heads = [self.tr("Totals (SEK)"), self.tr("Planned"), self.tr("Actual"),
                 self.tr("Actual − planned")]  # fmt: skip
        for column, text in enumerate(heads):
            label = QLabel(f"<b>{text}</b>")
            label.setAlignment(_alignment(column))
            grid.addWidget(label, 0, column)
        self.cells: dict[tuple[str, int], QLabel] = {}
        rows = [("costs", self.tr("Costs")), ("income", self.tr("Income")),
                ("net", self.tr("Net (income − costs)"))]  # fmt: skip
        for row, (key, text) in enumerate(rows, start=1):
            grid.addWidget(QLabel(text), row, 0)
            for column in (1, 2, 3):
                cell = QLabel()
                cell.setAlignment(_alignment(column))
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, column)
                self.cells[(key, column)] = cell
        self.per_participant = QLabel(self.tr("Costs per participant"))
        grid.addWidget(self.per_participant, len(rows) + 1, 0)
        for column in (1, 2):
            cell = QLabel()
            cell.setAlignment(_alignment(column))
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(cell, len(rows) + 1, column)
            self.cells[("per_participant", column)] = cell
        grid.setColumnStretch(4, 1)

    def show_totals(self, totals: BudgetTotals) -> None:
        figures = {
            "costs": (totals.planned_costs, totals.actual_costs),
            "income": (totals.planned_income, totals.actual_income),
            "net": (totals.planned_net, totals.actual_net),
        }
        for key, (planned, actual) in figures.items():
            self.cells[(key, 1)].setText(amount_text(planned))
            self.cells[(key, 2)].setText(amount_text(actual))
            self.cells[(key, 3)].setText(amount_text(actual - planned))

    def show_per_participant(self, budget: EventBudget) -> None:
        """Planned costs per seat taken and actual costs per person who attended (the
        event's registrations): a dash while there is no one to share them."""
        self.cells[("per_participant", 1)].setText(_or_dash(budget.planned_per_participant))
        self.cells[("per_participant", 2)].setText(_or_dash(budget.actual_per_participant))
        text = self.tr("Planned: per seat taken (%1 registered). Actual: per person marked "
                       "attended (%2).")  # fmt: skip
        tip = filled(text, budget.registered, budget.attended)
        for widget in (self.per_participant, *(self.cells[("per_participant", c)]
                                               for c in (1, 2))):  # fmt: skip
            widget.setToolTip(tip)

    def text(self, key: str, column: int) -> str:
        return self.cells[(key, column)].text()


def _or_dash(value: Decimal | None) -> str:
    return "—" if value is None else amount_text(value)


def _alignment(column: int) -> Qt.AlignmentFlag:
    if column == 0:
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
