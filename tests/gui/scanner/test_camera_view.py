"""The camera view on a real display: the frame fitted and letterboxed, the card outlined in its
state's colour, the capture flash, and messages over the picture."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from cardkeeper.gui.scanner.camera_view import (
    CAPTURED,
    FOUND,
    HOLD_STILL,
    NO_CARD,
    OUTLINE_COLOURS,
    PLACEHOLDER,
    CameraView,
)

FRAME = QSize(640, 360)
CARD = QRect(160, 90, 320, 180)
"""Where the card lies in the frame, in the frame's pixels."""
DESK = QColor(60, 60, 60)
VIEW = QSize(800, 600)
"""4:3, so a 16:9 frame is letterboxed: scaled by 1.25 to 800x450, with 75 px bars."""
MESSAGE = "No camera was found: connect a webcam, or drop photos of cards on the main window."


def make_frame() -> QImage:
    image = QImage(FRAME, QImage.Format.Format_RGB32)
    image.fill(DESK)
    painter = QPainter(image)
    painter.fillRect(CARD, QColor("white"))
    painter.end()
    return image


def card_corners() -> list[tuple[float, float]]:
    left, top = CARD.x(), CARD.y()
    right, bottom = left + CARD.width(), top + CARD.height()
    return [(left, top), (right, top), (right, bottom), (left, bottom)]


def on_screen(view: CameraView, x: float, y: float) -> QPoint:
    """A frame pixel's place in the widget, worked out apart from the widget's own code."""
    scale = min(view.width() / FRAME.width(), view.height() / FRAME.height())
    left = (view.width() - FRAME.width() * scale) / 2
    top = (view.height() - FRAME.height() * scale) / 2
    return QPoint(round(left + x * scale), round(top + y * scale))


def pixel(view: CameraView, point: QPoint) -> QColor:
    return view.grab().toImage().pixelColor(point)


def rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def near(colour: QColor, expected: QColor, tolerance: int = 12) -> bool:
    """Whether each channel is within ``tolerance``; pytest-xvfb's screen has 16-bit colour,
    5 bits for red and blue, so even an untouched pixel may come back up to 8 off."""
    return all(abs(a - b) <= tolerance for a, b in zip(rgb(colour), rgb(expected), strict=True))


@pytest.fixture
def view(qtbot: QtBot) -> CameraView:
    view = CameraView()
    qtbot.add_widget(view)
    view.resize(VIEW)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("state", [FOUND, HOLD_STILL, CAPTURED])
def test_the_card_is_outlined_in_its_states_colour(view: CameraView, state: str) -> None:
    view.show_frame(make_frame(), card_corners(), state, steady_share=1.0)
    edge = pixel(view, on_screen(view, CARD.center().x(), CARD.top()))
    assert near(edge, OUTLINE_COLOURS[state]), edge.name()
    others = [colour for other, colour in OUTLINE_COLOURS.items() if other != state]
    assert not any(near(edge, colour, 60) for colour in others), "each state has its own colour"
    inside = pixel(view, on_screen(view, CARD.center().x(), CARD.center().y()))
    assert min(inside.red(), inside.green(), inside.blue()) > 200, "the card shows through"
    assert near(pixel(view, on_screen(view, 40, 40)), DESK, 8), "the desk is untouched"


def test_no_card_draws_no_outline(view: CameraView) -> None:
    view.show_frame(make_frame(), None, NO_CARD)
    plain = view.grab().toImage()
    view.show_frame(make_frame(), card_corners(), NO_CARD)
    assert view.grab().toImage() == plain


def test_a_held_card_firms_up_as_it_steadies(view: CameraView) -> None:
    edge = on_screen(view, CARD.center().x(), CARD.bottom())
    blue = OUTLINE_COLOURS[HOLD_STILL]

    def distance(colour: QColor) -> int:
        return sum(abs(a - b) for a, b in zip(rgb(colour), rgb(blue), strict=True))

    view.show_frame(make_frame(), card_corners(), HOLD_STILL, steady_share=0.0)
    starting = distance(pixel(view, edge))
    view.show_frame(make_frame(), card_corners(), HOLD_STILL, steady_share=0.5)
    halfway = distance(pixel(view, edge))
    view.show_frame(make_frame(), card_corners(), HOLD_STILL, steady_share=1.0)
    steady = distance(pixel(view, edge))
    assert starting > halfway > steady
    assert steady < 20


def test_a_wide_frame_in_a_square_view_gets_dark_bars(view: CameraView) -> None:
    view.show_frame(make_frame(), None, NO_CARD)
    image = view.grab().toImage()
    for y in (0, 40, 73, 526, 560, 599):
        assert image.pixelColor(400, y).lightness() < 30, y
    for y in (77, 300, 522):
        assert near(image.pixelColor(20, y), DESK, 8), y


def test_the_flash_brightens_the_picture_and_fades(qtbot: QtBot, view: CameraView) -> None:
    view.show_frame(make_frame(), card_corners(), CAPTURED)
    desk = on_screen(view, 40, 40)
    view.flash()
    assert pixel(view, desk).lightness() > 180
    qtbot.waitUntil(lambda: pixel(view, desk).lightness() < 140, timeout=1000)
    view.flash()
    assert pixel(view, desk).lightness() > 180, "a second capture flashes again in full"
    qtbot.waitUntil(lambda: near(pixel(view, desk), DESK, 8), timeout=1000)


def test_a_message_is_drawn_over_the_picture(view: CameraView) -> None:
    view.show_frame(make_frame(), None, NO_CARD)
    plain = view.grab().toImage()
    view.show_message(MESSAGE)
    assert view.message() == MESSAGE
    assert view.accessibleDescription() == MESSAGE
    shown = view.grab().toImage()
    centre = view.rect().center()
    changed = sum(
        shown.pixelColor(x, y) != plain.pixelColor(x, y)
        for x in range(centre.x() - 200, centre.x() + 200, 4)
        for y in range(centre.y() - 20, centre.y() + 20, 2)
    )
    assert changed > 1000, "a box with text covers the middle"
    view.clear_message()
    assert view.message() == ""
    assert view.grab().toImage() == plain


def test_before_the_first_frame_a_placeholder_says_the_camera_is_starting(
    qtbot: QtBot,
) -> None:
    view = CameraView()
    qtbot.add_widget(view)
    assert view.sizeHint() == QSize(960, 540)
    assert view.minimumSizeHint() == QSize(320, 180)
    assert view.accessibleName()
    assert view.accessibleDescription() == PLACEHOLDER
    view.resize(480, 270)
    image = view.grab().toImage()
    corner = image.pixelColor(5, 5)
    assert corner.lightness() < 30
    centre = image.rect().center()
    assert any(
        image.pixelColor(x, centre.y() + dy).lightness() > 80
        for x in range(centre.x() - 60, centre.x() + 60)
        for dy in range(-6, 7)
    ), "the placeholder text is drawn"
    view.show_message(MESSAGE)
    assert view.accessibleDescription() == MESSAGE
    view.clear_message()
    view.show_frame(make_frame(), None, NO_CARD)
    assert view.accessibleDescription() not in ("", PLACEHOLDER), "says what the camera sees"


def test_an_unknown_state_is_refused(view: CameraView) -> None:
    with pytest.raises(ValueError, match="unknown camera state"):
        view.show_frame(make_frame(), None, "blurry")
