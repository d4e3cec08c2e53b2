"""Several cards in one photo or scan: how many are found, how well each is read, how fast.

Each generated sheet (``tools.cardgen.sheets``: 2-10 cards on a desk photographed by a
phone, or on a scanner's glass; some with two cards lying edge to edge) is read whole, as
``cardkeeper import`` reads it. Two baselines are measured in the same run, each card read
alone: cut out of the sheet with some desk around it (the very pixels the sheet gives it, so
the difference is what finding and separating several cards costs), and photographed alone
as a user would (``tools.cardgen.sheets.alone_photo``: a phone photo of it on a desk, or a
scan of it; a card then fills more of the picture than on a sheet of eight). The tables say:

- cards found (a card's outline read where the card lies), cards reported in a sentence
  (a place holding cards not told apart), and cards dropped without a word;
- key fields right (name, company, emails and phones all exactly right, ``bench.scoring``)
  on the sheet and on each baseline, a card not found counting as wrong;
- processor time (and wall time) to read a sheet of eight against its cards one by one.

    python -m bench.sheets [--sheets 12] [--seed 1]

A sheet is read as ``read_photo`` reads it, its cards side by side on one thread per core;
each baseline reads one photo at a time, its card on one thread. Processor time is the work
done, which the threads do not shrink; wall time is what a user waits, which they do, but
on a machine shared with other work it measures the neighbours as much as the code. Each
photo of a sheet whose time is compared is read twice and timed the second time: what
reading starts once per thread or process is no sheet's work (see ``_timed``).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from bench.scoring import Score, score_card
from cardkeeper.reading.fields import CardFields
from cardkeeper.reading.json_contract import reading_to_json
from cardkeeper.reading.load import load_image
from cardkeeper.reading.pipeline import CardReading, ReadingOptions, read_photo
from cardkeeper.reading.several_cards import Place, find_cards
from tools.cardgen.sheets import Scene, Sheet, alone_photo, make_scene, shoot

COUNTS = (8, 4, 10, 2, 6, 8, 3, 5, 9, 7)
"""Cards per sheet, in turn; 8 comes twice, for the time of a sheet of eight."""
TIMED_COUNT = 8
CUT_MARGIN = 0.2
"""Desk around a card cut out of a sheet, as a share of its size each way."""


@dataclass
class Side:
    """Key fields and time of one way of reading the cards."""

    score: Score = field(default_factory=Score)
    cpu: float = 0.0
    """Seconds of processor time, the process's and its Tesseract children's: on a machine
    shared with other work, wall time says more about the neighbours than about the code."""
    wall: float = 0.0


@dataclass
class Row:
    sheets: int = 0
    cards: int = 0
    found: int = 0
    reported: int = 0
    sheet: Side = field(default_factory=Side)
    cut_out: Side = field(default_factory=Side)
    alone: Side = field(default_factory=Side)

    @property
    def dropped(self) -> int:
        return self.cards - self.found - self.reported


def run(sheets: int, seed: int, work: Path) -> str:
    options = ReadingOptions()
    rows: dict[str, Row] = defaultdict(Row)
    timed = Row()
    read_photo(_written(shoot(make_scene(seed, 2, "lid")), work / "warm-up"), options)
    for index in range(sheets):
        count = COUNTS[index % len(COUNTS)]
        surface = ("desk", "lid")[index % 2]
        touching = index % 3 == 2
        scene = make_scene(seed * 1000 + index, count, surface, touching=touching)
        kind = f"{surface}{', two touching' if touching else ''}"
        measured = [rows[kind], rows["all"]]
        if count == TIMED_COUNT and not touching:
            measured.append(timed)
        _read_sheet(scene, work / f"sheet-{index}", options, measured, settled=timed in measured)
        print(f"sheet {index + 1}/{sheets}: {count} cards, {kind}", flush=True)
    return _table(rows, timed, sheets)


def _read_sheet(
    scene: Scene, stem: Path, options: ReadingOptions, rows: list[Row], *, settled: bool
) -> None:
    """Read the sheet whole, each card cut out of it, and each card photographed alone; add
    all three to each of ``rows``. With ``settled`` (a sheet whose time is compared), each
    photo is timed as read a second time (see :func:`_timed`)."""
    sheet = shoot(scene)
    whole = _written(sheet, stem)
    readings, cpu, wall = _timed(whole, options, settled=settled)
    for row in rows:
        row.sheets += 1
        row.sheet.cpu += cpu
        row.sheet.wall += wall
    # The same places as read_photo's, in the same order, with their corners.
    image = load_image(whole)
    places = find_cards(image)
    factor = image.shape[1] / sheet.image.width
    for number, card in enumerate(sheet.cards):
        corners = np.array(card.corners) * factor
        cut = _cut_out(image, corners, stem.with_name(f"{stem.name}-cut-{number}.png"))
        alone = _alone_written(scene, number, stem.with_name(f"{stem.name}-alone-{number}"))
        place = _place_at(places, tuple(corners.mean(axis=0)))
        reading = readings[place] if place is not None else None
        truth = card.truth.to_dict()
        for side, path in ((rows[0].cut_out, cut), (rows[0].alone, alone)):
            read, cpu, wall = _timed(path, options, settled=settled)
            for row in rows:
                each = row.cut_out if side is rows[0].cut_out else row.alone
                each.cpu += cpu
                each.wall += wall
                score_card(each.score, truth, _json(read[0]))
        for row in rows:
            row.cards += 1
            row.found += isinstance(reading, CardReading)
            row.reported += isinstance(reading, str)
            score_card(row.sheet.score, truth, _json(reading))


def _timed(
    path: Path, options: ReadingOptions, *, settled: bool
) -> tuple[list[CardReading | str], float, float]:
    """The readings of ``path`` and the processor and wall seconds they took.

    With ``settled``, the photo is read once untimed first. Reading starts some things once
    per thread or process, on the first photo that needs them: each thread's Tesseract for
    each model, the second reader's models (0.6 s of processor time) and its slower first
    card (0.3 s more). A sheet's cards are read on the pool's threads, the baselines on this
    one; with only the warm-up before it, the sheet of eight was the first photo the second
    reader read and its time held 1.5 s (of 6) that a second reading of it did not.
    """
    if settled:
        read_photo(path, options)
    cpu, wall = _cpu_seconds(), time.perf_counter()
    readings = read_photo(path, options)
    return readings, _cpu_seconds() - cpu, time.perf_counter() - wall


def _cpu_seconds() -> float:
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _cut_out(image: NDArray[np.uint8], corners: NDArray[np.float64], path: Path) -> Path:
    """The card with a margin of what lies around it (a fifth of its size each way), cut out
    of the sheet at the sheet's resolution and saved losslessly: the same card's pixels,
    read alone."""
    low, high = corners.min(axis=0), corners.max(axis=0)
    margin = (high - low) * CUT_MARGIN
    left, top = np.maximum(low - margin, 0).astype(int)
    right, bottom = np.minimum(high + margin, image.shape[1::-1]).astype(int)
    cv2.imwrite(str(path), image[top:bottom, left:right])
    return path


def _alone_written(scene: Scene, number: int, stem: Path) -> Path:
    """Card ``number`` of ``scene`` photographed alone, written as the camera or scanner
    gives it."""
    photo = alone_photo(scene, number)
    path = stem.with_suffix(".jpg" if photo.jpeg else ".png")
    if photo.jpeg:
        path.write_bytes(photo.jpeg)
    else:
        photo.image.save(path)
    return path


def _written(sheet: Sheet, stem: Path) -> Path:
    path = stem.with_suffix(sheet.suffix)
    path.write_bytes(sheet.data)
    return path


def _place_at(places: list[Place], point: tuple[float, ...]) -> int | None:
    """The index of the place whose corners hold ``point`` (a card's true centre)."""
    for index, place in enumerate(places):
        if place.quad is not None and cv2.pointPolygonTest(place.quad, point[:2], False) >= 0:
            return index
    return None


def _json(reading: CardReading | str | None) -> dict[str, Any]:
    if isinstance(reading, CardReading):
        return reading_to_json("", reading.fields)
    return reading_to_json("", CardFields())


def _table(rows: dict[str, Row], timed: Row, sheets: int) -> str:
    lines = [
        f"Several cards in one photo: {sheets} generated sheets, {rows['all'].cards} cards. "
        "Key fields (name, company, emails, phones all right) read on the sheet, against the "
        "same run's two baselines: each card cut out of the sheet (its own pixels, read "
        "alone) and each card photographed alone as a user would.",
        "",
        "| sheets | n | cards | found | reported | dropped silently | on sheet | cut out "
        "| points | photographed alone | points |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for kind in sorted(rows, key=lambda k: (k == "all", k)):
        row = rows[kind]
        on_sheet, cut, alone = (
            side.score.key_share for side in (row.sheet, row.cut_out, row.alone)
        )
        lines.append(
            f"| {kind} | {row.sheets} | {row.cards} | {row.found / row.cards:.1%} | "
            f"{row.reported} | {row.dropped} | {on_sheet:.1%} | {cut:.1%} | "
            f"{(on_sheet - cut) * 100:+.1f} | {alone:.1%} | {(on_sheet - alone) * 100:+.1f} |"
        )
    if timed.sheets:
        lines += [
            "",
            f"Time for a sheet of {TIMED_COUNT} ({timed.sheets} sheets), processor seconds "
            "(wall seconds), against its cards read one by one (bound 1.2):",
            "",
            "| read | seconds per sheet | ratio |",
            "|---|---|---|",
        ]
        for name, side in (
            ("the sheet whole", timed.sheet),
            ("its cards cut out, one by one", timed.cut_out),
            ("its cards photographed alone, one by one", timed.alone),
        ):
            lines.append(
                f"| {name} | {side.cpu / timed.sheets:.1f} ({side.wall / timed.sheets:.1f}) | "
                f"{timed.sheet.cpu / side.cpu:.2f} ({timed.sheet.wall / side.wall:.2f}) |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cardkeeper-sheets-") as work:
        table = run(args.sheets, args.seed, Path(work))
    print(table)
    out = Path(__file__).parent / "out"
    out.mkdir(exist_ok=True)
    (out / "sheets.md").write_text(table + "\n", "utf-8")


if __name__ == "__main__":
    main()
