"""Picking the word under the pointer where word boxes overlap, and a "Show words" whose
on/off state can be seen, in the light and the dark palette."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from cardkeeper.gui.common.palette import dark_palette
from cardkeeper.gui.contact.card_panel import CardPanel
from cardkeeper.gui.contact.card_view import CardView
from cardkeeper.reading.words import Box, Word
from cardkeeper.store.card_images import CardDetails, ImageRole, Side, StoredWord
from tests.gui.contact.test_card_view import FRONT, click, draw_card, stored_image

# A name line as the reader boxed it on a busy card: "(Guina)" was read from a logo
# whose box spans most of the line, and overlaps the name's words printed over it.
OVERLAPPING = (
    ("(Guina)", Box(40, 40, 560, 120), 1),
    ("Agúinaldo", Box(70, 90, 190, 44), 2),
    ("Righettt", Box(270, 92, 170, 42), 2),
    ("Jr.", Box(450, 92, 60, 42), 2),
)


@pytest.fixture
def overlapping_view(qtbot: QtBot, tmp_path: Path) -> CardView:
    path = tmp_path / "card.png"
    image = QImage(700, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbfaf7"))
    assert image.save(str(path))
    words = [
        StoredWord(Word(text, box, 0.9, 1, 1, line), "name") for text, box, line in OVERLAPPING
    ]
    view = CardView()
    qtbot.add_widget(view)
    view.resize(700, 420)
    view.show()
    qtbot.waitExposed(view)
    view.show_card(path, words)
    return view


def at(view: CardView, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))


def test_a_click_picks_the_word_under_the_pointer_not_the_box_around_it(
    qtbot: QtBot, overlapping_view: CardView
) -> None:
    view = overlapping_view
    # On "Righettt", right at the middle of the logo's large box.
    assert click(qtbot, view, at(view, 320, 100)) == [2]
    assert view.selected_text() == "Righettt"
    # On the left end of "Agúinaldo", nearer the logo's centre than its own.
    assert click(qtbot, view, at(view, 240, 112)) == [1]
    assert click(qtbot, view, at(view, 480, 110)) == [3]
    # Where only the logo is, the logo is picked.
    assert click(qtbot, view, at(view, 320, 60)) == [0]


def test_a_click_between_two_words_picks_the_nearer(
    qtbot: QtBot, overlapping_view: CardView
) -> None:
    view = overlapping_view
    view.zoom_in()
    view.zoom_in()
    # 2 px right of "Righettt" (ends at 440), 8 px left of "Jr." (starts at 450).
    point = at(view, 442, 110)
    assert view.itemAt(point) is not None  # the logo's box is under it too
    assert click(qtbot, view, point) == [2]


# "Show words"


@pytest.fixture(params=["light", "dark"])
def panel(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path) -> Iterator[CardPanel]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(dark_palette() if request.param == "dark" else QPalette())
    path = tmp_path / "front.png"
    words = draw_card(path, (700, 400), FRONT, "#fbfaf7")
    panel = CardPanel()
    qtbot.add_widget(panel)
    panel.resize(560, 420)
    panel.show()
    qtbot.waitExposed(panel)
    image = stored_image(1, Side.FRONT, ImageRole.FLATTENED, path)
    panel.show_details(CardDetails([image], {1: words}, {}, [], ""))
    yield panel
    app.setPalette(before)


def show_words_control(panel: CardPanel) -> QAbstractButton:
    return next(b for b in panel.findChildren(QAbstractButton) if b.text() == "Show words")


def strongly_different_pixels(one: QImage, other: QImage) -> int:
    """Pixels whose colour differs by more than a faint shade between two renderings."""
    count = 0
    for y in range(one.height()):
        for x in range(one.width()):
            a, b = one.pixelColor(x, y), other.pixelColor(x, y)
            if abs(a.lightness() - b.lightness()) > 60:
                count += 1
    return count


def test_show_words_is_a_check_box_whose_check_mark_shows_its_state(
    qtbot: QtBot, panel: CardPanel
) -> None:
    control = show_words_control(panel)
    assert isinstance(control, QCheckBox), "an on/off option reads best as a check box"
    assert control.isChecked() and panel.view.words_visible()
    on = control.grab().toImage()
    qtbot.mouseClick(control, Qt.MouseButton.LeftButton)
    assert not control.isChecked() and not panel.view.words_visible()
    off = control.grab().toImage()
    # The check mark is drawn in contrast to its box, not a faint change of shade.
    assert strongly_different_pixels(on, off) >= 12
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_W)
    assert control.isChecked() and panel.view.words_visible()
