"""The user's mailbox over IMAP (RFC 3501): its folders, a draft put in, mail looked for.

Only what drafts and noticing replies need: log in over TLS (implicit, port
993, or STARTTLS on 143; never in the clear), list the folders with their
special-use flags (RFC 6154: ``\\Drafts``, ``\\Sent``), APPEND a message with
the ``\\Draft`` flag, and SEARCH a folder for mail from or to some addresses
since a day, reading back only the headers that say who and when.

The standard library's ``imaplib`` rather than ``imapclient``: the few commands
used here are one line each in ``imaplib``, which handles the literals of APPEND
and TLS with an ``ssl`` context of our own; ``imapclient`` (over ``imaplib``)
would add a dependency for a nicer parse of FETCH answers, of which this reads one
kind. The certificate is checked as a browser does (chain and host name), against
the system's authorities or, for a server with its own certificate, only against
the file the user names.

Every failure a user can meet (offline, refused, a wrong password, a certificate
not trusted, a server that went away) becomes a :class:`~cardkeeper.errors.MailError`
with one sentence. APPEND is all or nothing on the server (RFC 3501 6.3.11): a
connection lost in the middle leaves no half draft behind.
"""

from __future__ import annotations

import enum
import imaplib
import re
import ssl
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from cardkeeper.errors import MailError
from cardkeeper.wording import translate

TIMEOUT_S = 20.0
"""The longest wait for the server at one time (to connect, or for its next answer)."""
SEARCH_BATCH = 50
"""Addresses asked for in one SEARCH (OR FROM a OR FROM b …): a few commands for a thousand
contacts, each short enough for any server's line limit."""
SEARCH_ADDRESSES_AT_MOST = 200
"""Above this many addresses, a search asks only SINCE and the headers tell who: a SEARCH
of 1,000 addresses took Dovecot 1.4 s per 8,000 messages, reading their headers 0.3 s."""
FETCH_BATCH = 500
"""Messages whose headers are asked for in one FETCH."""

_LIST_LINE = re.compile(rb'\((?P<flags>[^)]*)\) (?P<delimiter>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)')
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SAFE_ADDRESS = re.compile(r"[\x21-\x7e]+@[\x21-\x7e]+")


class Security(enum.StrEnum):
    """How the connection is encrypted: from the start (TLS) or after a STARTTLS."""

    TLS = "tls"
    STARTTLS = "starttls"

    @property
    def default_port(self) -> int:
        return 993 if self is Security.TLS else 143


@dataclass(frozen=True)
class MailServer:
    """Where the mailbox is and whose it is (the password is kept in the keyring)."""

    host: str
    port: int
    security: Security
    user: str
    cafile: str = ""
    """A certificate file to trust instead of the system's authorities; "" for those."""


@dataclass(frozen=True)
class Folder:
    name: str
    """As the server spells it (modified UTF-7), to name it in commands."""
    flags: frozenset[str]
    """Its attributes, lower case: ``\\drafts``, ``\\sent``, ``\\noselect``…"""

    @property
    def shown(self) -> str:
        """The name as the user reads it (RFC 3501 5.1.3 decoded)."""
        return decode_folder_name(self.name)


@dataclass(frozen=True)
class FolderState:
    """Which messages a folder holds: all up to ``last_uid``, numbered in ``uid_validity``
    (RFC 3501 2.3.1.1: a new validity means the numbers were given out anew)."""

    uid_validity: int
    last_uid: int


@dataclass(frozen=True)
class MessageHeader:
    """Who a message was from and to, and when it came: all that is read of it."""

    uid: int
    received: datetime
    senders: frozenset[str]
    """The From addresses, lower case."""
    recipients: frozenset[str]
    """The To and Cc addresses, lower case."""


class CountingIMAP4(imaplib.IMAP4):
    """``imaplib.IMAP4`` that counts the bytes it receives (the traffic a check costs)."""

    received = 0

    def read(self, size: int) -> bytes:
        data = super().read(size)
        self.received += len(data)
        return data

    def readline(self) -> bytes:
        line = super().readline()
        self.received += len(line)
        return line


class CountingIMAP4_SSL(imaplib.IMAP4_SSL, CountingIMAP4):  # noqa: N801 - as imaplib names it
    pass


class Mailbox:
    """A logged-in connection to the user's mailbox; closes (LOGOUT) on :meth:`close`."""

    def __init__(self, server: MailServer, password: str, *, timeout: float = TIMEOUT_S) -> None:
        self.server = server
        self._selected = ""
        self._imap = self._connect(server, password, timeout)

    def __enter__(self) -> Mailbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def bytes_received(self) -> int:
        return self._imap.received

    def close(self) -> None:
        try:
            self._imap.logout()
        except (imaplib.IMAP4.error, OSError):
            self._imap.shutdown()

    # The folders

    def folders(self) -> list[Folder]:
        """Every folder of the mailbox, with its special-use flags when the server marks them."""
        found = []
        for item in self._ok(self._call(self._imap.list)):
            if item is None:
                continue
            line = b"".join(item) if isinstance(item, tuple) else item
            match = _LIST_LINE.match(line)
            if match is None:
                continue
            if isinstance(item, tuple):  # the name came as a literal, after the flags
                name = item[1].decode("utf-8", "replace")
            else:
                name = _unquote(match["name"].decode("utf-8", "replace"))
            flags = frozenset(f.lower() for f in match["flags"].decode("ascii", "replace").split())
            found.append(Folder(name, flags))
        return found

    # Putting a draft in

    def append_draft(self, folder: str, message: bytes, when: datetime) -> None:
        """Put ``message`` in ``folder`` flagged ``\\Draft`` (and read), as a mail program saves
        a draft; the server takes it whole or not at all."""
        self._ok(
            self._call(
                self._imap.append,
                _quoted(folder),
                r"(\Draft \Seen)",
                imaplib.Time2Internaldate(when),
                message,
            ),
            folder,
        )

    # Looking for mail

    def from_any(self, folder: str, addresses: Iterable[str], since: date) -> list[MessageHeader]:
        """The messages in ``folder`` from any of ``addresses`` that came on ``since`` or later."""
        return self._find(folder, "FROM", addresses, since)

    def to_any(self, folder: str, addresses: Iterable[str], since: date) -> list[MessageHeader]:
        """The messages in ``folder`` to any of ``addresses`` that came on ``since`` or later."""
        return self._find(folder, "TO", addresses, since)

    def _find(
        self, folder: str, key: str, addresses: Iterable[str], since: date
    ) -> list[MessageHeader]:
        wanted = sorted({a.lower() for a in addresses if _SAFE_ADDRESS.fullmatch(a)})
        if not wanted:
            return []
        self._select(folder)
        uids: set[int] = set()
        if len(wanted) > SEARCH_ADDRESSES_AT_MOST:  # cheaper to read who each message is from
            (answer,) = self._ok(
                self._call(self._imap.uid, "SEARCH", f"SINCE {_imap_date(since)}"), folder
            )
            uids.update(int(uid) for uid in (answer or b"").split())
            return [
                header
                for header in self._headers_of(folder, uids)
                if (header.senders if key == "FROM" else header.recipients) & set(wanted)
            ]
        for start in range(0, len(wanted), SEARCH_BATCH):
            batch = wanted[start : start + SEARCH_BATCH]
            either = " ".join(f"{key} {_quoted(a)}" for a in batch)
            criteria = f"{'OR ' * (len(batch) - 1)}{either} SINCE {_imap_date(since)}"
            (answer,) = self._ok(self._call(self._imap.uid, "SEARCH", criteria), folder)
            uids.update(int(uid) for uid in (answer or b"").split())
        return self._headers_of(folder, uids)

    def _headers_of(self, folder: str, uids: Iterable[int]) -> list[MessageHeader]:
        ordered = sorted(uids)
        batches = (
            ordered[start : start + FETCH_BATCH] for start in range(0, len(ordered), FETCH_BATCH)
        )
        return list(self._headers(folder, (",".join(map(str, batch)) for batch in batches)))

    def examine(self, folder: str) -> FolderState:
        """Open ``folder`` read-only, afresh, and say which messages it holds by UID."""
        self._selected = ""
        self._select(folder)
        validity = self._imap.response("UIDVALIDITY")[1]
        following = self._imap.response("UIDNEXT")[1]
        if not validity or not following or validity[0] is None or following[0] is None:
            raise MailError(
                translate(
                    "imap",
                    "The mail server at {host} does not number the messages of “{folder}” as"
                    " IMAP servers do, so replies cannot be looked for there.",
                ).format(host=self.server.host, folder=decode_folder_name(folder))
            )
        return FolderState(int(validity[0]), int(following[0]) - 1)

    def headers_between(self, folder: str, first_uid: int, last_uid: int) -> list[MessageHeader]:
        """The messages of ``folder`` whose UIDs run from ``first_uid`` to ``last_uid``: the ones
        that came since a check (see :meth:`examine`)."""
        if last_uid < first_uid:
            return []
        self._select(folder)
        found = self._headers(folder, [f"{first_uid}:{last_uid}"])
        return [header for header in found if first_uid <= header.uid <= last_uid]

    def _headers(self, folder: str, uid_sets: Iterable[str]) -> Iterator[MessageHeader]:
        parser = BytesHeaderParser()
        for batch in uid_sets:
            what = "(UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (FROM TO CC DATE)])"
            for item in self._ok(self._call(self._imap.uid, "FETCH", batch, what), folder):
                if not isinstance(item, tuple):
                    continue
                uid = re.search(rb"UID (\d+)", item[0])
                arrived = imaplib.Internaldate2tuple(item[0])
                if uid is None:
                    continue
                header = parser.parsebytes(item[1])
                received = _received(arrived, header.get("Date", ""))
                if received is None:
                    continue
                yield MessageHeader(
                    int(uid[1]),
                    received,
                    _addresses(header.get_all("From", [])),
                    _addresses(header.get_all("To", []) + header.get_all("Cc", [])),
                )

    def _select(self, folder: str) -> None:
        if self._selected != folder:
            self._ok(self._call(self._imap.select, _quoted(folder), True), folder)
            self._selected = folder

    # Talking to the server

    def _connect(self, server: MailServer, password: str, timeout: float) -> CountingIMAP4:
        imap = self._open(server, timeout)
        try:
            if (server.user + password).isascii():
                imap.login(server.user, password)
            else:  # LOGIN takes ASCII only; AUTHENTICATE PLAIN carries UTF-8 (RFC 4616)
                plain = f"\0{server.user}\0{password}".encode()
                imap.authenticate("PLAIN", lambda _challenge: plain)
        except imaplib.IMAP4.abort:
            raise _gone(server) from None
        except imaplib.IMAP4.error:
            imap.shutdown()
            raise MailError(
                translate(
                    "imap",
                    "The mail server at {host} refused the user name or password;"
                    " check them in Settings ▸ Mail.",
                ).format(host=server.host)
            ) from None
        except TimeoutError:
            raise _too_slow(server, timeout) from None
        except OSError:
            raise _gone(server) from None
        return imap

    def _open(self, server: MailServer, timeout: float) -> CountingIMAP4:
        """A connection encrypted and checked, not yet logged in; closed again on a failure."""
        imap: CountingIMAP4 | None = None
        try:
            context = ssl.create_default_context(cafile=server.cafile or None)
            if server.security is Security.TLS:
                return CountingIMAP4_SSL(
                    server.host, server.port, ssl_context=context, timeout=timeout
                )
            imap = CountingIMAP4(server.host, server.port, timeout=timeout)
            if "STARTTLS" not in imap.capabilities:
                raise MailError(
                    translate(
                        "imap",
                        "The mail server at {host} does not offer STARTTLS, so the password"
                        " was not sent; choose TLS (port 993) instead.",
                    ).format(host=server.host)
                )
            imap.starttls(context)
            return imap
        except BaseException as error:
            if imap is not None:
                imap.shutdown()
            sentence = _open_error(server, timeout, error)
            if sentence is None:
                raise
            raise sentence from None

    def _call(self, command: object, *args: object) -> tuple[str, list[Any]]:
        """Run an ``imaplib`` command; a lost connection or timeout becomes one sentence."""
        assert callable(command)
        try:
            typ, data = command(*args)
        except imaplib.IMAP4.abort:
            raise _gone(self.server) from None
        except TimeoutError:
            raise _too_slow(self.server, self._imap.sock.gettimeout() or TIMEOUT_S) from None
        except OSError:
            raise _gone(self.server) from None
        except imaplib.IMAP4.error as error:
            return "NO", [str(error).encode()]
        return typ, data

    def _ok(self, answer: tuple[str, list[Any]], folder: str = "") -> list[Any]:
        typ, data = answer
        if typ == "OK":
            return data
        said = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
        if folder:
            raise MailError(
                translate(
                    "imap", "The mail server at {host} refused to use the folder “{folder}”: {said}"
                ).format(host=self.server.host, folder=decode_folder_name(folder), said=said)
            )
        raise MailError(
            translate("imap", "The mail server at {host} refused: {said}").format(
                host=self.server.host, said=said
            )
        )


def decode_folder_name(name: str) -> str:
    """A folder name in IMAP's modified UTF-7 (``Entw&APw-rfe``) as text (``Entwürfe``)."""
    parts = re.split(r"(&[^-]*-)", name)
    decoded = []
    for part in parts:
        if part == "&-":
            decoded.append("&")
        elif part.startswith("&") and part.endswith("-"):
            chunk = part[1:-1].replace(",", "/")
            try:
                decoded.append(("+" + chunk + "-").encode("ascii").decode("utf-7"))
            except UnicodeError:
                decoded.append(part)
        else:
            decoded.append(part)
    return "".join(decoded)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


def _imap_date(day: date) -> str:
    """A day as SEARCH takes it (``9-Dec-2026``), in English whatever the locale."""
    return f"{day.day}-{_MONTHS[day.month - 1]}-{day.year}"


def _received(arrived: object, date_header: str) -> datetime | None:
    """When the message came to the server (INTERNALDATE), else when it says it was sent."""
    import time

    if arrived is not None:
        return datetime.fromtimestamp(time.mktime(arrived)).astimezone()  # type: ignore[arg-type]
    try:
        return parsedate_to_datetime(date_header)
    except (TypeError, ValueError):
        return None


def _addresses(values: list[str]) -> frozenset[str]:
    return frozenset(address.lower() for _name, address in getaddresses(values) if address)


def _open_error(server: MailServer, timeout: float, error: BaseException) -> MailError | None:
    """The sentence for a connection that could not be opened; None to let ``error`` go on."""
    if isinstance(error, FileNotFoundError):
        return MailError(
            translate("imap", "The certificate file {path} is not there; choose it again.").format(
                path=server.cafile
            )
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return _untrusted(server, (error.verify_message or error.reason or "").rstrip("."))
    if isinstance(error, ssl.SSLError) and ("PEM" in str(error) or "X509" in str(error)):
        return MailError(
            translate(
                "imap", "The file {path} is not a certificate; choose a .pem or .crt file."
            ).format(path=server.cafile)
        )
    if isinstance(error, TimeoutError):
        return _too_slow(server, timeout)
    if isinstance(error, OSError | imaplib.IMAP4.error | EOFError):
        return _unreachable(server)
    return None


def _untrusted(server: MailServer, reason: str) -> MailError:
    if server.cafile:
        sentence = translate(
            "imap",
            "The certificate of the mail server {host} is not trusted ({reason}), not even with"
            " the certificate file {path}; check the server name and the file.",
        )
    else:
        sentence = translate(
            "imap",
            "The certificate of the mail server {host} is not trusted ({reason}); check the"
            " server name, or, if the server has a certificate of its own, choose its"
            " certificate file.",
        )
    return MailError(sentence.format(host=server.host, reason=reason, path=server.cafile))


def _unreachable(server: MailServer) -> MailError:
    return MailError(
        translate(
            "imap",
            "Could not reach the mail server at {host}, port {port}; check the address, the port"
            " and your connection.",
        ).format(host=server.host, port=server.port)
    )


def _too_slow(server: MailServer, timeout: float) -> MailError:
    return MailError(
        translate(
            "imap",
            "The mail server at {host} did not answer within {seconds} seconds; check your"
            " connection and try again.",
        ).format(host=server.host, seconds=f"{timeout:g}")
    )


def _gone(server: MailServer) -> MailError:
    return MailError(
        translate(
            "imap",
            "The connection to the mail server at {host} broke off; nothing half-done was left"
            " there, try again.",
        ).format(host=server.host)
    )
