"""Generated card images written to real files, for tests that read them end to end."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

from tools.cardgen import CardTruth, desk_photo, make_card, scan
from tools.cardgen.postal import make_postal_card
from tools.cardgen.render import render
from tools.cardgen.sheets import make_scene, sheet, shoot


def write_scan(folder: Path, seed: int, name: str | None = None) -> tuple[Path, CardTruth]:
    card, truth = make_card(seed)
    photo = scan(card, np.random.default_rng(seed))
    path = folder / (name or f"scan-{seed}.png")
    path.parent.mkdir(parents=True, exist_ok=True)
    photo.image.save(path)
    return path, truth


def write_postal_scan(folder: Path, country: str, seed: int) -> tuple[Path, CardTruth]:
    """A scanned card from ``country`` whose truth holds its address in parts."""
    card, truth = make_postal_card(seed, country)
    path = folder / f"postal-{country}-{seed}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    scan(card, np.random.default_rng(seed)).image.save(path)
    return path, truth


def write_desk_photo(folder: Path, seed: int, name: str | None = None) -> tuple[Path, CardTruth]:
    card, truth = make_card(seed)
    photo = desk_photo(card, np.random.default_rng(seed))
    path = folder / (name or f"desk-{seed}.jpg")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(photo.jpeg)
    return path, truth


def write_scan_without_email_or_phone(folder: Path, seed: int) -> Path:
    """A card printing no email and no phone: nothing to know it again by but itself."""
    _, truth = make_card(seed)
    card = render(replace(truth, emails=[], phones=[]), random.Random(seed))
    path = folder / f"no-email-{seed}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    scan(card, np.random.default_rng(seed)).image.save(path)
    return path


def write_sheet(
    folder: Path,
    seed: int,
    count: int,
    surface: str = "desk",
    *,
    touching: bool = False,
    name: str | None = None,
) -> tuple[Path, list[CardTruth]]:
    """A photo (or flatbed scan) of ``count`` cards laid out together; the truths in reading
    order."""
    made = sheet(seed, count, surface, touching=touching)
    path = folder / (name or f"sheet-{seed}-{count}{made.suffix}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(made.data)
    return path, [card.truth for card in made.cards]


def write_overlapping_sheet(folder: Path, seed: int, count: int) -> tuple[Path, list[CardTruth]]:
    """A desk photo of ``count`` touching cards whose second card lies over a third of the
    first: no cut makes two cards of those two, so they are reported, not read."""
    scene = make_scene(seed, count, "desk", touching=True)
    quads = list(scene.quads)
    quads[1] = quads[1] - np.array([0.3 * np.ptp(quads[0][:, 0]), 0], np.float32)
    made = shoot(replace(scene, quads=quads))
    path = folder / f"overlapping-{seed}-{count}{made.suffix}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(made.data)
    return path, [card.truth for card in made.cards]


FRAME_WIDTH = 1280
FRAMES_PER_PART = 24
"""Frames of each part of :func:`write_laid_out_frames`: 0.8 s at the 30 frames a second a
folder of frames plays at, time enough to hold a card still and capture it."""


def write_laid_out_frames(folder: Path) -> tuple[list[int], list[NDArray[np.float32]]]:
    """Frames of a desk camera: two cards side by side, then only the first, then only the
    second (the user took one away, then swapped them); the frames where each part starts
    and each card's corners in the frame."""
    scene = make_scene(5, 2, "desk")
    parts = [shoot(scene), shoot(scene, [0]), shoot(scene, [1])]
    starts, index = [], 0
    scale = FRAME_WIDTH / parts[0].image.width
    for part in parts:
        starts.append(index)
        frame = cv2.resize(
            cv2.cvtColor(np.asarray(part.image), cv2.COLOR_RGB2BGR),
            None,
            fx=scale,
            fy=scale,
            interpolation=cv2.INTER_AREA,
        )
        rng = np.random.default_rng(index)
        for _ in range(FRAMES_PER_PART):
            noisy = cv2.add(frame, rng.integers(0, 3, frame.shape, dtype=np.uint8))
            cv2.imwrite(str(folder / f"{index:04d}.jpg"), noisy)
            index += 1
    corners = [np.array(card.corners, np.float32) * scale for card in parts[0].cards]
    return starts, corners
