"""PySide's import hook, quickened: the same answers, found without ``inspect``."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6 import QtCore

from eventplanner.app import imports
from eventplanner.domain import filters
from eventplanner.ui import jobs


def test_the_hook_answers_as_before_for_every_kind_of_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feature = sys.modules[imports.FEATURE_MODULE]
    original = feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)  # put back after the test
    modules = [jobs, filters, sys, QtCore, sqlite3, sys.modules["_sqlite3"]]
    expected = [original(module) for module in modules]
    assert expected[:2] == [True, False]
    imports.quicken()
    quick = feature._mod_uses_pyside
    assert quick is not original
    assert [quick(module) for module in modules] == expected
    imports.quicken()  # once is enough
    assert feature._mod_uses_pyside is quick
