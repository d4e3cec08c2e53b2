"""The scanner window's live camera picture, with the card the tracker found outlined.

While laying cards under the camera the user watches this view, not the desk,
so it has to answer at a glance: is a card seen (amber), is it being held for
the capture (blue, filling up), was it taken (green, with a flash). Frames
arrive as QImages the camera thread already made; this widget only paints, and
only when told something changed, so it can never hold up the camera.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP

NO_CARD = "no card"
FOUND = "found"
HOLD_STILL = "hold still"
CAPTURED = "captured"
SEVERAL = "several cards"
STATES = (NO_CARD, FOUND, HOLD_STILL, CAPTURED, SEVERAL)
"""What the tracker says about the frame; :meth:`CameraView.show_frame` takes one of these."""

OUTLINE_COLOURS = {
    FOUND: QColor(255, 176, 0),
    HOLD_STILL: QColor(0, 174, 255),
    CAPTURED: QColor(46, 204, 96),
    SEVERAL: QColor(255, 80, 80),
}
"""Bright, saturated and far apart in hue, so each reads on a white desk and on a dark one
(the dark halo under the line does the rest). Colour is not the only cue, for users who
tell amber from green poorly: a held card also gets the filling ring, a capture the flash."""
OUTLINE_WIDTH = 4.0
"""Widget pixels: thick enough to see from arm's length, thin enough not to hide the card edge."""
FLASH_OPACITY = 0.7
FLASH_MS = 250
"""The flash fades from ``FLASH_OPACITY`` to nothing in this time: seen, and gone before the
user has lifted the card."""
PLACEHOLDER = QT_TRANSLATE_NOOP("camera_view", "Starting the camera…")

_BACKGROUND = QColor(20, 21, 24)
"""Letterbox bars and the empty view: near black, like the camera's own dark."""
_HALO = QColor(0, 0, 0, 150)
_HALO_WIDTH = OUTLINE_WIDTH + 3
_FILL_ALPHA = 32
"""About 12%: the card is tinted so its area shows, and its print stays readable."""
_HOLD_MIN_ALPHA = 120
"""Stroke opacity of a card just starting to be held; it reaches full as it steadies."""
_PROGRESS_RADIUS = 12
_PROGRESS_INSET = 46
"""How far the steadiness ring sits inside the quad's top-left corner, along the diagonal:
clear of both edges even on a long card, whose diagonal runs at about 33° to its long edge."""
_MESSAGE_MAX_WIDTH = 520
_MESSAGE_MARGIN = 24
_MESSAGE_PADDING = 16
_MESSAGE_BOX = QColor(0, 0, 0, 205)
"""Dark enough that the sentence reads over the busiest picture."""
_PLACEHOLDER_TEXT = QColor(255, 255, 255, 140)

_STATE_DESCRIPTIONS = {
    NO_CARD: QT_TRANSLATE_NOOP("camera_view", "No card in view"),
    FOUND: QT_TRANSLATE_NOOP("camera_view", "Card found"),
    HOLD_STILL: QT_TRANSLATE_NOOP("camera_view", "Hold the card still"),
    CAPTURED: QT_TRANSLATE_NOOP("camera_view", "Card captured"),
    SEVERAL: QT_TRANSLATE_NOOP("camera_view", "Several cards in view"),
}


class CameraView(QWidget):
    """The latest camera frame fitted in the widget, the card outlined in its state's colour.

    A message (no camera, a hint) can be laid over the picture; :meth:`flash`
    marks a capture. The widget has no signals: it only shows what it is given.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Every pixel is painted on each paint, so Qt need not clear the area first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Camera picture"))
        self._frame = QImage()
        self._outline: list[QPointF] = []
        self._state = NO_CARD
        self._steady_share = 0.0
        self._message = ""
        self._flash_opacity = 0.0
        self._flash = QVariantAnimation(self)
        self._flash.setStartValue(FLASH_OPACITY)
        self._flash.setEndValue(0.0)
        self._flash.setDuration(FLASH_MS)
        self._flash.valueChanged.connect(self._set_flash_opacity)
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 180)

    # What is shown

    def show_frame(
        self,
        image: QImage,
        outline: Sequence[tuple[float, float]] | None,
        state: str,
        steady_share: float = 0.0,
    ) -> None:
        """Show ``image`` with the card's ``outline`` (corners in the image's pixels, or None).

        ``image`` is kept, not copied: the caller hands over a copy of its own
        buffer. ``Format_RGB32`` paints fastest; made on the camera thread, the
        conversion costs the GUI thread nothing (RGB888 frames paint, but about
        twice as slowly when scaled). ``steady_share`` (0 to 1) is how far a held
        card is towards being captured; it only matters in the :data:`HOLD_STILL` state.
        """
        if state not in STATES:
            raise ValueError(f"unknown camera state {state!r}; expected one of {STATES}")
        self._frame = image
        self._outline = [QPointF(x, y) for x, y in outline or ()]
        self._steady_share = min(max(steady_share, 0.0), 1.0)
        self._state = state
        self._describe()
        self.update()

    def show_message(self, text: str) -> None:
        """Lay ``text`` over the view in a box, until :meth:`clear_message` or the next message."""
        self._message = text
        self._describe()
        self.update()

    def clear_message(self) -> None:
        self.show_message("")

    def message(self) -> str:
        return self._message

    def flash(self) -> None:
        """Flash the picture white, as a camera does when it takes a photo; restarts if running."""
        self._flash.stop()
        self._set_flash_opacity(FLASH_OPACITY)
        self._flash.start()

    def _set_flash_opacity(self, opacity: float) -> None:
        self._flash_opacity = opacity
        self.update(self._frame_rect() if not self._frame.isNull() else self.rect())

    def _describe(self) -> None:
        """Say in words what the picture shows, for screen readers."""
        if self._message:
            description = self._message
        elif self._frame.isNull():
            description = QCoreApplication.translate("camera_view", PLACEHOLDER)
        else:
            description = QCoreApplication.translate(
                "camera_view", _STATE_DESCRIPTIONS[self._state]
            )
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)

    # Painting

    def _frame_rect(self) -> QRect:
        """Where the frame is drawn: as large as fits, aspect kept, centred."""
        size = self._frame.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        rect = QRect(QPoint(0, 0), size)
        rect.moveCenter(self.rect().center())
        return rect

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), _BACKGROUND)
        target = self.rect()
        if not self._frame.isNull():
            target = self._frame_rect()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._frame)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw_outline(painter, target)
        if self._flash_opacity > 0:
            white = QColor(255, 255, 255)
            white.setAlphaF(self._flash_opacity)
            painter.fillRect(target, white)
        if self._message:
            self._draw_text(painter, self._message, boxed=True)
        elif self._frame.isNull():
            self._draw_text(
                painter, QCoreApplication.translate("camera_view", PLACEHOLDER), boxed=False
            )
        painter.end()

    def _draw_outline(self, painter: QPainter, target: QRect) -> None:
        if self._state == NO_CARD or len(self._outline) < 3:
            return
        to_widget = QTransform.fromTranslate(target.x(), target.y()).scale(
            target.width() / self._frame.width(), target.height() / self._frame.height()
        )
        quad = to_widget.map(QPolygonF(self._outline))
        colour = QColor(OUTLINE_COLOURS[self._state])
        fill = QColor(colour)
        fill.setAlpha(_FILL_ALPHA)
        painter.setBrush(fill)
        painter.setPen(_round_pen(_HALO, _HALO_WIDTH))
        painter.drawPolygon(quad)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._state == HOLD_STILL:
            colour.setAlpha(round(_HOLD_MIN_ALPHA + (255 - _HOLD_MIN_ALPHA) * self._steady_share))
        painter.setPen(_round_pen(colour, OUTLINE_WIDTH))
        painter.drawPolygon(quad)
        if self._state == HOLD_STILL:
            self._draw_progress(painter, _progress_centre(quad))

    def _draw_progress(self, painter: QPainter, centre: QPointF) -> None:
        """A ring that fills clockwise as the card steadies: how long still to hold it."""
        ring = QRectF(
            centre.x() - _PROGRESS_RADIUS,
            centre.y() - _PROGRESS_RADIUS,
            2 * _PROGRESS_RADIUS,
            2 * _PROGRESS_RADIUS,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_HALO)
        painter.drawEllipse(ring.adjusted(-4, -4, 4, 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_round_pen(QColor(255, 255, 255, 90), 3))
        painter.drawEllipse(ring)
        painter.setPen(_round_pen(OUTLINE_COLOURS[HOLD_STILL], 3))
        # Angles are in 1/16 degree, counter-clockwise from three o'clock.
        painter.drawArc(ring, 90 * 16, -round(360 * 16 * self._steady_share))

    def _draw_text(self, painter: QPainter, text: str, *, boxed: bool) -> None:
        """``text`` word-wrapped in the middle of the view, in a dark rounded box if ``boxed``."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        width = max(min(self.width() - 2 * _MESSAGE_MARGIN, _MESSAGE_MAX_WIDTH), 1)
        area = painter.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), flags, text)
        area.moveCenter(self.rect().center())
        if boxed:
            box = QRectF(area).adjusted(
                -_MESSAGE_PADDING, -_MESSAGE_PADDING, _MESSAGE_PADDING, _MESSAGE_PADDING
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_MESSAGE_BOX)
            painter.drawRoundedRect(box, 10, 10)
        painter.setPen(QColor(255, 255, 255) if boxed else _PLACEHOLDER_TEXT)
        painter.drawText(area, flags, text)


def _round_pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _progress_centre(quad: QPolygonF) -> QPointF:
    """Just inside the quad's top-left corner, where the ring hides least of a card's print."""
    points = [quad.at(i) for i in range(quad.size())]
    centre = sum(points, QPointF()) / len(points)
    corner = min(points, key=lambda point: point.x() + point.y())
    diagonal = centre - corner
    length = math.hypot(diagonal.x(), diagonal.y())
    if length == 0:
        return centre
    return corner + diagonal * (min(_PROGRESS_INSET, length / 2) / length)
