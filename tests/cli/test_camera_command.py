"""``cardkeeper camera``: the scanner without a window, on generated desk-camera videos."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from cardkeeper.store.events import Events
from tests.card_files import FRAMES_PER_PART, write_laid_out_frames
from tests.cli.test_scan_command import CONTRACT_KEYS
from tests.conftest import CameraVideo


def _camera(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cardkeeper", "camera", *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=600,
        check=False,
    )


def _who(truth: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    return truth["name"].casefold(), tuple(email.casefold() for email in truth["emails"])


def test_a_stack_of_20_cards_gives_20_captures_of_the_right_people(
    stack_video: CameraVideo,
) -> None:
    """Each capture is matched to the card lying there at its frame; each must be that
    person: the name or the first e-mail read as printed (both, on all but a few)."""
    result = _camera("--source", str(stack_video.path), "--json")
    assert result.returncode == 0, result.stderr
    readings = json.loads(result.stdout)
    visits = stack_video.visits
    assert len(readings) == len(visits) == 20
    both = 0
    for reading, visit in zip(readings, visits, strict=True):
        assert set(reading) == CONTRACT_KEYS | {"frame", "side"}
        assert visit["rest_start"] <= reading["frame"] <= visit["rest_end"]
        assert reading["side"] == "front" and reading["error"] is None
        name, emails = _who(visit["truth"])
        read_name = reading["name"].casefold()
        read_emails = tuple(email.casefold() for email in reading["emails"])
        assert read_name == name or (emails and read_emails[:1] == emails[:1]), reading
        both += read_name == name and read_emails == emails
    assert both >= 17


def test_saved_captures_are_contacts_for_review_with_the_event(
    hard_cases_video: CameraVideo, data_dir: Path
) -> None:
    result = _camera("--source", str(hard_cases_video.path), "--save", "--event", "Expo 2026")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("card ")]
    assert len(lines) == len(hard_cases_video.visits)
    with open_library(data_dir) as library:
        contacts = Contacts(library)
        saved = contacts.list_contacts()
        assert len(saved) == len(hard_cases_video.visits)
        assert all(contact.needs_review for contact in saved)
        assert [event.name for event in Events(library).list_events()] == ["Expo 2026"]
        assert {contact.event_id for contact in saved} == {Events(library).list_events()[0].id}
        # Each card of the hard cases is its own person (the look-alikes too), read right.
        read = [(c.display_name.casefold(), [e.casefold() for e in c.emails]) for c in saved]
        for visit in hard_cases_video.visits:
            name, emails = _who(visit["truth"])
            assert any(n == name or (emails and e[:1] == list(emails[:1])) for n, e in read), name
        details = contacts.card_details(saved[0].id)  # type: ignore[arg-type]
        assert {image.role for image in details.images} == {"flattened", "original"}


def test_a_source_that_cannot_be_opened_is_one_sentence(tmp_path: Path) -> None:
    result = _camera("--source", str(tmp_path / "nothing.avi"), "--json")
    assert result.returncode == 2
    assert (
        result.stderr.strip() == f"cardkeeper: The video {tmp_path / 'nothing.avi'} does not exist."
    )
    assert "Traceback" not in result.stderr


def test_two_cards_in_view_are_asked_for_one_at_a_time_and_both_captured(
    tmp_path: Path,
) -> None:
    frames = tmp_path / "frames"
    frames.mkdir()
    write_laid_out_frames(frames)

    result = _camera("--source", str(frames), "--json")

    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "Two cards are in view: lay one card at a time, and none is missed."
    ]
    captured = json.loads(result.stdout)
    assert len(captured) == 2  # the first card once it lay alone, then the second
    frames_seen = [int(card["source"].removeprefix("frame ")) for card in captured]
    assert FRAMES_PER_PART <= frames_seen[0] < 2 * FRAMES_PER_PART <= frames_seen[1]
