"""Help ▸ Keyboard Shortcuts: every shortcut of the window, read from its menus when shown.

The list is built from the menu bar's actions each time the window opens, not
written out here, so a command added, renamed or given another key shows as
it is: the list cannot go stale. A command whose text tells its state (Edit ▸
Undo names the step it takes back) gives its lasting name in the action's
:data:`SHORTCUT_NAME` property.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

SHORTCUT_NAME = "shortcutName"
"""The action property naming a command whose menu text changes (``"Undo"``)."""


class ShortcutsWindow(QDialog):
    """The shortcuts of ``menu_bar``'s menus, menu by menu, in menu order; not modal, so it can
    stay open beside the window while the user learns the keys.

    Signals: none.
    """

    def __init__(self, menu_bar: QMenuBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self._menu_bar = menu_bar
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(440, 560)

    def refresh(self) -> None:
        """Read the menus again: what the list shows is what they say now."""
        self.tree.clear()
        for entry in self._menu_bar.actions():
            menu = entry.menu()
            if not isinstance(menu, QMenu):
                continue
            rows = [_row(action) for action in _with_keys(menu)]
            if not rows:
                continue
            heading = QTreeWidgetItem([_plain(entry.text())])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.addChildren(rows)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
        self.tree.expandAll()


def _with_keys(menu: QMenu) -> list[QAction]:
    """The menu's commands that have a key, submenus' included, in menu order."""
    found: list[QAction] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _with_keys(submenu)
        elif not action.isSeparator() and action.shortcuts():
            found.append(action)
    return found


def _row(action: QAction) -> QTreeWidgetItem:
    keys = ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )
    name = action.property(SHORTCUT_NAME)
    row = QTreeWidgetItem([name if isinstance(name, str) else _plain(action.text()), keys])
    row.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return row


def _plain(text: str) -> str:
    """A menu text as a sentence shows it: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
