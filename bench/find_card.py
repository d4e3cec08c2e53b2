"""How well ``find_card`` finds the card in generated photos whose true corners are known.

For every image of a ``tools.cardgen`` set, runs ``find_card`` and compares its
quad with the manifest's corners: the largest corner error as a share of the
card's diagonal (so frames of any size compare), whether the kind is right
(photos must be cut out, scans taken whole), and the time per image. Prints a
table by kind of image and by desk, then the worst photos, so a change to the
card finder can be judged on all photos at once, not on a few named files.

    python -m bench.find_card bench/out/cards-7 [/tmp/cards-9 ...] [--worst 10]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from cardkeeper.reading.find_card import find_card
from tools.cardgen.corners import corner_error

GOOD = 0.01
"""Corner error (share of the diagonal) below which a quad cuts no text: ~10 px on a card."""
BAD = 0.03
"""Corner error above which a side visibly cuts into the card or takes in the desk."""


@dataclass(frozen=True)
class Result:
    file: str
    kind: str
    desk: str
    effects: tuple[str, ...]
    found_kind: str
    error: float
    """Largest corner error / card diagonal; inf when no quad was returned for a photo."""
    seconds: float

    @property
    def wrong_kind(self) -> bool:
        """Photos must be cut out; scans may be taken whole or cut out exactly."""
        if self.kind in ("desk", "hard"):
            return self.found_kind != "photo"
        return not (self.found_kind == "scan" or self.error <= GOOD)


def measure(folder: Path) -> list[Result]:
    entries: list[dict[str, Any]] = json.loads((folder / "manifest.json").read_text())
    results = []
    for entry in entries:
        image = cv2.imread(str(folder / entry["file"]), cv2.IMREAD_COLOR)
        truth = np.array(entry["corners"], np.float32)
        start = time.perf_counter()
        found = find_card(np.asarray(image, dtype=np.uint8))
        seconds = time.perf_counter() - start
        diagonal = float(np.linalg.norm(truth[2] - truth[0]))
        error = np.inf if found.quad is None else corner_error(found.quad, truth) / diagonal
        desks = [e.split(":", 1)[1] for e in entry["effects"] if e.startswith("desk:")]
        effects = tuple(e for e in entry["effects"] if not e.startswith("desk:"))
        results.append(
            Result(
                entry["file"],
                entry["kind"],
                desks[0] if desks else "-",
                effects,
                found.kind,
                error,
                seconds,
            )
        )
    return results


def _row(label: str, group: list[Result]) -> str:
    photos = [r for r in group if r.kind in ("desk", "hard")]
    # A missed card counts as 100% off, so percentiles stay finite.
    errors = np.array([min(r.error, 1.0) for r in photos]) if photos else np.array([np.nan])
    median = float(np.median(errors)) * 100
    p90 = float(np.percentile(errors, 90)) * 100 if photos else float("nan")
    good = float((errors <= GOOD).mean()) * 100 if photos else float("nan")
    bad = float((errors > BAD).mean()) * 100 if photos else float("nan")
    wrong = sum(r.wrong_kind for r in group)
    ms = float(np.median([r.seconds for r in group])) * 1000
    worst_ms = max(r.seconds for r in group) * 1000
    return (
        f"| {label:<14} | {len(group):>4} | {wrong:>5} | {median:>7.2f} | {p90:>7.2f} "
        f"| {good:>6.0f} | {bad:>6.0f} | {ms:>6.0f} | {worst_ms:>6.0f} |"
    )


def report(results: list[Result], worst: int) -> str:
    lines = [
        "| group          |    n | wrong | err med | err p90 | <=1% % |  >3% % | ms med | ms max |",
        "|----------------|------|-------|---------|---------|--------|--------|--------|--------|",
    ]
    by_kind: dict[str, list[Result]] = defaultdict(list)
    by_desk: dict[str, list[Result]] = defaultdict(list)
    by_effect: dict[str, list[Result]] = defaultdict(list)
    for result in results:
        by_kind[result.kind].append(result)
        if result.kind in ("desk", "hard"):
            by_desk["desk:" + result.desk].append(result)
            for effect in result.effects:
                by_effect[effect].append(result)
    for groups in (by_kind, by_desk, by_effect):
        lines.extend(_row(label, groups[label]) for label in sorted(groups))
    photos = [r for r in results if r.kind in ("desk", "hard")]
    lines.append(_row("all photos", photos))
    lines.append("")
    lines.append("errors are the largest corner error as % of the card diagonal (photos only)")
    ranked = sorted(
        (r for r in results if r.wrong_kind or (r.error > GOOD and r.kind in ("desk", "hard"))),
        key=lambda r: (not r.wrong_kind, -r.error),
    )
    for r in ranked[:worst]:
        lines.append(
            f"  {r.file:<16} {r.kind:<6} {r.desk:<9} {','.join(r.effects) or '-':<24} "
            f"-> {r.found_kind:<5} err {r.error * 100:6.2f}%  {r.seconds * 1000:4.0f} ms"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="sets made by tools.cardgen")
    parser.add_argument("--worst", type=int, default=12, help="list this many worst photos")
    args = parser.parse_args()
    for folder in args.folders:
        print(f"## {folder}\n")
        print(report(measure(folder), args.worst))
        print()


if __name__ == "__main__":
    main()
