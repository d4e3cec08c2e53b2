"""Fusion everywhere, dark when the desktop is dark or when forced, light otherwise."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from cardkeeper.gui.common.palette import COLOR_SCHEME_ENV, apply_palette, is_dark


@pytest.fixture
def app(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The test's app, given back to later tests with the palette it had."""
    monkeypatch.delenv(COLOR_SCHEME_ENV, raising=False)
    saved = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(saved)


def _window(palette: QPalette) -> int:
    return palette.color(QPalette.ColorRole.Window).lightness()


def test_forcing_dark_gives_widgets_light_text_on_a_dark_window(
    app: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(COLOR_SCHEME_ENV, "dark")
    apply_palette(app)
    field = QLineEdit("text")
    qtbot.add_widget(field)
    field.show()
    qtbot.waitExposed(field)
    palette = field.palette()
    assert app.style().name() == "fusion"
    assert is_dark(palette)
    assert _window(palette) < 60
    assert palette.color(QPalette.ColorRole.Text).lightness() > 200
    assert palette.color(QPalette.ColorRole.WindowText).lightness() > 200
    corner = field.grab().toImage().pixelColor(3, field.height() // 2)
    assert corner.lightness() < 100


def test_forcing_light_gives_fusions_own_palette(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(COLOR_SCHEME_ENV, "LIGHT")
    apply_palette(app)
    assert not is_dark(app.palette())
    assert app.palette().color(QPalette.ColorRole.Window) == app.style().standardPalette().color(
        QPalette.ColorRole.Window
    )


def test_follows_the_desktop_when_its_scheme_changes(app: QApplication) -> None:
    hints = app.styleHints()
    changed = SIGNAL("colorSchemeChanged(Qt::ColorScheme)")
    apply_palette(app)
    listeners = hints.receivers(changed)
    apply_palette(app)
    assert hints.receivers(changed) == listeners >= 1
    assert is_dark(app.palette()) == (hints.colorScheme() == Qt.ColorScheme.Dark)
    # Xvfb has no desktop to switch, so send what the platform sends when the user does.
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark(app.palette())
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark(app.palette())


def test_a_forced_scheme_wins_over_the_desktop_and_nonsense_is_ignored(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(COLOR_SCHEME_ENV, "light")
    apply_palette(app)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not is_dark(app.palette())
    monkeypatch.setenv(COLOR_SCHEME_ENV, "purple")
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark(app.palette())
