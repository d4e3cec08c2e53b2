"""Opening a library an older CardKeeper made: updated off the GUI thread, with a dialog that
says so while it takes longer than a moment, and its failures told as any open's are."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from cardkeeper.errors import LibraryError
from cardkeeper.gui.library_upgrade import open_library_showing_upgrade
from cardkeeper.postal import split_address
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import DATABASE_FILE_NAME, needs_upgrade, open_library
from cardkeeper.store.migrate import latest_version, migrate, migrations, schema_version

BERLIN = "Hauptstraße 5\n10115 Berlin\nGermany"


def _library_before_parts(folder: Path, count: int) -> None:
    """A library as the version before address parts left it, ``count`` contacts in Berlin."""
    (parts,) = [m.version for m in migrations() if m.name.endswith("_address_parts.sql")]
    folder.mkdir()
    connection = sqlite3.connect(folder / DATABASE_FILE_NAME, isolation_level=None)
    migrate(connection, up_to=parts - 1)
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO contacts (id, full_name, address, created_at, updated_at)"
        " VALUES (?, ?, ?, '2024-04-22T10:00:00+00:00', '2024-04-22T10:00:00+00:00')",
        [(n, f"Person {n}", BERLIN) for n in range(1, count + 1)],
    )
    connection.execute("COMMIT")
    connection.close()


class DialogsSeen:
    """What upgrade dialogs were on screen, looked for every few milliseconds."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._look)
        self._timer.start(5)

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                self.texts.append(widget.labelText())

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def dialogs(qtbot: QtBot) -> Iterator[DialogsSeen]:
    seen = DialogsSeen()
    yield seen
    seen.stop()


def test_an_older_library_is_updated_with_a_dialog_saying_so(
    tmp_path: Path, dialogs: DialogsSeen
) -> None:
    folder = tmp_path / "library"
    _library_before_parts(folder, 3000)
    assert needs_upgrade(folder)

    with open_library_showing_upgrade(folder, show_after_ms=0) as library:
        assert schema_version(library.connection) == latest_version()
        found = Contacts(library).get_contact(3000)
        assert found is not None and found.address_parts == split_address(BERLIN)
        assert Contacts(library).search("10115")[:1] == [3000]

    assert dialogs.texts
    assert dialogs.texts[0].startswith("Updating your library for this version of CardKeeper")
    assert not any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert not needs_upgrade(folder)


def test_a_quick_update_shows_no_dialog(tmp_path: Path, dialogs: DialogsSeen) -> None:
    folder = tmp_path / "library"
    _library_before_parts(folder, 3)

    with open_library_showing_upgrade(folder) as library:  # half a second before the dialog
        assert schema_version(library.connection) == latest_version()

    assert dialogs.texts == []


def test_a_current_or_new_library_opens_as_before(tmp_path: Path, dialogs: DialogsSeen) -> None:
    folder = tmp_path / "library"
    assert not needs_upgrade(folder)  # none yet: it is made
    with open_library_showing_upgrade(folder, show_after_ms=0) as library:
        assert schema_version(library.connection) == latest_version()
    assert not needs_upgrade(folder)
    with open_library_showing_upgrade(folder, show_after_ms=0):
        pass
    assert dialogs.texts == []


def test_a_failed_update_is_raised_with_its_sentence_and_the_dialog_goes(
    tmp_path: Path, dialogs: DialogsSeen
) -> None:
    """A damaged page far from the header: found by the check the update runs first."""
    folder = tmp_path / "library"
    _library_before_parts(folder, 3000)
    database = folder / DATABASE_FILE_NAME
    with database.open("r+b") as file:
        file.seek(4096 * 20)
        file.write(b"\xff" * 4096 * 4)
    assert needs_upgrade(folder)

    with pytest.raises(LibraryError, match="is damaged"):
        open_library_showing_upgrade(folder, show_after_ms=0)

    assert not any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    with pytest.raises(LibraryError, match="is damaged"):
        open_library(folder)  # nothing was changed by the attempt
