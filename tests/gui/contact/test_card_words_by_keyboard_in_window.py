"""Picking words on the business card from the keyboard alone, in the main window (Xvfb, a real
library): Tab to the card, move a visible focus mark from word to word with the arrow keys, pick
with Space and Shift+arrows, and use the picked words as a field from the "Use as…" menu opened
with the Menu key, Shift+F10 or Enter; Escape unpicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.common.palette import dark_palette
from cardkeeper.gui.contact.card_view import CardView
from cardkeeper.gui.library.contacts_model import COMPANY
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.store.card_images import ImageData, ScannedSide
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tests.gui.contact.test_card_view import FRONT, draw_card
from tests.gui.window_fixture import open_window


def save_anna(library: Library, tmp_path: Path) -> int:
    """Anna Berger with the reader's words on her card; her company was misread."""
    path = tmp_path / "front.png"
    stored = draw_card(path, (700, 400), FRONT, "#fbfaf7")
    side = ScannedSide(
        flattened=ImageData(path.read_bytes(), 700, 400),
        words=[s.word for s in stored],
        word_fields={i: s.field for i, s in enumerate(stored) if s.field},
    )
    contact = Contact(full_name="Anna Berger", title="Managing Director", company="Eibtal Sofware")
    return Contacts(library).save_new_contact(contact, [side])


def tab_to_card(qtbot: QtBot, window: MainWindow) -> CardView:
    """Press Tab from the search box until the business card has the focus."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for _press in range(60):
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused.accessibleName() == "Business card":
            assert isinstance(focused, CardView)
            return focused
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reaches the business card")


def open_menu(qtbot: QtBot, view: QWidget, key: Qt.Key, shift: bool = False) -> QMenu:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(view, key, modifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def focused_text(view: CardView) -> str:
    """The word the focus mark is on; the card's words are saved in FRONT's order, reversed."""
    current = view.current_word()
    assert current is not None, "a word has the keyboard focus"
    return [word for line in FRONT for word in line.text.split()][::-1][current]


def test_the_company_is_picked_on_the_card_and_used_from_the_keyboard(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    anna = save_anna(library, tmp_path)
    window = open_window(qtbot, library)
    window.select_contact(anna)
    view = tab_to_card(qtbot, window)

    # Tab puts the focus mark on the first word, "Anna"; Down goes to the line below.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_text() == "Elbtal Software"

    menu = open_menu(qtbot, view, Qt.Key.Key_Menu)
    assert [a.text() for a in menu.actions()][:3] == ["&Name", "&Title", "&Company"]
    qtbot.keyClick(menu, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: not menu.isVisible())

    company = window.pane.form.findChild(QWidget, "company")
    assert company is not None and company.text() == "Elbtal Software"  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: Contacts(library).get_contact(anna).company == "Elbtal Software"  # type: ignore[union-attr]
    )
    qtbot.waitUntil(lambda: window.model.index(0, COMPANY).data() == "Elbtal Software")
    assert view.selected_indexes() == [], "the words are unpicked once used"
    assert view.hasFocus(), "the focus is back on the card for the next field"


def test_shift_f10_enter_and_escape_on_the_card(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    anna = save_anna(library, tmp_path)
    window = open_window(qtbot, library)
    window.select_contact(anna)
    view = tab_to_card(qtbot, window)

    # Shift+F10 with nothing picked picks the focused word, as a right click does.
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert focused_text(view) == "Dresden"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert focused_text(view) == "Königsbrücker"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert focused_text(view) == "Elbtal", "the nearest word on the line above"
    menu = open_menu(qtbot, view, Qt.Key.Key_F10, shift=True)
    assert view.selected_text() == "Elbtal"
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())

    # Escape unpicks; Enter opens the menu only while words are picked.
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_indexes() == []
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.selected_indexes() == [], "Space picks and unpicks"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    menu = open_menu(qtbot, view, Qt.Key.Key_Return)
    qtbot.keyClick(menu, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert window.pane.form.contact().notes == "Director"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_focus_mark_shows_only_while_the_card_has_the_focus(
    qtbot: QtBot, library: Library, tmp_path: Path, scheme: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(dark_palette() if scheme == "dark" else QPalette())
    try:
        anna = save_anna(library, tmp_path)
        window = open_window(qtbot, library)
        window.select_contact(anna)
        view = tab_to_card(qtbot, window)
        qtbot.keyClick(view, Qt.Key.Key_Down)
        marked = view.viewport().grab().toImage()
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert not view.hasFocus()
        unmarked = view.viewport().grab().toImage()
        assert mark_pixels(marked, unmarked, view) >= 40
    finally:
        app.setPalette(before)


def mark_pixels(marked: QImage, unmarked: QImage, view: CardView) -> int:
    """Pixels drawn in the highlight colour with the mark that were not without it."""
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    count = 0
    for y in range(marked.height()):
        for x in range(marked.width()):
            with_mark = marked.pixelColor(x, y)
            if with_mark == unmarked.pixelColor(x, y):
                continue
            if (
                max(
                    abs(with_mark.red() - highlight.red()),
                    abs(with_mark.green() - highlight.green()),
                    abs(with_mark.blue() - highlight.blue()),
                )
                < 40
            ):
                count += 1
    return count
