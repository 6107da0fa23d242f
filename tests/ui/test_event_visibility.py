"""The event editor's Public box: a closed event opens unticked and saves closed; ticking it
makes the event public again (funders count public and closed events apart)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from eventplanner.ui.events.event_dialog import EventDialog
from tests.ui.test_event_dialog import full_draft, open_dialog, wait_until_valid

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")
__all__ = ["open_dialog"]  # the fixture, used by name


def test_a_closed_event_stays_closed_and_can_be_opened_up(
    qtbot: QtBot, open_dialog: Callable[..., EventDialog]
) -> None:
    dialog = open_dialog(replace(full_draft(), public=False))
    box = dialog.form.public
    assert not box.isChecked()
    wait_until_valid(qtbot, dialog)
    assert dialog.draft().public is False
    dialog.form.setCurrentIndex(dialog.form.indexOf(box.parentWidget()))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert dialog.draft().public is True
    assert dialog.is_edited()


def test_a_new_event_is_public(qtbot: QtBot, open_dialog: Callable[..., EventDialog]) -> None:
    dialog = open_dialog()
    assert dialog.form.public.isChecked()
    assert dialog.form.public.text().startswith("Public")
