"""The window in German, as a user whose desktop speaks German sees it (Xvfb, a real library).

Every text a widget shows (labels, buttons, tooltips, placeholders, tabs,
headers, rows, menus and their actions) of the main window with a contact and
a new card open, Settings, Follow-ups and Templates is read, and any still in
English fails: a sentence of the app's own (compared with the English source
of every message, values filled in or not) or one holding common English words.
What the library holds (names, built-in templates and sequences, which are
content written once in English) and proper names are left out.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.contact.crop_dialog import CropDialog
from cardkeeper.gui.library.sidebar import TRASH
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.gui.settings.dialog import SettingsDialog
from cardkeeper.settings import Settings
from cardkeeper.store.card_images import ImageData, ScannedSide
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.sequences import Sequences
from cardkeeper.store.templates import Templates
from tests.card_files import write_scan
from tests.gui.follow_up_data import TODAY, FixedClock, meet
from tests.gui.window_fixture import add_contacts
from tools.translations import FOLDER, read_ts

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_WORDS = frozenset((
    "the", "and", "of", "your", "you", "is", "are", "with", "this", "from", "not", "to",
    "contact", "contacts", "card", "cards", "follow", "open", "save", "delete", "show", "add",
    "edit", "file", "help", "view", "settings", "trash", "review", "search", "select", "choose",
    "due", "today", "tomorrow", "step", "steps", "email", "new", "none", "default", "built",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun", "march", "may", "june", "july", "october", "december",
    "mar", "oct", "dec",
))  # fmt: skip
"""Words a German sentence does not hold; "Import", "Name" or "Details" it may."""
IDENTIFIER = re.compile(r"[a-z_]+")
"""A template placeholder's name, as it is typed between ``{{ }}``."""
NAMED_BY_QT = re.compile(r".+ \(([A-Z]{2}|[a-z]{3}(_\w+)?)\)")
"""A phone region or a Tesseract language, "Iceland (IS)", "German (deu)": Qt names them in
English only."""
PROPER_NAMES = re.compile(
    r"CardKeeper|vCard|CardDAV|CSV|Tesseract|Google|Outlook|Thunderbird|Apple Mail|"
    r"Nextcloud|Fastmail|iCloud|Radicale|\S+@\S+|Sam Rivera|PATH"
)


def _library_content(library: Library) -> list[str]:
    """Its templates and sequences: what the library holds, not what the app says."""
    content = []
    for sequence in Sequences(library).all():
        content += [sequence.name, *(step.reason for step in sequence.steps)]
    for template in Templates(library).all():
        content += [template.name, template.subject, template.body]
    return sorted(filter(None, content), key=len, reverse=True)


def _english_sources() -> list[re.Pattern[str]]:
    """Each message whose German differs from its English, as a pattern of what it shows."""
    patterns = []
    for message in read_ts(FOLDER / "cardkeeper_de.ts"):
        if [form.replace("&", "") for form in message.forms] == [message.source.replace("&", "")]:
            continue
        shown = re.escape(message.source.replace("&", ""))
        shown = re.sub(r"\\\{[^}]*\\\}|%n", ".+", shown)
        patterns.append(re.compile(shown))
    return patterns


def english_left(texts: list[tuple[str, str]], library: Library) -> list[tuple[str, str]]:
    sources, content = _english_sources(), _library_content(library)
    left = []
    for where, text in dict.fromkeys(texts):
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        for known in content:
            plain = plain.replace(known, "")
        plain = re.sub(r"<code>.*?</code>", " ", plain)  # template syntax, not a language
        plain = PROPER_NAMES.sub("", re.sub(r"<[^>]+>", " ", plain)).strip()
        if not plain or IDENTIFIER.fullmatch(plain) or NAMED_BY_QT.fullmatch(plain):
            continue
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", plain)}
        if words & ENGLISH_WORDS or any(pattern.fullmatch(plain) for pattern in sources):
            left.append((where, text))
    return left


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A list model hides its ``columnCount`` from Python (and flat ones ``hasChildren``)."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
        child = model.index(row, 0, parent)
        if not isinstance(model, (QAbstractListModel, QAbstractTableModel)) and model.rowCount(
            child
        ):
            yield from _model_texts(model, child)


def shown_texts(top: QWidget) -> list[tuple[str, str]]:
    """(widget, text) for every text ``top`` and its children show or say to a screen reader."""
    texts: list[tuple[str, str]] = [("window title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        name = type(widget).__name__
        said = [widget.toolTip(), widget.accessibleName(), widget.statusTip()]
        if isinstance(widget, (QAbstractButton, QLabel)):
            said.append(widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            said.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            said.append(widget.title())
        if isinstance(widget, QMenu):
            said.append(widget.title())
        if isinstance(widget, QAbstractSpinBox):
            said.append(widget.specialValueText())
        if isinstance(widget, QTabWidget):
            said += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            said += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(_columns(model, QModelIndex())):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    said.append(value if isinstance(value, str) else "")
            said += list(_model_texts(model, QModelIndex()))
        texts += [(name, text) for text in said if text]
    for action in top.findChildren(QAction):
        texts += [("action", text) for text in (action.text(), action.toolTip()) if text]
    return texts


def _menu_texts(window: MainWindow) -> list[tuple[str, str]]:
    texts = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        texts.append(("menu", menu.title()))
        texts += [("menu item", action.text()) for action in menu.actions() if action.text()]
    return texts


def _accelerator(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def shared_accelerators(window: QMainWindow) -> list[tuple[str, list[str]]]:
    """Each menu (the menu bar too, and submenus) whose items share a letter: (menu, items)."""
    menus: list[tuple[str, list[QAction]]] = [("menu bar", window.menuBar().actions())]
    for action in window.menuBar().actions():
        if (menu := action.menu()) is not None:
            menus += [(m.title(), m.actions()) for m in (menu, *menu.findChildren(QMenu))]
    shared = []
    for title, actions in menus:
        by_letter: dict[str, list[str]] = {}
        for action in actions:
            if (letter := _accelerator(action.text())) is not None:
                by_letter.setdefault(letter, []).append(action.text())
        shared += [(title, texts) for texts in by_letter.values() if len(texts) > 1]
    return shared


def test_the_window_and_its_windows_are_all_german(
    qtbot: QtBot, library: Library, german: None
) -> None:
    clock = FixedClock()
    meet(library, "Jana Vogt", due=TODAY, company="Elbtal Software KG", interest="Messen")
    meet(library, "Eva Roth", due=TODAY + timedelta(days=3), company="Roth & Partner")
    meet(library, "Lars Wendt", due=TODAY - timedelta(days=4), step=2)
    reviewed, new_card = add_contacts(
        library,
        Contact(full_name="Anna Koch", company="Nordlicht GmbH", needs_review=False),
        Contact(full_name="Uwe Bauer", company="Bauer & Söhne", needs_review=True),
    )
    window = MainWindow(library, Settings(my_name="Maria Schneider"), clock=clock)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitUntil(window.follow_ups.due.is_idle)
    texts = _menu_texts(window)

    window.select_contact(reviewed)
    texts += shown_texts(window)
    window.select_contact(new_card)
    qtbot.waitUntil(window.pane.accept_button.isVisible)
    texts += shown_texts(window)

    settings = SettingsDialog(window.settings, library.folder, window)
    qtbot.add_widget(settings)
    settings.show()
    texts += shown_texts(settings)

    window.follow_ups.open_queue()
    queue = window.follow_ups.queue_window
    assert queue is not None
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0)
    texts += shown_texts(queue) + [("menu", menu.title()) for menu in queue.findChildren(QMenu)]

    window.templates.open_templates()
    templates = window.templates.window
    assert templates is not None
    qtbot.waitUntil(lambda: templates.templates.list_model.rowCount() > 0)
    texts += shown_texts(templates)
    templates.tabs.setCurrentIndex(1)
    texts += shown_texts(templates)

    assert len(texts) > 300
    left = english_left(texts, library)
    assert not left, "still English:\n" + "\n".join(f"{where}: {text!r}" for where, text in left)


def test_crop_and_rotate_its_reading_and_the_status_bar_are_german(
    qtbot: QtBot, library: Library, german: None, tmp_path: Path
) -> None:
    """The dialog before and after a reading, what Apply and Ctrl+Z say, and a search's count.

    What the card holds (its name, company, email…) is left out: it is the card's, not
    the app's; the dialog's own "(corrected by you)" beside it is checked on its own.
    """
    photo, truth = write_scan(tmp_path, 3)
    with Image.open(photo) as image:
        side = ImageData(photo.read_bytes(), *image.size)
    contact_id = Contacts(library).save_new_contact(
        Contact(company="Alba Ediciones (typed by me)"), [ScannedSide(side, original=side)]
    )
    window = MainWindow(library, Settings())
    qtbot.add_widget(window)
    window.show()
    window.select_contact(contact_id)
    window.pane.card.crop_action.trigger()
    dialog = window.findChild(CropDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    texts = shown_texts(dialog)

    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=120_000)
    rows = [dialog.changes.topLevelItem(row) for row in range(dialog.changes.topLevelItemCount())]
    values = {item.text(column) for item in rows if item is not None for column in (1, 2)}
    assert "Alba Ediciones (typed by me) (von Ihnen korrigiert)" in values
    texts += [(where, text) for where, text in shown_texts(dialog) if text not in values]
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    texts.append(("status bar", window.statusBar().currentMessage()))
    window.undo_action.trigger()
    texts.append(("status bar", window.statusBar().currentMessage()))
    assert window.statusBar().currentMessage().startswith(f"Rückgängig gemacht: {truth.name}")

    window.browser.search.setText("Alba")
    texts.append(("status line", window.browser.status_label.text()))
    assert window.browser.status_label.text().startswith("1 von 1 Kontakt ·")

    left = english_left(texts, library)
    assert not left, "still English:\n" + "\n".join(f"{where}: {text!r}" for where, text in left)
    assert len(texts) > 20


def test_new_contact_the_keyboard_shortcuts_and_emptying_the_trash_are_german(
    qtbot: QtBot, library: Library, german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File ▸ New Contact (its undo step), Help ▸ Keyboard Shortcuts, and Empty Trash's
    status while it runs."""
    (gone,) = add_contacts(library, Contact(full_name="Anna Koch", needs_review=False))
    Contacts(library).soft_delete([gone])
    window = MainWindow(library, Settings())
    qtbot.add_widget(window)
    window.show()
    window.new_contact.new_contact_action.trigger()
    texts = shown_texts(window)
    assert window.undo_action.text() == "&Rückgängig Neuer Kontakt"

    window.help_menu.shortcuts_action.trigger()
    shortcuts = window.help_menu.shortcuts_window
    assert shortcuts is not None
    qtbot.waitUntil(shortcuts.isVisible)
    shortcuts_texts = shown_texts(shortcuts)
    texts += shortcuts_texts
    assert ("QTreeWidget", "Rückgängig") in shortcuts_texts

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    window.library_actions.empty_trash_action.trigger()
    texts.append(("status bar", window.statusBar().currentMessage()))
    assert window.statusBar().currentMessage() == "Der Papierkorb wird geleert…"
    qtbot.waitUntil(window.library_actions.jobs.is_idle)

    left = english_left(texts, library)
    assert not left, "still English:\n" + "\n".join(f"{where}: {text!r}" for where, text in left)


@pytest.mark.parametrize("language", ["English", "German"])
def test_no_two_items_of_a_menu_share_an_accelerator(
    qtbot: QtBot, library: Library, language: str, request: pytest.FixtureRequest
) -> None:
    """Alt+F, S must pick one item: in English as in German (File ▸ Scan… and Settings…).

    The main window's menus, the Follow-ups window's, and the card's "Use as…" menu.
    """
    if language == "German":
        request.getfixturevalue("german")
    window = MainWindow(library, Settings())
    qtbot.add_widget(window)
    window.show()
    assert len(window.menuBar().actions()) >= 5
    window.follow_ups.open_queue()
    queue = window.follow_ups.queue_window
    assert queue is not None
    use_as = [action.text() for action in window.pane.card.use_as_menu.actions()]
    assert len(use_as) > 5
    shared = shared_accelerators(window) + shared_accelerators(queue)
    if len({_accelerator(text) for text in use_as}) < len(use_as):
        shared.append(("Use as…", use_as))
    assert not shared


def shared_alt_letters(window: QMainWindow) -> list[tuple[str, list[str]]]:
    """The letters more than one thing Alt reaches in ``window`` now answers: the menu bar's
    menus and the labels, buttons and tabs shown, (letter, their texts)."""
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(index) for index in range(widget.count())]
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        if (letter := _accelerator(text)) is not None:
            by_letter.setdefault(letter, []).append(text)
    return [(letter, found) for letter, found in by_letter.items() if len(found) > 1]


@pytest.mark.parametrize("language", ["English", "German"])
def test_no_two_things_in_the_window_answer_the_same_alt_letter(
    qtbot: QtBot, library: Library, language: str, request: pytest.FixtureRequest
) -> None:
    """Alt+K must go to one place: *Met at* and the card's "Where met" read alike in German.

    The window on an empty library (its welcome), on a new card to review, and on a
    contact in the Trash (its Restore bar).
    """
    if language == "German":
        request.getfixturevalue("german")
    window = MainWindow(library, Settings())
    qtbot.add_widget(window)
    window.show()
    qtbot.waitUntil(window.browser.empty_state.isVisible)
    empty = shared_alt_letters(window)
    (new_card,) = add_contacts(library, Contact(full_name="Uwe Bauer", needs_review=True))
    window.browser.reload()
    window.select_contact(new_card)
    qtbot.waitUntil(window.pane.accept_button.isVisible)
    assert window.pane.form.isVisible()
    to_review = shared_alt_letters(window)
    Contacts(library).soft_delete([new_card])
    window.browser.reload()
    window.browser.sidebar.choose(TRASH)
    window.select_contact(new_card)
    qtbot.waitUntil(window.pane.form.isVisible)
    assert not empty + to_review + shared_alt_letters(window)


def test_qts_own_buttons_are_german(qtbot: QtBot, german: None) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    qtbot.add_widget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert cancel is not None and save is not None
    assert cancel.text().replace("&", "") == "Abbrechen"
    assert save.text().replace("&", "") == "Speichern"


def test_the_desktop_language_chooses_german_at_start(tmp_path: Path) -> None:
    """LANGUAGE=de, as a German desktop session sets it, with the English C locale beside."""
    said = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from cardkeeper.gui.common.translation import install_translation\n"
            "from datetime import date\n"
            "from cardkeeper.gui.common.translation import day_text\n"
            "from cardkeeper.wording import counted\n"
            "app = QApplication(sys.argv)\n"
            "print(len(install_translation(app)), app.translate('MainWindow', '&File'),"
            " counted(3, 'contact'), day_text(date(2026, 3, 13), 'dddd MMMM'))\n",
        ],
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": f"{ROOT / 'src'}",
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "LANGUAGE": "de",
            "HOME": str(tmp_path),
        },
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert said.stdout.split() == ["2", "&Datei", "3", "Kontakte", "Freitag", "März"]
