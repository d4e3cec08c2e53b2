"""The card view and panel on a real display: word boxes, picking words, zoom, front and back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from cardkeeper.gui.contact.card_panel import CardPanel
from cardkeeper.gui.contact.card_view import LOW_CONFIDENCE, MAX_ZOOM, CardView
from cardkeeper.reading.words import Box, Word
from cardkeeper.store.card_images import CardDetails, ImageRole, Side, StoredImage, StoredWord


@dataclass(frozen=True)
class Text:
    """A line to draw on a test card, with what the reader is taken to have read from it."""

    text: str
    x: int
    baseline: int
    pixel_size: int
    block: int
    line: int
    field: str = ""
    bold: bool = False


FRONT = (
    Text("Anna Berger", 48, 84, 40, 1, 1, "name", bold=True),
    Text("Managing Director", 48, 126, 24, 1, 2, "title"),
    Text("Elbtal Software", 48, 210, 30, 2, 1, "company", bold=True),
    Text("anna@elbtal.de", 400, 290, 20, 3, 1, "email"),
    Text("+49 351 1234567", 400, 320, 20, 3, 2, "phone"),
    Text("Königsbrücker Str. 12", 48, 290, 20, 4, 1, "address"),
    Text("01099 Dresden", 48, 320, 20, 4, 2, "address"),
)
BACK = (Text("We make software for", 40, 150, 28, 1, 1), Text("the Elbe valley", 40, 190, 28, 1, 2))
UNSURE = "Director"


def draw_card(
    path: Path, size: tuple[int, int], lines: tuple[Text, ...], paper: str
) -> list[StoredWord]:
    """Draw ``lines`` on a card image saved at ``path``; the words with their real boxes.

    The words come back in reverse reading order, so tests see that picks are
    reported in reading order and not in list order.
    """
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(paper))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(QColor("#1d2433"))
    words = []
    for line in lines:
        font = QFont("DejaVu Sans")
        font.setPixelSize(line.pixel_size)
        font.setBold(line.bold)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x = line.x
        for text in line.text.split():
            painter.drawText(x, line.baseline, text)
            bounds = metrics.tightBoundingRect(text).translated(x, line.baseline)
            box = Box(bounds.left(), bounds.top(), bounds.width(), bounds.height())
            confidence = 0.42 if text == UNSURE else 0.93
            word = Word(text, box, confidence, line.block, 1, line.line)
            words.append(StoredWord(word, line.field))
            x += metrics.horizontalAdvance(text + " ")
    painter.end()
    assert image.save(str(path))
    return words[::-1]


def index_of(words: list[StoredWord], text: str) -> int:
    return next(i for i, stored in enumerate(words) if stored.word.text == text)


def viewport_point(view: CardView, box: Box, fx: float = 0.5, fy: float = 0.5) -> QPoint:
    """Where a point of a word's box (``fx``/``fy`` across it) is on the view's viewport."""
    return view.mapFromScene(QPointF(box.left + fx * box.width, box.top + fy * box.height))


def word_point(view: CardView, words: list[StoredWord], text: str) -> QPoint:
    return viewport_point(view, words[index_of(words, text)].word.box)


@pytest.fixture
def front(tmp_path: Path) -> tuple[Path, list[StoredWord]]:
    path = tmp_path / "front.png"
    return path, draw_card(path, (700, 400), FRONT, "#fbfaf7")


@pytest.fixture
def view(qtbot: QtBot, front: tuple[Path, list[StoredWord]]) -> CardView:
    view = CardView()
    qtbot.add_widget(view)
    view.resize(700, 420)
    view.show()
    qtbot.waitExposed(view)
    view.show_card(*front)
    return view


def click(
    qtbot: QtBot,
    view: CardView,
    position: QPoint,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> list:
    with qtbot.wait_signal(view.words_picked) as picked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, position)
    return picked.args[0]


def drag(qtbot: QtBot, view: CardView, start: QPoint, end: QPoint) -> list:
    with qtbot.wait_signal(view.words_picked) as picked:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), (start + end) / 2)
        qtbot.mouseMove(view.viewport(), end)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    return picked.args[0]


def drag_over(qtbot: QtBot, view: CardView, words: list[StoredWord], *texts: str) -> list:
    """Drag a rubber band over the box around all ``texts``, from just inside its corners."""
    box = words[index_of(words, texts[0])].word.box
    for text in texts[1:]:
        box = box.union(words[index_of(words, text)].word.box)
    return drag(
        qtbot, view, viewport_point(view, box, 0.05, 0.1), viewport_point(view, box, 0.95, 0.9)
    )


def test_clicking_a_word_picks_it(qtbot: QtBot, view: CardView, front: tuple) -> None:
    words = front[1]
    assert click(qtbot, view, word_point(view, words, "Berger")) == [index_of(words, "Berger")]
    assert view.selected_text() == "Berger"
    assert view.word_item(index_of(words, "Berger")).pen().widthF() > 2


def test_dragging_over_words_picks_them_in_reading_order(
    qtbot: QtBot, view: CardView, front: tuple
) -> None:
    words = front[1]
    elbtal = words[index_of(words, "Elbtal")].word.box
    software = words[index_of(words, "Software")].word.box
    start = view.mapFromScene(QPointF(software.right + 10, software.bottom + 6))
    end = view.mapFromScene(QPointF(elbtal.left - 10, elbtal.top - 6))
    picked = drag(qtbot, view, start, end)
    assert picked == [index_of(words, "Elbtal"), index_of(words, "Software")]
    assert picked[0] > picked[1], "the words list is in reverse, so this is reading order"
    assert view.selected_text() == "Elbtal Software"


def test_picked_lines_are_joined_by_newlines(qtbot: QtBot, view: CardView, front: tuple) -> None:
    words = front[1]
    drag_over(qtbot, view, words, "Königsbrücker", "12", "Dresden")
    assert view.selected_text() == "Königsbrücker Str. 12\n01099 Dresden"


def test_shift_adds_and_ctrl_toggles(qtbot: QtBot, view: CardView, front: tuple) -> None:
    words = front[1]
    anna, berger = index_of(words, "Anna"), index_of(words, "Berger")
    click(qtbot, view, word_point(view, words, "Berger"))
    shift = Qt.KeyboardModifier.ShiftModifier
    assert click(qtbot, view, word_point(view, words, "Anna"), shift) == [anna, berger]
    ctrl = Qt.KeyboardModifier.ControlModifier
    assert click(qtbot, view, word_point(view, words, "Berger"), ctrl) == [anna]


def test_clicking_empty_card_clears_the_pick(qtbot: QtBot, view: CardView, front: tuple) -> None:
    words = front[1]
    click(qtbot, view, word_point(view, words, "Anna"))
    assert click(qtbot, view, view.mapFromScene(QPointF(650, 30))) == []
    assert view.selected_indexes() == []
    assert view.selected_text() == ""


def test_escape_clears_the_pick(qtbot: QtBot, view: CardView, front: tuple) -> None:
    click(qtbot, view, word_point(view, front[1], "Anna"))
    with qtbot.wait_signal(view.words_picked) as picked:
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert picked.args == [[]]


def test_highlight_field_fills_that_fields_words(view: CardView, front: tuple) -> None:
    words = front[1]
    view.highlight_field("company")
    filled = {i for i in range(len(words)) if view.word_item(i).brush().style() != Qt.NoBrush}
    assert filled == {index_of(words, "Elbtal"), index_of(words, "Software")}
    assert 60 <= view.word_item(index_of(words, "Elbtal")).brush().color().alpha() <= 120
    view.highlight_words([index_of(words, "Anna")])
    assert view.word_item(index_of(words, "Anna")).brush().style() != Qt.NoBrush
    assert view.word_item(index_of(words, "Elbtal")).brush().style() == Qt.NoBrush
    view.highlight_field(None)
    assert all(view.word_item(i).brush().style() == Qt.NoBrush for i in range(len(words)))


def test_unsure_words_are_drawn_in_amber(view: CardView, front: tuple) -> None:
    words = front[1]
    for index, stored in enumerate(words):
        hue = view.word_item(index).pen().color().hue()
        assert (20 <= hue <= 45) == (stored.word.confidence < LOW_CONFIDENCE), stored.word.text
    assert "Director" in view.word_item(index_of(words, UNSURE)).toolTip()


def test_hidden_words_keep_picked_and_highlighted_ones(
    qtbot: QtBot, view: CardView, front: tuple
) -> None:
    words = front[1]
    view.highlight_field("email")
    click(qtbot, view, word_point(view, words, "Anna"))
    view.set_words_visible(False)
    visible = {i for i in range(len(words)) if view.word_item(i).isVisible()}
    assert visible == {index_of(words, "Anna"), index_of(words, "anna@elbtal.de")}
    assert click(qtbot, view, word_point(view, words, "Dresden")) == [index_of(words, "Dresden")]
    view.set_words_visible(True)
    assert all(view.word_item(i).isVisible() for i in range(len(words)))


def card_on_screen(view: CardView) -> QRectF:
    return QRectF(view.mapFromScene(view.sceneRect()).boundingRect())


def test_zoom_in_and_back_to_fit(qtbot: QtBot, view: CardView) -> None:
    fitted = view.transform().m11()
    assert QRectF(view.viewport().rect()).contains(card_on_screen(view))
    assert card_on_screen(view).width() > view.viewport().width() * 0.9
    with qtbot.wait_signal(view.zoom_changed):
        view.zoom_in()
    assert view.transform().m11() > fitted
    assert view.zoom() > 1
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() == 1.0, "never smaller than fitted"
    for _ in range(20):
        view.zoom_in()
    assert view.zoom() == MAX_ZOOM
    view.fit()
    assert view.zoom() == 1.0
    assert view.transform().m11() == pytest.approx(fitted)


def test_fitted_card_follows_resizes_and_zoom_does_not(qtbot: QtBot, view: CardView) -> None:
    view.resize(400, 300)
    qtbot.waitUntil(lambda: view.viewport().width() < 450)
    assert QRectF(view.viewport().rect()).contains(card_on_screen(view))
    view.zoom_in()
    zoomed = view.transform().m11() / view.zoom()
    view.resize(380, 300)
    qtbot.waitUntil(lambda: view.viewport().width() < 400)
    assert view.zoom() > 1
    assert view.transform().m11() / view.zoom() < zoomed


def test_wheel_zooms_around_the_cursor(qtbot: QtBot, view: CardView, front: tuple) -> None:
    words = front[1]
    box = words[index_of(words, "Dresden")].word.box
    cursor = viewport_point(view, box)
    scene_point = view.mapToScene(cursor)
    for _ in range(3):
        wheel = QWheelEvent(
            QPointF(cursor),
            QPointF(view.viewport().mapToGlobal(cursor)),
            QPoint(),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() > 1.9
    assert (view.mapFromScene(scene_point) - cursor).manhattanLength() <= 2


def test_no_image_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    view = CardView()
    qtbot.add_widget(view)
    view.show()
    assert not view.has_image()
    texts = [item.text() for item in view.items() if isinstance(item, QGraphicsSimpleTextItem)]
    assert texts == ["No card image"]
    (tmp_path / "broken.png").write_bytes(b"not a png")
    view.show_card(tmp_path / "broken.png", [])
    texts = [item.text() for item in view.items() if isinstance(item, QGraphicsSimpleTextItem)]
    assert texts == ["Could not read the card image"]
    assert "broken.png" in view.toolTip()


def stored_image(image_id: int, side: Side, role: ImageRole, path: Path) -> StoredImage:
    image = QImage(str(path))
    return StoredImage(image_id, side, role, path.name, path, image.width(), image.height())


@pytest.fixture
def details(tmp_path: Path, front: tuple[Path, list[StoredWord]]) -> CardDetails:
    back_path = tmp_path / "back.png"
    back_words = draw_card(back_path, (600, 340), BACK, "#e4eef6")
    images = [
        stored_image(1, Side.FRONT, ImageRole.ORIGINAL, back_path),
        stored_image(2, Side.FRONT, ImageRole.FLATTENED, front[0]),
        stored_image(3, Side.BACK, ImageRole.FLATTENED, back_path),
    ]
    return CardDetails(images, {2: front[1], 3: back_words}, {}, [], "")


@pytest.fixture
def panel(qtbot: QtBot, details: CardDetails) -> CardPanel:
    panel = CardPanel()
    qtbot.add_widget(panel)
    panel.resize(560, 420)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_details(details)
    return panel


def button(panel: CardPanel, text: str) -> QAbstractButton:
    return next(b for b in panel.findChildren(QAbstractButton) if b.text() == text)


def test_panel_shows_the_flattened_front_then_the_back(
    qtbot: QtBot, panel: CardPanel, details: CardDetails
) -> None:
    assert panel.shown_side() is Side.FRONT
    assert panel.view.sceneRect().size().toSize().toTuple() == (700, 400)
    assert button(panel, "Back").isEnabled()
    qtbot.mouseClick(button(panel, "Back"), Qt.MouseButton.LeftButton)
    assert panel.shown_side() is Side.BACK
    assert panel.view.sceneRect().size().toSize().toTuple() == (600, 340)
    assert len(details.words[3]) == 7
    assert panel.view.word_item(6).rect().width() > 0
    qtbot.mouseClick(button(panel, "Front"), Qt.MouseButton.LeftButton)
    assert panel.shown_side() is Side.FRONT


def test_panel_without_a_back_cannot_show_one(panel: CardPanel, details: CardDetails) -> None:
    panel.show_details(CardDetails(details.images[:2], details.words, {}, [], ""))
    assert not button(panel, "Back").isEnabled()
    panel.show_details(None)
    assert not panel.view.has_image()
    assert not button(panel, "Front").isEnabled()
    assert not button(panel, "Show words").isEnabled()
    assert not any(button(panel, text).isEnabled() for text in ("−", "+", "Fit"))


def test_panel_highlight_stays_with_the_field_across_sides(
    qtbot: QtBot, panel: CardPanel, details: CardDetails
) -> None:
    words = details.words[2]
    panel.highlight_field("company")
    elbtal = panel.view.word_item(index_of(words, "Elbtal"))
    assert elbtal.brush().style() != Qt.NoBrush
    qtbot.mouseClick(button(panel, "Back"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(panel, "Front"), Qt.MouseButton.LeftButton)
    elbtal = panel.view.word_item(index_of(words, "Elbtal"))
    assert elbtal.brush().style() != Qt.NoBrush


def test_words_button_and_w_toggle_the_boxes(
    qtbot: QtBot, panel: CardPanel, details: CardDetails
) -> None:
    qtbot.mouseClick(button(panel, "Show words"), Qt.MouseButton.LeftButton)
    assert not panel.view.words_visible()
    assert not panel.view.word_item(0).isVisible()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_W)
    assert panel.view.words_visible()


def test_panel_zoom_buttons(qtbot: QtBot, panel: CardPanel) -> None:
    assert not button(panel, "Fit").isEnabled()
    qtbot.mouseClick(button(panel, "+"), Qt.MouseButton.LeftButton)
    assert panel.view.zoom() > 1
    assert button(panel, "Fit").isEnabled()
    qtbot.mouseClick(button(panel, "Fit"), Qt.MouseButton.LeftButton)
    assert panel.view.zoom() == 1.0


def test_picked_words_can_be_used_as_company(
    qtbot: QtBot, panel: CardPanel, details: CardDetails
) -> None:
    view, words = panel.view, details.words[2]
    assert not panel.use_as_button.isEnabled()
    elbtal = words[index_of(words, "Elbtal")].word.box
    software = words[index_of(words, "Software")].word.box
    drag(qtbot, view, viewport_point(view, elbtal, 0.2), viewport_point(view, software, 0.8))
    assert panel.use_as_button.isEnabled()
    qtbot.mouseClick(panel.use_as_button, Qt.MouseButton.LeftButton)
    menu = panel.use_as_menu
    qtbot.waitUntil(menu.isVisible)
    company = next(a for a in menu.actions() if a.text() == "&Company")
    with qtbot.wait_signal(panel.assign) as assigned:
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(company).center())
    assert assigned.args == ["company", "Elbtal Software"]
    assert view.selected_indexes() == []
    assert not panel.use_as_button.isEnabled()


def test_right_click_offers_fields_at_the_cursor_and_keeps_address_lines(
    qtbot: QtBot, panel: CardPanel, details: CardDetails
) -> None:
    view, words = panel.view, details.words[2]
    drag_over(qtbot, view, words, "Königsbrücker", "12", "Dresden")
    cursor = word_point(view, words, "Dresden")
    # Through the window, as a real click comes: Qt makes the context menu event there.
    window_point = view.viewport().mapTo(panel.window(), cursor)
    qtbot.mouseClick(panel.windowHandle(), Qt.MouseButton.RightButton, pos=window_point)
    menu = panel.use_as_menu
    qtbot.waitUntil(menu.isVisible)
    assert (menu.pos() - view.viewport().mapToGlobal(cursor)).manhattanLength() < 40
    with qtbot.wait_signal(panel.assign) as assigned:
        qtbot.keyClick(menu, Qt.Key.Key_A)
    assert assigned.args == ["address", "Königsbrücker Str. 12\n01099 Dresden"]


def test_one_line_fields_get_picked_lines_on_one_line(
    qtbot: QtBot, panel: CardPanel, details: CardDetails
) -> None:
    view, words = panel.view, details.words[2]
    drag_over(qtbot, view, words, "Königsbrücker", "12", "Dresden")
    with qtbot.wait_signal(panel.assign) as assigned:
        next(a for a in panel.use_as_menu.actions() if a.text() == "N&otes").trigger()
    assert assigned.args == ["notes", "Königsbrücker Str. 12\n01099 Dresden"]
    drag_over(qtbot, view, words, "Königsbrücker", "12", "Dresden")
    with qtbot.wait_signal(panel.assign) as assigned:
        next(a for a in panel.use_as_menu.actions() if a.text() == "&Name").trigger()
    assert assigned.args == ["name", "Königsbrücker Str. 12 01099 Dresden"]


def test_right_click_on_an_unpicked_word_picks_it_first(
    qtbot: QtBot, panel: CardPanel, details: CardDetails
) -> None:
    view, words = panel.view, details.words[2]
    cursor = word_point(view, words, "anna@elbtal.de")
    window_point = view.viewport().mapTo(panel.window(), cursor)
    with qtbot.wait_signal(view.words_picked) as picked:
        qtbot.mouseClick(panel.windowHandle(), Qt.MouseButton.RightButton, pos=window_point)
    assert picked.args == [[index_of(words, "anna@elbtal.de")]]
    qtbot.waitUntil(panel.use_as_menu.isVisible)
    with qtbot.wait_signal(panel.assign) as assigned:
        qtbot.keyClick(panel.use_as_menu, Qt.Key.Key_E)
    assert assigned.args == ["email", "anna@elbtal.de"]
