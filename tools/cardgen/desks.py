"""Procedural desk surfaces to photograph cards on: no image files, only seeded noise.

Each surface is a float32 RGB array in 0..255. They cover the cases a card finder has to
cope with: busy wood grain, a light sheet of paper (little contrast with a white card), a
dark keyboard (little contrast with a dark card, lots of small edges), woven fabric and a
plain laminate desk.
"""

from __future__ import annotations

import cv2
import numpy as np

FloatImage = np.ndarray
DESKS = ("wood", "paper", "keyboard", "fabric", "laminate")
DESK_WEIGHTS = (0.3, 0.2, 0.15, 0.15, 0.2)


def smooth_noise(rng: np.random.Generator, height: int, width: int, cell: float) -> FloatImage:
    """Value noise in -1..1 whose features are about ``cell`` pixels wide."""
    small = rng.uniform(-1, 1, (max(2, round(height / cell)), max(2, round(width / cell))))
    return cv2.resize(small.astype(np.float32), (width, height), interpolation=cv2.INTER_CUBIC)


def _tint(pattern: FloatImage, colour: tuple[float, float, float]) -> FloatImage:
    return pattern[..., None] * np.asarray(colour, dtype=np.float32)[None, None, :]


def _rotated(image: FloatImage, degrees: float) -> FloatImage:
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.15)
    return cv2.warpAffine(image, matrix, (width, height), borderMode=cv2.BORDER_REFLECT)


def _wood(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    colour = [(190, 150, 105), (120, 82, 52), (205, 190, 170), (80, 56, 38)][rng.integers(4)]
    y = np.arange(h, dtype=np.float32)[:, None]
    warp = smooth_noise(rng, h, w, h / 3) * rng.uniform(20, 60) + smooth_noise(rng, h, w, 40) * 4
    period = rng.uniform(9, 30)
    rings = 0.5 + 0.5 * np.sin((y + warp) * (2 * np.pi / period))
    streaks = smooth_noise(rng, h, w // 40 + 2, 1.5)
    streaks = cv2.resize(streaks, (w, h), interpolation=cv2.INTER_LINEAR)
    planks = np.ones((h, w), np.float32)
    plank = rng.uniform(0.25, 0.6) * h
    for edge in np.arange(plank * rng.uniform(0.3, 1), h, plank):
        planks[int(edge) : int(edge) + 2, :] = 0.55
    pattern = (0.78 + 0.14 * rings + 0.08 * streaks) * planks
    return _rotated(_tint(pattern, colour), rng.uniform(-25, 25))


def _paper(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    base = rng.uniform(222, 246)
    pattern = base + smooth_noise(rng, h, w, min(h, w) / 2) * 6 + smooth_noise(rng, h, w, 2) * 2
    image = np.repeat(pattern[..., None], 3, axis=2)
    image[..., 2] -= rng.uniform(0, 8)
    if rng.random() < 0.4:
        spacing = rng.uniform(0.03, 0.05) * h
        for y in np.arange(spacing, h, spacing):
            image[int(y) : int(y) + 1, :, :] = (170, 195, 225)
    return image


def _keyboard(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    base = rng.uniform(22, 45)
    image = np.full((h, w, 3), base, np.float32)
    key = rng.uniform(0.045, 0.07) * max(h, w)
    gap = key * 0.14
    rows, cols = int(h / key) + 2, int(w / key) + 2
    for row in range(rows):
        shift = (row % 3) * key * 0.25
        for col in range(cols):
            x0, y0 = col * key + shift, row * key
            tone = base + rng.uniform(12, 22)
            cv2.rectangle(
                image,
                (int(x0 + gap), int(y0 + gap)),
                (int(x0 + key - gap), int(y0 + key - gap)),
                (tone, tone, tone),
                thickness=-1,
            )
            if rng.random() < 0.7:
                lx, ly, size = int(x0 + key * 0.3), int(y0 + key * 0.3), int(key * 0.18)
                cv2.rectangle(image, (lx, ly), (lx + size, ly + size), (150, 150, 150), -1)
    image += smooth_noise(rng, h, w, 4)[..., None] * 3
    return _rotated(image, rng.uniform(-20, 20))


def _fabric(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    colour = [(60, 80, 120), (120, 120, 125), (40, 90, 60), (130, 45, 50)][rng.integers(4)]
    period = rng.uniform(2, 4)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    weave = np.sin(x * 2 * np.pi / period) * np.sin(y * 2 * np.pi / period)
    folds = smooth_noise(rng, h, w, min(h, w) / 3)
    pattern = 0.85 + 0.08 * weave + 0.12 * folds + 0.04 * smooth_noise(rng, h, w, 2)
    return _rotated(_tint(pattern, colour), rng.uniform(-30, 30))


def _laminate(rng: np.random.Generator, h: int, w: int) -> FloatImage:
    tone = [rng.uniform(200, 235), rng.uniform(120, 170), rng.uniform(30, 60)][rng.integers(3)]
    pattern = tone + smooth_noise(rng, h, w, 2) * 4 + smooth_noise(rng, h, w, min(h, w)) * 8
    return np.repeat(pattern[..., None], 3, axis=2).astype(np.float32)


_MAKERS = {
    "wood": _wood,
    "paper": _paper,
    "keyboard": _keyboard,
    "fabric": _fabric,
    "laminate": _laminate,
}


def desk(rng: np.random.Generator, width: int, height: int, kind: str) -> FloatImage:
    """A ``height`` x ``width`` RGB float32 surface of the given kind (one of ``DESKS``).

    Sizes are tuned for a surface made at half the photo's size and then enlarged.
    """
    return np.asarray(np.clip(_MAKERS[kind](rng, height, width), 0, 255), np.float32)
