"""Crop and Rotate on the open contact's card: the dialog, the reading off the GUI thread,
and the result saved as one undo step."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cardkeeper.app.reading_options import options_from_settings
from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import run_in_background
from cardkeeper.gui.common.window_host import WindowHost
from cardkeeper.gui.contact.card_panel import CardPanel, ShownCard
from cardkeeper.gui.contact.reread_command import RereadCard
from cardkeeper.store.contacts import Contacts

if TYPE_CHECKING:
    # Imported where a dialog opens: the reader they pull in (OpenCV, NumPy, the
    # parsers) cost start-up 0.2 s for a window that may never crop a card.
    from cardkeeper.app.reread_card import Crop, Reread
    from cardkeeper.gui.contact.crop_dialog import CropDialog


class Recrop(QObject):
    """Opens :class:`CropDialog` on the card shown in ``panel`` for the window's current
    contact, one at a time, and saves what the user applies.

    Signals: none; changes reach the window through ``host.contacts_changed``.
    """

    def __init__(self, host: WindowHost, panel: CardPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._panel = panel
        self._dialog: CropDialog | None = None
        self._result: Reread | None = None
        panel.crop_requested.connect(self.open)

    def dialog(self) -> CropDialog | None:
        """The dialog open now, if any."""
        return self._dialog

    def open(self) -> None:
        contact_id = self._host.current_contact_id()
        shown = self._panel.shown_card()
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return
        if contact_id is None or shown is None:
            return
        if self._host.in_trash():
            self._host.statusBar().showMessage(
                self.tr("A card in the Trash cannot be cropped: restore the contact first.")
            )
            return
        from cardkeeper.gui.contact.crop_dialog import CropDialog

        photo = (shown.original or shown.flattened).path
        contact = Contacts(self._host.library).get_contact(contact_id)
        name = contact.display_name if contact and contact.display_name else self.tr("Card")
        title = self.tr("Crop and Rotate — {name}").format(name=name)
        dialog = CropDialog(photo, title, self._panel.window())
        dialog.read_requested.connect(partial(self._read, dialog, contact_id, shown))
        dialog.accepted.connect(partial(self._apply, contact_id))
        dialog.finished.connect(self._closed)
        self._dialog = dialog
        self._result = None
        dialog.open()

    def _read(self, dialog: CropDialog, contact_id: int, shown: ShownCard, crop: Crop) -> None:
        current = Contacts(self._host.library).get_contact(contact_id)
        if current is None:
            dialog.show_failure(self.tr("the contact is no longer in the library."))
            return
        options = options_from_settings(self._host.settings)
        original = shown.original
        flattened = shown.flattened

        from cardkeeper.app.reread_card import reread_side, stored_side

        def work() -> Reread:
            before = stored_side(
                shown.side,
                (flattened.path, flattened.width, flattened.height),
                (original.path, original.width, original.height) if original else None,
                shown.words,
                shown.card,
            )
            return reread_side(crop, shown.side, before, current, options)

        def done(result: Reread) -> None:
            self._result = result
            dialog.show_changes(result.changes)

        def failed(error: BaseException) -> None:
            known = isinstance(error, CardKeeperError | OSError)
            message = str(error) if known else record_crash(error)
            dialog.show_failure(message)

        run_in_background(work, done, failed, parent=dialog)

    def _apply(self, contact_id: int) -> None:
        result = self._result
        dialog = self._dialog
        store = Contacts(self._host.library)
        before = store.get_contact(contact_id)
        if result is None or dialog is None or before is None:
            return
        from cardkeeper.app.reread_card import with_changes

        chosen = dialog.chosen_fields()
        after = with_changes(before, result.read, chosen)
        command = RereadCard(
            self._host.library,
            (result.before, result.side),
            (before, after),
            self._host.contacts_changed,
            self._host.report_failure,
        )
        try:
            command.run_first()
        except CardKeeperError as error:
            self._host.report_failure(str(error))
            return
        self._host.undo_stack.push(command)
        labels = ", ".join(c.label for c in result.changes if c.field in chosen)
        message = (
            self.tr("Read the card again and took {fields} from it (Ctrl+Z to undo).").format(
                fields=labels
            )
            if labels
            else self.tr("Read the card again (Ctrl+Z to undo).")
        )
        self._host.statusBar().showMessage(message, 6000)

    def _closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None
        self._result = None
