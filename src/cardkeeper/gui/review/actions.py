"""The review's keys and menu items: Edit ▸ Accept Card, Delete and Crop and Rotate…, and Enter."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.contact.pane import ContactPane
from cardkeeper.gui.review.flow import ReviewFlow


class ReviewActions(QObject):
    """Accept Card (Ctrl+Return or Ctrl+Enter, enabled while the card shown needs review),
    Delete (to the trash), and Enter, which accepts from wherever the user is checking the
    card."""

    def __init__(
        self,
        flow: ReviewFlow,
        pane: ContactPane,
        list_view: QWidget,
        edit_menu: QMenu,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._flow = flow
        self._pane = pane
        self._list_view = list_view
        self.accept_action = menu_action(
            self.tr("&Accept Card"),
            "dialog-ok",
            "Ctrl+Return",
            flow.accept_current,
            edit_menu,
            parent=parent,
        )
        # Ctrl+Enter too (the keypad's): accepts from every field, multi-line ones included.
        self.accept_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.delete_action = menu_action(
            self.tr("&Delete"), "edit-delete", "", flow.delete_selected, edit_menu, parent=parent
        )
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        # Delete in a text field deletes text: the shortcut only acts in the list and on the card.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        list_view.addAction(self.delete_action)
        pane.card.addAction(self.delete_action)
        flow.acceptable.connect(self.accept_action.setEnabled)
        edit_menu.addSeparator()
        edit_menu.addAction(pane.card.crop_action)

        # Enter accepts the card under review from the list, the card and its fields (in a
        # multi-line box it starts a new line); the search and event boxes keep their own.
        self._enter_action = QAction(parent)
        self._enter_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self._enter_action.triggered.connect(self._enter_pressed)
        self._enter_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        list_view.addAction(self._enter_action)
        pane.addAction(self._enter_action)

    def _enter_pressed(self) -> None:
        focus = self._pane.window().focusWidget()
        if focus is self._pane.activity.detail_field:
            self._pane.activity.log_note()
        elif isinstance(focus, QPlainTextEdit | QTextEdit):
            focus.insertPlainText("\n")
        elif self.accept_action.isEnabled():
            self._flow.accept_current()
        elif focus is self._list_view:
            self._pane.form.setFocus(Qt.FocusReason.OtherFocusReason)
