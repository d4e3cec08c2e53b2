"""The Review Inbox's unread dot in the sidebar: there while cards wait, gone once none do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.store.database import Library
from tests.gui.window_fixture import add_contacts, open_window


def _inbox_icon_has_badge(window: MainWindow) -> bool:
    """Whether the Review Inbox row's icon, as painted, holds any of the badge's blue."""
    sidebar = window.browser.sidebar
    model = sidebar.model()
    row = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if str(model.index(r, 0).data()).startswith("Review Inbox")
    )
    return _has_badge(row.data(Qt.ItemDataRole.DecorationRole))


def _toolbar_icon_has_badge(window: MainWindow) -> bool:
    return _has_badge(window.library_actions.review_action.icon())


def _has_badge(icon: QIcon) -> bool:
    image = icon.pixmap(32, 32).toImage()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 200 and pixel.blue() > 180 and pixel.red() < 120:  # #2f7de1
                return True
    return False


def test_an_empty_review_inbox_shows_no_badge(qtbot: QtBot, library: Library) -> None:
    add_contacts(library, Contact(full_name="Anna Koch", needs_review=False))
    window = open_window(qtbot, library)
    qtbot.waitUntil(lambda: window.browser.sidebar.model().index(0, 0).data() != "All Contacts")
    assert not _inbox_icon_has_badge(window)
    assert not _toolbar_icon_has_badge(window)


def test_cards_to_review_show_the_badge(qtbot: QtBot, library: Library) -> None:
    add_contacts(library, Contact(full_name="Anna Koch", needs_review=True))
    window = open_window(qtbot, library)
    qtbot.waitUntil(lambda: window.browser.sidebar.model().index(1, 0).data() == "Review Inbox (1)")
    assert _inbox_icon_has_badge(window)
    assert _toolbar_icon_has_badge(window)
