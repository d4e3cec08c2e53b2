"""Fixtures the window's tests share across features: the window in German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from cardkeeper.gui.common.translation import install_translation

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def german() -> Iterator[None]:
    """The German translation installed as at start, then taken away for the other tests."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed = install_translation(app, GERMAN)
    assert len(installed) == 2, "CardKeeper's and Qt's own German"
    yield
    for translator in installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)
