"""The app's own icons: line drawings in SVG, tinted with the palette's text colour.

The drawings live in ``eventplanner/resources/icons`` (package data, so an installed
Eventplanner has them too). Each is a 24×24 line drawing in ``currentColor``; here it is
rendered at the size and device-pixel ratio asked for, and painted in the application
palette's text colour (its disabled text colour for disabled actions), so one file serves
light and dark palettes and any screen. The colour is read when a pixmap is drawn: after a
palette change the widgets repaint and the icons follow, and the first pixmap drawn in the
new palette lets go of those drawn in the old one.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from shiboken6 import isValid

NAMES: tuple[str, ...] = (
    "new-event",
    "edit",
    "duplicate",
    "cancel-event",
    "delete",
    "undo",
    "redo",
    "search",
    "previous",
    "next",
    "today",
    "agenda",
    "month",
    "week",
    "year",
    "open-database",
    "new-database",
    "sample-database",
    "time-zone",
    "venues",
    "organisations",
    "contacts",
    "projects",
    "tags",
    "about",
    "export",
    "import",
    "warning",
    "feeds",
    "serve",
    "preview",
    "open-outlook",
    "tasks",
    "pin",
)
"""Every tinted icon, by the name ``icon()`` takes (the file is ``NAME.svg``)."""

APP_ICON = "app"
"""The application's own icon: in colour, never tinted."""

_CACHE_LIMIT = 512


@cache
def folder() -> Path:
    """Where the SVG files are: inside the installed package or the source checkout alike.

    Beside this module on disk, as pip installs the package: importlib.resources would find
    them in a zipped package too, but cost the first paint some milliseconds."""
    return Path(__file__).resolve().parent.parent / "resources" / "icons"


def icon(name: str) -> QIcon:
    """The icon ``name`` (one of ``NAMES``), tinted to the palette at any size and DPR."""
    if name not in NAMES:
        raise KeyError(f"no icon named {name!r}")
    return QIcon(SvgIconEngine(name, tinted=True))


def app_icon() -> QIcon:
    """The application's window icon, in its own colours."""
    return QIcon(SvgIconEngine(APP_ICON, tinted=False))


def tint(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour an icon is drawn in for ``mode``: the palette's text colours."""
    palette = palette or QGuiApplication.palette()
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class _Store:
    """Parsed drawings and rendered pixmaps, shared by every icon of the process."""

    def __init__(self) -> None:
        self.renderers: dict[str, QSvgRenderer] = {}
        self.pixmaps: dict[tuple[str, int, int, int, int], QPixmap] = {}
        self._palette: int | None = None  # the cacheKey of the palette they were drawn in

    def renderer(self, name: str) -> QSvgRenderer:
        renderer = self.renderers.get(name)
        if renderer is None:
            data = (folder() / f"{name}.svg").read_bytes()
            renderer = self.renderers[name] = QSvgRenderer(QByteArray(data))
        return renderer

    def pixmap(self, name: str, pixels: QSize, scale: float, colour: QColor | None) -> QPixmap:
        # Not an application-wide event filter watching for palette changes: that would have
        # every event of every object pass through Python, and PySide make the enums of each
        # class it meets (tens of milliseconds of start-up).
        palette = QGuiApplication.palette().cacheKey()
        if palette != self._palette:
            self.pixmaps.clear()
            self._palette = palette
        rgba = -1 if colour is None else colour.rgba()
        key = (name, pixels.width(), pixels.height(), round(scale * 100), rgba)
        cached = self.pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        if not pixels.isEmpty():
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            self.renderer(name).render(painter, _square(QRectF(pixmap.rect())))
            if colour is not None:
                # Keep the drawing's coverage, take the colour: strokes in any colour become
                # the tint, edges keep their antialiasing.
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
                painter.fillRect(pixmap.rect(), colour)
            painter.end()
        pixmap.setDevicePixelRatio(scale)
        if len(self.pixmaps) >= _CACHE_LIMIT:
            self.pixmaps.clear()
        self.pixmaps[key] = pixmap
        return pixmap


_store = _Store()
_clones: list[SvgIconEngine] = []


def _square(rect: QRectF) -> QRectF:
    """The largest centred square in ``rect``: the drawings are square, never stretched."""
    side = min(rect.width(), rect.height())
    square = QRectF(0, 0, side, side)
    square.moveCenter(rect.center())
    return square


class SvgIconEngine(QIconEngine):
    """Draws one SVG at whatever size and device-pixel ratio a widget asks for."""

    def __init__(self, name: str, *, tinted: bool) -> None:
        super().__init__()
        self.name = name
        self.tinted = tinted

    def _colour(self, mode: QIcon.Mode) -> QColor | None:
        return tint(mode) if self.tinted else None

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        # Older Qt asks here with the size already in device pixels.
        return _store.pixmap(self.name, size, 1.0, self._colour(mode))

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixels = QSize(round(size.width() * scale), round(size.height() * scale))
        return _store.pixmap(self.name, pixels, scale, self._colour(mode))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        # Qt asks for a clone when an icon is changed (addPixmap) and then owns it, but the
        # binding leaves it to Python: hold it here until Qt has deleted it.
        copy = SvgIconEngine(self.name, tinted=self.tinted)
        _clones[:] = [engine for engine in _clones if isValid(engine)]
        _clones.append(copy)
        return copy

    def iconName(self) -> str:
        return self.name

    def isNull(self) -> bool:
        return False
