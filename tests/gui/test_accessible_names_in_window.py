"""What a screen reader says for each control Tab reaches, in every window and dialog of the app,
and that the app's main tasks can be done from the keyboard alone (Xvfb, a real library).

The name checked is the one assistive technology gets: the accessible interface's Name, which
a label that is the control's buddy, a button's text or an accessible name set in code give.
Each window is also gone round with Tab from its first control: Tab must reach every control
and come back, so no list or editor keeps Tab for itself.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Activity, ActivityKind, Contact, FollowUpState, Phone, PhoneKind
from cardkeeper.gui.exchange.csv_mapping_dialog import CsvMappingDialog
from cardkeeper.gui.exchange.sync_dialog import SyncDialog
from cardkeeper.gui.importing.summary import ImportSummaryDialog
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.settings import Settings
from cardkeeper.store.activities import Activities
from cardkeeper.store.card_images import ImageData, ScannedSide
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.follow_ups import FollowUps
from tests.card_files import write_scan
from tests.gui.follow_up_data import TODAY, FixedClock, meet
from tests.gui.window_fixture import add_contacts, finish_import


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def tab_stops(window: QWidget) -> list[QWidget]:
    """The controls Tab stops at in ``window``, in focus-chain order."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in stops:
        if (
            widget.window() is window
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def spoken_name(widget: QWidget) -> str:
    """The Name a screen reader announces for ``widget``.

    Qt on Linux and macOS puts a combo box's current choice in its Name: that says what was
    chosen, not what for. Its name proper is the label related to it (a buddy) or, as Windows
    announces it, its accessible name.
    """
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    if isinstance(widget, QComboBox):
        related = interface.relations(QAccessible.RelationFlag.Label)
        labels = [label.text(QAccessible.Text.Name) for label, _relation in related]
        return " ".join([*labels, widget.accessibleName()]).strip()
    return interface.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    """Enough to find the control in the code: class, object name, nearest named parent."""
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    where = f" in {type(parent).__name__}#{parent.objectName()}" if parent is not None else ""
    return f"{type(widget).__name__}#{widget.objectName()}{where}"


def every_stop(window: QWidget) -> list[QWidget]:
    """``tab_stops`` of ``window`` with each page of its tab widgets shown in turn."""
    stops = tab_stops(window)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            stops += [widget for widget in tab_stops(window) if widget not in stops]
        tabs.setCurrentIndex(current)
    return stops


def in_modal(qtbot: QtBot, open_it: Callable[[], None]) -> str:
    """``problems_in`` the modal dialog ``open_it`` runs with exec(), which is then closed."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        seen.append(problems_in(qtbot, dialog))
        dialog.close()

    QTimer.singleShot(0, look)
    open_it()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def _window(qtbot: QtBot, library: Library, camera_source: str | None = None) -> MainWindow:
    window = MainWindow(
        library,
        Settings(my_name="Maria Schneider"),
        camera_source=camera_source,
        clock=FixedClock(),
    )
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _anna(library: Library) -> int:
    met = meet(
        library,
        "Anna Koch",
        due=TODAY,
        email="anna.koch@elbtal.example",
        company="Nordlicht Systeme",
        interest="reading invoices automatically",
        met_on=TODAY - timedelta(days=1),
    )
    add_contacts(
        library,
        Contact(
            full_name="Uwe Bauer",
            title="Buyer",
            company="Bauer GmbH",
            phones=[Phone(PhoneKind.WORK, "+49301234567", "030 1234567")],
            websites=["bauer.example"],
            tags=["supplier"],
            notes="Wants a quote.",
            needs_review=False,
        ),
    )
    # Her card is shown beside her fields: a contact with no card shows no card view.
    card = Image.new("RGB", (350, 200), "white")
    data = io.BytesIO()
    card.save(data, "PNG")
    Contacts(library).add_side(met.contact_id, ScannedSide(ImageData(data.getvalue(), 350, 200)))
    return met.contact_id


def tab_round(qtbot: QtBot, start: QWidget, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """Where focus goes pressing ``key`` from ``start`` until it is back there; empty if it
    never comes back (a control that keeps Tab for itself, or a cycle that leaves ``start``
    out)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    visited: list[QWidget] = []
    for _press in range(80):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is start:
            return visited
        visited.append(focused)
    return []


def problems_in(qtbot: QtBot, window: QWidget) -> str:
    """What is wrong in ``window``, or "": a control Tab reaches that has no name, or Tab from
    the first control not reaching every other and coming back."""
    stops = every_stop(window)
    title = type(window).__name__
    assert stops, f"Tab reaches nothing in {title}"
    problems = []
    missing = [describe(widget) for widget in stops if not spoken_name(widget)]
    if missing:
        problems.append(f"{len(missing)} of {len(stops)} nameless in {title}: {missing}")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = tab_stops(window)[0]
    reached = {first, *tab_round(qtbot, first)}
    if reached != set(tab_stops(window)):
        stuck = QApplication.focusWidget()
        where = describe(stuck) if stuck is not None else "nowhere"
        problems.append(
            f"Tab from {describe(first)} in {title} does not come back (ends in {where})"
        )
    return "\n".join(problems)


def assert_none(*problems: str) -> None:
    """Fail with what is wrong in every window, one problem a line."""
    found = [problem for problem in problems if problem]
    assert not found, "\n".join(found)


def test_every_control_of_the_main_window_is_named_and_tab_comes_back(
    qtbot: QtBot, library: Library
) -> None:
    anna = _anna(library)
    window = _window(qtbot, library)
    window.select_contact(anna)
    assert window.current_contact_id() == anna
    assert_none(problems_in(qtbot, window))


def test_every_control_reviewing_a_new_card_is_named_and_tab_comes_back(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    photo, _truth = write_scan(tmp_path, 3)
    notes = tmp_path / "notes.jpg"
    notes.write_text("not a card")
    window = _window(qtbot, library)
    window.importing.start_import([photo, notes])
    finish_import(qtbot, window)
    qtbot.waitUntil(lambda: window.findChild(ImportSummaryDialog) is not None)
    summary = window.findChild(ImportSummaryDialog)
    assert isinstance(summary, ImportSummaryDialog)
    problems = [problems_in(qtbot, summary)]
    summary.close()
    assert window.current_contact_id() is not None
    problems.append(problems_in(qtbot, window))
    assert_none(*problems)


def test_every_control_of_the_follow_ups_window_is_named_and_tab_comes_back(
    qtbot: QtBot, library: Library
) -> None:
    _anna(library)
    window = _window(qtbot, library)
    window.follow_ups.follow_ups_action.trigger()
    queue = window.follow_ups.queue_window
    assert queue is not None
    qtbot.waitUntil(queue.jobs.is_idle)
    queue.tree.setFocus()
    queue.tree.setCurrentIndex(queue.model.follow_up_indexes()[0])
    problems = [problems_in(qtbot, queue), in_modal(qtbot, queue.pick_snooze_date)]
    assert_none(*problems)


def test_every_control_of_templates_and_sequences_is_named_and_tab_comes_back(
    qtbot: QtBot, library: Library
) -> None:
    _anna(library)
    window = _window(qtbot, library)
    window.templates.templates_action.trigger()
    templates = window.templates.window
    assert templates is not None
    qtbot.waitExposed(templates)
    problems = [problems_in(qtbot, templates)]
    qtbot.keyClick(templates, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert templates.tabs.currentWidget() is templates.sequences
    problems.append(problems_in(qtbot, templates))
    assert_none(*problems)


def test_every_control_of_settings_is_named_and_tab_comes_back(
    qtbot: QtBot, library: Library
) -> None:
    window = _window(qtbot, library)
    assert_none(in_modal(qtbot, window.settings_actions.settings_action.trigger))


def test_every_control_of_the_draft_email_is_named_and_tab_comes_back(
    qtbot: QtBot, library: Library
) -> None:
    anna = _anna(library)
    window = _window(qtbot, library)
    window.select_contact(anna)
    assert window.current_contact_id() == anna
    window.follow_ups.draft_action.trigger()
    (draft,) = window.follow_ups.drafts
    qtbot.waitUntil(draft.mail_button.isEnabled)
    assert_none(problems_in(qtbot, draft))


def test_every_control_of_the_csv_mapping_is_named_and_tab_comes_back(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "visitors.csv"
    path.write_text(
        "Vorname;Nachname;Org;Mail\r\nAnna;Koch;Elbtal Software KG;anna@elbtal.de\r\n",
        encoding="utf-8",
    )
    window = _window(qtbot, library)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))
    window.contacts_files.import_contacts_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(CsvMappingDialog) is not None)
    dialog = window.findChild(CsvMappingDialog)
    assert isinstance(dialog, CsvMappingDialog)
    qtbot.waitExposed(dialog)
    assert_none(problems_in(qtbot, dialog))


def test_every_control_of_export_sync_and_about_is_named_and_tab_comes_back(
    qtbot: QtBot, library: Library
) -> None:
    anna = _anna(library)
    window = _window(qtbot, library)
    window.select_contact(anna)
    assert window.current_contact_id() == anna
    problems = [
        in_modal(qtbot, window.contacts_files.export_contacts_action.trigger),
        in_modal(qtbot, window.help_menu.about),
    ]
    window.exchange.sync_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(SyncDialog) is not None)
    sync = window.findChild(SyncDialog)
    assert isinstance(sync, SyncDialog)
    qtbot.waitExposed(sync)
    problems.append(problems_in(qtbot, sync))
    assert_none(*problems)


def test_every_control_of_the_scanner_is_named_and_tab_comes_back(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    from tools.camgen import plan_script, write_video

    video = tmp_path / "one.avi"
    write_video(plan_script([()], 4), video, fps=15)
    window = _window(qtbot, library, camera_source=str(video))
    window.scanner.scan_action.trigger()
    scanner = window.scanner.window
    assert scanner is not None
    qtbot.waitExposed(scanner)
    assert_none(problems_in(qtbot, scanner))


def test_tab_goes_round_the_main_window_through_list_form_and_card(
    qtbot: QtBot, library: Library
) -> None:
    anna = _anna(library)
    window = _window(qtbot, library)
    window.select_contact(anna)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()

    forward = tab_round(qtbot, window.search)
    backward = tab_round(qtbot, window.search, Qt.Key.Key_Backtab)
    assert set(forward) == set(backward) == set(tab_stops(window)) - {window.search}
    form = window.pane.form
    for part in (window.browser.table, window.pane.card.view, form):
        assert any(part is w or part.isAncestorOf(w) for w in forward), part
    fields = [w.objectName() for w in forward if form.isAncestorOf(w) and w.objectName()]
    assert fields == [
        "name", "title", "company", "email", "website",
        "address_street", "address_extended", "address_postcode", "address_city",
        "address_region", "address_country", "address_printed",
        "event", "interested_in", "notes", "tags",
    ]  # fmt: skip


def test_a_contact_is_found_opened_and_corrected_from_the_keyboard(
    qtbot: QtBot, library: Library
) -> None:
    _anna(library)
    window = _window(qtbot, library)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "uwe")
    qtbot.keyClick(window.search, Qt.Key.Key_Tab)
    table = window.browser.table
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    uwe = window.current_contact_id()
    assert uwe is not None

    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    title = QApplication.focusWidget()
    assert isinstance(title, QLineEdit) and title.objectName() == "title"
    title.selectAll()
    qtbot.keyClicks(title, "Head of Buying")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert Contacts(library).get_contact(uwe).title == "Head of Buying"  # type: ignore[union-attr]


def test_the_follow_up_queue_is_worked_from_the_keyboard(qtbot: QtBot, library: Library) -> None:
    anna = _anna(library)
    silent = meet(library, "Jürgen Müller", due=TODAY + timedelta(days=30))
    long_ago = FixedClock().now() - timedelta(days=120)
    Activities(library).log(Activity(silent.contact_id, ActivityKind.CALLED, long_ago))
    window = _window(qtbot, library)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    queue = window.follow_ups.queue_window
    assert queue is not None
    qtbot.waitUntil(lambda: queue.jobs.is_idle() and queue.isActiveWindow())
    assert QApplication.focusWidget() is queue.tree
    assert queue.tree.currentIndex().isValid()

    qtbot.keyClick(queue.tree, Qt.Key.Key_D)
    qtbot.waitUntil(queue.jobs.is_idle)
    assert FollowUps(library).for_contact(anna)[0].state is FollowUpState.DONE

    qtbot.keyClick(queue, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert queue.tabs.currentWidget() is queue.losing_touch
    qtbot.waitUntil(lambda: queue.jobs.is_idle() and queue.losing_touch.model.rowCount() == 1)
    assert problems_in(qtbot, queue) == ""
    qtbot.keyClick(queue, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not queue.isVisible()
