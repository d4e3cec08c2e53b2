"""``cardkeeper scan``: read images and print what was found, saving nothing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cardkeeper.app.read_cards import ReadOutcome, read_many
from cardkeeper.cli.reading_setup import reading_options
from cardkeeper.reading.json_contract import error_to_json, reading_to_json
from cardkeeper.terminal import json_shown, shown


def run_scan(
    images: list[Path], *, as_json: bool, languages: str | None, region: str | None
) -> int:
    """Print one result per card, image by image in the order given (a photo of several
    cards gives one per card); exit status 1 if any image, or any card in one, failed."""
    options = reading_options(languages, region)
    results = []
    failed = False
    for outcome in read_many(images, options):
        failed = failed or outcome.reading is None
        if as_json:
            results.append(_as_json(outcome))
        else:
            _print_text(outcome)
    if as_json:
        sys.stdout.write(json_shown(json.dumps(results, ensure_ascii=False, indent=2)) + "\n")
    return 1 if failed else 0


def _as_json(outcome: ReadOutcome) -> dict[str, object]:
    # The contract says "path/as/given", so the source is the argument as typed.
    source = str(outcome.path)
    if outcome.reading is None:
        return error_to_json(source, outcome.error or "", outcome.card)
    return reading_to_json(source, outcome.reading.fields, outcome.card)


def _print_text(outcome: ReadOutcome) -> None:
    where = shown(outcome.path) + (f" (card {outcome.card})" if outcome.card else "")
    if outcome.reading is None:
        print(f"{where}: {shown(outcome.error)}")
        return
    data = reading_to_json(str(outcome.path), outcome.reading.fields)
    print(f"{where}:")
    for key in ("name", "title", "company", "address"):
        if data[key]:
            print(f"  {key:<8} {shown(data[key])}")
    for email in data["emails"]:
        print(f"  email    {shown(email)}")
    for phone in data["phones"]:
        print(f"  {phone['kind']:<8} {shown(phone['number'])}")
    for site in data["websites"]:
        print(f"  web      {shown(site)}")
    for note in outcome.reading.notes:
        print(f"  note: {shown(note)}")
