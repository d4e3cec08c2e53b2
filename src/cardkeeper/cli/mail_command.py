"""``cardkeeper mail``: set up the mailbox drafts go to, and look in it for replies now.

``mail setup HOST --user USER`` reads the password from standard input (a
terminal asks for it without echo; a script pipes it), logs in, finds the Drafts
folder by its special-use flag unless ``--drafts`` names one, and keeps the account
in the settings and the password in the system keyring. ``mail check`` is asking for
one check of replies: running it is the consent, whatever the setting says.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from cardkeeper import paths
from cardkeeper.app.mail_account import no_drafts_folder, open_mailbox, set_up_mail, with_mail
from cardkeeper.app.replies import Seen, check_replies
from cardkeeper.errors import MailError
from cardkeeper.interop.imap import MailServer, Security
from cardkeeper.settings import load_settings, save_settings
from cardkeeper.store.database import open_library
from cardkeeper.terminal import shown
from cardkeeper.wording import counted, one_line


def run_mail_setup(
    host: str,
    *,
    user: str,
    port: int | None,
    security: str,
    cafile: Path | None,
    drafts: str | None,
    notice_replies: bool | None,
) -> int:
    """Log in, find Drafts, keep the account; says which folder drafts go to."""
    chosen = Security(security)
    if cafile is not None and not cafile.is_file():
        raise MailError(f"There is no certificate file {cafile}.")
    server = MailServer(
        host.strip(), port or chosen.default_port, chosen, user.strip(), str(cafile or "")
    )
    password = _read_password(server)
    setup = set_up_mail(server, password, drafts or "")
    if setup.drafts is None:
        raise MailError(
            f"{no_drafts_folder(setup.folders)} Name it with --drafts, e.g. --drafts "
            f"“{setup.folders[0].shown if setup.folders else 'Drafts'}”."
        )
    settings = with_mail(load_settings(), server, setup.drafts.name)
    if notice_replies is not None:
        settings.notice_replies = notice_replies
    save_settings(settings)
    print(
        f"Drafts go to “{shown(setup.drafts.shown)}” of {shown(server.user)} at "
        f"{shown(server.host)}; the password is in the system keyring."
    )
    print(
        "Replies are noticed in the background."
        if settings.notice_replies
        else "Replies are not looked for (--notice-replies to let the app look)."
    )
    return 0


def run_mail_check(*, data_dir: str | None) -> int:
    """One check of the mailbox for replies and sent mail; says what it marked."""
    with open_library(paths.data_dir(data_dir)) as library, open_mailbox(load_settings()) as box:
        report = check_replies(library, box)
    replied = report.marked(Seen.REPLIED)
    sent = report.marked(Seen.SENT)
    for noticed in replied:
        print(f"{shown(one_line(noticed.name))} replied: the sequence ended.")
    for noticed in sent:
        print(f"You emailed {shown(one_line(noticed.name))}: the step is done.")
    if not (replied or sent):
        print(f"No replies yet from the {counted(report.watched, 'follow-up')} looked for.")
    return 0


def _read_password(server: MailServer) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {server.user} at {server.host}: ")
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise MailError("No password came on standard input: pipe it in, or type it when asked.")
    return password
