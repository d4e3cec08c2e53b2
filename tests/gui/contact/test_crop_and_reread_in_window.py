"""Crop and Rotate in the main window (Xvfb, a real library, real OCR): a clean scan whose
saved card is only its logo is seen on its original photo, turned, cropped by hand and read
again; the fields the reading changes are shown, the one the user corrected is kept, and
Edit ▸ Undo puts the card and fields back."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGraphicsView,
    QToolButton,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.store.card_images import ImageData, ImageRole, ScannedSide
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tests.card_files import write_scan
from tests.gui.window_fixture import open_window

READ_TIMEOUT_MS = 120_000


def logo_cut_from(photo: Path) -> ScannedSide:
    """The card as a bad outline left it: its top-left corner (the logo), no words read."""
    with Image.open(photo) as image:
        width, height = image.size
        logo = image.crop((0, 0, width // 4, height // 4))
        data = io.BytesIO()
        logo.save(data, "PNG")
    return ScannedSide(
        flattened=ImageData(data.getvalue(), width // 4, height // 4),
        original=ImageData(photo.read_bytes(), width, height),
    )


def button(widget: QWidget, text: str) -> QAbstractButton:
    return next(b for b in widget.findChildren(QAbstractButton) if b.text() == text)


def open_dialog(qtbot: QtBot, window: QWidget) -> QDialog:
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(dialogs) == 1, "Crop and Rotate opens one dialog"
    qtbot.waitUntil(dialogs[0].isActiveWindow)
    return dialogs[0]


def flattened_words(library: Library, contact_id: int) -> int:
    details = Contacts(library).card_details(contact_id)
    (flat,) = [i for i in details.images if i.role is ImageRole.FLATTENED]
    return len(details.words.get(flat.id, []))


def test_a_logo_cut_is_cropped_again_on_its_photo_and_read_again(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    photo, truth = write_scan(tmp_path, 3)
    store = Contacts(library)
    contact_id = store.save_new_contact(
        Contact(company="Alba Ediciones (typed by me)"), [logo_cut_from(photo)]
    )
    window = open_window(qtbot, library)
    window.select_contact(contact_id)
    panel = window.pane.card
    assert flattened_words(library, contact_id) == 0

    # C on the card (or its button) shows the original photo, not the logo cut.
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_C)
    dialog = open_dialog(qtbot, window)
    view = dialog.findChild(QGraphicsView)
    assert view is not None
    assert view.sceneRect().size().toSize().toTuple() == (1084, 723)

    # Ctrl+] and Ctrl+[ turn it a quarter turn each way, as in Lightroom.
    qtbot.keyClick(dialog, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert view.sceneRect().size().toSize().toTuple() == (723, 1084)
    qtbot.keyClick(dialog, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert view.sceneRect().size().toSize().toTuple() == (1084, 723)

    # A rectangle dragged around the card (just inside the photo's edge) frames it.
    start = view.mapFromScene(12, 10)
    end = view.mapFromScene(1072, 713)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    apply = button(dialog, "&Apply")
    assert not apply.isEnabled(), "nothing to apply before the card is read again"

    qtbot.mouseClick(button(dialog, "&Read Again"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(apply.isEnabled, timeout=READ_TIMEOUT_MS)

    # What changed is listed: the name is taken, the company the user typed is kept.
    changes = dialog.findChild(QTreeWidget)
    assert changes is not None and changes.isVisible()
    rows = {
        changes.topLevelItem(row).text(0): changes.topLevelItem(row)  # type: ignore[union-attr]
        for row in range(changes.topLevelItemCount())
    }
    assert rows["Name"].text(2) == truth.name
    assert rows["Name"].checkState(0) is Qt.CheckState.Checked
    assert rows["Email"].text(2) == truth.emails[0]
    assert rows["Company"].text(2) == truth.company
    assert rows["Company"].checkState(0) is Qt.CheckState.Unchecked
    assert "corrected by you" in rows["Company"].text(1)
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()  # what the window manager does once the dialog is gone
    qtbot.waitUntil(window.isActiveWindow)

    saved = store.get_contact(contact_id)
    assert saved is not None
    assert saved.full_name == truth.name
    assert saved.emails == truth.emails
    assert saved.company == "Alba Ediciones (typed by me)"
    assert flattened_words(library, contact_id) > 5
    assert panel.view.sceneRect().width() > 1000, "the pane shows the card read again"
    assert window.pane.form.contact().full_name == truth.name
    # The text read again is what search looks in, the company printed on the card too.
    assert "Ediciones Alba" in store.card_details(contact_id).card_text
    assert contact_id in store.search("Ingeniero")

    # One Ctrl+Z puts back the logo cut and the fields as they were.
    assert window.undo_stack.undoText().startswith("Read Dr. Iñaki Jiménez Again")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = store.get_contact(contact_id)
    assert undone is not None
    assert undone.full_name == "" and undone.emails == []
    assert undone.company == "Alba Ediciones (typed by me)"
    assert flattened_words(library, contact_id) == 0
    assert panel.view.sceneRect().width() == 1084 // 4
    assert store.card_details(contact_id).card_text == ""


def test_crop_and_rotate_is_on_the_cards_context_menu(qtbot: QtBot, library: Library) -> None:
    window = open_window(qtbot, library)
    panel = window.pane.card
    texts = [action.text() for action in panel.card_menu.actions()]
    assert texts == ["Crop and Rotate…"]
    assert panel.crop_action.toolTip().endswith("(C)")
    shown = [b for b in panel.findChildren(QToolButton) if b.defaultAction() is panel.crop_action]
    assert len(shown) == 1 and shown[0].text() == "Crop and Rotate"


def test_crop_and_rotate_is_in_the_edit_menu_and_says_why_not_in_the_trash(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    photo, _ = write_scan(tmp_path, 3)
    store = Contacts(library)
    contact_id = store.save_new_contact(
        Contact(full_name="Anna Koch", needs_review=False), [logo_cut_from(photo)]
    )
    store.soft_delete([contact_id])
    window = open_window(qtbot, library)
    edit_menu = next(m for m in window.menuBar().actions() if m.text() == "&Edit").menu()
    assert window.pane.card.crop_action in edit_menu.actions()

    window.library_actions.trash_action.trigger()
    window.select_contact(contact_id)
    qtbot.waitUntil(lambda: window.current_contact_id() == contact_id)
    window.pane.card.crop_action.trigger()

    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert window.statusBar().currentMessage() == (
        "A card in the Trash cannot be cropped: restore the contact first."
    )
