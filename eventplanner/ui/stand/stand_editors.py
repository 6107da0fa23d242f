"""The Stand window's editors of one record of its lists (a co-exhibitor, a deadline, a
person for a badge, an item): one open at a time, over the window, filled from the stand as
last read; Save goes to the window (``submit``), which writes it undoably."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from eventplanner.domain.stand import CoExhibitor, ExhibitorStaff, StandDeadline, StandMaterial
from eventplanner.ui.stand.exhibitor_dialog import ExhibitorDialog
from eventplanner.ui.stand.item_dialogs import (
    DeadlineDialog,
    MaterialDialog,
    StaffDialog,
    blank_deadline,
)
from eventplanner.ui.stand.record_dialog import RecordDialog

if TYPE_CHECKING:
    from eventplanner.services.stand.reading import StandView

Names = list[tuple[int, str]]
Submit = Callable[[Any, Any, Callable[[], None], Callable[[str], None]], None]
"""(before, after, done, refused): write a record saved in an editor (``before`` without an
id: a new one)."""


class StandEditors(QObject):
    """Opens the editors over ``window``; ``view`` gives the stand as last read (None: not
    read), ``choices`` the organisations and contacts to choose from, ``today`` the day a
    new deadline starts from."""

    opened = Signal(object)
    """An editor of one record just opened."""

    def __init__(
        self,
        window: QWidget,
        *,
        view: Callable[[], StandView | None],
        choices: Callable[[], tuple[Names, Names]],
        today: Callable[[], date],
        submit: Submit,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._choices = choices
        self._today = today
        self._submit = submit
        self.dialog: RecordDialog | None = None
        """The editor open now."""

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def _open(self, dialog: RecordDialog, before: Any) -> None:
        self.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.submit = lambda after, done, refused: self._submit(before, after, done, refused)
        self.dialog = dialog
        dialog.show()
        self.opened.emit(dialog)

    def _stand_id(self) -> int:
        view = self._view()
        return view.stand.id or 0 if view is not None and view.stand is not None else 0

    def _exhibitor_names(self) -> Names:
        view = self._view()
        if view is None:
            return []
        return [(e.id, e.organisation_name) for e in view.co_exhibitors if e.id is not None]

    def exhibitor(self, exhibitor: CoExhibitor | None) -> None:
        """Edit ``exhibitor`` (None: a new one)."""
        view = self._view()
        if view is None:
            return
        record = exhibitor or CoExhibitor(None, self._stand_id(), 0)
        area = view.stand.area if view.stand is not None else None
        organisations, contacts = self._choices()
        dialog = ExhibitorDialog(record, organisations, contacts, stand_area=area,
                                 others=view.co_exhibitors, named=view.staff,
                                 parent=self._window)  # fmt: skip
        self._open(dialog, record)

    def deadline(self, deadline: StandDeadline | None) -> None:
        """Edit ``deadline`` (None: a new one)."""
        if self._view() is None:
            return
        record = deadline or blank_deadline(self._stand_id(), self._today())
        self._open(DeadlineDialog(record, self._exhibitor_names(), self._window), record)

    def staff(self) -> None:
        """Name a new person for a badge."""
        view = self._view()
        if view is None:
            return
        record = ExhibitorStaff(None, self._stand_id(), "")
        self._open(StaffDialog(record, self._exhibitor_names(), self._window,
                               quotas=view.co_exhibitors, named=view.staff),
                   record)  # fmt: skip

    def material(self, material: StandMaterial | None) -> None:
        """Edit ``material`` (None: a new item)."""
        if self._view() is None:
            return
        record = material or StandMaterial(None, self._stand_id(), "")
        self._open(MaterialDialog(record, self._choices()[1], self._window), record)
