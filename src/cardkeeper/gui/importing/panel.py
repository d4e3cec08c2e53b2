"""The slim bar at the bottom of the main window while an import runs: how far, which file, Cancel.

An import of a few hundred photos takes minutes; the bar keeps the window
usable meanwhile and says at a glance how far it has got, instead of a modal
progress dialog that would block the contacts the user is already reviewing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.gui.importing.job import ImportJob


class _MiddleElidedLabel(QLabel):
    """A file name shortened in the middle to fit, so both its start and its number show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_text = ""
        # Ignored: a long name must never widen the window; it is elided instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full_text = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(
            metrics.elidedText(self._full_text, Qt.TextElideMode.ElideMiddle, self.width())
        )


class ImportPanel(QWidget):
    """Shows one :class:`ImportJob` at a time; hidden until :meth:`attach`, and again once done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: ImportJob | None = None
        self.title = QLabel(self.tr("Importing cards"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setFixedWidth(220)
        self.progress_bar.setFormat(self.tr("%v of %m"))
        self.current_file = _MiddleElidedLabel()
        self.current_file.setMinimumWidth(120)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop after the cards being read now; those are kept (Esc)")
        )
        self.cancel_button.clicked.connect(self.cancel)
        # A rule on top sets the bar apart from the list above it, like a status bar.
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(8)
        row.addWidget(self.title)
        row.addWidget(self.progress_bar)
        row.addWidget(self.current_file, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rule)
        layout.addLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    def attach(self, job: ImportJob) -> None:
        """Follow ``job`` until it finishes; call before ``job.start()`` so no signal is missed.

        One import at a time: the window starts the next one after ``finished``.
        """
        self._job = job
        job.progress.connect(self._show_progress)
        job.finished.connect(self._finished)
        self.title.setText(self.tr("Importing cards"))
        self.progress_bar.setRange(0, 0)  # busy, until the folders are walked
        self.current_file.set_full_text(self.tr("Looking for card photos…"))
        self.current_file.setToolTip("")
        self.cancel_button.setEnabled(True)
        self.show()

    def cancel(self) -> None:
        """Cancel the import; saying so at once, since the cards in hand take a moment."""
        if self._job is None or not self.cancel_button.isEnabled():
            return
        self._job.cancel()
        self.cancel_button.setEnabled(False)
        self.title.setText(self.tr("Cancelling…"))
        self.current_file.set_full_text(self.tr("the cards already read are kept"))
        self.current_file.setToolTip("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def _finished(self) -> None:
        self._job = None
        self.hide()

    def _show_progress(self, done: int, total: int, current: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if not self.cancel_button.isEnabled():
            return
        self.current_file.set_full_text(
            Path(current).name if current else self.tr("Reading the first cards…")
        )
        self.current_file.setToolTip(current)
