"""The main window on a real display (Xvfb) over a real library: what a user does with it.

Cards are generated images read by the real Tesseract; drops are real drag
and drop events carrying file URLs; every change goes to the SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import vobject
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cardkeeper.app.library_backup import restore
from cardkeeper.domain import ActivityKind, Contact
from cardkeeper.gui.exchange.export_dialog import ExportDialog
from cardkeeper.gui.exchange.sync_dialog import SyncDialog
from cardkeeper.gui.library.contacts_model import NAME
from cardkeeper.gui.library.sidebar import ALL, REVIEW
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.interop.vcard import VCardContact, contacts_to_vcf
from cardkeeper.settings import Settings
from cardkeeper.store.activities import Activities
from cardkeeper.store.contact_rows import list_contact_rows
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.events import Events
from tests.card_files import write_desk_photo, write_scan
from tests.gui.follow_up_data import TODAY, FixedClock, meet

IMPORT_TIMEOUT_MS = 120_000


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def _window(qtbot: QtBot, library: Library, **settings: str) -> MainWindow:
    window = MainWindow(library, Settings(**settings))
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _add(library: Library, *contacts: Contact) -> list[int]:
    store = Contacts(library)
    return [store.save_new_contact(contact) for contact in contacts]


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    target = window.centralWidget()
    event = QDropEvent(
        QPointF(target.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def _finish_import(qtbot: QtBot, window: MainWindow) -> object:
    job = window.current_import()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=IMPORT_TIMEOUT_MS) as finished:
        pass
    return finished.args[0] if finished.args else None


def test_dropping_photos_and_a_folder_imports_them_for_review(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    trip = tmp_path / "trip"
    scan_path, scan_truth = write_scan(trip, 3)
    desk_path, desk_truth = write_desk_photo(tmp_path / "loose", 21)
    (trip / "notes.txt").write_text("inside a folder: not a photo, passed over")
    notes = tmp_path / "agenda.txt"
    notes.write_text("dropped by name: reported")
    window = _window(qtbot, library, current_event="Web Summit 2026, Lisbon")

    _drop(window, [trip, desk_path, notes])
    assert window.import_panel.isVisible()
    summary = _finish_import(qtbot, window)

    assert window.browser.sidebar.current_choice() == REVIEW
    names = _names(window)
    assert sorted(names) == sorted([scan_truth.name, desk_truth.name])
    assert not window.import_panel.isVisible()
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
    window = _window(qtbot, library)
    window.start_import([photos])
    job = window.current_import()
    assert job is not None
    # Cancel the moment the first card is saved, as a user clicking Cancel would.
    job.item_done.connect(lambda _result: window.import_panel.cancel())
    with qtbot.waitSignal(job.finished, timeout=IMPORT_TIMEOUT_MS) as finished:
        pass
    summary = finished.args[0]
    assert summary.cancelled
    kept = Contacts(library).count()
    assert 1 <= kept < 10
    assert kept == len(summary.added)
    assert window.model.all_count() == kept


def test_window_size_and_splitters_are_remembered(qtbot: QtBot, library: Library) -> None:
    window = _window(qtbot, library)
    window.resize(1100, 700)
    window.splitter.setSizes([150, 500, 450])
    sizes = window.splitter.sizes()
    window.close()
    again = _window(qtbot, library)
    assert again.size().width() == 1100
    assert again.splitter.sizes() == sizes


def test_run_app_opens_the_library_and_shows_the_window(qtbot: QtBot, data_dir: Path) -> None:
    from PySide6.QtCore import QTimer

    from cardkeeper.gui.app import run_app

    seen: list[int] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].isVisible():
            QTimer.singleShot(50, close_when_shown)
            return
        seen.append(windows[0].model.all_count())
        windows[0].close()

    QTimer.singleShot(0, close_when_shown)
    assert run_app(str(data_dir)) == 0
    assert seen == [0]
    assert (data_dir / "library.sqlite3").is_file()


def test_menus_carry_the_usual_shortcuts_each_once(qtbot: QtBot, library: Library) -> None:
    from PySide6.QtGui import QKeySequence

    window = _window(qtbot, library)
    shortcuts: dict[str, str] = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():  # type: ignore[union-attr]
            for key in action.shortcuts():
                text = key.toString(QKeySequence.SequenceFormat.PortableText)
                assert text not in shortcuts, (
                    f"{text} is on {shortcuts.get(text)} and {action.text()}"
                )
                shortcuts[text] = action.text()
    usual = ("Ctrl+I", "Ctrl+K", "Ctrl+F", "Ctrl+Z", "Ctrl+Shift+Z", "Del", "Ctrl+,", "Ctrl+Q")
    for key in (*usual, "Ctrl+R"):
        assert key in shortcuts, key


def test_the_sample_card_of_the_empty_library_imports(qtbot: QtBot, library: Library) -> None:
    window = _window(qtbot, library)
    qtbot.mouseClick(window.browser.empty_state.sample_button, Qt.MouseButton.LeftButton)
    _finish_import(qtbot, window)
    assert _names(window) == ["Nora Whitfield"]
    assert not window.browser.empty_state.isVisible()
    assert window.pane.contact().company == "Harbor & Finch Design"


def test_the_event_typed_in_the_toolbar_is_kept_and_given_to_imported_cards(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    from cardkeeper.settings import load_settings

    photo, _truth = write_scan(tmp_path, 5)
    window = _window(qtbot, library)
    window.event_field.setFocus()
    qtbot.keyClicks(window.event_field, "CES 2026, Las Vegas")
    qtbot.keyClick(window.event_field, Qt.Key.Key_Return)
    assert load_settings().current_event == "CES 2026, Las Vegas"

    window.start_import([photo])
    _finish_import(qtbot, window)
    assert {row.event_name for row in list_contact_rows(library)} == {"CES 2026, Las Vegas"}


# -- following up ---------------------------------------------------------------------------


def _window_on(qtbot: QtBot, library: Library, clock: FixedClock) -> MainWindow:
    window = MainWindow(library, Settings(my_name="Maria Schneider"), clock=clock)
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.due.is_idle)
    return window


def test_the_due_count_is_on_the_toolbar_and_ctrl_u_opens_the_queue(
    qtbot: QtBot, library: Library
) -> None:
    clock = FixedClock()
    meet(library, "Anna Koch", due=TODAY - timedelta(days=2))
    meet(library, "Jürgen Müller", due=TODAY)
    meet(library, "Sara Greco", due=TODAY + timedelta(days=3))
    window = _window_on(qtbot, library, clock)
    assert window.follow_ups_action.iconText() == "Follow-ups (2)"
    assert window.browser.status_label.text().endswith(" · 2 follow-ups due")

    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    queue = window.queue_window
    assert queue is not None and queue.isVisible()
    qtbot.waitUntil(queue.jobs.is_idle)
    assert queue.model.item_count() == 3
    queue.activateWindow()
    qtbot.waitUntil(queue.isActiveWindow)
    qtbot.keyClick(queue.tree, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: queue.jobs.is_idle() and window.due.is_idle())
    assert window.follow_ups_action.iconText() == "Follow-ups (1)"


def test_a_new_day_tells_who_is_due_now(qtbot: QtBot, library: Library) -> None:
    clock = FixedClock()
    meet(library, "Anna Koch", due=TODAY + timedelta(days=1))
    meet(library, "Jürgen Müller", due=TODAY)
    window = _window_on(qtbot, library, clock)
    assert window.follow_ups_action.iconText() == "Follow-ups (1)"

    clock.advance(1)
    window.due._check_day()  # what the minute timer does
    qtbot.waitUntil(window.due.is_idle)

    assert window.follow_ups_action.iconText() == "Follow-ups (2)"
    assert window.statusBar().currentMessage() == (
        "Anna Koch is due for a follow-up. Ctrl+U opens the queue."
    )


def test_calls_meetings_and_notes_are_logged_in_the_contact_pane(
    qtbot: QtBot, library: Library
) -> None:
    clock = FixedClock()
    anna = meet(library, "Anna Koch", due=TODAY + timedelta(days=3))
    window = _window_on(qtbot, library, clock)
    window.select_contact(anna.contact_id)
    pane = window.pane
    pane.tabs.setCurrentWidget(pane.activity)
    log = pane.activity
    assert log.model.index(0).data() == "Next: email, due Fri 13 Mar\n" + (
        "Thank them and recall what they were interested in"
    )

    log.detail_field.setFocus()
    qtbot.keyClicks(log.detail_field, "Agreed on a demo next week")
    qtbot.mouseClick(log.call_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(log.detail_field, "Prefers calls in the morning")
    qtbot.keyClick(log.detail_field, Qt.Key.Key_Return)

    kinds = [(a.kind, a.detail) for a in Activities(library).for_contact(anna.contact_id)]
    assert sorted(kinds) == sorted(
        [
            (ActivityKind.CALLED, "Agreed on a demo next week"),
            (ActivityKind.NOTE, "Prefers calls in the morning"),
        ]
    )
    assert Contacts(library).get_contact(anna.contact_id).last_contacted_at == clock.now()  # type: ignore[union-attr]
    assert pane.tabs.tabText(1) == "Activity (3)"
    assert log.detail_field.text() == ""


def test_open_contact_from_the_queue_shows_it_in_the_list(qtbot: QtBot, library: Library) -> None:
    clock = FixedClock()
    anna = meet(library, "Anna Koch", due=TODAY)
    window = _window_on(qtbot, library, clock)
    window.browser.sidebar.choose(REVIEW)  # Anna is reviewed: not in this list
    window.open_queue()
    queue = window.queue_window
    assert queue is not None
    qtbot.waitUntil(queue.jobs.is_idle)
    queue.open_contact()
    assert window.browser.sidebar.current_choice() == ALL
    assert window.pane.contact().id == anna.contact_id


def test_ctrl_e_drafts_the_next_follow_up_of_the_current_contact(
    qtbot: QtBot, library: Library
) -> None:
    clock = FixedClock()
    anna = meet(library, "Anna Koch", due=TODAY, interest="OCR for invoices")
    window = _window_on(qtbot, library, clock)
    window.select_contact(anna.contact_id)
    window.browser.table.setFocus()
    qtbot.keyClick(window.browser.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    [dialog] = window.drafts
    qtbot.waitUntil(dialog.jobs.is_idle)
    assert dialog.template_box.currentText() == "Thank you"
    assert "Maria Schneider" in dialog.body_field.toPlainText()
    with qtbot.waitSignal(dialog.sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.due.is_idle)
    assert window.follow_ups_action.iconText() == "Follow-ups"
    assert window.pane.activity.model.index(0).data().startswith("Next: email, due Mon 16 Mar")


def test_back_up_library_writes_an_archive_that_restores(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(library, Contact(given_name="Anna", family_name="Koch"), Contact(given_name="Ben"))
    window = _window(qtbot, library)
    chosen = tmp_path / "out" / "backup.zip"
    chosen.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(chosen), "CardKeeper backups (*.zip)")
    )

    window.backup_action.trigger()

    qtbot.waitUntil(window.backup_action.isEnabled)
    assert window.statusBar().currentMessage() == (
        f"Backed up 2 contacts and 0 card images to {chosen}."
    )
    restore(chosen, tmp_path / "restored", datetime.now(UTC))
    with open_library(tmp_path / "restored") as restored:
        assert sorted(c.given_name for c in Contacts(restored).list_contacts()) == ["Anna", "Ben"]


def test_a_backup_that_cannot_be_written_says_why(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, library)
    chosen = tmp_path / "no-such-folder" / "backup.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(chosen), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    window.backup_action.trigger()

    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].startswith(f"The backup could not be written to {chosen} (")
    assert window.backup_action.isEnabled()


def test_sync_with_server_opens_the_sync_window_for_this_library(
    qtbot: QtBot, library: Library
) -> None:
    window = _window(qtbot, library)
    window.sync_action.trigger()
    dialog = window.findChild(SyncDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: "Not set up yet" in dialog.account_label.text())
    dialog.close()


def test_export_an_events_contacts_as_vcard_then_import_them_elsewhere(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fair = Events(library).get_or_create("LogiMAT")
    _add(
        library,
        Contact(given_name="Anna", family_name="Koch", event_id=fair.id, emails=["anna@koch.de"]),
        Contact(given_name="Ben", family_name="Ode"),
    )
    window = _window(qtbot, library)
    out = tmp_path / "logimat.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(out), ""))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.event_button.setChecked(True)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("vcf3"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, answer)
    window.export_contacts_action.trigger()

    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported"))
    assert window.statusBar().currentMessage() == f"Exported 1 contact to {out}."
    (card,) = vobject.readComponents(out.read_text(encoding="utf-8"))
    assert (card.fn.value, card.version.value) == ("Anna Koch", "3.0")

    with open_library(tmp_path / "elsewhere") as other:
        elsewhere = _window(qtbot, other)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(out), ""))
        elsewhere.import_contacts_action.trigger()
        qtbot.waitUntil(lambda: _names(elsewhere) == ["Anna Koch"])
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
    window = _window(qtbot, library)
    seen: list[tuple[int, int]] = []
    bar = window.contacts_import_progress
    bar.valueChanged.connect(lambda value: seen.append((value, bar.maximum())))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))

    window.import_contacts_action.trigger()
    assert bar.isVisible()
    assert not window.import_contacts_action.isEnabled()
    qtbot.waitUntil(window.import_contacts_action.isEnabled, timeout=30_000)

    assert seen[-3:] == [(500, 1200), (1000, 1200), (1200, 1200)]
    assert not bar.isVisible()
    assert window.model.rowCount() == 1200
    assert window.statusBar().currentMessage() == (
        "everyone.vcf: 1200 added, 0 updated, 0 already in the library, 0 could not be read."
    )


def test_help_opens_the_log_folder_made_first(qtbot: QtBot, library: Library) -> None:
    from PySide6.QtCore import QObject, Slot
    from PySide6.QtGui import QDesktopServices

    from cardkeeper import paths

    class FileManager(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.opened: list[QUrl] = []

        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            self.opened.append(url)

    file_manager = FileManager()
    QDesktopServices.setUrlHandler("file", file_manager, "show")
    try:
        window = _window(qtbot, library)
        assert not paths.log_dir().exists()
        window.log_folder_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")

    assert paths.log_dir().is_dir()
    assert file_manager.opened == [QUrl.fromLocalFile(str(paths.log_dir()))]


def test_a_dropped_contacts_file_comes_in_as_contacts(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "From My Phone.vcf"
    path.write_bytes(contacts_to_vcf([VCardContact(Contact(given_name="Ines"))], "4.0"))
    window = _window(qtbot, library)

    _drop(window, [path])

    qtbot.waitUntil(lambda: _names(window) == ["Ines"])
    assert window.current_import() is None  # not read as a card photo
    qtbot.waitUntil(window.import_contacts_action.isEnabled)
