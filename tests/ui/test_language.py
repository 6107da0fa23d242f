"""The window speaks Swedish or English, as the Language setting says: our translation, Qt's
own words and the dates; the translation complete, compiled and shipped with the package."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.ui import language
from eventplanner.ui.jobs import JobRunner
from eventplanner.ui.labels import busy_label, kind_label, status_label, week_label
from eventplanner.ui.planner import Planner
from eventplanner.ui.settings import Settings
from eventplanner.ui.text import week_text
from eventplanner.ui.views.agenda_model import Column
from eventplanner.ui.views.month_text import day_header, more_text
from eventplanner.ui.window.main_window import MainWindow
from tests.installed_copy import installed_copy
from tests.ui.helpers import TODAY, settle

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "eventplanner" / "resources" / "translations"
TS = FOLDER / "eventplanner_sv.ts"
QM = FOLDER / "eventplanner_sv.qm"
SWEDEN = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def messages() -> list[tuple[str, str, str]]:
    """Every (context, source, translation) of the Swedish .ts."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") is None, message.findtext("source")
            found.append(
                (context.findtext("name", ""), message.findtext("source", ""), translation.text)
            )
    return found


def new_window(qtbot, tmp_path: Path, choice: str) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = choice
    made = MainWindow(Planner(JobRunner(), JobRunner()), settings, today=TODAY)
    qtbot.addWidget(made)
    return made


# -- what the translation says --------------------------------------------------------------


def test_swedish_translates_menus_labels_dates_and_qts_own_buttons(swedish: str) -> None:
    assert swedish == "sv"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
    assert QCoreApplication.translate("Actions", "&Today") == "I &dag"
    assert kind_label(EventKind.TRADE_FAIR) == "Mässa"
    assert kind_label(EventKind.NETWORK_MEETING) == "Nätverksträff"
    assert status_label(EventStatus.CANCELLED) == "Inställd"
    assert busy_label(BusyStatus.OUT_OF_OFFICE) == "Frånvarande"
    assert week_label(12) == "v 12"
    assert week_text(date(2027, 3, 24)) == "Vecka 12 · 22 mars–28 mars 2027"
    assert more_text(3) == "+3 till"
    assert day_header(0) == "mån"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    texts = {button.text().replace("&", "") for button in buttons.buttons()}
    assert texts == {"Spara", "Avbryt"}


def test_a_window_built_in_swedish_shows_swedish_menus_views_and_dates(
    qtbot,  # type: ignore[no-untyped-def]
    swedish: str,
    window: MainWindow,
) -> None:
    assert menu_titles(window) == ["&Arkiv", "&Redigera", "&Visa", "Ha&ntera", "&Hjälp"]
    assert window.window_actions.show_month.text() == "&Månad"
    assert window.undo_action.text() == "&Ångra"
    assert window.agenda_model.headerData(Column.KIND, Qt.Orientation.Horizontal) == "Typ"
    window.window_actions.show_month.trigger()
    settle(qtbot, window)
    for _ in range(2):
        window.window_actions.following.trigger()
    settle(qtbot, window)
    assert window.period_label.text() == "Januari 2027"
    window.window_actions.today.trigger()
    window.window_actions.show_week.trigger()
    settle(qtbot, window)
    assert window.period_label.text() == "Vecka 47 · 16 nov.–22 nov. 2026"
    assert window.filter_bar.count_label.text().endswith("visas")


def test_the_english_setting_speaks_english_even_on_a_swedish_system(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    before = QLocale()
    try:
        assert language.install(qapp, "en", system=SWEDEN) == "en"
        window = new_window(qtbot, tmp_path, "en")
        assert menu_titles(window) == ["&File", "&Edit", "&View", "&Manage", "&Help"]
        assert kind_label(EventKind.TRADE_FAIR) == "Trade fair"
        assert QLocale().dayName(1) == "Monday"
    finally:
        QLocale.setDefault(before)


def test_the_system_choice_follows_the_systems_language() -> None:
    finland = QLocale(QLocale.Language.Swedish, QLocale.Country.Finland)
    germany = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert language.resolve("system", SWEDEN) == "sv"
    assert language.resolve("system", finland) == "sv"
    assert language.resolve("system", germany) == "en"
    assert language.resolve("sv", germany) == "sv"
    assert language.resolve("en", SWEDEN) == "en"
    # Dates follow the language: the system's own locale when it speaks it.
    assert language.locale_for("sv", finland).name() == "sv_FI"
    assert language.locale_for("sv", germany).name() == "sv_SE"
    assert language.locale_for("en", germany).name() == "en_GB"
    assert language.locale_for("en", QLocale.c()).language() == QLocale.Language.C


def test_the_language_setting_is_remembered_and_a_stranger_value_means_system(
    tmp_path: Path,
) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert Settings(store).language == "system"
    Settings(store).language = "sv"
    assert Settings(store).language == "sv"
    store.setValue("display/language", "tlh")
    assert Settings(store).language == "system"


def test_choosing_a_language_in_the_view_menu_saves_it_for_the_next_start(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = new_window(qtbot, tmp_path, "system")
    window.show()
    menu = window.languages.menu
    view_menu = window.menuBar().actions()[2].menu()
    assert menu.menuAction() in view_menu.actions()
    choices = window.languages.choices
    assert [choices[c].text() for c in ("en", "sv")] == ["English", "Svenska"]
    assert choices["system"].isChecked()
    assert "next start" in " ".join(a.text() for a in menu.actions())
    choices["sv"].trigger()
    qtbot.waitUntil(lambda: _message_box() is not None, timeout=5_000)
    box = _message_box()
    assert box is not None
    assert "Swedish" in box.text()
    assert "next start" in box.text()
    box.accept()
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert Settings(store).language == "sv"
    assert choices["sv"].isChecked()
    assert menu_titles(window)[0] == "&File"  # this window keeps its language


def _message_box() -> QMessageBox | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    return next((box for box in shown if box.isVisible()), None)


# -- the translation file -------------------------------------------------------------------


def test_every_text_of_the_translation_is_translated_keeping_its_placeholders() -> None:
    found = messages()
    assert len(found) > 300
    for context, source, translation in found:
        assert translation, (context, source)
        placeholders = sorted(re.findall(r"%\d", source))
        assert sorted(re.findall(r"%\d", translation)) == placeholders, (context, source)
        # One access key where the English has one ("&File" is "&Arkiv").
        keys = len(re.findall(r"&(?=\w)", translation))
        assert keys == len(re.findall(r"&(?=\w)", source)), (context, source)


def test_every_context_of_the_translation_is_one_the_code_translates_in() -> None:
    # lupdate names a context after the class around a tr() call, or the first argument of
    # translate(); a tr() outside a class, or on another object, gets a context that Qt
    # never asks for at run time, and its text would stay English.
    code = "\n".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "eventplanner" / "ui").rglob("*.py")
    )
    for context in {name for name, _, _ in messages()}:
        assert re.search(rf"^class {context}\(|translate\(\s*\"{context}\"", code, re.M), context


def test_the_compiled_translation_is_what_the_ts_compiles_to(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    compiled = tmp_path / QM.name
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run tools/translations.py"


def test_an_installed_copy_of_the_package_finds_its_translation(tmp_path: Path) -> None:
    site = installed_copy(tmp_path)
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(site)!r})
        import eventplanner
        assert eventplanner.__file__.startswith({str(site)!r}), eventplanner.__file__
        from PySide6.QtCore import QCoreApplication
        from eventplanner.ui import language
        app = QCoreApplication([])
        assert language.install(app, "sv") == "sv"
        print(QCoreApplication.translate("MainWindow", "&File"), language.translation_file("sv"))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shipped = site / "eventplanner" / "resources" / "translations" / "eventplanner_sv.qm"
    assert done.stdout.strip() == f"&Arkiv {shipped}"


@pytest.mark.parametrize("choice", ["sv", "en"])
def test_installing_again_replaces_the_translations_it_installed(
    qapp: QApplication, choice: str
) -> None:
    before = QLocale()
    try:
        language.install(qapp, "sv")
        language.install(qapp, choice)
        expected = "&Arkiv" if choice == "sv" else "&File"
        assert QCoreApplication.translate("MainWindow", "&File") == expected
    finally:
        language.install(qapp, "en")
        QLocale.setDefault(before)
