"""The app's own icons: every file a valid drawing, tinted with the palette at any DPR,
on every action, and shipped with the package."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

import eventplanner
from eventplanner.app.desktop import configure
from eventplanner.ui import icons
from eventplanner.ui.window.actions import make_actions
from eventplanner.ui.window.main_window import MainWindow
from tests.installed_copy import installed_copy
from tests.ui.helpers import shown_window

ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"
Role, Group = QPalette.ColorRole, QPalette.ColorGroup

# What each action of the window shows; Quit and Go to date have no icon.
ACTION_ICONS = {
    "new_database": "new-database",
    "open_database": "open-database",
    "open_sample": "sample-database",
    "new_event": "new-event",
    "edit_event": "edit",
    "duplicate_event": "duplicate",
    "cancel_event": "cancel-event",
    "delete_event": "delete",
    "find": "search",
    "today": "today",
    "previous": "previous",
    "following": "next",
    "show_agenda": "agenda",
    "show_month": "month",
    "show_week": "week",
    "manage_venues": "venues",
    "manage_organisations": "organisations",
    "manage_contacts": "contacts",
    "manage_projects": "projects",
    "manage_tags": "tags",
    "display_zone": "time-zone",
    "import_events": "import",
    "about": "about",
}


def svg_files() -> list[Path]:
    return sorted(Path(str(icons.folder())).glob("*.svg"))


def opaque_colours(image: QImage) -> set[str]:
    """The colours of the image's fully opaque pixels."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return {
        image.pixelColor(x, y).name()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }


def painted_pixels(image: QImage) -> int:
    return sum(
        image.pixelColor(x, y).alpha() > 0
        for y in range(image.height())
        for x in range(image.width())
    )


@pytest.fixture
def palette(qapp: QApplication) -> Iterator[QPalette]:
    """A copy of the application's palette to change; the original comes back afterwards."""
    original = QPalette(qapp.palette())
    yield QPalette(original)
    qapp.setPalette(original)


def with_text(palette: QPalette, window: str, text: str, disabled: str) -> QPalette:
    for role in (Role.Window, Role.Button, Role.Base):
        palette.setColor(role, QColor(window))
    for role in (Role.WindowText, Role.ButtonText, Role.Text):
        palette.setColor(Group.Active, role, QColor(text))
        palette.setColor(Group.Inactive, role, QColor(text))
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


def test_every_drawing_is_a_valid_24px_line_icon_in_the_current_colour() -> None:
    tinted = [path for path in svg_files() if path.stem != icons.APP_ICON]
    assert tinted
    for path in tinted:
        renderer = QSvgRenderer(QByteArray(path.read_bytes()))
        assert renderer.isValid(), path.name
        root = ET.parse(path).getroot()
        assert root.tag == f"{SVG}svg"
        assert root.get("viewBox") == "0 0 24 24", path.name
        assert root.get("stroke") == "currentColor", path.name
        assert root.get("stroke-width") == "2", path.name
        assert (root.get("stroke-linecap"), root.get("stroke-linejoin")) == ("round", "round")
        # One file serves light and dark: no colour of its own anywhere in it.
        assert "#" not in path.read_text(encoding="utf-8"), path.name


def test_every_file_is_an_icon_the_loader_knows_and_every_name_has_its_file() -> None:
    assert {path.stem for path in svg_files()} == {*icons.NAMES, icons.APP_ICON}
    assert len(set(icons.NAMES)) == len(icons.NAMES)
    assert "year" in icons.NAMES  # for the year view (Ctrl+4)
    assert QSvgRenderer(QByteArray((icons.folder() / "app.svg").read_bytes())).isValid()


def test_an_unknown_name_is_refused() -> None:
    with pytest.raises(KeyError):
        icons.icon("paint-brush")


@pytest.mark.parametrize("scale", [1.0, 2.0, 1.5])
def test_every_icon_renders_sharp_at_the_screens_pixel_ratio(
    qapp: QApplication, scale: float
) -> None:
    for name in icons.NAMES:
        made = icons.icon(name)
        assert not made.isNull()
        assert made.name() == name
        pixmap = made.pixmap(QSize(20, 20), scale)
        assert pixmap.size() == QSize(round(20 * scale), round(20 * scale)), name
        assert pixmap.devicePixelRatio() == scale
        painted = painted_pixels(pixmap.toImage())
        # Line drawings: some of the square is ink, most of it is not.
        assert 0.05 < painted / (pixmap.width() * pixmap.height()) < 0.8, name


def test_painting_an_icon_on_a_high_dpi_surface_uses_its_pixels(qapp: QApplication) -> None:
    target = QPixmap(48, 48)
    target.setDevicePixelRatio(2.0)
    target.fill(Qt.GlobalColor.transparent)
    painter = QPainter(target)
    icons.icon("search").paint(painter, 0, 0, 24, 24)
    painter.end()
    assert 0 < painted_pixels(target.toImage()) < 48 * 48


def test_icons_take_the_palettes_text_colour_light_and_dark(
    qapp: QApplication, palette: QPalette
) -> None:
    made = icons.icon("today")
    qapp.setPalette(with_text(palette, "#f6f6f6", "#1a2b3c", "#a0a4a8"))
    assert opaque_colours(made.pixmap(QSize(24, 24), 2.0).toImage()) == {"#1a2b3c"}
    disabled = made.pixmap(QSize(24, 24), 2.0, QIcon.Mode.Disabled)
    assert opaque_colours(disabled.toImage()) == {"#a0a4a8"}

    qapp.setPalette(with_text(QPalette(palette), "#2d2d30", "#e0d0c0", "#707070"))
    assert opaque_colours(made.pixmap(QSize(24, 24), 2.0).toImage()) == {"#e0d0c0"}
    disabled = made.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled)
    assert opaque_colours(disabled.toImage()) <= {"#707070"}


def test_a_tool_button_redraws_its_icon_when_the_palette_turns_dark(
    qtbot: QtBot, qapp: QApplication, palette: QPalette
) -> None:
    qapp.setPalette(with_text(palette, "#f6f6f6", "#1a2b3c", "#a0a4a8"))
    button = QToolButton()
    qtbot.addWidget(button)
    button.setDefaultAction(QAction(icons.icon("month"), "Month", button))
    button.setIconSize(QSize(20, 20))
    button.show()
    assert "#1a2b3c" in opaque_colours(button.grab().toImage())

    qapp.setPalette(with_text(QPalette(palette), "#2d2d30", "#e0d0c0", "#707070"))
    shown = opaque_colours(button.grab().toImage())
    assert "#e0d0c0" in shown
    assert "#1a2b3c" not in shown


def test_the_cache_lets_go_of_old_colours_when_the_palette_changes(
    qapp: QApplication, palette: QPalette
) -> None:
    icons.icon("week").pixmap(QSize(20, 20), 1.0)
    icons.icon("month").pixmap(QSize(20, 20), 1.0)
    old = set(icons._store.pixmaps)
    assert len(old) >= 2
    qapp.setPalette(with_text(palette, "#2d2d30", "#e0d0c0", "#707070"))
    icons.icon("week").pixmap(QSize(20, 20), 1.0)
    # The first pixmap drawn in the new palette is the only one kept: none in the old colours.
    assert len(icons._store.pixmaps) == 1
    assert not old & set(icons._store.pixmaps)


def test_a_changed_copy_of_an_icon_keeps_drawing(qapp: QApplication) -> None:
    # Adding a pixmap makes Qt clone the engine; the clone must outlive this Python frame.
    copy = QIcon(icons.icon("tags"))
    copy.addPixmap(QPixmap(8, 8))
    assert painted_pixels(copy.pixmap(QSize(20, 20), 2.0).toImage()) > 0


def test_every_action_that_shows_an_icon_shows_one_of_ours(qapp: QApplication) -> None:
    owner = QWidget()
    actions = make_actions(owner)
    for field, name in ACTION_ICONS.items():
        action: QAction = getattr(actions, field)
        assert not action.icon().isNull(), field
        assert action.icon().name() == name, field
    assert actions.quit.icon().isNull()
    owner.deleteLater()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with shown_window(qtbot, tmp_path, None, today=None) as made:
        yield made


def test_the_toolbar_shows_our_icons_at_one_size_with_their_text(window: MainWindow) -> None:
    [bar] = window.findChildren(QToolBar)
    assert bar.iconSize() == QSize(20, 20)
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    shown = [a for a in bar.actions() if not a.isSeparator()]
    assert [a.icon().name() for a in shown] == [
        "new-event", "previous", "today", "next", "agenda", "month", "week", "year", "tasks",
        "undo", "redo",
    ]  # fmt: skip
    assert window.undo_action.icon().name() == "undo"
    assert window.redo_action.icon().name() == "redo"
    buttons = [bar.widgetForAction(a) for a in shown]
    heights = {button.height() for button in buttons if button is not None}
    assert len(heights) == 1  # one row of equal buttons


def test_the_application_has_its_own_window_icon_in_colour(qapp: QApplication) -> None:
    before = (qapp.applicationName(), qapp.organizationName(), qapp.windowIcon())
    try:
        configure(qapp)
        made = qapp.windowIcon()
        assert made.name() == icons.APP_ICON
        image = made.pixmap(QSize(32, 32), 2.0).toImage()
        assert image.size() == QSize(64, 64)
        colours = opaque_colours(image)
        assert "#0072b2" in colours  # its own blue, not the palette's text colour
        assert len(colours) > 4
    finally:
        name, organisation, window_icon = before
        qapp.setApplicationName(name)
        qapp.setOrganizationName(organisation)
        qapp.setWindowIcon(window_icon)


def test_the_package_data_ships_every_drawing() -> None:
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = settings["tool"]["setuptools"]["package-data"]["eventplanner"]
    package = Path(eventplanner.__file__).parent
    shipped = {path for pattern in patterns for path in package.glob(pattern)}
    assert set(svg_files()) <= shipped


def test_an_installed_copy_of_the_package_finds_its_icons(tmp_path: Path) -> None:
    # The package as a wheel lays it out: its modules and its package data, nothing of the
    # source checkout around it.
    site = installed_copy(tmp_path)
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(site)!r})
        import eventplanner
        assert eventplanner.__file__.startswith({str(site)!r}), eventplanner.__file__
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QGuiApplication
        from eventplanner.ui import icons
        app = QGuiApplication([])
        for made in [icons.icon(name) for name in icons.NAMES] + [icons.app_icon()]:
            image = made.pixmap(QSize(20, 20), 2.0).toImage()
            pixels = [image.pixelColor(x, y) for y in range(40) for x in range(40)]
            assert any(pixel.alpha() for pixel in pixels), made.name()
        print("found", len(icons.NAMES) + 1, "icons in", icons.folder())
        """
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"found {len(icons.NAMES) + 1} icons in {site}" in done.stdout
