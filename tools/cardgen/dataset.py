"""Write a labelled set of card images to a folder, with a ``manifest.json`` describing it.

The manifest is a JSON list with one object per image::

    {"file": "0007-desk.jpg", "kind": "desk", "seed": 7000007,
     "rotation": 31.5, "corners": [[x, y], ...4], "effects": ["desk:wood"],
     "truth": {...CardTruth.to_dict()...}}

``kind`` is "scan" (flat scan), "desk" (desk photo), "turned" (scan turned by 90/180/270)
or "hard" (photo with blur / glare / low light). ``seed`` regenerates the flat card with
``make_card(seed, locale=truth["locale"])``. Items are independent, so they are made in
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

KINDS = ("scan", "desk", "turned", "hard")
DEFAULT_COUNTS: dict[str, int] = {"scan": 60, "desk": 60, "turned": 20, "hard": 20}
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "kind": self.kind,
            "seed": self.seed,
            "rotation": round(self.rotation, 2),
            "corners": [[round(x, 1), round(y, 1)] for x, y in self.corners],
            "effects": self.effects,
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
    return photo, truth, card_seed


def _make(task: _Task) -> Sample:
    cv2.setNumThreads(1)  # one process per core already; more threads only contend
    photo, truth, card_seed = sample_photo(task.seed, task.index, task.kind)
    stem = f"{task.index:04d}-{task.kind}"
    if task.kind in {"scan", "turned"}:
        name = f"{stem}.png"
        photo.image.save(task.out_dir / name, compress_level=1)
    else:
        # Some ".jpeg" so readers that go by extension meet both spellings.
        name = f"{stem}.jpeg" if task.index % 5 == 0 else f"{stem}.jpg"
        (task.out_dir / name).write_bytes(photo.jpeg)
    return Sample(name, task.kind, card_seed, truth, photo.rotation, photo.corners, photo.effects)


def generate(
    out_dir: Path | str,
    counts: Mapping[str, int] | None = None,
    seed: int = 0,
    workers: int | None = None,
) -> list[Sample]:
    """Make ``counts`` images of each kind in ``out_dir`` and write the manifest.

    Kinds are interleaved (scan, desk, turned, hard, scan, ...) so a prefix of the set is
    a fair sample too. ``workers`` defaults to the number of CPUs; 1 runs in-process.
    """
    wanted = dict(DEFAULT_COUNTS if counts is None else counts)
    unknown = set(wanted) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; known: {KINDS}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    order: list[str] = []
    left = {kind: wanted.get(kind, 0) for kind in KINDS}
    while any(left.values()):
        for kind in KINDS:
            if left[kind]:
                order.append(kind)
                left[kind] -= 1
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


def load(out_dir: Path | str) -> list[Sample]:
    """The samples of a set written by :func:`generate` (files are relative to ``out_dir``)."""
    data = json.loads((Path(out_dir) / MANIFEST).read_text("utf-8"))
    return [Sample.from_dict(item) for item in data]
