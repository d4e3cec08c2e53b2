"""Write a labelled set of card images to a folder, with a ``manifest.json`` describing it.

The manifest is a JSON list with one object per image::

    {"file": "0007-desk.jpg", "kind": "desk", "seed": 7000007,
     "rotation": 31.5, "corners": [[x, y], ...4], "effects": ["desk:wood"],
     "categories": [], "truth": {...CardTruth.to_dict()...}}

``kind`` is one of the classic kinds, made first and interleaved (scan, desk, turned,
hard, scan, ...):

- "scan" (flat scan), "desk" (desk photo), "turned" (scan turned by 90/180/270), "hard"
  (photo with blur / glare / low light); ``seed`` regenerates the flat card with
  ``make_card(seed, locale=truth["locale"])``;

or one of the wide kinds, made after all classic ones (so the classic samples of a seed
stay what they were) and interleaved among themselves, whose cards look like real ones
beyond the plain printed card (``wide``):

- "band": a light card with a dark band or panel carrying fields in light text, scanned
  (one in three) or photographed on a desk;
- "saturated": a card all in a saturated colour with light text, scanned or on a desk;
- "photo_backed": text over a texture or a photo-like picture, scanned or on a desk;
- "paper": a desk photo of a card lying on printed pages or partly on another card;
- "cut": a desk photo whose frame cuts a strip or a corner off the card (corners may lie
  outside the image; fields cut off are left out of the truth);
- "portrait": a portrait-format photo with the card turned about 90°.

The three scenes (paper, cut, portrait) show cards of every look. A wide sample's
``effects`` name its look ("look:band" ...) and how a logo sets the company
("wordmark:stacked" ...), and ``seed`` regenerates its flat card with
``wide.make_wide_card(seed, truth["locale"], look)``.

``categories`` lists each sample's traits, for benches that score them apart:
"light_on_dark", "saturated", "photo_backed", "logo_company", "printed_paper", "cut",
"portrait" (see ``wide``). Classic samples have none, except "saturated" on dark cards
of a coloured paper (navy, green, burgundy). Items are independent, so they are made in
worker processes; the output does not depend on the number of workers.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from tools.cardgen.card import make_card
from tools.cardgen.locales import LOCALES
from tools.cardgen.photograph import Photo, Point, desk_photo, hard_photo, scan
from tools.cardgen.truth import CardTruth
from tools.cardgen.wide import WIDE_KINDS, colour_categories, wide_sample

CLASSIC_KINDS = ("scan", "desk", "turned", "hard")
KINDS = (*CLASSIC_KINDS, *WIDE_KINDS)
DEFAULT_COUNTS: dict[str, int] = {
    "scan": 60,
    "desk": 60,
    "turned": 20,
    "hard": 20,
    "band": 20,
    "saturated": 15,
    "photo_backed": 15,
    "paper": 20,
    "cut": 20,
    "portrait": 20,
}
MANIFEST = "manifest.json"


@dataclass
class Sample:
    """One image of the set and everything known about it."""

    file: str
    """File name, relative to the folder holding the manifest."""
    kind: str
    seed: int
    truth: CardTruth
    rotation: float = 0.0
    corners: list[Point] = field(default_factory=list)
    effects: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    """The sample's traits ("light_on_dark", "cut" ...; see the module docstring)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "kind": self.kind,
            "seed": self.seed,
            "rotation": round(self.rotation, 2),
            "corners": [[round(x, 1), round(y, 1)] for x, y in self.corners],
            "effects": self.effects,
            "categories": self.categories,
            "truth": self.truth.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sample:
        return cls(
            file=data["file"],
            kind=data["kind"],
            seed=data["seed"],
            truth=CardTruth.from_dict(data["truth"]),
            rotation=data.get("rotation", 0.0),
            corners=[(float(x), float(y)) for x, y in data.get("corners", [])],
            effects=list(data.get("effects", [])),
            categories=list(data.get("categories", [])),
        )


@dataclass(frozen=True)
class _Task:
    index: int
    kind: str
    seed: int
    out_dir: Path


def sample_photo(seed: int, index: int, kind: str) -> tuple[Photo, CardTruth, int]:
    """Image ``index`` of the set made with ``seed``, made alone (for a test to rebuild one
    image of a benchmark set); also returns the truth and the card's seed."""
    photo, truth, card_seed, _ = _sample(seed, index, kind)
    return photo, truth, card_seed


def _sample(seed: int, index: int, kind: str) -> tuple[Photo, CardTruth, int, list[str]]:
    if kind in WIDE_KINDS:
        return wide_sample(seed, index, kind)
    locales = sorted(LOCALES)
    card_seed = seed * 1_000_003 + index
    card, truth = make_card(card_seed, locale=locales[index % len(locales)])
    rng = np.random.default_rng([seed, index])
    photo: Photo
    if kind == "scan":
        photo = scan(card, rng)
    elif kind == "turned":
        photo = scan(card, rng, turn=int(rng.choice([90, 180, 270])))
    elif kind == "desk":
        photo = desk_photo(card, rng)
    else:
        photo = hard_photo(card, rng)
    return photo, truth, card_seed, colour_categories(card, truth)


def _make(task: _Task) -> Sample:
    cv2.setNumThreads(1)  # one process per core already; more threads only contend
    photo, truth, card_seed, categories = _sample(task.seed, task.index, task.kind)
    stem = f"{task.index:04d}-{task.kind}"
    if photo.jpeg:
        # Some ".jpeg" so readers that go by extension meet both spellings.
        name = f"{stem}.jpeg" if task.index % 5 == 0 else f"{stem}.jpg"
        (task.out_dir / name).write_bytes(photo.jpeg)
    else:
        name = f"{stem}.png"
        photo.image.save(task.out_dir / name, compress_level=1)
    return Sample(
        name,
        task.kind,
        card_seed,
        truth,
        photo.rotation,
        photo.corners,
        photo.effects,
        categories,
    )


def generate(
    out_dir: Path | str,
    counts: Mapping[str, int] | None = None,
    seed: int = 0,
    workers: int | None = None,
) -> list[Sample]:
    """Make ``counts`` images of each kind in ``out_dir`` and write the manifest.

    Classic kinds are interleaved (scan, desk, turned, hard, scan, ...) so a prefix of them
    is a fair sample too; the wide kinds follow, interleaved among themselves.
    ``workers`` defaults to the number of CPUs; 1 runs in-process.
    """
    wanted = dict(DEFAULT_COUNTS if counts is None else counts)
    unknown = set(wanted) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; known: {KINDS}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    order = _interleaved(CLASSIC_KINDS, wanted) + _interleaved(WIDE_KINDS, wanted)
    tasks = [_Task(i, kind, seed, out) for i, kind in enumerate(order)]
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(tasks) < 2:
        samples = [_make(t) for t in tasks]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            samples = list(pool.map(_make, tasks, chunksize=4))
    manifest = [s.to_dict() for s in samples]
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    return samples


def _interleaved(kinds: tuple[str, ...], wanted: Mapping[str, int]) -> list[str]:
    order: list[str] = []
    left = {kind: wanted.get(kind, 0) for kind in kinds}
    while any(left.values()):
        for kind in kinds:
            if left[kind]:
                order.append(kind)
                left[kind] -= 1
    return order


def load(out_dir: Path | str) -> list[Sample]:
    """The samples of a set written by :func:`generate` (files are relative to ``out_dir``)."""
    data = json.loads((Path(out_dir) / MANIFEST).read_text("utf-8"))
    return [Sample.from_dict(item) for item in data]
