"""PySide's import hook, quickened: the same answers, found without ``inspect``."""

from __future__ import annotations

import inspect
import json
import sqlite3
import sys
from types import ModuleType

import pytest
from PySide6 import QtCore

from eventplanner.app import imports
from eventplanner.domain import filters
from eventplanner.services.events import facets
from eventplanner.ui import jobs


def pysides_answer(module: ModuleType) -> bool:
    """What PySide's own hook answers (``shibokensupport.feature._mod_uses_pyside``)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_hook_answers_as_pysides_own_for_every_kind_of_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feature = sys.modules[imports.FEATURE_MODULE]
    # Put back after the test what it was (quickened already when the app was started here).
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    imports.quicken()
    quick = feature._mod_uses_pyside
    assert getattr(quick, imports._QUICK)
    # Ours above and below the UI, built in, compiled, the standard library, a package's.
    modules = [jobs, filters, facets, sys, QtCore, sys.modules["_sqlite3"], json, sqlite3, pytest]
    assert [quick(module) for module in modules] == [pysides_answer(m) for m in modules]
    assert [quick(jobs), quick(filters)] == [True, False]
    imports.quicken()  # once is enough
    assert feature._mod_uses_pyside is quick
