"""The window's File menu for contacts files, sync and backup, on a real display and library."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import vobject
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cardkeeper.app.library_backup import restore
from cardkeeper.domain import Contact
from cardkeeper.gui.exchange.export_dialog import ExportDialog
from cardkeeper.gui.exchange.sync_dialog import SyncDialog
from cardkeeper.interop.vcard import VCardContact, contacts_to_vcf
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.events import Events
from tests.gui.window_fixture import add_contacts, names, open_window


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def test_back_up_library_writes_an_archive_that_restores(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_contacts(library, Contact(given_name="Anna", family_name="Koch"), Contact(given_name="Ben"))
    window = open_window(qtbot, library)
    chosen = tmp_path / "out" / "backup.zip"
    chosen.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(chosen), "CardKeeper backups (*.zip)")
    )

    window.exchange.backup_action.trigger()

    qtbot.waitUntil(window.exchange.backup_action.isEnabled)
    assert window.statusBar().currentMessage() == (
        f"Backed up 2 contacts and 0 card images to {chosen}."
    )
    restore(chosen, tmp_path / "restored", datetime.now(UTC))
    with open_library(tmp_path / "restored") as restored:
        assert sorted(c.given_name for c in Contacts(restored).list_contacts()) == ["Anna", "Ben"]


def test_a_backup_that_cannot_be_written_says_why(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, library)
    chosen = tmp_path / "no-such-folder" / "backup.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(chosen), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    window.exchange.backup_action.trigger()

    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].startswith(f"The backup could not be written to {chosen} (")
    assert window.exchange.backup_action.isEnabled()


def test_sync_with_server_opens_the_sync_window_for_this_library(
    qtbot: QtBot, library: Library
) -> None:
    window = open_window(qtbot, library)
    window.exchange.sync_action.trigger()
    dialog = window.findChild(SyncDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: "Not set up yet" in dialog.account_label.text())
    dialog.close()


def test_export_an_events_contacts_as_vcard_then_import_them_elsewhere(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fair = Events(library).get_or_create("LogiMAT")
    add_contacts(
        library,
        Contact(given_name="Anna", family_name="Koch", event_id=fair.id, emails=["anna@koch.de"]),
        Contact(given_name="Ben", family_name="Ode"),
    )
    window = open_window(qtbot, library)
    out = tmp_path / "logimat.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(out), ""))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.event_button.setChecked(True)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("vcf3"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, answer)
    window.contacts_files.export_contacts_action.trigger()

    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported"))
    assert window.statusBar().currentMessage() == f"Exported 1 contact to {out}."
    (card,) = vobject.readComponents(out.read_text(encoding="utf-8"))
    assert (card.fn.value, card.version.value) == ("Anna Koch", "3.0")

    with open_library(tmp_path / "elsewhere") as other:
        elsewhere = open_window(qtbot, other)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(out), ""))
        elsewhere.contacts_files.import_contacts_action.trigger()
        qtbot.waitUntil(lambda: names(elsewhere) == ["Anna Koch"])
        assert elsewhere.statusBar().currentMessage() == (
            "logimat.vcf: 1 added, 0 updated, 0 already in the library, 0 could not be read."
        )
        elsewhere.close()


def test_a_big_contacts_file_shows_its_progress_as_it_comes_in(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = [Contact(given_name=f"Person{n}", emails=[f"p{n}@example.com"]) for n in range(1200)]
    path = tmp_path / "everyone.vcf"
    path.write_bytes(contacts_to_vcf([VCardContact(p) for p in people], "4.0"))
    window = open_window(qtbot, library)
    seen: list[tuple[int, int]] = []
    bar = window.contacts_files.contacts_import_progress
    bar.valueChanged.connect(lambda value: seen.append((value, bar.maximum())))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))

    window.contacts_files.import_contacts_action.trigger()
    assert bar.isVisible()
    assert not window.contacts_files.import_contacts_action.isEnabled()
    qtbot.waitUntil(window.contacts_files.import_contacts_action.isEnabled, timeout=30_000)

    assert seen[-3:] == [(500, 1200), (1000, 1200), (1200, 1200)]
    assert not bar.isVisible()
    assert window.model.rowCount() == 1200
    assert window.statusBar().currentMessage() == (
        "everyone.vcf: 1200 added, 0 updated, 0 already in the library, 0 could not be read."
    )
