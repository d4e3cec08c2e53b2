"""How long one check for replies takes over a big mailbox, and the traffic it costs.

A real Dovecot on 127.0.0.1 (the test suite's server, started and stopped here)
holds 10,000 messages: 8,000 in the inbox (5,000 from strangers, 3,000 from the
contacts, over the last 60 days) and 2,000 in Sent (to strangers and contacts).
The library holds 1,000 contacts with an open follow-up each, scheduled 30 days
ago and drafted 20 days ago: mail the user sent them since the first does the step,
and mail from them since the second (or since that email) is a reply.

The checks, as the sync timer makes them on one library: the first (Dovecot reads
the new mailbox and builds its caches; the check searches the whole span), the next
with no new mail, the next after some new mail came in (half of it from contacts),
and the first check of a fresh copy of the library against the warm server (what
a first check costs on its own).

The baseline, measured in the same run against the same server: a bare
``imaplib`` loop of one ``UID SEARCH FROM address SINCE day`` in the inbox and one
``UID SEARCH TO address SINCE day`` in Sent per contact, which only finds the
messages, without reading who or when: the obvious way, as the issue words it.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import ssl
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.app.follow_through import local_date, schedule_first_step_for
from cardkeeper.app.replies import ReplyReport, Seen, check_replies
from cardkeeper.domain import Contact
from cardkeeper.interop.imap import CountingIMAP4_SSL, Mailbox, MailServer, Security
from cardkeeper.store import mail_drafts
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from cardkeeper.store.timestamps import datetime_to_text
from tests.dovecot_server import PASSWORD, USER, DovecotServer

SCHEDULED_DAYS_AGO = 30
DRAFTED_DAYS_AGO = 20
SPAN_DAYS = 60


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--new", type=int, default=200, help="messages arriving between checks")
    args = parser.parse_args()
    rng = random.Random(19)
    now = datetime.now(UTC)
    addresses = [f"person{n}@firm{n % 97}.example" for n in range(args.contacts)]
    scratch = Path(tempfile.mkdtemp(prefix="cardkeeper-bench-replies-"))
    scratch.chmod(0o755)
    try:
        template = scratch / "library"
        make_library(template, addresses, now)
        server = DovecotServer(scratch / "server")
        inbox, sent = fill_mailbox(server, addresses, args.messages, now, rng)
        server.start()
        try:
            account = MailServer(
                "localhost", server.tls_port, Security.TLS, USER, str(server.cafile)
            )
            mine = scratch / "mine"
            shutil.copytree(template, mine)
            rows = [("first check (server cold)", *one_pass(mine, account))]
            baseline = bare_loop(server, addresses, now)
            rows.append(("next check, no new mail", *one_pass(mine, account)))
            new_mail = [
                _message(rng.choice(addresses) if n % 2 else f"news{n}@list.example", USER,
                         f"New {n}", now, rng, recent=True)
                for n in range(args.new)
            ]  # fmt: skip
            for path, (_, stamp) in zip(
                server.drop_into_maildir((body for body, _ in new_mail), "INBOX"),
                new_mail,
                strict=True,
            ):
                os.utime(path, (stamp, stamp))
            rows.append((f"next check, {args.new} new messages", *one_pass(mine, account)))
            fresh = scratch / "fresh"
            shutil.copytree(template, fresh)
            rows.append(("first check of another library (server warm)", *one_pass(fresh, account)))
        finally:
            server.stop()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    base_seconds, base_bytes, base_found = baseline
    lines = [
        f"Mailbox: {inbox:,} messages in the inbox, {sent:,} in Sent; {args.contacts:,} "
        f"contacts with an open follow-up, scheduled {SCHEDULED_DAYS_AGO} and drafted "
        f"{DRAFTED_DAYS_AGO} days ago.",
        f"Baseline, bare imaplib, one UID SEARCH FROM/TO … SINCE per contact and folder "
        f"({2 * args.contacts:,} SEARCHes, server warm): {base_seconds:.2f} s, "
        f"{base_bytes:,} bytes received, {base_found:,} messages found (who and when not read).",
        "",
        "| check | looked for | replied | sent (step done) | CardKeeper (s) | bytes received "
        "| ratio to baseline (time) | ratio to baseline (bytes) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, seconds, report in rows:
        lines.append(
            f"| {label} | {report.watched:,} | {len(report.marked(Seen.REPLIED)):,} "
            f"| {len(report.marked(Seen.SENT)):,} | {seconds:.2f} | {report.bytes_received:,} "
            f"| {seconds / base_seconds:.3f} | {report.bytes_received / base_bytes:.2f} |"
        )
    text = "\n".join(lines)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "replies.md").write_text(text + "\n")


def make_library(folder: Path, addresses: list[str], now: datetime) -> None:
    """A contact per address, each with the first step of its sequence open and drafted."""
    drafted_at = now - timedelta(days=DRAFTED_DAYS_AGO)
    scheduled_at = now - timedelta(days=SCHEDULED_DAYS_AGO)
    with open_library(folder) as library:
        library.connection.execute("PRAGMA synchronous = OFF")  # a throwaway bench library
        ensure_built_ins(library)
        contacts = Contacts(library)
        with library.batch():
            for number, address in enumerate(addresses):
                contact = Contact(
                    given_name=f"Person{number}", family_name="Bench", emails=[address]
                )
                contact.needs_review = False
                contact.id = contacts.save_new_contact(contact)
                follow_up = schedule_first_step_for(library, contact, local_date(now), now)
                assert follow_up is not None
                library.connection.execute(  # scheduled a month ago: mail sent since does it
                    "UPDATE follow_ups SET created_at = ? WHERE id = ?",
                    (datetime_to_text(scheduled_at), follow_up.id),
                )
                with library.transaction() as connection:
                    mail_drafts.record(connection, contact.id, follow_up.id, "Hello", drafted_at)


def fill_mailbox(
    server: DovecotServer, addresses: list[str], count: int, now: datetime, rng: random.Random
) -> tuple[int, int]:
    """Messages dropped into the Maildir, each dated (its file's time) within the span."""
    sent_count = count // 5
    from_contacts = min(count * 3 // 10, count - sent_count)
    inbox: list[tuple[bytes, float]] = []
    for number in range(count - sent_count):
        sender = rng.choice(addresses) if number < from_contacts else f"news{number}@list.example"
        inbox.append(_message(sender, USER, f"Message {number}", now, rng))
    sent = [
        _message(USER, rng.choice(addresses) if n % 4 else f"s{n}@x.example", f"Sent {n}", now, rng)
        for n in range(sent_count)
    ]
    for folder, messages in (("INBOX", inbox), ("Sent", sent)):
        written = server.drop_into_maildir((body for body, _ in messages), folder)
        for path, (_, stamp) in zip(written, messages, strict=True):
            os.utime(path, (stamp, stamp))
    return len(inbox), len(sent)


def _message(
    sender: str, to: str, subject: str, now: datetime, rng: random.Random, *, recent: bool = False
) -> tuple[bytes, float]:
    """A message dated within the span, or (``recent``) in the last minutes."""
    span = 600 if recent else SPAN_DAYS * 86_400
    when = now - timedelta(seconds=rng.uniform(0, span))
    body = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(when)}\r\nMessage-ID: <{rng.getrandbits(64)}@bench>\r\n\r\n"
        + "A line of an ordinary email, long enough to look like one.\r\n"
        * 40
    )
    return body.encode(), when.timestamp()


def one_pass(library_folder: Path, account: MailServer) -> tuple[float, ReplyReport]:
    """One check, as the timer makes it: log in, look, mark, log out."""
    started = time.perf_counter()
    with open_library(library_folder) as library, Mailbox(account, PASSWORD) as mailbox:
        report = check_replies(library, mailbox)
    return time.perf_counter() - started, report


def bare_loop(server: DovecotServer, addresses: list[str], now: datetime) -> tuple[float, int, int]:
    """Seconds, bytes received and messages found by one SEARCH per contact and folder."""
    since = (now - timedelta(days=SCHEDULED_DAYS_AGO + 1)).strftime("%d-%b-%Y")
    context = ssl.create_default_context(cafile=str(server.cafile))
    started = time.perf_counter()
    imap = CountingIMAP4_SSL("localhost", server.tls_port, ssl_context=context)
    imap.login(USER, PASSWORD)
    found = 0
    for folder, key in (("INBOX", "FROM"), ("Sent", "TO")):
        imap.select(folder, readonly=True)
        for address in addresses:
            _typ, (uids,) = imap.uid("SEARCH", key, f'"{address}"', "SINCE", since)
            found += len((uids or b"").split())
    imap.logout()
    return time.perf_counter() - started, imap.received, found


if __name__ == "__main__":
    main()
