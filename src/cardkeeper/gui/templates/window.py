"""Templates and Sequences: the window where the user shapes what the follow-ups say and when.

Two tabs over one queue of library work: the template editor with its live
preview, and the sequence editor. Closing with unsaved changes asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from cardkeeper.domain import Sender
from cardkeeper.gui.common.clock import Clock
from cardkeeper.gui.common.library_jobs import LibraryJobs
from cardkeeper.gui.templates.editor import TemplateEditor
from cardkeeper.gui.templates.sequence_editor import SequenceEditor


class TemplatesWindow(QMainWindow):
    """Signals: ``changed()`` — a template or sequence was saved, added or deleted."""

    changed = Signal()

    def __init__(
        self,
        folder: Path,
        sender: Callable[[], Sender],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Templates and Sequences"))
        self.jobs = LibraryJobs(folder, self)
        self.templates = TemplateEditor(self.jobs, sender, clock)
        self.sequences = SequenceEditor(self.jobs)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.templates, self.tr("&Templates"))
        self.tabs.addTab(self.sequences, self.tr("Se&quences"))
        self.setCentralWidget(self.tabs)
        self.templates.changed.connect(self._templates_changed)
        self.sequences.changed.connect(self.changed)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        self.resize(1240, 760)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.templates.load()
            self.sequences.load()

    def _templates_changed(self) -> None:
        self.sequences.load()  # the steps' template names
        self.changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.templates.confirm_leave() and self.sequences.confirm_leave():
            super().closeEvent(event)
        else:
            event.ignore()
