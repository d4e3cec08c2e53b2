"""The captures model and strip: rows appended and filled in one by one, opened by double-click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cardkeeper.gui.scanner.capture_strip import (
    CONTACT_ID_ROLE,
    THUMBNAIL_SIZE,
    CapturesModel,
    CaptureStrip,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole

pytestmark = pytest.mark.usefixtures("qapp")  # the model draws pixmaps, which need a GUI app


def card_image(width: int = 850, height: int = 550) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1e8"))
    return image


def data(model: CapturesModel, row: int, role: int = DISPLAY) -> object:
    return model.index(row).data(role)


def has_amber(pixmap: QPixmap) -> bool:
    """Whether the picture carries the warning sign's amber."""
    image = pixmap.toImage()
    return any(
        (colour := image.pixelColor(x, y)).alpha() > 200
        and 30 <= colour.hue() <= 50
        and colour.saturation() > 200
        for x in range(image.width())
        for y in range(image.height())
    )


def test_captures_are_appended_then_filled_in_row_by_row(qtmodeltester: ModelTester) -> None:
    model = CapturesModel()
    qtmodeltester.check(model)
    model.add_capture(1, back=False)
    model.add_capture(2, back=False)
    model.add_capture(3, back=True)
    assert model.rowCount() == 3
    assert model.count() == 2, "a back is a side of a card already counted"
    assert [data(model, row) for row in range(3)] == [
        "Reading…\nCard 1",
        "Reading…\nCard 2",
        "Back of card 2\nReading…",
    ]
    assert data(model, 0, CONTACT_ID_ROLE) is None
    assert isinstance(data(model, 0, DECORATION), QPixmap)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))

    model.set_result(
        2,
        name="Anna Berger",
        company="Elbtal Software",
        thumbnail=card_image(),
        contact_id=42,
        error=None,
    )
    assert changed == [(1, 1)]
    assert data(model, 1) == "Anna Berger\nElbtal Software"
    assert data(model, 1, CONTACT_ID_ROLE) == 42
    assert "Anna Berger" in str(data(model, 1, TOOLTIP))
    assert data(model, 0) == "Reading…\nCard 1", "other rows are untouched"
    model.set_result(3, name="", company="", thumbnail=None, contact_id=42, error=None)
    assert changed == [(1, 1), (2, 2)]
    assert data(model, 2) == "Back of card 2\nNo text read"
    qtmodeltester.check(model)


def test_a_capture_read_without_a_name_says_so() -> None:
    model = CapturesModel()
    model.add_capture(1, back=False)
    model.set_result(
        1, name="", company="Elbtal Software", thumbnail=card_image(), contact_id=7, error=None
    )
    assert data(model, 0) == "No name read\nElbtal Software"


def test_a_failed_capture_shows_a_warning_and_says_why() -> None:
    model = CapturesModel()
    model.add_capture(1, back=False)
    model.add_capture(2, back=False)
    reason = "The card was too blurred to read: hold it still a moment longer."
    model.set_result(1, name="", company="", thumbnail=card_image(), contact_id=None, error=reason)
    model.set_result(2, name="", company="", thumbnail=None, contact_id=None, error=reason)
    assert data(model, 0) == "Not read\nCard 1"
    assert reason in str(data(model, 0, TOOLTIP))
    assert data(model, 0, CONTACT_ID_ROLE) is None
    picture = data(model, 0, DECORATION)
    assert isinstance(picture, QPixmap)
    assert has_amber(picture)
    blank = data(model, 1, DECORATION)
    assert isinstance(blank, QPixmap)
    assert has_amber(blank), "a failure without a picture is marked too"


def test_thumbnails_keep_the_cards_shape_on_a_canvas_of_one_size() -> None:
    model = CapturesModel()
    model.add_capture(1, back=False)
    reading = data(model, 0, DECORATION)
    assert isinstance(reading, QPixmap)
    assert reading.deviceIndependentSize().toSize() == THUMBNAIL_SIZE
    model.set_result(
        1, name="A", company="", thumbnail=card_image(800, 200), contact_id=1, error=None
    )
    picture = data(model, 0, DECORATION)
    assert isinstance(picture, QPixmap)
    assert picture.deviceIndependentSize().toSize() == THUMBNAIL_SIZE
    image = picture.toImage()
    column = image.width() // 2
    drawn = [y for y in range(image.height()) if image.pixelColor(column, y).alpha() == 255]
    # 800x200 scaled into 160x100 is 160x40, centred: rows 30 to 69.
    assert drawn == list(range(30, 70))


def test_a_back_before_any_front_and_a_number_used_twice() -> None:
    model = CapturesModel()
    model.add_capture(1, back=True)
    assert data(model, 0) == "Back of a card\nReading…"
    assert model.count() == 0
    with pytest.raises(ValueError, match="already"):
        model.add_capture(1, back=False)


@pytest.fixture
def strip(qtbot: QtBot) -> CaptureStrip:
    strip = CaptureStrip()
    qtbot.add_widget(strip)
    strip.setModel(CapturesModel(strip))
    strip.resize(560, strip.height())
    strip.show()
    qtbot.waitExposed(strip)
    return strip


def model_of(strip: CaptureStrip) -> CapturesModel:
    model = strip.model()
    assert isinstance(model, CapturesModel)
    return model


def double_click(qtbot: QtBot, strip: CaptureStrip, index: QModelIndex) -> None:
    """A click and then the double-click event, as a real double-click arrives (QTest's
    ``mouseDClick`` alone sends only the second half)."""
    centre = strip.visualRect(index).center()
    qtbot.mouseClick(strip.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(strip.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_double_click_or_enter_opens_the_contact(qtbot: QtBot, strip: CaptureStrip) -> None:
    model = model_of(strip)
    model.add_capture(1, back=False)
    model.add_capture(2, back=False)
    model.set_result(1, name="Anna", company="", thumbnail=None, contact_id=42, error=None)
    first, second = model.index(0), model.index(1)

    with qtbot.assertNotEmitted(strip.open_contact, wait=50):
        double_click(qtbot, strip, second)
    with qtbot.waitSignal(strip.open_contact) as opened:
        double_click(qtbot, strip, first)
    assert opened.args == [42]
    strip.setCurrentIndex(first)
    with qtbot.waitSignal(strip.open_contact) as opened:
        qtbot.keyClick(strip, Qt.Key.Key_Return)
    assert opened.args == [42]


def test_a_row_fits_the_strip_and_new_rows_scroll_into_view(strip: CaptureStrip) -> None:
    model = model_of(strip)
    model.add_capture(1, back=False)
    first = strip.visualRect(model.index(0))
    assert strip.viewport().rect().contains(first)
    assert first.width() >= THUMBNAIL_SIZE.width()
    assert first.height() >= THUMBNAIL_SIZE.height() + 2 * strip.fontMetrics().height()
    bar = strip.horizontalScrollBar()
    for number in range(2, 13):
        model.add_capture(number, back=False)
        newest = strip.visualRect(model.index(model.rowCount() - 1))
        assert strip.viewport().rect().contains(newest), number
        assert bar.value() == bar.maximum()
    assert bar.maximum() > 0
    assert strip.viewport().rect().contains(newest), "the scroll bar does not cover the row"
    assert not strip.viewport().rect().intersects(strip.visualRect(model.index(0)))


def test_an_empty_strip_says_what_it_is_for(strip: CaptureStrip) -> None:
    def middle_is_blank() -> bool:
        image = strip.viewport().grab().toImage()
        background = image.pixelColor(2, 2)
        middle = QRect(QPoint(0, 0), QSize(200, 30))
        middle.moveCenter(image.rect().center())
        return all(
            image.pixelColor(x, y) == background
            for x in range(middle.left(), middle.right())
            for y in range(middle.top(), middle.bottom())
        )

    assert not middle_is_blank()
    model_of(strip).add_capture(1, back=False)
    assert middle_is_blank(), "the text goes once a capture is there"
