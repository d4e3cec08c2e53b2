"""File ▸ Scan with Camera: the one scanner window, and the camera choices it leaves behind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from cardkeeper.app.reading_options import options_from_settings, reading_problem
from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.common.window_host import WindowHost
from cardkeeper.gui.scanner.window import ScannerWindow


class ScannerActions(QObject):
    """Signals: ``import_photos_requested()`` — the scanner's "import photos instead" link."""

    import_photos_requested = Signal()

    def __init__(
        self,
        host: WindowHost,
        window: QWidget,
        menu: QMenu,
        current_event: Callable[[], str],
        camera_source: str | None,
    ) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self._current_event = current_event
        """The event as typed in the toolbar, for the cards this scanner saves."""
        self._camera_source = camera_source
        """A video file or folder of frames to use instead of a camera (``--camera``)."""
        self.window: ScannerWindow | None = None
        self.scan_action = menu_action(
            self.tr("Scan with &Camera…"),
            "camera-web",
            "Ctrl+K",
            self.open_scanner,
            menu,
            parent=self._window,
        )

    def open_scanner(self) -> None:
        """The scanner window; one at a time, brought to the front if open."""
        if self.window is not None:
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()
            return
        settings = self._host.settings
        options = options_from_settings(settings)
        problem = reading_problem(options)
        if problem:
            QMessageBox.warning(self._window, self.tr("Scan with Camera"), problem)
            return
        scanner = ScannerWindow(
            self._host.library.folder,
            options,
            event=self._current_event(),
            camera=settings.camera,
            size=settings.camera_size,
            auto_capture=settings.auto_capture,
            source=self._camera_source,
            parent=self._window,
        )
        scanner.contact_saved.connect(self._scanned)
        scanner.import_photos_requested.connect(self.import_photos_requested)
        scanner.closing.connect(self._remember_scanner_choices)
        self.window = scanner
        self._host.show_review_inbox()
        scanner.show()

    def _scanned(self, contact_id: int) -> None:
        self._host.contacts_changed([contact_id])
        if self._host.current_contact_id() is None:
            self._host.select_contact(contact_id)

    def _remember_scanner_choices(self, camera: object, size: str, auto_capture: bool) -> None:
        settings = self._host.settings
        changed = replace(settings, camera_size=size, auto_capture=auto_capture)
        if isinstance(camera, int):
            changed = replace(changed, camera=camera)
        if changed != settings:
            self._host.set_settings(changed)

    # -- what the window asks of every feature that holds the library ----------------------

    def busy_reason(self) -> str | None:
        if self.window is not None and self.window.isVisible():
            return self.tr(
                "Close the scanner window before restoring a backup: "
                "it saves cards into the library that would be replaced."
            )
        return None

    def let_go(self) -> None:
        """A hidden scanner (a visible one refuses a restore) shows stale cards: it goes."""
        if self.window is not None:
            self.window.deleteLater()
            self.window = None

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close()
