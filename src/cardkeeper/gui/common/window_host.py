"""What a feature may ask of the main window, and nothing more.

Features (importing, exchange, follow-ups, …) live in their own packages and
must not import ``main_window`` (it imports them). They are handed the
window typed as this protocol, so each feature's code says exactly which
parts of the window it leans on, and the window can change everything else.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QStatusBar

    from cardkeeper.gui.common.clock import Clock
    from cardkeeper.settings import Settings
    from cardkeeper.store.contact_rows import ContactRow
    from cardkeeper.store.database import Library


class WindowHost(Protocol):
    library: Library
    settings: Settings
    clock: Clock
    undo_stack: QUndoStack
    """Edit ▸ Undo's steps: a feature pushes its library changes here."""

    def statusBar(self) -> QStatusBar: ...

    def contacts_changed(self, ids: Iterable[int]) -> None: ...

    def reload_contacts(self) -> None: ...

    def refresh_sidebar(self) -> None:
        """Events or tags may have changed: the sidebar reads them again if they did."""

    def current_contact_id(self) -> int | None: ...

    def in_trash(self) -> bool: ...

    def selected_ids(self) -> list[int]: ...

    def all_rows(self) -> list[ContactRow]: ...

    def select_contact(self, contact_id: int) -> None: ...

    def show_contact(self, contact_id: int) -> None: ...

    def show_review_inbox(self) -> None: ...

    def refresh_activity(self) -> None: ...

    def set_settings(self, settings: Settings) -> None: ...

    def report_failure(self, message: str) -> None: ...

    def busy_reason(self) -> str | None:
        """Why the library cannot be let go of now (a restore asks), in one sentence: the
        first feature still working on it says why. None when none is."""

    def let_go_of_library(self) -> None:
        """Every part of the window lets go of what holds the library's contacts (undo steps,
        windows on it), as a restore is about to replace the library."""

    def show_replaced_library(self) -> None:
        """``library`` was replaced (a restore): show it as if the window had just opened."""
