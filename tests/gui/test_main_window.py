"""The main window opens on a real display (Xvfb) and says how to add cards."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cardkeeper.gui.main_window import MainWindow


def test_main_window_shows_library_and_first_steps(qtbot: QtBot, data_dir: Path) -> None:
    window = MainWindow(data_dir)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "CardKeeper"
    text = window.centralWidget().text()
    assert "empty" in text
    assert str(data_dir) in text
    image = window.grab().toImage()
    assert image.width() >= 900
