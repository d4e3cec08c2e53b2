"""A small CardDAV client (RFC 6352) over the standard library's HTTP.

Only what a two-way sync of one address book needs: discovery
(``/.well-known/carddav`` -> current-user-principal -> addressbook-home-set ->
address books), the etags of every card (PROPFIND), the changes since a sync
token (REPORT sync-collection, RFC 6578), cards by href (addressbook-multiget),
and PUT / DELETE guarded by etags so that an edit made elsewhere is never
overwritten unseen. Every failure a user can meet (wrong password, no rights,
a wrong address, a server error, a timeout, a server that went away) becomes a
:class:`~cardkeeper.errors.SyncError` with one sentence.

The server is trusted with the account, not with more: the password and the
cards go only to the origin of the address the user gave (see
:func:`same_account_origin`), only hrefs inside the address book are taken from
its answers (:func:`book_member`), and every answer is read against a size limit
and every request against an overall deadline, so that a hostile or broken
server can neither lead the sync elsewhere nor hold it or fill the memory.

``http.client`` rather than a third-party HTTP library: one keep-alive
connection is all a sync needs, and WebDAV methods and redirects of PROPFIND are
easier to handle by hand than to bend a GET-minded library to. The XML comes
from the server the user chose; ElementTree does not fetch external entities
and the expat it ships refuses entity-expansion bombs.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import logging
import socket
import ssl
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Self, TypeVar
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.sax.saxutils import escape

from cardkeeper.errors import SyncError
from cardkeeper.wording import translate

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
TIMEOUT_S = 20.0
"""The longest wait for the network at one time (to connect, or for the next bytes)."""
REQUEST_DEADLINE_S = 300.0
"""The longest one request may take, from sending it to the last byte of the answer.

:data:`TIMEOUT_S` bounds each wait, not a server that sends a byte just before it runs
out (one held a sync 175 s so). Five minutes bring a whole :data:`MAX_ANSWER_BYTES`
answer over a link of 2 Mbit/s; the answers of real address books are far smaller.
"""
MIN_BYTES_PER_S = 50_000
"""The slowest an answer may keep coming (50 kB/s, 0.4 Mbit/s) once its grace is up.

Within :data:`REQUEST_DEADLINE_S`, a request may take its grace (:data:`TIMEOUT_S` and
up to :data:`GRACE_AFTER_TIMEOUT_S` more) plus the time its answer needs at this speed:
a server that drips an answer a byte a second is stopped after about 25 s, not after
five minutes, while a 30 MB listing over a slow link (250 kB/s) still has all the time
it needs.
"""
GRACE_AFTER_TIMEOUT_S = 5.0
"""How much longer than :data:`TIMEOUT_S` the grace runs (less for a shorter timeout), so
that a server that sends nothing at all is told by the per-read timeout first, in its
own sentence."""
MAX_ANSWER_BYTES = 64_000_000
"""The most read of one answer (64 MB).

Listing the etags of 100,000 cards takes about 30 MB; a multiget of
:data:`MULTIGET_BATCH` cards that comes out larger, photos of a few MB each, is asked
again in halves, so only a single card over the limit is left out. A server that sends
more is broken or hostile: a 1 GiB answer read whole took 3 GB of memory and 17 s.
"""
MAX_CARD_BYTES = 10_000_000
"""The largest card taken from the server (10 MB); a larger one is left alone and named.

A contact photo of a few MB is 4/3 of that in base64, well under the limit; a card
larger is broken or hostile, and one with a 100 MB photo once took 14.7 GB to read.
"""
MULTIGET_BATCH = 100
"""Cards asked for in one addressbook-multiget: big enough to be fast, small enough to stream."""
_MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 1 << 16
_HREF_SAFE = "/-._~!$&'()*+,;=:@"
_DEFAULT_PORTS = {"http": 80, "https": 443}
_T = TypeVar("_T")

log = logging.getLogger(__name__)


class ChangedOnServerError(SyncError):
    """A PUT or DELETE met an etag that no longer matches (412): the card changed meanwhile."""


class AnswerTooLargeError(SyncError):
    """An answer went past the size limit; a multiget asks again for fewer cards."""


@dataclass(frozen=True)
class AddressBook:
    url: str
    name: str
    supports_sync: bool
    """The server offers REPORT sync-collection on it (RFC 6578)."""


@dataclass(frozen=True)
class RemoteCard:
    href: str
    etag: str
    body: bytes
    problem: str = ""
    """A sentence when the card could not be fetched (it is too large); the body is empty."""


@dataclass(frozen=True)
class Changes:
    """What changed in an address book since a sync token."""

    token: str
    changed: dict[str, str]
    """href -> etag of each card added or edited."""
    removed: list[str]


@dataclass(frozen=True)
class _Response:
    status: int
    reason: str
    headers: http.client.HTTPMessage
    body: bytes | bytearray
    url: str


def _tag(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def normal_href(path: str) -> str:
    """The path part of an href in one spelling, so hrefs from the server and ours compare."""
    return quote(unquote(urlsplit(path).path), safe=_HREF_SAFE)


def same_account_origin(account_url: str, url: str) -> bool:
    """Whether the password and the cards may go to ``url``: only to the origin (scheme,
    host and port) of the address the user gave for the account.

    One step more, as the ``requests`` library (under the ``caldav`` client) allows: an
    ``http://`` address on the default port may move up to ``https://`` on the same
    host, whose default port the password then goes to encrypted, where it already
    went in the clear. Anything else, another host or port or a move down to http, the
    user decides on by entering the new address.
    """
    own, other = _origin(account_url), _origin(url)
    return other == own or (own == ("http", other[1], 80) and other[::2] == ("https", 443))


def book_member(book_url: str, href: str) -> str | None:
    """The path of the card ``href`` names in the address book at ``book_url``, spelt as
    :func:`normal_href` does, or None when it names anything else.

    A card is a direct member of the collection, on the account's origin: not the
    collection itself, nor a path in another collection, nor one that climbs out with
    ``..`` (also spelt ``%2e%2e``) or hides a ``/`` as ``%2F``. A hostile server named
    such hrefs, and the next sync wrote and deleted there with the user's password.
    """
    url = urljoin(book_url, href.strip())
    if not same_account_origin(book_url, url):
        return None
    book = _collection(book_url)
    parent, _, name = urlsplit(url).path.rpartition("/")
    plain = unquote(name)
    if normal_href(parent + "/") != book or plain in ("", ".", ".."):
        return None
    if any(c in plain for c in "/\\\0"):
        return None
    return book + quote(plain, safe=_HREF_SAFE)


class CardDavClient:
    """One account on one CardDAV server; keeps a keep-alive connection open until :meth:`close`.

    The WebDAV plumbing (requests, redirects, limits, etags, PUT and DELETE) is the same for
    CalDAV; :class:`~cardkeeper.interop.caldav.CalDavClient` changes only what differs.
    """

    content_type = "text/vcard; charset=utf-8"
    """What :meth:`put` sends."""
    well_known_path = "/.well-known/carddav"
    """Where :meth:`discover` starts (RFC 6764)."""

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        timeout: float = TIMEOUT_S,
        deadline: float = REQUEST_DEADLINE_S,
        min_bytes_per_s: float = MIN_BYTES_PER_S,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        max_card_bytes: int = MAX_CARD_BYTES,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or _origin(url)[2] < 0:
            raise SyncError(
                translate(
                    "carddav", "The server address “{url}” should start with https:// or http://."
                ).format(url=url)
            )
        self.url = url
        self.timeout = timeout
        self.deadline = deadline
        self.min_bytes_per_s = min_bytes_per_s
        self.max_answer_bytes = max_answer_bytes
        self.max_card_bytes = max_card_bytes
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._authorization = f"Basic {token}"
        self._connection: http.client.HTTPConnection | None = None
        self._origin = ""

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # Discovery

    def discover(self) -> list[AddressBook]:
        """The address books of the account, found from the server address the user gave."""
        context = self._well_known() or self.url
        principal = self._href_property(context, _tag(DAV, "current-user-principal")) or context
        home = self._href_property(principal, _tag(CARDDAV, "addressbook-home-set")) or principal
        return self.address_books(home)

    def address_books(self, home_url: str) -> list[AddressBook]:
        """The address books directly in a collection (the addressbook-home-set)."""
        props = "<d:resourcetype/><d:displayname/><d:supported-report-set/>"
        books = []
        for href, prop in self._propfind(home_url, props, depth="1"):
            kind = prop.find(_tag(DAV, "resourcetype"))
            if kind is None or kind.find(_tag(CARDDAV, "addressbook")) is None:
                continue
            syncs = prop.find(f".//{_tag(DAV, 'sync-collection')}") is not None
            name = (prop.findtext(_tag(DAV, "displayname")) or "").strip()
            slug = unquote(href.rstrip("/").rsplit("/", 1)[-1])
            url = urljoin(home_url, href)
            if same_account_origin(self.url, url):  # one elsewhere would get the password
                books.append(AddressBook(url, name or slug, syncs))
        return books

    def create_address_book(self, home_url: str, slug: str, name: str) -> AddressBook:
        """Make a new address book ``slug`` in the home collection (extended MKCOL, RFC 5689)."""
        url = urljoin(home_url if home_url.endswith("/") else home_url + "/", quote(slug) + "/")
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><d:mkcol xmlns:d="DAV:" xmlns:c="{CARDDAV}">'
            "<d:set><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
            f"<d:displayname>{escape(name)}</d:displayname></d:prop></d:set></d:mkcol>"
        )
        self._checked("MKCOL", url, body.encode(), {"Content-Type": "application/xml"})
        return AddressBook(url, name, supports_sync=True)

    # Reading

    def list_etags(self, book_url: str) -> dict[str, str]:
        """href -> etag of every card in the address book (for servers without sync-collection)."""
        response = self._checked(
            "PROPFIND", book_url, _propfind_body("<d:getetag/>"), _xml_headers("1")
        )
        found = (
            (href, prop.findtext(_tag(DAV, "getetag")) or "")
            for href, prop in _ok_props(self._book_multistatus(book_url, response))
        )
        return {member: etag for member, etag in _members(book_url, found) if etag}

    def changes_since(self, book_url: str, token: str) -> Changes | None:
        """The cards changed and removed since ``token`` ("" for all).

        None when the token expired or the server does not offer the report:
        the caller then lists everything.
        """
        body = (
            '<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:">'
            f"<d:sync-token>{escape(token)}</d:sync-token><d:sync-level>1</d:sync-level>"
            "<d:prop><d:getetag/></d:prop></d:sync-collection>"
        )
        response = self._send("REPORT", book_url, body.encode(), _xml_headers("0"))
        if response.status in (400, 403, 405, 409, 501):
            return None  # an expired token, or no such report here (a 403 for rights shows next)
        root = self._book_multistatus(book_url, self._check(response))
        changed: dict[str, str] = {}
        removed: list[str] = []
        for href, element in _members(book_url, _responses(root)):
            status = element.findtext(_tag(DAV, "status")) or ""
            etag = element.findtext(f".//{_tag(DAV, 'getetag')}") or ""
            if " 404 " in status:
                removed.append(href)
            elif etag:
                changed[href] = etag
        return Changes(root.findtext(_tag(DAV, "sync-token")) or "", changed, removed)

    def fetch(self, book_url: str, hrefs: Sequence[str]) -> Iterator[RemoteCard]:
        """The cards at these hrefs (addressbook-multiget); hrefs gone are left out."""
        for batch in self.fetch_batches(book_url, hrefs):
            yield from batch

    def fetch_batches(self, book_url: str, hrefs: Sequence[str]) -> Iterator[list[RemoteCard]]:
        """The cards as they come, :data:`MULTIGET_BATCH` hrefs to a request: a caller can save
        each batch in one transaction without holding it open across a request."""
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            yield from self._multiget(book_url, hrefs[start : start + MULTIGET_BATCH])

    def _multiget(self, book_url: str, hrefs: Sequence[str]) -> Iterator[list[RemoteCard]]:
        """One addressbook-multiget; an answer over the size limit is asked for again in
        halves, so big photos still come in and only a card too large alone is left out."""
        batch = "".join(f"<d:href>{escape(h)}</d:href>" for h in hrefs)
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            f'<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="{CARDDAV}">'
            f"<d:prop><d:getetag/><c:address-data/></d:prop>{batch}</c:addressbook-multiget>"
        )
        try:
            response = self._checked("REPORT", book_url, body.encode(), _xml_headers("1"))
        except AnswerTooLargeError:
            if len(hrefs) == 1:
                yield [_too_large(hrefs[0], self.max_answer_bytes)]
                return
            middle = len(hrefs) // 2
            yield from self._multiget(book_url, hrefs[:middle])
            yield from self._multiget(book_url, hrefs[middle:])
            return
        cards = []
        root = self._book_multistatus(book_url, response)
        for href, element in _members(book_url, _responses(root)):
            etag = element.findtext(f".//{_tag(DAV, 'getetag')}")
            data = element.findtext(f".//{_tag(CARDDAV, 'address-data')}")
            if etag and data is not None:
                card = data.encode("utf-8")
                if len(card) > self.max_card_bytes:
                    cards.append(_too_large(href, self.max_card_bytes))
                else:
                    cards.append(RemoteCard(href, etag, card))
        yield cards

    # Writing

    def put(self, href: str, body: bytes, *, etag: str | None) -> str:
        """Store a card and return its new etag.

        ``etag=None`` creates it and fails if the href is taken; otherwise the
        card is replaced only if it is still the version with that etag. Either
        failure raises :class:`ChangedOnServerError`.
        """
        headers = {"Content-Type": self.content_type}
        headers.update({"If-None-Match": "*"} if etag is None else {"If-Match": etag})
        response = self._send("PUT", href, body, headers)
        if response.status == 412:
            raise ChangedOnServerError(f"The card at {href} changed on the server meanwhile.")
        self._check(response)
        new_etag = response.headers.get("ETag")
        if new_etag:
            return new_etag
        found = self._propfind(href, "<d:getetag/>", depth="0")
        return next((p.findtext(_tag(DAV, "getetag")) or "" for _h, p in found), "")

    def delete(self, href: str, *, etag: str) -> None:
        """Delete a card if it is still the version with ``etag``; a card already gone is fine."""
        response = self._send("DELETE", href, None, {"If-Match": etag})
        if response.status == 412:
            raise ChangedOnServerError(f"The card at {href} changed on the server meanwhile.")
        if response.status != 404:
            self._check(response)

    # HTTP and WebDAV plumbing

    def _well_known(self) -> str | None:
        """Where the well-known address leads (RFC 6764), or None where the server has none."""
        response = self._send(
            "PROPFIND",
            urljoin(self.url, self.well_known_path),
            _propfind_body("<d:current-user-principal/>"),
            _xml_headers("0"),
        )
        return response.url if response.status == 207 else None

    def _href_property(self, url: str, tag: str) -> str | None:
        """The first href inside property ``tag`` of ``url``, made absolute."""
        local = tag.split("}")[1]
        prefix = "c" if tag.startswith(f"{{{CARDDAV}}}") else "d"
        for _href, prop in self._propfind(url, f"<{prefix}:{local}/>", depth="0"):
            href = prop.findtext(f"{tag}/{_tag(DAV, 'href')}")
            if href:
                return urljoin(url, href.strip())
        return None

    def _propfind(self, url: str, props: str, *, depth: str) -> Iterator[tuple[str, ET.Element]]:
        """(href, prop element) of each response's 200 propstat."""
        response = self._checked("PROPFIND", url, _propfind_body(props), _xml_headers(depth))
        yield from _ok_props(self._multistatus(response))

    def _book_multistatus(self, book_url: str, response: _Response) -> ET.Element:
        """The multistatus of an answer about the address book, which must come from it.

        An address book that redirects elsewhere stops the sync: the cards there are not in
        the book this sync keeps, and taking none of them would look like all deleted.
        """
        if _collection(response.url) != _collection(book_url):
            raise SyncError(
                translate(
                    "carddav",
                    "The address book at {book} has moved to {url};"
                    " choose it again in Settings ▸ Sync.",
                ).format(book=book_url, url=response.url)
            )
        return self._multistatus(response)

    def _multistatus(self, response: _Response) -> ET.Element:
        try:
            root = ET.fromstring(response.body)
        except ET.ParseError:
            root = None
        if root is None or root.tag != _tag(DAV, "multistatus"):
            raise SyncError(
                translate(
                    "carddav",
                    "The server at {host} did not answer as a CardDAV server does;"
                    " check the server address.",
                ).format(host=_host(response.url))
            )
        return root

    def _checked(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str]
    ) -> _Response:
        return self._check(self._send(method, url, body, headers))

    def _check(self, response: _Response) -> _Response:
        status, host = response.status, _host(response.url)
        if status < 300:
            return response
        if status == 401:
            raise SyncError(
                translate(
                    "carddav",
                    "The server at {host} refused the user name or password;"
                    " check them in Settings ▸ Sync.",
                ).format(host=host)
            )
        if status == 403:
            raise SyncError(
                translate(
                    "carddav",
                    "The server at {host} does not let this account do that;"
                    " check the account's rights or choose another address book.",
                ).format(host=host)
            )
        if status == 404:
            raise SyncError(
                translate(
                    "carddav",
                    "Nothing was found at {url}; check the server address"
                    " or choose the address book again in Settings ▸ Sync.",
                ).format(url=response.url)
            )
        if status >= 500:
            raise SyncError(
                translate(
                    "carddav",
                    "The server at {host} failed with error {status} ({reason}); try again later.",
                ).format(host=host, status=status, reason=response.reason)
            )
        raise SyncError(
            translate(
                "carddav",
                "The server at {host} answered {status} ({reason}) to a request for {path};"
                " the sync stopped there and will try again next time.",
            ).format(
                host=host,
                status=status,
                reason=response.reason,
                path=urlsplit(response.url).path or "/",
            )
        )

    def _send(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str]
    ) -> _Response:
        """One request to a URL or an href of the server, following redirects.

        A network failure becomes one sentence.
        """
        url = urljoin(self.url, url)
        came_from = self.url
        for _ in range(_MAX_REDIRECTS + 1):
            if not same_account_origin(self.url, url):
                raise SyncError(
                    translate(
                        "carddav",
                        "The server at {host} sends the sync on to {url}, another"
                        " server, so the password and contacts were not sent there; if you trust"
                        " that address, enter it in Settings ▸ Sync.",
                    ).format(host=_host(came_from), url=url)
                )
            response = self._request_once(method, url, body, headers)
            location = response.headers.get("Location")
            if response.status not in _REDIRECTS or not location:
                return response
            came_from, url = url, urljoin(url, location)
            if response.status == 303:
                method, body = "GET", None
        raise SyncError(
            translate(
                "carddav", "The server at {host} redirects in circles; check the address."
            ).format(host=_host(url))
        )

    def _request_once(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str]
    ) -> _Response:
        parts = urlsplit(url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        all_headers = {"Authorization": self._authorization, **headers}
        started = time.monotonic()
        for attempt in range(2):
            reused = self._connection is not None
            connection = self._connect(url)
            watchdog = _Watchdog(
                connection,
                started + self.deadline,
                started + self.timeout + min(self.timeout, GRACE_AFTER_TIMEOUT_S),
                self.min_bytes_per_s,
            )
            try:
                with watchdog:
                    connection.request(method, target, body, all_headers)
                    raw = connection.getresponse()
                    data = self._read(raw, url, watchdog)
                if watchdog.fired:  # the end of the answer may be the socket shut
                    raise ConnectionAbortedError
                return _Response(raw.status, raw.reason, raw.headers, data, url)
            except AnswerTooLargeError:
                self.close()  # the rest of the answer is still on its way
                raise
            except TimeoutError:
                self.close()
                raise SyncError(
                    translate(
                        "carddav",
                        "The server at {host} did not answer within {seconds};"
                        " check your connection, the sync will go on next time.",
                    ).format(host=_host(url), seconds=_seconds(self.timeout))
                ) from None
            except ssl.SSLCertVerificationError:
                self.close()
                raise SyncError(
                    translate(
                        "carddav",
                        "The certificate of {host} is not trusted; check the server address.",
                    ).format(host=_host(url))
                ) from None
            except (http.client.HTTPException, OSError):
                self.close()
                if watchdog.fired:
                    raise SyncError(
                        translate(
                            "carddav",
                            "The server at {host} answered too slowly and had not finished"
                            " after {seconds}; check your connection, the sync will go on"
                            " next time.",
                        ).format(
                            host=_host(url),
                            seconds=_seconds(round(time.monotonic() - started)),
                        )
                    ) from None
                if reused and attempt == 0:
                    continue  # a keep-alive connection the server had closed: try a fresh one
                raise SyncError(
                    translate(
                        "carddav",
                        "Could not reach the server at {host}; check the address and"
                        " your connection, the sync will go on next time.",
                    ).format(host=_host(url))
                ) from None
        raise AssertionError("unreachable")

    def _read(self, raw: http.client.HTTPResponse, url: str, watchdog: _Watchdog) -> bytearray:
        """The body of an answer, read piece by piece up to the size limit."""
        limit = self.max_answer_bytes
        announced_over = (raw.length or 0) > limit  # by Content-Length: nothing need be read
        data = bytearray()
        while not announced_over and len(data) <= limit and (chunk := raw.read1(_CHUNK)):
            data += chunk
            watchdog.received = len(data)
        if announced_over or len(data) > limit:
            raise AnswerTooLargeError(
                f"The server at {_host(url)} sent an answer of more than"
                f" {_megabytes(limit)}, far more than an address book needs;"
                " the sync stopped there."
            )
        if raw.length:  # the connection closed before the end of the answer
            raise http.client.IncompleteRead(bytes(data), raw.length)
        raw.close()  # read to the end: the connection is free for the next request
        return data

    def _connect(self, url: str) -> http.client.HTTPConnection:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if self._connection is not None and origin == self._origin:
            return self._connection
        self.close()
        host, port = parts.hostname or "", parts.port
        if parts.scheme == "https":
            self._connection = http.client.HTTPSConnection(host, port, timeout=self.timeout)
        else:
            self._connection = http.client.HTTPConnection(host, port, timeout=self.timeout)
        self._origin = origin
        return self._connection


class _Watchdog:
    """Shuts the connection's socket when the request has taken too long for what it brought.

    A blocking read cannot be told to stop, and a server that drips its answer (or its
    headers) a byte at a time never lets a per-read timeout run out; a socket shut from
    another thread ends the read at once, and :attr:`fired` tells why it ended. The time
    allowed grows with the bytes received (:data:`MIN_BYTES_PER_S`), up to ``deadline``.
    """

    def __init__(
        self,
        connection: http.client.HTTPConnection,
        deadline: float,
        grace_until: float,
        min_bytes_per_s: float,
    ) -> None:
        self.fired = False
        self.received = 0
        """Bytes of the answer's body read so far; written by the reading thread."""
        self._connection = connection
        self._deadline = deadline
        self._grace_until = grace_until
        self._min_bytes_per_s = min_bytes_per_s
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._done = False

    def __enter__(self) -> _Watchdog:
        self._arm()
        return self

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._done = True
            if self._timer is not None:
                self._timer.cancel()

    def _due(self) -> float:
        return min(self._deadline, self._grace_until + self.received / self._min_bytes_per_s)

    def _arm(self) -> None:
        with self._lock:
            if self._done:
                return
            self._timer = threading.Timer(max(0.0, self._due() - time.monotonic()), self._check)
            self._timer.daemon = True
            self._timer.start()

    def _check(self) -> None:
        if time.monotonic() < self._due():
            self._arm()  # bytes came meanwhile: the answer earned more time
            return
        self.fired = True
        sock = self._connection.sock
        if sock is not None:
            # The plain socket's shutdown: an SSLSocket's drops its state under the read.
            # An OSError: the socket closed meanwhile, nothing is left to stop.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _too_large(href: str, limit: int) -> RemoteCard:
    """A card left out for its size, with the sentence the sync reports."""
    problem = translate(
        "carddav", "The card {href} on the server is larger than {size}, so it was left alone."
    ).format(href=href, size=_megabytes(limit))
    return RemoteCard(href, "", b"", problem)


def _origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) with the default port spelt out; port -1 for one unreadable."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme, -1)
    except ValueError:
        port = -1
    return scheme, (parts.hostname or "").lower(), port


def _collection(url: str) -> str:
    """The path of a collection as :func:`normal_href` spells it, ending in one slash."""
    return normal_href(url).rstrip("/") + "/"


def _ok_props(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    """(href, prop element) of each response's 200 propstat in a multistatus."""
    for href, element in _responses(root):
        for propstat in element.iter(_tag(DAV, "propstat")):
            prop = propstat.find(_tag(DAV, "prop"))
            if prop is not None and " 200 " in (propstat.findtext(_tag(DAV, "status")) or ""):
                yield href.strip(), prop


def _responses(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    """(href, response element) of each response in a multistatus."""
    for element in root.iter(_tag(DAV, "response")):
        yield element.findtext(_tag(DAV, "href")) or "", element


def _members(book_url: str, found: Iterable[tuple[str, _T]]) -> Iterator[tuple[str, _T]]:
    """The items whose href is a card in the address book (:func:`book_member`), by its
    path; a count of the others but the book itself goes to the log, as a sign of a
    broken or hostile server."""
    book = _collection(book_url)
    outside = 0
    for href, item in found:
        member = book_member(book_url, href)
        if member is not None:
            yield member, item
        elif _collection(urljoin(book_url, href.strip())) != book:
            outside += 1
    if outside:
        log.warning("Left alone %d hrefs the server named outside the address book", outside)


def _propfind_body(props: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" xmlns:c="{CARDDAV}">'
        f"<d:prop>{props}</d:prop></d:propfind>"
    ).encode()


def _xml_headers(depth: str) -> dict[str, str]:
    return {"Content-Type": "application/xml; charset=utf-8", "Depth": depth}


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _seconds(amount: float) -> str:
    if amount == int(amount):
        whole = int(amount)
        return translate("carddav", "%n second(s)", None, whole)
    return translate("carddav", "{seconds} seconds").format(seconds=f"{amount:g}")


def _megabytes(amount: int) -> str:
    return f"{amount / 1_000_000:g} MB"
