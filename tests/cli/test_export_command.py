"""``cardkeeper export``: a real library's follow-ups and contacts, read back from the files."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from cardkeeper.cli import main
from cardkeeper.domain import Contact, FollowUp, FollowUpState
from cardkeeper.interop.vcard import vcf_to_contacts
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from cardkeeper.store.events import Events
from cardkeeper.store.follow_ups import FollowUps
from tests.cli.test_backup_command import _cardkeeper, _killed_while, _leftovers

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def berlin_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's zone is Berlin, so due times are checked across its DST change."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Anna with a pending and a done follow-up, Ben snoozed, Cleo pending but in the trash."""
    folder = tmp_path / "library"
    with open_library(folder) as library:
        contacts = Contacts(library)
        follow_ups = FollowUps(library)
        anna = contacts.save_new_contact(Contact(given_name="Anna", company="Nordwind"))
        ben = contacts.save_new_contact(Contact(given_name="Ben"))
        cleo = contacts.save_new_contact(Contact(given_name="Cleo"))
        follow_ups.add(FollowUp(anna, date(2025, 3, 30), reason="Say thank you"))
        done = follow_ups.add(FollowUp(anna, date(2025, 3, 20), reason="Met"))
        follow_ups.set_state(done, FollowUpState.DONE, datetime.now(UTC))
        follow_ups.add(
            FollowUp(ben, date(2025, 10, 26), reason="Invite", state=FollowUpState.SNOOZED)
        )
        follow_ups.add(FollowUp(cleo, date(2025, 4, 1), reason="Offer"))
        contacts.soft_delete([cleo])
    return folder


def _export(folder: Path, *args: str) -> int:
    return main(["export", "--format", "ics", *args, "--data-dir", str(folder)])


def _todos(data: bytes) -> dict[str, Calendar]:
    return {str(todo["SUMMARY"]): todo for todo in Calendar.from_ical(data).walk("VTODO")}


def test_writes_the_open_follow_ups_due_at_nine_local_time(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = folder.parent / "follow-ups.ics"

    assert _export(folder, "--out", str(target)) == 0

    assert capsys.readouterr().out == f"Wrote 2 follow-ups to {target}.\n"
    todos = _todos(target.read_bytes())
    assert set(todos) == {"Follow up with Anna: Say thank you", "Follow up with Ben: Invite"}
    anna, ben = todos["Follow up with Anna: Say thank you"], todos["Follow up with Ben: Invite"]
    assert anna["DUE"].dt == datetime(2025, 3, 30, 7, 0, tzinfo=UTC)  # the day clocks go forward
    assert ben["DUE"].dt == datetime(2025, 10, 26, 8, 0, tzinfo=UTC)  # the day they go back
    for todo in (anna, ben):
        assert todo["DUE"].dt.astimezone(BERLIN).hour == 9
        (alarm,) = todo.walk("VALARM")
        assert alarm["TRIGGER"].dt == todo["DUE"].dt
    assert str(anna["DESCRIPTION"]) == "Company: Nordwind\nStep 1, by email."


def test_exporting_again_keeps_the_uids(folder: Path) -> None:
    first, second = folder.parent / "1.ics", folder.parent / "2.ics"
    assert _export(folder, "--out", str(first)) == 0
    assert _export(folder, "--out", str(second)) == 0
    uids = [str(todo["UID"]) for todo in _todos(first.read_bytes()).values()]
    assert uids == [str(todo["UID"]) for todo in _todos(second.read_bytes()).values()]
    assert len(set(uids)) == 2


def test_a_dash_writes_to_standard_output_at_the_time_asked(
    folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert _export(folder, "--out", "-", "--remind-at", "7:30") == 0
    todos = _todos(capsysbinary.readouterr().out)
    due = todos["Follow up with Anna: Say thank you"]["DUE"].dt
    assert due == datetime(2025, 3, 30, 5, 30, tzinfo=UTC)


def test_an_empty_queue_is_still_a_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "none.ics"
    assert _export(tmp_path / "empty", "--out", str(target)) == 0
    assert capsys.readouterr().out == f"Wrote 0 follow-ups to {target}.\n"
    assert _todos(target.read_bytes()) == {}


def test_a_place_that_cannot_be_written_is_one_sentence(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = folder.parent / "no such folder" / "f.ics"
    assert _export(folder, "--out", str(target)) == 2
    assert capsys.readouterr().err == (
        f"cardkeeper: {target} could not be written: no such file or directory.\n"
    )
    assert not target.parent.exists()


def test_a_time_that_is_not_one_is_refused(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(folder, "--out", "-", "--remind-at", "25:00") == 2
    assert capsys.readouterr().err == (
        "cardkeeper: “25:00” is not a time of day: write it as HH:MM.\n"
    )


def test_only_known_formats_are_offered(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "--format", "pdf", "--out", "x", "--data-dir", str(folder)])
    assert exited.value.code == 2
    assert "invalid choice: 'pdf' (choose from 'ics', 'vcf', 'vcf3', 'csv-google'" in (
        capsys.readouterr().err
    )


# Contacts ------------------------------------------------------------------------------------


def _contacts_export(folder: Path, *args: str) -> int:
    return main(["export", *args, "--data-dir", str(folder)])


@pytest.mark.parametrize("fmt", ["vcf", "vcf3"])
def test_contacts_go_out_as_vcard_without_the_trash(
    folder: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    target = folder.parent / "contacts.vcf"
    assert _contacts_export(folder, "--format", fmt, "--out", str(target)) == 0
    assert capsys.readouterr().out == f"Wrote 2 contacts to {target}.\n"
    entries = vcf_to_contacts(target.read_bytes())
    assert [e.contact.given_name for e in entries if e.contact] == ["Anna", "Ben"]
    version = "4.0" if fmt == "vcf" else "3.0"
    assert f"VERSION:{version}\r\n".encode() in target.read_bytes()


@pytest.mark.parametrize(
    ("fmt", "first_column"), [("csv-google", "First Name"), ("csv-outlook", "First Name")]
)
def test_contacts_go_out_as_the_csv_google_and_outlook_import(
    folder: Path, fmt: str, first_column: str
) -> None:
    target = folder.parent / "contacts.csv"
    assert _contacts_export(folder, "--format", fmt, "--out", str(target)) == 0
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert first_column in rows[0]
    assert len(rows) == 3


def test_an_events_contacts_and_chosen_ids_go_to_standard_output(
    folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    with open_library(folder) as library:
        contacts = Contacts(library)
        fair = Events(library).get_or_create("Web Summit")
        dana = contacts.save_new_contact(Contact(given_name="Dana", event_id=fair.id))
        eve = contacts.save_new_contact(Contact(given_name="Eve", event_id=fair.id))
    assert _contacts_export(folder, "--format", "vcf", "--out", "-", "--event", "web summit") == 0
    out = capsysbinary.readouterr().out
    assert [e.contact.given_name for e in vcf_to_contacts(out) if e.contact] == ["Dana", "Eve"]
    assert _contacts_export(folder, "--format", "vcf", "--out", "-", "--ids", f"{eve}, 1") == 0
    out = capsysbinary.readouterr().out
    assert [e.contact.given_name for e in vcf_to_contacts(out) if e.contact] == ["Anna", "Eve"]
    assert dana != eve


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (
            ["--format", "vcf", "--event", "Nowhere"],
            "There is no event called “Nowhere” in the library.",
        ),
        (
            ["--format", "vcf", "--ids", "3,x"],
            "“3,x” is not a list of contact ids: write them as 3,7,12.",
        ),
        (
            ["--format", "vcf", "--ids", "3"],
            "Contact #3 is not in the library: check the ids and try again.",
        ),
        (
            ["--format", "csv-google", "--photos"],
            "Only a vCard has room for photos: use --format vcf or vcf3.",
        ),
        (
            ["--format", "ics", "--event", "Fair"],
            "--event, --ids and --photos choose contacts: use them with vcf or csv.",
        ),
    ],
)
def test_a_choice_that_names_no_contacts_is_one_sentence(
    folder: Path, capsys: pytest.CaptureFixture[str], args: list[str], sentence: str
) -> None:
    target = folder.parent / "never.vcf"
    assert _contacts_export(folder, *args, "--out", str(target)) == 2
    assert capsys.readouterr().err == f"cardkeeper: {sentence}\n"
    assert not target.exists()


def test_a_killed_export_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    lib, out = tmp_path / "lib", tmp_path / "usb" / "contacts.vcf"
    out.parent.mkdir()
    with open_library(lib) as library:  # a 100 MB file, written long enough to be caught at it
        contacts = Contacts(library)
        for n in range(1000):
            contacts.save_new_contact(Contact(given_name=f"P{n}", notes="n" * 100_000))
    partial = out.with_name(".contacts.vcf.partial")
    _killed_while(
        ["--data-dir", str(lib), "export", "--format", "vcf", "--out", str(out)],
        lambda: partial.is_file() and partial.stat().st_size > 0,
    )
    assert partial.exists(), "killed as it wrote"

    assert _cardkeeper("--data-dir", str(lib), "followups").returncode == 0

    assert list(out.parent.iterdir()) == []
    assert _leftovers(lib) == []
