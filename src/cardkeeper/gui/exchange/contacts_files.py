"""File ▸ Import Contacts and Export Contacts: the library's contacts as vCard or CSV files.

Both run off the GUI thread on their own connection. One contacts import at
a time: its action stays disabled until the import has answered, and
``contacts_import_progress`` (on the status bar) moves after each commit.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressBar, QWidget

from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import call_on_gui_thread, run_in_background
from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.common.window_host import WindowHost
from cardkeeper.store.database import open_library
from cardkeeper.wording import translate

if TYPE_CHECKING:
    # Imported where used: the vCard/CSV code is not needed to show the window.
    from cardkeeper.app.contact_exchange import ExchangeReport
    from cardkeeper.gui.exchange.csv_mapping_dialog import CsvSample


class ContactsFileActions(QObject):
    """The File menu's Import Contacts and Export Contacts."""

    def __init__(self, host: WindowHost, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self.import_contacts_action = menu_action(
            self.tr("I&mport Contacts (vCard, CSV)…"),
            "",
            "",
            self.import_contacts_file,
            menu,
            parent=self._window,
        )
        self.export_contacts_action = menu_action(
            self.tr("&Export Contacts…"),
            "",
            "Ctrl+Shift+X",
            self.export_contacts_file,
            menu,
            parent=self._window,
        )
        self.contacts_import_progress = QProgressBar()
        """Shown while a .vcf or .csv is imported; moves after each commit of its entries."""
        self.contacts_import_progress.setMaximumWidth(160)
        self.contacts_import_progress.setTextVisible(False)
        self.contacts_import_progress.hide()

    def export_contacts_file(self) -> None:
        """All contacts, the selected ones or an event's, as vCard or CSV, written off the GUI
        thread."""
        from cardkeeper.app.contact_exchange import export_contacts
        from cardkeeper.gui.exchange.export_dialog import ExportDialog

        host = self._host
        rows = [] if host.in_trash() else host.all_rows()
        events: dict[str, list[int]] = {}
        for row in sorted(rows, key=lambda row: row.event_name.casefold()):
            if row.event_name:
                events.setdefault(row.event_name, []).append(row.id)
        selected = [] if host.in_trash() else host.selected_ids()
        dialog = ExportDialog(selected, events, self._window)
        if not dialog.exec() or (choice := dialog.choice()) is None:
            return
        folder = host.library.folder

        def work() -> int:
            with open_library(folder) as library:
                return export_contacts(
                    library, choice.ids, choice.fmt, choice.path, with_photos=choice.with_photos
                )

        def exported(count: int) -> None:
            host.statusBar().showMessage(
                translate(
                    "ContactsFileActions", "Exported %n contact(s) to {path}.", None, count
                ).format(path=choice.path),
                15000,
            )

        host.statusBar().showMessage(self.tr("Exporting contacts…"))
        run_in_background(work, exported, self._work_failed, parent=self._window)

    def import_contacts_file(self) -> None:
        """Contacts from another address book (.vcf, .csv); a bad entry fails alone.

        A CSV's columns are shown first for the user to say what each holds
        (:class:`CsvMappingDialog`), from the file's first 64 KB read off the
        GUI thread. The action stays disabled until the import has answered.
        """
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import Contacts"),
            str(Path.home()),
            self.tr("Contacts (*.vcf *.vcard *.csv)"),
        )
        if chosen:
            self.import_contacts_from(Path(chosen))

    def import_contacts_from(self, path: Path) -> None:
        """One contacts import at a time: the disabled action says one is under way."""
        if not self.import_contacts_action.isEnabled():
            self._host.statusBar().showMessage(
                self.tr("{file} was not imported: wait for the contacts import under way.").format(
                    file=path.name
                ),
                10000,
            )
            return
        self.import_contacts_action.setEnabled(False)
        if path.suffix.lower() != ".csv":
            self._import_contacts(path, None)
            return
        from cardkeeper.gui.exchange.csv_mapping_dialog import read_sample

        self._host.statusBar().showMessage(
            self.tr("Reading the columns of {file}…").format(file=path.name)
        )
        run_in_background(
            lambda: read_sample(path),
            self._ask_csv_mapping,
            self._contacts_import_failed,
            parent=self._window,
        )

    def _ask_csv_mapping(self, sample: CsvSample) -> None:
        from cardkeeper.gui.exchange.csv_mapping_dialog import CsvMappingDialog

        self._host.statusBar().clearMessage()
        if not sample.header:  # empty or not CSV: the import says so in its words
            self._import_contacts(sample.path, None)
            return
        dialog = CsvMappingDialog(sample, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._import_contacts(sample.path, dialog.import_mapping()))
        dialog.rejected.connect(lambda: self.import_contacts_action.setEnabled(True))
        dialog.open()

    def _import_contacts(self, path: Path, mapping: Mapping[str, str] | None) -> None:
        from cardkeeper.app.contact_exchange import import_contacts

        folder, region = self._host.library.folder, self._host.settings.default_phone_region
        message = self.tr("Importing contacts from {file}…").format(file=path.name)
        status, progress = self._host.statusBar(), self.contacts_import_progress
        window = self._window

        def progressed(done: int, total: int) -> None:
            progress.setRange(0, total)
            progress.setValue(done)
            status.showMessage(
                QCoreApplication.translate(
                    "ContactsFileActions", "{message} {done} of {total}"
                ).format(message=message, done=f"{done:,}", total=f"{total:,}")
            )

        def work() -> ExchangeReport:
            with open_library(folder) as library:
                return import_contacts(
                    library,
                    path,
                    region=region,
                    mapping=mapping,
                    progress=lambda done, total: call_on_gui_thread(
                        lambda: progressed(done, total), parent=window
                    ),
                )

        self.import_contacts_action.setEnabled(False)
        status.showMessage(message)
        progress.setRange(0, 0)
        progress.show()
        run_in_background(
            work, self._contacts_imported, self._contacts_import_failed, parent=self._window
        )

    def _contacts_import_failed(self, error: BaseException) -> None:
        self.import_contacts_action.setEnabled(True)
        self.contacts_import_progress.hide()
        self._work_failed(error)

    def _contacts_imported(self, report: ExchangeReport) -> None:
        from cardkeeper.app.contact_exchange import Outcome

        self.import_contacts_action.setEnabled(True)
        self.contacts_import_progress.hide()
        self._host.reload_contacts()
        summary = f"{report.path.name}: {report.summary()}"
        failed = [entry.message for entry in report.entries if entry.outcome is Outcome.FAILED]
        if not failed:
            self._host.statusBar().showMessage(summary, 15000)
            return
        self._host.statusBar().clearMessage()
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Import Contacts"), summary, parent=self._window
        )
        box.setDetailedText("\n".join(failed))
        box.open()

    def _work_failed(self, error: BaseException) -> None:
        self._host.statusBar().clearMessage()
        if not isinstance(error, CardKeeperError):
            raise error
        self._host.report_failure(str(error))

    def busy_reason(self) -> str | None:
        """What the window asks of every feature that holds the library (a restore asks)."""
        if not self.import_contacts_action.isEnabled():
            return self.tr("Wait for the contacts import to finish before restoring a backup.")
        return None
