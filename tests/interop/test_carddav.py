"""The CardDAV client against a real Radicale server, and failures as one sentence each."""

from __future__ import annotations

import http.server
import itertools
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from cardkeeper.errors import SyncError
from cardkeeper.interop import carddav
from cardkeeper.interop.carddav import (
    AddressBook,
    CardDavClient,
    ChangedOnServerError,
    normal_href,
)
from tests.interop.hostile_dav_server import (
    Answer,
    DavBook,
    HostileServer,
    Request,
    answer_bytes,
    dripping,
    redirect,
)
from tests.radicale_server import OTHER_PASSWORD, OTHER_USER, PASSWORD, USER, RadicaleServer


def card(uid: str, name: str) -> bytes:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{name};;;;\r\nEND:VCARD\r\n"
    ).encode()


def assert_one_sentence(message: str) -> None:
    assert message[0].isupper() and message.endswith("."), message
    assert ". " not in message and "\n" not in message, message


@pytest.fixture
def client(radicale: RadicaleServer) -> Iterator[CardDavClient]:
    with CardDavClient(radicale.url, USER, PASSWORD, timeout=5) as opened:
        yield opened


@pytest.fixture
def book(client: CardDavClient, radicale: RadicaleServer) -> AddressBook:
    return client.create_address_book(f"{radicale.url}{USER}/", "contacts", "Contacts")


def test_discovery_finds_the_address_books_of_the_account(
    client: CardDavClient, radicale: RadicaleServer
) -> None:
    assert client.discover() == []
    client.create_address_book(f"{radicale.url}{USER}/", "work", "Work people")

    (found,) = client.discover()

    assert found.url == f"{radicale.url}{USER}/work/"
    assert found.name == "Work people"
    assert found.supports_sync


def test_put_get_and_delete_are_guarded_by_etags(client: CardDavClient, book: AddressBook) -> None:
    href = normal_href(book.url + "a1.vcf")
    first = client.put(href, card("a1", "Anna Muller"), etag=None)
    with pytest.raises(ChangedOnServerError):
        client.put(href, card("a1", "Someone Else"), etag=None)

    second = client.put(href, card("a1", "Anna Müller"), etag=first)
    assert second != first
    with pytest.raises(ChangedOnServerError):
        client.put(href, card("a1", "Stale Edit"), etag=first)
    assert client.list_etags(book.url) == {href: second}
    (fetched,) = client.fetch(book.url, [href])
    assert fetched.href == href and fetched.etag == second
    assert "FN:Anna Müller" in fetched.body.decode()

    with pytest.raises(ChangedOnServerError):
        client.delete(href, etag=first)
    client.delete(href, etag=second)
    client.delete(href, etag=second)  # already gone: nothing to do
    assert client.list_etags(book.url) == {}


def test_sync_collection_reports_changes_and_removals_since_a_token(
    client: CardDavClient, book: AddressBook
) -> None:
    hrefs = [normal_href(f"{book.url}c{n}.vcf") for n in range(3)]
    etags = [client.put(h, card(f"c{n}", f"Person {n}"), etag=None) for n, h in enumerate(hrefs)]
    everything = client.changes_since(book.url, "")
    assert everything is not None
    assert everything.changed == dict(zip(hrefs, etags, strict=True))
    assert everything.removed == []

    edited = client.put(hrefs[0], card("c0", "Person Zero"), etag=etags[0])
    client.delete(hrefs[1], etag=etags[1])
    since = client.changes_since(book.url, everything.token)

    assert since is not None
    assert since.changed == {hrefs[0]: edited}
    assert since.removed == [hrefs[1]]
    assert since.token != everything.token


def test_an_unknown_sync_token_asks_for_a_full_listing(
    client: CardDavClient, book: AddressBook
) -> None:
    assert client.changes_since(book.url, "http://radicale.org/ns/sync/" + "0" * 64) is None


def test_fetch_reads_many_cards_in_batches_and_skips_hrefs_gone(
    client: CardDavClient, book: AddressBook
) -> None:
    hrefs = [normal_href(f"{book.url}m{n}.vcf") for n in range(130)]
    for n, href in enumerate(hrefs):
        client.put(href, card(f"m{n}", f"Person {n}"), etag=None)

    fetched = list(client.fetch(book.url, [*hrefs, normal_href(book.url + "gone.vcf")]))

    assert sorted(c.href for c in fetched) == sorted(hrefs)


def test_a_wrong_password_is_one_sentence(radicale: RadicaleServer) -> None:
    with (
        CardDavClient(radicale.url, USER, "wrong", timeout=5) as client,
        pytest.raises(SyncError, match="refused the user name or password") as caught,
    ):
        client.discover()
    assert_one_sentence(str(caught.value))


def test_another_users_address_book_is_forbidden(
    radicale: RadicaleServer, book: AddressBook
) -> None:
    with (
        CardDavClient(radicale.url, OTHER_USER, OTHER_PASSWORD, timeout=5) as client,
        pytest.raises(SyncError, match="does not let this account") as caught,
    ):
        client.list_etags(book.url)
    assert_one_sentence(str(caught.value))


def test_a_missing_address_book_is_one_sentence(
    client: CardDavClient, radicale: RadicaleServer
) -> None:
    with pytest.raises(SyncError, match="Nothing was found at") as caught:
        client.list_etags(f"{radicale.url}{USER}/no-such-book/")
    assert_one_sentence(str(caught.value))


def test_a_server_that_went_away_is_one_sentence(
    client: CardDavClient, book: AddressBook, radicale: RadicaleServer
) -> None:
    client.list_etags(book.url)  # a keep-alive connection is open
    radicale.stop()

    with pytest.raises(SyncError, match="Could not reach the server") as caught:
        client.list_etags(book.url)
    assert_one_sentence(str(caught.value))


def test_an_address_that_is_not_a_server_url_is_one_sentence() -> None:
    with pytest.raises(SyncError) as caught:
        CardDavClient("dav.example.org", USER, PASSWORD)
    assert_one_sentence(str(caught.value))


class _Failing(http.server.BaseHTTPRequestHandler):
    """A web server that fails every request with 500, as a broken CardDAV server does."""

    def do_PROPFIND(self) -> None:
        self.send_response(500, "Internal Server Error")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test reads the client's sentence, not the server's log."""


def test_a_server_error_is_one_sentence() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        with (
            CardDavClient(url, USER, PASSWORD, timeout=5) as client,
            pytest.raises(SyncError, match="failed with error 500") as caught,
        ):
            client.list_etags(url)
    finally:
        server.shutdown()
        server.server_close()
    assert_one_sentence(str(caught.value))


def test_a_server_that_never_answers_times_out_in_one_sentence() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        with (
            CardDavClient(url, USER, PASSWORD, timeout=0.3) as client,
            pytest.raises(SyncError, match=r"did not answer within 0\.3 seconds") as caught,
        ):
            client.discover()
    assert_one_sentence(str(caught.value))


# A hostile server: where the password and the cards go, what is taken, how much is read


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_password_and_cards_never_follow_a_redirect_to_another_origin(scheme: str) -> None:
    with HostileServer(lambda _request: answer_bytes(400), host_name="localhost") as other:
        elsewhere = f"{scheme}://localhost:{other.port}"

        def moved(request: Request) -> Answer:
            return redirect(301, elsewhere + request.path)

        with HostileServer(moved) as server, CardDavClient(server.url, USER, PASSWORD) as client:
            with pytest.raises(SyncError, match=f"on to {elsewhere}/") as found:
                client.discover()
            with pytest.raises(SyncError, match=f"on to {elsewhere}/book/a1.vcf") as put:
                client.put(server.url + "book/a1.vcf", card("a1", "Anna Muller"), etag=None)

    assert other.connections == 0
    assert [r.method for r in server.requests] == ["PROPFIND", "PUT"]
    for caught in (found, put):
        assert_one_sentence(str(caught.value))
        assert "Settings ▸ Sync" in str(caught.value)


def test_a_redirect_on_the_same_origin_is_followed_but_not_out_of_the_book() -> None:
    book = DavBook("/dav/book/")

    def moved(request: Request) -> Answer:
        if request.path.startswith("/book/"):
            return redirect(308, "/dav" + request.path)
        return book.answer(request)

    with HostileServer(moved) as server, CardDavClient(server.url, USER, PASSWORD) as client:
        etag = client.put(server.url + "book/a1.vcf", card("a1", "Anna Muller"), etag=None)
        assert book.cards == {"/dav/book/a1.vcf": (etag, card("a1", "Anna Muller"))}
        with pytest.raises(SyncError, match=r"has moved to .*/dav/book/;") as caught:
            client.list_etags(server.url + "book/")
    assert_one_sentence(str(caught.value))


@pytest.mark.parametrize(
    ("start", "target", "followed"),
    [
        ("https://dav.example.org/a/", "https://dav.example.org/b/", True),
        ("http://dav.example.org/a/", "https://dav.example.org/a/", True),
        ("http://dav.example.org:80/a/", "https://dav.example.org:443/a/", True),
        ("http://dav.example.org:8080/a/", "https://dav.example.org:8443/a/", False),
        ("http://dav.example.org/a/", "https://dav.example.org:8443/a/", False),
        ("https://dav.example.org/a/", "http://dav.example.org/a/", False),
        ("https://dav.example.org/a/", "https://evil.example/a/", False),
        ("https://dav.example.org/a/", "https://dav.example.org.evil.example/a/", False),
    ],
)
def test_only_the_same_origin_or_its_https_upgrade_gets_the_password(
    start: str, target: str, followed: bool
) -> None:
    assert carddav.same_account_origin(start, target) is followed


OUTSIDE = [
    "/other-user/addressbook/victim.vcf",
    "http://evil.example/book/steal.vcf",
    "/book/../admin/x.vcf",
    "/book/%2e%2e/secret.vcf",
    "/book/a%2Fb.vcf",
    "/book/",
    "/book/sub/deeper.vcf",
]


def hostile_book() -> DavBook:
    book = DavBook("/book/")
    book.add("/book/inside.vcf", card("in", "Inside Person"))
    for n, href in enumerate(OUTSIDE):
        book.listed_too[href] = (f'"x{n}"', card(f"out{n}", f"Victim {n}"))
    return book


def test_an_address_book_on_another_server_is_not_offered() -> None:
    def home(_request: Request) -> Answer:
        books = "".join(
            f"<d:response><d:href>{href}</d:href><d:propstat><d:prop><d:resourcetype>"
            "<d:collection/><c:addressbook/></d:resourcetype></d:prop>"
            "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
            for href in ("/home/mine/", "http://evil.example/home/theirs/")
        )
        body = (
            '<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
            f"{books}</d:multistatus>"
        )
        return answer_bytes(207, body.encode())

    with HostileServer(home) as server, CardDavClient(server.url, USER, PASSWORD) as client:
        books = client.address_books(server.url + "home/")
    assert [book.url for book in books] == [server.url + "home/mine/"]


@pytest.mark.parametrize(
    ("href", "member"),
    [
        ("/book/a1.vcf", "/book/a1.vcf"),
        ("a1.vcf", "/book/a1.vcf"),
        ("http://127.0.0.1:8/book/a%201.vcf", "/book/a%201.vcf"),
        ("/book/urn%3Auuid%3Aa1.vcf", "/book/urn:uuid:a1.vcf"),
        ("urn:uuid:a1.vcf", None),
        ("https://127.0.0.1:8/book/a1.vcf", None),
        ("http://localhost:8/book/a1.vcf", None),
        ("/book/..", None),
        ("/book/%2E%2E", None),
        ("/book/a%5Cb.vcf", None),
        *((href, None) for href in OUTSIDE),
    ],
)
def test_only_a_card_directly_in_the_book_is_a_member(href: str, member: str | None) -> None:
    assert carddav.book_member("http://127.0.0.1:8/book/", href) == member


def test_hrefs_outside_the_address_book_are_not_taken() -> None:
    with (
        HostileServer(hostile_book().answer) as server,
        CardDavClient(server.url + "book/", USER, PASSWORD) as client,
    ):
        book_url = server.url + "book/"
        assert list(client.list_etags(book_url)) == ["/book/inside.vcf"]
        changes = client.changes_since(book_url, "")
        assert changes is not None and list(changes.changed) == ["/book/inside.vcf"]
        fetched = list(client.fetch(book_url, ["/book/inside.vcf"]))
        assert [c.href for c in fetched] == ["/book/inside.vcf"]
        assert carddav.book_member(book_url, f"{server.url}book/inside.vcf") == "/book/inside.vcf"


def test_an_answer_over_the_size_limit_is_not_read_whole() -> None:
    """Just over the default limit, sent lazily: the client stops reading and says so."""
    limit = carddav.MAX_ANSWER_BYTES
    head = b'<d:multistatus xmlns:d="DAV:"><d:response><d:href>/book/a.vcf</d:href>'
    tail = b"</d:response></d:multistatus>"
    padding = limit + 1 - len(head) - len(tail)
    chunk = b" " * (1 << 20)
    chunks = [head, *[chunk] * (padding // len(chunk)), b" " * (padding % len(chunk)), tail]

    def huge(_request: Request) -> Answer:
        return Answer(207, {"Content-Length": str(limit + 1)}, chunks)

    started = time.monotonic()
    with (
        HostileServer(huge) as server,
        CardDavClient(server.url, USER, PASSWORD) as client,
        pytest.raises(SyncError, match=r"more than 64 MB") as caught,
    ):
        client.list_etags(server.url + "book/")
    assert time.monotonic() - started < 10
    assert_one_sentence(str(caught.value))


def test_an_answer_without_length_is_cut_at_the_limit_too() -> None:
    def endless(_request: Request) -> Answer:
        return Answer(207, {}, iter(lambda: b"<" * 4096, b""))

    with (
        HostileServer(endless) as server,
        CardDavClient(server.url, USER, PASSWORD, max_answer_bytes=100_000) as client,
        pytest.raises(SyncError, match=r"more than 0\.1 MB") as caught,
    ):
        client.list_etags(server.url + "book/")
    assert_one_sentence(str(caught.value))


@pytest.mark.parametrize("what", ["body", "headers"])
def test_a_server_that_drips_its_answer_meets_the_overall_deadline(what: str) -> None:
    def drip(_request: Request) -> Answer:
        if what == "headers":
            head = [b"HTTP/1.1 207 Multi-Status\r\nX-Slow: "]
            return Answer(207, {}, itertools.chain(head, dripping(b"a", 0.05, 200)), raw=True)
        return Answer(207, {"Content-Length": "200"}, dripping(b" ", 0.05, 200))

    started = time.monotonic()
    with (
        HostileServer(drip) as server,
        CardDavClient(server.url, USER, PASSWORD, timeout=5, deadline=1) as client,
        pytest.raises(SyncError, match="answered too slowly") as caught,
    ):
        client.list_etags(server.url + "book/")
    assert time.monotonic() - started < 3
    assert_one_sentence(str(caught.value))


def test_a_server_that_drips_is_stopped_soon_after_the_timeout_not_at_the_deadline() -> None:
    """Bytes keep coming, so no read times out; but far too few for the time taken."""

    def drip(_request: Request) -> Answer:
        return Answer(207, {"Content-Length": "400"}, dripping(b" ", 0.05, 400))

    started = time.monotonic()
    with (
        HostileServer(drip) as server,
        CardDavClient(server.url, USER, PASSWORD, timeout=1, deadline=300) as client,
        pytest.raises(SyncError, match="answered too slowly") as caught,
    ):
        client.list_etags(server.url + "book/")
    assert time.monotonic() - started < 4
    assert_one_sentence(str(caught.value))


def test_an_answer_coming_at_a_fair_speed_gets_the_time_it_needs() -> None:
    """3 s for 300 kB (100 kB/s) against a timeout of 1 s: the bytes earn the time."""
    body = b"<d:multistatus xmlns:d='DAV:'/>" + b" " * 300_000

    def pieces() -> Iterator[bytes]:
        for start in range(0, len(body), 10_000):
            time.sleep(0.1)
            yield body[start : start + 10_000]

    def steady(_request: Request) -> Answer:
        return Answer(207, {"Content-Length": str(len(body))}, pieces())

    with (
        HostileServer(steady) as server,
        CardDavClient(server.url, USER, PASSWORD, timeout=1, deadline=300) as client,
    ):
        assert client.list_etags(server.url + "book/") == {}
