"""The scanner window: a webcam over the desk, each card laid under it captured once.

The window only wires things together: :class:`CameraFeed` reads and follows
the camera on its own thread, :class:`ScanSession` reads and saves captures on
the card readers, :class:`CameraView` and :class:`CaptureStrip` show them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.gui.common.background import run_in_background
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP
from cardkeeper.gui.scanner.camera_feed import CameraFeed
from cardkeeper.gui.scanner.camera_view import (
    CAPTURED,
    FOUND,
    HOLD_STILL,
    NO_CARD,
    SEVERAL,
    CameraView,
)
from cardkeeper.gui.scanner.capture_strip import CapturesModel, CaptureStrip
from cardkeeper.gui.scanner.session import ScanSession, SessionCard
from cardkeeper.reading.camera_frames import NO_CAMERA, SIZES, CameraInfo, list_cameras
from cardkeeper.reading.card_tracker import Capture, TrackerSettings
from cardkeeper.reading.pipeline import ReadingOptions
from cardkeeper.wording import translate

HINTS = {
    NO_CARD: QT_TRANSLATE_NOOP("ScannerWindow", "Lay a card under the camera."),
    FOUND: QT_TRANSLATE_NOOP("ScannerWindow", "Card found: let it lie still."),
    HOLD_STILL: QT_TRANSLATE_NOOP("ScannerWindow", "Hold still…"),
    CAPTURED: QT_TRANSLATE_NOOP(
        "ScannerWindow", "Captured. Take it away and lay the next card (B: scan its back)."
    ),
    SEVERAL: QT_TRANSLATE_NOOP(
        "ScannerWindow", "Two cards are in view: lay one card at a time, and none is missed."
    ),
}
"""What to do next, by what the camera sees."""


class ScannerWindow(QWidget):
    """Scan cards at the desk; every card read is saved to the review inbox.

    Signals:

    - ``contact_saved(int)``: a capture was saved as (or added to) this contact.
    - ``import_photos_requested()``: the user chose to import photos instead.
    - ``closing(object camera, str size, bool auto_capture)``: the choices to remember, as
      the window closes; ``camera`` is None when a video played instead of a camera.
    """

    contact_saved = Signal(int)
    import_photos_requested = Signal()
    closing = Signal(object, str, bool)

    def __init__(
        self,
        data_dir: Path,
        options: ReadingOptions,
        *,
        event: str = "",
        camera: int = 0,
        size: str = "1280x720",
        auto_capture: bool = True,
        source: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Scan Cards — CardKeeper"))
        self._fixed_source = source
        self._feed: CameraFeed | None = None
        self._back_asked = False
        """B was pressed: the hint to turn the card over stays until the back is captured."""
        self.session = ScanSession(data_dir, options, self)
        self.session.card_done.connect(self._card_done)

        self.camera_box = QComboBox()
        self.camera_box.setAccessibleName(self.tr("Camera"))
        self.size_box = QComboBox()
        self.size_box.setAccessibleName(self.tr("Resolution"))
        for width, height in SIZES:
            self.size_box.addItem(f"{width} × {height}", f"{width}x{height}")
        self.size_box.setCurrentIndex(max(0, self.size_box.findData(size)))
        self.auto_box = QCheckBox(self.tr("&Auto-capture"))
        self.auto_box.setChecked(auto_capture)
        self.auto_box.setToolTip(
            self.tr("Capture a card by itself once it lies still; Space captures")
        )
        self.event_field = QLineEdit(event)
        self.event_field.setPlaceholderText(self.tr("No current event"))
        self.event_field.setClearButtonEnabled(True)
        self.event_field.setToolTip(
            self.tr("Filled in as “where met” on every card of this session")
        )
        event_label = QLabel(self.tr("&Met at:"))
        event_label.setBuddy(self.event_field)
        self.count_label = QLabel()
        self.view = CameraView()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import Photos Instead…"))
        self.import_button.setVisible(False)
        self.import_button.clicked.connect(self.import_photos_requested)
        self.captures = CapturesModel(self)
        self.strip = CaptureStrip()
        self.strip.setModel(self.captures)
        self.strip.open_contact.connect(self.contact_saved)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Camera:")))
        bar.addWidget(self.camera_box, 1)
        bar.addWidget(self.size_box)
        bar.addWidget(self.auto_box)
        bar.addSpacing(12)
        bar.addWidget(event_label)
        bar.addWidget(self.event_field, 1)
        bar.addWidget(self.count_label)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        layout.addWidget(self.strip)

        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.capture_now)
        QShortcut(QKeySequence(Qt.Key.Key_B), self, self.capture_back)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.auto_box.toggled.connect(self._auto_toggled)
        self._update_count()
        self.status.setText(self.tr(HINTS[NO_CARD]))
        self.resize(1100, 820)
        self._camera = camera
        self._load_cameras()

    # -- cameras ---------------------------------------------------------------------------

    def _load_cameras(self) -> None:
        if self._fixed_source is not None:
            self.camera_box.addItem(
                self.tr("Video: {file}").format(file=Path(self._fixed_source).name),
                self._fixed_source,
            )
            self.camera_box.setEnabled(False)
            self.size_box.setEnabled(False)
            return
        self.view.show_message(self.tr("Looking for cameras…"))
        run_in_background(list_cameras, self._cameras_found, self._no_cameras, parent=self)

    def _cameras_found(self, cameras: list[CameraInfo]) -> None:
        if not cameras:
            self._no_cameras(None)
            return
        for camera in cameras:
            self.camera_box.addItem(camera.name, camera.number)
        self.camera_box.setCurrentIndex(max(0, self.camera_box.findData(self._camera)))
        self.camera_box.currentIndexChanged.connect(self._start_feed)
        self.size_box.currentIndexChanged.connect(self._start_feed)
        if self.isVisible():
            self._start_feed()

    def _no_cameras(self, _error: object) -> None:
        self._show_problem(translate("camera_frames", NO_CAMERA))

    def showEvent(self, event: QShowEvent) -> None:
        """The camera runs while the window is open; this session's captures stay listed."""
        super().showEvent(event)
        if self._feed is None and self.camera_box.count():
            self._start_feed()

    def _start_feed(self) -> None:
        self._stop_feed()
        self.import_button.setVisible(False)
        self.view.clear_message()
        width, height = (int(part) for part in str(self.size_box.currentData()).split("x"))
        settings = TrackerSettings(auto_capture=self.auto_box.isChecked())
        feed = CameraFeed(self.camera_box.currentData(), (width, height), settings, self)
        feed.frame.connect(self._frame)
        feed.captured.connect(self._captured)
        feed.failed.connect(self._show_problem)
        feed.ended.connect(lambda: self.status.setText(self.tr("The video has ended.")))
        self._feed = feed
        feed.start()

    def _stop_feed(self) -> None:
        if self._feed is not None:
            self._feed.stop()
            self._feed.deleteLater()
            self._feed = None

    def _show_problem(self, sentence: str) -> None:
        """Said once, over the picture where the user looks; no hint to lay a card under it."""
        self.view.show_message(sentence)
        self.status.clear()
        self.import_button.setVisible(True)

    # -- what the camera sees ----------------------------------------------------------------

    def _frame(self, image: QImage, outline: object, state: str, share: float) -> None:
        self.view.show_frame(image, outline, state, share)  # type: ignore[arg-type]
        if not self._back_asked:
            self.status.setText(self.tr(HINTS[state]) if state in HINTS else "")

    def capture_now(self) -> None:
        """Space: capture what is under the camera now, steady or not."""
        if self._feed is not None:
            self._feed.tracker.capture_now()

    def capture_back(self) -> None:
        """B: the next capture is the back of the card just taken."""
        if self._feed is None or self.session.captures == 0:
            self.status.setText(self.tr("Capture a card first; then B adds the back of that card."))
            return
        self._feed.tracker.next_is_back()
        self._back_asked = True
        self.status.setText(self.tr("Turn the card over: its back is captured next."))

    def _auto_toggled(self, on: bool) -> None:
        if self._feed is not None:
            self._feed.set_auto_capture(on)

    def _captured(self, capture: Capture) -> None:
        self.view.flash()
        QApplication.beep()
        self._back_asked = False
        number = self.session.add(capture, self.event_field.text().strip() or None)
        self.captures.add_capture(number, capture.back)
        self.status.setText(self.tr(HINTS[CAPTURED]))
        self._update_count()

    def _card_done(self, card: SessionCard) -> None:
        self.captures.set_result(
            card.number,
            name=card.name,
            company=card.company,
            thumbnail=card.thumbnail,
            contact_id=card.contact_id,
            error=card.error,
        )
        if card.contact_id is not None:
            self.contact_saved.emit(card.contact_id)

    def _update_count(self) -> None:
        count = self.captures.count()
        self.count_label.setText(
            self.tr("No cards yet")
            if count == 0
            else self.tr("1 card")
            if count == 1
            else translate("ScannerWindow", "%n cards", None, count)
        )

    # -- settings and closing ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Release the camera; cards still being read are saved all the same."""
        self._stop_feed()
        camera = self.camera_box.currentData()
        self.closing.emit(
            camera if isinstance(camera, int) else None,
            str(self.size_box.currentData()),
            self.auto_box.isChecked(),
        )
        super().closeEvent(event)
