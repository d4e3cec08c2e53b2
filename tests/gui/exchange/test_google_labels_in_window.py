"""File ▸ Export Contacts as Google CSV puts where the person was met in ``Labels``, as Google
Contacts shows an event: a label; importing that file back keeps the event, not a tag."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.exchange.csv_mapping_dialog import CsvMappingDialog
from cardkeeper.gui.exchange.export_dialog import ExportDialog
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.events import Events
from tests.gui.window_fixture import add_contacts, names, open_window


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def test_the_event_is_a_google_label_and_comes_back_as_the_event(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fair = Events(library).get_or_create("LogiMAT 2026")
    add_contacts(
        library,
        Contact(given_name="Anna", family_name="Koch", event_id=fair.id, tags=["logistics"]),
    )
    window = open_window(qtbot, library)
    out = tmp_path / "google.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(out), ""))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv-google"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, answer)
    window.contacts_files.export_contacts_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported"))
    with out.open(encoding="utf-8", newline="") as file:
        (row,) = csv.DictReader(file)
    assert row["Labels"] == "LogiMAT 2026 ::: logistics ::: * myContacts"

    with open_library(tmp_path / "elsewhere") as other:
        elsewhere = open_window(qtbot, other)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(out), ""))
        elsewhere.contacts_files.import_contacts_action.trigger()
        qtbot.waitUntil(lambda: elsewhere.findChild(CsvMappingDialog) is not None)
        elsewhere.findChild(CsvMappingDialog).accept()  # Google's columns, as it read them
        qtbot.waitUntil(lambda: names(elsewhere) == ["Anna Koch"])
        (anna,) = Contacts(other).list_contacts()
        assert anna.tags == ["logistics"], "the event's label is the event, not a tag"
        assert [event.name for event in Events(other).list_events()] == ["LogiMAT 2026"]
        elsewhere.close()
