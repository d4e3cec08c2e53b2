"""The window a user lives in: the library's sections, the contacts list, one contact's card.

It only arranges widgets and wires them to the layers below: the store for
reading and saving, ``app/`` for import, merge and review, the undo stack
for every change. Reading cards happens on other threads (``ImportJob``).
It also opens the follow-up queue (Ctrl+U, its toolbar button showing how
many are due) and the templates, and tells when follow-ups fall due.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QSettings,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QCompleter,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app import follow_through
from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.app.reading_options import options_from_settings
from cardkeeper.domain import ActivityKind, FollowUpState, Sender
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import call_on_gui_thread, run_in_background
from cardkeeper.gui.common.clock import Clock
from cardkeeper.gui.common.icons import icon as icon_named
from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.contact.pane import ContactPane
from cardkeeper.gui.exchange.auto_sync import AutoSync, SyncRunner, SyncStatus
from cardkeeper.gui.follow_up.due_watcher import DueNow, DueWatcher
from cardkeeper.gui.follow_up.tray_notice import TrayNotice
from cardkeeper.gui.importing.job import ImportJob, ImportSummary, prepare_import, reading_problem
from cardkeeper.gui.importing.panel import ImportPanel
from cardkeeper.gui.importing.summary import ImportSummaryDialog
from cardkeeper.gui.library.actions import LibraryActions
from cardkeeper.gui.library.browser import LibraryBrowser
from cardkeeper.gui.library.empty_state import IMPORT_SHORTCUT
from cardkeeper.gui.review.actions import ReviewActions
from cardkeeper.gui.review.flow import ReviewFlow
from cardkeeper.gui.scanner.window import ScannerWindow
from cardkeeper.gui.settings.dialog import SettingsDialog
from cardkeeper.paths import log_dir
from cardkeeper.reading.tesseract import find_tesseract
from cardkeeper.settings import Settings, save_settings, sender
from cardkeeper.store.contact_rows import ContactRow
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.wording import counted

if TYPE_CHECKING:
    # Imported where used: Jinja2, the vCard/CSV and CardDAV code and zipfile are not needed
    # to show the window (together about 0.15 s of start-up).
    from cardkeeper.app.contact_exchange import ExchangeReport
    from cardkeeper.app.library_backup import BackupSummary
    from cardkeeper.gui.exchange.csv_mapping_dialog import CsvSample
    from cardkeeper.gui.exchange.restore import LibraryRestore
    from cardkeeper.gui.follow_up.draft_dialog import DraftDialog
    from cardkeeper.gui.follow_up.queue_window import FollowUpQueueWindow
    from cardkeeper.gui.templates.window import TemplatesWindow

IMPORT_FILTER = "Card photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.heic *.heif)"


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: Library,
        settings: Settings,
        *,
        config_dir: Path | None = None,
        camera_source: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.clock = clock or Clock()
        """Today and now for follow-ups; tests stop it at a day of their choosing."""
        self._config_dir = config_dir
        self._camera_source = camera_source
        """A video file or folder of frames to use instead of a camera (``--camera``)."""
        self.scanner: ScannerWindow | None = None
        self.queue_window: FollowUpQueueWindow | None = None
        self._library_restore: LibraryRestore | None = None
        self.templates_window: TemplatesWindow | None = None
        self.drafts: list[DraftDialog] = []
        self._job: ImportJob | None = None
        self._summary_dialog: ImportSummaryDialog | None = None
        self.setWindowTitle("CardKeeper")
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)
        """Every change to the library made in this window, for Edit ▸ Undo and Redo."""

        self.browser = LibraryBrowser(library, self)
        # The list's search box and rows, as bench.window and the tests drive them.
        self.search = self.browser.search
        self.model = self.browser.model
        self.pane = ContactPane()
        self.review = ReviewFlow(self, self.browser, self.pane, self.undo_stack, self)
        self.import_panel = ImportPanel()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.browser.sidebar)
        self.splitter.addWidget(self.browser.list_stack)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([170, 480, 630])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.import_panel)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.browser.status_label)
        self.due = DueWatcher(library.folder, self.clock, self)
        self.tray = TrayNotice(self)
        self.sync_runner = SyncRunner(library.folder, self)
        """The library's one sync at a time, for the timer and the Sync window alike."""
        self.auto_sync = AutoSync(self.sync_runner, settings.sync_minutes, self.clock, self)
        self.sync_status = SyncStatus()
        self.statusBar().addPermanentWidget(self.sync_status)
        self.contacts_import_progress = QProgressBar()
        """Shown while a .vcf or .csv is imported; moves after each commit of its entries."""
        self.contacts_import_progress.setMaximumWidth(160)
        self.contacts_import_progress.setTextVisible(False)
        self.contacts_import_progress.hide()
        self.statusBar().addPermanentWidget(self.contacts_import_progress)

        self._make_actions()
        self._connect()
        self._ensure_built_ins()
        self.browser.reload()
        self._restore_window_state()
        self._check_tesseract_early()
        self.due.check()
        self.auto_sync.start()

    # -- building -------------------------------------------------------------------------

    def _make_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = self._action(
            "&Import Photos…",
            "document-open",
            IMPORT_SHORTCUT.toString(QKeySequence.SequenceFormat.PortableText),
            self.choose_photos,
            file_menu,
        )
        self.import_folder_action = self._action(
            "Import &Folder…", "folder-open", "Ctrl+Shift+I", self.choose_folder, file_menu
        )
        self.scan_action = self._action(
            "&Scan with Camera…", "camera-web", "Ctrl+K", self.open_scanner, file_menu
        )
        file_menu.addSeparator()
        self.import_contacts_action = self._action(
            "I&mport Contacts (vCard, CSV)…", "", "", self.import_contacts_file, file_menu
        )
        self.export_contacts_action = self._action(
            "&Export Contacts…", "", "Ctrl+Shift+X", self.export_contacts_file, file_menu
        )
        file_menu.addSeparator()
        self.sync_action = self._action(
            "S&ync with Server…", "view-refresh", "Ctrl+Shift+Y", self.open_sync, file_menu
        )
        self.backup_action = self._action(
            "&Back Up Library…", "document-save", "", self.back_up_library, file_menu
        )
        self.restore_action = self._action(
            "&Restore from Backup…", "document-revert", "", self.restore_from_backup, file_menu
        )
        file_menu.addSeparator()
        self.settings_action = self._action(
            "&Settings…",
            "preferences-system",
            "Ctrl+,",
            self.open_settings,
            file_menu,
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addSeparator()
        self._action("&Quit", "application-exit", "Ctrl+Q", self.close, file_menu)

        edit_menu = self.menuBar().addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.setIcon(icon_named("edit-undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon_named("edit-redo"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        view_menu = self.menuBar().addMenu("&View")
        self.library_actions = LibraryActions(self.browser, edit_menu, view_menu, self)
        self.review_actions = ReviewActions(
            self.review, self.pane, self.browser.table, edit_menu, self
        )

        follow_menu = self.menuBar().addMenu("F&ollow-ups")
        self.follow_ups_action = self._action(
            "&Follow-ups", "appointment-soon", "Ctrl+U", self.open_queue, follow_menu
        )
        self.follow_ups_action.setIconText("Follow-ups")
        self.draft_action = self._action(
            "&Draft Email…", "mail-message-new", "Ctrl+E", self.draft_email, follow_menu
        )
        follow_menu.addSeparator()
        self.templates_action = self._action(
            "&Templates and Sequences…",
            "accessories-text-editor",
            "Ctrl+Shift+E",
            self.open_templates,
            follow_menu,
        )

        help_menu = self.menuBar().addMenu("&Help")
        self.log_folder_action = self._action(
            "Open &Log Folder", "folder-open", "", self.open_log_folder, help_menu
        )
        self._action("&About CardKeeper", "help-about", "", self.about, help_menu)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.import_action,
            self.scan_action,
            self.library_actions.review_action,
            self.follow_ups_action,
            None,
            self.undo_action,
            self.redo_action,
            self.review_actions.delete_action,
            None,
            self.settings_action,
        ):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        label = QLabel("&Met at: ")
        self.event_field = QLineEdit(self.settings.current_event)
        label.setBuddy(self.event_field)
        self.event_field.setPlaceholderText("No current event")
        self.event_field.setToolTip(
            "Filled in as “where met” on every card imported while it is set"
        )
        self.event_field.setClearButtonEnabled(True)
        self.event_field.setFixedWidth(260)
        self.event_field.setCompleter(QCompleter(self.browser.event_names, self.event_field))
        self.event_field.editingFinished.connect(self._current_event_edited)
        toolbar.addWidget(label)
        toolbar.addWidget(self.event_field)

    def _action(
        self, text: str, icon: str, shortcut: str, slot: Callable[[], object], menu: QMenu
    ) -> QAction:
        return menu_action(text, icon, shortcut, slot, menu, parent=self)

    def _connect(self) -> None:
        self.browser.current_changed.connect(self.review.show_current)
        self.review.writable.connect(self.draft_action.setEnabled)
        self.browser.empty_state.import_requested.connect(self.choose_photos)
        self.browser.empty_state.sample_requested.connect(lambda path: self.start_import([path]))
        self.pane.log_requested.connect(self._log_activity)
        self.pane.draft_requested.connect(self.draft_email)
        self.due.changed.connect(self._due_changed)
        self.due.failed.connect(lambda message: self.statusBar().showMessage(message, 10000))
        self.tray.open_requested.connect(self.open_queue)
        self.sync_runner.library_changed.connect(self._synced)
        self.auto_sync.status_changed.connect(self.sync_status.show_status)
        self.sync_status.clicked.connect(self.open_sync)

    def _ensure_built_ins(self) -> None:
        """A library starts with the built-in templates and sequence, for the editor and drafts."""
        try:
            ensure_built_ins(self.library)
        except CardKeeperError as error:
            self.statusBar().showMessage(str(error), 10000)

    def _check_tesseract_early(self) -> None:
        """Find Tesseract now, off the GUI thread, so the first drop does not wait for it.

        Loading the OCR library behind it costs the first import otherwise; a program
        chosen in Settings is started twice (70 ms, cached). A missing Tesseract is
        told when the user imports, where it matters.
        """
        command = self.settings.tesseract_cmd or None
        run_in_background(lambda: find_tesseract(command), _ignore, _ignore, parent=self)

    # -- what the features ask of the window ----------------------------------------------

    def contacts_changed(self, ids: Iterable[int]) -> None:
        """These contacts changed in the library: their rows, the counts and the pane follow."""
        ids = set(ids)
        self.browser.contacts_changed(ids)
        self.due.check()
        self.review.contacts_changed(ids)

    def reload_contacts(self) -> None:
        self.browser.reload()

    def current_contact_id(self) -> int | None:
        return self.browser.current_id()

    def in_trash(self) -> bool:
        return self.browser.in_trash()

    def all_rows(self) -> list[ContactRow]:
        return self.browser.all_rows()

    def selected_ids(self) -> list[int]:
        return self.browser.selected_ids()

    def select_contact(self, contact_id: int) -> None:
        self.browser.select_contact(contact_id)

    def show_contact(self, contact_id: int) -> None:
        """Bring the window forward on this contact, widening the list if it hides it."""
        self.browser.show_contact(contact_id)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_review_inbox(self) -> None:
        self.browser.show_review_inbox()

    def refresh_activity(self) -> None:
        self.review.refresh_activity()

    def set_settings(self, settings: Settings) -> None:
        self._set_settings(settings)

    def report_failure(self, message: str) -> None:
        self._failed(message)

    def export_contacts_file(self) -> None:
        """All contacts, the selected ones or an event's, as vCard or CSV, written off the GUI
        thread."""
        from cardkeeper.app.contact_exchange import export_contacts
        from cardkeeper.gui.exchange.export_dialog import ExportDialog

        rows = [] if self.in_trash() else self.model.all_rows()
        events: dict[str, list[int]] = {}
        for row in sorted(rows, key=lambda row: row.event_name.casefold()):
            if row.event_name:
                events.setdefault(row.event_name, []).append(row.id)
        selected = [] if self.in_trash() else self.selected_ids()
        dialog = ExportDialog(selected, events, self)
        if not dialog.exec() or (choice := dialog.choice()) is None:
            return
        folder = self.library.folder

        def work() -> int:
            with open_library(folder) as library:
                return export_contacts(
                    library, choice.ids, choice.fmt, choice.path, with_photos=choice.with_photos
                )

        def exported(count: int) -> None:
            self.statusBar().showMessage(
                f"Exported {counted(count, 'contact')} to {choice.path}.", 15000
            )

        self.statusBar().showMessage("Exporting contacts…")
        run_in_background(work, exported, self._work_failed, parent=self)

    def import_contacts_file(self) -> None:
        """Contacts from another address book (.vcf, .csv); a bad entry fails alone.

        A CSV's columns are shown first for the user to say what each holds
        (:class:`CsvMappingDialog`), from the file's first 64 KB read off the
        GUI thread. The action stays disabled until the import has answered.
        """
        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Import Contacts", str(Path.home()), "Contacts (*.vcf *.vcard *.csv)"
        )
        if chosen:
            self.import_contacts_from(Path(chosen))

    def import_contacts_from(self, path: Path) -> None:
        """One contacts import at a time: the disabled action says one is under way."""
        if not self.import_contacts_action.isEnabled():
            self.statusBar().showMessage(
                f"{path.name} was not imported: wait for the contacts import under way.", 10000
            )
            return
        self.import_contacts_action.setEnabled(False)
        if path.suffix.lower() != ".csv":
            self._import_contacts(path, None)
            return
        from cardkeeper.gui.exchange.csv_mapping_dialog import read_sample

        self.statusBar().showMessage(f"Reading the columns of {path.name}…")
        run_in_background(
            lambda: read_sample(path),
            self._ask_csv_mapping,
            self._contacts_import_failed,
            parent=self,
        )

    def _ask_csv_mapping(self, sample: CsvSample) -> None:
        from cardkeeper.gui.exchange.csv_mapping_dialog import CsvMappingDialog

        self.statusBar().clearMessage()
        if not sample.header:  # empty or not CSV: the import says so in its words
            self._import_contacts(sample.path, None)
            return
        dialog = CsvMappingDialog(sample, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._import_contacts(sample.path, dialog.import_mapping()))
        dialog.rejected.connect(lambda: self.import_contacts_action.setEnabled(True))
        dialog.open()

    def _import_contacts(self, path: Path, mapping: Mapping[str, str] | None) -> None:
        from cardkeeper.app.contact_exchange import import_contacts

        folder, region = self.library.folder, self.settings.default_phone_region
        message = f"Importing contacts from {path.name}…"

        def progressed(done: int, total: int) -> None:
            self.contacts_import_progress.setRange(0, total)
            self.contacts_import_progress.setValue(done)
            self.statusBar().showMessage(f"{message} {done:,} of {total:,}")

        def work() -> ExchangeReport:
            with open_library(folder) as library:
                return import_contacts(
                    library,
                    path,
                    region=region,
                    mapping=mapping,
                    progress=lambda done, total: call_on_gui_thread(
                        lambda: progressed(done, total), parent=self
                    ),
                )

        self.import_contacts_action.setEnabled(False)
        self.statusBar().showMessage(message)
        self.contacts_import_progress.setRange(0, 0)
        self.contacts_import_progress.show()
        run_in_background(work, self._contacts_imported, self._contacts_import_failed, parent=self)

    def _contacts_import_failed(self, error: BaseException) -> None:
        self.import_contacts_action.setEnabled(True)
        self.contacts_import_progress.hide()
        self._work_failed(error)

    def _contacts_imported(self, report: ExchangeReport) -> None:
        from cardkeeper.app.contact_exchange import Outcome

        self.import_contacts_action.setEnabled(True)
        self.contacts_import_progress.hide()
        self.reload_contacts()
        summary = f"{report.path.name}: {report.summary()}"
        failed = [entry.message for entry in report.entries if entry.outcome is Outcome.FAILED]
        if not failed:
            self.statusBar().showMessage(summary, 15000)
            return
        self.statusBar().clearMessage()
        box = QMessageBox(QMessageBox.Icon.Information, "Import Contacts", summary, parent=self)
        box.setDetailedText("\n".join(failed))
        box.open()

    def _work_failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        if not isinstance(error, CardKeeperError):
            raise error
        self._failed(str(error))

    def open_sync(self) -> None:
        """The CardDAV account and Sync Now; contacts a sync brings in show as it finishes."""
        from cardkeeper.gui.exchange.sync_dialog import SyncDialog

        dialog = SyncDialog(self.library.folder, self, runner=self.sync_runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _synced(self) -> None:
        """A sync, by hand or by itself, changed contacts: the list and sections show them."""
        self.reload_contacts()
        self.due.check()

    def back_up_library(self) -> None:
        """Save the whole library (contacts and card images) as one archive, in the background.

        File ▸ Restore from Backup (or ``cardkeeper restore ARCHIVE``) puts it back,
        keeping the library it replaces.
        """
        today = self.clock.today()
        suggested = Path.home() / f"CardKeeper backup {today:%Y-%m-%d}.zip"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Back Up Library", str(suggested), "CardKeeper backups (*.zip)"
        )
        if not chosen:
            return
        from cardkeeper.app.library_backup import back_up

        folder, out, now = self.library.folder, Path(chosen), self.clock.now()

        def work() -> BackupSummary:
            with open_library(folder) as library:
                return back_up(library, out, now)

        self.backup_action.setEnabled(False)
        self.statusBar().showMessage("Backing up the library…")
        run_in_background(work, self._backed_up, self._backup_failed, parent=self)

    def _backed_up(self, summary: BackupSummary) -> None:
        from cardkeeper.app.library_backup import contents

        self.backup_action.setEnabled(True)
        self.statusBar().showMessage(
            f"Backed up {contents(summary.contacts, summary.images)} to {summary.path}.",
            15000,
        )

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        if not isinstance(error, CardKeeperError):
            raise error
        self._failed(str(error))

    def restore_from_backup(self) -> None:
        """Make the library open in this window the one in a backup archive, after asking
        (:mod:`cardkeeper.gui.exchange.restore`). It is refused, in one sentence, while
        something could still write to the library (:meth:`restore_problem`)."""
        if self._library_restore is None:
            from cardkeeper.gui.exchange.restore import LibraryRestore

            self._library_restore = LibraryRestore(
                self, self, self.restore_action, self.statusBar(), self.clock
            )
        self._library_restore.start(self.library.folder)

    def restore_problem(self) -> str | None:
        """Why the library cannot be let go of now, in one sentence; None when it can."""
        if self._job is not None and self._job.is_running():
            return "Wait for the import to finish, or cancel it, before restoring a backup."
        if self.scanner is not None and self.scanner.isVisible():
            return (
                "Close the scanner window before restoring a backup: "
                "it saves cards into the library that would be replaced."
            )
        if not self.import_contacts_action.isEnabled():
            return "Wait for the contacts import to finish before restoring a backup."
        if not self.backup_action.isEnabled():
            return "Wait for the backup to finish before restoring one."
        if self.sync_runner.is_running():
            return "Wait for the sync to finish before restoring a backup."
        editors = self.templates_window
        if editors is not None and (editors.templates.is_dirty() or editors.sequences.is_dirty()):
            return "Save or discard the changes in the Templates window before restoring a backup."
        if self.drafts or (self.queue_window is not None and self.queue_window.drafts):
            return "Send or close the email drafts before restoring a backup."
        return None

    def release_library(self) -> Path:
        """Let go of the library for a restore, and of all that holds its contacts: the undo
        steps, the follow-up queue and templates windows, a hidden scanner; automatic sync
        waits until :meth:`reopen_library`."""
        self.undo_stack.clear()
        for window in (self.queue_window, self.templates_window, self._summary_dialog):
            if window is not None:
                window.close()
                window.deleteLater()
        self.queue_window = self.templates_window = self._summary_dialog = None
        if self.scanner is not None:  # hidden (a visible one refuses): its strip is stale
            self.scanner.deleteLater()
            self.scanner = None
        self.auto_sync.set_minutes(0)  # no sync may open the library while it is replaced
        self.library.close()
        return self.library.folder

    def reopen_library(self, folder: Path) -> bool:
        """Open the library in ``folder`` and show it as if the window had just opened."""
        try:
            library = open_library(folder)
        except CardKeeperError as error:
            QMessageBox.critical(self, "CardKeeper", str(error))
            self.close()
            return False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(library.close)  # app.py closes only the one it opened
        self.library = library  # the review reads the window's library: nothing to tell it
        self._ensure_built_ins()
        self.browser.library_replaced(library)
        self.due.check()
        self.auto_sync.set_minutes(self.settings.sync_minutes)
        self.sync_runner.note_account_changed()  # the account is the restored library's
        return True

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, "CardKeeper", message)

    # -- import ---------------------------------------------------------------------------

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import Card Photos", str(Path.home()), f"{IMPORT_FILTER};;All files (*)"
        )
        if files:
            self.start_import([Path(name) for name in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Import a Folder of Card Photos", str(Path.home())
        )
        if folder:
            self.start_import([Path(folder)])

    def current_import(self) -> ImportJob | None:
        """The import running now, if any (its signals tell its progress and end)."""
        return self._job

    def import_paths(self, paths: Sequence[Path]) -> None:
        """What a drop, or a ``cardkeeper FILE...`` handed to this window, brings: a .vcf or
        .csv comes in as contacts, photos and folders as cards for review."""
        from cardkeeper.app.contact_exchange import IMPORT_SUFFIXES

        contact_files = [p for p in paths if p.suffix.lower() in IMPORT_SUFFIXES and p.is_file()]
        for path in contact_files:
            self.import_contacts_from(path)
        cards = [path for path in paths if path not in contact_files]
        if cards:
            self.start_import(cards)

    def start_import(self, paths: Sequence[Path]) -> None:
        if self._job is not None and self._job.is_running():
            self.statusBar().showMessage(
                "An import is already running; wait for it to finish or cancel it.", 6000
            )
            return
        options = options_from_settings(self.settings)
        problem = prepare_import(paths, options)
        if problem:
            QMessageBox.warning(self, "Import", problem)
            return
        job = ImportJob(
            self.library.folder,
            paths,
            options,
            event=self.settings.current_event or None,
            parent=self,
        )
        job.item_done.connect(self._imported)
        job.finished.connect(self._import_finished)
        self._job = job
        self.import_panel.attach(job)
        self.show_review_inbox()
        job.start()

    def open_scanner(self) -> None:
        """The scanner window; one at a time, brought to the front if open."""
        if self.scanner is not None:
            self.scanner.show()
            self.scanner.raise_()
            self.scanner.activateWindow()
            return
        options = options_from_settings(self.settings)
        problem = reading_problem(options)
        if problem:
            QMessageBox.warning(self, "Scan with Camera", problem)
            return
        scanner = ScannerWindow(
            self.library.folder,
            options,
            event=self.event_field.text().strip(),
            camera=self.settings.camera,
            size=self.settings.camera_size,
            auto_capture=self.settings.auto_capture,
            source=self._camera_source,
            parent=self,
        )
        scanner.contact_saved.connect(self._scanned)
        scanner.import_photos_requested.connect(self.choose_photos)
        scanner.closing.connect(self._remember_scanner_choices)
        self.scanner = scanner
        self.show_review_inbox()
        scanner.show()

    def _scanned(self, contact_id: int) -> None:
        self.contacts_changed([contact_id])
        if self.current_contact_id() is None:
            self.select_contact(contact_id)

    def _remember_scanner_choices(self, camera: object, size: str, auto_capture: bool) -> None:
        changed = replace(self.settings, camera_size=size, auto_capture=auto_capture)
        if isinstance(camera, int):
            changed = replace(changed, camera=camera)
        if changed != self.settings:
            self._set_settings(changed)

    def _imported(self, result: object) -> None:
        contact_id = getattr(result, "contact_id", None)
        if contact_id is not None:
            self.contacts_changed([contact_id])
            if self.current_contact_id() is None:
                self.select_contact(contact_id)

    def _import_finished(self, summary: ImportSummary) -> None:
        self._job = None
        self.browser.refresh_sidebar()
        self.statusBar().showMessage(summary.headline(), 10000)
        if summary.failed or summary.matched or summary.cancelled or summary.error:
            self._summary_dialog = ImportSummaryDialog(summary, self)
            self._summary_dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
            self.statusBar().showMessage("Drop to import these photos and folders.")

    def dragLeaveEvent(self, event: object) -> None:
        self.statusBar().clearMessage()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.statusBar().clearMessage()
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- follow-ups -----------------------------------------------------------------------

    def drafts_sender(self) -> Sender:
        """The user as drafts sign off, from the settings as they are now."""
        return sender(self.settings)

    def open_queue(self) -> None:
        """Ctrl+U: the follow-up queue window, brought to the front if open."""
        if self.queue_window is None:
            from cardkeeper.gui.follow_up.queue_window import FollowUpQueueWindow

            window = FollowUpQueueWindow(self.library.folder, self.drafts_sender, self.clock, self)
            window.open_contact_requested.connect(self.show_contact)
            window.changed.connect(self._follow_ups_changed)
            self.queue_window = window
        self.queue_window.show()
        self.queue_window.raise_()
        self.queue_window.activateWindow()

    def open_templates(self) -> None:
        """Ctrl+Shift+E: the templates and sequences, brought to the front if open."""
        if self.templates_window is None:
            from cardkeeper.gui.templates.window import TemplatesWindow

            self.templates_window = TemplatesWindow(
                self.library.folder, self.drafts_sender, self.clock, self
            )
            self.templates_window.changed.connect(self._follow_ups_changed)
        self.templates_window.show()
        self.templates_window.raise_()
        self.templates_window.activateWindow()

    def draft_email(self) -> None:
        """Ctrl+E: an email to the current contact, from its next follow-up's template."""
        contact_id = self.current_contact_id()
        if contact_id is None or self.in_trash():
            return
        follow_up = next(
            (
                f
                for f in FollowUps(self.library).for_contact(contact_id)
                if f.state in (FollowUpState.PENDING, FollowUpState.SNOOZED)
            ),
            None,
        )
        from cardkeeper.gui.follow_up.draft_dialog import DraftDialog

        dialog = DraftDialog(
            self.library.folder,
            contact_id,
            follow_up_id=follow_up.id if follow_up else None,
            template_id=follow_up.template_id if follow_up else None,
            sender=self.drafts_sender(),
            clock=self.clock,
            parent=self,
        )
        dialog.sent.connect(self._draft_sent)
        dialog.finished.connect(lambda _result: self._forget_draft(dialog))
        self.drafts.append(dialog)
        dialog.open()

    def _forget_draft(self, dialog: DraftDialog) -> None:
        if dialog in self.drafts:
            self.drafts.remove(dialog)
        dialog.deleteLater()

    def _draft_sent(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        self._follow_ups_changed()

    def _log_activity(self, kind: object, detail: str) -> None:
        """A call, meeting or note logged in the contact pane."""
        contact_id = self.current_contact_id()
        if contact_id is None or not isinstance(kind, ActivityKind):
            return
        try:
            follow_through.log_contact(self.library, contact_id, kind, detail, self.clock.now())
        except CardKeeperError as error:
            self._failed(str(error))
            return
        self.refresh_activity()
        if self.queue_window is not None:
            self.queue_window.losing_touch.mark_stale()

    def _follow_ups_changed(self) -> None:
        """The queue, a draft or the templates changed follow-ups: recount, and redraw the pane."""
        self.due.check()
        self.refresh_activity()

    def _due_changed(self, due: DueNow) -> None:
        count = due.count
        self.follow_ups_action.setIconText(f"Follow-ups ({count})" if count else "Follow-ups")
        self.follow_ups_action.setToolTip(
            f"Follow-up queue: {count} due today or overdue (Ctrl+U)"
            if count
            else "Follow-up queue (Ctrl+U)"
        )
        self.browser.show_due_count(count)
        if due.newly_due:
            self.tray.announce(due.newly_due, count)
        if self.queue_window is not None and self.queue_window.isVisible() and due.newly_due:
            self.queue_window.refresh()

    # -- other commands -------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(
            self.settings, self.library.folder, self, sync_runner=self.sync_runner
        )
        if dialog.exec():
            self._set_settings(dialog.settings())
            self.event_field.setText(self.settings.current_event)
            self.auto_sync.set_minutes(self.settings.sync_minutes)
            self.review.show_current()

    def _current_event_edited(self) -> None:
        """The event typed in the toolbar is kept, so the next session starts with it too."""
        name = self.event_field.text().strip()
        if name != self.settings.current_event:
            self._set_settings(replace(self.settings, current_event=name))

    def _set_settings(self, settings: Settings) -> None:
        self.settings = settings
        try:
            save_settings(settings, self._config_dir)
        except OSError as error:
            QMessageBox.warning(
                self,
                "Settings",
                f"The settings could not be saved ({error.strerror or error}); "
                "they apply until CardKeeper is closed.",
            )

    def open_log_folder(self) -> None:
        """Where to find what went wrong, to attach to a bug report; made if not there yet."""
        folder = log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._failed(f"The log folder {folder} could not be made ({error.strerror or error}).")
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._failed(f"No program could show the log folder; it is {folder}.")

    def about(self) -> None:
        from cardkeeper import __version__

        QMessageBox.about(
            self,
            "About CardKeeper",
            f"<h3>CardKeeper {__version__}</h3><p>Business cards into contacts, and a reminder "
            "to follow up with every one of them.</p>"
            f"<p>Library: {self.library.folder}</p>",
        )

    # -- window state ---------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        state = _window_state()
        geometry = state.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1280, 800)
        for key, widget in (
            ("window/mainSplitter", self.splitter),
            ("window/contactSplitter", self.pane.splitter),
        ):
            saved = state.value(key)
            if isinstance(saved, QByteArray):
                widget.restoreState(saved)
        header = state.value("window/contactsHeader")
        if isinstance(header, QByteArray):
            self.browser.table.horizontalHeader().restoreState(header)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None and self._job.is_running():
            self._job.cancel()
        if self.scanner is not None:
            self.scanner.close()
        for window in (self.queue_window, self.templates_window):
            if window is not None:
                window.close()
        state = _window_state()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/mainSplitter", self.splitter.saveState())
        state.setValue("window/contactSplitter", self.pane.splitter.saveState())
        state.setValue("window/contactsHeader", self.browser.table.horizontalHeader().saveState())
        super().closeEvent(event)


def _ignore(_result: object) -> None:
    """For background work whose only purpose is to fill a cache."""


def _window_state() -> QSettings:
    """Window geometry lives apart from the preferences (settings.json): it is not a choice."""
    return QSettings("CardKeeper", "window-state")
