"""``cardkeeper camera``: scan cards under a webcam, or from a video, without the window.

The JSON is one array, written object by object as cards are read, so a
program can follow a live camera; it is complete (closed) when the video
ends or the user presses Ctrl+C.
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from typing import Any

from cardkeeper import paths
from cardkeeper.app.camera_scan import CapturedCard, save_capture, scan_frames
from cardkeeper.cli.reading_setup import reading_options
from cardkeeper.reading.camera_frames import open_source
from cardkeeper.reading.card_tracker import TrackerSettings
from cardkeeper.reading.json_contract import error_to_json, reading_to_json
from cardkeeper.store.database import open_library
from cardkeeper.terminal import json_shown, shown


def run_camera(
    source: str,
    *,
    as_json: bool,
    save: bool,
    data_dir: str | None,
    event: str | None,
    languages: str | None,
    region: str | None,
) -> int:
    """Exit status 1 if any capture could not be read."""
    options = reading_options(languages, region)
    failed = False
    with ExitStack() as stack:
        library = stack.enter_context(open_library(paths.data_dir(data_dir))) if save else None
        frames = stack.enter_context(open_source(source))
        if as_json:
            sys.stdout.write("[")
            stack.callback(sys.stdout.write, "\n]\n")
        last_front: int | None = None
        captured = scan_frames(frames, options, TrackerSettings(), tell=_say)
        for count, card in enumerate(captured):
            failed = failed or card.reading is None
            if library is not None and card.reading is not None:
                last_front = save_capture(library, card, event, last_front)
            if as_json:
                sys.stdout.write(("," if count else "") + "\n")
                sys.stdout.write(json_shown(json.dumps(_as_json(card), ensure_ascii=False)))
                sys.stdout.flush()
            else:
                _print_text(card)
    return 1 if failed else 0


def _say(sentence: str) -> None:
    """A word to the user beside the output (two cards in view): on stderr, so that the
    JSON or the cards read on stdout stay as they are."""
    print(shown(sentence), file=sys.stderr, flush=True)


def _as_json(card: CapturedCard) -> dict[str, Any]:
    source = f"frame {card.frame_index}"
    if card.reading is None:
        data = error_to_json(source, card.error or "")
    else:
        data = reading_to_json(source, card.reading.fields)
    return {**data, "frame": card.frame_index, "side": "back" if card.back else "front"}


def _print_text(card: CapturedCard) -> None:
    head = f"card {card.number}{' (back)' if card.back else ''}, frame {card.frame_index}"
    if card.reading is None:
        print(f"{head}: {shown(card.error)}", flush=True)
        return
    data = reading_to_json("", card.reading.fields)
    details = [data["name"], data["company"], *data["emails"]]
    details += [phone["number"] for phone in data["phones"]]
    print(f"{head}: {shown(', '.join(d for d in details if d)) or 'nothing read'}", flush=True)
    for note in card.notes:
        print(f"    {shown(note)}", flush=True)
