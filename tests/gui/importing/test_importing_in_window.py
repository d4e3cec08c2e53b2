"""The window's File ▸ Import Photos, drops and the toolbar's event, on a real display and library.

Cards are generated images read by the real Tesseract; drops are real drag
and drop events carrying file URLs; every change goes to the SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.importing.summary import WHAT_HAPPENED, ImportSummaryDialog
from cardkeeper.gui.library.sidebar import REVIEW
from cardkeeper.interop.vcard import VCardContact, contacts_to_vcf
from cardkeeper.store.contact_rows import list_contact_rows
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from tests.card_files import write_desk_photo, write_scan, write_sheet
from tests.gui.window_fixture import IMPORT_TIMEOUT_MS, drop, finish_import, names, open_window


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def test_dropping_photos_and_a_folder_imports_them_for_review(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    trip = tmp_path / "trip"
    scan_path, scan_truth = write_scan(trip, 3)
    desk_path, desk_truth = write_desk_photo(tmp_path / "loose", 21)
    (trip / "notes.txt").write_text("inside a folder: not a photo, passed over")
    notes = tmp_path / "agenda.txt"
    notes.write_text("dropped by name: reported")
    window = open_window(qtbot, library, current_event="Web Summit 2026, Lisbon")

    drop(window, [trip, desk_path, notes])
    assert window.importing.panel.isVisible()
    summary = finish_import(qtbot, window)

    assert window.browser.sidebar.current_choice() == REVIEW
    shown = names(window)
    assert sorted(shown) == sorted([scan_truth.name, desk_truth.name])
    assert not window.importing.panel.isVisible()
    assert [r.path.name for r in summary.failed] == ["agenda.txt"]  # type: ignore[attr-defined]
    saved = Contacts(library).list_contacts()
    assert {c.emails[0] for c in saved} == {scan_truth.emails[0], desk_truth.emails[0]}
    events = {row.event_name for row in list_contact_rows(library)}
    assert events == {"Web Summit 2026, Lisbon"}
    assert scan_path.exists()


def test_cancel_keeps_the_cards_already_read(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    photos = tmp_path / "stack"
    for seed in range(10):
        write_desk_photo(photos, seed)
    window = open_window(qtbot, library)
    window.importing.start_import([photos])
    job = window.importing.current_import()
    assert job is not None
    # Cancel the moment the first card is saved, as a user clicking Cancel would.
    job.item_done.connect(lambda _result: window.importing.panel.cancel())
    with qtbot.waitSignal(job.finished, timeout=IMPORT_TIMEOUT_MS) as finished:
        pass
    summary = finished.args[0]
    assert summary.cancelled
    kept = Contacts(library).count()
    assert 1 <= kept < 10
    assert kept == len(summary.added)
    assert window.model.all_count() == kept


def test_the_sample_card_of_the_empty_library_imports(qtbot: QtBot, library: Library) -> None:
    window = open_window(qtbot, library)
    qtbot.mouseClick(window.browser.empty_state.sample_button, Qt.MouseButton.LeftButton)
    finish_import(qtbot, window)
    assert names(window) == ["Nora Whitfield"]
    assert not window.browser.empty_state.isVisible()
    assert window.pane.contact().company == "Harbor & Finch Design"


def test_the_event_typed_in_the_toolbar_is_kept_and_given_to_imported_cards(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    from cardkeeper.settings import load_settings

    photo, _truth = write_scan(tmp_path, 5)
    window = open_window(qtbot, library)
    window.importing.event_field.setFocus()
    qtbot.keyClicks(window.importing.event_field, "CES 2026, Las Vegas")
    qtbot.keyClick(window.importing.event_field, Qt.Key.Key_Return)
    assert load_settings().current_event == "CES 2026, Las Vegas"

    window.importing.start_import([photo])
    finish_import(qtbot, window)
    assert {row.event_name for row in list_contact_rows(library)} == {"CES 2026, Las Vegas"}


def test_a_dropped_contacts_file_comes_in_as_contacts(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "From My Phone.vcf"
    path.write_bytes(contacts_to_vcf([VCardContact(Contact(given_name="Ines"))], "4.0"))
    window = open_window(qtbot, library)

    drop(window, [path])

    qtbot.waitUntil(lambda: names(window) == ["Ines"])
    assert window.importing.current_import() is None  # not read as a card photo
    qtbot.waitUntil(window.contacts_files.import_contacts_action.isEnabled)


def test_the_same_photo_imported_twice_is_added_once_and_the_window_says_so(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    photo, truth = write_scan(tmp_path, 3)
    window = open_window(qtbot, library)
    window.importing.start_import([photo])
    assert len(finish_import(qtbot, window).added) == 1  # type: ignore[attr-defined]

    window.importing.start_import([photo])
    summary = finish_import(qtbot, window)

    assert summary.headline() == (  # type: ignore[attr-defined]
        "No cards were imported; 1 was already in your library."
    )
    assert window.statusBar().currentMessage() == summary.headline()  # type: ignore[attr-defined]
    dialog = window.findChild(ImportSummaryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.headline.text() == summary.headline()  # type: ignore[attr-defined]
    assert dialog.problems.index(0, WHAT_HAPPENED).data() == (
        f"Not added: this card was imported before, as {truth.name}."
    )
    assert Contacts(library).count() == 1
    assert names(window) == [truth.name]


def test_a_photo_of_four_cards_becomes_four_contacts_and_the_window_says_so(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    sheet, truths = write_sheet(tmp_path, 2, 4, name="desk.jpg")
    window = open_window(qtbot, library)

    drop(window, [sheet])
    summary = finish_import(qtbot, window)

    assert summary.headline() == "Imported 4 cards; 4 cards in desk.jpg."  # type: ignore[attr-defined]
    assert window.statusBar().currentMessage() == summary.headline()  # type: ignore[attr-defined]
    assert window.findChild(ImportSummaryDialog) is None  # nothing to look at
    assert window.browser.sidebar.current_choice() == REVIEW
    assert sorted(names(window)) == sorted(truth.name for truth in truths)
    contacts = Contacts(library)
    flattened = {
        image.file_name
        for contact in contacts.list_contacts()
        if contact.id is not None
        for image in contacts.card_details(contact.id).images
        if image.role == "flattened"
    }
    assert len(flattened) == 4
    window.grab().save(str(tmp_path / "four-cards.png"))
