"""The window's feed commands: File → Feeds… and the "Serve feeds" switch, with what the
status bar says about them (where feeds are served, which were republished after a change)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from eventplanner.ui.feeds.feed_serving import FeedServing
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.feeds.service import PublishReport
    from eventplanner.ui.feeds.feeds_dialog import FeedsDialog

STATUS_MS = 8000


class FeedsMenu(QObject):
    """Opens the feeds window and runs the feed server while "Serve feeds" is checked."""

    def __init__(
        self,
        planner: Planner,
        window: QMainWindow,
        *,
        port: int,
        serve: QAction,
        display_zone: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._planner = planner
        self._window = window
        self._serve = serve
        self._display_zone = display_zone
        self.serving = FeedServing(planner, port, self)
        self.dialog: FeedsDialog | None = None
        self.serving_label = QLabel(window)
        self.serving_label.setObjectName("servingLabel")
        self.serving_label.hide()
        window.statusBar().addPermanentWidget(self.serving_label)
        # As the database's name does, the address steps aside while a message is shown.
        window.statusBar().messageChanged.connect(
            lambda text: self.serving_label.setVisible(not text and self.serving.serving)
        )
        self.serving.started.connect(self._started)
        self.serving.stopped.connect(self._stopped)
        self.serving.failed.connect(self._failed)
        planner.feeds_published.connect(self._published)
        planner.publishing_failed.connect(
            lambda message: window.statusBar().showMessage(message, STATUS_MS)
        )

    def show_feeds(self) -> FeedsDialog | None:
        """Open the feeds window (once; shown again when asked again)."""
        if self._planner.workspace is None:
            return None
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog):
            # Made when first asked for: the feeds window is not needed for the first paint.
            from eventplanner.ui.feeds.feeds_dialog import FeedsDialog

            dialog = FeedsDialog(self._planner, self.serving, self._display_zone(), self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
            self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _started(self, base: str) -> None:
        self.serving_label.setText(filled(self.tr("Serving feeds at %1"), base))
        self.serving_label.setToolTip(
            self.tr("Only this computer can reach it. File → Feeds… copies each feed's link.")
        )
        self.serving_label.show()

    def _stopped(self) -> None:
        self.serving_label.hide()
        self._window.statusBar().showMessage(self.tr("Stopped serving feeds."), STATUS_MS)

    def _failed(self, message: str) -> None:
        self._serve.blockSignals(True)
        self._serve.setChecked(False)
        self._serve.blockSignals(False)
        self.serving_label.hide()
        QMessageBox.warning(self._window, self.tr("Cannot serve feeds"), message)

    def _published(self, report: PublishReport) -> None:
        if report.failed:
            text = "; ".join(f.message for f in report.failed)
        else:
            # A feed given its folder is published for the first time: not "again".
            first = ", ".join(p.feed.name for p in report.published if p.first)
            again = ", ".join(p.feed.name for p in report.published if not p.first)
            parts = [filled(self.tr("Published: %1."), first)] if first else []
            if again:
                parts.append(filled(self.tr("Published again: %1."), again))
            text = " ".join(parts)
        self._window.statusBar().showMessage(text, STATUS_MS)

    def shutdown(self) -> None:
        """Stop serving before the app quits."""
        self.serving.shutdown()
