"""A strip over the views telling what falls due in 7, 3 and 1 working days: not a box to
click away at start-up, but a notice that stays until closed (✕), with a link to the Tasks
view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.tasks.glance import DueSoon

SHOWN_TITLES = 3
"""The titles a step names before "and N more"."""


class ReminderNotice(QFrame):
    """Hidden until ``tell`` has something to say; its link emits ``show_requested``."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName("reminderNoticeText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(self._link)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close this reminder"))
        self.close_button.setAccessibleName(self.tr("Close this reminder"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        spacing = self.fontMetrics().averageCharWidth()
        layout.setContentsMargins(spacing, spacing // 2, spacing // 2, spacing // 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def tell(self, soon: Sequence[DueSoon]) -> None:
        """Say what falls due when (hidden when nothing does)."""
        import html

        if not soon:
            self.hide()
            return
        parts = []
        for step in soon:
            titles = [f"“{html.escape(t.title, quote=False)}”" for t in step.tasks[:SHOWN_TITLES]]
            more = len(step.tasks) - SHOWN_TITLES
            if more > 0:
                titles.append(html.escape(self.tr("%n more", "", more), quote=False))
            n = step.working_days
            when = html.escape(
                self.tr("In 1 working day:")
                if n == 1
                else filled(self.tr("In %1 working days:"), n),
                quote=False,
            )
            parts.append(f"<b>{when}</b> {', '.join(titles)}")
        link = html.escape(self.tr("Show tasks"), quote=False)
        self.label.setText(" &nbsp;·&nbsp; ".join(parts) + f' &nbsp;<a href="tasks">{link}</a>')
        self.show()

    def text(self) -> str:
        """What the notice says, as plain text ("" when hidden)."""
        if self.isHidden():
            return ""
        from PySide6.QtGui import QTextDocumentFragment

        return QTextDocumentFragment.fromHtml(self.label.text()).toPlainText()

    def _link(self, _href: str) -> None:
        self.show_requested.emit()
