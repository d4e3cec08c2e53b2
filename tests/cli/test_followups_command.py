"""``cardkeeper followups``: the queue and its actions on a real library, from a terminal.

The command reads the real clock, so the follow-ups here are made relative to
the day it is.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from cardkeeper import paths
from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.app.follow_through import local_date
from cardkeeper.app.review import accept
from cardkeeper.cli import main
from cardkeeper.domain import Contact, FollowUp, FollowUpState, Outcome
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from cardkeeper.store.events import Events
from cardkeeper.store.follow_ups import FollowUps

NOW = datetime.now(UTC)
TODAY = local_date(NOW)


def _accepted(folder: Path, contact: Contact) -> int:
    """Save and accept a card; return the id of its first follow-up."""
    with open_library(folder) as library:
        ensure_built_ins(library)
        contact_id = Contacts(library).save_new_contact(contact)
        saved = Contacts(library).get_contact(contact_id)
        assert saved is not None
        scheduled = accept(library, saved, today=TODAY, now=NOW)
        assert scheduled is not None and scheduled.id is not None
        return scheduled.id


def _added(folder: Path, contact: Contact, due: date) -> int:
    with open_library(folder) as library:
        contact_id = Contacts(library).save_new_contact(contact)
        return FollowUps(library).add(FollowUp(contact_id, due, reason="Send the slides"))


def _follow_up(folder: Path, follow_up_id: int) -> FollowUp:
    with open_library(folder) as library:
        found = FollowUps(library).get(follow_up_id)
    assert found is not None
    return found


def _queue(folder: Path) -> list[tuple[date, str]]:
    with open_library(folder) as library:
        return [(item.follow_up.due, item.contact_name) for item in FollowUps(library).open_items()]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    status = main(["followups", *argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out.splitlines()


@pytest.fixture
def queue(data_dir: Path) -> dict[str, int]:
    """Four follow-ups: two days late, today, in three days, in ten days."""
    with open_library(data_dir) as library:
        fair = Events(library).get_or_create("Hannover Messe")
    return {
        "late": _added(
            data_dir, Contact(full_name="Ben\nOde", company="Ode & Co"), TODAY - timedelta(days=2)
        ),
        "today": _accepted(
            data_dir,
            Contact(
                given_name="Anna",
                family_name="Müller",
                company="Elbtal GmbH",
                emails=["anna@elbtal.de"],
                event_id=fair.id,
                met_on=TODAY - timedelta(days=1),
                interested_in="cold-chain tracking",
            ),
        ),
        "soon": _added(data_dir, Contact(given_name="Cleo"), TODAY + timedelta(days=3)),
        "later": _added(data_dir, Contact(given_name="Dan"), TODAY + timedelta(days=10)),
    }


def test_an_empty_queue_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys) == (0, ["No follow-ups are open."])
    assert _run(capsys, "--due") == (0, ["Nothing is due today."])
    assert _run(capsys, "--json") == (0, ["[]"])


def test_the_queue_is_a_table_by_due_day(
    capsys: pytest.CaptureFixture[str], queue: dict[str, int]
) -> None:
    status, lines = _run(capsys)

    assert status == 0
    heading, *rows = lines
    assert _cells(heading) == ["ID", "DUE", "WHEN", "NAME", "COMPANY", "STEP", "REASON"]
    reason = _follow_up_reason(queue["today"])
    assert [_cells(row) for row in rows] == [
        [
            str(queue["late"]),
            _day(-2),
            "2 days late",
            "Ben Ode",
            "Ode & Co",
            "-",
            "Send the slides",
        ],
        [str(queue["today"]), _day(0), "today", "Anna Müller", "Elbtal GmbH", "1 of 3", reason],
        [str(queue["soon"]), _day(3), "in 3 days", "Cleo", "-", "Send the slides"],
        [str(queue["later"]), _day(10), "in 10 days", "Dan", "-", "Send the slides"],
    ]
    columns = {line.index(_cells(line)[2]) for line in lines}
    assert len(columns) == 1, "the columns line up"

    status, due = _run(capsys, "--due")
    assert (status, due) == (0, lines[:3])


def _cells(line: str) -> list[str]:
    return re.split(r"\s{2,}", line.strip())


def _day(days_from_today: int) -> str:
    return (TODAY + timedelta(days=days_from_today)).isoformat()


def _follow_up_reason(follow_up_id: int) -> str:
    with open_library(paths.data_dir()) as library:
        found = FollowUps(library).get(follow_up_id)
    assert found is not None and found.reason
    return found.reason


def test_the_queue_as_json(capsys: pytest.CaptureFixture[str], queue: dict[str, int]) -> None:
    status = main(["followups", "--json", "--due"])
    rows = json.loads(capsys.readouterr().out)
    assert status == 0
    assert [row["id"] for row in rows] == [queue["late"], queue["today"]]
    late, today = rows
    assert (late["name"], late["section"], late["days_late"], late["steps"]) == (
        "Ben\nOde",
        "overdue",
        2,
        0,
    )
    assert today == {
        "id": queue["today"],
        "contact_id": today["contact_id"],
        "name": "Anna Müller",
        "company": "Elbtal GmbH",
        "email": "anna@elbtal.de",
        "event": "Hannover Messe",
        "met_on": (TODAY - timedelta(days=1)).isoformat(),
        "interested_in": "cold-chain tracking",
        "due": TODAY.isoformat(),
        "section": "today",
        "days_late": 0,
        "state": "pending",
        "channel": "email",
        "step": 1,
        "steps": 3,
        "sequence": "Met at an event",
        "reason": today["reason"],
        "template": "Thank you",
    }
    assert today["reason"]


def test_done_moves_each_sequence_on_and_says_what_is_next(
    capsys: pytest.CaptureFixture[str], data_dir: Path, queue: dict[str, int]
) -> None:
    status, lines = _run(capsys, "done", str(queue["today"]), f"#{queue['late']}")

    assert status == 0
    assert len(lines) == 2
    next_due = (TODAY + timedelta(days=6)).isoformat()
    assert lines[0].startswith(f"#{queue['today']} Anna Müller: done; next is #")
    assert lines[0].endswith(f", step 2, due {next_due}.")
    assert lines[1] == f"#{queue['late']} Ben Ode: done; that was the last step."
    assert _follow_up(data_dir, queue["today"]).state == FollowUpState.DONE
    assert (TODAY + timedelta(days=6), "Anna Müller") in _queue(data_dir)


def test_skip_snooze_replied_and_not_interested(
    capsys: pytest.CaptureFixture[str], data_dir: Path, queue: dict[str, int]
) -> None:
    until = TODAY + timedelta(days=4)
    assert _run(capsys, "snooze", str(queue["late"]), "--until", until.isoformat()) == (
        0,
        [f"#{queue['late']} Ben Ode: snoozed until {until.isoformat()}."],
    )
    assert _run(capsys, "snooze", "--days", "2", str(queue["soon"])) == (
        0,
        [f"#{queue['soon']} Cleo: snoozed until {(TODAY + timedelta(days=2)).isoformat()}."],
    )
    status, skipped = _run(capsys, "skip", str(queue["today"]))
    assert status == 0 and skipped[0].startswith(f"#{queue['today']} Anna Müller: skipped; next")
    assert _run(capsys, "replied", str(queue["later"])) == (
        0,
        [f"#{queue['later']} Dan: replied; the sequence has ended."],
    )
    assert _run(capsys, "not-interested", str(queue["late"])) == (
        0,
        [f"#{queue['late']} Ben Ode: not interested; the sequence has ended."],
    )

    assert _follow_up(data_dir, queue["soon"]).due == TODAY + timedelta(days=2)
    assert _follow_up(data_dir, queue["today"]).state == FollowUpState.SKIPPED
    assert _follow_up(data_dir, queue["later"]).outcome == Outcome.REPLIED
    assert _follow_up(data_dir, queue["late"]).outcome == Outcome.NOT_INTERESTED
    assert [name for _, name in _queue(data_dir)] == ["Cleo", "Anna Müller"]


def test_a_bad_id_gets_its_sentence_and_the_others_are_still_done(
    capsys: pytest.CaptureFixture[str], data_dir: Path, queue: dict[str, int]
) -> None:
    with open_library(data_dir) as library:
        Contacts(library).soft_delete([_follow_up(data_dir, queue["soon"]).contact_id])

    status, lines = _run(
        capsys, "done", str(queue["late"]), "404", "abc", str(queue["soon"]), str(queue["late"])
    )

    assert status == 1
    assert lines == [
        f"#{queue['late']} Ben Ode: done; that was the last step.",
        "There is no follow-up #404 in the library.",
        "“abc” is not a follow-up number: use one from the ID column.",
        f"Follow-up #{queue['soon']} is for Cleo in the trash: restore the contact first.",
        f"Follow-up #{queue['late']} was already done, so nothing changed.",
    ]
    assert _follow_up(data_dir, queue["soon"]).state == FollowUpState.PENDING


def test_snoozing_to_the_past_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, queue: dict[str, int]
) -> None:
    before = _queue(data_dir)
    assert _run(capsys, "snooze", str(queue["late"]), "--until", TODAY.isoformat()) == (
        1,
        ["Pick a day after today to snooze to."],
    )
    assert _run(capsys, "snooze", str(queue["late"]), "--days", "0") == (
        1,
        ["Pick a day after today to snooze to."],
    )
    assert _queue(data_dir) == before


def test_a_date_that_is_no_date_is_one_sentence(
    capsys: pytest.CaptureFixture[str], queue: dict[str, int]
) -> None:
    assert main(["followups", "snooze", str(queue["late"]), "--until", "17.05.2024"]) == 2
    assert capsys.readouterr().err == (
        "cardkeeper: “17.05.2024” is not a date: write it as YYYY-MM-DD.\n"
    )


def test_another_library_folder_is_used_wherever_data_dir_is_typed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    other = tmp_path / "other"
    follow_up_id = _added(other, Contact(given_name="Eve"), TODAY)

    for argv in (
        ["--data-dir", str(other), "followups"],
        ["followups", "--data-dir", str(other)],
    ):
        assert main(argv) == 0
        assert "Eve" in capsys.readouterr().out
    assert main(["followups", "done", str(follow_up_id), "--data-dir", str(other)]) == 0
    assert capsys.readouterr().out == f"#{follow_up_id} Eve: done; that was the last step.\n"
    assert not (data_dir / "library.sqlite3").exists() or _queue(data_dir) == []
