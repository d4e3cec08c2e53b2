"""``cardkeeper scan --json``: the DESIGN.md contract, on real images with real Tesseract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.card_files import (
    write_desk_photo,
    write_overlapping_sheet,
    write_postal_scan,
    write_scan,
    write_sheet,
)

CONTRACT_KEYS = {
    "source",
    "name",
    "given_name",
    "family_name",
    "name_reading",
    "title",
    "company",
    "emails",
    "phones",
    "websites",
    "address",
    "address_parts",
    "confidence",
    "error",
}


def _scan(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cardkeeper", "scan", "--json", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=os.environ.copy(),
        timeout=180,
        check=False,
    )


def test_batch_goes_on_past_bad_files_in_order(tmp_path: Path) -> None:
    _, truth = write_scan(tmp_path, 3, "good.png")
    (tmp_path / "notes.txt").write_text("call Anna about the demo\n")
    (tmp_path / "empty.jpg").write_bytes(b"")
    good = (tmp_path / "good.png").read_bytes()
    (tmp_path / "cut.png").write_bytes(good[: len(good) // 3])

    result = _scan("good.png", "notes.txt", "empty.jpg", "missing.png", "cut.png", cwd=tmp_path)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    readings = json.loads(result.stdout)
    assert [r["source"] for r in readings] == [
        "good.png",
        "notes.txt",
        "empty.jpg",
        "missing.png",
        "cut.png",
    ]
    for reading in readings:
        assert set(reading) == CONTRACT_KEYS
    assert readings[0]["error"] is None
    assert readings[0]["emails"] == truth.emails
    for bad in readings[1:]:
        assert bad["error"], bad
        assert "\n" not in bad["error"]
        assert bad["error"].endswith(".")
        assert bad["emails"] == [] and bad["name"] == ""


def test_desk_photo_is_read_into_the_contract_shape(tmp_path: Path) -> None:
    path, truth = write_desk_photo(tmp_path, 21)
    result = _scan(path.name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    (reading,) = json.loads(result.stdout)
    assert reading["error"] is None
    assert reading["emails"] == truth.emails
    assert {p["number"] for p in reading["phones"]} == {p.e164 for p in truth.phones}
    assert all(p["kind"] in {"work", "mobile", "fax", "other"} for p in reading["phones"])
    assert (reading["given_name"], reading["family_name"]) == (truth.given_name, truth.family_name)
    assert 0 < reading["confidence"]["emails"] <= 1


def test_the_address_comes_in_parts_beside_the_printed_text(tmp_path: Path) -> None:
    path, truth = write_postal_scan(tmp_path, "IT", 1003)
    result = _scan(path.name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (reading,) = json.loads(result.stdout)
    assert reading["address"] == truth.address
    assert reading["address_parts"] == truth.address_parts


def test_missing_tesseract_is_one_sentence_with_the_install_command(tmp_path: Path) -> None:
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "CardKeeper"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"tesseract_cmd": "/nowhere/tesseract"}))
    path, _ = write_scan(tmp_path, 3)
    result = _scan(path.name, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    message = result.stderr.strip()
    assert message.count("\n") == 0
    assert "apt install tesseract-ocr" in message


def test_a_photo_of_several_cards_gives_one_numbered_object_per_card(tmp_path: Path) -> None:
    sheet, truths = write_sheet(tmp_path, 2, 3)
    single, truth = write_scan(tmp_path, 3)

    result = _scan(sheet.name, single.name, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    readings = json.loads(result.stdout)
    assert [(r["source"], r.get("card")) for r in readings] == [
        (sheet.name, 1),
        (sheet.name, 2),
        (sheet.name, 3),
        (single.name, None),
    ]
    assert all(set(r) == CONTRACT_KEYS | {"card"} for r in readings[:3])
    assert set(readings[3]) == CONTRACT_KEYS
    assert [r["emails"] for r in readings] == [t.emails for t in [*truths, truth]]


def test_cards_not_told_apart_get_their_own_object_with_a_sentence(tmp_path: Path) -> None:
    sheet, _ = write_overlapping_sheet(tmp_path, 12, 4)

    result = _scan(sheet.name, cwd=tmp_path)

    assert result.returncode == 1
    readings = json.loads(result.stdout)
    assert [r["card"] for r in readings] == [1, 2, 3]
    assert "could not be told apart" in readings[0]["error"]
    assert readings[0]["name"] == "" and readings[0]["emails"] == []
    assert [r["error"] for r in readings[1:]] == [None, None]
