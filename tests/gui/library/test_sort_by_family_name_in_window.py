"""Sorting the list by name goes by family name, whatever title comes first (issue 17, item 13)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.library.contacts_model import NAME
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.store.database import Library
from tests.gui.window_fixture import add_contacts, names, open_window


@pytest.fixture(autouse=True)
def _newest_first(_isolated_folders: None) -> None:
    """Qt keeps its settings path for the whole process: an earlier test's sort would linger.

    After ``_isolated_folders``, so that it is never the user's own window state.
    """
    QSettings("CardKeeper", "window-state").clear()


def test_clicking_the_name_header_sorts_by_family_name_without_titles(
    qtbot: QtBot, library: Library
) -> None:
    add_contacts(
        library,
        Contact(full_name="Drs. Anna Zeeman", needs_review=False),
        Contact(full_name="Ing. Bernd Alt", needs_review=False),
        Contact(full_name="Prof. Dr. Carla Meier, PhD", needs_review=False),
        # A structured name (vCard N) says which part is the family name.
        Contact(
            full_name="Dr. Pieter de Vries",
            prefix="Dr.",
            given_name="Pieter",
            family_name="de Vries",
            needs_review=False,
        ),
        Contact(full_name="Emil Brandt", needs_review=False),
        Contact(full_name="Anton Brandt", needs_review=False),
    )
    window = open_window(qtbot, library)
    header = window.browser.table.horizontalHeader()
    name_header = QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)

    assert names(window) == [
        "Ing. Bernd Alt",
        "Anton Brandt",
        "Emil Brandt",
        "Prof. Dr. Carla Meier, PhD",
        "Dr. Pieter de Vries",
        "Drs. Anna Zeeman",
    ]


def _view_menu_item(qtbot: QtBot, window: MainWindow, text: str) -> tuple[QMenu, QAction]:
    """The View menu, open on screen, and its item ``text``."""
    [view] = [a.menu() for a in window.menuBar().actions() if a.text() == "&View"]
    assert isinstance(view, QMenu)
    view.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitExposed(view)
    [item] = [a for a in view.actions() if a.text() == text]
    return view, item


def test_view_menu_sorts_by_family_name_and_back_to_newest_first(
    qtbot: QtBot, library: Library
) -> None:
    add_contacts(
        library,
        Contact(full_name="Drs. Anna Zeeman", needs_review=False),
        Contact(full_name="Ing. Bernd Alt", needs_review=False),
        Contact(full_name="Carla Meier", needs_review=False),
    )
    window = open_window(qtbot, library)
    assert names(window) == ["Carla Meier", "Ing. Bernd Alt", "Drs. Anna Zeeman"]

    view, by_name = _view_menu_item(qtbot, window, "Sort by &Family Name")
    assert not by_name.isChecked()
    view.setActiveAction(by_name)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert names(window) == ["Ing. Bernd Alt", "Carla Meier", "Drs. Anna Zeeman"]

    view, by_added = _view_menu_item(qtbot, window, "Sort by &Date Added")
    assert by_name.isChecked() and not by_added.isChecked()
    view.setActiveAction(by_added)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert names(window) == ["Carla Meier", "Ing. Bernd Alt", "Drs. Anna Zeeman"]
    view, by_added = _view_menu_item(qtbot, window, "Sort by &Date Added")
    assert by_added.isChecked() and not by_name.isChecked()
    view.close()
