"""After an import: one sentence on how it went, and the files that need the user's eye.

Cards that were added need nothing here (they are in the review inbox); the
files that could not be read, the cards that look like someone already in
the library, those not added because they were there already and those the
reader has a note on (no card outline found) are listed with the reason, so
the user can retake a photo or check the match. Errors
that belong to a file stay on that file's row instead of one popup per file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.import_cards import ImportResult
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP
from cardkeeper.gui.importing.job import ImportSummary

Index = QModelIndex | QPersistentModelIndex

FILE, WHAT_HAPPENED = range(2)
HEADERS = (QT_TRANSLATE_NOOP("headers", "File"), QT_TRANSLATE_NOOP("headers", "What happened"))
TABLE_MIN_WIDTH = 720
"""Wide enough for a camera file name and most reasons on one line beside it."""


class ImportProblemsModel(QAbstractTableModel):
    """One row per file to look at: its name and what happened; the full path in the tooltips."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportResult] = []

    def set_rows(self, results: Sequence[ImportResult]) -> None:
        self.beginResetModel()
        self._rows = list(results)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return result.where if index.column() == FILE else result.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                str(result.path) if index.column() == FILE else f"{result.message}\n{result.path}"
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("headers", HEADERS[section])
        return None


class ImportSummaryDialog(QDialog):
    """The headline, then the files that failed and those matched; Close, and Copy List.

    Show it with ``open()``: it is window-modal without blocking the caller,
    and deletes itself when closed.
    """

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(_title(summary))
        self.headline = QLabel(summary.headline())
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)

        self._rows = summary.to_look_at()
        self.problems = ImportProblemsModel(self)
        self.problems.set_rows(self._rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._table: QTableView | None = None
        if self.problems.rowCount():
            self._table = self._make_table()
            layout.addWidget(self._table)
        if summary.failed:
            copy = buttons.addButton(self.tr("Copy List"), QDialogButtonBox.ButtonRole.ActionRole)
            copy.setToolTip(
                self.tr("Copy each file's full path and what happened, one file a line")
            )
            copy.clicked.connect(self.copy_list)
        layout.addWidget(buttons)
        # Focus on Close, not on the list: Enter or Esc dismisses, no row looks selected.
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def copy_list(self) -> None:
        """Tab-separated lines, so the list pastes into a spreadsheet or a note as it is."""
        text = "\n".join(
            f"{r.path}{f' ({r.where})' if r.card else ''}\t{r.message}" for r in self._rows
        )
        QApplication.clipboard().setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the dialog to the wrapped reasons, now that the columns have their real widths.

        Before the first show the reason column is narrow and would wrap each
        reason into a tall row; this runs before the window is on screen.
        """
        super().showEvent(event)
        if self._table is not None and not event.spontaneous():
            self._table.resizeRowsToContents()
            self.adjustSize()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the list
        table.setAccessibleName(self.tr("What happened to each file"))
        table.setModel(self.problems)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT_HAPPENED, QHeaderView.ResizeMode.Stretch)
        table.setMinimumWidth(TABLE_MIN_WIDTH)
        # As tall as its rows, so a list of two does not float in empty space.
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        return table


def _title(summary: ImportSummary) -> str:
    if summary.error:
        return QCoreApplication.translate("summary", "Import stopped")
    if summary.cancelled:
        return QCoreApplication.translate("summary", "Import cancelled")
    return QCoreApplication.translate("summary", "Import finished")
