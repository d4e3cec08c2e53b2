"""Preferences: how cards are read, where the library is, the event cards come from, who
the user is (their name, company and signature end every email draft), and syncing.

The dialog edits a copy of :class:`Settings` and never saves; the caller saves
the result of :meth:`SettingsDialog.settings` after OK, so Cancel always leaves
everything as it was.

Checking Tesseract starts two short processes (about 20 ms), so it happens on
the GUI thread only when the dialog opens and when the path field is left.
The sync account is read off the GUI thread; setting it up happens in the Sync
window, which opens from here and is only imported then (it brings the CardDAV code).
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import phonenumbers
from PySide6.QtCore import QCollator, QLocale, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.errors import CardKeeperError, TesseractMissingError
from cardkeeper.gui.common.background import run_in_background
from cardkeeper.gui.exchange.auto_sync import SyncRunner, saved_account
from cardkeeper.reading.tesseract import TesseractInfo, default_languages, find_tesseract
from cardkeeper.settings import Settings
from cardkeeper.store.sync_state import Account

AUTOMATIC = ""
"""The ``ocr_languages`` value that lets the reader pick the best installed model."""
WIDTH = 620
"""Room for a long library path and the Tesseract message in two lines."""
VISIBLE_ROWS = 9
"""Automatic and eight languages; more than most installs have, fewer than fill a screen."""
_HIDDEN_LANGUAGES = {"osd"}
"""Orientation detection data, not a language anyone reads a card in."""
SYNC_MINUTES = 15
"""What the interval box offers when automatic sync is turned on again."""
MAX_SYNC_MINUTES = 24 * 60
_CODE_ROLE = Qt.ItemDataRole.UserRole


def language_name(code: str) -> str:
    """A person's name for a Tesseract model with its code, e.g. ``German (deu)``."""
    if _is_script(code):
        return f"{code} script (any language written in it)"
    name = short_language_name(code)
    return f"{name} ({code})" if name != code else code


def short_language_name(code: str) -> str:
    """``German`` for ``deu``, ``Latin script`` for ``Latin``, the code itself if unknown."""
    if _is_script(code):
        return f"{code} script"
    language = QLocale.codeToLanguage(code.partition("_")[0], QLocale.LanguageCodeType.ISO639Part2)
    if language == QLocale.Language.AnyLanguage:
        return code
    return QLocale.languageToString(language)


def _is_script(code: str) -> bool:
    """Tesseract capitalises its script models (``Latin``), which read a whole alphabet."""
    return code[:1].isupper()


def phone_regions() -> list[tuple[str, str]]:
    """Every region ``phonenumbers`` knows as ``(code, English name)``, sorted by name."""
    named = [
        (code, QLocale.territoryToString(QLocale.codeToTerritory(code)))
        for code in phonenumbers.SUPPORTED_REGIONS
    ]
    order = functools.cmp_to_key(QCollator(QLocale(QLocale.Language.English)).compare)
    return sorted(named, key=lambda item: order(item[1]))


class _LanguageList(QListView):
    """Checkable languages plus "Automatic", which excludes and is implied by choosing none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = QStandardItemModel(self)
        self._items.itemChanged.connect(self._keep_consistent)
        self.setModel(self._items)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self._adjusting = False

    def fill(self, info: TesseractInfo, chosen: list[str]) -> None:
        """Show what ``info`` has installed, checking ``chosen`` (kept even if not installed)."""
        self._adjusting = True
        self._items.clear()
        automatic = self._add(
            AUTOMATIC,
            f"Automatic: the best installed ({short_language_name(default_languages(info))})",
        )
        installed = [code for code in info.languages if code not in _HIDDEN_LANGUAGES]
        for code in installed:
            self._add(code, language_name(code)).setCheckState(
                Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked
            )
        for code in chosen:
            if code not in info.languages:
                item = self._add(code, f"{language_name(code)}: not installed")
                item.setToolTip(
                    "Tesseract has no data for this language; uncheck it or install it."
                )
                item.setCheckState(Qt.CheckState.Checked)
        nothing_chosen = not self.checked()
        automatic.setCheckState(
            Qt.CheckState.Checked if nothing_chosen else Qt.CheckState.Unchecked
        )
        self._adjusting = False
        # Never squeezed below its rows, even when it appears in a dialog sized without it.
        self.setMinimumHeight(self.sizeHint().height())

    def _add(self, code: str, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(code, _CODE_ROLE)
        item.setCheckable(True)
        item.setEditable(False)
        self._items.appendRow(item)
        return item

    def checked(self) -> list[str]:
        """The checked language codes in list order; empty when Automatic is checked."""
        codes = []
        for row in range(self._items.rowCount()):
            item = self._items.item(row)
            if item.checkState() == Qt.CheckState.Checked and item.data(_CODE_ROLE):
                codes.append(item.data(_CODE_ROLE))
        return codes

    def _keep_consistent(self, changed: QStandardItem) -> None:
        """Automatic and chosen languages exclude each other; choosing none means Automatic."""
        if self._adjusting:
            return
        self._adjusting = True
        automatic = self._items.item(0)
        if changed.checkState() == Qt.CheckState.Checked:
            if changed.data(_CODE_ROLE) == AUTOMATIC:
                for row in range(1, self._items.rowCount()):
                    self._items.item(row).setCheckState(Qt.CheckState.Unchecked)
            else:
                automatic.setCheckState(Qt.CheckState.Unchecked)
        elif not self.checked():
            automatic.setCheckState(Qt.CheckState.Checked)
        self._adjusting = False

    def sizeHint(self) -> QSize:
        """Every row up to ``VISIBLE_ROWS``, so a usual install needs no scrolling."""
        rows = min(max(self._items.rowCount(), 4), VISIBLE_ROWS)
        row = max(self.sizeHintForRow(0), self.fontMetrics().height()) + 2 * self.spacing()
        return QSize(super().sizeHint().width(), rows * row + 2 * self.frameWidth())


class _RegionBox(QComboBox):
    """Countries by name, searchable by typing any part of the name or the code."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        search = QLineEdit()
        self.setLineEdit(search)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        for code, name in phone_regions():
            self.addItem(f"{name} ({code})", code)
        if self.findData(current) < 0:
            self.insertItem(0, current, current)
        self.setCurrentIndex(self.findData(current))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        search.editingFinished.connect(self._snap_to_item)

    def _snap_to_item(self) -> None:
        """Typed text that names no country goes back to the chosen one instead of lingering."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(self.itemText(self.currentIndex()))

    def region(self) -> str:
        return str(self.currentData())


class _StatusLine(QWidget):
    """An icon and one sentence: what was found, or what is wrong and how to fix it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._icon)
        layout.addWidget(self.text, 1)

    def show_message(self, text: str, ok: bool) -> None:
        icon = (
            QStyle.StandardPixmap.SP_DialogApplyButton
            if ok
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        size = self.fontMetrics().height()
        self._icon.setPixmap(
            self.style().standardIcon(icon).pixmap(QSize(size, size), self.devicePixelRatioF())
        )
        self.text.setText(text)


class _Form(QGridLayout):
    """Label and field rows like QFormLayout, in a grid so wrapped notes get their true height.

    QFormLayout sizes a wrapped label beside a label column as if it were narrow, which
    leaves a blank gap under every long message.
    """

    def __init__(self, group: QGroupBox) -> None:
        super().__init__(group)
        self.setColumnStretch(1, 1)
        style = group.style()
        self._align = Qt.AlignmentFlag(
            style.styleHint(QStyle.StyleHint.SH_FormLayoutLabelAlignment)
        )
        self.labels: list[QLabel] = []

    def add_row(self, text: str, field: QWidget, *extra: QWidget) -> None:
        """A label whose mnemonic (if it has one) focuses ``field``, then the field and any
        ``extra`` widgets."""
        label = QLabel(text)
        if "&" in text:
            label.setBuddy(field)
        tall = isinstance(field, QListView | QPlainTextEdit)
        vertical = Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
        horizontal = self._align & Qt.AlignmentFlag.AlignHorizontal_Mask
        row = self.rowCount()
        self.addWidget(label, row, 0, horizontal | vertical)
        line = QHBoxLayout()
        line.addWidget(field, 1)
        for widget in extra:
            line.addWidget(widget)
        self.addLayout(line, row, 1)
        self.labels.append(label)

    def add_stand_in(self, widget: QWidget) -> None:
        """A widget sharing the last row's field cell, shown while the field is hidden."""
        self.addWidget(widget, self.rowCount() - 1, 1)

    def add_note(self, note: QWidget) -> None:
        """A line under the field column: a hint or a status."""
        self.addWidget(note, self.rowCount(), 1)


class SettingsDialog(QDialog):
    """Edits a copy of the settings; read the result with :meth:`settings` after ``exec()``.

    Signals: only QDialog's own (``accepted``, ``rejected``, ``finished``).
    """

    def __init__(
        self,
        settings: Settings,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        sync_runner: SyncRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("CardKeeper Settings")
        self._original = settings
        self._sync_runner = sync_runner
        self._languages_before = [code for code in settings.ocr_languages.split("+") if code]
        self._tesseract_found = False
        self._browse_folder = ""
        self._chosen_while_missing = self._languages_before
        """What was checked when the list went away, given back when it returns."""

        # Reading: which program, which languages, which phone region.
        self.tesseract_field = QLineEdit(settings.tesseract_cmd)
        self.tesseract_field.setClearButtonEnabled(True)
        self.tesseract_field.editingFinished.connect(self._check_tesseract)
        self.browse_button = QPushButton("&Browse…")
        self.browse_button.clicked.connect(self._browse_tesseract)
        self.tesseract_status = _StatusLine()
        self.language_list = _LanguageList()
        self.no_languages = self._hint(
            "Languages can be chosen once Tesseract is found (see above)."
        )
        self.region_box = _RegionBox(settings.default_phone_region)
        reading = QGroupBox("Reading")
        reading_form = _Form(reading)
        reading_form.add_row("&Tesseract:", self.tesseract_field, self.browse_button)
        reading_form.add_note(self.tesseract_status)
        reading_form.add_row("&Languages:", self.language_list)
        reading_form.add_stand_in(self.no_languages)
        reading_form.add_row("Phone &region:", self.region_box)
        reading_form.add_note(self._hint("For numbers printed without a country code."))

        # Library: where it lives.
        self._data_dir = data_dir
        self.data_field = QLineEdit(str(data_dir))
        self.data_field.setReadOnly(True)
        self.data_field.setCursorPosition(0)
        self.open_folder_button = QPushButton("&Open Folder")
        self.open_folder_button.clicked.connect(self._open_data_dir)
        library = QGroupBox("Library")
        library_form = _Form(library)
        library_form.add_row("&Data folder:", self.data_field, self.open_folder_button)

        # Events: where the cards being imported now were collected.
        self.event_field = QLineEdit(settings.current_event)
        self.event_field.setPlaceholderText("e.g. Web Summit 2026, Lisbon")
        self.event_field.setClearButtonEnabled(True)
        events = QGroupBox("Events")
        events_form = _Form(events)
        events_form.add_row("Current &event:", self.event_field)
        events_form.add_note(
            self._hint(
                "Filled in as “where met” on every card you import while it is set; "
                "clear it when the event is over."
            )
        )

        # Your details: how email drafts sign off, and the From of a saved .eml.
        self.my_name_field = self._line(settings.my_name, "e.g. Maria Schneider")
        self.my_title_field = self._line(settings.my_title, "e.g. Head of Partnerships")
        self.my_company_field = self._line(settings.my_company, "e.g. Elbtal Software KG")
        self.my_email_field = self._line(settings.my_email, "e.g. maria@elbtal.example")
        self.my_signature_field = QPlainTextEdit(settings.my_signature)
        self.my_signature_field.setTabChangesFocus(True)
        self.my_signature_field.setPlaceholderText("Empty: your name, then your title and company")
        lines = self.my_signature_field.fontMetrics().lineSpacing()
        self.my_signature_field.setFixedHeight(lines * 4 + 12)
        details = QGroupBox("Your Details")
        details_form = _Form(details)
        details_form.add_row("&Name:", self.my_name_field)
        details_form.add_row("T&itle:", self.my_title_field)
        details_form.add_row("&Company:", self.my_company_field)
        details_form.add_row("E&mail:", self.my_email_field)
        details_form.add_row("Si&gnature:", self.my_signature_field)
        details_form.add_note(
            self._hint("Email drafts end with these; your address is the sender of saved drafts.")
        )

        # Sync: the CardDAV account (set up in the Sync window) and how often to sync by itself.
        self.sync_account = QLabel("…")
        self.sync_account.setWordWrap(True)
        self.sync_account.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_setup_button = QPushButton("Set &Up…")
        self.sync_setup_button.clicked.connect(self.open_sync)
        self.auto_sync_check = QCheckBox("Sync &automatically every")
        self.sync_minutes_box = QSpinBox()
        self.sync_minutes_box.setRange(1, MAX_SYNC_MINUTES)
        self.sync_minutes_box.setSuffix(" min")
        self.sync_minutes_box.setAccessibleName("Minutes between syncs")
        self.auto_sync_check.toggled.connect(self.sync_minutes_box.setEnabled)
        self.auto_sync_check.setChecked(settings.sync_minutes > 0)
        self.sync_minutes_box.setValue(settings.sync_minutes or SYNC_MINUTES)
        self.sync_minutes_box.setEnabled(settings.sync_minutes > 0)
        interval = QWidget()
        interval_row = QHBoxLayout(interval)
        interval_row.setContentsMargins(0, 0, 0, 0)
        interval_row.addWidget(self.auto_sync_check)
        interval_row.addWidget(self.sync_minutes_box)
        interval_row.addStretch(1)
        sync = QGroupBox("Sync")
        sync_form = _Form(sync)
        sync_form.add_row("Account:", self.sync_account, self.sync_setup_button)
        sync_form.add_row("", interval)
        sync_form.add_note(self._hint("Offline, nothing is lost: the next sync catches up."))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # One page per subject: stacked, the groups made a dialog taller than small screens.
        self.pages = QTabWidget()
        for title, groups in (
            ("Reading", (reading,)),
            ("Library", (library, events)),
            ("Your Details", (details,)),
            ("Sync", (sync,)),
        ):
            page = QWidget()
            page_layout = QVBoxLayout(page)
            for group in groups:
                page_layout.addWidget(group)
            page_layout.addStretch()
            self.pages.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        # The pages line up as one form when their label columns share a width.
        labels = (
            reading_form.labels
            + library_form.labels
            + events_form.labels
            + details_form.labels
            + sync_form.labels
        )
        label_width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(label_width)
        self._check_tesseract()
        self.show_sync_account()
        self.resize(WIDTH, self.heightForWidth(WIDTH))

    @staticmethod
    def _line(text: str, example: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setPlaceholderText(example)
        field.setClearButtonEnabled(True)
        return field

    @staticmethod
    def _hint(text: str) -> QLabel:
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return hint

    def settings(self) -> Settings:
        """The settings as edited; the original object passed in is left untouched."""
        return dataclasses.replace(
            self._original,
            ocr_languages=self._chosen_languages(),
            default_phone_region=self.region_box.region(),
            tesseract_cmd=self.tesseract_field.text().strip(),
            current_event=self.event_field.text().strip(),
            my_name=self.my_name_field.text().strip(),
            my_title=self.my_title_field.text().strip(),
            my_company=self.my_company_field.text().strip(),
            my_email=self.my_email_field.text().strip(),
            my_signature=self.my_signature_field.toPlainText().strip("\n"),
            sync_minutes=self.sync_minutes_box.value() if self.auto_sync_check.isChecked() else 0,
        )

    def _chosen_languages(self) -> str:
        """Keep the order the user had (Tesseract treats the first as the main language)."""
        checked = self._checked()
        kept = [code for code in self._languages_before if code in checked]
        return "+".join(kept + [code for code in checked if code not in kept])

    def _checked(self) -> list[str]:
        if self._tesseract_found:
            return self.language_list.checked()
        return self._chosen_while_missing

    def _check_tesseract(self) -> None:
        """Say whether the path names a working Tesseract and list what it can read."""
        configured = self.tesseract_field.text().strip()
        chosen = self._checked()
        self.tesseract_field.setPlaceholderText("Looked up automatically")
        try:
            info = find_tesseract(configured or None)
        except TesseractMissingError as error:
            self._chosen_while_missing = chosen
            self.tesseract_status.show_message(str(error), ok=False)
            self._show_languages(found=False)
            return
        # Without a program, the language data folder is what was found and what to show.
        where = f"at {info.path}" if info.path else f"with language data in {info.tessdata}"
        self._browse_folder = str(Path(info.path).parent) if info.path else info.tessdata
        if not configured:
            self.tesseract_field.setPlaceholderText(
                f"Found on PATH: {info.path}" if info.path else f"Found: {info.tessdata}"
            )
        count = sum(1 for code in info.languages if code not in _HIDDEN_LANGUAGES)
        major, minor = info.version
        languages = f"{count} language" + ("s" if count != 1 else "")
        self.tesseract_status.show_message(
            f"Tesseract {major}.{minor} {where}, {languages}", ok=True
        )
        self.language_list.fill(info, chosen)
        self._show_languages(found=True)

    def _show_languages(self, found: bool) -> None:
        """The list, or one line saying why there is none (the reason is in the status above)."""
        self._tesseract_found = found
        self.language_list.setVisible(found)
        self.no_languages.setVisible(not found)
        # A window does not grow by itself for wrapped text, so make room for the list.
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _browse_tesseract(self) -> None:
        configured = self.tesseract_field.text().strip()
        start = str(Path(configured).parent) if configured else self._browse_folder
        path, _ = QFileDialog.getOpenFileName(self, "Choose the Tesseract Program", start)
        if path:
            self.tesseract_field.setText(path)
            self._check_tesseract()

    def _open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def show_sync_account(self) -> None:
        """Read the account off the GUI thread; until then the line shows "…"."""
        folder = self._data_dir
        run_in_background(
            lambda: saved_account(folder),
            self._sync_account_read,
            self._sync_account_failed,
            parent=self,
        )

    def _sync_account_read(self, account: Account | None) -> None:
        if account is None:
            self.sync_account.setText("Not set up")
            self.sync_setup_button.setText("Set &Up…")
            return
        self.sync_account.setText(f"{account.book_url} as {account.username}")
        self.sync_setup_button.setText("&Sync Settings…")

    def _sync_account_failed(self, error: BaseException) -> None:
        if not isinstance(error, CardKeeperError):
            raise error
        self.sync_account.setText(str(error))

    def open_sync(self) -> None:
        """The Sync window, over this one; the account line is read again when it closes."""
        from cardkeeper.gui.exchange.sync_dialog import SyncDialog

        dialog = SyncDialog(self._data_dir, self, runner=self._sync_runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.show_sync_account)
        dialog.open()
