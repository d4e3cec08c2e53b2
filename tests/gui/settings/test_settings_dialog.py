"""The settings dialog on a real display with the real Tesseract: what it shows, what it returns."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import phonenumbers
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Sender
from cardkeeper.errors import TesseractMissingError
from cardkeeper.gui.settings import dialog as settings_dialog
from cardkeeper.gui.settings.dialog import SettingsDialog
from cardkeeper.gui.settings.region_box import phone_regions
from cardkeeper.reading.tesseract import TesseractInfo, default_languages, find_tesseract
from cardkeeper.settings import Settings, sender


@pytest.fixture
def tesseract() -> TesseractInfo:
    return find_tesseract()


@pytest.fixture
def program() -> str:
    """The installed ``tesseract`` program, for the settings that name one."""
    found = shutil.which("tesseract")
    assert found is not None
    return found


def _open(qtbot: QtBot, settings: Settings, data_dir: Path) -> SettingsDialog:
    dialog = SettingsDialog(settings, data_dir)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: SettingsDialog) -> dict[str, tuple[str, bool]]:
    """Language code -> (shown text, checked), "" being Automatic."""
    model = dialog.language_list.model()
    rows = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
        rows[index.data(Qt.ItemDataRole.UserRole)] = (index.data(), checked)
    return rows


def _toggle(qtbot: QtBot, dialog: SettingsDialog, code: str) -> None:
    """Select the language's row and press Space, as a keyboard user would."""
    view = dialog.language_list
    model = view.model()
    match = model.match(
        model.index(0, 0), Qt.ItemDataRole.UserRole, code, 1, Qt.MatchFlag.MatchExactly
    )
    view.setCurrentIndex(match[0])
    qtbot.keyClick(view, Qt.Key.Key_Space)


def _leave(field: QLineEdit | None) -> None:
    """What leaving a field does: the dialog reacts to editingFinished."""
    assert field is not None
    field.editingFinished.emit()


def test_lists_the_installed_languages_and_what_automatic_picks(
    qtbot: QtBot, data_dir: Path, tesseract: TesseractInfo
) -> None:
    dialog = _open(qtbot, Settings(), data_dir)
    rows = _rows(dialog)
    installed = [code for code in tesseract.languages if code != "osd"]
    assert list(rows) == ["", *installed]
    automatic_text, automatic_checked = rows[""]
    assert automatic_checked
    assert default_languages(tesseract) in automatic_text
    assert not any(checked for code, (_, checked) in rows.items() if code)
    if "deu" in installed:
        assert rows["deu"][0] == "German (deu)"
    status = dialog.tesseract_status.text.text()
    assert tesseract.path is None, "the language data is found without asking the program"
    assert status == (
        f"Tesseract {tesseract.version[0]}.{tesseract.version[1]} "
        f"with language data in {tesseract.tessdata}, {len(installed)} languages"
    )
    assert dialog.tesseract_field.placeholderText() == f"Found: {tesseract.tessdata}"
    assert dialog.data_field.text() == str(data_dir)
    assert dialog.data_field.isReadOnly()


def test_edits_come_back_after_ok_and_the_original_is_untouched(
    qtbot: QtBot, data_dir: Path, tesseract: TesseractInfo, program: str
) -> None:
    original = Settings()
    dialog = _open(qtbot, original, data_dir)
    first, second = [code for code in tesseract.languages if code != "osd"][:2]
    _toggle(qtbot, dialog, second)
    _toggle(qtbot, dialog, first)
    dialog.region_box.setCurrentIndex(dialog.region_box.findData("DE"))
    qtbot.keyClicks(dialog.event_field, "  Web Summit 2026, Lisbon ")
    dialog.tesseract_field.setText(program)
    _leave(dialog.tesseract_field)

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.settings() == Settings(
        ocr_languages=f"{first}+{second}",
        default_phone_region="DE",
        tesseract_cmd=program,
        current_event="Web Summit 2026, Lisbon",
    )
    assert original == Settings()


def test_automatic_and_chosen_languages_exclude_each_other(
    qtbot: QtBot, data_dir: Path, tesseract: TesseractInfo
) -> None:
    dialog = _open(qtbot, Settings(), data_dir)
    code = next(code for code in tesseract.languages if code != "osd")
    _toggle(qtbot, dialog, code)
    assert not _rows(dialog)[""][1]
    assert dialog.settings().ocr_languages == code
    _toggle(qtbot, dialog, code)
    assert _rows(dialog)[""][1]
    assert dialog.settings().ocr_languages == ""
    _toggle(qtbot, dialog, code)
    _toggle(qtbot, dialog, "")
    assert [c for c, (_, checked) in _rows(dialog).items() if checked] == [""]


def test_keeps_the_users_language_order_and_languages_not_installed(
    qtbot: QtBot, data_dir: Path, tesseract: TesseractInfo
) -> None:
    installed = sorted(code for code in tesseract.languages if code != "osd")
    backwards = "+".join([installed[1], installed[0], "zzz"])
    dialog = _open(qtbot, Settings(ocr_languages=backwards), data_dir)
    text, checked = _rows(dialog)["zzz"]
    assert checked and "not installed" in text
    assert dialog.settings().ocr_languages == backwards
    _toggle(qtbot, dialog, "zzz")
    assert dialog.settings().ocr_languages == f"{installed[1]}+{installed[0]}"


@pytest.mark.parametrize("bad_path", ["/nonexistent/tesseract", sys.executable])
def test_a_path_that_is_not_a_working_tesseract_says_why(
    qtbot: QtBot, data_dir: Path, tesseract: TesseractInfo, program: str, bad_path: str
) -> None:
    dialog = _open(qtbot, Settings(ocr_languages="eng"), data_dir)
    other = next(code for code in tesseract.languages if code not in {"eng", "osd"})
    _toggle(qtbot, dialog, other)
    dialog.tesseract_field.setText(bad_path)
    _leave(dialog.tesseract_field)

    with pytest.raises(TesseractMissingError) as expected:
        find_tesseract(bad_path)
    assert dialog.tesseract_status.text.text() == str(expected.value)
    assert not dialog.language_list.isVisible()
    assert dialog.no_languages.isVisible()
    # The rest of the dialog still works, and the languages chosen so far are kept.
    qtbot.keyClicks(dialog.event_field, "Fair")
    assert dialog.settings().current_event == "Fair"
    assert dialog.settings().ocr_languages == f"eng+{other}"

    dialog.tesseract_field.setText(program)
    _leave(dialog.tesseract_field)
    assert dialog.language_list.isVisible()
    assert not dialog.no_languages.isVisible()
    assert _rows(dialog)["eng"][1] and _rows(dialog)[other][1]


def test_opens_with_a_missing_tesseract_and_keeps_the_languages(
    qtbot: QtBot, data_dir: Path, tesseract: TesseractInfo, program: str
) -> None:
    settings = Settings(ocr_languages="deu+eng", tesseract_cmd="/nonexistent/tesseract")
    dialog = _open(qtbot, settings, data_dir)
    assert "/nonexistent/tesseract" in dialog.tesseract_status.text.text()
    assert dialog.no_languages.isVisible()
    assert dialog.settings() == settings

    dialog.tesseract_field.setText(program)
    _leave(dialog.tesseract_field)
    # The list arrives in a dialog sized without it: the dialog grows, nothing overlaps.
    view = dialog.language_list
    qtbot.waitUntil(lambda: view.geometry().bottom() < dialog.region_box.geometry().top())
    assert view.height() >= view.sizeHint().height()


def test_browse_checks_the_chosen_program(
    qtbot: QtBot, data_dir: Path, program: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, Settings(tesseract_cmd="/nonexistent/tesseract"), data_dir)
    monkeypatch.setattr(settings_dialog.QFileDialog, "getOpenFileName", lambda *args: (program, ""))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.tesseract_field.text() == program
    assert dialog.tesseract_status.text.text().startswith("Tesseract ")
    assert dialog.language_list.isVisible()


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_folder_opens_the_data_folder(qtbot: QtBot, data_dir: Path) -> None:
    dialog = _open(qtbot, Settings(), data_dir)
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open_url")
    try:
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in catcher.urls] == [str(data_dir)]


def test_region_box_offers_every_region_by_name_and_ignores_stray_text(
    qtbot: QtBot, data_dir: Path
) -> None:
    regions = phone_regions()
    assert {code for code, _ in regions} == phonenumbers.SUPPORTED_REGIONS
    names = [name for _, name in regions]
    assert ("DE", "Germany") in regions and ("XK", "Kosovo") in regions
    assert names.index("Austria") < names.index("Germany") < names.index("Zimbabwe")

    dialog = _open(qtbot, Settings(default_phone_region="FR"), data_dir)
    box = dialog.region_box
    assert box.currentText() == "France (FR)"
    box.setEditText("Narnia")
    _leave(box.lineEdit())
    assert box.currentText() == "France (FR)"
    box.setEditText("germany (de)")
    _leave(box.lineEdit())
    assert dialog.settings().default_phone_region == "DE"


def test_labels_have_mnemonics_for_their_fields(qtbot: QtBot, data_dir: Path) -> None:
    dialog = _open(qtbot, Settings(), data_dir)
    buddies = {
        label.text(): label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()
    }
    assert buddies == {
        "&Tesseract:": dialog.tesseract_field,
        "&Languages:": dialog.language_list,
        "Phone &region:": dialog.region_box,
        "&Data folder:": dialog.data_field,
        "Current &event:": dialog.event_field,
        "&Name:": dialog.my_name_field,
        "T&itle:": dialog.my_title_field,
        "&Company:": dialog.my_company_field,
        "E&mail:": dialog.my_email_field,
        "Si&gnature:": dialog.my_signature_field,
    }
    mnemonics = [text[text.index("&") + 1].lower() for text in buddies]
    assert len(set(mnemonics)) == len(mnemonics), "each mnemonic reaches one field"


def test_your_details_come_back_as_the_sender_of_drafts(qtbot: QtBot, data_dir: Path) -> None:
    dialog = _open(qtbot, Settings(my_name="Maria Schneider"), data_dir)
    assert dialog.my_name_field.text() == "Maria Schneider"
    dialog.my_company_field.setText("  Elbtal Software KG ")
    dialog.my_title_field.setText("Head of Partnerships")
    dialog.my_email_field.setText("maria@elbtal.example")
    dialog.my_signature_field.setPlainText("Maria\nElbtal Software KG · Dresden\n")

    edited = dialog.settings()
    assert sender(edited) == Sender(
        name="Maria Schneider",
        company="Elbtal Software KG",
        title="Head of Partnerships",
        email="maria@elbtal.example",
        signature="Maria\nElbtal Software KG · Dresden",
    )


def test_the_sync_page_says_nothing_of_catching_up_before_an_account_is_set_up(
    qtbot: QtBot, data_dir: Path
) -> None:
    dialog = _open(qtbot, Settings(), data_dir)
    tabs = dialog.pages.tabBar()
    sync_tab = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Sync")
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(sync_tab).center())
    qtbot.waitUntil(lambda: dialog.sync_account.text() == "Not set up")
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert not [text for text in shown if "next sync" in text or "Offline" in text]
    assert any("CardDAV" in text for text in shown)
    # Automatic sync is greyed with nothing to sync with; its choice is kept.
    assert dialog.auto_sync_check.isChecked() and not dialog.auto_sync_check.isEnabled()
    assert not dialog.sync_minutes_box.isEnabled()
    dialog.accept()
    assert dialog.settings().sync_minutes == Settings().sync_minutes


def test_says_how_to_add_a_language_naming_a_package_this_install_lacks(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = find_tesseract().tessdata
    for model in ("Latin", "jpn", "osd"):
        (tmp_path / f"{model}.traineddata").symlink_to(Path(installed) / f"{model}.traineddata")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    dialog = _open(qtbot, Settings(), data_dir)
    assert list(_rows(dialog)) == ["", "Latin", "jpn"]
    hint = dialog.add_language.text()
    assert "`sudo apt install tesseract-ocr-jpn-vert`" in hint
    assert dialog.add_language.isVisible()
    # Under the list, above the phone region, nothing overlapping.
    list_bottom = dialog.language_list.geometry().bottom()
    assert list_bottom < dialog.add_language.geometry().top()
    assert dialog.add_language.geometry().bottom() < dialog.region_box.geometry().top()


def test_a_calendar_address_for_the_tasks_is_kept_in_the_settings(
    qtbot: QtBot, data_dir: Path
) -> None:
    dialog = _open(qtbot, Settings(task_sync=True), data_dir)
    assert dialog.task_calendar_field.text() == ""
    dialog.task_calendar_field.setText("  https://caldav.fastmail.com/  ")
    assert dialog.settings().task_calendar_url == "https://caldav.fastmail.com/"
