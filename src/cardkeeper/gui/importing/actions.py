"""File ▸ Import Photos and Import Folder, drops on the window, and the event imported cards get.

Reading cards happens on other threads (:class:`ImportJob`); the panel under
the window shows the one import at a time, and a summary tells what went
wrong once it ends. A dropped .vcf or .csv is not a card photo: it is handed
on (``contacts_file_dropped``) for the window to import as contacts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QStringListModel, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from cardkeeper.app.reading_options import options_from_settings
from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP
from cardkeeper.gui.common.window_host import WindowHost
from cardkeeper.gui.importing.job import ImportJob, ImportSummary, prepare_import
from cardkeeper.gui.importing.panel import ImportPanel
from cardkeeper.gui.importing.summary import ImportSummaryDialog

IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "ImportingActions", "Card photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.heic *.heif)"
)


class ImportingActions(QObject):
    """Signals: ``contacts_file_dropped(Path)`` — a .vcf or .csv came with cards to import.

    ``panel`` goes under the window's splitter; ``event_label`` and
    ``event_field`` (the toolbar's "Met at") go on its toolbar.
    """

    contacts_file_dropped = Signal(Path)

    def __init__(
        self,
        host: WindowHost,
        window: QWidget,
        menu: QMenu,
        import_shortcut: QKeySequence,
        event_names: QStringListModel,
    ) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self._job: ImportJob | None = None
        self._summary_dialog: ImportSummaryDialog | None = None
        self.panel = ImportPanel()
        self.import_action = menu_action(
            self.tr("&Import Photos…"),
            "document-open",
            import_shortcut.toString(QKeySequence.SequenceFormat.PortableText),
            self.choose_photos,
            menu,
            parent=self._window,
        )
        self.import_folder_action = menu_action(
            self.tr("Import &Folder…"),
            "folder-open",
            "Ctrl+Shift+I",
            self.choose_folder,
            menu,
            parent=self._window,
        )
        self.event_label = QLabel(self.tr("&Met at: "))
        self.event_field = QLineEdit(host.settings.current_event)
        self.event_label.setBuddy(self.event_field)
        self.event_field.setPlaceholderText(self.tr("No current event"))
        self.event_field.setToolTip(
            self.tr("Filled in as “where met” on every card imported while it is set")
        )
        self.event_field.setClearButtonEnabled(True)
        self.event_field.setFixedWidth(260)
        self.event_field.setCompleter(QCompleter(event_names, self.event_field))
        self.event_field.editingFinished.connect(self._current_event_edited)

    def current_event(self) -> str:
        """The event as typed in the toolbar now, even before the user has left the field."""
        return self.event_field.text().strip()

    def show_event(self, name: str) -> None:
        self.event_field.setText(name)

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import Card Photos"),
            str(Path.home()),
            self.tr("{card_photos};;All files (*)").format(card_photos=self.tr(IMPORT_FILTER)),
        )
        if files:
            self.start_import([Path(name) for name in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Import a Folder of Card Photos"), str(Path.home())
        )
        if folder:
            self.start_import([Path(folder)])

    def current_import(self) -> ImportJob | None:
        """The import running now, if any (its signals tell its progress and end)."""
        return self._job

    def import_paths(self, paths: Sequence[Path], *, event: str | None = None) -> None:
        """What a drop, or a ``cardkeeper FILE...`` handed to this window, brings: a .vcf or
        .csv comes in as contacts, photos and folders as cards for review (met at ``event``,
        when ``cardkeeper import --event`` named one, else at the toolbar's *Met at*)."""
        from cardkeeper.app.contact_exchange import IMPORT_SUFFIXES

        contact_files = [p for p in paths if p.suffix.lower() in IMPORT_SUFFIXES and p.is_file()]
        for path in contact_files:
            self.contacts_file_dropped.emit(path)
        cards = [path for path in paths if path not in contact_files]
        if cards:
            self.start_import(cards, event=event)

    def start_import(self, paths: Sequence[Path], *, event: str | None = None) -> None:
        if self._job is not None and self._job.is_running():
            self._host.statusBar().showMessage(
                self.tr("An import is already running; wait for it to finish or cancel it."), 6000
            )
            return
        settings = self._host.settings
        options = options_from_settings(settings)
        problem = prepare_import(paths, options)
        if problem:
            QMessageBox.warning(self._window, self.tr("Import"), problem)
            return
        job = ImportJob(
            self._host.library.folder,
            paths,
            options,
            event=event if event is not None else settings.current_event or None,
            parent=self._window,
        )
        job.item_done.connect(self._imported)
        job.finished.connect(self._import_finished)
        self._job = job
        self.panel.attach(job)
        self._host.show_review_inbox()
        job.start()

    def _imported(self, result: object) -> None:
        contact_id = getattr(result, "contact_id", None)
        if contact_id is not None:
            self._host.contacts_changed([contact_id])
            if self._host.current_contact_id() is None:
                self._host.select_contact(contact_id)

    def _import_finished(self, summary: ImportSummary) -> None:
        self._job = None
        self._host.refresh_sidebar()
        self._host.statusBar().showMessage(summary.headline(), 10000)
        if summary.to_look_at() or summary.cancelled or summary.error:
            self._close_summary()  # one at a time: the new one tells the latest import
            dialog = ImportSummaryDialog(summary, self._window)
            dialog.finished.connect(lambda _result: self._forget_summary(dialog))
            self._summary_dialog = dialog
            dialog.open()

    def _forget_summary(self, dialog: ImportSummaryDialog) -> None:
        """The dialog deletes itself once closed: nothing may reach it after that."""
        if self._summary_dialog is dialog:
            self._summary_dialog = None

    def _close_summary(self) -> None:
        if self._summary_dialog is not None:
            self._summary_dialog.close()  # it forgets itself, and Qt deletes it

    def _current_event_edited(self) -> None:
        """The event typed in the toolbar is kept, so the next session starts with it too."""
        name = self.event_field.text().strip()
        settings = self._host.settings
        if name != settings.current_event:
            self._host.set_settings(replace(settings, current_event=name))

    # -- drag and drop onto the window ----------------------------------------------------

    def drag_entered(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
            self._host.statusBar().showMessage(self.tr("Drop to import these photos and folders."))

    def drag_left(self) -> None:
        self._host.statusBar().clearMessage()

    def dropped(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self._host.statusBar().clearMessage()
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- what the window asks of every feature that holds the library ----------------------

    def busy_reason(self) -> str | None:
        if self._job is not None and self._job.is_running():
            return self.tr(
                "Wait for the import to finish, or cancel it, before restoring a backup."
            )
        return None

    def let_go(self) -> None:
        """The summary lists cards of the library being let go of."""
        self._close_summary()

    def cancel(self) -> None:
        """The window is closing: the import stops, keeping the cards already read."""
        if self._job is not None and self._job.is_running():
            self._job.cancel()
