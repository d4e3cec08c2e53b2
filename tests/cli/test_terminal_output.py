"""Contact data with terminal escapes in it is shown escaped, never obeyed, by every command.

A hostile vCard or card names someone ``ESC]0;…`` (retitles the terminal),
``ESC[31m`` (recolours it), ``ESC]52;c;…`` (writes the clipboard), the C1
``\\x9b`` (a UTF-8 terminal's CSI) or a CR/LF that splits a line in two. The
real ``cardkeeper`` command runs in a subprocess on a real library.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.domain import Contact, FollowUp
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.terminal import json_shown, shown
from tests.cardkeeper_command import run_cardkeeper

TITLE = "\x1b]0;pwned\x07"
RED = "\x1b[31m"
CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4=\x07"
CSI = "\x9b2J"
HOSTILE_NAME = f"Eve{TITLE}{RED}Red{CLIPBOARD}{CSI}"
RAW_CONTROLS = ("\x1b", "\x07", "\x9b", "\r")


def _assert_escaped(text: str) -> None:
    for control in RAW_CONTROLS:
        assert control not in text
    assert "\\x1b]0;pwned\\x07" in text
    assert "\\x1b]52;c;cm0gLXJmIH4=\\x07" in text
    assert "\\x9b2J" in text


@pytest.fixture
def library_with_eve(tmp_path: Path) -> Path:
    """A library holding the hostile contact, with an open follow-up and a company of escapes."""
    folder = tmp_path / "library"
    with open_library(folder) as library:
        ensure_built_ins(library)
        contact_id = Contacts(library).save_new_contact(
            Contact(
                given_name=HOSTILE_NAME,
                family_name="Red",
                company=f"Evil{RED}Corp\r\nforged line",
                emails=["eve@example.com"],
                needs_review=False,
            )
        )
        FollowUps(library).add(
            FollowUp(contact_id, date(2020, 1, 1), reason=f"Send {CLIPBOARD} the slides")
        )
    return folder


def test_import_shows_escapes_and_keeps_one_line_per_entry(tmp_path: Path) -> None:
    vcf = tmp_path / "eve.vcf"
    vcf.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:{HOSTILE_NAME}\\r\\nInjected: line\r\n"
        "N:Red;Eve;;;\r\nEMAIL:eve@example.com\r\nEND:VCARD\r\n",
        encoding="utf-8",
        newline="",
    )
    result = run_cardkeeper("import", str(vcf), "--data-dir", str(tmp_path / "library"))
    assert result.returncode == 0, result.stderr
    _assert_escaped(result.stdout)
    lines = result.stdout.splitlines()
    assert len(lines) == 2  # the entry and the summary: the name's line break split nothing
    assert all(line.startswith(f"{vcf}: ") for line in lines)


def test_draft_shows_escapes_and_keeps_the_body_lines(library_with_eve: Path) -> None:
    result = run_cardkeeper(
        "draft", "eve@example.com", "--template", "thank you", "--data-dir", str(library_with_eve)
    )
    assert result.returncode == 0, result.stderr
    _assert_escaped(result.stdout)
    assert result.stdout.startswith("To: Eve\\x1b]0;pwned")
    assert "\n\nHi Eve\\x1b]0;pwned" in result.stdout  # the body's own line breaks stay


def test_an_error_naming_contacts_shows_escapes(library_with_eve: Path) -> None:
    with open_library(library_with_eve) as library:
        Contacts(library).save_new_contact(Contact(given_name=HOSTILE_NAME, needs_review=False))
    result = run_cardkeeper("draft", "Eve", "--data-dir", str(library_with_eve))
    assert result.returncode == 2
    assert "matches 2 contacts" in result.stderr
    _assert_escaped(result.stderr)


def test_verbose_log_lines_show_escapes(library_with_eve: Path) -> None:
    with open_library(library_with_eve) as library:
        Contacts(library).save_new_contact(Contact(given_name=HOSTILE_NAME, needs_review=False))
    result = run_cardkeeper("--verbose", "draft", "Eve", "--data-dir", str(library_with_eve))
    assert result.returncode == 2
    assert "Command draft failed:" in result.stderr
    _assert_escaped(result.stderr)


def test_followups_table_and_json_show_escapes(library_with_eve: Path) -> None:
    table = run_cardkeeper("followups", "--data-dir", str(library_with_eve))
    assert table.returncode == 0, table.stderr
    _assert_escaped(table.stdout)
    assert len(table.stdout.splitlines()) == 2  # the headings and Eve's one row
    as_json = run_cardkeeper("followups", "--json", "--data-dir", str(library_with_eve))
    assert as_json.returncode == 0, as_json.stderr
    for control in RAW_CONTROLS:
        assert control not in as_json.stdout
    (item,) = json.loads(as_json.stdout)
    assert item["name"].startswith(HOSTILE_NAME)  # the data itself is whole
    assert item["reason"] == f"Send {CLIPBOARD} the slides"


def test_followups_done_names_the_contact_escaped(library_with_eve: Path) -> None:
    result = run_cardkeeper("followups", "done", "1", "--data-dir", str(library_with_eve))
    assert result.returncode == 0, result.stderr
    _assert_escaped(result.stdout)


def test_review_inbox_and_accept_show_escapes(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    with open_library(folder) as library:
        Contacts(library).save_new_contact(
            Contact(given_name=HOSTILE_NAME, company=f"Evil{RED}Corp\r\nforged line"),
            scanned_from=f"Card read from {TITLE}.jpg",
        )
    table = run_cardkeeper("review", "--data-dir", str(folder))
    assert table.returncode == 0, table.stderr
    _assert_escaped(table.stdout)
    assert len(table.stdout.splitlines()) == 2  # the headings and Eve's one row
    as_json = run_cardkeeper("review", "--json", "--data-dir", str(folder))
    for control in RAW_CONTROLS:
        assert control not in as_json.stdout
    (card,) = json.loads(as_json.stdout)
    assert (card["name"], card["source"]) == (HOSTILE_NAME, f"Card read from {TITLE}.jpg")
    accepted = run_cardkeeper("review", "accept", "--all", "--data-dir", str(folder))
    assert accepted.returncode == 0, accepted.stderr
    _assert_escaped(accepted.stdout)
    assert len(accepted.stdout.splitlines()) == 1


def test_export_to_a_terminal_shows_escapes_and_to_a_pipe_is_exact(
    library_with_eve: Path, tmp_path: Path
) -> None:
    args = ["export", "--format", "vcf", "--out", "-", "--data-dir", str(library_with_eve)]
    piped = subprocess.run(
        [sys.executable, "-m", "cardkeeper", *args], capture_output=True, timeout=120, check=True
    )
    assert b"FN:Eve\x1b]0" in piped.stdout  # a program reading the pipe gets the data as it is
    written = tmp_path / "eve.vcf"
    run_cardkeeper(*args[:4], str(written), *args[5:])
    assert piped.stdout == written.read_bytes()
    controller, terminal = pty.openpty()
    try:
        shown_run = subprocess.run(
            [sys.executable, "-m", "cardkeeper", *args],
            stdout=terminal,
            stderr=subprocess.PIPE,
            timeout=120,
            check=True,
        )
        os.close(terminal)
        terminal = -1
        out = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal's other end is closed: all was read
                break
            if not chunk:
                break
            out += chunk
    finally:
        os.close(controller)
        if terminal != -1:
            os.close(terminal)
    assert shown_run.returncode == 0
    text = out.decode("utf-8").replace("\r\n", "\n")  # the terminal's own line ends
    assert not any(control in text for control in RAW_CONTROLS)
    assert "BEGIN:VCARD\nVERSION:4.0\nFN:Eve\\x1b]0" in text


def test_shown_escapes_every_control_and_keeps_the_rest() -> None:
    kept = "Zoë Ñ 李 \u00a0😀 "  # accents, other scripts, no-break space, emoji
    assert shown(kept + "\x1b\x00\x7f\x85\u202e") == kept + "\\x1b\\x00\\x7f\\x85\\u202e"
    assert shown("a\r\nb\tc\rd", lines=True) == "a\nb\tc\\rd"
    assert shown("a\nb\tc") == "a\\nb\\tc"


def test_json_output_escapes_what_json_leaves_raw() -> None:
    data = {"name": "Eve\x9b2J\x7f\u202eX\x1b"}
    text = json_shown(json.dumps(data, ensure_ascii=False))
    assert all(control not in text for control in ("\x9b", "\x7f", "\u202e", "\x1b"))
    assert json.loads(text) == data
