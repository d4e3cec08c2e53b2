"""A menu item as every menu of the window makes it, whichever feature adds it.

One place for the look of a command: its icon from the theme, and a tooltip
that tells the shortcut (toolbar buttons show it), so menus built by the
features read alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from cardkeeper.gui.common.icons import icon as icon_named


def menu_action(
    text: str,
    icon: str,
    shortcut: str,
    slot: Callable[[], object],
    menu: QMenu,
    *,
    parent: QObject,
) -> QAction:
    action = QAction(icon_named(icon), text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(
            f"{text.replace('&', '').rstrip('…')} "
            f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
    action.triggered.connect(slot)
    menu.addAction(action)
    return action
