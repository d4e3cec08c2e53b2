"""Snoozing: tomorrow, next week, or a day picked on a calendar.

Each choice says its date, so nobody has to work out which Monday "next
week" is. A picked day must come after today (the calendar does not offer
earlier ones; the rule itself is ``follow_through.snooze``'s).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.domain import FollowUp
from cardkeeper.gui.common.translation import day_text


def tomorrow(today: date) -> date:
    return today + timedelta(days=1)


def next_week(today: date) -> date:
    """The coming Monday, as calendar apps mean "next week"; on a Sunday the one after.

    On a Sunday the coming Monday is tomorrow, which the Tomorrow choice
    already offers: two choices meaning one day would leave nothing to choose.
    """
    days = 7 - today.weekday()
    return today + timedelta(days=days + 7 if days == 1 else days)


def short_date(day: date) -> str:
    return day_text(day, QCoreApplication.translate("snooze_menu", "ddd d MMM"))


def with_next_step(sentence: str, next_step: FollowUp | None) -> str:
    """``sentence``, then what comes next: "… Next, offer something on Tue 17 Mar."."""
    if next_step is None:
        return sentence
    reason = next_step.reason or QCoreApplication.translate("snooze_menu", "the next step")
    return QCoreApplication.translate("snooze_menu", "{sentence} Next, {step} on {day}.").format(
        sentence=sentence, step=reason[:1].lower() + reason[1:], day=short_date(next_step.due)
    )


class SnoozeMenu(QMenu):
    """Signals: ``chosen(object)`` — snooze until this ``date``; ``pick_requested()``."""

    chosen = Signal(object)
    pick_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SnoozeMenu", "&Snooze"), parent)
        self._today = date.min
        self.tomorrow_action = QAction(self.tr("&Tomorrow"), self)
        self.next_week_action = QAction(self.tr("Next &Week"), self)
        self.pick_action = QAction(self.tr("&Pick a Date…"), self)
        self.tomorrow_action.triggered.connect(lambda: self.chosen.emit(tomorrow(self._today)))
        self.next_week_action.triggered.connect(lambda: self.chosen.emit(next_week(self._today)))
        self.pick_action.triggered.connect(self.pick_requested)
        for action in (self.tomorrow_action, self.next_week_action, self.pick_action):
            self.addAction(action)

    def set_today(self, today: date) -> None:
        """Label the choices with the days they mean, counted from ``today``."""
        self._today = today
        self.tomorrow_action.setText(
            self.tr("&Tomorrow ({day})").format(day=short_date(tomorrow(today)))
        )
        self.next_week_action.setText(
            self.tr("Next &Week ({day})").format(day=short_date(next_week(today)))
        )


class PickDateDialog(QDialog):
    """A calendar starting tomorrow; read :meth:`day` after ``exec()``."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze Until"))
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumDate(_qdate(tomorrow(today)))
        self.calendar.setSelectedDate(_qdate(next_week(today)))
        self.calendar.setGridVisible(False)
        days = self.calendar.findChild(QWidget, "qt_calendar_calendarview")  # what Tab reaches
        assert days is not None
        days.setAccessibleName(self.tr("Snooze until"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Show this follow-up again on:")))
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def day(self) -> date:
        chosen = self.calendar.selectedDate()
        return date(chosen.year(), chosen.month(), chosen.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
