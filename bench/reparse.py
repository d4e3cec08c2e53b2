"""Re-run only the field parsers on the OCR words kept by the last ``bench.accuracy`` run.

OCR is the slow part of a card; parsing is milliseconds. Keeping the words
lets a parser change be measured on all cards in seconds. The full
``bench.accuracy`` run stays the number that counts.

    python -m bench.reparse [--seed 7] [--lang eng] [--misses FIELD]
    python -m bench.reparse --real [--misses FIELD]   # the words kept by bench.real_cards
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from bench.accuracy import format_table, score_by_kind, verdict
from bench.real_cards import score_by_category
from bench.real_cards import verdict as real_verdict
from bench.scoring import AUTOMATIC, FIELDS, expected_values
from cardkeeper.reading.json_contract import error_to_json, reading_to_json
from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.script_choice import JAPAN_ONLY, TRADITIONAL_PLACES
from cardkeeper.reading.words import Box, Word

_SCRIPTS = (
    ("KR", re.compile(r"[\uac00-\ud7a3]")),
    ("JP", re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")),
    ("RU", re.compile(r"[\u0400-\u04ff]")),
    ("GR", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def words_from_json(rows: list[dict[str, Any]]) -> list[Word]:
    return [Word(**{**row, "box": Box(**row["box"])}) for row in rows]


def script_region(words: list[Word]) -> str:
    """The country of the script the kept words were read in, which the app parsed the card
    with (``pipeline._in_card_script``): a Latin model reads none of these letters, so they
    are there only when the card's own model read it. Chinese characters alone are Japan's
    with its postal mark or ``会社``, else Taiwan's with its domain or country code, else
    China's, as ``script_choice`` tells them (short of its reading with both models)."""
    text = " ".join(word.text for word in words)
    found = next((region for region, letters in _SCRIPTS if letters.search(text)), "")
    if found or not _HAN.search(text):
        return found
    if JAPAN_ONLY.search(text.replace(" ", "")):
        return "JP"
    return "TW" if TRADITIONAL_PLACES.search(text) else "CN"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lang", default=AUTOMATIC, help="the languages of the run kept")
    parser.add_argument("--misses", choices=FIELDS, help="list the cards this field was wrong on")
    parser.add_argument("--real", action="store_true", help="the real cards, not a seed")
    args = parser.parse_args()
    if args.real:
        folder = args.out / "real-cards"
        entries = json.loads((folder / "manifest.json").read_text())
        kept = json.loads((folder / f"words-{args.lang}.json").read_text())
    else:
        entries = json.loads((args.out / f"cards-{args.seed}" / "manifest.json").read_text())
        kept = json.loads((args.out / f"words-{args.seed}-{args.lang}.json").read_text())
    readings = []
    for entry in entries:
        rows = kept[entry["file"]]
        if rows is None:
            readings.append(error_to_json(entry["file"], "not read"))
            continue
        words = words_from_json(rows)
        fields = parse_card(words, "US", script_region(words) if args.lang == AUTOMATIC else "")
        readings.append(reading_to_json(entry["file"], fields))
    if args.real:
        by_category = score_by_category(entries, readings, native=args.lang == AUTOMATIC)
        print(format_table("CardKeeper parsers on kept OCR words", by_category))
        print("\n".join(real_verdict(by_category["all"])))
    else:
        scores = score_by_kind(entries, readings)
        print(format_table("CardKeeper parsers on kept OCR words", scores))
        print("\n".join(verdict(scores)))
    if args.misses:
        for entry, reading in zip(entries, readings, strict=True):
            native = args.real and args.lang == AUTOMATIC
            expected, got = expected_values(entry["truth"], reading, args.misses, native)
            if expected != got:
                print(
                    f"{entry['file']} {entry['truth']['locale']} {entry['truth'].get('layout')}: "
                    f"expected {sorted(expected)} got {sorted(got)}"
                )


if __name__ == "__main__":
    main()
