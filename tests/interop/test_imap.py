"""The IMAP client against a real Dovecot on loopback: folders, drafts, searches, failures."""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from cardkeeper.errors import MailError
from cardkeeper.interop.imap import Mailbox, MailServer, Security, decode_folder_name
from tests.dovecot_server import PASSWORD, USER, DovecotServer
from tests.mail_setup import mail, raw_imap

NOW = datetime(2026, 12, 7, 10, 30, tzinfo=UTC)


def tls(server: DovecotServer, **changes: object) -> MailServer:
    account = MailServer("localhost", server.tls_port, Security.TLS, USER, str(server.cafile))
    return MailServer(**{**account.__dict__, **changes})  # type: ignore[arg-type]


def test_the_folders_come_with_their_special_use_flags(dovecot: DovecotServer) -> None:
    with Mailbox(tls(dovecot), PASSWORD) as mailbox:
        folders = {folder.name: folder.flags for folder in mailbox.folders()}
    assert "\\drafts" in folders["Drafts"]
    assert "\\sent" in folders["Sent"]
    assert "INBOX" in folders


def test_starttls_logs_in_on_the_plain_port_once_encrypted(dovecot: DovecotServer) -> None:
    account = tls(dovecot, port=dovecot.port, security=Security.STARTTLS)
    with Mailbox(account, PASSWORD) as mailbox:
        assert mailbox.folders()


def test_a_draft_is_appended_to_drafts_with_the_draft_flag(dovecot: DovecotServer) -> None:
    draft = mail("me@example.org", "bruno@example.com", "Great to meet you")
    with Mailbox(tls(dovecot), PASSWORD) as mailbox:
        mailbox.append_draft("Drafts", draft, NOW)
    imap = raw_imap(dovecot)
    imap.select("Drafts", readonly=True)
    typ, data = imap.fetch("1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
    imap.logout()
    assert typ == "OK"
    assert len([item for item in data if isinstance(item, tuple)]) == 1
    assert b"\\Draft" in data[0][0]  # type: ignore[index]
    assert b"Great to meet you" in data[0][1]  # type: ignore[index]


def test_mail_from_some_addresses_since_a_day_is_found_by_its_headers(
    dovecot: DovecotServer,
) -> None:
    dovecot.deliver(mail("Bruno <Bruno@Example.com>", USER, "Re: Great to meet you"))
    dovecot.deliver(mail("carla@example.net", USER, "Newsletter"))
    dovecot.deliver(mail("dora@example.net", USER, "Hello"))
    today = datetime.now().astimezone().date()
    with Mailbox(tls(dovecot), PASSWORD) as mailbox:
        found = mailbox.from_any("INBOX", ["bruno@example.com", "dora@example.net"], today)
        none_later = mailbox.from_any("INBOX", ["bruno@example.com"], today + timedelta(days=2))
        fetched = mailbox.bytes_received
    assert sorted(s for header in found for s in header.senders) == [
        "bruno@example.com",
        "dora@example.net",
    ]
    assert all(header.received.date() >= today - timedelta(days=1) for header in found)
    assert none_later == []
    assert 0 < fetched < 10_000  # headers only: a few hundred bytes a message


def test_mail_sent_to_someone_is_found_in_the_sent_folder(dovecot: DovecotServer) -> None:
    dovecot.deliver(mail(USER, "Bruno <bruno@example.com>", "Offer"), folder="Sent")
    with Mailbox(tls(dovecot), PASSWORD) as mailbox:
        found = mailbox.to_any("Sent", ["bruno@example.com"], date(2026, 1, 1))
    assert [header.recipients for header in found] == [frozenset({"bruno@example.com"})]


def test_a_wrong_password_is_one_sentence(dovecot: DovecotServer) -> None:
    with pytest.raises(MailError, match="refused the user name or password"):
        Mailbox(tls(dovecot), "wrong horse")


def test_a_server_that_is_not_there_is_one_sentence(dovecot: DovecotServer) -> None:
    dovecot.stop()
    with pytest.raises(MailError, match=r"Could not reach the mail server at localhost, port \d+"):
        Mailbox(tls(dovecot), PASSWORD)


def test_a_certificate_of_its_own_is_not_trusted_without_its_file(dovecot: DovecotServer) -> None:
    with pytest.raises(MailError, match=r"is not trusted .*choose its certificate file"):
        Mailbox(tls(dovecot, cafile=""), PASSWORD)


def test_a_certificate_for_another_host_name_is_not_trusted(dovecot: DovecotServer) -> None:
    with pytest.raises(
        MailError,
        match=r"not trusted \(IP address mismatch, certificate is not valid for .127.0.0.1.\),",
    ):
        Mailbox(tls(dovecot, host="127.0.0.1"), PASSWORD)


def test_a_certificate_file_that_is_no_certificate_is_one_sentence(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    bogus = tmp_path / "server.pem"
    bogus.write_text("not a certificate\n", encoding="utf-8")
    with pytest.raises(MailError, match="is not a certificate"):
        Mailbox(tls(dovecot, cafile=str(bogus)), PASSWORD)
    with pytest.raises(MailError, match="is not there"):
        Mailbox(tls(dovecot, cafile=str(tmp_path / "missing.pem")), PASSWORD)


def test_a_server_stopped_mid_append_leaves_no_half_draft(dovecot: DovecotServer) -> None:
    big = mail(USER, "bruno@example.com", "Big", b"") + (b"y" * 76 + b"\r\n") * 400_000
    stopper = _stop_once_writing(dovecot)
    with Mailbox(tls(dovecot), PASSWORD) as mailbox, pytest.raises(MailError, match="broke off"):
        mailbox.append_draft("Drafts", big, NOW)
    stopper.join(10)
    assert stopper.stopped_while_writing
    dovecot.start()
    imap = raw_imap(dovecot)
    typ, data = imap.select("Drafts", readonly=True)
    imap.logout()
    assert (typ, data) == ("OK", [b"0"])


class _StopWhileWriting(threading.Thread):
    """Kills the server once it has begun writing the appended message (31 MB) to its Maildir."""

    def __init__(self, server: DovecotServer) -> None:
        super().__init__(daemon=True)
        self.server = server
        self.stopped_while_writing = False

    def run(self) -> None:
        incoming = self.server.maildir / ".Drafts" / "tmp"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if any(f.stat().st_size > 1_000_000 for f in _files(incoming)):
                self.stopped_while_writing = True
                self.server.kill()
                return
            time.sleep(0.005)


def _files(folder: Path) -> Iterator[Path]:
    try:
        yield from folder.iterdir()
    except OSError:
        return


def _stop_once_writing(server: DovecotServer) -> _StopWhileWriting:
    stopper = _StopWhileWriting(server)
    stopper.start()
    return stopper


def test_folder_names_in_modified_utf7_read_as_text() -> None:
    assert decode_folder_name("Entw&APw-rfe") == "Entwürfe"
    assert decode_folder_name("Gesendete Objekte") == "Gesendete Objekte"
    assert decode_folder_name("Tom &- Jerry") == "Tom & Jerry"
    assert decode_folder_name("&ZeVnLIqe-") == "日本語"


def test_a_server_without_flags_still_lists_its_folders() -> None:
    folder = Path(tempfile.mkdtemp(prefix="cardkeeper-dovecot-"))
    folder.chmod(0o755)
    server = DovecotServer(folder / "server", special_use=False)
    server.start()
    try:
        with Mailbox(tls(server), PASSWORD) as mailbox:
            folders = mailbox.folders()
    finally:
        server.stop()
        shutil.rmtree(folder)
    assert {f.shown for f in folders} == {"INBOX", "Entwürfe", "Sent"}
    assert not any("\\drafts" in f.flags for f in folders)


def test_a_password_beyond_ascii_logs_in() -> None:
    folder = Path(tempfile.mkdtemp(prefix="cardkeeper-dovecot-"))
    folder.chmod(0o755)
    server = DovecotServer(folder / "server", password="Grüße aus Köln")
    server.start()
    try:
        with Mailbox(tls(server), "Grüße aus Köln") as mailbox:
            assert mailbox.folders()
        with pytest.raises(MailError, match="refused the user name or password"):
            Mailbox(tls(server), "Grüsse aus Köln")
    finally:
        server.stop()
        shutil.rmtree(folder)
