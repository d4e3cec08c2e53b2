"""What the tray (or, without one, the status bar) says when follow-ups fall due."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from cardkeeper.gui.follow_up.tray_notice import TrayNotice, due_sentence


def test_the_sentence_names_one_two_or_the_first_and_a_count() -> None:
    assert due_sentence([]) == ""
    assert due_sentence(["Anna Koch"]) == "Anna Koch is due for a follow-up."
    assert due_sentence(["Anna Koch", ""]) == "Anna Koch and someone are due for a follow-up."
    assert due_sentence(["Anna Koch", "Uwe Bauer", "Sara Greco"]) == (
        "Anna Koch and 2 others are due for a follow-up."
    )


def test_without_a_tray_the_status_bar_says_it(qtbot: QtBot) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable(), "the tests run under Xvfb: no tray"
    window = QMainWindow()
    qtbot.add_widget(window)
    notice = TrayNotice(window)
    said = notice.announce(["Anna Koch"], 3)
    assert said == "Anna Koch is due for a follow-up."
    assert window.statusBar().currentMessage() == f"{said} Ctrl+U opens the queue."
