"""The column mapping asked before a CSV import, on its own and through the main window.

Files are real CSV files in tmp_path; the end-to-end test imports into a real
library and reads the contacts back from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.gui.exchange.csv_mapping_dialog import (
    DONT_IMPORT,
    FIELD_NAMES,
    SAMPLE_BYTES,
    CsvMappingDialog,
    read_sample,
)
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.interop.contacts_csv import CSV_FIELDS, contacts_to_csv
from cardkeeper.settings import Settings
from cardkeeper.store.contact_rows import list_contact_rows
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library

FAIR_LIST = (
    "Vorname;Nachname;Org;Mail;Cell #;Wo getroffen;Bemerkung\r\n"
    "Anna;Koch;Elbtal Software KG;anna@elbtal.de;040 1234567;LogiMAT;Lagerroboter\r\n"
    ";;;;;;\r\n"
    "Jürgen;Müller;Nordlicht Systeme;jm@nordlicht.de;0171 2345678;LogiMAT;\r\n"
    "Sara;Greco;;sara@greco.it;;;Fahrerlose Transportsysteme\r\n"
    "Tom;Berg;Berg & Söhne;tom@berg.de;;Hannover Messe;\r\n"
)
"""A fair's visitor list as Excel in Germany saves it: semicolons, German headers."""


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def _dialog(qtbot: QtBot, path: Path) -> CsvMappingDialog:
    dialog = CsvMappingDialog(read_sample(path))
    qtbot.add_widget(dialog)
    return dialog


def _fair_list(tmp_path: Path) -> Path:
    path = tmp_path / "besucher.csv"
    path.write_text(FAIR_LIST, encoding="utf-8")
    return path


def _choose(dialog: CsvMappingDialog, column: str, field: str) -> None:
    box = dialog.boxes[column]
    box.setCurrentIndex(box.findData(field))


def _mapping_asked(
    qtbot: QtBot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch
) -> CsvMappingDialog:
    """The mapping dialog File > Import Contacts opens for ``path`` in ``window``."""
    qtbot.add_widget(window)
    window.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))
    window.contacts_files.import_contacts_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(CsvMappingDialog) is not None)
    dialog = window.findChild(CsvMappingDialog)
    assert isinstance(dialog, CsvMappingDialog)
    return dialog


def test_each_column_shows_its_first_values_and_the_guessed_field(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, _fair_list(tmp_path))

    fields = {column: box.currentText() for column, box in dialog.boxes.items()}
    assert fields == {
        "Vorname": "Given name",
        "Nachname": "Family name",
        "Org": "Company",
        "Mail": "Email",
        "Cell #": "Mobile phone",
        "Wo getroffen": DONT_IMPORT,
        "Bemerkung": "Notes",
    }
    assert dialog.previews["Vorname"].text() == "Anna · Jürgen · Sara"
    assert dialog.previews["Cell #"].text() == "040 1234567 · 0171 2345678"
    assert dialog.previews["Wo getroffen"].text() == "LogiMAT · LogiMAT · Hannover Messe"
    assert dialog.mapping() == {
        "Vorname": "given_name",
        "Nachname": "family_name",
        "Org": "company",
        "Mail": "email",
        "Cell #": "phone_mobile",
        "Bemerkung": "notes",
    }
    assert not dialog.layout_note.isVisibleTo(dialog)
    assert dialog.import_button.isEnabled()


def test_changing_a_columns_field_changes_the_mapping(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, _fair_list(tmp_path))

    _choose(dialog, "Wo getroffen", "event")
    _choose(dialog, "Cell #", "phone_work")
    _choose(dialog, "Org", "")

    mapping = dialog.mapping()
    assert mapping["Wo getroffen"] == "event"
    assert mapping["Cell #"] == "phone_work"
    assert "Org" not in mapping
    assert dialog.import_mapping() == mapping


def test_import_is_disabled_while_no_column_is_imported(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Spalte A,Spalte B\nAnna Koch,+49 40 1234567\n", encoding="utf-8")
    dialog = _dialog(qtbot, path)
    dialog.show()

    assert dialog.mapping() == {}
    assert not dialog.import_button.isEnabled()
    assert dialog.hint.isVisible()
    assert "nothing would be imported" in dialog.hint.text()

    _choose(dialog, "Spalte A", "full_name")
    assert dialog.import_button.isEnabled()
    assert not dialog.hint.isVisible()

    _choose(dialog, "Spalte A", "")
    assert not dialog.import_button.isEnabled()


def test_the_fields_are_offered_under_their_names_and_by_keyboard(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, _fair_list(tmp_path))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    box = dialog.boxes["Vorname"]
    offered = [box.itemData(i) for i in range(box.count())]
    assert offered == ["", *CSV_FIELDS]
    assert set(FIELD_NAMES) == set(CSV_FIELDS)
    assert box.itemText(offered.index("phone_mobile")) == "Mobile phone"
    assert box.hasFocus()
    labels = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert labels["Bemerkung"] is dialog.boxes["Bemerkung"]
    assert labels["Import &as"] is box

    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert dialog.boxes["Nachname"].hasFocus()
    qtbot.keyClick(dialog.boxes["Nachname"], Qt.Key.Key_Up)
    assert dialog.mapping()["Nachname"] == "middle_name"


def test_a_google_export_is_named_and_read_as_google_means_it(qtbot: QtBot, tmp_path: Path) -> None:
    contact = Contact(
        given_name="Anna",
        family_name="Koch",
        phones=[Phone(PhoneKind.MOBILE, "+491711234567")],
        needs_review=False,
    )
    path = tmp_path / "contacts.csv"
    path.write_bytes(contacts_to_csv([contact], "google"))
    dialog = _dialog(qtbot, path)

    assert dialog.layout_note.isVisibleTo(dialog)
    assert dialog.layout_note.text().startswith("This looks like a Google Contacts export.")
    assert dialog.boxes["First Name"].currentData() == "given_name"
    assert dialog.import_mapping() is None  # left as guessed: Google's own reading

    _choose(dialog, "Notes", "")
    assert dialog.import_mapping() == dialog.mapping()
    assert "Notes" not in dialog.mapping()


def test_only_the_start_of_a_big_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = "".join(f"Person {n},person{n}@example.org\n" for n in range(20_000))
    path.write_text("Name,Email\n" + rows, encoding="utf-8")
    assert path.stat().st_size > 4 * SAMPLE_BYTES

    sample = read_sample(path)

    assert sample.header == ["Name", "Email"]
    assert sample.values == {
        "Name": ["Person 0", "Person 1", "Person 2"],
        "Email": ["person0@example.org", "person1@example.org", "person2@example.org"],
    }


@pytest.mark.parametrize(
    ("encoding", "straddling", "bytes_before_the_cut"),
    [("utf-8", "ü", 1), ("utf-16", "😀", 2)],  # a 2-byte UTF-8 letter, a UTF-16 surrogate pair
)
def test_a_big_file_cut_inside_a_character_keeps_its_headers(
    tmp_path: Path, encoding: str, straddling: str, bytes_before_the_cut: int
) -> None:
    path = tmp_path / "gross.csv"
    text = "Vorname;Straße\nJürgen;Hauptstraße 1\n" + "x;y\n" * (SAMPLE_BYTES // 16)
    while len(text.encode(encoding)) < SAMPLE_BYTES - bytes_before_the_cut:
        text += "x"
    assert len(text.encode(encoding)) == SAMPLE_BYTES - bytes_before_the_cut
    path.write_bytes((text + straddling + ";Köln\n").encode(encoding))

    sample = read_sample(path)

    assert sample.header == ["Vorname", "Straße"]
    assert sample.values["Straße"][0] == "Hauptstraße 1"


def test_a_csv_with_its_own_headers_is_imported_as_the_user_mapped_it(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(library, Settings(default_phone_region="DE"))
    dialog = _mapping_asked(qtbot, window, _fair_list(tmp_path), monkeypatch)
    qtbot.waitUntil(dialog.isVisible)
    assert not window.contacts_files.import_contacts_action.isEnabled()
    _choose(dialog, "Cell #", "phone_work")
    _choose(dialog, "Wo getroffen", "event")
    _choose(dialog, "Bemerkung", "interested_in")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(window.contacts_files.import_contacts_action.isEnabled)
    assert window.statusBar().currentMessage() == (
        "besucher.csv: 4 added, 0 updated, 0 already in the library, 0 could not be read."
    )
    assert window.model.all_count() == 4
    saved = {c.family_name: c for c in Contacts(library).list_contacts()}
    anna = saved["Koch"]
    assert (anna.given_name, anna.company, anna.emails) == (
        "Anna",
        "Elbtal Software KG",
        ["anna@elbtal.de"],
    )
    assert [(p.kind, p.number) for p in anna.phones] == [(PhoneKind.WORK, "+49401234567")]
    assert anna.interested_in == "Lagerroboter"
    assert saved["Greco"].interested_in == "Fahrerlose Transportsysteme"
    assert saved["Berg"].company == "Berg & Söhne"
    events = {row.name: row.event_name for row in list_contact_rows(library)}
    assert events == {
        "Anna Koch": "LogiMAT",
        "Jürgen Müller": "LogiMAT",
        "Sara Greco": "",
        "Tom Berg": "Hannover Messe",
    }


def test_cancelling_the_mapping_imports_nothing(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(library, Settings())
    dialog = _mapping_asked(qtbot, window, _fair_list(tmp_path), monkeypatch)
    dialog.reject()

    assert window.contacts_files.import_contacts_action.isEnabled()
    assert Contacts(library).count() == 0
