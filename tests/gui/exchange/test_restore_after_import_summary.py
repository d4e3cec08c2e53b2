"""Restore from Backup later in a session that showed an import summary and the follow-up queue.

A summary dialog deletes itself when closed, and letting go of the library
closes the windows the features keep; a feature that still points at a
dialog Qt has deleted made the restore raise halfway (the progress dialog
then stayed up) and closing the window raise again. Here a real import of a
file that is not a photo shows the summary, the queue is opened, a real
backup is restored and the window closed; any exception in a slot fails the
test (pytest-qt), and every wait has a timeout so a hang fails too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from cardkeeper.app.library_backup import back_up
from cardkeeper.domain import Contact
from cardkeeper.gui.importing.summary import ImportSummaryDialog
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from tests.gui.follow_up_data import FixedClock
from tests.gui.window_fixture import finish_import, names, open_window_on

RESTORE_TIMEOUT_MS = 10_000
"""A restore of two contacts takes well under a second; the report took 20 s and more."""


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def _summary(qtbot: QtBot, window: MainWindow) -> ImportSummaryDialog:
    def shown() -> list[ImportSummaryDialog]:
        return [d for d in window.findChildren(ImportSummaryDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    return shown()[0]


def _restore(
    qtbot: QtBot, window: MainWindow, archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(archive), ""))
    window.exchange.restore_action.trigger()

    def box() -> QMessageBox | None:
        return next((b for b in window.findChildren(QMessageBox) if b.isVisible()), None)

    qtbot.waitUntil(lambda: box() is not None)
    confirmation = box()
    assert confirmation is not None
    next(b for b in confirmation.buttons() if b.text() == "&Restore").click()
    qtbot.waitUntil(window.exchange.restore_action.isEnabled, timeout=RESTORE_TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: not any(p.isVisible() for p in window.findChildren(QProgressDialog)),
        timeout=RESTORE_TIMEOUT_MS,
    )


@pytest.mark.parametrize("summary_closed", [True, False], ids=["summary-closed", "summary-open"])
def test_restore_after_an_import_summary_and_the_queue_then_closing_the_window(
    qtbot: QtBot,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    summary_closed: bool,
) -> None:
    Contacts(library).save_new_contact(Contact(given_name="Anna", family_name="Koch"))
    archive = tmp_path / "backup.zip"
    back_up(library, archive, FixedClock().now())
    Contacts(library).save_new_contact(Contact(given_name="Ben", family_name="Ode"))
    window = open_window_on(qtbot, library, FixedClock())
    notes = tmp_path / "agenda.txt"
    notes.write_text("not a card photo")

    window.importing.start_import([notes])
    finish_import(qtbot, window)
    summary = _summary(qtbot, window)
    if summary_closed:
        summary.reject()
        qtbot.waitUntil(lambda: not shiboken6.isValid(summary))  # it deletes itself on close
    window.follow_ups.open_queue()
    queue = window.follow_ups.queue_window
    assert queue is not None
    qtbot.waitUntil(queue.isVisible)

    _restore(qtbot, window, archive, monkeypatch)

    assert window.statusBar().currentMessage().startswith("Restored 1 contact ")
    assert sorted(names(window)) == ["Anna Koch"]
    assert not [d for d in window.findChildren(ImportSummaryDialog) if d.isVisible()]
    window.follow_ups.open_queue()  # the queue opens again, on the restored library
    reopened = window.follow_ups.queue_window
    assert reopened is not None
    qtbot.waitUntil(reopened.isVisible)

    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not reopened.isVisible()


def test_a_feature_failing_to_let_go_leaves_no_progress_up_and_the_library_open(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever bug a feature's ``let_go`` has, the window is not left behind a progress
    dialog that nothing will close (the report's 20 s and more)."""
    Contacts(library).save_new_contact(Contact(given_name="Anna", family_name="Koch"))
    archive = tmp_path / "backup.zip"
    back_up(library, archive, FixedClock().now())
    window = open_window_on(qtbot, library, FixedClock())

    def broken() -> None:
        raise RuntimeError("a bug in letting go")

    monkeypatch.setattr(window.importing, "let_go", broken)
    with qtbot.captureExceptions() as raised:
        _restore(qtbot, window, archive, monkeypatch)

    assert [str(error) for _kind, error, _trace in raised] == ["a bug in letting go"]
    assert Contacts(window.library).count() == 1  # still open, still the same
    assert names(window) == ["Anna Koch"]
