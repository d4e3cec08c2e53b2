"""Accuracy on photos and scans of real business cards, labelled by hand.

Generated cards share the reading code's assumptions (the same fonts, layouts
and desks), so they cannot show its blind spots: this bench reads real cards
from public repositories, each labelled by a person who read it off the
image (``bench/real_cards/<owner>+<name>.json``, one file per repository: the
commit and the path of every image, its truth and the ways it is hard). The images are not
committed: their repositories give no licence. ``lay_out`` takes them from
snapshots of those repositories (``/work/.mirror/<owner>+<name>/repo``, a bare
git folder, as the search tool's fetch leaves them) at the pinned commit.

The baseline (Tesseract on the raw image, regexes, first line = name) runs on
the same images in the same run; scores are broken down by the categories
labelled on each card.

    python -m bench.real_cards [--mirror /work/.mirror] [--out bench/out/real-cards]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bench.accuracy import format_table, run_baseline, run_ours, timed
from bench.scoring import Score, language_tag, score_card
from cardkeeper.reading.pipeline import ReadingOptions

LABELS = Path(__file__).with_name("real_cards")
TARGETS = {"emails": 0.95, "phones": 0.90, "websites": 0.90, "name": 0.90, "company": 0.80}
KEY_TARGET = 0.70


def load_labels() -> list[dict[str, Any]]:
    """Every labelled card, one file per repository so that labellers never edit the same file."""
    entries: list[dict[str, Any]] = []
    for path in sorted(LABELS.glob("*.json")):
        entries.extend(json.loads(path.read_text(encoding="utf-8")))
    return entries


def lay_out(entries: list[dict[str, Any]], mirror: Path, out: Path) -> list[dict[str, Any]]:
    """Write each labelled image under ``out`` from its repository's snapshot; return those laid
    out, in the bench's manifest form. Says which repositories to fetch when some are missing."""
    missing = sorted({e["repo"] for e in entries if not _git_dir(mirror, e["repo"]).is_dir()})
    if missing:
        raise SnapshotsMissingError(
            f"No snapshot of {', '.join(missing)} in {mirror}: fetch these repositories first "
            "(the search tool's fetch), or pass --mirror."
        )
    laid = []
    for entry in entries:
        target = out / entry["file"]
        if not target.exists():
            blob = subprocess.run(
                [
                    "git",
                    f"--git-dir={_git_dir(mirror, entry['repo'])}",
                    "show",
                    f"{entry['commit']}:{entry['path']}",
                ],
                capture_output=True,
                check=True,
            ).stdout
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(blob)
        laid.append({**entry, "kind": "real", "shot": entry["kind"]})
    (out / "manifest.json").write_text(json.dumps(laid, ensure_ascii=False, indent=1))
    return laid


def _git_dir(mirror: Path, repo: str) -> Path:
    return mirror / repo.replace("/", "+") / "repo"


def finder_outcomes(folder: Path, entries: list[dict[str, Any]]) -> str:
    """How ``find_card`` took each image: cut out (photo), whole (scan) or not found (none),
    for photos and for scans and card files apart.

    A photo's card lies on something, so "whole" and "not found" are misses of the finder,
    the first thing to look at when a card reads as nothing; a scan or a card file is
    right taken whole.
    """
    from cardkeeper.reading.find_card import find_card
    from cardkeeper.reading.load import load_image

    taken: dict[str, Counter[str]] = {"photo": Counter(), "scan": Counter()}
    for entry in entries:
        taken[entry["shot"]][find_card(load_image(folder / entry["file"])).kind] += 1
    return "; ".join(
        f"{shot}s ({sum(counts.values())}): {counts['photo']} cut out, "
        f"{counts['scan']} taken whole, {counts['none']} not found"
        for shot, counts in taken.items()
    )


def score_by_category(
    entries: list[dict[str, Any]], readings: list[dict[str, Any]], native: bool = False
) -> dict[str, Score]:
    """One score for all cards and one per labelled category (a card counts in each of its);
    ``native`` as in :func:`bench.scoring.score_card`."""
    scores: dict[str, Score] = {"all": Score()}
    for entry, reading in zip(entries, readings, strict=True):
        for group in ("all", *entry["categories"]):
            score_card(scores.setdefault(group, Score()), entry["truth"], reading, native)
    return scores


def verdict(score: Score) -> list[str]:
    lines = [
        f"below target: {name} F1 {score.fields[name].f1:.3f} < {target}"
        for name, target in TARGETS.items()
        if score.fields[name].f1 < target
    ]
    if score.key_share < KEY_TARGET:
        lines.append(
            f"below target: key fields {score.key_fields_right} of {score.cards}"
            f" ({score.key_share:.1%}) < {KEY_TARGET:.0%}"
        )
    return lines or ["all targets met on the real cards"]


class SnapshotsMissingError(Exception):
    """The repositories the labels point to have not been fetched here."""


def measure(mirror: Path, out: Path, lang: str) -> str:
    """Read every labelled card with CardKeeper and the baseline; the report as Markdown.
    ``lang`` empty reads as the app does by default and scores against the labels in each
    card's own script.

    Also writes the report, the readings and the OCR words (for ``bench.reparse --real``)
    under ``out``.
    """
    entries = lay_out(load_labels(), mirror, out)
    options = ReadingOptions(languages=lang, default_region="US")
    tag = language_tag(lang)
    words = out / f"words-{tag}.json"
    ours, ours_seconds = timed(lambda: run_ours(out, entries, options, words))
    base, base_seconds = timed(lambda: run_baseline(out, entries, "US"))
    ours_scores = score_by_category(entries, ours, native=not lang)
    base_scores = score_by_category(entries, base, native=not lang)
    countries = Counter(e["truth"]["locale"] for e in entries)
    found = finder_outcomes(out, entries)
    kinds = Counter(e["shot"] for e in entries)
    report = [
        f"{len(entries)} real cards from {len({e['repo'] for e in entries})} repositories "
        f"({', '.join(f'{c} {n}' for c, n in countries.most_common())}), languages {tag}; "
        f"{kinds['photo']} photos, {kinds['scan']} scans or card files; default phone "
        "region US",
        "",
        format_table(f"CardKeeper ({ours_seconds:.0f} s)", {"all": ours_scores["all"]}),
        "",
        format_table(f"Baseline ({base_seconds:.0f} s)", {"all": base_scores["all"]}),
        "",
        f"card outline: {found}",
        "",
        format_table(
            "CardKeeper by category",
            ours_scores,
            ["all", *sorted(g for g in ours_scores if g != "all")],
            brief=True,
        ),
        "",
        *verdict(ours_scores["all"]),
    ]
    text = "\n".join(report)
    (out / f"accuracy-{tag}.md").write_text(text + "\n")
    (out / f"readings-{tag}.json").write_text(
        json.dumps(
            [
                {"file": e["file"], "truth": e["truth"], "read": r}
                for e, r in zip(entries, ours, strict=True)
            ],
            ensure_ascii=False,
            indent=1,
        )
    )
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=Path("bench/out/real-cards"))
    parser.add_argument(
        "--lang",
        default="",
        help="Tesseract languages, e.g. Latin (default: the app's Automatic, which also reads a"
        " card in another script with that script's model, scored against the labels in that"
        " script)",
    )
    args = parser.parse_args()
    try:
        print(measure(args.mirror, args.out, args.lang))
    except SnapshotsMissingError as missing:
        sys.exit(str(missing))


if __name__ == "__main__":
    main()
