"""File ▸ Restore from Backup on a real library, with real backups and wrong files.

The backup is made with the app layer's ``back_up``; the window restores it
and must then show the backup's contacts, with the library it replaced kept
in a folder beside it.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cardkeeper.app.library_backup import back_up
from cardkeeper.domain import Contact
from cardkeeper.gui.library.contacts_model import NAME
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.settings import Settings
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from tests.gui.follow_up_data import FixedClock

KEPT_SUFFIX = "-before-restore-20260310-090000"
"""The kept folder's dated name at FixedClock's moment (09:00 UTC on 10 March 2026)."""


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def _window(qtbot: QtBot, library: Library) -> MainWindow:
    window = MainWindow(library, Settings(), clock=FixedClock())
    qtbot.add_widget(window)
    window.show()
    return window


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return sorted(model.index(row, NAME).data() for row in range(model.rowCount()))


def _choose(monkeypatch: pytest.MonkeyPatch, archive: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(archive), ""))


def _confirmation(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)))
    return next(box for box in window.findChildren(QMessageBox) if box.isVisible())


def _kept_folders(data_dir: Path) -> list[Path]:
    return sorted(data_dir.parent.glob(f"{data_dir.name}-before-restore-*"))


def test_restoring_shows_the_backups_contacts_and_keeps_the_library_it_replaced(
    qtbot: QtBot,
    library: Library,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = Contacts(library)
    anna = store.save_new_contact(Contact(given_name="Anna", family_name="Koch"))
    store.save_new_contact(Contact(given_name="Ben", family_name="Ode"))
    archive = tmp_path / "backup.zip"
    back_up(library, archive, FixedClock().now())
    changed = store.get_contact(anna)
    assert changed is not None
    changed.family_name = "Schulz"
    store.update_contact(changed)
    store.save_new_contact(Contact(given_name="Chiara", family_name="Neri"))
    window = _window(qtbot, library)
    assert _names(window) == ["Anna Schulz", "Ben Ode", "Chiara Neri"]
    _choose(monkeypatch, archive)

    window.exchange.restore_action.trigger()
    box = _confirmation(qtbot, window)
    kept = data_dir.with_name(data_dir.name + KEPT_SUFFIX)
    assert box.text() == "Replace the library open now with the one in backup.zip?"
    assert "holds 2 contacts and 0 card images" in box.informativeText()
    assert f"kept aside in the folder “{kept.name}”, next to it in {data_dir.parent}." in (
        box.informativeText()
    )
    restore_button = next(b for b in box.buttons() if b.text() == "&Restore")
    restore_button.click()

    qtbot.waitUntil(window.exchange.restore_action.isEnabled)
    assert window.statusBar().currentMessage() == (
        f"Restored 2 contacts and 0 card images from backup.zip; "
        f"the library it replaced is kept in {kept}."
    )
    assert _names(window) == ["Anna Koch", "Ben Ode"]
    assert window.pane.contact().given_name in {"Anna", "Ben"}
    assert window.library.folder == data_dir
    assert window.undo_stack.count() == 0
    assert _kept_folders(data_dir) == [kept]
    with open_library(kept) as old:
        names = sorted(c.display_name for c in Contacts(old).list_contacts())
    assert names == ["Anna Schulz", "Ben Ode", "Chiara Neri"]

    # The window works on the restored library: a new contact lands there.
    Contacts(window.library).save_new_contact(Contact(given_name="Dora"))
    with open_library(data_dir) as restored:
        assert Contacts(restored).count() == 3


def test_cancelling_the_confirmation_changes_nothing(
    qtbot: QtBot, library: Library, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Contacts(library).save_new_contact(Contact(given_name="Anna"))
    archive = tmp_path / "backup.zip"
    back_up(library, archive, FixedClock().now())
    Contacts(library).save_new_contact(Contact(given_name="Ben"))
    window = _window(qtbot, library)
    _choose(monkeypatch, archive)

    window.exchange.restore_action.trigger()
    box = _confirmation(qtbot, window)
    box.button(QMessageBox.StandardButton.Cancel).click()

    qtbot.waitUntil(window.exchange.restore_action.isEnabled)
    assert window.library is library
    assert _names(window) == ["Anna", "Ben"]
    assert _kept_folders(data_dir) == []


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"PK\x03\x04 cut short", "{name} is not a CardKeeper backup, or it was cut short; "),
        ({"notes.txt": b"hello"}, "{name} is not a CardKeeper backup; nothing was changed."),
    ],
    ids=["not-a-zip", "someone-elses-zip"],
)
def test_a_wrong_file_says_why_in_one_sentence_and_keeps_the_library_open(
    qtbot: QtBot,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes | dict[str, bytes],
    sentence: str,
) -> None:
    Contacts(library).save_new_contact(Contact(given_name="Anna"))
    data_dir = library.folder
    archive = data_dir.parent / "backup.zip"
    if isinstance(content, bytes):
        archive.write_bytes(content)
    else:
        with zipfile.ZipFile(archive, "w") as written:
            for member, data in content.items():
                written.writestr(member, data)
    window = _window(qtbot, library)
    _choose(monkeypatch, archive)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    window.exchange.restore_action.trigger()

    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].startswith(sentence.format(name="backup.zip"))
    assert shown[0].count(".") == 2  # "backup.zip" and the one full stop
    assert window.exchange.restore_action.isEnabled()
    assert window.library is library
    assert Contacts(library).count() == 1  # still open
    assert _names(window) == ["Anna"]
    assert _kept_folders(data_dir) == []


def test_a_backup_with_a_damaged_database_leaves_the_library_as_it_was(
    qtbot: QtBot, library: Library, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It passes the first check, so the library is let go of; restoring it fails, and the
    same library is opened again."""
    Contacts(library).save_new_contact(Contact(given_name="Anna"))
    archive = tmp_path / "damaged.zip"
    manifest = {"format": "CardKeeper library backup", "format_version": 1, "schema_version": 1}
    with zipfile.ZipFile(archive, "w") as written:
        written.writestr("backup.json", json.dumps(manifest))
        written.writestr("library.sqlite3", b"SQLite format 3\x00" + b"x" * 500)
    window = _window(qtbot, library)
    _choose(monkeypatch, archive)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    window.exchange.restore_action.trigger()
    box = _confirmation(qtbot, window)
    next(b for b in box.buttons() if b.text() == "&Restore").click()

    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [shown[0]]
    assert shown[0].startswith("damaged.zip holds a library that cannot be opened: ")
    assert window.exchange.restore_action.isEnabled()
    assert _names(window) == ["Anna"]
    assert window.library.folder == data_dir
    assert Contacts(window.library).count() == 1
    assert _kept_folders(data_dir) == []
    assert sorted(p.name for p in data_dir.parent.iterdir() if p.name.startswith(".")) == []


def test_restoring_waits_for_an_open_draft(
    qtbot: QtBot, library: Library, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Contacts(library).save_new_contact(Contact(given_name="Anna", emails=["anna@koch.de"]))
    window = _window(qtbot, library)
    window.select_contact(window.model.contact_row(0).id)
    window.follow_ups.draft_action.trigger()
    assert window.follow_ups.drafts
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: pytest.fail("not asked"))

    window.exchange.restore_action.trigger()

    assert shown == ["Send or close the email drafts before restoring a backup."]
    assert window.library is library
    assert _kept_folders(data_dir) == []
    window.follow_ups.drafts[0].reject()
