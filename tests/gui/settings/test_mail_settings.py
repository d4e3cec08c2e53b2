"""Settings ▸ Mail against a real Dovecot: connect, Drafts found by its flag or chosen, and
noticing replies, which stays off until the user turns it on."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from cardkeeper.app.mail_account import KEYRING_SERVICE
from cardkeeper.gui.exchange.mail_dialog import MailDialog
from cardkeeper.gui.settings.dialog import SettingsDialog
from cardkeeper.interop.imap import Security
from cardkeeper.settings import Settings
from tests.dovecot_server import PASSWORD, USER, DovecotServer
from tests.memory_keyring import MemoryKeyring

NETWORK_TIMEOUT_MS = 20_000


def _settings_dialog(qtbot: QtBot, settings: Settings, data_dir: Path) -> SettingsDialog:
    dialog = SettingsDialog(settings, data_dir)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.pages.setCurrentIndex(dialog.pages.count() - 1)
    return dialog


def _mail_dialog(qtbot: QtBot, dialog: SettingsDialog) -> MailDialog:
    dialog.mail_setup_button.click()
    mail = dialog.mail_dialog
    assert mail is not None
    qtbot.waitExposed(mail)
    return mail


def _fill(mail: MailDialog, server: DovecotServer, password: str = PASSWORD) -> None:
    mail.host_field.setText("localhost")
    mail.security_box.setCurrentIndex(mail.security_box.findData(Security.STARTTLS))
    mail.port_box.setValue(server.port)
    mail.user_field.setText(USER)
    mail.password_field.setText(password)
    mail.cafile_field.setText(str(server.cafile))


def _ok(mail: MailDialog) -> QDialogButtonBox:
    return mail.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[return-value]


def test_connecting_finds_drafts_and_the_settings_keep_the_mailbox(
    qtbot: QtBot,
    dovecot: DovecotServer,
    memory_keyring: MemoryKeyring,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    dialog = _settings_dialog(qtbot, Settings(), data_dir)
    assert dialog.mail_account.text() == "Not set up"
    assert not dialog.notice_replies_check.isEnabled()
    assert not dialog.notice_replies_check.isChecked()
    mail = _mail_dialog(qtbot, dialog)
    assert not _ok(mail).isEnabled()
    _fill(mail, dovecot)

    mail.connect_button.click()
    qtbot.waitUntil(lambda: _ok(mail).isEnabled(), timeout=NETWORK_TIMEOUT_MS)

    assert mail.message.text() == "Connected; drafts go to “Drafts”."
    assert mail.drafts_box.currentText() == "Drafts"
    assert mail.password_field.text() == ""
    mail.grab().save(str(tmp_path / "mail-dialog.png"))
    _ok(mail).click()
    assert dialog.mail_account.text() == f"{USER} at localhost; drafts go to “Drafts”"
    assert dialog.notice_replies_check.isEnabled()
    dialog.notice_replies_check.setChecked(True)
    dialog.grab().save(str(tmp_path / "mail-page.png"))

    chosen = dialog.settings()
    assert (chosen.mail_host, chosen.mail_port, chosen.mail_security, chosen.mail_user) == (
        "localhost",
        dovecot.port,
        "starttls",
        USER,
    )
    assert (chosen.mail_drafts_folder, chosen.mail_cafile, chosen.notice_replies) == (
        "Drafts",
        str(dovecot.cafile),
        True,
    )
    assert memory_keyring.passwords == {
        (KEYRING_SERVICE, f"{USER}@localhost:{dovecot.port}"): PASSWORD
    }


def test_a_wrong_password_is_said_in_the_dialog_and_nothing_is_kept(
    qtbot: QtBot, dovecot: DovecotServer, memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    dialog = _settings_dialog(qtbot, Settings(), data_dir)
    mail = _mail_dialog(qtbot, dialog)
    _fill(mail, dovecot, "wrong horse")

    mail.connect_button.click()
    qtbot.waitUntil(mail.connect_button.isEnabled, timeout=NETWORK_TIMEOUT_MS)

    assert mail.message.text() == (
        "The mail server at localhost refused the user name or password;"
        " check them in Settings ▸ Mail."
    )
    assert not _ok(mail).isEnabled()
    assert memory_keyring.passwords == {}
    mail.reject()
    assert dialog.settings().mail_host == ""


def test_with_no_folder_flagged_drafts_the_user_chooses_it(
    qtbot: QtBot, memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="cardkeeper-dovecot-"))
    folder.chmod(0o755)
    server = DovecotServer(folder / "server", special_use=False)
    server.start()
    try:
        dialog = _settings_dialog(qtbot, Settings(), data_dir)
        mail = _mail_dialog(qtbot, dialog)
        _fill(mail, server)
        mail.connect_button.click()
        qtbot.waitUntil(lambda: mail.drafts_box.count() > 0, timeout=NETWORK_TIMEOUT_MS)
    finally:
        server.stop()
        shutil.rmtree(folder)

    assert mail.message.text() == (
        "Connected, but the server marks no folder as Drafts: choose it below."
    )
    assert not _ok(mail).isEnabled()
    mail.drafts_box.setCurrentIndex(mail.drafts_box.findText("Entwürfe"))
    assert _ok(mail).isEnabled()
    _ok(mail).click()
    assert dialog.settings().mail_drafts_folder == "Entw&APw-rfe"
    assert dialog.mail_account.text().endswith("drafts go to “Entwürfe”")
