"""The Swedish holidays the month, week and agenda views mark, read off the GUI thread.

The first year asked for loads the ``holidays`` package (a few hundred milliseconds on a busy
machine, dateutil with it), too long for the GUI thread and too much to add to start-up: the
years are worked out on a worker a moment after they are first asked for, and ``changed``
says when more are known, so the views mark them then.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType

from PySide6.QtCore import QObject, QTimer, Signal

from eventplanner.domain.holidays import swedish_holidays
from eventplanner.ui.jobs import JobRunner

READ_AFTER_MS = 250
"""How long after being asked the years are read: the first window paints before."""


class HolidayCalendar(QObject):
    """Swedish public holidays and the eves taken off, by day, for the years asked for."""

    changed = Signal()
    """More years are known: ``known()`` holds them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._known: dict[date, str] = {}
        self._asked: set[int] = set()
        self._waiting: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_AFTER_MS)
        self._timer.timeout.connect(self._read)
        self._runner: JobRunner | None = None

    @property
    def busy(self) -> bool:
        """Years are about to be read, or being read."""
        return self._timer.isActive() or (self._runner is not None and self._runner.busy)

    def known(self) -> Mapping[date, str]:
        """Every holiday of the years read so far, with its Swedish name."""
        return MappingProxyType(self._known)

    def ask(self, years: Iterable[int]) -> None:
        """Read these years' holidays in the background, those not asked for before."""
        new = set(years) - self._asked
        if new:
            self._asked |= new
            self._waiting |= new
            if not self._timer.isActive():
                self._timer.start()

    def _read(self) -> None:
        if self._runner is None:
            self._runner = JobRunner(self, workers=1)
        years, self._waiting = sorted(self._waiting), set()
        self._runner.run(
            lambda: {d: n for year in years for d, n in swedish_holidays(year).items()},
            self._arrived,
            lambda _error: self._asked.difference_update(years),  # asked again next time
        )

    def _arrived(self, found: dict[date, str]) -> None:
        self._known.update(found)
        self.changed.emit()
