"""Follow-ups ▸ Templates and Sequences: the one editor window for both."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from cardkeeper.domain import Sender
from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.common.window_host import WindowHost

if TYPE_CHECKING:
    # Imported where used: Jinja2 is not needed to show the window.
    from cardkeeper.gui.templates.window import TemplatesWindow


class TemplatesActions(QObject):
    """Signals: ``changed()`` — a template or sequence changed (follow-ups may have too)."""

    changed = Signal()

    def __init__(
        self,
        host: WindowHost,
        window: QWidget,
        menu: QMenu,
        drafts_sender: Callable[[], Sender],
    ) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self._drafts_sender = drafts_sender
        """The user as the previews sign off, from the settings as they are then."""
        self.window: TemplatesWindow | None = None
        self.templates_action = menu_action(
            self.tr("&Templates and Sequences…"),
            "accessories-text-editor",
            "Ctrl+Shift+E",
            self.open_templates,
            menu,
            parent=self._window,
        )

    def open_templates(self) -> None:
        """Ctrl+Shift+E: the templates and sequences, brought to the front if open."""
        if self.window is None:
            from cardkeeper.gui.templates.window import TemplatesWindow

            self.window = TemplatesWindow(
                self._host.library.folder, self._drafts_sender, self._host.clock, self._window
            )
            self.window.changed.connect(self.changed)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    # -- what the window asks of every feature that holds the library ----------------------

    def busy_reason(self) -> str | None:
        editors = self.window
        if editors is not None and (editors.templates.is_dirty() or editors.sequences.is_dirty()):
            return self.tr(
                "Save or discard the changes in the Templates window before restoring a backup."
            )
        return None

    def let_go(self) -> None:
        """The editors hold the templates of the library being let go of."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close()
