"""``cardkeeper mail setup``, ``draft --to-drafts`` and ``mail check`` as a user runs them,
against a real Dovecot; the password goes through a keyring file of the test's own."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cardkeeper.app.mail_account import KEYRING_SERVICE
from cardkeeper.settings import load_settings, save_settings
from cardkeeper.store.activities import Activities
from cardkeeper.store.database import Library, open_library
from tests.cardkeeper_command import run_cardkeeper
from tests.dovecot_server import PASSWORD, USER, DovecotServer
from tests.file_keyring import BACKEND, FILE_ENV
from tests.mail_setup import BRUNO, contact_with_follow_up, mail, raw_imap


@pytest.fixture
def keyring_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    file = tmp_path / "keyring.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", BACKEND)
    monkeypatch.setenv(FILE_ENV, str(file))
    return file


def setup_args(server: DovecotServer, *more: str) -> list[str]:
    return [
        "mail", "setup", "localhost", "--user", USER, "--port", str(server.tls_port),
        "--cafile", str(server.cafile), *more,
    ]  # fmt: skip


def test_setup_finds_drafts_and_keeps_the_password_in_the_keyring(
    dovecot: DovecotServer, keyring_file: Path
) -> None:
    result = run_cardkeeper(*setup_args(dovecot), stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert "Drafts go to “Drafts” of anna@example.org at localhost" in result.stdout
    settings = load_settings()
    assert (settings.mail_host, settings.mail_port, settings.mail_security) == (
        "localhost",
        dovecot.tls_port,
        "tls",
    )
    assert (settings.mail_drafts_folder, settings.notice_replies) == ("Drafts", False)
    assert PASSWORD not in Path(os.environ["XDG_CONFIG_HOME"]).joinpath(
        "CardKeeper", "settings.json"
    ).read_text(encoding="utf-8")
    stored = json.loads(keyring_file.read_text(encoding="utf-8"))
    assert stored == {f"{KEYRING_SERVICE}\n{USER}@localhost:{dovecot.tls_port}": PASSWORD}


def test_setup_with_starttls_on_the_plain_port(dovecot: DovecotServer, keyring_file: Path) -> None:
    result = run_cardkeeper(
        "mail", "setup", "localhost", "--user", USER, "--port", str(dovecot.port),
        "--security", "starttls", "--cafile", str(dovecot.cafile), "--notice-replies",
        stdin=PASSWORD,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Replies are noticed in the background." in result.stdout
    assert load_settings().notice_replies is True


@pytest.mark.parametrize(
    ("args", "stdin", "said"),
    [
        ((), "wrong horse\n", "refused the user name or password; check them in Settings ▸ Mail."),
        (("--drafts", "Brouillons"), PASSWORD, "The mailbox has no folder “Brouillons”"),
        ((), "", "No password came on standard input"),
    ],
)
def test_setup_failures_are_one_sentence_and_save_nothing(
    dovecot: DovecotServer, keyring_file: Path, args: tuple[str, ...], stdin: str, said: str
) -> None:
    result = run_cardkeeper(*setup_args(dovecot, *args), stdin=stdin)
    assert result.returncode == 2
    assert said in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert load_settings().mail_host == ""


def test_setup_without_the_certificate_file_says_it_is_not_trusted(
    dovecot: DovecotServer, keyring_file: Path
) -> None:
    args = setup_args(dovecot)
    result = run_cardkeeper(*args[: args.index("--cafile")], stdin=PASSWORD)
    assert result.returncode == 2
    assert "The certificate of the mail server localhost is not trusted" in result.stderr
    assert not keyring_file.exists()


def test_setup_of_a_server_that_is_not_there(dovecot: DovecotServer, keyring_file: Path) -> None:
    dovecot.stop()
    result = run_cardkeeper(*setup_args(dovecot), stdin=PASSWORD)
    assert result.returncode == 2
    assert "Could not reach the mail server at localhost" in result.stderr


def test_a_thank_you_drafted_from_the_terminal_lands_in_drafts_and_its_reply_ends_it(
    dovecot: DovecotServer, keyring_file: Path, data_dir: Path
) -> None:
    assert run_cardkeeper(*setup_args(dovecot), stdin=PASSWORD).returncode == 0
    settings = load_settings()
    settings.my_name = "Maria Schneider"
    save_settings(settings)
    with open_library(data_dir) as library:
        contact_id, _follow_up = contact_with_follow_up(library)

    drafted = run_cardkeeper("draft", BRUNO, "--to-drafts")
    assert drafted.returncode == 0, drafted.stderr
    assert drafted.stdout == "The draft for Bruno Keller is in “Drafts” of your mailbox.\n"
    imap = raw_imap(dovecot)
    assert imap.select("Drafts", readonly=True) == ("OK", [b"1"])
    _typ, data = imap.fetch("1", "(FLAGS BODY.PEEK[HEADER.FIELDS (TO SUBJECT)])")
    imap.logout()
    assert b"\\Draft" in data[0][0]  # type: ignore[index]
    assert b'To: "Bruno Keller" <bruno@nordwind.example>' in data[0][1]  # type: ignore[index]

    waiting = run_cardkeeper("mail", "check")
    assert (waiting.returncode, waiting.stdout) == (
        0,
        "No replies yet from the 1 follow-up looked for.\n",
    )
    dovecot.deliver(mail("Bruno Keller <bruno@nordwind.example>", USER, "Re: Great to meet you"))
    checked = run_cardkeeper("mail", "check")
    assert checked.stdout == "Bruno Keller replied: the sequence ended.\n"
    with open_library(data_dir) as library:
        log = [a.detail for a in _activities(library, contact_id)]
    assert log[0].endswith("(seen in your mailbox).")
    assert log[1].startswith("Drafted “")


def test_to_drafts_before_setting_up_says_how(keyring_file: Path, data_dir: Path) -> None:
    with open_library(data_dir) as library:
        contact_with_follow_up(library)
    result = run_cardkeeper("draft", BRUNO, "--to-drafts")
    assert result.returncode == 2
    assert result.stderr == (
        "cardkeeper: No Drafts folder is chosen yet; choose one in Settings ▸ Mail.\n"
    )


def _activities(library: Library, contact_id: int) -> list:  # type: ignore[type-arg]
    return Activities(library).for_contact(contact_id)
