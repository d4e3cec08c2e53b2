"""The app's log: where it goes, how it rotates, --verbose, and what it must never hold."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from cardkeeper import logs, paths
from cardkeeper.crash_log import record_crash
from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.interop.vcard import VCardContact, contacts_to_vcf
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from tests.card_files import write_scan
from tests.cardkeeper_command import run_cardkeeper


def _log_text() -> str:
    return logs.log_file().read_text(encoding="utf-8")


def test_the_log_folder_is_the_tests_own(tmp_path_factory: pytest.TempPathFactory) -> None:
    assert paths.log_dir() == Path(os.environ["CARDKEEPER_LOG_DIR"])
    assert paths.log_dir().is_relative_to(tmp_path_factory.getbasetemp())


def test_a_line_goes_to_the_file_with_the_process_that_wrote_it() -> None:
    target = logs.setup_logging()

    logging.getLogger("cardkeeper.test").info("Something happened: %d things", 3)
    logging.getLogger("cardkeeper.test").debug("Only with --verbose")

    assert target == paths.log_dir() / "cardkeeper.log"
    (line,) = _log_text().splitlines()
    assert line.endswith(f" {os.getpid()} INFO cardkeeper.test: Something happened: 3 things")


def test_the_log_rotates_at_a_megabyte_and_keeps_five() -> None:
    logs.setup_logging()
    log = logging.getLogger("cardkeeper.test")
    for number in range(8000):  # about 8 MB
        log.info("line %05d %s", number, "x" * 1000)

    kept = sorted(path.name for path in paths.log_dir().iterdir())
    assert kept == [
        "cardkeeper.log",
        *(f"cardkeeper.log.{n}" for n in range(1, 6)),
    ]
    assert all(path.stat().st_size <= 1_000_000 for path in paths.log_dir().iterdir())
    assert "line 07999" in _log_text()


def test_an_unexpected_error_is_logged_with_its_traceback_and_named_to_the_user() -> None:
    def broken() -> None:
        raise KeyError("a bug")

    try:
        broken()
    except KeyError as error:
        sentence = record_crash(error)

    assert sentence == (
        "CardKeeper hit an unexpected problem; the details were written to "
        f"{paths.log_dir() / 'cardkeeper.log'}."
    )
    text = _log_text()
    assert "ERROR cardkeeper.crash_log: Unexpected KeyError" in text
    assert "Traceback (most recent call last)" in text
    assert "in broken" in text


def test_a_log_folder_that_cannot_be_made_costs_the_log_not_the_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv("CARDKEEPER_LOG_DIR", str(blocker / "log"))

    assert logs.setup_logging() is None
    assert record_crash(ValueError("oops")) == (
        "CardKeeper hit an unexpected problem (ValueError: oops)."
    )


def test_verbose_logs_everything_to_stderr_too() -> None:
    quiet = run_cardkeeper("followups")
    loud = run_cardkeeper("followups", "--verbose")

    assert quiet.returncode == loud.returncode == 0
    assert quiet.stderr == ""
    assert "cardkeeper: DEBUG cardkeeper.cli: Command followups" in loud.stderr
    debug_lines = [line for line in _log_text().splitlines() if " DEBUG " in line]
    assert "Command followups" in debug_lines[0]
    assert len({line.split()[2] for line in debug_lines}) == 1  # the loud one's process alone


def test_imports_and_exports_are_logged_by_ids_and_never_with_contact_data(
    tmp_path: Path, data_dir: Path
) -> None:
    photo, truth = write_scan(tmp_path / "photos", 3)
    person = Contact(
        given_name="Wilhelmina",
        family_name="Quarterbridge",
        company="Zanzibar Kettle Works",
        emails=["wilhelmina@kettle.example"],
        phones=[Phone(PhoneKind.MOBILE, "+4915112345678")],
        notes="met by the coffee machine",
    )
    phone_book = tmp_path / "phone.vcf"
    phone_book.write_bytes(contacts_to_vcf([VCardContact(person)], "4.0"))

    steps = [
        ("--verbose", "import", str(photo)),
        ("import", str(phone_book)),
        ("--verbose", "export", "--format", "vcf", "--out", str(tmp_path / "all.vcf")),
        ("--verbose", "export", "--format", "csv-google", "--out", "-"),
    ]
    for args in steps:
        result = run_cardkeeper(*args)
        assert result.returncode == 0, result.stderr

    text = _log_text()
    assert "Card import: 1 cards, 1 added, 0 already in the library, 0 could not be read" in text
    assert f"Card file {photo.name}: added as contact 1" in text
    assert "Contacts import (.vcf): 1 entries, 1 added, 0 updated" in text
    assert "Contacts export (vcf): 2 contacts" in text
    assert "contacts 1-2" in text
    with open_library(data_dir) as library:
        saved = Contacts(library).list_contacts()
    assert {contact.emails[0] for contact in saved} == {truth.emails[0], person.emails[0]}
    secrets = {truth.name, truth.company, *truth.address_lines, person.notes}
    for contact in saved:
        secrets |= {contact.given_name, contact.family_name, contact.company, *contact.emails}
        secrets |= {phone.number.lstrip("+") for phone in contact.phones}
    for secret in secrets:
        assert secret
        assert secret.casefold() not in text.casefold(), secret


@pytest.mark.parametrize(
    ("ids", "runs"),
    [
        ([], "none"),
        ([7], "7"),
        ([3, 4, 5, 6, 7, 9, 12, 12], "3-7, 9, 12"),
        (list(range(0, 100, 2)), ", ".join(map(str, range(0, 40, 2))) + " and 30 more"),
    ],
)
def test_ids_are_written_as_runs(ids: list[int], runs: str) -> None:
    assert logs.id_runs(ids) == runs
