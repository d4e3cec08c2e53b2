"""Small card pictures for the contacts list, decoded off the GUI thread and kept.

A flattened card is a ~1500 px JPEG; decoding one takes a few ms even at a
reduced scale, so a screenful of rows decoded while painting would stall
scrolling. Rows ask for a thumbnail, get None the first time, and are
repainted when the ``ready`` signal says it has arrived.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPainter, QPixmap

from cardkeeper.gui.common.background import run_in_background

THUMBNAIL_HEIGHT = 32
"""A card at this height still shows its layout and colours: enough to recognise it."""
SLOT = QSize(round(THUMBNAIL_HEIGHT * 1.75), THUMBNAIL_HEIGHT)  # a US card's 3.5 × 2 inches
"""Every row's picture takes this place, whatever its card's shape (or none): names line up."""
CACHE_LIMIT = 2000
"""Pixmaps kept (about 12 kB each): a few screens' worth of scrolling either way."""


def load_thumbnail(path: Path, height: int = THUMBNAIL_HEIGHT) -> QImage:
    """Decode ``path`` scaled to ``height`` and centred in a :data:`SLOT` (a wider card is
    scaled to its width); JPEG decodes straight at the small size (fast).

    QImage (unlike QPixmap) may be made on any thread.
    """
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid() and size.height() > 0:
        width = max(1, round(size.width() * height / size.height()))
        reader.setScaledSize(QSize(width, height))
    image = reader.read()
    if image.isNull():
        return image
    if image.height() != height:
        image = image.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
    return _in_slot(image, QSize(round(height * SLOT.width() / SLOT.height()), height))


def _in_slot(image: QImage, slot: QSize) -> QImage:
    if image.width() > slot.width():
        image = image.scaledToWidth(slot.width(), Qt.TransformationMode.SmoothTransformation)
    framed = QImage(slot, QImage.Format.Format_ARGB32_Premultiplied)
    framed.fill(Qt.GlobalColor.transparent)
    painter = QPainter(framed)
    painter.drawImage(
        QPoint((slot.width() - image.width()) // 2, (slot.height() - image.height()) // 2), image
    )
    painter.end()
    return framed


class Thumbnails(QObject):
    """Signals: ``ready(object)`` — the Path whose thumbnail can now be had from :meth:`get`."""

    ready = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[Path, QPixmap] = {}
        self._pending: set[Path] = set()
        self._failed: set[Path] = set()
        self.empty_slot = QPixmap(SLOT)
        """What a row without a picture (yet) shows in its place."""
        self.empty_slot.fill(Qt.GlobalColor.transparent)

    def get(self, path: Path) -> QPixmap | None:
        """The thumbnail if it is ready; otherwise None, and it is being made."""
        pixmap = self._pixmaps.get(path)
        if pixmap is not None or path in self._pending or path in self._failed:
            return pixmap
        self._pending.add(path)
        run_in_background(
            lambda: load_thumbnail(path),
            lambda image: self._loaded(path, image),
            lambda _error: self._give_up(path),
            parent=self,
        )
        return None

    def _loaded(self, path: Path, image: QImage) -> None:
        self._pending.discard(path)
        if image.isNull():
            self._failed.add(path)
            return
        if len(self._pixmaps) >= CACHE_LIMIT:
            self._pixmaps.pop(next(iter(self._pixmaps)))
        self._pixmaps[path] = QPixmap.fromImage(image)
        self.ready.emit(path)

    def _give_up(self, path: Path) -> None:
        """A card file that cannot be read (deleted outside the app) simply shows no picture."""
        self._pending.discard(path)
        self._failed.add(path)
