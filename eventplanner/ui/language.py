"""The language the window speaks: our translation, Qt's own, and the locale of dates.

The translations live in ``eventplanner/resources/translations`` (package data, like the
icons): ``eventplanner_sv.ts`` is the source a translator edits, ``eventplanner_sv.qm`` its
compiled form that ships; ``tools/translations.py`` brings both up to date. Qt's own words
(Cancel, Save, Yes in standard buttons and dialogs) come from the ``qtbase`` translations
that PySide6 ships.

The language is chosen once at start-up, before the first widget is made: widgets take
their texts when they are built, so a change of the setting applies at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

ENGLISH = "en"
SWEDISH = "sv"
TRANSLATED = (SWEDISH,)
"""The languages with a translation of their own (the source texts are English)."""

_NAME = "eventplanner-translation"
_LANGUAGES = {ENGLISH: QLocale.Language.English, SWEDISH: QLocale.Language.Swedish}
_FALLBACK = {
    ENGLISH: (QLocale.Language.English, QLocale.Country.UnitedKingdom),  # the texts' own
    SWEDISH: (QLocale.Language.Swedish, QLocale.Country.Sweden),
}


def folder() -> Path:
    """Where the translations are: inside the installed package or the source checkout alike
    (on disk beside this module, as pip installs it; see ``icons.folder``)."""
    return Path(__file__).resolve().parent.parent / "resources" / "translations"


def translation_file(language: str) -> Path:
    """The compiled translation (.qm) into ``language``."""
    return folder() / f"eventplanner_{language}.qm"


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language a setting means: "system" is Swedish on a Swedish system, else English."""
    if choice in _LANGUAGES:
        return choice
    system = QLocale.system() if system is None else system
    return SWEDISH if system.language() == QLocale.Language.Swedish else ENGLISH


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale that writes dates in ``language``: the system's own when it speaks it
    (Swedish in Finland stays so; the plain C locale is English), else Swedish as in
    Sweden or British English."""
    system = QLocale.system() if system is None else system
    own = system.language() == _LANGUAGES[language]
    if own or (language == ENGLISH and system.language() == QLocale.Language.C):
        return QLocale(system)
    spoken, country = _FALLBACK[language]
    return QLocale(spoken, country)


def load_translation(translator: QTranslator, language: str) -> bool:
    """Load our translation into ``language``; False when there is none."""
    if language not in TRANSLATED:
        return False
    path = translation_file(language)
    return path.is_file() and translator.load(str(path))


def load_qt_translation(translator: QTranslator, locale: QLocale) -> bool:
    """Load Qt's own words (standard buttons, file dialogs) for ``locale``."""
    # Imported here, when a translation is loaded: an English start needs none of it.
    from PySide6.QtCore import QLibraryInfo

    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator.load(locale, "qtbase", "_", directory)


def install(app: QCoreApplication, choice: str, system: QLocale | None = None) -> str:
    """Make ``app`` speak the language of ``choice`` (a ``Settings.language``), dates and
    Qt's own words included; returns the language. Call it before any widget is made."""
    language = resolve(choice, system)
    locale = locale_for(language, system)
    QLocale.setDefault(locale)
    for old in app.findChildren(QTranslator, _NAME):
        app.removeTranslator(old)
        old.deleteLater()
    if language in TRANSLATED:
        ours, qt = QTranslator(app), QTranslator(app)
        for translator, loaded in (
            (ours, load_translation(ours, language)),
            (qt, load_qt_translation(qt, locale)),
        ):
            translator.setObjectName(_NAME)
            if loaded:
                app.installTranslator(translator)
    return language
