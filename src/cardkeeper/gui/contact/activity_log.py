"""A contact's activity in the contact pane: what comes next, what happened, and logging more.

Type what happened (or nothing) and press Log Call, Log Meeting or Add
Note; calls and meetings also reset "last contacted". Draft Email opens the
draft of the contact's next follow-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.domain import Activity, ActivityKind, FollowUp
from cardkeeper.gui.contact.activity_model import ActivityModel


class ActivityLog(QWidget):
    """Signals: ``log_requested(object, str)`` — log an :class:`ActivityKind` with this detail;
    ``draft_requested()`` — draft an email to this contact.
    """

    log_requested = Signal(object, str)
    draft_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ActivityModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        size = self.fontMetrics().height() * 3 // 2
        self.list.setIconSize(QSize(size, size))
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Activity"))
        self.detail_field = QLineEdit()
        self.detail_field.setPlaceholderText(
            self.tr("What happened? e.g. “Agreed on a demo next week”")
        )
        self.detail_field.setClearButtonEnabled(True)
        self.detail_field.setAccessibleName(self.tr("What happened"))
        self.call_button = QPushButton(self.tr("Log Call"))
        self.meeting_button = QPushButton(self.tr("Log Meeting"))
        self.note_button = QPushButton(self.tr("Add Note"))
        self.draft_button = QPushButton(self.tr("Draft Email…"))
        self.call_button.clicked.connect(lambda: self._log(ActivityKind.CALLED))
        self.meeting_button.clicked.connect(lambda: self._log(ActivityKind.MET))
        self.note_button.clicked.connect(lambda: self._log(ActivityKind.NOTE))
        self.draft_button.clicked.connect(self.draft_requested)
        self.detail_field.textChanged.connect(self._update_buttons)
        self.detail_field.returnPressed.connect(self.log_note)

        buttons = QHBoxLayout()
        for button in (self.call_button, self.meeting_button, self.note_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.draft_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail_field)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_history(
        self, activities: Sequence[Activity], follow_ups: Sequence[FollowUp], today: date
    ) -> None:
        self.model.set_history(activities, follow_ups, today)

    def count(self) -> int:
        return self.model.rowCount()

    def _log(self, kind: ActivityKind) -> None:
        detail = " ".join(self.detail_field.text().split())
        if kind == ActivityKind.NOTE and not detail:
            return
        self.log_requested.emit(kind, detail)
        self.detail_field.clear()
        self.detail_field.setFocus()  # ready for the next thing to jot down

    def log_note(self) -> None:
        """Enter in the text adds it as a note: the common case of jotting something down."""
        self._log(ActivityKind.NOTE)

    def _update_buttons(self) -> None:
        self.note_button.setEnabled(bool(self.detail_field.text().strip()))
