"""The mailbox drafts go to: an IMAP server, its encryption, the user, and the Drafts folder.

Connect logs in off the GUI thread, lists the folders and picks the one the
server flags as Drafts (RFC 6154); with none flagged, the user picks it from the
list. The password goes to the system keyring once the server took it, as the Sync
window does, and is never shown again. The dialog edits a copy of the settings:
the caller keeps :meth:`MailDialog.settings` after OK.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.mail_account import MailSetup, mail_server, set_up_mail, with_mail
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import run_in_background
from cardkeeper.gui.common.inline_message import InlineMessage
from cardkeeper.interop.imap import MailServer, Security
from cardkeeper.settings import Settings


class MailDialog(QDialog):
    """Edits the mailbox of a copy of the settings; read it with :meth:`settings` after OK.

    Signals: only QDialog's own.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail Account"))
        self._original = settings
        self._connected: MailServer | None = mail_server(settings)
        """The account as the server last took it (the saved one until Connect)."""

        self.host_field = QLineEdit(settings.mail_host)
        self.host_field.setPlaceholderText(self.tr("e.g. imap.example.com"))
        self.security_box = QComboBox()
        self.security_box.addItem(self.tr("TLS (port 993)"), Security.TLS)
        self.security_box.addItem(self.tr("STARTTLS (port 143)"), Security.STARTTLS)
        self.security_box.setCurrentIndex(
            max(self.security_box.findData(settings.mail_security), 0)
        )
        self.port_box = QSpinBox()
        self.port_box.setRange(1, 65535)
        self.port_box.setValue(settings.mail_port or Security.TLS.default_port)
        self.port_box.setAccessibleName(self.tr("Port"))
        self.user_field = QLineEdit(settings.mail_user)
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setPlaceholderText(self.tr("kept in the system keyring"))
        self.cafile_field = QLineEdit(settings.mail_cafile)
        self.cafile_field.setPlaceholderText(
            self.tr("Only for a server with a certificate of its own")
        )
        self.cafile_field.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.drafts_box = QComboBox()
        self.drafts_box.setAccessibleName(self.tr("Drafts folder"))
        if settings.mail_drafts_folder:
            self.drafts_box.addItem(settings.mail_drafts_folder, settings.mail_drafts_folder)
        self.drafts_box.setEnabled(False)
        self.message = InlineMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        server_row = QHBoxLayout()
        server_row.addWidget(self.host_field, 1)
        server_row.addWidget(self.security_box)
        server_row.addWidget(self.port_box)
        cafile_row = QHBoxLayout()
        cafile_row.addWidget(self.cafile_field, 1)
        cafile_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(_label(self.tr("IMAP &server:"), self.host_field), server_row)
        form.addRow(self.tr("&User name:"), self.user_field)
        form.addRow(self.tr("&Password:"), self.password_field)
        form.addRow(_label(self.tr("Certi&ficate:"), self.cafile_field), cafile_row)
        form.addRow("", self.connect_button)
        form.addRow(self.tr("&Drafts folder:"), self.drafts_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

        self.security_box.activated.connect(self._security_chosen)
        self.browse_button.clicked.connect(self._browse_cafile)
        self.connect_button.clicked.connect(self.connect_to_server)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.host_field, self.user_field, self.cafile_field):
            field.textEdited.connect(self._account_edited)
        self.port_box.valueChanged.connect(self._account_edited)
        self._update_ok()

    def settings(self) -> Settings:
        """The settings with the mailbox as connected and the Drafts folder chosen."""
        if self._connected is None:
            return self._original
        return with_mail(self._original, self._connected, self.drafts_box.currentData() or "")

    def server(self) -> MailServer:
        """The account as the fields have it now."""
        return MailServer(
            self.host_field.text().strip(),
            self.port_box.value(),
            Security(self.security_box.currentData()),
            self.user_field.text().strip(),
            self.cafile_field.text().strip(),
        )

    def connect_to_server(self) -> None:
        """Log in and list the folders off the GUI thread; Drafts is chosen by its flag."""
        server, password = self.server(), self.password_field.text()
        if not (server.host and server.user and password):
            self.message.show_error(
                self.tr("Enter the server, your user name and your password first.")
            )
            return
        self.connect_button.setEnabled(False)
        self.message.show_info(self.tr("Logging in to {host}…").format(host=server.host))
        run_in_background(
            lambda: set_up_mail(server, password), self._connected_to, self._failed, parent=self
        )

    def _connected_to(self, setup: MailSetup) -> None:
        self.password_field.clear()
        self.connect_button.setEnabled(True)
        self._connected = setup.server
        self.drafts_box.clear()
        for folder in setup.folders:
            self.drafts_box.addItem(folder.shown, folder.name)
        self.drafts_box.setEnabled(bool(setup.folders))
        if setup.drafts is not None:
            self.drafts_box.setCurrentIndex(self.drafts_box.findData(setup.drafts.name))
            self.message.show_info(
                self.tr("Connected; drafts go to “{folder}”.").format(folder=setup.drafts.shown)
            )
        else:
            self.drafts_box.setCurrentIndex(-1)
            self.message.show_info(
                self.tr("Connected, but the server marks no folder as Drafts: choose it below.")
            )
            self.drafts_box.currentIndexChanged.connect(self._update_ok)
        self._update_ok()

    def _failed(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        if not isinstance(error, CardKeeperError):
            raise error
        self.message.show_error(str(error))

    def _account_edited(self) -> None:
        """Another server or user is not the one connected to: Connect again before OK."""
        if self._connected is not None and self.server() != self._connected:
            self._connected = None
            self.drafts_box.clear()
            self.drafts_box.setEnabled(False)
        self._update_ok()

    def _update_ok(self) -> None:
        ready = self._connected is not None and self.drafts_box.currentIndex() >= 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _security_chosen(self, _index: int) -> None:
        """The port follows the encryption while it is one of the two usual ports."""
        chosen = Security(self.security_box.currentData())
        if self.port_box.value() in (Security.TLS.default_port, Security.STARTTLS.default_port):
            self.port_box.setValue(chosen.default_port)
        self._account_edited()

    def _browse_cafile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the Server's Certificate"),
            self.cafile_field.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.cafile_field.setText(path)
            self._account_edited()


def _label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose shortcut goes to ``buddy`` in a row of several widgets."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
