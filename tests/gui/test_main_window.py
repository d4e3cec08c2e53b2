"""The main window on a real display (Xvfb) over a real library: how it is put together."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardkeeper.gui.main_window import MainWindow
from cardkeeper.store.database import Library, open_library
from tests.gui.window_fixture import open_window


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def test_window_size_and_splitters_are_remembered(qtbot: QtBot, library: Library) -> None:
    window = open_window(qtbot, library)
    window.resize(1100, 700)
    window.splitter.setSizes([150, 500, 450])
    sizes = window.splitter.sizes()
    window.close()
    again = open_window(qtbot, library)
    assert again.size().width() == 1100
    assert again.splitter.sizes() == sizes


def test_run_app_opens_the_library_and_shows_the_window(qtbot: QtBot, data_dir: Path) -> None:

    from cardkeeper.gui.app import run_app

    seen: list[int] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].isVisible():
            QTimer.singleShot(50, close_when_shown)
            return
        seen.append(windows[0].model.all_count())
        windows[0].close()

    QTimer.singleShot(0, close_when_shown)
    assert run_app(str(data_dir)) == 0
    assert seen == [0]
    assert (data_dir / "library.sqlite3").is_file()


def test_run_app_on_a_file_as_library_folder_says_so_in_a_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from cardkeeper.gui.app import run_app

    not_a_folder = tmp_path / "library"
    not_a_folder.write_text("a file where the library folder should be")
    told: list[str] = []

    def read_and_close() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        if not boxes or not boxes[0].isVisible():
            QTimer.singleShot(50, read_and_close)
            return
        told.append(boxes[0].text())
        boxes[0].close()

    QTimer.singleShot(0, read_and_close)
    assert run_app(str(not_a_folder)) == 1
    assert told and "is a file (or inside one), not a folder" in told[0]


def test_menus_carry_the_usual_shortcuts_each_once(qtbot: QtBot, library: Library) -> None:
    from PySide6.QtGui import QKeySequence

    window = open_window(qtbot, library)
    shortcuts: dict[str, str] = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():  # type: ignore[union-attr]
            for key in action.shortcuts():
                text = key.toString(QKeySequence.SequenceFormat.PortableText)
                assert text not in shortcuts, (
                    f"{text} is on {shortcuts.get(text)} and {action.text()}"
                )
                shortcuts[text] = action.text()
    usual = ("Ctrl+I", "Ctrl+K", "Ctrl+F", "Ctrl+Z", "Ctrl+Shift+Z", "Del", "Ctrl+,", "Ctrl+Q")
    for key in (*usual, "Ctrl+R"):
        assert key in shortcuts, key
