"""Cards in other scripts: fields read with the card's own script against the Latin-only
reading, and the time of Latin cards with and without the script check, in one run.

1. Generated cards in Japanese, Chinese (simplified, traditional), Korean, Russian and
   Greek (``tools.cardgen.script_cards``), half flat scans, half desk photos, are read
   automatically (the script chosen per card) and with the Latin model alone (today's
   reading, the baseline); name, company, emails and phones F1 per script
   (``bench.scoring``) against the targets.
2. Generated Latin desk photos are read both ways, one after the other per photo; the
   median time per card of each and their ratio (the automatic reading checks each card's
   script, the Latin-only one does not).

    python -m bench.scripts [--out bench/out] [--seed 5] [--per-script 6] [--latin 8]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

from bench.accuracy import ensure_cards
from bench.scoring import Score, score_card
from cardkeeper.reading.json_contract import reading_to_json
from cardkeeper.reading.pipeline import ReadingOptions, read_card
from cardkeeper.reading.tesseract import default_languages, find_tesseract
from tools.cardgen.script_cards import SCRIPT_CODES, script_sample

FIELDS = ("name", "company", "emails", "phones")
TARGETS = {"name": 0.85, "company": 0.85, "emails": 0.95, "phones": 0.95}
KINDS = ("scan", "desk")
ROUNDS = 3


def make_cards(folder: Path, seed: int, per_script: int) -> list[tuple[str, Path, dict[str, Any]]]:
    """Write ``per_script`` cards of each script (scans and desk photos in turn)."""
    folder.mkdir(parents=True, exist_ok=True)
    cards = []
    for code in SCRIPT_CODES:
        for index in range(per_script):
            kind = KINDS[index % len(KINDS)]
            photo, truth = script_sample(seed * 1000 + index, code, kind)
            path = folder / f"{code}-{index:02d}-{kind}.{'jpg' if photo.jpeg else 'png'}"
            if photo.jpeg:
                path.write_bytes(photo.jpeg)
            else:
                photo.image.save(path)
            cards.append((code, path, truth.to_dict()))
    return cards


def read_scored(
    cards: list[tuple[str, Path, dict[str, Any]]], options: ReadingOptions
) -> tuple[dict[str, Score], list[float]]:
    scores = {code: Score() for code in SCRIPT_CODES}
    seconds = []
    for code, path, truth in cards:
        start = time.perf_counter()
        reading = read_card(path, options)
        seconds.append(time.perf_counter() - start)
        score_card(scores[code], truth, reading_to_json(str(path), reading.fields))
    return scores, seconds


def latin_seconds(
    photos: list[Path], automatic: ReadingOptions, latin: ReadingOptions
) -> tuple[float, float, float]:
    """Median seconds per Latin photo read automatically and with Latin alone (each photo's
    fastest of ``ROUNDS``), and the ratio of their totals; the two ways alternate per photo
    so that a busy moment of the machine weighs on both alike."""
    auto_times, latin_times = [], []
    for photo in photos:
        rounds: dict[str, list[float]] = {"auto": [], "latin": []}
        for _ in range(ROUNDS):
            for options, key in ((latin, "latin"), (automatic, "auto")):
                start = time.perf_counter()
                read_card(photo, options)
                rounds[key].append(time.perf_counter() - start)
        auto_times.append(min(rounds["auto"]))
        latin_times.append(min(rounds["latin"]))
    ratio = sum(auto_times) / sum(latin_times)
    return statistics.median(auto_times), statistics.median(latin_times), ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--per-script", type=int, default=6)
    parser.add_argument("--latin", type=int, default=8)
    args = parser.parse_args()
    # The Latin set first: it is made in worker processes, started before any reading.
    folder = args.out / f"script-latin-{args.seed}"
    latin_desk = {"scan": 0, "desk": args.latin, "turned": 0, "hard": 0}
    photos = [folder / entry["file"] for entry in ensure_cards(folder, args.seed, latin_desk)]
    info = find_tesseract()
    automatic = ReadingOptions()
    latin = ReadingOptions(languages=default_languages(info))
    cards = make_cards(args.out / f"script-cards-{args.seed}", args.seed, args.per_script)
    ours, our_seconds = read_scored(cards, automatic)
    base, base_seconds = read_scored(cards, latin)
    print(
        f"{len(cards)} generated cards ({args.per_script} per script, scans and desk photos); "
        f"ours = automatic (script per card), baseline = {latin.languages} alone"
    )
    print(f"{'script':9} " + " ".join(f"{f + ' ours/base':>20}" for f in FIELDS))
    for code in SCRIPT_CODES:
        cells = []
        for field in FIELDS:
            mine, theirs = ours[code].fields[field].f1, base[code].fields[field].f1
            mark = "" if mine >= TARGETS[field] else "*"
            cells.append(f"{mine:>9.2f}{mark:1}/{theirs:>4.2f}  ")
        print(f"{code:9} " + " ".join(f"{c:>20}" for c in cells))
    print("targets: " + ", ".join(f"{f} >= {t}" for f, t in TARGETS.items()) + " (* = under)")
    print(
        f"seconds per card, median: ours {statistics.median(our_seconds):.2f}, "
        f"baseline {statistics.median(base_seconds):.2f}"
    )
    auto_median, latin_median, ratio = latin_seconds(photos, automatic, latin)
    print(
        f"Latin desk photos ({len(photos)}, fastest of {ROUNDS} each), median seconds per "
        f"card: automatic {auto_median:.2f}, Latin alone {latin_median:.2f}; "
        f"total time ratio {ratio:.2f}"
    )


if __name__ == "__main__":
    main()
