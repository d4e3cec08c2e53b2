"""The queue's column widths: each its share of the width until the user drags one.

Fixed widths left "What to do" a few letters wide in a 1024-pixel window, since
it stretches over what the others leave. The others now give up width in
proportion when the window is narrow, down to a floor, so every column keeps
room to be read; once the user drags a column, the widths are theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTreeView

from cardkeeper.gui.follow_up.queue_model import COMPANY, DUE, INTEREST, MET, PERSON, STEP, TODO

WIDTHS = {PERSON: 150, COMPANY: 160, MET: 250, INTEREST: 240, STEP: 56, DUE: 116}
"""Pixels each column gets when there is room; "What to do" stretches over the rest."""
TODO_WIDTH = 220
"""What "What to do" is given a share for: a step's name ("Thank-you email") whole."""
SMALLEST_SHARE = 0.55
"""No column shrinks below this part of its width, however narrow the window."""


class QueueColumns(QObject):
    """Sizes ``tree``'s columns to its width, on every resize, until the user drags one."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree
        self._fitting = False
        self.dragged = False
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TODO, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._resized)
        tree.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        """Give each column its share of the width the tree has now."""
        if self.dragged:
            return
        room = self._tree.viewport().width()
        share = max(SMALLEST_SHARE, min(1.0, room / (sum(WIDTHS.values()) + TODO_WIDTH)))
        self._fitting = True
        for column, width in WIDTHS.items():
            self._tree.header().resizeSection(column, round(width * share))
        self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != TODO:
            self.dragged = True
