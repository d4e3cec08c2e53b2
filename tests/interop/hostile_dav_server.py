"""A hostile CardDAV server for the tests, on 127.0.0.1 in a thread of the test.

It answers every request with what the test's ``answer`` function returns and keeps
every request it got, so a test can both misbehave as a server would (redirect the
password elsewhere, name cards outside the address book, send a gigabyte, drip one
byte at a time) and check afterwards what the client sent where. :class:`DavBook` is
a small honest address book in memory that such an ``answer`` can start from.
"""

from __future__ import annotations

import http.server
import itertools
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from xml.sax.saxutils import escape

DAV = "{DAV:}"
CARDDAV = "{urn:ietf:params:xml:ns:carddav}"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Answer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    chunks: Iterable[bytes] = ()
    """The body, written chunk by chunk as it is produced: a test can send more than it holds."""
    raw: bool = False
    """The chunks are the whole answer, status line and headers too (which may then drip)."""


def answer_bytes(status: int, body: bytes = b"", **headers: str) -> Answer:
    """An answer with a body known in advance and its Content-Length."""
    return Answer(status, {"Content-Length": str(len(body)), **headers}, [body])


def redirect(status: int, location: str) -> Answer:
    return answer_bytes(status, Location=location)


class HostileServer:
    """An HTTP server whose every answer the test chooses; a context manager that stops it."""

    def __init__(self, answer: Callable[[Request], Answer], host_name: str = "127.0.0.1") -> None:
        self.requests: list[Request] = []
        self.connections = 0
        self.host_name = host_name
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self, answer))
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host_name}:{self.port}/"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _error: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def _handler_for(
    server: HostileServer, answer: Callable[[Request], Answer]
) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            server.connections += 1
            super().setup()

        def serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            request = Request(
                self.command, self.path, dict(self.headers.items()), self.rfile.read(length)
            )
            server.requests.append(request)
            reply = answer(request)
            if reply.raw:
                self.close_connection = True
            else:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if "Content-Length" not in reply.headers:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
            try:
                for chunk in reply.chunks:
                    self.wfile.write(chunk)
                    self.wfile.flush()
            except OSError:
                self.close_connection = True  # the client stopped reading, as it should

        def do_PROPFIND(self) -> None:
            self.serve()

        def do_REPORT(self) -> None:
            self.serve()

        def do_PUT(self) -> None:
            self.serve()

        def do_DELETE(self) -> None:
            self.serve()

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests read what the client sent, not the server's log."""

    return Handler


class DavBook:
    """One address book at ``path`` as a CardDAV server keeps it: cards by href, etags,
    sync-collection (always the full listing), addressbook-multiget, PUT and DELETE."""

    def __init__(self, path: str = "/book/") -> None:
        self.path = path
        self.cards: dict[str, tuple[str, bytes]] = {}
        self.listed_too: dict[str, tuple[str, bytes]] = {}
        """Cards the book names and serves though they are not in it (as a hostile server)."""
        self._etags = itertools.count(1)

    def add(self, href: str, body: bytes) -> None:
        self.cards[href] = (f'"{next(self._etags)}"', body)

    def answer(self, request: Request) -> Answer:
        if request.method == "PUT":
            return self._put(request)
        if request.method == "DELETE":
            self.cards.pop(request.path, None)
            return answer_bytes(204)
        if request.method == "PROPFIND":
            return self._multistatus(self._everything(with_data=False))
        if request.method == "REPORT" and b"sync-collection" in request.body:
            listing = self._everything(with_data=False)
            return self._multistatus(listing, "<d:sync-token>token</d:sync-token>")
        if request.method == "REPORT":
            root = ET.fromstring(request.body)
            wanted = [h.text or "" for h in root.iter(f"{DAV}href")]
            known = {**self.cards, **self.listed_too}
            found = {href: known[href] for href in wanted if href in known}
            return self._multistatus(_responses(found, with_data=True))
        return answer_bytes(405)

    def _put(self, request: Request) -> Answer:
        if request.headers.get("If-None-Match") == "*" and request.path in self.cards:
            return answer_bytes(412)
        self.add(request.path, request.body)
        return answer_bytes(201, ETag=self.cards[request.path][0])

    def _everything(self, *, with_data: bool) -> str:
        return _responses({**self.cards, **self.listed_too}, with_data=with_data)

    @staticmethod
    def _multistatus(responses: str, extra: str = "") -> Answer:
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            f'<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
            f"{responses}{extra}</d:multistatus>"
        ).encode()
        return answer_bytes(207, body, **{"Content-Type": "application/xml"})


def _responses(cards: dict[str, tuple[str, bytes]], *, with_data: bool) -> str:
    return "".join(
        f"<d:response><d:href>{escape(href)}</d:href><d:propstat><d:prop>"
        f"<d:getetag>{escape(etag)}</d:getetag>"
        + (f"<c:address-data>{escape(body.decode())}</c:address-data>" if with_data else "")
        + "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
        for href, (etag, body) in cards.items()
    )


def dripping(byte: bytes, every_s: float, count: int) -> Iterator[bytes]:
    """A body that comes one byte at a time, as from a server that holds a sync open."""
    for _ in range(count):
        time.sleep(every_s)
        yield byte
