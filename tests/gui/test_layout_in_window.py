"""The window laid out from a 1024×700 laptop up to a 4K screen, as a user after a fair has it.

A dozen-odd cards from one fair, a few still to review, at the sizes of a
small laptop, a desktop monitor and a 4K screen: nothing the user needs to read
or click may be cut, wrapped out of shape or pushed into the toolbar's "»".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.library.contacts_model import HEADERS, TITLE
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from tests.card_files import write_scan
from tests.gui.window_fixture import add_contacts, finish_import, open_window

FAIR = "Web Summit 2026, Lisbon"
PEOPLE = (
    ("Charlotte Pemberton", "Ironbridge Software PLC", "Senior Account Manager"),
    ("Olivia Harris", "Lumen Health Pty Ltd", "Chief Financial Officer"),
    ("Maximilian Schwarzenberger", "Nordlicht Systeme GmbH", "Head of Business Development"),
    ("Sara Greco", "Greco Automazione S.r.l.", "Direttrice Commerciale"),
    ("Anna Koch", "Elbtal Software KG", "Head of Logistics"),
)


def _fair_library(library: Library) -> None:
    """Contacts met at the fair with long names, companies and titles, some reviewed."""
    event = Events(library).get_or_create(FAIR)
    add_contacts(
        library,
        *(
            Contact(
                full_name=name,
                company=company,
                title=title,
                event_id=event.id,
                needs_review=index % 2 == 0,
            )
            for index, (name, company, title) in enumerate(PEOPLE * 3)
        ),
    )


def _at(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    QApplication.processEvents()


def _sidebar_cut(window: MainWindow) -> list[str]:
    """The sidebar's items whose text does not fit the width the sidebar shows."""
    sidebar = window.browser.sidebar
    visible = sidebar.viewport().width()
    cut: list[str] = []

    def check(index: QModelIndex, depth: int) -> None:
        for row in range(sidebar.model().rowCount(index)):
            child = sidebar.model().index(row, 0, index)
            needed = sidebar.sizeHintForIndex(child).width() + depth * sidebar.indentation()
            if needed > visible:
                cut.append(f"{child.data()} ({needed} > {visible} px)")
            check(child, depth + 1)

    check(QModelIndex(), 0)
    return cut


def _columns_cut(window: MainWindow) -> list[str]:
    """The list's columns too narrow for a value they show, or beyond the list's right edge."""
    table = window.browser.table
    header = table.horizontalHeader()
    cut: list[str] = []
    for column, title in enumerate(HEADERS):
        width = header.sectionSize(column)
        if header.sectionViewportPosition(column) + width > table.viewport().width():
            cut.append(f"{title} (past the edge)")
        for row in range(table.model().rowCount()):
            needed = table.sizeHintForIndex(table.model().index(row, column)).width()
            if needed > width:
                cut.append(
                    f"{title}: {table.model().index(row, column).data()} ({needed} > {width})"
                )
                break
    return cut


def _lines(label: QLabel) -> int:
    return round(label.height() / label.fontMetrics().lineSpacing())


def _squeezed(widget: QWidget) -> list[str]:
    """The buttons and check boxes in ``widget`` shown narrower than their text needs."""
    return [
        button.text()
        for button in widget.findChildren(QAbstractButton)
        if button.isVisible() and button.width() < button.sizeHint().width()
    ]


@pytest.mark.parametrize("language", ["English", "German"])
def test_the_window_fits_a_small_laptop_a_desktop_and_a_4k_screen(
    qtbot: QtBot, library: Library, tmp_path: Path, language: str, request: pytest.FixtureRequest
) -> None:
    """German's longer words too: "Vorderseite", "Wörter anklicken oder überstreichen…"."""
    if language == "German":
        request.getfixturevalue("german")
    QSettings("CardKeeper", "window-state").clear()  # a new user's first start
    window = open_window(qtbot, library, current_event=FAIR)
    window.importing.start_import([write_scan(tmp_path, 3)[0]])
    finish_import(qtbot, window)
    (scanned,) = [contact.id for contact in Contacts(library).list_contacts()]
    assert scanned is not None
    _fair_library(library)
    window.reload_contacts()

    problems: list[str] = []
    for width, height in ((1024, 700), (1600, 1000), (3840, 2160)):
        _at(qtbot, window, width, height)
        window.select_contact(scanned)  # a new card, with the "New card." banner
        QApplication.processEvents()
        size = f"{width}×{height}"
        problems += [f"{size}: sidebar cuts {item}" for item in _sidebar_cut(window)]
        pane = window.pane
        view = pane.card.view
        shown = round(view.sceneRect().width() * view.transform().m11())
        if shown < 380:
            problems.append(f"{size}: the card shows {shown} px wide")
        hint = pane.card._picked
        if hint.fontMetrics().horizontalAdvance(hint.text()) > hint.contentsRect().width():
            problems.append(f"{size}: the hint under the card is cut")
        problems += [f"{size}: the card's {text!r} is cut" for text in _squeezed(pane.card)]
        if _lines(pane._review_text) > 2:
            problems.append(f"{size}: the New card bar takes {_lines(pane._review_text)} lines")
        if width >= 1600:
            problems += [f"{size}: column {column}" for column in _columns_cut(window)]
    assert problems == [], "\n".join(problems)


SAID = {
    "English": (Qt.Key.Key_M, "&Undo Delete"),
    "German": (Qt.Key.Key_K, "&Rückgängig 1 Kontakt"),
}
"""Per language: the Alt letter of *Met at*, and how the Undo item starts after a delete."""


@pytest.mark.parametrize("language", SAID)
def test_met_at_stays_in_sight_when_the_undo_label_grows(
    qtbot: QtBot, library: Library, language: str, request: pytest.FixtureRequest
) -> None:
    """German's longer labels ("Mit Kamera scannen", "Kennengelernt bei:") too."""
    if language == "German":
        request.getfixturevalue("german")
    met_at_key, undo = SAID[language]
    first, _second = add_contacts(
        library,
        Contact(full_name="Anna Koch", needs_review=False),
        Contact(full_name="Uwe Bauer", needs_review=False),
    )
    window = open_window(qtbot, library)
    for width, height in ((1280, 800), (1024, 700)):
        _at(qtbot, window, width, height)
        window.select_contact(first)
        window.browser.table.setFocus()
        qtbot.keyClick(window.browser.table, Qt.Key.Key_Delete)
        assert window.undo_action.text().startswith(undo)
        QApplication.processEvents()

        field = window.importing.event_field
        assert field.isVisible(), f"{width}: Met at went into the toolbar's »"
        toolbar = window.findChild(QToolBar, "mainToolbar")
        assert toolbar is not None
        assert toolbar.rect().contains(field.geometry()), width
        qtbot.keyClick(window, met_at_key, Qt.KeyboardModifier.AltModifier)
        assert field.hasFocus() and field.isVisible(), width
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_a_column_the_user_widens_stays_as_wide(qtbot: QtBot, library: Library) -> None:
    QSettings("CardKeeper", "window-state").clear()
    _fair_library(library)
    window = open_window(qtbot, library)
    header = window.browser.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(TITLE) > 140)  # fitted to the titles
    fitted = header.sectionSize(TITLE)
    edge = QPoint(header.sectionViewportPosition(TITLE) + fitted - 1, header.height() // 2)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(header.viewport(), edge + QPoint(60, 0))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(60, 0))
    widened = header.sectionSize(TITLE)
    assert widened > fitted + 40

    window.reload_contacts()  # as after a sync
    qtbot.wait(50)
    assert header.sectionSize(TITLE) == widened
    window.close()
    again = open_window(qtbot, library)
    qtbot.wait(50)
    assert again.browser.table.horizontalHeader().sectionSize(TITLE) == widened
