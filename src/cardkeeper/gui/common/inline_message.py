"""One sentence shown where it belongs: under the field, list or buttons it is about.

Errors of this kind (a template with a typo, a mail too long for a link, a
follow-up whose contact was deleted) are part of the work in progress, not
an interruption, so they never take a modal box.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget


class InlineMessage(QWidget):
    """An icon and a wrapped sentence; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self._icon)
        row.addWidget(self.label, 1)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, QStyle.StandardPixmap.SP_MessageBoxWarning)

    def show_info(self, text: str) -> None:
        self._show(text, QStyle.StandardPixmap.SP_MessageBoxInformation)

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def text(self) -> str:
        """The sentence shown, or "" while hidden."""
        return "" if self.isHidden() else self.label.text()

    def _show(self, text: str, icon: QStyle.StandardPixmap) -> None:
        size = self.fontMetrics().height()
        self._icon.setPixmap(
            self.style().standardIcon(icon).pixmap(QSize(size, size), self.devicePixelRatioF())
        )
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
