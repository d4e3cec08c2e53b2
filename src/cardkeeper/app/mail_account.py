"""The user's mailbox as CardKeeper knows it: the server in the settings, the password in the
system keyring (never in the settings or the library), its Drafts and Sent folders.

Setting up logs in once, lists the folders and finds Drafts by its special-use
flag (RFC 6154) unless the user names one; only then is the password kept, so a
typo is never saved. Sent is found the same way, or by the names mail programs give
it, for noticing the user's own emails.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from cardkeeper.errors import MailError
from cardkeeper.interop.imap import Folder, Mailbox, MailServer, Security
from cardkeeper.settings import Settings
from cardkeeper.wording import translate

KEYRING_SERVICE = "CardKeeper IMAP"
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "INBOX/Sent", "INBOX.Sent")
"""Where servers that flag nothing keep sent mail, as mail programs name it."""


@dataclass(frozen=True)
class MailSetup:
    """What setting up found: the folders, and the Drafts folder to use (None: ask)."""

    server: MailServer
    folders: list[Folder]
    drafts: Folder | None


def mail_server(settings: Settings) -> MailServer | None:
    """The mailbox in the settings, or None while mail is not set up."""
    if not (settings.mail_host and settings.mail_user):
        return None
    try:
        security = Security(settings.mail_security)
    except ValueError:
        security = Security.TLS
    return MailServer(
        settings.mail_host, settings.mail_port, security, settings.mail_user, settings.mail_cafile
    )


def with_mail(settings: Settings, server: MailServer, drafts_folder: str) -> Settings:
    """``settings`` with this mailbox and Drafts folder (the other settings as they were)."""
    return dataclasses.replace(
        settings,
        mail_host=server.host,
        mail_port=server.port,
        mail_security=str(server.security),
        mail_user=server.user,
        mail_cafile=server.cafile,
        mail_drafts_folder=drafts_folder,
    )


def set_up_mail(server: MailServer, password: str, drafts: str = "") -> MailSetup:
    """Log in, list the folders and find Drafts (the one named, else the one flagged);
    the password is kept in the keyring once the server took it."""
    if not server.host.strip() or not server.user.strip():
        raise MailError(translate("mail_account", "Enter the mail server and your user name."))
    if not 0 < server.port < 65536:
        raise MailError(
            translate("mail_account", "The port {port} is not one a server listens on.").format(
                port=server.port
            )
        )
    with Mailbox(server, password) as mailbox:
        folders = mailbox.folders()
    remember_password(server, password)
    if drafts:
        chosen = next((f for f in folders if drafts in (f.name, f.shown)), None)
        if chosen is None:
            raise _no_such_folder(drafts, folders)
        return MailSetup(server, folders, chosen)
    return MailSetup(server, folders, flagged(folders, "\\drafts"))


def flagged(folders: Sequence[Folder], flag: str) -> Folder | None:
    """The first folder with a special-use ``flag`` (lower case, e.g. ``\\drafts``)."""
    return next((folder for folder in folders if flag in folder.flags), None)


def sent_folder(folders: Sequence[Folder]) -> Folder | None:
    """Where the user's sent mail is: the folder flagged ``\\Sent``, else one named so."""
    found = flagged(folders, "\\sent")
    if found is not None:
        return found
    by_name = {folder.shown.casefold(): folder for folder in folders}
    return next((by_name[n.casefold()] for n in SENT_NAMES if n.casefold() in by_name), None)


def open_mailbox(settings: Settings) -> Mailbox:
    """A connection to the mailbox in the settings, logged in with the saved password."""
    server = mail_server(settings)
    if server is None:
        raise MailError(
            translate(
                "mail_account",
                "No mailbox is set up yet; set one up in Settings ▸ Mail"
                " (or with `cardkeeper mail setup`).",
            )
        )
    password = saved_password(server)
    if password is None:
        raise MailError(
            translate(
                "mail_account",
                "No password is saved for {user} at {host}; enter it in Settings ▸ Mail.",
            ).format(user=server.user, host=server.host)
        )
    return Mailbox(server, password)


def remember_password(server: MailServer, password: str) -> None:
    import keyring
    import keyring.errors

    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(server), password)
    except keyring.errors.KeyringError as error:
        raise MailError(
            translate(
                "mail_account",
                "The password could not be saved in the system keyring ({reason}); unlock or"
                " set up the keyring and try again.",
            ).format(reason=error)
        ) from None


def saved_password(server: MailServer) -> str | None:
    import keyring
    import keyring.errors

    try:
        return keyring.get_password(KEYRING_SERVICE, _keyring_user(server))
    except keyring.errors.KeyringError as error:
        raise MailError(
            translate(
                "mail_account", "The system keyring could not be read ({reason}); unlock it."
            ).format(reason=error)
        ) from None


def _keyring_user(server: MailServer) -> str:
    """One password per user name and server."""
    return f"{server.user}@{server.host}:{server.port}"


def _no_such_folder(named: str, folders: Sequence[Folder]) -> MailError:
    names = ", ".join(f"“{folder.shown}”" for folder in folders)
    return MailError(
        translate(
            "mail_account", "The mailbox has no folder “{name}”; its folders are {names}."
        ).format(name=named, names=names)
    )


def no_drafts_folder(folders: Sequence[Folder]) -> MailError:
    """The sentence for a mailbox whose server flags no folder as Drafts."""
    names = ", ".join(f"“{folder.shown}”" for folder in folders)
    return MailError(
        translate(
            "mail_account",
            "The mail server marks no folder as Drafts; choose the one to use ({names}).",
        ).format(names=names)
    )
