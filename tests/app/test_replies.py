"""Replies noticed in a real Dovecot mailbox end the sequence; the user's own email does a step."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from cardkeeper.app.drafts import Draft
from cardkeeper.app.mail_account import open_mailbox
from cardkeeper.app.mail_drafts import save_to_drafts
from cardkeeper.app.replies import Seen, check_replies, check_replies_if_chosen, replied_note
from cardkeeper.domain import ActivityKind, FollowUpState, Outcome
from cardkeeper.settings import Settings, sender
from cardkeeper.store.activities import Activities
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps
from tests.dovecot_server import USER, DovecotServer
from tests.mail_setup import BRUNO, contact_with_follow_up, mail, mail_settings, raw_imap
from tests.memory_keyring import MemoryKeyring

THANK_YOU = Draft(BRUNO, "Great to meet you", "Dear Bruno,\n\nthank you.", "Bruno Keller")


def drafted(library: Library, settings: Settings, at: datetime) -> tuple[int, int]:
    contact_id, follow_up = contact_with_follow_up(library)
    assert follow_up.id is not None
    save_to_drafts(
        library,
        settings,
        contact_id=contact_id,
        follow_up_id=follow_up.id,
        draft=THANK_YOU,
        sender=sender(settings),
        now=at,
    )
    return contact_id, follow_up.id


def check(library: Library, settings: Settings):  # type: ignore[no-untyped-def]
    report = check_replies_if_chosen(library, settings)
    assert report is not None
    return report


def test_a_reply_delivered_after_the_draft_ends_the_sequence_on_the_next_check(
    library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    settings = mail_settings(dovecot, notice_replies=True)
    contact_id, follow_up_id = drafted(library, settings, datetime.now(UTC) - timedelta(minutes=1))
    dovecot.deliver(mail("Carla <carla@elsewhere.example>", USER, "Unrelated"))

    assert check(library, settings).noticed == []  # no reply yet

    dovecot.deliver(mail("Bruno Keller <Bruno@Nordwind.example>", USER, "Re: Great to meet you"))
    report = check(library, settings)

    [noticed] = report.noticed
    assert (noticed.seen, noticed.name, noticed.follow_up.id) == (
        Seen.REPLIED,
        "Bruno Keller",
        follow_up_id,
    )
    ended = FollowUps(library).get(follow_up_id)
    assert ended is not None
    assert (ended.state, ended.outcome) == (FollowUpState.DONE, Outcome.REPLIED)
    assert not [
        f for f in FollowUps(library).for_contact(contact_id) if f.state is FollowUpState.PENDING
    ]
    latest = Activities(library).for_contact(contact_id)[0]
    assert latest.detail == replied_note(noticed.at)
    assert latest.detail.startswith(f"Replied on {noticed.at.astimezone().day} ")
    assert latest.detail.endswith(" (seen in your mailbox).")
    assert report.bytes_received < 5_000  # the headers of one message, and a few answers

    assert check(library, settings).noticed == []  # the sequence ended: nothing left to look for


def test_mail_from_them_before_the_step_was_drafted_is_no_reply(
    library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    settings = mail_settings(dovecot, notice_replies=True)
    earlier = datetime.now(UTC) - timedelta(hours=2)
    imap = raw_imap(dovecot)
    imap.append("INBOX", None, earlier.timestamp(), mail(BRUNO, USER, "Before we met"))
    imap.logout()
    _contact_id, follow_up_id = drafted(library, settings, earlier + timedelta(hours=1))

    assert check(library, settings).noticed == []
    still = FollowUps(library).get(follow_up_id)
    assert still is not None and still.state is FollowUpState.PENDING


def test_an_email_the_user_sent_them_does_the_step_and_schedules_the_next(
    library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    settings = mail_settings(dovecot, notice_replies=True)
    contact_id, follow_up = contact_with_follow_up(library)
    dovecot.deliver(mail(USER, "Bruno Keller <bruno@nordwind.example>", "Thank you"), folder="Sent")

    [noticed] = check(library, settings).noticed

    assert noticed.seen is Seen.SENT
    assert noticed.next_step is not None and noticed.next_step.step == 2
    done = FollowUps(library).get(follow_up.id or 0)
    assert done is not None and (done.state, done.outcome) == (FollowUpState.DONE, Outcome.NONE)
    assert Activities(library).for_contact(contact_id)[0].kind is ActivityKind.EMAILED


def test_an_email_sent_and_its_reply_seen_in_one_check_end_the_sequence(
    library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    settings = mail_settings(dovecot, notice_replies=True)
    contact_id, _follow_up = contact_with_follow_up(library)
    dovecot.deliver(mail(USER, BRUNO, "Thank you"), folder="Sent")
    imap = raw_imap(dovecot)
    later = datetime.now(UTC) + timedelta(seconds=2)
    imap.append("INBOX", None, later.timestamp(), mail(BRUNO, USER, "Re: Thank you"))
    imap.logout()

    report = check(library, settings)

    assert [n.seen for n in report.noticed] == [Seen.SENT, Seen.REPLIED]
    assert [f.outcome for f in FollowUps(library).for_contact(contact_id)] == [
        Outcome.NONE,
        Outcome.REPLIED,
    ]


def test_nothing_is_asked_of_the_server_without_the_users_consent(
    library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    settings = mail_settings(dovecot)
    assert settings.notice_replies is False
    drafted(library, settings, datetime.now(UTC) - timedelta(minutes=1))
    dovecot.deliver(mail(BRUNO, USER, "Re: Great to meet you"))
    assert check_replies_if_chosen(library, settings) is None
    no_password = dataclasses.replace(settings, notice_replies=True, mail_user="someone-else")
    assert check_replies_if_chosen(library, no_password) is None


def test_the_check_looks_only_at_contacts_with_open_follow_ups(
    library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    settings = mail_settings(dovecot, notice_replies=True)
    with open_mailbox(settings) as mailbox:
        report = check_replies(library, mailbox)
    assert (report.watched, report.noticed) == (0, [])


def test_a_later_check_reads_only_the_mail_that_came_since_the_last(
    library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    settings = mail_settings(dovecot, notice_replies=True)
    drafted(library, settings, datetime.now(UTC) - timedelta(minutes=1))
    for number in range(20):
        dovecot.deliver(mail(BRUNO if number % 2 else "carla@elsewhere.example", USER, "Old"))
    imap = raw_imap(dovecot)
    imap.append(
        "INBOX",
        None,
        (datetime.now(UTC) - timedelta(days=3)).timestamp(),
        mail(BRUNO, USER, "Before"),
    )
    imap.logout()
    contact_id, follow_up = contact_with_follow_up(library, "dora@example.net", "Dora")
    first = check(library, settings)  # Bruno's step drafted: his mail since counts as a reply
    assert [n.name for n in first.noticed] == ["Bruno Keller"]

    quiet = check(library, settings)
    assert (quiet.noticed, quiet.watched) == ([], 1)
    assert quiet.bytes_received < first.bytes_received / 2

    dovecot.deliver(mail(USER, "dora@example.net", "Thank you"), folder="Sent")
    later = check(library, settings)
    assert [(n.seen, n.name) for n in later.noticed] == [(Seen.SENT, "Dora Keller")]
    assert FollowUps(library).get(follow_up.id or 0).state is FollowUpState.DONE  # type: ignore[union-attr]
    assert Activities(library).for_contact(contact_id)[0].kind is ActivityKind.EMAILED
