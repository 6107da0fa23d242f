"""A playbook's task templates as a table, edited in place: each edit becomes the whole
playbook as it would be saved (``domain.playbook_edits``), shown at once and handed to the
window (``edited``) to save through the undo stack; an edit the domain refuses changes
nothing and says why (``refused``), in the window's language.

The titles and descriptions shown and edited are those of the playbook's language, which
its tasks are made in (the other language's show in the tooltip).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from eventplanner.domain.deadlines import DayOff, Direction, Unit
from eventplanner.domain.playbook_checks import PlaybookProblem
from eventplanner.domain.playbook_edits import (
    moved,
    with_anchor,
    with_deadline,
    with_description,
    with_owner,
    with_template_added,
    with_title,
    without_template,
)
from eventplanner.domain.playbooks import Playbook, TaskTemplate, needs_ref
from eventplanner.domain.tasks import AnchorKind, OwnerRole
from eventplanner.ui.playbooks.playbook_texts import (
    anchor_label,
    day_off_label,
    deadline_words,
    direction_label,
    language_label,
    moves_off_a_day_off,
    owner_label,
    problem_text,
    ref_label,
    unit_label,
)
from eventplanner.ui.wording import filled

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 20


class TemplateColumn(IntEnum):
    TITLE = 0
    DESCRIPTION = 1
    OWNER = 2
    AMOUNT = 3
    UNIT = 4
    DIRECTION = 5
    ANCHOR = 6
    REF = 7
    DAY_OFF = 8
    PREVIEW = 9


class TemplateTableModel(QAbstractTableModel):
    """The templates of one playbook; editable unless it is shipped (``editable``)."""

    edited = Signal(object, object, str)
    """(the playbook before, after, what was done: the undo step's text)."""
    refused = Signal(str)
    """Why an edit was not made (nothing changed)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._playbook: Playbook | None = None
        self.editable = False
        self._headers = {
            TemplateColumn.TITLE: self.tr("Task"),
            TemplateColumn.DESCRIPTION: self.tr("Description"),
            TemplateColumn.OWNER: self.tr("Owner"),
            TemplateColumn.AMOUNT: self.tr("Amount"),
            TemplateColumn.UNIT: self.tr("Unit"),
            TemplateColumn.DIRECTION: self.tr("Before/after"),
            TemplateColumn.ANCHOR: self.tr("Counted from"),
            TemplateColumn.REF: self.tr("Which"),
            TemplateColumn.DAY_OFF: self.tr("On a day off"),
            TemplateColumn.PREVIEW: self.tr("Deadline"),
        }
        self._header_tips = {
            TemplateColumn.TITLE: self.tr("The task's title, in the language its tasks are "
                                          "written in"),
            TemplateColumn.OWNER: self.tr("Who on the event's team it falls to"),
            TemplateColumn.ANCHOR: self.tr("The event's start or end, a phase of it, the fair "
                                           "organiser's deadline, or another task"),
            TemplateColumn.REF: self.tr("Which phase, fair organiser's deadline or task"),
            TemplateColumn.DAY_OFF: self.tr("A date on a weekend or holiday moves to the "
                                            "working day before or after, or is kept"),
            TemplateColumn.PREVIEW: self.tr("The deadline in words"),
        }  # fmt: skip

    # -- what it shows ----------------------------------------------------------------------

    @property
    def playbook(self) -> Playbook | None:
        return self._playbook

    def set_playbook(self, playbook: Playbook | None, *, editable: bool) -> None:
        """Show ``playbook`` (None: nothing). The same templates in the same order are
        changed in place (an editor or the chosen row stays); others reset the table."""
        before = self._playbook
        self.editable = editable and playbook is not None
        same = (
            before is not None
            and playbook is not None
            and [t.key for t in before.templates] == [t.key for t in playbook.templates]
        )
        if same and playbook is not None:
            self._playbook = playbook
            self._all_changed()
            return
        self.beginResetModel()
        self._playbook = playbook
        self.endResetModel()

    def template(self, row: int) -> TaskTemplate | None:
        playbook = self._playbook
        if playbook is None or not 0 <= row < len(playbook.templates):
            return None
        return playbook.templates[row]

    def row_of(self, key: str) -> int:
        playbook = self._playbook
        if playbook is None:
            return -1
        return next((i for i, t in enumerate(playbook.templates) if t.key == key), -1)

    def task_choices(self, row: int) -> list[tuple[str, str]]:
        """The tasks the template of ``row`` may count from: (title, key) of every other."""
        playbook = self._playbook
        if playbook is None:
            return []
        return [(t.title(playbook.language), t.key)
                for i, t in enumerate(playbook.templates) if i != row]  # fmt: skip

    def _all_changed(self) -> None:
        rows, columns = self.rowCount(), self.columnCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))

    # -- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._playbook is None:
            return 0
        return len(self._playbook.templates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TemplateColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            # Numbered as the problems name them ("Task 3 …").
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(section + 1)
            return None
        if not 0 <= section < len(TemplateColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[TemplateColumn(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(TemplateColumn(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemNeverHasChildren
        template = self.template(index.row())
        column = TemplateColumn(index.column())
        if not self.editable or template is None or column is TemplateColumn.PREVIEW:
            return flags
        if column is TemplateColumn.REF and not needs_ref(template.anchor.kind):
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        template = self.template(index.row()) if index.isValid() else None
        playbook = self._playbook
        if template is None or playbook is None:
            return None
        column = TemplateColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._shown(playbook, template, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._value(playbook, template, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(playbook, template, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is TemplateColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._quiet(template, column):
            colour = QApplication.palette().color(QPalette.ColorRole.Text)
            colour.setAlpha(120)
            return colour
        if role == KEY_ROLE:
            return template.key
        return None

    def _shown(self, playbook: Playbook, template: TaskTemplate, column: TemplateColumn) -> Any:
        rule = template.rule
        shown: dict[TemplateColumn, Callable[[], Any]] = {
            TemplateColumn.TITLE: lambda: template.title(playbook.language),
            TemplateColumn.DESCRIPTION: lambda: " ".join(
                template.description(playbook.language).split()
            ),
            TemplateColumn.OWNER: lambda: owner_label(template.owner_role),
            TemplateColumn.AMOUNT: lambda: str(rule.amount),
            TemplateColumn.UNIT: lambda: unit_label(rule.unit),
            TemplateColumn.DIRECTION: lambda: direction_label(rule.direction),
            TemplateColumn.ANCHOR: lambda: anchor_label(template.anchor.kind),
            TemplateColumn.REF: lambda: ref_label(playbook, template) or "—",
            TemplateColumn.DAY_OFF: lambda: day_off_label(rule.day_off),
            TemplateColumn.PREVIEW: lambda: deadline_words(playbook, template),
        }
        return shown[column]()

    @staticmethod
    def _value(playbook: Playbook, template: TaskTemplate, column: TemplateColumn) -> Any:
        rule = template.rule
        values: dict[TemplateColumn, Any] = {
            TemplateColumn.TITLE: template.title(playbook.language),
            TemplateColumn.DESCRIPTION: template.description(playbook.language),
            TemplateColumn.OWNER: template.owner_role.value,
            TemplateColumn.AMOUNT: rule.amount,
            TemplateColumn.UNIT: rule.unit.value,
            TemplateColumn.DIRECTION: rule.direction.value,
            TemplateColumn.ANCHOR: template.anchor.kind.value,
            TemplateColumn.REF: template.anchor.ref,
            TemplateColumn.DAY_OFF: rule.day_off.value,
            TemplateColumn.PREVIEW: deadline_words(playbook, template),
        }
        return values[column]

    def _tip(self, playbook: Playbook, template: TaskTemplate, column: TemplateColumn) -> Any:
        if column is TemplateColumn.TITLE:
            other = "en" if playbook.language == "sv" else "sv"
            title = template.title_sv if other == "sv" else template.title_en
            shown = template.title(playbook.language)
            if title and title != shown:
                return filled(self.tr("%1\nIn %2: %3"), shown, language_label(other), title)
            return shown
        if column is TemplateColumn.DESCRIPTION:
            return template.description(playbook.language) or None
        if column is TemplateColumn.DAY_OFF and not moves_off_a_day_off(template.rule):
            if template.rule.day_off is DayOff.KEEP:
                return self.tr("The date is kept even on a weekend or holiday")
            return self.tr("Counted in working days, the date falls on a working day by itself")
        if column is TemplateColumn.PREVIEW:
            return deadline_words(playbook, template)
        if column is TemplateColumn.REF:
            return ref_label(playbook, template) or None
        return None

    @staticmethod
    def _quiet(template: TaskTemplate, column: TemplateColumn) -> bool:
        if column is TemplateColumn.DAY_OFF:
            return not moves_off_a_day_off(template.rule) and template.rule.day_off is not (
                DayOff.KEEP
            )
        return column is TemplateColumn.REF and not needs_ref(template.anchor.kind)

    # -- editing ----------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        template = self.template(index.row()) if index.isValid() else None
        playbook = self._playbook
        if role != Qt.ItemDataRole.EditRole or template is None or playbook is None:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row, column = index.row(), TemplateColumn(index.column())
        try:
            after = self._edited(playbook, row, column, value)
        except PlaybookProblem as problem:
            self.refused.emit(problem_text(problem, playbook))
            return False
        except (ValueError, TypeError):
            return False  # not a value of the column (an editor gives only those)
        if after == playbook:
            return False
        text = filled(self.tr("Change “%1” in “%2”"), template.title(playbook.language),
                      playbook.name)  # fmt: skip
        self._playbook = after
        self._all_changed()  # other rows name this one (their "Which" and deadline)
        self.edited.emit(playbook, after, text)
        return True

    @staticmethod
    def _edited(playbook: Playbook, row: int, column: TemplateColumn, value: Any) -> Playbook:
        language = playbook.language
        if column is TemplateColumn.TITLE:
            return with_title(playbook, row, language, str(value))
        if column is TemplateColumn.DESCRIPTION:
            return with_description(playbook, row, language, str(value))
        if column is TemplateColumn.OWNER:
            return with_owner(playbook, row, OwnerRole(value))
        if column is TemplateColumn.AMOUNT:
            if isinstance(value, bool) or not isinstance(value, int | str):
                raise TypeError(value)
            return with_deadline(playbook, row, amount=int(value))
        if column is TemplateColumn.UNIT:
            return with_deadline(playbook, row, unit=Unit(value))
        if column is TemplateColumn.DIRECTION:
            return with_deadline(playbook, row, direction=Direction(value))
        if column is TemplateColumn.DAY_OFF:
            return with_deadline(playbook, row, day_off=DayOff(value))
        if column is TemplateColumn.ANCHOR:
            return with_anchor(playbook, row, AnchorKind(value))
        if column is TemplateColumn.REF:
            return with_anchor(playbook, row, playbook.templates[row].anchor.kind, str(value))
        raise ValueError(column)

    def add_template(self, title: str, at: int | None = None) -> int | None:
        """A new template titled ``title`` at row ``at`` (default last); its row, or None
        (refused: said by ``refused``)."""
        playbook = self._playbook
        if playbook is None or not self.editable:
            return None
        row = len(playbook.templates) if at is None else max(0, min(at, len(playbook.templates)))
        try:
            after = with_template_added(playbook, title, playbook.language, at=row)
        except PlaybookProblem as problem:
            self.refused.emit(problem_text(problem, playbook))
            return None
        self.beginInsertRows(QModelIndex(), row, row)
        self._playbook = after
        self.endInsertRows()
        self.edited.emit(playbook, after,
                         filled(self.tr("Add “%1” to “%2”"), title.strip(),
                                playbook.name))  # fmt: skip
        return row

    def remove_template(self, row: int) -> bool:
        """The template of ``row`` taken out (refused while others count from it)."""
        playbook = self._playbook
        template = self.template(row)
        if playbook is None or template is None or not self.editable:
            return False
        try:
            after = without_template(playbook, row)
        except PlaybookProblem as problem:
            self.refused.emit(problem_text(problem, playbook))
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self._playbook = after
        self.endRemoveRows()
        self.edited.emit(playbook, after,
                         filled(self.tr("Remove “%1” from “%2”"),
                                template.title(playbook.language), playbook.name))  # fmt: skip
        return True

    def move_template(self, row: int, to: int) -> bool:
        """The template of ``row`` moved to row ``to`` (up or down one, say)."""
        playbook = self._playbook
        template = self.template(row)
        if playbook is None or template is None or not self.editable:
            return False
        to = max(0, min(to, len(playbook.templates) - 1))
        if to == row:
            return False
        after = moved(playbook, row, to)
        # Qt counts a move's destination before the row is taken out.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to)
        self._playbook = after
        self.endMoveRows()
        self.edited.emit(playbook, after,
                         filled(self.tr("Move “%1” in “%2”"),
                                template.title(playbook.language), playbook.name))  # fmt: skip
        return True
