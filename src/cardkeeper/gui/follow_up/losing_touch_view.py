"""The people drifting away: no email, call, meeting or note for longer than a chosen time.

Read when the tab is first shown and whenever the period changes or
something was logged, off the GUI thread (it looks at every contact).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.gui.common.clock import Clock
from cardkeeper.gui.common.library_jobs import LibraryJobs
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP
from cardkeeper.gui.follow_up.losing_touch_model import (
    LAST_CONTACT,
    NAME,
    SILENT_FOR,
    LosingTouchModel,
    Row,
)
from cardkeeper.store.activities import Activities
from cardkeeper.store.database import Library

PERIODS = (
    (QT_TRANSLATE_NOOP("LosingTouchView", "a month"), 30),
    (QT_TRANSLATE_NOOP("LosingTouchView", "3 months"), 91),
    (QT_TRANSLATE_NOOP("LosingTouchView", "6 months"), 182),
    (QT_TRANSLATE_NOOP("LosingTouchView", "a year"), 365),
)
DEFAULT_PERIOD = 1
"""Three months: long enough for a busy season, short enough to still be remembered."""


class LosingTouchView(QWidget):
    """Signals: ``selection_changed()``; ``activated()`` — a double click on a person;
    ``failed(str)`` — the list could not be read, and why.
    """

    selection_changed = Signal()
    activated = Signal()
    failed = Signal(str)

    def __init__(self, jobs: LibraryJobs, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._clock = clock
        self._stale = True
        self.period_box = QComboBox()
        for text, days in PERIODS:
            self.period_box.addItem(self.tr(text), days)
        self.period_box.setCurrentIndex(DEFAULT_PERIOD)
        self.period_box.currentIndexChanged.connect(self.refresh)
        label = QLabel(self.tr("No contact for &more than"))
        label.setBuddy(self.period_box)
        self.model = LosingTouchModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the list
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("People you are losing touch with"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(LAST_CONTACT, 160)
        header.resizeSection(SILENT_FOR, 140)
        header.setStretchLastSection(False)
        self.table.selectionModel().currentRowChanged.connect(self.selection_changed)
        self.table.doubleClicked.connect(self.activated)
        self._empty = QLabel()
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setEnabled(False)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self._empty)

        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.period_box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self._stack, 1)

    def days(self) -> int:
        return int(self.period_box.currentData())

    def current_contact(self) -> int | None:
        return self.model.contact_id(self.table.currentIndex())

    def mark_stale(self) -> None:
        """Something was logged: read again when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        before = self._clock.now() - timedelta(days=self.days())
        self._jobs.run(lambda library: _drifting(library, before), self._show, self.failed.emit)

    def _show(self, rows: list[Row]) -> None:
        current = self.current_contact()
        self.model.set_rows(rows, self._clock.today())
        self._empty.setText(
            self.tr("No one has gone without contact for more than {period}.").format(
                period=self.period_box.currentText()
            )
        )
        self._stack.setCurrentIndex(0 if rows else 1)
        ids = [row[0] for row in rows]
        if rows:
            position = ids.index(current) if current in ids else 0
            self.table.selectionModel().setCurrentIndex(
                self.model.index(position, NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.selection_changed.emit()


def _drifting(library: Library, before: datetime) -> list[Row]:
    return Activities(library).losing_touch(before)
