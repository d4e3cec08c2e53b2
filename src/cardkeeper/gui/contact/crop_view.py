"""The original photo of a card with the four corners of the card on it, to crop by hand.

The corners are handles the user drags one by one (a card photographed at a
slant is not a rectangle); dragging on the photo away from them draws a
rectangle instead, the quickest way to crop a scan. The photo turns by quarter
turns with its corners, so what the user framed stays framed.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QWidget,
)

from cardkeeper.reading.hand_crop import WHOLE, Corners

_HANDLE = 14
"""Screen pixels across a corner handle: easy to grab, small enough not to hide the edge."""
_MARGIN = 16
"""Screen pixels around the fitted photo, so handles on its edge can still be grabbed."""
_SHADE = QColor(0, 0, 0, 110)
"""Over the photo outside the card: what will be cut away."""


class CropView(QGraphicsView):
    """A photo, turned by quarter turns, with the card's four corners to drag.

    Signals:
        corners_changed(): the user moved a corner, drew a rectangle or turned the photo.
    """

    corners_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Window).darker(130))
        self._photo = QImage()
        self._rotation = 0
        self._pixmap = QGraphicsPixmapItem()
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._pixmap)
        self._shade = QGraphicsPathItem()
        self._shade.setBrush(QBrush(_SHADE))
        self._shade.setPen(QPen(Qt.PenStyle.NoPen))
        self.scene().addItem(self._shade)
        self._edges = QGraphicsPathItem()
        edge_pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        edge_pen.setCosmetic(True)
        self._edges.setPen(edge_pen)
        self.scene().addItem(self._edges)
        self._handles = [_Handle(self) for _ in range(4)]
        for handle in self._handles:
            self.scene().addItem(handle)
        self._drawing_from: QPointF | None = None

    def show_photo(self, photo: QImage) -> None:
        """Show ``photo`` upright as it came, its corners on its own: the whole photo."""
        self._photo = photo
        self._rotation = 0
        self._show_turned(WHOLE)

    def photo_size(self) -> tuple[int, int]:
        """The photo's size in pixels, as turned."""
        size = self._pixmap.pixmap().size()
        return size.width(), size.height()

    def rotation(self) -> int:
        """Degrees clockwise the photo is turned from how it came: 0, 90, 180 or 270."""
        return self._rotation

    def corners(self) -> Corners:
        """Top-left, top-right, bottom-right, bottom-left of the card, as fractions of the
        photo as turned (the order in which they were put, which says which way is up)."""
        width, height = self.photo_size()
        return tuple(
            (handle.pos().x() / max(width, 1), handle.pos().y() / max(height, 1))
            for handle in self._handles
        )

    def set_corners(self, corners: Corners) -> None:
        width, height = self.photo_size()
        for handle, (x, y) in zip(self._handles, corners, strict=True):
            handle.setPos(x * width, y * height)
        self._update_shade()

    def corner_on_screen(self, index: int) -> QPointF:
        """Where corner ``index`` is on the viewport, for tests and screenshots."""
        return QPointF(self.mapFromScene(self._handles[index].pos()))

    def rotate_by(self, degrees: int) -> None:
        """Turn the photo a quarter turn (90 or -90) with the card's corners on it."""
        turned = [(1 - y, x) if degrees > 0 else (y, 1 - x) for x, y in self.corners()]
        # The corner that was bottom-left is top-left after a clockwise turn.
        shift = 1 if degrees > 0 else -1
        corners = turned[-shift:] + turned[:-shift]
        self._rotation = (self._rotation + degrees) % 360
        self._show_turned(corners)
        self.corners_changed.emit()

    def take_whole(self) -> None:
        self.set_corners(WHOLE)
        self.corners_changed.emit()

    def _show_turned(self, corners: Corners) -> None:
        turned = self._photo.transformed(QTransform().rotate(self._rotation))
        self._pixmap.setPixmap(QPixmap.fromImage(turned))
        self.scene().setSceneRect(QRectF(turned.rect()))
        self.set_corners(corners)
        self._fit()

    def corner_moved(self) -> None:
        self._update_shade()
        self.corners_changed.emit()

    def photo_rect(self) -> QRectF:
        return self.scene().sceneRect()

    def _update_shade(self) -> None:
        outside = QPainterPath()
        outside.addRect(self.photo_rect())
        card = QPainterPath()
        card.addPolygon(QPolygonF([handle.pos() for handle in self._handles]))
        card.closeSubpath()
        self._shade.setPath(outside.subtracted(card))
        self._edges.setPath(card)

    def _fit(self) -> None:
        rect = self.photo_rect()
        if rect.isEmpty():
            return
        size = self.maximumViewportSize()
        scale = min(
            (size.width() - 2 * _MARGIN) / rect.width(),
            (size.height() - 2 * _MARGIN) / rect.height(),
        )
        self.setTransform(QTransform.fromScale(max(scale, 0.01), max(scale, 0.01)))
        self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # Drawing a rectangle

    def mousePressEvent(self, event: QMouseEvent) -> None:
        on_handle = isinstance(self.itemAt(event.position().toPoint()), _Handle)
        if event.button() == Qt.MouseButton.LeftButton and not on_handle:
            self._drawing_from = self._on_photo(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing_from is None:
            super().mouseMoveEvent(event)
            return
        rect = QRectF(self._drawing_from, self._on_photo(event.position())).normalized()
        width, height = self.photo_size()
        left, top = rect.left() / width, rect.top() / height
        right, bottom = rect.right() / width, rect.bottom() / height
        self.set_corners(((left, top), (right, top), (right, bottom), (left, bottom)))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drawing_from is None:
            super().mouseReleaseEvent(event)
            return
        start, self._drawing_from = self._drawing_from, None
        end = self._on_photo(event.position())
        if abs(end.x() - start.x()) < 4 or abs(end.y() - start.y()) < 4:
            self.set_corners(self.corners())  # a click, not a rectangle: keep the card as it was
        self.corners_changed.emit()
        event.accept()

    def _on_photo(self, position: QPointF) -> QPointF:
        """The photo point under ``position`` (viewport), kept on the photo."""
        return _clamped(self.mapToScene(position.toPoint()), self.photo_rect())


class _Handle(QGraphicsEllipseItem):
    """One corner of the card: a round handle drawn the same size at any zoom, kept on the photo."""

    def __init__(self, view: CropView) -> None:
        super().__init__(-_HANDLE / 2, -_HANDLE / 2, _HANDLE, _HANDLE)
        self._view = view
        highlight = view.palette().color(QPalette.ColorRole.Highlight)
        self.setBrush(QBrush(highlight))
        self.setPen(QPen(QColor("white"), 2))
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change is QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(
            value, QPointF
        ):
            return _clamped(value, self._view.photo_rect())
        return super().itemChange(change, value)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._view.corner_moved()


def _clamped(point: QPointF, rect: QRectF) -> QPointF:
    return QPointF(
        min(max(point.x(), rect.left()), rect.right()),
        min(max(point.y(), rect.top()), rect.bottom()),
    )
