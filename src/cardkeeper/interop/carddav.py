"""A small CardDAV client (RFC 6352) over the standard library's HTTP.

Only what a two-way sync of one address book needs: discovery
(``/.well-known/carddav`` -> current-user-principal -> addressbook-home-set ->
address books), the etags of every card (PROPFIND), the changes since a sync
token (REPORT sync-collection, RFC 6578), cards by href (addressbook-multiget),
and PUT / DELETE guarded by etags so that an edit made elsewhere is never
overwritten unseen. Every failure a user can meet (wrong password, no rights,
a wrong address, a server error, a timeout, a server that went away) becomes a
:class:`~cardkeeper.errors.SyncError` with one sentence.

``http.client`` rather than a third-party HTTP library: one keep-alive
connection is all a sync needs, and WebDAV methods and redirects of PROPFIND are
easier to handle by hand than to bend a GET-minded library to. The XML comes
from the server the user chose; ElementTree does not fetch external entities
and the expat it ships refuses entity-expansion bombs.
"""

from __future__ import annotations

import base64
import http.client
import ssl
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.sax.saxutils import escape

from cardkeeper.errors import SyncError

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
TIMEOUT_S = 20.0
MULTIGET_BATCH = 100
"""Cards asked for in one addressbook-multiget: big enough to be fast, small enough to stream."""
_MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)


class ChangedOnServerError(SyncError):
    """A PUT or DELETE met an etag that no longer matches (412): the card changed meanwhile."""


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
    body: bytes
    url: str


def _tag(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def normal_href(path: str) -> str:
    """The path part of an href in one spelling, so hrefs from the server and ours compare."""
    return quote(unquote(urlsplit(path).path), safe="/-._~!$&'()*+,;=:@")


class CardDavClient:
    """One account on one CardDAV server; keeps a keep-alive connection open until :meth:`close`."""

    def __init__(
        self, url: str, username: str, password: str, *, timeout: float = TIMEOUT_S
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SyncError(f"The server address “{url}” should start with https:// or http://.")
        self.url = url
        self.timeout = timeout
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._authorization = f"Basic {token}"
        self._connection: http.client.HTTPConnection | None = None
        self._origin = ""

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> CardDavClient:
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
            books.append(AddressBook(urljoin(home_url, href), name or slug, syncs))
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
        own = normal_href(book_url)
        return {
            normal_href(href): etag
            for href, prop in self._propfind(book_url, "<d:getetag/>", depth="1")
            if normal_href(href) != own and (etag := prop.findtext(_tag(DAV, "getetag")) or "")
        }

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
        root = self._multistatus(self._check(response))
        changed: dict[str, str] = {}
        removed: list[str] = []
        for element in root.iter(_tag(DAV, "response")):
            href = normal_href(element.findtext(_tag(DAV, "href")) or "")
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
            batch = "".join(
                f"<d:href>{escape(h)}</d:href>" for h in hrefs[start : start + MULTIGET_BATCH]
            )
            body = (
                '<?xml version="1.0" encoding="utf-8"?>'
                f'<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="{CARDDAV}">'
                f"<d:prop><d:getetag/><c:address-data/></d:prop>{batch}</c:addressbook-multiget>"
            )
            root = self._multistatus(
                self._checked("REPORT", book_url, body.encode(), _xml_headers("1"))
            )
            cards = []
            for element in root.iter(_tag(DAV, "response")):
                etag = element.findtext(f".//{_tag(DAV, 'getetag')}")
                data = element.findtext(f".//{_tag(CARDDAV, 'address-data')}")
                if etag and data is not None:
                    href = normal_href(element.findtext(_tag(DAV, "href")) or "")
                    cards.append(RemoteCard(href, etag, data.encode("utf-8")))
            yield cards

    # Writing

    def put(self, href: str, body: bytes, *, etag: str | None) -> str:
        """Store a card and return its new etag.

        ``etag=None`` creates it and fails if the href is taken; otherwise the
        card is replaced only if it is still the version with that etag. Either
        failure raises :class:`ChangedOnServerError`.
        """
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
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
        """Where ``/.well-known/carddav`` leads (RFC 6764), or None where the server has none."""
        response = self._send(
            "PROPFIND",
            urljoin(self.url, "/.well-known/carddav"),
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
        for element in self._multistatus(response).iter(_tag(DAV, "response")):
            href = element.findtext(_tag(DAV, "href")) or ""
            for propstat in element.iter(_tag(DAV, "propstat")):
                prop = propstat.find(_tag(DAV, "prop"))
                if prop is not None and " 200 " in (propstat.findtext(_tag(DAV, "status")) or ""):
                    yield href.strip(), prop

    def _multistatus(self, response: _Response) -> ET.Element:
        try:
            root = ET.fromstring(response.body)
        except ET.ParseError:
            root = None
        if root is None or root.tag != _tag(DAV, "multistatus"):
            raise SyncError(
                f"The server at {_host(response.url)} did not answer as a CardDAV server does;"
                " check the server address."
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
                f"The server at {host} refused the user name or password;"
                " check them in Settings ▸ Sync."
            )
        if status == 403:
            raise SyncError(
                f"The server at {host} does not let this account do that;"
                " check the account's rights or choose another address book."
            )
        if status == 404:
            raise SyncError(
                f"Nothing was found at {response.url}; check the server address"
                " or choose the address book again in Settings ▸ Sync."
            )
        if status >= 500:
            raise SyncError(
                f"The server at {host} failed with error {status} ({response.reason});"
                " try again later."
            )
        raise SyncError(
            f"The server at {host} answered {status} ({response.reason}) to a {_what(response)};"
            " the sync stopped there and will try again next time."
        )

    def _send(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str]
    ) -> _Response:
        """One request to a URL or an href of the server, following redirects.

        A network failure becomes one sentence.
        """
        url = urljoin(self.url, url)
        for _ in range(_MAX_REDIRECTS + 1):
            response = self._request_once(method, url, body, headers)
            location = response.headers.get("Location")
            if response.status not in _REDIRECTS or not location:
                return response
            url = urljoin(url, location)
            if response.status == 303:
                method, body = "GET", None
        raise SyncError(f"The server at {_host(url)} redirects in circles; check the address.")

    def _request_once(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str]
    ) -> _Response:
        parts = urlsplit(url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        all_headers = {"Authorization": self._authorization, **headers}
        if not self._same_origin(url):
            all_headers.pop("Authorization")
        for attempt in range(2):
            reused = self._connection is not None
            connection = self._connect(url)
            try:
                connection.request(method, target, body, all_headers)
                raw = connection.getresponse()
                data = raw.read()
                return _Response(raw.status, raw.reason, raw.headers, data, url)
            except TimeoutError:
                self.close()
                raise SyncError(
                    f"The server at {_host(url)} did not answer within {self.timeout:g} seconds;"
                    " check your connection, the sync will go on next time."
                ) from None
            except ssl.SSLCertVerificationError:
                self.close()
                raise SyncError(
                    f"The certificate of {_host(url)} is not trusted; check the server address."
                ) from None
            except (http.client.HTTPException, OSError):
                self.close()
                if reused and attempt == 0:
                    continue  # a keep-alive connection the server had closed: try a fresh one
                raise SyncError(
                    f"Could not reach the server at {_host(url)}; check the address and"
                    " your connection, the sync will go on next time."
                ) from None
        raise AssertionError("unreachable")

    def _same_origin(self, url: str) -> bool:
        """Credentials go to the server the user named (or to https hosts it redirects to)."""
        parts, own = urlsplit(url), urlsplit(self.url)
        return parts.netloc == own.netloc or parts.scheme == "https"

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


def _propfind_body(props: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" xmlns:c="{CARDDAV}">'
        f"<d:prop>{props}</d:prop></d:propfind>"
    ).encode()


def _xml_headers(depth: str) -> dict[str, str]:
    return {"Content-Type": "application/xml; charset=utf-8", "Depth": depth}


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _what(response: _Response) -> str:
    return f"request for {urlsplit(response.url).path or '/'}"
