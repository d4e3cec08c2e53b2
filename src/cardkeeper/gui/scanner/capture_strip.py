"""The scanner window's strip of this session's captures, each with the name read from it.

Reading a card takes a second or two, and the user has laid down the next one
by then; the strip lets them see, without stopping, that every card was
taken and what became of it: still reading, read as whom, or not read and why.

Captures are appended at the right end and the strip scrolls along with them,
so it reads left to right in the order the cards went under the camera, and
rows already shown never move: a selection or a pending double-click stays on
the capture it was on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the contact a capture made; None while reading, after a failure, or when the
window gave none."""
THUMBNAIL_SIZE = QSize(160, 100)
"""A card (about 1.6:1) at this size shows its layout and logo: enough to tell cards apart."""
EMPTY_TEXT = QT_TRANSLATE_NOOP("capture_strip", "Cards you capture appear here.")
READING = QT_TRANSLATE_NOOP("capture_strip", "Reading…")
NO_NAME = QT_TRANSLATE_NOOP("capture_strip", "No name read")
NO_TEXT = QT_TRANSLATE_NOOP("capture_strip", "No text read")
NOT_READ = QT_TRANSLATE_NOOP("capture_strip", "Not read")

_CELL_PADDING = 6
_BLANK_FILL = QColor(128, 128, 128, 50)
_BLANK_EDGE = QColor(128, 128, 128, 170)
"""Mid grey, half see-through: a blank card that sits quietly on a light or a dark strip."""
_WARNING = QColor(240, 160, 0)
_WARNING_SIZE = 34


@dataclass
class _Capture:
    card: int
    """Which card of the session this side belongs to (1 is the first front); 0 if none."""
    back: bool
    picture: QPixmap
    reading: bool = True
    name: str = ""
    company: str = ""
    contact_id: int | None = None
    error: str | None = None

    def label(self) -> str:
        if not self.back:
            return QCoreApplication.translate("_Capture", "Card {number}").format(number=self.card)
        return (
            QCoreApplication.translate("_Capture", "Back of card {number}").format(number=self.card)
            if self.card
            else QCoreApplication.translate("_Capture", "Back of a card")
        )


class CapturesModel(QAbstractListModel):
    """This session's captures in the order taken, each shown "Reading…" until its result comes.

    A capture is known by its ``number``: 1, 2, 3 … for every capture of the
    session, fronts and backs alike, as the camera scan counts them. A back
    belongs to the front added just before it, and is labelled with that
    card's place among the fronts ("Back of card 3").

    Rows are only appended and filled in, never moved or removed.

    Signals (QAbstractListModel's own): ``rowsInserted`` for each capture added,
    ``dataChanged`` for exactly its row when its result comes.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._captures: list[_Capture] = []
        self._rows: dict[int, int] = {}
        """Capture number -> row."""
        self._fronts = 0
        self._blank = _picture(None, failed=False)
        """Shown while reading: one pixmap shared by every row that waits."""

    def add_capture(self, number: int, back: bool) -> None:
        """Append capture ``number``, shown as being read until :meth:`set_result` fills it in."""
        if number in self._rows:
            raise ValueError(f"capture {number} is already in the strip")
        if not back:
            self._fronts += 1
        row = len(self._captures)
        self.beginInsertRows(QModelIndex(), row, row)
        self._captures.append(_Capture(self._fronts, back, self._blank))
        self._rows[number] = row
        self.endInsertRows()

    def set_result(
        self,
        number: int,
        *,
        name: str,
        company: str,
        thumbnail: QImage | None,
        contact_id: int | None,
        error: str | None,
    ) -> None:
        """Show what capture ``number`` was read as, or with ``error`` the sentence saying why not.

        The thumbnail is scaled here, once, so painting the strip never scales
        a camera-sized image.
        """
        row = self._rows[number]
        capture = self._captures[row]
        capture.reading = False
        capture.name = name
        capture.company = company
        capture.contact_id = contact_id
        capture.error = error
        capture.picture = _picture(thumbnail, failed=error is not None)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def count(self) -> int:
        """Cards captured: fronts only, as a back is one more side of a card already counted."""
        return self._fronts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._captures)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._captures):
            return None
        capture = self._captures[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(_lines(capture))
        if role == Qt.ItemDataRole.DecorationRole:
            return capture.picture
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(capture)
        if role == CONTACT_ID_ROLE:
            return capture.contact_id
        return None


def _lines(capture: _Capture) -> tuple[str, str]:
    """The two lines under the picture: who the card is, then where from (or what is going on)."""
    if capture.back:
        if capture.reading:
            return capture.label(), QCoreApplication.translate("capture_strip", READING)
        if capture.error is not None:
            return capture.label(), QCoreApplication.translate("capture_strip", NOT_READ)
        return capture.label(), capture.name or capture.company or QCoreApplication.translate(
            "capture_strip", NO_TEXT
        )
    if capture.reading:
        return QCoreApplication.translate("capture_strip", READING), capture.label()
    if capture.error is not None:
        return QCoreApplication.translate("capture_strip", NOT_READ), capture.label()
    return capture.name or QCoreApplication.translate("capture_strip", NO_NAME), capture.company


def _tooltip(capture: _Capture) -> str:
    if capture.reading:
        return QCoreApplication.translate("capture_strip", "{card} is being read").format(
            card=capture.label()
        )
    if capture.error is not None:
        return QCoreApplication.translate("capture_strip", "{card} was not read.\n{error}").format(
            card=capture.label(), error=capture.error
        )
    lines = [capture.label(), *filter(None, (capture.name, capture.company))]
    if capture.contact_id is not None:
        lines.append(
            QCoreApplication.translate("capture_strip", "Double-click to open the contact.")
        )
    return "\n".join(lines)


def _picture(image: QImage | None, *, failed: bool) -> QPixmap:
    """The capture's picture on a canvas of :data:`THUMBNAIL_SIZE`, so every row lines up.

    Without an image it is a blank card; a failed capture gets a warning sign.
    Made at the screen's pixel ratio, so it stays sharp on a high-DPI screen.
    """
    ratio = max((screen.devicePixelRatio() for screen in QGuiApplication.screens()), default=1.0)
    canvas = QPixmap(THUMBNAIL_SIZE * ratio)
    canvas.setDevicePixelRatio(ratio)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    area = QRect(0, 0, THUMBNAIL_SIZE.width(), THUMBNAIL_SIZE.height())
    if image is None or image.isNull():
        painter.setPen(QPen(_BLANK_EDGE, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(_BLANK_FILL)
        painter.drawRoundedRect(area.adjusted(4, 4, -4, -4), 6, 6)
        badge = QPointF(area.center())
    else:
        scaled = image.scaled(
            THUMBNAIL_SIZE * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        shown = QRect(QPoint(0, 0), scaled.deviceIndependentSize().toSize())
        shown.moveCenter(area.center())
        painter.drawImage(shown, scaled)
        # A hairline edge, or a white card on a white strip has no edge at all.
        painter.setPen(QPen(_BLANK_EDGE, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(shown).adjusted(0.5, 0.5, -0.5, -0.5))
        inset = _WARNING_SIZE * 0.6
        badge = QPointF(shown.right() - inset, shown.bottom() - inset)
    if failed:
        _draw_warning(painter, badge)
    painter.end()
    return canvas


def _draw_warning(painter: QPainter, centre: QPointF) -> None:
    """An amber triangle with "!", the usual warning sign, outlined to show on any picture."""
    half = _WARNING_SIZE / 2
    triangle = QPolygonF(
        [
            QPointF(centre.x(), centre.y() - half),
            QPointF(centre.x() + half, centre.y() + half * 0.8),
            QPointF(centre.x() - half, centre.y() + half * 0.8),
        ]
    )
    pen = QPen(QColor(60, 40, 0), 1.5)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(_WARNING)
    painter.drawPolygon(triangle)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(round(_WARNING_SIZE * 0.55))
    painter.setFont(font)
    painter.setPen(QColor(40, 26, 0))
    text_area = QRect(
        round(centre.x() - half), round(centre.y() - half * 0.2), 2 * round(half), round(half)
    )
    painter.drawText(text_area, int(Qt.AlignmentFlag.AlignCenter), "!")


class _CaptureDelegate(QStyledItemDelegate):
    """Draws captures as the style does, but all one size: the picture and two text lines."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return _cell_size(option.fontMetrics)


def _cell_size(metrics: QFontMetrics) -> QSize:
    """One capture's place in the strip, for text in the font ``metrics`` measure."""
    return QSize(
        THUMBNAIL_SIZE.width() + 2 * _CELL_PADDING,
        THUMBNAIL_SIZE.height() + 2 * metrics.lineSpacing() + 3 * _CELL_PADDING,
    )


class CaptureStrip(QListView):
    """The captures in one row, newest at the right, scrolled to each new one as it comes.

    Signals:
        open_contact(int): the user double-clicked a capture, or pressed Enter
            on it, and it made a contact; the contact's id.
    """

    open_contact = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setIconSize(THUMBNAIL_SIZE)
        self.setSpacing(4)
        self.setItemDelegate(_CaptureDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Captured cards"))
        self.activated.connect(self._open)
        self._fit_height()

    def _fit_height(self) -> None:
        """One row of captures and room for the scroll bar, so the strip keeps its height
        when the row outgrows the window and the scroll bar appears."""
        self.setFixedHeight(
            _cell_size(self.fontMetrics()).height()
            + 2 * self.spacing()
            + 2 * self.frameWidth()
            + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    def rowsInserted(self, parent: Index, start: int, end: int) -> None:
        """Bring the newest capture into view: the user wants to see the card just taken."""
        super().rowsInserted(parent, start, end)
        model = self.model()
        if model is None or parent.isValid():
            return
        self.scrollTo(model.index(end, 0))  # also lays the new rows out, updating the range
        if end == model.rowCount() - 1:
            # Right to the end: scrollTo stops a pixel short, at the item's own edge.
            bar = self.horizontalScrollBar()
            bar.setValue(bar.maximum())

    def _open(self, index: QModelIndex) -> None:
        contact_id = index.data(CONTACT_ID_ROLE)
        if contact_id is not None:
            self.open_contact.emit(contact_id)

    def paintEvent(self, event: QPaintEvent) -> None:
        """With no capture yet, say what the strip is for instead of showing an empty box."""
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect(),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            QCoreApplication.translate("capture_strip", EMPTY_TEXT),
        )
        painter.end()
