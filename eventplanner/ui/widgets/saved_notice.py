"""A strip over the views telling that an event just saved is not among what they show,
with a link that shows it (the window turns to its date)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class SavedNotice(QFrame):
    """Hidden until ``announce``; its link emits ``show_requested``, × hides it."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName("savedNoticeText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(self._link)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close this notice"))
        self.close_button.setAccessibleName(self.tr("Close this notice"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        spacing = self.fontMetrics().averageCharWidth()
        layout.setContentsMargins(spacing, spacing // 2, spacing // 2, spacing // 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def announce(self, text: str, link: str | None) -> None:
        """Show ``text`` (plain), followed by ``link`` as a link when given."""
        shown = _escaped(text)
        if link:
            shown += f' <a href="show">{_escaped(link)}</a>'
        self.label.setText(shown)
        self.show()

    def text(self) -> str:
        """What the notice says, as plain text ("" when hidden)."""
        if self.isHidden():
            return ""
        plain = self.label.text().replace('<a href="show">', "").replace("</a>", "")
        return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

    def _link(self, _href: str) -> None:
        self.hide()
        self.show_requested.emit()


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
