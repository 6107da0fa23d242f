"""Small messages beside fields and across the top of a form: problems and warnings.

Colours follow the system palette: darker text on a light palette, lighter on a dark one.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from eventplanner.ui.palette import is_dark


def error_colour() -> QColor:
    return QColor("#ff99a4" if is_dark() else "#c42b1c")


def quiet(label: QLabel) -> None:
    """Secondary text: the window's text colour, softened (disabled grey is too faint)."""
    palette = label.palette()
    colour = palette.color(QPalette.ColorRole.WindowText)
    colour.setAlpha(165)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def problem_icon(size: int = 10) -> QIcon:
    """A small red dot: marks a tab whose page has a problem."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(error_colour())
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class WrappedLabel(QLabel):
    """A word-wrapped label that asks for exactly the height its text needs.

    Layouts size word-wrapped labels from a guess at a narrow width (height-for-width),
    which inside nested form rows and at the top level leaves gaps or squeezes neighbours.
    This label reports the height for the width it was given, and asks again when that
    width changes.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def hasHeightForWidth(self) -> bool:
        return False

    def _height(self) -> int:
        return super().heightForWidth(max(self.width(), 240))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()


def problems_label(parent: QWidget | None = None) -> WrappedLabel:
    """An editor's problems in red, hidden until it has some to say."""
    label = WrappedLabel("", parent)
    label.setStyleSheet(f"color: {error_colour().name()};")
    label.hide()
    return label


class FieldError(WrappedLabel):
    """A field's problem in small red words, right under it; takes no room when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.setStyleSheet(f"color: {error_colour().name()};")
        self.hide()

    def show_message(self, message: str | None) -> None:
        # The domain's messages follow a field name ("title: must not be empty"); shown
        # on their own they start a sentence.
        text = message[:1].upper() + message[1:] if message else ""
        self.setText(text)
        self.setVisible(bool(text))


_BANNER_COLOURS = {
    # (background, border, text) on a light palette, then on a dark one
    "warning": (("#fff4ce", "#e0c25c", "#4d3a00"), ("#4a3b07", "#8a6d10", "#fbe7a6")),
    "error": (("#fde7e9", "#e3a1a8", "#6e0d15"), ("#4a1419", "#8f2c35", "#ffd6da")),
}


class Banner(QFrame):
    """A coloured strip across the form: yellow for warnings, red for refusals."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        light, dark = _BANNER_COLOURS[kind]
        background, border, text = dark if is_dark() else light
        self.setStyleSheet(
            f"QFrame#banner {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }}"
            f" QFrame#banner QLabel {{ color: {text}; background: transparent; }}"
        )
        self._label = WrappedLabel("", self)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self._label)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self._label.setText(message or "")
        self.setVisible(bool(message))

    def text(self) -> str:
        return "" if self.isHidden() else self._label.text()
