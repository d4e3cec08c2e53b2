"""The CardDAV client against a real Radicale server, and failures as one sentence each."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator

import pytest

from cardkeeper.errors import SyncError
from cardkeeper.interop.carddav import (
    AddressBook,
    CardDavClient,
    ChangedOnServerError,
    normal_href,
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
