"""``cardkeeper review``: the review inbox from a terminal, on real libraries and real cards.

The first test is the whole way a terminal user goes: real card images read by
real Tesseract through ``cardkeeper import``, then ``cardkeeper review accept
--all``, then the follow-ups in ``cardkeeper followups``, each command a process
of its own.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cardkeeper.app.built_ins import MET_AT_AN_EVENT, ensure_built_ins
from cardkeeper.app.follow_through import due_after, local_date
from cardkeeper.app.merge_contacts import merge_contacts
from cardkeeper.cli import main
from cardkeeper.domain import Contact, FollowUp
from cardkeeper.store.contact_rows import count_rows
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from cardkeeper.store.events import Events
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.sequences import Sequences
from tests.card_files import write_scan
from tests.cardkeeper_command import run_cardkeeper

TODAY = local_date(datetime.now(UTC))


def test_cards_imported_from_a_terminal_get_their_follow_ups_there(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    _, first = write_scan(photos, 3)
    _, second = write_scan(photos, 5)
    library = str(tmp_path / "library")
    imported = run_cardkeeper("import", "--data-dir", library, "--event", "CES 2027", str(photos))
    assert imported.returncode == 0, imported.stderr

    listed = run_cardkeeper("review", "--json", "--data-dir", library)
    assert listed.returncode == 0, listed.stderr
    inbox = json.loads(listed.stdout)
    assert sorted(card["source"] for card in inbox) == [
        "Card read from scan-3.png",
        "Card read from scan-5.png",
    ]
    assert {card["email"] for card in inbox} == {first.emails[0], second.emails[0]}
    assert {card["event"] for card in inbox} == {"CES 2027"}

    accepted = run_cardkeeper("review", "accept", "--all", "--data-dir", library)
    assert accepted.returncode == 0, accepted.stderr
    lines = accepted.stdout.splitlines()
    assert len(lines) == 2
    with open_library(Path(library)) as opened:
        sequence = Sequences(opened).by_name(MET_AT_AN_EVENT)
        assert sequence is not None
        # Met today (the import's day), so step 1 is due its delay from today.
        due = due_after(TODAY, sequence.steps[0])
    for card, line in zip(inbox, lines, strict=True):
        assert re.fullmatch(
            rf"#{card['id']} .+: accepted; follow-up #\d+ \(step 1\) is due "
            rf"{due.isoformat()}: .+\.",
            line,
        ), line

    queue = run_cardkeeper("followups", "--json", "--data-dir", library)
    follow_ups = json.loads(queue.stdout)
    assert sorted(row["contact_id"] for row in follow_ups) == sorted(c["id"] for c in inbox)
    assert {(r["step"], r["due"], r["template"], r["event"]) for r in follow_ups} == {
        (1, due.isoformat(), "Thank you", "CES 2027")
    }
    empty = run_cardkeeper("review", "--data-dir", library)
    assert (empty.returncode, empty.stdout) == (0, "The review inbox is empty.\n")
    again = run_cardkeeper("review", "accept", "--all", "--data-dir", library)
    assert again.returncode == 2
    assert again.stderr == "cardkeeper: Nothing to accept: the review inbox is empty.\n"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    status = main(["review", *argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out.splitlines() + captured.err.splitlines()


def _card(data_dir: Path, contact: Contact, source: str = "") -> int:
    """A card waiting in the inbox; ``source`` is the line its scan logged."""
    with open_library(data_dir) as library:
        return Contacts(library).save_new_contact(contact, scanned_from=source or None)


def test_the_inbox_is_a_table_oldest_first(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    anna = _card(
        data_dir,
        Contact(full_name="Anna\nMüller", company="Elbtal GmbH", emails=["anna@elbtal.de"]),
        "Card read from IMG_0001.jpg",
    )
    ben = _card(data_dir, Contact(given_name="Ben"), "Card scanned with the camera")
    with open_library(data_dir) as library:
        Contacts(library).save_new_contact(Contact(given_name="Accepted", needs_review=False))
        gone = Contacts(library).save_new_contact(Contact(given_name="Gone"))
        Contacts(library).soft_delete([gone])

    status, lines = _run(capsys)

    assert status == 0
    heading, *rows = lines
    assert re.split(r"\s{2,}", heading) == ["ID", "ADDED", "NAME", "COMPANY", "EMAIL", "SOURCE"]
    cells = [re.split(r"\s{2,}", row.strip()) for row in rows]
    assert [row[0] for row in cells] == [str(anna), str(ben)]
    assert cells[0][2:] == [
        "Anna Müller",
        "Elbtal GmbH",
        "anna@elbtal.de",
        "Card read from IMG_0001.jpg",
    ]
    assert cells[1][2:] == ["Ben", "Card scanned with the camera"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", cells[0][1])
    assert {line.find(cell[2]) for line, cell in zip(rows, cells, strict=True)} == {
        heading.index("NAME")
    }, "the columns line up"

    status = main(["review", "--json"])
    listed = json.loads(capsys.readouterr().out)
    assert status == 0
    assert listed[0] == {
        "id": anna,
        "name": "Anna\nMüller",
        "company": "Elbtal GmbH",
        "email": "anna@elbtal.de",
        "source": "Card read from IMG_0001.jpg",
        "event": "",
        "added": listed[0]["added"],
    }
    assert datetime.fromisoformat(listed[0]["added"]).tzinfo is not None


def test_accepting_starts_the_sequence_as_the_window_does(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with open_library(data_dir) as library:
        ensure_built_ins(library)
        fair = Events(library).get_or_create("Hannover Messe")
    anna = _card(data_dir, Contact(given_name="Anna", event_id=fair.id, met_on=TODAY))
    ben = _card(data_dir, Contact(given_name="Ben"))

    status, lines = _run(capsys, "accept", str(anna))

    assert status == 0
    with open_library(data_dir) as library:
        (first,) = FollowUps(library).for_contact(anna)
        assert FollowUps(library).for_contact(ben) == []
        assert count_rows(library).needing_review == 1
        saved = Contacts(library).get_contact(anna)
    assert saved is not None and not saved.needs_review
    assert lines == [
        f"#{anna} Anna: accepted; follow-up #{first.id} (step 1) is due "
        f"{first.due.isoformat()}: {first.reason}."
    ]


def test_a_card_with_a_follow_up_already_keeps_it(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    anna = _card(data_dir, Contact(given_name="Anna"))
    with open_library(data_dir) as library:
        kept = FollowUps(library).add(FollowUp(anna, TODAY, reason="Send the slides"))

    assert _run(capsys, "accept", f"#{anna}") == (
        0,
        [f"#{anna} Anna: accepted; its follow-up already open goes on."],
    )
    with open_library(data_dir) as library:
        assert [f.id for f in FollowUps(library).for_contact(anna)] == [kept]


def test_each_card_that_cannot_be_accepted_says_why_and_the_others_are(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    anna = _card(data_dir, Contact(given_name="Anna"))
    ben = _card(data_dir, Contact(given_name="Ben"))
    cleo = _card(data_dir, Contact(given_name="Cleo", needs_review=False))
    dan = _card(data_dir, Contact(given_name="Dan"))
    with open_library(data_dir) as library:
        Contacts(library).soft_delete([ben])

    status, lines = _run(capsys, "accept", "404", str(ben), str(cleo), str(anna), str(dan), "4")

    assert status == 1
    assert lines[:3] == [
        "#404: there is no contact #404 in the library.",
        f"#{ben} Ben: not accepted: it is in the trash "
        f"(`cardkeeper review restore {ben}` brings it back).",
        f"#{cleo} Cleo: not accepted: it was accepted before and is not in the review inbox.",
    ]
    assert lines[3].startswith(f"#{anna} Anna: accepted; ")
    assert lines[4].startswith(f"#{dan} Dan: accepted; ")
    assert len(lines) == 5, "an id given twice is done once"
    with open_library(data_dir) as library:
        assert count_rows(library).needing_review == 0


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["accept"],
            "cardkeeper: Name the cards to accept by their numbers from the ID column of "
            "`cardkeeper review`, or use --all for every card in the inbox.",
        ),
        (["discard", "--all"], "cardkeeper: Nothing to discard: the review inbox is empty."),
        (["accept", "--all", "3"], "cardkeeper: Name cards by their ids or use --all, not both."),
        (
            ["discard", "1", "one"],
            "cardkeeper: “one” is not a card number: use one from the ID column.",
        ),
    ],
)
def test_nothing_to_act_on_is_one_sentence_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: list[str], said: str
) -> None:
    if argv[0] == "discard" and argv[1] == "1":
        _card(data_dir, Contact(given_name="Anna"))
    assert _run(capsys, *argv) == (2, [said])
    with open_library(data_dir) as library:
        assert count_rows(library).trash == 0


def test_discard_moves_to_the_trash_and_restore_brings_back(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    anna = _card(data_dir, Contact(given_name="Anna"))
    ben = _card(data_dir, Contact(given_name="Ben"))

    assert _run(capsys, "discard", str(anna)) == (
        0,
        [f"#{anna} Anna: moved to the trash (`cardkeeper review restore {anna}` brings it back)."],
    )
    with open_library(data_dir) as library:
        assert count_rows(library).trash == 1
    assert _inbox(capsys) == [ben]

    assert _run(capsys, "restore", str(anna), str(ben)) == (
        1,
        [
            f"#{anna} Anna: back in the review inbox.",
            f"#{ben} Ben: not restored: it is not in the trash.",
        ],
    )
    assert _inbox(capsys) == [anna, ben]


def test_a_card_merged_into_another_is_not_restored_alone(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    kept = _card(data_dir, Contact(given_name="Anna", needs_review=False))
    card = _card(data_dir, Contact(given_name="Anna", title="CTO"))
    with open_library(data_dir) as library:
        merge_contacts(library, kept, card)

    assert _run(capsys, "restore", str(card)) == (
        1,
        [
            f"#{card} Anna: not restored: it was merged into #{kept}; "
            "undo the merge in the window to have it back."
        ],
    )


def _inbox(capsys: pytest.CaptureFixture[str]) -> list[int]:
    """The ids ``cardkeeper review --json`` lists."""
    assert main(["review", "--json"]) == 0
    return [row["id"] for row in json.loads(capsys.readouterr().out)]


def test_accepting_all_goes_on_when_the_output_is_cut_short(tmp_path: Path) -> None:
    """``cardkeeper review accept --all | head -1``: every card is still accepted, and no
    "unexpected problem" is reported for the closed pipe."""
    library = tmp_path / "library"
    with open_library(library) as opened:
        ensure_built_ins(opened)
        for n in range(800):  # their lines fill more than the pipe holds (64 KiB)
            Contacts(opened).save_new_contact(
                Contact(given_name=f"Person{n}", family_name="Test", emails=[f"p{n}@example.org"])
            )
    command = [sys.executable, "-m", "cardkeeper", "review", "accept", "--all"]
    process = subprocess.Popen(
        [*command, "--data-dir", str(library)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # as `head -1` does once it has its line
    errors = process.stderr.read()
    assert process.wait(timeout=120) == 0, errors
    assert first.startswith("#1 Person0 Test: accepted")
    assert "unexpected problem" not in errors
    listed = run_cardkeeper("review", "--json", "--data-dir", str(library))
    assert json.loads(listed.stdout) == []
