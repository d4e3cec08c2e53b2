"""The window in the user's language: CardKeeper's translation and Qt's own, installed at start.

``cardkeeper_<language>.qm`` ships in ``resources/translations`` (built from its
``.ts`` by ``tools/translations.py``); Qt's ``qtbase_<language>.qm`` translates
its standard buttons and dialogs (Cancel, the file dialog). The language is the
first of the system's UI languages (``LANGUAGE``, ``LC_ALL``, ``LANG`` on Linux)
that CardKeeper speaks, English being the one it is written in.
"""

from __future__ import annotations

from datetime import date, datetime
from importlib.resources import files

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from cardkeeper import wording
from cardkeeper.wording import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "day_text", "install_translation", "spoken_language"]

SOURCE_LANGUAGE = "en"


def translations_folder() -> str:
    """Where CardKeeper's compiled translations ship."""
    return str(files("cardkeeper") / "resources" / "translations")


def spoken_language(locale: QLocale) -> str:
    """The language of ``locale``'s UI languages, in order, that CardKeeper has: 'de', or 'en'."""
    for name in locale.uiLanguages():
        language = name.replace("-", "_").partition("_")[0].lower()
        if language == SOURCE_LANGUAGE:
            return SOURCE_LANGUAGE
        translator = QTranslator()
        if translator.load(f"cardkeeper_{language}", translations_folder()):
            return language
    return SOURCE_LANGUAGE


def install_translation(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Speak ``locale``'s language (the system's by default) in every window.

    Returns the translators installed (none for English); they are children
    of ``app``, so they live as long as it does. The lower layers' sentences
    (``cardkeeper.wording.translate``) go through them too.
    """
    locale = QLocale.system() if locale is None else locale
    language = spoken_language(locale)
    installed = []
    if language != SOURCE_LANGUAGE:
        # Days and months in Qt's words for the language: the system locale takes them from
        # LC_TIME, which may be English (C.UTF-8) under a German desktop language.
        same = QLocale().language() == QLocale(language).language()
        QLocale.setDefault(QLocale(QLocale().name() if same else language))
        for name, folder in (
            (f"cardkeeper_{language}", translations_folder()),
            (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
    wording.use_translation(QCoreApplication.translate)
    return installed


def day_text(day: date | datetime, pattern: str) -> str:
    """``day`` written with Qt's date ``pattern`` ("ddd d MMM"), in the user's language.

    The pattern itself is translated where it is written, since languages order
    day and month differently.
    """
    on = QDate(day.year, day.month, day.day)
    if isinstance(day, datetime):
        return QLocale().toString(QDateTime(on, QTime(day.hour, day.minute, day.second)), pattern)
    return QLocale().toString(on, pattern)
