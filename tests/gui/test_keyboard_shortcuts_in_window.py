"""Help ▸ Keyboard Shortcuts (F1): every shortcut of the window's menus, read from the menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from cardkeeper.store.database import Library
from tests.gui.window_fixture import open_window

if TYPE_CHECKING:
    from cardkeeper.gui.shortcuts_window import ShortcutsWindow


def _listed(window: ShortcutsWindow) -> dict[str, dict[str, str]]:
    """Menu ▸ command ▸ keys, as the window shows them."""
    tree = window.tree
    return {
        tree.topLevelItem(i).text(0): {
            tree.topLevelItem(i).child(j).text(0): tree.topLevelItem(i).child(j).text(1)
            for j in range(tree.topLevelItem(i).childCount())
        }
        for i in range(tree.topLevelItemCount())
    }


def test_f1_lists_every_shortcut_of_the_menus(qtbot: QtBot, library: Library) -> None:
    window = open_window(qtbot, library)
    window.new_contact.new_contact_action.trigger()  # Edit ▸ Undo now names the step
    window.browser.table.setFocus()
    qtbot.keyClick(window.browser.table, Qt.Key.Key_F1)
    shown = window.help_menu.shortcuts_window
    assert shown is not None and shown.isVisible()
    assert shown.windowTitle() == "Keyboard Shortcuts"

    listed = _listed(shown)
    assert list(listed) == ["File", "Edit", "View", "Follow-ups", "Help"]
    assert listed["File"]["Import Photos"] == "Ctrl+I"
    assert listed["Edit"]["Undo"] == "Ctrl+Z"
    assert listed["Edit"]["Redo"] == "Ctrl+Shift+Z, Ctrl+Y"
    assert listed["Help"]["Keyboard Shortcuts"] == "F1, Ctrl+/"
    in_menus = [
        action
        for menu_action in window.menuBar().actions()
        if menu_action.menu() is not None
        for action in menu_action.menu().actions()  # type: ignore[union-attr]
        if isinstance(action, QAction) and action.shortcuts()
    ]
    assert sum(len(commands) for commands in listed.values()) == len(in_menus)
    assert all(
        action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        in {keys.split(", ")[0] for keys in (k for c in listed.values() for k in c.values())}
        for action in in_menus
    )

    qtbot.keyClick(shown.tree, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    window.help_menu.shortcuts_action.trigger()
    assert window.help_menu.shortcuts_window is shown, "one window, brought back"


def test_ctrl_slash_opens_it_too(qtbot: QtBot, library: Library) -> None:
    window = open_window(qtbot, library)
    qtbot.keyClick(window.browser.table, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    shown = window.help_menu.shortcuts_window
    assert shown is not None and shown.isVisible()
