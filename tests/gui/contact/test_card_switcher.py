"""A contact holding several cards (two cards of one person, merged): "Card 1 of 2", previous
and next by button or Page Up and Page Down, each card's own sides and words; and Crop and
Rotate in the window acting on the card shown (real library, real OCR)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsView, QToolButton
from pytestqt.qtbot import QtBot

from cardkeeper.app.merge_contacts import merge_contacts
from cardkeeper.domain import Contact
from cardkeeper.gui.contact.card_panel import CardPanel
from cardkeeper.store.card_images import (
    CardDetails,
    ImageData,
    ImageRole,
    ScannedSide,
    Side,
    StoredImage,
    StoredWord,
)
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tests.card_files import write_scan
from tests.gui.contact.test_card_view import BACK, FRONT, Text, draw_card
from tests.gui.contact.test_crop_and_reread_in_window import (
    READ_TIMEOUT_MS,
    button,
    logo_cut_from,
    open_dialog,
)
from tests.gui.window_fixture import open_window

SECOND = (
    Text("Anna Berger", 40, 70, 34, 1, 1, "name", bold=True),
    Text("Head of Partnerships", 40, 110, 22, 1, 2, "title"),
    Text("Moldau Robotics", 40, 200, 28, 2, 1, "company", bold=True),
)


def _image(path: Path, image_id: int, side: Side, card: int, size: tuple[int, int]) -> StoredImage:
    return StoredImage(image_id, side, ImageRole.FLATTENED, path.name, path, *size, card=card)


def _two_cards(tmp_path: Path) -> tuple[CardDetails, dict[int, list[StoredWord]]]:
    """Card 1 with a front and a back, card 2 (another size) with only a front."""
    words = {
        1: draw_card(tmp_path / "front.png", (700, 400), FRONT, "#fbfaf7"),
        2: draw_card(tmp_path / "back.png", (700, 400), BACK, "#1d2433"),
        3: draw_card(tmp_path / "second.png", (600, 300), SECOND, "#eef4ff"),
    }
    images = [
        _image(tmp_path / "front.png", 1, Side.FRONT, 1, (700, 400)),
        _image(tmp_path / "back.png", 2, Side.BACK, 1, (700, 400)),
        _image(tmp_path / "second.png", 3, Side.FRONT, 2, (600, 300)),
    ]
    return CardDetails(images, words, {}, [], ""), words


def _panel(qtbot: QtBot) -> CardPanel:
    panel = CardPanel()
    qtbot.add_widget(panel)
    panel.resize(760, 520)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _tool(panel: CardPanel, text: str) -> QToolButton:
    return next(b for b in panel.findChildren(QToolButton) if b.text() == text)


def _shown(panel: CardPanel) -> tuple[int, Side, tuple[int, int], str]:
    scene = panel.view.sceneRect().size().toSize()
    return (
        panel.shown_card_number(),
        panel.shown_side(),
        (scene.width(), scene.height()),
        panel.card_number.text(),
    )


def test_the_cards_are_shown_one_at_a_time_with_previous_and_next(
    qtbot: QtBot, tmp_path: Path
) -> None:
    details, words = _two_cards(tmp_path)
    panel = _panel(qtbot)
    panel.show_details(details)
    previous, following = _tool(panel, "‹"), _tool(panel, "›")

    assert _shown(panel) == (1, Side.FRONT, (700, 400), "Card 1 of 2")
    assert panel.card_number.isVisible() and previous.isVisible()
    assert (previous.isEnabled(), following.isEnabled()) == (False, True)
    assert following.toolTip() == "Show the next card (PgDown)"

    qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    assert _shown(panel) == (2, Side.FRONT, (600, 300), "Card 2 of 2")
    assert (previous.isEnabled(), following.isEnabled()) == (True, False)
    assert not _tool(panel, "Back").isEnabled(), "card 2 has no back"
    shown = panel.shown_card()
    assert shown is not None and (shown.card, shown.flattened.id) == (2, 3)
    assert [w.word.text for w in shown.words] == [w.word.text for w in words[3]]

    # From the keyboard: Page Up and Page Down on the card, the buttons by Tab.
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_PageUp)
    assert _shown(panel)[:2] == (1, Side.FRONT)
    qtbot.keyClick(panel.view, Qt.Key.Key_B)
    assert _shown(panel)[:2] == (1, Side.BACK)
    qtbot.keyClick(panel.view, Qt.Key.Key_PageDown)
    assert _shown(panel)[:2] == (2, Side.FRONT)
    qtbot.keyClick(panel.view, Qt.Key.Key_PageDown)
    assert _shown(panel)[:2] == (2, Side.FRONT), "the last card stays"
    assert previous.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert following.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert (previous.accessibleName(), following.accessibleName()) == (
        "Show the previous card",
        "Show the next card",
    )


def test_the_same_contact_shown_again_keeps_its_card_and_one_card_shows_no_switch(
    qtbot: QtBot, tmp_path: Path
) -> None:
    details, _ = _two_cards(tmp_path)
    panel = _panel(qtbot)
    panel.show_details(details)
    qtbot.mouseClick(_tool(panel, "›"), Qt.MouseButton.LeftButton)

    panel.show_details(details, keep_place=True)
    assert _shown(panel)[:2] == (2, Side.FRONT)
    panel.show_details(details)
    assert _shown(panel)[:2] == (1, Side.FRONT), "another contact starts at its first card"

    one = CardDetails(details.images[:2], details.words, {}, [], "")
    panel.show_details(one)
    assert not panel.card_number.isVisible() and not _tool(panel, "›").isVisible()
    assert panel.card_count() == 1


def test_crop_and_rotate_reads_again_the_card_shown(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    """Two cards of one person merged; the second was cut to its logo: crop it on its photo."""
    first_photo, _ = write_scan(tmp_path, 5)
    second_photo, truth = write_scan(tmp_path, 3)
    store = Contacts(library)
    with_card = ScannedSide(
        flattened=ImageData(first_photo.read_bytes(), 1084, 723),
        original=ImageData(first_photo.read_bytes(), 1084, 723),
    )
    kept = store.save_new_contact(Contact(full_name="Kept", needs_review=False), [with_card])
    card = store.save_new_contact(Contact(full_name="Card"), [logo_cut_from(second_photo)])
    merge_contacts(library, kept, card)
    first_card = [i for i in store.card_details(kept).images if i.card == 1]
    window = open_window(qtbot, library)
    window.select_contact(kept)
    panel = window.pane.card
    assert panel.card_number.text() == "Card 1 of 2"

    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_PageDown)
    assert panel.card_number.text() == "Card 2 of 2"
    qtbot.keyClick(panel.view, Qt.Key.Key_C)
    dialog = open_dialog(qtbot, window)
    view = dialog.findChild(QGraphicsView)
    assert view is not None
    assert view.sceneRect().size().toSize().toTuple() == (1084, 723), "card 2's own photo"
    apply = button(dialog, "&Apply")
    qtbot.mouseClick(button(dialog, "&Read Again"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(apply.isEnabled, timeout=READ_TIMEOUT_MS)
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()  # what the window manager does once the dialog is gone
    qtbot.waitUntil(window.isActiveWindow)

    details = store.card_details(kept)
    assert [i for i in details.images if i.card == 1] == first_card, "card 1 untouched"
    (second,) = [i for i in details.images if i.card == 2 and i.role is ImageRole.FLATTENED]
    assert (second.width, second.height) != (1084 // 4, 723 // 4)
    assert truth.emails[0] in " ".join(w.word.text for w in details.words[second.id])
    assert panel.card_number.text() == "Card 2 of 2", "the card read again stays shown"
    assert panel.view.sceneRect().width() > 500

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = store.card_details(kept)
    assert [i for i in undone.images if i.card == 1] == first_card
    (cut,) = [i for i in undone.images if i.card == 2 and i.role is ImageRole.FLATTENED]
    assert (cut.width, cut.height) == (1084 // 4, 723 // 4)
