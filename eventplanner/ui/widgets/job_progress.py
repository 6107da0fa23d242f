"""A long background job's progress with Cancel, shown only when the job is slow.

One window for every job the window waits for (an export, publishing a feed): it appears
once the job has taken ``SHOW_AFTER_MS`` (a quick job never shows it), follows the job's
``JobProgress``, and its Cancel asks the job to stop. The job ends as it ends; whoever
started it calls ``finish`` then.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from eventplanner.ui.jobs import JobProgress

SHOW_AFTER_MS = 500
"""How long a job runs before its progress is shown."""


class ProgressWindow(QProgressDialog):
    """Follows a ``JobProgress`` over ``parent`` (window-modal) until ``finish``."""

    def __init__(self, progress: JobProgress, label: str, parent: QWidget) -> None:
        super().__init__(label, "", 0, 0, parent)  # no steps known yet: busy
        self.setObjectName("ProgressWindow")
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self._progress = progress
        progress.progressed.connect(self._progressed)
        self.canceled.connect(progress.cancel)
        self.setValue(0)  # the clock starts: shown after SHOW_AFTER_MS unless finished

    def _progressed(self, done: int, total: int) -> None:
        if total <= 0 or self.wasCanceled():
            return  # nothing to count (busy), or cancelled: gone, not to come back
        if self.maximum() != total:
            self.setMaximum(total)
        self.setValue(min(done, total))

    def finish(self) -> None:
        """The job ended: close for good (never to appear later)."""
        self._progress.progressed.disconnect(self._progressed)
        self.canceled.disconnect(self._progress.cancel)
        self.reset()
        self.hide()
        self.deleteLater()
