"""The window a user lives in. For now: the library it opened and how to add cards."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.setWindowTitle("CardKeeper")
        self.resize(960, 640)
        welcome = QLabel(
            "<h2>Your card library is empty</h2>"
            "<p>Import card photos with <b>cardkeeper import PHOTO…</b>; "
            "drag and drop and the camera scanner come next.</p>"
            f"<p style='color:gray'>Library: {html.escape(str(data_dir))}</p>"
        )
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        welcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setCentralWidget(welcome)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu("&File").addAction(quit_action)
