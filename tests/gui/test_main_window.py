"""The main window opens on a real display (Xvfb) and tells the truth about the library."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cardkeeper.gui.main_window import MainWindow


def test_empty_library_says_how_to_add_cards(qtbot: QtBot, data_dir: Path) -> None:
    window = MainWindow(data_dir, 0)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "CardKeeper"
    text = window.centralWidget().text()
    assert "empty" in text
    assert "cardkeeper import" in text
    assert str(data_dir) in text
    assert window.grab().toImage().width() >= 900


def test_library_with_contacts_shows_how_many(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "a <b> & c", 3)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitExposed(window)
    text = window.centralWidget().text()
    assert "3 contacts in your library" in text
    assert "a &lt;b&gt; &amp; c" in text


def test_run_app_opens_the_library_and_shows_the_window(qtbot: QtBot, data_dir: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cardkeeper.gui.app import run_app

    seen: list[str] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].isVisible():
            QTimer.singleShot(50, close_when_shown)
            return
        seen.append(windows[0].centralWidget().text())
        windows[0].close()

    QTimer.singleShot(0, close_when_shown)
    assert run_app(str(data_dir)) == 0
    assert seen and "empty" in seen[0]
    assert (data_dir / "library.sqlite3").is_file()
