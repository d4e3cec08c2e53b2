"""A menu item as every menu of the window makes it, whichever feature adds it.

One place for the look of a command: its icon from the theme, and a tooltip
that tells the shortcut (toolbar buttons show it), so menus built by the
features read alike; and the commands whose shortcut works from every window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

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


class ApplicationShortcuts(QObject):
    """Makes ``actions`` (commands that open a window or act on the whole library) answer
    their shortcut from every window of the application and from inside text fields.

    Qt asks the focused widget first (a ShortcutOverride event), and a line edit claims
    the Unix line-editing keys Ctrl+U (delete the line) and Ctrl+K (delete to its end),
    which are also Follow-ups and Scan. As in Thunderbird and Google Contacts, the menu's
    shortcut wins; a field keeps every key no such command uses (copy, paste, undo…).

    Signals: none.
    """

    def __init__(self, actions: Sequence[QAction], parent: QObject) -> None:
        super().__init__(parent)
        self._actions = list(actions)
        for action in self._actions:
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        if any(action.isEnabled() and pressed in action.shortcuts() for action in self._actions):
            event.ignore()  # not the field's: the shortcut map gets the key
            return True
        return False
