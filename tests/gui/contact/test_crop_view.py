"""Cropping by hand on the photo: corners dragged one by one, and turned with the photo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from cardkeeper.gui.contact.crop_view import CropView
from cardkeeper.reading.hand_crop import WHOLE, Corners


@pytest.fixture
def view(qtbot: QtBot) -> CropView:
    view = CropView()
    qtbot.add_widget(view)
    view.resize(640, 480)
    view.show()
    qtbot.waitExposed(view)
    photo = QImage(800, 500, QImage.Format.Format_RGB32)
    photo.fill(QColor("#808080"))
    view.show_photo(photo)
    return view


def test_a_corner_dragged_moves_that_corner_only(qtbot: QtBot, view: CropView) -> None:
    assert view.corners() == WHOLE
    start = view.corner_on_screen(2).toPoint()
    end = view.mapFromScene(600, 400)
    with qtbot.wait_signal(view.corners_changed):
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), (start + end) / 2)
        qtbot.mouseMove(view.viewport(), end)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    corners = view.corners()
    assert corners[:2] == WHOLE[:2] and corners[3] == WHOLE[3]
    assert corners[2] == pytest.approx((0.75, 0.8), abs=0.01)


def test_a_corner_cannot_leave_the_photo(qtbot: QtBot, view: CropView) -> None:
    start = view.corner_on_screen(0).toPoint()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start - QPoint(5, 5))
    qtbot.mouseMove(view.viewport(), start - QPoint(12, 12))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start - QPoint(12, 12))
    assert view.corners()[0] == (0.0, 0.0)


def flat(corners: Corners) -> list[float]:
    return [value for corner in corners for value in corner]


def test_turning_keeps_the_card_framed(view: CropView) -> None:
    view.set_corners(((0.1, 0.2), (0.9, 0.2), (0.9, 0.6), (0.1, 0.6)))
    view.rotate_by(90)
    assert view.rotation() == 90 and view.photo_size() == (500, 800)
    # The card's top edge now runs down the right side; its top-left is the old bottom-left.
    assert flat(view.corners()) == pytest.approx(
        flat(((0.4, 0.1), (0.8, 0.1), (0.8, 0.9), (0.4, 0.9)))
    )
    view.rotate_by(-90)
    assert view.rotation() == 0
    assert flat(view.corners()) == pytest.approx(
        flat(((0.1, 0.2), (0.9, 0.2), (0.9, 0.6), (0.1, 0.6)))
    )
