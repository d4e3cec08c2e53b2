"""The window a user lives in. For now: which library is open, what it holds, how to add cards.

The next issue builds the contacts list, the review inbox and drag and drop
on this window; until then it tells the truth about the library and points
to the command that fills it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, contact_count: int) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.setWindowTitle("CardKeeper")
        self.resize(960, 640)
        if contact_count:
            headline = f"{contact_count} contact{'s' if contact_count != 1 else ''} in your library"
        else:
            headline = "Your card library is empty"
        summary = QLabel(
            f"<h2>{headline}</h2>"
            "<p>Add card photos with <b>cardkeeper import PHOTO-OR-FOLDER…</b>; "
            "drag and drop and the camera scanner come next.</p>"
            f"<p style='color:gray'>Library: {html.escape(str(data_dir))}</p>"
        )
        summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setCentralWidget(summary)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu("&File").addAction(quit_action)
