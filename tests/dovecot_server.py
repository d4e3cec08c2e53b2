"""A real Dovecot IMAP server for the mail tests, run as its own process on loopback.

Each server gets a folder of its own: the configuration written here, a users
file (plain passwords), a self-signed certificate for ``localhost`` made with
``openssl``, and the mailboxes as Maildir. It runs as ``nobody`` when the tests
run as root (Dovecot's rootless set-up: every service as that one user), with
its own ``base_dir``, so it shares nothing with a Dovecot of the system. Drafts
and Sent are marked with their RFC 6154 special-use flags, as mail providers do.

Mail is delivered as a mail server would: ``dovecot-lda`` for a message or two,
or, for the benchmark's big mailbox, Maildir files written straight into ``new/``,
which Dovecot takes in (and indexes) the first time the mailbox is opened.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterable
from pathlib import Path

from tests.radicale_server import free_port

USER = "anna@example.org"
PASSWORD = "correct horse"
OTHER_CERT_HOST = "mail.elsewhere.example"
"""The name on the certificate of a server that is not the one asked for."""
DOVECOT = "/usr/sbin/dovecot"
LDA = "/usr/lib/dovecot/dovecot-lda"
NOBODY = 65534
START_TIMEOUT_S = 20.0


def _as_nobody() -> bool:
    return os.geteuid() == 0


class DovecotServer:
    """``dovecot -F`` with a passwd-file of one user, IMAP with STARTTLS and IMAPS on loopback."""

    def __init__(
        self,
        folder: Path,
        *,
        cert_host: str = "localhost",
        special_use: bool = True,
        password: str = PASSWORD,
    ) -> None:
        self.folder = folder
        self.port = free_port()
        self.tls_port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        folder.mkdir(parents=True, exist_ok=True)
        self.cafile = folder / "cert.pem"
        key = folder / "key.pem"
        subprocess.run(
            [
                "openssl", "req", "-x509", "-nodes", "-days", "2",
                "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-subj", f"/CN={cert_host}", "-addext", f"subjectAltName=DNS:{cert_host}",
                "-keyout", str(key), "-out", str(self.cafile),
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        (folder / "users").write_text(f"{USER}:{{PLAIN}}{password}\n", encoding="utf-8")
        uid, gid = (NOBODY, NOBODY) if _as_nobody() else (os.getuid(), os.getgid())
        user = "nobody" if _as_nobody() else _user_name()
        group = _group_name(gid)
        self.home = folder / "home"
        drafts = "  mailbox Drafts {\n    special_use = \\Drafts\n    auto = subscribe\n  }\n"
        sent = "  mailbox Sent {\n    special_use = \\Sent\n    auto = subscribe\n  }\n"
        if not special_use:  # a server that marks nothing: the folders are there, unflagged
            drafts = drafts.replace("    special_use = \\Drafts\n", "").replace(
                "Drafts", "Entwürfe"
            )
            sent = sent.replace("    special_use = \\Sent\n", "")
        self.config = folder / "dovecot.conf"
        self.config.write_text(
            f"base_dir = {folder / 'run'}\n"
            f"state_dir = {folder / 'state'}\n"
            f"log_path = {folder / 'dovecot.log'}\n"
            "protocols = imap\n"
            "listen = 127.0.0.1\n"
            f"default_internal_user = {user}\n"
            f"default_internal_group = {group}\n"
            f"default_login_user = {user}\n"
            "auth_failure_delay = 0\n"
            "auth_mechanisms = plain login\n"
            "disable_plaintext_auth = yes\n"
            "ssl = yes\n"
            f"ssl_cert = <{self.cafile}\n"
            f"ssl_key = <{key}\n"
            "ssl_min_protocol = TLSv1.2\n"
            "mail_location = maildir:~/Maildir\n"
            "mail_cache_min_mail_count = 0\n"
            "passdb {\n  driver = passwd-file\n"
            f"  args = scheme=PLAIN username_format=%u {folder / 'users'}\n}}\n"
            "userdb {\n  driver = static\n"
            f"  args = uid={uid} gid={gid} home={self.home}/%u\n}}\n"
            "namespace inbox {\n  inbox = yes\n  separator = /\n"
            f"{drafts}{sent}}}\n"
            "service imap-login {\n"
            f"  inet_listener imap {{\n    port = {self.port}\n  }}\n"
            f"  inet_listener imaps {{\n    port = {self.tls_port}\n    ssl = yes\n  }}\n"
            "  chroot =\n}\n"
            "service anvil {\n  chroot =\n}\n"
            "service stats {\n  unix_listener stats-writer {\n    mode = 0666\n  }\n}\n",
            encoding="utf-8",
        )
        if _as_nobody():
            for path in (folder, *folder.rglob("*")):
                os.chown(path, NOBODY, NOBODY)

    @property
    def maildir(self) -> Path:
        return self.home / USER / "Maildir"

    def start(self) -> None:
        """Start the server and return once it accepts connections on both ports."""
        started = time.monotonic()
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: kill() takes every process of it
            user=NOBODY if _as_nobody() else None,
            group=NOBODY if _as_nobody() else None,
            extra_groups=[] if _as_nobody() else None,
        )
        while time.monotonic() - started < START_TIMEOUT_S:
            if self.process.poll() is not None:
                raise RuntimeError(f"Dovecot exited at start: {self.log_text()}")
            if all(_listening(port) for port in (self.port, self.tls_port)):
                return
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"Dovecot did not answer within {START_TIMEOUT_S} s: {self.log_text()}")

    def stop(self) -> None:
        """Stop the server (SIGTERM to each of its processes, then SIGKILL) and wait until it is
        gone; told one by one, its processes end at once instead of after the master's wait.
        Just after start, the master can take 6 s over SIGTERM: it gets 1 s, then SIGKILL."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def kill(self) -> None:
        """Take the server away at once, every process of it, as a crash or a power cut would."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def deliver(self, message: bytes, folder: str = "INBOX") -> None:
        """Deliver one message as the mail server would (``dovecot-lda``), into ``folder``."""
        subprocess.run(
            [LDA, "-c", str(self.config), "-d", USER, "-m", folder],
            input=message,
            check=True,
            capture_output=True,
            user=NOBODY if _as_nobody() else None,
            group=NOBODY if _as_nobody() else None,
            extra_groups=[] if _as_nobody() else None,
        )

    def drop_into_maildir(self, messages: Iterable[bytes], folder: str = "INBOX") -> list[Path]:
        """Write messages straight into a mailbox's ``new/`` (fast, for thousands); the files,
        whose times the server takes as the messages' arrival."""
        box = self.maildir if folder == "INBOX" else self.maildir / f".{folder}"
        for part in ("tmp", "new", "cur"):
            (box / part).mkdir(parents=True, exist_ok=True)
        written = []
        for count, message in enumerate(messages, 1):
            path = box / "new" / f"{int(time.time())}.M{count}P{os.getpid()}.bench"
            path.write_bytes(message)
            written.append(path)
        if _as_nobody():
            for path in (self.home, *self.home.rglob("*")):
                os.chown(path, NOBODY, NOBODY)
        return written

    def log_text(self) -> str:
        try:
            return (self.folder / "dovecot.log").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def _user_name() -> str:
    import pwd

    return pwd.getpwuid(os.getuid()).pw_name


def _group_name(gid: int) -> str:
    import grp

    return grp.getgrgid(gid).gr_name
