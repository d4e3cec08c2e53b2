"""Accuracy of CardKeeper's reading against the naive baseline: real cards, then generated.

First the real development set (``bench.real_cards``: photos and scans of real
cards labelled by hand), then a generated set with known truth (made or reused):
every image is read with our pipeline and with the baseline in the same run, and
per-field precision / recall / F1 are printed by kind of image and by category,
plus the share of cards whose four key fields (name, company, emails, phones)
are all right.

    python -m bench.accuracy [--out bench/out] [--seed 7] [--lang eng] [--no-real] [--no-wide]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench.baseline import read_baseline
from bench.scoring import FIELDS, Score, language_tag, merged, score_card
from cardkeeper.app.read_cards import ReadOutcome, read_many
from cardkeeper.reading.json_contract import error_to_json, reading_to_json
from cardkeeper.reading.pipeline import ReadingOptions

KINDS = ("scan", "desk", "turned", "hard")
TARGETS = {
    "name": 0.95,
    "title": 0.90,
    "company": 0.90,
    "emails": 0.97,
    "phones": 0.95,
    "websites": 0.97,
}
KEY_TARGET = 0.80
EVERY_KIND_KEY_TARGET = 0.85


def ensure_cards(folder: Path, seed: int, counts: dict[str, int]) -> list[dict[str, Any]]:
    from tools.cardgen.dataset import generate

    manifest = folder / "manifest.json"
    stamp = {"seed": seed, "counts": counts}
    stamp_file = folder / "generated-with.json"
    if not (
        manifest.exists() and stamp_file.exists() and json.loads(stamp_file.read_text()) == stamp
    ):
        generate(folder, counts=counts, seed=seed)
        stamp_file.write_text(json.dumps(stamp))
    entries: list[dict[str, Any]] = json.loads(manifest.read_text())
    return entries


def run_ours(
    folder: Path, entries: list[dict[str, Any]], options: ReadingOptions, words_file: Path
) -> list[dict[str, Any]]:
    """Read every card; keep each card's OCR words so ``bench.reparse`` can re-run the parsers."""
    paths = [folder / e["file"] for e in entries]
    results = []
    words: dict[str, list[dict[str, Any]] | None] = {}
    first: dict[Path, ReadOutcome] = {}
    for read in read_many(paths, options, jobs=2):
        # Each photo here is of one card; one read as several is scored by its first card.
        first.setdefault(read.path, read)
    for entry, path in zip(entries, paths, strict=True):
        outcome = first[path]
        if outcome.reading is None:
            results.append(error_to_json(str(outcome.path), outcome.error or ""))
            words[entry["file"]] = None
        else:
            results.append(reading_to_json(str(outcome.path), outcome.reading.fields))
            words[entry["file"]] = [asdict(w) for w in outcome.reading.words]
    words_file.write_text(json.dumps(words))
    return results


def run_baseline(folder: Path, entries: list[dict[str, Any]], region: str) -> list[dict[str, Any]]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda e: read_baseline(folder / e["file"], region), entries))


def score_by_kind(
    entries: list[dict[str, Any]], readings: list[dict[str, Any]]
) -> dict[str, Score]:
    """Scores of the classic kinds; "all" is their sum, so it compares with earlier runs."""
    scores = {kind: Score() for kind in KINDS}
    for entry, reading in zip(entries, readings, strict=True):
        if entry["kind"] in scores:
            score_card(scores[entry["kind"]], entry["truth"], reading)
    scores["all"] = merged(scores[k] for k in KINDS)
    return scores


def score_wide(entries: list[dict[str, Any]], readings: list[dict[str, Any]]) -> dict[str, Score]:
    """Scores of the wide kinds (each, and "wide" for all of them) and of each category
    in the manifest, over every sample that has it (classic ones too)."""
    scores: dict[str, Score] = {}
    for entry, reading in zip(entries, readings, strict=True):
        wide = [] if entry["kind"] in KINDS else [entry["kind"], "wide"]
        for group in (*wide, *(f"cat:{c}" for c in entry.get("categories", []))):
            score_card(scores.setdefault(group, Score()), entry["truth"], reading)
    return scores


def format_table(
    title: str, scores: dict[str, Score], columns: Sequence[str] = (), *, brief: bool = False
) -> str:
    """A Markdown table of per-field F1, a column per kind of image (or per ``columns``);
    ``brief`` leaves out precision and recall, for tables with many columns."""
    shown = [k for k in (columns or (*KINDS, "all")) if k in scores and scores[k].cards]
    header = "| field | " + " | ".join(f"{k} ({scores[k].cards})" for k in shown) + " |"
    caption = f"**{title}** — F1" + ("" if brief else " (precision / recall)")
    rows = [caption, "", header, "|---" * (len(shown) + 1) + "|"]
    for name in FIELDS:
        cells = []
        for column in shown:
            c = scores[column].fields[name]
            cells.append(
                f"{c.f1:.2f}" if brief else f"{c.f1:.3f} ({c.precision:.2f}/{c.recall:.2f})"
            )
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    rows.append(
        "| 4 key fields all right | "
        + " | ".join(f"{scores[k].key_share:.0%}" for k in shown)
        + " |"
    )
    return "\n".join(rows)


def verdict(scores: dict[str, Score]) -> list[str]:
    """Targets hold for scans (upright or turned) and desk photos; hard photos are reported only."""
    lines = []
    for kind in ("scan", "desk", "turned"):
        for name, target in TARGETS.items():
            f1 = scores[kind].fields[name].f1
            if f1 < target:
                lines.append(f"below target: {name} F1 {f1:.3f} < {target} on {kind}")
        if scores[kind].key_share < KEY_TARGET:
            share = scores[kind].key_share
            lines.append(f"below target: key fields {share:.1%} < {KEY_TARGET:.0%} on {kind}")
    return lines or ["all targets met on scans, turned scans and desk photos"]


def every_kind_verdict(entries: list[dict[str, Any]], readings: list[dict[str, Any]]) -> list[str]:
    """Issue 13's target: key fields all right on 85% of generated cards of every kind."""
    scores: dict[str, Score] = {"every kind": Score()}
    for entry, reading in zip(entries, readings, strict=True):
        for group in ("every kind", entry["kind"]):
            score_card(scores.setdefault(group, Score()), entry["truth"], reading)
    return [
        f"below target: key fields {score.key_share:.1%} < {EVERY_KIND_KEY_TARGET:.0%} on {group}"
        for group, score in scores.items()
        if score.key_share < EVERY_KIND_KEY_TARGET
    ] or [f"key fields at {EVERY_KIND_KEY_TARGET:.0%} or more on every kind"]


def real_cards(mirror: Path, out: Path, lang: str) -> list[str]:
    """The real development set's report, first: the number that counts (see bench.real_cards)."""
    from bench.real_cards import SnapshotsMissingError, measure

    try:
        return ["## Real cards", "", measure(mirror, out / "real-cards", lang)]
    except SnapshotsMissingError as missing:
        return ["## Real cards", "", f"Not measured: {missing}"]


def timed(work: Callable[[], list[dict[str, Any]]]) -> tuple[list[dict[str, Any]], float]:
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--lang",
        default="",
        help="Tesseract languages, e.g. Latin (default: the app's Automatic, which also reads a"
        " card in another script with that script's model)",
    )
    parser.add_argument("--scans", type=int, default=60)
    parser.add_argument("--desk", type=int, default=60)
    parser.add_argument("--turned", type=int, default=20)
    parser.add_argument("--hard", type=int, default=20)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument(
        "--no-wide", action="store_true", help="leave out the wide kinds (band, cut, ...)"
    )
    parser.add_argument("--no-real", action="store_true", help="leave out the real cards")
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    counts = {"scan": args.scans, "desk": args.desk, "turned": args.turned, "hard": args.hard}
    if not args.no_wide:
        from tools.cardgen.dataset import DEFAULT_COUNTS
        from tools.cardgen.wide import WIDE_KINDS

        counts |= {kind: DEFAULT_COUNTS[kind] for kind in WIDE_KINDS}
    folder = args.out / f"cards-{args.seed}"
    entries = ensure_cards(folder, args.seed, counts)
    options = ReadingOptions(languages=args.lang, default_region="US")

    report = [] if args.no_real else [*real_cards(args.mirror, args.out, args.lang), ""]
    tag = language_tag(args.lang)
    words_file = args.out / f"words-{args.seed}-{tag}.json"
    ours, ours_seconds = timed(lambda: run_ours(folder, entries, options, words_file))
    report += [
        f"## Generated cards: {len(entries)} (seed {args.seed}), languages {tag}",
        "",
        format_table(f"CardKeeper ({ours_seconds:.0f} s)", score_by_kind(entries, ours)),
    ]
    if not args.no_baseline:
        base, base_seconds = timed(lambda: run_baseline(folder, entries, "US"))
        report += [
            "",
            format_table(f"Baseline ({base_seconds:.0f} s)", score_by_kind(entries, base)),
        ]
    wide = score_wide(entries, ours)
    if wide:
        kinds = [k for k in wide if not k.startswith("cat:") and k != "wide"]
        columns = [*kinds, "wide", *sorted(k for k in wide if k.startswith("cat:"))]
        title = "CardKeeper on the wide kinds and by category"
        report += ["", format_table(title, wide, columns, brief=True)]
    report += ["", *verdict(score_by_kind(entries, ours)), *every_kind_verdict(entries, ours)]
    text = "\n".join(report)
    print(text)
    (args.out / f"accuracy-{args.seed}-{tag}.md").write_text(text + "\n")
    misses = [
        {
            "file": e["file"],
            "kind": e["kind"],
            "categories": e.get("categories", []),
            "truth": e["truth"],
            "read": r,
        }
        for e, r in zip(entries, ours, strict=True)
    ]
    (args.out / f"readings-{args.seed}-{tag}.json").write_text(
        json.dumps(misses, ensure_ascii=False, indent=1)
    )


if __name__ == "__main__":
    main()
