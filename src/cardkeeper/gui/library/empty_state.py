"""What an empty library shows: how to add cards, and a sample to try it with at once.

A first-run user has no card at hand more often than not; the sample card lets
them see a reading, and the review that follows, before they fetch a stack of
their own.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

ICON_SIZE = 112
TEXT_WIDTH = 440
"""Wide enough for three short lines, narrow enough to read at a glance."""
IMPORT_SHORTCUT = QKeySequence("Ctrl+I")
"""The File ▸ Import shortcut the text names; the main window's action must use the same."""


def sample_card_path() -> Path:
    """The shipped photo of a fictional card (rebuilt by ``tools/make_sample_card.py``)."""
    return Path(str(files("cardkeeper").joinpath("resources", "sample-card.jpg")))


class EmptyState(QWidget):
    """The first-run view of an empty library, inside a dashed outline that invites a drop.

    Signals:
        sample_requested(Path): the user wants to read the bundled sample card.
        import_requested(): the user wants to choose photos to import.
    """

    sample_requested = Signal(Path)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.icon.setPixmap(
            QIcon(str(files("cardkeeper").joinpath("resources", "cardkeeper.svg"))).pixmap(
                QSize(ICON_SIZE, ICON_SIZE), self.devicePixelRatioF()
            )
        )
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        headline = QLabel(self.tr("Add your first cards"))
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        headline.setFont(font)
        headline.setAlignment(Qt.AlignmentFlag.AlignCenter)

        shortcut = IMPORT_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        self.explanation = QLabel(
            self.tr(
                "Drop card photos or a whole folder anywhere on this window, "
                "or choose File ▸ Import ({shortcut}). "
                "You can also scan cards with your camera."
            ).format(shortcut=shortcut)
        )
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation.setFixedWidth(TEXT_WIDTH)
        self.explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.import_button = QPushButton(self.tr("&Import Photos…"))
        self.import_button.clicked.connect(self.import_requested)
        self.sample_button = QPushButton(self.tr("Try the &Sample Card"))
        self.sample_button.setToolTip(
            self.tr("Reads a photo of a fictional card that comes with CardKeeper")
        )
        self.sample_button.clicked.connect(self._request_sample)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch()
        for button in (self.import_button, self.sample_button):
            # Larger than toolbar-sized defaults: these are the only two things to do here.
            button.setMinimumSize(160, round(button.fontMetrics().height() * 2.2))
            buttons.addWidget(button)
        buttons.addStretch()

        self._panel = QWidget()
        self._panel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        column = QVBoxLayout(self._panel)
        column.setContentsMargins(40, 32, 40, 36)
        column.setSpacing(12)
        column.addWidget(self.icon)
        column.addSpacing(4)
        column.addWidget(headline)
        column.addWidget(self.explanation, alignment=Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(12)
        column.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addWidget(self._panel, alignment=Qt.AlignmentFlag.AlignCenter)

    def _request_sample(self) -> None:
        self.sample_requested.emit(sample_card_path())

    def paintEvent(self, event: QPaintEvent) -> None:
        """A dashed rounded outline around the content, the usual sign of a drop area."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.PlaceholderText), 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self._panel.geometry()).adjusted(1, 1, -1, -1), 14, 14)
        painter.end()
