"""The steps of one sequence as an editable table: wait, window, channel, template, what to do.

Steps are numbered by their row; moving a row renumbers them, as the store
does when it saves them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cardkeeper.domain import Channel, SequenceStep
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP
from cardkeeper.wording import translate

Index = QModelIndex | QPersistentModelIndex

STEP, AFTER, WINDOW, BUSINESS, CHANNEL, TEMPLATE, REASON = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Step"),
    QT_TRANSLATE_NOOP("headers", "After"),
    QT_TRANSLATE_NOOP("headers", "Window"),
    QT_TRANSLATE_NOOP("headers", "Business days"),
    QT_TRANSLATE_NOOP("headers", "Channel"),
    QT_TRANSLATE_NOOP("headers", "Template"),
    QT_TRANSLATE_NOOP("headers", "What to do"),
)
TOOLTIPS = (
    QT_TRANSLATE_NOOP("SequenceStepsModel", "Steps run in this order"),
    QT_TRANSLATE_NOOP(
        "SequenceStepsModel",
        "Days to wait after the previous step is done (after meeting, for the first step)",
    ),
    QT_TRANSLATE_NOOP("SequenceStepsModel", "Days after that on which the step is still on time"),
    QT_TRANSLATE_NOOP("SequenceStepsModel", "Count only Monday to Friday"),
    QT_TRANSLATE_NOOP("SequenceStepsModel", "How to reach them"),
    QT_TRANSLATE_NOOP("SequenceStepsModel", "The email drafted for this step"),
    QT_TRANSLATE_NOOP("SequenceStepsModel", "Shown in the queue so you know what this step is for"),
)
NO_TEMPLATE = -1
"""The edit value of the Template column for a step without a template."""

CHANNEL_NAMES = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("SequenceStepsModel", "Email"),
    Channel.CALL: QT_TRANSLATE_NOOP("SequenceStepsModel", "Call"),
    Channel.MEETING: QT_TRANSLATE_NOOP("SequenceStepsModel", "Meeting"),
    Channel.OTHER: QT_TRANSLATE_NOOP("SequenceStepsModel", "Other"),
}


class SequenceStepsModel(QAbstractTableModel):
    """Editable steps; :meth:`set_steps` replaces them, :meth:`steps` reads them back."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._steps: list[SequenceStep] = []
        self._templates: dict[int, str] = {}

    def set_steps(self, steps: Sequence[SequenceStep]) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self.endResetModel()

    def set_templates(self, templates: dict[int, str]) -> None:
        """Template names by id, for the Template column."""
        self._templates = dict(templates)
        if self._steps:
            self.dataChanged.emit(
                self.index(0, TEMPLATE), self.index(len(self._steps) - 1, TEMPLATE)
            )

    def templates(self) -> dict[int, str]:
        return dict(self._templates)

    def steps(self) -> list[SequenceStep]:
        """The steps in table order, numbered 1, 2, 3…"""
        return [replace(step, step=n) for n, step in enumerate(self._steps, start=1)]

    def add_step(self, after: int) -> int:
        """A new step after row ``after`` (-1: at the end), a week after the one before it."""
        position = len(self._steps) if after < 0 else after + 1
        self.beginInsertRows(QModelIndex(), position, position)
        self._steps.insert(position, SequenceStep(step=position + 1, delay_days=7, window_days=2))
        self.endInsertRows()
        self._renumbered(position)
        return position

    def remove_step(self, row: int) -> None:
        if not 0 <= row < len(self._steps):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._steps[row]
        self.endRemoveRows()
        self._renumbered(row)

    def move_step(self, row: int, by: int) -> int:
        """Move row ``row`` up (-1) or down (+1); returns where it is now."""
        target = row + by
        if not (0 <= row < len(self._steps) and 0 <= target < len(self._steps)) or by == 0:
            return row
        destination = target + 1 if by > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._steps.insert(target, self._steps.pop(row))
        self.endMoveRows()
        self._renumbered(min(row, target))
        return target

    def _renumbered(self, first: int) -> None:
        if first < len(self._steps):
            self.dataChanged.emit(self.index(first, STEP), self.index(len(self._steps) - 1, STEP))

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("headers", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(TOOLTIPS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == BUSINESS:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() != STEP:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), step, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(step, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == BUSINESS:
            return Qt.CheckState.Checked if step.business_days else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == REASON and step.reason:
            return step.reason
        return None

    def _display(self, row: int, step: SequenceStep, column: int) -> str:
        if column == STEP:
            return str(row + 1)
        if column == AFTER:
            days = step.delay_days
            return (
                translate("SequenceStepsModel", "%n business day(s)", None, days)
                if step.business_days
                else translate("SequenceStepsModel", "%n day(s)", None, days)
            )
        if column == WINDOW:
            return self.tr("on the day") if step.window_days == 0 else f"+{step.window_days}"
        if column == CHANNEL:
            return self.tr(CHANNEL_NAMES[step.channel])
        if column == TEMPLATE:
            if step.template_id is None:
                return self.tr("(none)")
            return self._templates.get(step.template_id, self.tr("(deleted)"))
        if column == REASON:
            return step.reason
        return ""

    def _edit_value(self, step: SequenceStep, column: int) -> Any:
        if column == AFTER:
            return step.delay_days
        if column == WINDOW:
            return step.window_days
        if column == CHANNEL:
            return str(step.channel)
        if column == TEMPLATE:
            return NO_TEMPLATE if step.template_id is None else step.template_id
        if column == REASON:
            return step.reason
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return False
        step = self._steps[index.row()]
        column = index.column()
        changed: SequenceStep | None = None
        if role == Qt.ItemDataRole.CheckStateRole and column == BUSINESS:
            changed = replace(step, business_days=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role == Qt.ItemDataRole.EditRole:
            changed = _edited(step, column, value)
        if changed is None:
            return False
        self._steps[index.row()] = changed
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1))
        return True


def _edited(step: SequenceStep, column: int, value: Any) -> SequenceStep | None:
    if column in (AFTER, WINDOW):
        if not isinstance(value, int) or value < 0:
            return None
        if column == AFTER:
            return replace(step, delay_days=value)
        return replace(step, window_days=value)
    if column == CHANNEL and value in {str(channel) for channel in Channel}:
        return replace(step, channel=Channel(value))
    if column == TEMPLATE and isinstance(value, int):
        return replace(step, template_id=None if value == NO_TEMPLATE else value)
    if column == REASON and isinstance(value, str):
        return replace(step, reason=" ".join(value.split()))
    return None


def timeline(steps: Sequence[SequenceStep]) -> str:
    """When each step falls if each is done on its day: "day 1–2, day 7–9, day 21–30"."""
    day = 0
    parts = []
    for step in steps:
        day += step.delay_days
        span = f"{day}–{day + step.window_days}" if step.window_days else f"{day}"
        parts.append(
            (
                QCoreApplication.translate("SequenceStepsModel", "business day {span}")
                if step.business_days
                else QCoreApplication.translate("SequenceStepsModel", "day {span}")
            ).format(span=span)
        )
    return ", ".join(parts)
