"""Help ▸ Open Log Folder, from the window on a real display."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from cardkeeper.store.database import Library, open_library
from tests.gui.window_fixture import open_window


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def test_help_opens_the_log_folder_made_first(qtbot: QtBot, library: Library) -> None:
    from PySide6.QtCore import QObject, Slot
    from PySide6.QtGui import QDesktopServices

    from cardkeeper import paths

    class FileManager(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.opened: list[QUrl] = []

        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            self.opened.append(url)

    file_manager = FileManager()
    QDesktopServices.setUrlHandler("file", file_manager, "show")
    try:
        window = open_window(qtbot, library)
        assert not paths.log_dir().exists()
        window.help_menu.log_folder_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")

    assert paths.log_dir().is_dir()
    assert file_manager.opened == [QUrl.fromLocalFile(str(paths.log_dir()))]
